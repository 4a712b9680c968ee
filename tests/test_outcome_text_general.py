"""Scores in results text, abstracts and legends, read by mechanisms that carry across authors.

Second text wave of issue 5: the same arm written under many names resolves to the paper's own
label; an unlabelled "a vs b" pair in a two-arm paper is (treatment, control); relative time
points are counted from the time point they refer to. Traps stay empty: an empty cell beats a
wrong group.
"""

from __future__ import annotations

import pytest

from miner.extract._outcome_time import relative_times
from miner.parse.model import SectionKind, Table
from tests._outcome_docs import Row, outcome_doc, outcome_rows

TWO_ARMS = "Injured rats received vesicles or vehicle. Hind-limb function was rated on the BBB scale."


def _table(*groups: str) -> Table:
    rows = [["Group", "Day 99"], *[[g, "20.0 ± 0.1"] for g in groups]]
    return Table(rows=rows, page=None, caption="Table 1. BBB scores (mean ± SD).")


def rows_of(
    *blocks: tuple[SectionKind, str], groups: tuple[str, ...] = (), methods: str = TWO_ARMS
) -> set[Row]:
    """Rows read from ``blocks``, the table's own (day 99) rows left out."""
    doc = outcome_doc(methods, *blocks, tables=(_table(*groups),) if groups else ())
    return {r for r in outcome_rows(doc) if r[2] != 99}


def results(*sentences: str) -> tuple[SectionKind, str]:
    return (SectionKind.RESULTS, "Locomotion was scored on the BBB scale. " + " ".join(sentences))


# --------------------------------------------------------------- one arm, many names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "At day 21 the exosome group scored 11.4 ± 0.9 against 7.7 ± 0.8 in controls (P < 0.01).",
            {("SCI + Exo", "treatment", 21, 11.4), ("SCI + PBS", "control", 21, 7.7)},
            id="exosome-group-and-controls",
        ),
        pytest.param(
            "At day 14, EV-injected animals averaged 8.8 ± 0.7; by comparison, PBS rats reached "
            "only 5.9 ± 0.6.",
            # "PBS" as the text writes it: the paper's own word for that arm.
            {("SCI + Exo", "treatment", 14, 8.8), ("PBS", "control", 14, 5.9)},
            id="injected-animals-and-pbs-rats",
        ),
        pytest.param(
            "On day 7 treated rats scored 4.9 ± 0.6, whereas the vehicle group had reached 3.2 ± 0.5.",
            {("SCI + Exo", "treatment", 7, 4.9), ("SCI + PBS", "control", 7, 3.2)},
            id="treated-rats-and-vehicle-group",
        ),
        pytest.param(
            "The scores separated early, so that exosome-treated rats scored 6.1 ± 0.7 at day 7.",
            {("SCI + Exo", "treatment", 7, 6.1)},
            id="connective-before-generic-name",
        ),
    ],
)
def test_generic_names_resolve_to_the_papers_label(sentence: str, expected: set[Row]) -> None:
    assert rows_of(results(sentence), groups=("Sham", "SCI + PBS", "SCI + Exo")) == expected


def test_a_generic_name_does_not_demote_the_treatment_arm() -> None:
    """A text label "exosome" beside the table's "SCI + Exo" is the same arm, never a second one."""
    rows = rows_of(
        results("At day 28 the exosome group scored 12.2 ± 0.8 against 8.4 ± 0.7 in controls."),
        (SectionKind.FIGURE_CAPTION, ("Figure 2. BBB scores, mean ± SEM; at 28 d: sham 21.0 ± 0.0, "
         "SCI + PBS 8.4 ± 0.7, SCI + Exo 12.2 ± 0.8.")),
    )  # fmt: skip
    assert {r for r in rows if r[1] == "other"} == set()
    assert ("SCI + Exo", "treatment", 28, 12.2) in rows


def test_generic_name_stays_when_two_vesicle_arms_fit() -> None:
    rows = rows_of(
        results("At day 28 treated rats scored 12.0 ± 0.8, against 8.0 ± 0.7 in the vehicle group."),
        groups=("Vehicle", "Exo", "miR-Exo"),
    )
    assert ("Exo", "treatment", 28, 12.0) not in rows
    assert ("miR-Exo", "treatment", 28, 12.0) not in rows


