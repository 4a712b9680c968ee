"""Reporting items on papers nobody tuned on: conflicts of interest, animal welfare, sample size.

Declarations are printed after the conclusion or the discussion, often with a run-in
heading the layout analysis does not recognise, so they arrive labelled as
discussion or conclusion text; they still speak for this study. Welfare compliance
is written as committee approval, licences, guidelines and national law in many
wordings. The traps: "conflict" and "competing" in other senses, an empty
declaration ("Not provided."), research-ethics approval for human donor tissue, a
kit used "according to the manufacturer's instructions", and guidelines cited as
what studies should do. All statements were written for these tests.
"""

from __future__ import annotations

import pytest

from miner.appraise.rob import assess_risk_of_bias
from miner.parse.model import Block, ParsedDocument, SectionKind

S = SectionKind
COI = "reported_conflict_of_interest"
WELFARE = "reported_welfare_compliance"


def assess(item: str, *blocks: tuple[SectionKind, str, str]) -> tuple[bool, list[str]]:
    doc = ParsedDocument(
        "r.pdf", "pdf", 3, [Block(text, 1, section, heading=heading) for section, text, heading in blocks], {}
    )
    fv = assess_risk_of_bias(doc)[item]
    return bool(fv.value), [e.quote for e in fv.evidence]


@pytest.mark.parametrize(
    ("section", "text"),
    [
        (S.DISCUSSION, "Competing interests The authors declare that they have no competing interests."),
        (S.CONCLUSION, ("Declaration of competing interest The authors declare that they have no known competing "
                        "financial interests or personal relationships that could have influenced this work.")),
        (S.DISCUSSION, "Disclosure statement: No potential conflict of interest was reported by the authors."),
        (S.DISCUSSION, "Conflict of Interest Statement: none."),
        (S.DISCUSSION, "Conflicts of interest. The authors report no conflicts of interest."),
        (S.DISCUSSION, "Competing interests. None declared."),
        (S.DISCUSSION, "Disclosures: The authors have nothing to disclose."),
        (S.DISCUSSION, "Conflict of interest. The authors have nothing to disclose."),
        (S.DISCUSSION, "The authors declare no competing financial interests."),
        (S.CONCLUSION, "Declarations Conflict of interest: none declared."),
        (S.REFERENCES, "Duality of interest: The authors declare no duality of interest."),
        (S.OTHER, "CONFLICTS OF INTEREST None."),
        (S.DISCUSSION, "Author disclosure statement No competing financial interests exist."),
        (S.DISCUSSION, "M.C. holds shares in a company developing EV therapeutics; the other authors declare no competing interests."),
    ],
)
def test_conflict_of_interest_statements_wherever_they_landed(section: SectionKind, text: str) -> None:
    reported, quotes = assess(COI, (section, text, section.value.title()))
    assert reported is True
    assert quotes and quotes[0] in text


@pytest.mark.parametrize(
    ("section", "text"),
    [
        (S.DISCUSSION, "These results conflict with an earlier report that exosomes had no effect [12]."),
        (S.DISCUSSION, "Conflicting data exist on the optimal dose of vesicles."),
        (S.INTRODUCTION, "Competing interests between glial and neuronal repair programmes shape the lesion [5]."),
        (S.DISCUSSION, "Funding: This work was supported by the Natural Science Foundation (81871234)."),
        (S.DISCUSSION, "Conflict of interest statement. Not provided."),
        (S.DISCUSSION, "Competing interests. Not stated."),
    ],
)
def test_conflict_in_other_senses_or_an_empty_declaration_reports_nothing(section: SectionKind, text: str) -> None:
    reported, quotes = assess(COI, (section, text, section.value.title()))
    assert reported is False and quotes == []


@pytest.mark.parametrize(
    "text",
    [
        ("All animal procedures were approved by the Institutional Animal Care and Use Committee of the university "
         "(approval No. 20210312)."),
        "Experiments complied with the ARRIVE guidelines and were carried out in accordance with Directive 2010/63/EU.",
        "All experiments were performed under a Home Office project licence (PPL 70/8745).",
        "Rats were handled according to the NIH Guide for the Care and Use of Laboratory Animals.",
        "The study was conducted under approval no. KMU-A-18-112 of the institutional animal care committee.",
        "The Norwegian Food Safety Authority approved all procedures (FOTS 21190).",
        "Animal experiments were approved by the Animal Ethics Committee of Riverbend University (RB-IACUC-2020-01).",
        "Ethical approval for animal work was obtained from the local ethics committee (permit 2019-117).",
        "The animal protocol was reviewed and approved by the Landesamt für Natur, Umwelt und Verbraucherschutz.",
        "Animal care conformed to the Canadian Council on Animal Care guidelines.",
        "Animal experiments were performed under ethical permit no. 5.2-1 from the regional board.",
    ],
)
def test_welfare_compliance_in_many_wordings(text: str) -> None:
    reported, quotes = assess(WELFARE, (S.METHODS, text, "Methods"))
    assert reported is True and quotes == [text]


