"""Arms of multi-arm designs: which group is the paper's own, read from what the paper says.

A design with several active arms (two doses, two timings, two routes, native beside modified
vesicles, parent cells, a vesicle-depleted medium) has one primary vesicle arm (``treatment``);
every other active arm is ``other``. The primary arm comes from the paper's words where it names
one ("G3 versus G2 was the main comparison"); where it does not, the general rules decide
(highest dose, modified over native, the earliest start of the same vesicles).
"""

from __future__ import annotations

import pytest

from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_design import design_arms, primary_label
from miner.records import OutcomeRow


def _rows(*groups: str, source: str = "table") -> list[OutcomeRow]:
    return [
        OutcomeRow("BBB", g, group_arm(g), 28.0, 6.0 + i, source=source) for i, g in enumerate(groups)
    ]


def _arms(
    rows: list[OutcomeRow], texts: list[str] | None = None, codes: dict[str, str] | None = None
) -> dict[str, str]:
    return {r.group: r.arm for r in design_arms(rows, texts or [], codes)}


@pytest.mark.parametrize(
    "label",
    ["HsEV", "H-HsEV", "L-HsEV", "NsEV", "pEV", "hEV", "HD-pEVs", "N-sEV"],
)
def test_a_vesicle_abbreviation_with_a_letter_glued_before_it_is_vesicles(label: str) -> None:
    assert group_arm(label) == "treatment"


@pytest.mark.parametrize("label", ["LEVEL", "REV-ERB agonist", "Levetiracetam"])
def test_words_that_merely_contain_ev_are_not_vesicles(label: str) -> None:
    assert group_arm(label) != "treatment"


@pytest.mark.parametrize(
    ("groups", "primary"),
    [
        (("Sham", "Vehicle", "N-sEV", "L-HsEV", "H-HsEV"), "H-HsEV"),
        (("Sham", "Saline", "Nx-EV", "L-HxEV", "H-HxEV"), "H-HxEV"),
        (("Sham", "PBS", "Exo-L", "Exo-H", "Exo-miR-L", "Exo-miR-H"), "Exo-miR-H"),
    ],
)
def test_two_doses_of_the_modified_vesicles_beside_native_ones_keep_the_high_dose(
    groups: tuple[str, ...], primary: str
) -> None:
    got = _arms(_rows(*groups))
    assert got[primary] == "treatment"
    active = [g for g in groups if group_arm(g) == "treatment" and g != primary]
    assert active and all(got[g] == "other" for g in active)


@pytest.mark.parametrize(
    "label",
    ["EV-dep CM", "Exo-depl. CM", "EV-free CM", "exosome-depleted secretome", "EV-depleted medium",
     "sEV-dep. supernatant", "CM (EV-depleted)"],
)
def test_a_vesicle_depleted_conditioned_medium_is_a_comparator_not_the_vesicles(label: str) -> None:
    assert group_arm(label) == "other"


@pytest.mark.parametrize("depleted", ["EV-dep CM", "Exo-depl. CM", "EV-free CM"])
def test_the_vesicles_beside_their_depleted_medium_stay_the_treatment(depleted: str) -> None:
    got = _arms(_rows("Sham", "Vehicle", depleted, "WJ-EV"))
    assert got == {"Sham": "sham", "Vehicle": "control", depleted: "other", "WJ-EV": "treatment"}


@pytest.mark.parametrize(
    ("groups", "primary"),
    [
        (("Sham", "Vehicle", "Cur", "Exo", "Exo-Cur (72 h)", "Exo-Cur (1 h)"), "Exo-Cur (1 h)"),
        (("Sham", "PBS", "EV (d7)", "EV (d1)"), "EV (d1)"),
        (("Sham", "SCI", "sEV (3 d)", "sEV (24 h)"), "sEV (24 h)"),
        (("Sham", "Saline", "Exo (week 4)", "Exo (day 1)"), "Exo (day 1)"),
    ],
)
def test_the_same_vesicles_at_two_start_times_keep_the_earliest(
    groups: tuple[str, ...], primary: str
) -> None:
    got = _arms(_rows(*groups))
    assert got[primary] == "treatment"
    assert all(got[g] == "other" for g in groups if g != primary and group_arm(g) == "treatment")


_CODES = {"G1": "sham", "G2": "SCI + PBS", "G3": "Exo-IV", "G4": "Exo-IT", "G5": "BMSC"}


