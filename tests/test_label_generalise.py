"""Label fields on papers nobody tuned on: how many different authors write the same fact.

``injury_level``, ``modification``, ``isolation_detail``, ``route_detail``,
``injury_device`` and ``mechanism`` as ten labs would state them, each sentence
written for this test (none from a sample paper or a seed), run end to end through
``extract_document`` with the shipped NLP pipeline on a small document: a neutral
title and the sentences in their sections. Free-text labels are compared the way
the evaluation compares them (``miner.evaluate._labels.labels_match``: the kind of
change and agent, the site, the set of key parameters), so a test pins the facts a
reviewer checks, not our wording.

The traps beside them must stay empty or keep the right value: levels where the
treatment goes in, the vertebrae clamped to steady the column, segments sampled
rostral and caudal to the lesion, human injury levels in the introduction; agents
named only in the introduction or discussion, assays on recipient cells; spins that
deplete the serum of bovine vesicles or wash labelled vesicles, cut-offs that
concentrate protein for a blot or an eluate.
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
    """``got`` states what ``expected`` states (free-text labels by their facts)."""
    assert got is not None, f"{field}: nothing extracted, expected {expected!r}"
    if field in FREE_TEXT_FIELDS:
        assert labels_match(field, got, expected), f"{field}: {got!r} does not state {expected!r}"
    else:
        assert got == expected


# ----------------------------------------------------------------------------- injury level


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        (
            "T10",
            [
                "A T10 laminectomy was performed and the exposed cord was contused with the impactor."
            ],
        ),
        ("T9-T10", ["After laminectomy, a contusion was made at T9–T10 with a 10 g rod."]),
        (
            "T10",
            [
                "The spinal cord at the level of T10 was exposed by removing the T9 lamina and contused."
            ],
        ),
        (
            "T10",
            ["The Th10 segment was exposed and contused with a 10 g weight dropped from 25 mm."],
        ),
        ("T10", ["The spinal cord was contused at the 10th thoracic vertebra."]),
        ("T8", ["Rats were hemisected at thoracic segment 8."]),
        ("T8-T9", ["A complete transection was made at T8/9."]),
        ("C5", ["A unilateral C5 hemicontusion was produced with the Infinite Horizon impactor."]),
        ("L1", ["The spinal cord was compressed at the L1 level with an aneurysm clip."]),
        (
            "T10",
            [
                "Laminectomy was performed at T9 to expose the T10 spinal cord, which was then contused."
            ],
        ),
        ("T10", ["Spinal cord injury was induced at the tenth thoracic level by weight drop."]),
        (
            "T10",
            [
                "The dorsal surface of the cord was exposed at vertebral level T10 and a 200 kdyn impact was delivered."
            ],
        ),
        ("T9", ["Following laminectomy of the ninth thoracic vertebra, the cord was transected."]),
        (
            "T10",
            [
                "Rats were anaesthetised and a laminectomy was performed at T10; the exposed cord was then compressed with a clip for 60 s. Exosomes were injected intrathecally at L4–L5."
            ],
        ),
        (
            "T10",
            [
                "The spinal cord was injured at T10. For histology, a 1-cm segment centred on the epicentre was harvested."
            ],
        ),
        (
            "T10",
            [
                (S.INTRODUCTION, "Most human injuries occur at the C5–C6 level."),
                "Rats were contused at T10 with the NYU impactor.",
            ],
        ),
        (
            "T10",
            [
                "Rats were contused at T10 with the NYU impactor. MRI was acquired at the T8–T12 levels."
            ],
        ),
        (
            "T10",
            [
                "Rats were contused at T10 with the NYU impactor. Tissue from T9 to T11 was collected for western blotting."
            ],
        ),
        (
            "T10",
            [
                "The T10 spinal segment was exposed by a T9 laminectomy and contused with a 10-g rod."
            ],
        ),
        (
            "T10",
            [
                "The rats underwent a laminectomy at T9–T11 and the cord was compressed at T10 with an aneurysm clip."
            ],
        ),
        (
            "T11",
            [
                "A 10-g weight was dropped from 25 mm onto the cord at the level of the eleventh thoracic vertebra."
            ],
        ),
        ("T12", ["A contusion at thoracic level 12 was produced."]),
        ("T10", ["The spinous process of T10 was removed and the cord beneath was contused."]),
        ("T9-T10", ["The cord between the T9 and T10 vertebrae was transected."]),
        ("C5", ["Rats underwent a right-sided C5 hemisection."]),
        (
            "T10",
            [
                "Rats were contused at T10. Segments rostral (T8) and caudal (T12) to the lesion were analysed by immunostaining."
            ],
        ),
        (
            "T10",
            [
                "Rats were contused at T10. BDA was injected into the sensorimotor cortex and T13 dorsal root ganglia were removed."
            ],
        ),
        (
            "T10",
            [
                "A laminectomy was performed at the T10 vertebral level, exposing the dorsal cord, and a moderate contusion (10 g, 12.5 mm) was induced."
            ],
        ),
        ("T10", ["SCI was induced at T10 in all rats. T2-weighted MRI was acquired at 7 days."]),
        (
            "T10",
            [
                (S.ABSTRACT, "Rats received a T10 contusion and exosomes via the tail vein."),
                "Laminectomy was performed and a contusion was delivered with the impactor.",
            ],
        ),
        (
            "T10",
            [
                "After removing the lamina of the T10 vertebra, the exposed dura was struck by a 10 g rod."
            ],
        ),
        ("T10", ["The T10 vertebral lamina was removed and the cord was compressed with forceps."]),
        (
            "T9",
            [
                "A dorsal laminectomy exposed the spinal cord at the T9 segment, which was transected with microscissors."
            ],
        ),
        ("T10", ["The injury epicentre (T10) and 5 mm rostral and caudal were sectioned."]),
        (
            "T8",
            [
                "A right lateral hemisection was carried out at the level of the 8th thoracic vertebra."
            ],
        ),
        (
            "T10",
            [
                "Animals were placed in a stereotaxic frame and the T9 and T11 spinous processes were clamped; the T10 cord was then impacted."
            ],
        ),
        (
            "T10",
            [
                "The vertebral column was stabilised by clamping the T9 and T11 spinous processes before a contusion at T10."
            ],
        ),
        ("C5", ["Cervical (C5) unilateral contusion was produced with a 150 kdyn force."]),
        ("C4", ["A dorsolateral funiculotomy was made at cervical segment C4."]),
        ("T10", ["Exosomes were injected at 5 and 10 mm rostral to the T10 contusion site."]),
        ("T12-L1", ["The conus at T12–L1 was compressed with an aneurysm clip."]),
        (
            "T10",
            [
                "A T10 spinal cord contusion injury model was established in rats using a weight-drop device."
            ],
        ),
        ("T10", ["T9-T11 laminectomy exposed the cord and a contusion was made at T10."]),
        (
            "T10",
            [
                "The rats underwent contusion at T10. Exosomes were infused through a catheter placed at T13–L1 into the subarachnoid space."
            ],
        ),
        (
            "T10",
            [
                "The rats underwent contusion at T10. Fluoro-Gold was injected into the spinal cord at L1 for retrograde tracing."
            ],
        ),
    ],
)
def test_injury_level_as_authors_write_it(nlp: Any, expected: str, parts: list[Part]) -> None:
    """The injury's level, however written, beside levels of the laminectomy, access, clamps and sampling."""
    assert_states("injury_level", value(nlp, "injury_level", parts), expected)


