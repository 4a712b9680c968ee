"""From a rule's raw score to a confidence that means "probability this value is right".

The raw score of a candidate (rule strength x section weight x agreement) orders
values well but is not a probability. ``CALIBRATION`` maps raw-score bins to the
observed precision on the *tune* split of the gold corpus (never the held-out
one), measured with ``python -m miner.extract.tune``. Until a bin has been
measured, the raw score is shrunk toward 0.5 so that an unmeasured rule never
claims >= 0.9.
"""

from __future__ import annotations

from typing import Final

__all__ = ["CALIBRATION", "calibrate"]

# (lower bound of raw-score bin, observed precision on tune gold). Ascending.
# Per-field tables override the default when a field behaves differently.
CALIBRATION: Final[dict[str, tuple[tuple[float, float], ...]]] = {}

# Unmeasured: never above this.
_UNMEASURED_CAP: Final = 0.85


def calibrate(field: str, raw: float, extractor: str = "") -> float:
    """Calibrated confidence in [0, 1] for a raw score of ``field``'s rule."""
    raw = max(0.0, min(1.0, raw))
    table = CALIBRATION.get(field) or CALIBRATION.get("*")
    if not table:
        return round(min(_UNMEASURED_CAP, 0.5 + 0.4 * raw), 3)
    conf = table[0][1]
    for lower, precision in table:
        if raw >= lower:
            conf = precision
    return round(max(0.0, min(1.0, conf)), 3)
