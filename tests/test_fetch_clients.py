"""PubMed and Europe PMC clients: requests built, retries, rate limits (mock transport, fake clock)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest

from miner.errors import FetchError, RateLimitedError
from miner.fetch._http import Clock, RateLimiter, retry_after_seconds
from miner.fetch.europepmc import EuropePMCClient
from miner.fetch.pubmed import DateWindow, PubMedClient
from miner.fetch.settings import USER_AGENT, FetchSettings

EFETCH_ONE = (
    b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>5</PMID><Article><ArticleTitle>"
    b"Exosomes after contusion</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
)


class FakeClock:
    """Time that only moves when someone sleeps: real limits, no waiting."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> Clock:
        return Clock(now=lambda: self.t, sleep=self._sleep)

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds


def form(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


def pubmed(
    handler: Callable[[httpx.Request], httpx.Response], fake: FakeClock, **settings: object
) -> PubMedClient:
    base = {
        "eutils_url": "https://eutils.test/entrez/eutils/",
        "backoff_base": 1.0,
        "max_attempts": 4,
    }
    base.update(settings)
    return PubMedClient(
        httpx.Client(transport=httpx.MockTransport(handler)),
        FetchSettings(**base),
        clock=fake.clock(),
    )


def test_esearch_sends_identity_history_and_the_date_window() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            content=b"<eSearchResult><Count>2</Count><IdList><Id>1</Id><Id>2</Id></IdList></eSearchResult>",
        )

    client = pubmed(
        handler, FakeClock(), tool="miner test", email="team@example.org", ncbi_api_key="KEY"
    )
    from datetime import date

    ids = client.search_ids(
        "exosome AND spinal cord injury", DateWindow(date(2026, 1, 1), date(2026, 1, 31))
    )
    assert ids == ["1", "2"]
    (request,) = seen
    assert request.method == "POST" and request.url.path == "/entrez/eutils/esearch.fcgi"
    assert request.headers["User-Agent"] == USER_AGENT
    assert form(request) == {
        "db": "pubmed",
        "term": "exosome AND spinal cord injury",
        "retstart": "0",
        "retmax": "9999",
        "usehistory": "y",
        "tool": "miner_test",  # NCBI wants no spaces in tool
        "email": "team@example.org",
        "api_key": "KEY",
        "datetype": "crdt",
        "mindate": "2026/01/01",
        "maxdate": "2026/01/31",
    }


def test_efetch_posts_ids_in_batches() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.method == "POST"
        seen.append(form(request))
        return httpx.Response(200, content=EFETCH_ONE)

    client = pubmed(handler, FakeClock())
    client.batch_size = 200
    ids = [str(i) for i in range(1, 451)]
    batches = list(client.iter_efetch(ids))
    assert [len(b) for b, _ in batches] == [200, 200, 50]
    assert [len(f["id"].split(",")) for f in seen] == [200, 200, 50]
    assert seen[0]["retmode"] == "xml" and seen[0]["db"] == "pubmed" and "api_key" not in seen[0]


def test_slicing_by_date_past_the_esearch_ceiling() -> None:
    """A query with more hits than esearch can list is split by date until each slice fits."""
    from datetime import date, timedelta

    days = {
        date(2026, 1, 1) + timedelta(days=i): [f"{i}{k:02d}" for k in range(4)] for i in range(10)
    }

    def handler(request: httpx.Request) -> httpx.Response:
        f = form(request)
        lo = date(*map(int, f["mindate"].split("/")))
        hi = date(*map(int, f["maxdate"].split("/")))
        hits = [pmid for d, ids in days.items() if lo <= d <= hi for pmid in ids]
        shown = "".join(f"<Id>{i}</Id>" for i in hits[: int(f["retmax"])])
        return httpx.Response(
            200,
            content=f"<eSearchResult><Count>{len(hits)}</Count><IdList>{shown}</IdList></eSearchResult>".encode(),
        )

    client = pubmed(handler, FakeClock())
    client.ceiling = 10
    ids = client.search_ids("q", DateWindow(date(2026, 1, 1), date(2026, 1, 10)))
    assert sorted(ids) == sorted(p for ids_ in days.values() for p in ids_)
    assert len(ids) == len(set(ids)) == 40


def test_a_single_day_over_the_ceiling_is_a_clear_error() -> None:
    from datetime import date

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            content=b"<eSearchResult><Count>50</Count><IdList><Id>1</Id></IdList></eSearchResult>",
        )

    client = pubmed(handler, FakeClock())
    client.ceiling = 10
    with pytest.raises(FetchError, match="single day"):
        client.search_ids("q", DateWindow(date(2026, 1, 1), date(2026, 1, 2)))