@pytest.mark.parametrize(
    "parts",
    [
        [
            (
                S.INTRODUCTION,
                "In patients, injuries at C4–C6 are most common and contusion dominates.",
            ),
            "Exosomes were injected via the tail vein.",
        ],
        ["An intrathecal catheter was inserted at L4–L5 and exosomes were infused."],
    ],
)
def test_levels_that_are_not_the_injury_leave_it_empty(nlp: Any, parts: list[Part]) -> None:
    """Only levels of people, of the puncture or of sampling: no injury level."""
    assert value(nlp, "injury_level", parts) is None


# ----------------------------------------------------------------------------- modification


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        (
            "miR-133b overexpression",
            [
                (
                    S.TITLE,
                    "Exosomes derived from miR-133b-modified MSCs promote recovery after spinal cord injury in rats",
                ),
                "Exosomes were injected via the tail vein.",
            ],
        ),
        (
            "miR-21 overexpression",
            [
                (
                    S.ABSTRACT,
                    "Exosomes from miR-21-overexpressing BMSCs were injected into rats after SCI.",
                ),
                "Exosomes were isolated by ultracentrifugation.",
            ],
        ),
        (
            "hypoxic preconditioning",
            [
                (S.ABSTRACT, "Exosomes from hypoxia-preconditioned MSCs (HP-Exo) were injected."),
                "HP-Exo were given via the tail vein.",
            ],
        ),
        ("miR-21 overexpression", ["Rats received Exo-miR-21 or Exo-NC via the tail vein."]),
        ("PTEN knockdown", ["Rats were given siPTEN-EVs or siNC-EVs intrathecally."]),
        (
            "PTEN knockdown",
            [
                "MSCs were transduced with a lentivirus carrying shRNA against PTEN and exosomes (shPTEN-Exo) were collected."
            ],
        ),
        (
            "hypoxic preconditioning",
            [
                "Hypoxia-preconditioned exosomes (HP-Exo) were obtained from MSCs cultured at 1% O2 for 48 h."
            ],
        ),
        (
            "miR-26a overexpression",
            [
                "BMSCs were first transfected with miR-26a mimics, and exosomes secreted by these cells were further loaded with curcumin by sonication."
            ],
        ),
        ("none", ["Naïve exosomes from BMSCs were injected via the tail vein."]),
        ("none", ["Unmodified MSC-derived EVs were administered."]),
        ("none", ["Blank exosomes without any cargo were used as the treatment."]),
        ("none", ["Exosomes were used without further modification."]),
        ("none", ["The EVs received no genetic or pharmacological manipulation."]),
        (
            "miR-124 overexpression",
            [
                "MSCs were infected with lentivirus expressing miR-124 (LV-miR-124) at an MOI of 50, and exosomes were isolated 72 h later."
            ],
        ),
        (
            "miR-216a-5p overexpression",
            [
                "Exosomes enriched in miR-216a-5p were derived from MSCs transfected with a miR-216a-5p mimic."
            ],
        ),
        (
            "melatonin preconditioning",
            [
                "MSCs were preconditioned with melatonin (10 µM) for 24 h, and the exosomes (Mel-Exo) were isolated."
            ],
        ),
        (
            "GDNF overexpression",
            ["BMSCs were genetically modified to overexpress GDNF before exosome collection."],
        ),
        (
            "Wnt5a overexpression",
            ["Exosomes were obtained from MSCs transduced with a Wnt5a-expressing adenovirus."],
        ),
        ("miR-29b loading", ["Exosomes were electroporated with miR-29b at 400 V."]),
        (
            "curcumin loading",
            ["Exosomes and curcumin were co-incubated at 22 °C for 5 min to load the drug."],
        ),
        (
            "berberine loading",
            ["Berberine was encapsulated into MSC-derived exosomes by sonication."],
        ),
        (
            "hypoxic preconditioning",
            [
                "Before exosome collection, BMSCs were maintained in a hypoxic chamber (1% O2, 5% CO2) for 48 h."
            ],
        ),
        (
            "IL-1β preconditioning",
            [
                "MSCs were stimulated with IL-1β (10 ng/mL) for 24 h, and the resulting exosomes were isolated."
            ],
        ),
        (
            "LPS preconditioning",
            ["MSCs were primed with lipopolysaccharide (LPS, 1 µg/mL) before EV isolation."],
        ),
        (
            "curcumin loading",
            [
                (
                    S.ABSTRACT,
                    "We loaded curcumin into exosomes of rat bone marrow stromal cells by sonication (Cur-Exo) and compared them with native exosomes (Exo).",
                )
            ],
        ),
        (
            "curcumin loading",
            [
                "Cur-Exo were prepared by sonicating exosomes with curcumin (1:5 w/w) and removing free drug on a spin column."
            ],
        ),
        (
            "quercetin loading",
            [
                "Quercetin-loaded exosomes were prepared by electroporating BMSC-Exos with quercetin."
            ],
        ),
    ],
)
def test_modification_as_authors_write_it(nlp: Any, expected: str, parts: list[Part]) -> None:
    """Agents in the title, group names, two-step changes, native vesicles, loading verbs."""
    assert_states("modification", value(nlp, "modification", parts), expected)


