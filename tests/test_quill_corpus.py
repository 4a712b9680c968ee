"""The quill tuning corpus (corpus_samples/quill): manuscripts/preprints with honest gold.

Gold values are in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, the two renderings agree, and the manuscript layout really
has what it promises (line numbers, "Page x of y", a landscape table page).
"""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest
from _corpus import Corpus, pages_fixture

QUILL = Path(__file__).resolve().parents[1] / "corpus_samples" / "quill"
CORPUS = Corpus(QUILL)
pdf_pages = pages_fixture(CORPUS)


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    CORPUS.check_renderings(split="tune", at_least=5)
    assert (QUILL / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)


def _manuscripts() -> list[str]:
    out = []
    for stem in CORPUS.stems:
        with pymupdf.open(QUILL / f"{stem}.pdf") as doc:
            if "Page 1 of" in doc[0].get_text():
                out.append(stem)
    return out


def test_most_papers_use_the_manuscript_layout() -> None:
    assert len(_manuscripts()) >= 4


@pytest.mark.parametrize("stem", _manuscripts())
def test_manuscripts_have_line_numbers_and_page_x_of_y(stem: str) -> None:
    with pymupdf.open(QUILL / f"{stem}.pdf") as doc:
        n = doc.page_count
        numbers: list[int] = []
        for i, page in enumerate(doc, 1):
            text = page.get_text()
            assert f"Page {i} of {n}" in text
            numbers += [int(x) for x in re.findall(r"^(\d+)$", text, flags=re.MULTILINE)]
        # continuous numbering across pages, never restarting
        body = [x for x in numbers if x >= 1]
        assert body == list(range(1, len(body) + 1)) and len(body) > 60
        assert "Author manuscript" in doc[1].get_text() or "preprint" in doc[1].get_text()


def test_manuscript_tables_sit_on_their_own_landscape_pages() -> None:
    landscape = 0
    for stem in _manuscripts():
        g = CORPUS.gold(stem + ".pdf")
        table_pages = {r["page"] for r in g["outcomes"] if r["source"] == "table"}
        with pymupdf.open(QUILL / f"{stem}.pdf") as doc:
            for page in table_pages:
                rect = doc[page - 1].rect
                assert rect.width > rect.height, (stem, page)
                landscape += 1
    assert landscape >= 2


def test_a_paragraph_runs_across_a_page_break_with_hyphenated_line_ends() -> None:
    hyphenated = 0
    for stem in _manuscripts():
        with pymupdf.open(QUILL / f"{stem}.pdf") as doc:
            hyphenated += sum(len(re.findall(r"[a-z]-\n[a-z]", p.get_text())) for p in doc)
    assert hyphenated >= 5


@pytest.mark.parametrize(("prefix", "frequency", "timing_h", "level"), [
    ("tavakoli2021", {"doses": 3, "interval_h": 24}, 24.0, "T10"),  # "on three consecutive days", "24 h after injury"
    ("nwosu2020", {"doses": 4, "interval_h": 168}, 0.0, "T10"),  # weekly, "Immediately"; T9 only laminectomy
    ("szabo2022", {"doses": 5, "interval_h": 48}, 72.0, "T9"),  # every other day from "day 3"
    ("marangoni2019", {"doses": 7, "interval_h": 24}, 2.0, "T9-T10"),  # daily for 7 days "within 2 h"
    ("rautio2023", {"doses": 4, "interval_h": 168}, 168.0, "T8"),  # weekly from "1 week after SCI"
    ("chakraborty2024", {"doses": 2, "interval_h": 48}, 24.0, "T10"),  # "repeated at 1 and 3 days"
])
def test_treatment_schedule_and_level_gold(prefix: str, frequency: dict, timing_h: float, level: str) -> None:
    for suffix in (".pdf", ".xml"):
        f = CORPUS.fields_of(prefix, suffix)
        assert f["frequency"]["value"] == frequency
        assert f["timing_post_injury_h"]["value"] == timing_h
        assert f["injury_level"]["value"] == level


def test_care_and_tracer_schedules_are_never_gold_quotes() -> None:
    """Analgesic, antibiotic, BrdU and lumbar-puncture levels are traps, not evidence."""
    traps = ("buprenorphine", "cefazolin", "BrdU", "meloxicam", "enrofloxacin", "ceftriaxone", "Evans blue",
             "Fluoro-Gold", "hyaluronidase", "penicillin", "in vitro")
    for stem in CORPUS.stems:
        for cell in CORPUS.fields(stem + ".pdf").values():
            for e in cell["evidence"]:
                assert not any(t.lower() in e["quote"].lower() for t in traps), (stem, e["quote"])
