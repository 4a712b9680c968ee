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
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Final

from miner.extract._numbers import fold, parse_number
from miner.extract._outcome_arms import group_arm, resolve_arms
from miner.extract._outcome_cells import (
    BBB,
    DISP_STATEMENT,
    NOT_GROUP,
    SPREAD_ONLY,
    SUBSCORE,
    cell_n,
    cell_stat,
    dispersion_type,
    int_cell,
    make_row,
    parse_cell,
    section_scale,
)
from miner.extract._outcome_codes import code_arms, table_codes
from miner.extract._outcome_header import (
    LABEL_ONLY_OTHER,
    Column,
    columns,
    decode_codes,
    drop_line_numbers,
    drop_title_row,
    header_depth,
    is_time_corner,
    join_wrapped_header,
    join_wrapped_rows,
    measure_column,
    split_merged_columns,
    stack_title_rows,
    sub_labels,
    title_only,
)
from miner.extract._outcome_long import long_columns, long_rows
from miner.extract._outcome_merged import shift_lone_headers, split_stat_labels
from miner.extract._outcome_net import net_rows
from miner.extract._outcome_notes import (
    by_scale_column,
    caption_time,
    declared_unit,
    drop_stray_text,
    generic_codes,
    group_size_for_all,
    has_code_cells,
    note_abbreviations,
    note_time_codes,
    plain_score_table,
    row_time,
    spanning_group_size,
    table_evidence,
    table_note,
)
from miner.extract._outcome_origin import place_table_rows, table_origin
from miner.extract._outcome_schedule import (
    NO_SCHEDULES,
    RunningSchedules,
    bare_numbers,
    bare_time_unit,
    doc_schedules,
)
from miner.extract._outcome_time import BEFORE_INJURY, caption_code_time, parse_day, unit_of
from miner.extract._text_outcomes import sentence_scale
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


def _table_scale(table: Table) -> str | None:
    """The locomotor scale of a table ("BBB"/"BMS") from its caption and header, or None."""
    head = " ".join(" ".join(r) for r in table.rows[:2])
    ctx = fold(f"{table.caption or ''} {head}")
    if _THRESHOLD.search(fold(table.caption or "")) or SPREAD_ONLY.search(table.caption or ""):
        return None  # counts of animals past a score, or the scores' SD/SEM alone: not scores
    if SUBSCORE.search(ctx):
        # BBB subscores (toe clearance, paw position) are another measure. A table of the score
        # beside its subscore ("BMS score and subscore", columns "Score | Subscore") keeps the
        # score: the subscore then has a header cell of its own, which the columns skip.
        own_column = any(SUBSCORE.search(c) for r in table.rows[:2] for c in r)
        # Header cells apart: "BBB | Subscore" is the score beside a subscore, not a "BBB subscore".
        cells = " | ".join(c for r in table.rows[:2] for c in r)
        ctx = _SUBSCORE_PHRASE.sub(" ", fold(f"{table.caption or ''} | {cells}"))
        if not own_column or not (BBB.search(ctx) or sentence_scale(ctx)):
            return None
    scale = sentence_scale(ctx)
    if scale is None and BBB.search(ctx):
        scale = "BBB"  # "locomotor rating scale" without the name
    return scale


# "Rats reaching BBB ≥ 14", "Proportion of mice with a BMS of at least 5": counts, not scores.
_THRESHOLD: Final = re.compile(
    r"(?:BBB|BMS|score)\s*(?:≥|>=|>|of\s+at\s+least|above)\s*\d"
    r"|(?:rats|mice|animals)\s+(?:that\s+|which\s+)?(?:reach|achiev|attain|regain)",
    re.IGNORECASE,
)


# A subscore named with its scale ("BBB subscore", "BMS sub-score") says nothing of the score.
_SUBSCORE_PHRASE: Final = re.compile(
    r"(?:\b(?:BBB|BMS)\s*|\bBasso\s+Mouse\s+Scale\s*(?:\(BMS\)\s*)?)?sub-?(?:scores?|scales?)",
    re.IGNORECASE,
)