@pytest.mark.parametrize(
    "parts",
    [
        [
            (S.INTRODUCTION, "Exosomes loaded with miR-124 were shown to reduce inflammation."),
            "Exosomes were injected via the tail vein.",
        ],
        [
            (S.DISCUSSION, "Future work could load exosomes with PTEN siRNA."),
            "Exosomes were injected via the tail vein.",
        ],
        ["PC12 cells were transfected with miR-21 inhibitor and then treated with exosomes."],
        ["Neurons were transfected with siRNA against PTEN before exposure to exosomes in vitro."],
        [
            "The exosome-laden hydrogel served as a comparator group; exosomes alone were injected into the lesion."
        ],
        ["Exosomes were labelled by incubating them with PKH26 and loaded into the syringe."],
    ],
)
def test_modification_traps_stay_empty(nlp: Any, parts: list[Part]) -> None:
    """Agents of other studies, of recipient cells or of a dye; no change to this study's vesicles."""
    assert value(nlp, "modification", parts) is None


# ----------------------------------------------------------------------------- isolation detail


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        (
            "100,000 g 70 min",
            [
                "Conditioned medium was centrifuged at 300 × g for 10 min, 2,000 × g for 10 min and 10,000 × g for 30 min to remove cells and debris. The supernatant was then ultracentrifuged at 100,000 × g for 70 min, and the pellet was washed in PBS and centrifuged again at 100,000 × g for 70 min."
            ],
        ),
        (
            "100,000 g 70 min",
            [
                "Exosome-depleted FBS was prepared by ultracentrifugation at 120,000 × g for 18 h. The MSC supernatant was cleared at 2,000 × g and exosomes were pelleted at 100,000 × g for 70 min."
            ],
        ),
        (
            "100,000 g 70 min",
            [
                "Exosomes were pelleted at 100,000 × g for 70 min. For tracking, exosomes were labelled with PKH26 and washed by ultracentrifugation at 120,000 × g for 90 min to remove unbound dye."
            ],
        ),
        (
            "110,000 g 120 min",
            [
                "The medium was passed through a 0.22-μm filter and ultracentrifuged at 110,000 × g for 2 h at 4 °C. The pellet was resuspended in PBS and ultracentrifuged at 110,000 × g for 2 h again."
            ],
        ),
        (
            "100,000 g 90 min",
            [
                "Cells and debris were removed by sequential centrifugation (500 g, 10 min; 2000 g, 20 min; 10 000 g, 40 min), and EVs were pelleted at 100 000 g for 90 min (Optima XPN-100, SW32Ti)."
            ],
        ),
        (
            "ExoQuick-TC",
            [
                "Exosomes were isolated from the medium with ExoQuick-TC after a 3,000 × g spin for 15 min to remove debris."
            ],
        ),
        (
            "120,000 g 120 min",
            [
                "Supernatants were centrifuged at 2,000 g (20 min) and 16,500 g (30 min), filtered through 0.2 µm filters and ultracentrifuged at 120,000 g for 2 h. Pellets were washed once in 30 ml PBS (120,000 g, 2 h)."
            ],
        ),
        (
            "100,000 g 60 min",
            [
                "Medium was centrifuged at 20,000 × g for 30 min to deplete microvesicles, and exosomes were then pelleted at 100,000 × g for 60 min."
            ],
        ),
        (
            "100,000 g 120 min; iodixanol gradient",
            [
                "Exosomes were pelleted at 100,000 × g for 2 h and further purified on an iodixanol gradient."
            ],
        ),
        (
            "tangential flow filtration 500 kDa; 100,000 g 120 min",
            [
                "The medium was concentrated by tangential flow filtration with a 500 kDa cartridge and ultracentrifuged at 100,000 × g for 2 h."
            ],
        ),
        (
            "100,000 g 70 min",
            [
                "Exosomes were pelleted at 100,000 × g for 70 min. Protein was concentrated with 3 kDa centrifugal filters for western blotting."
            ],
        ),
        (
            "100,000 g 70 min",
            [
                "Exosomes were obtained by differential ultracentrifugation: 300 g (10 min), 2,000 g (10 min), 10,000 g (30 min) and 100,000 g (70 min), all at 4 °C."
            ],
        ),
        (
            "qEVoriginal 70 nm",
            [
                "After pre-clearing (2,000 × g, 30 min) and concentration, exosomes were isolated on qEVoriginal 70 nm columns."
            ],
        ),
        (
            "100,000 g 70 min",
            [
                "The supernatant was ultracentrifuged (100,000 × g, 70 min, 4 °C; Beckman Type 45 Ti). The resulting pellet was washed with PBS at 100,000 × g for 70 min and resuspended in 100 µL PBS."
            ],
        ),
        (
            "150,000 g 180 min",
            [
                "EVs were pelleted at 150,000 × g for 3 h in a SW41 Ti rotor, and the pellet was washed with PBS at 150,000 × g for 3 h."
            ],
        ),
        (
            "Total Exosome Isolation reagent",
            [
                "Exosomes were precipitated overnight with Total Exosome Isolation reagent and recovered by centrifugation at 10,000 × g for 1 h."
            ],
        ),
        (
            "100,000 g 70 min",
            [
                "Conditioned medium from MSCs cultured with 10% exosome-depleted FBS was ultracentrifuged at 100,000 × g for 70 min."
            ],
        ),
        (
            "100,000 g 70 min",
            [
                "FBS was depleted of exosomes by ultracentrifugation at 120,000 × g overnight. Exosomes were pelleted from the conditioned medium at 100,000 × g for 70 min."
            ],
        ),
        (
            "100,000 g 70 min",
            [
                "Exosomes were pelleted at 100,000 × g for 70 min. The pellet was washed with PBS and ultracentrifuged again at 120,000 × g for 70 min."
            ],
        ),
        (
            "100 kDa Amicon Ultra-15; qEVoriginal 70 nm",
            [
                "The medium was concentrated on 100 kDa Amicon Ultra-15 filters and loaded onto qEVoriginal 70 nm columns. EV-rich fractions 7–9 were pooled and concentrated with Amicon Ultra-4 10 kDa filters."
            ],
        ),
        (
            "100,000 g 70 min",
            [
                "After removal of apoptotic bodies at 2,500 × g and of microvesicles at 20,000 × g (40 min), small EVs were collected at 100,000 × g for 70 min."
            ],
        ),
        (
            "exoEasy Maxi Kit",
            [
                "EVs were purified with the exoEasy Maxi Kit (Qiagen) after filtration through 0.8 µm filters."
            ],
        ),
        (
            "100,000 g 120 min",
            [
                "The filtered (0.22 µm) supernatant was ultracentrifuged at 100 000 g for 2 h (Beckman Optima L-90K, 70Ti rotor), the pellet washed in PBS and re-centrifuged under the same conditions."
            ],
        ),
        (
            "Sepharose CL-2B",
            [
                "EVs were separated by size-exclusion chromatography on a Sepharose CL-2B column after concentration of the medium to 1 ml."
            ],
        ),
        (
            "30% sucrose cushion 100,000 g 90 min",
            [
                "Exosomes were layered onto a 30% sucrose cushion and centrifuged at 100,000 × g for 90 min."
            ],
        ),
        (
            "Amicon Ultra-15 100 kDa; qEVoriginal/70 nm",
            [
                "Medium was cleared (2,000 × g, 20 min), concentrated on Amicon Ultra-15 centrifugal filters (100 kDa MWCO) and fractionated on qEVoriginal/70 nm columns; fractions 7–9 were pooled."
            ],
        ),
        (
            "Amicon Ultra-15 100 kDa",
            [
                "The supernatant was concentrated with Amicon Ultra-15 filters (100 kDa) and exosomes were washed in PBS."
            ],
        ),
    ],
)
def test_isolation_detail_lists_only_key_parameters(
    nlp: Any, expected: str, parts: list[Part]
) -> None:
    """The step that isolates the vesicles; not pre-clearing spins, washes, serum depletion or clean-up."""
    assert_states("isolation_detail", value(nlp, "isolation_detail", parts), expected)


