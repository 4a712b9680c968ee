"""The refresh against a local fake PubMed + Europe PMC server with injected faults."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from fakes.literature_server import FakeLiteratureServer, FakeRecord, LoggedRequest, make_corpus
from sqlalchemy import select

from miner.fetch.europepmc import EuropePMCClient
from miner.fetch.pubmed import PubMedClient
from miner.fetch.refresh import ExtractionUnavailable, Refresher
from miner.fetch.settings import FetchSettings
from miner.fetch.store_ops import RefreshLockedError, acquire_lock, add_query, release_lock
from miner.store import Store
from miner.store.refresh_schema import FullTextRow, RecordSourceRow, RefreshRunRow, SavedQueryRow
from miner.store.schema import ArticleRow

RATE = 100.0  # requests/s per service in these tests (the real limits are tested below and with a fake clock)
TODAY = date(2026, 2, 15)
REPO = Path(__file__).resolve().parents[1]


@dataclass
class FakeIngest:
    """Stands in for miner.pipeline.ingest_path: records calls, fails for chosen files."""

    fail_for: tuple[str, ...] = ()
    calls: list[Path] | None = None

    def __call__(self, store: Store, path: Path) -> Any:
        self.calls = (self.calls or []) + [path]
        assert path.read_bytes().rstrip().endswith(b"</article>")
        if path.stem in self.fail_for:
            raise ValueError("cannot parse this JATS")
        return type("Outcome", (), {"ok": True})()


def settings_for(srv: FakeLiteratureServer, **kw: Any) -> FetchSettings:
    base: dict[str, Any] = {
        "eutils_url": srv.eutils_url,
        "europepmc_url": srv.europepmc_url,
        "ncbi_rate": RATE,
        "europepmc_rate": RATE,
        "backoff_base": 0.02,
        "backoff_max": 0.1,
        "request_timeout": 0.5,
        "total_timeout": 20.0,
        "max_attempts": 6,
        "email": "team@example.org",
    }
    base.update(kw)
    return FetchSettings(**base)


def refresher(
    store: Store, srv: FakeLiteratureServer, http: httpx.Client, tmp: Path, **kw: Any
) -> Refresher:
    st = settings_for(srv, **kw.pop("settings", {}))
    return Refresher(
        store,
        PubMedClient(http, st, ceiling=srv.ceiling, batch_size=40),
        EuropePMCClient(http, st, page_size=50),
        fulltext_dir=tmp / "fulltext",
        ingest=kw.pop("ingest", FakeIngest()),
        today=kw.pop("today", TODAY),
        **kw,
    )


@pytest.fixture
def corpus() -> list[FakeRecord]:
    return make_corpus(160, start=date(2026, 1, 1), days=40)


@pytest.fixture
def server(corpus: list[FakeRecord]) -> Iterator[FakeLiteratureServer]:
    # A low ceiling so a first run has to slice its esearch by date.
    with FakeLiteratureServer(corpus, ceiling=40) as srv:
        yield srv


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client() as client:
        yield client


def db_url(tmp_path: Path, name: str = "miner.db") -> str:
    # SQLite's fsync per commit dominates these tests on disk; memory-backed
    # /dev/shm (when there is one) keeps the same semantics, faster.
    shm = Path("/dev/shm")
    folder = tmp_path
    if shm.is_dir() and os.access(shm, os.W_OK):
        folder = shm / f"miner-test-{os.getpid()}" / tmp_path.name
        folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / name}"


@pytest.fixture(autouse=True)
def _clean_shm(tmp_path: Path) -> Iterator[None]:
    yield
    import shutil

    mine = Path("/dev/shm") / f"miner-test-{os.getpid()}"
    shutil.rmtree(mine / tmp_path.name, ignore_errors=True)
    with contextlib.suppress(OSError):
        mine.rmdir()  # only once empty


def new_store(tmp_path: Path, name: str = "miner.db") -> Store:
    store = Store(db_url(tmp_path, name))
    add_query(
        store,
        "msc-exo-sci",
        "mesenchymal AND exosomes AND spinal cord injury",
        "exosome AND spinal cord injury",
    )
    return store


def snapshot(store: Store) -> dict[str, Any]:
    """Everything a refresh writes, in a comparable form (no ids or timestamps)."""
    with store.session() as s:
        arts = s.scalars(select(ArticleRow)).all()
        by_id = {a.id: a.pmid or a.pmcid or a.doi for a in arts}
        return {
            "articles": sorted(
                (
                    a.pmid or "",
                    a.pmcid or "",
                    a.doi or "",
                    a.title or "",
                    tuple(a.sources),
                    a.is_open_access,
                )
                for a in arts
            ),
            "sources": sorted(
                (r.source, r.source_id, by_id[r.article_id])
                for r in s.scalars(select(RecordSourceRow))
            ),
            "fulltexts": sorted((f.pmcid, f.status) for f in s.scalars(select(FullTextRow))),
            "covered": [q.covered_until for q in s.scalars(select(SavedQueryRow))],
        }


def expected_counts(corpus: list[FakeRecord]) -> dict[str, int]:
    pubmed = [r for r in corpus if r.in_pubmed]
    epmc = [r for r in corpus if r.in_europepmc]
    # A full text is looked for when the record has a PMCID and no source says it is closed.
    tried = [r for r in corpus if r.pmcid and (r.open_access or not r.in_europepmc)]
    return {
        "found_pubmed": len(pubmed),
        "found_europepmc": len(epmc),
        "new": len(corpus),
        "duplicates_merged": len(pubmed) + len(epmc) - len(corpus),
        "fulltexts_fetched": sum(r.open_access for r in tried),
        "fulltexts_not_available": sum(not r.open_access for r in tried),
    }


def max_in_any_second(requests: list[LoggedRequest]) -> int:
    times = sorted(r.at for r in requests)
    return max((sum(1 for u in times[i:] if u < t + 1.0) for i, t in enumerate(times)), default=0)


def test_refresh_through_every_fault_stores_each_record_once(
    tmp_path: Path, corpus: list[FakeRecord], server: FakeLiteratureServer, http: httpx.Client
) -> None:
    server.add_fault("esearch", "status", status=429, retry_after="0.2")
    server.add_fault("esearch", "drop")
    server.add_fault("efetch", "status", status=500)
    server.add_fault("efetch", "ratelimit200")
    server.add_fault("efetch", "truncate")
    server.add_fault("efetch", "reset")
    server.add_fault("efetch", "slow", seconds=4.0)  # past the 1.5 s read timeout set below
    server.add_fault("/search", "status", status=502)
    server.add_fault("/search", "status", status=503, retry_after="0")
    server.add_fault("/search", "truncate")
    server.add_fault("/search", "reset")
    server.add_fault("/search", "slow", seconds=4.0)
    server.add_fault("fullTextXML", "truncate")
    server.add_fault("fullTextXML", "status", status=429, retry_after="0.1")
    store = new_store(tmp_path)
    oa = sorted(r.pmcid for r in corpus if r.pmcid and r.open_access)
    ingest = FakeIngest(fail_for=(oa[0],))

    # A read timeout with room for a loaded CI machine to answer an ordinary request in time
    # (0.5 s once timed out six attempts in a row under a full test run).
    settings = {"request_timeout": 1.5}
    (summary,) = refresher(store, server, http, tmp_path, ingest=ingest, settings=settings).refresh()

    assert summary.status == "done", summary.error
    assert not server.faults, f"faults not exercised: {server.faults}"
    expected = expected_counts(corpus)
    for key, value in expected.items():
        assert getattr(summary, key) == value, key
    assert summary.already_known == 0
    assert summary.extracted == expected["fulltexts_fetched"] - 1 and summary.failed == 1
    assert summary.failures and oa[0] in summary.failures[0]
    snap = snapshot(store)
    assert len(snap["articles"]) == len(corpus)
    for attr in ("pmid", "pmcid", "doi"):
        values = [getattr(r, attr) for r in corpus if getattr(r, attr)]
        stored = [
            a[("pmid", "pmcid", "doi").index(attr)]
            for a in snap["articles"]
            if a[("pmid", "pmcid", "doi").index(attr)]
        ]
        assert sorted(stored) == sorted(values), attr
    both = next(r for r in corpus if r.in_pubmed and r.in_europepmc)
    assert next(a for a in snap["articles"] if a[0] == both.pmid)[4] == ("pubmed", "europepmc")
    assert sorted(p.name for p in (tmp_path / "fulltext").iterdir()) == sorted(
        f"{p}.xml" for p in oa
    )
    # The stored summary is the printed one.
    with store.session() as s:
        run = s.scalars(select(RefreshRunRow)).one()
        assert run.status == "done" and run.summary["new"] == len(corpus)
    # The rate limit held at the server, retries included.
    assert max_in_any_second(server.requests_to("/eutils/")) <= RATE
    assert max_in_any_second(server.requests_to("/europepmc/")) <= RATE


def test_request_count_is_close_to_the_floor(
    tmp_path: Path, corpus: list[FakeRecord], http: httpx.Client
) -> None:
    """One esearch plus one efetch per batch; one search call per page."""
    with FakeLiteratureServer(corpus) as srv:
        store = new_store(tmp_path)
        r = refresher(store, srv, http, tmp_path, fetch_fulltexts=False)
        r.refresh()
        pubmed = sum(x.in_pubmed for x in corpus)
        epmc = sum(x.in_europepmc for x in corpus)
        assert len(srv.requests_to("esearch")) == 1
        assert len(srv.requests_to("efetch")) == -(-pubmed // 40)
        # Pages of 50, plus the one that shows the cursor no longer moves.
        assert len(srv.requests_to("/search")) == -(-epmc // 50) + 1


def test_the_next_run_fetches_only_what_is_new_with_a_day_of_overlap(
    tmp_path: Path, corpus: list[FakeRecord], server: FakeLiteratureServer, http: httpx.Client
) -> None:
    store = new_store(tmp_path)
    refresher(store, server, http, tmp_path).refresh()
    known = len(corpus)
    # Two records created the day after the first run (the server's list is `corpus`).
    fresh = make_corpus(2, start=date(2026, 2, 16), days=1, seed=99)
    for i, rec in enumerate(fresh):
        rec.index = 1000 + i
        rec.pmid, rec.doi, rec.epmc_id = (
            str(40_000_000 + i),
            f"10.1234/new.{i}",
            str(40_000_000 + i),
        )
        rec.pmcid, rec.open_access = None, False
        rec.in_pubmed = rec.in_europepmc = True
        rec.epmc_source, rec.epmc_has_pmid = "MED", True
    server.records.extend(fresh)
    before = len(server.log)

    (summary,) = refresher(store, server, http, tmp_path, today=date(2026, 2, 16)).refresh()

    assert (summary.since, summary.until) == (date(2026, 2, 14), date(2026, 2, 16))
    assert summary.new == 2
    overlap = [r for r in corpus[:known] if date(2026, 2, 14) <= r.created <= TODAY]
    assert summary.already_known == sum(r.in_pubmed for r in overlap) + sum(
        r.in_europepmc for r in overlap
    )
    assert summary.duplicates_merged == 2  # each new work seen by both sources
    assert len(snapshot(store)["articles"]) == known + 2
    sent = server.log[before:]
    mindates = {r.params.get("mindate", [None])[0] for r in sent if "esearch" in r.path}
    assert mindates == {"2026/02/14"}
    assert all(
        "CREATION_DATE:[2026-02-14 TO 2026-02-16]" in r.params["query"][0]
        for r in sent
        if r.path.endswith("/search")
    )


class Interrupt(Exception):
    """Not a MinerError: stands for a crash or Ctrl-C in the middle of a run."""


@pytest.mark.parametrize("where", ["efetch", "europepmc page", "full text"])
def test_an_interrupted_run_resumes_to_the_same_store(
    tmp_path: Path,
    server: FakeLiteratureServer,
    http: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    reference = new_store(tmp_path, "reference.db")
    refresher(reference, server, http, tmp_path / "ref").refresh()

    store = new_store(tmp_path)
    target = {
        "efetch": (PubMedClient, "efetch"),
        "europepmc page": (EuropePMCClient, "search_page"),
        "full text": (EuropePMCClient, "full_text_xml"),
    }[where]
    original = getattr(*target)
    calls = {"n": 0}

    def crash_on_third(self: Any, *args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise Interrupt(where)
        return original(self, *args)

    monkeypatch.setattr(*target, crash_on_third)
    with pytest.raises(Interrupt):
        refresher(store, server, http, tmp_path).refresh()
    monkeypatch.setattr(*target, original)

    (summary,) = refresher(store, server, http, tmp_path).refresh()
    assert summary.resumed and summary.status == "done"
    assert snapshot(store) == snapshot(reference)
    with reference.session() as s:
        ref_summary = s.scalars(select(RefreshRunRow)).one().summary
    for key in (
        "found_pubmed",
        "found_europepmc",
        "new",
        "duplicates_merged",
        "fulltexts_fetched",
        "extracted",
    ):
        assert summary.to_dict()[key] == ref_summary[key], key


def test_a_source_outage_fails_the_run_resumably(
    tmp_path: Path, server: FakeLiteratureServer, http: httpx.Client
) -> None:
    store = new_store(tmp_path)
    server.broken.add("/search")
    (failed,) = refresher(store, server, http, tmp_path).refresh()
    assert failed.status == "failed" and "HTTP 500" in (failed.error or "")
    assert failed.found_pubmed > 0  # PubMed's part is kept
    server.broken.clear()
    pubmed_fetches = len(server.requests_to("efetch"))
    (done,) = refresher(store, server, http, tmp_path).refresh()
    assert done.status == "done" and done.resumed
    assert len(server.requests_to("efetch")) == pubmed_fetches  # nothing fetched twice
    reference = new_store(tmp_path, "reference.db")
    refresher(reference, server, http, tmp_path / "ref").refresh()
    assert snapshot(store) == snapshot(reference)


KILLABLE = """
import sys, httpx
from datetime import date
from pathlib import Path
from miner.fetch.europepmc import EuropePMCClient
from miner.fetch.pubmed import PubMedClient
from miner.fetch.refresh import Refresher
from miner.fetch.settings import FetchSettings
from miner.store import Store
eutils, epmc, db, ft = sys.argv[1:5]
st = FetchSettings(eutils_url=eutils, europepmc_url=epmc, ncbi_rate=15, europepmc_rate=15, backoff_base=0.02)
with httpx.Client() as http:
    Refresher(Store(db), PubMedClient(http, st, ceiling=40, batch_size=10), EuropePMCClient(http, st, page_size=20),
              fulltext_dir=Path(ft), ingest=None, today=date(2026, 2, 15)).refresh()
