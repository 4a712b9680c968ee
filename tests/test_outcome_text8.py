"""BBB rows from results text: the shapes of this wave's tune misses, each in variants of our own.

A study end dated in brackets, "median"/"most" before a label, a pair of labelled means in one
bracket, a "respectively" list written after the values, the subject of a "whereas" clause, a
value weighed by "only", and thresholds that are no group's score. Rows are (group, arm, day, mean).
"""

from __future__ import annotations

import pytest
from _outcome_docs import outcome_doc, outcome_rows

from miner.extract.outcomes import extract_outcomes
from miner.parse.model import SectionKind as S
from miner.parse.model import Table

METHODS = (
    "Rats were randomly divided into Sham, PBS and EV groups (n = 10 each). Hindlimb locomotion "
    "was scored with the BBB scale by two blinded raters. Data are mean ± SD."
)
NO_FOLLOW_UP = (
    "Rats were randomly divided into Sham, PBS and EV groups. Hindlimb locomotion was scored with "
    "the BBB scale."
)


def rows(results: str, methods: str = METHODS) -> set[tuple[str, str, float, float]]:
    return outcome_rows(outcome_doc(methods, (S.RESULTS, results)))


# --- the study's end with its day in brackets ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            (
                "At the end of the observation period (day 42), EV rats reached a BBB score of 10.2 ± "
                "1.1, compared with 6.3 ± 0.9 in PBS rats."
            ),
            42.0,
        ),
        (
            (
                "By the end of the follow-up period (week 6), the BBB score was 10.2 ± 1.1 in the EV group "
                "and 6.3 ± 0.9 in the PBS group."
            ),
            42.0,
        ),
        (
            (
                "At the end of the experimental period (day 56) BBB scores were 10.2 ± 1.1 in EV rats "
                "versus 6.3 ± 0.9 in PBS rats."
            ),
            56.0,
        ),
        (
            (
                "At the final time point (day 35), the EV group scored 10.2 ± 1.1 on the BBB scale and the "
                "PBS group 6.3 ± 0.9."
            ),
            35.0,
        ),
    ],
)
def test_a_study_end_dated_in_brackets_is_that_day(sentence: str, day: float) -> None:
    # The methods give no follow-up: only the bracket dates the values.
    assert rows(sentence, NO_FOLLOW_UP) == {
        ("EV", "treatment", day, 10.2),
        ("PBS", "control", day, 6.3),
    }


def test_a_study_end_without_a_day_gives_nothing_when_the_paper_has_none() -> None:
    sentence = "At the end of the observation period, EV rats had a BBB score of 10.2 ± 1.1."
    assert rows(sentence, NO_FOLLOW_UP) == set()


# --- words before a label that are not the label -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Median BBB scores were 6 (IQR 5–7) versus 4 (IQR 3–5) at week 2.",
        "Median scores on the BBB scale were 6.5 (IQR 5–8) and 4 (IQR 3–5) on day 14.",
        "Mean BBB scores were 6.1 ± 1.0 versus 4.2 ± 0.9 at week 2.",
    ],
)
def test_a_statistic_word_is_no_group(sentence: str) -> None:
    assert not any(g.lower() in ("median", "mean") for g, _, _, _ in rows(sentence))


@pytest.mark.parametrize("quantifier", ["Most", "Many", "Several", "Some"])
def test_a_quantifier_before_the_group_is_not_part_of_its_label(quantifier: str) -> None:
    sentence = (
        f"{quantifier} EV rats showed frequent plantar stepping by day 28 on the BBB scale "
        "(9.9 ± 1.5), whereas PBS rats scored 6.5 ± 1.4."
    )
    assert rows(sentence) == {("EV", "treatment", 28.0, 9.9), ("PBS", "control", 28.0, 6.5)}


# --- a difference, then the groups' own scores ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At day 28 the difference in BBB score was 2.6 points (EV 13.0 vs PBS 10.4).",
        "At day 28 the difference in BBB score was 2.6 (PBS 10.4 versus EV 13.0).",
        "At day 28 BBB scores differed by 2.6 points (EV: 13 versus PBS: 10.4; P < 0.01).",
        "At day 28 the BBB difference between the EV and PBS groups was 2.6 points (13.0 vs 10.4).",
        (
            "At day 28 EV rats outscored PBS rats on the BBB scale; the difference was 2.6 points "
            "(13.0 vs 10.4)."
        ),
        "At day 28 the BBB gap between EV and PBS rats was 2.6 points (13.0 ± 1.0 vs 10.4 ± 0.9).",
    ],
)
def test_the_pair_after_a_difference_is_the_two_groups_scores(sentence: str) -> None:
    assert rows(sentence) == {("EV", "treatment", 28.0, 13.0), ("PBS", "control", 28.0, 10.4)}