# --------------------------------------------------------------- unlabelled pairs


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(
            (SectionKind.ABSTRACT, ("Vesicles given after hemisection improved the hind limb "
             "(BBB at day 14, 9.1 (1.4) vs 6.6 (1.2)) until the end of the study "
             "(day 35, 13.0 (1.5) vs 9.7 (1.6); mean (SD), n = 10).")),
            id="abstract-two-pairs",
        ),
        pytest.param(
            (SectionKind.RESULTS, ("Exosome-treated rats walked better (BBB at day 14: 9.1 versus "
             "6.6) and kept the lead to day 35 (13.0 versus 9.7).")),
            id="results-versus",
        ),
    ],
)  # fmt: skip
def test_unlabelled_pair_in_a_two_arm_paper(block: tuple[SectionKind, str]) -> None:
    rows = rows_of(block, groups=("Saline", "Exo"))
    assert ("Exo", "treatment", 14, 9.1) in rows
    assert ("Saline", "control", 14, 6.6) in rows


def test_unlabelled_pair_takes_the_labels_the_text_gives_when_there_is_no_table() -> None:
    rows = rows_of(
        (SectionKind.ABSTRACT, ("Vesicles improved the hind limb (BBB at day 28, 12.8 (1.4) vs "
         "8.9 (1.5)).")),
        results("On day 3 scores were low (saline 3.9 ± 1.0; sEV 4.2 ± 1.1)."),
    )  # fmt: skip
    assert ("sEV", "treatment", 28, 12.8) in rows
    assert ("saline", "control", 28, 8.9) in rows


@pytest.mark.parametrize(
    ("block", "groups"),
    [
        pytest.param(
            (SectionKind.ABSTRACT, ("Exosomes improved the hind limb (BBB at day 28, 12.8 (1.4) vs "
             "8.9 (1.5)).")),
            ("Vehicle", "Exo", "miR-Exo"),
            id="two-vesicle-arms",
        ),
        pytest.param(
            (SectionKind.ABSTRACT, ("Exosomes improved the hind limb (BBB at day 28, 12.8 (1.4) vs "
             "8.9 (1.5)).")),
            ("Vehicle", "Exo", "Hydrogel"),
            id="three-injured-arms",
        ),
        pytest.param(
            (SectionKind.ABSTRACT, ("Exosomes improved the hind limb (BBB at day 28, 12.8 (1.4) vs "
             "8.9 (1.5)).")),
            ("Vehicle", "SCI", "Exo"),
            id="two-control-arms",
        ),
    ],
)  # fmt: skip
def test_unlabelled_pair_stays_empty_when_not_unambiguous(
    block: tuple[SectionKind, str], groups: tuple[str, ...]
) -> None:
    assert {r for r in rows_of(block, groups=groups) if r[3] in (12.8, 8.9)} == set()


# --------------------------------------------------------------- relative time points


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("One week later the Exo group reached 6.0", 7.0, "at day 14 the Exo group reached 6.0"),
        ("A week later the Exo group reached 6.0", 1.0, "at day 7 the Exo group reached 6.0"),
        ("two days later scores were 2.0", 1.0, "at day 3 scores were 2.0"),
        ("7.1 at day 14 from 3.5 a week before;", None, "7.1 at day 14 from 3.5 at day 7;"),
        ("at 21 d, 9.0, up from 5.2 one week earlier", None, "at 21 d, 9.0, up from 5.2 at day 14"),
        # Nothing earlier to count from: counted from the injury, as written.
        ("Four weeks later the Exo group reached 6.0", None, "Four weeks later the Exo group reached 6.0"),
        # An absolute time after "after" + noun is left as it is.
        ("two weeks after injury scores were 5.0", 7.0, "two weeks after injury scores were 5.0"),
    ],
)
def test_relative_times(text: str, anchor: float | None, expected: str) -> None:
    assert relative_times(text, anchor) == expected


