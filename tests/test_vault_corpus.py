"""The vault held-out corpus (corpus_samples/vault): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated
PDF page and in the JATS text, and the PDF and XML renderings of a study carry the same
values. Nothing here runs the extractors: the set is held out (see its README).
"""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from _corpus import (
    Corpus,
    normalise,
    pages_fixture,
)

VAULT = Path(__file__).resolve().parents[1] / "corpus_samples" / "vault"
CORPUS = Corpus(VAULT)
STEMS = CORPUS.stems

gold = CORPUS.gold


pdf_pages = pages_fixture(CORPUS)


def test_at_least_eight_studies_each_in_two_formats_all_held_out() -> None:
    assert len(STEMS) >= 8
    split = json.loads((VAULT / "split.json").read_text(encoding="utf-8"))
    assert set(split) - {"_comment"} == {"heldout"}
    assert sorted(split["heldout"]) == sorted(s + x for s in STEMS for x in (".pdf", ".xml"))
    for stem in STEMS:
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])


def test_the_set_stays_small_and_says_it_is_synthetic() -> None:
    CORPUS.check_small()
    for stem in STEMS:
        with pymupdf.open(VAULT / f"{stem}.pdf") as doc:
            assert "not a real publication" in doc[0].get_text()


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_structure_and_declarations(stem: str) -> None:
    CORPUS.check_jats(stem)
    CORPUS.check_declarations(stem)


def test_outcomes_have_treatment_and_control_or_a_figure_note() -> None:
    for stem in STEMS:
        g = gold(stem + ".pdf")
        if g["outcomes"]:
            assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}, stem
        else:
            assert any("figure" in n.lower() or "plot" in n.lower() for n in g["studies"][0].get("notes", []))


def test_the_set_spreads_over_routes_models_scales_and_sources() -> None:
    fields = [gold(s + ".xml")["studies"][0]["fields"] for s in STEMS]
    rows = [r for s in STEMS for r in gold(s + ".xml")["outcomes"]]
    assert len({f["route"]["value"] for f in fields}) >= 5
    assert len({f["injury_model"]["value"] for f in fields}) >= 4
    assert {r["outcome"] for r in rows} == {"BBB", "BMS"}
    assert {r["source"] for r in rows} == {"text", "table"}
    assert any(r["sd"] is not None for r in rows) and any(r["sem"] is not None for r in rows)
    assert len({f["dose"]["value"]["unit"] for f in fields if "dose" in f}) >= 3


def test_textbook_sizes_pre_injury_scores_and_catheter_levels_stay_out_of_the_gold() -> None:
    for stem in STEMS:
        g = gold(stem + ".pdf")
        fields = g["studies"][0]["fields"]
        size = fields.get("size_nm", {}).get("value")
        assert size is None or (size["low"], size["high"]) not in {(30, 150), (30, 100), (40, 120)}
        assert all(r["day"] > 0 for r in g["outcomes"])
        level = fields.get("injury_level", {}).get("value", "")
        assert not level.startswith("L")  # lumbar punctures and catheters are not the injury level


def test_a_split_table_gives_its_continued_rows_the_next_page(pdf_pages: dict[str, list[str]]) -> None:
    split = [s for s in STEMS if "(continued)" in " ".join(pdf_pages[s])]
    assert split
    for stem in split:
        table_pages = {r["page"] for r in gold(stem + ".pdf")["outcomes"] if r["source"] == "table"}
        assert len(table_pages) == 2 and max(table_pages) == min(table_pages) + 1


def test_a_landscape_page_and_a_line_numbered_manuscript_are_in_the_set() -> None:
    landscape = manuscript = False
    for stem in STEMS:
        with pymupdf.open(VAULT / f"{stem}.pdf") as doc:
            landscape |= any(p.rect.width > p.rect.height for p in doc)
            words = normalise(doc[0].get_text()).split()
            manuscript |= all(str(i) in words for i in range(1, 25))
    assert landscape and manuscript