@pytest.mark.parametrize(
    ("failure", "expected_wait"),
    [
        (httpx.Response(429, headers={"Retry-After": "7"}, content=b"slow down"), 7.0),
        (httpx.Response(503, headers={"Retry-After": "2"}), 2.0),
        (httpx.Response(200, content=b'{"error":"API rate limit exceeded","count":"4"}'), None),
        (httpx.Response(500), None),
        (httpx.Response(502), None),
        (httpx.Response(200, content=EFETCH_ONE[:40]), None),  # truncated XML
    ],
    ids=["429-retry-after", "503-retry-after", "rate-limit-body-200", "500", "502", "truncated"],
)
def test_transient_failures_are_retried(
    failure: httpx.Response, expected_wait: float | None
) -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return failure if len(calls) == 1 else httpx.Response(200, content=EFETCH_ONE)

    fake = FakeClock()
    client = pubmed(handler, fake, ncbi_rate=1000.0)
    records = client.efetch(["5"])
    assert [r.article.pmid for r in records] == ["5"]
    assert len(calls) == 2
    backoffs = [s for s in fake.sleeps if s > 0.01]
    if expected_wait is not None:
        assert backoffs == [expected_wait]  # Retry-After honoured exactly
    else:
        assert len(backoffs) == 1 and 1.0 <= backoffs[0] <= 1.5  # base backoff plus jitter


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("slow"),
        httpx.ConnectError("refused"),
        httpx.RemoteProtocolError("peer closed"),
    ],
    ids=["timeout", "connect", "reset"],
)
def test_transport_errors_are_retried(exc: Exception) -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) < 3:
            raise exc
        return httpx.Response(200, content=EFETCH_ONE)

    client = pubmed(handler, FakeClock())
    assert client.efetch(["5"])[0].article.pmid == "5"
    assert len(calls) == 3


def test_backoff_grows_exponentially_and_gives_up() -> None:
    fake = FakeClock()
    client = pubmed(lambda r: httpx.Response(500), fake, ncbi_rate=1000.0, max_attempts=5)
    with pytest.raises(FetchError, match="after 5 attempt"):
        client.efetch(["5"])
    waits = [s for s in fake.sleeps if s > 0.01]
    assert len(waits) == 4
    for attempt, wait in enumerate(waits, start=1):
        assert 2 ** (attempt - 1) <= wait <= 1.5 * 2 ** (attempt - 1)


def test_still_rate_limited_raises_rate_limited_error() -> None:
    client = pubmed(
        lambda r: httpx.Response(429, headers={"Retry-After": "1"}), FakeClock(), max_attempts=3
    )
    with pytest.raises(RateLimitedError):
        client.efetch(["5"])


def test_total_time_is_bounded() -> None:
    """A Retry-After longer than what is left of the budget ends the call instead of hanging."""
    fake = FakeClock()
    client = pubmed(
        lambda r: httpx.Response(503, headers={"Retry-After": "3600"}),
        fake,
        total_timeout=60.0,
        max_attempts=10,
    )
    with pytest.raises(FetchError, match="HTTP 503"):
        client.efetch(["5"])
    assert sum(fake.sleeps) < 60.0


def test_a_client_error_is_not_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(400, content=b"bad request")

    with pytest.raises(FetchError, match="HTTP 400") as info:
        pubmed(handler, FakeClock()).efetch(["5"])
    assert info.value.status == 400 and len(calls) == 1


@pytest.mark.parametrize(("rate", "requests", "min_span"), [(3.0, 10, 3.0), (10.0, 31, 3.0)])
def test_the_rate_limiter_keeps_ncbi_limits(rate: float, requests: int, min_span: float) -> None:
    """3/s without a key and 10/s with one: no one-second window holds more than that."""
    fake = FakeClock()
    limiter = RateLimiter(rate, clock=fake.clock())
    starts = []
    for _ in range(requests):
        limiter.acquire()
        starts.append(fake.t)
    assert starts[-1] - starts[0] >= min_span
    for i, t in enumerate(starts):
        assert sum(1 for u in starts[i:] if u < t + 1.0) <= rate


def test_the_key_decides_the_default_ncbi_rate() -> None:
    assert FetchSettings().effective_ncbi_rate() == 3.0
    assert FetchSettings(ncbi_api_key="k").effective_ncbi_rate() == 10.0


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINER_TOOL", "nightly")
    monkeypatch.setenv("MINER_EMAIL", "a@b.org")
    monkeypatch.setenv("NCBI_API_KEY", "secret")
    monkeypatch.setenv("MINER_EUTILS_URL", "http://127.0.0.1:9/eutils/")
    monkeypatch.setenv("MINER_EUROPEPMC_URL", "http://127.0.0.1:9/epmc/")
    s = FetchSettings()
    assert (s.tool, s.email, s.ncbi_api_key) == ("nightly", "a@b.org", "secret")
    assert s.eutils_url.endswith("/eutils/") and s.europepmc_url.endswith("/epmc/")


