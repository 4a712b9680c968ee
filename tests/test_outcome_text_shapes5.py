"""BBB rows from sentences by new hands: time lists written before the values, and groups listed
as the subject of a "respectively" sentence.

Each shape is pinned down with wordings of our own (different verbs, orders, punctuation, group
names and time forms) and the traps that must stay empty. Rows are (group, day, mean).
"""

from __future__ import annotations

import pytest
from _outcome_docs import outcome_doc, outcome_rows

from miner.parse.model import ParsedDocument, SectionKind, Table

S = SectionKind

BBB = "Hind-limb function was rated on the BBB open-field scale by two blinded raters."
_LEAD = "Hind-limb scores recovered over the weeks after injury."
_PROBE_DAY = 99.0  # the probe table's own column: not under test


def paper(sentence: str, labels: str | None = None) -> ParsedDocument:
    """A results paragraph holding ``sentence``; with ``labels``, a table naming those groups."""
    tables: tuple[Table, ...] = ()
    if labels:
        rows = [["Group", f"Day {_PROBE_DAY:.0f}"]] + [[g, "20.0 ± 0.1"] for g in labels.split(",")]
        tables = (
            Table(
                label="Table 1", caption="Table 1. BBB scores (mean ± SD).", rows=rows, page=None
            ),
        )
    return outcome_doc(BBB, (S.RESULTS, f"{_LEAD} {sentence}"), tables=tables)


def rows_of(doc: ParsedDocument) -> set[tuple[str, float, float]]:
    return {(g, d, m) for g, _arm, d, m in outcome_rows(doc) if d != _PROBE_DAY}


# --- days listed before the values: each group's run takes the listed days in turn ---------------


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            # Ordinal days, the head noun written once after the list; two groups in turn.
            (
                "On the 14th, 28th and 42nd days the scores in the SCI+EV group were 6.6 ± 0.7, 9.6 ± 0.6 "
                "and 11.0 ± 0.7, and in the SCI group 5.0 ± 0.6, 7.2 ± 0.7 and 8.1 ± 0.6, respectively."
            ),
            "SCI,SCI+EV",
            {
                ("SCI+EV", 14.0, 6.6),
                ("SCI+EV", 28.0, 9.6),
                ("SCI+EV", 42.0, 11.0),
                ("SCI", 14.0, 5.0),
                ("SCI", 28.0, 7.2),
                ("SCI", 42.0, 8.1),
            },
        ),
        (
            # The keyword repeated before each day; one group, two days.
            "At day 14 and day 28 the MSC-Exo group averaged 7.9 ± 0.8 and 10.2 ± 0.9.",
            "PBS,MSC-Exo",
            {("MSC-Exo", 14.0, 7.9), ("MSC-Exo", 28.0, 10.2)},
        ),
        (
            # Repeated unit after each number ("2 weeks, 4 weeks and 6 weeks"), a different verb.
            (
                "After 2 weeks, 4 weeks and 6 weeks, rats given sEV reached 5.1 (0.6), 8.0 (0.7) and 9.9 (0.8) "
                "in the sEV group, while the saline group reached 4.0 (0.5), 6.1 (0.6) and 7.2 (0.7)."
            ),
            "saline,sEV",
            {
                ("sEV", 14.0, 5.1),
                ("sEV", 28.0, 8.0),
                ("sEV", 42.0, 9.9),
                ("saline", 14.0, 4.0),
                ("saline", 28.0, 6.1),
                ("saline", 42.0, 7.2),
            },
        ),
        (
            # Ordinal weeks with "the ... weeks", semicolon between the groups.
            (
                "In the 1st, 2nd and 4th weeks the Exo group scored 3.2 ± 0.4, 6.5 ± 0.6 and 9.8 ± 0.7; "
                "the Vehicle group scored 2.9 ± 0.5, 4.8 ± 0.6 and 6.6 ± 0.7."
            ),
            "Vehicle,Exo",
            {
                ("Exo", 7.0, 3.2),
                ("Exo", 14.0, 6.5),
                ("Exo", 28.0, 9.8),
                ("Vehicle", 7.0, 2.9),
                ("Vehicle", 14.0, 4.8),
                ("Vehicle", 28.0, 6.6),
            },
        ),
    ],
)
def test_days_listed_before_the_values_go_in_turn(
    sentence: str, labels: str, expected: set[tuple[str, float, float]]
) -> None:
    assert rows_of(paper(sentence, labels)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # More values than listed days, and not a multiple: no day can be told for any of them.
        "At day 14 and day 28 the Exo group averaged 7.9 ± 0.8, 8.8 ± 0.7 and 10.2 ± 0.9.",
        # A difference between groups, not a score.
        "On the 14th and 28th days the Exo group was 2.1 points higher than the PBS group.",
    ],
)
def test_day_lists_that_do_not_pair_stay_empty(sentence: str) -> None:
    assert {r for r in rows_of(paper(sentence, "PBS,Exo")) if r[1] in (14.0, 28.0)} == set()


