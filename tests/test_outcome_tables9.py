"""BBB tables as small journals print them: a baseline glossed with its post-injury time, and the
score column beside its subscore and other measures at one time a compact code names.

* "Baseline (1 dpi)", "Baseline (day 1)", "Day 1 (baseline)": the first test after the injury is
  a real time point, as a row label or a column header. A baseline before the injury ("Pre",
  "Baseline", "Baseline (pre-injury)", "Baseline (day 0)") gives no row.
* "Group | BBB | Subscore | PWT (g)" under a caption "... on D28" (or "at W6", "POD 28"): the BBB
  column gives rows at that day; the subscore and the other measures give none, and a table of
  the subscore alone gives nothing.

All tables are our own.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from _outcome_docs import TABLE_METHODS, table_outcomes

from miner.extract._outcome_time import baseline_gloss, caption_code_time
from miner.extract.outcomes import extract_outcomes
from miner.parse._tables import adopt_page_captions
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind, Table

GROUPS = ("Sham", "Vehicle", "Exosome")
VALUES = {  # day -> one mean per group
    1.0: (20.6, 0.7, 0.9),
    7.0: (21.0, 3.1, 4.2),
    14.0: (21.0, 5.0, 7.4),
}


def _cell(mean: float, fmt: str) -> str:
    return fmt.format(mean)


def _days_as_rows(first: str, fmt: str) -> list[list[str]]:
    labels = {1.0: first, 7.0: "7 dpi", 14.0: "14 dpi"}
    grid = [["Time", *GROUPS]]
    for day, means in VALUES.items():
        grid.append([labels[day], *(_cell(m, fmt) for m in means)])
    return grid


def _days_as_cols(first: str, fmt: str) -> list[list[str]]:
    labels = {1.0: first, 7.0: "7 dpi", 14.0: "14 dpi"}
    grid = [["Group", *(labels[d] for d in VALUES)]]
    for g, group in enumerate(GROUPS):
        grid.append([group, *(_cell(VALUES[d][g], fmt) for d in VALUES)])
    return grid


def _found(rows: list) -> set[tuple[str, float, float]]:
    return {(r.group, r.day, r.mean) for r in rows}


def _expected(days: tuple[float, ...]) -> set[tuple[str, float, float]]:
    return {(g, d, VALUES[d][i]) for d in days for i, g in enumerate(GROUPS)}


FIRST_POST_INJURY = [
    "Baseline (1 dpi)",
    "Baseline (day 1)",
    "Baseline (Day 1)",
    "Baseline (1 d)",
    "Baseline (D1)",
    "Baseline (24 h post-injury)",
    "Baseline (1 day post-SCI)",
    "baseline (1 dpi)",
    "Day 1 (baseline)",
    "1 dpi (baseline)",
    "Baseline (1 dpi)*",
]
BEFORE_INJURY = [
    "Pre",
    "Baseline",
    "Pre-injury",
    "Baseline (pre-injury)",
    "Baseline (day 0)",
    "Baseline (D0)",
    "Baseline (day −3)",
    "Baseline (1 d before SCI)",
    "Day 0 (baseline)",
    "Baseline (n = 10)",
]
FORMATS = ["{:.1f} ± 0.4", "{:.1f}±0.4*", "{:.1f} (0.4)", "{:.1f} (0.4)ab"]


@pytest.mark.parametrize("layout", [_days_as_rows, _days_as_cols], ids=["days-rows", "days-cols"])
@pytest.mark.parametrize("label", FIRST_POST_INJURY)
def test_a_baseline_glossed_with_a_post_injury_time_is_that_day(layout, label: str) -> None:
    fmt = FORMATS[len(label) % len(FORMATS)]
    rows = table_outcomes(layout(label, fmt), "Table 1. BBB scores (mean ± SEM).",
                          methods=TABLE_METHODS)
    assert _found(rows) == _expected((1.0, 7.0, 14.0))


@pytest.mark.parametrize("layout", [_days_as_rows, _days_as_cols], ids=["days-rows", "days-cols"])
@pytest.mark.parametrize("label", BEFORE_INJURY)
def test_a_baseline_before_the_injury_gives_no_row(layout, label: str) -> None:
    fmt = FORMATS[len(label) % len(FORMATS)]
    rows = table_outcomes(layout(label, fmt), "Table 1. BBB scores (mean ± SEM).",
                          methods=TABLE_METHODS)
    assert _found(rows) == _expected((7.0, 14.0))


@pytest.mark.parametrize(
    ("label", "time"),
    [
        ("Baseline (1 dpi)", "1 dpi"),
        ("Baseline ( day 1 )", "day 1"),
        ("Day 1 (baseline)", "Day 1"),
        ("Baseline (24 h post-injury)", "24 h post-injury"),
        ("Baseline", None),
        ("Baseline (BBB)", None),
        ("Baseline (2 h post-injury)", None),  # hours: no day of its own
        ("Baseline (prior to SCI, day 1)", None),
        ("Week 1 (post-baseline)", None),
        ("Vehicle (baseline)", None),
    ],
)
def test_baseline_gloss(label: str, time: str | None) -> None:
    assert baseline_gloss(label) == time


MEASURES = [
    # (header, caption): the BBB column beside a subscore and other measures, at one time.
    (["Group", "BBB", "Subscore", "PWT (g)"], "Table 2. Motor and sensory evaluation on D28, mean (SD)."),
    (["Group", "BBB score", "BBB subscore", "Body weight (g)"], "Table 2. Outcomes at D28 (mean ± SD)."),
    (["Group", "Subscore", "BBB", "von Frey (g)"], "Table 3. Locomotor and sensory tests on POD 28."),
    (["Group", "BBB", "Inclined plane (°)", "Subscore"], "Table 2. Behavioural outcomes on day 28."),
    (["Group", "BBB (0–21)", "Sub-score (0–13)", "PWT (g)"], "Table 4. Functional tests at W4, mean (SD)."),
    (["Group", "BBB", "IP (°)", "Weight (g)"], "Table 2. Motor tests at D28."),
    (["Group", "BBB", "Subscale", "PWT (g)"], "Table 2. Scores on D28 (mean ± SEM)."),
    (["Group", "BBB", "Subscore", "PWT (g)"], "Table 2. Motor and sensory tests 28 days after SCI."),
    (["Group", "BBB", "Subscore", "PWT (g)"], "Table 2. Motor and sensory tests at 4 weeks."),
    (["Group", "BBB", "Subscore"], "Table 2. BBB score and subscore on D28, mean (SD)."),
    (["Group", "BBB", "Subscore", "PWT (g)"], "Table 2. Motor and sensory evaluation on D28."),
]
MEASURE_VALUES = {"Sham": (21.0, 13.0, 14.2), "PBS": (6.8, 1.4, 6.1), "Exo": (9.2, 3.9, 8.3)}


def _measure_grid(header: list[str], bbb_at: int) -> list[list[str]]:
    grid = [header]
    for group, (bbb, sub, other) in MEASURE_VALUES.items():
        rest = iter((sub, other))
        cells = [f"{bbb:.1f} (1.2)" if j == bbb_at else f"{next(rest):.1f} (0.9)"
                 for j in range(1, len(header))]
        grid.append([group, *cells])
    return grid


@pytest.mark.parametrize(("header", "caption"), MEASURES)
def test_the_score_column_beside_subscore_and_other_measures(header, caption) -> None:
    bbb_at = next(j for j, h in enumerate(header) if h.startswith("BBB") and "sub" not in h.lower())
    rows = table_outcomes(_measure_grid(header, bbb_at), caption, methods=TABLE_METHODS)
    assert _found(rows) == {(g, 28.0, v[0]) for g, v in MEASURE_VALUES.items()}


@pytest.mark.parametrize(
    ("header", "caption"),
    [
        # Only the subscore and other measures: no score column at all.
        (["Group", "Subscore", "PWT (g)"], "Table 2. BBB subscore and sensory test on D28."),
        (["Group", "BBB subscore", "PWT (g)"], "Table 2. Outcomes on D28."),
        # A span of times, or two times: no one day for the column.
        (["Group", "BBB", "Subscore", "PWT (g)"], "Table 2. Tests from D7 to D28."),
        (["Group", "BBB", "Subscore", "PWT (g)"], "Table 2. Tests on D7 and D28."),
        (["Group", "BBB", "Subscore", "PWT (g)"], "Table 2. Tests at W4 and W8."),
        (["Group", "BBB", "Subscore", "PWT (g)"], "Table 2. Motor and sensory tests."),
    ],
)
def test_no_score_column_or_no_one_time_gives_nothing(header, caption) -> None:
    grid = [header] + [[g, *(f"{v:.1f} (0.9)" for v in vals[: len(header) - 1])]
                       for g, vals in MEASURE_VALUES.items()]
    assert table_outcomes(grid, caption, methods=TABLE_METHODS) == []


@pytest.mark.parametrize(
    ("caption", "day"),
    [
        ("Table 2. Motor and sensory evaluation on D28, mean (SD).", 28.0),
        ("Scores at W6 (mean ± SEM)", 42.0),
        ("BBB and PWT on POD 28.", 28.0),
        ("Measured at D14.", 14.0),
        ("Scores at d 7, mean (SD).", 7.0),
        ("BBB from D1 to D28", None),
        ("BBB at D7 and D28", None),
        ("BBB at D1–D28", None),
        ("Scores at D28 and 6 weeks", None),
        ("Values on D0", None),
        ("Scores at D28 (baseline D1)", None),
        ("BBB scores of the D2 group", None),
        ("Table 3. BBB, subscore and PWT (mean (SD), n = 7).", None),
    ],
)
def test_caption_code_time(caption: str, day: float | None) -> None:
    assert caption_code_time(caption) == day


# --- A caption the PDF reader set apart from its table (two-column pages) -------------------

BARE_GRID = [
    ["Group", "1 wk", "2 wk", "4 wk", "Cord Res. 2019;4:11–20."],  # a running line as a column
    ["SCI", "0.3 ± 0.2", "0.8 ± 0.3", "1.4 ± 0.4", ""],
    ["Gel", "0.4 ± 0.2", "0.9 ± 0.3", "1.7 ± 0.4", ""],
    ["Gel+EV", "0.6 ± 0.3", "2.0 ± 0.4", "4.2 ± 0.5", ""],
]
BARE_ROWS = {
    ("SCI", 7.0, 0.3), ("SCI", 14.0, 0.8), ("SCI", 28.0, 1.4),
    ("Gel", 7.0, 0.4), ("Gel", 14.0, 0.9), ("Gel", 28.0, 1.7),
    ("Gel+EV", 7.0, 0.6), ("Gel+EV", 14.0, 2.0), ("Gel+EV", 28.0, 4.2),
}  # fmt: skip
PLAIN = "Hindlimb function was rated in an open field by two masked observers."


def _pdf_doc(layout: list[tuple[str, str, int]], tables: list[Table]) -> ParsedDocument:
    """Blocks as (kind, text, page): "cap" a caption block, "tab:<i>" the i-th table, else a
    paragraph of the results; a bare table's caption adopted as the PDF parser does."""
    blocks, placed = [Block(text=PLAIN, page=1, section=SectionKind.METHODS)], []
    for kind, text, page in layout:
        if kind.startswith("tab:"):
            t = tables[int(kind[4:])]
            placed.append(Table(rows=t.rows, page=page, caption=t.caption, label=t.label,
                                block_index=len(blocks)))
            blocks.append(Block(text="\n".join("\t".join(r) for r in t.rows), page=page,
                                section=SectionKind.TABLE, kind=BlockKind.TABLE))
        elif kind == "cap":
            blocks.append(Block(text=text, page=page, section=SectionKind.TABLE,
                                kind=BlockKind.CAPTION))
        else:
            blocks.append(Block(text=text, page=page, section=SectionKind.RESULTS))
    adopt_page_captions(blocks, placed)
    return ParsedDocument(source="t.pdf", format="pdf", pages=3, blocks=blocks, tables=placed)


