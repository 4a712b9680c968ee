"""From a rule's raw score to a confidence that means "probability this value is right".

The raw score of a candidate (rule strength x section weight x agreement) orders
values well but is not a probability. ``CALIBRATION`` maps raw-score bins to the
precision measured on the *tune* split of the gold corpus (never the held-out
one) with ``python -m miner.extract.tune --raw``.

The tune documents are the ones the rules were written against, so their
precision is optimistic. Each bin's confidence is therefore not the observed
precision but its one-sided 95% Wilson lower bound, ``k / (k + 2.69)`` when all
``k`` values of a bin were right: a bin measured on few values cannot claim much,
whatever it scored. Bins are pooled over fields because ten documents give at
most ten values per field.
"""

from __future__ import annotations

import math
from typing import Final

__all__ = ["CALIBRATION", "RULE_RELIABILITY", "calibrate", "wilson_lower"]


def wilson_lower(right: int, total: int, z: float = 1.645) -> float:
    """One-sided lower confidence bound of a proportion (Wilson score interval)."""
    if total <= 0:
        return 0.0
    p = right / total
    denom = 1 + z * z / total
    centre = p + z * z / (2 * total)
    spread = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return max(0.0, (centre - spread) / denom)


# Raw-score bins measured on the tune split (10 documents, extractor 0.2.0, shipped
# NER + lexicon). Counts are right/total of the values emitted in each raw bin:
#   raw <  0.70:  13/13  -> 0.83
#   raw >= 0.70: 102/102 -> 0.97   (0.70-0.80: 24/24 + 78/78)
#   raw >= 0.80: 141/141 -> 0.98   (51 + 19 + 51 + 20 metadata values)
# (Before this calibration, the same rules were right 193/208 times on these
# documents; the errors then were in the 0.70-0.80 band: 9 of 43 wrong.)
_BINS_ALL: Final = (
    (0.0, round(wilson_lower(13, 13), 3)),
    (0.7, round(wilson_lower(102, 102), 3)),
    (0.8, round(wilson_lower(141, 141), 3)),
)
CALIBRATION: Final[dict[str, tuple[tuple[float, float], ...]]] = {"*": _BINS_ALL}

# Raw strength of rules that are not scored per sentence. Page-one bibliographic
# rules were right 30/30 on tune (author line 10/10, citation line 20/20); their
# strength is the Wilson lower bound of those counts.
RULE_RELIABILITY: Final[dict[str, float]] = {
    "biblio.author_line": round(wilson_lower(10, 10), 3),
    "biblio.citation_line": round(wilson_lower(20, 20), 3),
}

# Per-rule ceilings: rules measured on too few tune values to support the
# pooled bin (right/total on tune -> Wilson lower bound).
_RULE_CAP: Final[dict[str, float]] = {
    "biblio.author_line": round(wilson_lower(10, 10), 3),
    "biblio.citation_line": round(wilson_lower(20, 20), 3),
}

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
    cap = _RULE_CAP.get(extractor)
    if cap is not None:
        conf = min(conf, cap)
    return round(max(0.0, min(1.0, conf)), 3)
