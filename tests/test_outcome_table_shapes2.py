"""BBB/BMS rows from more table shapes: what the footnote says, rows of group sizes, a second
experiment's table, a column naming the scale of each row, and lines of the next column.

Each table is written here in our own wording. Traps that must stay empty sit beside each shape:
a caption whose "day" is an event, a histology table beside the score table, P-value rows.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, TableSpec, table_doc

from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_notes import (
    declared_unit,
    drop_stray_text,
    note_abbreviations,
    row_time,
)
from miner.extract.outcomes import extract_outcomes
from miner.parse.model import ParsedDocument

METHODS = "Hindlimb function was rated with the BBB open-field scale by observers blind to group."


def doc_of(*tables: TableSpec) -> ParsedDocument:
    return table_doc(*tables, methods=METHODS)


def rows_of(*tables: tuple[list[list[str]], str, str]) -> set[Row]:
    return {(r.group, r.arm, r.day, r.mean) for r in extract_outcomes(doc_of(*tables))[0]}


WEEKS_AS_ROWS = [
    ["", "Saline (n = 8)", "Exo (n = 8)"],
    ["1", "2.1 ± 0.5", "2.4 ± 0.6"],
    ["2", "4.0 ± 0.7", "5.2 ± 0.8"],
    ["4", "6.3 ± 0.9", "9.1 ± 1.0"],
]


@pytest.mark.parametrize(
    ("caption", "note"),
    [
        ("BBB scores after injection at day 3 (mean ± SD).", "Rows give weeks after contusion."),
        ("BBB scores after injection at day 3 (mean ± SD).", "Wks, weeks post-injury. * P < 0.05."),
        ("BBB scores by weeks after injury; exosomes on day 3.", ""),
        ("BBB scores (mean ± SD); time in weeks.", "Exosomes were given on day 3."),
    ],
)
def test_bare_numbers_take_the_unit_the_footnote_or_caption_declares(
    caption: str, note: str
) -> None:
    rows = rows_of((WEEKS_AS_ROWS, caption, note))
    assert ("Exo", "treatment", 28.0, 9.1) in rows
    assert ("Saline", "control", 7.0, 2.1) in rows
    assert not any(r[2] in (1.0, 2.0, 4.0) for r in rows)  # never read as days 1, 2, 4


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Rows are weeks after injury", "week"),
        ("Wk, weeks after contusion.", "week"),
        ("Time (days)", "day"),
        ("injection at day 7", None),
        ("scored over 8 weeks", None),
        ("week 1 was scored before treatment", None),
        ("dpi, days post-injury", "day"),
    ],
)
def test_a_unit_is_declared_only_when_written_without_a_number(text: str, unit: str | None) -> None:
    assert declared_unit(text) == unit


def test_a_row_of_group_sizes_gives_n_to_the_scores_above_and_no_rows_of_its_own() -> None:
    grid = [
        ["Group", "Week 1", "Week 4", "Week 8"],
        ["Sham", "21", "21", "21"],
        ["n", "5", "5", "5"],
        ["SCI", "3.2 ± 1.0", "7.5 ± 1.3", "9.0 ± 1.4"],
        ["n", "9", "8", "7"],
        ["SCI + EV", "3.5 ± 1.1", "9.8 ± 1.2", "12.6 ± 1.5"],
        ["No. of rats", "9", "9", "8"],
    ]
    rows = extract_outcomes(doc_of((grid, "BBB scores (mean ± SD).", "")))[0]
    assert {r.group for r in rows} == {"Sham", "SCI", "SCI + EV"}
    by = {(r.group, r.day): r.n for r in rows}
    assert by[("SCI", 56.0)] == 7
    assert by[("SCI", 7.0)] == 9
    assert by[("SCI + EV", 56.0)] == 8
    assert by[("Sham", 28.0)] == 5


SECOND_EXPERIMENT = [
    ["Group", "Wk 4", "Wk 6", "Wk 8"],
    ["Vehicle (d28)", "5.1 ± 0.4", "5.8 ± 0.5", "6.4 ± 0.5"],
    ["EV (d28)", "5.0 ± 0.5", "6.6 ± 0.5", "7.9 ± 0.6"],
]
FIRST_EXPERIMENT = [
    ["Group", "Wk 1", "Wk 4", "Wk 8"],
    ["Vehicle", "2.0 ± 0.3", "5.2 ± 0.4", "6.5 ± 0.5"],
    ["EV", "2.1 ± 0.3", "7.0 ± 0.5", "10.2 ± 0.6"],
]


def test_a_second_experiments_table_naming_no_measure_reads_as_the_score_table_beside_it() -> None:
    rows = rows_of(
        (FIRST_EXPERIMENT, "Experiment 1: BBB scores (mean ± SEM).", ""),
        (SECOND_EXPERIMENT, "Experiment 2: treatment delayed to day 28 (mean ± SEM).", ""),
    )
    assert ("EV", "treatment", 56.0, 10.2) in rows
    assert ("EV (d28)", "other", 56.0, 7.9) in rows  # the same vesicles given late: a comparator
    assert ("Vehicle (d28)", "control", 28.0, 5.1) in rows


@pytest.mark.parametrize(
    ("grid", "caption"),
    [
        # Histology beside the score table: its caption names the measure.
        (SECOND_EXPERIMENT, "Lesion volume at each time point (mean ± SEM)."),
        (SECOND_EXPERIMENT, "Cytokine levels in cord tissue (mean ± SEM)."),
        # Values beyond the scale: pg/mL or counts, whatever the caption says.
        (
            [
                ["Group", "Wk 4", "Wk 8"],
                ["Vehicle", "85 ± 9", "120 ± 11"],
                ["EV", "64 ± 8", "71 ± 9"],
            ],
            "Experiment 2 (mean ± SEM).",
        ),
        # No time points at all.
        (
            [
                ["Group", "Animals", "Dose"],
                ["Vehicle", "5.0 ± 0.5", "1.0 ± 0.1"],
                ["EV", "6.0 ± 0.5", "2.0 ± 0.2"],
            ],
            "Experiment 2 (mean ± SEM).",
        ),
    ],
)
def test_a_table_beside_the_score_table_that_is_another_measure_stays_empty(
    grid: list[list[str]], caption: str
) -> None:
    rows = rows_of((FIRST_EXPERIMENT, "BBB scores (mean ± SEM).", ""), (grid, caption, ""))
    assert {r[0] for r in rows} == {"Vehicle", "EV"}


def test_a_table_naming_no_measure_alone_in_the_paper_stays_empty() -> None:
    assert (
        rows_of((SECOND_EXPERIMENT, "Experiment 2: delayed treatment (mean ± SEM).", "")) == set()
    )


SCALE_COLUMN = [
    ["Scale", "Time", "Vehicle", "", "sEV", ""],
    ["Scale", "Time", "Mean", "SEM", "Mean", "SEM"],
    ["BMS (0–9)", "Week 1", "1.2", "0.2", "1.5", "0.2"],
    ["BMS (0–9)", "Week 4", "3.0", "0.3", "4.8", "0.4"],
    ["BBB (0–21)", "Week 1", "2.9", "0.4", "3.4", "0.5"],
    ["BBB (0–21)", "Week 4", "7.1", "0.6", "10.4", "0.7"],
    ["BMS subscore (0–11)", "Week 4", "2.2", "0.5", "5.0", "0.6"],
    ["P, group (BMS / BBB)", "", "0.001 / 0.002", "", "", ""],
]


def test_a_first_column_naming_the_scale_of_each_row_gives_rows_of_each_scale() -> None:
    rows = extract_outcomes(
        doc_of((SCALE_COLUMN, "Locomotor scores of contused mice (n = 12).", ""))
    )[0]
    got = {(r.outcome, r.group, r.day, r.mean, r.sem) for r in rows}
    assert ("BMS", "sEV", 28.0, 4.8, 0.4) in got
    assert ("BBB", "sEV", 28.0, 10.4, 0.7) in got
    assert ("BBB", "Vehicle", 7.0, 2.9, 0.4) in got
    assert len(got) == 8  # no subscore, no P-value row


def test_a_reference_line_of_the_next_column_is_no_row_or_column() -> None:
    grid = [
        ["", "[12] Author A, Author B. A long title of a cited paper about", "", ""],
        ["dpi", "Sham (n = 5)", "SCI (n = 7)", "Cord Res. 2020;7:19–30."],
        ["7", "20.5 (0.5)", "2.7 (1.0)", ""],
        ["14", "–", "5.3 (1.5)", ""],
    ]
    cleaned = drop_stray_text(grid)
    assert cleaned[0] == ["dpi", "Sham (n = 5)", "SCI (n = 7)"]
    rows = rows_of((grid, "BBB scores, mean (SD).", ""))
    assert rows == {
        ("Sham", "sham", 7.0, 20.5),
        ("SCI", "control", 7.0, 2.7),
        ("SCI", "control", 14.0, 5.3),
    }


@pytest.mark.parametrize(
    ("label", "day"),
    [
        ("28 dpi (pre)", 28.0),
        ("1 wk post-Tx (35 dpi)", 35.0),
        ("2 wk after treatment (day 42)", 42.0),
        ("Day 14", 14.0),
        ("Week 1 (day 9)", None),  # two times that disagree
        ("Exo (n = 8)", None),
    ],
)
def test_time_labels_counted_from_treatment_take_the_time_after_injury(
    label: str, day: float | None
) -> None:
    assert row_time(label, None) == day


@pytest.mark.parametrize(
    ("note", "abbr", "arm"),
    [
        ("DE: standard deviation. SF: saline solution.", "SF", "control"),
        ("HX, hemisection only. n, rats assessed.", "HX", "control"),
        ("Veh = vehicle (PBS); * P < 0.05.", "Veh", "control"),
    ],
)
def test_a_footnote_spells_out_an_abbreviated_group(note: str, abbr: str, arm: str) -> None:
    assert group_arm(note_abbreviations(note)[abbr]) == arm


def test_an_abbreviated_group_takes_the_arm_of_its_meaning_from_the_footnote() -> None:
    grid = [
        ["Day", "Sham", "Lesion", "SF", "Exo"],
        ["Day 7", "21.0 ± 0.0", "2.8 ± 1.0", "3.0 ± 1.1", "4.1 ± 1.2"],
        ["Day 28", "21.0 ± 0.0", "6.5 ± 1.4", "6.8 ± 1.5", "10.0 ± 1.5"],
    ]
    rows = rows_of((grid, "BBB score by group and day (mean ± SD).", "SF: saline solution."))
    assert ("SF", "control", 28.0, 6.8) in rows
    assert (
        "Lesion",
        "control",
        28.0,
        6.5,
    ) in rows  # a group called "Lesion" is no lesion-size column
    assert ("Exo", "treatment", 28.0, 10.0) in rows


@pytest.mark.parametrize("label", ["Acute-Sal", "Sal", "Lesion", "Lesion only"])
def test_saline_and_lesion_only_groups_are_controls(label: str) -> None:
    assert group_arm(label) == "control"


@pytest.mark.parametrize("label", ["Lesion area (mm²)", "Lesion volume", "Lesion (%)"])
def test_lesion_measures_beside_the_scores_give_no_rows(label: str) -> None:
    grid = [
        ["Group", "Day 7", "Day 28", label],
        ["SCI", "2.8 ± 1.0", "6.5 ± 1.4", "3.1 ± 0.4"],
        ["Exo", "4.1 ± 1.2", "10.0 ± 1.5", "1.9 ± 0.3"],
    ]
    rows = rows_of((grid, "BBB scores and lesion size (mean ± SD).", ""))
    assert {r[2] for r in rows} == {7.0, 28.0}
