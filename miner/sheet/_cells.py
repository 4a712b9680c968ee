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

from miner.contract import ARMS, ENUMS, FIELD_KINDS, OUTCOME_COLUMNS, OUTCOME_SOURCES, outcome_stat
from miner.records import OutcomeRow
from miner.sheet.writers import cell_text

__all__ = [
    "OUTCOME_VALUE_COLUMNS",
    "CellValueError",
    "added_outcome_key",
    "asserted_value",
    "canon",
    "digest",
    "field_cell",
    "figure_note",
    "machine_value",
    "normalise_text",
    "outcome_shown_texts",
    "outcome_stat",
    "outcome_values",
    "parse_field_text",
    "parse_outcome_cells",
    "stat_cell",
    "validate_outcome",
]

# Outcome columns a reviewer may correct (``document`` is the row's identity).
OUTCOME_VALUE_COLUMNS = tuple(c for c in OUTCOME_COLUMNS if c != "document")
_OUTCOME_KINDS = {
    "outcome": "str", "group": "str", "arm": "str", "day": "float", "mean": "float",
    "sd": "float", "sem": "float", "n": "int", "source": "str", "page": "int",
}




def outcome_values(row: Any) -> dict[str, Any]:
    """An outcome row's reviewable values: the contract columns, plus ``stat`` for a median.

    ``row`` is a mapping (an export row, a decision value) or an object with the
    columns as attributes (a stored ``OutcomeValueRow``). ``stat`` is left out
    for a mean, so the value -- and every digest and decision made on it -- is
    exactly what it was before the ``stat`` extension; a median row differs.
    """
    get = row.get if isinstance(row, dict) else (lambda c: getattr(row, c, None))
    out = {c: get(c) for c in OUTCOME_VALUE_COLUMNS}
    if outcome_stat(get("stat")) == "median":
        out["stat"] = "median"
    return out


def outcome_shown_texts(cells: dict[str, str]) -> list[str]:
    """The texts of an outcomes-sheet row that its shown digest covers.

    The contract columns, then the ``stat`` cell only when it says something other
    than mean (empty or "mean" adds nothing): a mean row's digest is the one
    sheets exported before the extension hold, so their imports keep matching.
    """
    texts = [cells.get(c, "") for c in OUTCOME_VALUE_COLUMNS]
    if stat_cell(cells) == "median":
        texts.append("median")
    return texts


def stat_cell(cells: dict[str, str]) -> str:
    """The ``stat`` cell of an outcomes-sheet row: "mean" (also when empty or absent) or "median".

    Raises ``CellValueError`` for any other word: a typo must not read as a mean.
    """
    try:
        return outcome_stat(cells.get("stat"), strict=True)
    except ValueError as exc:
        raise CellValueError(str(exc)) from None


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
    if stat_cell(cells) == "median":  # only a median is marked (see outcome_values)
        out["stat"] = "median"
    return out


# Bounds a reviewer-typed outcome value must respect (a value outside is a typing slip).
_MAX_DAY = 3650.0  # ten years of follow-up
_MAX_N = 10_000
_MAX_GROUP = 120  # the row key (outcome|group|day|source) is stored in 255 characters
_SCALE_MAX = {"BBB": 21.0, "BMS": 9.0}


def validate_outcome(values: dict[str, Any], *, added: bool = False) -> dict[str, Any]:
    """Check an outcome row a reviewer typed (a correction, or with ``added`` a new row).

    Every column given is checked (arm and source in the vocabulary, day >= 0, a BBB
    mean (or median, with ``stat``) within 0-21, SD / SEM >= 0 and not both, n and page whole numbers >= 1).
    A new row must also name its group, arm, day, mean and source; an empty outcome
    means ``BBB``. Returns the row (all outcome columns) or raises ``CellValueError``
    with one short reason.
    """
    row = {c: (None if values.get(c) == "" else values.get(c)) for c in OUTCOME_VALUE_COLUMNS}
    stat = stat_cell(values)  # "Median" from the review page too
    if stat == "median":
        row["stat"] = stat  # only a median is marked (see outcome_values)
    if added:
        if not row["outcome"]:
            row["outcome"] = "BBB"
        missing = [c for c in ("group", "arm", "day", "mean", "source") if row[c] in (None, "")]
        if missing:
            raise CellValueError(f"a new row needs {', '.join(missing)}")
    for column in ("outcome", "group"):
        text = row[column]
        if text is not None:
            text = str(text).strip()
            if not text or len(text) > _MAX_GROUP or "|" in text:
                raise CellValueError(f"{column} must be 1-{_MAX_GROUP} characters without '|'")
            row[column] = text
    if row["arm"] is not None and row["arm"] not in ARMS:
        raise CellValueError(f"arm {row['arm']!r} is not one of {', '.join(ARMS)}")
    if row["source"] is not None and row["source"] not in OUTCOME_SOURCES:
        raise CellValueError(f"source {row['source']!r} is not one of {', '.join(OUTCOME_SOURCES)}")
    for column in ("day", "mean", "sd", "sem"):
        v = row[column]
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise CellValueError(f"{column} must be a number")
        if v < 0:
            raise CellValueError(f"{column} cannot be negative")
    if row["day"] is not None and row["day"] > _MAX_DAY:
        raise CellValueError(f"day {row['day']:g} is more than ten years after injury")
    top = _SCALE_MAX.get(str(row["outcome"] or ""))
    if top is not None and row["mean"] is not None and row["mean"] > top:
        raise CellValueError(f"a {row['outcome']} mean is between 0 and {top:g}")
    if row["sd"] is not None and row["sem"] is not None:
        raise CellValueError("give SD or SEM, whichever the paper reports, not both")
    for column, top_n in (("n", _MAX_N), ("page", 100_000)):
        v = row[column]
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not float(v).is_integer() or not 1 <= v <= top_n:
            raise CellValueError(f"{column} must be a whole number from 1")
        row[column] = int(v)
    return row


def added_outcome_key(values: dict[str, Any]) -> str:
    """The stable key of a reviewer-added outcome row: outcome, group, day and source.

    The same as a machine row's key (``OutcomeRow.key``), so an added row the
    machine later finds too is one row, and re-importing a file adds nothing twice.
    """
    day = values.get("day")
    return OutcomeRow(str(values.get("outcome") or "BBB"), str(values.get("group") or ""), "",
                      None if day is None else float(day), None, source=str(values.get("source") or "")).key()


def field_cell(field: str, value: Any) -> Any:
    """A study field's value as its (importable) spreadsheet cell.

    Numbers stay numbers; lists are ``CD9, CD63`` and ranges ``200-250`` (both read
    back by :func:`parse_field_text`); objects are JSON. A list item that itself
    holds a comma or semicolon keeps the list as JSON so it reads back whole.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    kind = FIELD_KINDS.get(field, "str")
    if kind in ("list_enum", "list_str") and isinstance(value, list) and value and all(
        isinstance(v, str) and v.strip() == v and v and not re.search(r"[;,]", v) and not v.startswith("[")
        for v in value
    ):
        return ", ".join(value)
    if kind == "range" and isinstance(value, dict) and set(value) <= {"low", "high"}:
        low, high = value.get("low"), value.get("high")
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and v >= 0
               for v in (low, high)):
            if low == high:
                return _num(str(low))
            return f"{cell_text(low)}-{cell_text(high)}"
    return cell_text(value)
