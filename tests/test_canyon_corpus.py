"""The canyon tuning corpus (corpus_samples/canyon): rough-end papers, honest gold.

Every gold value is in the contract's vocabulary, every quote (fields and outcome rows) is
readable on its stated PDF page and in the JATS text, both renderings of a study carry the
same values and rows, and the rough habits the corpus exists for are really in the papers.
"""

from __future__ import annotations

import re

import pymupdf
import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("canyon")
STEMS = CORPUS.stems
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_each_rendered_twice_with_gold_and_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert sorted(CORPUS.split()) == ["tune"]


def test_first_authors_start_with_e_n_or_v() -> None:
    for stem in STEMS:
        assert stem[0] in "env", stem
        assert CORPUS.fields(stem + ".pdf")["first_author"]["value"][0] in "ENV"


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


@pytest.mark.parametrize("name", CORPUS.names)
def test_gold_values_use_the_contract_vocabulary(name: str) -> None:
    # Means written without their spread ("7.8 vs 4.2") are rows with neither SD nor SEM.
    CORPUS.check_gold_values(name, bare_means=True)


test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", STEMS)
def test_first_page_says_the_paper_is_synthetic(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    assert "Synthetic test document" in pdf_pages[stem][0]


@pytest.mark.parametrize("stem", STEMS)
def test_dois_use_the_test_prefix(stem: str) -> None:
    assert CORPUS.doi(stem).startswith("10.5555/")


@pytest.mark.parametrize("name", CORPUS.names)
def test_every_outcome_row_quote_is_its_own_numbers(name: str) -> None:
    # The quote of a row holds its mean (and its spread when it has one), however it was typeset.
    for row in CORPUS.gold(name)["outcomes"]:
        digits = re.sub(r"\s+", "", row["quote"])
        assert f"{row['mean']:.1f}" in digits, row
        spread = row["sd"] if row["sd"] is not None else row["sem"]
        if spread is not None:
            assert f"{spread:.1f}" in digits, row


def test_the_rough_number_habits_are_present(pdf_pages: dict[str, list[str]]) -> None:
    text = " ".join(" ".join(p) for p in pdf_pages.values())
    assert re.search(r"\d \.\d ± \d", text), "a score with a space before its decimal point"
    assert re.search(r"\d\.\d±\d\.\d", text) and re.search(r"\d\.\d \+/- \d\.\d", text)
    assert "1,00,000 ×g" in text and "134,6 nm" in text  # lakh grouping, decimal comma


def test_mixed_score_styles_within_one_paper() -> None:
    quotes = [r["quote"] for r in CORPUS.gold("neamah2023_radsc_exo_clip_ip_alternate_days.pdf")["outcomes"]]
    assert any("±" in q and " ± " not in q for q in quotes) and any("+/-" in q for q in quotes)


def test_last_time_point_only_paper_has_rows_for_day_28_and_a_figure_note() -> None:
    g = CORPUS.gold("elsharnoby2020_rbmsc_exo_exoquick_mgkg_last_day.pdf")
    assert {r["day"] for r in g["outcomes"]} == {28}
    assert sorted(r["arm"] for r in g["outcomes"]) == ["control", "control", "sham", "treatment"]
    assert "figure" in g["studies"][0]["notes"][0].lower()


@pytest.mark.parametrize("stem", STEMS)
def test_sizes_and_doses_come_from_methods_or_results_not_the_textbook_sentences(stem: str) -> None:
    import defusedxml.ElementTree as DET

    root = DET.parse(CORPUS.xml(stem)).getroot()
    own = normalise(" ".join("".join(s.itertext()) for s in root.findall("body/sec")
                             if s.get("sec-type") in ("methods", "results")))
    f = CORPUS.fields(stem + ".xml")
    for name in ("size_nm", "dose"):
        for e in f[name]["evidence"]:
            assert normalise(e["quote"]) in own, (name, e["quote"])
    size = f["size_nm"]["value"]
    assert (size["low"], size["high"]) not in {(30, 150), (50, 150), (40, 160), (30, 100)}


@pytest.mark.parametrize("stem,habit", [
    ("nairwal2021_hucmsc_exo_weightdrop_weekly_iv", "line numbers"),
    ("nursetyo2022_hucmsc_exo_intrathecal_particles", "merged header"),
    ("vasconcellos2021_shed_ev_sec_intralesional", "landscape"),
])
def test_custom_layouts_are_really_drawn(stem: str, habit: str) -> None:
    with pymupdf.open(CORPUS.pdf(stem)) as doc:
        if habit == "line numbers":
            first = doc[0]
            margin = [w for w in first.get_text("words") if w[2] < 80 and w[4].isdigit()]
            assert len(margin) > 20
            assert "Tables and figure legends" in normalise(doc[-1].get_text())
        elif habit == "merged header":
            assert "BBB score (mean ± SD)" in normalise(" ".join(p.get_text() for p in doc))
        else:
            assert any(p.rect.width > p.rect.height for p in doc)
            assert any(p.rect.width < p.rect.height for p in doc)
