"""What one header cell of a BBB/BMS table says: a statistic, a time corner or a time label.

``stat_label`` classifies "Mean", "SEM", "n", "P value"; ``is_time_corner`` tells a corner
over time rows ("Days post-injury"); ``time_label`` rewrites the ways papers write a time
("Day-7", "DPI 7", "Post-op day 7", "7. day", "2nd") into the form the time reader takes.
Used through ``_outcome_header``.
"""

from __future__ import annotations

import re
from typing import Final

from miner.extract._numbers import fold
from miner.extract._outcome_time import baseline_gloss, parse_day


def stat_label(label: str) -> str | None:
    """What a header cell holds besides a time: mean / sd / sem / n, or skip (a test statistic);
    the one classifier of statistic labels for every table reader."""
    k = fold(label).strip().lower().strip(" .:")
    if re.fullmatch(r"(?:bbb\s*|bms\s*)?(?:mean|average|score|scores)(?:\s*\(.*\))?", k):
        return "mean"
    if _CENTRE_SPREAD.fullmatch(k):
        # "Mean ± SEM" under a group: the column of the group's values, each cell a mean with
        # its spread.
        return "mean"
    if re.fullmatch(r"s\.?\s?e\.?\s?m|se|standard\s+error(?:\s+of\s+(?:the\s+)?mean)?", k):
        return "sem"
    if re.fullmatch(r"s\.?\s?d|standard\s+deviation", k):
        return "sd"
    if re.fullmatch(r"n|no|number(?:\s+of\s+\w+)?|sample\s+size|\(?n\)?", k):
        return "n"
    if re.fullmatch(r"p|p[- ]?values?|f|t|statistics?|significance|change|difference|δ", k):
        return "skip"
    return None


# A column label naming a mean and its spread: "Mean ± SEM", "mean (SD)". ("Median (IQR)" is
# left to the cell and context readers, which tell a median from a mean.)
_CENTRE_SPREAD: Final = re.compile(
    r"(?:mean|average)\s{0,3}(?:±|\+/-|\(|,|and)\s{0,3}(?:s\.?\s?e\.?\s?m\.?|s\.?e\.?|s\.?d\.?)\s{0,3}\)?"
)


def is_time_corner(label: str) -> bool:
    return bool(re.search(r"\b(?:time|days?|weeks?|dpi|post[- ]?injury)\b", label, re.IGNORECASE))


_BASELINE: Final = re.compile(
    r"pre(?:[- ]?(?:injury|op(?:erative)?|SCI|surgery|lesion))?\.?|baseline|before\s+(?:injury|SCI|surgery)"
    r"|(?:day|d)\s*0|0\s*(?:d|dpi)",
    re.IGNORECASE,
)


# Ways a time label is written that the time reader does not take as they stand: a hyphen
# between the unit and the number ("Day-7", "Week-1", "7-dpi"), the abbreviation before the
# number ("DPI 7"), "Post-op day 7", and footnote marks after the label ("Day 7†").
_UNIT_HYPHEN: Final = re.compile(
    r"\b(days?|weeks?|wks?|d|w)\s*-\s*(\d{1,3})\b|\b(\d{1,3})\s*-\s*(dpi|wpi|days?|weeks?|wks?)\b",
    re.IGNORECASE,
)
_UNIT_FIRST: Final = re.compile(r"^(dpi|wpi)\s*(\d{1,3})$", re.IGNORECASE)
_POST_OP: Final = re.compile(r"^post-?\s?op\.?\s+(?=day|week)", re.IGNORECASE)
_HEAD_MARKS: Final = re.compile(r"(?<=\w)\s*[*#†‡§¶]+$")
# Ordinal time labels: "1. day", "7. week" (a dot after the number, the unit after it, as in
# German and Turkish), "Day 1st", "Week 2nd", and bare "1st | 2nd | 3rd" whose unit the corner,
# a spanning title or the caption gives ("... at the end of the 1st, 2nd and 4th weeks").
_DOTTED_ORDINAL: Final = re.compile(r"^(\d{1,3})\.\s*(days?|weeks?|wks?)$", re.IGNORECASE)
_UNIT_ORDINAL: Final = re.compile(
    r"^(days?|weeks?|wks?|d|w)\s*(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE
)
_BARE_ORDINAL: Final = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)\.?$", re.IGNORECASE)


def time_label(cell: str) -> str:
    """A header or first-column time label in the form the time reader reads: "Day-7" ->
    "Day 7", "DPI 7" -> "7 DPI", "Post-op day 7" -> "day 7", "Day 7†" -> "Day 7", "7. day" ->
    "day 7", "Day 7th" -> "Day 7", and a bare ordinal "2nd" -> "2" (a bare number, a time only
    where a unit is given). Other cells are returned as they are."""
    c = cell.strip()
    t = _HEAD_MARKS.sub("", c)
    t = baseline_gloss(t) or t  # "Baseline (1 dpi)": the first test after the injury
    bare = _BARE_ORDINAL.fullmatch(t)
    if bare:
        return bare[1]
    t = _UNIT_HYPHEN.sub(lambda m: f"{m[1]} {m[2]}" if m[1] else f"{m[3]} {m[4]}", t)
    t = _UNIT_FIRST.sub(r"\2 \1", t)
    t = _POST_OP.sub("", t)
    t = _DOTTED_ORDINAL.sub(r"\2 \1", t)
    t = _UNIT_ORDINAL.sub(r"\1 \2", t)
    return t if t != c and parse_day(t) is not None else c


def _time_text(cell: str) -> str:
    """A header cell without the word for the score after its time ("Day 3 Score" -> "Day 3") or
    the paper's code for the time point beside it ("7 (T1)" -> "7")."""
    c = time_label(cell)
    t = re.sub(
        r"(?i)\s+(?:(?:BBB|BMS)\s*)?(?:scores?|mean)$|\s*\((?:T|t|TP|D|W)\s?\d{1,2}\)$", "", c
    )
    if t == c:
        # The code (or a bare number) first, its time in brackets: "T1 (wk 1)", "S2 (day 14)",
        # "14 (2 wk)".
        m = re.fullmatch(r"(?:(?:T|TP|S|D|W)\s?)?\d{1,3}\s*\(([^()]+)\)", c)
        inner = m.group(1).strip() if m else c
        # Hours in brackets ("7 (6 h)") say nothing sure of a day: the cell stays as written.
        t = inner if (parse_day(inner) or 0) >= 1 else c
    return t if t != c and (parse_day(t) is not None or re.fullmatch(r"\d{1,3}", t)) else c
