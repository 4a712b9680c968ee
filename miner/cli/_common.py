"""Shared CLI plumbing: options defined once, one-line errors, progress."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from miner.errors import MinerError

__all__ = ["DbOption", "err_console", "out_console", "fail", "user_errors"]

T = TypeVar("T")

# Data goes to stdout, messages to stderr.
out_console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (sqlite:///miner.db, postgresql+psycopg://user@host/db). "
        "Default: $MINER_DB_URL, else sqlite:///miner.db in the working directory.",
        show_default=False,
    ),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one clear line on stderr and return an Exit to raise."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn miner's own errors (and missing files) into one line and exit 1."""
    try:
        yield
    except MinerError as exc:
        raise fail(str(exc)) from None
    except FileNotFoundError as exc:
        raise fail(f"no such file: {exc.filename or exc}") from None
    except PermissionError as exc:
        raise fail(f"permission denied: {exc.filename or exc}") from None
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
