"""SYRCLE risk of bias and reporting items over the ways papers state, half-state, deny and omit them."""

from __future__ import annotations

from pathlib import Path

import pytest

from miner.appraise import appraise, assess_risk_of_bias
from miner.appraise.evaluate import load_gold_cases, score_cases
from miner.contract import REPORTING_ITEMS, ROB_FIELDS
from miner.parse.model import Block, ParsedDocument, SectionKind
from miner.records import Extraction, FieldValue, OutcomeRow

GOLD = Path(__file__).resolve().parents[1] / "corpus_samples" / "appraisal"


def judge(text: str, section: SectionKind = SectionKind.METHODS, heading: str | None = None):
    doc = ParsedDocument("t.pdf", "pdf", 3, [Block("Intro text.", 1, SectionKind.INTRODUCTION),
                                             Block(text, 3, section, heading=heading)])
    return assess_risk_of_bias(doc)


@pytest.mark.parametrize(
    ("text", "sequence", "reported"),
    [
        ("Rats were randomly assigned to groups using a random number table.", "low", True),
        ("A computer-generated random sequence was used to allocate the rats to three groups.", "low", True),
        ("A coin toss decided whether each rat received exosomes or vehicle.", "low", True),
        ("The rats were randomly divided into sham, SCI and Exo groups (n = 10).", "unclear", True),
        ("Animals were allocated at random to the treatment groups.", "unclear", True),
        ("Randomization was performed after the injury.", "unclear", True),
        ("The animals were not randomly assigned to groups.", "high", False),
        ("Rats were alternately assigned to the exosome and PBS groups.", "high", False),
        ("Rats were assigned to groups based on their body weight.", "high", False),
        ("Five fields per section were randomly selected for counting.", "unclear", False),
        ("A random-effects model was used for pooling.", "unclear", False),
        ("Sixty rats were anaesthetised with isoflurane.", "unclear", False),
    ],
)
def test_randomisation_phrasings(text, sequence, reported):
    out = judge(text)
    assert out["rob_sequence_generation"].value == sequence
    assert out["reported_randomisation"].value is reported


@pytest.mark.parametrize(
    ("text", "assessors", "caregivers"),
    [
        ("BBB scores were assessed by two observers blinded to the treatment groups.", "low", "unclear"),
        ("Two investigators unaware of group allocation scored hind limb function.", "low", "unclear"),
        ("Open-field locomotion was scored by an observer without knowledge of the groups.", "low", "unclear"),
        ("Locomotor function was evaluated in a double-blind manner.", "low", "low"),
        ("Injections were given by a researcher blinded to the group allocation.", "unclear", "low"),
        ("Syringes were coded by a technician not involved in the study.", "unclear", "low"),
        ("BBB scores were assessed by two independent, experienced examiners.", "unclear", "unclear"),
        ("The observers performing the BBB assessment were not blinded to the treatment.", "high", "unclear"),
        ("Blinding of the assessors was not performed.", "high", "unclear"),
        ("The examiners were aware of the group allocation.", "high", "unclear"),
    ],
)
def test_blinding_phrasings(text, assessors, caregivers):
    out = judge(text)
    assert out["rob_blinding_assessors"].value == assessors
    assert out["rob_blinding_caregivers"].value == caregivers
    assert out["reported_blinded_assessment"].value is (assessors == "low")


@pytest.mark.parametrize(
    ("text", "item", "value"),
    [
        ("Allocation was concealed using sealed opaque envelopes.", "rob_allocation_concealment", "low"),
        ("Allocation was not concealed.", "rob_allocation_concealment", "high"),
        ("Cages were randomly positioned on the shelves.", "rob_random_housing", "low"),
        ("Rats of the same group were housed together in one cage.", "rob_random_housing", "high"),
        ("Rats were housed under standard conditions.", "rob_random_housing", "unclear"),
        ("Three rats were randomly selected from each group for histology.", "rob_random_outcome_assessment", "low"),
        ("There were no significant differences in body weight among the groups before injury.",
         "rob_baseline_characteristics", "low"),
        ("Baseline body weights differed significantly between the groups.", "rob_baseline_characteristics", "high"),
        ("No rats died during the experiment.", "rob_incomplete_outcome_data", "low"),
        ("Outliers were excluded from the analysis.", "rob_incomplete_outcome_data", "high"),
        ("The protocol was preregistered at preclinicaltrials.eu.", "rob_selective_reporting", "low"),
        ("Rats that died were replaced by additional rats.", "rob_other", "high"),
        ("The sample size was calculated with a power analysis.", "reported_sample_size_calculation", True),
        ("Sample sizes were based on previous experience.", "reported_sample_size_calculation", False),
        ("All procedures were approved by the Animal Ethics Committee.", "reported_welfare_compliance", True),
        ("Exosomes were isolated according to the manufacturer's guidelines.", "reported_welfare_compliance", False),
    ],
)
def test_other_domains(text, item, value):
    assert judge(text)[item].value == value


