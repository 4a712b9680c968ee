"""The tide tuning corpus (corpus_samples/tide): lab-style BBB tables with honest gold.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, both renderings carry the same values and rows, and each row
drawn from a table is really in a table cell (of the page it names, and of the JATS table).
"""

from __future__ import annotations

import re

import defusedxml.ElementTree as DET
import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("tide")
STEMS = CORPUS.stems
# Tables printed in two parts: the rows of each part sit on consecutive pages.
SPLIT = {"im2023_hadsc_sev_clip_longtable_split", "iacovelli2019_hbmsc_ev_manuscript_split"}

# Tables with a pre-injury baseline (not an outcome row: day is days after injury).
PRE_INJURY = {"xue2021_hucmsc_exo_nyu_tailvein_gluedmarks", "im2023_hadsc_sev_clip_longtable_split",
              "iacovelli2019_hbmsc_ev_manuscript_split"}

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


@pytest.mark.parametrize("name", CORPUS.names)
def test_every_study_reports_bbb_in_a_table_and_in_prose(name: str) -> None:
    sources = {r["source"] for r in CORPUS.gold(name)["outcomes"]}
    assert {"table", "text"} <= sources


@pytest.mark.parametrize("name", CORPUS.names)
def test_each_row_quote_states_its_mean(name: str) -> None:
    for r in CORPUS.gold(name)["outcomes"]:
        mean = f"{r['mean']:.1f}"
        assert re.match(re.escape(mean) + r"(?![0-9])", r["quote"]), r
        spread = r["sd"] if r["sd"] is not None else r["sem"]
        if r["source"] == "text" or "±" in r["quote"] or "(" in r["quote"]:
            assert f"{spread:.1f}" in r["quote"], r


@pytest.mark.parametrize("name", CORPUS.names)
def test_one_table_row_per_group_and_day(name: str) -> None:
    keys = [(r["group"], r["day"]) for r in CORPUS.gold(name)["outcomes"] if r["source"] == "table"]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name", CORPUS.names)
def test_arms_cover_sham_control_and_treatment(name: str) -> None:
    arms = {r["arm"] for r in CORPUS.gold(name)["outcomes"]}
    assert {"sham", "control", "treatment"} <= arms


@pytest.mark.parametrize("stem", sorted(SPLIT))
def test_split_tables_put_rows_on_two_consecutive_pages(stem: str) -> None:
    pages = sorted({r["page"] for r in CORPUS.gold(stem + ".pdf")["outcomes"] if r["source"] == "table"})
    assert len(pages) == 2 and pages[1] == pages[0] + 1


@pytest.mark.parametrize("stem", sorted(SPLIT))
def test_continued_part_of_a_split_table_is_labelled(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    rows = [r for r in CORPUS.gold(stem + ".pdf")["outcomes"] if r["source"] == "table"]
    second = max(r["page"] for r in rows)
    assert "(continued)" in pdf_pages[stem][second - 1]
    assert "(continued on next page)" in pdf_pages[stem][second - 2]


@pytest.mark.parametrize("stem", STEMS)
def test_table_rows_are_cells_of_a_jats_table(stem: str) -> None:
    root = DET.parse(CORPUS.xml(stem)).getroot()
    cells = {normalise("".join(td.itertext())) for td in root.iter("td")}
    for r in CORPUS.gold(stem + ".xml")["outcomes"]:
        if r["source"] == "table":
            assert any(c.startswith(normalise(r["quote"])) for c in cells), r


@pytest.mark.parametrize("stem", sorted(PRE_INJURY))
def test_pre_injury_baselines_are_not_rows(stem: str) -> None:
    """A "Pre" / "Pre-injury" table row or column holds 21.0 scores that are not outcomes."""
    root = DET.parse(CORPUS.xml(stem)).getroot()
    heads = {normalise("".join(c.itertext())) for tag in ("td", "th") for c in root.iter(tag)}
    assert heads & {"Pre", "Pre-injury"}
    assert all(r["day"] > 0 for r in CORPUS.gold(stem + ".xml")["outcomes"])


def test_intro_and_discussion_traps_are_not_gold() -> None:
    """Doses and sizes cited from other work differ from the gold of the study citing them."""
    xue = CORPUS.fields("xue2021_hucmsc_exo_nyu_tailvein_gluedmarks.pdf")
    assert xue["size_nm"]["value"]["value"] == 112.6 and xue["dose"]["value"]["amount"] == 200
    ibarra = CORPUS.fields("ibarra2024_hucmsc_sev_landscape_multioutcome.xml")
    assert ibarra["dose"]["value"] == {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"}
    ismail = CORPUS.fields("ismail2022_rbmsc_exo_weekly_ordinal_weeks.xml")
    assert "strain" not in ismail  # "adult male albino rats": no strain stated
    assert ismail["frequency"]["value"] == {"doses": 4, "interval_h": 168}
