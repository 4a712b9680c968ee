"""The nightly refresh: new records of saved queries, deduplicated, with OA full texts.

A run of one saved query goes through phases, each checkpointed in the store
in the same transaction as the records it wrote, so a run killed at any point
and started again neither loses nor duplicates anything:

1. ``pubmed``: one esearch (sliced by date past PubMed's 9,999 ceiling) whose id
   list is saved in the checkpoint, then efetch POSTs of ``batch_size`` ids;
   after each batch the records and ``pubmed_done`` commit together.
2. ``europepmc``: cursorMark pages of 1000; after each page the records and
   the next cursor commit together.
3. ``fulltext``: for every record of the query with a PMCID that is not known
   to be closed, fetch the JATS (404 = not open access), write it under
   ``fulltext_dir`` and run extraction on it.

The window is by create date: from the day before the last day a successful
run covered (a day of overlap: dates have day granularity and indexing lags)
to today. The first run of a query has no lower bound.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from miner.errors import ConfigError, FetchError, MinerError
from miner.fetch.europepmc import EuropePMCClient
from miner.fetch.pubmed import DateWindow, PubMedClient
from miner.fetch.store_ops import acquire_lock, release_lock, store_found, touch_lock
from miner.store import Store
from miner.store.refresh_schema import FullTextRow, RecordSourceRow, RefreshRunRow, SavedQueryRow
from miner.store.schema import ArticleRow, DocumentRow

__all__ = ["ExtractionUnavailable", "Ingest", "RefreshSummary", "Refresher", "pipeline_ingest"]

Ingest = Callable[[Store, Path], Any]
COUNTERS = (
    "found_pubmed",
    "found_europepmc",
    "new",
    "duplicates_merged",
    "already_known",
    "fulltexts_fetched",
    "fulltexts_not_available",
    "extracted",
    "failed",
)


class ExtractionUnavailable(MinerError):
    """The extraction pipeline is not installed/importable; full texts stay saved for later."""


def pipeline_ingest(store: Store, path: Path) -> Any:
    """Run extraction on one saved full text through ``miner.pipeline.ingest_path``."""
    try:
        from miner.pipeline import ingest_path
    except ImportError as exc:
        raise ExtractionUnavailable(f"extraction pipeline not available: {exc}") from exc
    return ingest_path(store, path)


@dataclass
class RefreshSummary:
    """What one refresh of one saved query did (printed, and stored on the run)."""

    query: str
    run_id: int
    since: date | None
    until: date
    status: str = "running"
    resumed: bool = False
    found_pubmed: int = 0
    found_europepmc: int = 0
    new: int = 0
    duplicates_merged: int = 0  # a new source record that matched an article already stored
    already_known: int = 0  # a source record this query had found before (overlap day)
    fulltexts_fetched: int = 0
    fulltexts_not_available: int = 0
    extracted: int = 0
    failed: int = 0  # full texts that failed to download or extract
    requests: int = 0
    error: str | None = None
    failures: list[str] = field(default_factory=list)

    @property
    def found(self) -> int:
        return self.found_pubmed + self.found_europepmc

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["since"] = self.since.isoformat() if self.since else None
        d["until"] = self.until.isoformat()
        d["found"] = self.found
        return d

    def text(self) -> str:
        window = f"{self.since or 'start'}..{self.until}"
        return (
            f"{self.query} [{window}] {self.status}{' (resumed)' if self.resumed else ''}: "
            f"found {self.found} (PubMed {self.found_pubmed}, Europe PMC {self.found_europepmc}), "
            f"new {self.new}, duplicates merged {self.duplicates_merged}, "
            f"already known {self.already_known}, full texts fetched {self.fulltexts_fetched}, "
            f"extracted {self.extracted}, failed {self.failed}, requests {self.requests}"
        )


class Refresher:
    """Runs refreshes of saved queries against injected clients.

    Args:
        store: the open store.
        pubmed / europepmc: clients (None skips that source).
        fulltext_dir: where OA JATS files are written (created if missing).
        ingest: extraction hook ``(store, path)``; None skips extraction.
        today: the run's upper date (tests pin it).
        fetch_fulltexts: download OA full texts at all.
        progress: called with a short line at each step (query, page, full text),
            for a status line on a terminal; None is silent.
    """

    def __init__(
        self,
        store: Store,
        pubmed: PubMedClient | None,
        europepmc: EuropePMCClient | None,
        *,
        fulltext_dir: Path,
        ingest: Ingest | None = pipeline_ingest,
        today: date | None = None,
        overlap_days: int = 1,
        fetch_fulltexts: bool = True,
        lock_ttl: timedelta = timedelta(hours=1),
        progress: Callable[[str], None] | None = None,
    ):
        self.store = store
        self.pubmed = pubmed
        self.europepmc = europepmc
        self.fulltext_dir = Path(fulltext_dir)
        self.ingest = ingest
        self.today = today
        self.overlap = timedelta(days=overlap_days)
        self.fetch_fulltexts = fetch_fulltexts
        self.lock_ttl = lock_ttl
        self._progress = progress
        self._holder = ""

    def _say(self, message: str) -> None:
        if self._progress is not None:
            self._progress(message)

    def refresh(self, names: Sequence[str] | None = None) -> list[RefreshSummary]:
        """Refresh the named saved queries (all when empty) under the store's lock.

        A failing query does not stop the others; its run is kept resumable and
        its summary has ``status="failed"``.

        Raises:
            RefreshLockedError: another refresh is running.
            ConfigError: an unknown query name, or no saved query at all.
        """
        with self.store.session() as s:
            known = {q.name: q.id for q in s.scalars(select(SavedQueryRow)).all()}
        wanted = list(names) if names else sorted(known)
        if not wanted:
            raise ConfigError("no saved queries: add one with `miner query add NAME --pubmed ...`")
        unknown = [n for n in wanted if n not in known]
        if unknown:
            raise ConfigError(f"no saved query named {', '.join(map(repr, unknown))}")
        self._holder = acquire_lock(self.store, self.lock_ttl)
        try:
            return [self._refresh_one(known[name], name) for name in wanted]
        finally:
            release_lock(self.store, self._holder)

    # -- one query -----------------------------------------------------------

    def _requests(self) -> int:
        return sum(c.http.requests_sent for c in (self.pubmed, self.europepmc) if c is not None)

    def _refresh_one(self, query_id: int, name: str) -> RefreshSummary:
        start_requests = self._requests()
        run_id, summary = self._open_run(query_id, name)
        self._say(f"{name}: starting")
        try:
            self._pubmed_phase(query_id, run_id)
            self._europepmc_phase(query_id, run_id)
            if self.fetch_fulltexts and self.europepmc is not None:
                self._fulltext_phase(query_id, run_id)
        except MinerError as exc:
            self._close_run(run_id, summary, "failed", start_requests, error=str(exc))
            return summary
        self._close_run(run_id, summary, "done", start_requests)
        return summary

    def _open_run(self, query_id: int, name: str) -> tuple[int, RefreshSummary]:
        today = self.today or datetime.now(UTC).date()
        with self.store.session() as s:
            query = s.get(SavedQueryRow, query_id)
            assert query is not None
            run = s.scalar(
                select(RefreshRunRow)
                .where(
                    RefreshRunRow.query_id == query_id,
                    RefreshRunRow.status.in_(("running", "failed")),
                )
                .order_by(RefreshRunRow.id.desc())
            )
            resumed = run is not None
            if run is None:
                since = query.covered_until - self.overlap if query.covered_until else None
                run = RefreshRunRow(
                    query_id=query_id,
                    status="running",
                    since=since,
                    until=max(today, since) if since else today,
                    checkpoint={"counts": dict.fromkeys(COUNTERS, 0)},
                    summary={},
                )
                s.add(run)
                s.flush()
            run.status = "running"
            run.error = None
            summary = RefreshSummary(name, run.id, run.since, run.until, resumed=resumed)
            return run.id, summary

    def _close_run(
        self,
        run_id: int,
        summary: RefreshSummary,
        status: str,
        start_requests: int,
        error: str | None = None,
    ) -> None:
        with self.store.session() as s:
            run = s.get(RefreshRunRow, run_id)
            assert run is not None
            for key, value in run.checkpoint.get("counts", {}).items():
                setattr(summary, key, value)
            summary.failures = list(run.checkpoint.get("failures", []))
            summary.status = status
            summary.error = error
            summary.requests = self._requests() - start_requests
            run.status = status
            run.error = error
            run.summary = summary.to_dict()
            if status == "done":
                run.finished_at = datetime.now(UTC)
                query = s.get(SavedQueryRow, run.query_id)
                assert query is not None
                query.covered_until = run.until

    def _checkpoint(self, s: Any, run: RefreshRunRow, **changes: Any) -> None:
        # JSON columns are not mutation-tracked: assign a new dict.
        cp = dict(run.checkpoint)
        cp.update(changes)
        run.checkpoint = cp
        touch_lock(s, self._holder, self.lock_ttl)

    def _pubmed_phase(self, query_id: int, run_id: int) -> None:
        with self.store.session() as s:
            query, run = s.get(SavedQueryRow, query_id), s.get(RefreshRunRow, run_id)
            assert query is not None and run is not None
            term, since, until = query.pubmed_query, run.since, run.until
            ids = run.checkpoint.get("pubmed_ids")
            done = int(run.checkpoint.get("pubmed_done", 0))
        if not term or self.pubmed is None:
            return
        if ids is None:
            window = DateWindow(since, until, "crdt") if since else None
            self._say("PubMed: searching")
            ids = self.pubmed.search_ids(term, window)
            with self.store.session() as s:
                run = s.get(RefreshRunRow, run_id)
                assert run is not None
                counts = dict(run.checkpoint["counts"])
                counts["found_pubmed"] += len(ids)
                self._checkpoint(s, run, pubmed_ids=ids, pubmed_done=0, counts=counts)
        remaining = ids[done:]
        for batch, records in self.pubmed.iter_efetch(remaining):
            with self.store.session() as s:
                run = s.get(RefreshRunRow, run_id)
                assert run is not None
                counts = dict(run.checkpoint["counts"])
                found = [("pubmed", r.article.pmid, r.article) for r in records if r.article.pmid]
                for key, n in store_found(s, query_id, run_id, found).items():
                    counts[key] += n
                done += len(batch)
                self._checkpoint(s, run, pubmed_done=done, counts=counts)
            self._say(f"PubMed: {done}/{len(ids)} records fetched")

    def _europepmc_phase(self, query_id: int, run_id: int) -> None:
        with self.store.session() as s:
            query, run = s.get(SavedQueryRow, query_id), s.get(RefreshRunRow, run_id)
            assert query is not None and run is not None
            term, since, until = query.europepmc_query, run.since, run.until
            cursor = run.checkpoint.get("epmc_cursor", "*")
            finished = run.checkpoint.get("epmc_done", False)
        if not term or self.europepmc is None or finished:
            return
        if since:
            term = f"({term}) AND CREATION_DATE:[{since.isoformat()} TO {until.isoformat()}]"
        for page in self.europepmc.iter_search(term, cursor):
            with self.store.session() as s:
                run = s.get(RefreshRunRow, run_id)
                assert run is not None
                counts = dict(run.checkpoint["counts"])
                counts["found_europepmc"] += len(page.records)
                found = [("europepmc", r.key, r.article) for r in page.records if r.id]
                for key, n in store_found(s, query_id, run_id, found).items():
                    counts[key] += n
                last = not page.next_cursor or page.next_cursor == page.cursor or not page.records
                self._checkpoint(
                    s, run, epmc_cursor=page.next_cursor or cursor, epmc_done=last, counts=counts
                )
                seen = counts["found_europepmc"]
            self._say(f"Europe PMC: {seen} records fetched")
        with self.store.session() as s:
            run = s.get(RefreshRunRow, run_id)
            assert run is not None
            self._checkpoint(s, run, epmc_done=True)

    def _fulltext_phase(self, query_id: int, run_id: int) -> None:
        assert self.europepmc is not None
        with self.store.session() as s:
            done = select(FullTextRow.article_id).where(FullTextRow.status != "fetch_failed")
            rows = s.execute(
                select(ArticleRow.id, ArticleRow.pmcid)
                .join(RecordSourceRow, RecordSourceRow.article_id == ArticleRow.id)
                .where(
                    RecordSourceRow.query_id == query_id,
                    ArticleRow.pmcid.is_not(None),
                    ArticleRow.is_open_access.is_not(False),
                    ArticleRow.id.not_in(done),
                )
                .distinct()
                .order_by(ArticleRow.id)
            ).all()
        for i, (article_id, pmcid) in enumerate(rows, 1):
            if pmcid:
                self._say(f"full texts: {i}/{len(rows)} ({pmcid})")
                self._fetch_one(run_id, article_id, pmcid)
        with self.store.session() as s:
            pending = s.execute(
                select(FullTextRow.id, FullTextRow.path)
                .join(RecordSourceRow, RecordSourceRow.article_id == FullTextRow.article_id)
                .where(RecordSourceRow.query_id == query_id, FullTextRow.status == "saved")
                .distinct()
                .order_by(FullTextRow.id)
            ).all()
        if self.ingest is None:
            return
        for i, (fulltext_id, path) in enumerate(pending, 1):
            if path:
                self._say(f"extracting: {i}/{len(pending)} ({Path(path).name})")
                self._extract_one(run_id, fulltext_id, Path(path))

    def _bump(self, s: Any, run_id: int, key: str, failure: str | None = None) -> None:
        run = s.get(RefreshRunRow, run_id)
        assert run is not None
        counts = dict(run.checkpoint["counts"])
        counts[key] += 1
        failures = list(run.checkpoint.get("failures", []))
        if failure:
            failures = (failures + [failure])[-100:]
        self._checkpoint(s, run, counts=counts, failures=failures)

    def _fetch_one(self, run_id: int, article_id: int, pmcid: str) -> None:
        assert self.europepmc is not None
        try:
            xml = self.europepmc.full_text_xml(pmcid)
        except FetchError as exc:
            with self.store.session() as s:
                self._upsert_fulltext(s, article_id, pmcid, None, "fetch_failed", run_id, str(exc))
                self._bump(s, run_id, "failed", f"{pmcid}: {exc}")
            return
        path = None
        if xml is not None:
            path = _write_atomic(self.fulltext_dir / f"{pmcid}.xml", xml)
        with self.store.session() as s:
            status = "saved" if path else "not_available"
            self._upsert_fulltext(s, article_id, pmcid, path, status, run_id, None)
            self._bump(s, run_id, "fulltexts_fetched" if path else "fulltexts_not_available")

    def _extract_one(self, run_id: int, fulltext_id: int, path: Path) -> None:
        assert self.ingest is not None
        error = None
        try:
            outcome = self.ingest(self.store, path)
        except ExtractionUnavailable:
            return  # stays "saved": extracted by a later run once the pipeline exists
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the night
            error = f"{type(exc).__name__}: {exc}"
        else:
            # ingest_path reports a file it could not read in its outcome, not by raising.
            if getattr(outcome, "ok", True) is False:
                error = str(getattr(outcome, "error", None) or "extraction failed")
        with self.store.session() as s:
            row = s.get(FullTextRow, fulltext_id)
            assert row is not None
            if error:
                row.status, row.error = "extract_failed", error[:2000]
                self._bump(s, run_id, "failed", f"{path.name}: {row.error}")
                return
            row.status, row.error = "extracted", None
            self._link_document(s, row.article_id, path)
            self._bump(s, run_id, "extracted")

    @staticmethod
    def _link_document(s: Any, article_id: int, path: Path) -> None:
        """Point the extracted document at its bibliographic record (for pmid/doi in the sheet)."""
        try:
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return
        doc = s.scalar(select(DocumentRow).where(DocumentRow.sha256 == sha))
        if doc is not None and doc.article_id is None:
            doc.article_id = article_id

    @staticmethod
    def _upsert_fulltext(
        s: Any,
        article_id: int,
        pmcid: str,
        path: Path | None,
        status: str,
        run_id: int,
        error: str | None,
    ) -> None:
        row = s.scalar(select(FullTextRow).where(FullTextRow.article_id == article_id))
        if row is None:
            row = FullTextRow(article_id=article_id, pmcid=pmcid)
            s.add(row)
        row.path = str(path) if path else None
        row.status, row.run_id, row.error = status, run_id, error


def _write_atomic(path: Path, data: bytes) -> Path:
    """Write via a temporary file and rename, so a killed run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
