"""Writing the sheet as JSON and CSV (the xlsx for people is in ``xlsx.py``)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from miner.contract import ALL_STUDY_FIELDS, OUTCOME_COLUMNS, outcome_stat

__all__ = ["write_json", "write_csv", "cell_text", "evidence_text"]


def write_json(export: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(export, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")


def cell_text(value: Any) -> str:
    """A value as one spreadsheet cell: plain for scalars, JSON for objects and lists."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=False)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def evidence_text(evidence: list[dict[str, Any]] | None) -> str:
    parts = []
    for ev in evidence or []:
        page = ev.get("page")
        prefix = f"p{page}: " if page else ""
        parts.append(f'{prefix}"{ev.get("quote", "")}"')
    return " | ".join(parts)


# A cell starting with one of these is a formula to spreadsheet programs: text
# from papers must never execute (CSV/xlsx injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _guard(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_csv(export: dict[str, Any], path: Path) -> list[Path]:
    """``FILE`` gets the studies (value, status, confidence, evidence per field);
    ``FILE`` with ``-outcomes`` before the suffix gets the outcome rows."""
    header = ["document", "row_id"]
    for name in ALL_STUDY_FIELDS:
        header += [name, f"{name}__status", f"{name}__confidence", f"{name}__evidence"]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for study in export.get("studies", []):
            row = [study["document"], study.get("row_id", "")]
            fields = study.get("fields", {})
            for name in ALL_STUDY_FIELDS:
                cell = fields.get(name) or {}
                row += [
                    _guard(cell_text(cell.get("value"))),
                    cell.get("status", ""),
                    cell_text(cell.get("confidence")),
                    _guard(evidence_text(cell.get("evidence"))),
                ]
            writer.writerow(row)
    outcomes_path = path.with_name(f"{path.stem}-outcomes{path.suffix or '.csv'}")
    # ``stat`` (extension: "mean" | "median") last, so the earlier columns keep their places.
    columns = [*OUTCOME_COLUMNS, "status", "confidence", "row_id", "evidence", "stat"]
    with outcomes_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for r in export.get("outcomes", []):
            writer.writerow(
                [_guard(evidence_text(r.get(c))) if c == "evidence"
                 else outcome_stat(r.get("stat")) if c == "stat"
                 else _guard(cell_text(r.get(c)))
                 for c in columns]
            )
    return [path, outcomes_path]
