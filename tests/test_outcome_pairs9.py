"""BBB pairs in results sentences whose groups are not all written beside their values.

A sentence gives two values or more set against each other ("a vs b", "a compared with b") and
names one group or none: the other comes from the sentence's roles (its subject, the object of
"than", "from", "compared with") or from the paper's design (one vesicle arm and one control).
Every case is written in our own words; each shape sits beside the traps that must stay empty
(a three-arm paper with nothing named, "did not differ", time points compared, p-values,
differences in points, pre-injury baselines, another laboratory's study). Rows are
(group, arm, day, mean); the table's own values sit at day 99 and are left out.
"""

from __future__ import annotations

import pytest
from _outcome_docs import outcome_doc, outcome_rows

from miner.parse.model import ParsedDocument, SectionKind, Table

S = SectionKind
_METHODS = "Hindlimb locomotion was scored with the BBB open-field scale (0-21); data are mean ± SD."

TWO_EV = ("Sham", "Saline", "pMSC-EV")
TWO_EXO = ("Sham", "Vehicle", "BMSC-Exo")
TWO_SCI = ("Sham", "SCI + PBS", "SCI + sEV")
THREE = ("Sham", "Vehicle", "Exo-L", "Exo-H")
DOSES = ("Sham", "PBS", "Exo-50", "Exo-150")
UNTREATED = ("Sham", "SCI", "SCI + vehicle", "SCI + sEV")


def paper(groups: tuple[str, ...], *results: str, section: SectionKind = S.RESULTS) -> ParsedDocument:
    """A paper whose table names ``groups`` (its values at day 99), then one results paragraph."""
    grid = [["Group", "Day 99"]] + [[g, "20.0 ± 0.1"] for g in groups]
    table = Table(label="Table 1", caption="Table 1. BBB scores (mean ± SD).", rows=grid, page=None)
    lead = "Hindlimb function was assessed with the BBB scale (Table 1)."
    return outcome_doc(_METHODS, (section, " ".join((lead, *results))), tables=(table,))


def rows(groups: tuple[str, ...], *results: str, section: SectionKind = S.RESULTS) -> set:
    return {r for r in outcome_rows(paper(groups, *results, section=section)) if r[2] != 99.0}


def pair(t: str, c: str, day: float, a: float, b: float) -> set:
    from miner.extract._outcome_arms import group_arm

    return {(t, group_arm(t), day, a), (c, group_arm(c), day, b)}


# --- subject given, comparator implicit: the paper's other injured group ---------------------------

@pytest.mark.parametrize(
    ("groups", "sentence", "expected"),
    [
        pytest.param(
            TWO_EV,
            "On day 7, the pMSC-EV group scored 9.1 ± 1.6 compared with 7.2 ± 1.5; on day 14, "
            "12.3 ± 1.7 versus 10.0 ± 1.8.",
            pair("pMSC-EV", "Saline", 7.0, 9.1, 7.2) | pair("pMSC-EV", "Saline", 14.0, 12.3, 10.0),
            id="subject-then-days-list",
        ),
        pytest.param(
            TWO_EXO,
            "From week 3 onward the BMSC-Exo group recovered faster: 6.8 (0.5) versus 5.0 (0.6) at week 3 "
            "and 8.4 (0.7) versus 6.1 (0.6) at week 4.",
            pair("BMSC-Exo", "Vehicle", 21.0, 6.8, 5.0) | pair("BMSC-Exo", "Vehicle", 28.0, 8.4, 6.1),
            id="time-after-each-pair",
        ),
        pytest.param(
            TWO_EXO,
            "BMSC-Exo rats walked better at day 21 (9.9 ± 1.1 vs 7.7 ± 1.0).",
            pair("BMSC-Exo", "Vehicle", 21.0, 9.9, 7.7),
            id="subject-rats-bracketed-pair",
        ),
        pytest.param(
            TWO_SCI,
            "At 4 weeks, SCI + sEV animals reached 10.2 ± 0.9 against 7.4 ± 0.8.",
            pair("SCI + sEV", "SCI + PBS", 28.0, 10.2, 7.4),
            id="against",
        ),
        pytest.param(
            TWO_SCI,
            "The SCI + PBS group lagged behind at day 14, with 5.1 ± 0.6 versus 7.3 ± 0.7.",
            pair("SCI + sEV", "SCI + PBS", 14.0, 7.3, 5.1),
            id="control-as-subject",
        ),
        pytest.param(
            TWO_EV,
            "At week 6 the pMSC-EV group scored 13.1 ± 1.2 as against 9.4 ± 1.1.",
            pair("pMSC-EV", "Saline", 42.0, 13.1, 9.4),
            id="as-against",
        ),
    ],
)
def test_subject_given_comparator_is_the_other_injured_group(
    groups: tuple[str, ...], sentence: str, expected: set
) -> None:
    assert rows(groups, sentence) == expected


