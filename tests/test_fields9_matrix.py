"""A seventh round of the methods-field matrix: how papers say their vesicles were (or were
not) modified, how they name the injury and its device, how they isolated the vesicles and
where they put them, each with traps that must keep the study's value or stay empty.

Same shape as ``_fields_matrix``: each case is a short document written for this test (no
sample paper's sentence); ``expected`` is what a reviewer would enter and ``cue`` a piece
of text the evidence quote must contain. The conventions follow the extraction sheet and
what most tune golds do: a hydrogel that carries native vesicles is the route, not a
modification; a hemisection's or transection's scissors are no injury device; a
pre-concentration step (Amicon, TFF) belongs to the isolation.
"""

from __future__ import annotations

from typing import Any

import pytest
from _fields import rules_nlp
from _fields_matrix import (
    ANIMALS,
    CULTURE,
    INJURY,
    ISOLATION,
    TREATMENT,
    Case,
    Part,
    S,
    _case,
    case_params,
    check_case,
    methods,
)

# ----------------------------------------------------------------------------- modification


def _mod(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None,
         before: tuple[Part, ...] = (), treatment: str = TREATMENT) -> Case:
    parts = before + methods(ANIMALS, INJURY, CULTURE + " " + sentence, ISOLATION, treatment)
    return _case(id_, "modification", parts, expected, cue, xfail)


MODIFICATION = [
    # native vesicles, said many ways
    _mod("naive-vesicles", "Naive exosomes from these cells were used in every experiment.", "none", "Naive"),
    _mod("unmodified-hyphen-name", "Unmodified hUC-MSC-Exos were given to the treatment group.", "none",
         "Unmodified"),
    _mod("wild-type-parents", "Exosomes were collected from wild-type MSCs at passage 4.", "none", "wild-type"),
    _mod("non-engineered", "Non-engineered sEVs were used throughout the study.", "none", "Non-engineered"),
    _mod("untreated-parents", "Vesicles were isolated from untreated MSCs without any priming.", "none",
         "untreated"),
    _mod("no-list-applied", "No loading, transfection or preconditioning was performed.", "none", "No loading"),
    _mod("vesicles-were-not-modified", "The exosomes were not modified in any way before injection.", "none",
         "not modified"),
    # silent: culture words that are no modification
    _mod("silent-co2", "The cells were kept at 37 °C in a humidified incubator with 5% CO2.", None),
    _mod("silent-normoxia", "The MSCs were cultured under normoxia (21% O2) until 80% confluence.", None),
    _mod("silent-hydrogel-carrier", "For delivery, the exosomes were embedded in a GelMA hydrogel.", None),
    _mod("native-in-hydrogel", "Native exosomes were mixed into a hyaluronan hydrogel before implantation.",
         "none", "Native"),
    # loaded cargo
    _mod("sonication-drug", "Exosomes were mixed with curcumin and sonicated (six 30-s pulses) to load the drug.",
         "curcumin loading", "curcumin"),
    _mod("incubation-mirna", "Purified exosomes and cholesterol-conjugated miR-133b were incubated at 37 °C "
         "for 1 h to load the miRNA.", "miR-133b loading", "miR-133b"),
    _mod("electroporation-sirna", "siRNA against NOX2 was loaded into the vesicles by electroporation.",
         "siRNA NOX2 loading", "NOX2"),
    _mod("parent-plasmid-gene", "The MSCs were transfected with a plasmid encoding BDNF 48 h before the "
         "conditioned medium was collected.", "BDNF overexpression", "BDNF"),
    _mod("parent-lentivirus-knockdown", "The MSCs were transduced with a lentivirus carrying shRNA against "
         "PTEN before exosome collection.", "PTEN knockdown", "PTEN"),
    # preconditioned parent cells
    _mod("hypoxia-percent", "The MSCs were cultured at 1% O2 for 48 h before the conditioned medium was "
         "harvested.", "hypoxic preconditioning", "1% O2"),
    _mod("cytokine-primed", "The MSCs were primed with IFN-γ (50 ng/mL) for 24 h prior to exosome isolation.",
         "IFN-γ preconditioning", "IFN-γ"),
    _mod("drug-pretreated", "Before exosome collection the MSCs were pretreated with 10 µM melatonin for 48 h.",
         "melatonin preconditioning", "melatonin"),
    _mod("supplemented-abbrev", "The medium was supplemented with lipopolysaccharide (LPS, 1 µg/mL) for 24 h "
         "before the supernatant was collected.", "LPS preconditioning", "LPS"),
    # surface display
    _mod("displayed-peptide-on-vesicles", "We displayed a neuron-targeting peptide (RVG) on the vesicles by "
         "fusing it to Lamp2b in the parent cells.", "RVG peptide surface display (Lamp2b fusion)", "RVG"),
    _mod("peptide-qualifier-displayed", "The IKVAV laminin-derived peptide was displayed on the exosome surface "
         "through a DSPE-PEG anchor.", "IKVAV peptide surface display", "IKVAV"),
    _mod("peptide-anchored-membrane", "The lesion-binding CAQK peptide was anchored in the exosome membrane "
         "with a DSPE-PEG linker.", "CAQK peptide surface display", "CAQK"),
    _mod("aptamer-functionalised", "The exosomes were functionalised with the AS1411 aptamer by click chemistry.",
         "AS1411 aptamer surface display", "AS1411"),
    # a modified arm beside a native one: the main arm decides
    _mod("modified-beside-native", "Native exosomes served as a comparator, and exosomes from MSCs transfected "
         "with miR-21 mimics formed the treatment arm.", "miR-21 overexpression", "miR-21"),
    _mod("display-beside-native-gel", "The RGD peptide was displayed on the sEV surface; native sEVs in the same "
         "gel served as the comparison.", "RGD peptide surface display", "RGD"),
]

