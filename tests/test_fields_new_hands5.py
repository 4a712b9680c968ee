"""Methods fields, second wave: vesicle size and dose in the many shapes papers write
them, and the mechanisms three new hands' papers showed missing.

Every case is a short methods section written for this test (no sample paper's
sentence), built on the neutral context of ``_fields_matrix``. ``expected`` is what a
reviewer would enter; a trap's ``expected`` is ``None`` (the field stays empty) or the
study's own value that the lookalike must not displace. ``cue`` must appear in the
evidence quote.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from _fields import rules_nlp, section_doc
from _fields_matrix import ANIMALS, CULTURE, INJURY, ISOLATION, TREATMENT, Case, methods

from miner.extract.fields import extract_fields
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return rules_nlp()


def _run(nlp: Any, parts: Any) -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_fields(section_doc(*parts), nlp)


def _check(nlp: Any, case: Case, same: Any = None) -> None:
    fv = _run(nlp, case.parts).get(case.field_name)
    got = None if fv is None else fv.value
    if case.expected is None or got is None:
        assert got is case.expected, f"got {got!r}, expected {case.expected!r}"
    else:
        assert (same or (lambda a, b: a == b))(got, case.expected), f"got {got!r}, expected {case.expected!r}"
    if fv is not None:
        assert fv.evidence and fv.evidence[0].quote and 0 < fv.confidence <= 1
        if case.cue:
            assert case.cue in " ".join(e.quote for e in fv.evidence), fv.evidence[0].quote


# ----------------------------------------------------------------------------- size_nm


def _size(id_: str, sentence: str, expected: Any, cue: str | None = None) -> Case:
    return Case(id_, "size_nm", methods(ANIMALS, INJURY, CULTURE, ISOLATION, sentence, TREATMENT), expected, cue)


def _nm(value: float | None, low: float | None = None, high: float | None = None, stat: str | None = None,
        method: str | None = None) -> dict[str, Any]:
    return {"value": value, "low": low, "high": high, "stat": stat, "method": method}


SIZES = [
    _size("nta-mean-sd", "NTA showed a mean diameter of 121.3 ± 8.2 nm.", _nm(121.3, stat="mean", method="NTA"),
          "121.3"),
    _size("nta-modal-spelled", "Nanoparticle tracking analysis revealed a modal size of 98 nm.",
          _nm(98, stat="mode", method="NTA"), "98 nm"),
    _size("nta-peak", "The exosome size distribution peaked at 112 nm by NTA.", _nm(112, stat="mode", method="NTA"),
          "112"),
    _size("nta-median", "The exosomes had a median diameter of 104 nm as measured by NTA (NanoSight NS300).",
          _nm(104, stat="median", method="NTA"), "104"),
    _size("nta-mean-with-range", "NTA showed that the exosomes had a mean diameter of 131.5 nm, ranging from 60 "
          "to 240 nm.", _nm(131.5, 60, 240, "mean", "NTA"), "131.5"),
    _size("nta-next-sentence", "Size was measured by NTA. The mean particle size was 127.4 nm.",
          _nm(127.4, stat="mean", method="NTA"), "127.4"),
    _size("tem-range-dash", "TEM showed cup-shaped vesicles 40–120 nm in diameter.", _nm(None, 40, 120, None, "TEM"),
          "40–120"),
    _size("tem-ranging-from", "Under TEM the exosomes were round, with diameters ranging from 30 to 150 nm.",
          _nm(None, 30, 150, None, "TEM"), "30 to 150"),
    _size("tem-approximately", "The isolated exosomes were approximately 100 nm in diameter by TEM.",
          _nm(100, method="TEM"), "100 nm"),
    _size("dls-z-average", "DLS gave a z-average diameter of 135.6 nm.", _nm(135.6, stat="mean", method="DLS"),
          "135.6"),
    _size("dls-hydrodynamic", "Dynamic light scattering showed an average hydrodynamic diameter of 142 nm "
          "(PDI 0.21).", _nm(142, stat="mean", method="DLS"), "142"),
    # --- traps: textbook ranges and other particles are not the study's vesicles
    _size("trap-textbook", "Exosomes are small vesicles of 30–150 nm released by most cells.", None),
    _size("trap-microvesicles-removed", "Microvesicles (100–1000 nm) were removed by filtration through "
          "0.22 µm filters.", None),
    _size("trap-control-liposomes", "The liposomes used as controls measured 150 nm by DLS.", None),
    _size("trap-calibration-beads", "Polystyrene beads (100 nm) were used to calibrate the NanoSight; the "
          "exosomes had a modal size of 118 nm.", _nm(118, stat="mode", method="NTA"), "118"),
    _size("trap-larger-vesicles-after", "NTA showed that exosomes were smaller (mean 95 nm) than the "
          "microvesicles (mean 350 nm).", _nm(95, stat="mean", method="NTA"), "95 nm"),
]


def _same_size(got: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(got.get(k) == (pytest.approx(v) if isinstance(v, float) else v) for k, v in expected.items())


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in SIZES])
def test_size_reads_as_papers_write_it(nlp: Any, case: Case) -> None:
    _check(nlp, case, _same_size)


# ----------------------------------------------------------------------------- dose


def _dose(id_: str, sentence: str, expected: Any, cue: str | None = None, before: str = "") -> Case:
    texts = (ANIMALS, INJURY, CULTURE, ISOLATION) + ((before,) if before else ()) + (sentence,)
    return Case(id_, "dose", methods(*texts), expected, cue)


def _d(amount: float, unit: str, volume: float | None = None, basis: str | None = None) -> dict[str, Any]:
    return {"amount": amount, "unit": unit, "volume_ul": volume, "basis": basis}


DOSES = [
    _dose("ug-protein-in-volume", "Exosomes (200 µg of protein in 200 µL PBS) were injected via the tail vein "
          "30 min after injury.", _d(200, "ug", 200, "protein"), "200 µg"),
    _dose("ug-per-kg", "Rats received 100 µg/kg exosomes via the tail vein 1 h after injury.",
          _d(100, "ug_per_kg", None, "protein"), "100 µg/kg"),
    _dose("dose-of-per-kg-body-weight", "Exosomes at a dose of 400 µg/kg body weight were injected via the tail "
          "vein 1 h after injury.", _d(400, "ug_per_kg", None, "protein"), "400 µg/kg"),
    _dose("mg-per-kg", "Exosomes (5 mg/kg) were injected intraperitoneally 24 h after injury.",
          _d(5, "mg_per_kg", None, "protein"), "5 mg/kg"),
    _dose("particles-times-ten-caret", "Each rat received 1 × 10^10 particles of exosomes via the tail vein 1 h "
          "after injury.", _d(1e10, "particles", None, "particles"), "10^10"),
    _dose("particles-e-notation", "Each rat was given 2.5E10 exosome particles intravenously 1 h after injury.",
          _d(2.5e10, "particles", None, "particles"), "2.5E10"),
    _dose("particles-bare-power", "Exosomes (10^9 particles in 10 µl) were injected into the lesion epicentre "
          "immediately after injury.", _d(1e9, "particles", 10, "particles"), "10^9"),
    _dose("particles-superscript", "Exosomes (1.5 × 10¹⁰ particles) were injected via the tail vein 1 h after "
          "injury.", _d(1.5e10, "particles", None, "particles"), "10¹⁰"),
    _dose("volume-first", "A volume of 200 µl containing 50 µg exosomes was injected via the tail vein after "
          "injury.", _d(50, "ug", 200, "protein"), "50 µg"),
    _dose("small-volume-intrathecal", "Exosomes (40 µg in 10 µL) were injected intrathecally 24 h after injury.",
          _d(40, "ug", 10, "protein"), "40 µg"),
    _dose("cell-equivalents", "Exosomes derived from 1 × 10^6 MSCs were injected via the tail vein 1 h after "
          "injury.", _d(1e6, "cells_equivalent"), "10^6"),
    # --- traps: doses given to cells in a dish are not the animals' dose
    _dose("trap-in-vitro-only", "Rats received exosomes via the tail vein 1 h after injury.", None,
          before="PC12 cells were treated with exosomes (50 µg/mL) for 24 h."),
    _dose("trap-in-vitro-beside-animal", "Rats received 100 µg exosomes via the tail vein 1 h after injury.",
          _d(100, "ug", None, "protein"), "100 µg",
          before="Microglia were incubated with 20 µg/ml exosomes for 12 h."),
    _dose("trap-no-amount", "Rats received exosomes via the tail vein 1 h after injury.", None),
]


def _same_dose(got: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(got.get(k) == (pytest.approx(v) if isinstance(v, float) else v) for k, v in expected.items())


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in DOSES])
def test_dose_reads_as_papers_write_it(nlp: Any, case: Case) -> None:
    _check(nlp, case, _same_dose)


# ----------------------------------------------------------------------------- characterization: blotted for


def _char(id_: str, sentence: str, expected: bool) -> Case:
    return Case(id_, "characterization", methods(ANIMALS, INJURY, CULTURE, ISOLATION, sentence, TREATMENT),
                expected)


BLOTS = [
    _char("blotted-for", "Vesicles were imaged by TEM, sized by NTA and blotted for CD63, CD81 and Alix.", True),
    _char("blotted-against", "Exosome lysates were blotted against CD9, TSG101 and calnexin.", True),
    _char("immunoblotted", "Exosomes were immunoblotted for CD9 and CD63.", True),
    _char("probed-by-western", "Exosomal CD63 and TSG101 were probed by western blotting.", True),
    # the filter paper blots a TEM grid dry; no western blot was done
    _char("trap-grid-blotted-dry", "Exosomes on copper grids were stained with uranyl acetate, blotted dry "
          "with filter paper and imaged by TEM; CD63-positive vesicles were seen.", False),
    _char("trap-tissue-blot", "Spinal cord lesion tissue was blotted for CD63 and GFAP.", False),
]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in BLOTS])
def test_western_blot_as_a_verb(nlp: Any, case: Case) -> None:
    fv = _run(nlp, case.parts).get("characterization")
    got = "western_blot" in (fv.value if fv else [])
    assert got is case.expected, None if fv is None else fv.value


# ----------------------------------------------------------------------------- frequency: a second dose later


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (("Exosomes (50 µg in 300 µl) were injected via the tail vein 1 h after injury, with a second identical "
         "injection 24 h later."), {"doses": 2, "interval_h": 24}),
        (("Exosomes (50 µg) were injected via the tail vein 1 h after injury, followed by a second intravenous "
         "injection 24 h later."), {"doses": 2, "interval_h": 24}),
        (("Exosomes (50 µg) were injected via the tail vein 1 h after injury and a second equal dose was given "
         "3 days later."), {"doses": 2, "interval_h": 72}),
        (("Exosomes (50 µg) were injected via the tail vein 1 h after injury, and a second booster injection "
         "followed 7 days later."), None),  # "followed" sits between: not read, stays what the rest says
    ],
    ids=["second-identical", "second-intravenous", "second-equal-dose", "booster-followed"],
)
def test_a_second_described_dose(nlp: Any, sentence: str, expected: Any) -> None:
    fv = _run(nlp, methods(ANIMALS, INJURY, CULTURE, ISOLATION, sentence)).get("frequency")
    if expected is None:
        assert fv is None or fv.value != {"doses": 2, "interval_h": 168}
    else:
        assert fv is not None and fv.value == expected


def test_a_second_group_is_not_a_second_dose(nlp: Any) -> None:
    sentence = ("Exosomes (50 µg) were injected via the tail vein 1 h after injury; a second group of rats "
                "received a saline injection 24 h later.")
    fv = _run(nlp, methods(ANIMALS, INJURY, CULTURE, ISOLATION, sentence)).get("frequency")
    assert fv is None or fv.value.get("doses") != 2


# ----------------------------------------------------------------------------- route: the carrier is the route


def _route(id_: str, sentence: str, expected: str, cue: str) -> Case:
    return Case(id_, "route", methods(ANIMALS, INJURY, CULTURE, ISOLATION, sentence), expected, cue)


CARRIERS = [
    _route("gel-injected-epicentre", "Thirty minutes after injury, 15 µl of hydrogel carrying 40 µg exosomes was "
           "injected into the lesion epicentre, where it set in situ.", "implanted_biomaterial", "hydrogel"),
    _route("loaded-gel-into-lesion", "The exosome-loaded GelMA hydrogel (10 µl) was injected into the lesion site "
           "immediately after injury.", "implanted_biomaterial", "GelMA"),
    _route("scaffold-into-lesion", "A collagen scaffold soaked with exosomes was placed into the lesion gap after "
           "transection.", "implanted_biomaterial", "scaffold"),
    _route("gel-applied-intralesional", "Exosomes suspended in a fibrin gel were delivered intralesionally right "
           "after injury.", "implanted_biomaterial", "fibrin gel"),
    # --- trap: no carrier used, the lesion site is the route
    _route("trap-no-hydrogel", "Exosomes (5 µl, without any hydrogel) were injected into the lesion epicentre "
           "immediately after injury.", "intralesional", "epicentre"),
    _route("trap-plain-intralesional", "Exosomes (5 µl) were injected into the lesion epicentre immediately after "
           "injury.", "intralesional", "epicentre"),
]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CARRIERS])
def test_a_carrier_at_the_lesion_is_an_implanted_biomaterial(nlp: Any, case: Case) -> None:
    _check(nlp, case)


# ----------------------------------------------------------------------------- modification: native parents


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes were collected from unmodified hADSCs and pelleted by ultracentrifugation.",
        "Exosomes were isolated from wild-type BMSCs of the same passage.",
        "The vesicles were obtained from naive human umbilical cord MSCs.",
        "EVs were harvested from non-transfected parental cells.",
    ],
    ids=["collected-unmodified", "isolated-wild-type", "obtained-naive", "harvested-non-transfected"],
)
def test_vesicles_from_unchanged_parents_are_native(nlp: Any, sentence: str) -> None:
    fv = _run(nlp, methods(ANIMALS, INJURY, CULTURE, sentence, ISOLATION, TREATMENT)).get("modification")
    assert fv is not None and fv.value == "none"
    assert "from" in fv.evidence[0].quote


def test_native_parents_do_not_override_a_stated_modification(nlp: Any) -> None:
    parts = methods(ANIMALS, INJURY, CULTURE + " MSCs were transfected with miR-133b mimics before collection.",
                    "Control exosomes were collected from unmodified MSCs.", ISOLATION, TREATMENT)
    fv = _run(nlp, parts).get("modification")
    assert fv is not None and fv.value != "none"


# ----------------------------------------------------------------------------- a heading the PDF kept as a paragraph

ASSAYS = ("Particle size was measured by nanoparticle tracking analysis. Morphology was examined by "
          "transmission electron microscopy.")


def _doc(*blocks: tuple[BlockKind, str]) -> Any:
    """A methods section of (kind, text) blocks; the neutral context opens it."""
    opening = section_doc(*methods(ANIMALS, INJURY, CULTURE, ISOLATION)).blocks
    rest = [Block(text=t, page=1, section=SectionKind.METHODS, kind=k) for k, t in blocks]
    rest.append(Block(text=TREATMENT, page=1, section=SectionKind.METHODS, kind=BlockKind.PARAGRAPH))
    return ParsedDocument(source="n.xml", format="jats", pages=None, blocks=[*opening, *rest], metadata={})


def _has_tem(nlp: Any, doc: Any) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fv = extract_fields(doc, nlp).get("characterization")
    return fv is not None and "TEM" in fv.value


@pytest.mark.parametrize(
    "heading",
    ["sEV characterization", "Characterisation of exosomes", "2.5 Exosome identification", "EV characterisation"],
)
def test_a_vesicle_heading_kept_as_a_paragraph_still_heads_its_section(nlp: Any, heading: str) -> None:
    # a real heading over an unrelated section, then the subheading the PDF lost
    doc = _doc((BlockKind.HEADING, "Animals and surgery"), (BlockKind.PARAGRAPH, heading),
               (BlockKind.PARAGRAPH, ASSAYS))
    assert _has_tem(nlp, doc)


@pytest.mark.parametrize("heading", ["Histology of the spinal cord", "2.7 Immunofluorescence", "Cell viability assay"])
def test_a_non_vesicle_heading_kept_as_a_paragraph_closes_the_vesicle_section(nlp: Any, heading: str) -> None:
    doc = _doc((BlockKind.HEADING, "Exosome preparation"), (BlockKind.PARAGRAPH, heading),
               (BlockKind.PARAGRAPH, ASSAYS))
    assert not _has_tem(nlp, doc)


def test_a_vesicle_heading_still_heads_its_paragraphs(nlp: Any) -> None:
    doc = _doc((BlockKind.HEADING, "Exosome characterisation"), (BlockKind.PARAGRAPH, ASSAYS))
    assert _has_tem(nlp, doc)


# ----------------------------------------------------------------------------- mechanism: a finding is not a means

RESULTS_LINE = (SectionKind.RESULTS, "BBB scores were higher in the exosome group at day 28.")


def _mechanism(nlp: Any, *parts: tuple[SectionKind, str]) -> Any:
    fv = _run(nlp, methods(ANIMALS, INJURY, CULTURE, ISOLATION, TREATMENT) + (RESULTS_LINE, *parts)).get("mechanism")
    return None if fv is None else fv.value


@pytest.mark.parametrize(
    "observed, interpreted, expected",
    [
        ("We found that three injections of the exosomes reduced pyroptosis and improved hindlimb function.",
         "These data indicate that the exosomes exert neuroprotection by inhibiting NLRP3 inflammasome activation.",
         "NLRP3"),
        ("We showed that the vesicles lowered apoptosis and improved locomotion.",
         "Our results suggest that the vesicles act by suppressing TLR4/NF-κB signalling in microglia.",
         "TLR4"),
        ("Our study demonstrated that exosome treatment reduced inflammation and improved recovery.",
         ("Taken together, the data indicate that the exosomes shift macrophages toward the M2 phenotype through "
         "STAT6 activation."), "STAT6"),
    ],
    ids=["found-vs-indicate", "showed-vs-suggest", "demonstrated-vs-indicate"],
)
def test_an_interpreted_means_beats_an_observed_finding(
    nlp: Any, observed: str, interpreted: str, expected: str
) -> None:
    # the observation opens the discussion (where claims weigh most); the interpretation
    # sits in the results
    got = _mechanism(nlp, (SectionKind.RESULTS, interpreted), (SectionKind.DISCUSSION, observed))
    assert got is not None and expected in got, got


@pytest.mark.parametrize(
    "sentence, kept, dropped",
    [
        (("The vesicles raised phospho-S6 in spinal neurons, consistent with mTOR activation, and increased "
         "serotonergic fibres below the lesion."), "mTOR activation", "serotonergic"),
        (("Exosome treatment lowered p-STAT3 in astrocytes, consistent with reduced JAK2/STAT3 signalling, and "
         "preserved white matter."), "JAK2/STAT3", "white matter"),
        ("The exosomes lowered cleaved caspase-3, pointing to inhibition of apoptosis, and improved the BBB score.",
         "apoptosis", "BBB"),
    ],
    ids=["consistent-with-and-increased", "consistent-with-and-preserved", "pointing-to-and-improved"],
)
def test_the_next_finding_after_comma_and_ends_the_mechanism(nlp: Any, sentence: str, kept: str, dropped: str) -> None:
    got = _mechanism(nlp, (SectionKind.DISCUSSION, sentence))
    assert got is not None and kept in got and dropped not in got, got
