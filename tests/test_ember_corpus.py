"""The ember tuning corpus (corpus_samples/ember): gold is honest and self-consistent.

Six invented papers, each as PDF and JATS, whose emphasis is how labs name their groups
(codes, roman numerals, letters, drug names, a "Control" that means intact rats) and report
BBB for them in tables, prose and legends. Every quote must be readable on its stated PDF
page and in the JATS text, both renderings carry the same gold, the build is reproducible,
and the layout habits the set adds (line-numbered manuscript, continued table, merged
header with footnote markers, running footer) are really in the PDFs.
"""

from __future__ import annotations

import importlib.util
import re
import sys

import pymupdf
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("ember")
pdf_pages = pages_fixture(CORPUS)

MANUSCRIPT = "kyriakou2020_hadsc_exo_letter_groups_intrathecal_manuscript"
CONTINUED = "khattak2023_wjmsc_sev_mp_combination_daily_iv"
MERGED = {"ikwuemesi2022_rbmsc_ev_roman_groups_ip": "BBB score (mean ± SEM)",
          "kuo2024_hypoxic_hpmsc_ev_clip_daily_femoral": "BBB score (mean ± SD), n = 8",
          CONTINUED: "Treatment group"}


def test_six_studies_all_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert set(CORPUS.split()) == {"tune"}
    assert (CORPUS.folder / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False)
)
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


def test_every_page_one_carries_the_synthetic_notice(pdf_pages: dict[str, list[str]]) -> None:
    for stem, pages in pdf_pages.items():
        assert "Synthetic test document" in pages[0], stem


def test_every_paper_has_treatment_control_and_sham_rows() -> None:
    for name in CORPUS.names:
        arms = {r["arm"] for r in CORPUS.gold(name)["outcomes"]}
        assert arms >= {"treatment", "control"}, name
        assert all(r["source"] in ("text", "table") for r in CORPUS.gold(name)["outcomes"])


def test_table_rows_name_a_group_printed_on_their_page(pdf_pages: dict[str, list[str]]) -> None:
    for stem in CORPUS.stems:
        for r in CORPUS.gold(stem + ".pdf")["outcomes"]:
            if r["source"] == "table":
                assert normalise(r["group"]) in pdf_pages[stem][r["page"] - 1], (stem, r["group"], r["page"])


def test_a_control_label_can_mean_intact_animals() -> None:
    """In the Chilean paper "Control" is the uninjured group: its rows are sham, not control."""
    rows = CORPUS.gold("larrain2019_rbmsc_exo_hemisection_intralesional_weeks.pdf")["outcomes"]
    assert {r["arm"] for r in rows if r["group"] == "Control"} == {"sham"}
    assert {r["arm"] for r in rows if r["group"] == "Lesion"} == {"control"}


def test_introduction_and_discussion_numbers_are_not_gold() -> None:
    fields = CORPUS.fields("luong2021_hucmsc_exo_g1g4_codes_tailvein.pdf")
    assert fields["dose"]["value"]["amount"] == 100  # the 200 µg of the introduction is a trap
    rows = CORPUS.gold("larrain2019_rbmsc_exo_hemisection_intralesional_weeks.pdf")["outcomes"]
    assert 9.8 not in {r["mean"] for r in rows}  # the earlier study cited in the introduction


def test_manuscript_pages_carry_continuing_line_numbers() -> None:
    with pymupdf.open(CORPUS.pdf(MANUSCRIPT)) as doc:
        firsts = []
        for page in doc:
            numbers = [int(w[4]) for w in page.get_text("words") if w[0] < 90 and w[4].isdigit()]
            assert numbers == list(range(numbers[0], numbers[0] + len(numbers))) and len(numbers) > 20
            firsts.append((numbers[0], len(numbers)))
            assert "Accepted manuscript" in page.get_text()
    assert all(f == 1 + i * n for i, (f, n) in enumerate(firsts))


def test_continued_table_spans_two_pages(pdf_pages: dict[str, list[str]]) -> None:
    rows = [r for r in CORPUS.gold(CONTINUED + ".pdf")["outcomes"] if r["source"] == "table"]
    first, second = sorted({r["page"] for r in rows})
    assert second == first + 1
    assert "(continued on next page)" in pdf_pages[CONTINUED][first - 1]
    assert "Table 2 (continued)" in pdf_pages[CONTINUED][second - 1]
    assert {r["day"] for r in rows if r["page"] == second} == {28.0, 35.0, 42.0, 49.0, 56.0}


def test_merged_header_and_footnote_markers_are_drawn(pdf_pages: dict[str, list[str]]) -> None:
    for stem, header in MERGED.items():
        rows = [r for r in CORPUS.gold(stem + ".pdf")["outcomes"] if r["source"] == "table"]
        page = pdf_pages[stem][rows[0]["page"] - 1]
        assert page.count(normalise(header)) == 1, stem
        assert re.search(r"\d\.\d ± \d\.\d(\*|†|#|a)", page), stem


def test_the_build_is_reproducible() -> None:
    """Rebuilding the smallest paper gives the committed PDF, XML and gold byte for byte."""
    spec = importlib.util.spec_from_file_location("ember_generate", CORPUS.folder / "generate.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    saved = list(sys.path)
    try:
        spec.loader.exec_module(gen)
        study, habits = next((s, h) for s, h in gen.PAPERS if s.stem.startswith("kuo2024"))
        pdf, xml, gp, gx, _ = gen.build(study, habits)
    finally:
        sys.path[:] = saved
    assert pdf == CORPUS.pdf(study.stem).read_bytes()
    assert xml == CORPUS.xml(study.stem).read_text(encoding="utf-8")
    assert gp == CORPUS.gold(study.stem + ".pdf") and gx == CORPUS.gold(study.stem + ".xml")
