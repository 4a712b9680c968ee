"""The quartz tuning corpus (corpus_samples/quartz): its gold is honest and self-consistent.

Gold values are in the contract's vocabulary, every quote is readable on its stated PDF page
and in the JATS text, the two renderings of a study agree, and the group-definition habits the
set is about (design table, group codes, two cohorts printing the same labels, a continued
table, n in table heads or columns, a timeline scheme) really are in the files.
"""

from __future__ import annotations

import re

import pytest
from _corpus import Corpus, pages_fixture

CORPUS = Corpus.named("quartz")
STEMS = CORPUS.stems
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_each_in_two_renderings_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False)
)
test_every_pdf_quote_is_on_its_stated_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_jats_quote_is_in_the_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_jats_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", STEMS)
def test_first_page_says_the_document_is_synthetic(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    assert "Synthetic test document" in pdf_pages[stem][0]


@pytest.mark.parametrize("stem", STEMS)
def test_ids_use_the_test_prefix_and_first_authors_start_with_m_r_or_v(stem: str) -> None:
    fields = CORPUS.fields(stem + ".xml")
    assert fields["doi"]["value"].startswith("10.5555/")
    assert re.fullmatch(r"99660\d{3}", fields["pmid"]["value"])
    assert fields["first_author"]["value"][0] in "MRV"


@pytest.mark.parametrize("stem", STEMS)
def test_every_paper_has_one_treatment_and_one_control_arm_with_numeric_bbb(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    assert {r["outcome"] for r in rows} == {"BBB"}
    arms = {r["arm"]: r["group"] for r in rows}
    assert {"treatment", "control"} <= set(arms)
    treated = {r["group"] for r in rows if r["arm"] == "treatment"}
    controls = {r["group"] for r in rows if r["arm"] == "control"}
    assert not treated & controls


@pytest.mark.parametrize("stem", STEMS)
def test_table_rows_are_one_per_cell_and_days_are_whole(stem: str) -> None:
    # a number written twice in the prose (abstract and results) is two text rows by design
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    keys = [(r["group"], r["day"], r["page"], r["mean"]) for r in rows if r["source"] == "table"]
    assert len(keys) == len(set(keys))
    assert all(r["day"] == int(r["day"]) for r in rows)


def _arm_of(prefix: str) -> dict[str, str]:
    return {r["group"]: r["arm"] for r in CORPUS.rows_of(prefix)}


def test_a_group_called_control_can_be_the_sham() -> None:
    assert _arm_of("mahlangu")["Control"] == "sham" and _arm_of("mahlangu")["SCI"] == "control"


def test_a_positive_control_drug_and_a_control_vesicle_are_other_arms() -> None:
    assert _arm_of("mahlangu")["SCI + MP"] == "other"
    assert _arm_of("ronning") == {"G1": "sham", "G2": "control", "G3": "treatment", "G4": "other"}


def test_group_codes_are_defined_only_in_a_design_table(pdf_pages: dict[str, list[str]]) -> None:
    text = " ".join(pdf_pages[CORPUS.stem_of("ronning")])
    assert "Group Surgery Treatment (days 1, 2, 3) n" in text
    assert "G4 Laminectomy + clip Fibroblast sEV" in text


def test_two_cohorts_print_the_same_labels_and_keep_their_own_rows() -> None:
    rows = [r for r in CORPUS.rows_of("velasquez") if r["source"] == "table"]
    exo14 = sorted(r["mean"] for r in rows if r["group"] == "Exo" and r["day"] == 14)
    assert len(exo14) == 2 and exo14[0] != exo14[1]
    assert {r["group"] for r in rows} == {"Sham", "Model", "Exo"}


def test_a_continued_table_splits_the_groups() -> None:
    pages = {r["group"]: r for r in CORPUS.rows_of("radulescu") if r["source"] == "table"}
    assert set(pages) == {"Sham", "SCI-V", "SCI-E", "SCI-E-siTIMP2"}
    assert pages["SCI-E-siTIMP2"]["arm"] == "other" and pages["SCI-E"]["arm"] == "treatment"


def test_timing_arms_and_legend_numbers() -> None:
    rows = CORPUS.rows_of("murtagh")
    assert _arm_of("murtagh")["Exo-7d"] == "other"
    legend = [r for r in rows if r["source"] == "text" and r["day"] == 42]
    assert {r["group"] for r in legend} == {"Exo-1h", "Exo-7d", "Untreated"}
    assert CORPUS.fields_of("murtagh")["timing_post_injury_h"]["value"] == 1.0


def test_a_dropout_shows_in_the_rows_n_but_not_in_n_per_group(pdf_pages: dict[str, list[str]]) -> None:
    saline = {r["n"] for r in CORPUS.rows_of("vuong") if r["group"] == "Saline"}
    assert saline == {9} and CORPUS.fields_of("vuong")["n_per_group"]["value"] == 10
    assert _arm_of("vuong")["MSC"] == "other"
    assert "Saline (n = 9)" in " ".join(pdf_pages[CORPUS.stem_of("vuong")])


@pytest.mark.parametrize("stem", STEMS)
def test_textbook_sizes_in_the_introduction_are_not_gold(stem: str) -> None:
    quotes = [e["quote"] for e in CORPUS.fields(stem + ".pdf")["size_nm"]["evidence"]]
    assert not any(re.search(r"\d+[–-]\d+ ?nm", q) for q in quotes)
