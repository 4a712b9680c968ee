"""The 'pebble' tuning corpus (corpus_samples/pebble): gold is honest and self-consistent.

Six invented studies written in the habits of six labs (two in China, India, the Netherlands,
Saudi Arabia, the USA) for tuning the extractors. Every gold value is in the contract's
vocabulary, every quote is readable on its stated PDF page and in the JATS text, the two
renderings agree, introduction/discussion numbers are not gold, and the layout habits
(line-numbered manuscript, landscape table page, continued table, merged header, wrapped
cells, footnote markers) are really on the pages.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import defusedxml.ElementTree as DET
import pymupdf
import pytest
from _corpus import Corpus, normalise, pages_fixture

PEBBLE = Path(__file__).resolve().parents[1] / "corpus_samples" / "pebble"
CORPUS = Corpus(PEBBLE)
STEMS = CORPUS.stems

pytestmark = pytest.mark.skipif(not STEMS, reason="pebble corpus not generated")

pdf_pages = pages_fixture(CORPUS)


stem_of = CORPUS.stem_of
rows = CORPUS.rows_of


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


def test_the_ready_marker_exists() -> None:
    assert (PEBBLE / "READY").is_file()


def test_every_first_page_says_the_paper_is_synthetic(pdf_pages: dict[str, list[str]]) -> None:
    for stem in STEMS:
        assert "Synthetic test document" in pdf_pages[stem][0], stem


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_structure_and_declarations(stem: str) -> None:
    CORPUS.check_jats(stem)
    CORPUS.check_declarations(stem)


def test_first_authors_begin_with_b_d_or_h_and_name_the_stem() -> None:
    for stem in STEMS:
        author = CORPUS.fields(stem + ".xml")["first_author"]["value"]
        ascii_name = unicodedata.normalize("NFKD", author).encode("ascii", "ignore").decode()
        assert author[0] in "BDH", (stem, author)
        assert stem.startswith(ascii_name.lower()), stem


def test_dois_use_the_test_prefix_and_differ() -> None:
    dois = [CORPUS.doi(s) for s in STEMS]
    assert all(d.startswith("10.5555/") for d in dois) and len(set(dois)) == len(dois)


def _section_text(stem: str, sec_type: str) -> str:
    root = DET.parse(CORPUS.xml(stem)).getroot()
    return " ".join(normalise("".join(s.itertext())) for s in root.findall("body/sec")
                    if s.get("sec-type") == sec_type)


@pytest.mark.parametrize("stem", STEMS)
def test_methods_values_are_not_quoted_from_introduction_or_discussion(stem: str) -> None:
    """The textbook sizes and cited doses of the introduction/discussion are traps, not gold."""
    traps = _section_text(stem, "intro") + " " + _section_text(stem, "discussion")
    methods = _section_text(stem, "methods") + " " + _section_text(stem, "results")
    for field in ("size_nm", "dose", "route", "frequency", "timing_post_injury_h", "n_per_group"):
        for ev in CORPUS.fields(stem + ".xml").get(field, {}).get("evidence", []):
            quote = normalise(ev["quote"])
            assert quote in methods, (field, quote)
            assert quote not in traps, (field, quote)


def test_each_lab_writes_bbb_its_own_way() -> None:
    """Tables by day, a merged-header table, text only, a landscape table, a continued table, legend."""
    sources = {s: sorted({r["source"] for r in CORPUS.gold(s + ".pdf")["outcomes"]}) for s in STEMS}
    assert sources[stem_of("ding")] == ["table", "text"]
    assert sources[stem_of("deshpande")] == ["text"]
    assert sources[stem_of("halloran")] == ["text"]
    # the only numbers of the figure-only paper are the day-7 text and the day-42 legend values
    assert sorted({r["day"] for r in rows("halloran")}) == [7.0, 42.0]
    assert CORPUS.gold(stem_of("halloran") + ".pdf")["studies"][0]["notes"]


def test_arms_mark_native_exosomes_beside_modified_ones_as_other() -> None:
    for prefix, other in (("hao", "BMSC-Exos"), ("bukhari", "SCI + Exo")):
        arms = {r["group"]: r["arm"] for r in rows(prefix)}
        assert arms[other] == "other"
        assert sorted(set(arms.values())) == ["control", "other", "sham", "treatment"]


def test_an_excluded_animal_changes_n_of_its_group_only() -> None:
    fields = CORPUS.fields(stem_of("hoogendijk") + ".pdf")
    assert fields["n_per_group"]["value"] == 12
    assert {r["group"]: r["n"] for r in rows("hoogendijk")} == {"Vehicle": 11, "sEV": 12}


def _pdf(prefix: str) -> pymupdf.Document:
    return pymupdf.open(CORPUS.pdf(stem_of(prefix)))


def test_manuscripts_carry_continuous_line_numbers() -> None:
    with _pdf("hao") as doc:
        numbers = [int(w[4]) for p in doc for w in p.get_text("words")
                   if w[4].isdigit() and w[2] < 30 * 72 / 25.4]  # words inside the left margin
    assert numbers[:5] == [1, 2, 3, 4, 5] and numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) > 100


def test_merged_header_and_footnote_markers_are_on_the_table_page(pdf_pages: dict[str, list[str]]) -> None:
    stem = stem_of("hao")
    (row,) = [r for r in rows("hao") if r["group"] == "miR338-Exos" and r["day"] == 28.0 and r["source"] == "table"]
    page = pdf_pages[stem][row["page"] - 1]
    assert "Days post-injury" in page and row["quote"] + "*#" in page


def test_landscape_table_has_a_page_of_its_own() -> None:
    table_pages = {r["page"] for r in rows("hoogendijk") if r["source"] == "table"}
    assert len(table_pages) == 1
    with _pdf("hoogendijk") as doc:
        (page,) = table_pages
        rect = doc[page - 1].rect
        assert rect.width > rect.height
        assert all(p.rect.width < p.rect.height for i, p in enumerate(doc) if i != page - 1)


def test_continued_table_rows_sit_on_the_continuation_page(pdf_pages: dict[str, list[str]]) -> None:
    stem = stem_of("bukhari")
    pages = {r["group"]: r["page"] for r in rows("bukhari") if r["source"] == "table"}
    assert pages["Sham"] == pages["SCI + PBS"]
    assert pages["SCI + Exo"] == pages["SCI + Mel-Exo"] == pages["Sham"] + 1
    assert "Table 1 (continued)" in pdf_pages[stem][pages["SCI + Exo"] - 1]
    assert "Table 1 (continued)" not in pdf_pages[stem][pages["Sham"] - 1]


@pytest.mark.slow
def test_the_build_is_deterministic() -> None:
    """Rebuilding one study in a fresh interpreter reproduces the committed PDF and gold."""
    code = (
        "import sys, json; import runpy; "
        f"g = runpy.run_path({str(PEBBLE / 'generate.py')!r}, run_name='pebble_build'); "
        "study = [s for s in g['STUDIES'] if s.stem.startswith('halloran')][0]; "
        "xml, pdf, golds = g['build'](study); "
        "print('GOLD:' + json.dumps(golds['.pdf'], ensure_ascii=False), flush=True); "
        "sys.stdout.buffer.write(pdf)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, timeout=120).stdout
    head, pdf = out[: out.index(b"%PDF")], out[out.index(b"%PDF"):]
    gold_line = next(line for line in head.decode("utf-8").splitlines() if line.startswith("GOLD:"))
    stem = stem_of("halloran")
    assert pdf == CORPUS.pdf(stem).read_bytes()
    assert json.loads(gold_line[len("GOLD:"):]) == CORPUS.gold(stem + ".pdf")