"""


def test_a_killed_process_resumes_to_the_same_store(
    tmp_path: Path, server: FakeLiteratureServer, http: httpx.Client
) -> None:
    store = new_store(tmp_path)
    db = db_url(tmp_path)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            KILLABLE,
            server.eutils_url,
            server.europepmc_url,
            db,
            str(tmp_path / "fulltext"),
        ],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    deadline = time.monotonic() + 60
    while (
        len(server.requests_to("efetch")) < 4
        and proc.poll() is None
        and time.monotonic() < deadline
    ):
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with store.session() as s:
        assert s.scalars(select(RefreshRunRow)).one().status == "running"

    # The dead process still holds the lock: it is taken over, and the run resumes.
    (summary,) = refresher(store, server, http, tmp_path, ingest=None).refresh()
    assert summary.resumed and summary.status == "done"
    reference = new_store(tmp_path, "reference.db")
    refresher(reference, server, http, tmp_path / "ref", ingest=None).refresh()
    ours, ref = snapshot(store), snapshot(reference)
    assert ours == ref
    assert not list((tmp_path / "fulltext").glob("*.part"))


def test_a_second_refresh_is_refused_while_one_runs(
    tmp_path: Path, server: FakeLiteratureServer, http: httpx.Client
) -> None:
    store = new_store(tmp_path)
    holder = acquire_lock(store)
    with pytest.raises(RefreshLockedError, match="another refresh is running"):
        refresher(store, server, http, tmp_path).refresh()
    assert server.log == []
    release_lock(store, holder)
    (summary,) = refresher(store, server, http, tmp_path).refresh()
    assert summary.status == "done"


@pytest.mark.parametrize("ending", ["repeat", "missing"])
def test_europe_pmc_paging_ends_either_way(
    tmp_path: Path, corpus: list[FakeRecord], http: httpx.Client, ending: str
) -> None:
    with FakeLiteratureServer(corpus, cursor_end=ending) as srv:
        store = new_store(tmp_path)
        (summary,) = refresher(store, srv, http, tmp_path, fetch_fulltexts=False).refresh()
        assert summary.found_europepmc == sum(r.in_europepmc for r in corpus)


def test_extraction_not_available_leaves_full_texts_for_later(
    tmp_path: Path, server: FakeLiteratureServer, http: httpx.Client
) -> None:
    def unavailable(store: Store, path: Path) -> None:
        raise ExtractionUnavailable("no pipeline")

    store = new_store(tmp_path)
    (first,) = refresher(store, server, http, tmp_path, ingest=unavailable).refresh()
    assert first.extracted == 0 and first.failed == 0 and first.fulltexts_fetched > 0
    ingest = FakeIngest()
    refresher(store, server, http, tmp_path, ingest=ingest, today=date(2026, 2, 16)).refresh()
    assert len(ingest.calls or []) == first.fulltexts_fetched
    with store.session() as s:
        assert {f.status for f in s.scalars(select(FullTextRow))} == {"extracted", "not_available"}


def test_the_real_ncbi_rate_holds_over_a_measured_window(
    tmp_path: Path, corpus: list[FakeRecord], http: httpx.Client
) -> None:
    """3 requests/s without a key, measured at the server over ~2.5 s."""
    with FakeLiteratureServer(corpus) as srv:
        client = PubMedClient(http, settings_for(srv, ncbi_rate=None))
        assert client.http.limiter.rate == 3.0
        for _ in range(9):
            client.esearch("exosome", retmax=1)
        requests = srv.requests_to("esearch")
        assert max_in_any_second(requests) <= 3
        assert requests[-1].at - requests[0].at >= 8 / 3


def test_the_store_never_merges_different_works(tmp_path: Path) -> None:
    """The labelled dedup set through the store's upsert: no article holds two works."""
    from fakes.dedup_set import labelled_records

    from miner.fetch.store_ops import upsert_article

    data = labelled_records()
    store = Store(db_url(tmp_path, "dedup.db"))
    owner: dict[int, set[str]] = {}
    with store.session() as s:
        for rec in data:
            article_id, _ = upsert_article(s, rec.article)
            owner.setdefault(article_id, set()).add(rec.work)
    assert all(len(works) == 1 for works in owner.values()), [
        w for w in owner.values() if len(w) > 1
    ]
    works = {rec.work for rec in data}
    print(f"store dedup: {len(data)} records of {len(works)} works -> {len(owner)} articles")
    assert len(owner) <= len(works) + 6


