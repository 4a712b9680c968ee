"""Reading one table cell and building one outcome row, shared by the table readers.

The lowest layer of the table readers: a cell's value ("11.2 ± 1.3*", "11 (9-12)"), the
dispersion type a text states, a group label's n, and the scale a label names.
"""

from __future__ import annotations

import re
from typing import Final

from miner.extract._numbers import (
    NUM,
    PM,
    RANGE_NAME,
    SD_WORDS,
    fold,
    interval_stat,
    parse_number,
    said_stat,
)
from miner.extract._outcome_arms import group_arm
from miner.extract._text_outcomes import SCALE_MAX, SEM_ANY, sentence_scale
from miner.records import Evidence, OutcomeRow

__all__ = [
    "BBB",
    "BBB_MAX",
    "DECIMAL_COMMA",
    "DISP_STATEMENT",
    "NOT_GROUP",
    "SPREAD_ONLY",
    "SUBSCORE",
    "cell_n",
    "cell_stat",
    "clean_group",
    "dispersion_type",
    "int_cell",
    "make_row",
    "parse_cell",
    "section_scale",
]


BBB_MAX: Final = 21.0


BBB: Final = re.compile(
    r"\bBBB\b|Basso[,\s-]+Beattie|locomotor\s+(?:rating|score|scale)", re.IGNORECASE
)


# Confidence of a text row by how its group was read (see ``_text_outcomes``); a
# table cell under a group header and a day header is the most direct reading.
_TABLE_CONFIDENCE: Final = 0.9


# Significance markers after a cell's value: "*", "**", "#", "†", "a", "a,b", superscript "ᵃ", "^a".
_MARKS: Final = r"[*#†‡§¶^a-hA-H,\s\u1d43-\u1d4d\u1d9c\u1da0\u02b0-\u02b8]{0,10}"


_CELL: Final = re.compile(
    rf"^\s*(?P<m>{NUM})\s*(?:{PM}\s*(?P<d>{NUM})|\(\s*(?P<d2>{NUM})\s*\)|\[\s*(?P<d3>{NUM})\s*\])?\s*{_MARKS}"
    # The group size after "mean ± SD": "8.3 ± 1.4 (7)", "8.3 ± 1.4 (n = 7)". Only after a ±
    # dispersion: a bare "8.3 (1.4)" is mean (SD).
    rf"(?:(?<=\d|\s)\(\s*(?:n\s*=\s*)?(?P<n>\d{{1,3}})\s*\)\s*{_MARKS})?$"
)


# A decimal comma ("8,2 ± 1,1") is not a thousands separator: at most two digits follow it.
DECIMAL_COMMA: Final = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")


# A median with its interquartile range or range, or a mean with its confidence interval:
# "11 (9-12)", "11 [9, 12]", "5 [IQR 4–6.5]", "9.9 (95% CI 9.0–10.8)" (no SD or SEM).
_MEDIAN_CELL: Final = re.compile(
    rf"^\s*(?P<m>{NUM})\s*[(\[]\s*{RANGE_NAME}(?P<lo>{NUM})\s*(?:-|,|to)\s*(?P<hi>{NUM})\s*[)\]]"
    rf"\s*{_MARKS}$",
    re.IGNORECASE,
)


def parse_cell(cell: str) -> tuple[float, float | None] | None:
    """A table cell "11.2 ± 1.3", "11.2±1.3*", "11.2 (1.3)", "11.2 [1.3]ᵃ" or "11.2" -> (mean, dispersion).

    A median with its range, "11 (9-12)", gives the median and no dispersion when the
    median lies inside the range.
    """
    text = DECIMAL_COMMA.sub(".", fold(cell))
    m = _CELL.match(text)
    if not m:
        q = _MEDIAN_CELL.match(text)
        if q is None:
            return None
        mid, lo, hi = (parse_number(q[k]) for k in ("m", "lo", "hi"))
        if mid is None or lo is None or hi is None or not lo <= mid <= hi:
            return None
        return mid, None
    if m["n"] and not m["d"]:
        return None  # "8.3 (1.4) (7)" or "8.3 (7)": no ± before the count
    mean = parse_number(m["m"])
    disp = m["d"] or m["d2"] or m["d3"]
    if mean is None:
        return None
    return mean, (parse_number(disp) if disp else None)


def cell_stat(cell: str, *contexts: str) -> str:
    """Whether a table cell holds a "mean" or a "median".

    ``contexts`` speak for the cell, nearest first: its column header, its row label, then
    the caption and table note; the first that says mean or median decides, else they are
    read together. An interval cell ("5 [IQR 4–6.5]", "11 (9-12)") goes by
    ``interval_stat``; a mean ± SD or mean (SD) cell is a mean whatever the caption says;
    a bare number is a median only when the context says median and not mean
    ("BBB (median)", "Values are medians").
    """
    context = next((c for c in contexts if said_stat(c)), " ".join(contexts))
    text = DECIMAL_COMMA.sub(".", fold(cell))
    m = _CELL.match(text)
    if m is None:
        q = _MEDIAN_CELL.match(text)
        return "mean" if q is None else interval_stat(text[q.end("m"):], context)
    if m["d"] or m["d2"] or m["d3"]:
        return "mean"
    return "median" if said_stat(context) == "median" else "mean"


