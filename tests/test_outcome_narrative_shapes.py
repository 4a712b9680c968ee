"""Scores written in results prose and legends, in the shapes authors use (issue 5).

Each case is one sentence under a results heading, beside a score table that gives the
paper's group labels (its values sit at a day no sentence uses). Traps must stay empty:
an empty cell beats a wrong group.
"""

from __future__ import annotations

import pytest

from miner.parse.model import SectionKind, Table
from tests._outcome_docs import Row, outcome_doc, outcome_rows

METHODS = "Rats were allocated to sham, vehicle and exosome groups. Hind-limb function: BBB scale."


def _table(*groups: str) -> Table:
    rows = [["Group", "Day 99"], *[[g, "20.0 ± 0.1"] for g in groups]]
    return Table(rows=rows, page=None, caption="Table 1. BBB scores (mean ± SD).")


def rows_of(*sentences: str, groups: tuple[str, ...] = (), lead: str = "") -> set[Row]:
    """Rows read from ``sentences`` (one results paragraph), the table's own rows left out."""
    text = (lead or "Locomotion was scored on the BBB scale.") + " " + " ".join(sentences)
    doc = outcome_doc(
        METHODS, (SectionKind.RESULTS, text), tables=(_table(*groups),) if groups else ()
    )
    return {r for r in outcome_rows(doc) if r[2] != 99}


@pytest.mark.parametrize(
    ("sentence", "groups", "expected"),
    [
        pytest.param(
            "Scores climbed from 2.2 ± 0.5 on day 7 to 10.9 ± 1.0 on day 28 after Exo, and from "
            "1.7 ± 0.4 to 6.5 ± 0.9 after saline.",
            ("Sham", "Saline", "Exo"),
            {
                ("Exo", "treatment", 7, 2.2),
                ("Exo", "treatment", 28, 10.9),
                ("Saline", "control", 7, 1.7),
                ("Saline", "control", 28, 6.5),
            },
            id="rose-from-to-two-groups",
        ),
        pytest.param(
            "The means went from 3.0 ± 0.6 at week 1 to 9.8 ± 0.9 at week 4 with EVs, and from "
            "2.4 ± 0.5 to 5.9 ± 0.8 with PBS.",
            ("Sham", "PBS", "EV"),
            {
                ("EV", "treatment", 7, 3.0),
                ("EV", "treatment", 28, 9.8),
                ("PBS", "control", 7, 2.4),
                ("PBS", "control", 28, 5.9),
            },
            id="went-from-to-weeks-with",
        ),
        pytest.param(
            "BBB scores improved from 2.9 ± 0.6 on day 7 to 11.0 ± 1.1 on day 28 after SCI+hUC-Exo, "
            "and from 2.0 ± 0.5 to 7.1 ± 0.9 after PBS.",
            ("Sham", "SCI+PBS", "SCI+hUC-Exo"),
            {
                ("SCI+hUC-Exo", "treatment", 7, 2.9),
                ("SCI+hUC-Exo", "treatment", 28, 11.0),
                ("SCI+PBS", "control", 7, 2.0),
                ("SCI+PBS", "control", 28, 7.1),
            },
            id="from-to-injury-plus-label",
        ),
        pytest.param(
            "On day 21 the groups were still close: PBS (4.1 ± 0.7) and Exo (4.9 ± 0.8).",
            ("Sham", "PBS", "Exo"),
            {("PBS", "control", 21, 4.1), ("Exo", "treatment", 21, 4.9)},
            id="values-in-brackets-after-names",
        ),
    ],
)
def test_two_groups_in_one_sentence(
    sentence: str, groups: tuple[str, ...], expected: set[Row]
) -> None:
    assert rows_of(sentence, groups=groups) == expected


