"""Batch extraction over many files: parallel, resumable, one writer."""

from miner.batch.runner import BatchSummary, discover, run_batch

__all__ = ["BatchSummary", "discover", "run_batch"]
