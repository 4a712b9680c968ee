"""What every executor shares: finding files, skipping done ones, the one writer.

An executor (the local process pool, Dask) only turns a stream of ``Task`` into a
stream of ``FileOutcome``; :func:`execute` does the rest in the calling process:

- files are hashed and checked against the store in chunks as the executor asks
  for more work, so a million-file folder neither waits for a full hashing pass
  nor holds every outcome in memory;
- the same bytes under two names in one batch are processed once (the first
  name in discovery order wins, so the result does not depend on timing);
- results are written by this process only, several documents per transaction
  but each document whole: a crash, even SIGKILL, loses at most the uncommitted
  group, never half a document, and a restart skips what was committed.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from miner import __version__
from miner.errors import ConfigError, StoreError
from miner.pipeline import FileOutcome, file_sha256, pipeline_version, save_outcome
from miner.store import Store
from miner.store.repository import DocumentFacts, finish_run, start_run
from miner.store.schema import DocumentRow

__all__ = [
    "SUFFIXES",
    "BatchSummary",
    "Mapper",
    "Task",
    "discover",
    "execute",
    "failure_outcome",
    "load_nlp",
    "note_worker_memory",
]

SUFFIXES = (".pdf", ".xml", ".nxml")
# Files hashed and looked up in the store per query: large enough that the
# lookup is cheap per file, small enough that work starts at once.
LOOKUP_CHUNK = 256
# Error texts kept in the summary are cut: a million failures must not fill memory.
MAX_ERROR_CHARS = 500


@dataclass(frozen=True, slots=True)
class Task:
    """One file for a worker: its path and the content hash the parent computed."""

    path: str
    sha256: str


Mapper = Callable[[Iterator[Task]], Iterator[FileOutcome]]


@dataclass(slots=True)
class BatchSummary:
    """What a batch did. ``processed`` counts documents written (failed ones included)."""

    run_id: int
    total: int = 0
    processed: int = 0
    skipped: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (name, reason, error)
    seconds: float = 0.0
    pages: int = 0
    # Time this process spent writing to the store (is the one writer a bottleneck?).
    write_seconds: float = 0.0
    transactions: int = 0
    # Worker-side seconds per stage (parse, extract, figures) summed over documents.
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # Largest peak resident memory any worker process reported, in MB.
    worker_peak_rss_mb: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "processed": self.processed,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "failed": [{"document": n, "reason": r, "error": e} for n, r, e in self.failed],
            "seconds": round(self.seconds, 3),
            "pages": self.pages,
            "write_seconds": round(self.write_seconds, 3),
            "transactions": self.transactions,
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
            "worker_peak_rss_mb": round(self.worker_peak_rss_mb, 1),
        }


def discover(paths: Iterable[Path | str]) -> list[Path]:
    """Files named, and PDF/JATS files under folders named (recursively), in a stable order.

    Raises:
        ConfigError: a path that is neither a file nor a folder.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
            )
        elif path.is_file():
            found.append(path)
        else:
            raise ConfigError(f"no such file or folder: {path}")
    seen: set[Path] = set()
    unique = []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def load_nlp(model: str | None, use_model: bool) -> Any:
    """The NLP pipeline (cached per process by ``load_pipeline``), or None without a model."""
    if not use_model:
        return None
    from miner.nlp import load_pipeline

    return load_pipeline(model)


