"""The extraction sheet as an xlsx workbook for people (openpyxl).

Sheets:

- ``studies``: one row per study; per contract field a value column, then its
  ``__status`` and ``__evidence`` columns. Value cells are coloured by
  confidence; enum fields and statuses have drop-down lists. Object fields
  (size_nm, dose, frequency, eligibility) keep their value as JSON, which the
  import reads, and show it readably in a grey ``__readable`` column beside it
  (display only: an edit there is refused on import, never silently dropped).
- ``outcomes``: one row per reported outcome value, with status and evidence.
  Rows read from a figure (``source`` = ``figure``) are lavender and carry a
  comment on the mean naming the figure and page to check against. A reviewer
  adds a row the machine missed by filling an empty row (no ``row_id``).
- ``evidence``: one row per quote behind a value (document, field, readable
  value, page, quote, confidence).
- ``README``: what the columns mean and how to record a review.
- ``_miner`` (very hidden): the export's identity (and, for a blind sheet, the
  reviewer it was written for) and, per cell, digests of what was shown and of
  the machine value behind it, so ``miner sheet import`` can
  tell what a reviewer changed and whether the store has moved on since.

Text from papers never becomes a formula: cells are written as strings with
Excel's quote prefix, so ``=HYPERLINK(...)`` in a quote stays text.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from miner.contract import (
    ALL_STUDY_FIELDS,
    ARMS,
    ENUMS,
    FIELD_KINDS,
    OUTCOME_COLUMNS,
    OUTCOME_SOURCES,
    OUTCOME_STATS,
    STATUSES,
)
from miner.sheet._cells import (
    canon,
    digest,
    field_cell,
    figure_note,
    machine_value,
    normalise_text,
    outcome_shown_texts,
    outcome_stat,
    outcome_values,
)
from miner.sheet._display import display_value
from miner.sheet.writers import FORMULA_START, cell_text, evidence_text

__all__ = [
    "FIGURE_FILL",
    "MARKER",
    "OUTCOME_HEADER",
    "OUTCOME_IMPORT_COLUMNS",
    "READABLE_FIELDS",
    "SHEET_FORMAT",
    "STUDY_HEADER",
    "STUDY_IMPORT_COLUMNS",
    "confidence_fill",
    "outcome_shown_digest",
    "study_shown_digest",
    "write_xlsx",
]

MARKER = "miner-extraction-sheet"
SHEET_FORMAT = "1"
# Fields whose value cell is JSON: a readable rendering is shown in a column beside it.
READABLE_FIELDS = tuple(name for name in ALL_STUDY_FIELDS if FIELD_KINDS.get(name) == "object")
STUDY_HEADER = ["row_id", "document"] + [
    col for name in ALL_STUDY_FIELDS
    for col in (name, *((f"{name}__readable",) if name in READABLE_FIELDS else ()),
                f"{name}__status", f"{name}__evidence")
]
# The columns the import needs (sheets exported before the readable columns lack those).
STUDY_IMPORT_COLUMNS = [c for c in STUDY_HEADER if not c.endswith("__readable")]
# Empty rows below the data that keep the drop-downs, for outcome rows a reviewer adds.
_SPARE_ROWS = 200
# ``stat`` (contract extension: "mean" or "median") comes last, so every column
# sheets had before keeps its position; the import reads it when present.
OUTCOME_HEADER = [*OUTCOME_COLUMNS, "status", "confidence", "evidence", "row_id", "stat"]
# The columns the import needs (sheets exported before the extension lack ``stat``).
OUTCOME_IMPORT_COLUMNS = [c for c in OUTCOME_HEADER if c != "stat"]
EVIDENCE_HEADER = ["document", "row_id", "field", "value", "status", "page", "quote", "confidence"]

# Excel refuses cells longer than this; a longer quote is cut with a marker.
_MAX_CELL = 32_000
# Control characters are illegal in xlsx XML (a hostile PDF can contain them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_GREEN = PatternFill("solid", fgColor="C6EFCE")
_AMBER = PatternFill("solid", fgColor="FFEB9C")
_RED = PatternFill("solid", fgColor="FFC7CE")
_REVIEWED = PatternFill("solid", fgColor="DDEBF7")
_HEADER = PatternFill("solid", fgColor="305496")
# Lavender: unlike the confidence and review colours, so figure rows stand out.
FIGURE_FILL = PatternFill("solid", fgColor="E4DFEC")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
# Grey italics: a display of the value beside it, not a value to edit.
_READABLE_FILL = PatternFill("solid", fgColor="EDEDED")
_READABLE_FONT = Font(italic=True, color="404040")


def confidence_fill(confidence: float | None) -> PatternFill | None:
    """Green >= 0.9, amber 0.7-0.9, red < 0.7; no fill without a confidence."""
    if confidence is None:
        return None
    if confidence >= 0.9:
        return _GREEN
    if confidence >= 0.7:
        return _AMBER
    return _RED


def _put(ws: Worksheet, row: int, col: int, value: Any) -> Any:
    """Write one cell safely: numbers as numbers, everything else as inert text."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, bool) or value is None:
        value = cell_text(value)
    if isinstance(value, (int, float)):
        cell.value = value
        return cell
    text = _ILLEGAL.sub("", str(value))
    if len(text) > _MAX_CELL:
        text = text[:_MAX_CELL] + " [...]"
    cell.value = text
    if text.startswith(FORMULA_START):
        # openpyxl would store "=..." as a formula; force a string and show it
        # with Excel's quote prefix so editing the cell keeps it text too.
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _header(ws: Worksheet, names: list[str]) -> None:
    for col, name in enumerate(names, start=1):
        cell = ws.cell(row=1, column=col, value=name)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER
        cell.alignment = Alignment(vertical="center")
    ws.freeze_panes = "C2" if names[:2] == ["row_id", "document"] else "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}1"