def _disp_cell(
    r: list[str], j: int, cols: list[Column], dtype: str | None
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
    sched: RunningSchedules,
) -> list[OutcomeRow]:
    """Rows of one table; ``gated``: only those under a row naming the scale; ``sched``: the
    document's running schedules (``doc_schedules``), for bare time labels.

    A group the table's footnote abbreviates ("SF: saline solution") takes the arm of its meaning.
    """
    note = table_note(doc, table)
    # Codes the table's own footnote or caption defines ("T1–T8 = days 1, 3, ... 56") are what its
    # cells mean, whatever the text means by the same code elsewhere ("clamped at T8"). A PDF
    # reader may leave the footnote among the table's rows.
    cells = " ".join(c for r in table.rows for c in r if len(c) > 20)
    local = note_time_codes(note, table.caption, cells)
    if has_code_cells(table.rows):
        local = {**generic_codes(doc.text, table.rows), **local}
    if local:
        codes = {**(codes or {}), **local}
    out = _read_rows(doc, table, ti, methods_disp, scale, gated=gated, codes=codes, sched=sched)
    if not out:
        return out
    n_all = group_size_for_all(table.caption, note) or spanning_group_size(table.rows)
    if n_all is not None:
        out = [r if r.n is not None else replace(r, n=n_all) for r in out]
    # The footnote's spelling first, else the caption's ("BBB scores. G1, sham; G2, SCI + PBS").
    spelled = {**note_abbreviations(table.caption or ""), **note_abbreviations(note)}
    fixed = []
    for r in out:
        long = spelled.get(r.group.strip())
        arm = group_arm(long) if long and r.arm == "other" else None
        fixed.append(replace(r, arm=arm) if arm and arm != "other" else r)
    return fixed


