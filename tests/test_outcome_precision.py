"""Wrong reads the outcome readers must not make: a wrong score is worse than an empty cell.

Last text wave of issue 5. Each trap is a way papers write a comparison or quote another lab
that used to give a value to the wrong group; the reading that is right stays pinned beside it.
"""

from __future__ import annotations

import pytest

from miner.parse.model import SectionKind, Table
from tests._outcome_docs import Row, outcome_doc, outcome_rows

METHODS = "Injured rats received vesicles or vehicle; sham rats had a laminectomy only. Hind-limb function was rated on the BBB scale."
THREE = ("Sham", "Vehicle", "Exo")


def _table(*groups: str) -> Table:
    rows = [["Group", "Day 99"], *[[g, "20.0 ± 0.1"] for g in groups]]
    return Table(rows=rows, page=None, caption="Table 1. BBB scores (mean ± SD).")


def rows_of(sentence: str, groups: tuple[str, ...] = ()) -> set[Row]:
    """Rows read from one results sentence, the table's own (day 99) rows left out."""
    block = (SectionKind.RESULTS, "Locomotion was scored on the BBB scale. " + sentence)
    doc = outcome_doc(METHODS, block, tables=(_table(*groups),) if groups else ())
    return {r for r in outcome_rows(doc) if r[2] != 99}


# ------------------------------------------------ two comparison objects, no subject named

_TWO_OBJECTS = [
    "Exosome treatment improved BBB scores at day 28 compared with vehicle and with sham (12.8 vs 8.9).",
    "At day 28, the score of exosome-treated rats was higher compared with vehicle and with sham (12.8 vs 8.9).",
    "By day 28 treated rats outscored both the vehicle and the sham group (12.8 vs 8.9).",
    "On day 28 scores rose further relative to vehicle and sham (12.8 vs 8.9).",
]


@pytest.mark.parametrize("sentence", _TWO_OBJECTS)
@pytest.mark.parametrize("groups", [(), THREE], ids=["no-table", "table"])
def test_a_pair_after_two_compared_groups_is_not_theirs(
    sentence: str, groups: tuple[str, ...]
) -> None:
    rows = rows_of(sentence, groups)
    assert not any(r[3] in (12.8, 8.9) and r[1] in ("sham", "control") for r in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Exo group scored higher than the SCI group (10.3 ± 1.2 vs. 6.1 ± 0.9) at day 28.",
        "At day 28 the Exo group stood well above the vehicle group (10.3 ± 1.0 vs 6.1 ± 0.8).",
    ],
)
def test_a_subject_then_its_comparison_still_takes_the_pair_in_order(sentence: str) -> None:
    rows = rows_of(sentence, ("Sham", "SCI", "Vehicle", "Exo"))
    assert ("Exo", "treatment", 28, 10.3) in rows
    assert not any(r[3] == 10.3 and r[1] != "treatment" for r in rows)


# ------------------------------------------------ another lab's numbers inside the results


@pytest.mark.parametrize(
    "sentence",
    [
        "Similarly, another group found that at day 14 vehicle rats dragged their hind limbs (5.2 ± 0.7).",
        "In a similar study, at day 14 vehicle rats dragged their hind limbs (5.2 ± 0.7).",
        "Wang and colleagues observed that at day 14 vehicle rats dragged their hind limbs (5.2 ± 0.7).",
        "A previous report likewise noted that vehicle rats scored 5.2 ± 0.7 at day 14.",
        "In our earlier work, vehicle rats reached 5.2 ± 0.7 by day 14.",
        "An independent laboratory reported that vehicle rats reached 5.2 ± 0.7 at day 14.",
    ],
)
@pytest.mark.parametrize("groups", [(), THREE], ids=["no-table", "table"])
def test_a_score_quoted_from_another_lab_is_not_read(
    sentence: str, groups: tuple[str, ...]
) -> None:
    assert not any(r[3] == 5.2 for r in rows_of(sentence, groups))


def test_another_group_of_rats_is_still_an_arm_of_this_study() -> None:
    rows = rows_of(
        "At day 14 vehicle rats dragged their hind limbs (5.2 ± 0.7), whereas another group of rats "
        "given Exo scored 9.1 ± 0.8.",
        THREE,
    )
    assert rows == {("Vehicle", "control", 14, 5.2), ("Exo", "treatment", 14, 9.1)}


# ------------------------------------------------ "compared with X, Y improved (a vs b)"


@pytest.mark.parametrize(
    "opening",
    [
        "Compared with vehicle",
        "In comparison with vehicle",
        "When compared with vehicle",
        "As compared to vehicle",
        "Relative to vehicle",
    ],
)
@pytest.mark.parametrize("groups", [(), THREE], ids=["no-table", "table"])
def test_the_reference_group_owns_the_second_value(opening: str, groups: tuple[str, ...]) -> None:
    rows = rows_of(f"{opening}, Exo improved BBB scores at day 28 (12.8 vs 8.9).", groups)
    assert not any(r[3] == 12.8 and r[1] == "control" for r in rows)
    assert not any(r[3] == 8.9 and r[1] == "treatment" for r in rows)
    assert ("Exo", "treatment", 28, 12.8) in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Compared with vehicle, intravenous injection of exosomes improved BBB scores at day 28 (12.8 vs 8.9).",
        "In comparison with vehicle, a single dose of Exo clearly improved BBB scores at day 28 (12.8 vs 8.9).",
    ],
)
@pytest.mark.parametrize("groups", [(), THREE], ids=["no-table", "table"])
def test_a_long_subject_after_compared_with_never_gives_the_reference_the_first_value(
    sentence: str, groups: tuple[str, ...]
) -> None:
    rows = rows_of(sentence, groups)
    assert not any(r[3] == 12.8 and r[1] in ("control", "sham") for r in rows)


