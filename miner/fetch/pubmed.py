"""PubMed through NCBI E-utilities: esearch (with date slicing) and efetch in batches.

The client returns parsed records; it never touches the store. Rate limiting
and retries live on the injected :class:`~miner.fetch._http.PoliteClient`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx

from miner.errors import FetchError, ParseError
from miner.fetch._http import Clock, Retryable, service_client
from miner.fetch.pubmed_xml import (
    ESearchResult,
    PubMedRecord,
    parse_esearch_xml,
    parse_pubmed_records,
)
from miner.fetch.settings import FetchSettings

__all__ = ["EFETCH_BATCH", "ESEARCH_CEILING", "DateWindow", "PubMedClient"]

# PubMed esearch returns ids only from the first 9,999 hits of a query, however
# it is paged (retstart > 9998 is refused); usehistory does not lift it.
ESEARCH_CEILING = 9999
# NCBI's own large-download examples page 500 records per efetch; more than
# ~200 ids should go by POST. 400 keeps a body at a few MB.
EFETCH_BATCH = 400


@dataclass(frozen=True)
class DateWindow:
    """An inclusive day range on one PubMed date type (``crdt`` = create date)."""

    start: date
    end: date
    datetype: str = "crdt"

    def split(self) -> tuple[DateWindow, DateWindow]:
        mid = self.start + (self.end - self.start) // 2
        return (
            DateWindow(self.start, mid, self.datetype),
            DateWindow(mid + timedelta(days=1), self.end, self.datetype),
        )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class PubMedClient:
    """esearch / efetch against ``settings.eutils_url``.

    Args:
        http: the injected ``httpx.Client`` (its own timeout/transport are used as given).
        settings: identity (tool, email, api_key), base URL, rates and retry budget.
        clock: time source for the rate limiter and backoff (tests use a fake one).
        ceiling: ids esearch can return for one query (9,999 on PubMed; tests lower it).
    """

    def __init__(
        self,
        http: httpx.Client,
        settings: FetchSettings | None = None,
        *,
        clock: Clock | None = None,
        ceiling: int = ESEARCH_CEILING,
        batch_size: int = EFETCH_BATCH,
    ):
        self.settings = settings or FetchSettings()
        clock = clock or Clock()
        self.base = self.settings.eutils_url.rstrip("/") + "/"
        self.ceiling = ceiling
        self.batch_size = batch_size
        self.http = service_client(http, self.settings, rate=self.settings.effective_ncbi_rate(), name="PubMed", clock=clock)

    def _identity(self) -> dict[str, str]:
        params = {"tool": self.settings.tool.replace(" ", "_")}
        if self.settings.email:
            params["email"] = self.settings.email
        if self.settings.ncbi_api_key:
            params["api_key"] = self.settings.ncbi_api_key
        return params

    # -- esearch -------------------------------------------------------------

    def esearch(
        self,
        term: str,
        *,
        window: DateWindow | None = None,
        retstart: int = 0,
        retmax: int | None = None,
        usehistory: bool = True,
    ) -> ESearchResult:
        """One esearch call (POST, so long queries are safe). Raises FetchError on an in-band error."""
        data: dict[str, Any] = {
            "db": "pubmed",
            "term": term,
            "retstart": retstart,
            "retmax": self.ceiling if retmax is None else retmax,
            **self._identity(),
        }
        if usehistory:
            data["usehistory"] = "y"
        if window is not None:
            data.update(
                datetype=window.datetype,
                mindate=window.start.strftime("%Y/%m/%d"),
                maxdate=window.end.strftime("%Y/%m/%d"),
            )

        def parse(_resp: httpx.Response, body: bytes) -> ESearchResult:
            if body.lstrip().startswith(b"{"):
                # The ceiling error comes back as JSON even for XML requests.
                raise FetchError(f"PubMed esearch refused the request: {body[:300]!r}")
            try:
                return parse_esearch_xml(body)
            except ParseError as exc:
                if exc.reason == "corrupt" and b"<ERROR>" in body:
                    raise FetchError(f"PubMed esearch error: {exc}") from exc
                raise Retryable(str(exc)) from exc

        return self.http.call("POST", self.base + "esearch.fcgi", parse, data=data)

    def search_ids(self, term: str, window: DateWindow | None = None) -> list[str]:
        """Every PMID matching ``term`` (within ``window``), slicing by date past the ceiling.

        One esearch call when the result fits under the ceiling (the usual
        nightly case); otherwise the window is halved until each slice fits.
        Ids are returned once each, newest slices last.

        Raises:
            FetchError: a single day still exceeds the ceiling, or the service failed.
        """
        first = self.esearch(term, window=window)
        if first.count <= self.ceiling:
            return self._page_all(term, window, first)
        if window is None:
            window = DateWindow(date(1781, 1, 1), date.today() + timedelta(days=1))
        ids: dict[str, None] = {}
        for part in window.split():
            for pmid in self._search_slice(term, part):
                ids.setdefault(pmid, None)
        return list(ids)

    def _search_slice(self, term: str, window: DateWindow) -> list[str]:
        result = self.esearch(term, window=window)
        if result.count <= self.ceiling:
            return self._page_all(term, window, result)
        if window.days <= 1:
            raise FetchError(
                f"PubMed query has {result.count} hits on a single day ({window.start}); "
                f"esearch cannot list more than {self.ceiling}: narrow the query"
            )
        ids: list[str] = []
        for part in window.split():
            ids.extend(self._search_slice(term, part))
        return ids

    def _page_all(self, term: str, window: DateWindow | None, first: ESearchResult) -> list[str]:
        # A server may clamp retmax below what we asked: page until we have them all.
        ids = dict.fromkeys(first.ids)
        while len(ids) < first.count and len(ids) < self.ceiling:
            page = self.esearch(term, window=window, retstart=len(ids), usehistory=False)
            before = len(ids)
            ids.update(dict.fromkeys(page.ids))
            if len(ids) == before:  # nothing new: the server stopped early
                break
        return list(ids)

    # -- efetch --------------------------------------------------------------

    def efetch(self, pmids: Sequence[str]) -> list[PubMedRecord]:
        """Fetch records for ``pmids`` in one POST (callers batch; see :meth:`iter_efetch`)."""
        if not pmids:
            return []
        data = {"db": "pubmed", "id": ",".join(pmids), "retmode": "xml", **self._identity()}

        def parse(_resp: httpx.Response, body: bytes) -> list[PubMedRecord]:
            try:
                return parse_pubmed_records(body)
            except ParseError as exc:
                # A body cut short is not well-formed XML: fetch it again.
                raise Retryable(str(exc)) from exc

        return self.http.call("POST", self.base + "efetch.fcgi", parse, data=data)

    def efetch_history(
        self, webenv: str, query_key: str, retstart: int, retmax: int
    ) -> list[PubMedRecord]:
        """Fetch a page of a stored esearch result (WebEnv + query_key) without sending ids."""
        params = {
            "db": "pubmed",
            "WebEnv": webenv,
            "query_key": query_key,
            "retstart": retstart,
            "retmax": retmax,
            "retmode": "xml",
            **self._identity(),
        }

        def parse(_resp: httpx.Response, body: bytes) -> list[PubMedRecord]:
            try:
                return parse_pubmed_records(body)
            except ParseError as exc:
                raise Retryable(str(exc)) from exc

        return self.http.call("GET", self.base + "efetch.fcgi", parse, params=params)

    def iter_efetch(self, pmids: Sequence[str]) -> Iterator[tuple[list[str], list[PubMedRecord]]]:
        """Yield ``(batch_ids, records)`` for successive batches of ``batch_size`` ids."""
        for i in range(0, len(pmids), self.batch_size):
            batch = list(pmids[i : i + self.batch_size])
            yield batch, self.efetch(batch)
