"""Cell helpers shared by the xlsx writer, the importer and the review page.

One place decides how a value becomes spreadsheet text and how text typed by a
reviewer becomes a contract value again, so the round trip cannot drift.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from typing import Any

from miner.contract import ENUMS, FIELD_KINDS, OUTCOME_COLUMNS
from miner.sheet.writers import cell_text

__all__ = [
    "OUTCOME_VALUE_COLUMNS",
    "asserted_value",
    "canon",
    "digest",
    "figure_note",
    "machine_value",
    "normalise_text",
    "parse_field_text",
    "parse_outcome_cells",
]

# Outcome columns a reviewer may correct (``document`` is the row's identity).
OUTCOME_VALUE_COLUMNS = tuple(c for c in OUTCOME_COLUMNS if c != "document")
_OUTCOME_KINDS = {
    "outcome": "str", "group": "str", "arm": "str", "day": "float", "mean": "float",
    "sd": "float", "sem": "float", "n": "int", "source": "str", "page": "int",
}


# "Figure 3", "Fig. 2B", "Supplementary Figure S1": the figure's name at the start of its caption.
_FIGURE_NAME = re.compile(
    r"^\s*(?:supplementary\s+)?fig(?:ure)?s?\.?\s*(S?\d{1,3}[A-Za-z]?)\b", re.IGNORECASE
)


def figure_note(outcome: dict[str, Any]) -> str | None:
    """What a reviewer should be told about an outcome row read from a figure, else None.

    ``outcome`` is an export outcome (``source``, ``page``, ``evidence``); the
    figure's number comes from the caption quoted as evidence, e.g.
    ``"read from Figure 3 on page 7: confirm against the plot"``.
    """
    if outcome.get("source") != "figure":
        return None
    evidence = outcome.get("evidence") or []
    first = evidence[0] if evidence and isinstance(evidence[0], dict) else {}
    page = outcome.get("page") or first.get("page")
    m = _FIGURE_NAME.match(str(first.get("quote") or ""))
    name = f"Figure {m.group(1)}" if m else "a figure"
    where = f" on page {page}" if isinstance(page, int) and not isinstance(page, bool) else ""
    return f"read from {name}{where}: confirm against the plot"


def canon(value: Any) -> str:
    """A canonical JSON text of a value (dict key order and 12.0 vs 12 do not matter)."""
    return json.dumps(_canon_numbers(value), sort_keys=True, ensure_ascii=False, default=str)


def _canon_numbers(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {str(k): _canon_numbers(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canon_numbers(v) for v in value]
    return value


def digest(text: str) -> str:
    """Short sha256 of a text: the xlsx keeps what it showed as digests, not copies."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def machine_value(cell: dict[str, Any] | None) -> Any:
    """The machine's value behind an exported cell (whatever reviewers decided since)."""
    if not cell:
        return None
    if "machine_value" in cell:
        return cell["machine_value"]
    if cell.get("status", "prefilled") in ("prefilled", "verified"):
        return cell.get("value")
    return None


def asserted_value(status: str, value: Any, machine: Any) -> Any:
    """What a reviewer's decision says the cell holds (verified = the machine value)."""
    if status == "rejected":
        return None
    if status == "verified":
        return machine
    return value


def normalise_text(raw: Any) -> str:
    """A cell as read back from a workbook, as text (numbers typed in Excel come back as numbers)."""
    if raw is None:
        return ""
    if isinstance(raw, float) and math.isfinite(raw) and raw.is_integer():
        return str(int(raw))
    if hasattr(raw, "isoformat"):  # a spreadsheet turned "2021-03" into a date
        return str(raw.isoformat())
    return cell_text(raw).strip()


class CellValueError(ValueError):
    """Text a reviewer typed that is not a valid value for its field."""


def parse_field_text(field: str, text: str) -> Any:
    """Turn the text of a studies-sheet cell into the contract's value for ``field``.

    Raises ``CellValueError`` with a short reason when the text cannot be that value.
    """
    text = text.strip()
    if text == "":
        return None
    kind = FIELD_KINDS.get(field, "str")
    return _parse_kind(kind, text, field)


def _parse_kind(kind: str, text: str, field: str) -> Any:
    if kind == "str":
        return text
    if kind == "int":
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            raise CellValueError(f"{text!r} is not a whole number") from None
        if not number.is_integer():
            raise CellValueError(f"{text!r} is not a whole number")
        return int(number)
    if kind == "float":
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            raise CellValueError(f"{text!r} is not a number") from None
        if not math.isfinite(number):
            raise CellValueError(f"{text!r} is not a finite number")
        return number
    if kind == "bool":
        low = text.lower()
        if low in ("true", "yes", "y", "1"):
            return True
        if low in ("false", "no", "n", "0"):
            return False
        raise CellValueError(f"{text!r} is not true/false")
    if kind == "enum":
        allowed = ENUMS.get(field, ())
        if allowed and text not in allowed:
            raise CellValueError(f"{text!r} is not one of {', '.join(allowed)}")
        return text
    if kind in ("list_enum", "list_str"):
        if text.startswith("["):
            items = _json(text)
            if not isinstance(items, list):
                raise CellValueError(f"{text!r} is not a list")
            return [str(i) for i in items]
        return [p.strip() for p in re.split(r"[;,]", text) if p.strip()]
    if kind == "range":
        if text.startswith("{"):
            value = _json(text)
            if not isinstance(value, dict):
                raise CellValueError(f"{text!r} is not a range")
            return value
        m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:[-\u2013]|to)\s*(\d+(?:\.\d+)?)", text)
        if m:
            return {"low": _num(m.group(1)), "high": _num(m.group(2))}
        try:
            single = _num(text)
        except ValueError:
            raise CellValueError(f"{text!r} is not a range like 200-250") from None
        return {"low": single, "high": single}
    # objects: JSON as the sheet shows them
    value = _json(text)
    if not isinstance(value, dict):
        raise CellValueError(f"{text!r} is not a JSON object")
    return value


def _num(text: str) -> int | float:
    number = float(text)
    return int(number) if number.is_integer() else number


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise CellValueError(f"{text[:40]!r} is not valid JSON") from None


def parse_outcome_cells(cells: dict[str, str]) -> dict[str, Any]:
    """The outcome columns of one outcomes-sheet row as typed values."""
    out: dict[str, Any] = {}
    for column in OUTCOME_VALUE_COLUMNS:
        text = cells.get(column, "").strip()
        out[column] = None if text == "" else _parse_kind(_OUTCOME_KINDS[column], text, column)
    return out
