"""Outcome mechanisms of the second wave 10 (fo10b): text rows the reader still missed.

Each test states a rule about how papers write a group's scores over time, and checks it
over phrasings written for the test (never a sample's sentence).
"""

from __future__ import annotations

import pytest

from miner.parse.model import SectionKind, Table
from tests._outcome_docs import outcome_doc, outcome_rows

_SCALE = "Hind-limb function was assessed with the BBB scale. "
_GROUPS = "Rats were divided into sham, vehicle and exosome groups."


def _rows(
    results: str, methods: str = _GROUPS, table_groups: tuple[str, ...] = ()
) -> set[tuple[str, str, float | None, float | None]]:
    # The paper's labels may come from a table only (its one column at day 56 is left out).
    tables = (
        (Table(label="Table 1", caption="Table 1. BBB scores (mean ± SD).",
               rows=[["Group", "Day 56"]] + [[g, "20.0 ± 0.1"] for g in table_groups], page=None),)
        if table_groups
        else ()
    )  # fmt: skip
    doc = outcome_doc(methods, (SectionKind.RESULTS, _SCALE + results), tables=tables)
    return {(g.lower(), arm, day, mean) for g, arm, day, mean in outcome_rows(doc) if day != 56.0}


# --- A run of one group's values closed by the list of its days, then another group's run -----

_SERIES_FIRST = [
    ("In the exosome group the BBB score was 4.4 ± 0.8, 7.8 ± 1.0 and 11.0 ± 1.3 at days 7, 14 and 28, "
    "compared with 2.9 ± 0.7, 5.2 ± 0.9 and 7.3 ± 1.1 in the vehicle group."),
    ("Exosome rats scored 4.4 ± 0.8, 7.8 ± 1.0 and 11.0 ± 1.3 on days 7, 14 and 28, whereas vehicle rats "
    "reached 2.9 ± 0.7, 5.2 ± 0.9 and 7.3 ± 1.1."),
    ("The exosome group improved to 4.4 ± 0.8, 7.8 ± 1.0 and 11.0 ± 1.3 at 7, 14 and 28 days, against "
    "2.9 ± 0.7, 5.2 ± 0.9 and 7.3 ± 1.1 in the vehicle group."),
    ("Scores of the exosome group were 4.4 ± 0.8, 7.8 ± 1.0, and 11.0 ± 1.3 at 1, 2 and 4 weeks, "
    "respectively higher than 2.9 ± 0.7, 5.2 ± 0.9 and 7.3 ± 1.1 in the vehicle group."),
]


@pytest.mark.parametrize("sentence", _SERIES_FIRST)
def test_a_day_list_after_a_run_dates_that_run_too(sentence: str) -> None:
    rows = _rows(sentence)
    last = 28.0
    assert ("exosome", "treatment", 7.0, 4.4) in rows
    assert ("exosome", "treatment", 14.0, 7.8) in rows
    assert ("exosome", "treatment", last, 11.0) in rows
    assert ("vehicle", "control", 14.0, 5.2) in rows
    # No value is dated by the list's first day alone.
    assert not any(mean in (7.8, 11.0) and day == 7.0 for _, _, day, mean in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        # Side-by-side groups before the list: not one group's series, so not dated in turn.
        ("Exosome 4.4 ± 0.8, vehicle 2.9 ± 0.7 and sham 21.0 ± 0.0 at days 7, 14 and 28 were followed by "
        "3.0 ± 0.5, 4.0 ± 0.5 and 5.0 ± 0.5 in the vehicle group."),
        # A longer run than the list: which values the days are is not written.
        ("The exosome group scored 3.1 ± 0.4, 4.4 ± 0.8, 7.8 ± 1.0 and 11.0 ± 1.3 at days 7, 14 and 28, "
        "compared with 2.9 ± 0.7, 5.2 ± 0.9 and 7.3 ± 1.1 in the vehicle group."),
    ],
)
def test_a_day_list_does_not_date_a_run_that_is_not_its_own(sentence: str) -> None:
    rows = _rows(sentence)
    assert ("exosome", "treatment", 14.0, 7.8) not in rows
    assert ("vehicle", "control", 14.0, 2.9) not in rows
    assert ("sham", "sham", 28.0, 21.0) not in rows


