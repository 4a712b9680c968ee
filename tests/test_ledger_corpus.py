"""The ledger tuning corpus (corpus_samples/ledger): outcome tables of many shapes, honest gold.

Every gold value is in the contract's vocabulary, every quote (fields and outcome rows) is
readable on its stated PDF page and in the JATS text, both renderings of a study carry the
same values and rows, and no non-score cell of a table became a score.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _corpus import (
    Corpus,
    check_declarations_in_gold,
    check_gold_values,
    check_jats_structure,
    pages_fixture,
)

LEDGER = Path(__file__).resolve().parents[1] / "corpus_samples" / "ledger"
CORPUS = Corpus(LEDGER)
STEMS = CORPUS.stems

gold = CORPUS.gold


pdf_pages = pages_fixture(CORPUS)


def test_every_study_is_rendered_twice_with_gold_and_listed_for_tuning() -> None:
    assert len(STEMS) >= 2
    split = json.loads((LEDGER / "split.json").read_text(encoding="utf-8"))
    assert sorted(split) == ["tune"]
    assert sorted(split["tune"]) == sorted(s + x for s in STEMS for x in (".pdf", ".xml"))
    for stem in STEMS:
        assert (LEDGER / f"{stem}.pdf").is_file()
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])


def test_first_authors_start_with_a_to_f() -> None:
    for stem in STEMS:
        assert stem[0] in "abcdef", stem
        assert gold(stem + ".pdf")["studies"][0]["fields"]["first_author"]["value"][0] in "ABCDEF"


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


@pytest.mark.parametrize("name", [s + x for s in STEMS for x in (".pdf", ".xml")])
def test_gold_values_use_the_contract_vocabulary(name: str) -> None:
    # Sham cells written "21" alone are rows without a spread.
    check_gold_values(gold(name), bare_means=True)


test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_is_imrad_with_ids_and_declarations_are_gold(stem: str) -> None:
    doi = gold(stem + ".xml")["studies"][0]["fields"]["doi"]["value"]
    assert doi.startswith("10.5555/")
    check_jats_structure(LEDGER / f"{stem}.xml", doi)
    check_declarations_in_gold(LEDGER / f"{stem}.xml", {x: gold(stem + x) for x in (".pdf", ".xml")})


@pytest.mark.parametrize("stem", STEMS)
def test_first_page_says_the_paper_is_synthetic(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    assert "Synthetic test document" in pdf_pages[stem][0]


@pytest.mark.parametrize("stem", STEMS)
def test_outcome_rows_are_unique_and_have_a_day_after_injury(stem: str) -> None:
    rows = gold(stem + ".pdf")["outcomes"]
    keys = [(r["outcome"], r["group"], r["day"], r["source"], r["page"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert rows, "every ledger study reports scores as numbers"
    for r in rows:
        assert r["day"] > 0 and r["outcome"] in ("BBB", "BMS")


@pytest.mark.parametrize("stem", STEMS)
def test_non_score_table_cells_are_not_gold(stem: str) -> None:
    # P values, F statistics and histology numbers sit in the tables beside the scores;
    # none of them may be a gold score (a "21" sham cell is, a "0.002" P value is not).
    for r in gold(stem + ".pdf")["outcomes"]:
        assert r["quote"].split()[0].replace("±", " ").split()[0] == f"{r['mean']:.{_dp(r['quote'])}f}" or \
            r["quote"] == f"{r['mean']:g}", r
        assert "P" not in r["quote"] and "=" not in r["quote"]


def _dp(quote: str) -> int:
    first = quote.split()[0].split("±")[0].split("/")[0]
    return len(first.split(".")[1]) if "." in first else 0


def test_the_ledger_layout_habits_are_in_the_pdfs(pdf_pages: dict[str, list[str]]) -> None:
    import pymupdf

    with pymupdf.open(LEDGER / "eisenhardt2023_hbmsc_ev_tcoded_landscape.pdf") as doc:
        assert any(p.rect.width > p.rect.height for p in doc), "a landscape table page"
    manuscript = pdf_pages["cho2022_hucmsc_sev_mouse_bms_bbb"]
    assert all("Accepted manuscript" in p for p in manuscript)
    for stem in ("azevedo2022_wjmsc_exo_gelma_hemisection", "baek2020_radsc_3dexo_subacute_intralesional"):
        table_pages = {r["page"] for r in gold(stem + ".pdf")["outcomes"] if r["source"] == "table"}
        assert any("(continued)" in pdf_pages[stem][p - 1] for p in table_pages)
        assert len(table_pages) >= 2, "one table's rows continue on the next page"
