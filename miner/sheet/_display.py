"""Values as a person reads them: ``121.3 nm (mean, NTA)`` rather than JSON.

Used by the review page and the xlsx (the ``__readable`` columns and the
``evidence`` sheet). Display only: nothing here is parsed back. The machine-
readable cell that ``miner sheet import`` reads is written by ``_cells`` /
``writers.cell_text``.

Every function is total: a value of an unexpected shape (an old store, a
hand-edited decision) falls back to compact JSON instead of raising.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from miner.contract import FIELD_KINDS

__all__ = ["display_value", "number_text"]

# The contract's dose units as people write them.
_DOSE_UNITS = {
    "ug": "µg", "mg": "mg", "particles": "particles", "ul": "µL",
    "ug_per_kg": "µg/kg", "mg_per_kg": "mg/kg", "cells_equivalent": "cell equivalents",
}
_EN_DASH = "\u2013"


def number_text(value: Any) -> str:
    """A number without noise: ``121.3``, ``200`` (not ``200.0``), ``1 × 10^10`` for huge counts."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if abs(value) >= 1e6:
        # Particle counts: 1e10 reads as "1 × 10^10"; keep up to three significant digits.
        exponent = math.floor(math.log10(abs(value)))
        mantissa = value / 10**exponent
        m = f"{mantissa:.2f}".rstrip("0").rstrip(".")
        return f"{m} × 10^{exponent}"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _is_num(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _range(low: Any, high: Any, unit: str) -> str | None:
    if _is_num(low) and _is_num(high):
        if low == high:
            return f"{number_text(low)} {unit}"
        return f"{number_text(low)}{_EN_DASH}{number_text(high)} {unit}"
    if _is_num(low):
        return f">= {number_text(low)} {unit}"
    if _is_num(high):
        return f"<= {number_text(high)} {unit}"
    return None


def _size(v: Mapping[str, Any]) -> str | None:
    qualifiers = [str(v[k]) for k in ("stat", "method") if v.get(k)]
    parts = []
    if _is_num(v.get("value")):
        parts.append(f"{number_text(v['value'])} nm" + (f" ({', '.join(qualifiers)})" if qualifiers else ""))
        qualifiers = []
    span = _range(v.get("low"), v.get("high"), "nm")
    if span is not None:
        if parts:
            span = "range " + span
        elif qualifiers:
            # A range alone: only the method qualifies it (a range has no mean/median).
            method = v.get("method")
            span += f" ({method})" if method else ""
        parts.append(span)
    return "; ".join(parts) or None


def _dose(v: Mapping[str, Any]) -> str | None:
    amount, unit, basis = v.get("amount"), v.get("unit"), v.get("basis")
    text = ""
    if _is_num(amount):
        unit_text = _DOSE_UNITS.get(str(unit), str(unit or "")).strip()
        text = f"{number_text(amount)} {unit_text}".strip()
        # "200 µg protein"; a particle count or a volume already says what it is.
        if basis == "protein" and unit in ("ug", "mg", "ug_per_kg", "mg_per_kg"):
            text += " protein"
    if _is_num(v.get("volume_ul")) and unit != "ul":
        text = (text + " in " if text else "") + f"{number_text(v['volume_ul'])} µL"
    return text or None


def _frequency(v: Mapping[str, Any]) -> str | None:
    doses, interval = v.get("doses"), v.get("interval_h")
    if doses == 1:
        return "single dose"
    parts = []
    if _is_num(doses):
        parts.append(f"{number_text(doses)} doses")
    if _is_num(interval):
        parts.append(f"every {number_text(interval)} h")
    return ", ".join(parts) or None


def _eligibility(v: Mapping[str, Any]) -> str | None:
    decision = v.get("decision")
    criteria = v.get("criteria")
    if not decision:
        return None
    if not isinstance(criteria, Mapping) or not criteria:
        return str(decision)
    statuses = [c.get("status") if isinstance(c, Mapping) else None for c in criteria.values()]
    met = statuses.count("met")
    detail = f"{met}/{len(statuses)} criteria met"
    for status in ("not_met", "unclear"):
        if statuses.count(status):
            detail += f", {statuses.count(status)} {status.replace('_', ' ')}"
    return f"{decision} ({detail})"


def _timing(value: Any) -> str:
    if value == 0:
        return "0 h (immediately)"
    text = f"{number_text(value)} h"
    if value >= 48 and float(value) % 24 == 0:
        text += f" ({number_text(value / 24)} days)"
    return text


def display_value(field: str, value: Any) -> str:
    """``value`` of the study field ``field`` as a person reads it ("" for no value).

    Examples: size_nm ``121.3 nm (mean, NTA)`` or ``30–150 nm``; dose
    ``200 µg protein in 200 µL``; body_weight_g ``200–250 g``; frequency
    ``7 doses, every 24 h`` / ``single dose``; timing ``0 h (immediately)``;
    lists ``CD9, CD63, TSG101``; eligibility ``include (6/6 criteria met)``.
    """
    if value is None:
        return ""
    kind = FIELD_KINDS.get(field, "str")
    text: str | None = None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Mapping):
        if field == "size_nm":
            text = _size(value)
        elif field == "dose":
            text = _dose(value)
        elif field == "frequency":
            text = _frequency(value)
        elif field == "eligibility":
            text = _eligibility(value)
        elif kind == "range":
            text = _range(value.get("low"), value.get("high"), "g" if field == "body_weight_g" else "")
            text = text.strip() if text else None
        return text if text is not None else _json(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if field == "timing_post_injury_h" and _is_num(value):
        return _timing(value)
    if _is_num(value):
        return number_text(value)
    return str(value)
