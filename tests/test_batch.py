"""Batch extraction on this machine: failures stay per file, runs resume, workers agree."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from _batch_corpus import make_bad_files, make_corpus, store_content
from sqlalchemy import func, select

from miner.batch import discover, run_batch
from miner.batch import runner as batch_runner
from miner.errors import ConfigError
from miner.pipeline import process_file as real_process_file
from miner.records import FieldValue
from miner.store import Store
from miner.store.schema import DocumentRow, ExtractionRun, FieldValueRow


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    make_corpus(folder, 6)
    return folder


def _store(tmp_path: Path, name: str = "miner.db") -> tuple[Store, str]:
    url = f"sqlite:///{tmp_path / name}"
    return Store(url), url


def test_discover_finds_pdf_and_jats_files_recursively_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/z.pdf", "a.PDF", "b/x.nxml", "c.xml", "notes.txt", ".hidden.pdf"):
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path, tmp_path / "a.PDF"])]
    assert found == ["a.PDF", "b/x.nxml", "b/z.pdf", "c.xml"]


def test_discover_names_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file or folder"):
        discover([tmp_path / "nowhere"])


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_files_fail_alone_with_their_reason_stored(tmp_path: Path, corpus: Path, workers: int) -> None:
    bad = make_bad_files(corpus / "bad")
    (bad.pop("truncated")).unlink()  # MuPDF may repair it: not a reliable failure
    store, _ = _store(tmp_path)

    summary = run_batch(store, [corpus], workers=workers, use_model=False)

    assert summary.total == 9
    assert summary.processed == 9
    assert sorted((name, reason) for name, reason, _ in summary.failed) == [
        ("corrupt.pdf", "corrupt"), ("empty.pdf", "empty"), ("encrypted.pdf", "encrypted")]
    with store.session() as s:
        rows = {d.name: d for d in s.scalars(select(DocumentRow))}
        values = s.scalar(select(func.count()).select_from(FieldValueRow))
    for name in ("corrupt.pdf", "empty.pdf", "encrypted.pdf"):
        assert rows[name].status == "failed"
        assert rows[name].error and name in rows[name].error
    assert rows["encrypted.pdf"].error_reason == "encrypted"
    assert {n for n, d in rows.items() if d.status == "extracted"} == {f"study_{i:03d}.pdf" for i in range(6)}
    assert values and values >= 6 * 5  # every good study yields several values


def test_a_second_run_skips_everything_and_writes_nothing(tmp_path: Path, corpus: Path) -> None:
    make_bad_files(corpus / "bad")["truncated"].unlink()
    store, url = _store(tmp_path)
    first = run_batch(store, [corpus], workers=2, use_model=False)
    before = store_content(url)
    with store.session() as s:
        rows_before = s.scalar(select(func.count()).select_from(FieldValueRow))

    again = run_batch(store, [corpus], workers=2, use_model=False)

    assert first.processed == 9
    assert (again.processed, again.skipped, again.failed) == (0, 9, [])
    assert store_content(url) == before
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(FieldValueRow)) == rows_before
        runs = s.scalars(select(ExtractionRun).order_by(ExtractionRun.id)).all()
    assert [r.summary["skipped"] for r in runs] == [0, 9]
    assert all(r.finished_at is not None for r in runs)


def test_force_runs_again_and_keeps_one_current_value_per_field(tmp_path: Path, corpus: Path) -> None:
    store, url = _store(tmp_path)
    run_batch(store, [corpus], workers=1, use_model=False)
    before = store_content(url)
    again = run_batch(store, [corpus], workers=1, use_model=False, force=True)
    assert again.processed == 6 and again.skipped == 0
    assert store_content(url) == before  # same values, and no duplicated current rows


def test_new_files_added_to_the_folder_are_the_only_ones_processed(tmp_path: Path, corpus: Path) -> None:
    store, _ = _store(tmp_path)
    run_batch(store, [corpus], workers=1, use_model=False)
    make_corpus(corpus, 2, start=50)
    summary = run_batch(store, [corpus], workers=1, use_model=False)
    assert (summary.processed, summary.skipped) == (2, 6)


def test_two_workers_build_the_same_store_as_one(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    make_corpus(folder, 12)
    make_bad_files(folder / "bad")
    one_store, one = _store(tmp_path, "one.db")
    two_store, two = _store(tmp_path, "two.db")
    run_batch(one_store, [folder], workers=1, use_model=False)
    run_batch(two_store, [folder], workers=2, use_model=False)
    content = store_content(one)
    assert len(content["documents"]) == 16
    assert content["outcomes"], "the studies state BBB scores: outcome rows are expected"
    assert store_content(two) == content


def test_the_same_bytes_under_two_names_are_processed_once(tmp_path: Path, corpus: Path) -> None:
    shutil.copy(corpus / "study_000.pdf", corpus / "zz_copy_of_study_000.pdf")
    store, _ = _store(tmp_path)
    summary = run_batch(store, [corpus], workers=2, use_model=False)
    assert (summary.processed, summary.skipped, summary.duplicates) == (6, 1, 1)
    with store.session() as s:
        names = sorted(s.scalars(select(DocumentRow.name)))
    # The first name in discovery order is kept, whatever the timing.
    assert "study_000.pdf" in names and "zz_copy_of_study_000.pdf" not in names


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_that_kills_its_worker_is_stored_as_crashed_and_the_rest_completes(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    make_corpus(corpus, 1, start=70)
    (corpus / "study_070.pdf").rename(corpus / "study_003_crash.pdf")

    def crashing(path: Path, nlp: object, **kw: object):  # type: ignore[no-untyped-def]
        if "crash" in Path(path).name:
            os._exit(3)  # what a segfault in a C library looks like to the pool
        return real_process_file(path, nlp, **kw)  # type: ignore[arg-type]

    # The pool forks, so the workers run the patched function.
    monkeypatch.setattr(batch_runner, "process_file", crashing)
    store, _ = _store(tmp_path)

    summary = run_batch(store, [corpus], workers=workers, use_model=False)

    assert [(n, r) for n, r, _ in summary.failed] == [("study_003_crash.pdf", "worker_crashed")]
    with store.session() as s:
        status = dict(s.execute(select(DocumentRow.name, DocumentRow.status)).tuples().all())
    assert status.pop("study_003_crash.pdf") == "failed"
    assert status == {f"study_{i:03d}.pdf": "extracted" for i in range(6)}


def test_a_file_over_the_time_limit_is_stopped(tmp_path: Path, corpus: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(path: Path, nlp: object, **kw: object):  # type: ignore[no-untyped-def]
        if Path(path).name == "study_002.pdf":
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:  # a runaway loop in pure Python
                pass
        return real_process_file(path, nlp, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_runner, "process_file", slow)
    store, _ = _store(tmp_path)
    started = time.monotonic()
    summary = run_batch(store, [corpus], workers=2, use_model=False, time_limit_s=1.0)
    assert time.monotonic() - started < 20
    assert [(n, r) for n, r, _ in summary.failed] == [("study_002.pdf", "timeout")]
    assert summary.processed == 6


def test_a_document_the_store_refuses_is_stored_as_failed_and_its_group_is_kept(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unstorable(path: Path, nlp: object, **kw: object):  # type: ignore[no-untyped-def]
        outcome = real_process_file(path, nlp, **kw)  # type: ignore[arg-type]
        if Path(path).name == "study_004.pdf" and outcome.extraction is not None:
            # A value no JSON column can hold: the transaction for its group fails.
            outcome.extraction.fields["mechanism"] = FieldValue(
                field="mechanism", value=object(), confidence=0.5, evidence=[])
        return outcome

    monkeypatch.setattr(batch_runner, "process_file", unstorable)
    store, _ = _store(tmp_path)
    summary = run_batch(store, [corpus], workers=1, use_model=False, commit_every=16)
    assert [(n, r) for n, r, _ in summary.failed] == [("study_004.pdf", "store_error")]
    with store.session() as s:
        status = dict(s.execute(select(DocumentRow.name, DocumentRow.status)).tuples().all())
    assert status == {f"study_{i:03d}.pdf": "failed" if i == 4 else "extracted" for i in range(6)}


def test_documents_are_grouped_into_few_transactions(tmp_path: Path, corpus: Path) -> None:
    store, _ = _store(tmp_path)
    summary = run_batch(store, [corpus], workers=1, use_model=False, commit_every=4)
    # 6 documents in groups of at most 4 (a slow machine may flush a group early on time).
    assert 2 <= summary.transactions <= 6
    assert summary.write_seconds > 0
    assert set(summary.stage_seconds) >= {"parse", "extract"}
    assert summary.worker_peak_rss_mb > 10


def test_the_pool_keeps_only_a_bounded_window_of_files_in_flight(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    files = make_corpus(folder, 10)
    pulled = 0

    def tasks():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for path in files:
            pulled += 1
            yield batch_runner.Task(str(path), "")

    window = 2 * batch_runner.IN_FLIGHT_PER_WORKER
    ahead = []
    done = 0
    for outcome in batch_runner._pool_imap(tasks(), workers=2, model=None, use_model=False,
                                           time_limit_s=60):
        assert outcome.ok
        done += 1
        ahead.append(pulled - done)
    assert done == 10
    # Never more files taken from the folder than the window beyond those finished.
    assert max(ahead) <= window - 1


def test_workers_are_replaced_after_their_share_of_files_and_the_store_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "papers"
    make_corpus(folder, 12)
    pids = tmp_path / "pids"
    pids.mkdir()

    def recording(path: Path, nlp: object, **kw: object):  # type: ignore[no-untyped-def]
        (pids / str(os.getpid())).touch()
        return real_process_file(path, nlp, **kw)  # type: ignore[arg-type]

    reference, reference_url = _store(tmp_path, "reference.db")
    run_batch(reference, [folder], workers=2, use_model=False)
    monkeypatch.setattr(batch_runner, "process_file", recording)
    store, url = _store(tmp_path)

    summary = run_batch(store, [folder], workers=2, use_model=False, recycle_after=2)

    assert summary.processed == 12 and not summary.failed
    # 12 files, at most 2 x 2 per pool: at least 3 generations of workers.
    assert len(list(pids.iterdir())) >= 3
    assert store_content(url) == store_content(reference_url)