# --- "the injured rats scored low (a and b)": a plural name of every injured group -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "On day 1 the injured rats scored low (0.6 ± 0.4 and 0.8 ± 0.5).",
        "The injured rats scored low (0.6 ± 0.4 and 0.8 ± 0.5) on day 1.",
        "On day 1 injured animals were nearly paralysed, at 0.6 ± 0.4 and 0.8 ± 0.5.",
        "At day 1 the SCI rats hardly moved (0.6 ± 0.4, 0.8 ± 0.5).",
        "On day 1 injured mice scored 0.6 ± 0.4 and 0.8 ± 0.5.",
    ],
)
def test_injured_animals_named_together_give_no_value_to_one_group(sentence: str) -> None:
    rows = _rows(sentence)
    assert ("vehicle", "control", 1.0, 0.6) not in rows
    assert not any(mean == 0.6 and arm == "control" for _, arm, _, mean in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        # One value for the animals named: theirs.
        "On day 7 the vehicle-treated rats scored 3.1 ± 0.4.",
        # The same animals over time: a series, not several groups.
        "Vehicle rats recovered to 3.1 ± 0.4 at day 7 and 5.6 ± 0.5 at day 14.",
    ],
)
def test_a_named_group_keeps_its_own_values(sentence: str) -> None:
    assert any(arm == "control" and (day, mean) == (7.0, 3.1) for _, arm, day, mean in _rows(sentence))


def test_injured_animals_over_a_list_of_days_are_one_group() -> None:
    rows = _rows(
        "Injured rats scored 4.1 ± 0.3 and 6.2 ± 0.4 at days 7 and 14.",
        "Rats were divided into sham and injured groups.",
    )
    assert ("injured", "control", 14.0, 6.2) in rows


# --- "(SCI 0.3; Exo 0.4)": a bracket of labelled means, each after its own label --------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On day 1 the BBB scores were near zero (vehicle 0.6; exosome 0.8).",
        "BBB scores on day 1 did not differ (vehicle 0.6, exosome 0.8, P = 0.52).",
        "On day 1 both injured groups had BBB scores close to zero (vehicle: 0.6; exosome: 0.8).",
        "On day 1 BBB scores were low in both injured groups (exosome 0.8; vehicle 0.6; P > 0.05).",
    ],
)
def test_a_bracket_of_labelled_means_gives_each_its_group(sentence: str) -> None:
    rows = _rows(sentence)
    assert ("vehicle", "control", 1.0, 0.6) in rows
    assert ("exosome", "treatment", 1.0, 0.8) in rows


@pytest.mark.parametrize(
    "sentence",
    [
        # Time codes, counts, scales and figures are no labels.
        "BBB scores of the exosome group rose (T2 3.1; T4 5.2).",
        "BBB scores of the exosome group rose (D7 3.1, D14 5.2).",
        "On day 14 the BBB scores were reported (BBB 3.1; BMS 2.0).",
        "On day 14 the BBB scores of the exosome group are shown (n 8; P 0.04).",
    ],
)
def test_a_bracket_of_codes_gives_no_groups(sentence: str) -> None:
    rows = _rows(sentence)
    assert not any(mean in (3.1, 5.2, 2.0, 8.0, 0.04) and g not in ("exosome",) for g, _, _, mean in rows)
    assert not any(g in ("t2", "t4", "d7", "d14", "bbb", "bms", "n", "p") for g, _, _, _ in rows)


# --- "at day 14 (7.8)": a time point's number is never a mean with its score as SD ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The BBB score of the exosome group at day 14 (7.8) was higher than the vehicle group (4.2).",
        "At week 2 (7.8 vs 4.2) the exosome group was ahead of the vehicle group on the BBB scale.",
        "BBB scores of exosome rats on day 28 (11.0) exceeded those of vehicle rats (7.3).",
    ],
)
def test_a_days_number_is_not_read_as_a_mean(sentence: str) -> None:
    rows = _rows(sentence)
    assert not any(mean in (14.0, 2.0, 28.0) for _, _, _, mean in rows)


# --- "in X the values at days 7, 14 and 28 were a, b and c, respectively, whereas Y ..." ------


_CODED = "Rats were divided into three groups of ten; exosomes were given by tail vein."
_CODES = ("G1", "G2", "G3")