# ------------------------------------------------ found on the tune sets: the same kind of wrong read


@pytest.mark.parametrize(
    "sentence",
    [
        "Treated rats pulled ahead of the vehicle group: on day 14 the scores were 8.4 (SEM 0.7) and 5.8 (SEM 0.6).",
        "The gap to the vehicle group opened early: at day 14 the means were 8.4 ± 0.7 and 5.8 ± 0.6.",
    ],
)
def test_a_group_before_a_colon_does_not_own_the_values_of_the_next_clause(sentence: str) -> None:
    rows = rows_of(sentence, THREE)
    assert not any(r[3] == 8.4 and r[1] == "control" for r in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Exo rats went up faster, reaching 5.4 ± 0.5 on day 14 and 8.2 ± 0.6 on day 28, whereas vehicle "
            "rats reached 3.9 ± 0.5 and 5.8 ± 0.6."
        ),
        (
            "The Exo group climbed to 5.4 ± 0.5 at day 14 and 8.2 ± 0.6 at day 28, while the vehicle group "
            "stayed at 3.9 ± 0.5 and 5.8 ± 0.6."
        ),
    ],
)
def test_an_undated_run_takes_the_days_of_the_run_before_it_in_turn(sentence: str) -> None:
    rows = rows_of(sentence, THREE)
    assert ("Vehicle", "control", 14, 3.9) in rows
    assert ("Vehicle", "control", 28, 5.8) in rows
    assert ("Vehicle", "control", 28, 3.9) not in rows


def test_an_undated_run_after_a_new_time_point_keeps_that_time_point() -> None:
    rows = rows_of(
        "Exo rats reached 5.4 ± 0.5 on day 14 and 8.2 ± 0.6 on day 28, and at day 42 vehicle rats reached "
        "3.9 ± 0.5 and 5.8 ± 0.6.",
        THREE,
    )
    assert not any(r[0] == "Vehicle" and r[2] in (14, 28) for r in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vesicle-treated mice did better from week 2 on, reaching 4.7 versus 3.5 at six weeks.",
        "From week 2 Exo rats did better, reaching 12.1 against 7.9 at day 28.",
    ],
)
def test_the_value_set_against_the_subjects_is_not_the_subjects(sentence: str) -> None:
    rows = rows_of(sentence, THREE)
    assert not any(r[1] == "treatment" and r[3] in (3.5, 7.9) for r in rows)


@pytest.mark.parametrize("code", ["T8", "T4", "T 2"])
def test_a_time_point_code_is_no_group(code: str) -> None:
    rows = rows_of(f"The difference held at {code} (12.0 ± 1.7 vs 8.5 ± 1.6; P < 0.01).")
    assert not any(r[0].replace(" ", "") == code.replace(" ", "") for r in rows)


@pytest.mark.parametrize("groups", [(), THREE], ids=["no-table", "table"])
def test_the_last_of_a_listed_pair_of_groups_does_not_take_the_first_value(
    groups: tuple[str, ...],
) -> None:
    rows = rows_of(
        "In week 2, Exo rats scored 5.5 ± 1.0, while Ctl-V and vehicle rats scored 4.6 ± 1.0 and 4.1 ± 1.1, "
        "respectively.",
        groups,
    )
    assert not any(r[3] == 4.6 and r[0].lower() == "vehicle" for r in rows)


# ------------------------------------------------ misses left: injured-control abbreviations, dose lists


@pytest.mark.parametrize("label", ["HSCI", "tSCI", "cSCI", "C-SCI"])
def test_an_abbreviation_ending_in_sci_is_the_injured_control(label: str) -> None:
    from miner.extract._outcome_arms import group_arm

    assert group_arm(label) == "control"
    assert group_arm(f"{label} + Exo") == "treatment"


DOSES = ("Sham", "Vehicle", "Exo-L", "Exo-M", "Exo-H")


@pytest.mark.parametrize(
    "tail",
    [
        "for the low, middle and high dose, respectively",
        "for the low, medium and high doses, respectively",
        "for the low-, medium- and high-dose groups, respectively",
        "in the low-dose, medium-dose and high-dose groups, respectively",
    ],
)
def test_dose_levels_listed_once_take_the_papers_dose_labels(tail: str) -> None:
    rows = rows_of(
        f"At day 28, BBB scores were 8.1 ± 0.9, 10.2 ± 1.0 and 12.4 ± 1.1 {tail}.", DOSES
    )
    got = {(r[0], r[3]) for r in rows if r[2] == 28}
    assert got == {("Exo-L", 8.1), ("Exo-M", 10.2), ("Exo-H", 12.4)}


def test_a_group_after_a_clause_joining_and_still_owns_its_values() -> None:
    rows = rows_of(
        "On days 14 and 21 the Exo group scored 6.9 ± 1.5 and 8.8 ± 1.7, and the vehicle group 4.6 ± 1.4 "
        "and 6.0 ± 1.5, respectively.",
        THREE,
    )
    assert ("Vehicle", "control", 14, 4.6) in rows
    assert not any(r[3] == 4.6 and r[1] != "control" for r in rows)


@pytest.mark.parametrize("written", ["EVs", "EV"])
def test_a_plural_of_the_tables_vesicle_label_is_that_label(written: str) -> None:
    rows = rows_of(
        f"Four weeks later the BBB score was 10.3 ± 1.8 with {written} and 6.8 ± 1.6 in the SCI group.",
        ("Sham", "SCI", "SCI+EV"),
    )
    assert ("SCI+EV", "treatment", 28, 10.3) in rows
    assert not any(r[0] == written for r in rows)
