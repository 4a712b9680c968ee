"""The jade tuning corpus (corpus_samples/jade): BBB tables laid out the many ways journals do.

Gold must be honest: contract vocabulary, every quote on its stated PDF page and in the JATS
text, PDF and XML gold stating the same values and rows, and every table row's day counted
from the injury.
"""

from __future__ import annotations

import pytest
from _corpus import Corpus, pages_fixture

CORPUS = Corpus.named("jade")
STEMS = CORPUS.stems

pdf_pages = pages_fixture(CORPUS)


def test_at_least_five_studies_in_two_formats_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=5)


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


@pytest.mark.parametrize("name", CORPUS.names)
def test_gold_values_use_the_contract_vocabulary(name: str) -> None:
    # medians are written without SD/SEM, so check "at most one spread" here and the rest below
    CORPUS.check_gold_values(name, bare_means=True)
    for row in CORPUS.gold(name)["outcomes"]:
        if row.get("stat") == "median":
            assert row["sd"] is None and row["sem"] is None
        else:
            assert (row["sd"] is None) != (row["sem"] is None), row


test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", STEMS)
def test_every_study_reports_bbb_in_a_table(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    assert any(r["outcome"] == "BBB" and r["source"] == "table" for r in rows)


@pytest.mark.parametrize("stem", STEMS)
def test_each_group_and_day_has_one_value_per_source(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    keys = [(r["outcome"], r["group"], r["day"], r["source"]) for r in rows]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("stem", STEMS)
def test_text_and_table_agree_where_both_state_a_score(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    table = {(r["outcome"], r["group"], r["day"]): r for r in rows if r["source"] == "table"}
    for r in rows:
        t = table.get((r["outcome"], r["group"], r["day"]))
        if r["source"] == "text" and t is not None:
            assert (r["mean"], r["sd"], r["sem"]) == (t["mean"], t["sd"], t["sem"]), r


def test_one_table_counts_days_from_the_first_injection() -> None:
    """Ulusoy's table counts from the first injection (72 h after injury): gold shifts by 3 days."""
    rows = CORPUS.rows_of("ulusoy")
    assert min(r["day"] for r in rows if r["source"] == "table") == 3
    assert CORPUS.fields_of("ulusoy")["timing_post_injury_h"]["value"] == 72


def test_medians_carry_their_statistic() -> None:
    rows = [r for r in CORPUS.rows_of("yanagisawa") if r.get("stat") == "median"]
    assert rows and all(r["mean"] == int(r["mean"]) or r["mean"] * 2 == int(r["mean"] * 2) for r in rows)


def test_a_split_table_puts_its_rows_on_two_pages() -> None:
    rows = [r for r in CORPUS.rows_of("yanagisawa") if r["group"].startswith("D-") and r["source"] == "table"]
    assert len({r["page"] for r in rows}) == 2