def _read_rows(
    doc: ParsedDocument,
    table: Table,
    ti: int,
    methods_disp: str | None,
    scale: str,
    *,
    gated: bool = False,
    codes: Mapping[str, float | None] | None = None,
    sched: RunningSchedules,
) -> list[OutcomeRow]:
    rows = drop_stray_text(
        [[c.strip() for c in r] for r in table.rows if any(c.strip() for c in r)]
    )
    if codes:
        # Time codes the methods define ("T1 (day 1)") as headers or first-column labels.
        rows = [
            [decode_codes(c, codes) if i < 2 or j == 0 else c for j, c in enumerate(r)]
            for i, r in enumerate(rows)
        ]
    rows = join_wrapped_header(measure_column(drop_line_numbers(rows), scale))
    rows = stack_title_rows(rows)
    rows, title = drop_title_row(rows)
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    top = title_only(rows[0])
    if not title and top is not None and header_depth(rows[1:]) == 2:
        # A title over a two-level header ("Days post-injury" over "1 | 3" over "Mean | SD"):
        # its words are the unit and the statistic of the levels below.
        title, rows = rows[0][top], rows[1:]
    # Split run-together columns before reading the header: a second header row of days may
    # hold one ("1 | 3 | 7 | 14 21 28").
    values_below = any(parse_cell(c) and not c.strip().isdigit() for c in rows[1][1:])
    rows = split_stat_labels(split_merged_columns(shift_lone_headers(rows), 1 if values_below else 2))
    # Bare time numbers ("1 | 3 | 7") with no unit in the table: the schedule that holds them all.
    bare = bare_numbers(rows)
    bare_unit = (
        bare_time_unit(bare, (table.caption or "", table_note(doc, table)), sched)
        if bare
        else None
    )
    depth = header_depth(rows, bare_unit)
    header, body = rows[:depth], join_wrapped_rows(rows[depth:])
    rows = [*header, *body]
    head_text = " ".join([title, *(" ".join(h) for h in header)])
    # The footnote ("Data are mean ± SEM") speaks for the table before the methods do.
    dtype = dispersion_type(head_text, table.caption, table_note(doc, table), methods_disp)
    # What says whether a cell is a mean or a median, after its own column header and row label.
    stat_ctx = " ".join(t for t in (head_text, table.caption, table_note(doc, table)) if t)
    ev = table_evidence(table)
    # "(day 0 = 72 h after contusion)": the table counts from an event after the injury.
    origin, origin_ev = table_origin(doc, table)
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
        cols: list[Column],
        n: int | None,
        arm: str | None = None,
    ) -> None:
        cell = parse_cell(r[j]) if j < len(r) else None
        if cell is None or NOT_GROUP.search(group):
            return
        disp, dt = cell[1], dtype
        if disp is None:
            disp, dt = _disp_cell(r, j, cols, dtype)
        n = cell_n(r[j]) or n
        # A value with an SD or SEM (its own or its column's) is a mean.
        col_head = " ".join(h[j] for h in header if j < len(h))
        stat = "mean" if disp is not None else cell_stat(r[j], col_head, r[0], stat_ctx)
        moved = origin and day >= 0
        at = day + origin if moved else day
        row = make_row(group, at, cell[0], disp, dt, n=n, stat=stat, **common)  # type: ignore[arg-type]
        if row and moved:
            row = replace(row, evidence=(*row.evidence, *origin_ev))
        if row:
            out.append(replace(row, arm=arm) if arm and row.arm == "other" else row)

    cols_long = long_columns(rows[0], scale) if depth == 1 else None
    if cols_long is not None:
        declared = declared_unit(table_note(doc, table), table.caption) or unit_of(table.caption)
        found = long_rows(body, cols_long, rows[0], dtype, common, declared, stat_ctx=stat_ctx)
        if found:
            # The long reader dates its rows itself: the table's day 0 moves them all the same.
            return [
                replace(x, day=x.day + origin, evidence=(*x.evidence, *origin_ev))
                if origin and x.day is not None and x.day >= 0
                else x
                for x in found
            ]
    # The corner cell, else a unit the footnote or caption declares ("Rows are weeks after
    # injury"), else any the caption names: "injection at day 7" is an event, not the unit.
    unit = (
        unit_of(rows[0][0])
        or unit_of(title)
        or declared_unit(table_note(doc, table), table.caption)
        or bare_unit
    )
    unit = unit or unit_of(table.caption)
    cols = columns(header, unit)
    measure_ok = not gated
    if any(c.day is not None for c in cols[1:]):
        # Days as columns: "Group | n | Day 7 | Day 28" or "Day 7" over "Mean | SD".
        n_col = next(
            (j for j, c in enumerate(cols) if j > 0 and c.stat == "n" and c.day is None), None
        )
        above: dict[int, int] = {}  # column -> index in ``out`` of the row above's value
        for r in body:
            if not any(r[1:]):
                measure_ok = _measure_row(r[0], measure_ok)
                common["outcome"] = section_scale(r[0]) or common["outcome"]
                continue
            if not measure_ok:
                continue
            if _N_ROW.fullmatch(fold(r[0]).strip()):
                # "n | 8 | 8 | 7": the animals scored at each time point, for the group above.
                for j, k in above.items():
                    n_here = int_cell(r, j)
                    if n_here is not None:
                        out[k] = replace(out[k], n=n_here)
                above = {}
                continue
            n = int_cell(r, n_col)
            above = {}
            for j, c in enumerate(cols):
                if j > 0 and c.day is not None and c.stat in (None, "mean"):
                    size = len(out)
                    add(r[0], c.day, r, j, cols, n)
                    if len(out) > size:
                        above[j] = size
        return out
    # Days as rows: "Time | Sham | SCI | Exo" or groups over "Mean | SD", first column "Day 7", "1 w"...
    row_unit = unit or unit_of(head_text) or ("day" if is_time_corner(rows[0][0]) else None)
    if not gated and all(row_time(r[0], row_unit) is None for r in body):
        # No time on either axis: "Group | n | BBB score | MDA" at the caption's one time point,
        # or measures as rows under the groups ("Outcome | Sham | Vehicle | Exo").
        col = _score_column(header, cols, scale)
        score_row = _score_row(body, scale) if col is None else None
        day = caption_time(table.caption, table_note(doc, table))
        if day is None:  # "Motor and sensory evaluation on D28": a compact code
            day = caption_code_time(table.caption, table_note(doc, table))
        if day is None:
            return out
        if col is not None and _in_scale(body, col, scale):
            n_col = next((k for k, c in enumerate(cols) if k > 0 and c.stat == "n"), None)
            for r in body:
                if not _N_ROW.fullmatch(fold(r[0]).strip()):
                    add(r[0], day, r, col, cols, int_cell(r, n_col))
        elif score_row is not None and _in_scale(_as_rows(body[score_row]), 1, scale):
            n_row = next((r for r in body if _N_ROW.fullmatch(fold(r[0]).strip())), None)
            for k, c in enumerate(cols):
                if k > 0 and c.stat is None and c.day is None and re.search(r"[A-Za-z]", c.label):
                    n = int_cell(n_row, k) if n_row else None
                    add(c.label, day, body[score_row], k, cols, n)
        return out
    labels = sub_labels(header[0], body, row_unit)
    made: list[tuple[int, int]] = []  # (index in ``out``, column) of each value read
    n_of: dict[int, int] = {}  # column -> the group's n from an "n | 8 | 9 | 8" row
    for r in body:
        day = row_time(r[0], row_unit)
        if day is None and _N_ROW.fullmatch(fold(r[0]).strip()):
            n_of |= {j: n for j in range(1, len(r)) if (n := int_cell(r, j)) is not None}
            continue
        if day is None:
            if not any(r[1:]):
                measure_ok = _measure_row(r[0], measure_ok)
                # "BMS score" over the rows below it: another scale's block in the same table.
                common["outcome"] = section_scale(r[0]) or common["outcome"]
            continue
        if not measure_ok:
            continue
        for j, c in enumerate(cols):
            if j > 0 and c.stat in (None, "mean") and (c.label or j in labels):
                label, n, arm = labels.get(j, (c.label, None, None))
                nxt = cols[j + 1] if j + 1 < len(cols) else None
                if n is None and nxt and nxt.stat == "n" and nxt.day is None and nxt.label == c.label:
                    n = int_cell(r, j + 1)  # "Mean ± SEM | n" under each group: its n this day
                size = len(out)
                add(label, day, r, j, cols, n, arm)
                made += [(size, j)] if len(out) > size else []
    # The n row stands above or below the time rows: it gives each group column its n.
    for k, j in made:
        if out[k].n is None and j in n_of:
            out[k] = replace(out[k], n=n_of[j])
    return out