# --- subject and object of a comparison: both named, values unlabelled ----------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Exo-150 separated from PBS at day 14 (7.6 (1.2) vs 5.1 (1.1)).",
            pair("Exo-150", "PBS", 14.0, 7.6, 5.1),
            id="separated-from",
        ),
        pytest.param(
            "Exo-150 differed from PBS by day 21 (9.2 ± 1.0 vs 6.6 ± 0.9).",
            pair("Exo-150", "PBS", 21.0, 9.2, 6.6),
            id="differed-from",
        ),
        pytest.param(
            "At day 28 Exo-150 scored higher than PBS (11.4 ± 1.3 versus 7.0 ± 1.2).",
            pair("Exo-150", "PBS", 28.0, 11.4, 7.0),
            id="higher-than",
        ),
        pytest.param(
            "On day 28 Exo-150 outperformed Exo-50 (11.4 ± 1.3 vs 8.9 ± 1.4).",
            pair("Exo-150", "Exo-50", 28.0, 11.4, 8.9),
            id="outperformed-other-dose",
        ),
        pytest.param(
            "Exo-150 diverged from PBS at week 2 (6.2 ± 0.8 vs 4.4 ± 0.7) and at week 4 "
            "(9.8 ± 0.9 vs 6.9 ± 0.8).",
            pair("Exo-150", "PBS", 14.0, 6.2, 4.4),
            id="second-bracket-stays-with-its-own-reader",
        ),
    ],
)
def test_subject_and_object_of_a_comparison_own_the_pair(sentence: str, expected: set) -> None:
    # The arm of a lower dose is settled paper-wide; here only group, day and value count.
    assert {(g, d, m) for g, _, d, m in expected} <= {(g, d, m) for g, _, d, m in rows(DOSES, sentence)}
    # Never the object's label on the first value.
    assert not {r for r in rows(DOSES, sentence) if r[0] == "PBS" and r[3] == max(x[3] for x in expected)}


# --- no group named: the paper's one treatment against its one control ----------------------------

@pytest.mark.parametrize(
    ("groups", "sentence", "expected"),
    [
        pytest.param(
            TWO_EV,
            "Ipsilateral hindlimb function improved by day 28 (15.1 ± 1.7 versus 11.8 ± 2.0).",
            pair("pMSC-EV", "Saline", 28.0, 15.1, 11.8),
            id="improved-by-day",
        ),
        pytest.param(
            TWO_EXO,
            "At week 4 the difference was 2.4 points (12.7 ± 0.6 vs 10.3 ± 0.5; p = 0.008).",
            pair("BMSC-Exo", "Vehicle", 28.0, 12.7, 10.3),
            id="difference-in-points-is-not-a-score",
        ),
        pytest.param(
            TWO_SCI,
            "Scores were significantly better at 14 days (8.8 ± 0.9 vs 6.3 ± 0.8, P < 0.01).",
            pair("SCI + sEV", "SCI + PBS", 14.0, 8.8, 6.3),
            id="better-with-p-value",
        ),
        pytest.param(
            TWO_EXO,
            "Scores were higher with treatment at day 35 (11.9 ± 1.0 versus 8.0 ± 0.9).",
            pair("BMSC-Exo", "Vehicle", 35.0, 11.9, 8.0),
            id="higher-with-treatment",
        ),
    ],
)
def test_an_unnamed_pair_in_a_two_arm_paper(groups: tuple[str, ...], sentence: str, expected: set) -> None:
    assert rows(groups, sentence) == expected


