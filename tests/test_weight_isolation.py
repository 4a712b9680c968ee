"""``body_weight_g`` and ``isolation_method`` as authors nobody tuned on write them.

Each sentence was written for this test in the way methods sections of the field
state the animals' weight or how the vesicles were isolated; the ones listed first
were misread before the mechanism they pin down existed (a range joined by
"between ... and", kilograms, a polymer precipitation with no kit name, a
microfluidic chip). The traps must stay empty: weights taken later or changes of
weight, and density gradients that separate the parent cells. They run end to end
through ``extract_document`` with the shipped NLP pipeline on a small document.
"""

from __future__ import annotations

from typing import Any

import pytest
from _fields import Part, field_value, load_nlp

from miner.parse.model import SectionKind

S = SectionKind


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def value(nlp: Any, field: str, *parts: Part) -> Any:
    """The value of ``field`` from the title plus ``parts`` (a bare string is methods)."""
    return field_value(nlp, field, parts)


def _bw(low: float, high: float) -> dict[str, float]:
    return {"low": low, "high": high}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Once misread: "and" joins a range after "between"; kilograms.
        ("Rats with weights between 200 and 250 g were included.", _bw(200, 250)),
        ("Adult female SD rats, weighing between 220 g and 250 g, were used.", _bw(220, 250)),
        ("Adult female rats (0.25–0.30 kg) were used.", _bw(250, 300)),
        ("Adult rats weighing 0.2-0.25 kg were used.", _bw(200, 250)),
        ("Female rats weighing about 0.3 kg were used.", _bw(300, 300)),
        # Already read; kept so the new mechanisms do not break them.
        ("Adult male Sprague-Dawley rats weighing 220–250 g were purchased.", _bw(220, 250)),
        ("Female Wistar rats (250 ± 20 g) were used in this study.", _bw(250, 250)),
        (
            "Sprague-Dawley rats (female, body weight 200–220 g) were housed in pairs.",
            _bw(200, 220),
        ),
        ("Eight-week-old female SD rats (180–200 g) were obtained from a breeder.", _bw(180, 200)),
        ("Female SD rats weighing 200 g to 250 g were used.", _bw(200, 250)),
        ("Adult female Sprague-Dawley rats (average weight 230 g) were used.", _bw(230, 230)),
        ("Rats weighed 220–260 g at the time of surgery.", _bw(220, 260)),
        ("Female SD rats with a body weight of 200 to 220 g were used.", _bw(200, 220)),
        ("Female Sprague Dawley rats (BW 220–250 g) were used.", _bw(220, 250)),
    ],
)
def test_body_weight_as_authors_write_it(nlp: Any, text: str, expected: dict[str, float]) -> None:
    assert value(nlp, "body_weight_g", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Weighed later, or a change of weight: not the animals' weight at the start.
        "Body weight was recorded weekly after injury; rats lost about 30 g in the first week.",
        "At sacrifice, rats weighed 280 ± 15 g.",
        "Final body weights were 260 g in the sham group and 240 g in the SCI group.",
        "Rats were weighed at 7, 14 and 28 days post-injury; body weight fell to 210 ± 12 g.",
        "The rats weighed 270 ± 18 g at the end of the study.",
        "Body weight 28 days after SCI was 265 g in the exosome group.",
        "Body weights at day 28 did not differ (sham 25 g vs. exosome 23 g).",
        "On week 4 the treated rats weighed 262 ± 14 g.",
        "A 1-cm spinal cord segment (about 0.5 g) centred on the epicentre was removed.",
        # Organs, doses and impactors.
        "The wet weight of the spleen was 0.8 g.",
        "Rats were anesthetized with pentobarbital (50 mg/kg body weight).",
        "A 10 g rod was dropped from 25 mm onto the exposed cord.",
        (S.INTRODUCTION, "In mice weighing 20–25 g, exosomes improved recovery."),
    ],
)
def test_body_weight_traps_stay_empty(nlp: Any, text: tuple[SectionKind, str] | str) -> None:
    assert value(nlp, "body_weight_g", text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Once missed: a polymer precipitation with no kit named; a generic kit whose
        # principle is stated; a microfluidic chip.
        (
            "Exosomes were precipitated from conditioned medium with polyethylene glycol (PEG 6000, 8%).",
            ["precipitation_kit"],
        ),
        (
            "Vesicles in the supernatant were precipitated overnight with 10% PEG 8000.",
            ["precipitation_kit"],
        ),
        (
            "Exosomes were extracted with an exosome extraction kit based on polymer precipitation.",
            ["precipitation_kit"],
        ),
        ("Exosomes were isolated from the supernatant using a microfluidic chip.", ["other"]),
        # Already read; kept as the mechanisms change around them.
        (
            "Exosomes were isolated from the conditioned medium by ultracentrifugation at 100,000 g for 70 min.",
            ["ultracentrifugation"],
        ),
        (
            "EVs were separated from the concentrated medium on a Sepharose CL-2B column.",
            ["size_exclusion"],
        ),
        (
            "Exosomes were precipitated from the supernatant with Total Exosome Isolation reagent.",
            ["precipitation_kit"],
        ),
        (
            "EVs were purified by iodixanol (OptiPrep) density gradient ultracentrifugation.",
            ["density_gradient"],
        ),
        (
            "Exosomes were captured from the supernatant with anti-CD63 magnetic beads.",
            ["immunoaffinity"],
        ),
        (
            "Conditioned medium was concentrated by tangential flow filtration and exosomes were collected.",
            ["tangential_flow"],
        ),
        (
            "Exosomes were isolated from the conditioned medium by ultrafiltration followed by ultracentrifugation.",
            ["ultracentrifugation", "ultrafiltration"],
        ),
    ],
)
def test_isolation_method_as_authors_write_it(nlp: Any, text: str, expected: list[str]) -> None:
    got = value(nlp, "isolation_method", text)
    assert got is not None and sorted(got) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # The parent cells separated by density, not the vesicles.
        "Mononuclear cells were isolated from bone marrow by Ficoll density gradient centrifugation.",
        "MSCs were isolated by Percoll density gradient centrifugation and cultured.",
        "Bone marrow mononuclear cells were separated on a Ficoll-Paque density gradient and plated.",
        # Named outside the methods, or not named at all; blood spun for serum.
        (
            S.INTRODUCTION,
            "Exosomes are usually isolated by ultracentrifugation or precipitation kits.",
        ),
        (
            S.DISCUSSION,
            "Ultracentrifugation may damage vesicles; size-exclusion chromatography yields purer EVs.",
        ),
        "Exosomes were isolated as previously described.",
        "Blood was collected and centrifuged at 2,000 g for 15 min.",
        # A generic kit with no principle stated stays empty rather than guessed.
        "Exosomes were isolated from the supernatant with an exosome isolation kit.",
        # Protein precipitated for an assay, with no polymer: not the isolation.
        "Exosomal proteins were precipitated with acetone before western blotting.",
    ],
)
def test_isolation_method_traps_stay_empty(nlp: Any, text: tuple[SectionKind, str] | str) -> None:
    assert value(nlp, "isolation_method", text) is None
