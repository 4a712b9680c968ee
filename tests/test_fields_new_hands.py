"""Study fields as unfamiliar labs write them: the mechanisms behind misses on new-hands papers.

Each group pins one mechanism with several phrasings written for these tests, and
traps that must stay empty or keep their value:

- sex: a supplier or a ministry ("Agriculture") in the animals' sentence is no cell
  donor; "30 males, 30 females" is one statement, both sexes;
- animals per group: "N rats were allocated/assigned/used (to each | per) ... group",
  "..., eight rats each";
- isolation detail: unnamed-list product kits ("<Brand> polymer precipitation kit"),
  a percentage range written before the gradient medium, a filter that only removes a
  free conjugate;
- characterisation and markers: the parent cells' CD90+/CD45− phenotype, "mean
  (SEM)", a sentence the splitter joined ("... (native sEV). sEV were ..."),
  "CD81-positive vesicles";
- mechanism: "the effect is consistent with ...", "the benefit probably reflects
  ...", "... is the most likely explanation", a hedged "act by" reading with its
  support cited, an umbrella word against a named target;
- injury: a forceps crush is compression; "Dumont no. 5 forceps" is one sentence;
- dose: another study's amount in a clause of ours.
"""

from __future__ import annotations

import warnings

import pytest

from miner.extract import quantities as qty
from miner.extract._context import document_sentences, split_sentences
from miner.extract._label_isolation import isolation_detail_candidates
from miner.extract._mechanism import mechanism_value
from miner.extract.fields import extract_fields
from miner.parse.model import Block, ParsedDocument, SectionKind

S = SectionKind


def make_doc(*parts: tuple[SectionKind, str]) -> ParsedDocument:
    blocks = [Block(text=t, page=1 + i // 4, section=s) for i, (s, t) in enumerate(parts)]
    return ParsedDocument(source="n.pdf", format="pdf", pages=4, blocks=blocks, metadata={})


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    nlp_mod = pytest.importorskip("miner.nlp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nlp_mod.load_pipeline(model="rules")


def field(nlp, name: str, *parts: tuple[SectionKind, str]):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = extract_fields(make_doc(*parts), nlp)
    fv = out.get(name)
    if fv is not None:
        assert fv.evidence and fv.evidence[0].quote and 0 < fv.confidence <= 1
    return None if fv is None else fv.value


_VESICLES = (S.METHODS, "Exosomes were collected from MSC conditioned medium by ultracentrifugation.")


# ----------------------------------------------------------------------------- sex


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("Male Lewis rats (250–290 g) were obtained from the university's animal unit.", "male"),
        ("Female Wistar rats were obtained from the institutional breeding colony.", "female"),
        ("Female SD rats were housed under the rules of the Ministry of Agriculture (permit 12/2020).", "female"),
        ("Forty Lewis rats (20 males and 20 females; 210–300 g) were studied.", "both"),
        ("Within each sex, rats were randomly allocated (n = 8 per group: 4 males and 4 females).", "both"),
    ],
)
def test_sex_of_the_study_animals(nlp, text: str, sex: str) -> None:  # type: ignore[no-untyped-def]
    assert field(nlp, "sex", _VESICLES, (S.METHODS, text)) == sex


@pytest.mark.parametrize(
    "text",
    [
        # the rats are cell donors, not the animals of the experiment
        "MSCs were isolated from the femurs of male Wistar rats and cultured to passage 3.",
        "Bone marrow was flushed from the tibiae of female SD rats.",
    ],
)
def test_sex_of_cell_donors_stays_empty(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert field(nlp, "sex", _VESICLES, (S.METHODS, text)) is None


# ----------------------------------------------------------------------------- animals per group


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Seven rats were allocated to each group.", 7),
        ("Twelve rats were assigned to each injured group and four to the sham group.", 12),
        ("Nine mice were randomly allocated to each of the three groups.", 9),
        ("Four rats formed the sham group; eleven rats were used per injured group.", 11),
        ("Thirty rats were divided into three groups by a random number table, ten rats each.", 10),
        ("Rats were split into groups (sham, vehicle, exosome), 6 animals each.", 6),
    ],
)
def test_animals_per_group_by_allocation(text: str, n: int) -> None:
    found = [q.value["n"] for q in qty.find_group_sizes(text) if q.value["per_group"]]
    assert found == [n]


