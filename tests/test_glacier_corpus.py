"""The glacier tuning corpus (corpus_samples/glacier): gold is honest and self-consistent.

Six invented papers from labs in China (two), the USA, Iran, Brazil and Germany, each as a
PDF and a JATS file. Every gold value is in the contract's vocabulary, every quote is on
its stated PDF page and in the JATS text, the two renderings carry the same gold, and the
layout habits the corpus adds (line numbers, landscape table page, merged table header)
are really in the PDFs.
"""

from __future__ import annotations

import pymupdf
import pytest
from _corpus import Corpus

CORPUS = Corpus.named("glacier")
STEMS = CORPUS.stems


def test_six_studies_each_a_pdf_and_jats_pair_listed_for_tuning() -> None:
    assert len(STEMS) == 6
    CORPUS.check_renderings(split="tune", at_least=6)
    assert set(CORPUS.split()) == {"tune"}


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_stated_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", STEMS)
def test_every_study_reports_bbb_as_numbers_with_one_treatment_arm(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    assert rows and {r["outcome"] for r in rows} == {"BBB"}
    groups = {r["group"]: r["arm"] for r in rows}
    assert list(groups.values()).count("treatment") == 1
    assert "control" in groups.values()


def test_a_score_in_a_figure_legend_is_a_text_row() -> None:
    rows = CORPUS.gold("mascarenhas2019_shed_exo_mascis_intrathecal_weekly.pdf")["outcomes"]
    at_42 = {(r["group"], r["source"]) for r in rows if r["day"] == 42}
    assert {("SCI/EXO", "table"), ("SCI/EXO", "text"), ("SCI/vehicle", "text")} <= at_42


def test_prose_only_scores_have_no_table_rows() -> None:
    rows = CORPUS.gold("hollenbach2021_hpmsc_ev_fibrin_hemisection.pdf")["outcomes"]
    assert {r["source"] for r in rows} == {"text"}
    assert {r["day"] for r in rows} == {7, 14, 28, 42}


@pytest.mark.parametrize(("field", "stem", "value"), [
    ("modification", "bao2023_hucmsc_sev_mir124_nyu_iv", "miR-124-3p overexpression"),
    ("modification", "hendricks2020_hadsc_ev_ih_tff_tailvein", "none"),
    ("modification", "mirhosseini2022_wjmsc_exo_clip_intralesional", "none"),
    ("frequency", "hendricks2020_hadsc_ev_ih_tff_tailvein", {"doses": 2, "interval_h": 168}),
    ("frequency", "mascarenhas2019_shed_exo_mascis_intrathecal_weekly", {"doses": 4, "interval_h": 168}),
    ("frequency", "bao2023_hucmsc_sev_mir124_nyu_iv", {"doses": 3, "interval_h": 24}),
    ("timing_post_injury_h", "hou2021_rbmsc_exos_weightdrop_nlrp3", 0.5),
    ("n_per_group", "mascarenhas2019_shed_exo_mascis_intrathecal_weekly", 9),
    ("n_per_group", "mirhosseini2022_wjmsc_exo_clip_intralesional", 6),
])
def test_methods_traps_have_the_intended_gold(field: str, stem: str, value: object) -> None:
    for suffix in (".pdf", ".xml"):
        assert CORPUS.fields(stem + suffix)[field]["value"] == value


def test_unmodified_studies_leave_modification_empty_unless_they_say_native() -> None:
    assert "modification" not in CORPUS.fields("hou2021_rbmsc_exos_weightdrop_nlrp3.pdf")
    assert "modification" not in CORPUS.fields("mascarenhas2019_shed_exo_mascis_intrathecal_weekly.pdf")


def test_introduction_size_ranges_are_not_gold() -> None:
    for stem in STEMS:
        size = CORPUS.fields(stem + ".pdf")["size_nm"]["value"]
        assert size["value"] is not None and size["low"] is None and size["high"] is None


def test_manuscript_layout_numbers_its_lines() -> None:
    with pymupdf.open(CORPUS.pdf("bao2023_hucmsc_sev_mir124_nyu_iv")) as doc:
        words = doc[1].get_text("words")
    numbers = [w for w in words if w[4].isdigit() and w[0] < 80]
    assert len(numbers) > 25  # one per line down the left margin


def test_wide_table_sits_on_a_landscape_page() -> None:
    g = CORPUS.gold("hendricks2020_hadsc_ev_ih_tff_tailvein.pdf")
    (page,) = {r["page"] for r in g["outcomes"] if r["source"] == "table"}
    with pymupdf.open(CORPUS.pdf("hendricks2020_hadsc_ev_ih_tff_tailvein")) as doc:
        rect = doc[page - 1].rect
        assert rect.width > rect.height
        assert all(p.rect.width < p.rect.height for i, p in enumerate(doc) if i != page - 1)


def test_merged_header_table_marks_significance_after_the_cells() -> None:
    pages = CORPUS.pdf_pages()["mascarenhas2019_shed_exo_mascis_intrathecal_weekly"]
    assert any("BBB score, days post-injury" in p and "11.3 ± 0.5**" in p for p in pages)
