"""Methods facts where and how labs state them, pinned with inputs written for this test.

* a list of dose times after a comma ("two doses, 1 and 24 h after injury"): the first
  time is the first dose, the gap the interval;
* a carrier set into the lesion ("a gel deposit was placed in the cavity") is the
  administration, so "immediately after hemisection" dates it;
* a design table's caption that dates the first dose;
* a vesicle size with its spread in parentheses ("87.6 (SD 21.3) nm");
* the groups as the subject of their size ("the injured groups contained twelve rats each");
* a test "applied"/"administered" on listed days dates the assessment, not the dosing;
* a knock-down arm that takes the effect away is a comparator: the native vesicles are
  the study's product.
"""

from __future__ import annotations

from typing import Any

import pytest
from _fields import rules_nlp, section_fields
from _fields_matrix import ANIMALS, INJURY, ISOLATION, TREATMENT_NO_TIME, S

from miner.extract.quantities import (
    find_frequencies,
    find_group_sizes,
    find_sizes,
    find_time_points,
)

TITLE = (S.TITLE, "Stem cell-derived vesicles and functional recovery of the injured spinal cord in rats")


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_nlp()


def _fields(nlp: Any, *parts: str | tuple[S, str]) -> dict[str, Any]:
    items = [p if isinstance(p, tuple) else (S.METHODS, p) for p in parts]
    return section_fields(nlp, TITLE, *items)


# ------------------------------------------------------------ dose times listed after a comma


@pytest.mark.parametrize(
    ("sentence", "first_h", "doses", "interval_h"),
    [
        ("Rats received two doses, 1 and 24 h after injury.", 1.0, 2, 23.0),
        ("Two injections were given, 2 and 26 h after contusion.", 2.0, 2, 24.0),
        ("The vesicles were injected twice, 6 and 30 h post-injury.", 6.0, 2, 24.0),
        ("Animals were given three doses, 1, 3 and 5 days after SCI.", 24.0, 3, 48.0),
    ],
)
def test_time_list_after_a_comma_dates_the_first_dose(
    sentence: str, first_h: float, doses: int, interval_h: float
) -> None:
    assert [q.value["hours"] for q in find_time_points(sentence)] == [first_h]
    assert [q.value for q in find_frequencies(sentence)] == [{"doses": doses, "interval_h": interval_h}]


@pytest.mark.parametrize(
    "sentence",
    [
        "BBB was scored at days 1, 3 and 7 after injury.",  # the list read whole, from its first item
        "Exosomes were injected 1, 3 and 7 days after SCI.",
    ],
)
def test_a_list_is_never_read_from_its_middle(sentence: str) -> None:
    assert [q.value["hours"] for q in find_time_points(sentence)] == [24.0]


def test_two_early_doses_fill_timing_and_frequency(nlp: Any) -> None:
    fields = _fields(
        nlp, ANIMALS, INJURY, ISOLATION,
        "Exosomes (100 µg in 150 µL PBS) were injected via the tail vein in two doses, 1 and 24 h after injury.",
    )
    assert fields["timing_post_injury_h"] == 1.0
    assert fields["frequency"] == {"doses": 2, "interval_h": 23.0}


# ------------------------------------------------------------ a carrier set into the lesion


@pytest.mark.parametrize(
    "implant",
    [
        "Immediately after hemisection, a single hydrogel deposit holding 10 µg exosomes was placed in the cavity.",
        "Right after the transection, a fibrin scaffold with 20 µg exosomes was inserted into the gap.",
        "Immediately after the lesion was made, the exosome-laden gel was deposited into the lesion cavity.",
    ],
)
def test_carrier_placed_in_the_lesion_at_surgery_is_hour_zero(nlp: Any, implant: str) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, ISOLATION, implant)
    assert fields["timing_post_injury_h"] == 0.0


def test_animals_placed_on_a_pad_after_surgery_are_no_dose(nlp: Any) -> None:
    fields = _fields(
        nlp, ANIMALS, INJURY, ISOLATION,
        "Immediately after surgery, rats were placed on a heating pad until they woke.",
        TREATMENT_NO_TIME,
    )
    assert "timing_post_injury_h" not in fields


# ------------------------------------------------------------ a design table's caption


DESIGN_ROWS = "Group\tVesicles\tDose\tRoute\nPBS\tnone\t–\ti.v.\nExo\tMSC exosomes\t100 µg\ti.v."