# ----------------------------------------------------------------------------- route detail


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        (
            "tail vein",
            [
                "Exosomes (200 µg in 200 µl PBS) were slowly injected into the lateral caudal vein of each rat."
            ],
        ),
        (
            "tail vein",
            ["Each rat was given 100 µg of EVs intravenously through the tail vein over 2 min."],
        ),
        (
            "jugular vein",
            ["EVs were infused into the right external jugular vein through a PE-50 catheter."],
        ),
        (
            "lesion site",
            [
                "Exosomes (2 µl) were injected at four points around the lesion using a Hamilton syringe."
            ],
        ),
        (
            "lesion site",
            [
                "Immediately after injury, 5 µl of sEVs were delivered in situ into the injured cord."
            ],
        ),
        (
            "nasal",
            ["Exosomes were administered intranasally, 5 µl drops alternating between nostrils."],
        ),
        ("lumbar puncture", ["sEVs were delivered by lumbar intrathecal injection on day 1."]),
        (
            "femoral vein",
            ["Exosomes were injected through the left femoral vein 1 h after injury."],
        ),
        ("retro-orbital sinus", ["Mice received exosomes by retro-orbital injection."]),
        (
            "hydrogel",
            [
                "The exosome-loaded hydrogel (10 µl) was injected into the lesion cavity immediately after transection."
            ],
        ),
        (
            "tail vein",
            [
                "Ketamine/xylazine was given intraperitoneally; then exosomes were injected through the tail vein."
            ],
        ),
    ],
)
def test_route_detail_as_authors_write_it(nlp: Any, expected: str, parts: list[Part]) -> None:
    """The site the vesicles go in, however the injection is worded."""
    assert_states("route_detail", value(nlp, "route_detail", parts), expected)


