"""The narrative tuning corpus (corpus_samples/narrative): gold is honest and self-consistent.

Scores in this corpus are written in prose and legends in many shapes; every one written as a
number is a gold row whose quote is the written text. These tests check the gold against the
rendered PDFs and JATS files, not against the generator.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _corpus import (
    Corpus,
    pages_fixture,
)

NARRATIVE = Path(__file__).resolve().parents[1] / "corpus_samples" / "narrative"
CORPUS = Corpus(NARRATIVE)
STEMS = CORPUS.stems
WORDS = {"nine": 9.0, "eleven": 11.0, "twelve": 12.0, "seven": 7.0, "five": 5.0, "twenty-one": 21.0}

pytestmark = pytest.mark.skipif(not STEMS, reason="corpus_samples/narrative not generated")

gold = CORPUS.gold


pdf_pages = pages_fixture(CORPUS)


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    CORPUS.check_renderings(split="tune")


def test_first_authors_are_s_to_v_and_dois_use_the_test_prefix() -> None:
    for stem in STEMS:
        fields = gold(stem + ".xml")["studies"][0]["fields"]
        assert fields["first_author"]["value"][0] in "STUVŠŚŞ", stem
        assert fields["doi"]["value"].startswith("10.5555/")


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_structure_and_declarations(stem: str) -> None:
    CORPUS.check_jats(stem)
    CORPUS.check_declarations(stem)


@pytest.mark.parametrize("name", [s + x for s in STEMS for x in (".pdf", ".xml")])
def test_each_score_row_is_the_number_its_quote_writes(name: str) -> None:
    """The row's mean is the first number (or number word) of its quote; its spread the second."""
    for row in gold(name)["outcomes"]:
        quote = row["quote"]
        word = quote.strip().lower()
        numbers = [WORDS[word]] if word in WORDS else [float(x) for x in re.findall(r"\d+(?:\.\d+)?", quote)]
        assert numbers and numbers[0] == row["mean"], row
        spread = row["sd"] if row["sd"] is not None else row["sem"]
        if row.get("stat") == "median":
            assert row["iqr"] == numbers[1:3] and spread is None
        else:
            assert spread == (numbers[1] if len(numbers) > 1 else None), row


@pytest.mark.parametrize("stem", STEMS)
def test_a_score_written_twice_has_one_value(stem: str) -> None:
    rows = gold(stem + ".pdf")["outcomes"]
    by_point: dict[tuple, set[float]] = {}
    for r in rows:
        by_point.setdefault((r["outcome"], r["group"], r["day"]), set()).add(r["mean"])
    assert all(len(means) == 1 for means in by_point.values())


def test_text_and_legend_rows_dominate_and_tables_repeat_some() -> None:
    sources = [r["source"] for s in STEMS for r in gold(s + ".pdf")["outcomes"]]
    assert sources.count("text") > sources.count("table") > 0
    assert "figure" not in sources  # numbers in legends are text rows; plot-only values get no rows


def test_every_paper_with_rows_has_treatment_and_control_arms() -> None:
    for stem in STEMS:
        g = gold(stem + ".pdf")
        if g["outcomes"]:
            assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}, stem
        else:
            assert g["studies"][0]["notes"], stem


def test_intro_and_discussion_traps_stay_out_of_the_gold() -> None:
    for stem in STEMS:
        fields = gold(stem + ".pdf")["studies"][0]["fields"]
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        assert "30–150 nm" not in quotes and "40–160 nm" not in quotes
        size = fields.get("size_nm", {}).get("value")
        assert size is None or (size["low"], size["high"]) not in ((30, 150), (40, 160))