@pytest.mark.parametrize(
    ("groups", "sentence"),
    [
        pytest.param(THREE, "Scores improved by day 28 (12.1 ± 1.0 vs 8.4 ± 0.9).", id="three-arms"),
        pytest.param(UNTREATED, "Scores improved by day 28 (12.1 ± 1.0 vs 8.4 ± 0.9).", id="two-controls"),
        pytest.param(TWO_EXO, "Scores did not differ on day 3 (2.3 ± 0.5 versus 1.9 ± 0.4).", id="did-not-differ"),
        pytest.param(TWO_EXO, "The groups were similar at day 7 (4.4 ± 0.6 vs 4.0 ± 0.5).", id="similar"),
        pytest.param(TWO_EXO, "Scores improved at day 14 (6.0 ± 0.6 vs 7.9 ± 0.7).", id="first-lower"),
        pytest.param(
            TWO_EXO, "Compared with day 7, scores improved by day 28 (10.1 ± 0.6 vs 6.4 ± 0.6).",
            id="time-points-compared",
        ),
        pytest.param(
            TWO_EXO, "Scores improved from week 1 to week 4 (3.1 ± 0.4 vs 9.0 ± 0.8).", id="from-to-weeks",
        ),
        pytest.param(
            TWO_EXO, "Sham rats walked normally, and scores improved by day 28 (10.1 ± 0.6 vs 6.4 ± 0.6).",
            id="another-group-named-in-the-sentence",
        ),
        pytest.param(
            TWO_EXO,
            "In a previous study, Li and colleagues found improved scores at day 28 (10.1 vs 6.4).",
            id="a-cited-study",
        ),
    ],
)
def test_unclear_pairs_stay_empty(groups: tuple[str, ...], sentence: str) -> None:
    assert rows(groups, sentence) == set()


def test_a_cited_study_in_the_discussion_gives_nothing() -> None:
    sentence = "Others reported that exosomes improved BBB scores at day 28 (10.1 ± 0.6 vs 6.4 ± 0.6) (Li et al., 2019)."
    assert rows(TWO_EXO, sentence, section=S.DISCUSSION) == set()


def test_a_pre_injury_baseline_is_no_pair() -> None:
    sentence = "Before injury all rats scored 21 (21.0 ± 0.0 vs 21.0 ± 0.0), and scores improved by day 28 (10.1 ± 0.6 vs 6.4 ± 0.6)."
    got = rows(TWO_EXO, sentence)
    assert all(r[2] != 0.0 for r in got)


def test_a_pair_on_another_scale_is_not_bbb() -> None:
    sentence = "Rotarod latency improved by day 28 (10.1 ± 0.6 vs 6.4 ± 0.6)."
    assert rows(TWO_EXO, sentence) == set()


def test_a_subscore_pair_is_not_bbb() -> None:
    sentence = "The BBB subscore improved by day 28 (10.1 ± 0.6 vs 6.4 ± 0.6)."
    assert rows(TWO_EXO, sentence) == set()


# --- subject with a comparator that is not unique: empty -------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The Exo-H group scored 11.0 ± 1.0 compared with 8.0 ± 0.9 at day 28.", id="compared-with"),
        pytest.param("At day 28 Exo-H rats reached 11.0 ± 1.0 versus 8.0 ± 0.9.", id="versus"),
    ],
)
def test_a_subject_with_two_possible_comparators_gives_only_its_own_value(sentence: str) -> None:
    assert rows(THREE, sentence) <= {("Exo-H", "treatment", 28.0, 11.0)}


# --- groups as the sentence's roles: "with EVs and without", "in treated and untreated rats" ------

