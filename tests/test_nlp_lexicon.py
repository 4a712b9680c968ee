"""The lexicon normaliser: every way papers write a categorical value maps to the contract's value."""

from __future__ import annotations

import pytest

from miner.contract import ENUMS, LIST_ENUMS
from miner.nlp import LABELS
from miner.nlp.lexicon import lexicon_entries, normalize, regex_matches, source_species


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BMSC", "bone_marrow"),
        ("BMSCs", "bone_marrow"),
        ("BM-MSCs", "bone_marrow"),
        ("BMMSC", "bone_marrow"),
        ("rBMSCs", "bone_marrow"),
        ("bone marrow mesenchymal stem cells", "bone_marrow"),
        ("Bone marrow-derived mesenchymal stromal cells", "bone_marrow"),
        ("hUC-MSCs", "umbilical_cord"),
        ("hUCMSC", "umbilical_cord"),
        ("UC-MSC", "umbilical_cord"),
        ("human umbilical cord mesenchymal stem cells", "umbilical_cord"),
        ("WJ-MSCs", "wharton_jelly"),
        ("Wharton's jelly mesenchymal stem cells", "wharton_jelly"),
        ("Wharton’s jelly MSCs", "wharton_jelly"),
        ("ADSCs", "adipose"),
        ("AD-MSC", "adipose"),
        ("ADMSCs", "adipose"),
        ("adipose-derived stem cells", "adipose"),
        ("hPMSCs", "placenta"),
        ("PMSC", "placenta"),
        ("human placental MSCs", "placenta"),
        ("MenSCs", "menstrual_blood"),
        ("menstrual blood-derived stem cells", "menstrual_blood"),
        ("SHED", "dental_pulp"),
        ("DPSCs", "dental_pulp"),
        ("dental pulp stem cells", "dental_pulp"),
        ("human gingival mesenchymal stem cells", "other"),
        ("BMSC-Exos", "bone_marrow"),
        ("hUCMSC-derived sEVs", "umbilical_cord"),
        ("ADSC-EVs", "adipose"),
        ("MSCs", None),
        ("MSC-Exos", None),
        ("mesenchymal stem cells", None),
        ("fibroblasts", None),
    ],
)
def test_cell_sources(text: str, expected: str | None) -> None:
    assert normalize("CELL_SOURCE", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tail vein", "intravenous"),
        ("via the tail vein", "intravenous"),
        ("caudal vein", "intravenous"),
        ("intravenously", "intravenous"),
        ("Intravenous injection", "intravenous"),
        ("i.v.", "intravenous"),
        ("intrathecally", "intrathecal"),
        ("lumbar puncture", "intrathecal"),
        ("in situ", "intralesional"),
        ("lesion site", "intralesional"),
        ("into the lesion", "intralesional"),
        ("intraperitoneally", "intraperitoneal"),
        ("i.p.", "intraperitoneal"),
        ("intranasally", "intranasal"),
        ("hydrogel", "implanted_biomaterial"),
        ("collagen scaffold", "implanted_biomaterial"),
        ("GelMA hydrogel", "implanted_biomaterial"),
        ("subcutaneously", "subcutaneous"),
        ("orally", None),
    ],
)
def test_routes(text: str, expected: str | None) -> None:
    assert normalize("ROUTE", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("T10", "T10"),
        ("T 10", "T10"),
        ("Th10", "T10"),
        ("T9-10", "T9-T10"),
        ("T9–10", "T9-T10"),
        ("T9–T10", "T9-T10"),
        ("T9/T10", "T9-T10"),
        ("T9 to T10", "T9-T10"),
        ("T13-L1", "T13-L1"),
        ("C5", "C5"),
        ("C4/5", "C4-C5"),
        ("the tenth thoracic vertebra", "T10"),
        ("10th thoracic vertebral level", "T10"),
        ("the ninth and tenth thoracic vertebrae", "T9-T10"),
        ("thoracic vertebrae 9-10", "T9-T10"),
        ("T32", None),
        ("T10-T9", None),
        ("day 10", None),
    ],
)
def test_injury_levels(text: str, expected: str | None) -> None:
    assert normalize("INJURY_LEVEL", text) == expected


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        ("ISOLATION_METHOD", "differential ultracentrifugation", "ultracentrifugation"),
        ("ISOLATION_METHOD", "ExoQuick-TC", "precipitation_kit"),
        ("ISOLATION_METHOD", "ExoQuick", "precipitation_kit"),
        ("ISOLATION_METHOD", "Total Exosome Isolation reagent", "precipitation_kit"),
        ("ISOLATION_METHOD", "qEV", "size_exclusion"),
        ("ISOLATION_METHOD", "size-exclusion chromatography", "size_exclusion"),
        ("ISOLATION_METHOD", "Amicon Ultra-15", "ultrafiltration"),
        ("ISOLATION_METHOD", "Centricon Plus-70", "ultrafiltration"),
        ("ISOLATION_METHOD", "sucrose density gradient", "density_gradient"),
        ("ISOLATION_METHOD", "iodixanol gradient", "density_gradient"),
        ("ISOLATION_METHOD", "tangential flow filtration", "tangential_flow"),
        ("ISOLATION_METHOD", "exosome isolation kit", None),
        ("CHARACTERIZATION", "NanoSight NS300", "NTA"),
        ("CHARACTERIZATION", "ZetaView", "NTA"),
        ("CHARACTERIZATION", "nanoparticle tracking analysis", "NTA"),
        ("CHARACTERIZATION", "transmission electron microscopy", "TEM"),
        ("CHARACTERIZATION", "Western blotting", "western_blot"),
        ("CHARACTERIZATION", "dynamic light scattering", "DLS"),
        ("CHARACTERIZATION", "flow cytometry", "flow_cytometry"),
        ("CHARACTERIZATION", "atomic force microscopy", "AFM"),
        ("MARKER", "CD63", "CD63"),
        ("MARKER", "CD 81", "CD81"),
        ("MARKER", "Tsg101", "TSG101"),
        ("MARKER", "TSG-101", "TSG101"),
        ("MARKER", "ALIX", "Alix"),
        ("MARKER", "Calnexin", "calnexin"),
        ("MARKER", "Hsp70", "HSP70"),
        ("STRAIN", "Sprague Dawley", "Sprague-Dawley"),
        ("STRAIN", "Sprague–Dawley", "Sprague-Dawley"),
        ("STRAIN", "SD", "Sprague-Dawley"),
        ("STRAIN", "Wistar", "Wistar"),
        ("STRAIN", "Long Evans", "Long-Evans"),
        ("STRAIN", "C57BL/6J", "C57BL/6"),
        ("SPECIES", "rats", "rat"),
        ("SPECIES", "mice", "mouse"),
        ("SEX", "Female", "female"),
        ("SEX", "males", "male"),
        ("SEX", "male and female", "both"),
        ("VESICLE", "Exos", "exosome"),
        ("VESICLE", "exosomes", "exosome"),
        ("VESICLE", "sEVs", "sEV"),
        ("VESICLE", "small extracellular vesicles", "sEV"),
        ("VESICLE", "EVs", "EV"),
        ("VESICLE", "BMSC-Exos", "exosome"),
        ("VESICLE", "hUCMSC-sEVs", "sEV"),
        ("VESICLE", "MSC-derived extracellular vesicles", "EV"),
        ("INJURY_MODEL", "contusion", "contusion"),
        ("INJURY_MODEL", "clip compression", "compression"),
        ("INJURY_MODEL", "complete transection", "transection"),
        ("INJURY_MODEL", "lateral hemisection", "hemisection"),
        ("INJURY_MODEL", "ischemia/reperfusion", "ischemia_reperfusion"),
        ("INJURY_DEVICE", "NYU impactor", "NYU impactor"),
        ("INJURY_DEVICE", "New York University impactor", "NYU impactor"),
        ("INJURY_DEVICE", "MASCIS", "MASCIS impactor"),
        ("INJURY_DEVICE", "IH impactor", "Infinite Horizon impactor"),
        ("INJURY_DEVICE", "modified Allen's weight drop", "weight drop"),
        ("INJURY_DEVICE", "aneurysm clip", "aneurysm clip"),
        ("OUTCOME_SCALE", "BBB", "BBB"),
        ("OUTCOME_SCALE", "Basso, Beattie and Bresnahan", "BBB"),
        ("OUTCOME_SCALE", "Basso–Beattie–Bresnahan", "BBB"),
        ("OUTCOME_SCALE", "Basso Mouse Scale", "BMS"),
        ("MODIFICATION", "miR-26a-overexpressing", "miR-26a overexpression"),
        ("MODIFICATION", "overexpressing miR-133b", "miR-133b overexpression"),
        ("MODIFICATION", "miR-21-5p-loaded", "miR-21-5p loading"),
        ("MODIFICATION", "hypoxia-preconditioned", "hypoxic preconditioning"),
        ("MODIFICATION", "hypoxic preconditioning", "hypoxic preconditioning"),
        ("MODIFICATION", "siCTGF-loaded", "siRNA CTGF loading"),
        ("MODIFICATION", "3D-cultured", "3D culture"),
        ("MODIFICATION", "were pretreated", None),
    ],
)
def test_other_labels(label: str, text: str, expected: str | None) -> None:
    assert normalize(label, text) == expected


