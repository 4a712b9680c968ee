"""Scoring times counted from the first treatment, written as days after the injury.

Many papers date their scoring sessions from the treatment, not the injury: "The first infusion
was given 24 h after injury ... Six days after the first infusion, group C scored 4.1 ± 1.0".
The sheet's day is counted from the injury, so such a time is the treatment's own day plus the
days after it. The treatment's day comes from the methods ("the first dose was given 24 h after
injury", "EVs were injected 3 days after SCI"); when the methods give none, or give two different
ones, a time counted from a treatment is left as written (no shift is better than a wrong one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from miner.extract._numbers import WORD_NUM_RE, word_number
from miner.extract._outcome_time import TIME_LIST, listed_days

__all__ = ["dose_frame", "since_dose_times", "treatment_start_day"]

_TREATMENT: Final = r"(?:injections?|infusions?|administrations?|treatments?|transplantations?|doses?|dosing)"
_INJURY: Final = r"(?:injury|SCI|surgery|contusion|compression|lesion|trauma|transection|hemisection)"
_AMOUNT: Final = rf"(?P<n>\d{{1,3}}+|{WORD_NUM_RE})[\s-]*+(?P<u>h\b|hrs?\b|hours?|days?|d\b|weeks?)"

# "The first infusion was given 24 h after injury", "treatment was started 3 days after SCI",
# "EVs were injected 24 h after the injury", "the first dose was administered at 1 day post-injury".
_START: Final = re.compile(
    rf"\b(?:(?:first|initial|single)\s++{_TREATMENT}|{_TREATMENT}|EVs?|exosomes?|vesicles|sEVs?|Exos?)"
    r"\s++(?:was|were)\s++(?:(?:first|then|intravenously|intrathecally|locally)\s++)?"
    r"(?:given|administered|performed|delivered|started|begun|initiated|injected|infused|transplanted)"
    # "injected via the tail vein 3 days after SCI": a short route between.
    r"(?:\s++(?:via|into|through|in)\s++(?:the\s++)?[a-z-]{1,20}+(?:\s++[a-z-]{1,20}+){0,2}?)?"
    rf"\s++(?:(?:at|on)\s++)?{_AMOUNT}\s++(?:after|post|following)[\s-]*+(?:the\s++)?{_INJURY}\b",
    re.IGNORECASE,
)
# "Six days after the first infusion", "14 days after injection", "two weeks following treatment":
# not after the second or last one (the first's day is the one the methods give).
_SINCE: Final = re.compile(
    rf"\b{_AMOUNT}\s++(?:after|following|post)[\s-]*+(?:the\s++)?(?:(?:first|initial)\s++)?{_TREATMENT}\b"
    # "after injection of vesicles" is the same time; "after the injection site" is no time.
    r"(?![\s-]*+(?:site|volume|route)\b)",
    re.IGNORECASE,
)
_HINT: Final = re.compile(r"after|post|following", re.IGNORECASE)


def _days(n: str, unit: str) -> float | None:
    num = int(n) if n.isdigit() else word_number(n.lower())
    if num is None or num in (0,) and unit.lower().startswith("w"):
        return None
    u = unit.lower()
    if u.startswith("h"):
        return num / 24
    return float(num * 7 if u.startswith("w") else num)


def treatment_start_day(methods: Iterable[str]) -> float | None:
    """The day after the injury the (first) treatment was given, from the methods' sentences;
    None when they give none or disagree."""
    found: set[float] = set()
    for text in methods:
        if not _HINT.search(text):
            continue
        for m in _START.finditer(text):
            day = _days(m["n"], m["u"])
            if day is not None and day <= 400:
                found.add(day)
    return found.pop() if len(found) == 1 else None


# A scoring schedule in the methods: "The BBB scale was applied on days 0, 6, 13 and 27 after ...".
_SCORED: Final = re.compile(r"BBB|BMS|Basso|locomot|open[- ]field|hind-?\s?limb|\bscor(?:e|es|ed|ing)\b", re.IGNORECASE)
# What a schedule is counted from, right after its list.
_FROM_DOSE: Final = re.compile(
    rf"\s*+(?:(?:days?|weeks?)\s++)?(?:after|post|following)[\s-]*+(?:the\s++)?(?:(?:first|initial)\s++)?{_TREATMENT}\b",
    re.IGNORECASE,
)
_FROM_INJURY: Final = re.compile(
    rf"\s*+(?:(?:days?|weeks?)\s++)?(?:after|post|following)[\s-]*+(?:the\s++)?{_INJURY}\b|\s*+(?:dpi|wpi)\b",
    re.IGNORECASE,
)
# "on day 13", "(day 0)": one day written with its keyword, not itself counted from something.
_DAY: Final = re.compile(
    r"\bday\s++(?P<n>\d{1,3}+)\b(?![.,]\d)(?!\s*+(?:after|post|following|of|to|[-\u2013]\s*+\d))",
    re.IGNORECASE,
)


def dose_frame(methods: Iterable[str]) -> frozenset[float]:
    """The days of the methods' scoring schedule when it is counted from the first treatment
    ("BBB on days 0, 6, 13, 20 and 27 after the first infusion"), less any day a schedule counted
    from the injury also names: in such a paper a bare "on day 13" is that schedule's day."""
    dosed: set[float] = set()
    injured: set[float] = set()
    for text in methods:
        if not _SCORED.search(text):
            continue
        for m in TIME_LIST.finditer(text):
            days = listed_days(m)
            if not days:
                continue
            if _FROM_DOSE.match(text, m.end()):
                dosed.update(days)
            elif _FROM_INJURY.match(text, m.end()):
                injured.update(days)
    return frozenset(dosed - injured)


def since_dose_times(text: str, start: float | None, frame: frozenset[float] = frozenset()) -> str:
    """``text`` with each time counted from the first treatment written as the day after the injury
    ("six days after the first infusion" -> "day 7" when the infusion was on day 1); unchanged
    when ``start`` is unknown. ``frame`` are the days of a schedule counted from the treatment
    (``dose_frame``): "on day 13" in such a paper is shifted the same way."""
    if start is None:
        return text
    if frame and "day" in text.lower():
        text = _DAY.sub(
            lambda m: f"day {float(m['n']) + start:g}" if float(m["n"]) in frame else m[0], text
        )
    if not _HINT.search(text):
        return text

    def shift(m: re.Match[str]) -> str:
        day = _days(m["n"], m["u"])
        if day is None:
            return m[0]
        return f"day {day + start:g}"

    return _SINCE.sub(shift, text)
