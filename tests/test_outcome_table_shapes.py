"""BBB/BMS rows from the table shapes journals print, and the rows such tables hold that are no group.

Each table is written here in our own wording: a group size after "mean ± SD", a score beside its
subscore, a pooled or difference row, a corner cell repeated over two header rows, columns a PDF
reader ran together, labels and values wrapped over lines, groups coded in a design table, and
vesicles given with a blocker or late beside the vesicles alone.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, outcome_doc, outcome_rows

from miner.extract._outcome_arms import group_arm, resolve_arms
from miner.extract._outcome_cells import cell_n, parse_cell
from miner.extract._outcome_codes import table_codes
from miner.extract._outcome_header import join_wrapped_rows, split_merged_columns
from miner.parse.model import Table
from miner.records import OutcomeRow

METHODS = "Open-field locomotion was rated on the BBB scale by two observers blind to group."


def rows_of(grid: list[list[str]], caption: str, *more: Table) -> set[Row]:
    table = Table(rows=grid, page=None, caption=caption, label="Table 2")
    return outcome_rows(outcome_doc(METHODS, tables=(*more, table)))


# --- cells --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "value", "n"),
    [
        ("6.1 ± 0.9 (9)", (6.1, 0.9), 9),
        ("6.1±0.9 (n = 9)", (6.1, 0.9), 9),
        ("6.1 ± 0.9* (9)", (6.1, 0.9), 9),
        ("6,1 ± 0,9 (9)", (6.1, 0.9), 9),
        ("6.1 ± 0.9b", (6.1, 0.9), None),
        ("6.1 (0.9)", (6.1, 0.9), None),
    ],
)
def test_a_cell_may_carry_the_group_size_after_its_dispersion(
    cell: str, value: tuple[float, float], n: int | None
) -> None:
    assert parse_cell(cell) == value
    assert cell_n(cell) == n


@pytest.mark.parametrize("cell", ["6.1 (0.9) (9)", "6.1 (9) (0.9)", "6.1 ± (9)"])
def test_a_count_without_a_plus_minus_before_it_is_no_cell(cell: str) -> None:
    assert parse_cell(cell) is None


def test_mean_sd_n_cells_under_mixed_time_labels() -> None:
    grid = [
        ["Group", "Day 1", "D4", "1 wk", "3 wk"],
        ["SCI/saline", "0.4 ± 0.3 (9)", "1.2 ± 0.6 (9)", "3.1 ± 0.9 (9)", "6.6 ± 1.2 (8)"],
        ["SCI/EV", "0.5 ± 0.4 (9)", "1.8 ± 0.7 (9)", "4.4 ± 1.0 (9)", "9.0 ± 1.3 (9)"],
    ]
    got = rows_of(grid, "Locomotor BBB scores, mean ± SD (n).")
    assert ("SCI/EV", "treatment", 21.0, 9.0) in got
    assert ("SCI/saline", "control", 4.0, 1.2) in got
    assert len(got) == 8


# --- rows that are no group -----------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "All injured (pooled), n = 20",
        "Pooled SCI",
        "Difference (EV − vehicle)",
        "Mean difference",
        "Δ EV vs vehicle",
        "P value",
        "p < 0.05",
        "Total",
        "*P < 0.05 versus vehicle",
    ],
)
def test_pooled_difference_and_test_rows_give_no_row(label: str) -> None:
    grid = [
        ["Group", "Day 7", "Day 21"],
        ["Vehicle", "3.0 ± 0.5", "6.0 ± 0.8"],
        ["MSC-EV", "4.5 ± 0.6", "9.5 ± 0.9"],
        [label, "1.5", "3.5"],
    ]
    got = rows_of(grid, "BBB scores (mean ± SEM).")
    assert {g for g, *_ in got} == {"Vehicle", "MSC-EV"}
    assert ("MSC-EV", "treatment", 21.0, 9.5) in got


# --- a score beside its subscore, and beside other measures ----------------------------


@pytest.mark.parametrize(
    "header",
    [
        [["Group", "Day 7", "", "Day 21", ""], ["Group", "Score", "Subscore", "Score", "Subscore"]],
        [["Group", "Day 7 Score", "Subscore", "Day 21 Score", "Subscore"]],
    ],
)
def test_score_columns_are_read_and_subscore_columns_skipped(header: list[list[str]]) -> None:
    body = [
        ["Sham, n = 6", "9.0 ± 0.0", "11.0 ± 0.0", "9.0 ± 0.0", "11.0 ± 0.0"],
        ["SCI, n = 10", "1.5 ± 0.3", "0.2 ± 0.1", "3.0 ± 0.4", "1.6 ± 0.5"],
        ["EV, n = 10", "2.2 ± 0.3", "0.6 ± 0.2", "4.8 ± 0.4", "3.9 ± 0.6"],
        ["All injured (pooled), n = 20", "1.9", "–", "3.9", "–"],
    ]
    got = rows_of(header + body, "Basso Mouse Scale (BMS) score and subscore, mean ± SEM.")
    assert got == {
        ("Sham", "sham", 7.0, 9.0),
        ("Sham", "sham", 21.0, 9.0),
        ("SCI", "control", 7.0, 1.5),
        ("SCI", "control", 21.0, 3.0),
        ("EV", "treatment", 7.0, 2.2),
        ("EV", "treatment", 21.0, 4.8),
    }


def test_a_table_of_subscores_alone_stays_empty() -> None:
    grid = [
        ["Group", "Day 7", "Day 21"],
        ["Vehicle", "1.0 ± 0.5", "3.0 ± 0.8"],
        ["EV", "2.0 ± 0.6", "6.0 ± 0.9"],
    ]
    assert rows_of(grid, "BBB subscores (mean ± SD).") == set()


def test_columns_of_other_measures_under_a_spanning_label_give_no_rows() -> None:
    grid = [
        ["Group", "BBB score", "", "Grid walk errors", "", "Weight (g)"],
        ["Group", "D7", "D21", "D7", "D21", "Weight (g)"],
        ["SCI", "3.0 (1.0)", "6.5 (1.2)", "14.0 (2.0)", "9.0 (1.5)", "270 (15)"],
        ["SCI+EV", "4.1 (1.1)", "9.2 (1.3)", "12.0 (2.1)", "6.0 (1.4)", "280 (12)"],
    ]
    got = rows_of(grid, "Behavioural outcomes, mean (SD).")
    assert got == {
        ("SCI", "control", 7.0, 3.0),
        ("SCI", "control", 21.0, 6.5),
        ("SCI+EV", "treatment", 7.0, 4.1),
        ("SCI+EV", "treatment", 21.0, 9.2),
    }


# --- header shapes -------------------------------------------------------------------


def test_groups_under_a_spanning_scale_cell_with_the_corner_repeated() -> None:
    grid = [
        ["Weeks after SCI", "BBB (mean ± SEM)", "", ""],
        ["Weeks after SCI", "SCI + PBS", "EV", "Hypoxic EV"],
        ["1 w", "2,0 ± 0,3", "2,5 ± 0,4", "3,1 ± 0,4"],
        ["4 w", "6,0 ± 0,6", "7,5 ± 0,6", "9,4 ± 0,7*"],
    ]
    got = rows_of(grid, "BBB scores after injury.")
    assert ("SCI + PBS", "control", 28.0, 6.0) in got
    assert ("Hypoxic EV", "treatment", 7.0, 3.1) in got
    assert not any(g.startswith("BBB") for g, *_ in got)
    assert len(got) == 6


@pytest.mark.parametrize("label", ["7 (T1)", "7 (D1)", "7 (TP1)"])
def test_a_day_with_its_time_code_beside_it(label: str) -> None:
    grid = [
        ["Group", "Days after injury", ""],
        ["", label, "21 (T2)"],
        ["SCI", "2.0 ± 0.5", "6.8 ± 1.0"],
        ["SCI+EV", "2.7 ± 0.6", "10.9 ± 1.1"],
    ]
    got = rows_of(grid, "BBB scores (mean ± SD).")
    assert ("SCI+EV", "treatment", 7.0, 2.7) in got
    assert ("SCI", "control", 21.0, 6.8) in got


# --- what the PDF reader runs together or splits ----------------------------------------


def test_columns_run_together_are_split_again() -> None:
    rows = [
        ["Group", "Days post-injury", "", ""],
        ["", "1", "3", "14 21 28"],
        ["SCI", "1.5 ± 0.4", "3.0 ± 0.5", "7.0 ± 0.8 8.1 ± 0.9 8.6 ± 1.1*"],
    ]
    out = split_merged_columns(rows, 2)
    assert out[1] == ["", "1", "3", "14", "21", "28"]
    assert out[2][3:] == ["7.0 ± 0.8", "8.1 ± 0.9", "8.6 ± 1.1*"]


@pytest.mark.parametrize(
    "cell",
    ["7.0 ± 0.8 8.1 ± 0.9", "7.0 ± 0.8 and 8.1", ""],
)
def test_run_together_columns_stay_when_the_counts_disagree(cell: str) -> None:
    rows = [["Group", "Day 1", "14 21 28"], ["SCI", "1.5 ± 0.4", cell]]
    if not cell:
        rows.append(["EV", "2.0 ± 0.4", "9.0 ± 0.8 10.0"])
    assert split_merged_columns(rows, 1) == rows


def test_wrapped_labels_and_values_are_joined() -> None:
    body = [
        ["SCI (contusion and", "1.9 ± 0.6", "7.0 ±"],
        ["saline i.v.)", "", "1.0"],
        ["Sham (laminectomy", "21.0 ±", "21.0 ±"],
        ["only)", "0.0", "0.0"],
        ["EV", "2.5 ± 0.6", "11.0 ± 1.2"],
    ]
    assert join_wrapped_rows(body) == [
        ["SCI (contusion and saline i.v.)", "1.9 ± 0.6", "7.0 ± 1.0"],
        ["Sham (laminectomy only)", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["EV", "2.5 ± 0.6", "11.0 ± 1.2"],
    ]


@pytest.mark.parametrize("section", ["Inclined plane", "mNSS", "weight (g)"])
def test_a_new_group_or_measure_row_is_not_joined_to_the_one_above(section: str) -> None:
    body = [["Vehicle", "3.0 ± 0.5"], ["EV", "4.5 ± 0.6"], [section, ""], ["EV", "30.1 ± 2.0"]]
    assert join_wrapped_rows(body) == body


# --- groups coded in a design table --------------------------------------------------------

DESIGN = Table(
    rows=[
        ["Group", "Injury", "Treatment", "Rats"],
        ["A", "Laminectomy only", "None", "8"],
        ["B", "Contusion", "PBS 1 mL", "8"],
        ["C", "Contusion", "MSC-Exo 100 µg", "8"],
        ["D", "Contusion", "MSC-Exo 100 µg + LY294002", "8"],
    ],
    page=None,
    caption="Experimental design.",
    label="Table 1",
)


def test_design_table_defines_the_codes() -> None:
    codes = table_codes([DESIGN.rows])
    assert {k: group_arm(v) for k, v in codes.items()} == {
        "GROUP A": "sham",
        "GROUP B": "control",
        "GROUP C": "treatment",
        "GROUP D": "treatment",
    }


def test_coded_groups_take_the_arms_of_their_design_table_rows() -> None:
    grid = [
        ["Time", "A", "B", "C", "D"],
        ["POD 7", "21.0±0.0", "2.9±1.0", "4.2±1.1*", "3.1±1.0"],
        ["POD 28", "21.0±0.0", "6.9±1.4", "10.1±1.5*", "7.5±1.4"],
    ]
    got = rows_of(grid, "BBB scores (mean±SD).", DESIGN)
    assert ("A", "sham", 28.0, 21.0) in got
    assert ("B", "control", 28.0, 6.9) in got
    assert ("C", "treatment", 28.0, 10.1) in got
    assert ("D", "other", 28.0, 7.5) in got


@pytest.mark.parametrize(
    "design",
    [
        [["Group", "Treatment"], ["Sham", "none"], ["SCI", "PBS"]],  # names, not codes
        [["Group", "Rats"], ["A", "8"], ["B", "8"]],  # no definition in words
        [["Measure", "Treatment"], ["A", "PBS"], ["B", "Exo"]],  # not a group table
    ],
)
def test_tables_that_define_no_codes(design: list[list[str]]) -> None:
    assert table_codes([[*design, design[-1]]]) == {}


# --- vesicles with a blocker, or given late ------------------------------------------------


def _row(group: str) -> OutcomeRow:
    return OutcomeRow(
        outcome="BBB", group=group, arm=group_arm(group), day=28.0, mean=9.0, source="table"
    )


@pytest.mark.parametrize(
    ("groups", "comparator"),
    [
        (["MSC-Exo", "MSC-Exo + ML385"], "MSC-Exo + ML385"),
        (["EV", "EV+LY294002"], "EV+LY294002"),
        (["Exo", "Exo + 3-MA"], "Exo + 3-MA"),
        (["Exo-miR21", "Exo-miR21 + anti-miR"], "Exo-miR21 + anti-miR"),
        (["Exo", "Exo + Nrf2 inhibitor"], "Exo + Nrf2 inhibitor"),
        (["Acute EV", "Delayed EV"], "Delayed EV"),
    ],
)
def test_vesicles_with_a_blocker_or_given_late_are_the_comparator(
    groups: list[str], comparator: str
) -> None:
    arms = {r.group: r.arm for r in resolve_arms([_row(g) for g in groups])}
    assert arms[comparator] == "other"
    assert [a for g, a in arms.items() if g != comparator] == ["treatment"]


def test_a_lone_blocked_group_keeps_its_arm() -> None:
    arms = {r.group: r.arm for r in resolve_arms([_row("Exo + ML385"), _row("PBS")])}
    assert arms == {"Exo + ML385": "treatment", "PBS": "control"}