@pytest.mark.parametrize(
    "parts",
    [
        ["Exosomes were injected intraperitoneally (100 µg in 500 µl PBS) daily for 7 days."],
        ["Rats received i.p. injections of exosomes (1 mg/kg) every other day."],
        [
            "Buprenorphine was injected subcutaneously twice daily for 3 days; exosome injections followed at 24 h."
        ],
    ],
)
def test_route_detail_without_a_site_stays_empty(nlp: Any, parts: list[Part]) -> None:
    """A systemic route with no site, or a site given to a drug: no route detail."""
    assert value(nlp, "route_detail", parts) is None


# ----------------------------------------------------------------------------- injury device


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        (
            "NYU impactor",
            [
                "Rats received a moderate contusion with a New York University impactor (10 g, 25 mm)."
            ],
        ),
        (
            "MASCIS impactor",
            ["A MASCIS device was used to drop a 10 g rod from 12.5 mm onto T10 of the rats."],
        ),
        (
            "Infinite Horizon impactor",
            ["Spinal cord contusion (200 kdyn) was produced in rats with the IH-0400 impactor."],
        ),
        (
            "Infinite Horizon impactor",
            [
                "The rats received a 150 kdyn contusion delivered by an IH impactor (Precision Systems and Instrumentation)."
            ],
        ),
        (
            "aneurysm clip",
            [
                "The cord of the rats was compressed with a Yasargil aneurysm clip (closing force 35 g) for 1 min."
            ],
        ),
        (
            "aneurysm clip",
            [
                "Compression injury was induced in rats by applying a vascular clip (30 g force) extradurally for 60 s."
            ],
        ),
        (
            "weight drop",
            ["A modified Allen's apparatus was used in rats: a 10-g weight fell 25 mm onto T10."],
        ),
        ("weight drop", ["SCI was produced in rats by Allen's method (10 g × 25 mm)."]),
        (
            "balloon catheter",
            [
                "A Fogarty catheter was inserted epidurally in the rats and its balloon inflated for 5 min."
            ],
        ),
        (
            "forceps",
            ["The rat cord was compressed bilaterally with modified Dumont forceps for 15 s."],
        ),
        (
            "OSU impactor",
            [
                "Rats were injured with the Ohio State electromagnetic spinal cord injury device (1.1 mm displacement)."
            ],
        ),
    ],
)
def test_injury_device_as_authors_write_it(nlp: Any, expected: str, parts: list[Part]) -> None:
    """The device named by another name or described by its act."""
    assert_states("injury_device", value(nlp, "injury_device", parts), expected)


