"""Label fields written the ways new hands write them: laminae, time codes, panels, sizing, means.

Each case is a sentence written for this test (none from a corpus or a seed), run end
to end through ``extract_document`` with the shipped NLP pipeline on a small document.
Free-text labels are compared by the facts a reviewer checks
(``miner.evaluate._labels.labels_match``). The mechanisms pinned here:

- injury_level: the laminae removed ("the T8-T11 laminae were removed", "after removal
  of the T6 lamina") are the access, not the injury, whatever the noun; a code glossed
  by a time ("T1 (week 1)", "T2-T4 (weeks 2 to 4)") is a measurement occasion;
- modification: spheroid culture is named as such;
- markers: two vesicle markers in one sentence are a vesicle panel even without a
  vesicle word ("CD63 and TSG101 bands were seen"); the isoform only when written;
- characterization: particle sizing in suspension (DLS, resistive pulse) puts the
  other assays of its sentence on the vesicles;
- mechanism: the means as a noun phrase ("act through ..."), the mechanism named as
  such ("the mechanism involves ..."), where the process happens ("of the
  corticospinal tract"), a proposal with its support cited, effects written as
  "favoured" or "supported".
"""

from __future__ import annotations

from typing import Any

import pytest
from _fields import Part, field_value, load_nlp

from miner.evaluate._labels import FREE_TEXT_FIELDS, labels_match
from miner.parse.model import SectionKind

S = SectionKind
TITLE = "Vesicles from stromal cells and hindlimb recovery after spinal cord injury in rats"


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def value(nlp: Any, field: str, parts: list[Part]) -> Any:
    """The value of ``field`` from the title plus ``parts`` (a bare string is methods)."""
    return field_value(nlp, field, parts, title=TITLE)


def assert_states(field: str, got: Any, expected: Any) -> None:
    assert got is not None, f"{field}: nothing extracted, expected {expected!r}"
    if field in FREE_TEXT_FIELDS:
        assert labels_match(field, got, expected), f"{field}: {got!r} does not state {expected!r}"
    else:
        assert got == expected


# ----------------------------------------------------------------------------- injury level


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        ("T12", ["The T11 and T12 laminae were taken off, and the cord was crushed at T12 with forceps."]),
        ("T9", ["After removal of the T8 lamina, the T9 cord was contused with a 10 g rod."]),
        ("T11", ["With the T10 lamina removed, a contusion of the T11 segment was made by weight drop."]),
        ("T8-T9", ["Under isoflurane, the T7-T10 laminae were excised and the cord was transected at T8-9."]),
        (
            "T10",
            [
                (S.ABSTRACT, "Adult rats received a left hemisection at T10 and vesicles were given intrathecally."),
                "Under anaesthesia the T9-T11 laminae were removed and the left half of the cord was cut.",
            ],
        ),
        (
            "T9",
            [
                "A T9 laminotomy exposed the dura, and the cord was contused with a 10 g weight dropped from 25 mm.",
                "Hindlimb function was scored with the BBB scale at T1 (week 1), T2 (week 2) and T3 (week 3).",
            ],
        ),
    ],
)
def test_level_beside_removed_laminae(nlp: Any, expected: str, parts: list[Part]) -> None:
    assert_states("injury_level", value(nlp, "injury_level", parts), expected)


@pytest.mark.parametrize(
    "parts",
    [
        ["Open-field locomotion after the contusion was rated at T1-T3 (weeks 1 to 3) by two observers."],
        ["After the injury, BBB scores were recorded at T1 (day 3), T2 (day 7) and T3 (day 14)."],
        ["Spinal cord injured rats were tested at T2 (14 days) and T4 (28 d) on the open field."],
    ],
)
def test_time_codes_glossed_by_a_time_are_not_levels(nlp: Any, parts: list[Part]) -> None:
    assert value(nlp, "injury_level", parts) is None


def test_a_level_dated_to_the_injury_day_stays_a_level(nlp: Any) -> None:
    parts = ["The spinal cord was contused at T10 (day 0) with the impactor."]
    assert value(nlp, "injury_level", parts) == "T10"


# ----------------------------------------------------------------------------- modification


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        ("3D spheroid culture", ["Adipose stromal cells were cultured as 3D spheroids on low-attachment dishes and exosomes were collected."]),
        ("3D spheroid culture", ["Exosomes were harvested from three-dimensional spheroids of umbilical cord MSCs."]),
        ("3D culture", ["MSCs were 3D-cultured on microcarriers before exosomes were collected from the medium."]),
    ],
)
def test_three_dimensional_culture_names_its_format(nlp: Any, expected: str, parts: list[Part]) -> None:
    assert_states("modification", value(nlp, "modification", parts), expected)