# ----------------------------------------------------------------------------- injury_device


def _dev(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None) -> Case:
    parts = methods(ANIMALS, sentence, CULTURE, ISOLATION, TREATMENT)
    return _case(id_, "injury_device", parts, expected, cue, xfail)


NYU, MASCIS, IHI, WD, CLIP = "NYU impactor", "MASCIS impactor", "Infinite Horizon impactor", "weight drop", \
    "aneurysm clip"
OSU, LISA, BALLOON = "OSU impactor", "LISA impactor", "balloon catheter"

INJURY_DEVICE = [
    _dev("weight-dropped-from", "After a T10 laminectomy, a 10-g weight was dropped from 25 mm onto the exposed "
         "cord to produce a contusion.", WD, "dropped"),
    _dev("allen-apparatus", "A contusion was produced at T10 with a modified Allen's weight-drop apparatus "
         "(10 g × 50 mm).", WD, "Allen"),
    _dev("clip-closing-force", "The cord was compressed at T9 for 1 min with an aneurysm clip with a closing "
         "force of 30 g.", CLIP, "aneurysm clip"),
    _dev("clip-brand", "A compression injury was made at T10 with a modified Kerr-Lougheed aneurysm clip "
         "(20 g, 60 s).", CLIP, "aneurysm clip"),
    _dev("osu-spelled-out", "A contusion was made at T9 with the Ohio State University (OSU) electromagnetic "
         "spinal cord injury device.", OSU, "OSU"),
    _dev("lisa-spelled-out", "The cord was injured at T10 with the Louisville Injury System Apparatus (LISA), "
         "0.8 mm displacement.", LISA, "Louisville"),
    _dev("ih-force-first", "A 200-kdyn force was applied at T10 with the Infinite Horizon device (Precision "
         "Systems and Instrumentation).", IHI, "Infinite Horizon"),
    _dev("mascis-rod", "A MASCIS impactor rod (10 g) was released from 12.5 mm onto the dura at T10.", MASCIS,
         "MASCIS"),
    _dev("nyu-device-ii", "Contusion at T10 was produced with the NYU device (Model II) at 25 mm height.", NYU,
         "NYU"),
    _dev("balloon-epidural", "A 2-French Fogarty balloon catheter was inflated in the epidural space at T10 "
         "for 5 min.", BALLOON, "balloon"),
    # conventions of the tune golds: a cut's instrument is no device
    _dev("hemisection-microscissors", "A right T10 hemisection was made with microscissors under a microscope.",
         None),
    _dev("transection-iridectomy", "The cord was completely transected at T10 with iridectomy scissors.", None),
    # trap: the introduction names another device; the methods' own device wins
    _case("intro-other-device", "injury_device",
          ((S.INTRODUCTION, "Most earlier studies contused the cord with the NYU impactor."),)
          + methods(ANIMALS, "A 150-kdyn contusion was delivered at T10 with the Infinite Horizon impactor.",
                    CULTURE, ISOLATION, TREATMENT), IHI, "Infinite Horizon"),
]

