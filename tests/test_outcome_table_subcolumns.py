"""Table constructions that defeated a whole table: group columns over "Mean ± SEM | n"
sub-columns beside F and P columns, and a time axis counted from an event after the injury."""

from __future__ import annotations

import pytest
from _outcome_docs import table_doc

from miner.extract._outcome_header import header_depth, stat_label
from miner.extract._outcome_origin import table_origin_days
from miner.extract.outcomes import extract_outcomes

METHODS = "Hindlimb function was rated with the BBB open-field scale by observers blind to group."


def _table_rows(grid: list[list[str]], caption: str, note: str = "") -> list:
    doc = table_doc((grid, caption, note), methods=METHODS)
    return [r for r in extract_outcomes(doc)[0] if r.source == "table"]


# --- groups spanning a centre-and-spread column and an n column --------------------------


@pytest.mark.parametrize("label", ["Mean ± SEM", "Mean ± SD", "mean (SD)", "Mean +/- S.E.M.", "average ± SE"])
def test_a_centre_and_spread_label_is_the_value_column(label: str) -> None:
    assert stat_label(label) == "mean"


@pytest.mark.parametrize("label", ["Mean ± SEM", "Mean ± SD", "mean (SD)"])
def test_a_spread_label_under_groups_is_a_header_row_not_a_value(label: str) -> None:
    rows = [
        ["Day", "Sham", "", "SCI", ""],
        ["", label, "n", label, "n"],
        ["Day 7", "21.0 ± 0.0", "8", "3.1 ± 0.4", "8"],
        ["Day 14", "21.0 ± 0.0", "8", "5.2 ± 0.5", "7"],
    ]
    assert header_depth(rows) == 2


def test_a_value_with_its_spread_on_the_second_row_is_a_body_row() -> None:
    rows = [["Day", "Sham", "SCI"], ["", "21.0 ± 0.0", "3.1 ± 0.4"], ["Day 14", "21.0", "5.2"]]
    assert header_depth(rows) == 1


_SPANNING_SHAPES = [
    # Group, then its "Mean ± SEM" and "n", then a test's F and P columns.
    (
        ["Time after injury", "Sham", "", "SCI + PBS", "", "SCI + Exo", "", "ANOVA", ""],
        ["", "Mean ± SEM", "n", "Mean ± SEM", "n", "Mean ± SEM", "n", "F", "P"],
        lambda s, v, e, nv: [s, "8", v, str(nv), e, "8", "12.1", "< 0.001"],
    ),
    # The spread as "mean (SD)" and no test columns.
    (
        ["Days post-injury", "Sham", "", "SCI + PBS", "", "SCI + Exo", ""],
        ["", "mean (SD)", "n", "mean (SD)", "n", "mean (SD)", "n"],
        lambda s, v, e, nv: [s, "8", v, str(nv), e, "8"],
    ),
    # A PDF reader's header: the test's title centred over its second column.
    (
        ["Time point", "Sham", "", "SCI + PBS", "", "SCI + Exo", "", "", "One-way ANOVA"],
        ["", "Mean ± SD", "n", "Mean ± SD", "n", "Mean ± SD", "n", "F", "P"],
        lambda s, v, e, nv: [s, "8", v, str(nv), e, "8", "3.3", "0.04"],
    ),
]


@pytest.mark.parametrize(("top", "sub", "cells"), _SPANNING_SHAPES)
def test_groups_over_mean_and_n_subcolumns_give_one_row_per_group_and_day(top, sub, cells) -> None:
    body = [
        ["Day 7", *cells("21.0 ± 0.0", "3.0 ± 0.4", "3.9 ± 0.5", 8)],
        ["Day 28", *cells("21.0 ± 0.0", "6.6 ± 0.7", "9.9 ± 0.7", 7)],
        ["P (group × time)", "< 0.001", *[""] * (len(top) - 2)],
    ]
    rows = _table_rows([top, sub, *body], "Table 2. Open-field locomotor (BBB) scores.")
    got = {(r.group, r.day, r.mean, r.n) for r in rows}
    assert got == {
        ("Sham", 7.0, 21.0, 8),
        ("SCI + PBS", 7.0, 3.0, 8),
        ("SCI + Exo", 7.0, 3.9, 8),
        ("Sham", 28.0, 21.0, 8),
        ("SCI + PBS", 28.0, 6.6, 7),
        ("SCI + Exo", 28.0, 9.9, 8),
    }
    # The spread is read with each value, and no F, P or n value becomes a score.
    assert all(r.sd is not None or r.sem is not None for r in rows)


