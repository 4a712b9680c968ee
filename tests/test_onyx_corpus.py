"""The onyx tuning corpus (corpus_samples/onyx): gold is honest and self-consistent.

Six invented papers whose BBB scores sit mostly in results sentences and legends. Every gold
value must be in the contract's vocabulary, every quote on its stated PDF page and in the JATS
text, both renderings must carry the same gold, and the gold must follow the project's
conventions for medians, other scales, days and per-time-point n.
"""

from __future__ import annotations

import defusedxml.ElementTree as DET
import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("onyx")
STEMS = CORPUS.stems

pdf_pages = pages_fixture(CORPUS)


def test_six_studies_in_two_renderings_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (CORPUS.folder / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


def _section_text(stem: str, sec_type: str) -> str:
    root = DET.parse(CORPUS.xml(stem)).getroot()
    return " ".join(normalise("".join(s.itertext())) for s in root.findall(f"body/sec[@sec-type='{sec_type}']"))


@pytest.mark.parametrize("stem", STEMS)
def test_text_rows_come_from_the_results(stem: str) -> None:
    """Scores quoted in introductions and discussions are traps: every text row is a results value."""
    results = _section_text(stem, "results")
    for row in CORPUS.gold(stem + ".xml")["outcomes"]:
        assert normalise(row["quote"]) in results, row


@pytest.mark.parametrize("stem", STEMS)
def test_every_paper_has_treatment_and_control_rows_with_one_spread_at_most(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    assert {r["arm"] for r in rows} >= {"treatment", "control"}
    for r in rows:
        assert r["sd"] is None or r["sem"] is None
        if r.get("stat") == "median":
            assert r["sd"] is None and r["sem"] is None


def test_most_papers_give_scores_without_a_full_table() -> None:
    text_heavy = [s for s in STEMS
                  if sum(r["source"] == "text" for r in CORPUS.gold(s + ".pdf")["outcomes"])
                  >= sum(r["source"] == "table" for r in CORPUS.gold(s + ".pdf")["outcomes"])]
    assert len(text_heavy) >= 4


def test_medians_are_rows_with_stat_median_and_no_spread() -> None:
    rows = CORPUS.rows_of("okwuosa2019")
    assert rows and all(r["stat"] == "median" and r["sd"] is None and r["sem"] is None for r in rows)
    ev42 = [r for r in rows if r["group"] == "EV" and r["day"] == 42.0]
    assert [r["mean"] for r in ev42] == [11.0]


def test_partial_table_rows_and_text_rows_cover_different_days() -> None:
    rows = CORPUS.rows_of("ingvarsdottir2022")
    table_days = {r["day"] for r in rows if r["source"] == "table"}
    text_days = {r["day"] for r in rows if r["source"] == "text"}
    assert table_days == {1.0, 3.0, 7.0, 14.0} and text_days == {21.0, 28.0, 35.0}
    # two vehicle rats died in the second week: n follows the animals actually scored
    assert {r["n"] for r in rows if r["group"] == "G2" and r["day"] >= 14} == {6}
    assert {r["n"] for r in rows if r["group"] == "G4"} == {8}


def test_other_scales_are_rows_of_their_own() -> None:
    rows = CORPUS.rows_of("aleksic2023", ".xml")
    bms = [r for r in rows if r["outcome"] == "BMS"]
    assert len(bms) == 5 and all(r["mean"] <= 9 for r in bms)
    assert {r["day"] for r in rows if r["outcome"] == "BBB" and r["source"] == "text"} == {42.0, 56.0}


@pytest.mark.parametrize(("prefix", "days"), [
    ("ikonen2021", {1.0, 3.0, 8.0, 15.0, 22.0}),  # hours, and days after a first dose given at 24 h
    ("oyama2024", {0.5, 1.0, 3.0, 7.0, 14.0, 21.0, 28.0}),  # a 12-h row
    ("aleksic2023", {7.0, 14.0, 21.0, 28.0, 42.0, 56.0}),  # weeks
])
def test_days_are_counted_from_the_injury(prefix: str, days: set[float]) -> None:
    assert {r["day"] for r in CORPUS.rows_of(prefix)} == days


def test_scores_written_without_spread_have_neither_sd_nor_sem() -> None:
    rows = CORPUS.rows_of("arellanoquispe2020")
    bare = [r for r in rows if r["quote"] in ("7.4", "7.8", "11.5", "21")]
    assert len(bare) == 4 and all(r["sd"] is None and r["sem"] is None for r in bare)
    assert all(r["sem"] is not None for r in rows if "±" in r["quote"])
