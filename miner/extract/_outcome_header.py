"""The header of a BBB/BMS table: its depth, each column's meaning, and its clean-up.

A PDF table's header comes back as the reader saw the lines: a label wrapped over several
rows, a spanning cell ("Days post-injury") over bare days, a second row of sub-group labels,
manuscript line numbers as a first column, a "Measure" column, or the paper's time codes.
These helpers turn that into one or two header rows and a meaning per column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from miner.extract._numbers import fold
from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_cells import clean_group, parse_cell, section_scale
from miner.extract._outcome_time import baseline_gloss, parse_day, unit_of

__all__ = [
    "LABEL_ONLY_OTHER",
    "Column",
    "columns",
    "decode_codes",
    "drop_line_numbers",
    "drop_title_row",
    "header_depth",
    "is_time_corner",
    "join_wrapped_header",
    "join_wrapped_rows",
    "measure_column",
    "split_merged_columns",
    "stat_label",
    "sub_labels",
    "time_label",
]


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


def drop_title_row(rows: list[list[str]]) -> tuple[list[list[str]], str]:
    """A title spanning the whole header ("Treatment group", "BBB score (mean ± SEM)") above
    a row of the time corner and the group names ("Day | Sham | Vehicle | Exo"): the rows
    without it, and its text (it may say SD or SEM). A title naming a time, or several
    spanning titles (one per measure), are left alone.
    """
    if len(rows) < 3 or len(rows[0]) < 3:
        return rows, ""
    top, second = rows[0], rows[1]
    # The time corner may span both header rows: blank above (PDF) or repeated (XML rowspan).
    corner = top[0].strip()
    titles = [c for c in top[1:] if c.strip()]
    if corner and corner != second[0].strip():
        return rows, ""
    if len(titles) != 1 or parse_day(_time_text(titles[0])) is not None:
        return rows, ""
    if not is_time_corner(second[0]) or parse_day(_time_text(second[0])) is not None:
        return rows, ""
    names = [c for c in second[1:] if c.strip()]
    if len(names) < 2 or any(
        parse_cell(c) is not None
        or parse_day(_time_text(c)) is not None
        or re.fullmatch(r"[\d.\s]+", c)
        for c in names
    ):
        return rows, ""
    return rows[1:], titles[0]


def header_depth(rows: list[list[str]], unit: str | None = None) -> int:
    """How many leading rows form the header: 2 when a spanning cell ("Days post-injury",
    "Day 7", a group name) stands over a second row of bare days or Mean/SD labels, else 1.

    ``unit``: the unit of the table's bare time numbers when the paper's schedule gives it
    (then "BBB score" over "1 | 2 | 4" is a two-row header too)."""
    if len(rows) < 3:
        return 1
    top, second = rows[0], [_time_text(c) for c in rows[1]]
    filled = _fill_spans(top, second)
    spans = any(not c for c in top[1:]) or not top[0]
    # A value on the second row makes it a body row; a label under another measure's title
    # ("Grid walk" over "errors, wk 8 (%)") is no value.
    valued = [
        c for j, c in enumerate(second) if not (j < len(filled) and _other_measure(filled[j]))
    ]
    # "Mean ± SEM" with no number is a label over the values, not a value.
    if not spans or any(re.search(r"\d(?:.{0,40}(?:±|\+/-)|\s*\()|(?:±|\+/-).{0,40}\d", c) for c in valued):
        return 1
    corner = top[0].strip()
    if corner and second[0].strip() == corner and not any(parse_cell(c) for c in second[1:]):
        # A corner cell spanning both header rows, repeated on the second by the XML reader
        # ("Weeks after SCI"): the second row is the lower header (groups under "BBB (mean ± SEM)").
        return 2
    kinds = []
    for j, c in enumerate(second[1:], start=1):
        if not c or (j < len(top) and c == top[j].strip()):
            continue  # empty, or a cell spanning both rows ("n", "Dose" beside a spanning "Day")
        if (
            stat_label(c) is not None
            or parse_day(c) is not None
            or _BASELINE.fullmatch(c.strip())
            or LABEL_ONLY_OTHER.search(c)
            or (j < len(filled) and _other_measure(filled[j]))
        ):
            # A pre-injury column ("Pre", "Baseline") or another test's column ("Ladder
            # errors (%)") beside the days is a header cell too, and so is any cell under
            # another measure's spanning title ("Grid walk" over "errors, wk 8 (%)"); none
            # gives rows.
            kinds.append(True)
        elif re.fullmatch(r"\d+(?:\.\d+)?", c.strip()):
            # Bare numbers are days only under a spanning cell that names the unit, or where
            # the paper's schedule gives it.
            kinds.append(unit is not None or unit_of(filled[j] if j < len(filled) else "") is not None)
        else:
            kinds.append(False)
    if not kinds or not all(kinds):
        return 1
    first = second[0].strip()
    return 2 if not first or stat_label(first) is None and _is_header_word(first) else 1


_BASELINE: Final = re.compile(
    r"pre(?:[- ]?(?:injury|op(?:erative)?|SCI|surgery|lesion))?\.?|baseline|before\s+(?:injury|SCI|surgery)"
    r"|(?:day|d)\s*0|0\s*(?:d|dpi)",
    re.IGNORECASE,
)


def _is_header_word(label: str) -> bool:
    return bool(
        re.fullmatch(
            # The corner over the row labels names what the rows are: groups, or the doses,
            # codes, arms or cohorts that name them ("Dose" over "10 µg | 50 µg").
            r"(?:(?:experimental|treatment|study|animal)\s+)?"
            r"(?:groups?|treatments?|conditions?|doses?|codes?|arms?|cohorts?|interventions?"
            r"|time(?:\s*points?)?|days?|weeks?|variables?)"
            r"(?:\s*\(.*\))?",
            fold(label).strip(),
            re.IGNORECASE,
        )
    ) or is_time_corner(label)


def _fill_spans(cells: list[str], below: list[str] | None = None) -> list[str]:
    """A spanning header cell sits in the first column it covers: carry it right over the empty ones.

    With the row ``below``: a cell with nothing beneath it spans the two rows, not the columns
    to its right ("n" beside a centred "BBB score, weeks" over "1 | 2 | 4 | 6 | 8"). The empty
    cells after it that have a label below belong to the next title to their right, where a
    PDF reader put a centred title's words.
    """
    out = list(cells)
    if below is not None:
        for j in range(1, len(out)):
            if out[j].strip() or j >= len(below) or not below[j].strip():
                continue
            k = max((i for i in range(j) if cells[i].strip()), default=None)
            if k is None or (k < len(below) and below[k].strip()):
                continue
            right = next((i for i in range(j + 1, len(cells)) if cells[i].strip()), None)
            if right is not None and all(
                i < len(below) and _kind(below[i]) == _kind(below[j]) is not None
                for i in range(j, right + 1)
            ):
                out[j] = cells[right]
    for j in range(2, len(out)):
        if not out[j].strip():
            out[j] = out[j - 1]
    return out


def _kind(label: str) -> str | None:
    """What a lower header cell is, to tell the columns one title spans: a time, or a statistic."""
    c = _time_text(label).strip()
    if re.fullmatch(r"\d{1,3}", c) or parse_day(c) is not None:
        return "time"
    return stat_label(c)


@dataclass(frozen=True, slots=True)
class Column:
    day: float | None  # the time point, when the header gives one
    stat: str | None  # mean / sd / sem / n / skip, or None for "mean ± SD" cells
    label: str  # the header text, for groups as columns


def columns(header: list[list[str]], unit: str | None) -> list[Column]:
    """Column meanings from one or two header rows (a spanning cell's unit applies below it)."""
    top = _fill_spans(header[0], header[1]) if len(header) > 1 else header[0]
    bottom = header[1] if len(header) > 1 else [""] * len(top)
    cols = []
    for j in range(len(top)):
        t, b = _time_text(top[j]), _time_text(bottom[j] if j < len(bottom) else "")
        col_unit = unit_of(t) or unit
        day = parse_day(b, col_unit) if b else None
        if day is None and not (b and parse_day(t) is None and unit_of(t)):
            # "1" over "Mean | SD" under a time title: the title's unit holds for the number.
            day = parse_day(t, unit if not b or stat_label(b) else None)
        stat = stat_label(b) if b else None
        stat = stat or stat_label(t)
        if _other_measure(t) or _other_measure(b):
            # A column of another measure beside the scores ("Subscore", "Inclined plane (°)",
            # "Body weight (g)"), or under one spanning such a column group: no score.
            stat = "skip"
        label = t if (not b or stat is not None or day is not None) else b
        cols.append(Column(day, stat, label))
    return _first_time_under_title(cols, header[-1], unit)


# A spanning time title run into the first time column's cell by the PDF reader: "Days after
# SCI 1 d", "Weeks post-injury 1", "Time (days) 1" before "7 d | 14 d" or "2 | 3".
_TITLED_TIME: Final = re.compile(
    r"(?P<title>.*?[A-Za-z)].*?)\s+(?P<time>(?:(?:days?|weeks?|wks?|d|w)\s*)?\d{1,3}(?:\s*(?:days?|weeks?|wks?|d|w|dpi|wpi))?)",
    re.IGNORECASE,
)


def _first_time_under_title(cols: list[Column], row: list[str], unit: str | None) -> list[Column]:
    """The first time column of a header whose spanning time title the reader ran into its
    cell; the title's unit holds for bare numbers to its right ("Weeks post-injury 1 | 2 | 4").
    Taken only when every later column is a rising time point."""
    j = next((k for k, c in enumerate(cols) if k > 0 and c.stat is None), None)
    if j is None or j >= len(cols) - 1 or j >= len(row) or cols[j].day is not None:
        return cols
    m = _TITLED_TIME.fullmatch(row[j].strip())
    if m is None or not is_time_corner(m["title"]) or parse_day(m["title"]) is not None:
        return cols
    title_unit = unit_of(m["title"]) or unit
    days = [parse_day(m["time"], title_unit)]
    for k in range(j + 1, len(cols)):
        bare = k < len(row) and re.fullmatch(r"\d{1,3}", row[k].strip())
        days.append(parse_day(row[k].strip(), title_unit) if bare else cols[k].day)
    if any(d is None for d in days) or any(b <= a for a, b in pairwise(days)):  # type: ignore[operator]
        return cols
    out = cols[:j]
    for k, day in enumerate(days, start=j):
        out.append(Column(day, cols[k].stat, m["time"] if k == j else cols[k].label))
    return out


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


# One value of a cell, with its marks: "21.0 ± 0.0", "13.4 ± 1.3*#".
_ONE_VALUE: Final = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:(?:±|\+/-)\s*\d+(?:[.,]\d+)?)?\s*[*#†‡§a-h]{0,4}(?=\s|$)"
)


