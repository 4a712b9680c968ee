"""The chorus tuning corpus (corpus_samples/chorus): gold is honest and self-consistent.

Papers of many genres (multi-experiment, Letter, translated, thesis chapter, accepted
manuscript, methods-in-a-table, two species, acute + delayed cohorts, three-way
comparison). Every gold value must be in the contract's vocabulary, every quote readable on
its stated PDF page and in the JATS text, and both renderings must carry the same values.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _corpus import (
    Corpus,
    check_declarations_in_gold,
    check_jats_structure,
    pages_fixture,
)

CHORUS = Path(__file__).resolve().parents[1] / "corpus_samples" / "chorus"
CORPUS = Corpus(CHORUS)
STEMS = CORPUS.stems

gold = CORPUS.gold


def rows(stem: str, suffix: str = ".pdf") -> list[dict]:
    return gold(stem + suffix)["outcomes"]


stem_of = CORPUS.stem_of


pdf_pages = pages_fixture(CORPUS)


def test_every_study_has_two_renderings_gold_and_a_tune_split() -> None:
    assert len(STEMS) >= 4
    split = json.loads((CHORUS / "split.json").read_text(encoding="utf-8"))
    assert sorted(split["tune"]) == sorted(s + x for s in STEMS for x in (".pdf", ".xml"))
    for stem in STEMS:
        assert (CHORUS / f"{stem}.pdf").is_file()
        assert stem[0] in "nopqrstuvwxyz", "first authors' surnames begin with N to Z"
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])


def test_the_set_stays_small() -> None:
    total = sum(p.stat().st_size for p in CHORUS.rglob("*") if p.is_file())
    assert total < 1_500_000


def test_no_bytecode_or_stray_files_are_left_in_the_corpus() -> None:
    assert not list(CHORUS.rglob("__pycache__"))


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_has_the_europe_pmc_structure(stem: str) -> None:
    doi = gold(stem + ".xml")["studies"][0]["fields"]["doi"]["value"]
    assert doi.startswith("10.5555/")
    check_jats_structure(CHORUS / f"{stem}.xml", doi)


@pytest.mark.parametrize("stem", STEMS)
def test_declarations_in_the_back_matter_are_reported_items(stem: str) -> None:
    check_declarations_in_gold(CHORUS / f"{stem}.xml", {x: gold(stem + x) for x in (".pdf", ".xml")})


@pytest.mark.parametrize("stem", STEMS)
def test_each_paper_has_treatment_and_control_rows_and_a_synthetic_notice(
    stem: str, pdf_pages: dict[str, list[str]]
) -> None:
    assert {r["arm"] for r in rows(stem)} >= {"treatment", "control"}
    assert "not a real publication" in pdf_pages[stem][0]


def test_textbook_sizes_and_cited_doses_are_not_gold() -> None:
    for stem in STEMS:
        fields = gold(stem + ".pdf")["studies"][0]["fields"]
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        for trap in ("30–150 nm", "40 to 160 nm", "50–150 nm", "1 µg/mL", "50 µg/mL", "30 mg/kg", "(1:500)"):
            assert trap not in quotes, (stem, trap)


def test_decimal_commas_in_the_translated_paper_are_read_as_decimals() -> None:
    stem = stem_of("sepulveda2022")
    comma = [r for r in rows(stem) if r["source"] == "text"]
    assert comma and all("," in r["quote"] and "." not in r["quote"] for r in comma)
    exo35 = [r for r in comma if r["group"] == "rBMSC-Exo" and r["day"] == 35.0]
    assert {(r["mean"], r["sd"]) for r in exo35} == {(11.0, 1.7)}
    assert gold(stem + ".pdf")["studies"][0]["fields"]["size_nm"]["value"]["value"] == 134.7


def test_a_score_written_without_its_spread_has_neither_sd_nor_sem() -> None:
    bare = [r for r in rows(stem_of("ndlovu2024")) if r["sd"] is None and r["sem"] is None]
    assert [(r["group"], r["day"], r["mean"], r["quote"]) for r in bare] == [("Sham", 28.0, 21.0, "21.0")]


def test_comparator_arms_are_other_and_only_the_vesicle_arm_is_treatment() -> None:
    arms = {r["group"]: r["arm"] for r in rows(stem_of("yurchenko2023"))}
    assert arms == {"Sham": "sham", "Vehicle": "control", "rADSC-Exo": "treatment", "rADSC": "other",
                    "MP": "other"}


def test_the_letter_reports_weeks_as_days_and_notes_its_plot() -> None:
    g = gold(stem_of("rezaei2021") + ".pdf")
    assert {r["day"] for r in g["outcomes"]} == {14.0, 42.0}
    assert g["studies"][0]["notes"]


def test_the_mouse_cohort_is_a_bms_outcome_beside_the_rat_bbb() -> None:
    stem = stem_of("uzoma2023")
    by_scale = {(r["outcome"], r["source"]) for r in rows(stem)}
    assert {("BBB", "table"), ("BBB", "text"), ("BMS", "table"), ("BMS", "text")} <= by_scale
    assert all(r["mean"] <= 9 and r["n"] == 8 for r in rows(stem) if r["outcome"] == "BMS")
    fields = gold(stem + ".pdf")["studies"][0]["fields"]
    assert (fields["species"]["value"], fields["n_per_group"]["value"]) == ("rat", 10)


def test_the_accepted_manuscript_puts_its_tables_after_the_references(pdf_pages: dict[str, list[str]]) -> None:
    stem = stem_of("uzoma2023")
    refs_page = next(i for i, t in enumerate(pdf_pages[stem], 1) if "References" in t)
    table_pages = {r["page"] for r in rows(stem) if r["source"] == "table"}
    assert table_pages and min(table_pages) > refs_page
    assert "Accepted manuscript" in pdf_pages[stem][0]


def test_t_coded_time_points_become_days_and_the_continued_table_spans_two_pages() -> None:
    stem = stem_of("verhoeven2019")
    table = [r for r in rows(stem) if r["source"] == "table"]
    assert {r["day"] for r in table} == {1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 42.0, 56.0}
    pages = {r["day"]: r["page"] for r in table}
    assert pages[14.0] + 1 == pages[21.0]
    fields = gold(stem + ".pdf")["studies"][0]["fields"]
    assert fields["injury_level"]["value"] == "T10"  # not the catheter's L1 tip or L5–L6 entry
    assert fields["route"]["value"] == "intrathecal"


def test_the_wide_table_sits_on_a_landscape_page_and_methods_quotes_come_from_a_table() -> None:
    import pymupdf

    stem = stem_of("palmqvist2022")
    (page,) = {r["page"] for r in rows(stem) if r["source"] == "table"}
    with pymupdf.open(CHORUS / f"{stem}.pdf") as doc:
        rect = doc[page - 1].rect
    assert rect.width > rect.height
    assert len(rows(stem)) == 4 * 10 + 3
    fields = gold(stem + ".pdf")["studies"][0]["fields"]
    assert fields["route"]["value"] == "intranasal" and fields["dose"]["value"]["amount"] == 30


def test_delayed_cohort_days_count_from_injury_not_from_treatment() -> None:
    stem = stem_of("tuominen2020")
    delayed = {r["day"] for r in rows(stem) if r["group"].startswith("Delayed")}
    assert delayed == {28.0, 35.0, 42.0, 56.0}
    fields = gold(stem + ".pdf")["studies"][0]["fields"]
    assert fields["timing_post_injury_h"]["value"] == 1.0  # the prespecified acute cohort
    assert {r["arm"] for r in rows(stem) if r["group"] == "Delayed-Exo"} == {"other"}
