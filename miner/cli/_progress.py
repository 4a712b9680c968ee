"""A progress bar for batch work: counts, rate, ETA; silent when not on a terminal."""

from __future__ import annotations

import os
import sys
from typing import Any

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from miner.cli._common import err_console

__all__ = ["BatchProgress"]


class BatchProgress:
    def __init__(self, description: str):
        self.enabled = sys.stderr.isatty() and not os.environ.get("CI")
        self.description = description
        self.failed = 0
        self._progress: Progress | None = None
        self._task: Any = None

    def __enter__(self) -> BatchProgress:
        if self.enabled:
            self._progress = Progress(
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TextColumn("[red]{task.fields[failed]} failed"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=err_console,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(self.description, total=None, rate="", failed=0)
        return self

    def set_total(self, total: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, total=total)

    def advance(self, outcome: Any) -> None:
        if getattr(outcome, "error", None):
            self.failed += 1
        if self._progress is not None:
            task = self._progress.tasks[0]
            elapsed = task.elapsed or 0.0
            rate = f"{(task.completed + 1) / elapsed:.1f} files/s" if elapsed > 0 else ""
            self._progress.update(self._task, advance=1, rate=rate, failed=self.failed)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(None, None, None)
