"""The field tuning corpus (corpus_samples/field): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated
PDF page and in the JATS text, both renderings of a study carry the same values and rows,
and the layout habits the corpus claims (landscape table page, line numbers, a table
continued over two blocks) are really in the PDFs.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest
from _corpus import (
    Corpus,
    pages_fixture,
)

ROOT = Path(__file__).resolve().parents[1]
FIELD = ROOT / "corpus_samples" / "field"
CORPUS = Corpus(FIELD)
STEMS = CORPUS.stems

gold = CORPUS.gold


pdf_pages = pages_fixture(CORPUS)


def test_every_study_has_both_renderings_gold_and_a_tune_entry() -> None:
    CORPUS.check_renderings(split="tune")


def test_first_authors_run_from_a_to_f_and_stems_are_unique_across_corpora() -> None:
    others = {p.stem for p in (ROOT / "corpus_samples").rglob("*.pdf") if FIELD not in p.parents}
    for stem in STEMS:
        assert stem[0] in "abcdef", stem
        assert stem not in others
        assert not any(o.split("_")[0] == stem.split("_")[0] for o in others), stem


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)


@pytest.mark.parametrize("stem", STEMS)
def test_every_page_says_synthetic_on_page_one(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    assert "not a real publication" in pdf_pages[stem][0]


def test_scored_papers_have_treatment_and_control_rows_and_figure_only_papers_notes() -> None:
    for stem in STEMS:
        g = gold(stem + ".pdf")
        if g["outcomes"]:
            assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}, stem
        else:
            assert g["studies"][0].get("notes"), stem


def test_intro_and_discussion_numbers_stay_out_of_the_gold() -> None:
    """Textbook sizes, cited doses and cited BBB scores are traps, never evidence."""
    for stem in STEMS:
        fields = gold(stem + ".pdf")["studies"][0]["fields"]
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        assert not re.search(r"\b(30|40|50)–1[56]0 nm", quotes), stem
        size = fields.get("size_nm", {}).get("value")
        assert size is None or (size.get("low"), size.get("high")) not in ((30, 150), (50, 150), (40, 160))


def test_scores_written_without_spread_have_neither_sd_nor_sem() -> None:
    rows = [r for s in STEMS for r in gold(s + ".xml")["outcomes"]]
    bare = [r for r in rows if re.fullmatch(r"\d+(\.\d+)?", r["quote"])]
    assert bare, "the corpus should write some scores as a bare mean"
    assert all(r["sd"] is None and r["sem"] is None for r in bare)
    assert all(r["sd"] is not None or r["sem"] is not None for r in rows if "±" in r["quote"] or "(" in r["quote"])


def test_hours_become_fractions_of_days() -> None:
    days = {r["day"] for s in STEMS for r in gold(s + ".xml")["outcomes"]}
    assert {0.25, 0.5} <= days


def test_the_layout_habits_are_really_in_the_pdfs(pdf_pages: dict[str, list[str]]) -> None:
    landscape, numbered, continued = [], [], []
    for stem in STEMS:
        with pymupdf.open(FIELD / f"{stem}.pdf") as doc:
            if any(p.rect.width > p.rect.height for p in doc):
                landscape.append(stem)
        pages = pdf_pages[stem]
        if "Accepted manuscript" in pages[0] and re.search(r"\b1 2 3 4 5\b", pages[0]):
            numbered.append(stem)
        if any("(continued)" in p for p in pages):
            continued.append(stem)
    assert landscape and numbered and continued


def test_a_continued_table_is_one_table_in_the_jats_rendering() -> None:
    for stem in STEMS:
        xml = (FIELD / f"{stem}.xml").read_text(encoding="utf-8")
        assert "(continued)" not in xml


def test_the_build_is_deterministic(tmp_path: Path) -> None:
    """Rebuilding one study gives the committed bytes (run in a subprocess: the build edits sys.path)."""
    stem = STEMS[0]
    code = (
        "import sys, runpy; sys.argv=['x'];"
        f"m = runpy.run_path({str(FIELD / 'generate.py')!r}, run_name='field_generate');"
        "m['tables'].install();"
        f"s = next(s for s in m['STUDIES'] if s.stem == {stem!r});"
        "xml, pdf, gp, gx, n = m['build'](s);"
        f"open({str(tmp_path / 'x.pdf')!r}, 'wb').write(pdf); open({str(tmp_path / 'x.xml')!r}, 'w').write(xml)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)
    assert (tmp_path / "x.pdf").read_bytes() == (FIELD / f"{stem}.pdf").read_bytes()
    assert (tmp_path / "x.xml").read_text() == (FIELD / f"{stem}.xml").read_text(encoding="utf-8")
