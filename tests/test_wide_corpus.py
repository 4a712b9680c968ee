"""The wide tuning corpus (corpus_samples/wide): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote (field evidence and outcome
row) is readable on its stated PDF page and in the JATS text, both renderings carry the
same values and rows, and the traps the papers set (textbook sizes, cited scores,
pre-injury baselines, other scales) stay out of the gold.
"""

from __future__ import annotations

import json
from pathlib import Path

import defusedxml.ElementTree as DET
import pymupdf
import pytest
from _corpus import (
    Corpus,
    check_declarations_in_gold,
    check_gold_values,
    check_quotes_on_pdf_pages,
    pdf_page_texts,
)

WIDE = Path(__file__).resolve().parents[1] / "corpus_samples" / "wide"
CORPUS = Corpus(WIDE)
STEMS = CORPUS.stems
FIGURE_ONLY = {"eze2023_mensc_exo_intranasal_weightdrop"}
DOCS = [s + x for s in STEMS for x in (".pdf", ".xml")]

gold = CORPUS.gold


def checks(g: dict) -> list[tuple[str, int | None, str]]:
    (study,) = g["studies"]
    out = [(f, e["page"], e["quote"]) for f, cell in study["fields"].items() for e in cell["evidence"]]
    return out + [(f"outcome {r['group']}@{r['day']:g}", r["page"], r["quote"]) for r in g["outcomes"]]


@pytest.fixture(scope="module")
def pages() -> dict[str, list[str]]:
    return pdf_page_texts(WIDE, STEMS)


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    assert len(STEMS) >= 5
    split = json.loads((WIDE / "split.json").read_text(encoding="utf-8"))
    assert sorted(split["tune"]) == sorted(DOCS)
    for name in DOCS:
        g = gold(name)
        assert [s["document"] for s in g["studies"]] == [name]
        assert all(r["document"] == name for r in g["outcomes"])


def test_the_set_stays_small() -> None:
    total = sum(p.stat().st_size for p in WIDE.rglob("*") if p.is_file() and p.suffix in (".pdf", ".xml", ".json"))
    assert total < 1_500_000


@pytest.mark.parametrize("name", DOCS)
def test_gold_uses_the_contract_vocabulary(name: str) -> None:
    g = gold(name)
    check_gold_values(g, bare_means=True)


@pytest.mark.parametrize("stem", STEMS)
def test_every_pdf_quote_is_on_its_stated_page(stem: str, pages: dict[str, list[str]]) -> None:
    check_quotes_on_pdf_pages(checks(gold(stem + ".pdf")), pages[stem])


test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)


@pytest.mark.parametrize("stem", STEMS)
def test_first_page_says_the_paper_is_synthetic(stem: str, pages: dict[str, list[str]]) -> None:
    assert "not a real publication" in pages[stem][0]
    assert gold(stem + ".pdf")["studies"][0]["fields"]["doi"]["value"].startswith("10.5555/")


def test_figure_only_papers_have_notes_and_no_rows() -> None:
    for stem in STEMS:
        g = gold(stem + ".pdf")
        if stem in FIGURE_ONLY:
            assert g["outcomes"] == [] and g["studies"][0]["notes"]
        else:
            assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}, stem


def test_scores_are_written_in_many_shapes() -> None:
    """Text rows with and without a spread, table rows and legend rows all occur."""
    rows = [r for s in STEMS for r in gold(s + ".pdf")["outcomes"]]
    sources = {r["source"] for r in rows}
    assert {"text", "table"} <= sources
    assert any(r["sd"] is None and r["sem"] is None for r in rows)
    assert {"sd", "sem"} <= {k for r in rows for k in ("sd", "sem") if r[k] is not None}
    assert len({r["quote"].replace("±", "").count(" ") for r in rows}) >= 2


def test_traps_stay_out_of_the_gold(pages: dict[str, list[str]]) -> None:
    """Textbook sizes, cited scores, pre-injury baselines and other scales are in the text, not the gold."""
    text = " ".join(" ".join(p) for p in pages.values())
    assert "30–150 nm" in text and "13.5 ± 1.0" in text and "Pre-injury" in text and "48.2 ± 3.1°" in text
    for stem in STEMS:
        g = gold(stem + ".pdf")
        quotes = " ".join(e["quote"] for c in g["studies"][0]["fields"].values() for e in c["evidence"])
        assert "30–150 nm" not in quotes and "pentobarbital" not in quotes and "L3" not in quotes
        size = g["studies"][0]["fields"].get("size_nm", {}).get("value")
        assert size is None or (size["low"], size["high"]) != (30, 150)
        assert all(r["quote"] not in ("13.5 ± 1.0", "21.0 ± 0.0") or r["arm"] == "sham" for r in g["outcomes"])


def test_rows_follow_exclusions_and_weeks() -> None:
    cast = gold("castillo2022_hadsc_sev_weekly_intrathecal.pdf")["outcomes"]
    assert {r["n"] for r in cast if r["group"] == "Vehicle"} == {11}
    assert {r["n"] for r in cast if r["group"] == "hADSC-sEV"} == {12}
    assert min(r["day"] for r in cast) == 3.0  # the pre-injury row is not an outcome


def test_own_layouts_are_what_they_claim() -> None:
    with pymupdf.open(WIDE / "dimitrov2020_hypoxic_rbmsc_exo_clip_femoral.pdf") as doc:
        assert any(p.rect.width > p.rect.height for p in doc)  # a landscape table page
    with pymupdf.open(WIDE / "castillo2022_hadsc_sev_weekly_intrathecal.pdf") as doc:
        assert "Accepted manuscript" in doc[1].get_text()
        words = [w[4] for w in doc[1].get_text("words") if w[0] < 80]
        assert len([w for w in words if w.isdigit()]) > 20  # margin line numbers


def test_xml_tables_keep_merged_header_cells() -> None:
    root = DET.parse(WIDE / "bergstrom2019_rbmsc_mir21exo_mascis.xml").getroot()
    assert any(th.get("colspan") == "5" for th in root.iter("th"))


@pytest.mark.parametrize("stem", STEMS)
def test_back_matter_declarations_are_reported_items_in_the_gold(stem: str) -> None:
    check_declarations_in_gold(WIDE / f"{stem}.xml", {stem + sfx: gold(stem + sfx) for sfx in (".pdf", ".xml")})


def test_a_legend_score_written_in_whole_numbers_is_a_text_row() -> None:
    # "Sham 21 (0)" in a figure legend is a score written as a number: one row, source text
    for suffix in (".pdf", ".xml"):
        rows = gold("fujimoto2018_hpmsc_exo_single_30min" + suffix)["outcomes"]
        sham = [r for r in rows if r["arm"] == "sham"]
        assert [(r["day"], r["mean"], r["sd"], r["source"], r["quote"]) for r in sham] == [
            (42.0, 21.0, 0.0, "text", "21 (0)")]
