"""The delta tuning corpus (corpus_samples/delta): BBB tables as journals typeset them.

Gold must be honest and self-consistent: contract vocabulary, every quote on its stated PDF
page and in the JATS text, both renderings agreeing. The journal habits the corpus exists
for (continued tables, a landscape page, spanning headers, glued markers, baseline rows and
second scales that are not outcomes) are pinned down below so a regeneration cannot lose them.
"""

from __future__ import annotations

import defusedxml.ElementTree as DET
import pymupdf
import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("delta")
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_listed_for_tuning_in_both_renderings() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False)
)
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


def _table_rows(prefix: str, suffix: str = ".pdf") -> list[dict]:
    return [r for r in CORPUS.rows_of(prefix, suffix) if r["source"] == "table"]


def test_a_continued_table_puts_later_days_on_the_next_page(pdf_pages: dict[str, list[str]]) -> None:
    stem = CORPUS.stem_of("kiplagat")
    rows = _table_rows("kiplagat")
    first = {r["page"] for r in rows if r["day"] <= 14}
    later = {r["page"] for r in rows if r["day"] >= 21}
    assert len(first) == 1 and len(later) == 1
    (p1,), (p2,) = first, later
    assert p2 == p1 + 1
    assert "Table 2 (continued)" in pdf_pages[stem][p2 - 1]
    # the header is repeated on the continuation page
    assert "Exo-H (n = 8)" in pdf_pages[stem][p1 - 1] and "Exo-H (n = 8)" in pdf_pages[stem][p2 - 1]


def test_the_landscape_table_has_a_page_of_its_own() -> None:
    stem = CORPUS.stem_of("sorlie")
    pages = {r["page"] for r in _table_rows("sorlie")}
    assert len(pages) == 1
    with pymupdf.open(CORPUS.pdf(stem)) as doc:
        page = doc[pages.pop() - 1]
        assert page.rect.width > page.rect.height
        assert doc[0].rect.width < doc[0].rect.height


@pytest.mark.parametrize(
    ("prefix", "group", "day", "quote"),
    [
        ("sorlie", "siPTEN-sEV", 56, "11.2±1.2*#"),  # symbols glued to a tight "mean±SD"
        ("sorlie", "sEV", 28, "8.0±1.4*"),
        ("kiplagat", "Exo-H", 28, "10.8 ± 0.8a,b"),  # superscript letters read inline
        ("hirvonen", "SCI + EV", 42, "9.8 1.1*"),  # Mean | SD sub-columns
        ("mukherjee", "Hypo-Exo", 56, "12.0 ± 0.7*‡"),
    ],
)
def test_glued_markers_stay_in_the_quote_but_not_in_the_value(prefix: str, group: str, day: int, quote: str) -> None:
    (row,) = [r for r in _table_rows(prefix) if r["group"] == group and r["day"] == day]
    assert normalise(row["quote"]) == quote
    assert str(row["mean"]) in quote


def test_spread_said_only_in_caption_or_footnote_decides_sd_or_sem() -> None:
    assert all(r["sd"] is not None and r["sem"] is None for r in CORPUS.rows_of("sorlie"))  # caption: mean ± SD
    assert all(r["sem"] is not None and r["sd"] is None for r in CORPUS.rows_of("kiplagat"))  # footnote: SEM


@pytest.mark.parametrize("prefix", ["kiplagat", "sorlie", "hirvonen", "mukherjee"])
def test_baseline_rows_and_second_scales_are_not_outcomes(prefix: str) -> None:
    rows = CORPUS.rows_of(prefix)
    assert rows and all(r["day"] > 0 and r["outcome"] == "BBB" for r in rows)
    # inclined-plane angles and body weights sit in the same tables and are never rows
    assert all(r["mean"] <= 21 for r in rows)


def test_n_follows_the_group_label_when_an_animal_died() -> None:
    rows = CORPUS.rows_of("mukherjee")
    assert {r["n"] for r in rows if r["group"] == "SCI"} == {11}
    assert CORPUS.fields_of("mukherjee")["n_per_group"]["value"] == 12


def test_figure_legend_numbers_are_text_rows() -> None:
    stem = CORPUS.stem_of("mukherjee")
    rows = [r for r in CORPUS.rows_of("mukherjee") if r["source"] == "text" and r["day"] == 28]
    assert {r["group"] for r in rows} == {"Hypo-Exo", "Nor-Exo"}
    root = DET.parse(CORPUS.xml(stem)).getroot()
    legends = " ".join(normalise("".join(f.itertext())) for f in root.iter("fig"))
    assert all(normalise(r["quote"]) in legends for r in rows)


def test_dose_ranging_gold_is_the_primary_arm_and_lower_doses_are_other() -> None:
    assert CORPUS.fields_of("kiplagat")["dose"]["value"]["amount"] == 200
    arms = {r["group"]: r["arm"] for r in CORPUS.rows_of("kiplagat")}
    assert arms == {"Sham": "sham", "SCI + PBS": "control", "Exo-L": "other", "Exo-M": "other",
                    "Exo-H": "treatment"}


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_table_rows_are_read_from_jats_tables_with_spanning_headers(stem: str) -> None:
    root = DET.parse(CORPUS.xml(stem)).getroot()
    tables = " ".join(normalise("".join(t.itertext())) for t in root.iter("table-wrap"))
    rows = [r for r in CORPUS.gold(stem + ".xml")["outcomes"] if r["source"] == "table"]
    assert rows and all(normalise(r["quote"]) in tables for r in rows)


def test_journal_tables_span_their_headers() -> None:
    for prefix in ("kiplagat", "sorlie", "hirvonen", "mukherjee"):
        root = DET.parse(CORPUS.xml(CORPUS.stem_of(prefix))).getroot()
        assert any(th.get("colspan") for th in root.iter("th")), prefix


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_every_page_carries_the_doi_line(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    doi = CORPUS.doi(stem)
    journal_layout = not stem.startswith(("bastos", "ozturk"))
    if journal_layout:
        assert all(doi in normalise(p).lower() for p in pdf_pages[stem])
    assert "synthetic test document" in pdf_pages[stem][0].lower()


def test_introduction_and_discussion_numbers_are_not_gold() -> None:
    # the textbook "30–150 nm" and the doses cited in discussions are traps
    for stem in CORPUS.stems:
        fields = CORPUS.fields(stem + ".pdf")
        size = fields["size_nm"]["value"]
        assert (size["low"], size["high"]) != (30, 150)
    assert CORPUS.fields_of("sorlie")["dose"]["value"]["amount"] == 5