@pytest.mark.parametrize(
    "sentence",
    [
        # A time phrase opening the sentence dates none of the run's values.
        ("From the second week the groups parted: in G3 the BBB values at 7, 14 and 28 dpi were "
        "4.2 ± 0.9, 7.6 ± 1.1 and 10.8 ± 1.3, respectively, whereas G2 stayed below, with 5.1 ± 1.0 at 14 dpi."),
        ("By day 7 the curves had separated; for G3 the BBB scores on days 7, 14 and 28 were 4.2 ± 0.9, "
        "7.6 ± 1.1 and 10.8 ± 1.3, respectively, while G2 reached only 5.1 ± 1.0 at day 14."),
        ("After the first week recovery diverged: in G3 BBB scores at weeks 1, 2 and 4 were 4.2 ± 0.9, "
        "7.6 ± 1.1 and 10.8 ± 1.3, respectively, but G2 had 5.1 ± 1.0 at week 2."),
        # Groups named for earlier values in the sentence are not the run's.
        ("On day 1 both injured groups were paralysed (G2 0.6 ± 0.4; G3 0.7 ± 0.5), and from the second "
        "week in G3 the BBB values at 7, 14 and 28 dpi were 4.2 ± 0.9, 7.6 ± 1.1 and 10.8 ± 1.3, "
        "respectively, whereas G2 stayed lower, with 5.1 (1.0) at 14 dpi."),
    ],
)
def test_the_group_opening_a_day_list_clause_owns_its_run(sentence: str) -> None:
    rows = _rows(sentence, _CODED, _CODES)
    assert {(7.0, 4.2), (14.0, 7.6), (28.0, 10.8)} <= {(day, mean) for g, _, day, mean in rows if g == "g3"}
    assert not any(g == "g2" and mean in (4.2, 7.6, 10.8) for g, _, _, mean in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        ("Unlike G2, the BBB values at 7, 14 and 28 dpi were 4.2 ± 0.9, 7.6 ± 1.1 and "
        "10.8 ± 1.3, respectively, whereas G1 was not tested."),
        ("Compared with G2 (P < 0.05), the BBB values at 7, 14 and 28 dpi were 4.2 ± 0.9, 7.6 ± 1.1 and "
        "10.8 ± 1.3, respectively, whereas G1 rats scored 21."),
    ],
)
def test_a_group_set_apart_before_a_day_list_does_not_own_its_run(sentence: str) -> None:
    rows = _rows(sentence, _CODED, _CODES)
    assert not any(g in ("g1", "g2") and mean in (4.2, 7.6, 10.8) for g, _, _, mean in rows)


# --- "by day 28 the X group had improved from a to b": one time point dates the end only ------


@pytest.mark.parametrize(
    "sentence",
    [
        "At day 28 the exosome group had improved from 2.6 ± 0.4 to 6.3 ± 0.6.",
        "By day 28 the BBB score of exosome rats rose from 2.6 ± 0.4 to 6.3 ± 0.6.",
        "The exosome group rose from 2.6 ± 0.4 to 6.3 ± 0.6 at week 4.",
        "In week 4, exosome-treated rats improved from 2.6 (0.4) to 6.3 (0.6) on the BBB scale.",
    ],
)
def test_the_start_of_a_change_is_not_dated_by_its_end(sentence: str) -> None:
    rows = _rows(sentence)
    assert not any(mean == 2.6 for _, _, _, mean in rows)
    assert any((day, mean) == (28.0, 6.3) and arm == "treatment" for _, arm, day, mean in rows)


def test_a_change_with_both_time_points_keeps_both() -> None:
    rows = _rows("The exosome group rose from 2.6 ± 0.4 on day 7 to 6.3 ± 0.6 on day 28.")
    assert {(7.0, 2.6), (28.0, 6.3)} <= {(day, mean) for _, _, day, mean in rows}


def test_a_day_from_an_earlier_clause_is_not_taken_for_the_end_of_a_change() -> None:
    rows = _rows(
        "By day 7 the exosome group had reached 3.5 ± 0.5; the vehicle group improved from 2.4 ± 0.4 "
        "to 4.6 ± 0.6 in the following week."
    )
    assert ("vehicle", "control", 7.0, 4.6) not in rows


# --- "..., and at week 4 the three injured groups reached a, b and c, respectively" ------------

_FOUR = "Rats were randomised to Sham, Vehicle, Exo-L and Exo-H groups (n = 8 each)."


@pytest.mark.parametrize(
    "sentence",
    [
        ("At week 2 Exo-H rats already differed from Vehicle (8.4 ± 0.8 vs. 6.0 ± 0.7), and at week 4 "
        "the three injured groups reached 7.4 ± 0.7, 8.9 ± 0.8 and 10.7 ± 0.8, respectively."),
        ("Vehicle rats stayed lowest at week 2 (6.0 ± 0.7); by week 4 the three injured groups scored "
        "7.4 ± 0.7, 8.9 ± 0.8 and 10.7 ± 0.8, respectively."),
    ],
)
def test_the_injured_groups_named_together_take_the_designs_order(sentence: str) -> None:
    rows = _rows(sentence, _FOUR)
    by_mean = {mean: (g, day) for g, _, day, mean in rows if day == 28.0}
    assert by_mean[7.4][0] == "vehicle"
    assert by_mean[10.7][0] == "exo-h"
    assert by_mean[8.9][0] == "exo-l"


def test_injured_groups_with_fewer_values_than_groups_stay_unplaced() -> None:
    rows = _rows(
        "At week 2 Exo-H rats already differed from Vehicle (8.4 ± 0.8 vs. 6.0 ± 0.7), and at "
        "week 4 the three injured groups reached 7.4 ± 0.7 and 8.9 ± 0.8.",
        _FOUR,
    )
    assert not any(mean in (7.4, 8.9) for _, _, _, mean in rows)
