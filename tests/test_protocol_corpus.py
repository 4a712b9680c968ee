"""The protocol tuning corpus (corpus_samples/protocol): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, PDF and XML gold agree, and the methods traps the set was
written for (chronic first dose, totals-only group sizes, lumbar-puncture levels, BBB
subscores, tables continued on the next page) are annotated the way the conventions say.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _corpus import (
    Corpus,
    check_declarations_in_gold,
    check_jats_structure,
    pages_fixture,
)

PROTOCOL = Path(__file__).resolve().parents[1] / "corpus_samples" / "protocol"
CORPUS = Corpus(PROTOCOL)
STEMS = CORPUS.stems

gold = CORPUS.gold


def fields(name: str) -> dict:
    return gold(name)["studies"][0]["fields"]


stem_of = CORPUS.stem_of


pdf_pages = pages_fixture(CORPUS)


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    CORPUS.check_renderings(split="tune")


def test_first_authors_start_with_a_to_d() -> None:
    for stem in STEMS:
        assert stem[0] in "abcd"
        assert fields(stem + ".pdf")["first_author"]["value"][0].lower() in "abcd"


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_structure_and_declarations(stem: str) -> None:
    xml = PROTOCOL / f"{stem}.xml"
    check_jats_structure(xml, fields(stem + ".xml")["doi"]["value"])
    check_declarations_in_gold(xml, {n: gold(n) for n in (stem + ".pdf", stem + ".xml")})


@pytest.mark.parametrize("stem", STEMS)
def test_outcome_rows_have_a_treatment_and_a_control_arm(stem: str) -> None:
    g = gold(stem + ".pdf")
    if g["studies"][0].get("notes") and not g["outcomes"]:
        pytest.skip("scores only in a plot")
    assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}


def test_a_chronic_first_dose_is_counted_in_hours_from_injury() -> None:
    f = fields(stem_of("dahlberg2019") + ".pdf")
    assert f["timing_post_injury_h"]["value"] == 4 * 7 * 24
    assert f["frequency"]["value"] == {"doses": 4, "interval_h": 168}


def test_group_size_from_a_total_is_the_total_divided_by_the_groups() -> None:
    f = fields(stem_of("aydemir2021") + ".pdf")
    assert f["n_per_group"]["value"] == 12
    assert "Sixty rats" in f["n_per_group"]["evidence"][0]["quote"]


def test_the_lumbar_puncture_level_is_not_the_injury_level() -> None:
    f = fields(stem_of("bogdanovic2020") + ".pdf")
    assert f["injury_level"]["value"] == "T9-T10"
    assert f["route_detail"]["value"] == "lumbar puncture"


def test_bbb_subscores_are_not_outcome_rows() -> None:
    rows = gold(stem_of("dahlberg2019") + ".pdf")["outcomes"]
    assert rows and all(r["mean"] not in (9.2, 6.1) or r["source"] == "table" for r in rows)
    assert not [r for r in rows if r["source"] == "text"]


def test_rows_of_a_continued_table_carry_the_page_they_are_printed_on(pdf_pages: dict[str, list[str]]) -> None:
    stem = stem_of("bogdanovic2020")
    rows = [r for r in gold(stem + ".pdf")["outcomes"] if r["source"] == "table"]
    by_day = {r["day"]: r["page"] for r in rows}
    assert by_day[14.0] + 1 == by_day[21.0]
    assert "(continued)" in pdf_pages[stem][by_day[21.0] - 1]


def test_a_landscape_page_holds_the_long_table() -> None:
    import pymupdf

    stem = stem_of("dahlberg2019")
    page = gold(stem + ".pdf")["outcomes"][0]["page"]
    with pymupdf.open(PROTOCOL / f"{stem}.pdf") as doc:
        rect = doc[page - 1].rect
    assert rect.width > rect.height


def test_hydrogel_delivery_of_native_vesicles_is_not_a_modification() -> None:
    f = fields(stem_of("cisse2022") + ".xml")
    assert f["modification"]["value"] == "none"
    assert f["route"]["value"] == "implanted_biomaterial"
