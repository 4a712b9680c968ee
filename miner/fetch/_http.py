"""Polite HTTP: a rate limiter and retries that live on the client.

Why not httpx's own ``retries=``: it only retries connection setup. A remote
service fails in more ways than that: 429 with Retry-After, 5xx, read timeouts,
a connection reset halfway through a body, a body cut short that still parses
as far as the socket is concerned. So a request here is "send, read the whole
body, parse it" inside one retry loop, with exponential backoff and jitter, and
a bounded total time.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx

from miner.errors import FetchError, RateLimitedError

__all__ = ["Clock", "PoliteClient", "RateLimiter", "RetryPolicy", "Retryable"]

T = TypeVar("T")

# 5xx and 429 are worth another try; other 4xx mean the request itself is wrong.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass
class Clock:
    """Time source and sleep, injectable so tests can run the real limits instantly."""

    now: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep


class Retryable(Exception):
    """Raised by a body parser when the body is unusable but a retry may help (truncated...)."""


class RateLimiter:
    """Spaces request starts at least ``1/rate`` seconds apart (thread-safe).

    Spacing (rather than "N per second" buckets) keeps any one-second window at
    or under ``rate`` requests even when measured at the server, where arrival
    times jitter; ``margin`` widens the gap a little for that jitter.
    """

    def __init__(self, rate: float, *, clock: Clock | None = None, margin: float = 0.02):
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.interval = (1.0 / rate) * (1.0 + margin)
        self._clock = clock or Clock()
        self._lock = threading.Lock()
        self._next: float | None = None

    def acquire(self) -> float:
        """Block until the next request may start; returns the seconds waited."""
        with self._lock:
            now = self._clock.now()
            start = now if self._next is None else max(now, self._next)
            self._next = start + self.interval
        waited = start - now
        if waited > 0:
            self._clock.sleep(waited)
        return waited


@dataclass(frozen=True)
class RetryPolicy:
    """How many times, how long to wait between tries, and how long in total."""

    max_attempts: int = 6
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    # Full jitter on top of the exponential step: many clients restarting at once
    # (a nightly cron on several machines) do not retry in lock-step.
    jitter: float = 0.5
    request_timeout: float = 30.0
    total_timeout: float = 600.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        step = min(self.backoff_max, self.backoff_base * (2 ** (attempt - 1)))
        return step * (1.0 + self.jitter * rng.random())


def retry_after_seconds(value: str | None, now_epoch: float | None = None) -> float | None:
    """Parse a Retry-After header: delta-seconds or an HTTP date. None when absent/garbled."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    now = time.time() if now_epoch is None else now_epoch
    return max(0.0, when.timestamp() - now)


def is_ncbi_rate_limit_body(body: bytes) -> bool:
    """NCBI's rate-limit answer is a small JSON object, sometimes sent with status 200.

    e.g. ``{"error":"API rate limit exceeded","count":"11"}``; we check the
    body as well as the status (api-facts.md section 1.3).
    """
    head = body[:512].lstrip()
    if not head.startswith(b"{") or b"rate limit" not in head.lower():
        return False
    try:
        data = json.loads(body[:4096])
    except ValueError:
        return True  # a truncated copy of the same message
    return isinstance(data, dict) and "rate limit" in str(data.get("error", "")).lower()