# ----------------------------------------------------------------------------- markers


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        (["CD9", "CD81", "TSG101"], ["Exosomes were isolated by ultracentrifugation.", "CD9, CD81 and TSG101 bands were seen."]),
        (["CD63", "TSG101", "GM130"], ["CD63 and TSG101 were present, whereas GM130 was absent."]),
        (["CD81", "Alix", "calnexin"], ["Alix and CD81 were detected while calnexin was not."]),
        (["CD63", "syntenin"], ["Western blot of the vesicles showed CD63 and syntenin."]),
        (["CD9", "syntenin-1"], ["Immunoblots of the vesicles were positive for CD9 and syntenin-1."]),
    ],
)
def test_a_panel_of_vesicle_markers_speaks_for_itself(nlp: Any, expected: list[str], parts: list[Part]) -> None:
    got = value(nlp, "markers", parts)
    assert got is not None and set(got) == set(expected)


@pytest.mark.parametrize(
    "parts",
    [
        ["Spinal cord sections were stained for CD68 and GFAP."],
        ["MSCs expressed CD29, CD44 and CD90 and lacked CD34 and CD45 by flow cytometry."],
        ["Immunofluorescence staining of the lesion showed CD63 and CD9 in macrophages."],
    ],
)
def test_markers_of_tissue_or_cells_stay_empty(nlp: Any, parts: list[Part]) -> None:
    assert value(nlp, "markers", parts) is None


# ----------------------------------------------------------------------------- characterization


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        (
            {"DLS", "TEM", "western_blot"},
            ["Size was read by dynamic light scattering (Zetasizer), morphology by TEM and protein markers by western blot."],
        ),
        ({"DLS", "TEM"}, ["The hydrodynamic diameter was measured by DLS and the shape by TEM."]),
    ],
)
def test_particle_sizing_puts_its_sentence_on_the_vesicles(nlp: Any, expected: set[str], parts: list[Part]) -> None:
    got = value(nlp, "characterization", parts)
    assert got is not None and expected <= set(got)


def test_cell_assays_without_sizing_stay_empty(nlp: Any) -> None:
    parts = ["Neuronal apoptosis was measured by flow cytometry and spinal cord tissue by western blot."]
    assert value(nlp, "characterization", parts) is None


# ----------------------------------------------------------------------------- mechanism


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        ("PTEN suppression and AKT activation", [(S.ABSTRACT, "Conclusion: the engineered exosomes act through PTEN suppression and AKT activation and are a candidate therapy.")]),
        ("NF-κB pathway", [(S.DISCUSSION, "We think the vesicles work mainly via the NF-κB pathway in microglia.")]),
        ("inhibition of neuronal ferroptosis", [(S.DISCUSSION, "In this study, we found that recovery depends on the dose, and that the mechanism probably involves inhibition of neuronal ferroptosis.")]),
        ("axonal regeneration of the ipsilateral corticospinal tract", [(S.DISCUSSION, "Late vesicles still helped, possibly by axonal regeneration of the ipsilateral corticospinal tract.")]),
        ("suppression of microglial pyroptosis", [(S.DISCUSSION, "We propose suppression of microglial pyroptosis as the principal action [12].")]),
        ("M2 macrophage polarisation", [(S.DISCUSSION, "The peptide display favoured M2 macrophage polarisation around the lesion.")]),
        ("axon bridging and less glial scarring", [(S.DISCUSSION, "The scaffold held the vesicles in place and supported axon bridging and less glial scarring.")]),
    ],
)
def test_mechanism_in_more_shapes(nlp: Any, expected: str, parts: list[Part]) -> None:
    assert_states("mechanism", value(nlp, "mechanism", parts), expected)


@pytest.mark.parametrize(
    "parts",
    [
        [(S.DISCUSSION, "The mechanism is not yet understood and needs further work.")],
        [(S.DISCUSSION, "Other groups have reported that MSC exosomes act through PTEN suppression [4].")],
        [(S.DISCUSSION, "Smith et al. propose inhibition of pyroptosis as the main effect [7].")],
    ],
)
def test_mechanism_traps_stay_empty(nlp: Any, parts: list[Part]) -> None:
    assert value(nlp, "mechanism", parts) is None
