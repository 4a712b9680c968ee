"""The tandem tuning corpus (corpus_samples/tandem): multi-arm papers with honest gold.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, both renderings carry the same gold, and the layout habits the
corpus adds (accepted-manuscript line numbers, landscape table pages, a table continued on
the next page) are really in the PDFs. The gold also matches a fresh build from the study
records, so hand edits to the JSON cannot drift from the papers.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pymupdf
import pytest
from _corpus import Corpus, normalise, pages_fixture

TANDEM = Path(__file__).resolve().parents[1] / "corpus_samples" / "tandem"
CORPUS = Corpus(TANDEM)
STEMS = CORPUS.stems

MANUSCRIPT = "zanardelli2021_hucsev_threedose_tailvein_aam"
CONTINUED = "duanmu2023_hadsc_sev_gelma_hemisection_combo"
LANDSCAPE = ("dunsmore2021_wjmsc_sev_acute_chronic_cohorts", "zahrani2024_hpmsc_hypoxic_exo_twodose_intrathecal")
TWO_SCALES = "zhuravleva2020_hucmsc_ev_mouse_bms_rat_bbb_th8"

pdf_pages = pages_fixture(CORPUS)


def test_eight_studies_in_two_renderings_all_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=8)
    assert (TANDEM / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", STEMS)
def test_every_paper_compares_three_or_more_groups(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    assert len({r["group"] for r in rows}) >= 3
    assert {"treatment", "control"} <= {r["arm"] for r in rows}
    # one main vesicle arm per scale: the other vesicle arms are "other"
    for scale in {r["outcome"] for r in rows}:
        assert len({r["group"] for r in rows if r["outcome"] == scale and r["arm"] == "treatment"}) == 1


@pytest.mark.parametrize("stem", STEMS)
def test_textbook_sizes_and_cited_doses_stay_out_of_the_gold(stem: str) -> None:
    fields = CORPUS.fields(stem + ".pdf")
    quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
    for trap in ("30–150 nm", "30–200 nm", "40–160 nm", "1 × 1011", "Studies giving", "Earlier"):
        assert trap not in quotes, trap
    size = fields.get("size_nm", {}).get("value")
    assert size is None or (size["low"], size["high"]) not in {(30, 150), (30, 200), (40, 160)}


def test_mouse_rows_are_bms_and_rat_rows_bbb_in_the_two_species_paper() -> None:
    rows = CORPUS.gold(TWO_SCALES + ".xml")["outcomes"]
    by_scale = {s: {r["group"] for r in rows if r["outcome"] == s} for s in ("BMS", "BBB")}
    assert by_scale == {"BMS": {"Control", "EV"}, "BBB": {"SCI", "SCI+EV"}}
    fields = CORPUS.fields(TWO_SCALES + ".xml")
    # the study row follows the rat BBB experiment; the mouse details are traps
    assert (fields["species"]["value"], fields["strain"]["value"], fields["n_per_group"]["value"]) == ("rat", "Wistar", 10)
    assert fields["injury_level"]["value"] == "T8" and "Th8" in fields["injury_level"]["evidence"][0]["quote"]


def test_continued_table_rows_sit_on_two_pages(pdf_pages: dict[str, list[str]]) -> None:
    rows = [r for r in CORPUS.gold(CONTINUED + ".pdf")["outcomes"] if r["source"] == "table"]
    pages = sorted({r["page"] for r in rows})
    assert len(pages) == 2 and pages[1] == pages[0] + 1
    assert "Table 1 (continued)" in pdf_pages[CONTINUED][pages[1] - 1]
    assert "Days post-injury (dpi)" in pdf_pages[CONTINUED][pages[0] - 1]


@pytest.mark.parametrize("stem", LANDSCAPE)
def test_wide_tables_are_on_a_landscape_page(stem: str) -> None:
    rows = [r for r in CORPUS.gold(stem + ".pdf")["outcomes"] if r["source"] == "table"]
    (page,) = {r["page"] for r in rows}
    with pymupdf.open(CORPUS.pdf(stem)) as doc:
        rect = doc[page - 1].rect
        assert rect.width > rect.height
        assert all(p.rect.width < p.rect.height for i, p in enumerate(doc) if i != page - 1)


def test_accepted_manuscript_has_line_numbers_and_tables_after_the_references(pdf_pages: dict[str, list[str]]) -> None:
    pages = pdf_pages[MANUSCRIPT]
    with pymupdf.open(CORPUS.pdf(MANUSCRIPT)) as doc:
        numbers = [int(w[4]) for w in doc[1].get_text("words") if w[4].isdigit() and w[0] < 60]
    assert len(numbers) > 20 and numbers == sorted(numbers) and numbers[0] > 1  # counted on from page 1
    refs_page = next(i for i, t in enumerate(pages, 1) if "References [1]" in t)
    table_pages = {r["page"] for r in CORPUS.gold(MANUSCRIPT + ".pdf")["outcomes"] if r["source"] == "table"}
    assert min(table_pages) > refs_page
    assert "Figure legends" in pages[-1]


def test_respectively_lists_give_one_row_per_score() -> None:
    rows = [r for r in CORPUS.gold("zahrani2024_hpmsc_hypoxic_exo_twodose_intrathecal.xml")["outcomes"]
            if r["source"] == "text" and r["day"] == 28.0]
    assert {r["group"]: r["mean"] for r in rows} == {
        "Nx-Exo (low)": 7.8, "Nx-Exo (high)": 8.9, "Hx-Exo (low)": 9.0, "Hx-Exo (high)": 11.0, "SCI + PBS": 6.9}
    # "improved scores by 4.1 points" is a difference, not a score
    assert all(r["mean"] != 4.1 for r in CORPUS.gold("zahrani2024_hpmsc_hypoxic_exo_twodose_intrathecal.xml")["outcomes"])


@pytest.fixture(scope="module")
def generator() -> Iterator[ModuleType]:
    """corpus_samples/tandem/generate.py, imported without leaving its path entries behind."""
    saved_path, saved_modules, saved_flag = list(sys.path), set(sys.modules), sys.dont_write_bytecode
    spec = importlib.util.spec_from_file_location("tandem_generate", TANDEM / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path[:] = saved_path
        sys.dont_write_bytecode = saved_flag
        for name in set(sys.modules) - saved_modules:
            if re.match(r"(extgen|tgen|extgenerate|tandem_generate)\b", name):
                del sys.modules[name]


def test_gold_matches_a_fresh_build_of_the_study_records(generator: ModuleType) -> None:
    from tgen.studies import STUDIES

    assert sorted(s.stem for s in STUDIES) == STEMS
    for study in STUDIES:
        xml, _pdf, gold_pdf, gold_xml, _n = generator.build(study)
        assert json.loads(json.dumps(gold_pdf)) == CORPUS.gold(study.stem + ".pdf")
        assert json.loads(json.dumps(gold_xml)) == CORPUS.gold(study.stem + ".xml")
        assert xml == CORPUS.xml(study.stem).read_text(encoding="utf-8")


def test_quote_normalisation_matches_the_generator(generator: ModuleType) -> None:
    for text in ("5 μg in\n200 µL", "dif-\nferentiated", "a\u00adb  c"):
        assert generator.ext.normalise(text) == normalise(text)