def _list_validation(ws: Worksheet, options: tuple[str, ...] | list[str], column: int, last_row: int) -> None:
    dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
    dv.error = "Pick a value from the list (or leave it empty)."
    dv.errorTitle = "Not in the vocabulary"
    dv.showErrorMessage = True
    letter = get_column_letter(column)
    dv.add(f"{letter}2:{letter}{max(last_row, 2)}")
    ws.add_data_validation(dv)


def _write_studies(ws: Worksheet, export: dict[str, Any], hidden: Worksheet) -> None:
    _header(ws, STUDY_HEADER)
    col_of = {name: i for i, name in enumerate(STUDY_HEADER, start=1)}
    studies = export.get("studies", [])
    for r, study in enumerate(studies, start=2):
        row_id = study.get("row_id", "")
        _put(ws, r, 1, row_id)
        _put(ws, r, 2, study.get("document", ""))
        fields = study.get("fields", {})
        for name in ALL_STUDY_FIELDS:
            col = col_of[name]
            cell_dict = fields.get(name)
            status = (cell_dict or {}).get("status", "prefilled") if cell_dict else ""
            shown = field_cell(name, (cell_dict or {}).get("value"))
            value_cell = _put(ws, r, col, shown)
            status_cell = _put(ws, r, col_of[f"{name}__status"], status)
            _put(ws, r, col_of[f"{name}__evidence"], evidence_text((cell_dict or {}).get("evidence")))
            if status in ("verified", "corrected", "rejected"):
                value_cell.fill = _REVIEWED
                status_cell.fill = _REVIEWED
            else:
                fill = confidence_fill((cell_dict or {}).get("confidence"))
                if fill is not None:
                    value_cell.fill = fill
            hidden.append(
                ["studies", row_id, name, study_shown_digest(name, cell_dict), status,
                 digest(canon(machine_value(cell_dict)))]
            )
            if name in READABLE_FIELDS:
                readable = display_value(name, (cell_dict or {}).get("value"))
                rcell = _put(ws, r, col_of[f"{name}__readable"], readable)
                rcell.fill, rcell.font = _READABLE_FILL, _READABLE_FONT
                # Kept so the import can tell an edit of the display (which it refuses) from none.
                hidden.append(["studies", row_id, f"{name}__readable", digest(normalise_text(readable)), "", ""])
    last = len(studies) + 1
    for name in ALL_STUDY_FIELDS:
        col = col_of[name]
        if name in ENUMS:
            _list_validation(ws, ENUMS[name], col, last)
        elif FIELD_KINDS.get(name) == "bool":
            _list_validation(ws, ("true", "false"), col, last)
        _list_validation(ws, STATUSES, col_of[f"{name}__status"], last)
        ws.column_dimensions[get_column_letter(col)].width = 22 if FIELD_KINDS.get(name) != "object" else 34
        if name in READABLE_FIELDS:
            ws.column_dimensions[get_column_letter(col_of[f"{name}__readable"])].width = 26
        ws.column_dimensions[get_column_letter(col_of[f"{name}__status"])].width = 11
        ws.column_dimensions[get_column_letter(col_of[f"{name}__evidence"])].width = 42
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 28
    # Printing (and PDF conversion): landscape, the header row and document name on every page.
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "1:1"
    ws.print_title_cols = "B:B"