def test_a_later_from_to_pair_with_its_own_day_keeps_it() -> None:
    # The second pair names day 3 for its start: it does not borrow day 7 from the first pair,
    # and its first value is not the Exo group's (that label closes the first pair).
    rows = rows_of(
        "Scores climbed from 2.2 ± 0.5 on day 7 to 10.9 ± 1.0 on day 28 after Exo, and from "
        "1.0 ± 0.4 on day 3 to 6.5 ± 0.9 after saline.",
        groups=("Sham", "Saline", "Exo"),
    )
    assert ("Saline", "control", 3, 1.0) in rows
    assert not any(r[0] == "Exo" and r[3] == 1.0 for r in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        # One group over two days after a "compared with" opening: no pair of groups.
        (
            "Compared with vehicle, treated rats improved, and the gap widened: at 28 dpi 10.2 (1.1) "
            "and 11.0 (1.2) at 35 dpi."
        ),
        (
            "Relative to PBS, exosome-treated rats kept improving: at day 14 6.0 ± 0.8 and 9.4 ± 0.9 "
            "at day 28."
        ),
    ],
)
def test_compared_with_does_not_pair_values_of_two_days(sentence: str) -> None:
    rows = rows_of(sentence, groups=("Sham", "Vehicle", "PBS", "Exo"))
    assert not any(r[1] == "control" for r in rows)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            "At week 1 the injured groups did not differ: Vehicle (2.1 ± 0.4) and Exo (2.6 ± 0.5).",
            "By week 3 the Exo group had moved ahead (6.4 ± 0.6 vs. 4.2 ± 0.5; P < 0.05).",
            {
                ("Vehicle", "control", 7, 2.1),
                ("Exo", "treatment", 7, 2.6),
                ("Exo", "treatment", 21, 6.4),
                ("Vehicle", "control", 21, 4.2),
            },
            id="subject-named-first",
        ),
        pytest.param(
            "At week 1 the injured groups did not differ: Vehicle (2.1 ± 0.4) and Exo (2.6 ± 0.5).",
            "By week 3 the vehicle group lagged behind (4.2 ± 0.5 vs. 6.4 ± 0.6).",
            {
                ("Vehicle", "control", 7, 2.1),
                ("Exo", "treatment", 7, 2.6),
                ("Vehicle", "control", 21, 4.2),
                ("Exo", "treatment", 21, 6.4),
            },
            id="control-named-first",
        ),
    ],
)
def test_a_pair_after_a_comparison_takes_the_named_group_first(
    first: str, second: str, expected: set[Row]
) -> None:
    assert rows_of(first, second, groups=("Sham", "Vehicle", "Exo")) == expected


def test_a_named_group_that_is_not_in_the_previous_comparison_leaves_the_pair_empty() -> None:
    rows = rows_of(
        "At week 1 the injured groups did not differ: Vehicle (2.1 ± 0.4) and Exo (2.6 ± 0.5).",
        "By week 3 the sham group was far ahead (21.0 ± 0.0 vs. 6.4 ± 0.6).",
        groups=("Sham", "Vehicle", "Exo"),
    )
    assert not any(r[2] == 21 and r[0] in {"Vehicle", "Exo"} for r in rows)


def test_paragraph_scale_serves_a_paper_with_two_scales() -> None:
    # The paper reports BBB and BMS; the paragraph names BBB only, in a later sentence.
    doc = outcome_doc(
        "Rats were scored on the BBB scale and on the BMS.",
        (
            SectionKind.RESULTS,
            (
                "At week 2 the groups were similar: Vehicle (3.3 ± 0.4) and Exo (3.9 ± 0.5). "
                "At week 6, BBB scores were 8.0 ± 0.5 and 12.1 ± 0.6 for the Vehicle and Exo groups, "
                "respectively."
            ),
        ),
        tables=(_table("Sham", "Vehicle", "Exo"),),
    )
    rows = {r for r in outcome_rows(doc) if r[2] != 99}
    assert {("Vehicle", "control", 14, 3.3), ("Exo", "treatment", 14, 3.9)} <= rows


def test_paragraph_naming_both_scales_gives_no_scale_to_unnamed_sentences() -> None:
    doc = outcome_doc(
        "Rats were scored on the BBB scale and on the BMS.",
        (
            SectionKind.RESULTS,
            (
                "At week 2 the groups were similar: Vehicle (3.3 ± 0.4) and Exo (3.9 ± 0.5). "
                "At week 6, BBB scores were 8.0 ± 0.5 and 12.1 ± 0.6, and BMS scores 3.1 ± 0.3 and "
                "4.8 ± 0.4 for the Vehicle and Exo groups."
            ),
        ),
        tables=(_table("Sham", "Vehicle", "Exo"),),
    )
    assert not any(r[2] == 14 for r in outcome_rows(doc))