def test_case_sensitive_abbreviations_do_not_match_ordinary_words() -> None:
    assert normalize("CELL_SOURCE", "SHED") == "dental_pulp"
    assert normalize("CELL_SOURCE", "shed") is None
    assert normalize("OUTCOME_SCALE", "bbb") is None


def test_every_norm_is_in_the_contract_vocabulary() -> None:
    enum_for = {
        "SEX": ENUMS["sex"],
        "CELL_SOURCE": ENUMS["source_tissue"],
        "ROUTE": ENUMS["route"],
        "INJURY_MODEL": ENUMS["injury_model"],
        "ISOLATION_METHOD": LIST_ENUMS["isolation_method"],
    }
    for entry in lexicon_entries():
        assert entry.label in LABELS
        if entry.label in enum_for and entry.norm is not None:
            assert entry.norm in enum_for[entry.label], entry
        if entry.label == "VESICLE":
            assert entry.norm in ("exosome", "sEV", "EV"), entry
        if entry.label == "CHARACTERIZATION":
            assert entry.norm in (*LIST_ENUMS["characterization"], "TRPS", "SEM"), entry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hUC-MSCs", "human"),
        ("human umbilical cord MSCs", "human"),
        ("rBMSCs", "rat"),
        ("rat bone marrow MSCs", "rat"),
        ("mADSCs", "mouse"),
        ("murine BMSCs", "mouse"),
        ("BMSCs", None),
        ("MenSCs", None),
    ],
)
def test_source_species(text: str, expected: str | None) -> None:
    assert source_species(text) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A laminectomy was performed at T10.", [("T10", "INJURY_LEVEL", "T10")]),
        ("Contusion at the T9–10 level.", [("T9–10", "INJURY_LEVEL", "T9-T10")]),
        # Not levels: MRI sequences, figures, complement, without spinal context.
        ("T2-weighted images were acquired of the spinal cord.", []),
        ("Figure S1 shows the spinal cord sections.", []),
        ("Complement C3 was measured in serum.", []),
        (
            "Sprague-Dawley (SD) rats were used; SD rats weighed 250 g.",
            [("SD", "STRAIN", "Sprague-Dawley")],
        ),
        ("Data are mean ± SD of three experiments.", []),
        ("TUNEL in situ hybridization was performed.", []),
        ("Exosomes were injected in situ.", [("in situ", "ROUTE", "intralesional")]),
    ],
)
def test_structured_patterns(text: str, found: list[tuple[str, str, str]]) -> None:
    got = [
        (text[s:e], label, norm) for s, e, label, norm in regex_matches(text) if label != "MARKER"
    ]
    assert got == found
