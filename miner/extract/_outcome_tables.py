"""BBB/BMS outcome rows from tables, in either orientation and with any header depth.

Days as columns ("Group | Day 7 | Day 28") or as rows ("Time | Sham | SCI |
Exo"), "mean ± SD" in one cell or mean and SD/SEM in separate columns, spanning
headers ("Days post-injury" over "1 | 7 | 28"), long format ("Group | Day |
Mean | SD"), and tables of several measures where only the rows under a "BBB"
row count. The dispersion type is read from the header, the caption, or the
methods ("data are presented as mean ± SEM").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Final

from miner.extract._numbers import NUM, PM, SD_WORDS, fold, parse_number
from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_time import parse_day, unit_of
from miner.extract._text_outcomes import SCALE_MAX, SEM_ANY, sentence_scale
from miner.parse.model import ParsedDocument, Table
from miner.records import Evidence, OutcomeRow

__all__ = [
    "BBB",
    "DISP_STATEMENT",
    "dispersion_type",
    "make_row",
    "parse_cell",
    "section_scale",
    "table_outcomes",
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
    rf"^\s*(?P<m>{NUM})\s*(?:{PM}\s*(?P<d>{NUM})|\(\s*(?P<d2>{NUM})\s*\)|\[\s*(?P<d3>{NUM})\s*\])?\s*{_MARKS}$"
)
# A decimal comma ("8,2 ± 1,1") is not a thousands separator: at most two digits follow it.
_DECIMAL_COMMA: Final = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")


# A median with its interquartile range or range: "11 (9-12)", "11 [9, 12]" (no SD or SEM).
_MEDIAN_CELL: Final = re.compile(
    rf"^\s*(?P<m>{NUM})\s*[(\[]\s*(?P<lo>{NUM})\s*(?:-|,|to)\s*(?P<hi>{NUM})\s*[)\]]\s*{_MARKS}$"
)


def parse_cell(cell: str) -> tuple[float, float | None] | None:
    """A table cell "11.2 ± 1.3", "11.2±1.3*", "11.2 (1.3)", "11.2 [1.3]ᵃ" or "11.2" -> (mean, dispersion).

    A median with its range, "11 (9-12)", gives the median and no dispersion when the
    median lies inside the range.
    """
    text = _DECIMAL_COMMA.sub(".", fold(cell))
    m = _CELL.match(text)
    if not m:
        q = _MEDIAN_CELL.match(text)
        if q is None:
            return None
        mid, lo, hi = (parse_number(q[k]) for k in ("m", "lo", "hi"))
        if mid is None or lo is None or hi is None or not lo <= mid <= hi:
            return None
        return mid, None
    mean = parse_number(m["m"])
    disp = m["d"] or m["d2"] or m["d3"]
    if mean is None:
        return None
    return mean, (parse_number(disp) if disp else None)


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


_N_IN_LABEL: Final = re.compile(r"\(?\s*n\s*=\s*(?P<n>\d+)\s*\)?", re.IGNORECASE)


def _clean_group(label: str) -> tuple[str, int | None]:
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
) -> OutcomeRow | None:
    if not 0 <= mean <= SCALE_MAX.get(outcome, BBB_MAX) or day <= 0:
        return None  # out of the scale, or at/before the injury ("Day 0" is the baseline)
    g, n_label = _clean_group(group)
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
    )


_SUBSCORE: Final = re.compile(r"sub-?scores?|sub-?scale", re.IGNORECASE)


def _table_scale(table: Table) -> str | None:
    """The locomotor scale of a table ("BBB"/"BMS") from its caption and header, or None."""
    head = " ".join(" ".join(r) for r in table.rows[:2])
    ctx = fold(f"{table.caption or ''} {head}")
    if _SUBSCORE.search(ctx):
        return None  # BBB subscores (toe clearance, paw position) are another measure
    scale = sentence_scale(ctx)
    if scale is None and BBB.search(ctx):
        scale = "BBB"  # "locomotor rating scale" without the name
    return scale


def _split_columns(header: list[str]) -> dict[str, int]:
    """Long-format columns: group / day / mean / sd / sem / n."""
    cols: dict[str, int] = {}
    for j, h in enumerate(header):
        k = fold(h).strip().lower()
        if re.fullmatch(r"groups?|treatment|condition", k):
            cols.setdefault("group", j)
        elif re.fullmatch(
            r"(?:time(?:\s*point)?|days?|weeks?)(?:\s*\(.*\))?(?:\s*post[- ]?injury)?", k
        ):
            cols.setdefault("day", j)
            if k.startswith("week"):
                cols["week"] = 1
        elif re.fullmatch(
            r"(?:(?:bbb|bms)\s*)?(?:mean|score|(?:bbb|bms)\s*score)"
            r"(?:\s*(?:±|\+/-|and)\s*(?:s\.?d\.?|s\.?e\.?m?\.?))?(?:\s*\(.*\))?"
            # "BBB (mean ± SD)": the scale named with the statistic
            r"|(?:bbb|bms)(?:\s*scores?)?\s*\((?:mean|median)\b.*\)",
            k,
        ):
            cols.setdefault("mean", j)
        elif re.fullmatch(r"s\.?e\.?m\.?|se|standard\s+error", k):
            cols.setdefault("sem", j)
        elif re.fullmatch(r"s\.?d\.?|standard\s+deviation", k):
            cols.setdefault("sd", j)
        elif re.fullmatch(r"n|no\.?|number", k):
            cols.setdefault("n", j)
    return cols


def _stat(label: str) -> str | None:
    """What a header cell holds besides a time: mean / sd / sem / n, or skip (a test statistic)."""
    k = fold(label).strip().lower().strip(" .:")
    if re.fullmatch(r"(?:bbb\s*|bms\s*)?(?:mean|average|score|scores)(?:\s*\(.*\))?", k):
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


def _is_time_corner(label: str) -> bool:
    return bool(re.search(r"\b(?:time|days?|weeks?|dpi|post[- ]?injury)\b", label, re.IGNORECASE))


def _header_depth(rows: list[list[str]]) -> int:
    """How many leading rows form the header: 2 when a spanning cell ("Days post-injury",
    "Day 7", a group name) stands over a second row of bare days or Mean/SD labels, else 1."""
    if len(rows) < 3:
        return 1
    top, second = rows[0], rows[1]
    filled = _fill_spans(top)
    spans = any(not c for c in top[1:]) or not top[0]
    if not spans or any(re.search(r"±|\+/-|\d\s*\(", c) for c in second):
        return 1
    kinds = []
    for j, c in enumerate(second[1:], start=1):
        if not c or (j < len(top) and c == top[j].strip()):
            continue  # empty, or a cell spanning both rows ("n", "Dose" beside a spanning "Day")
        if (
            _stat(c) is not None
            or parse_day(c) is not None
            or _BASELINE.fullmatch(c.strip())
            or _LABEL_ONLY_OTHER.search(c)
        ):
            # A pre-injury column ("Pre", "Baseline") or another test's column ("Ladder
            # errors (%)") beside the days is a header cell too; neither gives rows.
            kinds.append(True)
        elif re.fullmatch(r"\d+(?:\.\d+)?", c.strip()):
            # Bare numbers are days only under a spanning cell that names the unit.
            kinds.append(unit_of(filled[j] if j < len(filled) else "") is not None)
        else:
            kinds.append(False)
    if not kinds or not all(kinds):
        return 1
    first = second[0].strip()
    return 2 if not first or _stat(first) is None and _is_header_word(first) else 1


_BASELINE: Final = re.compile(
    r"pre(?:[- ]?(?:injury|op(?:erative)?|SCI|surgery|lesion))?\.?|baseline|before\s+(?:injury|SCI|surgery)"
    r"|(?:day|d)\s*0|0\s*(?:d|dpi)",
    re.IGNORECASE,
)


def _is_header_word(label: str) -> bool:
    return bool(
        re.fullmatch(
            r"(?:groups?|treatments?|conditions?|time(?:\s*points?)?|days?|weeks?|variables?)"
            r"(?:\s*\(.*\))?",
            fold(label).strip(),
            re.IGNORECASE,
        )
    ) or _is_time_corner(label)


def _fill_spans(cells: list[str]) -> list[str]:
    """A spanning header cell sits in the first column it covers: carry it right over the empty ones."""
    out = list(cells)
    for j in range(2, len(out)):
        if not out[j].strip():
            out[j] = out[j - 1]
    return out


@dataclass(frozen=True, slots=True)
class _Column:
    day: float | None  # the time point, when the header gives one
    stat: str | None  # mean / sd / sem / n / skip, or None for "mean ± SD" cells
    label: str  # the header text, for groups as columns


def _columns(header: list[list[str]], unit: str | None) -> list[_Column]:
    """Column meanings from one or two header rows (a spanning cell's unit applies below it)."""
    top = _fill_spans(header[0]) if len(header) > 1 else header[0]
    bottom = header[1] if len(header) > 1 else [""] * len(top)
    cols = []
    for j in range(len(top)):
        t, b = top[j].strip(), (bottom[j].strip() if j < len(bottom) else "")
        col_unit = unit_of(t) or unit
        day = parse_day(b, col_unit) if b else None
        if day is None and not (b and parse_day(t) is None and unit_of(t)):
            day = parse_day(t, unit if not b else None)
        stat = _stat(b) if b else None
        stat = stat or _stat(t)
        label = t if (not b or stat is not None or day is not None) else b
        cols.append(_Column(day, stat, label))
    return cols


_LABEL_ONLY_OTHER: Final = re.compile(
    r"mNSS|inclined|footprint|grid|rotarod|ladder|Tarlov|MEP|open\s+field|weight|lesion|subscore",
    re.IGNORECASE,
)


def _disp_cell(
    r: list[str], j: int, cols: list[_Column], dtype: str | None
) -> tuple[float | None, str | None]:
    """The SD or SEM of mean column ``j`` from the next column when it holds one (Mean | SD)."""
    k = j + 1
    if (
        k < len(cols)
        and k < len(r)
        and cols[k].stat in ("sd", "sem")
        and cols[k].day == cols[j].day
    ):
        return parse_number(r[k].strip().rstrip("*#†‡§abc ")), cols[k].stat
    return None, dtype


def _table_rows(
    doc: ParsedDocument,
    table: Table,
    ti: int,
    methods_disp: str | None,
    scale: str,
    *,
    gated: bool = False,
    codes: Mapping[str, float | None] | None = None,
) -> list[OutcomeRow]:
    """Rows of one table; ``gated``: only those under a row naming the scale."""
    rows = [[c.strip() for c in r] for r in table.rows if any(c.strip() for c in r)]
    if codes:
        # Time codes the methods define ("T1 (day 1)") as headers or first-column labels.
        rows = [
            [_decode(c, codes) if i < 2 or j == 0 else c for j, c in enumerate(r)]
            for i, r in enumerate(rows)
        ]
    rows = _join_wrapped_header(_measure_column(_drop_line_numbers(rows), scale))
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    depth = _header_depth(rows)
    header, body = rows[:depth], rows[depth:]
    head_text = " ".join(" ".join(h) for h in header)
    dtype = dispersion_type(head_text, table.caption, methods_disp)
    ev = Evidence(
        quote=(table.caption or table.label or "table")[:300],
        page=table.page,
        section="table",
        bbox=table.bbox,
        xpath=table.xpath,
    )
    common = {
        "outcome": scale,
        "source": "table",
        "page": table.page,
        "evidence": (ev,),
        "extractor": f"outcomes.table[{ti}]",
    }
    out: list[OutcomeRow] = []

    def add(
        group: str,
        day: float,
        r: list[str],
        j: int,
        cols: list[_Column],
        n: int | None,
        arm: str | None = None,
    ) -> None:
        cell = parse_cell(r[j]) if j < len(r) else None
        if cell is None:
            return
        disp, dt = cell[1], dtype
        if disp is None:
            disp, dt = _disp_cell(r, j, cols, dtype)
        row = make_row(group, day, cell[0], disp, dt, n=n, **common)  # type: ignore[arg-type]
        if row:
            out.append(replace(row, arm=arm) if arm and row.arm == "other" else row)

    cols_long = _split_columns(rows[0])
    if depth == 1 and {"group", "day", "mean"} <= cols_long.keys():
        return _long_rows(body, cols_long, dtype, common)
    unit = unit_of(rows[0][0], table.caption)
    cols = _columns(header, unit)
    measure_ok = not gated
    if any(c.day is not None for c in cols[1:]):
        # Days as columns: "Group | n | Day 7 | Day 28" or "Day 7" over "Mean | SD".
        n_col = next(
            (j for j, c in enumerate(cols) if j > 0 and c.stat == "n" and c.day is None), None
        )
        for r in body:
            if not any(r[1:]):
                measure_ok = _measure_row(r[0], measure_ok)
                continue
            if not measure_ok:
                continue
            n = _int_cell(r, n_col)
            for j, c in enumerate(cols):
                if j > 0 and c.day is not None and c.stat in (None, "mean"):
                    add(r[0], c.day, r, j, cols, n)
        return out
    # Days as rows: "Time | Sham | SCI | Exo" or groups over "Mean | SD", first column "Day 7", "1 w"...
    row_unit = unit or unit_of(head_text) or ("day" if _is_time_corner(rows[0][0]) else None)
    labels = _sub_labels(header[0], body, row_unit)
    for r in body:
        day = parse_day(r[0], row_unit)
        if day is None:
            if not any(r[1:]):
                measure_ok = _measure_row(r[0], measure_ok)
            continue
        if not measure_ok:
            continue
        for j, c in enumerate(cols):
            if j > 0 and c.stat in (None, "mean") and (c.label or j in labels):
                label, n, arm = labels.get(j, (c.label, None, None))
                add(label, day, r, j, cols, n, arm)
    return out


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
            or _stat(c) is not None
            or _BASELINE.fullmatch(c)
            or re.search(r"\d", c)
        )
        for c in r[1:]
    )


