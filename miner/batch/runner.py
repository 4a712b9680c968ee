"""Run extraction over many files with a pool of worker processes on this machine.

Workers parse and extract (CPU-bound); the parent process is the only writer
(see :mod:`miner.batch._core`). What a worker does to itself stays with it:

- a file that makes a worker die (a crash inside a C library, the OOM killer)
  breaks the pool; the pool is rebuilt, the files that were in flight are run
  again one at a time, and the one that kills its worker again is stored as
  failed (``worker_crashed``) while the batch goes on;
- a file that runs longer than ``time_limit_s`` is stopped (``timeout``);
- workers ignore Ctrl-C (the parent handles it) and exit when the parent dies,
  so a killed run leaves no orphans behind.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from miner.batch._core import (
    SUFFIXES,
    BatchSummary,
    Task,
    discover,
    execute,
    failure_outcome,
    load_nlp,
    note_worker_memory,
    one_thread_per_worker,
)
from miner.pipeline import FileOutcome, process_file

__all__ = ["SUFFIXES", "BatchSummary", "discover", "run_batch"]

# Tasks in flight per worker: enough that a worker never waits for the parent,
# few enough that finished-but-unwritten results stay a handful of documents.
IN_FLIGHT_PER_WORKER = 3
# Files per worker before its pool is replaced by fresh workers. Measured here:
# PyMuPDF 1.28's get_text("blocks") (used by the figure reader) leaks every
# block's text, ~30 KB per document, ~3 GB per 100,000 documents per worker
# (pymupdf/PyMuPDF#5067). A fresh fork costs milliseconds; draining the pool
# costs about one document's time per worker per recycle.
RECYCLE_AFTER = 500


# --- worker side ----------------------------------------------------------------

_WORKER_NLP: Any = None
_WORKER_THREADS: Any = None  # the thread-pool limits, held for the worker's lifetime


class _TimeLimit(BaseException):
    """Raised in a worker by its alarm; a BaseException so no ``except Exception`` eats it."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise _TimeLimit


def _watch_parent(parent: int) -> None:
    # A parent killed with SIGKILL cannot tell its workers; without this they
    # would sit on the task queue forever.
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(model: str | None, use_model: bool, parent: int) -> None:
    # Once per worker process: the pipeline is the expensive thing to load (with
    # fork it is already in memory, inherited from the parent, and shared).
    global _WORKER_NLP, _WORKER_THREADS
    _WORKER_THREADS = one_thread_per_worker()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGALRM, _on_alarm)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _WORKER_NLP = load_nlp(model, use_model)


def _work(task: Task, time_limit_s: float) -> FileOutcome:
    if time_limit_s > 0:
        signal.setitimer(signal.ITIMER_REAL, time_limit_s)
    try:
        outcome = process_file(Path(task.path), _WORKER_NLP, sha256=task.sha256)
    except _TimeLimit:
        outcome = failure_outcome(task, "timeout", f"stopped after {time_limit_s:g} s")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return note_worker_memory(outcome)


# --- parent side ----------------------------------------------------------------


