"""How long a repeated schedule ran, and the passes that complete a schedule read in part.

Used by ``miner.extract._schedule``: the span vocabulary ("for 7 days", "from day 1 to
day 7", "until day 14") and the doses it implies at an interval, and the passes over
the schedules found in a text (a dated first dose before "then daily ...", an interval
taken from the listed days, a span a few words after an interval stated alone, two
halves of one statement merged).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from typing import Final

from miner.extract._num_timepoints import (
    _BARE_DAY_LIST,
    _T_ITEM,
    _TIME_UNIT,
    _listed_hours,
    _time_lists,
)
from miner.extract._numbers import word_number
from miner.extract._qbase import _F, _INT_OR_WORD, Quantity

# The time unit without its group name, for patterns that repeat it.
_TU = _TIME_UNIT.replace("(?P<u>", "(?:")
_DUR = rf"(?P<dn>{_INT_OR_WORD}|\ban?)\s*(?:consecutive\s+|successive\s+)?(?P<du>days?|d|weeks?|wks?|months?)\b"
# "... weekly for a total of 4 doses": the count is stated outright.
_TOTAL = rf"(?:\s*,?\s*(?:for\s+)?a\s+total\s+of\s+(?P<tot>{_INT_OR_WORD})\s+(?:doses|injections|administrations|infusions|treatments))"
# How long a repeated schedule ran: "for 7 days", "for the first 3 days", "over the next
# two weeks", "for 7 days in succession", "from day 1 to day 7", "until day 14".
_SPAN = (
    # The comma and spaces before it taken once, whichever way the span is written.
    rf"(?:\s*+,?\s*+(?:(?:for|over|during)\s+(?:a\s+(?:period|course)\s+of\s+)?(?:a\s+total\s+of\s+)?(?:the\s+)?"
    rf"(?:next\s+|first\s+|following\s+|subsequent\s+|initial\s+)?{_DUR}(?:\s+(?:in\s+(?:succession|a\s+row)|consecutively))?"
    rf"|(?:(?:from|on|between)\s+day\s+(?P<d0>\d{{1,3}})\s*(?:to|until|through|till|-|and)\s*(?:day\s+)?|(?:(?:from|on|between)\s+)?days\s+(?P<d0b>\d{{1,3}})\s*(?:-|to|until|through|and)\s*)(?P<d1>\d{{1,3}})\b(?!\s*,)"
    rf"|(?:until|till|up\s+to|through)\s+day\s+(?P<until>\d{{1,3}})"
    # "for the first week", "over the next month": one unit, unnumbered
    rf"|(?:for|over|during)\s+the\s+(?:first|next|following)\s+(?P<du1>week|month)\b))"
)
_ORDINALS: Final = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_ORD = rf"(?:{'|'.join(_ORDINALS)})"
# A span a few words after an interval stated alone: "daily via the tail vein over five days".
# The words before the span never end inside a run of spaces (a span that could start
# there starts at the run's first space, tried before), so a run of spaces is not
# rescanned from each of its characters.
_SPAN_AHEAD = re.compile(rf"(?:|[^.;]{{0,59}}?(?:[^.;\s]|\s(?!\s)))(?P<span>{_SPAN})", _F)
# Words that start another statement between the interval and a span ("daily, and rats
# were observed for 28 days"): the span then belongs to that statement.
_GAP_STOP = re.compile(
    r"\band\b|\bthen\b|\bwhile\b|\bwhereas\b|\brats?\b|\bmice\b|\banimals\b|observ|follow|assess|monitor|sacrific|"
    r"evaluat|record",
    _F,
)


def _count(raw: str | None) -> int | None:
    if raw is None:
        return None
    return 1 if raw.strip().lower() in ("a", "an") else word_number(raw)


def _duration_h(n: int | None, unit: str | None) -> float | None:
    if n is None or unit is None:
        return None
    u = unit.lower()
    # A month is four weeks to a weekly schedule and 30 days to a daily one; 672 h
    # gives 4 weekly doses and 28 daily ones (the weekly case is the common one).
    return n * (24.0 if u.startswith("d") else 168.0 if u.startswith("w") else 672.0)


def _span_doses(g: dict[str, str | None], interval_h: float) -> int | None:
    """Doses of a schedule repeated every ``interval_h`` over the span ``_SPAN`` matched."""
    first, last = g.get("d0") or g.get("d0b"), g.get("d1")
    if first is not None and last is not None:
        # "daily from day 1 to day 7": both ends are dosing days.
        days = int(last) - int(first)
        if days <= 0:
            return None
        return int(days * 24.0 // interval_h) + 1
    if g.get("du1"):
        return _doses_over(_duration_h(1, g["du1"]), interval_h)
    if g.get("until"):
        return _doses_over(int(g["until"] or 0) * 24.0, interval_h)
    return _doses_over(_duration_h(_count(g.get("dn")), g.get("du")), interval_h)


def _doses_over(duration_h: float | None, interval_h: float) -> int | None:
    if duration_h is None:
        return None
    # Doses at t = 0, interval, 2*interval, ... strictly inside the period:
    # "every other day for 14 days" is days 0, 2, ..., 12 = 7 doses.
    return max(1, math.ceil(duration_h / interval_h - 1e-9))


# "...; no further doses were given": the one dose already described was the only one.
# Read only where the text states no schedule of its own.
_NO_MORE: Final = re.compile(
    r"\bno\s+(?:further|additional|more|other|repeat(?:ed)?|subsequent|second)\s+(?:\w+\s+)?"
    r"(?:doses?|dosing|injections?|administrations?|treatments?|infusions?)\b",
    _F,
)
# A first dose dated before a repeated schedule: "1 h after SCI and then daily ...",
# "immediately after injury and then once daily ...", "the first dose ..., followed by ...".
_FIRST_DOSE_BEFORE: Final = re.compile(
    rf"(?:{_T_ITEM}|\bimmediately|\bright\s+after|\bdirectly\s+after|\bfirst\s+(?:dose|injection|administration|infusion))"
    rf"[^.;]{{0,80}}?\b(?:then|followed\s+by)\s*,?\s*$",
    _F,
)
_NEXT_SPAN: Final = re.compile(r"\b(?:next|following|subsequent)\b", _F)


def _after_first_dose(q: Quantity, f: str) -> Quantity:
    """A repeated schedule "then ... for the next N days" after a dated first dose: the
    span counts the repeats only, so the first dose is one more."""
    v = q.value
    if not v["doses"] or v["interval_h"] is None or not _NEXT_SPAN.search(f, q.start, q.end):
        return q
    if _FIRST_DOSE_BEFORE.search(f[max(0, q.start - 140) : q.start]) is None:
        return q
    return Quantity("frequency", {**v, "doses": v["doses"] + 1}, q.start, q.end, q.text)


def needs_listed_interval(q: Quantity) -> bool:
    """``q`` counts two or more doses and states no interval (``_with_listed_interval``)."""
    v = q.value
    return v["interval_h"] is None and bool(v["doses"]) and v["doses"] >= 2


def time_lists_of(f: str) -> list[re.Match[str]]:
    """Every list of times in ``f``, bare day lists ("days 1, 3 and 7") included."""
    return [*_time_lists(f), *_BARE_DAY_LIST.finditer(f)]


def _with_listed_interval(
    q: Quantity, lists: Sequence[re.Match[str]], f: str, text: str
) -> Quantity:
    """A count stated beside the days it names ("on days 1, 4 and 7 post-injury (three
    doses)"): the equally spaced list of as many times, in the same clause, gives the
    interval. ``lists`` are ``time_lists_of(f)``, found once per text."""
    v = q.value
    if not needs_listed_interval(q):
        return q
    clause = _clause_id(f, q.start)
    for m in lists:
        if _clause_id(f, m.start()) != clause or abs(m.start() - q.start) > 120:
            continue
        hours = _listed_hours(m)
        gaps = {round(b - a, 3) for a, b in itertools.pairwise(hours)}
        if len(hours) == v["doses"] and len(gaps) == 1 and (step := gaps.pop()) > 0:
            a, b = min(q.start, m.start()), max(q.end, m.end())
            return Quantity("frequency", {**v, "interval_h": step}, a, b, text[a:b])
    return q


_CLAUSE_END = re.compile(r"[.;](?:\s|$)")


def _clause_id(f: str, pos: int) -> int:
    """Which clause of ``f`` holds ``pos``: the count of clause ends before it."""
    return len(_CLAUSE_END.findall(f, 0, pos))


def _extend_to_span(q: Quantity, f: str, text: str) -> Quantity:
    """An interval stated alone ("daily") completed by the span a few words later in its
    clause ("daily via the tail vein over five days"), unless another statement starts between."""
    if q.value["doses"] is not None or q.value["interval_h"] is None:
        return q
    m = _SPAN_AHEAD.match(f, q.end, min(len(f), q.end + 140))
    if m is None or _GAP_STOP.search(f, q.end, m.start("span")):
        return q
    doses = _span_doses(m.groupdict(), q.value["interval_h"])
    if doses is None or doses > 60:
        return q
    return Quantity(
        "frequency",
        {"doses": doses, "interval_h": q.value["interval_h"]},
        q.start,
        m.end(),
        text[q.start : m.end()],
    )


_STATED_TOTAL = re.compile(r"\btotal\b|\bin\s+all\b|\baltogether\b|\boverall\b", _F)


def _merge_partial(found: list[Quantity], f: str, text: str) -> list[Quantity]:
    """One schedule from two halves of one statement: "every other day, five injections in
    all", "repeated once daily (three injections in total)" say the interval and the count
    apart; read together they are the schedule. Only halves not split by a sentence or
    clause end are joined, and only when each half is alone of its kind. A count stated as
    the total ("1 h after compression and then once daily for the next two days (three
    injections in total)") is the count, whatever the span beside it seemed to say."""
    counts = [q for q in found if q.value["interval_h"] is None and (q.value["doses"] or 0) >= 2]
    total = len(counts) == 1 and bool(
        _STATED_TOTAL.search(f, max(0, counts[0].start - 15), min(len(f), counts[0].end + 15))
    )
    gaps = [
        q
        for q in found
        if q.value["interval_h"] is not None and (q.value["doses"] is None or total)
    ]
    if len(counts) != 1 or len(gaps) != 1:
        return found
    a, b = sorted((counts[0], gaps[0]), key=lambda q: q.start)
    if re.search(r"[.;](?:\s|$)", f[a.end : b.start]) or b.start - a.end > 120:
        return found
    value = {"doses": counts[0].value["doses"], "interval_h": gaps[0].value["interval_h"]}
    merged = Quantity("frequency", value, a.start, b.end, text[a.start : b.end])
    return sorted([q for q in found if q is not a and q is not b] + [merged], key=lambda q: q.start)
