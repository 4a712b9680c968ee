"""The prose tuning corpus (corpus_samples/prose): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, the PDF and XML renderings carry the same values and outcome
rows, and every document is listed for tuning.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _corpus import (
    Corpus,
    check_declarations_in_gold,
    pages_fixture,
)

PROSE = Path(__file__).resolve().parents[1] / "corpus_samples" / "prose"
CORPUS = Corpus(PROSE)
STEMS = CORPUS.stems

pytestmark = pytest.mark.skipif(not STEMS, reason="corpus_samples/prose not generated")

gold = CORPUS.gold


pdf_pages = pages_fixture(CORPUS)


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    CORPUS.check_renderings(split="tune")


def test_first_authors_run_from_s_to_z() -> None:
    for stem in STEMS:
        author = gold(stem + ".pdf")["studies"][0]["fields"]["first_author"]["value"]
        assert "S" <= author[0].upper() <= "Z", author
        assert stem.startswith(author.lower()[:4].replace("ś", "s").replace("á", "a"))


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)


def test_papers_with_rows_have_treatment_and_control_and_figure_only_papers_say_so() -> None:
    for stem in STEMS:
        g = gold(stem + ".pdf")
        if g["outcomes"]:
            assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}, stem
        else:
            assert g["studies"][0].get("notes"), f"{stem}: no outcome rows and no note saying why"


def test_scores_are_written_in_many_shapes() -> None:
    """The point of the corpus: tables and prose, SD and SEM, with and without spread."""
    rows = [r for s in STEMS for r in gold(s + ".pdf")["outcomes"]]
    assert {r["source"] for r in rows} >= {"text", "table"}
    assert any(r["sd"] is not None for r in rows) and any(r["sem"] is not None for r in rows)
    quotes = {r["quote"] for r in rows}
    assert any("±" in q for q in quotes) and any("(" in q for q in quotes)


def test_textbook_sizes_and_cited_numbers_are_not_gold() -> None:
    for stem in STEMS:
        fields = gold(stem + ".pdf")["studies"][0]["fields"]
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        assert "30–150 nm" not in quotes and "mg/kg, i.p." not in quotes
        size = fields.get("size_nm", {}).get("value")
        assert size is None or (size.get("low"), size.get("high")) != (30, 150)


def _tokens():  # the generator's score-token writer, imported from the corpus folder
    import sys

    for p in (PROSE, PROSE.parent / "external"):
        if str(p) not in sys.path:
            sys.path.insert(0, str(p))
    from extgen.model import Scores
    from prosegen import tokens

    scores = Scores("BBB", "sem", [("Exo", "treatment", 8)], {"Exo": {28: (11.0, 0.6), 14: (7.4, 0.5)}})
    return tokens, scores


@pytest.mark.parametrize(("token", "text", "err"), [
    ("{s:Exo@14}", "7.4 ± 0.5", 0.5),
    ("{s:Exo@14|tight}", "7.4±0.5", 0.5),
    ("{s:Exo@14|paren}", "7.4 (0.5)", 0.5),
    ("{s:Exo@14|lab}", "7.4 (SEM 0.5)", 0.5),
    ("{s:Exo@14|m}", "7.4", None),
    ("{s:Exo@14|mx}", "7.4", 0.5),
    ("{s:Exo@28|i}", "11", None),
    ("{s:Exo@28|w}", "eleven", None),
])
def test_a_score_token_writes_one_shape_and_one_gold_mention(token: str, text: str, err: float | None) -> None:
    tokens, scores = _tokens()
    written, mentions = tokens.resolve(f"the score was {token} on that day", scores)
    assert written == f"the score was {text} on that day"
    (m,) = mentions
    assert (m.group, m.quote, m.err) == ("Exo", text, err) and m.mean in (7.4, 11.0)


def test_an_error_cell_makes_no_row_and_unknown_scores_fail() -> None:
    tokens, scores = _tokens()
    assert tokens.resolve("{s:Exo@14|e}", scores) == ("0.5", [])
    with pytest.raises(ValueError):
        tokens.resolve("{s:Exo@21}", scores)
    with pytest.raises(ValueError):
        tokens.resolve("{s:Exo@14|w}", scores)  # 7.4 cannot be written as a word


@pytest.mark.parametrize("stem", STEMS)
def test_back_matter_declarations_are_reported_items_in_the_gold(stem: str) -> None:
    check_declarations_in_gold(PROSE / f"{stem}.xml", {stem + sfx: gold(stem + sfx) for sfx in (".pdf", ".xml")})