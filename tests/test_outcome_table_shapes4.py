"""The safety net for BBB/BMS tables the specific table readers decline.

A table whose caption, header or footnote names the locomotor score and whose body is a group x
time grid of values inside the scale's range gives rows in whatever layout it is set: the scale
named only in the footnote, header rows split over two lines, units or the scale's name in the
header cells, group codes the caption spells out, days or weeks as rows, "Week 1", "1 wk" and
"W1", pre-injury columns, significance marks glued to the numbers, mean (SD), mean ± SEM and
mean and SEM in separate columns.

Traps beside them stay empty: subscores, other scales and measures, histology and in-vitro
tables, other studies' results set in the discussion, pre-injury-only tables, percentages, and
grids holding values outside the scale. All tables are our own.
"""

from __future__ import annotations

import pytest
from _outcome_docs import PLAIN_METHODS, Row, table_doc
from _outcome_docs import table_rows as shared_table_rows
from hypothesis import given, settings
from hypothesis import strategies as st

from miner.extract._outcome_net import net_scale
from miner.extract.outcomes import extract_outcomes
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind, Table

BMS_METHODS = "Hindlimb function of the mice was rated with the Basso Mouse Scale (BMS)."


def table_rows(
    grid: list[list[str]], caption: str, note: str = "", methods: str = PLAIN_METHODS
) -> set[Row]:
    return shared_table_rows(grid, caption, note, methods=methods, results="Scores rose over time.")


SHAM = ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"]
THREE_ARMS = {
    ("Sham", "sham", 7.0, 21.0), ("Sham", "sham", 14.0, 21.0), ("Sham", "sham", 28.0, 21.0),
    ("Vehicle", "control", 7.0, 2.4), ("Vehicle", "control", 14.0, 4.6),
    ("Vehicle", "control", 28.0, 7.3),
    ("Exosome", "treatment", 7.0, 3.1), ("Exosome", "treatment", 14.0, 6.9),
    ("Exosome", "treatment", 28.0, 10.8),
}  # fmt: skip
VEH = ["Vehicle", "2.4 ± 0.5", "4.6 ± 0.8", "7.3 ± 1.0"]
EXO = ["Exosome", "3.1 ± 0.6", "6.9 ± 0.9", "10.8 ± 1.2"]