# ----------------------------------------------------------------------------- injury_model


def _model(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None) -> Case:
    parts = methods(ANIMALS, sentence, CULTURE, ISOLATION, TREATMENT)
    return _case(id_, "injury_model", parts, expected, cue, xfail)


INJURY_MODEL = [
    _model("contused", "The exposed cord at T10 was contused with a 10-g rod from 25 mm.", "contusion", "contused"),
    _model("impact-injury", "A moderate impact injury (200 kdyn) was delivered at T10.", "contusion", "impact"),
    _model("clip-compression", "The cord was compressed for 60 s with an aneurysm clip at T9.", "compression",
           "compressed"),
    _model("complete-transection", "The cord was completely transected at T10 and a 2-mm segment removed.",
           "transection", "transected"),
    _model("hemisected", "The left half of the cord was cut at T10 (lateral hemisection).", "hemisection",
           "hemisection"),
    _model("aortic-occlusion", "Spinal cord ischaemia was induced by occluding the abdominal aorta for 60 min "
           "followed by reperfusion.", "ischemia_reperfusion", "reperfusion"),
]

# ----------------------------------------------------------------------------- isolation


def _iso(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None,
         extra: tuple[str, ...] = ()) -> Case:
    parts = methods(ANIMALS, INJURY, *extra, CULTURE + " " + sentence, TREATMENT)
    return _case(id_, "isolation_method", parts, frozenset(expected) if expected else None, cue, xfail)


def _isod(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None,
          extra: tuple[str, ...] = ()) -> Case:
    parts = methods(ANIMALS, INJURY, *extra, CULTURE + " " + sentence, TREATMENT)
    return _case(id_, "isolation_detail", parts, expected, cue, xfail)


UC, DG, UF, SEC, KIT, IA, TFF = "ultracentrifugation", "density_gradient", "ultrafiltration", "size_exclusion", \
    "precipitation_kit", "immunoaffinity", "tangential_flow"

ISOLATION_CASES = [
    _iso("tff-then-uc", "The medium was concentrated by tangential flow filtration (500 kDa) and then "
         "ultracentrifuged at 120,000 × g for 90 min.", [TFF, UC], "tangential flow"),
    _iso("amicon-then-qev", "The medium was concentrated on Amicon Ultra-15 filters (100 kDa) and run over "
         "qEVoriginal columns.", [UF, SEC], "Amicon"),
    _iso("kit-precipitation", "Vesicles were precipitated with Total Exosome Isolation reagent (Invitrogen) "
         "overnight at 4 °C.", [KIT], "Total Exosome Isolation"),
    _iso("immunobeads", "Exosomes were captured on anti-CD63 magnetic beads.", [IA], "CD63"),
    _iso("sepharose-column", "Vesicles were separated on a Sepharose CL-2B column after a 10,000 × g clearing "
         "spin.", [SEC], "Sepharose"),
    _iso("depleted-fbs-trap", "Vesicles were then isolated with ExoQuick-TC (System Biosciences) as the maker "
         "directs.", [KIT], "ExoQuick",
         extra=("Exosome-depleted FBS was prepared by ultracentrifugation of FBS at 120,000 × g overnight.",)),
    # the serum named only as the medium's content: the sentence is still the isolation's
    _iso("depleted-serum-in-medium", "Medium (with exosome-depleted FBS) was collected after 48 h and the "
         "vesicles were precipitated with ExoQuick-TC overnight.", [KIT], "ExoQuick"),
    _iso("serum-depleted-then-kit", "Vesicles were then isolated with Total Exosome Isolation reagent.", [KIT],
         "Total Exosome",
         extra=("FBS was depleted of bovine vesicles by ultracentrifugation at 100,000 × g for 18 h.",)),
    _isod("detail-tff-then-uc", "The medium was concentrated by tangential flow filtration (300 kDa) and "
          "pelleted at 110,000 × g for 2 h.", "tangential flow filtration 300 kDa; 110,000 g 2 h", "110"),
    _isod("detail-amicon-qev", "The medium was concentrated on 100 kDa Amicon Ultra-15 filters and loaded on "
          "qEVoriginal/70 nm columns.", "Amicon Ultra-15 100 kDa; qEVoriginal/70 nm", "Amicon"),
    _isod("detail-kit", "Exosomes were precipitated with ExoQuick-TC (System Biosciences) overnight.",
          "ExoQuick-TC", "ExoQuick"),
    _isod("detail-depleted-fbs-trap", "Vesicles were then isolated with ExoQuick-TC as the maker directs.",
          "ExoQuick-TC", "ExoQuick",
          extra=("Exosome-depleted FBS was prepared by ultracentrifugation of FBS at 120,000 × g overnight.",)),
]

