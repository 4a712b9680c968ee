"""Mends to the table readers from a code review, each pinned in several shapes of our own.

* A header cell that is one mean label in two words ("Mean score", "Average score") over a
  value column beside a blank-headed one is a single label: it is not spread onto the blank
  column, whose numbers would otherwise read as a second set of means. Two labels of which
  one is a mean and the other a spread ("Mean SEM") are still spread.
* The unit of bare time headers ("Group | 1 | 2 | 3") comes from the running text only through
  sentences that name the assessment; dosing and care schedules ("injected daily for 7 days",
  "penicillin for 1-7 days") say nothing of when rats were scored. A plain "weekly" in an
  assessment sentence stands against a day schedule, and the conflict leaves the unit unknown.
* The running text's schedules are read once per document, not once per table.

All tables and sentences are our own.
"""

from __future__ import annotations

import pytest
from _outcome_docs import table_outcomes

from miner.extract._outcome_merged import split_stat_labels
from miner.extract import _outcome_tables
from miner.extract._outcome_schedule import (
    RunningSchedules,
    bare_time_unit,
    doc_schedules,
    running_schedules,
)
from miner.parse.model import Block, ParsedDocument, SectionKind, Table

# --- 1. "Mean score" is one label -----------------------------------------------------------

BODY = [
    ["Exo", "8.1", "1.2", "12.3", "1.5"],
    ["Sham", "21.0", "0.0", "21.0", "0.0"],
    ["Vehicle", "3.1", "0.9", "6.2", "1.1"],
]
MEANS = {
    ("Exo", 7.0, 8.1),
    ("Exo", 28.0, 12.3),
    ("Sham", 7.0, 21.0),
    ("Sham", 28.0, 21.0),
    ("Vehicle", 7.0, 3.1),
    ("Vehicle", 28.0, 6.2),
}


@pytest.mark.parametrize("label", ["Mean score", "Mean scores", "Average score", "mean score"])
def test_a_two_word_mean_label_over_a_blank_column_gives_only_the_means(label: str) -> None:
    grid = [["Group", "Day 7", "", "Day 28", ""], ["", label, "", label, ""], *BODY]
    rows = table_outcomes(grid, "Table 1. BBB scores after contusion.")
    assert {(r.group, r.day, r.mean) for r in rows} == MEANS


@pytest.mark.parametrize(
    ("cell", "kept"),
    [
        pytest.param("Mean score", True, id="two-means"),
        pytest.param("Score mean", True, id="two-means-reversed"),
        pytest.param("SD SEM", True, id="two-spreads-no-mean"),
        pytest.param("Mean SEM", False, id="mean-and-sem"),
        pytest.param("Mean S.D.", False, id="mean-and-dotted-sd"),
    ],
)
def test_only_one_mean_with_a_spread_is_spread_over_two_columns(cell: str, kept: bool) -> None:
    rows = [["", "Sham", ""], ["", cell, ""], ["Week 1", "21.0", "0.0"], ["Week 2", "21.0", "0.0"]]
    out = split_stat_labels(rows)
    assert (out[1] == ["", cell, ""]) is kept
    if not kept:
        assert out[1][2] != "" and out[1][1] != cell


def test_mean_and_sd_in_one_cell_still_give_mean_and_sd() -> None:
    grid = [["Group", "Day 7", "", "Day 28", ""], ["", "Mean SD", "", "Mean SD", ""], *BODY]
    rows = table_outcomes(grid, "Table 1. BBB scores after contusion.")
    assert {(r.group, r.day, r.mean) for r in rows} == MEANS
    assert {(r.group, r.day, r.sd) for r in rows if r.group == "Exo"} == {
        ("Exo", 7.0, 1.2),
        ("Exo", 28.0, 1.5),
    }


# --- 2. Only assessment sentences date bare time headers ------------------------------------

ONE_TO_SIX = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]


@pytest.mark.parametrize(
    ("numbers", "running"),
    [
        pytest.param(
            ONE_TO_SIX,
            [
                "Exosomes were injected via the tail vein daily for 7 days.",
                "Locomotor function was assessed weekly with the BBB scale.",
            ],
            id="dosing-daily-scoring-weekly",
        ),
        pytest.param([1.0, 2.0, 3.0, 4.0], ["Penicillin was given for 1-7 days"], id="care-range"),
        pytest.param(
            [1.0, 2.0, 3.0],
            ["Bladders were expressed manually twice a day, days 1 to 14."],
            id="bladder-care",
        ),
        pytest.param(
            [1.0, 3.0, 7.0],
            ["Vesicles were given on days 1, 3 and 7 after injury."],
            id="dosing-day-list",
        ),
        pytest.param(
            [1.0, 2.0, 3.0, 4.0],
            [
                "Rats were scored with the BBB scale weekly; EVs were given daily for 28 days.",
                "BBB scores were recorded on days 1, 2, 3 and 4.",
            ],
            id="weekly-against-day-list",
        ),
    ],
)
def test_schedules_that_are_not_the_scoring_leave_the_unit_unknown(
    numbers: list[float], running: list[str]
) -> None:
    assert bare_time_unit(numbers, ("Table 1. BBB scores.", ""), running_schedules(running)) is None