@pytest.mark.parametrize(
    ("grid", "caption", "note"),
    [
        pytest.param(
            [["Group", "Day 7", "Day 14", "Day 28"], SHAM, VEH, EXO],
            "Table 2. Hindlimb recovery after contusion.",
            "Values are BBB scores, mean ± SEM.",
            id="scale-named-only-in-the-footnote",
        ),
        pytest.param(
            [["Group", "Days post-injury", "", ""], ["", "7", "14", "28"], SHAM, VEH, EXO],
            "Table 2. Locomotor (Basso) score after injury.",
            "",
            id="header-split-over-two-lines-ambiguous-name",
        ),
        pytest.param(
            [
                ["Group", "Week 1 (BBB)", "Week 2 (BBB)", "Week 4 (BBB)"],
                ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
                ["Vehicle", "2.4 ± 0.5", "4.6 ± 0.8", "7.3 ± 1.0"],
                ["Exosome", "3.1 ± 0.6", "6.9 ± 0.9", "10.8 ± 1.2"],
            ],
            "Table 3. Open-field locomotion.",
            "",
            id="scale-in-each-header-cell-weeks",
        ),
        pytest.param(
            [["Group", "1 wk", "2 wk", "4 wk"], SHAM, VEH, EXO],
            "Table 1. Recovery of hindlimb movement.",
            "Scores on the Basso-Beattie-Bresnahan scale (0-21); mean ± SD.",
            id="1-wk-headers",
        ),
        pytest.param(
            [
                ["Group", "W1", "W2", "W4"],
                ["Sham", "21.0±0.0", "21.0±0.0", "21.0±0.0"],
                ["Vehicle", "2.4±0.5", "4.6±0.8", "7.3±1.0"],
                ["Exosome", "3.1±0.6*", "6.9±0.9**", "10.8±1.2*#"],
            ],
            "Table 4.",
            "BBB locomotor rating. *P < 0.05, **P < 0.01 vs vehicle; #P < 0.05 vs week 2.",
            id="W-codes-and-glued-marks",
        ),
        pytest.param(
            [
                ["Group", "Pre", "Day 7", "Day 14", "Day 28"],
                ["Sham", "21", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
                ["Vehicle", "21", "2.4 ± 0.5", "4.6 ± 0.8", "7.3 ± 1.0"],
                ["Exosome", "21", "3.1 ± 0.6", "6.9 ± 0.9", "10.8 ± 1.2"],
            ],
            "Table 2. Motor recovery.",
            "Locomotor rating (BBB) before and after injury.",
            id="pre-injury-column-gives-no-row",
        ),
        pytest.param(
            [
                ["Group", "Day 7", "", "Day 14", "", "Day 28", ""],
                ["", "Mean", "SEM", "Mean", "SEM", "Mean", "SEM"],
                ["Sham", "21.0", "0.0", "21.0", "0.0", "21.0", "0.0"],
                ["Vehicle", "2.4", "0.5", "4.6", "0.8", "7.3", "1.0"],
                ["Exosome", "3.1", "0.6", "6.9", "0.9", "10.8", "1.2"],
            ],
            "Table 5. Hindlimb scores by group.",
            "BBB score of each group.",
            id="mean-and-SEM-in-separate-columns",
        ),
        pytest.param(
            [
                ["Group", "Day 7", "Day 14", "Day 28"],
                ["Sham", "21.0 (0.0)", "21.0 (0.0)", "21.0 (0.0)"],
                ["Vehicle", "2.4 (0.5)", "4.6 (0.8)", "7.3 (1.0)"],
                ["n", "8", "8", "7"],
                ["Exosome", "3.1 (0.6)", "6.9 (0.9)", "10.8 (1.2)"],
                ["P value", "0.21", "0.03", "0.01"],
            ],
            "Table 2.",
            "Open-field (BBB) scores, mean (SD).",
            id="mean-SD-with-n-and-P-rows",
        ),
    ],
)
def test_days_as_columns_give_every_group_and_time(
    grid: list[list[str]], caption: str, note: str
) -> None:
    assert table_rows(grid, caption, note) == THREE_ARMS


@pytest.mark.parametrize(
    ("grid", "caption", "note"),
    [
        pytest.param(
            [
                ["Day", "Sham", "Vehicle", "Exosome"],
                ["7", "21.0 (0.0)", "2.4 (0.5)", "3.1 (0.6)"],
                ["14", "21.0 (0.0)", "4.6 (0.8)", "6.9 (0.9)"],
                ["28", "21.0 (0.0)", "7.3 (1.0)", "10.8 (1.2)"],
            ],
            "Table 3.",
            "BBB scores, mean (SD).",
            id="days-as-rows-corner-unit",
        ),
        pytest.param(
            [
                ["Time", "Sham", "Vehicle", "Exosome"],
                ["Week 1", "21.0 ± 0.0", "2.4 ± 0.5", "3.1 ± 0.6"],
                ["Week 2", "21.0 ± 0.0", "4.6 ± 0.8", "6.9 ± 0.9"],
                ["Week 4", "21.0 ± 0.0", "7.3 ± 1.0", "10.8 ± 1.2"],
            ],
            "Table 3. Behavioural recovery.",
            "Basso, Beattie and Bresnahan scores; mean ± SEM.",
            id="weeks-as-rows",
        ),
        pytest.param(
            [
                ["Time", "Sham", "Vehicle", "Exosome"],
                ["Baseline", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
                ["D7", "21.0 ± 0.0", "2.4 ± 0.5", "3.1 ± 0.6"],
                ["D14", "21.0 ± 0.0", "4.6 ± 0.8", "6.9 ± 0.9"],
                ["D28", "21.0 ± 0.0", "7.3 ± 1.0", "10.8 ± 1.2"],
            ],
            "Table 2.",
            "BBB locomotor scores.",
            id="day-codes-as-rows-with-baseline-row",
        ),
    ],
)
def test_days_as_rows_give_every_group_and_time(
    grid: list[list[str]], caption: str, note: str
) -> None:
    assert table_rows(grid, caption, note) == THREE_ARMS


def test_group_codes_take_their_arm_from_the_caption() -> None:
    grid = [
        ["Group", "Day 7", "Day 28"],
        ["G1", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["G2", "2.4 ± 0.5", "7.3 ± 1.0"],
        ["G3", "3.1 ± 0.6", "10.8 ± 1.2"],
    ]
    caption = "Table 2. BBB scores. G1, sham operation; G2, SCI + PBS; G3, SCI + exosomes."
    assert table_rows(grid, caption) == {
        ("G1", "sham", 7.0, 21.0), ("G1", "sham", 28.0, 21.0),
        ("G2", "control", 7.0, 2.4), ("G2", "control", 28.0, 7.3),
        ("G3", "treatment", 7.0, 3.1), ("G3", "treatment", 28.0, 10.8),
    }  # fmt: skip


def test_a_mouse_table_named_basso_reads_as_the_methods_scale() -> None:
    grid = [
        ["Group", "Day 3", "Day 7", "Day 14"],
        ["Sham", "9.0 ± 0.0", "9.0 ± 0.0", "9.0 ± 0.0"],
        ["PBS", "0.8 ± 0.2", "1.9 ± 0.4", "3.0 ± 0.5"],
        ["EV", "1.0 ± 0.3", "2.8 ± 0.4", "4.6 ± 0.5"],
    ]
    doc = table_doc(
        (grid, "Table 1.", "Basso scores of the mice; mean ± SEM."), methods=BMS_METHODS
    )
    rows = [r for r in extract_outcomes(doc)[0] if r.source == "table"]
    assert {r.outcome for r in rows} == {"BMS"}
    assert {(r.group, r.day, r.mean) for r in rows} >= {("EV", 14.0, 4.6), ("PBS", 3.0, 0.8)}
    assert all(r.sem is not None for r in rows)


# --- traps: tables that name the score but hold something else -------------------------------


GRID = [["Group", "Day 7", "Day 14", "Day 28"], SHAM, VEH, EXO]


@pytest.mark.parametrize(
    ("grid", "caption", "note"),
    [
        pytest.param(GRID, "Table 2. BBB subscores over time.", "", id="subscore"),
        pytest.param(
            GRID,
            "Table 2. Hindlimb recovery.",
            "BBB sub-scores (0-13): toe clearance.",
            id="subscore-in-footnote",
        ),
        pytest.param(
            GRID, "Table 3. Tarlov scores.", "BBB scores are given in Table 2.", id="other-scale"
        ),
        pytest.param(
            [
                ["Group", "Day 7", "Day 14", "Day 28"],
                ["Sham", "0.0 ± 0.0", "0.0 ± 0.0", "0.0 ± 0.0"],
                ["Vehicle", "2.4 ± 0.5", "4.6 ± 0.8", "7.3 ± 1.0"],
                ["Exosome", "1.1 ± 0.6", "1.9 ± 0.9", "2.8 ± 1.2"],
            ],
            "Table 4. Lesion volume (mm3).",
            "Rats with BBB < 2 at day 1 were excluded.",
            id="histology",
        ),
        pytest.param(
            [
                ["Group", "Day 1", "Day 3", "Day 7"],
                ["Control", "12.1 ± 1.0", "14.2 ± 1.1", "16.0 ± 1.3"],
                ["LPS", "5.1 ± 0.8", "6.2 ± 0.9", "7.1 ± 1.0"],
                ["LPS + Exo", "9.3 ± 0.9", "11.0 ± 1.0", "13.2 ± 1.1"],
            ],
            "Table 1. Neurite length of cultured neurons in vitro.",
            "Exosomes that raised BBB scores in vivo were used.",
            id="in-vitro",
        ),
        pytest.param(
            [
                ["Group", "Day 7", "Day 14", "Day 28"],
                ["Sham", "100", "100", "100"],
                ["Vehicle", "11%", "22%", "35%"],
                ["Exosome", "15%", "33%", "51%"],
            ],
            "Table 2. BBB score as % of sham.",
            "",
            id="percentages",
        ),
        pytest.param(
            [
                ["Group", "Pre-injury", "Baseline"],
                ["Sham", "21.0 ± 0.0", "21.0 ± 0.0"],
                ["Vehicle", "21.0 ± 0.0", "20.8 ± 0.2"],
                ["Exosome", "21.0 ± 0.0", "20.9 ± 0.1"],
            ],
            "Table 1. BBB scores before injury.",
            "",
            id="pre-injury-only",
        ),
        pytest.param(
            [
                ["Group", "Day 7", "Day 14", "Day 28"],
                ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
                ["Vehicle", "2.4 ± 0.5", "4.6 ± 0.8", "7.3 ± 1.0"],
                ["Exosome", "3.1 ± 0.6", "6.9 ± 0.9", "10.8 ± 1.2"],
            ],
            "Table 2.",
            "BMS scores of the mouse cohort.",
            id="values-beyond-the-named-scale",
        ),
        pytest.param(
            [
                ["Group", "Day 7", "Day 14", "Day 28"],
                ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
                ["Vehicle", "2.4 ± 0.5", "4.6 ± 0.8", "7.3 ± 1.0"],
                ["Exosome", "3.1 ± 0.6", "6.9 ± 0.9", "10.8 ± 1.2"],
            ],
            "Table 2. Hindlimb movement after injury.",
            "Mean ± SEM; n = 8 per group.",
            id="no-scale-named-anywhere",
        ),
    ],
)
def test_tables_that_are_not_the_score_give_nothing(
    grid: list[list[str]], caption: str, note: str
) -> None:
    assert table_rows(grid, caption, note) == set()


def test_other_studies_results_in_the_discussion_give_nothing() -> None:
    grid = [
        ["Study", "Cell source", "Day 28 EV", "Day 28 control"],
        ["Lee et al. 2019 [12]", "BMSC", "11.2", "7.9"],
        ["Sun et al. 2021 [15]", "hUCMSC", "12.0", "8.1"],
        ["Ruiz et al. 2020 [18]", "ADSC", "10.4", "7.2"],
    ]
    blocks = [
        Block(text=PLAIN_METHODS, page=None, section=SectionKind.METHODS),
        Block(
            text="Our results agree with earlier work.", page=None, section=SectionKind.DISCUSSION
        ),
        Block(text="", page=None, section=SectionKind.TABLE, kind=BlockKind.TABLE),
    ]
    table = Table(rows=grid, page=None, caption="Table 5. BBB scores in other studies.",
                  label="Table 5", block_index=2)  # fmt: skip
    doc = ParsedDocument(source="t.xml", format="xml", blocks=blocks, tables=[table])
    assert [r for r in extract_outcomes(doc)[0] if r.source == "table"] == []


def test_a_plain_grid_in_the_discussion_is_not_read_by_the_net() -> None:
    blocks = [
        Block(text=PLAIN_METHODS, page=None, section=SectionKind.METHODS),
        Block(text="Earlier work reported similar scores.", page=None,
              section=SectionKind.DISCUSSION),
        Block(text="", page=None, section=SectionKind.TABLE, kind=BlockKind.TABLE),
    ]  # fmt: skip
    table = Table(rows=GRID, page=None, caption="Table 6.", label="Table 6", block_index=2)
    doc = ParsedDocument(source="t.xml", format="xml", blocks=blocks, tables=[table])
    assert net_scale(doc, table, "BBB scores reported by others.") is None


@pytest.mark.parametrize(
    ("grid", "caption", "note"),
    [
        pytest.param(
            [
                ["Group", "Day 7", "Day 14", "Day 28"],
                ["Sham", "8", "8", "8"],
                ["Vehicle", "0", "1", "2"],
                ["Exosome", "0", "3", "5"],
            ],
            "Table 3. Rats reaching a BBB score ≥ 14.",
            "",
            id="animals-past-a-threshold",
        ),
        pytest.param(
            [
                ["Group", "Day 7", "Day 28"],
                ["Vehicle", "2.4 ± 0.5", "7.3 ± 1.0"],
                ["Grid walk errors", "9.1 ± 1.5", "6.0 ± 1.1"],
                ["Exosome", "3.1 ± 0.6", "10.8 ± 1.2"],
            ],
            "Table 2.",
            "BBB scores and grid walk.",
            id="row-of-another-measure",
        ),
        pytest.param(
            [["Group", "Day 7", "Day 28"], ["Vehicle", "3/8", "5/8"], ["Exosome", "4/8", "7/8"]],
            "Table 2. BBB scores.",
            "",
            id="fractions-of-animals",
        ),
    ],
)
def test_counts_designs_and_mixed_tables_give_nothing(
    grid: list[list[str]], caption: str, note: str
) -> None:
    assert table_rows(grid, caption, note) == set()


@pytest.mark.parametrize(
    ("grid", "caption", "note"),
    [
        pytest.param(
            [["Time (dpi)", "7", "14", "28"], SHAM, VEH, EXO],
            "Table 2.",
            "BBB scores; mean ± SD.",
            id="unit-in-the-corner-bare-days",
        ),
        pytest.param(
            [
                ["Day", "Sham (n = 6)", "Vehicle (n = 8)", "Exosome (n = 8)"],
                ["7", "21.0 ± 0.0", "2.4 ± 0.5", "3.1 ± 0.6"],
                ["14", "21.0 ± 0.0", "4.6 ± 0.8", "6.9 ± 0.9"],
                ["28", "21.0 ± 0.0", "7.3 ± 1.0", "10.8 ± 1.2"],
            ],
            "Table 2.",
            "Basso-Beattie-Bresnahan (BBB) rating.",
            id="group-sizes-in-the-header",
        ),
    ],
)
def test_more_layouts_the_net_reads(grid: list[list[str]], caption: str, note: str) -> None:
    assert table_rows(grid, caption, note) == THREE_ARMS


def test_a_table_of_several_measures_gives_only_the_score_rows() -> None:
    grid = [
        ["Measure", "Day 7", "Day 28"],
        ["BBB score", "", ""],
        ["Vehicle", "2.4 ± 0.5", "7.3 ± 1.0"],
        ["Grid walk errors", "", ""],
        ["Vehicle", "9.1 ± 1.5", "6.0 ± 1.1"],
    ]
    assert table_rows(grid, "Table 2. Behavioural tests.") == {
        ("Vehicle", "control", 7.0, 2.4), ("Vehicle", "control", 28.0, 7.3),
    }  # fmt: skip


_CELLS = st.sampled_from(
    ["", "Sham", "Exo", "Day 7", "W2", "pre", "n", "8", "21.0 ± 0.0", "3.1 (0.6)", "35.2", "%",
     "12/15", "p < 0.05", "BBB", "SEM", "7", "2.4±0.5*", "—", "Week 4 (BBB)"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_CELLS, min_size=0, max_size=6), min_size=0, max_size=7))
def test_any_grid_under_a_bbb_caption_gives_only_rows_inside_the_scale(
    grid: list[list[str]],
) -> None:
    doc = table_doc((grid, "Table 1.", "BBB scores, mean ± SEM."))
    for r in extract_outcomes(doc)[0]:
        assert 0 <= r.mean <= 21 and r.day > 0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Day-7", "Day-14"),
        ("Week-1", "Week-2"),
        ("7-dpi", "14-dpi"),
        ("DPI 7", "DPI 14"),
        ("Post-op day 7", "Post-op day 14"),
        ("Day 7†", "Day 14†"),
        ("D7*", "D14*"),
    ],
)
@pytest.mark.parametrize("days_as_rows", [False, True])
def test_time_labels_written_with_hyphens_marks_or_the_unit_first(
    first: str, second: str, days_as_rows: bool
) -> None:
    values = {"Sham": ("21.0 ± 0.0", "21.0 ± 0.0"), "Vehicle": ("2.4 ± 0.5", "4.6 ± 0.8")}
    if days_as_rows:
        grid = [
            ["Time", "Sham", "Vehicle"],
            [first, values["Sham"][0], values["Vehicle"][0]],
            [second, values["Sham"][1], values["Vehicle"][1]],
        ]
    else:
        grid = [["Group", first, second], *([g, *v] for g, v in values.items())]
    d1, d2 = 7.0, 14.0  # "Week-1" and "Day-7" alike: the first label is day 7
    assert table_rows(grid, "Table 2. BBB scores.") == {
        ("Sham", "sham", d1, 21.0), ("Sham", "sham", d2, 21.0),
        ("Vehicle", "control", d1, 2.4), ("Vehicle", "control", d2, 4.6),
    }  # fmt: skip


