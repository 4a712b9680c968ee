"""The zenith held-out corpus (corpus_samples/zenith): its gold is honest and self-consistent.

Gold values are in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, the two renderings of a study agree, and the layout habits the
set adds (line-numbered manuscripts, three-column pages, continued and landscape tables,
merged table headers) really are in the PDFs.
"""

from __future__ import annotations

import json
import re

import pymupdf
import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("zenith")
STEMS = CORPUS.stems
pdf_pages = pages_fixture(CORPUS)


def test_ten_or_more_held_out_studies_each_in_two_renderings() -> None:
    CORPUS.check_renderings(split="heldout", at_least=8)


def test_the_readme_says_the_set_is_held_out() -> None:
    text = (CORPUS.folder / "README.md").read_text(encoding="utf-8").lower()
    assert "held out" in text and "never tune" in text


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False)
)
test_every_pdf_quote_is_on_its_stated_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_jats_quote_is_in_the_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_jats_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", STEMS)
def test_first_page_says_the_document_is_synthetic(
    stem: str, pdf_pages: dict[str, list[str]]
) -> None:
    assert "Synthetic test document" in pdf_pages[stem][0]


@pytest.mark.parametrize("stem", STEMS)
def test_ids_are_test_prefix_and_unused_range(stem: str) -> None:
    fields = CORPUS.fields(stem + ".xml")
    assert fields["doi"]["value"].startswith("10.5555/")
    assert re.fullmatch(r"9877\d{4}", fields["pmid"]["value"])
    assert re.fullmatch(r"PMC9877\d{3}", fields["pmcid"]["value"])


@pytest.mark.parametrize("stem", STEMS)
def test_every_study_states_the_core_fields(stem: str) -> None:
    fields = CORPUS.fields(stem + ".pdf")
    assert {"species", "injury_model", "injury_level", "source_tissue", "route"} <= set(fields)


@pytest.mark.parametrize("stem", STEMS)
def test_outcome_rows_are_unique_per_source_group_and_day(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    keys = [(r["source"], r["group"], r["day"], r["page"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_a_study_reports_locomotion_only_in_a_plot_and_has_no_rows_for_it() -> None:
    plotted = [
        s
        for s in STEMS
        if any("figure" in n for n in CORPUS.gold(s + ".pdf")["studies"][0].get("notes", []))
    ]
    assert plotted
    for stem in plotted:
        assert CORPUS.gold(stem + ".pdf")["outcomes"] == []


def test_both_sd_and_sem_and_both_scales_occur() -> None:
    rows = [r for s in STEMS for r in CORPUS.gold(s + ".pdf")["outcomes"]]
    assert {r["outcome"] for r in rows} == {"BBB", "BMS"}
    assert any(r["sd"] is not None for r in rows) and any(r["sem"] is not None for r in rows)
    assert {"text", "table"} <= {r["source"] for r in rows}


def test_manuscripts_carry_margin_line_numbers_and_put_tables_after_the_references() -> None:
    found = 0
    for stem in STEMS:
        with pymupdf.open(CORPUS.pdf(stem)) as doc:
            if "Accepted manuscript" not in doc[0].get_text():
                continue
            found += 1
            words = doc[1].get_text("words")
            margin_numbers = [w for w in words if w[4].isdigit() and w[2] < 30 * 72 / 25.4]
            assert len(margin_numbers) > 20, stem
            texts = [normalise(p.get_text()) for p in doc]
            ref_page = next(i for i, t in enumerate(texts) if "References" in t)
            table_pages = [i for i, t in enumerate(texts) if re.search(r"Table \d\.", t)]
            assert table_pages and min(table_pages) >= ref_page, stem
    assert found >= 2


def test_a_landscape_table_page_and_a_continued_table_exist() -> None:
    landscape = continued = 0
    for stem in STEMS:
        with pymupdf.open(CORPUS.pdf(stem)) as doc:
            for page in doc:
                text = page.get_text()
                if page.rect.width > page.rect.height and "Table" in text:
                    landscape += 1
                if "(continued)" in text:
                    continued += 1
    assert landscape >= 1 and continued >= 1


def test_continued_table_rows_are_on_the_page_they_are_printed_on(
    pdf_pages: dict[str, list[str]],
) -> None:
    for stem in STEMS:
        pages = pdf_pages[stem]
        cont = [i + 1 for i, t in enumerate(pages) if "(continued)" in t]
        if not cont:
            continue
        rows = [r for r in CORPUS.gold(stem + ".pdf")["outcomes"] if r["source"] == "table"]
        assert {r["page"] for r in rows} >= {cont[0] - 1, cont[0]}
        for r in rows:
            assert r["quote"] in pages[r["page"] - 1]


def test_three_column_pages_exist() -> None:
    found = 0
    for stem in STEMS:
        with pymupdf.open(CORPUS.pdf(stem)) as doc:
            for page in doc:
                blocks = page.get_text("blocks")
                lefts = {round(b[0] / 20) for b in blocks if len(b[4]) > 80}
                if len(lefts) >= 3:
                    found += 1
                    break
    assert found >= 1


def test_merged_header_tables_span_the_score_columns_in_jats() -> None:
    spans = [
        s
        for s in STEMS
        if re.search(r'<th colspan="\d+">', CORPUS.xml(s).read_text(encoding="utf-8"))
    ]
    assert spans


def test_gold_files_are_stable_json() -> None:
    for name in CORPUS.names:
        path = CORPUS.folder / "gold" / f"{name}.json"
        text = path.read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=1) + "\n"
