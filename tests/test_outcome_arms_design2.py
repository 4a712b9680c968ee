"""Arms from the paper's design, second wave: how the field names, defines and words its groups.

Definitions sit in the methods, legends, footnotes and design lists, often one list item per
sentence; words mean arms (negative control = uninjured, positive control = injured untreated,
depleted medium and vesicles combined with a drug = other, a second cohort = other).
"""

from __future__ import annotations

import pytest

from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_codes import code_of, group_codes
from miner.extract._outcome_design import design_arms, label_definitions
from miner.records import OutcomeRow


def _rows(*groups: str) -> list[OutcomeRow]:
    return [OutcomeRow("BBB", g, group_arm(g), 28.0, 8.0 + i) for i, g in enumerate(groups)]


def _arms(groups: tuple[str, ...], texts: list[str], codes: dict[str, str] | None = None) -> dict[str, str]:
    return {r.group: r.arm for r in design_arms(_rows(*groups), texts, codes)}


@pytest.mark.parametrize(
    ("label", "arm"),
    [
        # "Negative control" animals are the uninjured ones.
        ("Negative control", "sham"),
        ("Negative controls", "sham"),
        ("negative-control group", "sham"),
        # Trap: a negative-control vesicle or RNA is no sham.
        ("Negative control exosomes", "treatment"),
        ("siRNA negative control", "treatment"),
        # "Positive control": injured, untreated.
        ("Positive control", "control"),
        ("positive controls", "control"),
        ("Positive-control group", "control"),
        # A lesion named as the group: injured, untreated.
        ("Lesioned", "control"),
        ("Lesioned rats", "control"),
        ("Lesion control", "control"),
        ("Lesion + EV", "treatment"),
        # Medium the vesicles were taken out of is a comparator of its own, not the vehicle.
        ("SCI + exosome-depleted medium", "other"),
        ("EV-depleted conditioned medium", "other"),
        ("injury + exosome-free supernatant", "other"),
        ("SCI + DMEM", "control"),
    ],
)
def test_words_of_a_label_give_its_arm(label: str, arm: str) -> None:
    assert group_arm(label) == arm


@pytest.mark.parametrize(
    "texts",
    [
        ["Animals were divided into four groups: T1, laminectomy without impact;",
         "T2, impact + 1 mL saline;", "T3, impact + umbilical MSC exosomes;",
         "T4, impact + exosome-depleted conditioned medium."],
        ["T1: sham surgery.", "T2: injury plus PBS.", "T3: injury plus BMSC-EVs.",
         "T4: injury plus EV-depleted medium."],
        ["Legend. T1, intact;", "T2, SCI + vehicle;", "T3, SCI + Exo;", "T4, SCI + exosome-free conditioned medium."],
    ],
)
def test_label_list_split_into_sentences_is_read_as_one(texts: list[str]) -> None:
    got = _arms(("T1", "T2", "T3", "T4"), texts)
    assert got == {"T1": "sham", "T2": "control", "T3": "treatment", "T4": "other"}


@pytest.mark.parametrize(
    "texts",
    [
        ["Rats were assigned to four groups: G1, laminectomy alone;", "G2, contusion + saline;",
         "G3, contusion + EVs;", "G4, contusion + EV-depleted medium."],
        ["Group I, sham-operated;", "Group II, SCI + PBS;", "Group III, SCI + exosomes;",
         "Group IV, SCI + exosome-depleted medium."],
    ],
)
def test_code_list_split_into_sentences_is_read_as_one(texts: list[str]) -> None:
    codes = group_codes(texts)
    assert len(codes) == 4
    arms = sorted(group_arm(d) if "deplet" not in d else "x" for d in codes.values())
    assert arms.count("sham") == 1 and arms.count("control") == 1 and arms.count("treatment") == 1


def test_a_lone_sentence_pair_of_unrelated_codes_defines_nothing() -> None:
    # Trap: two sentences that mention a code in passing are no list.
    assert group_codes(["G2 was smaller than expected.", "G3 received more."]) == {}


@pytest.mark.parametrize(
    ("label", "defn"),
    [
        ("BBB score (mean ± SEM) Group II", "SCI, untreated"),
        ("Score (mean ± SD) G2", "SCI, untreated"),
        ("BBB (median) Group II", "SCI, untreated"),
    ],
)
def test_a_code_under_a_spanning_header_is_still_the_code(label: str, defn: str) -> None:
    codes = {"GROUP II": "SCI, untreated", "G2": "SCI, untreated"}
    assert code_of(label, codes) == defn


def test_a_code_after_a_treatment_name_is_not_read_as_the_code() -> None:
    # Trap: "Exo group A" is named by what it received, not by the code alone.
    assert code_of("SCI + Exo Group B", {"GROUP B": "SCI + PBS"}) is None


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (("Sham", "SCI", "sEV", "sEV+MP", "MP"),
         {"sEV": "treatment", "sEV+MP": "other", "MP": "other"}),
        (("Sham", "Vehicle", "Exo", "Exo + riluzole"),
         {"Exo": "treatment", "Exo + riluzole": "other"}),
        (("Sham", "PBS", "EVs", "EVs + methylprednisolone"),
         {"EVs": "treatment", "EVs + methylprednisolone": "other"}),
    ],
)
def test_vesicles_combined_with_another_therapy_are_other(
    groups: tuple[str, ...], expected: dict[str, str]
) -> None:
    got = _arms(groups, [])
    assert {g: got[g] for g in expected} == expected


