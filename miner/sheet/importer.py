"""``miner sheet import``: a reviewer's edited xlsx back into the store as decisions.

What a reviewer did is read from the difference between the file and what the
export showed (kept as digests in the workbook's hidden ``_miner`` sheet):

- a changed value -> ``corrected`` (or ``verified`` when it equals the machine value);
- a value cleared, or status set to ``rejected`` -> ``rejected``;
- status set to ``verified`` on an unchanged value -> ``verified``;
- a new row in ``outcomes`` (no ``row_id``) -> an added outcome row: checked
  (arm and source in the vocabulary, day >= 0, BBB mean 0-21, ...) and recorded
  as ``corrected`` with no machine value, keyed by document, outcome, group,
  day and source, so importing the same file again adds nothing.

Rows are matched by their stable ``row_id`` and columns by field name. Safety rules:

- **Stale cells are skipped and reported, never applied.** When the machine value
  in the store differs from the one the export showed (the document was
  re-extracted since), the reviewer judged a value that is no longer there; the
  decision would be attached to the wrong thing. The rest of the file is applied
  and the stale cells are listed so the reviewer can look again in a fresh export.
  Likewise when the cell was **decided after the sheet was exported** (what a
  fresh export would show -- value and status, in the sheet's own team or blind
  view -- differs from what this sheet showed): an older sheet must never
  overwrite a newer decision made on the review page or by another import.
- **A malformed or foreign file is refused as a whole** (``ImportRefusedError``):
  not an xlsx, not a miner sheet, edited headers, unknown row ids, an unreadable
  value or status, an edited ``__readable`` display cell, a blind sheet imported
  under another reviewer's name. Nothing is written.
- **Idempotent**: a decision equal to the reviewer's newest one on that cell is
  not recorded again, so importing the same file twice records nothing new.
- All decisions of one file are written in one transaction, each audited.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from miner.contract import ALL_STUDY_FIELDS, STATUSES
from miner.errors import ImportRefusedError
from miner.sheet._cells import (
    OUTCOME_VALUE_COLUMNS,
    CellValueError,
    added_outcome_key,
    canon,
    digest,
    machine_value,
    normalise_text,
    outcome_shown_texts,
    outcome_values,
    parse_field_text,
    parse_outcome_cells,
    validate_outcome,
)
from miner.sheet.build import build_export_from_session
from miner.sheet.xlsx import (
    MARKER,
    OUTCOME_IMPORT_COLUMNS,
    READABLE_FIELDS,
    SHEET_FORMAT,
    STUDY_IMPORT_COLUMNS,
    outcome_shown_digest,
    study_shown_digest,
)
from miner.store import Store
from miner.store.repository import current_outcomes, record_decision
from miner.store.schema import DecisionRow, DocumentRow, ReviewerRow

__all__ = ["MAX_XLSX_BYTES", "CellEdit", "ImportReport", "import_xlsx", "plan_import", "read_sheet"]

# A reviewer's sheet is a few MB at most; refuse anything that could be a zip bomb.
MAX_XLSX_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CellEdit:
    """One cell as the reviewer left it, with what the export had shown there."""

    sheet: str  # "studies" | "outcomes"
    row_id: str
    key: str  # field name, or the outcome row key
    ref: str  # e.g. "studies!F7", for messages
    value: Any  # parsed value (None = empty); a dict of columns for outcomes
    text_digest: str
    status: str
    shown_digest: str
    shown_status: str
    machine_digest: str
    added: bool = False  # an outcome row the reviewer typed into an empty row


@dataclass(slots=True)
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    recorded: list[dict[str, Any]] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    already_recorded: int = 0
    unchanged: int = 0


def _refuse(message: str) -> ImportRefusedError:
    return ImportRefusedError(f"{message}; nothing was imported")


def read_sheet(path: Path) -> list[CellEdit]:
    """Read an edited miner xlsx into cell edits (refusing foreign or malformed files)."""
    return _read(path)[0]


def _read(path: Path) -> tuple[list[CellEdit], str, datetime | None]:
    """The cell edits, the reviewer a blind sheet was exported for ("" for a team sheet), and
    when the sheet was exported (None when the sheet does not say)."""
    size = path.stat().st_size
    if size > MAX_XLSX_BYTES:
        raise _refuse(f"{path.name} is {size // 1_000_000} MB, larger than any extraction sheet")
    try:
        with zipfile.ZipFile(path) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNZIPPED_BYTES:
                raise _refuse(f"{path.name} unpacks to more than {MAX_UNZIPPED_BYTES // 1_000_000} MB")
        wb = load_workbook(path, data_only=True)
    except ImportRefusedError:
        raise
    except Exception as exc:  # openpyxl raises many types for broken files
        raise _refuse(f"{path.name} is not a readable xlsx workbook ({type(exc).__name__})") from exc
    if "_miner" not in wb.sheetnames or wb["_miner"]["A1"].value != MARKER:
        raise _refuse(f"{path.name} is not an extraction sheet exported by miner (export one with "
                      "`miner sheet export --format xlsx`)")
    if str(wb["_miner"]["B1"].value) != SHEET_FORMAT:
        raise _refuse(f"{path.name} has sheet format {wb['_miner']['B1'].value!r}; this miner reads {SHEET_FORMAT!r}")
    for name in ("studies", "outcomes"):
        if name not in wb.sheetnames:
            raise _refuse(f"{path.name} has no {name!r} sheet")
    blind_for = normalise_text(wb["_miner"]["D1"].value)
    exported_at = _when(wb["_miner"]["C1"].value)
    shown: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    for row in wb["_miner"].iter_rows(min_row=3, values_only=True):
        if not row or row[0] is None:
            continue
        sheet, row_id, key, shown_digest, status, machine = (normalise_text(v) for v in (*row[:6], "", "")[:6])
        shown[(sheet, row_id, key)] = (shown_digest, status, machine)
    studies, documents = _read_studies(wb["studies"], shown)
    edits = studies + _read_outcomes(wb["outcomes"], shown, documents)
    wb.close()
    return edits, blind_for, exported_at


def _when(value: Any) -> datetime | None:
    """The export time the hidden sheet records (ISO 8601, UTC), or None."""
    try:
        when = datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _columns(ws: Any, expected: list[str], sheet: str, optional: tuple[str, ...] = ()) -> dict[str, int]:
    header = [normalise_text(c.value) for c in next(ws.iter_rows(min_row=1, max_row=1))]
    missing = [h for h in expected if h not in header]
    if missing:
        raise _refuse(f"the {sheet} sheet lacks column(s) {', '.join(missing[:5])} (were headers edited?)")
    return {h: header.index(h) for h in (*expected, *optional) if h in header}


def _status(raw: Any, ref: str) -> str:
    status = normalise_text(raw).lower()
    if status and status not in STATUSES:
        raise _refuse(f"{ref}: status {status!r} is not one of {', '.join(STATUSES)}")
    return status


def _read_studies(
    ws: Any, shown: dict[tuple[str, str, str], tuple[str, str, str]]
) -> tuple[list[CellEdit], dict[str, list[str]]]:
    """The studies sheet's cell edits, and each document name's row ids (for added outcome rows)."""
    from openpyxl.utils import get_column_letter

    cols = _columns(ws, STUDY_IMPORT_COLUMNS, "studies", tuple(f"{n}__readable" for n in READABLE_FIELDS))
    edits: list[CellEdit] = []
    seen: set[str] = set()
    documents: dict[str, list[str]] = {}
    for r, row in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        row_id = normalise_text(row[cols["row_id"]] if len(row) > cols["row_id"] else None)
        if not row_id:
            if any(v not in (None, "") for v in row):
                raise _refuse(f"studies row {r} has no row_id (rows cannot be added in the sheet)")
            continue
        if row_id in seen:
            raise _refuse(f"studies row {r}: row_id {row_id} appears twice")
        seen.add(row_id)
        documents.setdefault(normalise_text(row[cols["document"]] if len(row) > cols["document"] else None),
                             []).append(row_id)
        for name in ALL_STUDY_FIELDS:
            key = ("studies", row_id, name)
            if key not in shown:
                raise _refuse(f"studies row {r}: row_id {row_id} was not in this sheet's export")
            c = cols[name]
            ref = f"studies!{get_column_letter(c + 1)}{r}"
            text = normalise_text(row[c] if len(row) > c else None)
            status = _status(row[cols[f"{name}__status"]] if len(row) > cols[f"{name}__status"] else None,
                             f"studies!{get_column_letter(cols[f'{name}__status'] + 1)}{r}")
            try:
                value = parse_field_text(name, text)
            except CellValueError as exc:
                raise _refuse(f"{ref} ({name}): {exc}") from None
            shown_digest, shown_status, machine = shown[key]
            _check_readable(row, cols, shown, row_id, name, r, changed=digest(text) != shown_digest)
            edits.append(CellEdit("studies", row_id, name, ref, value, digest(text), status,
                                  shown_digest, shown_status, machine))
    return edits, documents


def _check_readable(row: Any, cols: dict[str, int], shown: dict[tuple[str, str, str], tuple[str, str, str]],
                    row_id: str, name: str, r: int, *, changed: bool) -> None:
    """Refuse an edit of a ``__readable`` display cell whose value cell was left as it was.

    The display is not read back; silently dropping what a reviewer typed there
    would lose a decision, so the file is refused with a pointer to the value cell.
    """
    column = f"{name}__readable"
    if column not in cols or changed:
        return
    expected = shown.get(("studies", row_id, column))
    if expected is None:
        return
    text = normalise_text(row[cols[column]] if len(row) > cols[column] else None)
    if digest(text) != expected[0]:
        from openpyxl.utils import get_column_letter

        raise _refuse(f"studies!{get_column_letter(cols[column] + 1)}{r} ({column}) was edited, but it only "
                      f"displays the value beside it: type the change in the {name} column (JSON) instead")


def _read_outcomes(ws: Any, shown: dict[tuple[str, str, str], tuple[str, str, str]],
                   documents: dict[str, list[str]]) -> list[CellEdit]:
    # ``stat`` is optional: a sheet exported before the extension has no such column,
    # and its rows read (and digest) as means, exactly as they were exported.
    cols = _columns(ws, OUTCOME_IMPORT_COLUMNS, "outcomes", ("stat",))
    edits: list[CellEdit] = []
    added: list[tuple[int, CellEdit]] = []
    for r, row in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        cells = {h: normalise_text(row[i] if len(row) > i else None) for h, i in cols.items()}
        row_id = cells["row_id"]
        try:
            texts = outcome_shown_texts(cells)  # reads the stat cell (a typo is refused)
        except CellValueError as exc:
            raise _refuse(f"outcomes row {r}: {exc}") from None
        if not row_id:
            if any(texts) or cells["document"]:
                added.append((r, _added_row(cells, texts, documents, r)))
            continue
        if ("outcomes", row_id, "") not in shown or "|" not in row_id:
            raise _refuse(f"outcomes row {r}: row_id {row_id} was not in this sheet's export")
        status = _status(cells["status"], f"outcomes row {r} status")
        shown_digest, shown_status, machine = shown[("outcomes", row_id, "")]
        text_digest = digest("\x1f".join(texts))
        try:
            value: Any = parse_outcome_cells(cells) if any(cells[c] for c in OUTCOME_VALUE_COLUMNS) else None
            if value is not None and text_digest != shown_digest:
                # Only what the reviewer changed is checked: an odd machine row stays reviewable.
                value = validate_outcome(value)
        except CellValueError as exc:
            raise _refuse(f"outcomes row {r}: {exc}") from None
        edits.append(CellEdit("outcomes", row_id.split("|", 1)[0], row_id.split("|", 1)[1], f"outcomes row {r}",
                              value, text_digest, status, shown_digest, shown_status, machine))
    # An added row must not duplicate a row already in the sheet (or another added row):
    # the reviewer would mean to change that row, and two decisions on one key would fight.
    exported = {(e.row_id, e.key): e.ref for e in edits}
    for r, edit in added:
        other = exported.get((edit.row_id, edit.key))
        if other is not None:
            raise _refuse(f"outcomes row {r} adds {edit.key.replace('|', ' ')}, which is already {other}: "
                          "change that row instead")
        exported[(edit.row_id, edit.key)] = f"outcomes row {r}"
        edits.append(edit)
    return edits


def _added_row(cells: dict[str, str], texts: list[str], documents: dict[str, list[str]], r: int) -> CellEdit:
    """A row the reviewer typed into an empty row of the outcomes sheet, checked."""
    name = cells["document"]
    ids = documents.get(name, [])
    if not name:
        raise _refuse(f"outcomes row {r} has no row_id and no document: a new row names its document "
                      "as the studies sheet does")
    if len(ids) != 1:
        why = "is not in the studies sheet" if not ids else "names more than one study"
        raise _refuse(f"outcomes row {r}: document {name!r} {why}")
    status = _status(cells["status"], f"outcomes row {r} status")
    try:
        value = validate_outcome(parse_outcome_cells(cells), added=True)
    except CellValueError as exc:
        raise _refuse(f"outcomes row {r} (a new row): {exc}") from None
    return CellEdit("outcomes", ids[0], added_outcome_key(value), f"outcomes row {r}", value,
                    digest("\x1f".join(texts)), status, "", "", "", added=True)


def _intent(edit: CellEdit) -> bool:
    """Did the reviewer touch this cell (value changed, or status set to a decision)?"""
    if edit.added or edit.text_digest != edit.shown_digest:
        return True
    return edit.status != edit.shown_status and edit.status in ("verified", "corrected", "rejected")


def plan_import(session: Session, edits: list[CellEdit], reviewer: str,
                *, blind: bool = False, exported_at: datetime | None = None,
                ) -> tuple[list[dict[str, Any]], ImportReport]:
    """Decide which decisions to record; pure apart from reading the store.

    ``blind``: the sheet is the blind sheet exported for ``reviewer`` (it showed
    only their own decisions), so "what the sheet would show now" is read from
    that view; otherwise from the team sheet. ``exported_at``: when the sheet was
    exported; a cell this reviewer decided elsewhere since then (on the review
    page), or that was adjudicated since, is stale rather than overwritten.
    """
    report = ImportReport()
    docs = {f"doc:{d.sha256[:16]}": d for d in session.scalars(select(DocumentRow))}
    unknown = sorted({e.row_id for e in edits} - set(docs))
    if unknown:
        raise _refuse(f"row_id {unknown[0]} matches no document in this database (wrong --db?)")
    current = build_export_from_session(session, include_failed=False)
    view = current if not blind else build_export_from_session(session, include_failed=False, reviewer=reviewer)
    machine_now: dict[tuple[str, str], Any] = {}
    for study in current["studies"]:
        for name in ALL_STUDY_FIELDS:
            machine_now[(study["row_id"], name)] = machine_value(study["fields"].get(name))
    shown_now = _shown_now(view)
    outcome_machine: dict[tuple[str, str], Any] = {}
    for row_id, doc in docs.items():
        for orow in current_outcomes(session, doc.id):
            # Mean rows: the same dict (and digest) as before the stat extension.
            outcome_machine[(row_id, orow.row_key)] = outcome_values(orow)
    mine = _newest_by_reviewer(session, reviewer)
    since = _decided_since(session, reviewer, exported_at) if exported_at is not None else None
    planned: list[dict[str, Any]] = []
    for edit in edits:
        if not _intent(edit):
            report.unchanged += 1
            continue
        doc = docs[edit.row_id]
        target = "field" if edit.sheet == "studies" else "outcome"
        if target == "field":
            machine = machine_now.get((edit.row_id, edit.key))
        else:
            machine = outcome_machine.get((edit.row_id, edit.key))
        stale = digest(canon(machine)) != edit.machine_digest
        if target == "outcome" and not edit.machine_digest:
            stale = False  # the sheet showed a reviewer's row, not the machine's
        if stale:
            report.stale.append(f"{edit.ref} ({doc.name}, {edit.key}): the machine value changed (re-extracted)")
            continue
        asserted = None if edit.status == "rejected" else edit.value
        if asserted is None:
            status = "rejected"
        elif canon(asserted) == canon(machine):
            status = "verified"
        else:
            status = "corrected"
        value = asserted if status == "corrected" else None
        newest = mine.get((doc.id, target, edit.key))
        if newest is not None and newest.status == status and canon(newest.value) == canon(value):
            report.already_recorded += 1
            continue
        # A row gone from the view since (rejected) shows nothing now.
        now = shown_now.get((edit.sheet, edit.row_id, edit.key), ("", "rejected"))
        if since is not None:
            # Decided since this sheet was exported, by this reviewer outside an import (the
            # review page) or by an adjudicator: the sheet never showed that decision, and
            # recording the edit would silently overwrite it (e.g. a row marked median going
            # back to mean because another of its cells was edited in an older sheet). Other
            # reviewers' decisions are theirs and are kept beside this one (a disagreement is a
            # conflict to resolve), and this reviewer's own earlier imports are edits of their
            # sheets, so editing and re-importing a file further still works.
            stale_now = not edit.added and (doc.id, target, edit.key) in since
        else:  # a sheet that does not say when it was exported: compare what it showed
            stale_now = (not edit.added and now != (edit.shown_digest, edit.shown_status)
                         and now[0] != edit.text_digest)
        if stale_now:
            report.stale.append(f"{edit.ref} ({doc.name}, {edit.key}): decided since this sheet was exported")
            continue
        planned.append({"document_id": doc.id, "document": doc.name, "target": target, "key": edit.key,
                        "status": status, "value": value, "machine_value": machine, "ref": edit.ref})
    report.recorded = planned
    return planned, report


def _shown_now(view: dict[str, Any]) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(shown digest, status) of every cell as a sheet exported now would show it."""
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    for study in view["studies"]:
        for name in ALL_STUDY_FIELDS:
            cell = study["fields"].get(name)
            status = cell.get("status", "prefilled") if cell else ""
            out[("studies", study["row_id"], name)] = (study_shown_digest(name, cell), status)
    for row in view["outcomes"]:
        row_id, _, key = str(row.get("row_id", "")).partition("|")
        out[("outcomes", row_id, key)] = (outcome_shown_digest(row), row.get("status", "prefilled"))
    return out


