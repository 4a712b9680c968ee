"""A safety net for BBB/BMS tables the specific table readers decline.

A lost table costs 10-40 rows, so a table the readers give nothing for is read once more when
its caption, header or footnote names the locomotor score (BBB, BMS, "Basso", "locomotor
score") and its body is a group x time grid of values inside the scale's range, in either
orientation. The net first hands the table back to the specific reader with the scale it
found (the footnote may be the only place that names it), then reads the plain grid itself.

Precision first: the net stays empty for subscores, other scales and measures (histology,
lesion size, in-vitro assays), tables of other studies' results, percentages, and any grid
holding a value outside the scale. Pre-injury columns, "n" rows and P-value rows give no row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from miner.extract._numbers import fold, parse_number
from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_cells import (
    BBB,
    NOT_GROUP,
    SPREAD_ONLY,
    SUBSCORE,
    cell_stat,
    dispersion_type,
    make_row,
    parse_cell,
)
from miner.extract._outcome_header import time_label
from miner.extract._outcome_notes import note_abbreviations, table_evidence, table_note
from miner.extract._outcome_schedule import RunningSchedules, bare_numbers, bare_time_unit
from miner.extract._outcome_time import parse_day, unit_of
from miner.extract._text_outcomes import SCALE_MAX, sentence_scale
from miner.parse.model import BlockKind, ParsedDocument, SectionKind, Table
from miner.records import OutcomeRow

__all__ = ["net_rows", "net_scale"]

# Rows of a table the net reads are a little less sure than the specific readers' (0.9).
_NET_CONFIDENCE: Final = 0.8

# "Basso score", "locomotor score", "open-field locomotor rating": the scale, but not which one.
_AMBIGUOUS: Final = re.compile(
    r"\bBasso\b|locomotor\s+(?:rating|scores?|scales?|function\s+scores?)", re.IGNORECASE
)

_ANY_SCALE: Final = re.compile(r"BBB|BMS|Basso|Beattie|locomotor", re.IGNORECASE)

# Another measure or another scale in the caption or header makes the table not the score's.
_OTHER: Final = re.compile(
    r"lesion|cavit|\barea\b|volume|density|express|\blevels?\b|cytokine|\bIL-|TNF|GFAP|NeuN"
    r"|\bcells?\b|\bcounts?\b|weight|latency|\bMEP|amplitude|protein|mRNA|stain|intensity|ratio"
    r"|positive|%|percent|µm|\bmm\b|pg|ng/|mNSS|inclined|footprint|grid|rotarod|ladder|Tarlov"
    r"|swim|catwalk|von\s+Frey|withdrawal|hot\s+plate|histolog|immuno|sparing|myelin|axon"
    r"|in\s+vitro|culture|viability|particle|vesicle\s+(?:size|yield)|diameter|concentration"
    r"|survival|mortality|subgroup|meta-?analy|previous|published|literature|reported\s+by"
    # Design tables and counts of animals past a threshold ("rats reaching BBB ≥ 14").
    r"|\bdoses?\b|µg|mg/kg|\broute\b|regimen|allocation|experimental\s+(?:groups|design)"
    r"|characteristics|timeline|schedule|proportion|frequency|incidence"
    r"|(?:rats|mice|animals)\s+(?:that|which|reaching|with|achieving)|≥|>=|\bodds\b|correlat",
    re.IGNORECASE,
)

# A footnote may name doses, abbreviations and tests; only an other measure or setting rules out.
_OTHER_IN_NOTE: Final = re.compile(
    r"lesion|cavit|histolog|immuno|stain|in\s+vitro|culture|Tarlov|mNSS|\bMEP|rotarod|ladder"
    r"|previous(?:ly)?\s+(?:published|reported|studies)|meta-?analy|%|percent",
    re.IGNORECASE,
)

# Header cells of a table of other studies: "Study", "Author (year)", "Reference", "Species".
_REVIEW_HEAD: Final = re.compile(
    r"\b(?:stud(?:y|ies)|authors?|references?|ref\.|year|species|model|source|citation)\b",
    re.IGNORECASE,
)
_CITATION: Final = re.compile(r"et\s+al|\[\d+(?:[,–-]\s*\d+)*\]|\b(?:19|20)\d\d\b")

# A row or column label naming another measure ("Lesion area", "Grid walk errors"): no row.
_OTHER_LABEL: Final = re.compile(
    r"lesion|cavit|\barea\b|volume|density|weight|latency|\bMEP|amplitude|mNSS|inclined|footprint"
    r"|grid|rotarod|ladder|Tarlov|swim|sub-?scores?|%|\bcounts?\b|express|\blevels?\b|errors?",
    re.IGNORECASE,
)

# Labels of times before the injury and rows of counts or tests: no row.
_BEFORE: Final = re.compile(
    r"\bpre\b|pre[- ]?(?:injury|op|operative|SCI|surgery|lesion)|baseline|before|day\s*0\b|\bD0\b",
    re.IGNORECASE,
)
_COUNT_ROW: Final = re.compile(
    r"\(?n\)?|n\s*(?:per\s+group|=.*)|no\.?\s+of\s+\w+|(?:rats|mice|animals)(?:\s*\(n\))?"
    r"|sample\s+size|p|p[- ]?values?|significance|sig\.?|f|t",
    re.IGNORECASE,
)
# Words around a time in a header cell: the scale, the statistic, the unit of the score.
_SCORE_WORDS: Final = re.compile(
    r"\((?:[^()]*\b(?:BBB|BMS|score|mean|median|SD|SEM|S\.E\.M\.)\b[^()]*)\)"
    r"|[,;]?\s*\b(?:BBB|BMS)\b(?:\s*scores?)?|\bscores?\b|\bmean\b",
    re.IGNORECASE,
)
_STAT_HEAD: Final = re.compile(
    r"\s*(?:s\.?e\.?m\.?|se|s\.?d\.?|standard\s+(?:error|deviation))\s*", re.IGNORECASE
)


def _section_of(doc: ParsedDocument, table: Table) -> SectionKind | None:
    """The section of the running text just before the table (its place in the paper)."""
    i = table.block_index
    if i is None:
        return None
    for b in reversed(doc.blocks[max(0, i - 8) : i]):
        if b.section != SectionKind.TABLE and b.kind != BlockKind.CAPTION:
            return b.section
    return None


def _doc_scale(doc: ParsedDocument) -> str | None:
    found = {sentence_scale(b.text) for b in doc.blocks if b.section == SectionKind.METHODS}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def net_scale(doc: ParsedDocument, table: Table, note: str | None = None) -> str | None:
    """The scale ("BBB"/"BMS") a table's caption, header or footnote names, or None when the
    table names none, names a subscore, another measure, or reads as other studies' results."""
    note = table_note(doc, table) if note is None else note
    head = [c for r in table.rows[:2] for c in r]
    caption_head = fold(" ".join([table.caption or "", *head]))
    ctx = f"{caption_head} {fold(note)}"
    if not _ANY_SCALE.search(ctx):
        return None  # most tables: no scale named at all, the cheap test first
    if SPREAD_ONLY.search(table.caption or ""):
        return None  # the scores' SD or SEM alone
    if SUBSCORE.search(ctx) or any(SUBSCORE.search(c) for r in table.rows for c in r[:1]):
        return None
    if _OTHER.search(caption_head) or _OTHER_IN_NOTE.search(note):
        return None
    if any(_REVIEW_HEAD.search(c) for c in table.rows[0]) if table.rows else True:
        return None
    if any(_CITATION.search(r[0]) for r in table.rows[1:] if r):
        return None
    if _section_of(doc, table) in (SectionKind.DISCUSSION, SectionKind.INTRODUCTION):
        return None  # a table set in the discussion compares with other work
    scale = sentence_scale(ctx) or ("BBB" if re.search(r"\bBBB\b|Beattie", ctx) else None)
    if scale is None and (_AMBIGUOUS.search(ctx) or BBB.search(ctx)):
        values = [v[0] for v in (parse_cell(c) for r in table.rows[1:] for c in r[1:]) if v]
        scale = "BBB" if any(v > SCALE_MAX["BMS"] for v in values) else _doc_scale(doc)
    return scale