def _outcome_cell_value(out: dict[str, Any], name: str) -> Any:
    """What the outcomes sheet writes in column ``name`` for export row ``out``."""
    if name == "evidence":
        return evidence_text(out.get("evidence"))
    if name == "stat":
        return outcome_stat(out.get("stat"))  # always written: "mean" or "median"
    value = out.get(name)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else cell_text(value)


def outcome_shown_digest(out: dict[str, Any]) -> str:
    """The digest of what the outcomes sheet shows for export row ``out`` (kept in ``_miner``).

    The import recomputes it from a fresh export: when it differs from the one the
    sheet kept, the row was decided (or re-extracted) after the sheet was written.
    """
    shown = {name: normalise_text(_outcome_cell_value(out, name)) for name in OUTCOME_HEADER
             if (name in OUTCOME_COLUMNS and name != "document") or name == "stat"}
    return digest("\x1f".join(outcome_shown_texts(shown)))


def study_shown_digest(name: str, cell_dict: dict[str, Any] | None) -> str:
    """The digest of what the studies sheet shows in field ``name``'s value cell."""
    return digest(normalise_text(field_cell(name, (cell_dict or {}).get("value"))))


def _write_outcomes(ws: Worksheet, export: dict[str, Any], hidden: Worksheet) -> None:
    _header(ws, OUTCOME_HEADER)
    rows = export.get("outcomes", [])
    for r, out in enumerate(rows, start=2):
        note = figure_note(out)
        for c, name in enumerate(OUTCOME_HEADER, start=1):
            cell = _put(ws, r, c, _outcome_cell_value(out, name))
            if name == "mean":
                status = out.get("status", "prefilled")
                fill = _REVIEWED if status != "prefilled" else confidence_fill(out.get("confidence"))
                if fill is not None:
                    cell.fill = fill
                if note is not None:
                    cell.comment = _note(note)
            elif note is not None:
                # The whole row but the mean (which keeps its confidence colour) is marked.
                cell.fill = FIGURE_FILL
        status = out.get("status", "prefilled")
        machine = ""
        if status in ("prefilled", "verified"):
            # A mean row's values (and so its digest) are what they were before ``stat``.
            machine = digest(canon(outcome_values(out)))
        hidden.append(["outcomes", out.get("row_id", ""), "", outcome_shown_digest(out), status, machine])
    # The drop-downs reach below the data: a reviewer adds a missed row in an empty one.
    last = len(rows) + 1 + _SPARE_ROWS
    _list_validation(ws, ARMS, OUTCOME_HEADER.index("arm") + 1, last)
    _list_validation(ws, OUTCOME_SOURCES, OUTCOME_HEADER.index("source") + 1, last)
    _list_validation(ws, STATUSES, OUTCOME_HEADER.index("status") + 1, last)
    _list_validation(ws, OUTCOME_STATS, OUTCOME_HEADER.index("stat") + 1, last)
    widths = {"document": 28, "group": 22, "evidence": 50, "row_id": 12}
    for c, name in enumerate(OUTCOME_HEADER, start=1):
        ws.column_dimensions[get_column_letter(c)].width = widths.get(name, 10)
    ws.column_dimensions[get_column_letter(OUTCOME_HEADER.index("row_id") + 1)].hidden = True