@pytest.mark.parametrize(
    ("header", "seconds"), [("5", 5.0), ("0", 0.0), ("garbage", None), (None, None)]
)
def test_retry_after_parsing(header: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(header) == seconds


def test_retry_after_as_an_http_date() -> None:
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:30 GMT", now_epoch=1445412480.0) == 30.0


# -- Europe PMC ------------------------------------------------------------------


def epmc(
    handler: Callable[[httpx.Request], httpx.Response], fake: FakeClock, **kw: object
) -> EuropePMCClient:
    settings = FetchSettings(europepmc_url="https://epmc.test/rest/", max_attempts=4, **kw)
    return EuropePMCClient(
        httpx.Client(transport=httpx.MockTransport(handler)), settings, clock=fake.clock()
    )


def page(cursor: str, nxt: str | None, ids: list[str]) -> httpx.Response:
    doc: dict[str, object] = {
        "hitCount": 99,
        "request": {"cursorMark": cursor},
        "resultList": {
            "result": [{"id": i, "source": "MED", "pmid": i, "title": f"T {i}"} for i in ids]
        },
    }
    if nxt is not None:
        doc["nextCursorMark"] = nxt
    return httpx.Response(200, content=json.dumps(doc).encode())


@pytest.mark.parametrize("ending", ["repeat", "missing", "empty"])
def test_cursor_paging_stops_when_the_cursor_stops_moving(ending: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        cursor = request.url.params["cursorMark"]
        if cursor == "*":
            return page(cursor, "c1", ["1", "2"])
        if cursor == "c1":
            return page(cursor, "c2" if ending != "missing" else None, ["3"])
        if ending == "repeat":
            return page(cursor, "c2", [])
        return page(cursor, "c3", [])  # empty page

    pages = list(epmc(handler, FakeClock()).iter_search("exosome AND rat"))
    assert [r.id for p in pages for r in p.records] == ["1", "2", "3"]
    params = seen[0].url.params
    assert (params["query"], params["resultType"], params["format"], params["pageSize"]) == (
        "exosome AND rat",
        "core",
        "json",
        "1000",
    )
    assert len(seen) == (2 if ending == "missing" else 3)


def test_full_text_is_none_for_non_open_access_and_retried_when_cut_short() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if "PMC1" in request.url.path:
            return httpx.Response(404, content=b"")
        if len(calls) == 2:
            return httpx.Response(200, content=b"<article><body><p>cut")
        return httpx.Response(
            200, content=b"<?xml version='1.0'?><article><body><p>ok</p></body></article>\n"
        )

    client = epmc(handler, FakeClock())
    assert client.full_text_xml("PMC1") is None
    assert client.full_text_xml("PMC2").endswith(b"</article>\n")
    assert calls == ["/rest/PMC1/fullTextXML", "/rest/PMC2/fullTextXML", "/rest/PMC2/fullTextXML"]


def test_supplementary_files_are_a_checked_zip() -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("table_s1.csv", "group,bbb\nexo,11\n")
    good = buf.getvalue()
    answers = [
        httpx.Response(200, content=good[:20]),
        httpx.Response(200, content=good),
        httpx.Response(404),
    ]
    client = epmc(lambda r: answers.pop(0), FakeClock())
    assert client.supplementary_files("PMC3") == good
    assert client.supplementary_files("PMC4") is None


def test_recorded_hawc_cassette_replays_through_the_client(shared_fixtures: Path) -> None:
    """Real recorded esearch/efetch bodies served by a mock transport parse through the client."""
    yaml = pytest.importorskip("yaml")
    cassette = yaml.safe_load(
        (
            shared_fixtures / "pubmed/cassettes/hawc/TestPubmed.test_import_20_articles.yaml"
        ).read_text()
    )
    bodies = {
        i["request"]["uri"].rsplit("/", 1)[-1].split("?")[0]: i["response"]["body"]["string"]
        for i in cassette["interactions"]
    }
    assert "efetch.fcgi" in bodies

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=bodies[request.url.path.rsplit("/", 1)[-1]].encode())

    client = pubmed(handler, FakeClock(), ncbi_rate=1000.0)
    records = client.efetch([str(i) for i in range(20)])
    assert len(records) == 20
    assert all(r.article.pmid and r.article.title for r in records)