def _decided_since(session: Session, reviewer: str, exported_at: datetime) -> set[tuple[int, str, str]]:
    """Cells this reviewer decided outside an import, or that were adjudicated, after ``exported_at``.

    Sheets record the export time to the microsecond (older ones to the second, where a
    decision in the export's own second counts as later: reported stale, never lost).
    """
    rows = session.scalars(select(DecisionRow).where(
        (DecisionRow.is_final.is_(True))
        | ((DecisionRow.reviewer == reviewer) & (DecisionRow.source.is_distinct_from("xlsx-import")))))
    cells: set[tuple[int, str, str]] = set()
    for d in rows:
        when = d.decided_at if d.decided_at.tzinfo else d.decided_at.replace(tzinfo=UTC)
        if when > exported_at:
            cells.add((d.document_id, d.target, d.key))
    return cells


def _newest_by_reviewer(session: Session, reviewer: str) -> dict[tuple[int, str, str], DecisionRow]:
    rows = session.scalars(
        select(DecisionRow)
        .where(DecisionRow.reviewer == reviewer, DecisionRow.is_final.is_(False))
        .order_by(DecisionRow.decided_at, DecisionRow.id)
    )
    newest: dict[tuple[int, str, str], DecisionRow] = {}
    for d in rows:
        newest[(d.document_id, d.target, d.key)] = d
    return newest