@pytest.mark.parametrize(
    "text",
    [
        "Eight rats were allocated to treatment after a baseline test.",  # no group named
        "Groups were compared at day 28, when ten rats remained.",
        "Ten rats were used for tissue collection.",
    ],
)
def test_allocation_without_a_group_size_stays_empty(text: str) -> None:
    assert [q for q in qty.find_group_sizes(text) if q.value["per_group"]] == []


# ----------------------------------------------------------------------------- isolation detail


def isolation(*texts: str) -> str | None:
    doc = make_doc(*((S.METHODS, t) for t in texts))
    cands = isolation_detail_candidates(document_sentences(doc))
    return cands[0].value if cands else None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Exosomes were isolated from the supernatant with the VesiPrep-X polymer precipitation kit overnight.",
         "VesiPrep-X polymer precipitation kit"),
        ("EVs were purified from conditioned medium using the NanoEx2 exosome isolation reagent.",
         "NanoEx2 exosome isolation reagent"),
        ("Vesicles were floated on a 10–30% sucrose gradient at 180,000 × g for 12 h.",
         "180,000 g 720 min; sucrose 10–30% gradient"),
    ],
)
def test_isolation_detail_names_the_step(text: str, label: str) -> None:
    assert isolation(text) == label


def test_a_filter_that_removes_free_peptide_is_clean_up() -> None:
    value = isolation(
        "Exosomes were pelleted from conditioned medium at 120,000 × g for 90 min.",
        "RGD peptide was coupled to the exosomes; free peptide was removed on a 50 kDa filter.",
    )
    assert value == "120,000 g 90 min"


@pytest.mark.parametrize(
    "text",
    [
        # generic kit, no product named: the method field says it, the detail stays empty
        "Exosomes were isolated with an exosome isolation kit according to the manual.",
        "Exosome precipitation solution was added to the conditioned medium.",
    ],
)
def test_generic_kits_give_no_detail(text: str) -> None:
    assert isolation(text) is None


# ----------------------------------------------------------------------------- characterisation and markers


def test_parent_cell_phenotype_is_not_vesicle_flow_cytometry(nlp) -> None:  # type: ignore[no-untyped-def]
    value = field(
        nlp,
        "characterization",
        (S.METHODS, "Adipose stromal cells from rats were confirmed by CD90+/CD44+/CD45− flow cytometry."),
        (S.METHODS, "Exosomes were characterised by TEM and NTA."),
    )
    assert value == ["TEM", "NTA"]


def test_mean_sem_is_a_statistic_not_microscopy(nlp) -> None:  # type: ignore[no-untyped-def]
    value = field(
        nlp,
        "characterization",
        (S.ABSTRACT, "sEV-treated rats scored 11.0 (0.9) against 8.0 (0.8) in controls (mean (SEM))."),
        (S.METHODS, "Exosomes were characterised by TEM and western blotting."),
    )
    assert value is not None and "SEM" not in value


def test_joined_sentences_are_judged_on_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Human adipose MSCs (passage 4) were used without preconditioning (native sEV). "
        "sEV were characterised by NTA and western blotting (CD63, TSG101 and calnexin)."
    )
    assert field(nlp, "markers", (S.METHODS, text)) == ["CD63", "TSG101", "calnexin"]
    assert "western_blot" in (field(nlp, "characterization", (S.METHODS, text)) or [])


def test_marker_positive_vesicles_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bead-based flow cytometry detected CD9, CD63 and CD81-positive vesicles."
    assert field(nlp, "markers", _VESICLES, (S.METHODS, text)) == ["CD9", "CD63", "CD81"]


def test_positive_tissue_cells_are_not_markers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "CD63-positive cells were counted in spinal cord sections."
    assert field(nlp, "markers", _VESICLES, (S.RESULTS, text)) is None


# ----------------------------------------------------------------------------- mechanism


