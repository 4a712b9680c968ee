"""``miner sheet``: export the extraction sheet (and, with review, import decisions)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from miner.cli._common import DbOption, err_console, fail, user_errors

__all__ = ["register", "sheet_app"]

sheet_app = typer.Typer(help="Export the extraction sheet; import reviewers' decisions.", no_args_is_help=True)


class SheetFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"
    json = "json"


@sheet_app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    fmt: Annotated[SheetFormat | None, typer.Option("--format", "-f", help="xlsx, csv or json (default: from --out's suffix).")] = None,
    db: DbOption = None,
) -> None:
    """Write the sheet: studies (a column per field with status and evidence) and outcomes."""
    from miner.sheet import build_export
    from miner.sheet.writers import write_csv, write_json
    from miner.store import Store

    if fmt is None:
        suffix = out.suffix.lower().lstrip(".")
        if suffix not in SheetFormat.__members__:
            raise fail(f"cannot tell the format from {out.name!r}: pass --format xlsx|csv|json", 2)
        fmt = SheetFormat(suffix)
    if not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    with user_errors():
        data = build_export(Store(db))
        if fmt is SheetFormat.json:
            write_json(data, out)
            written = [out]
        elif fmt is SheetFormat.csv:
            written = write_csv(data, out)
        else:
            from miner.sheet.xlsx import write_xlsx

            write_xlsx(data, out)
            written = [out]
    err_console.print(
        f"{len(data['studies'])} studies, {len(data['outcomes'])} outcome rows -> "
        + ", ".join(str(p) for p in written),
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    app.add_typer(sheet_app, name="sheet")