@pytest.mark.parametrize(
    "parts",
    [
        ["The rat spinal cord was completely transected with microscissors at T10."],
    ],
)
def test_no_device_named_or_described(nlp: Any, parts: list[Part]) -> None:
    """An injury made by hand names no device."""
    assert value(nlp, "injury_device", parts) is None


# ----------------------------------------------------------------------------- mechanism


@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        (
            "HIF-1α-driven angiogenesis",
            [
                (
                    S.ABSTRACT,
                    "Hypo-Exo improved BBB scores at six weeks and increased vessel density around the lesion, consistent with HIF-1α-driven angiogenesis.",
                )
            ],
        ),
        (
            "TGF-β/Smad3 inhibition",
            [
                (
                    S.DISCUSSION,
                    "Exosomes reduced astrocytic scarring, in line with inhibition of TGF-β/Smad3 signalling.",
                )
            ],
        ),
        (
            "activation of endogenous neural stem cells",
            [
                (
                    S.ABSTRACT,
                    "Treated rats recovered hindlimb function faster than vehicle-treated rats and showed more SOX2-positive ependymal cells, suggesting activation of endogenous neural stem cells.",
                )
            ],
        ),
        (
            "reduced TNF-α and IL-1β expression",
            [
                (
                    S.ABSTRACT,
                    "Three intraperitoneal doses improved Basso Mouse Scale (BMS) scores and reduced TNF-α and IL-1β expression in the lesion.",
                )
            ],
        ),
        (
            "NLRP3 inflammasome inhibition",
            [
                (
                    S.ABSTRACT,
                    "Exosome treatment improved BBB scores and suppressed NLRP3 inflammasome activation in the injured cord.",
                )
            ],
        ),
        (
            "reduced apoptosis",
            [
                (
                    S.ABSTRACT,
                    "Exosomes improved locomotor recovery and reduced neuronal apoptosis at the lesion.",
                )
            ],
        ),
    ],
)
def test_mechanism_stated_as_an_interpretation(nlp: Any, expected: str, parts: list[Part]) -> None:
    """A mechanism stated after a cue or as a finding on named targets."""
    assert_states("mechanism", value(nlp, "mechanism", parts), expected)


