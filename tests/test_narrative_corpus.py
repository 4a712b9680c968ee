"""The narrative tuning corpus (corpus_samples/narrative): gold is honest and self-consistent.

Scores in this corpus are written in prose and legends in many shapes; every one written as a
number is a gold row whose quote is the written text. These tests check the gold against the
rendered PDFs and JATS files, not against the generator.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from _corpus import (
    check_declarations_in_gold,
    check_gold_values,
    check_jats_structure,
    check_pdf_and_jats_gold_agree,
    check_quotes_in_jats,
    check_quotes_on_pdf_pages,
    pdf_page_texts,
)

NARRATIVE = Path(__file__).resolve().parents[1] / "corpus_samples" / "narrative"
GOLD = NARRATIVE / "gold"
STEMS = sorted(p.stem for p in NARRATIVE.glob("*.xml"))
XML_ONLY = frozenset({"pmid", "pmcid"})
WORDS = {"nine": 9.0, "eleven": 11.0, "twelve": 12.0, "seven": 7.0, "five": 5.0, "twenty-one": 21.0}

pytestmark = pytest.mark.skipif(not STEMS, reason="corpus_samples/narrative not generated")


def gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def checks(g: dict) -> list[tuple[str, int | None, str]]:
    (study,) = g["studies"]
    out = [(f, e["page"], e["quote"]) for f, cell in study["fields"].items() for e in cell["evidence"]]
    return out + [("outcome", r["page"], r["quote"]) for r in g["outcomes"]]


@pytest.fixture(scope="module")
def pdf_pages() -> dict[str, list[str]]:
    return pdf_page_texts(NARRATIVE, STEMS)


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    assert len(STEMS) >= 4
    split = json.loads((NARRATIVE / "split.json").read_text(encoding="utf-8"))
    assert sorted(split["tune"]) == sorted(f"{s}{x}" for s in STEMS for x in (".pdf", ".xml"))
    for stem in STEMS:
        assert (NARRATIVE / f"{stem}.pdf").is_file()
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])


def test_first_authors_are_s_to_v_and_dois_use_the_test_prefix() -> None:
    for stem in STEMS:
        fields = gold(stem + ".xml")["studies"][0]["fields"]
        assert fields["first_author"]["value"][0] in "STUVŠŚŞ", stem
        assert fields["doi"]["value"].startswith("10.5555/")


def test_the_set_stays_small() -> None:
    total = sum(p.stat().st_size for p in NARRATIVE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert total < 1_500_000


@pytest.mark.parametrize("name", [s + x for s in STEMS for x in (".pdf", ".xml")])
def test_gold_values_use_the_contract_vocabulary(name: str) -> None:
    check_gold_values(gold(name), bare_means=True)


@pytest.mark.parametrize("stem", STEMS)
def test_every_pdf_quote_is_on_its_page(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    check_quotes_on_pdf_pages(checks(gold(stem + ".pdf")), pdf_pages[stem])


@pytest.mark.parametrize("stem", STEMS)
def test_every_xml_quote_is_in_the_jats_text(stem: str) -> None:
    check_quotes_in_jats(checks(gold(stem + ".xml")), NARRATIVE / f"{stem}.xml")


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_and_xml_gold_agree(stem: str) -> None:
    check_pdf_and_jats_gold_agree(gold(stem + ".pdf"), gold(stem + ".xml"), XML_ONLY)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_structure_and_declarations(stem: str) -> None:
    xml = NARRATIVE / f"{stem}.xml"
    check_jats_structure(xml, gold(stem + ".xml")["studies"][0]["fields"]["doi"]["value"])
    check_declarations_in_gold(xml, {s: gold(stem + s) for s in (".pdf", ".xml")})


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
