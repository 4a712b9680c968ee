"""The 'world' tuning corpus (corpus_samples/world): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, the PDF and XML renderings carry the same values and outcome
rows, and the traps (textbook sizes, cited doses, subscores, other scales) stay out of gold.
"""

from __future__ import annotations

from pathlib import Path

import defusedxml.ElementTree as DET
import pymupdf
import pytest
from _corpus import (
    Corpus,
    normalise,
    pages_fixture,
)

WORLD = Path(__file__).resolve().parents[1] / "corpus_samples" / "world"
CORPUS = Corpus(WORLD)
STEMS = CORPUS.stems

pytestmark = pytest.mark.skipif(not STEMS, reason="world corpus not generated")

gold = CORPUS.gold


stem_of = CORPUS.stem_of


pdf_pages = pages_fixture(CORPUS)


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    CORPUS.check_renderings(split="tune")


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


def test_every_first_page_says_the_paper_is_synthetic(pdf_pages: dict[str, list[str]]) -> None:
    for stem in STEMS:
        assert "Synthetic test document" in pdf_pages[stem][0], stem


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_structure_and_declarations(stem: str) -> None:
    CORPUS.check_jats(stem)
    CORPUS.check_declarations(stem)


@pytest.mark.parametrize("stem", STEMS)
def test_outcome_rows_have_a_control_and_a_treatment_or_a_figure_note(stem: str) -> None:
    g = gold(stem + ".pdf")
    if g["outcomes"]:
        assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}
    else:
        assert any("figure" in n.casefold() for n in g["studies"][0]["notes"])


@pytest.mark.parametrize("stem", STEMS)
def test_each_outcome_row_is_one_number_written_in_the_paper(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    """Rows are unique per (group, day, source, page, quote) and their quote shows the mean."""
    g = gold(stem + ".pdf")
    keys = [(r["group"], r["day"], r["source"], r["page"], r["quote"]) for r in g["outcomes"]]
    table_keys = [k for k in keys if k[2] == "table"]
    assert len(set(table_keys)) == len(table_keys)  # a table cell is one row
    for r in g["outcomes"]:
        mean = f"{r['mean']:.1f}"
        assert r["quote"].replace(",", ".").startswith((mean, f"{r['mean']:.0f}")), r


def test_traps_stay_out_of_the_gold() -> None:
    """Textbook sizes, cited doses, in-vitro doses and anaesthetic doses are never evidence."""
    for stem in STEMS:
        fields = gold(stem + ".pdf")["studies"][0]["fields"]
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        for trap in ("30–150 nm", "40–160 nm", "μg/mL", "µg/mL", "mg/kg", "[5]", "1 × 10^"):
            assert trap not in quotes, (stem, trap)


def test_layout_habits_are_really_in_the_pdfs() -> None:
    """Line numbers, a landscape page, a continued table and merged headers exist as claimed."""
    with pymupdf.open(WORLD / f"{stem_of('gebremedhin2022')}.pdf") as doc:
        margin_numbers = [b for b in doc[1].get_text("blocks") if b[4].strip().isdigit() and b[2] < 40]
        assert len(margin_numbers) >= 5  # every fifth line is numbered
    with pymupdf.open(WORLD / f"{stem_of('hoxha2020')}.pdf") as doc:
        assert any(p.rect.width > p.rect.height for p in doc)
    root = DET.parse(WORLD / f"{stem_of('gebremedhin2022')}.xml").getroot()
    assert root.findall(".//th[@colspan='6']")
    # Table 3 of zielinski2023 breaks after week 5: weeks 6-8 are table rows on the next page.
    rows = gold(stem_of("zielinski2023") + ".pdf")["outcomes"]
    pages = {r["day"]: r["page"] for r in rows if r["source"] == "table"}
    assert pages[42.0] == pages[35.0] + 1 and pages[56.0] == pages[42.0]


def test_special_designs_are_annotated_as_the_conventions_say() -> None:
    dose = gold(stem_of("gebremedhin2022") + ".xml")
    arms = {r["group"]: r["arm"] for r in dose["outcomes"]}
    assert arms["Exo-L"] == "other" and arms["Exo-H"] == "treatment" and arms["NS"] == "control"
    assert dose["studies"][0]["fields"]["dose"]["value"]["amount"] == 200
    cells = gold(stem_of("hoxha2020") + ".xml")
    assert {r["arm"] for r in cells["outcomes"] if r["group"] == "hADSC"} == {"other"}
    assert {r["n"] for r in cells["outcomes"] if r["group"] == "hADSC"} == {8}
    mouse = gold(stem_of("yoshikawa2019") + ".xml")
    assert {r["outcome"] for r in mouse["outcomes"]} == {"BMS"}
    assert {r["day"] for r in mouse["outcomes"]} == {1.0, 14.0, 28.0, 35.0, 42.0}
    # Subscores and the swim scale are written as numbers but are not BMS rows.
    assert not any(r["mean"] in (5.5, 3.1, 9.0, 6.4) for r in mouse["outcomes"])


def test_text_rows_without_a_spread_have_neither_sd_nor_sem() -> None:
    g = gold(stem_of("wanjiru2021") + ".pdf")
    abstract = [r for r in g["outcomes"] if r["page"] == 1 and r["source"] == "text"]
    assert abstract and all(r["sd"] is None and r["sem"] is None for r in abstract)


def test_quotes_compare_after_normalising() -> None:
    assert normalise("8.4 ±\n1.2 μg") == "8.4 ± 1.2 µg"