@pytest.mark.parametrize(
    ("sentence", "groups", "expected"),
    [
        pytest.param(
            "Findings: at week 8 the Basso-Beattie-Bresnahan score was 12.0 ± 1.1 after miR-Exo, "
            "9.1 ± 1.0 after native Exo and 6.6 ± 1.1 after PBS.",
            ("Sham", "PBS", "Exo", "miR-Exo"),
            {
                ("miR-Exo", "treatment", 56, 12.0),
                ("Exo", "other", 56, 9.1),
                ("PBS", "control", 56, 6.6),
            },
            id="after-each-value-scale-name-is-no-label",
        ),
        pytest.param(
            "Results: scores went from 2.5 ± 0.6 on day 7 to 10.8 ± 1.0 on day 28 after Exo.",
            ("Sham", "PBS", "Exo"),
            {("Exo", "treatment", 7, 2.5), ("Exo", "treatment", 28, 10.8)},
            id="structured-abstract-heading-is-no-label",
        ),
        pytest.param(
            "At 5 weeks the scores were 8.2 ± 0.7 and 11.9 ± 0.8 for the PBS and Exo groups.",
            ("Sham", "PBS", "Exo"),
            {("PBS", "control", 35, 8.2), ("Exo", "treatment", 35, 11.9)},
            id="group-list-after-without-respectively",
        ),
        pytest.param(
            "At 5 weeks the scores were 8.2 ± 0.7, 11.9 ± 0.8 for the PBS and Exo groups.",
            ("Sham", "PBS", "Exo"),
            {("PBS", "control", 35, 8.2), ("Exo", "treatment", 35, 11.9)},
            id="group-list-after-comma-run",
        ),
    ],
)
def test_groups_named_after_values(
    sentence: str, groups: tuple[str, ...], expected: set[Row]
) -> None:
    assert rows_of(sentence, groups=groups) == expected


def test_a_group_list_longer_than_the_run_names_no_value() -> None:
    # Three groups listed, two values: which two is not written; the first label alone is wrong.
    rows = rows_of(
        "At 5 weeks the scores were 8.2 ± 0.7 and 11.9 ± 0.8 for the sham, PBS and Exo groups.",
        groups=("Sham", "PBS", "Exo"),
    )
    assert not any(r[2] == 35 for r in rows)


def test_a_glossed_label_and_its_short_form_are_one_group() -> None:
    # The methods gloss the control ("SCI (contusion and saline)"); "after saline" is that group.
    doc = outcome_doc(
        "Groups: Sham; SCI (contusion and 1 mL saline i.v.); SCI+Exo (contusion and exosomes). "
        "Hind-limb function: BBB scale.",
        (
            SectionKind.RESULTS,
            (
                "Locomotion was scored on the BBB scale. Scores went from 2.5 ± 0.6 on day 7 to "
                "10.8 ± 1.0 on day 28 after Exo, and from 1.8 ± 0.5 to 6.9 ± 0.9 after saline."
            ),
        ),
        tables=(_table("Sham", "SCI", "SCI+Exo"),),
    )
    rows = {r for r in outcome_rows(doc) if r[2] != 99}
    assert {("SCI", "control", 7, 1.8), ("SCI", "control", 28, 6.9)} <= rows
    assert {("SCI+Exo", "treatment", 7, 2.5), ("SCI+Exo", "treatment", 28, 10.8)} <= rows


def test_scale_named_only_in_the_abstract_serves_the_results() -> None:
    doc = outcome_doc(
        "Rats were allocated to sham, vehicle and exosome groups.",
        (
            SectionKind.ABSTRACT,
            "Hind-limb function was rated on the Basso, Beattie and Bresnahan scale.",
        ),
        (
            SectionKind.RESULTS,
            (
                "Hind-limb scores at day 21 were 9.4 ± 0.8 in the Exo group and 6.2 ± 0.7 in the "
                "Vehicle group."
            ),
        ),
        tables=(_table("Sham", "Vehicle", "Exo"),),
    )
    rows = {r for r in outcome_rows(doc) if r[2] != 99}
    assert rows == {("Exo", "treatment", 21, 9.4), ("Vehicle", "control", 21, 6.2)}


def test_an_arm_word_names_one_group_of_the_previous_pair() -> None:
    rows = rows_of(
        "At week 1 the injured groups did not differ: Vehicle (2.1 ± 0.4) and Exo (2.6 ± 0.5).",
        "At week 2 the exosome group pulled ahead (6.2 ± 0.6 vs 4.5 ± 0.5, P = 0.02).",
        groups=("Sham", "Vehicle", "Exo"),
    )
    assert {("Exo", "treatment", 14, 6.2), ("Vehicle", "control", 14, 4.5)} <= rows


NO_NAMES = "Rats were randomised after injury. Hind-limb function: BBB scale."