BARE = Table(rows=BARE_GRID, page=None)
DESIGN = Table(rows=[["Group", "n"], ["SCI", "9"], ["Gel", "9"]], page=None,
               caption="Table 1. Experimental groups.", label="Table 1")
REF = "[4] Author A, Author B. A paper on rats. J Cord Res. 2019;4:11–20."
CAP = "Table 2. BBB scores (mean ± SEM; n = 9 per group)."


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param([("cap", CAP, 2), ("p", REF, 2), ("p", REF, 2), ("tab:0", "", 2)], id="caption-then-refs"),
        pytest.param([("tab:0", "", 2), ("p", REF, 2), ("cap", CAP, 2)], id="caption-after"),
        pytest.param([("cap", "TABLE 2 BBB scores, mean ± SEM.", 2), ("p", REF, 2), ("tab:0", "", 2)], id="upper-case"),
        pytest.param([("cap", "Table 2: Open-field BBB scores (mean ± SEM).", 2), ("tab:0", "", 2)], id="colon"),
        pytest.param([("cap", "Table 1. Experimental groups.", 1), ("tab:1", "", 1), ("cap", CAP, 2), ("p", REF, 2), ("tab:0", "", 2)], id="after-a-design-table"),
        pytest.param([("p", REF, 2), ("cap", "Table 2. Hindlimb BBB scores by group (mean ± SEM).", 2), ("p", REF, 2), ("tab:0", "", 2), ("p", REF, 2)], id="refs-around"),
        pytest.param([("cap", "Table S2. BBB scores (mean ± SEM).", 3), ("tab:0", "", 3)], id="supplement-label-page-3"),
    ],
)
def test_a_bare_table_takes_the_one_unclaimed_caption_of_its_page(layout) -> None:
    tables = [BARE, DESIGN]
    doc = _pdf_doc(layout, tables)
    rows = [r for r in extract_outcomes(doc)[0] if r.source == "table"]
    assert _found(rows) == BARE_ROWS
    assert all(r.sem is not None for r in rows)