@pytest.mark.parametrize(
    ("section", "text"),
    [
        (S.METHODS, "Umbilical cords were donated after caesarean delivery with written informed consent (ethics approval NUH-2018-44)."),
        (S.METHODS, "Placentas were collected with approval of the hospital ethics committee and informed consent of the donors."),
        (S.METHODS, "Exosomes were isolated according to the manufacturer's instructions."),
        (S.DISCUSSION, "The ARRIVE guidelines recommend that studies report blinding and randomisation [30]."),
        (S.METHODS, "Housing and care followed the local ethics licence."),
    ],
)
def test_not_a_statement_of_animal_welfare(section: SectionKind, text: str) -> None:
    reported, _ = assess(WELFARE, (section, text, section.value.title()))
    assert reported is False


def test_an_approval_number_is_not_a_denial() -> None:
    reported, quotes = assess(WELFARE, (S.METHODS, "Procedures on rats were done under approval No. 2019-117 of the animal ethics committee.", "Methods"))
    assert reported is True and quotes


@pytest.mark.parametrize(
    "text",
    [
        "Group size was calculated a priori (α = 0.05, power 0.8, expected difference of 2.5 BBB points, SD 2.0).",
        "The number of animals per group was determined by a power analysis.",
        "Sample size was calculated with G*Power (effect size 1.5, α = 0.05, power = 0.8).",
    ],
)
def test_sample_size_calculation_by_its_other_names(text: str) -> None:
    reported, quotes = assess("reported_sample_size_calculation", (S.METHODS, text, "Methods"))
    assert reported is True and quotes == [text]


def test_group_size_chosen_by_experience_is_not_a_calculation() -> None:
    reported, _ = assess(
        "reported_sample_size_calculation", (S.METHODS, "Group sizes were chosen according to our experience.", "Methods")
    )
    assert reported is False


def test_methods_sentence_left_under_the_introduction_still_counts() -> None:
    # A missed "Methods" heading leaves the procedure under "Introduction".
    reported, quotes = assess(
        "reported_blinded_assessment",
        (S.INTRODUCTION, "Spinal cord injury causes lasting paralysis [1].", "Introduction"),
        (S.INTRODUCTION, "BBB scores were recorded weekly by blinded raters.", "Introduction"),
    )
    assert reported is True and quotes == ["BBB scores were recorded weekly by blinded raters."]


@pytest.mark.parametrize(
    "text",
    [
        "In most studies, BBB scores were assessed by blinded observers [12].",
        "Locomotion should be scored by observers blinded to treatment.",
        "In the study by Li, rats were randomly assigned to groups and assessors were blinded.",
    ],
)
def test_other_studies_under_the_introduction_still_do_not_count(text: str) -> None:
    reported, _ = assess("reported_blinded_assessment", (S.INTRODUCTION, text, "Introduction"))
    assert reported is False


# ----------------------------------------------------------------------------- blinding in plain words

BLINDED = "reported_blinded_assessment"


@pytest.mark.parametrize(
    "text",
    [
        "Open-field locomotion was rated weekly by two raters who did not know the treatment.",
        "The BBB test was performed every week by two examiners who were not informed about the groups.",
        "Hind-limb scores were given by an observer who had no information on group assignment.",
        "BBB scoring was done by two assessors uninformed of the allocation.",
        "Each rat was scored for 4 min by investigators who didn't know which group it belonged to.",
        "Two examiners scored the rats without knowing the treatment each had received.",
        "Locomotor recovery was evaluated by a researcher never told about the group allocation.",
    ],
)
def test_assessors_kept_from_the_allocation_in_plain_words(text: str) -> None:
    reported, quotes = assess(BLINDED, (S.METHODS, text, "Behavioural testing"))
    assert reported is True and quotes == [text]


@pytest.mark.parametrize(
    "text",
    [
        "We do not know the mechanism by which the vesicles reach the lesion.",
        "The surgeon did not know the treatment when contusing the cord.",  # caregiver, not assessor
        "The raters were informed about the group of each rat before scoring.",
    ],
)
def test_not_knowing_something_else_is_not_assessor_blinding(text: str) -> None:
    reported, _ = assess(BLINDED, (S.METHODS, text, "Methods"))
    assert reported is False


