"""BBB tables whose time headers are bare numbers, and Mean/SD headers the PDF reader ran together.

Two shapes, each in several variants of our own (other labels, other units, the other
orientation, with and without n, a spanning title or none):

* Bare time numbers ("Group | 1 | 3 | 7 | 14 | 28") with no unit in the table: the unit is the
  one of the schedule that holds every number, stated in the caption ("at weeks 1–8"), the
  footnote, or the methods ("scored at 1, 3, 7, 14 and 28 days", "on days 1, 3 and 7",
  "weekly for 8 weeks"). A time that holds one number only ("one rat died in week 2") says
  nothing of the unit; a schedule that misses a number, or days and weeks that both fit, leave
  the table empty.
* Groups as columns over "Mean | SEM", where one group's two labels sit in one cell ("Mean SEM")
  beside an empty one: the two columns are still the mean and its SEM.

Traps stay empty: no unit anywhere, other measures, SEM-only tables, pre-injury columns, p rows.
All tables are our own.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, at, table_outcomes, table_rows

BBB_AT = "Hindlimb function was rated with the BBB open-field scale {} by observers blind to group."


def methods(schedule: str) -> str:
    return BBB_AT.format(schedule)


DAY_GRID = [
    ["Group", "1", "3", "7", "14", "28"],
    ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
    ["Vehicle", "0.4 ± 0.3", "1.2 ± 0.5", "3.0 ± 0.8", "5.1 ± 1.0", "7.6 ± 1.1"],
    ["Exosome", "0.6 ± 0.4", "1.8 ± 0.6", "4.4 ± 0.9", "7.9 ± 1.2", "11.3 ± 1.3"],
]
DAY_ROWS = (
    at(1.0, 21.0, 0.4, 0.6) | at(3.0, 21.0, 1.2, 1.8) | at(7.0, 21.0, 3.0, 4.4)
    | at(14.0, 21.0, 5.1, 7.9) | at(28.0, 21.0, 7.6, 11.3)
)  # fmt: skip


@pytest.mark.parametrize(
    ("schedule", "caption", "note"),
    [
        pytest.param(
            "at 1, 3, 7, 14 and 28 days after injury",
            "Table 1. BBB scores.",
            "",
            id="methods-list-then-unit",
        ),
        pytest.param(
            "on days 1, 3, 7, 14, 21 and 28",
            "Table 1. BBB scores (mean ± SD).",
            "",
            id="methods-unit-then-list-with-extra-day",
        ),
        pytest.param(
            "on days 1, 3, 7, 14 and 28",
            "Table 2. BBB scores (mean ± SD).",
            "One vehicle rat was excluded in week 2.",
            id="footnote-stray-week-is-no-unit",
        ),
        pytest.param(
            "daily", "Table 1. BBB scores at days 1–28 after contusion.", "", id="caption-range"
        ),
        pytest.param("", "Table 1. BBB scores on days 1, 3, 7, 14 and 28.", "", id="caption-list"),
        pytest.param(
            "",
            "Table 1. BBB scores.",
            "Scores were taken at 1, 3, 7, 14 and 28 dpi.",
            id="footnote-dpi-list",
        ),
    ],
)
def test_bare_day_numbers_take_the_unit_of_the_schedule_that_holds_them(
    schedule: str, caption: str, note: str
) -> None:
    assert table_rows(DAY_GRID, caption, note, methods=methods(schedule)) == DAY_ROWS


WEEK_ROWS = (
    at(7.0, 21.0, 2.1, 2.4)
    | at(14.0, 21.0, 4.6, 5.5)
    | at(28.0, 21.0, 7.4, 9.2)
    | at(56.0, 21.0, 8.5, 11.6)
)


@pytest.mark.parametrize(
    ("grid", "caption", "schedule"),
    [
        pytest.param(
            [
                ["", "", "BBB score", "", "", "", "Body weight (g)"],
                ["", "n", "1", "2", "4", "8", ""],
                ["Sham", "12", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "386 ± 7"],
                ["Vehicle", "12", "2.1 ± 0.4", "4.6 ± 0.5", "7.4 ± 0.6", "8.5 ± 0.6", "341 ± 9"],
                ["Exosome", "12", "2.4 ± 0.4", "5.5 ± 0.5", "9.2 ± 0.5†", "11.6 ± 0.6‡", "349 ± 8"],
            ],
            "Table 2. Locomotor scores at weeks 1–8 after contusion and body weight.",
            "",
            id="corpus-like-span-over-bare-weeks-n-column-weight-column",
        ),
        pytest.param(
            [
                ["", "", "Open-field score", "", "", ""],
                ["", "n", "1", "2", "4", "8", "Latency (s)"],
                ["Sham", "10", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "4.1 ± 0.3"],
                ["Vehicle", "10", "2.1 ± 0.4", "4.6 ± 0.5", "7.4 ± 0.6", "8.5 ± 0.6", "9.7 ± 0.8"],
                ["Exosome", "9", "2.4 ± 0.4", "5.5 ± 0.5", "9.2 ± 0.5", "11.6 ± 0.6", "7.2 ± 0.6"],
            ],
            "Table 3. BBB scores and hot-plate latency.",
            "weekly until week 8",
            id="other-measure-with-a-unit-under-the-span",
        ),
        pytest.param(
            [
                ["Group", "1", "2", "4", "8"],
                ["Sham", "21.0 (0.0)", "21.0 (0.0)", "21.0 (0.0)", "21.0 (0.0)"],
                ["Vehicle", "2.1 (0.4)", "4.6 (0.5)", "7.4 (0.6)", "8.5 (0.6)"],
                ["Exosome", "2.4 (0.4)", "5.5 (0.5)", "9.2 (0.5)", "11.6 (0.6)"],
            ],
            "Table 1. BBB scores, mean (SD).",
            "once a week for eight weeks after injury",
            id="weekly-for-n-weeks-in-methods",
        ),
        pytest.param(
            [
                ["", "Sham", "Vehicle", "Exosome"],
                ["1", "21.0 ± 0.0", "2.1 ± 0.4", "2.4 ± 0.4"],
                ["2", "21.0 ± 0.0", "4.6 ± 0.5", "5.5 ± 0.5"],
                ["4", "21.0 ± 0.0", "7.4 ± 0.6", "9.2 ± 0.5"],
                ["8", "21.0 ± 0.0", "8.5 ± 0.6", "11.6 ± 0.6"],
            ],
            "Table 1. BBB scores (mean ± SEM).",
            "at 1, 2, 4 and 8 weeks post-injury",
            id="other-orientation-bare-weeks-as-rows",
        ),
    ],
)
def test_bare_week_numbers_take_the_unit_of_the_schedule(
    grid: list[list[str]], caption: str, schedule: str
) -> None:
    assert table_rows(grid, caption, methods=methods(schedule)) == WEEK_ROWS


def test_the_n_column_gives_each_group_its_n_under_bare_numbers() -> None:
    grid = [
        ["Group", "n", "1", "3", "7"],
        ["Vehicle", "9", "0.4 ± 0.3", "1.2 ± 0.5", "3.0 ± 0.8"],
        ["Exosome", "10", "0.6 ± 0.4", "1.8 ± 0.6", "4.4 ± 0.9"],
    ]
    rows = table_outcomes(grid, "Table 1. BBB scores.", methods=methods("on days 1, 3 and 7"))
    assert {(r.group, r.day, r.n) for r in rows} == {
        (g, d, n) for g, n in (("Vehicle", 9), ("Exosome", 10)) for d in (1.0, 3.0, 7.0)
    }


@pytest.mark.parametrize(
    ("grid", "caption", "note", "schedule"),
    [
        pytest.param(DAY_GRID, "Table 1. BBB scores.", "", "", id="no-unit-anywhere"),
        pytest.param(
            DAY_GRID, "Table 1. BBB scores.", "", "on days 7 and 28", id="schedule-misses-numbers"
        ),
        pytest.param(
            DAY_GRID,
            "Table 1. BBB scores.",
            "One rat died in week 3.",
            "",
            id="a-single-time-is-no-schedule",
        ),
        pytest.param(
            [
                ["Group", "1", "2", "3", "4"],
                ["Vehicle", "0.4 ± 0.3", "1.2 ± 0.5", "3.0 ± 0.8", "5.1 ± 1.0"],
                ["Exosome", "0.6 ± 0.4", "1.8 ± 0.6", "4.4 ± 0.9", "7.9 ± 1.2"],
            ],
            "Table 1. BBB scores.",
            "",
            "daily on days 1–4 and weekly until week 4",
            id="days-and-weeks-both-fit",
        ),
        pytest.param(
            [
                ["Group", "1", "3", "7"],
                ["Vehicle", "251 ± 9", "248 ± 8", "255 ± 9"],
                ["Exosome", "250 ± 9", "252 ± 9", "258 ± 8"],
            ],
            "Table 3. Body weight (g).",
            "",
            "on days 1, 3 and 7",
            id="other-measure",
        ),
        pytest.param(
            [
                ["Group", "1", "3", "7"],
                ["Vehicle", "0.3", "0.5", "0.8"],
                ["Exosome", "0.4", "0.6", "0.9"],
            ],
            "Table 4. SEM of the BBB scores.",
            "",
            "on days 1, 3 and 7",
            id="sem-only-table",
        ),
    ],
)
def test_bare_numbers_without_a_schedule_that_holds_them_give_nothing(
    grid: list[list[str]], caption: str, note: str, schedule: str
) -> None:
    assert table_rows(grid, caption, note, methods=methods(schedule)) == set()


def test_pre_injury_column_and_p_row_give_no_row_under_bare_days() -> None:
    grid = [
        ["Group", "Pre", "1", "7"],
        ["Vehicle", "21.0 ± 0.0", "0.4 ± 0.3", "3.0 ± 0.8"],
        ["Exosome", "21.0 ± 0.0", "0.6 ± 0.4", "4.4 ± 0.9"],
        ["P value", "0.9", "0.4", "0.03"],
    ]
    rows = table_rows(
        grid, "Table 1. BBB scores.", methods=methods("before injury and on days 1 and 7")
    )
    assert rows == at(1.0, None, 0.4, 0.6) | at(7.0, None, 3.0, 4.4)


# --- Mean and SEM labels run together in one header cell ---------------------------------

MERGED_ROWS = (
    {("Sham", "sham", d, 21.0) for d in (7.0, 14.0)}
    | {("SCI + saline", "control", 7.0, 1.9), ("SCI + saline", "control", 14.0, 3.8)}
    | {("SCI + EVs", "treatment", 7.0, 2.0), ("SCI + EVs", "treatment", 14.0, 4.3)}
)


@pytest.mark.parametrize(
    ("second", "stat"),
    [
        pytest.param(
            ["", "Mean SEM", "", "Mean", "SEM", "Mean", "SEM"], "sem", id="first-group-merged"
        ),
        pytest.param(
            ["", "Mean", "SD", "Mean SD", "", "Mean", "SD"], "sd", id="middle-group-merged-sd"
        ),
        pytest.param(
            ["", "Mean S.E.M.", "", "Mean S.E.M.", "", "Mean", "S.E.M."],
            "sem",
            id="two-groups-merged-dotted",
        ),
    ],
)
def test_mean_and_spread_labels_in_one_cell_still_head_two_columns(
    second: list[str], stat: str
) -> None:
    grid = [
        ["", "Sham", "", "SCI + saline", "", "SCI + EVs", ""],
        second,
        ["Week 1", "21.0", "0.0", "1.9", "0.3", "2.0", "0.3"],
        ["Week 2", "21.0", "0.0", "3.8", "0.4", "4.3", "0.4"],
    ]
    rows = table_outcomes(grid, "Table 1. Weekly BBB scores after contusion.")
    assert {(r.group, r.arm, r.day, r.mean) for r in rows} == MERGED_ROWS
    spreads = {r.sd if stat == "sd" else r.sem for r in rows}
    assert spreads == {0.0, 0.3, 0.4}


def test_run_together_labels_under_day_titles_with_groups_as_rows() -> None:
    grid = [
        ["Group", "Day 7", "", "Day 28", ""],
        ["", "Mean SD", "", "Mean", "SD"],
        ["Vehicle", "3.0", "0.8", "7.6", "1.1"],
        ["Exosome", "4.4", "0.9", "11.3", "1.3"],
    ]
    rows = table_outcomes(grid, "Table 2. BBB scores.")
    assert {(r.group, r.day, r.mean, r.sd) for r in rows} == {
        ("Vehicle", 7.0, 3.0, 0.8),
        ("Vehicle", 28.0, 7.6, 1.1),
        ("Exosome", 7.0, 4.4, 0.9),
        ("Exosome", 28.0, 11.3, 1.3),
    }


def test_run_together_labels_over_one_filled_column_are_left_alone() -> None:
    """A "Mean SEM" over one column of values and an empty one: no second column to give it."""
    grid = [
        ["", "Sham", "", "SCI + saline", "", "SCI + EVs", ""],
        ["", "Mean SEM", "", "Mean", "SEM", "Mean", "SEM"],
        ["Week 1", "21.0 ± 0.0", "", "1.9", "0.3", "2.0", "0.3"],
        ["Week 2", "21.0 ± 0.0", "", "3.8", "0.4", "4.3", "0.4"],
    ]
    rows = table_outcomes(grid, "Table 1. Weekly BBB scores after contusion.")
    assert {(r.group, r.day, r.mean, r.sem) for r in rows if r.group == "Sham"} <= {
        ("Sham", 7.0, 21.0, 0.0),
        ("Sham", 14.0, 21.0, 0.0),
    }
    assert not any(r.mean == 0.0 for r in rows)


def test_a_table_of_sem_only_under_merged_labels_gives_nothing() -> None:
    grid = [
        ["", "Sham", "", "SCI + saline", ""],
        ["", "SEM SD", "", "SEM", "SD"],
        ["Week 1", "0.0", "0.0", "0.3", "0.9"],
        ["Week 2", "0.0", "0.0", "0.4", "1.2"],
    ]
    assert table_rows(grid, "Table 1. Spread of the weekly BBB scores.") == set()


# --- the safety net marks medians as the specific readers do -----------------------------


@pytest.mark.parametrize(
    ("grid", "note", "stats"),
    [
        pytest.param(
            [
                ["Group", "Week 1 (BBB)", "Week 4 (BBB)"],
                ["Vehicle", "2", "7"],
                ["Exosome", "3", "11"],
            ],
            "Values are medians.",
            {"median"},
            id="median-in-footnote",
        ),
        pytest.param(
            [
                ["Group", "Week 1 (BBB)", "Week 4 (BBB)"],
                ["Vehicle", "2", "7"],
                ["Exosome", "3", "11"],
            ],
            "Values are means.",
            {"mean"},
            id="mean-in-footnote",
        ),
        pytest.param(
            [
                ["Group", "Week 1 (BBB)", "Week 4 (BBB)"],
                ["Vehicle", "2.4 ± 0.5", "7.3 ± 1.0"],
                ["Exosome", "3.1 ± 0.6", "10.8 ± 1.2"],
            ],
            "Medians are given in the text.",
            {"mean"},
            id="a-cell-with-its-spread-is-a-mean",
        ),
    ],
)
def test_rows_the_net_reads_say_mean_or_median(
    grid: list[list[str]], note: str, stats: set[str]
) -> None:
    rows = table_outcomes(grid, "Table 3. Open-field locomotion.", note)
    assert rows and all(r.extractor.startswith("outcomes.table_net") for r in rows)
    assert {r.stat for r in rows} == stats


_ = Row  # the row type the helpers return
