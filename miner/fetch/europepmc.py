"""Europe PMC REST: cursor-paged search, open-access full text (JATS), supplementary files."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import httpx

from miner.errors import ParseError
from miner.fetch._http import Clock, Retryable, service_client
from miner.fetch.europepmc_json import EuropePMCPage, parse_europepmc_search
from miner.fetch.settings import FetchSettings

__all__ = ["PAGE_SIZE", "EuropePMCClient"]

# The documented maximum pageSize: fewest requests per record.
PAGE_SIZE = 1000
# A search that keeps paging past this is broken (cursor never ends): stop.
MAX_PAGES = 10_000


class EuropePMCClient:
    """search / fullTextXML / supplementaryFiles against ``settings.europepmc_url``."""

    def __init__(
        self,
        http: httpx.Client,
        settings: FetchSettings | None = None,
        *,
        clock: Clock | None = None,
        page_size: int = PAGE_SIZE,
    ):
        self.settings = settings or FetchSettings()
        clock = clock or Clock()
        self.base = self.settings.europepmc_url.rstrip("/") + "/"
        self.page_size = page_size
        self.http = service_client(http, self.settings, rate=self.settings.europepmc_rate, name="Europe PMC", clock=clock)

    def search_page(self, query: str, cursor: str = "*") -> EuropePMCPage:
        """One page of ``/search`` (resultType=core, format=json) starting at ``cursor``."""
        params = {
            "query": query,
            "resultType": "core",
            "format": "json",
            "pageSize": self.page_size,
            "cursorMark": cursor,
        }
        if self.settings.email:
            params["email"] = self.settings.email

        def parse(_resp: httpx.Response, body: bytes) -> EuropePMCPage:
            try:
                page = parse_europepmc_search(body)
            except ParseError as exc:
                raise Retryable(str(exc)) from exc  # truncated JSON: ask again
            page.cursor = cursor
            return page

        return self.http.call("GET", self.base + "search", parse, params=params)

    def iter_search(self, query: str, cursor: str = "*") -> Iterator[EuropePMCPage]:
        """Pages until the cursor stops moving, disappears, or a page comes back empty.

        Each yielded page carries the cursor it was fetched with and the next one,
        so a caller can checkpoint ``page.next_cursor`` after storing the page.
        """
        seen = {cursor}
        for _ in range(MAX_PAGES):
            page = self.search_page(query, cursor)
            yield page
            nxt = page.next_cursor
            # Stop rules from the v6.6 announcement, plus defensive ones.
            if not nxt or nxt in seen or not page.records:
                return
            seen.add(nxt)
            cursor = nxt

    def full_text_xml(self, pmcid: str) -> bytes | None:
        """JATS XML of an open-access article; None when Europe PMC has none (HTTP 404)."""

        def parse(resp: httpx.Response, body: bytes) -> bytes | None:
            if resp.status_code == 404:
                return None
            tail = body.rstrip()[-200:]
            if b"<article" not in body[:5000] or not tail.endswith(b"</article>"):
                raise Retryable("full text XML is cut short or not an <article>")
            return body

        return self.http.call(
            "GET", f"{self.base}{pmcid}/fullTextXML", parse, ok_statuses=frozenset({200, 404})
        )

    def supplementary_files(self, pmcid: str) -> bytes | None:
        """ZIP of the supplementary files; None when there are none (HTTP 404)."""

        def parse(resp: httpx.Response, body: bytes) -> bytes | None:
            if resp.status_code == 404:
                return None
            try:
                with zipfile.ZipFile(io.BytesIO(body)) as zf:
                    zf.namelist()
            except zipfile.BadZipFile as exc:
                raise Retryable(f"supplementary ZIP is damaged: {exc}") from exc
            return body

        return self.http.call(
            "GET",
            f"{self.base}{pmcid}/supplementaryFiles",
            parse,
            ok_statuses=frozenset({200, 404}),
        )