def cell_n(cell: str) -> int | None:
    """The group size a cell gives after its mean ± SD ("8.3 ± 1.4 (7)" -> 7), else None."""
    m = _CELL.match(DECIMAL_COMMA.sub(".", fold(cell)))
    return int(m["n"]) if m and m["n"] and m["d"] else None


def int_cell(row: list[str], j: int | None) -> int | None:
    """The whole number in column ``j`` of a row (an n column), else None."""
    if j is None or j >= len(row):
        return None
    text = row[j].strip()
    return int(text) if text.isdigit() else None


DISP_STATEMENT: Final = re.compile(
    rf"mean\s*(?:{PM}|and)\s*(?P<d>SEM|S\.E\.M\.?|SE\b|S\.E\.?|SD|S\.D\.?|standard\s+(?:error|deviation))",
    re.IGNORECASE,
)


def dispersion_type(*texts: str | None) -> str | None:
    """'sd' or 'sem' from the first text that says which (header, caption, methods); None if silent."""
    for text in texts:
        if not text:
            continue
        t = fold(text)
        m = DISP_STATEMENT.search(t)
        if m:
            return "sem" if re.match(r"s\.?e|standard\s+error", m["d"], re.IGNORECASE) else "sd"
        sem, sd = bool(SEM_ANY.search(t)), bool(SD_WORDS.search(t))
        if sem != sd:
            return "sem" if sem else "sd"
    return None


# Row labels that name no group of animals: pooled or total rows, differences and tests between
# groups, and footnotes read as rows ("All injured (pooled)", "Difference (Exo - PBS)",
# "P value", "*P < 0.05 vs vehicle", "Data are mean ± SD").
NOT_GROUP: Final = re.compile(
    r"\bpooled\b|^\s*(?:all|total|overall|combined)\b|\bdifferences?\b|\bdiff\.|^\s*[Δδ]|\bchange\b"
    r"|\bvs\.?\b|\bversus\b|\bp[- ]?values?\b|^\s*p\s*[<=>]|\beffect\s+size\b|\bratio\b|\bfold\b"
    r"|^\s*[*#†‡§¶]|^\s*(?:notes?|data\s+(?:are|were)|values\s+(?:are|were)|abbreviations?)\b",
    re.IGNORECASE,
)


_N_IN_LABEL: Final = re.compile(r"\(?\s*n\s*=\s*(?P<n>\d+)\s*\)?", re.IGNORECASE)


def clean_group(label: str) -> tuple[str, int | None]:
    m = _N_IN_LABEL.search(label)
    n = int(m["n"]) if m else None
    g = _N_IN_LABEL.sub("", label) if m else label
    return re.sub(r"\s+", " ", g).strip(" :,;"), n


def make_row(
    group: str,
    day: float,
    mean: float,
    disp: float | None,
    dtype: str | None,
    *,
    outcome: str = "BBB",
    n: int | None = None,
    source: str = "table",
    page: int | None = None,
    confidence: float = _TABLE_CONFIDENCE,
    evidence: tuple[Evidence, ...] = (),
    extractor: str = "",
    stat: str = "mean",
) -> OutcomeRow | None:
    if not 0 <= mean <= SCALE_MAX.get(outcome, BBB_MAX) or day <= 0:
        return None  # out of the scale, or at/before the injury ("Day 0" is the baseline)
    g, n_label = clean_group(group)
    if not g:
        return None
    return OutcomeRow(
        outcome=outcome,
        group=g,
        arm=group_arm(g),
        day=day,
        mean=mean,
        sd=disp if dtype != "sem" else None,
        sem=disp if dtype == "sem" else None,
        n=n_label if n_label is not None else n,
        source=source,
        page=page,
        confidence=confidence,
        evidence=evidence,
        extractor=extractor,
        stat=stat,
    )


SUBSCORE: Final = re.compile(r"sub-?scores?|sub-?scale", re.IGNORECASE)

# A caption of the scores' spread alone ("SEM of the BBB scores", "Standard deviations of BMS"):
# its cells are no scores.
SPREAD_ONLY: Final = re.compile(
    r"^\s*(?:table\s+\w+[.:]?\s*)?(?:the\s+)?(?:SEMs?|SDs?|S\.E\.M\.|standard\s+(?:errors?|deviations?)"
    r"|variances?|coefficients?\s+of\s+variation|spread|dispersion)\s+(?:of|for|in)\b",
    re.IGNORECASE,
)


def section_scale(label: str) -> str | None:
    if SUBSCORE.search(label):
        return None
    return sentence_scale(fold(label)) or ("BBB" if BBB.search(label) else None)
