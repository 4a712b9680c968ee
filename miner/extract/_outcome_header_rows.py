"""Row clean-up of a BBB/BMS table as a PDF reader returns it.

Body rows split at line wraps, a header label wrapped over several lines, spanning titles
stacked over the header, a manuscript's line numbers read as a first column, and a
"Measure" column naming each row's test: each helper gives the rows back joined or
dropped as the table was printed, or unchanged when the sign is not clear.
Used through ``_outcome_header``.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from miner.extract._numbers import fold
from miner.extract._outcome_cells import parse_cell, section_scale
from miner.extract._outcome_header_labels import _BASELINE, stat_label
from miner.extract._outcome_time import parse_day


def join_wrapped_rows(body: list[list[str]]) -> list[list[str]]:
    """Body rows the PDF reader split at line wraps, joined again.

    A narrow first column wraps "SCI (laminectomy, contusion and 1 mL saline i.v.)" over
    lines, and a narrow value column wraps "11.6 ±" before "1.2". A line joins the row above
    when each of its values completes a value left open there ("11.6 ±"), or when it holds no
    value and its label goes on with the label above (an open bracket, or a trailing "and", ",").
    """
    out: list[list[str]] = []
    for r in body:
        prev = out[-1] if out else None
        if prev is None or len(r) != len(prev):
            out.append(list(r))
            continue
        filled = [j for j in range(1, len(r)) if r[j].strip()]
        dangling = all(re.search(r"(?:±|\+/-)\s*$", prev[j]) for j in filled)
        label_goes_on = prev[0].count("(") > prev[0].count(")") or bool(
            re.search(r"(?:[,;+&/-]|\b(?:and|or|of|with|plus|in))\s*$", prev[0])
        )
        if (filled and dangling) or (not filled and r[0] and label_goes_on):
            out[-1] = [_join(a, b) for a, b in zip(prev, r, strict=True)]
        else:
            out.append(list(r))
    return out


def _join(a: str, b: str) -> str:
    if not b.strip():
        return a
    if not a.strip():
        return b
    return a + b if a.endswith("-") else f"{a.rstrip()} {b.strip()}"


def _other_measure(label: str) -> bool:
    return bool(label) and bool(LABEL_ONLY_OTHER.search(label)) and section_scale(label) is None


LABEL_ONLY_OTHER: Final = re.compile(
    # "Lesion area (mm²)", "Lesion volume", but not a group called "Lesion" (the injured rats).
    r"mNSS|inclined|footprint|grid|rotarod|ladder|Tarlov|MEP|open\s+field|weight|subscore"
    r"|lesion\s*(?:area|size|volume|length|extent|cavity|\(|%)"
    # Any label with a physical unit ("BW (g)", "Latency (s)", "MDA (nmol/mg)"): the locomotor
    # scores have none.
    r"|(?<![A-Za-z])\((?:g|kg|mg|s|sec|ms|min|mm|cm|µm|μm|mm²|mm2|mm³|mm3|°|mV|µV|μV|Hz|(?:n|p|µ|μ)(?:g|mol)/[^)]*)\)",
    re.IGNORECASE,
)


def _is_wrap_row(r: list[str], width: int) -> bool:
    """A header line that continues the labels above it: no first cell, and no value, day,
    statistic or baseline label in any cell ("", "(vehicle,", "exosomes)")."""
    if len(r) != width or r[0] or not any(r[1:]):
        return False
    return not any(
        c
        and (
            parse_cell(c) is not None
            or parse_day(c) is not None
            or stat_label(c) is not None
            or _BASELINE.fullmatch(c)
            or re.search(r"\d", c)
        )
        for c in r[1:]
    )


def join_wrapped_header(rows: list[list[str]]) -> list[list[str]]:
    """One header row from a label wrapped over several PDF lines.

    A narrow column wraps "Balloon SCI + Exo (native exosomes)" over three lines that the
    reader returns as rows: a top row with every cell filled, then rows with an empty first
    cell and only words. A spanning header (empty cells in the top row) is a real second
    level and is left alone; so is a row holding a number, a day or a statistic.
    """
    if len(rows) < 3 or not all(rows[0]):
        return rows
    width = len(rows[0])
    k = 1
    while k < len(rows) - 1 and _is_wrap_row(rows[k], width):
        k += 1
    if k == 1:
        return rows
    head = list(rows[0])
    for r in rows[1:k]:
        for j, c in enumerate(r):
            if c:
                # "mela-" + "tonin": a hyphen at a line end joins without a space.
                head[j] = head[j] + c if head[j].endswith("-") else f"{head[j]} {c}"
    return [head, *rows[k:]]


def title_only(r: list[str]) -> int | None:
    """The column of a header row's one cell when it is a spanning title only (no corner, one
    text cell, no value, no bare number), else None."""
    if not r or r[0].strip():
        return None
    filled = [j for j, c in enumerate(r) if j > 0 and c.strip()]
    if len(filled) != 1:
        return None
    c = r[filled[0]].strip()
    if parse_cell(c) is not None or re.fullmatch(r"[\d.,\s]+", c):
        return None
    return filled[0]


def stack_title_rows(rows: list[list[str]]) -> list[list[str]]:
    """Spanning titles over the header, as one title in the first column they cover.

    Titles may stack ("BBB score" over "Days post-injury" over "1 | 3 | 7"), and a PDF reader
    places a centred title in whichever column its few words fall in, not the first it spans.
    A title-only row stands over every column to the right of the stub below it, so its text
    moves to the first header column of the row beneath, stacked titles joined into one.
    """
    k = 0
    while k < len(rows) - 2 and title_only(rows[k]) is not None:
        k += 1
    if k == 0:
        return rows
    below = rows[k]
    first = next((j for j, c in enumerate(below) if j > 0 and c.strip()), None)
    if first is None or first > min(title_only(r) or 0 for r in rows[:k]):
        return rows
    if k == 1 and title_only(rows[0]) == first:
        return rows
    if any(_other_measure(r[title_only(r) or 0]) for r in rows[:k]):
        return rows  # another test's title stands over its own columns only
    width = max(len(r) for r in rows[: k + 1])
    title = " ".join(r[j].strip() for r in rows[:k] for j in [title_only(r) or 0])
    merged = [""] * width
    merged[first] = title
    return [merged, *rows[k:]]


def drop_line_numbers(rows: list[list[str]]) -> list[list[str]]:
    """A manuscript's line numbers read as a first column ("130", "", "131 | Pre-injury | ..."): dropped.

    Told from days or group numbers as rows by two signs together: the numbers rise line by
    line, and some stand on a line of their own or some rows of values have none.
    """
    col = [r[0].strip() if r else "" for r in rows]
    nums = [int(c) for c in col if c.isdigit()]
    if len(nums) < 2 or any(c and not c.isdigit() for c in col):
        return rows
    if any(b <= a for a, b in pairwise(nums)):
        return rows
    alone = any(c.isdigit() and not any(x.strip() for x in r[1:]) for c, r in zip(col, rows))
    gaps = any(not c and any(parse_cell(x) for x in r[1:]) for c, r in zip(col, rows))
    if not (alone or gaps):
        return rows
    return [r[1:] for r in rows if any(x.strip() for x in r[1:])]


# A first column naming the measure of each row ("BBB score", "Inclined plane (°)") beside a group
# column: "Measure | Group | Day 7 | Day 28".
_MEASURE_HEAD: Final = re.compile(
    r"(?:measures?|outcomes?|tests?|parameters?|variables?|assessments?|endpoints?|indices|index)",
    re.IGNORECASE,
)


def measure_column(rows: list[list[str]], scale: str) -> list[list[str]]:
    """Rows of the scale's measure with the measure column dropped; ``rows`` unchanged without one.

    An empty measure cell continues the one above it (a merged cell).
    """
    if len(rows) < 2 or len(rows[0]) < 3 or not _MEASURE_HEAD.fullmatch(fold(rows[0][0]).strip()):
        return rows
    if any(len(r) < 2 or not r[1].strip() or parse_cell(r[1]) for r in rows[1:]):
        return rows  # the second column holds values: the measure column is the row label
    out, current = [rows[0][1:]], None
    for r in rows[1:]:
        label = r[0].strip()
        if label:
            current = section_scale(label)
        if current == scale and len(r) > 1:
            out.append(r[1:])
    return out if len(out) > 1 else rows