def _time(label: str, unit: str | None) -> float | None:
    """Days after injury of a header or first-column label; None for a pre-injury time."""
    text = time_label(fold(label))
    if not text or _BEFORE.search(text):
        return None
    day = parse_day(text, unit)
    if day is None:
        bare = _SCORE_WORDS.sub(" ", text).strip(" ,;:-")
        day = parse_day(bare, unit) if bare and bare != text else None
    return day if day is not None and day > 0 else None


def _grid(table: Table) -> tuple[list[str], list[list[str]]]:
    """Column labels (two header rows joined, a spanning cell carried right) and body rows."""
    rows = [[c.strip() for c in r] for r in table.rows if any(c.strip() for c in r)]
    if len(rows) < 2:
        return [], []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    head, body = rows[0], rows[1:]
    second = body[0] if body else []
    bare_days = bool(second) and not second[0] and all(re.fullmatch(r"\d{0,3}", c) for c in second)
    if second and (bare_days or not any(parse_cell(c) for c in second[1:])):
        # A second header row: "Days post-injury" over "7 | 14 | 28", or "Day 7" over "Mean | SEM".
        top, carry = [], ""
        for c in head:
            carry = c or carry
            top.append(carry)
        head = [f"{t} {b}".strip() if t != b else t for t, b in zip(top, body[0], strict=True)]
        body = body[1:]
    return head, body


def _cells_ok(body: list[list[str]], top: float) -> bool:
    """Every value of the body inside the scale's range, no percentages, at least four values."""
    means = []
    for r in body:
        if _COUNT_ROW.fullmatch(fold(r[0]).strip()) or NOT_GROUP.search(r[0]):
            continue
        for c in r[1:]:
            if "%" in c:
                return False
            v = parse_cell(c)
            if v is not None:
                means.append(v[0])
            elif re.search(r"\d", c) and not _STAT_HEAD.fullmatch(c):
                return False  # a cell of another kind ("12/15", "3.2 mm"): not a score grid
    return len(means) >= 4 and all(0 <= m <= top for m in means)


