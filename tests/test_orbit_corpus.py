"""The orbit tuning corpus (corpus_samples/orbit): BBB tables laid out the way labs lay them out.

Gold is in the contract's vocabulary, every quote is readable on its stated PDF page and in the
JATS text, both renderings carry the same values and rows, every row drawn from a table is in
a table cell, and the layout habits the corpus adds (line-numbered manuscripts with tables at
the end, tables continued on the next page, running footers) are really in the PDFs.
"""

from __future__ import annotations

import re

import defusedxml.ElementTree as DET
import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("orbit")
STEMS = CORPUS.stems
MANUSCRIPT = {"cen2022_rbmsc_mir216a_exo_weightdrop_manuscript"}
COMPACT = {"chiang2020_hadsc_exo_ih_intrathecal_compact", "gamboa2024_hpmsc_ev_mascis_weekly_tailvein"}
CONTINUED = {"cen2022_rbmsc_mir216a_exo_weightdrop_manuscript", "gamboa2024_hpmsc_ev_mascis_weekly_tailvein"}

pdf_pages = pages_fixture(CORPUS)


def test_six_studies_each_in_two_formats_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


def _sections(stem: str) -> dict[str, str]:
    root = DET.parse(CORPUS.xml(stem)).getroot()
    return {s.get("sec-type"): normalise("".join(s.itertext())) for s in root.findall("body/sec")}


def _table_cells(stem: str) -> list[str]:
    root = DET.parse(CORPUS.xml(stem)).getroot()
    return [normalise("".join(td.itertext())) for td in root.iter("td")]


@pytest.mark.parametrize("name", CORPUS.names)
def test_every_study_reports_bbb_in_a_table_and_in_prose(name: str) -> None:
    sources = {r["source"] for r in CORPUS.gold(name)["outcomes"]}
    assert sources == {"table", "text"}


@pytest.mark.parametrize("name", CORPUS.names)
def test_each_row_quote_starts_with_its_mean(name: str) -> None:
    for r in CORPUS.gold(name)["outcomes"]:
        assert re.match(re.escape(f"{r['mean']:.1f}") + r"(?![0-9])", r["quote"]), r
        spread = r["sd"] if r["sd"] is not None else r["sem"]
        if r["source"] == "text":
            assert f"{spread:.1f}" in r["quote"], r


@pytest.mark.parametrize("stem", STEMS)
def test_table_rows_are_table_cells_with_at_most_a_glued_symbol(stem: str) -> None:
    cells = _table_cells(stem)
    for r in CORPUS.gold(stem + ".xml")["outcomes"]:
        if r["source"] == "table":
            assert any(re.fullmatch(re.escape(r["quote"]) + r" ?[*†‡ab]*", c) for c in cells), r


@pytest.mark.parametrize("name", CORPUS.names)
def test_arms_cover_sham_control_and_treatment(name: str) -> None:
    arms = {r["arm"] for r in CORPUS.gold(name)["outcomes"]}
    assert {"sham", "control", "treatment"} <= arms


@pytest.mark.parametrize("name", CORPUS.names)
def test_pre_injury_baselines_are_not_outcome_rows(name: str) -> None:
    assert all(r["day"] > 0 for r in CORPUS.gold(name)["outcomes"])


@pytest.mark.parametrize("stem", STEMS)
def test_size_and_dose_come_from_methods_or_results_not_intro_or_discussion(stem: str) -> None:
    secs = _sections(stem)
    fields = CORPUS.fields(stem + ".xml")
    for field in ("size_nm", "dose"):
        for ev in fields[field]["evidence"]:
            quote = normalise(ev["quote"])
            assert quote in secs["methods"] + " " + secs["results"], (field, quote)
            assert quote not in secs["intro"] and quote not in secs["discussion"], (field, quote)


@pytest.mark.parametrize("stem", sorted(CONTINUED))
def test_continued_tables_put_their_rows_on_two_consecutive_pages(
        stem: str, pdf_pages: dict[str, list[str]]) -> None:
    rows = [r for r in CORPUS.gold(stem + ".pdf")["outcomes"] if r["source"] == "table"]
    pages = sorted({r["page"] for r in rows})
    assert len(pages) == 2 and pages[1] == pages[0] + 1
    assert "(continued on next page)" in pdf_pages[stem][pages[0] - 1]
    assert "(continued)" in pdf_pages[stem][pages[1] - 1]


@pytest.mark.parametrize("stem", sorted(MANUSCRIPT))
def test_manuscripts_number_their_lines_and_put_tables_after_the_references(
        stem: str, pdf_pages: dict[str, list[str]]) -> None:
    pages = pdf_pages[stem]
    assert all(re.match(r"(\d+ ){20}", p) for p in pages)  # the margin numbers come first
    refs = next(i for i, p in enumerate(pages) if "References [1]" in p)
    table_pages = {r["page"] - 1 for r in CORPUS.gold(stem + ".pdf")["outcomes"] if r["source"] == "table"}
    assert min(table_pages) > refs


@pytest.mark.parametrize("stem", sorted(COMPACT))
def test_compact_pages_carry_a_doi_footer(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    doi = CORPUS.doi(stem)
    assert all(f"https://doi.org/{doi}" in p.lower() for p in pdf_pages[stem])


def test_every_lab_country_is_represented_once_or_twice() -> None:
    countries = []
    for stem in STEMS:
        root = DET.parse(CORPUS.xml(stem)).getroot()
        aff = " ".join("".join(a.itertext()) for a in root.iter("aff"))
        countries.append(aff.rsplit(",", 1)[-1].strip())
    assert sorted(countries) == sorted(["China", "China", "Taiwan", "France", "Iran", "México"])
