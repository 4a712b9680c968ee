"""Days counted from another event than the injury, moved once per table with their evidence:
a table's day 0 defined as an event after the injury, and study days numbered from 1 on the
injury day."""

from __future__ import annotations

import pytest
from _outcome_docs import table_doc

from miner.extract.outcomes import extract_outcomes

METHODS = "Hindlimb function was rated with the BBB open-field scale by observers blind to group."
WIDE = [
    ["Day", "Sham", "SCI + PBS", "SCI + Exo"],
    ["Day 0", "20.9 ± 0.1", "1.6 ± 0.3", "1.5 ± 0.3"],
    ["Day 7", "21.0 ± 0.0", "3.7 ± 0.5", "5.0 ± 0.5"],
]


def _table_rows(grid: list[list[str]], caption: str, note: str = "", methods: str = METHODS) -> list:
    doc = table_doc((grid, caption, note), methods=methods)
    return [r for r in extract_outcomes(doc)[0] if r.source == "table"]


@pytest.mark.parametrize(
    ("caption", "note"),
    [
        ("Table 1. BBB scores (day 0 = 72 h after contusion).", ""),
        ("Table 1. BBB scores after treatment.", "Day 0 corresponds to 3 days post-injury."),
    ],
)
def test_a_moved_row_carries_the_origin_definition_as_second_evidence(caption: str, note: str) -> None:
    rows = _table_rows(WIDE, caption, note)
    assert {r.day for r in rows} == {3.0, 10.0}
    for r in rows:
        assert len(r.evidence) == 2
        assert "day 0" in r.evidence[1].quote.lower()


def test_a_table_without_an_origin_keeps_one_evidence_entry() -> None:
    rows = _table_rows(WIDE, "Table 1. BBB scores after injury, mean ± SEM.")
    assert rows and all(len(r.evidence) == 1 for r in rows)
    assert {r.day for r in rows} == {7.0}  # day 0 is the pre-treatment baseline, no row


@pytest.mark.parametrize(
    "statement",
    ["The day of surgery was designated day 1 of the study.", "Day 1 was the day of injury."],
)
def test_study_day_rows_carry_the_statement_that_defines_day_one(statement: str) -> None:
    grid = [["Day", "Exosomes", "PBS"], ["8", "4.1 ± 0.6", "2.8 ± 0.5"], ["29", "11.6 ± 1.9", "7.7 ± 1.8"]]
    rows = _table_rows(grid, "Table 1. BBB scores by study day, mean ± SD.", methods=METHODS + " " + statement)
    assert {r.day for r in rows} == {7.0, 28.0}
    assert all(r.evidence[-1].quote.endswith(statement) or statement in r.evidence[-1].quote for r in rows)


def test_a_study_day_table_is_moved_once_not_per_reader() -> None:
    grid = [["Day", "Exosomes", "PBS"], ["8", "4.1 ± 0.6", "2.8 ± 0.5"], ["29", "11.6 ± 1.9", "7.7 ± 1.8"]]
    methods = METHODS + " The day of surgery was designated day 1."
    rows = _table_rows(grid, "Table 1. BBB scores by study day, mean ± SD.", methods=methods)
    assert sorted(r.day for r in rows if r.group == "Exosomes") == [7.0, 28.0]
    assert all(len(r.evidence) == 2 for r in rows)


@pytest.mark.parametrize(("treatment_h", "day"), [(24.0, 7.0), (72.0, 9.0), (None, 6.0)])
def test_a_time_counted_from_the_treatment_is_dated_from_the_timing_field(
    treatment_h: float | None, day: float
) -> None:
    # The methods give no start the outcome reader could read itself ("administered
    # intrathecally at 72 h post-injury" is the field extractors' to read): the field dates it.
    grid = [["Group", "Day 28"], ["Exo", "12.0 ± 1.0"], ["PBS", "8.0 ± 1.0"]]
    doc = table_doc(
        (grid, "Table 1. BBB scores, mean ± SD.", ""),
        methods=METHODS,
        results="Six days after the first infusion, the Exo group scored 8.1 ± 1.0 on the BBB scale.",
    )
    rows, _ = extract_outcomes(doc, treatment_h=treatment_h)
    assert {r.day for r in rows if r.source == "text" and r.mean == 8.1} == {day}