def rows_with(sentence: str, *groups: str) -> set[Row]:
    """Rows from ``sentence`` in a paper whose methods name no groups (only its table does)."""
    doc = outcome_doc(
        NO_NAMES,
        (SectionKind.RESULTS, "Locomotion was scored on the BBB scale. " + sentence),
        tables=(_table(*groups),),
    )
    return {r for r in outcome_rows(doc) if r[2] != 99}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "By the end of week 6 Cur-Exo rats scored 12.9 ± 0.7 against 8.2 ± 0.6.",
            {("Cur-Exo", "treatment", 42, 12.9), ("Vehicle", "control", 42, 8.2)},
            id="against",
        ),
        pytest.param(
            "Cur-Exo improved BBB scores (day 42: 12.9 vs. 8.2), and reduced lesion volume.",
            {("Cur-Exo", "treatment", 42, 12.9), ("Vehicle", "control", 42, 8.2)},
            id="subject-then-bracketed-pair",
        ),
        pytest.param(
            "At week 6 the vehicle group stood at 8.2 ± 0.6 versus 12.9 ± 0.7.",
            {("Vehicle", "control", 42, 8.2), ("Cur-Exo", "treatment", 42, 12.9)},
            id="control-named-first",
        ),
    ],
)
def test_the_one_other_injured_group_is_the_comparator(sentence: str, expected: set[Row]) -> None:
    assert rows_with(sentence, "Sham", "Vehicle", "Cur-Exo") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Two other injured groups: the comparator is not written.
        "By the end of week 6 Cur-Exo rats scored 12.9 ± 0.7 against 8.2 ± 0.6.",
        "Cur-Exo improved BBB scores (day 42: 12.9 vs. 8.2).",
    ],
)
def test_no_comparator_when_two_groups_could_be_meant(sentence: str) -> None:
    rows = rows_with(sentence, "Sham", "Vehicle", "Exo", "Cur-Exo")
    assert not any(r[3] == 8.2 for r in rows)


def test_sham_named_gives_no_comparator() -> None:
    rows = rows_with(
        "At week 6 sham rats were at 21.0 ± 0.0 against 8.2 ± 0.6.", "Sham", "Vehicle", "Exo"
    )
    assert not any(r[3] == 8.2 for r in rows)


@pytest.mark.parametrize(
    ("sentence", "groups", "expected"),
    [
        pytest.param(
            "At d21, 9.1 ± 1.5 (Exo-miR) versus 7.2 ± 1.4 (Exo) and 5.8 ± 1.3 (Saline).",
            ("Sham", "Saline", "Exo", "Exo-miR"),
            {
                ("Exo-miR", "treatment", 21, 9.1),
                ("Exo", "other", 21, 7.2),
                ("Saline", "control", 21, 5.8),
            },
            id="lower-case-d-day-labels-in-brackets",
        ),
        pytest.param(
            "At the end of the sixth week the early arm averaged 10.1 ± 0.8 points, compared with "
            "7.0 ± 0.7 after vehicle and 7.4 ± 0.6 after late treatment.",
            ("Sham", "Vehicle", "Early EV", "Late EV"),
            {
                ("Early EV", "treatment", 42, 10.1),
                ("Vehicle", "control", 42, 7.0),
                ("Late EV", "other", 42, 7.4),
            },
            id="ordinal-week-and-arm-qualifiers",
        ),
        pytest.param(
            "In the third week Exo rats scored 8.8 ± 0.9 and PBS rats 6.1 ± 0.8.",
            ("Sham", "PBS", "Exo"),
            {("Exo", "treatment", 21, 8.8), ("PBS", "control", 21, 6.1)},
            id="in-the-third-week",
        ),
    ],
)
def test_time_points_and_arms_in_words(
    sentence: str, groups: tuple[str, ...], expected: set[Row]
) -> None:
    assert rows_with(sentence, *groups) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # An onset, not the time point of the values: they belong to week 6.
        (
            "From the second week Exo rats recovered faster, reaching 9.9 ± 0.7 versus 6.6 ± 0.6 in "
            "the PBS group at week 6."
        ),
        "Starting in d7 nothing was measured; Exo rats reached 9.9 ± 0.7 at week 6.",
    ],
)
def test_onsets_do_not_date_values(sentence: str) -> None:
    rows = rows_with(sentence, "Sham", "PBS", "Exo")
    assert rows and all(r[2] == 42 for r in rows)


def test_legend_with_hyphenated_day_and_labels_before_values() -> None:
    doc = outcome_doc(
        NO_NAMES,
        (
            SectionKind.FIGURE_CAPTION,
            (
                "Figure 2. BBB scores. (A) Time course. (B) Day-21 scores: SCI + UC-EV 8.4 ± 0.7, "
                "SCI 6.0 ± 0.6."
            ),
        ),
    )
    assert outcome_rows(doc) == {("SCI + UC-EV", "treatment", 21, 8.4), ("SCI", "control", 21, 6.0)}


