"""Vertebral levels: find them in text and write them the contract's way (``T10``, ``T9-T10``).

Papers write one level in many ways: ``T10``, ``T 10``, ``T9-10``, ``T9–T10``,
``T9/T10``, ``T9 to T10``, ``Th10``, ``the tenth thoracic vertebra``,
``the 10th thoracic vertebral level``, ``thoracic vertebrae 9-10``. Pure functions.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

__all__ = ["find_levels", "normalize_level", "time_glossed"]

_REGIONS: Final = {
    "c": "C",
    "cervical": "C",
    "t": "T",
    "th": "T",
    "thoracic": "T",
    "l": "L",
    "lumbar": "L",
    "s": "S",
    "sacral": "S",
}
# How many vertebrae each region has (rat: 8 cervical segments, 13 thoracic,
# 6 lumbar, 4 sacral); anything beyond is not a level (``T32`` is not a vertebra).
_MAX: Final = {"C": 8, "T": 13, "L": 6, "S": 4}

_ORDINALS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
}
_ORD_WORD = "|".join(_ORDINALS)
_ORD = rf"(?:{_ORD_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
_DASH = r"[-‐‑‒–—−]"
_JOIN = rf"(?:\s*{_DASH}\s*|\s*/\s*|\s+to\s+|\s+and\s+|\s*~\s*)"

# "T9-10", "T9–T10", "Th10", "T 10", "C4/5", "Th-9", "T-10" (some authors hyphenate the
# letter and the number); the letter must be upper case so that "t 10" in running text is
# not a level.
_LETTER_GAP = rf"(?:\s|{_DASH}(?=\d))?"
_SHORT = re.compile(
    rf"\b(C|Th|T|L|S){_LETTER_GAP}(\d{{1,2}})(?:{_JOIN}(?:(C|Th|T|L|S){_LETTER_GAP})?(\d{{1,2}}))?\b"
)
# "the tenth thoracic vertebra", "9th and 10th thoracic vertebrae", "thoracic 10"
_ORDINAL = re.compile(
    rf"\b({_ORD})(?:{_JOIN}({_ORD}))?\s+(cervical|thoracic|lumbar|sacral)\b"
    rf"(?:\s+(?:vertebra[el]?|vertebral|spinal|segments?|levels?|cord))?",
    re.IGNORECASE,
)
_REGION_NUM = re.compile(
    rf"\b(cervical|thoracic|lumbar|sacral)\s+(?:vertebrae?\s+|vertebral\s+levels?\s+|segments?\s+|levels?\s+)?"
    rf"(\d{{1,2}})(?:{_JOIN}(\d{{1,2}}))?\b",
    re.IGNORECASE,
)
# Single short levels ("T10") collide with other things (T2-weighted MRI, the T4
# ligase, complement C3, S1 figures); they count only with spinal context nearby.
_CONTEXT = re.compile(
    r"vertebra|level|laminectom|segment|spinal|cord|thoracic|cervical|lumbar|contus|injur|impact"
    r"|transect|compress|hemisect|lesion|\bSCI\b|clip",
    re.IGNORECASE,
)
_NOT_LEVEL_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:weighted|cells?|lymphocytes?|ligase|polymerase|promoter|phage)\b",
    re.IGNORECASE,
)
# A code glossed by a time after the injury is a measurement occasion, not a vertebra:
# "T1 (week 1)", "T1-T4 (weeks 1 to 4)", "T3 (day 14)", "T2 (7 d)". Day 0 is left out:
# "contusion at T10 (day 0)" dates the injury at its level.
_TIME_GLOSS = re.compile(
    r"\s*\(\s*(?:(?:at\s+)?(?:weeks?|wks?|days?|months?|POD|DPI|d)\s*0*[1-9]"
    r"|0*[1-9]\d*(?:\.\d+)?\s*(?:weeks?|wks?|days?|months?|d|h|hours?)\b)",
    re.IGNORECASE,
)

_FIGURE_BEFORE = re.compile(r"(?:Fig(?:ure)?s?\.?|Table|Supplementary)\s*$", re.IGNORECASE)


def time_glossed(text: str, end: int) -> bool:
    """True when the level-like code ending at ``text[end]`` is glossed by a time ("T2 (week 2)")."""
    return bool(_TIME_GLOSS.match(text, end, min(len(text), end + 40)))


def _ordinal_value(word: str) -> int | None:
    word = word.lower()
    if word in _ORDINALS:
        return _ORDINALS[word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


def _format(region: str, first: int, second: int | None, region2: str | None = None) -> str | None:
    region2 = region2 or region
    if not 1 <= first <= _MAX[region]:
        return None
    if second is None or (second == first and region2 == region):
        return f"{region}{first}"
    if not 1 <= second <= _MAX[region2]:
        return None
    # A span runs downwards (T9-T10) or crosses into the next region (T13-L1).
    if region2 == region and second < first:
        return None
    return f"{region}{first}-{region2}{second}"


def normalize_level(text: str) -> str | None:
    """``"T9-10"`` -> ``"T9-T10"``, ``"the tenth thoracic vertebra"`` -> ``"T10"``; None if not a level."""
    text = text.strip()
    m = _SHORT.search(text)
    if m:
        region = _REGIONS[m.group(1).lower()]
        region2 = _REGIONS[m.group(3).lower()] if m.group(3) else None
        second = int(m.group(4)) if m.group(4) else None
        return _format(region, int(m.group(2)), second, region2)
    m = _ORDINAL.search(text)
    if m:
        first = _ordinal_value(m.group(1))
        second = _ordinal_value(m.group(2)) if m.group(2) else None
        if first is None:
            return None
        return _format(_REGIONS[m.group(3).lower()], first, second)
    m = _REGION_NUM.search(text)
    if m:
        second = int(m.group(3)) if m.group(3) else None
        return _format(_REGIONS[m.group(1).lower()], int(m.group(2)), second)
    return None


def find_levels(text: str) -> list[tuple[int, int, str]]:
    """All vertebral levels in ``text`` as ``(start, end, normalised)``, left to right."""
    found: list[tuple[int, int, str]] = []
    # Non-overlapping spans kept sorted, so that checking a candidate is a bisection
    # (hostile text can hold tens of thousands of "T1-" candidates).
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_left(taken, (s, s))
        if i < len(taken) and taken[i][0] < e:
            return False
        return not (i > 0 and taken[i - 1][1] > s)

    for rx in (_ORDINAL, _REGION_NUM):
        for m in rx.finditer(text):
            norm = normalize_level(m.group())
            if norm and free(m.start(), m.end()):
                found.append((m.start(), m.end(), norm))
                bisect.insort(taken, (m.start(), m.end()))
    for m in _SHORT.finditer(text):
        if not free(m.start(), m.end()):
            continue
        end = m.end()
        norm = normalize_level(m.group())
        is_range = m.group(4) is not None
        if norm is None and is_range:
            # "T10 and 28 days": not a span; keep the single level in front.
            end = m.end(2)
            norm, is_range = normalize_level(text[m.start() : end]), False
        if norm is None or _NOT_LEVEL_AFTER.match(text[end : end + 20]) or time_glossed(text, end):
            continue
        if _FIGURE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        window = text[max(0, m.start() - 60) : end + 60]
        if not is_range and not _CONTEXT.search(window):
            continue
        found.append((m.start(), end, norm))
        bisect.insort(taken, (m.start(), end))
    found.sort()
    return found