def run_batch(
    store: Any,
    paths: Iterable[Path | str],
    *,
    workers: int | None = None,
    model: str | None = None,
    use_model: bool = True,
    force: bool = False,
    on_result: Callable[[FileOutcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    command: str | None = None,
    time_limit_s: float = 300.0,
    commit_every: int = 16,
    recycle_after: int = RECYCLE_AFTER,
) -> BatchSummary:
    """Extract every PDF/JATS file under ``paths`` into ``store`` (a :class:`miner.store.Store`).

    Parameters:
        workers: worker processes (default: all cores). Workers are always
            separate processes, so one file cannot take the batch down.
        model: the NLP pipeline (see ``miner.nlp.load_pipeline``); ``use_model=False``
            runs without one (quantities, outcomes and metadata only).
        force: re-run files already done by this pipeline version (reviewer
            decisions stay; earlier machine values are kept as history).
        on_result: called in this process for every file (written, skipped or failed).
        on_total: called once with the number of files found.
        time_limit_s: wall-clock limit per file in a worker (0: none).
        commit_every: documents per transaction (each document is always whole).
        recycle_after: files per worker process before it is replaced by a fresh
            one (bounds memory that libraries leak per document).

    Returns:
        A :class:`BatchSummary`; failures are in ``summary.failed`` and in the store.

    Raises:
        ConfigError: a path that does not exist. ModelNotFoundError: no model.
    """
    workers = max(1, workers or os.cpu_count() or 1)
    # The parent loads the pipeline too: its version keys resume, and a missing
    # model fails here, once, with a clear message, before any work.
    nlp = load_nlp(model, use_model)

    def mapper(tasks: Iterator[Task]) -> Iterator[FileOutcome]:
        # Even one worker is a separate process: a file that crashes MuPDF or
        # runs away must not take the batch (and its unwritten results) with it.
        return _pool_imap(tasks, workers=workers, model=model, use_model=use_model,
                          time_limit_s=time_limit_s, recycle_after=recycle_after)

    return execute(store, paths, mapper, nlp=nlp, force=force, on_result=on_result,
                   on_total=on_total, command=command, commit_every=commit_every)


def _new_pool(workers: int, model: str | None, use_model: bool) -> ProcessPoolExecutor:
    # fork: workers inherit the loaded pipeline (no reload, pages shared
    # copy-on-write); elsewhere each worker loads it once in the initializer.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                               initargs=(model, use_model, os.getpid()))


def _pool_imap(tasks: Iterator[Task], *, workers: int, model: str | None, use_model: bool,
               time_limit_s: float, recycle_after: int = RECYCLE_AFTER) -> Iterator[FileOutcome]:
    """Outcomes as they complete, with a bounded number of tasks in flight."""
    window = workers * IN_FLIGHT_PER_WORKER
    per_pool = workers * max(1, recycle_after)
    submitted = 0  # to the current pool
    # Files that were in flight when a worker died: each is run alone next, so
    # the one that kills its worker again is known for certain.
    suspects: deque[Task] = deque()
    inflight: dict[Future[FileOutcome], Task] = {}
    # Objects alive now (the loaded pipeline above all) move out of the cyclic
    # GC's reach, so the forked workers' collections do not write to, and so
    # copy, the pages they share with this process: measured here, a third
    # fewer page faults per document in the workers.
    gc.freeze()
    pool = _new_pool(workers, model, use_model)
    exhausted = False
    finished = False
    try:
        while True:
            if suspects:
                if not inflight:
                    task = suspects.popleft()
                    inflight[pool.submit(_work, task, time_limit_s)] = task
                    submitted += 1
            else:
                while not exhausted and len(inflight) < window and submitted < per_pool:
                    fresh = next(tasks, None)
                    if fresh is None:
                        exhausted = True
                        break
                    inflight[pool.submit(_work, fresh, time_limit_s)] = fresh
                    submitted += 1
            if not inflight:
                if exhausted:
                    finished = True
                    return
                # This pool has done its share: fresh workers, fresh memory.
                pool.shutdown(wait=True)
                pool = _new_pool(workers, model, use_model)
                submitted = 0
                continue
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            broken: list[Task] = []
            for future in done:
                task = inflight.pop(future)
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    broken.append(task)
                    continue
                except Exception as exc:  # noqa: BLE001 - e.g. an unpicklable result; keep going
                    outcome = failure_outcome(task, "internal_error",
                                              f"worker error: {type(exc).__name__}: {exc}")
                yield outcome
            if broken:
                # Every task still in flight died with the pool (or will).
                lost = broken + list(inflight.values())
                inflight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(workers, model, use_model)
                submitted = 0
                if len(lost) == 1:
                    # It was the only file running: it is the one that killed the worker.
                    yield failure_outcome(lost[0], "worker_crashed",
                                          "the worker process died while reading this file")
                else:
                    suspects.extend(lost)
    finally:
        # Done: wait for the idle workers to exit (so none outlives the batch).
        # Interrupted: do not wait for files still running, cancel the queued.
        pool.shutdown(wait=finished, cancel_futures=True)
        gc.unfreeze()
