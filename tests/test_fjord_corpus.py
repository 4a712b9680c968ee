"""The fjord tuning corpus (corpus_samples/fjord): journal house styles, honest gold.

Six invented studies, each as PDF and JATS, with gold in the extraction sheet's export shape.
Every gold value must be in the contract's vocabulary, every quote readable on its stated PDF
page and in the JATS text, and the two renderings must state the same values and rows.
"""

from __future__ import annotations

import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("fjord")
STEMS = CORPUS.stems
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_each_in_two_formats_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


# Scores given as mean (95% CI) or median [IQR] carry neither SD nor SEM.
test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=True)
)
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("name", CORPUS.names)
def test_every_row_has_exactly_one_spread_or_a_stated_statistic(name: str) -> None:
    """SD xor SEM, except rows from CI/IQR papers, whose medians are marked as such."""
    g = CORPUS.gold(name)
    for r in g["outcomes"]:
        if r["sd"] is None and r["sem"] is None:
            assert "(" in r["quote"] or "IQR" in r["quote"], r
        else:
            assert (r["sd"] is None) != (r["sem"] is None), r
        if "IQR" in r["quote"]:
            assert r.get("stat") == "median", r


def test_the_house_style_traps_are_in_the_papers(pdf_pages: dict[str, list[str]]) -> None:
    """The habits the corpus exists for are really on the pages, not only in the gold."""
    text = {stem: " ".join(pages) for stem, pages in pdf_pages.items()}
    manuscript = "rijkhoff2021_radsc_exo_mir21_weekly_jugular"
    assert "ACCEPTED MANUSCRIPT" in text[manuscript] and " 101 " in text[manuscript]  # margin line numbers
    rhim = pdf_pages["rhim2022_hpmsc_melatonin_exo_daily_perkg"]
    assert sum("Table 1 (continued)" in p for p in rhim) == 1  # a table split across pages
    assert "Days post-injury" in text["rhim2022_hpmsc_melatonin_exo_daily_perkg"]  # merged header cell
    usa = "quarrington2024_rbmsc_ev_mascis_gradient_perkg"
    assert "Supplementary material" in pdf_pages[usa][-1] and "Table S1" in pdf_pages[usa][-1]
    assert any("F(" in t for t in text.values())
    for stem in STEMS:  # the synthetic-document notice is on every first page
        assert "Synthetic test document" in pdf_pages[stem][0]


def test_supplementary_landscape_page_and_table_rows_point_at_it() -> None:
    import pymupdf

    usa = "quarrington2024_rbmsc_ev_mascis_gradient_perkg"
    with pymupdf.open(CORPUS.pdf(usa)) as doc:
        last = doc[-1].rect
        assert last.width > last.height  # landscape
        n_pages = doc.page_count
    rows = [r for r in CORPUS.gold(usa + ".pdf")["outcomes"] if r["source"] == "table" and r["page"] == n_pages]
    assert len(rows) == 27  # 9 time points x 3 groups


def test_intro_and_discussion_numbers_are_not_gold() -> None:
    """Textbook sizes and other studies' doses are traps: never a gold quote."""
    for name in CORPUS.names:
        fields = CORPUS.fields(name)
        if "size_nm" in fields:
            for e in fields["size_nm"]["evidence"]:
                assert "30–150" not in e["quote"] and "50–200" not in e["quote"]
        if "dose" in fields:
            for e in fields["dose"]["evidence"]:
                assert "200 µg per rat" not in normalise(e["quote"])