@pytest.mark.parametrize("section", [SectionKind.OTHER, SectionKind.ACKNOWLEDGEMENTS, SectionKind.REFERENCES])
def test_a_conflict_of_interest_statement_counts_wherever_the_layout_put_it(section):
    out = judge("The authors declare no competing interests.", section)
    assert out["reported_conflict_of_interest"].value is True
    assert out["rob_other"].value == "low"


def test_a_statement_under_a_competing_interests_heading_counts():
    assert judge("None.", SectionKind.OTHER, heading="Competing interests")["reported_conflict_of_interest"].value


@pytest.mark.parametrize(
    "text",
    [
        "Li et al. randomly assigned rats to groups and blinded the BBB observers.",
        "Previous studies blinded the assessors, which we recommend for future work.",
        "Future studies should randomly allocate animals and use blinded assessors.",
    ],
)
def test_other_studies_in_the_discussion_do_not_count(text):
    out = judge(text, SectionKind.DISCUSSION)
    assert out["reported_randomisation"].value is False
    assert out["rob_blinding_assessors"].value == "unclear"


def test_the_authors_own_limitation_in_the_discussion_counts():
    out = judge("A limitation of our study is that the BBB assessors were not blinded.", SectionKind.DISCUSSION)
    assert out["rob_blinding_assessors"].value == "high"


def test_silence_is_unclear_and_not_reported_with_no_evidence():
    out = judge("Sixty rats were anaesthetised with isoflurane.")
    assert set(out) == set(ROB_FIELDS) | set(REPORTING_ITEMS)
    assert all(out[f].value == "unclear" and not out[f].evidence for f in ROB_FIELDS)
    assert all(out[f].value is False and not out[f].evidence for f in REPORTING_ITEMS)


def test_evidence_is_the_sentence_with_its_page():
    doc = ParsedDocument("t.pdf", "pdf", 4, [
        Block("Animals. Female rats were used.", 2, SectionKind.METHODS),
        Block("Surgery was at T10. BBB was scored by observers blinded to the groups. Data are mean ± SD.",
              4, SectionKind.METHODS),
    ])
    (ev,) = assess_risk_of_bias(doc)["rob_blinding_assessors"].evidence
    assert ev.page == 4
    assert ev.quote == "BBB was scored by observers blinded to the groups."
    assert doc.text[ev.start:ev.end] == ev.quote


def test_appraise_adds_every_appraisal_field_to_the_extraction():
    doc = ParsedDocument("t.pdf", "pdf", 2, [Block("Rats were randomly divided into two groups.", 2, SectionKind.METHODS)])
    extraction = Extraction("t.pdf", fields={"species": FieldValue("species", "rat", 0.9)},
                            outcomes=[OutcomeRow("BBB", "PBS", "control", 28, 7.0)])
    appraise(doc, extraction)
    assert set(ROB_FIELDS) | set(REPORTING_ITEMS) | {"eligibility"} <= set(extraction.fields)
    assert extraction.fields["reported_randomisation"].value is True
    assert extraction.fields["eligibility"].value["criteria"]["rat"]["status"] == "met"
    assert extraction.fields["eligibility"].value["decision"] == "unclear"


@pytest.mark.parametrize("item", ["reported_randomisation", "rob_sequence_generation",
                                  "rob_blinding_assessors", "reported_blinded_assessment"])
def test_gold_tune_split_reaches_the_target_f1(item):
    scores = score_cases(load_gold_cases(GOLD, "tune"))
    assert scores[item].f1 is not None and scores[item].f1 >= 0.85, scores[item].errors


def test_a_hostile_document_of_one_huge_run_of_text_is_bounded():
    doc = ParsedDocument("t.pdf", "pdf", 1, [Block("randomly blinded " * 60_000, 1, SectionKind.METHODS)])
    out = assess_risk_of_bias(doc)
    assert all(len(e.quote) <= 1200 for fv in out.values() for e in fv.evidence)


def test_the_keyword_prefilter_lets_every_stated_item_through() -> None:
    """Each rule group runs only on sentences holding one of its stems: sentences
    that state an item must still reach their rules, others find nothing."""
    import miner.appraise._rules as rules

    sentences = [
        "Rats were randomly assigned to groups using a random number table.",
        "The observers who scored BBB were blinded to treatment.",
        "Animals were housed in pairs; cage positions were rotated weekly.",
        "Two rats died after surgery and were excluded from analysis.",
        "The authors declare no competing interests.",
        "All procedures were approved by the institutional animal care committee.",
        "Sample size was calculated with a power analysis (alpha 0.05, power 0.8).",
        "Exosomes were isolated by ultracentrifugation.",
    ]
    findings = [rules.sentence_findings(s) for s in sentences]
    assert all(findings[:7]) and not findings[7]