@dataclass
class PoliteClient:
    """An ``httpx.Client`` plus a rate limiter, a retry policy and a request counter.

    ``client`` is injected (tests pass one built on ``httpx.MockTransport`` or
    pointed at a local server). ``name`` labels errors ("PubMed", "Europe PMC").
    """

    client: httpx.Client
    limiter: RateLimiter
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    name: str = "remote service"
    max_body_bytes: int = 200 * 1024 * 1024
    clock: Clock = field(default_factory=Clock)
    rng: random.Random = field(default_factory=random.Random)
    headers: Mapping[str, str] = field(default_factory=dict)
    # Requests actually sent (including retries), for the benchmark and the summary.
    requests_sent: int = 0
    retries: int = 0

    def call(
        self,
        method: str,
        url: str,
        parse: Callable[[httpx.Response, bytes], T],
        *,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        ok_statuses: frozenset[int] = frozenset({200}),
    ) -> T:
        """Send one logical request and return ``parse(response, body)``.

        The body is read in full inside the retry loop and handed to ``parse``;
        ``parse`` may raise :class:`Retryable` for a truncated or garbled body.
        Statuses in ``ok_statuses`` go to ``parse`` (e.g. 404 = "no full text").

        Raises:
            RateLimitedError: still rate-limited after every attempt.
            FetchError: any other failure after retries, or a non-retryable status.
        """
        deadline = self.clock.now() + self.policy.total_timeout
        last_problem = "no attempt made"
        rate_limited = False
        for attempt in range(1, self.policy.max_attempts + 1):
            remaining = deadline - self.clock.now()
            if remaining <= 0:
                break
            wait: float | None = None
            self.limiter.acquire()
            self.requests_sent += 1
            timeout = min(self.policy.request_timeout, max(remaining, 0.001))
            try:
                status, response, body = self._send(method, url, params, data, timeout)
            except (httpx.TimeoutException, httpx.TransportError, _BodyTooLarge) as exc:
                if isinstance(exc, _BodyTooLarge):
                    raise FetchError(f"{self.name}: {exc}", url=url) from exc
                last_problem = f"{type(exc).__name__}: {exc}".rstrip(": ")
            else:
                if status == 429 or is_ncbi_rate_limit_body(body):
                    rate_limited = True
                    last_problem = f"rate limited (HTTP {status})"
                    wait = retry_after_seconds(response.headers.get("Retry-After"))
                elif status in RETRY_STATUSES:
                    last_problem = f"HTTP {status}"
                    wait = retry_after_seconds(response.headers.get("Retry-After"))
                elif status in ok_statuses:
                    try:
                        return parse(response, body)
                    except Retryable as exc:
                        last_problem = f"unusable body: {exc}"
                else:
                    raise FetchError(
                        f"{self.name} answered HTTP {status} for {_short(url)}",
                        url=url,
                        status=status,
                    )
            if attempt == self.policy.max_attempts:
                break
            if wait is None:
                wait = self.policy.backoff(attempt, self.rng)
            # Never sleep past the deadline: better one clear error than a hung cron job.
            if self.clock.now() + wait >= deadline:
                break
            self.retries += 1
            self.clock.sleep(wait)
        error = RateLimitedError if rate_limited and "rate limited" in last_problem else FetchError
        raise error(
            f"{self.name} failed for {_short(url)} after {attempt} attempt(s): {last_problem}",
            url=url,
        )

    def _send(
        self,
        method: str,
        url: str,
        params: Mapping[str, Any] | None,
        data: Mapping[str, Any] | None,
        timeout: float,
    ) -> tuple[int, httpx.Response, bytes]:
        request = self.client.build_request(
            method, url, params=params, data=data, headers=dict(self.headers), timeout=timeout
        )
        response = self.client.send(request, stream=True)
        try:
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_body_bytes:
                    raise _BodyTooLarge(f"response larger than {self.max_body_bytes} bytes")
                chunks.append(chunk)
        finally:
            response.close()
        return response.status_code, response, b"".join(chunks)


class _BodyTooLarge(Exception):
    pass


def _short(url: str) -> str:
    return url if len(url) <= 120 else url[:117] + "..."


def service_client(
    http: httpx.Client, settings: Any, *, rate: float, name: str, clock: Clock
) -> PoliteClient:
    """The polite client of one service (PubMed, Europe PMC) from miner's fetch settings."""
    return PoliteClient(
        client=http,
        limiter=RateLimiter(rate, clock=clock),
        policy=RetryPolicy(
            max_attempts=settings.max_attempts,
            backoff_base=settings.backoff_base,
            backoff_max=settings.backoff_max,
            request_timeout=settings.request_timeout,
            total_timeout=settings.total_timeout,
        ),
        name=name,
        max_body_bytes=settings.max_body_bytes,
        clock=clock,
        headers={"User-Agent": settings.user_agent},
    )