# A row of group sizes under each group's scores: "n", "(n)", "n per group", "No. of rats", "Animals (n)".
_N_ROW: Final = re.compile(
    r"\(?n\)?|n\s*(?:per\s+group|assessed|analy[sz]ed|scored|remaining)|no\.?\s+of\s+(?:rats|mice|animals)"
    r"|(?:rats|mice|animals)\s*(?:\(n\)|assessed|scored|analy[sz]ed)|sample\s+size"
    r"|number\s+of\s+(?:rats|mice|animals)",
    re.IGNORECASE,
)


def _score_column(header: list[list[str]], cols: list[Column], scale: str) -> int | None:
    """The one column of a measures-as-columns table that holds the scale's score, or None.

    "Group | n | BBB score | MDA (nmol/g)": the column naming the scale and no time, with no
    subscore and no time before the injury ("BBB before injury" is the baseline). Two such
    columns ("BBB left | BBB right") are ambiguous: None.
    """
    found = []
    for j, c in enumerate(cols):
        words = " ".join(h[j] for h in header if j < len(h))
        if j == 0 or c.stat not in (None, "mean") or section_scale(words) != scale:
            continue
        if BEFORE_INJURY.search(words) or parse_day(words) is not None:
            continue
        found.append(j)
    return found[0] if len(found) == 1 else None


