"""The 'brook' tuning corpus (corpus_samples/brook): gold is honest and self-consistent.

Six invented studies written in the habits of six labs (two Chinese, Japanese, Spanish, British,
Indian), chosen to exercise the methods fields papers state in many ways: vesicle modifications
of several kinds, isolation methods, injury levels, dosing frequency and timing, and n per group
stated per group, as a total or after exclusions. Every gold value is in the contract's
vocabulary, every quote is readable on its stated PDF page and in the JATS text, the two
renderings agree, and the layout habits (line-numbered manuscript, continued and landscape
tables, merged headers, footnote markers) are really on the pages.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import defusedxml.ElementTree as DET
import pymupdf
import pytest
from _corpus import Corpus, normalise, pages_fixture

BROOK = Path(__file__).resolve().parents[1] / "corpus_samples" / "brook"
CORPUS = Corpus(BROOK)
STEMS = CORPUS.stems

pytestmark = pytest.mark.skipif(not STEMS, reason="brook corpus not generated")

pdf_pages = pages_fixture(CORPUS)


stem_of = CORPUS.stem_of
fields = CORPUS.fields_of
rows = CORPUS.rows_of


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


def test_the_ready_marker_exists() -> None:
    assert (BROOK / "READY").is_file()


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


def test_first_authors_begin_with_e_l_or_n_and_name_the_stem() -> None:
    for stem in STEMS:
        author = CORPUS.fields(stem + ".xml")["first_author"]["value"]
        ascii_name = unicodedata.normalize("NFKD", author).encode("ascii", "ignore").decode()
        assert author[0] in "ELN", (stem, author)
        assert stem.startswith(ascii_name.lower()), stem


@pytest.mark.parametrize(
    ("prefix", "field", "value"),
    [
        # modifications of every kind, and one paper that says its vesicles are native
        ("lei", "modification", "miR-381 overexpression"),
        ("ning", "modification", "CAQK peptide surface conjugation"),
        ("nishiyama", "modification", "TNF-α preconditioning"),
        ("echeverria", "modification", "none"),
        ("lathbury", "modification", "siRNA PTEN loading"),
        ("nallamothu", "modification", "hyaluronic acid hydrogel encapsulation"),
        # isolation: a sucrose cushion is not a gradient; combinations keep their order
        ("lei", "isolation_method", ["ultracentrifugation"]),
        ("ning", "isolation_method", ["tangential_flow", "ultrafiltration"]),
        ("nishiyama", "isolation_method", ["ultrafiltration", "size_exclusion"]),
        ("echeverria", "isolation_method", ["ultracentrifugation"]),
        ("nallamothu", "isolation_method", ["precipitation_kit"]),
        # levels: words, slash, segment span, laminectomy level only, "T10-11"
        ("lei", "injury_level", "T10"),
        ("ning", "injury_level", "T9-T10"),
        ("nishiyama", "injury_level", "T10"),
        ("echeverria", "injury_level", "T9"),
        ("lathbury", "injury_level", "T8-T9"),
        ("nallamothu", "injury_level", "T10-T11"),
        # frequency and timing in many shapes
        ("lei", "frequency", {"doses": 3, "interval_h": 24}),
        ("lei", "timing_post_injury_h", 24.0),
        ("ning", "frequency", {"doses": 3, "interval_h": 48}),
        ("ning", "timing_post_injury_h", 2.0),
        ("nishiyama", "timing_post_injury_h", 72.0),
        ("echeverria", "frequency", {"doses": 7, "interval_h": 24}),
        ("lathbury", "timing_post_injury_h", 0.0),
        ("nallamothu", "timing_post_injury_h", 0.5),
        # n per group: per group, as a total of equal groups, after exclusions
        ("lei", "n_per_group", 12),
        ("ning", "n_per_group", 10),
        ("nallamothu", "n_per_group", 8),
    ],
)
def test_methods_fields_are_annotated_as_the_paper_states_them(prefix: str, field: str, value: object) -> None:
    for suffix in (".pdf", ".xml"):
        assert fields(prefix, suffix)[field]["value"] == value


@pytest.mark.parametrize("stem", STEMS)
def test_textbook_sizes_and_cited_doses_stay_out_of_gold(stem: str) -> None:
    f = CORPUS.fields(stem + ".pdf")
    size = f["size_nm"]["value"]
    # the introductions' ranges (30-150, 40-160, 50-200, 30-100 nm, "below 200") are not measurements
    assert (size["low"], size["high"]) not in {(30, 150), (40, 160), (50, 200), (30, 100), (None, 200)}
    # discussions cite 200 ug, 2 x 10^10 particles, 100 ug: none is a study's own dose
    dose = f["dose"]["value"]
    assert (dose["amount"], dose["unit"]) not in {(200, "ug"), (2e10, "particles"), (400, "ug")}
    root = DET.parse(CORPUS.xml(stem)).getroot()
    framing = " ".join(normalise("".join(sec.itertext())) for sec in root.iter("sec")
                       if sec.get("sec-type") in ("intro", "discussion"))
    for ev in f["size_nm"]["evidence"] + f["dose"]["evidence"]:
        assert normalise(ev["quote"]) not in framing, ev["quote"]


def test_marked_table_cells_keep_their_score_and_drop_the_marker(pdf_pages: dict[str, list[str]]) -> None:
    ning = {(r["group"], r["day"], r["source"]): r for r in rows("ning")}
    cell = ning[("CAQK-Exos", 28.0, "table")]
    assert (cell["mean"], cell["sd"], cell["sem"]) == (10.9, 1.5, None)
    assert "10.9 ± 1.5**#" in pdf_pages[stem_of("ning")][cell["page"] - 1]
    lath = {(r["group"], r["day"], r["source"]): r for r in rows("lathbury")}
    assert (lath[("ExoPTEN", 42.0, "table")]["mean"], lath[("ExoPTEN", 42.0, "table")]["sem"]) == (10.6, 0.7)


def test_merged_header_tables_span_their_time_points_in_jats() -> None:
    for prefix, span in (("ning", "5"), ("nishiyama", "6")):
        root = DET.parse(CORPUS.xml(stem_of(prefix))).getroot()
        (th,) = [t for t in root.iter("th") if t.get("colspan")]
        assert th.get("colspan") == span


def test_the_manuscript_has_line_numbers_and_a_table_continued_on_the_next_page(
    pdf_pages: dict[str, list[str]],
) -> None:
    pages = pdf_pages[stem_of("lei")]
    assert all("ACCEPTED MANUSCRIPT" in p and f"Page {i}" in p for i, p in enumerate(pages, 1))
    assert " 35 " in f" {pages[1]} " and " 40 " in f" {pages[1]} "
    by_day = {r["day"]: r["page"] for r in rows("lei") if r["source"] == "table" and r["group"] == "SCI"}
    start, cont = by_day[1.0], by_day[28.0]
    assert cont == start + 1 and by_day[7.0] == start and by_day[14.0] == cont
    assert "Table 1 (continued)" in pages[cont - 1]
    # tables of a submitted manuscript come after the reference list
    assert "References" in " ".join(pages[: start - 1])


def test_landscape_papers_turn_the_table_page(pdf_pages: dict[str, list[str]]) -> None:
    for prefix in ("ning", "lathbury"):
        stem = stem_of(prefix)
        (row,) = [r for r in rows(prefix) if r["source"] == "table"][:1]
        with pymupdf.open(CORPUS.pdf(stem)) as doc:
            rect = doc[row["page"] - 1].rect
            assert rect.width > rect.height, prefix
            assert all(p.rect.width < p.rect.height for i, p in enumerate(doc) if i != row["page"] - 1)
        assert all("Downloaded from synthetic-archive.example" in p for p in pdf_pages[stem])


@pytest.mark.parametrize(
    ("prefix", "group", "arm"),
    [
        ("lei", "Exo-NC", "other"),  # exosomes of empty-vector cells beside the engineered ones
        ("lei", "SCI", "control"),
        ("ning", "BMSC-Exos", "other"),  # unmodified exosomes beside the targeted ones
        ("nishiyama", "naive sEV", "other"),  # vesicles of unprimed cells
        ("nishiyama", "Vehicle", "control"),
        ("lathbury", "ExoScr", "other"),  # scrambled siRNA
        ("nallamothu", "SCI + Gel", "other"),  # empty hydrogel
        ("echeverria", "SCI-Exo", "treatment"),
    ],
)
def test_comparator_arms(prefix: str, group: str, arm: str) -> None:
    arms = {r["group"]: r["arm"] for r in rows(prefix)}
    assert arms[group] == arm


def test_per_group_n_follows_the_exclusions() -> None:
    n = {r["group"]: r["n"] for r in rows("lei")}
    assert n == {"Sham": 12, "SCI": 11, "Exo-NC": 11, "Exo-miR381": 12}


def test_legend_numbers_are_text_rows_and_plot_only_scores_get_a_note() -> None:
    legend = [r for r in rows("echeverria") if r["day"] in (14.0, 28.0)]
    assert len(legend) == 4 and {r["source"] for r in legend} == {"text"}
    nal = rows("nallamothu")
    assert {r["day"] for r in nal} == {42.0} and all(r["source"] == "text" for r in nal)
    assert any("Figure 2" in n for n in CORPUS.gold(stem_of("nallamothu") + ".pdf")["studies"][0]["notes"])


def test_a_tem_range_is_a_size_without_a_central_value() -> None:
    size = fields("nallamothu")["size_nm"]["value"]
    assert size == {"value": None, "low": 40, "high": 120, "stat": None, "method": "TEM"}
    assert normalise(fields("nallamothu")["size_nm"]["evidence"][0]["quote"]).startswith("TEM revealed")
