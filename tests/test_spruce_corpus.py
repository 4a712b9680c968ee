"""The spruce tuning corpus (corpus_samples/spruce): multi-arm designs and modified vesicles.

Gold must be in the contract's vocabulary, every quote readable on its stated PDF page and
in the JATS text, and both renderings must agree. The design-specific tests pin down the
conventions the corpus exists to exercise: one treatment arm per paper, other vesicle arms
as ``other``, modification labels only for the vesicles given to animals.
"""

from __future__ import annotations

import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("spruce")
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_in_two_renderings_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)


def test_the_folder_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_uses_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_every_pdf_quote_is_on_its_page(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    CORPUS.check_pdf_quotes(stem)


@pytest.mark.parametrize("name", CORPUS.names)
def test_each_paper_has_exactly_one_treatment_arm_and_a_control(name: str) -> None:
    arms: dict[str, set[str]] = {}
    for row in CORPUS.gold(name)["outcomes"]:
        arms.setdefault(row["arm"], set()).add(row["group"])
    assert len(arms["treatment"]) == 1 and arms["control"], arms
    assert arms["other"], "every spruce paper has more than one active arm"


@pytest.mark.parametrize(
    ("author", "groups"),
    [
        ("wisniewska", {"Exo"}),  # native exosomes beside the miR-124-3p-enriched ones
        ("okeke", {"N-sEV", "L-HsEV"}),  # normoxic sEVs and the low dose of primed sEVs
        ("sondergaard", {"HA", "HA-Exo"}),  # empty gel and unloaded exosomes in gel
        ("huaman", {"G4", "G5"}),  # second route (Exo-IT), parent cells (BMSC)
        ("thammasak", {"EV-dep CM"}),  # vesicle-depleted conditioned medium
        ("ferrand", {"Cur", "Exo", "Exo-Cur (72 h)"}),  # free drug, native, delayed timing
    ],
)
def test_comparator_arms_are_other(author: str, groups: set[str]) -> None:
    rows = CORPUS.rows_of(author)
    assert {r["group"] for r in rows if r["arm"] == "other"} == groups


@pytest.mark.parametrize(
    ("author", "label"),
    [
        ("wisniewska", "miR-124-3p overexpression"),
        ("okeke", "hypoxic preconditioning"),
        ("sondergaard", "siRNA PTEN loading"),
        ("huaman", "none"),  # "used in their native state"
        ("thammasak", "none"),  # "unmodified"; the Rab27a knock-down is a separate mechanism cohort
        ("ferrand", "curcumin loading"),  # the DiR label is for imaging only
    ],
)
def test_modification_labels_follow_the_contract(author: str, label: str) -> None:
    for suffix in (".pdf", ".xml"):
        assert CORPUS.fields_of(author, suffix)["modification"]["value"] == label


@pytest.mark.parametrize(
    ("author", "words"),
    [
        ("okeke", "siRNA"),  # HIF-1α silencing in vitro only
        ("thammasak", "Rab27a"),
        ("ferrand", "DiR"),
        ("sondergaard", "scrambled"),
    ],
)
def test_in_vitro_or_mechanism_only_manipulations_are_not_the_modification_quote(author: str, words: str) -> None:
    quotes = [e["quote"] for e in CORPUS.fields_of(author)["modification"]["evidence"]]
    assert quotes and not any(words in q for q in quotes)
    stem = CORPUS.stem_of(author)
    assert any(words in p for p in CORPUS.pdf_pages()[stem])  # the trap is really in the paper


def test_dose_is_the_main_arm_not_the_low_dose_or_the_cells() -> None:
    assert CORPUS.fields_of("okeke")["dose"]["value"]["amount"] == 200
    assert CORPUS.fields_of("huaman")["dose"]["value"] == {
        "amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"}
    assert CORPUS.fields_of("ferrand")["timing_post_injury_h"]["value"] == 1  # early arm, not 72 h


def test_introduction_sizes_are_not_gold(pdf_pages: dict[str, list[str]]) -> None:
    for stem in CORPUS.stems:
        size = CORPUS.fields(stem + ".pdf")["size_nm"]
        quote = normalise(size["evidence"][0]["quote"])
        assert "30–150" not in quote and "50–150" not in quote
        assert str(size["value"]["value"]).rstrip("0").rstrip(".") in quote.replace(" ", "")


def test_table_and_text_rows_share_group_labels() -> None:
    rows = CORPUS.rows_of("okeke")
    text = {r["group"] for r in rows if r["source"] == "text"}
    table = {r["group"] for r in rows if r["source"] == "table"}
    assert text <= table and "L-HsEV" in table  # the methods call it LD-HsEV


def test_figure_legend_numbers_are_text_rows() -> None:
    rows = [r for r in CORPUS.rows_of("sondergaard") if r["day"] == 56 and r["source"] == "text"]
    assert {r["group"] for r in rows} == {"SCI", "HA", "HA-Exo", "HA-Exo-siPTEN"}
    assert all(r["page"] == rows[0]["page"] for r in rows)


def test_manuscript_layout_puts_tables_after_the_references(pdf_pages: dict[str, list[str]]) -> None:
    stem = CORPUS.stem_of("sondergaard")
    pages = pdf_pages[stem]
    refs = next(i for i, p in enumerate(pages) if "References [1]" in p)
    table_rows = [r for r in CORPUS.rows_of("sondergaard") if r["source"] == "table"]
    assert table_rows and all(r["page"] - 1 > refs for r in table_rows)
