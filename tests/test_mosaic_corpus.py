"""The mosaic tuning corpus: four labs' papers, each as PDF + JATS, with gold in contract terms."""

from __future__ import annotations

import pymupdf

from tests._corpus import Corpus

MOSAIC = Corpus.named("mosaic")

test_every_pdf_quote_is_on_its_page = MOSAIC.each_stem(MOSAIC.check_pdf_quotes)
test_every_jats_quote_is_in_the_text = MOSAIC.each_stem(MOSAIC.check_xml_quotes)
test_pdf_and_jats_gold_agree = MOSAIC.each_stem(MOSAIC.check_renderings_agree)
test_jats_is_europe_pmc_shaped = MOSAIC.each_stem(MOSAIC.check_jats)
test_declarations_are_reported_items = MOSAIC.each_stem(MOSAIC.check_declarations)
test_gold_in_contract_vocabulary = MOSAIC.each_name(lambda n: MOSAIC.check_gold_values(n, bare_means=False))


def test_four_studies_rendered_twice_and_listed_for_tuning() -> None:
    MOSAIC.check_renderings(split="tune", at_least=4)


def test_folder_stays_small() -> None:
    MOSAIC.check_small()


def test_every_paper_reports_bbb_rows_from_text_and_some_from_tables() -> None:
    sources = {s: {r["source"] for r in MOSAIC.gold(s + ".pdf")["outcomes"]} for s in MOSAIC.stems}
    assert all("text" in v for v in sources.values())
    assert sum("table" in v for v in sources.values()) >= 2


def test_figure_legend_numbers_are_text_rows() -> None:
    rows = MOSAIC.gold("cervantes2020_hypoxic_rbmsc_ev_iv_legend.pdf")["outcomes"]
    assert {(r["group"], r["day"]) for r in rows if r["day"] == 3.0} == {("Vehicle", 3.0), ("N-EV", 3.0), ("H-EV", 3.0)}
    assert all(r["source"] == "text" for r in rows)


def test_t_coded_time_points_become_days() -> None:
    rows = MOSAIC.gold("kothari2022_rbmsc_exo_intrathecal_tcoded.xml")["outcomes"]
    assert sorted({r["day"] for r in rows}) == [7.0, 14.0, 28.0, 42.0]


def test_accepted_manuscript_has_margin_line_numbers_and_banner() -> None:
    with pymupdf.open(MOSAIC.pdf("basaran2023_hadmsc_exo_intralesional_am")) as doc:
        text = doc[0].get_text()
    assert "ACCEPTED MANUSCRIPT" in text and "\n5\n" in text


def test_intro_and_discussion_sizes_are_not_gold() -> None:
    size = MOSAIC.fields("deng2021_hucmsc_exos_tailvein_nyu.pdf")["size_nm"]["value"]
    assert size["value"] == 112.4 and size["low"] is None