def _join_wrapped_header(rows: list[list[str]]) -> list[list[str]]:
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


def _sub_labels(
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
        child, n = _clean_group(cell)
        parent, n_parent = _clean_group(filled[j])
        n = n if n is not None else n_parent
        if re.search(r"[A-Za-z]{2,}", child) and _stat(child) is None:
            arm = group_arm(parent) if parent and parent != child else None
            out[j] = (child, n, arm)
        elif parent:
            out[j] = (parent, n, None)
    return out


def _is_section(r: list[str]) -> bool:
    return bool(r) and bool(r[0].strip()) and not any(c.strip() for c in r[1:])


def section_scale(label: str) -> str | None:
    if _SUBSCORE.search(label):
        return None
    return sentence_scale(fold(label)) or ("BBB" if BBB.search(label) else None)


def _measure_row(label: str, current: bool) -> bool:
    """A row holding only a label ("BBB score", "Inclined plane") switches the measure below it."""
    if section_scale(label):
        return True
    if _LABEL_ONLY_OTHER.search(label):
        return False
    return current


def _int_cell(r: list[str], j: int | None) -> int | None:
    if j is None or j >= len(r):
        return None
    s = r[j].strip()
    return int(s) if s.isdigit() else None


def _long_rows(
    body: list[list[str]], cols: dict[str, int], dtype: str | None, common: Mapping[str, object]
) -> list[OutcomeRow]:
    """Long format: one row per group and time point ("Group | Day | Mean | SD | n")."""
    out = []
    # A group (and its n) is written once, on the first of its rows: empty cells below carry it.
    group, n_group = "", None
    for r in body:
        if len(r) <= max(cols.values()):
            continue
        if r[cols["group"]].strip():
            group, n_group = r[cols["group"]], _int_cell(r, cols.get("n"))
        day = parse_day(r[cols["day"]], "week" if "week" in cols else "day")
        cell = parse_cell(r[cols["mean"]])
        if day is None or cell is None:
            continue
        disp, dt = cell[1], dtype
        for key in ("sem", "sd"):
            if key in cols and parse_number(r[cols[key]]) is not None:
                disp, dt = parse_number(r[cols[key]]), key
        n = _int_cell(r, cols.get("n"))
        n = n if n is not None or r[cols["group"]].strip() else n_group
        row = make_row(group, day, cell[0], disp, dt, n=n, **common)  # type: ignore[arg-type]
        if row:
            out.append(row)
    return out


def _decode(cell: str, codes: Mapping[str, float | None]) -> str:
    key = cell.strip().upper()
    if key not in codes:
        return cell
    day = codes[key]
    return "Baseline" if day is None else f"Day {day:g}"


def table_outcomes(
    doc: ParsedDocument,
    methods_disp: str | None = None,
    codes: Mapping[str, float | None] | None = None,
) -> list[OutcomeRow]:
    """Outcome rows of every table of ``doc`` that reports BBB or BMS scores.

    A table of several measures gives only the rows under its "BBB score" row.
    ``methods_disp`` ('sd'/'sem') is what the methods say when header and caption are silent;
    ``codes`` are the paper's time-point codes (``time_codes``).
    """
    rows: list[OutcomeRow] = []
    # Tables already read, by label: the rest of a table split over a page break carries the
    # label but maybe neither the caption nor the header row ("Table 2 (continued)").
    scored: dict[str, tuple[str, Table]] = {}
    for ti, table in enumerate(doc.tables):
        scale, gated = _table_scale(table), False
        if scale is None:
            sections = [section_scale(r[0]) for r in table.rows if _is_section(r)]
            scale = next((x for x in sections if x), None)
            gated = scale is not None
        key = (table.label or "").strip().lower()
        if scale is None and key in scored:
            scale, first = scored[key]
            table = _continued(table, first)
        if scale is not None:
            if key and key not in scored:
                scored[key] = (scale, table)
            rows.extend(_table_rows(doc, table, ti, methods_disp, scale, gated=gated, codes=codes))
    return rows


def _continued(part: Table, first: Table) -> Table:
    """The continuation of ``first`` with its caption, and its header when the part starts with data."""
    rows = part.rows
    head = first.rows[: _header_depth([[c.strip() for c in r] for r in first.rows])]
    starts_with_data = bool(rows) and any(parse_cell(c) for c in rows[0][1:])
    if starts_with_data and head and len(rows[0]) == len(head[0]) and rows[0] != head[0]:
        rows = [*head, *rows]
    return Table(
        rows=rows,
        page=part.page,
        caption=part.caption or first.caption,
        label=part.label,
        bbox=part.bbox,
        xpath=part.xpath,
        block_index=part.block_index,
    )


def _drop_line_numbers(rows: list[list[str]]) -> list[list[str]]:
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


def _measure_column(rows: list[list[str]], scale: str) -> list[list[str]]:
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
