"""A table whose time axis starts at an event after the injury: "day 0 = 72 h after contusion".

Some papers count their scoring days from the first injection, given hours or days after the
injury, and say so beside the table: "(day 0 = 72 h after contusion)", "Day 0 corresponds to
3 days post-injury", "day 0: first injection, 7 d after SCI". The extraction sheet counts days
from the injury, so every time of such a table moves later by that interval; its "Day 0" row
is then a post-injury score (3 days after the injury), not a baseline.

``table_origin_days`` reads that definition from a table's caption or footnote; without one
the table's days are days after the injury, as the sheet records them.
"""

from __future__ import annotations

import re
from typing import Final

from miner.extract._numbers import fold, parse_number

__all__ = ["table_origin_days"]

_INJURY: Final = (
    r"(?:the\s+)?(?:injury|SCI|contusion|compression|surgery|lesion(?:ing)?|trauma|hemisection"
    r"|transection|spinal\s+cord\s+injury|impact)"
)
_UNIT_DAYS: Final = {"h": 1 / 24, "d": 1.0, "w": 7.0}
# "day 0 = 72 h after contusion", "Day 0 corresponds to 3 days post-injury", "day 0 (first
# injection) was 7 d after SCI", "day 0: the day of the first injection, 72 h after injury".
_DAY_ZERO: Final = re.compile(
    r"\b(?:study\s+)?day\s*+0\s*+(?:=|:|,|\(|was|is|being|corresponds\s++to|refers\s++to|denotes)\s*+"
    # An optional gloss naming the event: "the first injection,", "(first injection)".
    r"(?:(?:the\s++)?(?:day\s++of\s++)?(?:the\s++)?(?:first\s++|initial\s++)?"
    r"(?:injection|treatment|transplantation|administration|infusion|dose|EV\s++injection)"
    r"\)?\s*+(?:,|was|is|;)?\s*+)?"
    r"(?:i\.e\.,?\s*+)?"
    r"(?P<n>\d{1,3}(?:\.\d)?)\s*+(?P<u>h|hrs?|hours?|d|days?|w|wks?|weeks?)\s++"
    rf"(?:after|post[- ]?|following)\s*+{_INJURY}\b",
    re.IGNORECASE,
)
# The injury itself is the origin ("day 0 = day of injury"): nothing to move.
_MAX_DAYS: Final = 60.0


def table_origin_days(*texts: str | None) -> float:
    """Days from the injury to the table's day 0 that its caption or footnote defines, else 0.

    >>> table_origin_days("BBB scores (day 0 = 72 h after contusion).")
    3.0
    >>> table_origin_days("BBB scores at days 1-28 after SCI.")
    0.0
    """
    found: set[float] = set()
    for t in texts:
        if not t or "0" not in t:
            continue
        for m in _DAY_ZERO.finditer(fold(t)[:4000]):
            n = parse_number(m["n"])
            if n is None:
                continue
            days = n * _UNIT_DAYS[m["u"][0].lower()]
            if 0 < days <= _MAX_DAYS:
                found.add(round(days, 3))
    # Two different origins beside one table: which rows each speaks for is unknown.
    return found.pop() if len(found) == 1 else 0.0
