"""Where a paper's days are counted from: the injury, day 1 on the injury day, or a later event.

The extraction sheet counts days from the injury. A table whose caption or footnote defines its
day 0 as a later event ("day 0 = 72 h after contusion", ``table_origin_days``) has its days moved
later by that interval as its rows are made (``table_origin``, so a "Day 0" row is a post-injury
score, not a dropped baseline). A paper that numbers study days from 1 on the injury day
(``study_day_statement``) has rows written as such days moved back one day: a table with a "Day"
axis once per table, whichever reader read it (``place_table_rows``), and a text row whose quote
writes a study day ("on day 29", not "four weeks after injury", ``shift_study_days``). A moved
row carries the definition as a further evidence entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Final

from miner.extract._context import Sentence
from miner.extract._numbers import fold, parse_number
from miner.extract._outcome_notes import table_note
from miner.parse.model import ParsedDocument, Table
from miner.records import Evidence, OutcomeRow

__all__ = [
    "place_table_rows",
    "shift_study_days",
    "study_day_origin",
    "study_day_statement",
    "table_origin",
    "table_origin_days",
]

_EVENT: Final = (
    r"(?:the\s+)?day\s+of\s+(?:the\s+)?(?:injury|surgery|SCI|operation|contusion|compression|"
    r"lesion(?:ing)?|spinal\s+cord\s+injury|trauma)"
)
_LINK: Final = (
    r"(?:\s*(?:=|:)\s*|\s+(?:was|is|being|as)\s+(?:(?:designated|defined|counted|considered|taken|"
    r"set|denoted|termed|called|numbered)\s+(?:as\s+)?)?)"
)
# "The day of surgery was designated day 1", "day 1 = day of surgery", "with day 1 being the
# day of injury", "Day 1 (the day of SCI)".
_ORIGIN_ONE: Final = re.compile(
    rf"\b{_EVENT}{_LINK}(?:study\s+)?day\s+(?:1|one)\b(?![.,]\d)"
    rf"|\b(?:study\s+)?day\s+(?:1|one)(?:{_LINK}|\s*\(\s*)(?:i\.e\.,?\s+)?{_EVENT}\b",
    re.IGNORECASE,
)
# A time written as a span after the injury is already counted from the injury.
_SPAN_AFTER: Final = re.compile(
    r"\b(?:after|post|following|dpi|wpi)\b|\bdays?\s*p\.?\s*i\b|\bweeks?\b|\bwk\b", re.IGNORECASE
)


def study_day_origin(texts: Iterable[str]) -> bool:
    """The paper numbers its study days from 1 on the day of the injury (or surgery)."""
    return any(_ORIGIN_ONE.search(fold(t)) for t in texts if "day" in t.lower() or "Day" in t)


_ZERO_INJURY: Final = (
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
    rf"(?:after|post[- ]?|following)\s*+{_ZERO_INJURY}\b",
    re.IGNORECASE,
)
# The injury itself is the origin ("day 0 = day of injury"): nothing to move.
_MAX_DAYS: Final = 60.0


def _written_day(quote: str, day: float) -> bool:
    """The quote writes the row's day as a study day ("on day 29", "days 2, 8 and 29")."""
    n = f"{day:g}"
    return bool(
        re.search(
            rf"\bdays?\s++(?:\d{{1,3}}+\s*+(?:,|and|or)\s*+){{0,10}}{n}(?![\d.,]*\d)"
            rf"(?!\s*(?:days?|weeks?|d\b|h\b|after|post))",
            fold(quote),
            re.IGNORECASE,
        )
    )


def _table_days(doc: ParsedDocument, ti: int) -> bool:
    """A table whose time axis is study days: a "Day" or "Study day" header, not "days after injury"."""
    if not 0 <= ti < len(doc.tables):
        return False
    t = doc.tables[ti]
    head = " ".join(c for r in t.rows[:2] for c in r[:1]) + " " + " ".join(t.rows[0] if t.rows else [])
    head = fold(head)
    if not re.search(r"\bday\b", head, re.IGNORECASE) or _SPAN_AFTER.search(head):
        return False
    return True


def shift_study_days(rows: Sequence[OutcomeRow], origin_one: Evidence | None) -> list[OutcomeRow]:
    """Text rows timed by study day ("on day 29") moved back by one day where the paper counts
    day 1 as the injury day (``origin_one``, from ``study_day_statement``), with that statement as
    a further evidence entry. Table rows are placed per table (``place_table_rows``)."""
    if not rows or origin_one is None:
        return list(rows)
    out = []
    for r in rows:
        if r.source == "table" or r.day is None or r.day < 1:
            out.append(r)
            continue
        quote = r.evidence[0].quote if r.evidence else ""
        shift = _written_day(quote, r.day)
        out.append(replace(r, day=r.day - 1, evidence=(*r.evidence, origin_one)) if shift else r)
    return out


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


def _origin_quote(text: str, pattern: re.Pattern[str]) -> str | None:
    """The sentence-sized stretch of ``text`` around the origin's definition."""
    m = pattern.search(fold(text)[:4000])
    if m is None:
        return None
    return fold(text)[max(0, m.start() - 60) : m.end() + 20].strip()


def table_origin(doc: ParsedDocument, table: Table) -> tuple[float, tuple[Evidence, ...]]:
    """The days from the injury to the day 0 that ``table``'s caption or footnote defines
    (``table_origin_days``), with that definition as evidence; ``(0.0, ())`` without one.

    Applied by the table readers before a row is made, so a "Day 0" row becomes a post-injury
    score rather than a dropped baseline."""
    note = table_note(doc, table)
    origin = table_origin_days(table.caption, note)
    if not origin:
        return 0.0, ()
    for t in (table.caption, note):
        q = _origin_quote(t or "", _DAY_ZERO)
        if q:
            return origin, (Evidence(quote=q, page=table.page),)
    return origin, ()


def place_table_rows(
    rows: Sequence[OutcomeRow], doc: ParsedDocument, ti: int, origin_one: Evidence | None
) -> list[OutcomeRow]:
    """Table ``ti``'s rows moved back one day (from day 1 on) when its axis is study days and
    the paper numbers them from 1 on the injury day (``origin_one``, from
    ``study_day_statement``); a moved row carries that statement as a further evidence entry.
    Applied once per table, whichever reader gave its rows."""
    if origin_one is None or not rows or not _table_days(doc, ti):
        return list(rows)
    return [
        replace(r, day=r.day - 1, evidence=(*r.evidence, origin_one))
        if r.day is not None and r.day >= 1
        else r
        for r in rows
    ]


def study_day_statement(
    sentences: Sequence[Sentence], captions: Sequence[str] = ()
) -> Evidence | None:
    """Where the paper says it numbers study days from 1 on the injury day, else None."""
    for s in sentences:
        if ("day" in s.text or "Day" in s.text) and _ORIGIN_ONE.search(fold(s.text)):
            return Evidence(quote=s.text[:300], page=s.page, start=s.start, end=s.end)
    for c in captions:
        if c and _ORIGIN_ONE.search(fold(c)):
            return Evidence(page=None, quote=c[:300])
    return None
