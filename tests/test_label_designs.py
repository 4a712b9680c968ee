"""Label fields in the study designs and reporting habits of more labs.

Each sentence was written for this test (none from a sample paper or a seed) and is
run end to end through ``extract_document`` with the shipped NLP pipeline on a small
document, as in ``test_label_generalise``. What is pinned down:

* ``modification`` is ``none`` where the vesicles are said to be native in a predicate
  ("the exosomes were native", "were not modified in any way") or by a list of the
  ways they were not changed ("no loading, transfection or priming was performed");
* ``characterization`` keeps TEM after "negative staining" (a TEM preparation) and
  leaves out flow cytometry of the parent MSCs' phenotype;
* ``source_species`` from donor animals whose strain is typeset with an en dash;
* ``injury_level`` where a balloon compresses the cord at a level reached through a
  laminotomy at another one;
* ``injury_device`` ``aortic cross-clamp`` for ischaemia by clamping the aorta;
* ``route_detail`` where the vesicles are "either preparation";
* ``mechanism`` stated as a subject the paper's data bear out, as a means of recovery,
  or as what the effect was linked to.

The traps beside them must stay empty or keep the right value.
"""

from __future__ import annotations

from typing import Any

import pytest
from _fields import Part, field_value, load_nlp

from miner.evaluate._labels import FREE_TEXT_FIELDS, labels_match
from miner.parse.model import SectionKind

S = SectionKind



@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def value(nlp: Any, field: str, parts: list[Part]) -> Any:
    """The value of ``field`` from the title plus ``parts`` (a bare string is methods)."""
    return field_value(nlp, field, parts)


def assert_states(field: str, got: Any, expected: str) -> None:
    assert got is not None, f"{field}: nothing extracted, expected {expected!r}"
    if field in FREE_TEXT_FIELDS:
        assert labels_match(field, got, expected), f"{field}: {got!r} does not state {expected!r}"
    else:
        assert got == expected


# ----------------------------------------------------------------------------- modification

_EXO = "Exosomes were isolated from rat bone marrow MSC culture medium by ultracentrifugation."


@pytest.mark.parametrize(
    "statement",
    [
        "Nothing was added to the cells or their vesicles; the exosomes were native.",
        "The EVs were not modified in any way before injection.",
        "The vesicles used were unmodified.",
        "No loading, transfection or priming was performed.",
        "No transduction, electroporation or preconditioning was applied to the cells.",
        "The sEVs remained unmodified throughout the study.",
    ],
)
def test_vesicles_said_to_be_native_are_modification_none(nlp: Any, statement: str) -> None:
    assert value(nlp, "modification", [_EXO, statement]) == "none"


@pytest.mark.parametrize(
    "statement",
    [
        # silent on the matter: absence of a modification word is not a statement
        "Exosome pellets were resuspended in PBS and stored at -80 °C.",
        # something other than the vesicles was left unchanged
        "Vesicle size was not modified by freezing.",
        "No change in body weight was observed.",
    ],
)
def test_no_native_statement_leaves_modification_empty(nlp: Any, statement: str) -> None:
    assert value(nlp, "modification", [_EXO, statement]) is None


def test_a_named_modification_beats_a_native_comparator(nlp: Any) -> None:
    got = value(
        nlp,
        "modification",
        [
            "MSCs were transfected with a miR-124 mimic before exosome collection.",
            "Control exosomes were not modified.",
        ],
    )
    assert got not in (None, "none")


# ----------------------------------------------------------------------------- characterization


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            ("Exosomes were imaged by transmission electron microscopy after negative staining "
            "with uranyl acetate, and sized by nanoparticle tracking analysis."),
            {"TEM", "NTA"},
        ),
        (
            ("After phosphotungstic acid staining, the vesicles were viewed by transmission "
            "electron microscopy; CD63 and TSG101 were detected by western blot."),
            {"TEM", "western_blot"},
        ),
    ],
)
def test_negative_staining_is_part_of_tem(nlp: Any, sentence: str, expected: set[str]) -> None:
    got = value(nlp, "characterization", [_EXO, sentence])
    assert got is not None and expected <= set(got)


@pytest.mark.parametrize(
    "phenotype",
    [
        "Umbilical cord MSCs (passages 3 to 5) were characterised by flow cytometry (CD73+, CD90+, CD34-).",
        "The cells were identified by flow cytometry as CD29-, CD44- and CD90-positive.",
        "hUCMSCs were phenotyped by flow cytometry for CD105 and CD45.",
    ],
)
def test_flow_cytometry_of_the_parent_cells_is_not_vesicle_characterisation(
    nlp: Any, phenotype: str
) -> None:
    got = value(
        nlp,
        "characterization",
        [
            _EXO,
            phenotype,
            "Vesicle size was measured by nanoparticle tracking analysis and morphology by TEM.",
        ],
    )
    assert got is not None and "flow_cytometry" not in got and {"TEM", "NTA"} <= set(got)


def test_flow_cytometry_of_the_vesicles_still_counts(nlp: Any) -> None:
    got = value(
        nlp,
        "characterization",
        [
            _EXO,
            "Exosomes from MSCs were characterised by bead-based flow cytometry for CD63 and CD81.",
        ],
    )
    assert got is not None and "flow_cytometry" in got


# ----------------------------------------------------------------------------- source species


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "BMSCs were obtained from the femurs and tibias of 3-week-old Sprague\u2013Dawley rats and used at passage 4.",
            "rat",
        ),
        (
            "MSCs were flushed from the bone marrow of young Long\u2013Evans rats.",
            "rat",
        ),
        (
            "ADSCs were harvested from the inguinal fat of adult C57BL/6 mice.",
            "mouse",
        ),
    ],
)
def test_donor_animals_named_after_the_cells(nlp: Any, sentence: str, expected: str) -> None:
    assert value(nlp, "source_species", [sentence, "Exosomes were isolated from their medium."]) == expected