@pytest.mark.parametrize(
    "layout",
    [
        # The caption is on another page.
        pytest.param([("cap", CAP, 1), ("p", REF, 2), ("tab:0", "", 2)], id="other-page"),
        # Two bare tables on the page: which one the caption belongs to is unknown.
        pytest.param([("cap", CAP, 2), ("tab:0", "", 2), ("tab:0", "", 2)], id="two-bare-tables"),
        # Two unclaimed captions on the page.
        pytest.param([("cap", CAP, 2), ("cap", "Table 3. BBB scores at 8 weeks.", 2), ("tab:0", "", 2)], id="two-captions"),
        # A figure's caption is no table's.
        pytest.param([("cap", "Figure 2. BBB scores over time.", 2), ("tab:0", "", 2)], id="figure-caption"),
        # The caption names another measure: the table is not the scores'.
        pytest.param([("cap", "Table 2. Lesion volume (mm³) by group.", 2), ("tab:0", "", 2)], id="other-measure"),
        # The caption is the design table's own (claimed).
        pytest.param([("cap", "Table 1. Experimental groups.", 2), ("tab:1", "", 2), ("tab:0", "", 2)], id="claimed"),
        # No caption at all.
        pytest.param([("p", REF, 2), ("tab:0", "", 2)], id="none"),
    ],
)
def test_no_unclaimed_caption_or_no_one_table_leaves_the_table_bare(layout) -> None:
    doc = _pdf_doc(layout, [BARE, DESIGN])
    rows = [r for r in extract_outcomes(doc)[0] if r.source == "table"]
    assert rows == []


def test_adopt_captions_leaves_captioned_and_xml_tables_alone() -> None:
    doc = _pdf_doc([("cap", "Table 1. Experimental groups.", 1), ("tab:1", "", 1)], [BARE, DESIGN])
    before = [replace(t) for t in doc.tables]
    adopt_page_captions(doc.blocks, doc.tables)
    assert doc.tables == before
    assert [(t.caption, t.label) for t in doc.tables] == [(DESIGN.caption, DESIGN.label)]
    xml = ParsedDocument(source="t.xml", format="xml", blocks=[
        Block(text=CAP, page=None, section=SectionKind.TABLE, kind=BlockKind.CAPTION)],
        tables=[Table(rows=BARE_GRID, page=None)])
    adopt_page_captions(xml.blocks, xml.tables)
    assert xml.tables[0].caption is None