@pytest.mark.parametrize(
    ("sentence", "primary", "secondary"),
    [
        ("G3 versus G2 was the main comparison.", "G3", "G4"),
        ("G4 versus G2 was the main comparison.", "G4", "G3"),
        ("The primary comparison was G4 vs. G2.", "G4", "G3"),
        ("G3 vs G2 was the prespecified primary comparison.", "G3", "G4"),
        ("G4 was the main treatment group.", "G4", "G3"),
        ("G2 versus G3 was the primary comparison.", "G3", "G4"),
    ],
)
def test_coded_groups_take_the_primary_arm_the_paper_names(
    sentence: str, primary: str, secondary: str
) -> None:
    rows = _rows("G1", "G2", "G3", "G4", "G5")
    rows = [OutcomeRow("BBB", r.group, group_arm(_CODES[r.group]), 28.0, r.mean) for r in rows]
    text = rows + _rows(_CODES[primary], _CODES[secondary], source="text")
    out = design_arms(text, [sentence], _CODES)
    got = {(r.group, r.source): r.arm for r in out}
    assert got[(primary, "text")] == "treatment"
    assert got[(secondary, "text")] == "other"
    assert got[(_CODES[primary], "text")] == "treatment"
    assert got[(_CODES[secondary], "text")] == "other"
    assert got[("G1", "text")] == "sham"
    assert got[("G2", "text")] == "control"
    assert got[("G5", "text")] == "other"


def test_coded_groups_without_a_stated_primary_keep_both_routes_as_treatment() -> None:
    rows = [OutcomeRow("BBB", c, group_arm(d), 28.0, 5.0) for c, d in _CODES.items()]
    got = {r.group: r.arm for r in design_arms(rows, ["Groups were compared by ANOVA."], _CODES)}
    assert got["G3"] == got["G4"] == "treatment"


@pytest.mark.parametrize(
    ("sentence", "primary"),
    [
        ("Exo-IT versus PBS was the prespecified primary comparison.", "Exo-IT"),
        ("The main comparison was between Exo-IV and PBS.", "Exo-IV"),
        ("Exo-IT served as the primary treatment arm; the other routes were exploratory.", "Exo-IT"),
        ("Outcomes of the main treatment group (Exo-IV) were compared with all others.", "Exo-IV"),
        ("The primary arm, Exo-IT, was given on days 1, 3 and 5.", "Exo-IT"),
    ],
)
def test_labelled_groups_take_the_primary_arm_the_paper_names(sentence: str, primary: str) -> None:
    groups = ("Sham", "PBS", "Exo-IV", "Exo-IT", "BMSC")
    got = _arms(_rows(*groups), [sentence])
    assert got[primary] == "treatment"
    other = "Exo-IT" if primary == "Exo-IV" else "Exo-IV"
    assert got[other] == "other"
    assert got["BMSC"] == "other" and got["PBS"] == "control" and got["Sham"] == "sham"


@pytest.mark.parametrize(
    "sentence",
    [
        # The named group is not among the paper's groups.
        "Exo-SC versus PBS was the primary comparison.",
        # The control is the only group named: nothing says which vesicles are primary.
        "PBS versus Sham was the main comparison.",
        # Primary outcome, not primary group.
        "The BBB score was the primary outcome; Exo-IT rats were also weighed.",
    ],
)
def test_a_statement_naming_no_active_group_changes_nothing(sentence: str) -> None:
    groups = ("Sham", "PBS", "Exo-IV", "Exo-IT")
    got = _arms(_rows(*groups), [sentence])
    assert got["Exo-IV"] == got["Exo-IT"] == "treatment"


def test_the_stated_primary_overrides_the_dose_rule() -> None:
    # The paper chose the lower dose as its main arm: its word beats "highest dose wins".
    groups = ("Sham", "Vehicle", "Exo-L", "Exo-H")
    assert _arms(_rows(*groups))["Exo-H"] == "treatment"
    got = _arms(_rows(*groups), ["Exo-L versus vehicle was the primary comparison."])
    assert got["Exo-L"] == "treatment" and got["Exo-H"] == "other"


def test_primary_label_reads_only_known_labels() -> None:
    labels = ["Sham", "PBS", "Exo-IV", "Exo-IT"]
    assert primary_label(["Exo-IV versus PBS was the main comparison."], labels) == "Exo-IV"
    assert primary_label(["Exo-IV and Exo-IT were compared."], labels) is None


@pytest.mark.parametrize(
    ("table", "text"),
    [
        (("L-HsEV", "H-HsEV"), ("LD-HsEV", "HD-HsEV")),
        (("Exo-L", "Exo-H"), ("Exo-LD", "Exo-HD")),
    ],
)
def test_table_labels_that_shorten_the_methods_dose_labels_share_their_definitions(
    table: tuple[str, str], text: tuple[str, str]
) -> None:
    methods = (
        f"Rats were randomised to sham, vehicle (saline), native vesicles at 200 µg (N-sEV), "
        f"low-dose primed vesicles at 50 µg ({text[0]}) or high-dose primed vesicles at 200 µg ({text[1]})."
    )
    rows = _rows("Sham", "Vehicle", "N-sEV", *table) + _rows("Vehicle", "N-sEV", *text, source="text")
    got = {(r.group, r.source): r.arm for r in design_arms(rows, [methods])}
    assert got[(table[1], "table")] == got[(text[1], "text")] == "treatment"
    assert got[(table[0], "table")] == got[(text[0], "text")] == "other"
    assert got[("N-sEV", "table")] == got[("N-sEV", "text")] == "other"