def test_codes_spelled_in_the_footnote_give_arms_to_a_grid_only_the_net_reads() -> None:
    grid = [
        ["Group", "Week 1 (BBB)", "Week 4 (BBB)"],
        ["A", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["B", "2.4 ± 0.5", "7.3 ± 1.0"],
        ["C", "3.1 ± 0.6", "10.8 ± 1.2"],
    ]
    note = "A, sham laminectomy; B, SCI + saline; C, SCI + MSC exosomes. Mean ± SD."
    assert table_rows(grid, "Table 3. Open-field locomotion.", note) == {
        ("A", "sham", 7.0, 21.0), ("A", "sham", 28.0, 21.0),
        ("B", "control", 7.0, 2.4), ("B", "control", 28.0, 7.3),
        ("C", "treatment", 7.0, 3.1), ("C", "treatment", 28.0, 10.8),
    }  # fmt: skip


def test_rows_the_net_reads_carry_the_table_as_evidence_and_a_lower_confidence() -> None:
    grid = [
        ["Group", "Week 1 (BBB)", "Week 4 (BBB)"],
        ["Vehicle", "2.4 ± 0.5", "7.3 ± 1.0"],
        ["Exosome", "3.1 ± 0.6", "10.8 ± 1.2"],
    ]
    doc = table_doc((grid, "Table 3. Open-field locomotion.", "Mean ± SEM."))
    rows = [r for r in extract_outcomes(doc)[0] if r.source == "table"]
    assert len(rows) == 4
    assert all(r.extractor.startswith("outcomes.table_net") for r in rows)
    assert all(r.evidence and r.evidence[0].quote.startswith("Table 3") for r in rows)
    assert all(r.confidence < 0.9 and r.sem is not None and r.sd is None for r in rows)