# --- groups listed as the subject, values in turn, "respectively" ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At 1 wpi, Vehicle, Nx-EV and Hx-EV rats scored 4.1 ± 0.6, 4.5 ± 0.6 and 4.8 ± 0.7, respectively (n.s.).",
            {("Vehicle", 7.0, 4.1), ("Nx-EV", 7.0, 4.5), ("Hx-EV", 7.0, 4.8)},
        ),
        (
            # Groups word "groups", "reached" and a trailing time point.
            "The PBS, Exo and miR-Exo groups reached 6.2 (0.7), 8.1 (0.8) and 10.4 (0.9) at day 28, respectively.",
            {("PBS", 28.0, 6.2), ("Exo", 28.0, 8.1), ("miR-Exo", 28.0, 10.4)},
        ),
        (
            # Two groups, "mice" is not a BBB group word here: rats; a colon before the list.
            "By week 4 the scores were as follows: saline and sEV animals had 7.0 ± 0.9 and 9.6 ± 1.0, respectively.",
            {("saline", 28.0, 7.0), ("sEV", 28.0, 9.6)},
        ),
        (
            # Time point after the sentence's clause, semicolons, no comma before "respectively".
            "Sham, SCI and SCI+Exo rats showed 21.0 ± 0.0, 5.3 ± 0.8 and 8.8 ± 0.9 respectively on day 14.",
            {("Sham", 14.0, 21.0), ("SCI", 14.0, 5.3), ("SCI+Exo", 14.0, 8.8)},
        ),
    ],
)
def test_groups_listed_as_subject_take_their_values_in_turn(
    sentence: str, expected: set[tuple[str, float, float]]
) -> None:
    assert rows_of(paper(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # The list and the values differ in number: nothing is paired.
        "At 1 wpi, Vehicle, Nx-EV and Hx-EV rats scored 4.1 ± 0.6 and 4.8 ± 0.7, respectively.",
        # Baseline scores before the injury are not post-injury rows.
        "Before injury, Vehicle and Exo rats scored 21.0 ± 0.0 and 21.0 ± 0.0, respectively.",
    ],
)
def test_subject_lists_that_do_not_pair_stay_empty(sentence: str) -> None:
    assert rows_of(paper(sentence)) == set()


# --- a label between two values opens the next value's clause ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            (
                "From day 14 the groups diverged: the BBB score in the Exo-miR-29b group amounted to "
                "7.4 (1.2), in Exo to 6.0 (1.2) and in SCI to 4.8 (1.1)."
            ),
            "SCI,Exo,Exo-miR-29b",
            {("Exo-miR-29b", 14.0, 7.4), ("Exo", 14.0, 6.0), ("SCI", 14.0, 4.8)},
        ),
        (
            # "of the X group a, of the Y group b": no link word before the next value.
            (
                "At day 28 the score of the sEV group was 9.1 ± 0.8, of the PBS group 6.0 ± 0.7 and of "
                "the Sham group 21.0 ± 0.0."
            ),
            "Sham,PBS,sEV",
            {("sEV", 28.0, 9.1), ("PBS", 28.0, 6.0), ("Sham", 28.0, 21.0)},
        ),
        (
            # A colon after the next label, week time point.
            "By week 6 the MSC-EV group averaged 10.5 ± 1.1, for Vehicle: 7.3 ± 0.9.",
            "Vehicle,MSC-EV",
            {("MSC-EV", 42.0, 10.5), ("Vehicle", 42.0, 7.3)},
        ),
        (
            # The label after each value is its own: nothing moves.
            "At day 28 the mean was 9.1 ± 0.8 in Exo, 6.0 ± 0.7 in PBS.",
            "PBS,Exo",
            {("Exo", 28.0, 9.1), ("PBS", 28.0, 6.0)},
        ),
    ],
)
def test_label_between_values_opens_the_next_clause(
    sentence: str, labels: str, expected: set[tuple[str, float, float]]
) -> None:
    assert rows_of(paper(sentence, labels)) == expected


# --- a sentence about another cohort does not take the previous comparison's groups --------------

COHORTS = "Acute vehicle,Acute sEV,Chronic vehicle,Chronic sEV"
_ACUTE = "At week 8 the Acute sEV group scored 10.9 ± 0.5 against 8.4 ± 0.6 in Acute vehicle rats. "