def test_records_export_and_prisma_counts(
    tmp_path: Path, corpus: list[FakeRecord], server: FakeLiteratureServer, http: httpx.Client
) -> None:
    from miner.fetch.export import export_records, prisma_counts

    store = new_store(tmp_path)
    (summary,) = refresher(store, server, http, tmp_path).refresh()
    out = tmp_path / "records.json"
    assert export_records(store, "json", out) == len(corpus)
    records = json.loads(out.read_text())
    assert {"pmid", "pmcid", "doi", "title", "year", "first_author", "sources", "full_text"} <= set(
        records[0]
    )
    assert sum(r["full_text"] for r in records) == summary.fulltexts_fetched
    assert len({r["doi"] for r in records}) == len(corpus)
    export_records(store, "ris", tmp_path / "records.ris")
    ris = (tmp_path / "records.ris").read_text()
    assert ris.count("TY  - JOUR") == ris.count("ER  - ") == len(corpus)
    export_records(store, "csv", tmp_path / "records.csv")
    assert len((tmp_path / "records.csv").read_text().splitlines()) == len(corpus) + 1

    counts = prisma_counts(store, "msc-exo-sci")
    assert counts == {
        "identified_pubmed": summary.found_pubmed,
        "identified_europepmc": summary.found_europepmc,
        "duplicates_removed": summary.found - len(corpus),
        "screened": len(corpus),
        "full_texts_retrieved": summary.fulltexts_fetched,
        "included": None,
    }
    assert prisma_counts(store) == counts  # one query: the same totals


def test_refresh_reports_each_step_to_a_progress_hook(
    tmp_path: Path, corpus: list[FakeRecord], http: httpx.Client
) -> None:
    """A long nightly run says what it is doing (the CLI shows it as a status line)."""
    seen: list[str] = []
    with FakeLiteratureServer(corpus) as srv:
        r = refresher(new_store(tmp_path), srv, http, tmp_path, progress=seen.append)
        r.refresh()
    pubmed = sum(x.in_pubmed for x in corpus)
    assert seen[0].endswith(": starting")
    assert f"PubMed: {pubmed}/{pubmed} records fetched" in seen
    assert any(m.startswith("Europe PMC: ") for m in seen)
    assert any(m.startswith("full texts: ") for m in seen)
    assert any(m.startswith("extracting: ") for m in seen)
