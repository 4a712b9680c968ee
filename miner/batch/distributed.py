"""The same batch on a Dask cluster (``miner extract --executor dask --scheduler ...``).

Dask workers parse and extract; this process stays the only writer to the store
(use PostgreSQL when several machines are involved, so the review app and other
runs can share it). Workers open files by the absolute path this process sees,
so every worker must see the files at the same path (a shared file system).
Resume works as locally: done files are skipped by content hash and pipeline
version. Memory stays bounded on both sides: only a window of tasks is
submitted at a time and every result is released once written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from miner.batch._core import (
    BatchSummary,
    Task,
    execute,
    failure_outcome,
    load_nlp,
    note_worker_memory,
    one_thread_per_worker,
)
from miner.errors import ConfigError
from miner.pipeline import FileOutcome, process_file

__all__ = ["run_batch_dask"]

# Tasks in flight per worker thread (same reasoning as the local pool's window).
IN_FLIGHT_PER_THREAD = 3


_THREAD_LIMITS: list[Any] = []


def _work_on_dask(task: Task, model: str | None, use_model: bool) -> FileOutcome:
    if not _THREAD_LIMITS:
        # Dask's nanny already starts workers with OPENBLAS/OMP_NUM_THREADS=1;
        # this also covers workers started without a nanny.
        _THREAD_LIMITS.append(one_thread_per_worker())
    # load_pipeline caches per process: each Dask worker process loads it once.
    nlp = load_nlp(model, use_model)
    return note_worker_memory(process_file(Path(task.path), nlp, sha256=task.sha256))


def run_batch_dask(
    store: Any,
    paths: Iterable[Path | str],
    *,
    scheduler: str | Any | None,
    model: str | None = None,
    use_model: bool = True,
    force: bool = False,
    on_result: Callable[[FileOutcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    command: str | None = "extract --executor dask",
    commit_every: int = 16,
    connect_timeout_s: float = 30.0,
) -> BatchSummary:
    """Extract ``paths`` on the Dask cluster at ``scheduler`` into ``store``.

    ``scheduler`` is an address (``tcp://host:8786``) or an existing
    ``distributed.Client``; ``connect_timeout_s`` bounds the wait for an
    address. The other parameters are those of :func:`miner.batch.run_batch`.

    Raises:
        ConfigError: no scheduler given, scheduler unreachable, or ``distributed``
            not installed.
    """
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - installed with miner[distributed]
        raise ConfigError("the dask executor needs `distributed` (pip install miner[distributed])") from exc
    if scheduler is None:
        raise ConfigError("--executor dask needs --scheduler tcp://HOST:PORT")
    nlp = load_nlp(model, use_model)
    own_client = not hasattr(scheduler, "submit")
    client: Any
    if own_client:
        try:
            client = Client(scheduler, timeout=f"{connect_timeout_s}s")
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    else:
        client = scheduler
    try:
        def mapper(tasks: Iterator[Task]) -> Iterator[FileOutcome]:
            return _dask_imap(client, tasks, model=model, use_model=use_model)

        return execute(store, paths, mapper, nlp=nlp, force=force, on_result=on_result,
                       on_total=on_total, command=command, commit_every=commit_every)
    finally:
        if own_client:
            client.close()


def _threads(client: Any) -> int:
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:  # noqa: BLE001 - only sizes the window; a guess is harmless here
        return 1


def _dask_imap(client: Any, tasks: Iterator[Task], *, model: str | None,
               use_model: bool) -> Iterator[FileOutcome]:
    """Outcomes as they complete, at most a window of tasks submitted at a time."""
    from distributed import as_completed

    # Sized once at the start; workers joining later still get work from the
    # scheduler, the window only bounds what waits in memory.
    window = _threads(client) * IN_FLIGHT_PER_THREAD
    pending: dict[str, Task] = {}
    queue = as_completed()

    def submit_next() -> bool:
        task = next(tasks, None)
        if task is None:
            return False
        # pure=False: a re-run (--force) must run again, not reuse a cached result.
        future = client.submit(_work_on_dask, task, model, use_model, pure=False)
        pending[future.key] = task
        queue.add(future)
        return True

    while len(pending) < window and submit_next():
        pass
    for future in queue:
        task = pending.pop(future.key)
        try:
            outcome: FileOutcome = future.result()
        except Exception as exc:  # noqa: BLE001 - a lost worker (KilledWorker) fails one file, not the batch
            outcome = failure_outcome(task, "worker_crashed" if type(exc).__name__ == "KilledWorker"
                                      else "internal_error", f"dask worker: {type(exc).__name__}: {exc}")
        future.release()
        yield outcome
        submit_next()