def _score_row(body: list[list[str]], scale: str) -> int | None:
    """The one body row of a measures-as-rows table that holds the scale's score, or None."""
    found = [
        i
        for i, r in enumerate(body)
        if section_scale(r[0]) == scale
        and not BEFORE_INJURY.search(r[0])
        and parse_day(r[0]) is None
        and any(parse_cell(c) for c in r[1:])
    ]
    return found[0] if len(found) == 1 else None


def _as_rows(r: list[str]) -> list[list[str]]:
    """One row's values as a column (for :func:`_in_scale`)."""
    return [["", c] for c in r[1:]]


def _in_scale(body: list[list[str]], j: int, scale: str) -> bool:
    """Every value of column ``j`` a score inside the scale's range (else it is no score column)."""
    top = 9.0 if scale == "BMS" else 21.0
    vals = [parse_cell(r[j]) for r in body if j < len(r) and not NOT_GROUP.search(r[0])]
    means = [v[0] for v in vals if v is not None]
    return bool(means) and all(0 <= m <= top for m in means)


def _is_section(r: list[str]) -> bool:
    return bool(r) and bool(r[0].strip()) and not any(c.strip() for c in r[1:])


def _measure_row(label: str, current: bool) -> bool:
    """A row holding only a label ("BBB score", "Inclined plane") switches the measure below it."""
    if section_scale(label):
        return True
    if LABEL_ONLY_OTHER.search(label):
        return False
    return current



def table_outcomes(
    doc: ParsedDocument,
    methods_disp: str | None = None,
    codes: Mapping[str, float | None] | None = None,
    texts: Sequence[str] = (),
    origin_one: Evidence | None = None,
    defined: Mapping[str, str] | None = None,
) -> list[OutcomeRow]:
    """Outcome rows of every table of ``doc`` that reports BBB or BMS scores.

    A table of several measures gives only the rows under its "BBB score" row.
    ``methods_disp`` ('sd'/'sem') is what the methods say when header and caption are silent;
    ``codes`` are the paper's time-point codes (``time_codes``); ``texts`` the paper's sentences,
    which say what a time in a coded group's brackets is (``resolve_arms``); ``origin_one`` the
    statement that study days count from 1 on the injury day (``study_day_statement``), and
    ``defined`` the codes the paper's design tables define (``table_codes``), when known.
    Each table's days are moved once to count from the injury (``place_table_rows``).
    """
    rows: list[OutcomeRow] = []
    # Tables already read, by label: the rest of a table split over a page break carries the
    # label but maybe neither the caption nor the header row ("Table 2 (continued)").
    scored: dict[str, tuple[str, Table]] = {}
    unscored: list[tuple[int, Table]] = []
    given: set[int] = set()  # tables that gave rows
    tables = doc.tables
    sched = doc_schedules(doc) if tables else NO_SCHEDULES  # read once for all the tables
    for ti, table in enumerate(tables):
        before = len(rows)
        _read_table(doc, ti, table, rows, scored, unscored, methods_disp, codes, sched)
        if len(rows) > before:
            given.add(ti)
            rows[before:] = place_table_rows(rows[before:], doc, ti, origin_one)
    scales = {r.outcome for r in rows}
    if len(scales) == 1:
        # A second experiment's table whose caption names no measure ("Experiment 2: delayed
        # injection at day 28"), beside the paper's score table: the same scale, when it holds
        # only time points, groups and values within the scale's range.
        (scale,) = scales
        for ti, table in unscored:
            if plain_score_table(table, table_note(doc, table), scale):
                found = _table_rows(doc, table, ti, methods_disp, scale, codes=codes, sched=sched)
                rows.extend(place_table_rows(found, doc, ti, origin_one))
                given.update([ti] if found else [])
    for ti, table in enumerate(tables):
        if ti not in given:
            # The safety net: a score table every specific reader declined.
            read = partial(_table_rows, doc, table, ti, methods_disp, codes=codes, sched=sched)
            found = net_rows(doc, table, ti, methods_disp, read, sched)
            rows.extend(place_table_rows(found, doc, ti, origin_one))
    if defined is None:
        defined = table_codes(t.rows for t in doc.tables) if rows else {}
    if defined:
        # Groups coded in a design table ("A | Laminectomy only", "C | hPMSC-Exo"): arms from there.
        rows = code_arms(rows, defined, group_arm, partial(resolve_arms, texts=texts))
    return rows