def test_a_generic_phrase_takes_the_one_label_of_its_arm() -> None:
    # The abstract says "EV-treated rats"; the legend names the group "SCI + UC-EV".
    doc = outcome_doc(
        NO_NAMES,
        (
            SectionKind.ABSTRACT,
            (
                "EV-treated rats walked earlier; by day 28 their BBB score was 10.2 ± 0.7 compared with "
                "6.6 ± 0.6 in injured controls."
            ),
        ),
        (
            SectionKind.FIGURE_CAPTION,
            "Figure 2. (C) At 28 dpi, BBB scores were 6.6 ± 0.6 for SCI and 10.2 ± 0.7 for SCI + UC-EV.",
        ),
    )
    groups = {r[0] for r in outcome_rows(doc)}
    assert groups == {"SCI", "SCI + UC-EV"}


def test_a_generic_phrase_stays_when_two_labels_share_its_arm() -> None:
    doc = outcome_doc(
        NO_NAMES,
        (SectionKind.ABSTRACT, "By day 28 the BBB score of EV-treated rats was 10.2 ± 0.7."),
        (
            SectionKind.FIGURE_CAPTION,
            (
                "Figure 2. At 28 dpi, BBB scores were 9.9 ± 0.6 for SCI + UC-EV and 10.8 ± 0.7 for "
                "SCI + BM-EV."
            ),
        ),
    )
    rows = outcome_rows(doc)
    assert not any(r[3] == 10.2 and r[0] != "EV-treated" for r in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "Injured rats scored 0 to 1 on the first day, whereas sham rats scored 21 at every time point.",
        "At day 3 injured rats were near 1, while sham animals stayed at 21 throughout.",
    ],
)
def test_a_score_held_throughout_is_not_dated_by_the_sentence(sentence: str) -> None:
    rows = rows_with(sentence, "Sham", "PBS", "Exo")
    assert not any(r[0].lower().startswith("sham") for r in rows)


def test_source_cells_are_not_another_measure() -> None:
    rows = rows_with(
        "At day 28 the Exo-miR group reached 12.1 ± 1.4 versus 7.2 ± 1.2 in PBS rats, whereas "
        "exosomes from control-transfected cells gave 9.3 ± 1.3.",
        "Sham",
        "PBS",
        "Exo-NC",
        "Exo-miR",
    )
    assert {("Exo-miR", "treatment", 28, 12.1), ("PBS", "control", 28, 7.2)} <= rows
    assert not any(r[3] == 9.3 for r in rows)


def test_cell_counts_stay_out() -> None:
    rows = rows_with(
        "At day 28 the Exo group had 12.1 ± 1.4 surviving cells per field versus 7.2 ± 1.2 in "
        "PBS rats.",
        "Sham",
        "PBS",
        "Exo",
    )
    assert rows == set()


def test_a_group_does_not_carry_out_of_its_brackets() -> None:
    rows = rows_of(
        "From week 3 the gel group lagged (9.0 ± 0.6 vs 12.8 ± 0.7 for Gel+EV), and at week 6 it "
        "reached 14.1 ± 0.8.",
    )
    assert not any(r[3] == 14.1 and r[0] == "Gel+EV" for r in rows)


@pytest.mark.parametrize(
    ("sentence", "groups", "expected"),
    [
        pytest.param(
            "At day 21 the high-dose group scored 9.4 (1.0).",
            ("Sham", "Vehicle", "Exo-L", "Exo-M", "Exo-H"),
            {("Exo-H", "treatment", 21, 9.4)},
            id="high-dose-group-to-H-label",
        ),
        pytest.param(
            "At day 21 the high dose stayed ahead, 9.4 (1.0).",
            ("Sham", "Vehicle", "Exo-L", "Exo-H"),
            {("Exo-H", "treatment", 21, 9.4)},
            id="high-dose-mention",
        ),
        pytest.param(
            "At day 21 the low-dose group scored 6.9 (1.1).",
            ("Sham", "Vehicle", "Exo-L", "Exo-H"),
            {("Exo-L", "other", 21, 6.9)},
            id="low-dose-group-to-L-label",
        ),
    ],
)
def test_dose_levels_name_the_papers_label(
    sentence: str, groups: tuple[str, ...], expected: set[Row]
) -> None:
    assert rows_with(sentence, *groups) == expected


def test_a_dose_level_without_its_label_is_not_forced() -> None:
    # No label carries a medium level: the row keeps the words, it takes no other dose's label.
    rows = rows_with(
        "At day 21 the medium-dose group scored 8.0 (1.0).", "Sham", "Vehicle", "Exo-L", "Exo-H"
    )
    assert not any(r[0] in {"Exo-L", "Exo-H"} for r in rows)
