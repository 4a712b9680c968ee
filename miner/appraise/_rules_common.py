"""Shared pieces of the appraisal sentence rules: the finding record, regex helpers, negation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["Finding", "Gate", "W", "negated", "rx"]

_I = re.IGNORECASE
W = r"(?:[\w'-]+\s+)"  # one word and its trailing space


@dataclass(frozen=True, slots=True)
class Finding:
    """One judgement from one sentence: a ``rob_*`` domain or ``reported_*`` item, its value, a confidence."""

    item: str
    value: str | bool
    confidence: float


def rx(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled case-insensitively, as every rule reads."""
    return re.compile(pattern, _I)


class Gate:
    """A keyword prefilter: does a lower-cased sentence contain any of ``stems``?

    Plain substring tests, not one regex of alternatives: the same answer as
    ``re.compile("|".join(map(re.escape, stems))).search(low)``, at about half the
    cost (C substring search, stopping at the first stem found), and it runs a
    dozen times for every sentence of every paper.
    """

    __slots__ = ("stems",)

    def __init__(self, *stems: str) -> None:
        self.stems: tuple[str, ...] = stems

    def search(self, low: str) -> bool:
        """True when ``low`` (already lower-cased) holds one of the stems."""
        for stem in self.stems:
            if stem in low:
                return True
        return False


# --- negation ----------------------------------------------------------------
# A cue in the same clause, shortly before the keyword or right after it.
# "not involved", "not significantly different" and "not aware of" are not denials
# of the item ("not aware of the groups" is blinding).
_NEG_CUE: Final = rx(
    # "approval No. 2019-117" / "licence no: 70/8745" number a document, they deny nothing.
    r"\b(?:not|no(?!\.|\s*[:#]|\s+\d)|never|without|neither|nor|cannot|lack(?:ed|ing)?|absence\s+of|n't)\b"
    r"(?!\s+(?:involved|only|significant\w*|differ\w*|aware|knowing|know|informed|told|privy|different|been\s+informed))"
)
_CLAUSE_BREAK: Final = re.compile(r"[;:,()]|\b(?:but|whereas|although|while|however)\b", _I)


def negated(text: str, start: int, end: int, before: int = 6, after: int = 4) -> bool:
    """A negation cue within ``before`` words ahead of / ``after`` words behind the match, same clause."""
    head = text[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    words_before = head[cut:].split()[-before:]
    tail = text[end:]
    brk = _CLAUSE_BREAK.search(tail)
    words_after = (tail[: brk.start()] if brk else tail).split()[:after]
    window = " ".join([*words_before, text[start:end], "|", *words_after])
    return bool(_NEG_CUE.search(window))