@pytest.mark.parametrize(
    ("groups", "sentence", "expected"),
    [
        pytest.param(
            TWO_EXO,
            "At week 4 the BBB score was 10.1 ± 1.7 with exosomes and 6.6 ± 1.5 without.",
            {("BMSC-Exo", "treatment", 28.0, 10.1), ("Vehicle", "control", 28.0, 6.6)},
            id="with-and-without",
        ),
        pytest.param(
            TWO_EXO,
            "At day 28 the BBB score was 11.5 ± 1.1 after exosomes and 7.3 ± 0.8 after vehicle.",
            {("BMSC-Exo", "treatment", 28.0, 11.5), ("Vehicle", "control", 28.0, 7.3)},
            id="after-x-and-after-y",
        ),
    ],
)
def test_groups_named_by_what_they_received(groups: tuple[str, ...], sentence: str, expected: set) -> None:
    assert rows(groups, sentence) == expected


# --- pair order carried from the previous sentence -------------------------------------------------

def test_a_pair_then_a_bare_pair_in_the_next_sentence() -> None:
    got = rows(
        TWO_EXO,
        "From week 2 the BMSC-Exo group improved faster (6.0 ± 1.1 vs 4.5 ± 1.0).",
        "By week 4 the scores were 9.1 ± 1.4 and 6.6 ± 1.3.",
    )
    assert got == pair("BMSC-Exo", "Vehicle", 14.0, 6.0, 4.5) | pair("BMSC-Exo", "Vehicle", 28.0, 9.1, 6.6)


def test_a_named_comparator_in_the_previous_sentence_wins() -> None:
    got = rows(
        DOSES,
        "Exo-150 separated from PBS at day 14 (7.6 ± 1.2 vs 5.1 ± 1.1).",
        "By day 28 the scores were 11.0 ± 1.3 and 7.4 ± 1.2.",
    )
    assert pair("Exo-150", "PBS", 14.0, 7.6, 5.1) <= got
    assert pair("Exo-150", "PBS", 28.0, 11.0, 7.4) <= got


# --- per-group lists with "respectively" -----------------------------------------------------------

def test_days_listed_per_group_with_respectively() -> None:
    sentence = (
        "On days 14 and 21 the BMSC-Exo group scored 6.7 ± 1.4 and 8.6 ± 1.6, and the Vehicle group "
        "4.5 ± 1.3 and 5.9 ± 1.4, respectively."
    )
    assert rows(TWO_EXO, sentence) == (
        pair("BMSC-Exo", "Vehicle", 14.0, 6.7, 4.5) | pair("BMSC-Exo", "Vehicle", 21.0, 8.6, 5.9)
    )


# --- the subject's own label never goes to the object ----------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Exo-150 separated from PBS at day 14 (7.6 (1.2) vs 5.1 (1.1)).",
        "Compared with PBS, Exo-150 improved scores at day 14 (7.6 ± 1.2 vs 5.1 ± 1.1).",
        "At day 14 Exo-150 exceeded PBS (7.6 ± 1.2 vs 5.1 ± 1.1).",
    ],
)
def test_the_object_of_a_comparison_never_takes_the_first_value(sentence: str) -> None:
    assert ("PBS", "control", 14.0, 7.6) not in rows(DOSES, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Locomotion improved by day 28 (12.1 ± 1.0 vs 8.4 ± 0.9).",
        "Recovery was better at 14 days (8.8 ± 0.9 vs 6.3 ± 0.8).",
    ],
)
def test_a_capitalised_noun_opening_the_sentence_is_no_group(sentence: str) -> None:
    assert not {r for r in rows(THREE, sentence) if r[0] in ("Locomotion", "Recovery")}


# --- the subject written as a dose, or as a cohort's treatment ------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The 150 µg dose improved BBB scores at day 28 to 11.2 (1.3) versus 7.1 (1.2) with PBS.",
            {("Exo-150", 28.0, 11.2), ("PBS", 28.0, 7.1)},
            id="amount-names-the-label",
        ),
        pytest.param(
            "At day 28 the 50 µg group reached 9.0 ± 1.1 compared with 7.1 ± 1.2 in PBS rats.",
            {("Exo-50", 28.0, 9.0), ("PBS", 28.0, 7.1)},
            id="lower-amount",
        ),
    ],
)
def test_a_dose_written_as_an_amount_is_its_label(sentence: str, expected: set) -> None:
    assert expected <= {(g, d, m) for g, _, d, m in rows(DOSES, sentence)}


