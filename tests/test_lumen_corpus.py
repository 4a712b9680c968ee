"""The lumen tuning corpus (corpus_samples/lumen): gold is honest and self-consistent.

Six invented studies from different labs, each rendered as a PDF and as JATS XML. The gold
must use the contract's vocabulary, every quote must be readable on its stated PDF page and
in the JATS text, both renderings must state the same values, and the traps the papers set
(textbook sizes, other studies' numbers, low-dose arms, figure-only scores) must stay out of it.
"""

from __future__ import annotations

import re

import pymupdf
import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("lumen")
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_each_as_pdf_and_jats_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (CORPUS.folder / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_uses_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_jats_quotes_are_in_the_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_jats_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_every_pdf_quote_is_on_its_stated_page(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    CORPUS.check_pdf_quotes(stem)


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_first_page_says_the_paper_is_synthetic(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    assert "not a real publication" in pdf_pages[stem][0]


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_introduction_and_discussion_sizes_are_not_the_measured_size(stem: str) -> None:
    """Textbook ranges ("30–150 nm") and sizes of other studies never become size_nm evidence."""
    size = CORPUS.fields(stem + ".pdf").get("size_nm")
    assert size is not None
    for ev in size["evidence"]:
        assert not re.search(r"30[–-]1[05]0 nm|generally|range reported", ev["quote"]), ev["quote"]


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_every_arm_with_scores_has_a_treatment_and_a_control(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    arms = {r["arm"] for r in rows}
    assert {"treatment", "control"} <= arms
    assert all(r["outcome"] == "BBB" and r["page"] >= 1 for r in rows)


@pytest.mark.parametrize(
    ("prefix", "source", "count"),
    [
        ("tavakoli", "table", 15), ("tavakoli", "text", 4),   # 3 groups x 5 days; abstract + results text
        ("olaniyan", "text", 10), ("olaniyan", "table", 0),    # scores only in the results prose
        ("rautio", "table", 18),                               # days down the side, n in column heads
        ("tsuruta", "table", 15), ("tsuruta", "text", 7),      # abstract, results, figure legend
        ("obregon", "table", 25), ("obregon", "text", 5),      # "mean (SD)" in abstract and results
        ("kovalenko", "text", 4), ("kovalenko", "table", 0),   # text + legend; the rest only plotted
    ],
)
def test_outcome_rows_by_source(prefix: str, source: str, count: int) -> None:
    rows = CORPUS.rows_of(prefix)
    assert sum(r["source"] == source for r in rows) == count


def test_dose_ranging_gold_is_the_primary_high_dose() -> None:
    fields = CORPUS.fields_of("obregon")
    assert fields["dose"]["value"] == {"amount": 150, "unit": "ug", "volume_ul": 300, "basis": "protein"}
    low = {r["arm"] for r in CORPUS.rows_of("obregon") if r["group"] == "Exo-50"}
    assert low == {"other"}


def test_native_exosomes_beside_engineered_ones_are_another_arm() -> None:
    fields = CORPUS.fields_of("tsuruta")
    assert fields["modification"]["value"] == "miR-21-5p overexpression"
    assert {r["arm"] for r in CORPUS.rows_of("tsuruta") if r["group"] == "Exo"} == {"other"}


@pytest.mark.parametrize(
    ("prefix", "field", "value"),
    [
        ("rautio", "modification", None),          # the paper never says whether vesicles were modified
        ("rautio", "route_detail", None),
        ("kovalenko", "injury_device", None),      # microscissors: a transection has no device field value
        ("olaniyan", "modification", "none"),
        ("obregon", "modification", "none"),
        ("olaniyan", "frequency", {"doses": 3, "interval_h": 48}),
        ("rautio", "frequency", {"doses": 7, "interval_h": 24}),
        ("tsuruta", "frequency", {"doses": 4, "interval_h": 168}),
        ("obregon", "frequency", {"doses": 2, "interval_h": 24}),
        ("kovalenko", "timing_post_injury_h", 0),
        ("tavakoli", "timing_post_injury_h", 0.5),
        ("rautio", "n_per_group", 9),              # sham n = 6; total 24
        ("tsuruta", "n_per_group", 12),            # 48 in total
        ("kovalenko", "size_nm", {"value": None, "low": 40, "high": 120, "stat": None, "method": "TEM"}),
        ("rautio", "dose", {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"}),
    ],
)
def test_field_values_follow_the_gold_conventions(prefix: str, field: str, value: object) -> None:
    for suffix in (".pdf", ".xml"):
        cell = CORPUS.fields_of(prefix, suffix).get(field)
        assert (None if cell is None else cell["value"]) == value


def test_figure_only_scores_are_noted_not_rowed() -> None:
    g = CORPUS.gold(CORPUS.stem_of("kovalenko") + ".pdf")
    assert any("Figure 3" in n for n in g["studies"][0]["notes"])
    assert sorted({r["day"] for r in g["outcomes"]}) == [28.0, 56.0]


def test_preprint_puts_tables_after_the_references(pdf_pages: dict[str, list[str]]) -> None:
    stem = CORPUS.stem_of("tsuruta")
    g = CORPUS.gold(stem + ".pdf")
    table_page = {r["page"] for r in g["outcomes"] if r["source"] == "table"}
    assert table_page == {len(pdf_pages[stem])} or min(table_page) > 1
    text = " ".join(pdf_pages[stem])
    assert text.index("References") < text.index("Tables and figure legends")


def test_boxed_layout_prints_n_in_the_column_headings() -> None:
    with pymupdf.open(CORPUS.pdf(CORPUS.stem_of("rautio"))) as doc:
        text = normalise(" ".join(p.get_text() for p in doc))
    assert "SCI + vehicle (n = 9)" in text and "Sham (n = 6)" in text