@pytest.mark.parametrize(
    "sentence",
    [
        "At day 28 BBB scores differed (n 12 vs 10).",
        "At day 28 BBB scores differed (P 0.01 vs 0.02).",
        "At day 28 the BBB difference between EV and PBS rats was 2.6 points (P = 0.004).",
    ],
)
def test_counts_p_values_and_bare_differences_stay_empty(sentence: str) -> None:
    assert rows(sentence) == set()


# --- "respectively" with its list after the values -----------------------------------------------


@pytest.mark.parametrize(
    ("values", "groups", "expected"),
    [
        (
            "0.3 ± 0.3 and 0.4 ± 0.3",
            "PBS and EV",
            {("PBS", "control", 1.0, 0.3), ("EV", "treatment", 1.0, 0.4)},
        ),
        (
            "0.4 ± 0.3 and 0.3 ± 0.3",
            "EV and PBS",
            {("PBS", "control", 1.0, 0.3), ("EV", "treatment", 1.0, 0.4)},
        ),
        (
            "0,4 ± 0,3 and 0,3 ± 0,3",
            "the EV and PBS groups",
            {("PBS", "control", 1.0, 0.3), ("EV", "treatment", 1.0, 0.4)},
        ),
        (
            "0.3 and 0.4",
            "PBS and EV",
            {("PBS", "control", 1.0, 0.3), ("EV", "treatment", 1.0, 0.4)},
        ),
        (
            "21.0, 0.3 and 0.4",
            "Sham, PBS and EV",
            {
                ("Sham", "sham", 1.0, 21.0),
                ("PBS", "control", 1.0, 0.3),
                ("EV", "treatment", 1.0, 0.4),
            },
        ),
    ],
)
def test_a_respectively_list_after_the_values(
    values: str, groups: str, expected: set[tuple[str, str, float, float]]
) -> None:
    sentence = (
        f"One day after injury the BBB scores were low ({values}, respectively, for {groups})."
    )
    assert rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Three values, two groups: no value is read (the first label after the run is not its own).
        "On day 1 BBB scores were low (0.2 ± 0.1, 0.3 ± 0.3 and 0.4 ± 0.3, respectively, for PBS and EV).",
        # Two values, three groups.
        "On day 1 BBB scores were low (0.3 ± 0.3 and 0.4 ± 0.3, respectively, for Sham, PBS and EV).",
    ],
)
def test_a_respectively_list_after_a_run_of_another_length_gives_nothing(sentence: str) -> None:
    assert rows(sentence) == set()


# --- the subject of the clause the value sits in -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "BBB scores of PBS rats plateaued around week 6, whereas the EV group continued to improve, "
            "reaching 11.6 ± 0.6 at week 8 compared with 8.5 ± 0.6 in the PBS group."
        ),
        (
            "On the BBB scale PBS-treated rats levelled off after week 4; the EV group kept improving "
            "and by week 8 stood at 11.6 ± 0.6, against 8.5 ± 0.6 in the PBS group."
        ),
        (
            "BBB recovery of the PBS group stalled, while EV rats went on to reach 11.6 (SD 0.6) at "
            "8 weeks versus 8.5 (SD 0.6) in PBS rats."
        ),
    ],
)
def test_the_first_value_belongs_to_the_subject_of_its_clause(sentence: str) -> None:
    assert rows(sentence) == {("EV", "treatment", 56.0, 11.6), ("PBS", "control", 56.0, 8.5)}


@pytest.mark.parametrize("weigh", ["only", "just", "merely"])
def test_a_value_weighed_by_only_is_still_the_groups_score(weigh: str) -> None:
    sentence = f"On day 42 the EV group had a BBB score of 11.7, whereas the PBS group reached {weigh} 7.4."
    assert rows(sentence) == {("EV", "treatment", 42.0, 11.7), ("PBS", "control", 42.0, 7.4)}


# --- thresholds and scale points are no group's score --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A BBB score of 14 indicates consistent forelimb-hindlimb coordination, which no PBS rat reached.",
        "No rat in the PBS group reached the BBB coordination criterion of 14 by day 42.",
        "By day 42 no PBS rat exceeded a BBB score of 14, the threshold for coordinated stepping.",
        "On the BBB scale a score of 9 denotes plantar placement with weight support in the EV group.",
        "A BBB cut-off of 10 was used to define weight-supported stepping in PBS rats at day 28.",
        "At day 28 EV rats scored above 10 on the BBB scale more often than PBS rats.",
    ],
)
def test_thresholds_give_no_row(sentence: str) -> None:
    assert rows(sentence) == set()


# --- the scale of a sentence in a paper that uses two -------------------------------------------

TWO_SCALES = (
    "Rats were divided into Sham, SCI and SCI+Exo groups. Locomotion was scored with the BBB "
    "scale and with the BMS. Data are mean ± SD."
)


