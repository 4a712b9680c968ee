"""Batch extraction over many files: parallel, resumable, one writer.

Public surface::

    run_batch(store, paths, *, workers=None, model=None, force=False, ...) -> BatchSummary
    discover(paths) -> list[Path]
    miner.batch.distributed.run_batch_dask(store, paths, *, scheduler, ...) -> BatchSummary

Both executors skip files already done (content hash + pipeline version), store
failures with their reason, and write from the calling process only.
"""

from miner.batch.runner import BatchSummary, discover, run_batch

__all__ = ["BatchSummary", "discover", "run_batch"]
