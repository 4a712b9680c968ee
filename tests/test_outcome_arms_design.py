"""The arm of each outcome group is decided once, from the paper's design: its labels, the
codes and definitions in the methods, legends and footnotes, and what each group received."""

from __future__ import annotations

import pytest

from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_design import design_arms, label_definitions
from miner.records import OutcomeRow
from tests._outcome_docs import table_doc


def _rows(*groups: str, source: str = "table") -> list[OutcomeRow]:
    return [
        OutcomeRow("BBB", g, group_arm(g), 28.0, 8.0 + i, source=source)
        for i, g in enumerate(groups)
    ]


def _arms(groups: tuple[str, ...], text: str) -> dict[str, str]:
    return {r.group: r.arm for r in design_arms(_rows(*groups), [text])}


# Short labels defined in brackets, after a comma list, or before the bracketed label.
@pytest.mark.parametrize(
    ("groups", "text", "expected"),
    [
        (
            ("Sh", "Veh", "X", "Xm"),
            (
                "Rats were allocated to Sh (sham surgery), Veh (vehicle), X (native vesicles) "
                "and Xm (vesicles loaded with a short hairpin against Nox2)."
            ),
            {"Sh": "sham", "Veh": "control", "X": "other", "Xm": "treatment"},
        ),
        (
            ("P", "Q", "R", "S"),
            (
                "P, laminectomy only; Q, injury + phosphate-buffered saline; R, injury + exosomes "
                "from normoxic cells; S, injury + exosomes from hypoxia-preconditioned cells."
            ),
            {"P": "sham", "Q": "control", "R": "other", "S": "treatment"},
        ),
        (
            ("LM", "CT", "EXn", "EXp"),
            (
                "The groups were LM: laminectomy alone; CT: contusion without treatment; "
                "EXn: unprimed vesicles; EXp: vesicles primed with TNF-alpha."
            ),
            {"LM": "sham", "CT": "control", "EXn": "other", "EXp": "treatment"},
        ),
        (
            ("Sham", "NS", "kEV", "EV"),
            (
                "We isolated small vesicles from stem cells primed with kynurenine (kEV) and from "
                "unprimed stem cells (EV)."
            ),
            {"Sham": "sham", "NS": "control", "kEV": "treatment", "EV": "other"},
        ),
        (
            ("A", "B", "C", "D"),
            "A, sham; B, SCI + medium; C, SCI + Exo-scrambled; D, SCI + Exo-miR-21.",
            {"A": "sham", "B": "control", "C": "other", "D": "treatment"},
        ),
        (
            ("N1", "N2", "N3"),
            "Groups: N1 (uninjured), N2 (injured, 0.9% NaCl) and N3 (injured, vesicles).",
            {"N1": "sham", "N2": "control", "N3": "treatment"},
        ),
    ],
)
def test_labels_take_the_arm_of_their_definition(
    groups: tuple[str, ...], text: str, expected: dict[str, str]
) -> None:
    assert _arms(groups, text) == expected


@pytest.mark.parametrize(
    ("groups", "text", "expected"),
    [
        # A "control" that is sham by definition stays sham.
        (
            ("Control", "Injury", "Exo"),
            "Control (laminectomy only), Injury (contusion, no treatment) and Exo (contusion + exosomes).",
            {"Control": "sham", "Injury": "control", "Exo": "treatment"},
        ),
        # "Control" meaning uninjured animals.
        (
            ("Control", "SCI", "sEV"),
            "Control (uninjured rats), SCI (injury + PBS) and sEV (injury + sEV).",
            {"Control": "sham", "SCI": "control", "sEV": "treatment"},
        ),
        # Native vesicles with no modified ones in the paper stay the treatment.
        (
            ("Sham", "PBS", "nEV"),
            "Sham (laminectomy), PBS (vehicle) and nEV (native vesicles from umbilical cord cells).",
            {"Sham": "sham", "PBS": "control", "nEV": "treatment"},
        ),
    ],
)
def test_traps(groups: tuple[str, ...], text: str, expected: dict[str, str]) -> None:
    assert _arms(groups, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A list of labels defines none of them.
        "Rats were assigned to four groups: Sham, Vehicle, EV and pEV.",
        # One label in brackets is a passing mention, not a design list.
        "The pEV group (n = 9) scored higher than the EV group.",
        "At day 28 scores were 12.1 ± 1.0 (pEV) and 10.2 ± 1.1 (EV).",
    ],
)
def test_no_design_list_keeps_the_label_arms(text: str) -> None:
    groups = ("Sham", "Vehicle", "EV", "pEV")
    assert label_definitions([text], groups) == {}
    assert _arms(groups, text) == {g: group_arm(g) for g in groups}


@pytest.mark.parametrize(
    "label", ["Trauma", "Trauma + Saline", "trauma only", "Trauma+NaCl"]
)
def test_injury_named_trauma_is_the_control(label: str) -> None:
    assert group_arm(label) == "control"


@pytest.mark.parametrize(
    ("native", "modified"),
    [("Nx-EV", "Hx-EV"), ("EV-unloaded", "EV-loaded"), ("Exo (unprimed)", "Exo (primed)")],
)
def test_native_vesicles_beside_modified_are_other(native: str, modified: str) -> None:
    arms = {r.group: r.arm for r in design_arms(_rows("Vehicle", native, modified), [])}
    assert arms == {"Vehicle": "control", native: "other", modified: "treatment"}


def test_text_and_table_rows_of_a_coded_group_agree() -> None:
    legend = "SH, sham-operated; V, vehicle; E, native exosomes; Ek, exosomes loaded with siRNA."
    rows = _rows("SH", "V", "E", "Ek") + _rows("Ek", "V", source="text")
    out = design_arms(rows, [legend])
    by_group: dict[str, set[str]] = {}
    for r in out:
        by_group.setdefault(r.group, set()).add(r.arm)
    assert by_group == {"SH": {"sham"}, "V": {"control"}, "E": {"other"}, "Ek": {"treatment"}}


def test_a_footnote_defines_a_table_s_codes_end_to_end() -> None:
    from miner.extract.outcomes import extract_outcomes

    grid = [
        ["Group", "Day 7", "Day 28"],
        ["L", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["V", "3.1 ± 0.9", "7.2 ± 1.1"],
        ["U", "3.4 ± 1.0", "8.9 ± 1.2"],
        ["M", "4.0 ± 1.1", "11.0 ± 1.3"],
    ]
    note = ("L, laminectomy only; V, vehicle (PBS); U, unmodified exosomes; "
            "M, exosomes overexpressing miR-9.")
    doc = table_doc((grid, "Table 1. BBB scores (mean ± SD).", note))
    arms = {(r.group, r.arm) for r in extract_outcomes(doc)[0]}
    assert arms == {("L", "sham"), ("V", "control"), ("U", "other"), ("M", "treatment")}
