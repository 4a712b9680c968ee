"""The sealed held-out corpus (corpus_samples/sealed): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated
PDF page and in the JATS text, both renderings of a study carry the same values and rows,
and every document is listed as held out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from _corpus import (
    Corpus,
    check_gold_values,
    pages_fixture,
)

SEALED = Path(__file__).resolve().parents[1] / "corpus_samples" / "sealed"
GOLD = SEALED / "gold"
CORPUS = Corpus(SEALED)
STEMS = CORPUS.stems
FIGURE_ONLY = {"kowalczyk2021_wjmsc_ev_sipten_mascis_iv"}

gold = CORPUS.gold


pdf_pages = pages_fixture(CORPUS)


def test_at_least_eight_studies_each_in_two_formats_with_gold() -> None:
    assert len(STEMS) >= 8
    for stem in STEMS:
        assert (SEALED / f"{stem}.pdf").is_file()
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])
    assert sorted(p.name for p in GOLD.glob("*.json")) == sorted(f"{s}{x}.json" for s in STEMS for x in (".pdf", ".xml"))


def test_every_document_is_held_out() -> None:
    split = json.loads((SEALED / "split.json").read_text(encoding="utf-8"))
    assert set(split) <= {"_comment", "heldout"}
    assert sorted(split["heldout"]) == sorted(f"{s}{x}" for s in STEMS for x in (".pdf", ".xml"))
    assert "never tune" in (SEALED / "README.md").read_text(encoding="utf-8").lower()


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


def test_first_pages_carry_the_synthetic_notice(pdf_pages: dict[str, list[str]]) -> None:
    for stem in STEMS:
        assert "Synthetic test document" in pdf_pages[stem][0], stem


@pytest.mark.parametrize("name", CORPUS.names)
def test_gold_values_use_the_contract_vocabulary(name: str) -> None:
    g = gold(name)
    check_gold_values(g, bare_means=False)
    assert g["studies"][0]["fields"]["doi"]["value"].startswith("10.5555/")


test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)


def test_figure_only_paper_has_notes_and_no_rows() -> None:
    for stem in STEMS:
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            if stem in FIGURE_ONLY:
                assert g["outcomes"] == [] and g["studies"][0]["notes"]
            else:
                assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}, stem


def test_a_continued_table_puts_its_rows_on_two_pages() -> None:
    rows = [r for r in gold("lindahl2022_hadsc_sev_ih_intrathecal.pdf")["outcomes"] if r["source"] == "table"]
    pages = {r["day"]: r["page"] for r in rows}
    # the table breaks after its fifth row (day 21) and continues with a repeated header
    assert pages[1] == pages[21] and pages[28] == pages[42] == pages[1] + 1


def test_layout_habits_are_present() -> None:
    with pymupdf.open(SEALED / "fitzgerald2024_mensc_exo_weightdrop_intralesional.pdf") as doc:
        assert any(p.rect.width > p.rect.height for p in doc)  # a landscape table page
    with pymupdf.open(SEALED / "lindahl2022_hadsc_sev_ih_intrathecal.pdf") as doc:
        words = doc[1].get_text("words")
        margin_numbers = [w for w in words if w[4].isdigit() and w[2] < 80]
        assert len(margin_numbers) > 20  # line numbers in the left margin


def test_textbook_sizes_and_cited_numbers_are_not_gold() -> None:
    for stem in STEMS:
        fields = gold(stem + ".pdf")["studies"][0]["fields"]
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        for trap in ("30–150 nm", "50 to 150 nm", "pentobarbital", "ketamine", "µg/mL", "μg/mL", "particles/mL"):
            assert trap not in quotes, (stem, trap)
        size = fields.get("size_nm", {}).get("value")
        assert size is None or (size.get("low"), size.get("high")) != (30, 150)