@pytest.mark.parametrize(
    "parts",
    [
        [(S.ABSTRACT, "Exosomes improved BBB scores, consistent with previous reports.")],
    ],
)
def test_mechanism_traps(nlp: Any, parts: list[Part]) -> None:
    """A cue that leads to other studies, not a mechanism."""
    assert value(nlp, "mechanism", parts) is None


@pytest.mark.parametrize(
    "parts",
    [
        # the serum's own spin, before any cells were grown in it
        ["Exosome-depleted FBS was prepared by ultracentrifugation at 120,000 × g for 18 h."],
        # concentrating protein for a blot is not isolating vesicles
        ["Exosomal protein was concentrated with 3 kDa centrifugal filters for western blotting."],
        # washing labelled vesicles free of dye
        [
            "Exosomes were labelled with PKH67 and the unbound dye was removed at 100,000 × g for 70 min."
        ],
    ],
)
def test_spins_and_filters_that_do_not_isolate_the_vesicles(nlp: Any, parts: list[Part]) -> None:
    assert value(nlp, "isolation_detail", parts) is None


# Two-step changes, controls beside the construct, group names defined once, ligands
# "-modified" onto the vesicles, parent cells called wild-type.
@pytest.mark.parametrize(
    ("expected", "parts"),
    [
        (
            "miR-124 overexpression",
            [
                "MSCs were transfected with miR-124 mimic or NC mimic using Lipofectamine 3000, and exosomes were collected 48 h later."
            ],
        ),
        (
            "HIF-1α overexpression",
            [
                (
                    S.TITLE,
                    "Exosomes from HIF-1α-overexpressing bone marrow MSCs promote angiogenesis after spinal cord injury in rats",
                ),
                "Exosomes were injected via the tail vein.",
            ],
        ),
        (
            "hypoxic preconditioning",
            [
                (
                    S.ABSTRACT,
                    "We compared exosomes from hypoxia-preconditioned MSCs (HP-Exo) with normoxic exosomes.",
                ),
                "HP-Exo (100 µg) were injected via the tail vein.",
            ],
        ),
        (
            "miR-21 overexpression",
            [
                "BMSCs were transduced with a miR-21 lentivirus and the resulting exosomes (Exo-miR-21) were further loaded with curcumin."
            ],
        ),
        ("none", ["Exosomes from wild-type BMSCs were used in all experiments."]),
        (
            "PTEN knockdown",
            [
                "MSCs were infected with lentivirus carrying PTEN shRNA (LV-shPTEN) or scrambled shRNA, and exosomes were isolated."
            ],
        ),
        ("TNF-α preconditioning", ["Exosomes were derived from MSCs primed with TNF-α (TNF-Exo)."]),
        (
            "miR-29b loading",
            ["Exosomes were loaded with miR-29b by electroporation (Exo-miR-29b)."],
        ),
        (
            "CAQK surface display",
            ["CAQK-modified exosomes (CAQK-Exo) were prepared by click chemistry."],
        ),
    ],
)
def test_modification_in_more_shapes(nlp: Any, expected: str, parts: list[Part]) -> None:
    assert_states("modification", value(nlp, "modification", parts), expected)


@pytest.mark.parametrize(
    "parts",
    [
        [
            "Exosomes were mixed with the hydrogel in the Gel+Exo comparator group; the main group received exosomes alone."
        ],
        [
            (S.DISCUSSION, "Hypoxic preconditioning could further enhance exosome potency."),
            "Exosomes were injected via the tail vein.",
        ],
    ],
)
def test_hydrogel_comparators_and_discussion_wishes_are_not_modifications(
    nlp: Any, parts: list[Part]
) -> None:
    assert value(nlp, "modification", parts) is None
