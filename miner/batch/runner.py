"""Run extraction over many files with a pool of worker processes.

Workers parse and extract (CPU-bound); the parent process is the only writer
and commits each document in its own transaction, so a crash (even SIGKILL)
leaves only whole documents behind and a restart skips what is done (keyed by
content hash and pipeline version).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from miner import __version__
from miner.errors import ConfigError
from miner.pipeline import FileOutcome, file_sha256, pipeline_version, process_file, store_outcome
from miner.store import Store
from miner.store.repository import done_document, finish_run, start_run

__all__ = ["BatchSummary", "discover", "run_batch", "SUFFIXES"]

SUFFIXES = (".pdf", ".xml", ".nxml")


@dataclass(slots=True)
class BatchSummary:
    run_id: int
    total: int = 0
    processed: int = 0
    skipped: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (name, reason, error)
    seconds: float = 0.0
    pages: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "processed": self.processed,
            "skipped": self.skipped,
            "failed": [{"document": n, "reason": r, "error": e} for n, r, e in self.failed],
            "seconds": round(self.seconds, 3),
            "pages": self.pages,
        }


def discover(paths: Iterable[Path | str]) -> list[Path]:
    """Files named, and files under folders named (recursively), in a stable order."""
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


# --- worker side ----------------------------------------------------------------

_WORKER_NLP: Any = None


def _load_nlp(model: str | None, use_model: bool) -> Any:
    if not use_model:
        return None
    from miner.nlp import load_pipeline

    return load_pipeline(model)


def _init_worker(model: str | None, use_model: bool) -> None:
    # Once per worker process: the pipeline is the expensive thing to load.
    global _WORKER_NLP
    _WORKER_NLP = _load_nlp(model, use_model)


def _work(path: str, sha256: str) -> FileOutcome:
    return process_file(Path(path), _WORKER_NLP, sha256=sha256)


# --- parent side ----------------------------------------------------------------


def run_batch(
    store: Store,
    paths: Iterable[Path | str],
    *,
    workers: int | None = None,
    model: str | None = None,
    use_model: bool = True,
    force: bool = False,
    on_result: Callable[[FileOutcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    command: str | None = None,
) -> BatchSummary:
    """Extract every file under ``paths`` into ``store``.

    ``workers`` defaults to all cores; 1 runs in this process. ``force`` re-runs
    files already done by this pipeline version (reviewer decisions stay).
    """
    files = discover(paths)
    workers = max(1, workers or os.cpu_count() or 1)
    # The parent loads the pipeline too: its version keys idempotence, and a
    # missing model fails here, once, with a clear message, before any work.
    nlp = _load_nlp(model, use_model)
    version = pipeline_version(nlp)
    started = time.perf_counter()
    with store.session() as session:
        run = start_run(session, code_version=__version__, pipeline_version=version,
                        model_version=version.rsplit("+", 1)[-1], command=command)
        run_id = run.id
    summary = BatchSummary(run_id=run_id, total=len(files))
    if on_total:
        on_total(len(files))

    todo: list[tuple[Path, str]] = []
    for path in files:
        try:
            sha = file_sha256(path)
        except OSError as exc:
            outcome = FileOutcome(_facts(path), error=f"{path.name}: cannot read file ({exc})",
                                  reason="unreadable")
            summary.failed.append((path.name, "unreadable", outcome.error or ""))
            if on_result:
                on_result(outcome)
            continue
        if not force:
            with store.session() as session:
                if done_document(session, sha, version) is not None:
                    summary.skipped += 1
                    if on_result:
                        on_result(FileOutcome(_facts(path, sha), reason="skipped"))
                    continue
        todo.append((path, sha))

    def record(outcome: FileOutcome) -> None:
        store_outcome(store, outcome, run_id=run_id, version=version)
        summary.processed += 1
        summary.pages += outcome.facts.pages or 0
        if not outcome.ok:
            summary.failed.append((outcome.facts.name, outcome.reason or "", outcome.error or ""))
        if on_result:
            on_result(outcome)

    if workers == 1 or len(todo) <= 1:
        for path, sha in todo:
            record(process_file(path, nlp, sha256=sha))
    else:
        for outcome in _pool_map(todo, workers, model, use_model):
            record(outcome)

    summary.seconds = time.perf_counter() - started
    with store.session() as session:
        finish_run(session, run_id, summary.as_dict())
    return summary


def _pool_map(todo: list[tuple[Path, str]], workers: int, model: str | None,
              use_model: bool) -> Iterator[FileOutcome]:
    """Results as they complete; at most a few tasks in flight per worker (bounded memory)."""
    window = workers * 4
    queue = iter(todo)
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(model, use_model)) as pool:
        pending: set[Future[FileOutcome]] = set()
        for path, sha in queue:
            pending.add(pool.submit(_work, str(path), sha))
            if len(pending) >= window:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
            for path, sha in queue:
                pending.add(pool.submit(_work, str(path), sha))
                if len(pending) >= window:
                    break


def _facts(path: Path, sha: str = ""):  # type: ignore[no-untyped-def]
    from miner.store.repository import DocumentFacts

    return DocumentFacts(name=path.name, sha256=sha, path=str(path))