# ----------------------------------------------------------------------------- welfare: what the statement is about


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # guidelines for characterising the vesicles or the cells, or for a scoring scale
        ("Exosomes were characterised in accordance with the MISEV2018 guidelines.", "Characterisation"),
        ("Vesicle preparations complied with the minimal information for studies of extracellular vesicles.", "Methods"),
        ("EV isolation followed the guidelines of the International Society for Extracellular Vesicles.", "Methods"),
        ("Cells were handled in line with the recommendations of the International Society for Cellular Therapy.", "Methods"),
        ("Locomotion was scored in accordance with the guidelines of the BBB rating scale.", "Behaviour"),
        # "arrive" the verb is not the ARRIVE guidelines
        ("Labelled vesicles arrive at the lesion within hours in contused rats.", "Results"),
        # approval for the human donors, read from the subsection the sentence sits in
        ("The collection protocol was approved by the Medical Ethics Committee of the university hospital (2018-031).",
         "2.2 Isolation and culture of hUC-MSCs"),
        ("The study was approved by the institutional review board (IRB-2020-17).", "Human tissue collection"),
        ("Approval was granted by the local research ethics committee (REC 19/NE/0211).", "Donors and cell sources"),
        # a statement about other studies
        ("Previous studies in rats were approved by local committees and followed the ARRIVE guidelines [4].", "Methods"),
        ("Li et al. performed their experiments in accordance with the NIH guidelines.", "Methods"),
    ],
)
def test_welfare_cues_about_methods_donors_or_other_studies_report_nothing(text: str, heading: str) -> None:
    reported, _ = assess(WELFARE, (S.METHODS, text, heading))
    assert reported is False


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("All procedures were approved by the ethics committee (2018-031).", "2.1 Animals"),
        ("The regional ethics board approved every procedure (decision 112/2017).", "Methods"),
        ("Bone marrow was harvested from donor rats with approval of the animal ethics committee (AE-21-3).",
         "2.2 Isolation and culture of rat BMSCs"),
        ("Animal work followed the ARRIVE guidelines, and EVs were characterised according to MISEV2018.", "Methods"),
        ("In accordance with the guidelines of the Animal Care Committee, rats received analgesia for three days.", "Surgery"),
        ("We performed all experiments in accordance with Directive 2010/63/EU, as in our previous studies [3].", "Methods"),
    ],
)
def test_welfare_statements_beside_those_traps_still_count(text: str, heading: str) -> None:
    reported, quotes = assess(WELFARE, (S.METHODS, text, heading))
    assert reported is True and quotes == [text]


# ----------------------------------------------------------------------------- conflicts of interest of others


@pytest.mark.parametrize(
    "text",
    [
        "Conflicts of interest in industry-sponsored trials have been criticised [14].",
        "Conflicts of interest are a known source of bias in preclinical research.",
        "Earlier studies did not report competing interests [9].",
    ],
)
def test_conflicts_of_interest_as_a_topic_report_nothing(text: str) -> None:
    reported, _ = assess(COI, (S.METHODS, text, "Methods"))
    assert reported is False


@pytest.mark.parametrize(
    "text",
    [
        "All authors declare that there is no conflict of interest.",
        "No conflict of interest was declared by the authors.",
        "JK is a consultant for a vesicle company, which has a financial interest in this work.",
        "The authors have a financial interest in the company that supplied the hydrogel.",
    ],
)
def test_declarations_without_a_heading_still_count(text: str) -> None:
    reported, quotes = assess(COI, (S.OTHER, text, ""))
    assert reported is True and quotes == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Ethics. Animal work complied with national rules for laboratory animal care and was approved by the faculty board.",
        "Animal ethics: all procedures were approved by the regional committee (AEC-2021-7).",
        "Ethics and animal welfare. The county veterinary office authorised the experiments (licence 31/2020).",
    ],
)
def test_a_bare_ethics_run_in_heading_after_the_discussion_is_a_declaration(text: str) -> None:
    reported, quotes = assess(WELFARE, (S.DISCUSSION, text, "Discussion"))
    assert reported is True and quotes and quotes[0] in text


RANDOM = "reported_randomisation"


@pytest.mark.parametrize(
    "text",
    [
        "Allocation to the treatment arms was made with sealed envelopes opened after surgery.",
        "Group assignment used numbered opaque envelopes prepared by a technician.",
        "Rats were assigned to vehicle or vesicles by drawing sealed envelopes.",
        "Each animal was allocated through sealed, opaque envelopes after the contusion.",
        "Sealed envelopes opened after injury decided the group of each rat.",
        "Opaque envelopes were used to allocate the rats to the four groups.",
    ],
)
def test_allocation_by_sealed_envelopes_reports_randomisation(text: str) -> None:
    reported, quotes = assess(RANDOM, (S.METHODS, text, "Methods"))
    assert reported is True and quotes == [text]


@pytest.mark.parametrize(
    "text",
    [
        # envelopes that keep a code from the assessor, or envelopes of something else
        "Group codes were kept in sealed envelopes until the BBB scoring was complete.",
        "Tissue sections were mailed in sealed envelopes to the pathologist.",
        "Allocation did not use sealed envelopes; the surgeon chose the group.",
        "The exosome aliquots were stored in opaque tubes.",
    ],
)
def test_envelopes_that_do_not_allocate_report_nothing(text: str) -> None:
    reported, _ = assess(RANDOM, (S.METHODS, text, "Methods"))
    assert reported is False