def _read_table(
    doc: ParsedDocument,
    ti: int,
    table: Table,
    rows: list[OutcomeRow],
    scored: dict[str, tuple[str, Table]],
    unscored: list[tuple[int, Table]],
    methods_disp: str | None,
    codes: Mapping[str, float | None] | None,
    sched: RunningSchedules,
) -> None:
    """The specific readers on one table: its rows appended to ``rows``."""
    scale, gated = _table_scale(table), False
    parts = by_scale_column(table, scale)
    if parts:
        # "Scale | Time | Vehicle | Exo" with "BMS (0-9)" and "BBB (0-21)" rows: one table per scale.
        for part_scale, part in parts:
            rows.extend(
                _table_rows(doc, part, ti, methods_disp, part_scale, codes=codes, sched=sched)
            )
        return
    if scale is None:
        sections = [section_scale(r[0]) for r in table.rows if _is_section(r)]
        scale = next((x for x in sections if x), None)
        gated = scale is not None
    if scale is None:
        scale = _measure_row_scale(doc, table)
    key = (table.label or "").strip().lower()
    if key in scored and scored[key][1] is not table:
        # The rest of a split table ("Table 2 (cont.)"): the first part's scale, and its header
        # when the rest starts with data.
        scale = scale or scored[key][0]
        table = _continued(table, scored[key][1])
    if scale is not None:
        if key and key not in scored:
            scored[key] = (scale, table)
        rows.extend(
            _table_rows(
                doc, table, ti, methods_disp, scale, gated=gated, codes=codes, sched=sched
            )
        )
    else:
        unscored.append((ti, table))


def _measure_row_scale(doc: ParsedDocument, table: Table) -> str | None:
    """The scale of a measures-as-rows table at one time point whose score row is not among the
    first two ("IL-1β | ..." over "BBB | ..."): the caption gives one time, no header cell or row
    label is a time, and exactly one row label names a scale."""
    rows = [[c.strip() for c in r] for r in table.rows if any(c.strip() for c in r)]
    if len(rows) < 3 or any(parse_day(c) is not None for c in rows[0]):
        return None
    if any(parse_day(r[0]) is not None for r in rows[1:]):
        return None
    named = [section_scale(r[0]) for r in rows[1:] if any(parse_cell(c) for c in r[1:])]
    scales = [x for x in named if x]
    if len(scales) != 1 or caption_time(table.caption, table_note(doc, table)) is None:
        return None
    return scales[0]


def _continued(part: Table, first: Table) -> Table:
    """The continuation of ``first`` with its caption, and its header when the part starts with data."""
    rows = part.rows
    first_rows = [[c.strip() for c in r] for r in first.rows]
    untitled, title = drop_title_row(first_rows)
    head = first.rows[: header_depth(untitled) + (1 if title else 0)]
    starts_with_data = bool(rows) and any(parse_cell(c) for c in rows[0][1:])
    if starts_with_data and head and len(rows[0]) == len(head[0]) and rows[0] != head[0]:
        # The page broke inside a section ("BMS score" over its groups): its title goes on.
        section = [r for r in first_rows[len(head) :] if _is_section(r)][-1:]
        rows = [*head, *section, *rows]
    return Table(
        rows=rows,
        page=part.page,
        caption=part.caption or first.caption,
        label=part.label,
        bbox=part.bbox,
        xpath=part.xpath,
        block_index=part.block_index,
    )