@pytest.mark.parametrize(
    ("numbers", "running", "unit"),
    [
        pytest.param(
            [1.0, 3.0, 7.0, 14.0, 28.0],
            ["EVs were injected once.", "BBB scores were recorded at 1, 3, 7, 14 and 28 days."],
            "day",
            id="day-list",
        ),
        pytest.param(
            [1.0, 2.0, 3.0, 4.0],
            ["Hindlimb function was assessed weekly for 4 weeks."],
            "week",
            id="weekly-for-n-weeks",
        ),
        pytest.param(
            [7.0, 14.0, 21.0, 28.0],
            ["Rats were tested weekly. Locomotion was scored on days 7, 14, 21 and 28."],
            "day",
            id="weekly-days-are-whole-weeks",
        ),
        pytest.param(
            [1.0, 2.0, 3.0, 4.0, 5.0],
            ["Open-field scores were evaluated at weeks 1-5 after injury."],
            "week",
            id="week-range",
        ),
    ],
)
def test_assessment_sentences_still_give_the_unit(
    numbers: list[float], running: list[str], unit: str
) -> None:
    assert bare_time_unit(numbers, ("", ""), running_schedules(running)) == unit


def test_the_caption_route_is_unchanged() -> None:
    # A schedule in the caption counts whatever its sentence names.
    assert bare_time_unit([1.0, 2.0, 3.0], ("Table 2. Weeks 1-3.", "")) == "week"


BARE_GRID = [
    ["Group", "1", "2", "3", "4"],
    ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
    ["Vehicle", "1.0 ± 0.3", "3.2 ± 0.5", "5.0 ± 0.8", "6.1 ± 1.0"],
    ["Exosome", "1.5 ± 0.4", "4.6 ± 0.6", "7.4 ± 0.9", "9.9 ± 1.2"],
]


@pytest.mark.parametrize(
    "methods",
    [
        (
            "BBB open-field scores were rated by blind observers. Exosomes were injected daily "
            "for 7 days."
        ),
        "BBB open-field scores were rated by blind observers. Penicillin was given for 1-7 days.",
    ],
)
def test_a_table_is_not_dated_by_a_dosing_or_care_schedule(methods: str) -> None:
    assert table_outcomes(BARE_GRID, "Table 1. BBB scores.", methods=methods) == []


def test_a_table_is_dated_by_its_scoring_schedule() -> None:
    methods = (
        "Exosomes were injected daily for 7 days. BBB open-field scores were recorded weekly "
        "for 4 weeks."
    )
    rows = table_outcomes(BARE_GRID, "Table 1. BBB scores.", methods=methods)
    assert {r.day for r in rows} == {7.0, 14.0, 21.0, 28.0}


# --- 3. Schedules read once per document ----------------------------------------------------


def _doc(text: str) -> ParsedDocument:
    return ParsedDocument(
        source="t.xml",
        format="xml",
        blocks=[Block(text=text, page=None, section=SectionKind.METHODS)],
    )


def test_doc_schedules_is_read_once_per_document_and_follows_a_new_one() -> None:
    a = _doc("BBB scores were recorded at weeks 1-4.")
    b = _doc("BBB scores were recorded at 1, 3 and 7 days.")
    first = doc_schedules(a)
    assert doc_schedules(a) == first
    assert first == running_schedules(["BBB scores were recorded at weeks 1-4."])
    other = doc_schedules(b)
    assert other is not first
    assert bare_time_unit([1.0, 3.0, 7.0], ("", ""), other) == "day"
    assert bare_time_unit([1.0, 3.0, 7.0], ("", ""), doc_schedules(a)) is None


def test_the_table_reader_reads_the_schedules_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    grid = [["Group", "1", "2"], ["Vehicle", "1.0", "2.0"], ["Exosome", "2.0", "3.0"]]
    doc = ParsedDocument(
        source="t.xml",
        format="xml",
        blocks=[Block(text="BBB scores were recorded at weeks 1-4.", page=None, section=SectionKind.METHODS)],
        tables=[Table(rows=grid, page=None, caption=f"Table {i}. BBB scores.", label=f"Table {i}") for i in (1, 2)],
    )
    calls: list[ParsedDocument] = []

    def counted(d: ParsedDocument) -> RunningSchedules:
        calls.append(d)
        return doc_schedules(d)

    monkeypatch.setattr(_outcome_tables, "doc_schedules", counted)
    _outcome_tables.table_outcomes(doc)
    assert calls == [doc]
