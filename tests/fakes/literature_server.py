"""A local fake of PubMed E-utilities and Europe PMC REST, with injectable faults.

Runs a threaded ``http.server`` on 127.0.0.1 (port 0). Serves a synthetic corpus
(``make_corpus``) over many pages and logs every request with its arrival
time, so tests can check record counts and the rate limit from the server's
side. Faults are queued per path and consumed once each:

    server.add_fault("efetch", "status", status=503)
    server.add_fault("search", "status", status=429, retry_after="1")
    server.add_fault("efetch", "ratelimit200")      # NCBI's JSON error with status 200
    server.add_fault("efetch", "slow", seconds=2)   # past the client's read timeout
    server.add_fault("search", "truncate")          # body cut in half, length says complete
    server.add_fault("efetch", "reset")             # connection closed mid-body
    server.add_fault("esearch", "drop")             # connection closed before any answer

Synthetic records only: nothing here is copied from real responses.
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

__all__ = ["FakeLiteratureServer", "FakeRecord", "Fault", "make_corpus"]

_WORDS_A = ["Mesenchymal", "Umbilical cord", "Bone marrow", "Adipose", "Placental", "Hypoxic"]
_WORDS_B = [
    "stem cell-derived exosomes",
    "small extracellular vesicles",
    "exosomal miR-21",
    "exosomes",
]
_WORDS_C = [
    "attenuate neuroinflammation",
    "promote axonal regeneration",
    "reduce apoptosis",
    "improve locomotor recovery",
    "suppress pyroptosis",
    "restore the blood-spinal cord barrier",
]
_WORDS_D = [
    "after spinal cord injury in rats",
    "in a rat contusion model",
    "via PI3K/AKT signalling",
]
_SURNAMES = ["Wang", "Li", "Zhang", "Chen", "Liu", "Smith", "Müller", "García", "Kim", "Nguyen"]


@dataclass
class FakeRecord:
    index: int
    pmid: str | None
    pmcid: str | None
    doi: str | None
    title: str
    authors: list[str]
    year: int
    created: date
    in_pubmed: bool
    in_europepmc: bool
    open_access: bool
    epmc_source: str = "MED"
    epmc_id: str = ""
    epmc_has_pmid: bool = True


def make_corpus(
    n: int, *, start: date = date(2026, 1, 1), days: int = 60, seed: int = 7
) -> list[FakeRecord]:
    """``n`` synthetic records spread over ``days`` create dates.

    Mix: ~65% in both sources with a PMID, ~15% PubMed only, ~10% Europe PMC
    preprints (no PMID, own DOI), ~10% in both but Europe PMC's copy lacks the
    PMID (matched by PMCID). A third are open access.
    """
    rng = random.Random(seed)
    records = []
    for i in range(n):
        kind = rng.random()
        title = (
            f"{_WORDS_A[i % 6]} {_WORDS_B[(i // 6) % 4]} {_WORDS_C[(i // 24) % 6]} "
            f"{_WORDS_D[(i // 144) % 3]} (study {i})"
        )
        authors = [f"{_SURNAMES[(i + k) % 10]} {chr(65 + (i + k) % 26)}" for k in range(1 + i % 4)]
        pmid = str(30_000_000 + i)
        pmcid = f"PMC{9_000_000 + i}" if i % 2 == 0 else None
        rec = FakeRecord(
            index=i,
            pmid=pmid,
            pmcid=pmcid,
            doi=f"10.1234/fake.{i}",
            title=title,
            authors=authors,
            year=2025 + i % 2,
            created=start + timedelta(days=rng.randrange(days)),
            in_pubmed=True,
            in_europepmc=True,
            open_access=pmcid is not None and i % 3 != 1,
            epmc_id=pmid,
        )
        if kind < 0.15:
            rec.in_europepmc = False
        elif kind < 0.25:
            rec.in_pubmed, rec.pmid, rec.pmcid = False, None, None
            rec.epmc_source, rec.epmc_id, rec.open_access = "PPR", f"PPR{500_000 + i}", False
        elif kind < 0.35 and pmcid:
            rec.epmc_source, rec.epmc_id, rec.epmc_has_pmid = "PMC", pmcid, False
        records.append(rec)
    return records


def pubmed_xml(records: list[FakeRecord]) -> bytes:
    root = ET.Element("PubmedArticleSet")
    for r in records:
        art_el = ET.SubElement(root, "PubmedArticle")
        cit = ET.SubElement(art_el, "MedlineCitation", Status="MEDLINE", Owner="NLM")
        ET.SubElement(cit, "PMID", Version="1").text = r.pmid
        art = ET.SubElement(cit, "Article")
        journal = ET.SubElement(art, "Journal")
        issue = ET.SubElement(journal, "JournalIssue")
        ET.SubElement(ET.SubElement(issue, "PubDate"), "Year").text = str(r.year)
        ET.SubElement(journal, "Title").text = "Journal of Synthetic Neurotrauma"
        ET.SubElement(art, "ArticleTitle").text = r.title + "."
        abstract = ET.SubElement(art, "Abstract")
        for label in ("BACKGROUND", "METHODS", "RESULTS"):
            ET.SubElement(
                abstract, "AbstractText", Label=label
            ).text = f"{label.title()} of study {r.index}."
        authors = ET.SubElement(art, "AuthorList")
        for name in r.authors:
            last, initials = name.rsplit(" ", 1)
            a = ET.SubElement(authors, "Author")
            ET.SubElement(a, "LastName").text = last
            ET.SubElement(a, "Initials").text = initials
        ET.SubElement(
            ET.SubElement(art, "PublicationTypeList"), "PublicationType"
        ).text = "Journal Article"
        data = ET.SubElement(art_el, "PubmedData")
        history = ET.SubElement(data, "History")
        pd = ET.SubElement(history, "PubMedPubDate", PubStatus="entrez")
        for tag, value in (
            ("Year", r.created.year),
            ("Month", r.created.month),
            ("Day", r.created.day),
        ):
            ET.SubElement(pd, tag).text = str(value)
        ids = ET.SubElement(data, "ArticleIdList")
        ET.SubElement(ids, "ArticleId", IdType="pubmed").text = r.pmid
        ET.SubElement(ids, "ArticleId", IdType="doi").text = r.doi
        if r.pmcid:
            ET.SubElement(ids, "ArticleId", IdType="pmc").text = r.pmcid
    return b'<?xml version="1.0" ?>\n' + ET.tostring(root, encoding="utf-8")


def epmc_result(r: FakeRecord) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": r.epmc_id,
        "source": r.epmc_source,
        "doi": r.doi,
        # Europe PMC keeps inline markup in titles.
        "title": r.title.replace("exosomes", "<i>exosomes</i>") + ".",
        "authorList": {"author": [{"fullName": a} for a in r.authors]},
        "pubYear": str(r.year),
        "journalInfo": {"journal": {"title": "Journal of Synthetic Neurotrauma"}},
        "abstractText": f"<h4>Background</h4>Background of study {r.index}.",
        "isOpenAccess": "Y" if r.open_access else "N",
        "dateOfCreation": r.created.isoformat(),
        "pubTypeList": {"pubType": ["preprint" if r.epmc_source == "PPR" else "Journal Article"]},
    }
    if r.pmid and r.epmc_has_pmid:
        d["pmid"] = r.pmid
    if r.pmcid:
        d["pmcid"] = r.pmcid
    return d


@dataclass
class Fault:
    path: str
    kind: str
    status: int = 503
    retry_after: str | None = None
    seconds: float = 0.0


@dataclass
class LoggedRequest:
    at: float
    method: str
    path: str
    params: dict[str, list[str]]


@dataclass
class FakeLiteratureServer:
    """Start with ``with FakeLiteratureServer(records) as srv:``; base URLs are ``srv.eutils_url``..."""

    records: list[FakeRecord]
    ceiling: int = 9999
    max_page_size: int = 1000
    # How the last Europe PMC page ends: "repeat" returns the same cursor again, "missing" none.
    cursor_end: str = "repeat"
    faults: list[Fault] = field(default_factory=list)
    log: list[LoggedRequest] = field(default_factory=list)
    # Path parts that answer 500 to every request while listed (an outage).
    broken: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    # -- control ---------------------------------------------------------------

    def add_fault(self, path: str, kind: str, **kw: Any) -> None:
        with self._lock:
            self.faults.append(Fault(path, kind, **kw))

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for i, fault in enumerate(self.faults):
                if fault.path in path:
                    return self.faults.pop(i)
        return None

    def requests_to(self, part: str) -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.log if part in r.path]

    def __enter__(self) -> Self:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in separate writes: without this, delayed ACKs add 40 ms a request.
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server._handle(self, "GET")

            def do_POST(self) -> None:
                server._handle(self, "POST")

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def base(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def eutils_url(self) -> str:
        return self.base + "/eutils/"

    @property
    def europepmc_url(self) -> str:
        return self.base + "/europepmc/"

    # -- serving ---------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(h.path)
        params = parse_qs(parts.query)
        if method == "POST":
            length = int(h.headers.get("Content-Length") or 0)
            params.update(parse_qs(h.rfile.read(length).decode()))
        with self._lock:
            self.log.append(LoggedRequest(time.monotonic(), method, parts.path, params))
        fault = self._take_fault(parts.path)
        if any(b in parts.path for b in self.broken):
            fault = Fault(parts.path, "status", status=500)
        try:
            if fault and fault.kind == "drop":
                h.close_connection = True
                return
            if fault and fault.kind == "slow":
                time.sleep(fault.seconds)
            if fault and fault.kind == "status":
                headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                return self._send(h, fault.status, b"<html>busy</html>", "text/html", headers)
            if fault and fault.kind == "ratelimit200":
                body = b'{"error":"API rate limit exceeded","count":"4","limit":"3"}'
                return self._send(h, 200, body, "application/json")
            status, body, ctype = self._route(parts.path, params)
            if fault and fault.kind == "truncate":
                body = body[: len(body) // 2]
            if fault and fault.kind == "reset":
                h.send_response(status)
                h.send_header("Content-Type", ctype)
                h.send_header("Content-Length", str(len(body)))
                h.end_headers()
                h.wfile.write(body[: len(body) // 3])
                h.wfile.flush()
                h.close_connection = True
                return
            self._send(h, status, body, ctype)
        except (BrokenPipeError, ConnectionResetError):
            h.close_connection = True

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        ctype: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        h.send_header("X-RateLimit-Limit", "3")
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    def _route(self, path: str, params: dict[str, list[str]]) -> tuple[int, bytes, str]:
        one = {k: v[0] for k, v in params.items()}
        if path.endswith("/esearch.fcgi"):
            return self._esearch(one)
        if path.endswith("/efetch.fcgi"):
            wanted = set(one.get("id", "").split(","))
            recs = [r for r in self.records if r.in_pubmed and r.pmid in wanted]
            return 200, pubmed_xml(recs), "text/xml"
        if path.endswith("/europepmc/search"):
            return self._epmc_search(one)
        m = re.search(r"/europepmc/(PMC\d+)/fullTextXML$", path)
        if m:
            rec = next((r for r in self.records if r.pmcid == m.group(1) and r.open_access), None)
            if rec is None:
                return 404, b"", "text/html"
            body = (
                f'<?xml version="1.0"?>\n<article><front><article-meta><title-group><article-title>'
                f"{rec.title}</article-title></title-group></article-meta></front><body><p>Body of "
                f"study {rec.index}.</p></body></article>"
            ).encode()
            return 200, body, "application/xml"
        return 404, b"not found", "text/plain"

    def _esearch(self, p: dict[str, str]) -> tuple[int, bytes, str]:
        recs = [r for r in self.records if r.in_pubmed]
        if p.get("mindate"):
            lo = date(*map(int, p["mindate"].split("/")))
            hi = date(*map(int, p["maxdate"].split("/")))
            recs = [r for r in recs if lo <= r.created <= hi]
        recs.sort(key=lambda r: (r.created, r.pmid or ""), reverse=True)
        retstart, retmax = int(p.get("retstart", 0)), int(p.get("retmax", 20))
        if retstart > self.ceiling - 1:
            body = json.dumps(
                {"esearchresult": {"ERROR": "'retstart' cannot be larger than 9998."}}
            )
            return 200, body.encode(), "application/json"
        retmax = min(retmax, self.ceiling)
        ids = [r.pmid for r in recs[: self.ceiling][retstart : retstart + retmax]]
        root = ET.Element("eSearchResult")
        for tag, value in (("Count", len(recs)), ("RetMax", len(ids)), ("RetStart", retstart)):
            ET.SubElement(root, tag).text = str(value)
        if p.get("usehistory") == "y":
            ET.SubElement(root, "QueryKey").text = "1"
            ET.SubElement(root, "WebEnv").text = "MCID_fake0000000000000000"
        id_list = ET.SubElement(root, "IdList")
        for pmid in ids:
            ET.SubElement(id_list, "Id").text = pmid
        return 200, ET.tostring(root, encoding="utf-8"), "text/xml"

    def _epmc_search(self, p: dict[str, str]) -> tuple[int, bytes, str]:
        query = p.get("query", "")
        recs = [r for r in self.records if r.in_europepmc]
        m = re.search(r"CREATION_DATE:\[(\S+) TO (\S+)\]", query)
        if m:
            lo, hi = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
            recs = [r for r in recs if lo <= r.created <= hi]
        recs.sort(key=lambda r: (r.created, r.index))
        size = min(int(p.get("pageSize", 25)), self.max_page_size)
        cursor = p.get("cursorMark", "*")
        offset = 0 if cursor == "*" else int(cursor[1:])
        page = recs[offset : offset + size]
        doc: dict[str, Any] = {
            "version": "6.9",
            "hitCount": len(recs),
            "request": {"queryString": query, "cursorMark": cursor, "pageSize": size},
            "resultList": {"result": [epmc_result(r) for r in page]},
        }
        if page:
            doc["nextCursorMark"] = f"c{offset + len(page)}"
        elif self.cursor_end == "repeat":
            doc["nextCursorMark"] = cursor
        return 200, json.dumps(doc).encode(), "application/json"