@pytest.mark.parametrize(
    "sentence",
    [
        "In the chronic cohort both groups had plateaued by week 6 (8.1 ± 0.6 and 7.9 ± 0.5).",
        "For chronic treatment, the two groups did not differ at day 42 (8.1 ± 0.6 vs. 7.9 ± 0.5).",
        "Chronic animals, however, reached only 8.1 ± 0.6 and 7.9 ± 0.5 at 6 weeks.",
        "At week 6 the scores were 8.1 ± 0.6 and 7.9 ± 0.5 in the chronic setting.",
    ],
)
def test_another_cohort_does_not_take_the_carried_groups(sentence: str) -> None:
    got = rows_of(paper(_ACUTE + sentence, COHORTS))
    assert got == {("Acute sEV", 56.0, 10.9), ("Acute vehicle", 56.0, 8.4)}


def test_the_same_cohort_keeps_the_carried_groups() -> None:
    got = rows_of(
        paper(
            _ACUTE + "In the acute cohort at week 12 they reached 11.5 ± 0.5 and 8.8 ± 0.6.",
            COHORTS,
        )
    )
    assert {("Acute sEV", 84.0, 11.5), ("Acute vehicle", 84.0, 8.8)} <= got


# --- a strain or species names every group's animals, never one group -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In Wistar rats, exosomes raised the score at day 42 to 11.0 ± 0.7 compared with 8.1 ± 0.6 in the vehicle group.",
        "In C57BL/6 mice, EVs increased the BBB score on day 28 to 4.4 ± 0.5 compared with 3.0 ± 0.4 in the control group.",
        "Sprague-Dawley rats scored 9.6 (1.0) at week 4 after Exo, against 6.2 (0.8) with saline.",
        "In Long-Evans rats the score at day 21 was 8.8 ± 0.9 (Exo) versus 6.0 ± 0.8 (vehicle).",
    ],
)
def test_strain_is_not_a_group(sentence: str) -> None:
    groups = {g.lower() for g, _d, _m in rows_of(paper(sentence))}
    assert not groups & {
        "wistar",
        "c57bl/6",
        "sprague-dawley",
        "long-evans",
        "wistar rats",
        "in wistar",
    }


# --- "3D-Exo", "2D culture", "8-week-old" are not time points -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            "(B) BBB scores at 6 weeks: 3D-Exo 11.4 ± 0.6, 2D-Exo 9.1 ± 0.7, PBS 7.5 ± 0.6; n = 10 per group.",
            "PBS,2D-Exo,3D-Exo",
            {("3D-Exo", 42.0, 11.4), ("2D-Exo", 42.0, 9.1), ("PBS", 42.0, 7.5)},
        ),
        (
            "On day 28, the 3D-EV group reached 10.2 (0.7) and the 2D-EV group 8.3 (0.6).",
            "Vehicle,2D-EV,3D-EV",
            {("3D-EV", 28.0, 10.2), ("2D-EV", 28.0, 8.3)},
        ),
        (
            "In 8-week-old rats the Exo group scored 9.0 ± 0.8 at day 21, versus 6.4 ± 0.7 in the PBS group.",
            "PBS,Exo",
            {("Exo", 21.0, 9.0), ("PBS", 21.0, 6.4)},
        ),
        (
            "Four weeks after injury, exosomes from 3D culture gave 9.9 ± 0.9 (3D-Exo) against 7.7 ± 0.8 (PBS).",
            "PBS,3D-Exo",
            {("3D-Exo", 28.0, 9.9), ("PBS", 28.0, 7.7)},
        ),
    ],
)
def test_dimension_and_age_are_not_time_points(
    sentence: str, labels: str, expected: set[tuple[str, float, float]]
) -> None:
    assert rows_of(paper(sentence, labels)) == expected


# --- "on the 28th day" after a value dates that value ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "In the Vehicle group, the mean BBB score on the 7th day was 2.1 ± 0.7 and improved only "
                "slightly to 6.4 ± 1.0 on the 28th day."
            ),
            {("Vehicle", 7.0, 2.1), ("Vehicle", 28.0, 6.4)},
        ),
        (
            "The Exo group scored 3.1 ± 0.5 on the 7th day and 9.8 ± 0.9 by the 28th day.",
            {("Exo", 7.0, 3.1), ("Exo", 28.0, 9.8)},
        ),
        (
            "Exo rats climbed from 4.0 (0.6) at the 2nd week to 10.1 (0.9) at the 6th week.",
            {("Exo", 14.0, 4.0), ("Exo", 42.0, 10.1)},
        ),
        (
            "For the Vehicle rats the score was 5.2 ± 0.7 on the 21st day, and 6.3 ± 0.8 on the 42nd day.",
            {("Vehicle", 21.0, 5.2), ("Vehicle", 42.0, 6.3)},
        ),
    ],
)
def test_ordinal_day_after_a_value_dates_it(
    sentence: str, expected: set[tuple[str, float, float]]
) -> None:
    assert rows_of(paper(sentence, "Vehicle,Exo")) == expected
