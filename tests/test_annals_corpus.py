"""The annals tuning corpus: gold in contract vocabulary, quotes where the gold says they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests._corpus import (
    check_gold_values,
    check_jats_structure,
    check_pdf_and_jats_gold_agree,
    check_quotes_in_jats,
    check_quotes_on_pdf_pages,
    pdf_page_texts,
    quote_checks,
)

ANNALS = Path(__file__).resolve().parents[1] / "corpus_samples" / "annals"
SPLIT = json.loads((ANNALS / "split.json").read_text(encoding="utf-8"))
STEMS = sorted({name.rsplit(".", 1)[0] for name in SPLIT["tune"]})


def gold(name: str) -> dict:
    return json.loads((ANNALS / "gold" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pdf_pages() -> dict[str, list[str]]:
    return pdf_page_texts(ANNALS, STEMS)


def test_split_lists_every_document_for_tuning() -> None:
    on_disk = {p.name for p in ANNALS.iterdir() if p.suffix in (".pdf", ".xml")}
    assert set(SPLIT) == {"tune"} and set(SPLIT["tune"]) == on_disk and len(STEMS) >= 4
    assert (ANNALS / "READY").exists()


def test_corpus_stays_small() -> None:
    assert sum(p.stat().st_size for p in ANNALS.rglob("*") if p.is_file()) < 1_500_000


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("suffix", [".pdf", ".xml"])
def test_gold_is_in_contract_vocabulary(stem: str, suffix: str) -> None:
    g = gold(stem + suffix)
    check_gold_values(g, bare_means=False)
    assert g["studies"][0]["document"] == stem + suffix
    assert {r["document"] for r in g["outcomes"]} == {stem + suffix}
    assert g["studies"][0]["fields"]["doi"]["value"].startswith("10.5555/")


@pytest.mark.parametrize("stem", STEMS)
def test_every_pdf_quote_is_on_its_page(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    check_quotes_on_pdf_pages(quote_checks(gold(stem + ".pdf")), pdf_pages[stem])


@pytest.mark.parametrize("stem", STEMS)
def test_every_xml_quote_is_in_the_jats_text(stem: str) -> None:
    check_quotes_in_jats(quote_checks(gold(stem + ".xml")), ANNALS / f"{stem}.xml")
    check_jats_structure(ANNALS / f"{stem}.xml", gold(stem + ".xml")["studies"][0]["fields"]["doi"]["value"])


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_and_xml_gold_agree(stem: str) -> None:
    check_pdf_and_jats_gold_agree(gold(stem + ".pdf"), gold(stem + ".xml"), {"pmid", "pmcid"})


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