def scored(results: str, methods: str = TWO_SCALES, tables: tuple = ()) -> set[tuple]:
    doc = outcome_doc(methods, (S.RESULTS, results), tables=tables)
    return {
        (r.outcome, r.group, r.day, r.mean) for r in extract_outcomes(doc)[0] if r.source == "text"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "BMS scores on day 28 agreed with the BBB results: 4.6 ± 0.8 in the SCI+Exo group versus "
            "2.8 ± 0.7 in the SCI group."
        ),
        (
            "In line with the BBB findings, BMS scores at day 28 were 4.6 ± 0.8 in the SCI+Exo group "
            "and 2.8 ± 0.7 in the SCI group."
        ),
        "Mirroring the BBB data, day-28 BMS scores were 4.6 (0.8) for SCI+Exo and 2.8 (0.7) for SCI.",
    ],
)
def test_a_scale_named_as_what_the_values_agree_with_is_not_their_scale(sentence: str) -> None:
    assert scored(sentence) == {("BMS", "SCI+Exo", 28.0, 4.6), ("BMS", "SCI", 28.0, 2.8)}


def test_each_value_keeps_the_scale_its_own_clause_names() -> None:
    sentence = (
        "At day 28 the BBB score was 11.2 ± 1.0 and the BMS score 4.6 ± 0.8 in the SCI+Exo group."
    )
    assert scored(sentence) == {("BBB", "SCI+Exo", 28.0, 11.2), ("BMS", "SCI+Exo", 28.0, 4.6)}


def _bbb_table(rows: list[list[str]]) -> Table:
    return Table(label="Table 1", caption="Table 1. BBB scores (mean ± SD).", rows=rows, page=None)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            (
                "Three days after injury both injured groups were nearly paralysed (SCI 1.2 ± 0.8; "
                "SCI+Exo 1.4 ± 0.9). By day 7 the treated rats had begun to step, scoring 4.2 ± 1.2 "
                "compared with 2.9 ± 1.1 in the SCI group."
            ),
            {
                ("BBB", "SCI", 3.0, 1.2),
                ("BBB", "SCI+Exo", 3.0, 1.4),
                ("BBB", "SCI+Exo", 7.0, 4.2),
                ("BBB", "SCI", 7.0, 2.9),
            },
        ),
        (
            # Values the table does not hold are not read: the paragraph names no scale.
            (
                "Hindlimb recovery was faster with exosomes: on day 7 the SCI+Exo group scored "
                "4.5 ± 1.2 against 2.9 ± 1.1 in the SCI group."
            ),
            {("BBB", "SCI", 7.0, 2.9)},
        ),
    ],
)
def test_a_paragraph_naming_no_scale_in_a_two_scale_paper_restates_the_table(
    paragraph: str, expected: set[tuple]
) -> None:
    table = _bbb_table([
        ["Group", "Day 3", "Day 7"],
        ["SCI", "1.2 ± 0.8", "2.9 ± 1.1"],
        ["SCI+Exo", "1.4 ± 0.9", "4.2 ± 1.2"],
    ])  # fmt: skip
    assert scored(paragraph, tables=(table,)) == expected


# --- a day list closed by "respectively", then another group's clause ---------------------------


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            (
                "BBB scores of the EV group at days 7, 14 and 28 were 4.2 ± 0.9, 7.6 ± 1.1 and 10.8 ± 1.3, "
                "respectively, while the PBS group scored 5.1 ± 1.0 at day 14."
            ),
            ("PBS", "control", 14.0, 5.1),
        ),
        (
            (
                "In the EV group the BBB values at weeks 1, 2 and 4 were 4.2 (0.9), 7.6 (1.1) and 10.8 (1.3), "
                "respectively, whereas PBS rats reached only 6.0 (1.0) by week 4."
            ),
            ("PBS", "control", 28.0, 6.0),
        ),
        (
            (
                "BBB scores of the EV group at 7, 14 and 28 dpi were 4,2 ± 0,9, 7,6 ± 1,1 and 10,8 ± 1,3, "
                "respectively, but the PBS group stayed at 5,1 ± 1,0 on day 14."
            ),
            ("PBS", "control", 14.0, 5.1),
        ),
    ],
)
def test_a_day_list_closed_by_respectively_ends_before_the_next_clause(
    sentence: str, other: tuple[str, str, float, float]
) -> None:
    assert rows(sentence) == {
        ("EV", "treatment", 7.0, 4.2),
        ("EV", "treatment", 14.0, 7.6),
        ("EV", "treatment", 28.0, 10.8),
        other,
    }


def test_values_after_respectively_that_repeat_the_days_are_the_other_groups_course() -> None:
    sentence = (
        "BBB scores of the EV group on days 7, 14 and 21 were 5.2 ± 0.6, 8.9 ± 0.7 and 10.8 ± 0.8, "
        "respectively, whereas the PBS group reached 3.9 ± 0.5, 6.1 ± 0.6 and 7.4 ± 0.7."
    )
    assert rows(sentence) == {
        ("EV", "treatment", 7.0, 5.2),
        ("EV", "treatment", 14.0, 8.9),
        ("EV", "treatment", 21.0, 10.8),
        ("PBS", "control", 7.0, 3.9),
        ("PBS", "control", 14.0, 6.1),
        ("PBS", "control", 21.0, 7.4),
    }
