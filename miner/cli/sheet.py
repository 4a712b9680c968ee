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
    reviewer: Annotated[str | None, typer.Option(
        "--reviewer", "-r",
        help="Blind sheet for this reviewer: the machine prefill and only their own decisions "
             "(no other reviewer's values, statuses, conflicts or names).")] = None,
    db: DbOption = None,
) -> None:
    """Write the sheet: studies (a column per field with status and evidence) and outcomes.

    Without --reviewer this is the team sheet (every decision, conflicts flagged,
    resolutions applied); with it, the independent-extraction sheet of one reviewer.
    """
    from miner.sheet import build_export
    from miner.sheet.writers import write_csv, write_json
    from miner.store import Store

    if fmt is None:
        suffix = out.suffix.lower().lstrip(".")
        if suffix not in SheetFormat.__members__:
            raise fail(f"cannot tell the format from {out.name!r}: pass --format xlsx|csv|json", 2)
        fmt = SheetFormat(suffix)
    if reviewer is not None:
        reviewer = reviewer.strip()
        if not reviewer:
            raise fail("--reviewer needs a name", 2)
    if not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    with user_errors():
        data = build_export(Store(db), reviewer=reviewer)
        if fmt is SheetFormat.json:
            write_json(data, out)
            written = [out]
        elif fmt is SheetFormat.csv:
            written = write_csv(data, out)
        else:
            from miner.sheet.xlsx import write_xlsx

            write_xlsx(data, out, reviewer=reviewer)
            written = [out]
    blind = f"blind sheet for {reviewer}: " if reviewer else ""
    err_console.print(
        f"{blind}{len(data['studies'])} studies, {len(data['outcomes'])} outcome rows -> "
        + ", ".join(str(p) for p in written),
        highlight=False,
    )


@sheet_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="The edited .xlsx (exported by `miner sheet export`).")],
    reviewer: Annotated[str, typer.Option("--reviewer", "-r", help="Who reviewed this file.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be recorded; write nothing.")] = False,
    db: DbOption = None,
) -> None:
    """Record a reviewer's edits (corrected / verified / rejected cells) as decisions.

    Cells whose machine value changed since the export (re-extraction), or that this
    reviewer decided on the review page (or an adjudicator resolved) after the export,
    are skipped and listed as stale, each with its reason: an older sheet never
    overwrites a newer decision. A file that is not a miner sheet is refused; nothing
    is written.
    """
    from miner.sheet.importer import import_xlsx
    from miner.store import Store

    if not file.is_file():
        raise fail(f"no such file: {file}")
    with user_errors():
        report = import_xlsx(Store(db), file, reviewer, dry_run=dry_run)
    counts: dict[str, int] = {}
    for d in report.recorded:
        counts[d["status"]] = counts.get(d["status"], 0) + 1
    for d in report.recorded:
        typer.echo(f"{d['document']}\t{d['key']}\t{d['status']}\t{d['ref']}")
    verb = "would record" if dry_run else "recorded"
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no new decisions"
    err_console.print(f"{verb} {summary} by {reviewer}; {report.already_recorded} already recorded, "
                      f"{report.unchanged} cells unchanged", highlight=False)
    if report.stale:
        err_console.print(f"[yellow]skipped {len(report.stale)} stale cell(s)[/]: changed or decided since "
                          "this file was exported; review them in a fresh export:", highlight=False)
        for s in report.stale:
            err_console.print(f"  {s}", highlight=False, markup=False)


@sheet_app.command("conflicts")
def conflicts(
    all_: Annotated[bool, typer.Option("--all", help="Also list conflicts already resolved.")] = False,
    db: DbOption = None,
) -> None:
    """List cells where reviewers disagree, then agreement per field (percent, Cohen's kappa)."""
    from miner.sheet._cells import canon
    from miner.sheet.conflicts import agreement, find_conflicts
    from miner.store import Store

    with user_errors():
        store = Store(db)
        with store.session() as session:
            found = find_conflicts(session, include_resolved=all_)
            stats = agreement(session)
    for c in found:
        views = "; ".join(f"{r}: {'(rejected)' if v is None else canon(v)}" for r, v in c.views.items())
        typer.echo(f"{c.document}\t{c.key}\t{views}")
    err_console.print(f"{len(found)} unresolved conflict(s)", highlight=False)
    if stats:
        typer.echo("")
        typer.echo("field\treviewers\tn\tagreement_%\tkappa")
        for a in stats:
            kappa = "n/a" if a.kappa is None else f"{a.kappa:.2f}"
            typer.echo(f"{a.field}\t{a.reviewers[0]}+{a.reviewers[1]}\t{a.n}\t{a.percent:.1f}\t{kappa}")


@sheet_app.command("resolve")
def resolve_cmd(
    document: Annotated[str, typer.Argument(help="File name or row id (doc:...) of the study.")],
    field: Annotated[str, typer.Argument(help="Study field name, or an outcome row key with --outcome.")],
    value: Annotated[str, typer.Argument(help="The final value as typed in the sheet; empty = not stated.")],
    reviewer: Annotated[str, typer.Option("--reviewer", "-r", help="Who resolves.")],
    outcome: Annotated[bool, typer.Option("--outcome", help="FIELD is an outcome row key; VALUE is JSON.")] = False,
    comment: Annotated[str | None, typer.Option("--comment", help="Why.")] = None,
    db: DbOption = None,
) -> None:
    """Record the final value of a cell the reviewers disagree on."""
    import json

    from miner.contract import ALL_STUDY_FIELDS
    from miner.sheet._cells import CellValueError, parse_field_text
    from miner.sheet.conflicts import find_document, resolve
    from miner.store import Store

    if not outcome and field not in ALL_STUDY_FIELDS:
        raise fail(f"unknown field {field!r} (see the contract's field names)", 2)
    try:
        if outcome:
            parsed = json.loads(value) if value.strip() else None
            if parsed is not None and not isinstance(parsed, dict):
                raise CellValueError("an outcome value is a JSON object of its columns")
        else:
            parsed = parse_field_text(field, value)
    except (CellValueError, json.JSONDecodeError) as exc:
        raise fail(f"{field}: {exc}") from None
    if not reviewer.strip():
        raise fail("a reviewer name is required", 2)
    with user_errors():
        store = Store(db)
        with store.session() as session:
            doc = find_document(session, document)
            row = resolve(session, document=doc, target="outcome" if outcome else "field", key=field,
                          value=parsed, reviewer=reviewer.strip(), comment=comment)
            status = row.status
            name = doc.name
    err_console.print(f"{name} {field}: final value recorded ({status}) by {reviewer}", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(sheet_app, name="sheet")