def _note(text: str) -> Comment:
    comment = Comment(text[0].upper() + text[1:] + ".", "miner")
    comment.width, comment.height = 240, 60
    return comment


def _write_evidence(ws: Worksheet, export: dict[str, Any]) -> None:
    _header(ws, EVIDENCE_HEADER)
    r = 2
    for study in export.get("studies", []):
        for name in ALL_STUDY_FIELDS:
            cell_dict = study.get("fields", {}).get(name)
            if not cell_dict:
                continue
            for ev in cell_dict.get("evidence") or [{}]:
                values = [study.get("document", ""), study.get("row_id", ""), name,
                          display_value(name, cell_dict.get("value")), cell_dict.get("status", "prefilled"),
                          ev.get("page"), ev.get("quote", ""), cell_dict.get("confidence")]
                for c, v in enumerate(values, start=1):
                    _put(ws, r, c, v if v is not None else "")
                r += 1
    for out in export.get("outcomes", []):
        label = f"{out.get('outcome')} {out.get('group')} day {cell_text(out.get('day'))}"
        for ev in out.get("evidence") or [{}]:
            values = [out.get("document", ""), out.get("row_id", ""), "outcome", label,
                      out.get("status", "prefilled"), ev.get("page"), ev.get("quote", ""), out.get("confidence")]
            for c, v in enumerate(values, start=1):
                _put(ws, r, c, v if v is not None else "")
            r += 1
    for c, width in enumerate([28, 12, 22, 30, 11, 6, 80, 11], start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.column_dimensions["B"].hidden = True


_README = [
    ("miner extraction sheet", ""),
    ("", ""),
    ("Sheet", "What it holds"),
    ("studies", ("One row per study. For every field of the extraction sheet three columns: the value, "
                "<field>__status and <field>__evidence (p<page>: \"quote\"); object fields have a fourth, "
                "grey <field>__readable, showing the value readably (see __readable below).")),
    ("outcomes", ("One row per reported outcome value (BBB mean per group and day) with status, "
                 "confidence and evidence.")),
    ("stat", ("Last column of the outcomes sheet: 'mean', or 'median' when the paper reports a median "
             "(with an IQR or range) instead of a mean +/- SD/SEM; the mean column then holds the median. "
             "Medians are not pooled as means by miner meta. Set it to 'median' (or back to 'mean') to "
             "correct it; an empty cell means mean.")),
    ("evidence", "One row per quote behind a value: document, field, value, page, quote, confidence."),
    ("figure rows", ("Outcome rows with source 'figure' were read by miner from a line graph (BBB score "
                    "over time), not from the text or a table. They are lavender, and the comment on the mean "
                    "names the figure and page: open the PDF and confirm the mean and error bar against the "
                    "plot before verifying. Vector drawings are read exactly; plots embedded as images are "
                    "approximate (lower confidence). The review page (miner review serve) shows the figure "
                    "with every read point marked.")),
    ("", ""),
    ("Status", "Meaning"),
    ("prefilled", "Found by miner, not yet checked by a person."),
    ("verified", "A reviewer confirmed the value against the paper."),
    ("corrected", "A reviewer replaced the value (miner keeps its own value in the history)."),
    ("rejected", "A reviewer says the paper does not state this (the cell is empty)."),
    ("", ""),
    ("Colours", ("Green: confidence >= 0.9. Amber: 0.7-0.9. Red: below 0.7 (check these first). "
                "Blue: already decided by a reviewer. Lavender (outcomes): read from a figure.")),
    ("", ""),
    ("How to review", ""),
    ("1", "Check the value against the page and quote in the evidence column (and the PDF)."),
    ("2", ("Correct: type the right value over it (the status may stay 'prefilled': a changed value "
          "is recorded as corrected).")),
    ("3", "Verify: set the status to 'verified'."),
    ("4", "Reject: clear the value, or set the status to 'rejected'."),
    ("5", "Save as .xlsx and run: miner sheet import FILE --reviewer YOUR_NAME"),
    ("", ""),
    ("Values", ("Lists: comma-separated (CD9, CD63) or JSON. Ranges: 200-250 (or one number). Enum fields "
               "offer a drop-down list. Objects (size_nm, dose, frequency, eligibility): JSON, e.g. size_nm "
               "{\"value\": 121.3, \"low\": null, \"high\": null, \"stat\": \"mean\", \"method\": \"NTA\"}; "
               "edit the JSON, the import reads it.")),
    ("__readable", ("Grey columns beside the object fields show the value as a person reads it "
                   "(121.3 nm (mean, NTA); 200 µg protein in 200 µL; 7 doses, every 24 h; include (6/6 criteria "
                   "met)). They are a display only: the import refuses a file where one was edited but the JSON "
                   "beside it was not. The evidence sheet shows every value this way too.")),
    ("Adding a row", ("A BBB value miner missed: fill an empty row at the bottom of the outcomes sheet (leave "
                     "row_id empty): document (as in the studies sheet), outcome (empty = BBB), group, arm, day "
                     "(days after injury), mean (0-21), sd or sem, n, source (text/table/figure) and page. The "
                     "import checks it and records it as your correction; importing the same file again does not "
                     "add it twice (a row is identified by document, group, day and source).")),
    ("Do not", ("Edit row_id, reorder or rename columns, or edit the hidden _miner sheet: the import "
               "matches rows by id and refuses a sheet it cannot match.")),
]


def _write_readme(ws: Worksheet, exported_at: str, reviewer: str | None = None) -> None:
    lines = list(_README)
    if reviewer:
        lines[1] = ("Blind sheet", (f"For {reviewer}: the machine prefill and only your own decisions. Other "
                                    "reviewers' values and statuses are not shown (independent extraction). "
                                    f"Import it with --reviewer {reviewer}."))
    for r, (a, b) in enumerate(lines, start=1):
        _put(ws, r, 1, a)
        _put(ws, r, 2, b)
        if a in ("miner extraction sheet", "Sheet", "Status", "How to review", "Blind sheet") or (r == 1):
            ws.cell(row=r, column=1).font = Font(bold=True, size=14 if r == 1 else 11)
            ws.cell(row=r, column=2).font = Font(bold=True)
    _put(ws, len(_README) + 2, 1, "Exported")
    _put(ws, len(_README) + 2, 2, exported_at)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 110
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, min_col=2, max_col=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_xlsx(export: dict[str, Any], path: Path, *, reviewer: str | None = None) -> None:
    """Write the export (``build_export``'s shape) as an xlsx workbook for reviewers.

    Args:
        export: ``{"studies": [...], "outcomes": [...]}`` as built by
            :func:`miner.sheet.build_export` (row ids are needed for re-import).
        path: the ``.xlsx`` file to write (overwritten).
        reviewer: the reviewer a blind export (``build_export(..., reviewer=NAME)``)
            was built for: the README says so and the import accepts the file only
            with that ``--reviewer``.
    """
    now = datetime.now(UTC)
    exported_at = now.isoformat(timespec="seconds")  # for people, in the README sheet
    wb = Workbook()
    studies = wb.active
    assert studies is not None
    studies.title = "studies"
    outcomes = wb.create_sheet("outcomes")
    evidence = wb.create_sheet("evidence")
    readme = wb.create_sheet("README")
    hidden = wb.create_sheet("_miner")
    # To the microsecond: the import tells decisions made after this export from those before.
    hidden.append([MARKER, SHEET_FORMAT, now.isoformat(timespec="microseconds"), reviewer or ""])
    hidden.append(["sheet", "row_id", "key", "shown_digest", "status", "machine_digest"])
    _write_studies(studies, export, hidden)
    _write_outcomes(outcomes, export, hidden)
    _write_evidence(evidence, export)
    _write_readme(readme, exported_at, reviewer)
    # Very hidden: not listed under Format > Sheet > Unhide, so it is not edited by accident.
    hidden.sheet_state = "veryHidden"
    wb.active = 0
    wb.save(path)
