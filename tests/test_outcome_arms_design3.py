"""Arms from the paper's design, third wave: a naming difference alone makes no comparator.

Papers name their own vesicles by source in the table ("hBMSC-EV", "SCI + ADSC-Exo") and by a
bare abbreviation in the text ("EV", "exosomes", "the exosome-treated rats"), and a paper may run
two experiments (rats, mice) each with its own label. A vesicle group is ``other`` only when the
paper gives a reason: native beside modified vesicles, a combination, a later cohort.
"""

from __future__ import annotations

import pytest

from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_design import design_arms
from miner.records import OutcomeRow


def _rows(*groups: str, outcome: str = "BBB") -> list[OutcomeRow]:
    return [OutcomeRow(outcome, g, group_arm(g), 28.0, 8.0 + i) for i, g in enumerate(groups)]


def _arms(rows: list[OutcomeRow], texts: list[str] | None = None) -> dict[tuple[str, str], str]:
    return {(r.outcome, r.group): r.arm for r in design_arms(rows, texts or [])}


@pytest.mark.parametrize(
    "groups",
    [
        # Table label by source and dose, text rows by source and by the bare word.
        ("Sham", "SCI + saline", "SCI + ADSC-Exo, 100 µg/kg i.p.", "ADSC-Exo", "hADSC-Exo", "exosomes",
         "exosome-treated"),
        ("Sham", "Vehicle", "hBMSC-EV", "EV"),
        ("Sham", "PBS", "BMSC-Exos", "Exos", "exosome"),
        ("Laminectomy only", "SCI", "WJ-MSC-sEV", "sEV-treated rats"),
    ],
)
def test_source_named_label_beside_a_bare_abbreviation_is_the_same_treatment(groups: tuple[str, ...]) -> None:
    got = _arms(_rows(*groups))
    vesicles = [g for g in groups if group_arm(g) == "treatment"]
    assert len(vesicles) >= 2
    assert all(got[("BBB", g)] == "treatment" for g in vesicles)


@pytest.mark.parametrize(
    ("rat", "mouse", "bare_in_rat_text"),
    [
        (("Vehicle", "hBMSC-EV"), ("PBS", "EV"), "EV"),
        (("Saline", "rBMSC-Exo"), ("Vehicle", "Exo"), "exosomes"),
        (("SCI", "WJ-MSC-sEV"), ("SCI", "sEV"), "sEV group"),
    ],
)
def test_two_experiments_each_keep_their_own_vesicle_label_as_treatment(
    rat: tuple[str, str], mouse: tuple[str, str], bare_in_rat_text: str
) -> None:
    rows = _rows(*rat, bare_in_rat_text) + _rows(*mouse, outcome="BMS")
    got = _arms(rows)
    assert got[("BBB", rat[1])] == "treatment"
    assert got[("BBB", bare_in_rat_text)] == "treatment"
    assert got[("BMS", mouse[1])] == "treatment"
    assert got[("BBB", rat[0])] == "control"


@pytest.mark.parametrize(
    ("groups", "other"),
    [
        # Native beside modified vesicles: the native ones are the comparator, bare word or not.
        (("Vehicle", "ADSC-Exo", "miR-21-ADSC-Exo", "exosomes"), "ADSC-Exo"),
        (("PBS", "hBMSC-EV", "Hypoxic hBMSC-EV", "EV"), "hBMSC-EV"),
        (("Saline", "Exo", "Exo-siPTEN"), "Exo"),
        # The vesicles combined with another therapy beside the vesicles alone.
        (("Vehicle", "hBMSC-EV", "hBMSC-EV + MP", "EV"), "hBMSC-EV + MP"),
        (("Saline", "ADSC-Exo", "ADSC-Exo plus riluzole"), "ADSC-Exo plus riluzole"),
        (("PBS", "sEV", "sEV combined with treadmill"), "sEV combined with treadmill"),
        # A second, later cohort given the same vesicles.
        (("Acute vehicle", "Acute ADSC-Exo", "Chronic vehicle", "Chronic ADSC-Exo"), "Chronic ADSC-Exo"),
        (("Vehicle", "hBMSC-EV", "Delayed hBMSC-EV", "EV"), "Delayed hBMSC-EV"),
        (("Saline", "WJ-Exo", "Late WJ-Exo"), "Late WJ-Exo"),
    ],
)
def test_traps_with_a_reason_stay_other(groups: tuple[str, ...], other: str) -> None:
    got = _arms(_rows(*groups))
    assert got[("BBB", other)] == "other"
    assert any(a == "treatment" for a in got.values())
