"""Correction inputs on the review page: one widget per kind of field, and reading them back.

A reviewer corrects ``size_nm`` with number boxes and two drop-downs, ``dose``
with an amount, a unit and a volume, ``route`` with the vocabulary as a
drop-down, and so on, instead of typing JSON. :func:`editor` says which
widget a field gets (and what it is prefilled with); :func:`value_from_form`
turns what came back into the contract's value, or raises ``CellValueError``
with one clear message. Pure functions: the app does the I/O.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from miner.contract import (
    DOSE_BASES,
    DOSE_UNITS,
    ENUMS,
    FIELD_KINDS,
    LIST_ENUMS,
    SIZE_METHODS,
    SIZE_STATS,
)
from miner.sheet._cells import CellValueError, parse_field_text
from miner.sheet._display import number_text

__all__ = ["PARTS", "editor", "value_from_form"]

# Names of the structured inputs (posted as ``p_<name>``).
PARTS = ("value", "low", "high", "stat", "method", "amount", "unit", "volume_ul", "basis", "doses",
         "interval_h", "decision", "more")
_DECISIONS = ("include", "exclude", "unclear")
# Closed vocabularies for list fields; the contract leaves characterization open ("...").
_CLOSED_LISTS = ("isolation_method",)
_MAX_SIZE_NM = 10_000.0  # vesicles are tens to hundreds of nm; 10 µm is certainly a slip
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_UNIT_LABELS = {"ug": "µg", "mg": "mg", "particles": "particles", "ul": "µL", "ug_per_kg": "µg/kg",
                "mg_per_kg": "mg/kg", "cells_equivalent": "cell equivalents"}


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, bool) else number_text(value)


def editor(field: str, current: Any) -> dict[str, Any]:
    """The widget for correcting ``field``, prefilled with ``current`` (the value shown).

    Returns ``{"kind": ..., ...}``: ``kind`` is one of ``text``, ``number``, ``select``,
    ``checks``, ``range``, ``size``, ``dose``, ``frequency``, ``eligibility``; the rest
    is what the template needs (options, prefilled parts).
    """
    kind = FIELD_KINDS.get(field, "str")
    cur = current if isinstance(current, Mapping) else {}
    if field == "size_nm":
        return {"kind": "size", "stats": SIZE_STATS, "methods": SIZE_METHODS,
                "parts": {k: _text(cur.get(k)) if k in ("value", "low", "high") else str(cur.get(k) or "")
                          for k in ("value", "low", "high", "stat", "method")}}
    if field == "dose":
        return {"kind": "dose", "units": [(u, _UNIT_LABELS.get(u, u)) for u in DOSE_UNITS], "bases": DOSE_BASES,
                "parts": {"amount": _text(cur.get("amount")), "unit": str(cur.get("unit") or ""),
                          "volume_ul": _text(cur.get("volume_ul")), "basis": str(cur.get("basis") or "")}}
    if field == "frequency":
        return {"kind": "frequency", "parts": {"doses": _text(cur.get("doses")),
                                               "interval_h": _text(cur.get("interval_h"))}}
    if field == "eligibility":
        return {"kind": "eligibility", "options": _DECISIONS, "parts": {"decision": str(cur.get("decision") or "")}}
    if kind == "range":
        return {"kind": "range", "unit": "g" if field == "body_weight_g" else "",
                "parts": {"low": _text(cur.get("low")), "high": _text(cur.get("high"))}}
    if kind == "enum":
        return {"kind": "select", "options": ENUMS.get(field, ()), "value": str(current or "")}
    if kind == "bool":
        return {"kind": "select", "options": ("true", "false"),
                "value": "" if current is None else ("true" if current else "false")}
    if kind == "list_enum":
        chosen = [str(v) for v in current] if isinstance(current, list) else []
        options = LIST_ENUMS.get(field, ())
        return {"kind": "checks", "options": options, "chosen": chosen, "open": field not in _CLOSED_LISTS,
                "more": ", ".join(v for v in chosen if v not in options)}
    if kind in ("int", "float"):
        return {"kind": "number", "value": _text(current), "step": "1" if kind == "int" else "any",
                "hint": "0 = immediately" if field == "timing_post_injury_h" else ""}
    text = ", ".join(str(v) for v in current) if isinstance(current, list) else ("" if current is None else str(current))
    return {"kind": "text", "value": text}


def _number(name: str, text: str, *, minimum: float = 0.0, whole: bool = False,
            maximum: float | None = None) -> float | int | None:
    text = text.strip()
    if not text:
        return None
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    elif text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # a decimal comma: 7,5
    try:
        number = float(text)
    except ValueError:
        raise CellValueError(f"{name} {text[:20]!r} is not a number") from None
    if not math.isfinite(number):
        raise CellValueError(f"{name} must be a finite number")
    if number < minimum:
        raise CellValueError(f"{name} must be at least {minimum:g}")
    if maximum is not None and number > maximum:
        raise CellValueError(f"{name} must be at most {maximum:g}")
    if whole:
        if not number.is_integer():
            raise CellValueError(f"{name} must be a whole number")
        return int(number)
    return int(number) if number.is_integer() else number


def _choice(name: str, text: str, options: Sequence[str], *, required: bool = False) -> str | None:
    text = text.strip()
    if not text:
        if required:
            raise CellValueError(f"choose a {name}")
        return None
    if text not in options:
        raise CellValueError(f"{name} {text[:20]!r} is not one of {', '.join(options)}")
    return text


def value_from_form(field: str, text: str, parts: Mapping[str, str], items: Sequence[str],
                    machine: Any = None) -> Any:
    """The corrected value of ``field`` from the review page's inputs.

    ``text`` is the single ``value`` box (text, number or drop-down fields, and the
    old JSON input); ``parts`` the structured boxes (``p_<name>``, see :data:`PARTS`);
    ``items`` the ticked boxes of a list field. ``machine`` is the machine's value
    (eligibility keeps its criteria when only the decision is corrected).
    Returns None for "nothing entered" (the app records that as a rejection).

    Raises:
        CellValueError: one clear message for the first thing wrong.
    """
    kind = FIELD_KINDS.get(field, "str")
    given = {k: v for k, v in parts.items() if k in PARTS and v.strip()}
    if kind == "list_enum" and (items or given.get("more") or not text.strip()):
        options = LIST_ENUMS.get(field, ())
        extra = [v.strip() for v in given.get("more", "").replace(";", ",").split(",") if v.strip()]
        chosen = [v for v in items if v] + extra
        if field in _CLOSED_LISTS:
            for v in chosen:
                _choice(field.replace("_", " "), v, options)
        return list(dict.fromkeys(chosen)) or None
    if not given:
        return parse_field_text(field, text)
    get = lambda k: given.get(k, "")
    if field == "size_nm":
        value = _number("size", get("value"), maximum=_MAX_SIZE_NM)
        low = _number("lowest size", get("low"), maximum=_MAX_SIZE_NM)
        high = _number("highest size", get("high"), maximum=_MAX_SIZE_NM)
        if value is None and low is None and high is None:
            raise CellValueError("give the size, or its range (low and high), in nm")
        if low is not None and high is not None and low > high:
            raise CellValueError("the lowest size is larger than the highest")
        return {"value": value, "low": low, "high": high, "stat": _choice("statistic", get("stat"), SIZE_STATS),
                "method": _choice("method", get("method"), SIZE_METHODS)}
    if field == "dose":
        amount = _number("amount", get("amount"))
        if amount is None or amount == 0:
            raise CellValueError("give the dose amount (more than 0)")
        return {"amount": amount, "unit": _choice("unit", get("unit"), DOSE_UNITS, required=True),
                "volume_ul": _number("volume", get("volume_ul")),
                "basis": _choice("basis", get("basis"), DOSE_BASES)}
    if field == "frequency":
        doses = _number("number of doses", get("doses"), minimum=1, whole=True)
        interval = _number("interval", get("interval_h"))
        if doses is None:
            raise CellValueError("give the number of doses (1 for a single dose)")
        if interval is not None and interval == 0:
            raise CellValueError("the interval between doses is more than 0 h")
        return {"doses": doses, "interval_h": None if doses == 1 else interval}
    if field == "eligibility":
        decision = _choice("decision", get("decision"), _DECISIONS, required=True)
        base = dict(machine) if isinstance(machine, Mapping) else {"criteria": {}}
        return {**base, "decision": decision}
    if kind == "range":
        low = _number("lowest", get("low"))
        high = _number("highest", get("high"))
        low, high = (high, high) if low is None else (low, low) if high is None else (low, high)
        if low is not None and high is not None and low > high:
            raise CellValueError("the lowest value is larger than the highest")
        return {"low": low, "high": high}
    return parse_field_text(field, text)
