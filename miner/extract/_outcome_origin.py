"""Study days counted from 1 on the day of injury: "the day of surgery was designated day 1".

Some papers number their study days from 1 on the day of the injury, so "study day 29" is 28
days after the injury, which is what the extraction sheet records. ``study_day_origin`` reads
the statement; ``shift_study_days`` moves back by one day the rows whose time was written as
such a day ("on day 29", a table of "Day" over "2 | 8 | 15"), and leaves alone the rows whose
time was written as a span after the injury ("four weeks after injury", "28 dpi").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Final

from miner.extract._numbers import fold
from miner.parse.model import ParsedDocument
from miner.records import OutcomeRow

__all__ = ["shift_study_days", "study_day_origin"]

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


_TABLE_INDEX: Final = re.compile(r"outcomes\.table\[(\d{1,4})\]")


def shift_study_days(
    rows: Sequence[OutcomeRow], doc: ParsedDocument, texts: Sequence[str]
) -> list[OutcomeRow]:
    """Rows timed by study day moved back by one day where the paper counts day 1 as the injury day."""
    if not rows or not study_day_origin(texts):
        return list(rows)
    out = []
    for r in rows:
        if r.day is None or r.day < 1:
            out.append(r)
            continue
        m = _TABLE_INDEX.match(r.extractor or "")
        if m:
            shift = _table_days(doc, int(m.group(1)))
        else:
            quote = r.evidence[0].quote if r.evidence else ""
            shift = _written_day(quote, r.day)
        out.append(replace(r, day=r.day - 1) if shift else r)
    return out