def test_an_amount_no_label_carries_names_nothing() -> None:
    sentence = "The 300 µg dose improved BBB scores at day 28 to 11.2 (1.3) versus 7.1 (1.2)."
    assert {r for r in rows(DOSES, sentence) if r[3] == 11.2} == set()


COHORTS = ("Sham", "Acute-Sal", "Acute-Exo", "Delayed-Sal", "Delayed-Exo")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Acute treatment improved locomotion (Table 1): on day 56, 11.0 ± 0.7 versus 8.2 ± 0.6.",
            {("Acute-Exo", 56.0, 11.0), ("Acute-Sal", 56.0, 8.2)},
            id="cohort-treatment-words",
        ),
        pytest.param(
            "On day 42 the Delayed-Exo group scored 9.4 ± 0.6 versus 8.0 ± 0.6.",
            {("Delayed-Exo", 42.0, 9.4), ("Delayed-Sal", 42.0, 8.0)},
            id="cohort-label",
        ),
    ],
)
def test_the_comparator_is_the_control_of_the_subjects_cohort(sentence: str, expected: set) -> None:
    assert {(g, d, m) for g, _, d, m in rows(COHORTS, sentence)} == expected


def test_a_cohort_with_two_vesicle_arms_gives_no_comparator() -> None:
    groups = ("Sham", "Acute-Sal", "Acute-Exo", "Acute-miR-Exo", "Delayed-Sal", "Delayed-Exo")
    sentence = "On day 42 the Acute-Exo group scored 9.4 ± 0.6 versus 8.0 ± 0.6."
    assert {(g, d, m) for g, _, d, m in rows(groups, sentence)} <= {("Acute-Exo", 42.0, 9.4)}


def test_a_letter_group_is_one_group_with_or_without_its_group_word() -> None:
    doc = outcome_doc(
        f"{_METHODS} Rats were assigned to group A (sham), group B (PBS) and group C (exosomes).",
        (S.RESULTS, ("Hindlimb function was assessed with the BBB scale. On day 35, C reached "
                     "11.6 ± 0.8 and B 7.8 ± 0.7.")),
    )
    got = {(g, m) for g, _, _, m in outcome_rows(doc)}
    assert got == {("group C", 11.6), ("group B", 7.8)}


# --- each pair read in its own clause; verbs that set their subject above their object ------------

def test_a_later_pair_is_read_in_its_own_clause() -> None:
    sentence = (
        "Scores did not differ on day 1 (0.5 ± 0.1 vs 0.4 ± 0.1) and first diverged at week 2 "
        "(6.2 ± 0.5 vs 4.4 ± 0.5)."
    )
    assert rows(TWO_EXO, sentence) == pair("BMSC-Exo", "Vehicle", 14.0, 6.2, 4.4)


@pytest.mark.parametrize(
    "sentence",
    [
        "From day 14, Exo-150 scores exceeded those of Exo-50 (day 21: 10.2 ± 1.1 vs. 8.1 ± 1.5).",
        "By day 21 Exo-150 outperformed Exo-50 (10.2 ± 1.1 vs 8.1 ± 1.5).",
        "On day 21 Exo-150 surpassed the Exo-50 group (10.2 ± 1.1 versus 8.1 ± 1.5).",
    ],
)
def test_the_object_of_exceeded_is_the_comparator(sentence: str) -> None:
    got = {(g, d, m) for g, _, d, m in rows(DOSES, sentence)}
    assert got == {("Exo-150", 21.0, 10.2), ("Exo-50", 21.0, 8.1)}


