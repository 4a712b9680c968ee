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


# Raw-score bins measured on the *combined* tune splits (corpus_samples tune, 10 PDFs,
# and corpus_samples/external tune, 5 studies x PDF + JATS = 10 documents), extractor
# 0.3.0, shipped NER + lexicon, ``python -m miner.extract.tune <corpus> --raw``.
# Counts are right/total of the values emitted in each raw bin (mechanism apart):
#   raw <  0.50:  20/20   (samples 4/4, external 16/16)            -> 0.88, capped 0.60
#   raw 0.50-0.70: 47/47  (samples 14/14, external 33/33)          -> 0.95, capped 0.85
#   raw >= 0.70: 437/439  (0.70-0.80: 192/192; >= 0.80: 245/247)   -> 0.978
# The two errors: western blot counted for one external study whose gold omits its
# immunoblot (PDF and JATS). Round 1 (samples only) was 256/256; on the external tune
# split those same rules were right 241/268 before this round's changes.
# Weak raw scores come from context-poor rules; tune documents flatter them, so their
# bins claim less than measured (a ceiling), never more: "unsure" stays visibly low.
# Re-measured with extractor 0.12.0 on the tune splits of all 35 tune corpora pooled
# (13,060 values, ``python -m miner.extract.tune <35 dirs> --raw``), precision per raw bin:
# < 0.50 0.92 (378), 0.50-0.60 0.98 (586), 0.60-0.70 0.96 (738), 0.70-0.75 0.95 (1054),
# >= 0.75 1.00 (10,304). Tune papers flatter the rules, so the bins were not raised to
# these: on five sets by new hands scored at first sight, before anyone tuned on them
# (quill, ridge, lumen, delta, spruce; extractor 0.11.0), values the bins put at 0.95 or
# more were right 1314/1334 (0.985), at 0.80-0.90 200/213 (0.94), at 0.50-0.70 37/45, so
# the bins below stay what unseen papers bear out.
_BINS_ALL: Final = (
    (0.0, min(0.6, round(wilson_lower(20, 20), 3))),
    (0.5, min(0.85, round(wilson_lower(47, 47), 3))),
    (0.7, round(wilson_lower(437, 439), 3)),
)
# The mechanism is free text compared exactly; right 10/11 on tune (external 10/10,
# samples 0/1), but unseen papers paraphrase: a pointer for the reviewer, never above 0.5.
CALIBRATION: Final[dict[str, tuple[tuple[float, float], ...]]] = {
    "*": _BINS_ALL,
    "mechanism": ((0.0, 0.3), (0.55, 0.4), (0.6, 0.5)),
}

# Raw strength of rules that are not scored per sentence. Page-one bibliographic
# rules were right 45/45 on the combined tune splits (author line 15/15, citation
# line 30/30); their strength is the Wilson lower bound of those counts.
RULE_RELIABILITY: Final[dict[str, float]] = {
    "biblio.author_line": round(wilson_lower(15, 15), 3),
    "biblio.citation_line": round(wilson_lower(30, 30), 3),
}

# Per-rule ceilings (right/total on the combined tune splits -> Wilson lower bound):
# rules that infer rather than read a value stay low however often they were right,
# because they fired only a few times: a device implies the injury model (2/2),
# "immediately" with no anchor (2/2). The highest arm kept from a dose-ranging design
# that names no primary arm and the single dose implied by one time point did not
# fire on tune (the one dose-ranging study names its primary arm: ``dose.*.primary``,
# 2/2, pooled): they get a deliberately low ceiling.
_INFERRED: Final = round(wilson_lower(2, 2), 3)
# Unmeasured: never above this.
_UNMEASURED_CAP: Final = 0.85
_RULE_CAP: Final[dict[str, float]] = {
    "biblio.author_line": round(wilson_lower(15, 15), 3),
    "biblio.citation_line": round(wilson_lower(30, 30), 3),
    "biblio.citation_author": _UNMEASURED_CAP,
    "injury_model.device": _INFERRED,
    "timing.immediate": _INFERRED,
    **{
        f"dose.{unit}.ranging": _INFERRED
        for unit in ("ug", "mg", "particles", "ul", "ug_per_kg", "mg_per_kg", "cells_equivalent")
    },
    "frequency.implied_single": 0.6,
}



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
