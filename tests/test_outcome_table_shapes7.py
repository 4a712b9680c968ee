"""BBB tables in shapes the readers did not know, as new hands lay them out.

Four shapes, each in several variants of our own (other labels, other units, the other
orientation, with and without an n column):

* Long format: one row per time point and group, the time written once and left blank on the
  group rows below it, an n column, and one column per measure ("BBB score (mean ± SEM)",
  "Inclined plane (°)"). Only the score column gives rows; pre-injury rows give none.
* Ordinal time labels: "1st | 2nd | 3rd" with the unit only in the caption, "1. day | 7. day"
  row labels, "Day 1st", "W1", "Week-2".
* A mixed-outcome wide table: groups as rows, a spanning "BBB score, weeks post-injury" over
  bare numbers, then the columns of other measures ("Body weight (g)", "Grid walk"), which
  never give rows.
* Groups as columns under a spanning "Groups (n=8)" title, with the time corner repeated on
  both header rows: the title's n is every group's n.

Traps stay empty: other measures, baselines and pre-injury rows, subscores, p rows, ordinals
with no unit anywhere. All tables are our own.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, at, table_outcomes, table_rows

Full = tuple[str, str, float, float, float | None, float | None, int | None]  # + sd, sem, n


def full_rows(grid: list[list[str]], caption: str) -> set[Full]:
    return {(r.group, r.arm, r.day, r.mean, r.sd, r.sem, r.n) for r in table_outcomes(grid, caption)}


# --- long format: the time carried down over its group rows -----------------------------


@pytest.mark.parametrize(
    ("grid", "caption", "expected"),
    [
        pytest.param(
            [
                ["Time point", "Group", "n", "BBB score (mean ± SEM)", "Inclined plane (°)"],
                ["Pre-injury", "Sham", "8", "21.0 ± 0.0", "63.0 ± 0.5"],
                ["", "Vehicle", "8", "21.0 ± 0.0", "63.5 ± 0.5"],
                ["", "Exosome", "8", "21.0 ± 0.0", "63.0 ± 0.4"],
                ["1 d", "Sham", "8", "20.5 ± 0.3", "62.0 ± 0.6"],
                ["", "Vehicle", "8", "0.5 ± 0.2", "20.5 ± 0.7"],
                ["", "Exosome", "8", "0.7 ± 0.3", "21.5 ± 0.6"],
                ["2 wk", "Sham", "8", "21.0 ± 0.0", "63.0 ± 0.8"],
                ["", "Vehicle", "8", "4.1 ± 0.5", "30.5 ± 0.9"],
                ["", "Exosome", "8", "6.2 ± 0.6*", "36.0 ± 0.9"],
            ],
            "Table 2. Locomotor outcomes before and after injury.",
            at(1.0, 20.5, 0.5, 0.7) | at(14.0, 21.0, 4.1, 6.2),
            id="corpus-like-time-group-n-measures",
        ),
        pytest.param(
            [
                ["Week", "Treatment", "BBB score", "SD", "Grip strength (g)"],
                ["1", "Vehicle", "2.2", "0.9", "210"],
                ["", "Exosome", "3.0", "1.0", "225"],
                ["4", "Vehicle", "6.1", "1.2", "260"],
                ["", "Exosome", "8.8", "1.1", "301"],
            ],
            "Table 1. Open-field scores and grip strength.",
            at(7.0, None, 2.2, 3.0) | at(28.0, None, 6.1, 8.8),
            id="week-numbers-separate-sd-no-n",
        ),
        pytest.param(
            [
                ["Days post-injury", "Group", "BMS (mean ± SD)", "Rotarod (s)"],
                ["Baseline", "Vehicle", "9.0 ± 0.0", "120 ± 8"],
                ["", "Exosome", "9.0 ± 0.0", "118 ± 9"],
                ["7", "Vehicle", "1.5 ± 0.5", "30 ± 6"],
                ["", "Exosome", "2.5 ± 0.6", "41 ± 7"],
                ["28", "Vehicle", "3.0 ± 0.7", "52 ± 8"],
                ["", "Exosome", "4.5 ± 0.8", "70 ± 9"],
            ],
            "Table 3. Basso Mouse Scale and rotarod over time.",
            at(7.0, None, 1.5, 2.5) | at(28.0, None, 3.0, 4.5),
            id="bms-days-baseline-rows",
        ),
        pytest.param(
            [
                ["Time", "Group", "n", "Inclined plane (°)", "BBB (mean ± SEM)"],
                ["Day 3", "Sham", "10", "62 ± 1", "20.9 ± 0.1"],
                ["", "Vehicle", "9", "24 ± 1", "1.0 ± 0.3"],
                ["", "Exosome", "10", "25 ± 1", "1.6 ± 0.3"],
                ["Day 21", "Sham", "10", "63 ± 1", "21.0 ± 0.0"],
                ["", "Vehicle", "9", "35 ± 1", "5.9 ± 0.5"],
                ["", "Exosome", "10", "41 ± 1", "8.6 ± 0.6"],
            ],
            "Table 2. Behavioural tests.",
            at(3.0, 20.9, 1.0, 1.6) | at(21.0, 21.0, 5.9, 8.6),
            id="score-column-last-day-labels",
        ),
        pytest.param(
            [
                ["Group", "Time point", "n", "BBB score (mean ± SEM)"],
                ["Vehicle", "1 wk", "8", "2.0 ± 0.4"],
                ["", "3 wk", "8", "5.1 ± 0.5"],
                ["Exosome", "1 wk", "8", "2.9 ± 0.4"],
                ["", "3 wk", "8", "7.4 ± 0.5"],
            ],
            "Table 2. BBB scores.",
            at(7.0, None, 2.0, 2.9) | at(21.0, None, 5.1, 7.4),
            id="group-first-group-carried",
        ),
        pytest.param(
            [
                ["Time point Group", "", "n", "BBB score (mean ± SEM)", "Inclined plane (°)"],
                ["Pre-injury", "Sham", "10", "21.0 ± 0.0", "64.0 ± 0.5"],
                ["", "Vehicle", "10", "21.0 ± 0.0", "64.0 ± 0.5"],
                ["3 d", "Vehicle", "10", "0.9 ± 0.3", "24.0 ± 0.7"],
                ["", "Exosome", "10", "1.4 ± 0.3", "25.5 ± 0.7"],
            ],
            "Table 1. Locomotor outcomes.",
            at(3.0, None, 0.9, 1.4),
            id="pdf-glued-time-and-group-headers",
        ),
    ],
)
def test_long_format_carries_the_time_down(
    grid: list[list[str]], caption: str, expected: set[Row]
) -> None:
    assert table_rows(grid, caption) == expected


def test_long_format_keeps_sem_and_n() -> None:
    grid = [
        ["Time point", "Group", "n", "BBB score (mean ± SEM)", "Inclined plane (°)"],
        ["1 wk", "Vehicle", "9", "2.6 ± 0.4", "28.5 ± 0.8"],
        ["", "Exosome", "10", "3.9 ± 0.5", "31.5 ± 0.8"],
    ]
    assert full_rows(grid, "Table 2. Locomotor outcomes.") == {
        ("Vehicle", "control", 7.0, 2.6, None, 0.4, 9),
        ("Exosome", "treatment", 7.0, 3.9, None, 0.5, 10),
    }


@pytest.mark.parametrize(
    ("grid", "caption"),
    [
        pytest.param(
            [
                ["Time point", "Group", "n", "Inclined plane (°)", "Grid walk errors (%)"],
                ["1 wk", "Vehicle", "8", "20.5 ± 0.7", "40 ± 3"],
                ["", "Exosome", "8", "21.5 ± 0.6", "31 ± 3"],
            ],
            "Table 3. Other locomotor tests; BBB scores are shown in Figure 2.",
            id="other-measures-only",
        ),
        pytest.param(
            [
                ["Time point", "Group", "n", "BBB subscore (mean ± SEM)"],
                ["2 wk", "Vehicle", "8", "2.0 ± 0.5"],
                ["", "Exosome", "8", "4.0 ± 0.6"],
            ],
            "Table 3. BBB subscores.",
            id="subscore-column",
        ),
        pytest.param(
            [
                ["Time point", "Group", "n", "BBB score (mean ± SEM)"],
                ["Pre-injury", "Vehicle", "8", "21.0 ± 0.0"],
                ["", "Exosome", "8", "21.0 ± 0.0"],
                ["P value", "", "", "0.03"],
            ],
            "Table 3. BBB scores before injury.",
            id="pre-injury-and-p-rows",
        ),
    ],
)
def test_long_format_traps_stay_empty(grid: list[list[str]], caption: str) -> None:
    assert table_rows(grid, caption) == set()


# --- ordinal and other unusual time labels ------------------------------------------------


@pytest.mark.parametrize(
    ("grid", "caption", "expected"),
    [
        pytest.param(
            [
                ["Groups", "No.", "1st", "2nd", "4th"],
                ["Sham", "10", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
                ["Vehicle", "10", "2.0 ± 0.3a", "3.9 ± 0.4a", "6.0 ± 0.5a"],
                ["Exosome", "10", "2.9 ± 0.4a", "6.1 ± 0.5ab", "10.2 ± 0.6ab"],
            ],
            "Table 2. BBB scores at the end of the 1st, 2nd and 4th weeks after SCI.",
            at(7.0, 21.0, 2.0, 2.9) | at(14.0, 21.0, 3.9, 6.1) | at(28.0, 21.0, 6.0, 10.2),
            id="corpus-like-bare-ordinals-weeks-in-caption",
        ),
        pytest.param(
            [
                ["Time", "Sham", "Vehicle", "Exosome"],
                ["1. day", "20.7 ± 0.2", "0.8 ± 0.3", "1.1 ± 0.3"],
                ["7. day", "21.0 ± 0.0", "2.7 ± 0.5", "3.6 ± 0.5"],
            ],
            "Table 1. BBB scores.",
            at(1.0, 20.7, 0.8, 1.1) | at(7.0, 21.0, 2.7, 3.6),
            id="dotted-ordinal-day-rows",
        ),
        pytest.param(
            [
                ["Group", "Day 1st", "Day 7th", "Day 14th"],
                ["Sham", "20.6 (0.3)", "21.0 (0.0)", "21.0 (0.0)"],
                ["Vehicle", "0.6 (0.3)", "2.5 (0.5)", "4.4 (0.6)"],
                ["Exosome", "0.7 (0.3)", "3.3 (0.6)", "6.0 (0.6)"],
            ],
            "Table 1. BBB scores, mean (SEM).",
            at(1.0, 20.6, 0.6, 0.7) | at(7.0, 21.0, 2.5, 3.3) | at(14.0, 21.0, 4.4, 6.0),
            id="day-then-ordinal-columns",
        ),
        pytest.param(
            [
                ["Group", "W1", "Week-2", "4 wk"],
                ["Vehicle", "2.4 ± 0.5", "4.2 ± 0.6", "6.6 ± 0.7"],
                ["Exosome", "3.1 ± 0.5", "5.9 ± 0.6", "9.0 ± 0.7"],
            ],
            "Table 1. BBB scores.",
            at(7.0, None, 2.4, 3.1) | at(14.0, None, 4.2, 5.9) | at(28.0, None, 6.6, 9.0),
            id="mixed-week-spellings",
        ),
        pytest.param(
            [
                ["", "Sham", "Vehicle", "Exosome"],
                ["1. week", "21.0 ± 0.0", "2.2 ± 0.4", "2.8 ± 0.4"],
                ["3. week", "21.0 ± 0.0", "5.0 ± 0.5", "7.7 ± 0.6"],
            ],
            "Table 1. BBB scores.",
            at(7.0, 21.0, 2.2, 2.8) | at(21.0, 21.0, 5.0, 7.7),
            id="dotted-ordinal-week-rows-no-corner",
        ),
    ],
)
def test_ordinal_time_labels(grid: list[list[str]], caption: str, expected: set[Row]) -> None:
    assert table_rows(grid, caption) == expected


@pytest.mark.parametrize(
    ("grid", "caption"),
    [
        pytest.param(
            [
                ["Group", "1st", "2nd", "3rd"],
                ["Vehicle", "2.0 ± 0.3", "3.9 ± 0.4", "5.0 ± 0.5"],
                ["Exosome", "2.9 ± 0.4", "6.1 ± 0.5", "8.0 ± 0.6"],
            ],
            "Table 2. BBB scores after the 1st, 2nd and 3rd injection.",
            id="ordinals-with-no-unit",
        ),
        pytest.param(
            [
                ["Group", "1st", "2nd", "3rd"],
                ["Vehicle", "2.0 ± 0.3", "3.9 ± 0.4", "5.0 ± 0.5"],
            ],
            "Table 2. BBB scores of the three raters.",
            id="ordinal-raters",
        ),
    ],
)
def test_ordinals_without_a_unit_stay_empty(grid: list[list[str]], caption: str) -> None:
    assert table_rows(grid, caption) == set()


# --- a wide table of several measures: only the BBB block -------------------------------


@pytest.mark.parametrize(
    ("grid", "caption", "expected"),
    [
        pytest.param(
            [
                [
                    "Group",
                    "n",
                    "BBB score, weeks post-injury",
                    "",
                    "",
                    "Body weight (g)",
                    "",
                    "Grid walk",
                ],
                ["", "", "1", "2", "4", "Baseline", "Week 4", "errors, wk 4 (%)"],
                [
                    "Sham",
                    "9",
                    "21.0 (0.0)",
                    "21.0 (0.0)",
                    "21.0 (0.0)",
                    "240 (4)",
                    "300 (6)",
                    "1.1 (0.4)",
                ],
                [
                    "Vehicle",
                    "9",
                    "3.0 (0.6)",
                    "6.0 (0.7)",
                    "8.5 (0.6)",
                    "236 (5)",
                    "262 (7)",
                    "38.0 (3.1)",
                ],
                [
                    "Exosome",
                    "9",
                    "4.0 (0.5)",
                    "7.5 (0.6)",
                    "10.8 (0.6)†",
                    "239 (4)",
                    "279 (6)",
                    "24.0 (2.6)",
                ],
            ],
            "Table 1. Locomotor and general outcomes. Values are mean (SEM).",
            at(7.0, 21.0, 3.0, 4.0) | at(14.0, 21.0, 6.0, 7.5) | at(28.0, 21.0, 8.5, 10.8),
            id="corpus-like-bbb-then-weight-then-grid",
        ),
        pytest.param(
            [
                [
                    "Group",
                    "BBB score, days post-injury",
                    "",
                    "Grid walk errors (%)",
                    "",
                    "Body weight (g)",
                ],
                ["", "7", "28", "Day 7", "Day 28", "Day 28"],
                ["Vehicle", "2.5 ± 0.5", "7.0 ± 0.7", "55 ± 4", "41 ± 3", "250 ± 6"],
                ["Exosome", "3.4 ± 0.5", "9.6 ± 0.6", "47 ± 4", "29 ± 3", "268 ± 6"],
            ],
            "Table 2. Functional outcomes (mean ± SD).",
            at(7.0, None, 2.5, 3.4) | at(28.0, None, 7.0, 9.6),
            id="days-no-n-other-measures-with-days",
        ),
        pytest.param(
            [
                ["Group", "n", "Body weight (g)", "", "BBB score (weeks)", "", ""],
                ["", "", "Pre", "Week 4", "1", "2", "4"],
                ["Vehicle", "8", "235 (5)", "260 (7)", "3.1 (0.6)", "5.9 (0.7)", "8.2 (0.6)"],
                ["Exosome", "8", "238 (4)", "281 (6)", "4.2 (0.5)", "7.7 (0.6)", "10.6 (0.6)"],
            ],
            "Table 1. Outcomes, mean (SEM).",
            at(7.0, None, 3.1, 4.2) | at(14.0, None, 5.9, 7.7) | at(28.0, None, 8.2, 10.6),
            id="other-measure-first",
        ),
        pytest.param(
            [
                ["Group", "n", "", "BBB score, weeks post-injury", "", "Grid walk errors (%)", ""],
                ["", "", "1", "2", "4", "Week 1", "Week 4"],
                ["Vehicle", "8", "3.0 (0.6)", "6.0 (0.7)", "8.5 (0.6)", "40 (3)", "31 (3)"],
                ["Exosome", "8", "4.0 (0.5)", "7.5 (0.6)", "10.8 (0.6)", "35 (3)", "22 (2)"],
            ],
            "Table 1. Outcomes, mean (SEM).",
            at(7.0, None, 3.0, 4.0) | at(14.0, None, 6.0, 7.5) | at(28.0, None, 8.5, 10.8),
            id="pdf-centred-title-beside-n",
        ),
        pytest.param(
            [
                ["Treatment", "", "", "BBB (days after SCI)", "", "", "Body weight (g)"],
                ["", "3", "7", "14", "21", "28", "Day 28"],
                [
                    "Vehicle",
                    "1.0 ± 0.4",
                    "2.6 ± 0.5",
                    "4.4 ± 0.6",
                    "5.8 ± 0.6",
                    "6.5 ± 0.7",
                    "250 ± 6",
                ],
                [
                    "Exosome",
                    "1.3 ± 0.4",
                    "3.4 ± 0.5",
                    "6.0 ± 0.6",
                    "7.9 ± 0.6",
                    "9.0 ± 0.7",
                    "268 ± 6",
                ],
            ],
            "Table 2. Functional outcomes (mean ± SD).",
            at(3.0, None, 1.0, 1.3)
            | at(7.0, None, 2.6, 3.4)
            | at(14.0, None, 4.4, 6.0)
            | at(21.0, None, 5.8, 7.9)
            | at(28.0, None, 6.5, 9.0),
            id="pdf-centred-title-no-n-days",
        ),
    ],
)
def test_wide_table_of_several_measures(
    grid: list[list[str]], caption: str, expected: set[Row]
) -> None:
    assert table_rows(grid, caption) == expected


def test_wide_table_other_measures_alone_give_nothing() -> None:
    grid = [
        ["Group", "n", "Body weight (g)", "", "Grid walk errors (%)", ""],
        ["", "", "Week 1", "Week 4", "Week 1", "Week 4"],
        ["Vehicle", "8", "230 (5)", "260 (7)", "20.0 (2.0)", "18.0 (2.0)"],
        ["Exosome", "8", "233 (4)", "281 (6)", "15.0 (2.0)", "12.0 (1.5)"],
    ]
    assert table_rows(grid, "Table 3. General outcomes; BBB scores in Table 2.") == set()


# --- groups as columns under a spanning "Groups (n=8)" title, the time corner repeated -----


@pytest.mark.parametrize(
    ("grid", "caption", "expected"),
    [
        pytest.param(
            [
                ["Time", "Groups (n=8)", "", ""],
                ["Time", "Sham", "Vehicle", "Exosome"],
                ["1. day", "20.8 ± 0.1", "0.9 ± 0.3", "1.0 ± 0.3"],
                ["14. day", "21.0 ± 0.0", "4.6 ± 0.6", "6.6 ± 0.7*"],
            ],
            "Table 1. BBB scores of the groups (mean ± SEM).",
            at(1.0, 20.8, 0.9, 1.0) | at(14.0, 21.0, 4.6, 6.6),
            id="corpus-like-time-repeated-dotted-days",
        ),
        pytest.param(
            [
                ["Day", "Treatment groups (n = 10 each)", "", ""],
                ["Day", "Sham", "Vehicle", "Exosome"],
                ["Pre-op", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
                ["7", "21.0 ± 0.0", "2.8 ± 0.5", "3.4 ± 0.6"],
                ["28", "21.0 ± 0.0", "6.7 ± 0.6", "9.5 ± 0.8"],
            ],
            "Table 1. BBB scores (mean ± SEM).",
            at(7.0, 21.0, 2.8, 3.4) | at(28.0, 21.0, 6.7, 9.5),
            id="day-repeated-bare-days-pre-op-row",
        ),
        pytest.param(
            [
                ["", "Groups (n=8)", "", ""],
                ["Time", "Sham", "Vehicle", "Exosome"],
                ["Week 1", "21.0 ± 0.0", "2.9 ± 0.5", "3.5 ± 0.6"],
                ["Week 4", "21.0 ± 0.0", "6.8 ± 0.6", "9.7 ± 0.8"],
                ["P", "", "", "< 0.05"],
            ],
            "Table 1. BBB scores (mean ± SEM).",
            at(7.0, 21.0, 2.9, 3.5) | at(28.0, 21.0, 6.8, 9.7),
            id="blank-corner-week-rows-p-row",
        ),
        pytest.param(
            [
                ["Week", "Experimental groups (n = 6 rats per group)", "", ""],
                ["Week", "Sham", "Vehicle", "Exosome"],
                ["1st", "21.0 ± 0.0", "2.4 ± 0.5", "3.0 ± 0.6"],
                ["3rd", "21.0 ± 0.0", "5.6 ± 0.6", "7.9 ± 0.8"],
            ],
            "Table 1. BBB scores (mean ± SEM).",
            at(7.0, 21.0, 2.4, 3.0) | at(21.0, 21.0, 5.6, 7.9),
            id="week-corner-repeated-ordinal-rows",
        ),
    ],
)
def test_groups_under_a_spanning_groups_title(
    grid: list[list[str]], caption: str, expected: set[Row]
) -> None:
    assert table_rows(grid, caption) == expected


@pytest.mark.parametrize(
    ("title", "n"),
    [("Groups (n=8)", 8), ("Groups (n = 12 each)", 12), ("Groups", None)],
)
def test_the_groups_title_gives_every_group_its_n(title: str, n: int | None) -> None:
    grid = [
        ["Time", title, "", ""],
        ["Time", "Sham", "Vehicle", "Exosome"],
        ["7. day", "21.0 ± 0.0", "2.8 ± 0.5", "3.5 ± 0.6"],
    ]
    got = full_rows(grid, "Table 1. BBB scores (mean ± SEM).")
    assert {r[-1] for r in got} == {n}
    assert ("Vehicle", "control", 7.0, 2.8, None, 0.5, n) in got


def test_an_n_column_under_a_blank_top_cell_is_no_time_column() -> None:
    # A centred title takes the empty top cells to its left only over lower cells of its kind
    # (days); an "n" beside "Day 7" over "Mean | SD" stays the group size.
    grid = [
        ["Group", "", "Day 7", "", "Day 28", ""],
        ["", "n", "Mean", "SD", "Mean", "SD"],
        ["Vehicle", "8", "2.5", "0.5", "7.0", "0.7"],
        ["Exosome", "9", "3.4", "0.5", "9.6", "0.6"],
    ]
    assert full_rows(grid, "Table 1. BBB scores.") == {
        ("Vehicle", "control", 7.0, 2.5, 0.5, None, 8),
        ("Vehicle", "control", 28.0, 7.0, 0.7, None, 8),
        ("Exosome", "treatment", 7.0, 3.4, 0.5, None, 9),
        ("Exosome", "treatment", 28.0, 9.6, 0.6, None, 9),
    }


def test_a_time_measure_column_is_no_time_column() -> None:
    # "Time to first weight support (days)" is a measure: the table gives the BBB column at the
    # caption's one time point.
    grid = [
        ["Group", "n", "BBB score", "Time to weight support (days)"],
        ["Vehicle", "8", "7.0 ± 0.7", "21 ± 2"],
        ["Exosome", "8", "9.6 ± 0.6", "15 ± 2"],
    ]
    assert table_rows(grid, "Table 2. Outcomes at day 28 (mean ± SD).") == at(28.0, None, 7.0, 9.6)