# ----------------------------------------------------------------------------- route_detail


def _rd(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None) -> Case:
    parts = methods(ANIMALS, INJURY, CULTURE, ISOLATION, sentence)
    return _case(id_, "route_detail", parts, expected, cue, xfail)


ROUTE_DETAIL = [
    _rd("lateral-tail-vein", "Exosomes (100 µg in 0.5 mL PBS) were injected into a lateral tail vein 1 h after "
        "injury.", "tail vein", "tail vein"),
    _rd("caudal-vein", "Each rat received 200 µg of exosomes through the caudal vein on day 1.", "tail vein",
        "caudal vein"),
    _rd("jugular-catheter", "Exosomes (200 µg) were infused through the right jugular vein.", "jugular vein",
        "jugular"),
    _rd("lumbar-puncture", "Exosomes (20 µg in 10 µL) were injected intrathecally by lumbar puncture between L5 "
        "and L6.", "lumbar puncture", "lumbar puncture"),
    _rd("lesion-epicentre", "Exosomes (5 µg in 2 µL) were microinjected into the lesion epicentre with a glass "
        "pipette.", "lesion site", "epicentre"),
    _rd("hydrogel-implant", "Exosomes (50 µg) in a fibrin hydrogel were placed over the lesion.", "hydrogel",
        "hydrogel"),
    _rd("intranasal-nostrils", "Exosomes (30 µg in 20 µL) were given intranasally, 10 µL into each nostril.",
        "nasal", "nostril"),
    _rd("femoral-vein", "Exosomes (150 µg) were injected via the femoral vein 24 h after injury.", "femoral vein",
        "femoral"),
]

CASES: list[Case] = MODIFICATION + INJURY_DEVICE + INJURY_MODEL + ISOLATION_CASES + ROUTE_DETAIL

# Cases the mechanisms do not read yet: id -> reason (kept strict, so a fix shows up).
XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return rules_nlp()


def test_ids_are_unique() -> None:
    keys = [f"{c.field_name}-{c.id}" for c in CASES]
    assert len(keys) == len(set(keys))
    assert set(XFAIL) <= set(keys)


def _check(nlp: Any, case: Case) -> None:
    """``check_case``, with isolation_detail compared as ``miner eval`` compares it: by the
    parameters the label states (g-force, time, cut-off, kit and column), not its wording."""
    if case.field_name != "isolation_detail":
        check_case(nlp, case)
        return
    from _fields import section_doc

    from miner.evaluate._labels import labels_match
    from miner.extract.fields import extract_fields

    fv = extract_fields(section_doc(*case.parts), nlp).get(case.field_name)
    got = None if fv is None else fv.value
    assert got is not None and labels_match("isolation_detail", str(got), str(case.expected)), (
        f"got {got!r}, expected {case.expected!r}"
    )
    assert fv is not None and 0 < fv.confidence <= 1
    assert case.cue is None or case.cue in " ".join(e.quote for e in fv.evidence)


@pytest.mark.parametrize("case", case_params(CASES, XFAIL))
def test_field_reads_as_methods_write_it(nlp: Any, case: Case) -> None:
    _check(nlp, case)