# ----------------------------------------------------------------------------- injury level


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            ("Through a T12 laminotomy, a 2F balloon catheter was pushed cranially in the epidural "
            "space until the balloon sat over T9, then inflated with 10 µL saline for 5 min."),
            "T9",
        ),
        (
            "An epidural balloon introduced via a T13 laminotomy was inflated at T10 for 3 min.",
            "T10",
        ),
        (
            ("A Fogarty catheter was inserted through a small laminotomy at T11 and its balloon "
            "inflated over the T8 segment."),
            "T8",
        ),
    ],
)
def test_balloon_level_not_the_laminotomy(nlp: Any, sentence: str, expected: str) -> None:
    assert value(nlp, "injury_level", [sentence]) == expected


def test_lumbar_catheter_level_is_not_the_injury(nlp: Any) -> None:
    got = value(
        nlp,
        "injury_level",
        [
            "A PE-10 catheter was inserted at L4-L5 and advanced into the subarachnoid space.",
            "The cord was compressed with an aneurysm clip at T10 for 1 min.",
        ],
    )
    assert got == "T10"


# ----------------------------------------------------------------------------- injury device


@pytest.mark.parametrize(
    "sentence",
    [
        "Through a laparotomy, the abdominal aorta was cross-clamped below the renal arteries for 12 min.",
        "Male rats had the aorta cross-clamped for 14 min to produce spinal cord ischaemia.",
        "Spinal cord ischaemia was induced by cross-clamping of the descending thoracic aorta for 20 min.",
        "Aortic cross-clamping (15 min) was followed by reperfusion.",
    ],
)
def test_clamped_aorta_is_the_device(nlp: Any, sentence: str) -> None:
    assert value(nlp, "injury_device", [sentence]) == "aortic cross-clamp"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sham rats had the aorta exposed but not clamped.",
        "The T9 and T11 spinous processes were clamped to stabilise the column.",
        "Blood was drawn from the abdominal aorta at the end of the study.",
    ],
)
def test_no_clamped_aorta_no_cross_clamp(nlp: Any, sentence: str) -> None:
    assert value(nlp, "injury_device", [sentence]) != "aortic cross-clamp"


# ----------------------------------------------------------------------------- route detail


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mice received 50 µg of either preparation through the tail vein on day 1.", "tail vein"),
        ("Rats were given 100 µg of each preparation via the jugular vein.", "jugular vein"),
    ],
)
def test_either_preparation_is_the_vesicles(nlp: Any, sentence: str, expected: str) -> None:
    got = value(
        nlp,
        "route_detail",
        ["Exosomes from native and miR-21-loaded MSCs were compared.", sentence],
    )
    assert_states("route_detail", got, expected)


def test_a_drug_through_the_tail_vein_is_not_the_vesicles_route(nlp: Any) -> None:
    got = value(
        nlp,
        "route_detail",
        [
            "Evans blue (2%, 4 mL/kg) was injected through the tail vein before perfusion.",
            "Exosomes (100 µg) were injected intrathecally by lumbar puncture.",
        ],
    )
    assert_states("route_detail", got, "lumbar puncture")


# ----------------------------------------------------------------------------- mechanism

D, A = S.DISCUSSION, S.ABSTRACT


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        (
            (D, "SIRT1-dependent inhibition of NLRP3 inflammasome assembly is consistent with our blots."),
            "SIRT1-dependent inhibition of NLRP3 inflammasome assembly",
        ),
        (
            (D, "Preservation of ventral horn neurons via lower TNF-α and IL-1β fits the cytokine levels we measured."),
            "preservation of ventral horn neurons via lower TNF-α and IL-1β",
        ),
        (
            (D, "Less astrogliosis and spared serotonergic fibres may explain the better stepping."),
            "less astrogliosis and spared serotonergic fibres",
        ),
        (
            (D, "Suppressed ferroptosis through GPX4 restoration could account for the improvement we saw."),
            "suppressed ferroptosis through GPX4 restoration",
        ),
        (
            (A, "Exosomes may improve locomotor recovery by reduction of glial scar formation."),
            "reduction of glial scar formation",
        ),
        (
            (A, "The vesicles promoted functional recovery partly through inhibition of A1 astrocyte activation."),
            "inhibition of A1 astrocyte activation",
        ),
        (
            (A, "The highest dose improved BBB scores, and its effect was linked to inhibition of TLR4/MyD88 signalling in microglia."),
            "inhibition of TLR4/MyD88 signalling in microglia",
        ),
        (
            (D, "The benefit of the exosomes is probably attributable to reduced pyroptosis of spinal neurons."),
            "reduced pyroptosis of spinal neurons",
        ),
    ],
)
def test_mechanism_statement_shapes(nlp: Any, part: Part, expected: str) -> None:
    got = value(nlp, "mechanism", [_EXO, part])
    assert_states("mechanism", got, expected)


@pytest.mark.parametrize(
    "part",
    [
        # another study's mechanism
        (D, "NF-κB inhibition has been reported to explain the benefit of MSC exosomes [12]."),
        # the subject is not a mechanism but a pronoun or a finding
        (D, "This is consistent with our blots."),
        (D, "Higher BBB scores are consistent with our histology."),
        # a negated mechanism
        (D, "Reduced apoptosis does not explain the gain we observed."),
        # the endorsement points at other work, not this study's data
        (D, "Inhibition of TLR4 signalling is consistent with a large body of literature."),
    ],
)
def test_statements_that_do_not_name_this_papers_mechanism(nlp: Any, part: Part) -> None:
    assert value(nlp, "mechanism", [_EXO, part]) is None