def test_vesicles_plus_vehicle_stay_treatment() -> None:
    # Trap: "+ PBS" is how the vesicles were given, not a second therapy.
    got = _arms(("Sham", "PBS", "Exo + PBS"), [])
    assert got["Exo + PBS"] == "treatment"


@pytest.mark.parametrize(
    ("groups", "native"),
    [
        (("SCI", "SCI+Mel-Exo", "SCI+Exo (exosomes from untreated cells)"), "SCI+Exo (exosomes from untreated cells)"),
        (("PBS", "IL-Exo", "Exo from unstimulated MSCs"), "Exo from unstimulated MSCs"),
        (("Vehicle", "Hx-EV", "EV of untreated MSCs"), "EV of untreated MSCs"),
    ],
)
def test_vesicles_of_untreated_cells_beside_modified_ones_are_other(
    groups: tuple[str, ...], native: str
) -> None:
    got = _arms(groups, [])
    assert got[native] == "other"
    assert [g for g, a in got.items() if a == "treatment"] == [groups[1]]


@pytest.mark.parametrize(
    ("groups", "texts", "paraphrase"),
    [
        (("G1", "G2", "G3", "EV-treated"),
         ["G1, sham;", "G2, SCI + PBS;", "G3, SCI + BMSC-EVs."], "EV-treated"),
        (("G1", "G2", "G3", "exosome"),
         ["G1, sham;", "G2, SCI + NS;", "G3, SCI + hUC-MSC-Exo."], "exosome"),
        (("Group A", "Group B", "Group C", "vesicle"),
         ["Group A, intact;", "Group B, SCI + saline;", "Group C, SCI + ADSC-derived vesicles."], "vesicle"),
    ],
)
def test_results_paraphrase_of_the_coded_vesicle_group_is_the_treatment(
    groups: tuple[str, ...], texts: list[str], paraphrase: str
) -> None:
    got = _arms(groups, texts, group_codes(texts))
    assert got[paraphrase] == "treatment"


def test_generic_vesicle_label_beside_a_modified_one_is_still_other() -> None:
    # Trap: "Exo" beside "Exo-miR-X" remains the native comparator.
    got = _arms(("SCI", "Exo", "Exo-miR-X"), [])
    assert got == {"SCI": "control", "Exo": "other", "Exo-miR-X": "treatment"}


@pytest.mark.parametrize(
    ("groups", "late"),
    [
        (("Acute vehicle", "Acute sEV", "Chronic vehicle", "Chronic sEV"), "Chronic sEV"),
        (("Acute PBS", "Acute Exo", "Chronic PBS", "Chronic Exo"), "Chronic Exo"),
        (("Vehicle", "EV acute", "Delayed EV"), "Delayed EV"),
    ],
)
def test_a_second_later_cohort_of_vesicles_is_other(groups: tuple[str, ...], late: str) -> None:
    got = _arms(groups, [])
    assert got[late] == "other"
    assert sum(a == "treatment" for a in got.values()) == 1


def test_a_lone_chronic_cohort_is_the_treatment() -> None:
    # Trap: a paper that treats only chronic injury has its vesicles as the treatment.
    assert _arms(("Chronic SCI + PBS", "Chronic SCI + Exo"), []) == {
        "Chronic SCI + PBS": "control", "Chronic SCI + Exo": "treatment"}


@pytest.mark.parametrize(
    "texts",
    [
        ["Control: intact rats, anaesthesia only.", "Lesion: hemisection and nothing else.",
         "Lesion + Exo: hemisection then vesicles."],
        ["Control, uninjured animals;", "Lesion, hemisected without treatment;", "Lesion + Exo, hemisected and given EVs."],
        ["Control (no surgery) and Lesion (injury only) were compared with Lesion + Exo (injury and EVs)."],
    ],
)
def test_a_control_defined_as_intact_is_the_sham(texts: list[str]) -> None:
    got = _arms(("Control", "Lesion", "Lesion + Exo"), texts)
    assert got == {"Control": "sham", "Lesion": "control", "Lesion + Exo": "treatment"}


def test_a_control_defined_as_injured_stays_control() -> None:
    # Trap: "Control" defined as the injured, untreated group keeps its arm.
    got = _arms(("Sham", "Control", "Exo"), ["Sham: laminectomy only.", "Control: contusion and saline."])
    assert got["Control"] == "control"


def test_definitions_read_from_consecutive_sentences() -> None:
    d = label_definitions(["Ctl: intact rats.", "Les: injury only."], ["Ctl", "Les"])
    assert d == {"Ctl": "intact rats", "Les": "injury only"}