# --- a comparison that is not between the paper's arms gives no pair ------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("At day 28, female rats recovered better than male rats (12.1 ± 1.0 vs 8.0 ± 0.9).", id="than-sex"),
        pytest.param("Responders improved more than non-responders (14.1 ± 1.2 vs 9.0 ± 1.1).", id="than-responders"),
        pytest.param("Scores were higher compared with the contralateral side (12.1 vs 8.0).", id="compared-side"),
        pytest.param("The left hindlimb scored higher versus the right hindlimb on day 28 (12.1 vs 8.0).", id="left-right"),
        pytest.param("Locomotion improved more than at day 14 (12.1 ± 1.0 vs 8.0 ± 0.9).", id="than-earlier-day"),
        pytest.param("Recovery was better than before treatment (12.1 ± 1.0 vs 8.0 ± 0.9).", id="than-before"),
        pytest.param("Scores improved from day 7 to day 28 (12.1 ± 1.0 vs 5.1 ± 0.9).", id="from-day-to-day"),
        pytest.param("Heavier rats had higher scores over lighter rats at day 28 (12.1 vs 8.0).", id="over-object"),
    ],
)
def test_a_comparison_between_other_things_than_the_arms_gives_no_pair(sentence: str) -> None:
    assert rows(TWO_EXO, sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "In the BMSC-Exo group, scores improved from day 7 to day 28 (5.1 ± 0.8 vs 12.1 ± 1.0).",
            marks=pytest.mark.xfail(strict=True, reason="_outcome_references.two_arm_pairs pairs it"),
        ),
        "In the BMSC-Exo group, scores rose from 5.1 ± 0.8 on day 7 to 12.1 ± 1.0 on day 28.",
        pytest.param(
            "Within the BMSC-Exo group, scores at day 28 were higher than at day 7 (12.1 ± 1.0 vs 5.1 ± 0.8).",
            marks=pytest.mark.xfail(strict=True, reason="_outcome_references.two_arm_pairs pairs it"),
        ),
    ],
)
def test_a_change_within_one_group_over_time_gives_no_pair(sentence: str) -> None:
    assert not {r for r in rows(TWO_EXO, sentence) if r[0] == "Vehicle"}


@pytest.mark.parametrize(
    "sentence",
    [
        "At day 28, scores were higher than in vehicle-treated rats (12.1 ± 1.0 vs 8.0 ± 0.9).",
        "At day 28, treated rats recovered better than controls (12.1 ± 1.0 vs 8.0 ± 0.9).",
        "At day 28, recovery was better compared with untreated animals (12.1 ± 1.0 vs 8.0 ± 0.9).",
        "At day 28, exosome treatment improved scores (12.1 ± 1.0 vs 8.0 ± 0.9).",
    ],
)
def test_an_arm_word_as_the_object_keeps_the_design_pair(sentence: str) -> None:
    assert rows(TWO_EXO, sentence) == pair("BMSC-Exo", "Vehicle", 28.0, 12.1, 8.0)



@pytest.mark.parametrize(
    ("group", "label"),
    [("the 1,000 µg group", "EXO-H"), ("1000 µg", "EXO-H"), ("the 250 µg group", "EXO-M"), ("2,5 µg", "EXO-L")],
)
def test_an_amount_with_a_thousands_comma_names_its_label(group: str, label: str) -> None:
    from miner.extract.outcomes import _canonical

    known = ("Sham", "Vehicle", "EXO-L", "EXO-M", "EXO-H")
    assert _canonical(group, known, {2.5: "EXO-L", 250.0: "EXO-M", 1000.0: "EXO-H"}) == label


# --- the time point after a pair dates it only as a time of scoring ----------------------------

import re

from miner.extract._outcome_pairs import _dated_after


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7.0 (0.6) versus 5.2 (0.6) at week 3", [21.0, 21.0]),
        # The value's match running up to the verb: "treated at week 3" is a time of treatment.
        ("7.0 (0.6) versus 5.2 (0.6) treated at week 3", [None, 21.0]),
    ],
)
def test_a_time_of_treatment_after_a_pair_does_not_date_it(text: str, expected: list) -> None:
    values = list(re.finditer(r"\d+\.\d \(\d\.\d\)(?: treated)?", text))
    days: list[float | None] = [None, 21.0]
    _dated_after(text, values, days)
    assert days == expected