def test_the_stated_primary_keeps_its_table_name_when_the_methods_name_it_otherwise() -> None:
    methods = (
        "Rats were randomised to sham, vehicle (saline), native vesicles at 200 µg (N-sEV), "
        "low-dose primed vesicles at 50 µg (LD-pEV) or high-dose primed vesicles at 200 µg (HD-pEV); "
        "HD-pEV versus vehicle was the prespecified primary comparison."
    )
    rows = _rows("Sham", "Vehicle", "N-sEV", "L-pEV", "H-pEV") + _rows("HD-pEV", "LD-pEV", source="text")
    got = {(r.group, r.source): r.arm for r in design_arms(rows, [methods])}
    assert got[("H-pEV", "table")] == got[("HD-pEV", "text")] == "treatment"
    assert got[("L-pEV", "table")] == got[("LD-pEV", "text")] == got[("N-sEV", "table")] == "other"


@pytest.mark.parametrize(
    ("title", "groups", "primary", "others"),
    [
        ("Bone marrow MSC exosomes combined with minocycline enhance recovery after compression in rats",
         ("SCI+Vehicle", "Mino", "Exo", "Exo+Mino"), "Exo+Mino", ("Exo", "Mino")),
        ("Umbilical cord MSC vesicles plus riluzole after contusion",
         ("Sham", "PBS", "Rilu", "EV", "EV + Rilu"), "EV + Rilu", ("EV", "Rilu")),
        ("A fibrin hydrogel depot of umbilical cord MSC small extracellular vesicles after hemisection",
         ("Sham", "Vehicle", "Gel", "sEV", "Gel+sEV"), "Gel+sEV", ("sEV", "Gel")),
        ("Exosomes delivered in a collagen scaffold repair the transected rat cord",
         ("Sham", "SCI", "Scaffold", "Exo", "Scaffold-Exo"), "Scaffold-Exo", ("Exo", "Scaffold")),
    ],
)
def test_a_title_naming_the_combination_makes_the_combined_arm_primary(
    title: str, groups: tuple[str, ...], primary: str, others: tuple[str, ...]
) -> None:
    got = {r.group: r.arm for r in design_arms(_rows(*groups), [], title=title)}
    assert got[primary] == "treatment"
    assert all(got[g] == "other" for g in others)


@pytest.mark.parametrize(
    ("title", "groups", "primary", "combined"),
    [
        # "with or without": the vesicles are the product, the drug an add-on tested beside them.
        ("MSC small extracellular vesicles with or without methylprednisolone after contusion",
         ("Sham", "Vehicle", "MP", "sEV", "sEV+MP"), "sEV", "sEV+MP"),
        # No combination in the title: the general rule (vesicles alone beside a combination).
        ("MSC exosomes improve locomotion after spinal cord injury in rats",
         ("Sham", "PBS", "Mino", "Exo", "Exo+Mino"), "Exo", "Exo+Mino"),
    ],
)
def test_without_a_combination_in_the_title_the_vesicles_alone_stay_primary(
    title: str, groups: tuple[str, ...], primary: str, combined: str
) -> None:
    got = {r.group: r.arm for r in design_arms(_rows(*groups), [], title=title)}
    assert got[primary] == "treatment"
    assert got[combined] == "other"


def test_two_carried_vesicle_arms_keep_the_general_rule_for_which_is_primary() -> None:
    # Both vesicle arms sit in the hydrogel: the modified one is the paper's own.
    title = "siPTEN-loaded exosomes in a hyaluronan hydrogel after spinal cord injury"
    got = {
        r.group: r.arm
        for r in design_arms(_rows("SCI", "HA", "Exo", "HA-Exo", "HA-Exo-siPTEN"), [], title=title)
    }
    assert got["HA-Exo-siPTEN"] == "treatment"
    assert got["HA-Exo"] == got["Exo"] == got["HA"] == "other"


@pytest.mark.parametrize(
    ("groups", "sentence", "primary", "others"),
    [
        # A knock-down arm that tests the mechanism, not the paper's product.
        (("Sham", "PBS", "Exo", "Exo-siRab27a"), "Exo versus PBS was the primary comparison.",
         "Exo", ("Exo-siRab27a",)),
        # Free drug beside the drug-loaded vesicles: the free drug is a comparator whatever is said.
        (("Sham", "Vehicle", "Free Cur", "Exo", "Exo-Cur"), "", "Exo-Cur", ("Free Cur", "Exo")),
        (("Sham", "Vehicle", "Cur", "Exo-Cur"), "Exo-Cur versus vehicle was the main comparison.",
         "Exo-Cur", ("Cur",)),
    ],
)
def test_traps_a_modified_arm_that_is_not_the_main_one_and_free_drug(
    groups: tuple[str, ...], sentence: str, primary: str, others: tuple[str, ...]
) -> None:
    got = _arms(_rows(*groups), [sentence] if sentence else [])
    assert got[primary] == "treatment"
    assert all(got[g] == "other" for g in others)