# --- a time axis counted from the first injection ------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("BBB scores after the first injection (day 0 = 72 h after contusion).", 3.0),
        ("Day 0 corresponds to 3 days post-injury.", 3.0),
        ("Day 0 (first injection) was 7 d after SCI.", 7.0),
        ("Day 0: the day of the first injection, 48 h after injury.", 2.0),
        ("Study day 0 = 1 week after the compression.", 7.0),
        ("BBB scores on days 0-28 after injury.", 0.0),
        ("Day 0 = day of injury.", 0.0),
        ("Day 0 = 72 h after contusion; day 0 = 7 d after contusion.", 0.0),  # two origins
        ("Day 0 = 400 d after injury.", 0.0),  # no study waits that long: not an origin
        ("", 0.0),
    ],
)
def test_the_origin_a_caption_defines_in_days_after_injury(text: str, days: float) -> None:
    assert table_origin_days(text) == days


@pytest.mark.parametrize(
    ("caption", "note", "corner"),
    [
        ("Table 1. BBB scores (day 0 = 72 h after contusion).", "", "Time after first injection"),
        ("Table 1. BBB scores after treatment.", "Day 0 corresponds to 3 days post-injury.", "Day"),
        ("Table 1. BBB scores; day 0: first injection, 3 d after SCI.", "", "Days after injection"),
    ],
)
def test_a_table_counted_from_an_event_after_injury_is_moved_to_days_after_injury(
    caption: str, note: str, corner: str
) -> None:
    grid = [
        [corner, "Sham", "SCI + PBS", "SCI + Exo"],
        ["Day 0", "20.9 ± 0.1", "1.6 ± 0.3", "1.5 ± 0.3"],
        ["Day 7", "21.0 ± 0.0", "3.7 ± 0.5", "5.0 ± 0.5"],
    ]
    got = {(r.group, r.day, r.mean) for r in _table_rows(grid, caption, note)}
    assert got == {
        ("Sham", 3.0, 20.9),
        ("SCI + PBS", 3.0, 1.6),
        ("SCI + Exo", 3.0, 1.5),
        ("Sham", 10.0, 21.0),
        ("SCI + PBS", 10.0, 3.7),
        ("SCI + Exo", 10.0, 5.0),
    }


def test_without_a_defined_origin_day_zero_stays_the_baseline() -> None:
    grid = [
        ["Day", "Sham", "SCI + PBS", "SCI + Exo"],
        ["Day 0", "20.9 ± 0.1", "1.6 ± 0.3", "1.5 ± 0.3"],
        ["Day 7", "21.0 ± 0.0", "3.7 ± 0.5", "5.0 ± 0.5"],
    ]
    got = {(r.group, r.day) for r in _table_rows(grid, "Table 1. BBB scores after contusion.")}
    assert got == {("Sham", 7.0), ("SCI + PBS", 7.0), ("SCI + Exo", 7.0)}


@pytest.mark.parametrize(
    ("label", "day"),
    [("Day -1", None), ("Day \u22121", None), ("day -3", None), ("-7 d", None),
     ("Day-7", 7.0), ("D-7", 7.0), ("Day 0", 0.0), ("Day 7", 7.0)],
    ids=["minus-1", "unicode-minus", "minus-3", "bare-minus", "hyphen-joined", "d-hyphen", "zero", "plain"],
)
def test_a_time_before_the_injury_keeps_its_sign(label: str, day: float | None) -> None:
    from miner.extract._outcome_notes import row_time

    assert row_time(label, None) == day


@pytest.mark.parametrize(
    ("corner", "days"),
    [("Time (d)", [1.0, 3.0, 7.0]), ("Follow-up (d)", [1.0, 3.0, 7.0]), ("Time (w)", [7.0, 21.0, 49.0]),
     ("Time (days)", [1.0, 3.0, 7.0])],
    ids=["time-d", "follow-up-d", "time-w", "time-days"],
)
def test_a_corner_with_a_bracketed_unit_symbol_names_the_header_times(corner: str, days: list[float]) -> None:
    """Groups down the side, bare numbers across, the unit as a symbol in the corner cell."""
    grid = [[corner, "1", "3", "7"], ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
            ["PBS", "0.5 ± 0.3", "2.1 ± 0.8", "4.6 ± 1.0"], ["Exo", "0.6 ± 0.4", "3.4 ± 0.9", "7.2 ± 1.1"]]
    rows, _ = extract_outcomes(table_doc((grid, "Table 2. BBB scores (mean ± SD).", "")))
    assert sorted({r.day for r in rows}) == days
    assert {r.group for r in rows} == {"Sham", "PBS", "Exo"}
