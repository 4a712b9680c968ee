"""The sample-size item told as a power calculation by its parts (split from ``_rules``)."""

from __future__ import annotations

import re
from typing import Final

from miner.appraise._rules_common import rx as _rx

__all__ = ["power_statement"]

# A power calculation told by its parts, without "power analysis" or "sample size
# calculation": a power value, a significance level or an effect to detect, the number
# of animals, and a planning verb ("Eight rats per group were required to detect an
# effect size of 1.5 with 90% power"; "Group size was chosen to give 80% power at
# alpha = 0.05 for a 2-point difference"). A laser's "80% power" has no alpha or effect
# and no group size; "the study had 40% power" afterwards is post hoc, not planning.
_POWER_VALUE: Final = _rx(
    r"\b\d{2}(?:\.\d+)?\s?%\s+(?:statistical\s+)?power\b"
    r"|\bpower\s+(?:of\s+|(?:was\s+)?set\s+(?:at|to)\s+|=\s*|:\s*|at\s+|level\s+of\s+)?(?:\d{2}(?:\.\d+)?\s?%|0?\.\d{1,2}\b)"
    r"|\b1\s?[-\u2212\u2013]\s?[β\u03b2]\s*\)?\s*(?:=|of)\s*0?\.\d{1,2}\b"
)
_POWER_ALPHA_OR_EFFECT: Final = _rx(
    r"[α\u03b1]\s*(?:=|<|≤|:|of|at|was)?\s*0?\.0\d|\balpha\b|\bsignificance\s+(?:level|threshold)|\btype\s+I\s+error"
    r"|\beffect\s+sizes?\b|\bCohen[’']?s\s+d\b|\bdetect\w*|\bdifferences?\b"
)
_POWER_SIZE: Final = _rx(
    r"\b(?:sample|group)\s+sizes?\b|\bper\s+group\b|\b(?:in|for)\s+each\s+group\b|\bn\s*=\s*\d+"
    r"|\bnumber\s+of\s+(?:rats|animals|mice)\b|\b(?:rats|animals|mice)\s+(?:\w+\s+){0,2}?(?:were\s+)?(?:required|needed|necessary|sufficient)\b"
)
_POWER_PLANNING: Final = _rx(
    r"\b(?:required|needed|necessary|sufficient|chosen|selected|planned|designed|calculated|determined|estimated|computed)\b"
    r"|\bto\s+(?:give|provide|achieve|obtain|ensure|yield|reach|attain|detect)\b|\ba\s+priori\b"
)
_POWER_POST_HOC: Final = _rx(
    r"\bpost[-\s]?hoc\s+(?:statistical\s+)?power|\bpower\s+(?:\w+\s+){0,3}?post[-\s]?hoc\b"
    r"|\b(?:achieved|observed|retrospective)\s+power|\b(?:had|has|have|only)\s+(?:an?\s+)?(?:\w+\s+)?\d{2}(?:\.\d+)?\s?%\s+power"
)
# Another study's power ("Lee et al. needed ten rats per group for 80% power", "[12]"); "our
# previous study" is where this study's own estimate came from, not another's calculation.
_POWER_OTHERS: Final = _rx(
    r"\bet\s+al\b|(?<!\bour\s)(?<!\bmy\s)\b(?:previous|prior|earlier)\s+(?:\w+\s+){0,2}?(?:studies|reports|trials|authors)\b"
    r"|\b(?:other|others'|published|future)\s+(?:\w+\s+){0,2}?(?:studies|study|reports|trials|work|experiments|authors)\b|\[\d"
)
# The planning verb must govern the power value: near it, in the same clause ("sonicated at 20%
# power; n = 3 per group; differences were determined by ANOVA" plans nothing).
_PLANNING_REACH: Final = 60
_CLAUSE_END: Final = re.compile(r";|\.\s")


def power_statement(text: str) -> re.Match[str] | None:
    """The planning verb of a power calculation told by its parts, or None."""
    if not _POWER_ALPHA_OR_EFFECT.search(text) or not _POWER_SIZE.search(text):
        return None
    if _POWER_POST_HOC.search(text) or _POWER_OTHERS.search(text):
        return None
    for value in _POWER_VALUE.finditer(text):
        if re.search(r"\bset\b", value.group(0), re.IGNORECASE):
            return value  # "Power was set at 0.8": the value is the plan
        for plan in _POWER_PLANNING.finditer(text):
            lo, hi = (plan.end(), value.start()) if plan.end() <= value.start() else (value.end(), plan.start())
            if hi - lo <= _PLANNING_REACH and not _CLAUSE_END.search(text, lo, hi):
                return plan
    return None
