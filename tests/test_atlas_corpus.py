"""The atlas tuning corpus (corpus_samples/atlas): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, both renderings carry the same gold, and the layouts the corpus
exists for (landscape table page, line-numbered manuscript, tables in two header rows) are
really in the PDFs.
"""

from __future__ import annotations

import json
from pathlib import Path

import defusedxml.ElementTree as DET
import pymupdf
import pytest
from _corpus import (
    Corpus,
    check_declarations_in_gold,
    pages_fixture,
)

ATLAS = Path(__file__).resolve().parents[1] / "corpus_samples" / "atlas"
CORPUS = Corpus(ATLAS)
STEMS = CORPUS.stems

pytestmark = pytest.mark.skipif(not STEMS, reason="atlas corpus not generated (run corpus_samples/atlas/generate.py)")

gold = CORPUS.gold


pdf_pages = pages_fixture(CORPUS)


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    assert len(STEMS) >= 4
    split = json.loads((ATLAS / "split.json").read_text(encoding="utf-8"))
    assert sorted(split["tune"]) == sorted(s + x for s in STEMS for x in (".pdf", ".xml"))
    for stem in STEMS:
        assert stem[0] in "lmnopqr", stem  # first authors L-R: no stem collides with other corpora
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])


def test_stems_do_not_collide_with_other_corpora() -> None:
    ours = set(STEMS)
    others = {p.stem for p in ATLAS.parent.rglob("*.pdf") if ATLAS not in p.parents}
    assert not ours & others


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


test_gold_uses_the_contract_vocabulary = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)


def test_outcome_rows_have_treatment_and_control_unless_figure_only() -> None:
    for stem in STEMS:
        g = gold(stem + ".pdf")
        if g["studies"][0].get("notes"):
            assert g["outcomes"] == []
        else:
            assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}, stem


def test_rich_tables_are_real_spanning_tables_in_jats() -> None:
    spans = 0
    for stem in STEMS:
        root = DET.parse(ATLAS / f"{stem}.xml").getroot()
        spans += len(root.findall(".//thead/tr/th[@colspan]"))
        for wrap in root.findall(".//table-wrap"):
            heads = wrap.findall("table/thead/tr")
            assert heads, stem
    assert spans >= 3


def test_layout_habits_are_in_the_pdfs() -> None:
    landscape = manuscript = 0
    for stem in STEMS:
        with pymupdf.open(ATLAS / f"{stem}.pdf") as doc:
            landscape += any(p.rect.width > p.rect.height for p in doc)
            manuscript += "ACCEPTED MANUSCRIPT" in doc[0].get_text()
    assert landscape >= 1 and manuscript >= 1


def test_table_cells_with_a_separate_error_column_keep_the_error() -> None:
    # lungu2022 prints Mean and SEM in sibling columns under a spanning group header
    rows = [r for r in gold("lungu2022_hucmsc_mir21_exo_daily_iv.pdf")["outcomes"] if r["source"] == "table"]
    assert rows and all(r["sem"] is not None and r["n"] == 10 for r in rows)
    assert {r["day"] for r in rows} == {1.0, 3.0, 7.0, 14.0, 21.0, 28.0}  # no pre-injury baseline row


def test_weeks_become_days() -> None:
    rows = gold("marchetti2020_radsc_sev_intrathecal_manuscript.xml")["outcomes"]
    assert {r["day"] for r in rows if r["source"] == "table"} == {7.0, 14.0, 21.0, 28.0, 35.0, 42.0}


def test_intro_and_discussion_traps_stay_out_of_the_gold() -> None:
    for stem in STEMS:
        fields = gold(stem + ".pdf")["studies"][0]["fields"]
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        assert "30–150 nm" not in quotes and "40–160 nm" not in quotes and "lumbar puncture between" not in quotes
        assert "L4" not in fields.get("injury_level", {}).get("value", "")


def test_hours_after_reperfusion_become_fractions_of_a_day() -> None:
    rows = gold("ranasinghe2020_mensc_exo_ischemia_intrathecal.pdf")["outcomes"]
    assert {r["day"] for r in rows if r["source"] == "table"} == {0.25, 1.0, 2.0, 7.0, 14.0}
    fields = gold("ranasinghe2020_mensc_exo_ischemia_intrathecal.pdf")["studies"][0]["fields"]
    assert "injury_level" not in fields  # the catheter tip at L1 is not the injury


def test_bare_means_in_prose_are_rows_without_spread() -> None:
    rows = [r for r in gold("oyarzun2019_rbmsc_ev_clip_intralesional.xml")["outcomes"]
            if r["sd"] is None and r["sem"] is None]
    assert {(r["group"], r["day"], r["mean"]) for r in rows} == {
        ("SCI+EV", 3.0, 1.1), ("SCI+EV", 28.0, 10.3), ("SCI", 3.0, 0.8), ("SCI", 28.0, 6.8)}


def test_a_schedule_stated_only_in_a_group_table_is_quoted_from_the_table_page(
        pdf_pages: dict[str, list[str]]) -> None:
    stem = "lemaire2017_hadsc_3d_exo_femoral_manuscript"
    freq = gold(stem + ".pdf")["studies"][0]["fields"]["frequency"]
    assert freq["value"] == {"doses": 3, "interval_h": 24}
    (ev,) = freq["evidence"]
    assert "Experimental groups" in pdf_pages[stem][ev["page"] - 1]


@pytest.mark.parametrize("stem", STEMS)
def test_back_matter_declarations_are_reported_items_in_the_gold(stem: str) -> None:
    check_declarations_in_gold(ATLAS / f"{stem}.xml", {stem + sfx: gold(stem + sfx) for sfx in (".pdf", ".xml")})