def _grid_rows(
    table: Table,
    ti: int,
    scale: str,
    note: str,
    methods_disp: str | None,
    sched: RunningSchedules,
) -> list[OutcomeRow]:
    head, body = _grid(table)
    if len(head) < 3 or len(body) < 2 or not _cells_ok(body, SCALE_MAX.get(scale, 21.0)):
        return []
    bare = bare_numbers([[c.strip() for c in r] for r in table.rows if any(c.strip() for c in r)])
    if bare:
        # Bare time numbers: only a schedule holding them all gives their unit, not any time
        # the caption or footnote names ("one rat died in week 2").
        texts = (table.caption or "", note)
        unit = unit_of(head[0]) or bare_time_unit(bare, texts, sched)
    else:
        unit = unit_of(head[0]) or unit_of(table.caption) or unit_of(note)
    dtype = dispersion_type(" ".join(head), table.caption, note, methods_disp)
    ev = table_evidence(table)
    common = {
        "outcome": scale,
        "source": "table",
        "page": table.page,
        "confidence": _NET_CONFIDENCE,
        "evidence": (ev,),
        "extractor": f"outcomes.table_net[{ti}]",
    }
    col_days = {j: _time(h, unit) for j, h in enumerate(head) if j > 0}
    row_days = [_time(r[0], unit) for r in body]
    # Orientation: the axis holding at least two times, and only one of them.
    by_cols = sum(d is not None for d in col_days.values()) >= 2
    by_rows = sum(d is not None for d in row_days) >= 2
    if by_cols == by_rows:
        return []
    stat_cols = {j for j, h in enumerate(head) if _STAT_HEAD.fullmatch(h.split()[-1] if h else "")}
    spelled = {**note_abbreviations(table.caption or ""), **note_abbreviations(note)}
    stat_ctx = " ".join(t for t in (" ".join(head), table.caption, note) if t)
    out: list[OutcomeRow] = []

    def add(group: str, day: float, r: list[str], j: int) -> None:
        cell = parse_cell(r[j])
        if cell is None or not group or NOT_GROUP.search(group) or _time(group, unit):
            return
        if _COUNT_ROW.fullmatch(fold(group).strip()) or _BEFORE.search(group):
            return
        if _OTHER_LABEL.search(group) or (not by_cols and _OTHER_LABEL.search(r[0])):
            return
        disp, dt = cell[1], dtype
        if disp is None and j + 1 < len(r) and j + 1 in stat_cols:
            disp = parse_number(r[j + 1].rstrip("*#†‡§abc "))
            dt = "sem" if re.search(r"(?i)s\.?e", head[j + 1].split()[-1]) else "sd"
        # A value with an SD or SEM is a mean; a bare one is a median only where its column
        # header, row label, caption or footnote says so (as the specific readers decide).
        stat = "mean" if disp is not None else cell_stat(r[j], head[j], r[0], stat_ctx)
        row = make_row(group, day, cell[0], disp, dt, stat=stat, **common)  # type: ignore[arg-type]
        if row and row.arm == "other" and spelled.get(row.group):
            # A code the footnote or caption spells out ("G2, SCI + PBS"): the arm of its meaning.
            arm = group_arm(spelled[row.group])
            row = replace(row, arm=arm) if arm != "other" else row
        if row:
            out.append(row)

    if by_cols:
        for r in body:
            for j, day in col_days.items():
                if day is not None and j not in stat_cols:
                    add(r[0], day, r, j)
    else:
        for r, day in zip(body, row_days, strict=True):
            if day is None:
                continue
            for j in range(1, len(head)):
                if j not in stat_cols:
                    add(re.sub(r"\s+(?:mean|score)$", "", head[j], flags=re.IGNORECASE), day, r, j)
    return out


def net_rows(
    doc: ParsedDocument,
    table: Table,
    ti: int,
    methods_disp: str | None,
    read: Callable[[str], list[OutcomeRow]],
    sched: RunningSchedules,
) -> list[OutcomeRow]:
    """Rows of a table the specific readers gave nothing for, when it is a plain score grid.

    ``read(scale)`` is the specific reader run with the scale the net found; its rows are kept
    when it gives any, else the net reads the grid itself (bare time labels dated by
    ``sched``, the document's ``doc_schedules``).
    """
    note = table_note(doc, table)
    scale = net_scale(doc, table, note)
    if scale is None:
        return []
    _, body = _grid(table)
    if not body or not _cells_ok(body, SCALE_MAX.get(scale, 21.0)):
        return []
    if any(r[0] and not any(r[1:]) for r in body):
        return []  # rows under section labels: a table of several measures, the gated reader's
    if any(_OTHER_LABEL.search(r[0]) for r in body):
        return []
    rows = read(scale)
    if rows:
        return rows
    return _grid_rows(table, ti, scale, note, methods_disp, sched)