def one_thread_per_worker() -> AbstractContextManager[Any]:
    """Cap native thread pools (OpenBLAS under spaCy's NER) at one thread, from now on.

    Measured here: with OpenBLAS's default of a thread per core, two forked
    workers on two cores ran 4 BLAS threads that spin while waiting, and the
    2-worker batch was slower than 1 worker. A worker is meant to be one core.
    Returns a context manager that restores the previous limits on exit.
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # optional: without it, set OPENBLAS_NUM_THREADS=1 before starting
        return nullcontext()
    return threadpool_limits(limits=1)  # type: ignore[no-any-return]


def failure_outcome(task: Task, reason: str, error: str) -> FileOutcome:
    """An outcome for a file whose worker could not return one (crash, lost worker)."""
    path = Path(task.path)
    facts = DocumentFacts(name=path.name, sha256=task.sha256, path=task.path)
    try:
        facts.size_bytes = path.stat().st_size
    except OSError:
        pass
    return FileOutcome(facts, error=f"{path.name}: {error}", reason=reason)


def note_worker_memory(outcome: FileOutcome) -> FileOutcome:
    """Record the worker's peak RSS (MB, Linux ru_maxrss is in KiB) on the outcome."""
    outcome.timings["worker_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return outcome


class _Writer:
    """The one writer: groups whole documents into transactions."""

    def __init__(self, store: Store, summary: BatchSummary, *, run_id: int, version: str,
                 commit_every: int, commit_seconds: float,
                 on_result: Callable[[FileOutcome], None] | None) -> None:
        self.store = store
        self.summary = summary
        self.run_id = run_id
        self.version = version
        self.commit_every = max(1, commit_every)
        self.commit_seconds = commit_seconds
        self.on_result = on_result
        self.pending: list[FileOutcome] = []
        self.oldest = 0.0

    def add(self, outcome: FileOutcome) -> None:
        if not self.pending:
            self.oldest = time.monotonic()
        self.pending.append(outcome)
        if (len(self.pending) >= self.commit_every
                or time.monotonic() - self.oldest >= self.commit_seconds):
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        t0 = time.perf_counter()
        try:
            self._write(batch)
        except SQLAlchemyError:
            # One document the database refuses must not cost the others their
            # place: write them one by one, and the refused one as a failure.
            for i, outcome in enumerate(batch):
                try:
                    self._write([outcome])
                except SQLAlchemyError as exc:
                    refused = FileOutcome(outcome.facts, error=f"{outcome.facts.name}: the store "
                                          f"refused the result: {type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS],
                                          reason="store_error", seconds=outcome.seconds)
                    try:
                        self._write([refused])
                    except SQLAlchemyError as exc2:
                        raise StoreError(f"cannot write to the store: {exc2}") from exc2
                    batch[i] = refused
        self.summary.write_seconds += time.perf_counter() - t0
        for outcome in batch:
            self._account(outcome)

    def _write(self, batch: list[FileOutcome]) -> None:
        with self.store.session() as session:
            for outcome in batch:
                save_outcome(session, outcome, run_id=self.run_id, version=self.version)
        self.summary.transactions += 1

    def _account(self, outcome: FileOutcome) -> None:
        s = self.summary
        s.processed += 1
        s.pages += outcome.facts.pages or 0
        for stage, seconds in outcome.timings.items():
            if stage == "worker_peak_rss_mb":
                s.worker_peak_rss_mb = max(s.worker_peak_rss_mb, seconds)
            else:
                s.stage_seconds[stage] = s.stage_seconds.get(stage, 0.0) + seconds
        if not outcome.ok:
            s.failed.append((outcome.facts.name, outcome.reason or "",
                             (outcome.error or "")[:MAX_ERROR_CHARS]))
        if self.on_result:
            self.on_result(outcome)


def _done_shas(store: Store, shas: list[str], version: str) -> set[str]:
    with store.session() as session:
        rows = session.scalars(
            select(DocumentRow.sha256).where(DocumentRow.sha256.in_(shas),
                                             DocumentRow.pipeline_version == version)
        )
        return set(rows)


def _tasks(store: Store, files: list[Path], summary: BatchSummary, *, version: str, force: bool,
           on_result: Callable[[FileOutcome], None] | None) -> Iterator[Task]:
    """Tasks for the files not done yet, hashed and looked up a chunk at a time."""
    seen: set[str] = set()
    for start in range(0, len(files), LOOKUP_CHUNK):
        chunk: list[tuple[Path, str]] = []
        for path in files[start:start + LOOKUP_CHUNK]:
            try:
                chunk.append((path, file_sha256(path)))
            except OSError as exc:
                # No content, no identity to store it under: reported, not stored.
                error = f"{path.name}: cannot read file ({exc.strerror or exc})"
                summary.failed.append((path.name, "unreadable", error))
                if on_result:
                    on_result(FileOutcome(DocumentFacts(name=path.name, sha256="", path=str(path)),
                                          error=error, reason="unreadable"))
        done = set() if force else _done_shas(store, [sha for _, sha in chunk], version)
        for path, sha in chunk:
            if sha in done or sha in seen:
                summary.skipped += 1
                summary.duplicates += sha in seen
                if on_result:
                    on_result(FileOutcome(DocumentFacts(name=path.name, sha256=sha, path=str(path)),
                                          reason="duplicate" if sha in seen else "skipped"))
                continue
            seen.add(sha)
            yield Task(str(path.resolve()), sha)


def execute(
    store: Store,
    paths: Iterable[Path | str],
    mapper: Mapper,
    *,
    nlp: Any,
    force: bool = False,
    on_result: Callable[[FileOutcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    command: str | None = None,
    commit_every: int = 16,
    commit_seconds: float = 2.0,
) -> BatchSummary:
    """Run ``mapper`` over the files under ``paths`` not yet done, writing every outcome.

    ``nlp`` is the pipeline the workers use (or None): its version keys resume.
    """
    files = discover(paths)
    version = pipeline_version(nlp)
    started = time.perf_counter()
    with store.session() as session:
        run_id = start_run(session, code_version=__version__, pipeline_version=version,
                           model_version=getattr(nlp, "version", None), command=command).id
    summary = BatchSummary(run_id=run_id, total=len(files))
    if on_total:
        on_total(len(files))
    writer = _Writer(store, summary, run_id=run_id, version=version, commit_every=commit_every,
                     commit_seconds=commit_seconds, on_result=on_result)
    try:
        for outcome in mapper(_tasks(store, files, summary, version=version, force=force,
                                     on_result=on_result)):
            writer.add(outcome)
    finally:
        # Also on Ctrl-C: what the workers finished is whole and worth keeping.
        writer.flush()
    summary.seconds = time.perf_counter() - started
    with store.session() as session:
        finish_run(session, run_id, summary.as_dict())
    return summary