# One time label of a run-together header cell: "Week 3", "D7", "14", "2 wk".
_TIME_TOKEN: Final = re.compile(
    r"(?:weeks?|wks?|w|days?|d)\s*\d{1,3}\b|\d{1,3}(?:\s*(?:weeks?|wks?|w|days?|d|dpi|wpi)\b)?",
    re.IGNORECASE,
)


def _time_tokens(cell: str) -> list[str]:
    """The time labels a header cell runs together ("Week 3 Week 4" -> ["Week 3", "Week 4"]), or []
    when the cell holds anything else."""
    toks = [m.group(0) for m in _TIME_TOKEN.finditer(cell)]
    if "".join(toks).replace(" ", "") != cell.replace(" ", ""):
        return []
    if not all(re.fullmatch(r"\d{1,3}", t) or parse_day(t) is not None for t in toks):
        return []
    return toks


def split_merged_columns(rows: list[list[str]], depth: int) -> list[list[str]]:
    """Columns the PDF reader ran together, split again: a header cell "14 21 28" over body cells
    "7.4 ± 0.8 8.4 ± 0.9 8.8 ± 1.1" becomes three columns.

    Only when a header cell holds k time labels or bare numbers and every body cell of the
    column holds exactly k values (or nothing); otherwise ``rows`` come back unchanged.
    """
    if len(rows) <= depth:
        return rows
    splits: dict[int, int] = {}
    for j in range(1, max(len(r) for r in rows)):
        for h in rows[:depth]:
            toks = _time_tokens(h[j]) if j < len(h) else []
            if len(toks) < 2:
                continue
            cells = [r[j] for r in rows[depth:] if j < len(r) and r[j].strip()]
            if cells and all(len(_values(c)) == len(toks) for c in cells):
                splits[j] = len(toks)
    if not splits:
        return rows
    out = []
    for i, r in enumerate(rows):
        new: list[str] = []
        for j, c in enumerate(r):
            k = splits.get(j)
            if k is None:
                new.append(c)
            elif i < depth:
                toks = _time_tokens(c)
                new.extend(toks if len(toks) == k else [c] + [""] * (k - 1))
            else:
                vals = _values(c)
                new.extend(vals if len(vals) == k else [c] + [""] * (k - 1))
        out.append(new)
    return out


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


