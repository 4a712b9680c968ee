"""The prose tuning corpus (corpus_samples/prose): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, the PDF and XML renderings carry the same values and outcome
rows, and every document is listed for tuning.
"""

from __future__ import annotations

import json
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

PROSE = Path(__file__).resolve().parents[1] / "corpus_samples" / "prose"
GOLD = PROSE / "gold"
STEMS = sorted(p.stem for p in PROSE.glob("*.xml"))
XML_ONLY_FIELDS = {"pmid", "pmcid"}  # the PDFs do not print PubMed ids; the JATS front matter does

pytestmark = pytest.mark.skipif(not STEMS, reason="corpus_samples/prose not generated")


def gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def evidence(g: dict) -> list[tuple[str, int | None, str]]:
    (study,) = g["studies"]
    checks = [(f, e["page"], e["quote"]) for f, cell in study["fields"].items() for e in cell["evidence"]]
    return checks + [("outcome", r["page"], r["quote"]) for r in g["outcomes"]]


@pytest.fixture(scope="module")
def pdf_pages() -> dict[str, list[str]]:
    return pdf_page_texts(PROSE, STEMS)


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    assert len(STEMS) >= 4
    split = json.loads((PROSE / "split.json").read_text(encoding="utf-8"))
    assert sorted(split["tune"]) == sorted(s + x for s in STEMS for x in (".pdf", ".xml"))
    for stem in STEMS:
        assert (PROSE / f"{stem}.pdf").is_file()
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])


def test_first_authors_run_from_s_to_z() -> None:
    for stem in STEMS:
        author = gold(stem + ".pdf")["studies"][0]["fields"]["first_author"]["value"]
        assert "S" <= author[0].upper() <= "Z", author
        assert stem.startswith(author.lower()[:4].replace("ś", "s").replace("á", "a"))


def test_the_set_stays_small() -> None:
    total = sum(p.stat().st_size for p in PROSE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert total < 1_500_000


@pytest.mark.parametrize("name", [s + x for s in STEMS for x in (".pdf", ".xml")])
def test_gold_values_use_the_contract_vocabulary(name: str) -> None:
    g = gold(name)
    check_gold_values(g, bare_means=True)


@pytest.mark.parametrize("stem", STEMS)
def test_every_pdf_quote_is_on_its_page(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    check_quotes_on_pdf_pages(evidence(gold(stem + ".pdf")), pdf_pages[stem])


@pytest.mark.parametrize("stem", STEMS)
def test_every_xml_quote_is_in_the_jats_text(stem: str) -> None:
    check_quotes_in_jats(evidence(gold(stem + ".xml")), PROSE / f"{stem}.xml")


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_and_xml_gold_agree(stem: str) -> None:
    check_pdf_and_jats_gold_agree(gold(stem + ".pdf"), gold(stem + ".xml"), XML_ONLY_FIELDS)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_has_the_europe_pmc_structure(stem: str) -> None:
    check_jats_structure(PROSE / f"{stem}.xml", gold(stem + ".xml")["studies"][0]["fields"]["doi"]["value"])


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