def ensure_reviewer(session: Session, name: str) -> ReviewerRow:
    """The reviewer's row, created (without a login token) on first use."""
    row = session.scalar(select(ReviewerRow).where(ReviewerRow.name == name))
    if row is None:
        row = ReviewerRow(name=name)
        session.add(row)
        session.flush()
    return row


def import_xlsx(store: Store, path: Path, reviewer: str, *, dry_run: bool = False,
                source: str = "xlsx-import") -> ImportReport:
    """Record a reviewer's edits in ``path`` as decisions, in one transaction.

    Raises:
        ImportRefusedError: the file is not a readable miner sheet, or cannot be
            matched to this database; nothing is written.
    """
    reviewer = reviewer.strip()
    if not reviewer:
        raise _refuse("a reviewer name is required")
    edits, blind_for, exported_at = _read(path)
    if blind_for and blind_for != reviewer:
        # A blind sheet shows one reviewer's own decisions; imported under another name
        # they would be attributed to the wrong person.
        raise _refuse(f"{path.name} is the blind sheet exported for {blind_for}; import it with "
                      f"--reviewer {blind_for}")
    with store.session() as session:
        planned, report = plan_import(session, edits, reviewer, blind=bool(blind_for), exported_at=exported_at)
        if dry_run:  # planning only reads
            return report
        ensure_reviewer(session, reviewer)
        for p in planned:
            record_decision(session, document_id=p["document_id"], target=p["target"], key=p["key"],
                            reviewer=reviewer, status=p["status"], value=p["value"],
                            machine_value=p["machine_value"], source=source,
                            comment=f"imported from {path.name} ({p['ref']})")
    return report
