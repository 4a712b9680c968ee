"""The broad tuning corpus (corpus_samples/broad): its gold is consistent with its documents.

These tests read the committed outputs of ``corpus_samples/broad/generate.py``; they do not
regenerate them. Every gold value must be in the contract's vocabulary, every quote must be
readable on its stated PDF page and in the JATS text, and the PDF and XML gold must agree.
"""

from __future__ import annotations

import json
from pathlib import Path

import defusedxml.ElementTree as DET
import pytest
from _corpus import (
    Corpus,
    check_in_contract,
    check_quotes_in_jats,
    check_quotes_on_pdf_pages,
    normalise,
    pages_fixture,
)

from miner.contract import (
    ARMS,
    DOSE_BASES,
    DOSE_UNITS,
    OUTCOME_COLUMNS,
    OUTCOME_SOURCES,
    SIZE_METHODS,
    SIZE_STATS,
)

BROAD = Path(__file__).resolve().parents[1] / "corpus_samples" / "broad"
CORPUS = Corpus(BROAD)
STEMS = CORPUS.stems

pytestmark = pytest.mark.skipif(not STEMS, reason="corpus_samples/broad has not been generated")

gold = CORPUS.gold


def evidence(g: dict) -> list[tuple[str, int | None, str]]:
    (study,) = g["studies"]
    quotes = [(f, e["page"], e["quote"]) for f, cell in study["fields"].items() for e in cell["evidence"]]
    return quotes + [("outcome", r["page"], r["quote"]) for r in g["outcomes"]]


pdf_pages = pages_fixture(CORPUS)


def test_every_study_has_both_renderings_gold_and_a_split_entry() -> None:
    split = json.loads((BROAD / "split.json").read_text(encoding="utf-8"))
    assert len(STEMS) >= 4
    assert sorted(split["tune"]) == sorted(s + x for s in STEMS for x in (".pdf", ".xml"))
    for stem in STEMS:
        assert (BROAD / f"{stem}.pdf").is_file()
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


@pytest.mark.parametrize("name", [s + x for s in STEMS for x in (".pdf", ".xml")])
def test_gold_values_use_the_contract_vocabulary(name: str) -> None:
    fields = gold(name)["studies"][0]["fields"]
    for field, cell in fields.items():
        check_in_contract(field, cell)
    if "size_nm" in fields:
        size = fields["size_nm"]["value"]
        assert size["stat"] in (*SIZE_STATS, None) and size["method"] in SIZE_METHODS
        assert size["value"] is not None or (size["low"] is not None and size["high"] is not None)
    if "dose" in fields:
        dose = fields["dose"]["value"]
        assert dose["unit"] in DOSE_UNITS and dose["basis"] in (*DOSE_BASES, None) and dose["amount"] > 0
    if "frequency" in fields:
        freq = fields["frequency"]["value"]
        assert freq["doses"] >= 1
        assert freq["interval_h"] is None or (freq["doses"] > 1 and freq["interval_h"] > 0)
    if "timing_post_injury_h" in fields:
        assert fields["timing_post_injury_h"]["value"] >= 0
    if "modification" in fields:
        assert fields["modification"]["value"].strip()


@pytest.mark.parametrize("name", [s + x for s in STEMS for x in (".pdf", ".xml")])
def test_outcome_rows_are_complete_and_in_vocabulary(name: str) -> None:
    for row in gold(name)["outcomes"]:
        assert set(OUTCOME_COLUMNS) <= set(row)
        assert row["arm"] in ARMS and row["source"] in OUTCOME_SOURCES and row["outcome"] in ("BBB", "BMS")
        assert 0 <= row["mean"] <= 21 and row["day"] > 0
        # a mean written alone ("reached 11.0") carries no error; otherwise exactly one of sd/sem
        assert row["sd"] is None or row["sem"] is None
        assert str(row["mean"]) in row["quote"] or f"{row['mean']:.1f}" in row["quote"]


@pytest.mark.parametrize("stem", STEMS)
def test_every_pdf_quote_is_on_its_page(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    g = gold(stem + ".pdf")
    check_quotes_on_pdf_pages(evidence(g), pdf_pages[stem])


@pytest.mark.parametrize("stem", STEMS)
def test_every_xml_quote_is_in_the_jats_text(stem: str) -> None:
    g = gold(stem + ".xml")
    check_quotes_in_jats(evidence(g), BROAD / f"{stem}.xml")


test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)


@pytest.mark.parametrize("stem", STEMS)
def test_first_pdf_page_carries_the_synthetic_notice(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    assert "Synthetic test document" in pdf_pages[stem][0]


@pytest.mark.parametrize("stem", STEMS)
def test_papers_with_scores_have_treatment_and_control_rows_or_say_why_not(stem: str) -> None:
    for suffix in (".pdf", ".xml"):
        g = gold(stem + suffix)
        arms = {r["arm"] for r in g["outcomes"]}
        if not g["outcomes"]:
            assert g["studies"][0].get("notes"), f"{stem}: no outcome rows and no note saying why"
        else:
            assert arms >= {"treatment", "control"}, stem


@pytest.mark.parametrize("stem", STEMS)
def test_introduction_and_discussion_numbers_are_not_gold(stem: str) -> None:
    """Textbook sizes, cited doses and cited BBB scores stay out of the gold."""
    root = DET.parse(BROAD / f"{stem}.xml").getroot()
    trap_text = normalise(" ".join("".join(s.itertext()) for s in root.findall("body/sec")
                                   if s.get("sec-type") in ("intro",)))
    g = gold(stem + ".xml")
    for field, _page, quote in evidence(g):
        if field in ("size_nm", "dose") or field == "outcome":
            assert normalise(quote) not in trap_text or len(quote) < 6, (field, quote)
    size = g["studies"][0]["fields"].get("size_nm", {}).get("value")
    assert size is None or (size.get("low"), size.get("high")) != (30, 150)


def test_the_corpus_spreads_over_the_contract_vocabularies() -> None:
    """A tuning corpus must not repeat one design: routes, models and sources vary."""
    fields = [gold(s + ".xml")["studies"][0]["fields"] for s in STEMS]
    seen = {f: {json.dumps(x[f]["value"], sort_keys=True) for x in fields if f in x}
            for f in ("route", "injury_model", "source_tissue", "modification", "frequency", "timing_post_injury_h")}
    assert all(len(v) >= min(3, len(STEMS) // 2) for v in seen.values()), seen


@pytest.mark.parametrize("stem", STEMS)
def test_jats_uses_the_test_doi_prefix_and_says_it_is_synthetic(stem: str) -> None:
    text = (BROAD / f"{stem}.xml").read_text(encoding="utf-8")
    assert gold(stem + ".xml")["studies"][0]["fields"]["doi"]["value"].startswith("10.5555/")
    assert "Synthetic test document" in text
