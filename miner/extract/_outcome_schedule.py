"""The unit of a table's bare time labels, from the schedule the paper states.

Many tables head their time columns (or rows) with bare numbers ("Group | 1 | 3 | 7 | 14 | 28")
and leave the unit to the caption, the footnote or the methods: "BBB scores at weeks 1–8",
"scored at 1, 3, 7, 14 and 28 days", "on days 1, 3, 7 and 14", "weekly for eight weeks". The
unit is taken from a schedule only when that schedule holds every number of the table; a time
that holds one of them ("one rat died in week 2") says nothing, and when day and week
schedules both hold them the unit stays unknown (no rows rather than wrong days).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from miner.extract._numbers import fold, word_number
from miner.extract._outcome_time import SENTENCE_BREAK, TIME_LIST, listed_days
from miner.parse.model import BlockKind, ParsedDocument, SectionKind

__all__ = [
    "NO_SCHEDULES",
    "RunningSchedules",
    "bare_numbers",
    "bare_time_unit",
    "doc_schedules",
    "running_schedules",
    "schedule_texts",
]

# "weeks 1–8", "days 1 to 28", "days 1-56"
_KW_RANGE: Final = re.compile(
    r"\b(?P<u>days?|weeks?|wks?)\s+(?P<a>\d{1,3})\s*(?:–|—|-|to|through|until)\s*(?P<b>\d{1,3})\b",
    re.IGNORECASE,
)
# "1–8 weeks", "1 to 28 days post-injury"
_RANGE_KW: Final = re.compile(
    r"\b(?P<a>\d{1,3})\s*(?:–|—|-|to)\s*(?P<b>\d{1,3})\s*(?P<u>days|weeks|wks|dpi|wpi)\b",
    re.IGNORECASE,
)
# "weekly for 8 weeks", "once a week until week 8", "every day for seven days", "daily up to day 7"
_EVERY: Final = re.compile(
    r"\b(?P<f>weekly|every\s+week|each\s+week|once\s+a\s+week|daily|every\s+day|each\s+day)\b"
    r"[^.;]{0,60}?\b(?:for|until|till|up\s+to|over|through|to)\s+(?:the\s+)?(?:following\s+|first\s+|next\s+)?"
    r"(?:(?P<n>\d{1,3}|[a-z]+)\s+(?P<u>weeks?|days?)|(?P<u2>week|day)\s+(?P<n2>\d{1,3}))\b",
    re.IGNORECASE,
)
_MAX_SPAN: Final = 120  # a range longer than this is no schedule of scoring sessions

# An open-ended repeat after a list of sessions: "days 1, 3, 7 and weekly thereafter", "and then
# once a week to 8 weeks", "every 7 days until day 56". Step in days, end when stated.
_OPEN: Final = re.compile(
    r"\b(?:(?P<wk>weekly|(?:every|each|once\s+(?:a|per|every))\s+week|at\s+(?:weekly|7-day)\s+intervals)"
    r"|every\s+(?P<k>\d{1,2}|seven|fourteen|ten|five|three|two)\s+days"
    r"|every\s+(?P<kw>two|three|four|2|3|4)\s+weeks|every\s+other\s+week(?P<other>))\b"
    r"(?:\s*+,?\s*+(?P<after>thereafter|afterwards?|after\s+that|from\s+then\s+on))?"
    r"(?:[^.;]{0,40}?\b(?:until|till|up\s+to|through|to|for|over)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(?:(?P<eu>day|week)\s+(?P<en>\d{1,3})|(?P<en2>\d{1,3}|[a-z]+)(?:th)?\s+(?P<eu2>weeks?|days?|wpi|dpi)))?",
    re.IGNORECASE,
)
# A sentence about dosing, care or weighing speaks for no scoring session unless it names the
# locomotor score itself ("injected on days 1, 3 and 7 and weekly thereafter").
_NOT_SCORING: Final = re.compile(
    r"\b(?:inject\w*|administ\w*|infus\w*|dos(?:e|es|ed|ing)|given|received|treat(?:ed|ment)|"
    r"weigh\w*|weights?|bladders?|antibiotic\w*|penicillin|cefazolin|analges\w*|buprenorphine|"
    r"fed|food|cages?|changed|replaced|expressed|vitals?)\b",
    re.IGNORECASE,
)
_LOCOMOTOR: Final = re.compile(r"\b(?:BBB|BMS|Basso|locomot\w*|open[- ]?field|hindlimbs?)\b", re.IGNORECASE)


# The sessions an open repeat continues, its last item without "and" ("days 1, 3, 7 and
# weekly", "at 1, 3, 7 days and then"): days only (a week list is read by ``TIME_LIST``).
_LEAD_LIST: Final = re.compile(
    r"\b(?:days?|dpi)\s++(?P<a>\d{1,3}(?:\s*+,\s*+\d{1,3}){1,12}+(?:\s*+,?\s*+(?:and|&)\s*+\d{1,3}\b(?!\s*+(?:weeks?|wks?)\b))?)"
    r"|\b(?P<b>\d{1,3}(?:\s*+,\s*+\d{1,3}){1,12}+(?:\s*+,?\s*+(?:and|&)\s*+\d{1,3})?)\s*+(?:days?|d|dpi)\b",
    re.IGNORECASE,
)


def _open_step_end(m: re.Match[str]) -> tuple[int, int | None] | None:
    """(step in days, last day or None) of an ``_OPEN`` match."""
    if m["k"]:
        step = word_number(m["k"])
    elif m["kw"]:
        step = 7 * (word_number(m["kw"]) or 0)
    elif m["other"] is not None:
        step = 14
    else:
        step = 7
    if not step or step > 28:
        return None
    end: int | None = None
    if m["en"]:
        end = int(m["en"]) * (7 if m["eu"].lower() == "week" else 1)
    elif m["en2"]:
        n = word_number(m["en2"])
        if n is None:
            return None
        end = n * (7 if m["eu2"].lower().startswith("w") else 1)
    if end is not None and not 0 < end <= _MAX_SPAN:
        return None
    return step, end


def _open_schedules(
    text: str, time_lists: Sequence[tuple[int, list[float] | None]]
) -> list[tuple[str, set[float]]]:
    """Day schedules with an open-ended repeat: the sessions listed before it and every step
    after them (up to the end stated, else ``_MAX_SPAN`` days). ``time_lists``: (end, days) of
    each ``TIME_LIST`` match in ``text``, as ``_schedules`` read them."""
    out: list[tuple[str, set[float]]] = []
    sents = SENTENCE_BREAK.split(text)
    for sent in sents:
        opens = list(_OPEN.finditer(sent))
        if not opens or (_NOT_SCORING.search(sent) and not _LOCOMOTOR.search(sent)):
            continue
        # One sentence (the running text's case): the lists ``_schedules`` already read.
        lists = (
            list(time_lists)
            if len(sents) == 1
            else [(m.end(), listed_days(m)) for m in TIME_LIST.finditer(sent)]
        )
        lists += [(m.end(), [float(x) for x in re.findall(r"\d+", m["a"] or m["b"])])
                  for m in _LEAD_LIST.finditer(sent)]
        for m in opens:
            got = _open_step_end(m)
            if got is None:
                continue
            step, end = got
            # The list the repeat continues: one closing just before it ("7 and then weekly").
            before = [d for e, d in lists if d and 0 <= m.start() - e <= 30]
            if not before and not (m["after"] is None and end is not None):
                continue  # "weekly thereafter" after no list, or an endless repeat alone
            listed = set(before[-1]) if before else set()
            last = int(max(listed)) if listed else 0
            stop = end if end is not None else _MAX_SPAN
            if stop <= last:
                continue
            # Papers count the repeat from the last session listed ("days 1, 3, 7 and every 14
            # days": 21, 35) or on the calendar of the step ("days 1, 3, 5 and weekly": 7, 14):
            # both grids, as the wording does not say which.
            days = listed | {float(d) for d in range(last + step, stop + 1, step)}
            days |= {float(d) for d in range(step, stop + 1, step) if d > last}
            out.append(("day", days))
    return out


def _span(a: int, b: int) -> range | None:
    return range(a, b + 1) if 0 <= a < b and b - a <= _MAX_SPAN else None


def _schedules(text: str) -> tuple[list[tuple[str, set[float]]], bool]:
    """(unit, numbers) of every schedule ``text`` states, numbers in that unit; and whether one
    of them is an open-ended repeat ("days 1, 3, 7 and weekly thereafter")."""
    out: list[tuple[str, set[float]]] = []
    time_lists: list[tuple[int, list[float] | None]] = []
    for m in TIME_LIST.finditer(text):
        days = listed_days(m)
        time_lists.append((m.end(), days))
        if not days:
            continue
        unit = (m["kw"] or m["u"] or "").lower()
        if m["l3"]:
            unit = "week" if re.search(r"week|wpi", m["l3"], re.IGNORECASE) else "day"
        week = unit.startswith("w")
        out.append(("week" if week else "day", {d / 7 if week else d for d in days}))
    for rx in (_KW_RANGE, _RANGE_KW):
        for m in rx.finditer(text):
            span = _span(int(m["a"]), int(m["b"]))
            if span is not None:
                unit = "week" if m["u"].lower().startswith("w") else "day"
                out.append((unit, {float(x) for x in span}))
    for m in _EVERY.finditer(text):
        n = word_number(m["n"]) if m["n"] else int(m["n2"])
        unit = (m["u"] or m["u2"]).lower()
        weekly = fold(m["f"]).lower() in ("weekly", "every week", "each week", "once a week")
        if not n or n > _MAX_SPAN:
            continue
        if unit.startswith("w"):
            # Weekly sessions for n weeks: weeks 1..n, or days 7, 14, ... 7n; daily: days 1..7n.
            out.append(("week", {float(x) for x in range(1, n + 1)}))
            out.append(
                (
                    "day",
                    {7.0 * x for x in range(1, n + 1)}
                    if weekly
                    else {float(x) for x in range(1, 7 * n + 1)},
                )
            )
        elif weekly:
            # "weekly until day 56": days 7, 14, ... 56, not every day up to it.
            out.append(("day", {float(x) for x in range(7, n + 1, 7)}))
        else:
            out.append(("day", {float(x) for x in range(1, n + 1)}))
    opened = _open_schedules(text, time_lists)
    return out + opened, bool(opened)


# A sentence of the running text speaks for the scoring schedule only when it names the
# assessment: dosing ("injected daily for 7 days") and care ("penicillin for 1-7 days")
# schedules would otherwise date the score columns.
_ASSESSMENT: Final = re.compile(
    r"\b(?:BBB|BMS|Basso|locomot\w*|motor|hindlimbs?|open[- ]?field|scor(?:es?|ed|ing)|"
    r"rat(?:ed|ing)|assess(?:ed|ment)|evaluat(?:ed|ion)|test(?:ed|ing))\b",
    re.IGNORECASE,
)
_WEEKLY: Final = re.compile(r"\b(?:weekly|(?:every|each|once\s+a)\s+week)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RunningSchedules:
    """The scoring schedules a paper's running text states: (unit, numbers) of each, and
    whether an assessment sentence says plainly that it scored weekly."""

    schedules: tuple[tuple[str, frozenset[float]], ...]
    weekly: bool


NO_SCHEDULES: Final = RunningSchedules((), weekly=False)


def running_schedules(texts: Iterable[str]) -> RunningSchedules:
    """The schedules of the sentences of ``texts`` that name the assessment."""
    found: list[tuple[str, frozenset[float]]] = []
    weekly = False
    for text in texts:
        for sent in SENTENCE_BREAK.split(text or ""):
            if not _ASSESSMENT.search(sent):
                continue
            listed, opened = _schedules(sent)
            found += [(u, frozenset(held)) for u, held in listed]
            # "then weekly" continuing a list is read whole above, not as a week schedule.
            weekly = weekly or (bool(_WEEKLY.search(sent)) and not opened)
    return RunningSchedules(tuple(found), weekly)


def doc_schedules(doc: ParsedDocument) -> RunningSchedules:
    """``running_schedules`` of ``doc``'s methods and results: read once per document by the
    table reader and passed to each table."""
    return running_schedules(schedule_texts(doc))


def bare_time_unit(
    numbers: Sequence[float],
    table_texts: Iterable[str],
    running: RunningSchedules = NO_SCHEDULES,
) -> str | None:
    """'day' or 'week' for bare time labels ``numbers``: from a schedule with every one of them
    in ``table_texts`` (caption and footnote), else in the running text's sentences that name
    the assessment (``running``: ``doc_schedules``). None when no schedule holds them
    all, or day and week schedules both do; a plain "weekly" in an assessment sentence counts
    as a week schedule against a day one, unless the numbers are whole weeks of days."""
    want = set(numbers)
    if len(want) < 2:
        return None
    units = {u for t in table_texts if t for u, held in _schedules(t)[0] if want <= held}
    if units:
        return units.pop() if len(units) == 1 else None
    units = {u for u, held in running.schedules if want <= held}
    if units and running.weekly and not all(n > 0 and n % 7 == 0 for n in want):
        units.add("week")  # only a conflict: alone, "weekly" does not say which numbers
    return units.pop() if len(units) == 1 else None


def _rising(nums: list[float]) -> bool:
    return len(nums) >= 2 and all(b > a for a, b in pairwise(nums))


def bare_numbers(rows: list[list[str]]) -> list[float]:
    """The bare time numbers heading a table: those of its first row holding numbers (after
    the stub), or else its first column's under a corner that names no groups, when at least
    two and rising ("1 | 3 | 7 | 14 | 28"); else []."""
    for r in rows[:3]:
        numeric = [c for c in r[1:] if re.search(r"\d", c)]
        if not numeric:
            continue  # a title row ("BBB score") over the numbers
        nums = [float(c) for c in numeric if re.fullmatch(r"\d{1,3}", c.strip())]
        if len(nums) == len(numeric) and _rising(nums):
            return nums
        break  # the first row of numbers is a body row ("Sham | 21 | 21"), not bare times
    if rows and _GROUP_CORNER.search(rows[0][0] if rows[0] else ""):
        return []  # "Group | ..." over "1 | 2 | 3": numbered groups, not times
    nums = [float(r[0]) for r in rows[1:] if r and re.fullmatch(r"\d{1,3}", r[0].strip())]
    return nums if _rising(nums) else []


_GROUP_CORNER: Final = re.compile(r"group|treatment|animal|rat|mouse|mice|no\.|^n$", re.IGNORECASE)


def schedule_texts(doc: ParsedDocument) -> list[str]:
    """The running text where a paper states when it scored: methods and results paragraphs."""
    return [
        b.text
        for b in doc.blocks
        if b.section in (SectionKind.METHODS, SectionKind.RESULTS) and b.kind != BlockKind.TABLE
    ]