def test_relative_time_in_a_paragraph() -> None:
    rows = rows_of(
        results(
            "At day 7 the Exo group scored 4.0 ± 0.5 and the vehicle group 3.0 ± 0.4.",
            "One week later the Exo group had reached 7.2 ± 0.6 and the vehicle group 4.8 ± 0.5.",
        ),
        groups=("Vehicle", "Exo"),
    )
    assert ("Exo", "treatment", 14, 7.2) in rows
    assert ("Vehicle", "control", 14, 4.8) in rows
    assert ("Exo", "treatment", 7, 7.2) not in rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Scores of the Exo group rose to 9.0 ± 1.1 by day 21 and to 11.0 ± 1.2 at the 4-week "
            "time point.",
            {("Exo", "treatment", 21, 9.0), ("Exo", "treatment", 28, 11.0)},
            id="the-n-week-time-point",
        ),
        pytest.param(
            "At 28 d the Exo group averaged 11.1 ± 0.7 and the vehicle group 7.3 ± 0.6; at 35 d, "
            "12.0 ± 0.7 and 7.9 ± 0.6.",
            {
                ("Exo", "treatment", 28, 11.1),
                ("Vehicle", "control", 28, 7.3),
                ("Exo", "treatment", 35, 12.0),
                ("Vehicle", "control", 35, 7.9),
            },
            id="averaged-then-repeated-order",
        ),
    ],
)
def test_time_and_order_shapes(sentence: str, expected: set[Row]) -> None:
    assert rows_of(results(sentence), groups=("Vehicle", "Exo")) == expected


def test_other_studies_in_the_discussion_stay_empty() -> None:
    rows = rows_of(
        (SectionKind.DISCUSSION, ("Exosomes improved BBB scores in earlier work (day 28, 12.0 vs "
         "8.0).")),
        groups=("Vehicle", "Exo"),
    )  # fmt: skip
    assert rows == set()


# --------------------------------------------------------------- the other arm of a pair


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "At 4 weeks the Exo group stood at 8.1 ± 0.3 against 5.6 ± 0.3.",
            {("Exo", "treatment", 28, 8.1), ("Vehicle", "control", 28, 5.6)},
            id="treatment-named-control-not",
        ),
        pytest.param(
            "At day 21 the vehicle group scored 6.1 ± 0.4 versus 9.6 ± 0.5.",
            {("Vehicle", "control", 21, 6.1), ("Exo", "treatment", 21, 9.6)},
            id="control-named-treatment-not",
        ),
    ],
)
def test_the_other_value_of_a_pair_is_the_other_arm(sentence: str, expected: set[Row]) -> None:
    assert rows_of(results(sentence), groups=("Sham", "Vehicle", "Exo")) == expected


@pytest.mark.parametrize(
    "groups",
    [
        pytest.param(("Vehicle", "Exo", "miR-Exo"), id="two-vesicle-arms"),
        pytest.param(("Vehicle", "SCI", "Exo"), id="two-control-arms"),
    ],
)
def test_the_other_value_stays_empty_with_more_arms(groups: tuple[str, ...]) -> None:
    rows = rows_of(results("At day 28 the Exo group stood at 8.1 ± 0.3 against 5.6 ± 0.3."),
                   groups=groups)  # fmt: skip
    assert {r for r in rows if r[3] == 5.6} == set()


def test_a_dose_named_in_words_takes_the_label_other_sentences_write() -> None:
    rows = rows_of(
        results(
            "At day 7 scores were 2.9 ± 0.5 (Vehicle), 3.3 ± 0.6 (Exo-L) and 4.0 ± 0.6 (Exo-H).",
            "At day 28 the high-dose group reached 11.2 ± 0.9.",
        )
    )
    assert ("Exo-H", "treatment", 28, 11.2) in rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "At day 14, by comparison, vehicle rats dragged their hind limbs without any support "
            "(5.2 ± 0.7).",
            {("Vehicle", "control", 14, 5.2)},
            id="subject-far-from-its-value",
        ),
        pytest.param(
            "In contrast, EV-injected rats took occasional plantar steps and averaged 9.1 ± 0.8 "
            "at day 14.",
            {("Exo", "treatment", 14, 9.1)},
            id="subject-after-in-contrast",
        ),
    ],
)
def test_a_group_opening_its_clause_names_a_distant_value(sentence: str, expected: set[Row]) -> None:
    assert rows_of(results(sentence), groups=("Vehicle", "Exo")) == expected
