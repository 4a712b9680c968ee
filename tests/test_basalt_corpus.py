"""The basalt tuning corpus (corpus_samples/basalt): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, both renderings carry the same values, and the traps the papers
set (textbook sizes, cited doses, baseline scores) stay out of the gold.
"""

from __future__ import annotations

import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("basalt")
STEMS = CORPUS.stems
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_each_in_two_formats_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (CORPUS.folder / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_xml_quote_is_in_the_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", STEMS)
def test_every_pdf_quote_is_on_its_page(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    CORPUS.check_pdf_quotes(stem)


@pytest.mark.parametrize("stem", STEMS)
def test_first_page_says_the_paper_is_synthetic(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    assert "not a real publication" in pdf_pages[stem][0]


@pytest.mark.parametrize("stem", STEMS)
def test_every_doi_uses_the_test_prefix(stem: str) -> None:
    assert CORPUS.doi(stem).startswith("10.5555/")


@pytest.mark.parametrize("stem", STEMS)
def test_outcome_rows_are_unique_and_post_injury(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    keys = [(r["group"], r["day"], r["source"], r["page"], r["quote"]) for r in rows]
    assert rows and all(r["day"] > 0 for r in rows)
    # a value written twice (text and table) is two rows, but never the same place twice
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("stem", STEMS)
def test_textbook_sizes_in_the_introduction_are_not_gold(stem: str) -> None:
    size = CORPUS.fields(stem + ".pdf")["size_nm"]["value"]
    assert (size["low"], size["high"]) not in {(30, 150), (40, 160), (50, 150), (50, 200)}


@pytest.mark.parametrize(("prefix", "field", "value"), [
    ("bachmann", "dose", {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"}),
    ("pietrzak", "frequency", {"doses": 7, "interval_h": 24}),
    ("pietrzak", "n_per_group", 15),
    ("fukuda", "timing_post_injury_h", 72.0),
    ("fukuda", "modification", "miR-21 overexpression"),
    ("bogatyreva", "dose", {"amount": 400, "unit": "ug_per_kg", "volume_ul": 1000, "basis": "protein"}),
    ("farouk", "timing_post_injury_h", 0.0),
    ("prasetyo", "frequency", {"doses": 2, "interval_h": 168}),
])
def test_methods_values_are_the_in_vivo_main_arm(prefix: str, field: str, value: object) -> None:
    for suffix in (".pdf", ".xml"):
        assert CORPUS.fields_of(prefix, suffix)[field]["value"] == value


def test_papers_silent_on_modification_have_no_modification_gold() -> None:
    assert "modification" not in CORPUS.fields_of("pietrzak")
    assert "modification" not in CORPUS.fields_of("bogatyreva")


def test_methods_table_cells_are_evidence() -> None:
    """Quotes from the methods tables of the two basalt-layout papers sit on a PDF page."""
    for prefix, field in (("fukuda", "n_per_group"), ("bogatyreva", "size_nm")):
        stem = CORPUS.stem_of(prefix)
        (ev, *_) = CORPUS.fields(stem + ".pdf")[field]["evidence"]
        assert normalise(ev["quote"]) in CORPUS.pdf_pages()[stem][ev["page"] - 1]


def test_figure_only_time_points_are_noted_not_rowed() -> None:
    rows = CORPUS.rows_of("prasetyo")
    assert sorted({r["day"] for r in rows}) == [14.0, 28.0]
    assert CORPUS.gold(CORPUS.stem_of("prasetyo") + ".pdf")["studies"][0]["notes"]
