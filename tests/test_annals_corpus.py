"""The annals tuning corpus: gold in contract vocabulary, quotes where the gold says they are."""

from __future__ import annotations

import pytest

from tests._corpus import Corpus

ANNALS = Corpus.named("annals")
STEMS = ANNALS.stems
gold = ANNALS.gold


def test_split_lists_every_document_for_tuning() -> None:
    ANNALS.check_renderings(split="tune", at_least=4)
    assert (ANNALS.folder / "READY").exists()


def test_corpus_stays_small() -> None:
    ANNALS.check_small()


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("suffix", [".pdf", ".xml"])
def test_gold_is_in_contract_vocabulary(stem: str, suffix: str) -> None:
    g = gold(stem + suffix)
    ANNALS.check_gold_values(stem + suffix, bare_means=False)
    assert g["studies"][0]["document"] == stem + suffix
    assert {r["document"] for r in g["outcomes"]} == {stem + suffix}
    assert g["studies"][0]["fields"]["doi"]["value"].startswith("10.5555/")


test_every_pdf_quote_is_on_its_page = ANNALS.each_stem(ANNALS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = ANNALS.each_stem(ANNALS.check_xml_quotes)
test_jats_is_europe_pmc_shaped = ANNALS.each_stem(ANNALS.check_jats)
test_pdf_and_xml_gold_agree = ANNALS.each_stem(ANNALS.check_renderings_agree)


@pytest.fixture(scope="module")
def pdf_pages() -> dict[str, list[str]]:
    return ANNALS.pdf_pages()


@pytest.mark.parametrize("stem", STEMS)
def test_each_paper_reports_bbb_rows_for_every_arm(stem: str) -> None:
    rows = gold(stem + ".pdf")["outcomes"]
    assert {r["arm"] for r in rows} >= {"control", "treatment"}
    assert all(r["outcome"] == "BBB" and 0 <= r["mean"] <= 21 for r in rows)


def test_traps_are_not_gold() -> None:
    """Intro sizes, in-vitro doses, subscores and cited scores never become gold."""
    hollings = gold("hollings2021_hbmsc_exo_ih_tailvein.pdf")
    assert hollings["studies"][0]["fields"]["size_nm"]["value"]["value"] == 118.4
    assert hollings["studies"][0]["fields"]["dose"]["value"]["amount"] == 100
    seong = gold("seong2022_hucmsc_exo_nyu_exoquick_iv.pdf")
    assert 7.5 not in {r["mean"] for r in seong["outcomes"]}  # BBB subscore
    assert {r["day"] for r in seong["outcomes"]} == {1.0, 7.0, 14.0, 28.0, 56.0}  # T1..T5 decoded
    teixeira = gold("teixeira2023_hadsc_ev_weightdrop_ip.pdf")
    assert 9.8 not in {r["mean"] for r in teixeira["outcomes"]}  # score cited from another study


def test_manuscript_paper_has_line_numbers_and_banner(pdf_pages: dict[str, list[str]]) -> None:
    pages = pdf_pages["seong2022_hucmsc_exo_nyu_exoquick_iv"]
    assert all("ACCEPTED MANUSCRIPT" in p for p in pages)
    assert " 1 " in f" {pages[0]} " and " 40 " in f" {' '.join(pages)} "
