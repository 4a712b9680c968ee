"""The mechanism the authors propose for their own findings, in the ways papers state it.

Sentences were written for these tests in the shapes this literature uses: the
discussion's opening claim (plain, hedged or "we propose that ..."), the abstract's
conclusion, interpretation cues ("suggesting that ...", "confirming that ..."), a
cargo acting through a target, and a title naming the axis. The value must name
the targets and processes of the claim, never the vesicles that act. The traps are
mechanisms of other studies, textbook biology, aims and hypotheses, negated
findings, claims of therapeutic value and plain outcome statements.
"""

from __future__ import annotations

import pytest

from miner.extract._context import document_sentences
from miner.extract._mechanism import mechanism_terms_in, mechanism_value
from miner.parse.model import Block, ParsedDocument, SectionKind

S = SectionKind


def make_doc(*parts: tuple[SectionKind, str]) -> ParsedDocument:
    blocks = [Block(text=t, page=1 + i // 4, section=s) for i, (s, t) in enumerate(parts)]
    return ParsedDocument(source="m.pdf", format="pdf", pages=4, blocks=blocks, metadata={})


def mechanism(*parts: tuple[SectionKind, str]) -> str | None:
    doc = make_doc(*parts)
    fv = mechanism_value(doc, document_sentences(doc))
    if fv is None:
        return None
    # Every value names only what its evidence sentence names, kept short and unsure.
    assert all(term in fv.evidence[0].quote for term in mechanism_terms_in(fv.value))
    assert len(fv.value.split()) <= 20
    assert fv.confidence <= 0.5
    return str(fv.value)


@pytest.mark.parametrize(
    ("section", "text", "names"),
    [
        (S.DISCUSSION,
         "We propose that intrathecal sEVs shift microglia from an M1 towards an M2 phenotype by inhibiting NF-κB signalling.",
         {"M1", "M2", "microglia", "NF-κB"}),
        (S.DISCUSSION, "Cur-Exo appear to act by inhibiting NLRP3 inflammasome activation in microglia.",
         {"NLRP3", "microglia"}),
        (S.DISCUSSION, "SHED-Exos inhibited ferroptosis by restoring GPX4 expression.", {"ferroptosis", "GPX4"}),
        (S.DISCUSSION, "Mel-Exo may preserve mitochondrial function through SIRT1/PGC-1α signalling.",
         {"mitochondrial", "SIRT1/PGC-1α"}),
        (S.DISCUSSION, "Targeted accumulation of the vesicles reduced oxidative stress, at least partly through Nrf2 activation.",
         {"oxidative stress", "Nrf2"}),
        (S.DISCUSSION, "The benefit appears to stem from reduced blood–spinal cord barrier leakage through pericyte preservation.",
         {"blood–spinal cord barrier", "pericyte"}),
        (S.DISCUSSION, "miR-124-3p appears to target MYH9 and thereby promote M2 polarisation of microglia.",
         {"miR-124-3p", "MYH9", "M2", "polarisation", "microglia"}),
        (S.DISCUSSION, "Hypoxic conditioning enriched the vesicles in HIF-1α-dependent VEGF, which we believe drives the angiogenesis seen here.",
         {"HIF-1α", "angiogenesis"}),
        (S.DISCUSSION,
         "Taken together, our findings indicate that BMSC-derived exosomes alleviate neuronal apoptosis after SCI by activating the PI3K/AKT signalling pathway.",
         {"apoptosis", "PI3K/AKT"}),
        (S.DISCUSSION,
         "Mechanistically, exosomes delivered miR-216a-5p, which inhibited the TLR4/NF-κB pathway and shifted microglia toward the M2 phenotype.",
         {"TLR4/NF-κB", "microglia", "M2"}),
        (S.DISCUSSION, "We speculate that exosomal TGF-β1 may drive the conversion of A1 astrocytes to A2 astrocytes.",
         {"TGF-β1", "A1", "astrocytes"}),
        (S.DISCUSSION, "We propose NF-κB inhibition as the main mechanism.", {"NF-κB"}),
        (S.ABSTRACT, "Conclusions: MSC-derived exosomes attenuate blood–spinal cord barrier disruption via the TIMP2/MMP pathway.",
         {"blood–spinal cord barrier", "TIMP2/MMP"}),
        (S.ABSTRACT, "In conclusion, exosomal miR-21 protects neurons from apoptosis by targeting PDCD4.",
         {"apoptosis", "PDCD4"}),
        (S.ABSTRACT,
         "Exosome-treated rats regained more function, with lower TLR4 and MyD88 in the lesion, pointing to inhibition of TLR4/MyD88/NF-κB signalling.",
         {"TLR4/MyD88/NF-κB"}),
        (S.CONCLUSION, "These results suggest that BMSC-Exos inhibit pyroptosis through suppression of the NLRP3/caspase-1/GSDMD axis.",
         {"pyroptosis", "NLRP3/caspase-1/GSDMD"}),
        (S.TITLE,
         "Mesenchymal stem cell-derived exosomes promote recovery after spinal cord injury by inhibiting ferroptosis via the Nrf2/GPX4 axis",
         {"ferroptosis", "Nrf2/GPX4"}),
        (S.RESULTS,
         "The protective effect of Exos was abolished by the PI3K inhibitor LY294002, confirming that the PI3K/AKT pathway mediates their protection.",
         {"PI3K/AKT"}),
        (S.RESULTS, "miR-133b exosomes raised BBB scores and activated ERK1/2, STAT3 and CREB.", {"ERK1/2", "STAT3", "CREB"}),
    ],
)
def test_the_claim_names_its_targets(section: SectionKind, text: str, names: set[str]) -> None:
    value = mechanism((section, text))
    assert value is not None
    named = " ".join(mechanism_terms_in(value))
    for name in names:
        assert name in named, f"{name!r} missing from {value!r}"


@pytest.mark.parametrize(
    ("section", "text", "vesicles"),
    [
        (S.DISCUSSION, "We propose that intrathecal sEVs shift microglia towards an M2 phenotype by inhibiting NF-κB.", "sEVs"),
        (S.CONCLUSION, "These results suggest that BMSC-Exos inhibit pyroptosis through the NLRP3 inflammasome.", "BMSC-Exos"),
        (S.DISCUSSION, "hucMSC-Exo suppressed complement activation and NF-κB signalling in the injured cord.", "hucMSC-Exo"),
    ],
)
def test_the_vesicles_that_act_are_not_part_of_the_mechanism(section: SectionKind, text: str, vesicles: str) -> None:
    value = mechanism((section, text))
    assert value is not None and vesicles not in value


@pytest.mark.parametrize(
    ("section", "text"),
    [
        (S.INTRODUCTION, "MSC exosomes are known to inhibit apoptosis via the PI3K/AKT pathway [12]."),
        (S.DISCUSSION, "Li et al. reported that exosomes suppress NLRP3 inflammasome activation in microglia."),
        (S.DISCUSSION, "Previous studies have shown that miR-126 promotes angiogenesis through the PI3K/AKT pathway [18, 19]."),
        (S.DISCUSSION, "Another group found that umbilical cord exosomes inhibit ferroptosis by restoring GPX4 (Zhang, 2021)."),
        (S.DISCUSSION, "NF-κB is a key transcription factor that regulates the expression of pro-inflammatory cytokines."),
        (S.ABSTRACT, "Background: Ferroptosis, driven by GPX4 inactivation, contributes to secondary injury."),
        (S.ABSTRACT, "Connective tissue growth factor (CTGF) drives fibrotic and glial scarring after spinal cord injury."),
        (S.DISCUSSION, "We hypothesized that exosomes would inhibit NF-κB signalling."),
        (S.DISCUSSION, "We next asked whether the vesicles act through the Wnt/β-catenin pathway."),
        (S.DISCUSSION, "Exosomes may be a promising therapeutic strategy for spinal cord injury."),
        (S.DISCUSSION, "In vitro, hypoxia is known to stabilise HIF-1α and induce VEGF in endothelial cells (Semenza, 2012)."),
        (S.DISCUSSION, "However, the exosomes did not alter the expression of p-AKT in our model."),
        (S.DISCUSSION, "Whether exosomes act through the Wnt pathway remains to be determined in future studies."),
        (S.RESULTS, "The BBB scores of the Exo group were higher than those of the PBS group at day 28 (p < 0.05)."),
        (S.ABSTRACT, "Keywords: spinal cord injury; exosomes; NF-κB; pyroptosis"),
        (S.DISCUSSION, "In conclusion, HIF-1α expression might be an effective predictive factor of poor prognosis."),
        (S.DISCUSSION, "Completers were more likely to have lower BMI and to report better health."),
    ],
)
def test_statements_that_are_not_this_papers_mechanism(section: SectionKind, text: str) -> None:
    assert mechanism((section, text)) is None


def test_own_claim_wins_over_background_and_cited_mechanisms() -> None:
    value = mechanism(
        (S.ABSTRACT, "Background: PTEN restrains axon growth after injury."),
        (S.INTRODUCTION, "Exosomal miR-21 was reported to act through the PI3K/AKT pathway [7]."),
        (S.RESULTS, "Exo-miR-21 lowered PTEN and raised p-AKT in the lesion."),
        (S.DISCUSSION, "We propose that the exosomes act on PTEN/PI3K/AKT signalling in neurons."),
        (S.DISCUSSION, "Others reported that exosomes suppress NLRP3 in microglia [9]."),
    )
    assert value is not None and "PTEN/PI3K/AKT" in value


def test_discussion_opening_beats_a_finding_in_the_abstract() -> None:
    value = mechanism(
        (S.ABSTRACT, "Exo-miR-124 improved hind-limb function and increased CD206+ microglia while lowering MYH9."),
        (S.DISCUSSION, "miR-124-3p appears to target MYH9 and thereby promote M2 polarisation of microglia."),
    )
    assert value is not None and "M2 polarisation" in value


def test_cargo_that_names_the_treatment_is_not_a_target() -> None:
    # "Enriching exosomes with miR-133b" says what was given, not how it acts.
    assert mechanism((S.DISCUSSION, "Enriching exosomes with miR-133b added about two BBB points.")) is None


def test_a_paper_without_a_mechanism_gives_nothing() -> None:
    assert mechanism(
        (S.ABSTRACT, "Rats received exosomes by tail vein after contusion."),
        (S.RESULTS, "BBB scores were higher in the exosome group from day 14."),
        (S.DISCUSSION, "The benefit was similar in both sexes."),
    ) is None