def _values(cell: str) -> list[str]:
    """The values of a cell that holds only values, each whole ("" and prose give [])."""
    vals = [m.group(0).strip() for m in _ONE_VALUE.finditer(cell)]
    return vals if vals and re.sub(r"\s+", "", "".join(vals)) == re.sub(r"\s+", "", cell) else []


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


def sub_labels(
    top: list[str], body: list[list[str]], unit: str | None
) -> dict[int, tuple[str, int | None, str | None]]:
    """Group labels on a second header row under spanning groups, with days as rows.

    "Vehicle | rADSC-Exo, µg per injection" over "(n = 10) | Low: 25 µg (n = 10) | High: 100 µg
    (n = 10)": column -> (label, n, arm of the spanning group). The spanning group's arm stands
    for a sub-label that names only a dose ("Low: 25 µg" given rADSC-Exo is a treatment arm).
    """
    sub: list[list[str]] = []
    for r in body:
        if r[0].strip() or parse_day(r[0], unit) is not None or any(parse_cell(c) for c in r[1:]):
            break
        sub.append(r)
    if len(sub) != 1:
        return {}
    filled = _fill_spans(top)
    out: dict[int, tuple[str, int | None, str | None]] = {}
    for j, cell in enumerate(sub[0]):
        if j == 0 or j >= len(filled):
            continue
        child, n = clean_group(cell)
        parent, n_parent = clean_group(filled[j])
        n = n if n is not None else n_parent
        if re.search(r"[A-Za-z]{2,}", child) and stat_label(child) is None:
            arm = group_arm(parent) if parent and parent != child else None
            out[j] = (child, n, arm)
        elif parent:
            out[j] = (parent, n, None)
    return out


def decode_codes(cell: str, codes: Mapping[str, float | None]) -> str:
    key = cell.strip().upper()
    if key not in codes:
        return cell
    day = codes[key]
    return "Baseline" if day is None else f"Day {day:g}"


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
