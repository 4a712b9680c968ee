"""Compare predicted sheet values with gold, field by field, the way a reviewer would.

Rules (one per value shape in the contract):
- enums and strings: equal after case folding and whitespace/dash folding;
- lists: equal as sets (case-folded);
- numbers: within 1% (or 0.01 absolute);
- ranges ``{"low", "high"}``: both ends as numbers;
- ``size_nm``: value/low/high as numbers (absent on both sides is equal) and the
  same ``stat`` when both state one;
- ``dose``: amount and unit (the volume and basis are reported but not scored);
- ``frequency``: doses and interval_h;
- free-text labels (``modification``, ``route_detail``, ``isolation_detail``,
  ``mechanism``): by the facts they state (see ``_labels``), or by wording with
  ``strict=True``.
"""

from __future__ import annotations

import math
import re
from typing import Any

from miner.contract import FIELD_KINDS
from miner.evaluate._labels import FREE_TEXT_FIELDS, labels_match

__all__ = ["normalise_text", "outcome_row_differences", "outcome_rows_match", "values_match"]

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def normalise_text(value: Any) -> str:
    text = _DASHES.sub("-", str(value)).casefold()
    return " ".join(text.split())


def _num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        fa, fb = float(a), float(b)
    except (TypeError, ValueError):
        return False
    if math.isclose(fa, fb, rel_tol=0.01, abs_tol=0.01):
        return True
    return False


def values_match(field: str, predicted: Any, gold: Any, *, strict: bool = False) -> bool:
    """Whether a predicted normalised value is what the gold says.

    ``strict`` compares free-text labels by their wording instead of their facts.
    """
    if predicted is None or gold is None:
        return predicted is None and gold is None
    if field in FREE_TEXT_FIELDS and isinstance(predicted, str) and isinstance(gold, str):
        if strict:
            return normalise_text(predicted) == normalise_text(gold)
        return labels_match(field, predicted, gold)
    kind = FIELD_KINDS.get(field, "str")
    if field == "size_nm":
        if not isinstance(predicted, dict) or not isinstance(gold, dict):
            return False
        for key in ("value", "low", "high"):
            if not _num_eq(predicted.get(key), gold.get(key)):
                return False
        ps, gs = predicted.get("stat"), gold.get("stat")
        return not (ps and gs and ps != gs)
    if field == "dose":
        if not isinstance(predicted, dict) or not isinstance(gold, dict):
            return False
        return _num_eq(predicted.get("amount"), gold.get("amount")) and (
            predicted.get("unit") == gold.get("unit")
        )
    if field == "frequency":
        if not isinstance(predicted, dict) or not isinstance(gold, dict):
            return False
        return _num_eq(predicted.get("doses"), gold.get("doses")) and _num_eq(
            predicted.get("interval_h"), gold.get("interval_h")
        )
    if kind == "range":
        if not isinstance(predicted, dict) or not isinstance(gold, dict):
            return False
        return _num_eq(predicted.get("low"), gold.get("low")) and _num_eq(
            predicted.get("high"), gold.get("high")
        )
    if kind in ("list_enum", "list_str"):
        p = {normalise_text(v) for v in (predicted if isinstance(predicted, list) else [predicted])}
        g = {normalise_text(v) for v in (gold if isinstance(gold, list) else [gold])}
        return p == g
    if kind in ("int", "float"):
        return _num_eq(predicted, gold)
    if kind == "bool":
        return bool(predicted) == bool(gold)
    if kind == "object":
        return predicted == gold
    return normalise_text(predicted) == normalise_text(gold)


def outcome_row_differences(predicted: dict[str, Any], gold: dict[str, Any]) -> set[str]:
    """Which of ``arm``, ``day`` and ``mean`` a predicted outcome row gets wrong (a mean
    within 0.05 is right; a missing mean is wrong)."""
    wrong = set()
    if predicted.get("arm") != gold.get("arm"):
        wrong.add("arm")
    if not _num_eq(predicted.get("day"), gold.get("day")):
        wrong.add("day")
    pm, gm = predicted.get("mean"), gold.get("mean")
    if pm is None or gm is None or abs(float(pm) - float(gm)) > 0.05:
        wrong.add("mean")
    return wrong


def outcome_rows_match(predicted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """An outcome row is right when its arm, day and mean are all right."""
    return not outcome_row_differences(predicted, gold)
