"""Eligibility at full text (extracted fields) and title/abstract triage of fetched records."""

from __future__ import annotations

import pytest

from miner.appraise import assess_eligibility, parse_criteria, triage_record
from miner.records import Article, Evidence, FieldValue, OutcomeRow


def fv(name, value, page=3, conf=0.9):
    return FieldValue(name, value, conf, (Evidence(f"quote for {name}", page=page),))


def eligible_fields(**override):
    fields = {
        "species": fv("species", "rat"),
        "injury_model": fv("injury_model", "contusion"),
        "route": fv("route", "intravenous"),
        "source_tissue": fv("source_tissue", "bone_marrow"),
    }
    fields.update({k: fv(k, v) for k, v in override.items() if v is not None})
    for k, v in override.items():
        if v is None:
            fields.pop(k)
    return fields


ROWS = [
    OutcomeRow("BBB", "SCI + PBS", "control", 28, 7.5, page=6),
    OutcomeRow("BBB", "Exo", "treatment", 28, 11.2, page=6, evidence=(Evidence("BBB 11.2", page=6),)),
]


def test_a_study_meeting_every_criterion_is_included_with_the_deciding_evidence():
    result = assess_eligibility(eligible_fields(), ROWS, [])
    assert result.field == "eligibility"
    assert result.value["decision"] == "include"
    assert {c["status"] for c in result.value["criteria"].values()} == {"met"}
    assert result.value["criteria"]["rat"]["evidence"] == [{"page": 3, "quote": "quote for species"}]
    assert result.value["criteria"]["bbb_reported"]["evidence"][0]["page"] == 6
    assert {e.quote for e in result.evidence} >= {"quote for route", "BBB 11.2"}


@pytest.mark.parametrize(
    ("override", "criterion"),
    [
        ({"species": "mouse"}, "rat"),
        ({"injury_model": "transection"}, "contusion_model"),
        ({"route": "intralesional"}, "intravenous"),
        ({"source_tissue": "other"}, "msc_derived"),
    ],
)
def test_one_criterion_not_met_excludes(override, criterion):
    result = assess_eligibility(eligible_fields(**override), ROWS, [])
    assert result.value["decision"] == "exclude"
    assert result.value["criteria"][criterion]["status"] == "not_met"
    assert [e.quote for e in result.evidence] == [f"quote for {next(iter(override))}"]


def test_a_field_the_extraction_left_empty_is_unclear_not_a_guess():
    result = assess_eligibility(eligible_fields(route=None), ROWS, [])
    assert result.value["criteria"]["intravenous"] == {"status": "unclear", "evidence": []}
    assert result.value["decision"] == "unclear"


def test_no_control_row_is_unclear_and_a_figure_note_counts_as_bbb_reported():
    treated_only = [r for r in ROWS if r.arm == "treatment"]
    result = assess_eligibility(eligible_fields(), [], ["BBB scores reported in a figure on page 6 (Figure 4)"])
    assert result.value["criteria"]["bbb_reported"]["status"] == "met"
    assert result.value["criteria"]["vehicle_control"]["status"] == "unclear"
    assert assess_eligibility(eligible_fields(), treated_only, []).value["criteria"]["vehicle_control"]["status"] == "unclear"


def test_custom_criteria_over_list_fields_and_absent():
    criteria = parse_criteria(
        '[[criterion]]\nname = "uc"\nrule = "isolation_method in [ultracentrifugation]"\n'
        '[[criterion]]\nname = "native"\nrule = "modification absent"\n'
    )
    fields = {"isolation_method": fv("isolation_method", ["ultrafiltration", "ultracentrifugation"])}
    result = assess_eligibility(fields, [], [], criteria)
    assert result.value["criteria"]["uc"]["status"] == "met"
    assert result.value["criteria"]["native"]["status"] == "unclear"
    fields["modification"] = fv("modification", "miR-26a overexpression")
    assert assess_eligibility(fields, [], [], criteria).value["decision"] == "exclude"


@pytest.mark.parametrize(
    ("title", "abstract", "decision", "reason"),
    [
        ("Intravenous BMSC-derived exosomes after contusion spinal cord injury in rats",
         "Rats received exosomes via the tail vein after a T10 contusion; BBB scores improved.",
         "likely_include", "every criterion"),
        ("Exosomes from umbilical cord MSCs promote repair after spinal cord injury in mice",
         "C57BL/6 mice with contusion injury received exosomes intravenously; BBB/BMS scores improved.",
         "likely_exclude", "rat:"),
        ("Exosomes in a fibrin glue scaffold after spinal cord transection in rats",
         "BMSC exosomes embedded in fibrin glue were implanted at the lesion; BBB scores improved.",
         "likely_exclude", "contusion_model:"),
        ("MSC-derived exosomes after spinal cord injury in rats",
         "Exosomes improved functional recovery.",
         "unclear", "intravenous: route not stated"),
        ("Neural stem cell-derived exosomes after spinal cord contusion in rats",
         "Exosomes from neural stem cells were injected via the tail vein; BBB scores improved.",
         "likely_exclude", "msc_derived:"),
        ("Mesenchymal stem cells for stroke in rats", "Cells were injected intravenously.",
         "likely_exclude", "no exosomes"),
    ],
)
def test_title_abstract_triage(title, abstract, decision, reason):
    result = triage_record(Article(title=title, abstract=abstract))
    assert result["decision"] == decision
    assert any(reason in r for r in result["reasons"]), result["reasons"]


def test_triage_excludes_reviews_by_publication_type():
    article = Article(title="Exosomes for spinal cord injury in rats: a meta-analysis",
                      abstract="Contusion, tail vein, BBB.", publication_types=["Meta-Analysis"])
    assert triage_record(article)["decision"] == "likely_exclude"