def mechanism(*parts: tuple[SectionKind, str]) -> str | None:
    doc = make_doc(*parts)
    fv = mechanism_value(doc, document_sentences(doc))
    return None if fv is None else str(fv.value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The effect is consistent with PTEN knockdown releasing mTOR-driven axon regeneration.",
         "PTEN knockdown releasing mTOR-driven axon regeneration"),
        ("The benefit probably reflects promotion of remyelination and angiogenesis.",
         "promotion of remyelination and angiogenesis"),
        ("The small gain points to reduction of glial scar formation.", "reduction of glial scar formation"),
        ("Nrf2-driven suppression of oxidative stress is the most plausible explanation.",
         "Nrf2-driven suppression of oxidative stress"),
        ("The treated groups probably act by suppressing A1 astrocyte activation through NF-κB [8].",
         "suppressing A1 astrocyte activation through NF-κB"),
    ],
)
def test_discussion_readings_of_the_own_result(text: str, value: str) -> None:
    assert mechanism((S.DISCUSSION, text)) == value


@pytest.mark.parametrize(
    "text",
    [
        "Exosomes have been reported to act by suppressing NF-κB [8].",  # other work
        "Other groups found that MSC vesicles act by inhibiting pyroptosis [4].",
        "The effect is consistent with the dose used in earlier rat studies.",  # no target named
    ],
)
def test_cited_biology_is_not_the_papers_mechanism(text: str) -> None:
    assert mechanism((S.DISCUSSION, text)) is None


def test_contrast_is_cut_and_umbrella_words_yield_to_a_named_target() -> None:
    value = mechanism(
        (S.ABSTRACT, "Treated rats had more nestin-positive cells, suggesting activation of ependymal cells."),
        (S.DISCUSSION, "The effect likely reflects early neuroprotection rather than sustained exposure."),
    )
    assert value == "activation of ependymal cells"


# ----------------------------------------------------------------------------- injury


def test_forceps_crush_is_a_compression(nlp) -> None:  # type: ignore[no-untyped-def]
    parts = (
        (S.TITLE, "Placental exosomes after spinal cord crush in mice"),
        (S.METHODS, "After laminectomy at T9 the cord was crushed for 10 s with modified Dumont no. 5 forceps."),
        _VESICLES,
    )
    assert field(nlp, "injury_model", *parts) == "compression"
    assert field(nlp, "injury_device", *parts) == "forceps"


def test_number_abbreviation_does_not_end_a_sentence() -> None:
    text = "The cord was crushed with Dumont no. 5 forceps. Rats recovered."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The cord was crushed with Dumont no. 5 forceps.",
        "Rats recovered.",
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Controls got saline. hUCMSC-Exo were injected.", 2),
        ("Beads were washed. sEV were eluted.", 2),
        ("Vesicles were given i.v. hUCMSC-Exo came from one donor.", 1),  # "i.v." is no sentence end
    ],
)
def test_sentences_may_open_with_a_lower_case_abbreviation(text: str, parts: int) -> None:
    assert len(split_sentences(text)) == parts


# ----------------------------------------------------------------------------- dose


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            (
                "Other groups giving 300 µg of exosomes intravenously reported larger effects [5]; "
                "our rats received 30 µg exosomes intrathecally."
            ),
            30.0,
        ),
        ("Others injected 200 µg exosomes [7]; here rats were injected with 50 µg exosomes.", 50.0),
        # our method with a cited recipe keeps its dose
        ("As previously described [12], rats were injected with 80 µg exosomes via the tail vein.", 80.0),
    ],
)
def test_another_studys_dose_is_not_ours(nlp, text: str, amount: float) -> None:  # type: ignore[no-untyped-def]
    value = field(nlp, "dose", (S.METHODS, text))
    assert value is not None and value["amount"] == amount


@pytest.mark.parametrize(
    ("text", "amount", "volume"),
    [
        ("Rats received 3 × 10^9 hUCMSC-Exo particles in 250 µL PBS via the tail vein.", 3e9, 250.0),
        ("Each rat was given 1 × 10^10 BMSC-sEV particles in 100 µl saline.", 1e10, 100.0),
    ],
)
def test_particle_count_with_the_vesicles_name_before_the_unit(
    text: str, amount: float, volume: float
) -> None:
    doses = [q.value for q in qty.find_doses(text)]
    assert [(d["amount"], d["unit"], d["volume_ul"]) for d in doses] == [(amount, "particles", volume)]


def test_a_cell_count_is_not_a_particle_dose() -> None:
    doses = [q.value for q in qty.find_doses("Cells were seeded at 2 × 10^5 hADSC-Exo-treated cells per well.")]
    assert all(d["unit"] != "particles" for d in doses)
