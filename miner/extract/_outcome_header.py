"""The header of a BBB/BMS table: its depth, each column's meaning, and its clean-up.

A PDF table's header comes back as the reader saw the lines: a label wrapped over several
rows, a spanning cell ("Days post-injury") over bare days, a second row of sub-group labels,
manuscript line numbers as a first column, a "Measure" column, or the paper's time codes.
These helpers turn that into one or two header rows and a meaning per column.

Layout: what one header cell says (a statistic, a time) in ``_outcome_header_labels``; the
clean-up of wrapped, stacked and numbered rows in ``_outcome_header_rows``; both re-exported
here, the one import for the table readers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from miner.extract._numbers import fold
from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_cells import clean_group, parse_cell
from miner.extract._outcome_header_labels import (
    _BASELINE,
    _time_text,
    is_time_corner,
    stat_label,
    time_label,
)
from miner.extract._outcome_header_rows import (
    LABEL_ONLY_OTHER,
    _other_measure,
    drop_line_numbers,
    join_wrapped_header,
    join_wrapped_rows,
    measure_column,
    stack_title_rows,
    title_only,
)
from miner.extract._outcome_time import parse_day, unit_of

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
    "stack_title_rows",
    "stat_label",
    "sub_labels",
    "time_label",
    "title_only",
]


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


def _values(cell: str) -> list[str]:
    """The values of a cell that holds only values, each whole ("" and prose give [])."""
    vals = [m.group(0).strip() for m in _ONE_VALUE.finditer(cell)]
    return vals if vals and re.sub(r"\s+", "", "".join(vals)) == re.sub(r"\s+", "", cell) else []


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