@pytest.mark.parametrize(
    ("caption", "hours"),
    [
        ("Table 1: Experimental groups (10 rats each). The first injection was given 24 h after injury.", 24.0),
        ("Table 1. Groups and treatment. Injections started 48 h after SCI.", 48.0),
        ("Table 1: Study design; exosomes were first injected on day 3 after injury.", 72.0),
    ],
)
def test_design_table_caption_dates_the_first_dose(nlp: Any, caption: str, hours: float) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, ISOLATION, (S.TABLE, caption), (S.TABLE, DESIGN_ROWS))
    assert fields["timing_post_injury_h"] == hours


def test_results_table_caption_dates_the_scores_not_the_dose(nlp: Any) -> None:
    fields = _fields(
        nlp, ANIMALS, INJURY, ISOLATION, TREATMENT_NO_TIME,
        (S.TABLE, "Table 2: BBB scores of rats treated with exosomes at 1, 7 and 14 days after injury."),
        (S.TABLE, "Group\t1 d\t7 d\t14 d\nExo\t1.0\t5.2\t8.1"),
    )
    assert "timing_post_injury_h" not in fields


# ------------------------------------------------------------ size with its spread in parentheses


@pytest.mark.parametrize(
    ("text", "value", "sd"),
    [
        ("By DLS the mean hydrodynamic diameter was 87.6 (SD 21.3) nm.", 87.6, 21.3),
        ("The vesicles measured 121 nm (SD 35 nm) by NTA.", 121.0, 35.0),
        ("NTA gave a mean size of 98.4 (± 12.0) nm.", 98.4, 12.0),
        ("Mean diameter was 110 (SEM 4) nm.", 110.0, 4.0),
        ("The mean size was 105,3 (SD 20,1) nm.", 105.3, 20.1),
    ],
)
def test_size_with_parenthesised_spread(text: str, value: float, sd: float) -> None:
    got = [(q.value["value"], q.value["sd"]) for q in find_sizes(text)]
    assert got == [(value, sd)]


def test_parenthesised_number_without_a_unit_is_no_size() -> None:
    assert find_sizes("Filters of 220 (SD 3) were used.") == []


# ------------------------------------------------------------ the groups as the subject


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The injured groups contained twelve rats each; ten rats underwent laminectomy only.", 12),
        ("The treated groups had 9 animals apiece.", 9),
        ("The exosome arms comprised eight rats each.", 8),
        ("The four groups each numbered 10 rats.", 10),
    ],
)
def test_groups_as_subject_state_their_size(text: str, n: int) -> None:
    assert [q.value["n"] for q in find_group_sizes(text)] == [n]


def test_groups_holding_a_total_are_no_group_size() -> None:
    assert find_group_sizes("The groups contained 46 rats in total.") == []


# ------------------------------------------------------------ a test applied on listed days


@pytest.mark.parametrize(
    "assessment",
    [
        "The BBB scale was applied on days 0, 6, 13, 20 and 27 after the first infusion by two blinded raters.",
        "The BBB test was administered on days 1, 7, 14, 21 and 28 after the first exosome injection.",
        "Open-field scoring was performed on days 1, 3, 7 and 14 after the vesicle injections.",
    ],
)
def test_test_applied_on_listed_days_is_no_schedule(nlp: Any, assessment: str) -> None:
    treatment = "Exosomes (100 µg) were infused via the jugular vein three times, 48 h apart, starting 24 h after injury."
    fields = _fields(nlp, ANIMALS, INJURY, ISOLATION, treatment, assessment)
    assert fields["frequency"] == {"doses": 3, "interval_h": 48.0}


# ------------------------------------------------------------ a knock-down comparator arm

KD_METHODS = (
    "Rats received vehicle, native exosomes, or exosomes from TIMP2-silenced MSCs. "
    "For the knock-down arm, MSCs were transfected with TIMP2 siRNA 48 h before conditioning."
)


@pytest.mark.parametrize(
    "finding",
    [
        "Silencing TIMP2 abolished most of the benefit of the exosomes.",
        "TIMP2-depleted exosomes lost most of this effect.",
        "Knock-down of TIMP2 in the parent cells reversed the protection of the barrier.",
    ],
)
def test_knockdown_that_removes_the_effect_leaves_native_vesicles(nlp: Any, finding: str) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, KD_METHODS, ISOLATION, TREATMENT_NO_TIME, (S.RESULTS, finding))
    assert fields["modification"] == "none"


def test_knockdown_that_is_the_product_stays(nlp: Any) -> None:
    fields = _fields(
        nlp, ANIMALS, INJURY, KD_METHODS, ISOLATION, TREATMENT_NO_TIME,
        (S.RESULTS, "Exosomes from TIMP2-silenced MSCs improved BBB scores more than native exosomes."),
    )
    assert fields["modification"] == "TIMP2 knockdown"
