"""BBB/BMS rows from tables the readers used to lose whole: week headers run together by the PDF
reader, time codes with their time in brackets, codes only the table's footnote defines, codes
decoded by a rule the methods state once ("Tn is day n"), and a rat and a mouse experiment in one
paper whose arms are settled each on its own.

Tables are written here in our own wording. Traps that must stay empty sit beside each shape:
spinal levels that look like codes, footnotes whose list does not fit the range, a header cell of
words that holds a number.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, TableSpec, table_doc

from miner.extract._outcome_arms import resolve_arms
from miner.extract._outcome_header import split_merged_columns
from miner.extract._outcome_notes import generic_codes, note_time_codes
from miner.extract.outcomes import extract_outcomes
from miner.parse.model import ParsedDocument
from miner.records import OutcomeRow

BBB_METHODS = (
    "Hindlimb function was rated with the BBB open-field scale by observers blind to group."
)


def doc_of(*tables: TableSpec, methods: str = BBB_METHODS) -> ParsedDocument:
    return table_doc(*tables, methods=methods, results="Scores rose over time.")


def rows_of(*tables: tuple[list[list[str]], str, str], methods: str = BBB_METHODS) -> set[Row]:
    return {
        (r.group, r.arm, r.day, r.mean)
        for r in extract_outcomes(doc_of(*tables, methods=methods))[0]
    }


# --- week labels run together in one header cell, their values in one body cell -------------


@pytest.mark.parametrize(
    ("merged", "days"),
    [
        ("Week 3 Week 4", (21.0, 28.0)),
        ("Wk 3 Wk 4", (21.0, 28.0)),
        ("D21 D28", (21.0, 28.0)),
        ("21 d 28 d", (21.0, 28.0)),
        ("21 dpi 28 dpi", (21.0, 28.0)),
    ],
)
def test_run_together_time_labels_under_a_spanning_scale_cell_are_split(
    merged: str, days: tuple[float, float]
) -> None:
    grid = [
        ["Group", "", "BBB (mean ± SD)"],
        ["", "Week 1", merged],
        ["Sham", "21.0 ± 0.0", "21.0 ± 0.0 21.0 ± 0.0"],
        ["Vehicle", "2.8 ± 0.6", "6.1 ± 1.0 6.9 ± 1.1"],
        ["Exosomes", "3.3 ± 0.7", "8.7 ± 1.2 10.4 ± 1.3*#"],
    ]
    rows = rows_of((grid, "Table 1. Hindlimb scores by week.", ""))
    assert ("Exosomes", "treatment", days[0], 8.7) in rows
    assert ("Exosomes", "treatment", days[1], 10.4) in rows
    assert ("Vehicle", "control", 7.0, 2.8) in rows
    assert len(rows) == 9


@pytest.mark.parametrize(
    "head",
    [
        "BBB score 3",  # words with a number: not time labels
        "Week 3 and 4",
        "Week 3",  # one label: nothing to split
    ],
)
def test_header_cells_that_are_not_a_run_of_time_labels_stay_whole(head: str) -> None:
    rows = [["Group", "Week 1", head], ["Exo", "3.1 ± 0.4", "5.0 ± 0.5 6.0 ± 0.6"]]
    assert split_merged_columns(rows, 1) == rows


def test_a_body_cell_with_another_count_of_values_keeps_the_column_whole() -> None:
    rows = [["Group", "D7 D14"], ["Exo", "3.1 ± 0.4 5.0 ± 0.5 6.0 ± 0.6"]]
    assert split_merged_columns(rows, 1) == rows


# --- a session code (or a bare number) with its time in brackets ------------------------------------------------


@pytest.mark.parametrize(
    ("heads", "days"),
    [
        (["T1 (wk 1)", "T2 (wk 3)"], (7.0, 21.0)),
        (["S1 (day 3)", "S2 (day 14)"], (3.0, 14.0)),
        (["TP1 (7 dpi)", "TP2 (28 dpi)"], (7.0, 28.0)),
        (["14 (2 wk)", "42 (6 wk)"], (14.0, 42.0)),
    ],
)
def test_a_code_with_its_time_in_brackets_under_a_spanning_score_header(
    heads: list[str], days: tuple[float, float]
) -> None:
    grid = [
        ["Group", "BBB score, mean ± SEM", ""],
        ["", *heads],
        ["SCI + saline (n = 9)", "2.0 ± 0.4", "5.9 ± 0.6"],
        ["SCI + MSC-EV (n = 9)", "2.9 ± 0.5", "9.1 ± 0.7"],
    ]
    rows = rows_of((grid, "Table 2. Open-field scores.", ""))
    assert {(g, d, m) for g, _, d, m in rows} == {
        ("SCI + saline", days[0], 2.0),
        ("SCI + saline", days[1], 5.9),
        ("SCI + MSC-EV", days[0], 2.9),
        ("SCI + MSC-EV", days[1], 9.1),
    }


@pytest.mark.parametrize("cell", ["3 (n = 8)", "T2 (n = 9)", "7 (6 h)"])
def test_a_bracket_that_is_not_a_time_gives_no_column(cell: str) -> None:
    grid = [
        ["Group", "BBB score", ""],
        ["", cell, "Day 28"],
        ["Vehicle", "2.0 ± 0.4", "6.0 ± 0.6"],
        ["Exo", "2.9 ± 0.5", "9.0 ± 0.7"],
    ]
    # Rows or none, but never a day read from the bracket.
    days = {d for _, _, d, _ in rows_of((grid, "Table 3. Scores.", ""))}
    assert days <= {3.0, 7.0, 28.0}


# --- codes the table's own footnote defines --------------------------------------------------


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("T1–T4 = days 1, 7, 14 and 28 after injury.", {"T1": 1, "T2": 7, "T3": 14, "T4": 28}),
        ("Sessions S1-S3 are weeks 1, 2 and 4 post-SCI.", {"S1": 7, "S2": 14, "S3": 28}),
        ("W1 to W3: 2, 4 and 6 weeks after contusion.", {"W1": 14, "W2": 28, "W3": 42}),
        ("P1–P3 correspond to days 3, 14 and 42.", {"P1": 3, "P2": 14, "P3": 42}),
        # traps: a list that does not fit the range, no unit at all
        ("T1–T4 = days 1, 7 and 28.", {}),
        ("T1–T3 = 1, 7 and 28.", {}),
        ("Laminectomy at T9–T11, 2, 3 and 4 mm caudal.", {}),
    ],
)
def test_time_codes_a_footnote_defines_as_a_range(note: str, expected: dict[str, int]) -> None:
    assert note_time_codes(note) == {k: float(v) for k, v in expected.items()}


CODED = [
    ["Session", "Vehicle", "Exo-miR"],
    ["T1", "0.4 ± 0.3", "0.5 ± 0.3"],
    ["T2", "3.6 ± 0.9", "4.8 ± 1.0"],
    ["T3", "7.9 ± 1.2", "11.6 ± 1.4"],
]


@pytest.mark.parametrize(
    "where",
    ["note", "caption"],
)
def test_codes_the_footnote_defines_beat_a_code_the_text_also_uses_for_a_spinal_level(
    where: str,
) -> None:
    # The methods use "T3" for a vertebra and define no sessions: only the table says what T3 is.
    methods = BBB_METHODS + " A laminectomy was made at T3 and the cord compressed at T3 for 1 min."
    defs = "T1–T3 are days 1, 7 and 42 after injury."
    note, caption = (
        (defs, "Table 1. BBB scores.") if where == "note" else ("", f"Table 1. BBB scores; {defs}")
    )
    rows = rows_of((CODED, caption, note), methods=methods)
    assert ("Exo-miR", "treatment", 42.0, 11.6) in rows
    assert ("Vehicle", "control", 1.0, 0.4) in rows
    assert len(rows) == 6


def test_codes_nobody_defines_give_no_rows() -> None:
    # T1-T3 with no definition anywhere: the day is unknown, so there is no row to guess.
    assert rows_of((CODED, "Table 1. BBB scores.", "")) == set()


# --- codes decoded by a rule the paper states once: "Tn is day n" ---------------------------


CODE_DAYS = [
    ["Time point", "Control", "ADSC-Exo"],
    ["T1", "1.9 ± 0.3", "2.3 ± 0.3"],
    ["T14", "7.5 ± 0.5", "9.8 ± 0.6"],
    ["T28", "9.0 ± 0.6", "12.1 ± 0.7"],
]


@pytest.mark.parametrize(
    "rule",
    [
        "BBB testing was done at T1, T14 and T28, where Tn is day n after injury.",
        "Rats were scored at T1, T14 and T28 (Tn = day n post-injury) on the BBB scale.",
        "BBB scores were taken weekly; Tn denotes day n after contusion.",
    ],
)
def test_codes_decoded_by_a_rule_the_methods_state_once(rule: str) -> None:
    methods = f"{BBB_METHODS} The cord was compressed at T8. {rule}"
    rows = rows_of((CODE_DAYS, "Table 1. BBB scores (mean ± SEM).", ""), methods=methods)
    assert ("ADSC-Exo", "treatment", 28.0, 12.1) in rows
    assert ("Control", "control", 14.0, 7.5) in rows
    assert len(rows) == 6


def test_a_weeks_rule_multiplies_and_other_prefixes_are_untouched() -> None:
    grid = [["Time", "Vehicle", "Exo"], ["W2", "4.0 ± 0.5", "5.1 ± 0.6"], ["T9", "x", "y"]]
    assert generic_codes("Wn denotes week n after injury.", grid) == {"W2": 14.0}
    assert generic_codes("Laminectomy at T9 and T10.", grid) == {}


def test_spinal_levels_in_the_first_column_give_no_rows() -> None:
    # Lesion area by segment: the first column holds levels, not times, and no rule decodes them.
    grid = [
        ["Segment", "Vehicle", "Exo"],
        ["T8", "3.1 ± 0.4", "2.2 ± 0.3"],
        ["T9", "4.0 ± 0.5", "2.9 ± 0.4"],
        ["T10", "5.2 ± 0.6", "3.3 ± 0.5"],
    ]
    methods = f"{BBB_METHODS} The cord was contused at T9 after laminectomy at T8-T10."
    assert rows_of((grid, "Table 1. BBB and lesion size by segment.", ""), methods=methods) == set()


# --- a rat experiment and a mouse experiment in one paper -----------------------------------


RAT = [
    ["Time point", "Vehicle", "hUC-EV"],
    ["Day 7", "3.0 ± 0.5", "3.8 ± 0.5"],
    ["Day 28", "7.5 ± 0.7", "10.9 ± 0.8"],
]
MOUSE = [
    ["Mice", "D7", "D28"],
    ["PBS", "1.7 ± 0.4", "3.0 ± 0.5"],
    ["EV", "2.6 ± 0.4", "5.0 ± 0.5"],
]


def test_each_species_table_settles_its_own_arms() -> None:
    methods = "Rats were scored on the BBB scale and mice on the BMS."
    rows = rows_of(
        (RAT, "Table 1. BBB scores of rats.", ""),
        (MOUSE, "Table 2. BMS scores of mice.", ""),
        methods=methods,
    )
    assert ("hUC-EV", "treatment", 28.0, 10.9) in rows
    assert ("EV", "treatment", 28.0, 5.0) in rows
    assert ("PBS", "control", 7.0, 1.7) in rows


def _row(group: str, outcome: str) -> OutcomeRow:
    return OutcomeRow(group=group, arm="treatment", day=28.0, mean=9.0, outcome=outcome)


def test_within_one_scale_a_plain_label_beside_its_extension_is_still_demoted() -> None:
    rows = resolve_arms([_row("hUC-EV", "BBB"), _row("EV", "BBB")])
    assert {r.group: r.arm for r in rows} == {"hUC-EV": "treatment", "EV": "other"}
    split = resolve_arms([_row("hUC-EV", "BBB"), _row("EV", "BMS")])
    assert {r.group: r.arm for r in split} == {"hUC-EV": "treatment", "EV": "treatment"}
