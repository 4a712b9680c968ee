"""The blind held-out corpus (corpus_samples/blind): gold is honest and self-consistent.

Every gold value must be in the contract's vocabulary, every quote must be readable on the
stated PDF page and in the JATS text, and the PDF and XML renderings of a study must carry
the same values. These tests never run an extractor: the set is scored once, by the lead.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from _corpus import (
    Corpus,
    check_gold_values,
    check_quotes_in_jats,
    check_quotes_on_pdf_pages,
    pages_fixture,
)

BLIND = Path(__file__).resolve().parents[1] / "corpus_samples" / "blind"
GOLD = BLIND / "gold"
CORPUS = Corpus(BLIND)
STEMS = CORPUS.stems
STUDY_FIELDS = {"first_author", "year", "title", "journal", "doi"}

gold = CORPUS.gold


def evidence(g: dict) -> list[tuple[str, int | None, str]]:
    (study,) = g["studies"]
    return [(f, e["page"], e["quote"]) for f, cell in study["fields"].items() for e in cell["evidence"]]


pdf_pages = pages_fixture(CORPUS)


def test_every_study_has_both_renderings_gold_and_is_held_out() -> None:
    assert len(STEMS) >= 8
    split = json.loads((BLIND / "split.json").read_text(encoding="utf-8"))
    assert split["tune"] == []
    assert sorted(split["heldout"]) == sorted(s + x for s in STEMS for x in (".pdf", ".xml"))
    assert sorted(p.name for p in GOLD.glob("*.json")) == sorted(s + x + ".json" for s in STEMS for x in (".pdf", ".xml"))
    for stem in STEMS:
        assert (BLIND / f"{stem}.pdf").is_file()
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])
    assert "held out" in (BLIND / "README.md").read_text(encoding="utf-8").lower()


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


def test_every_first_page_says_the_document_is_synthetic(pdf_pages: dict[str, list[str]]) -> None:
    for stem in STEMS:
        assert "Synthetic test document" in pdf_pages[stem][0], stem
        assert "Synthetic test document" in (BLIND / f"{stem}.xml").read_text(encoding="utf-8")
        assert gold(stem + ".pdf")["studies"][0]["fields"]["doi"]["value"].startswith("10.5555/")


@pytest.mark.parametrize("name", CORPUS.names)
def test_gold_values_use_the_contract_vocabulary(name: str) -> None:
    g = gold(name)
    check_gold_values(g, bare_means=False)
    assert STUDY_FIELDS <= set(g["studies"][0]["fields"])


@pytest.mark.parametrize("stem", STEMS)
def test_every_pdf_quote_is_on_its_page(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    g = gold(stem + ".pdf")
    check_quotes_on_pdf_pages(evidence(g) + [("outcome", r["page"], r["quote"]) for r in g["outcomes"]], pdf_pages[stem])


@pytest.mark.parametrize("stem", STEMS)
def test_every_xml_quote_is_in_the_jats_text(stem: str) -> None:
    g = gold(stem + ".xml")
    check_quotes_in_jats(evidence(g) + [("outcome", r["page"], r["quote"]) for r in g["outcomes"]], BLIND / f"{stem}.xml")


test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)


def test_outcome_rows_or_a_note_for_every_study() -> None:
    """Papers that give scores only in a plot have no rows and say so in a note."""
    for stem in STEMS:
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            if not g["outcomes"]:
                assert g["studies"][0].get("notes"), stem
            else:
                assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}, stem


def test_set_spreads_over_the_variety_it_is_meant_to_measure() -> None:
    """The held-out set is only useful if it covers routes, dose kinds and presentations."""
    studies = [gold(s + ".xml") for s in STEMS]
    values = [{f: c["value"] for f, c in g["studies"][0]["fields"].items()} for g in studies]
    if len(STEMS) < 12:
        pytest.skip("variety is checked on the full set of 12")
    assert len({v.get("route") for v in values} - {None}) >= 5
    assert len({v["dose"]["unit"] for v in values if "dose" in v}) >= 4
    assert len({v["size_nm"]["method"] for v in values if "size_nm" in v}) == 3
    assert sum(v.get("modification") not in (None, "none") for v in values) >= 4
    assert sum(not g["outcomes"] for g in studies) in (1, 2)
    assert {r["source"] for g in studies for r in g["outcomes"]} == {"text", "table"}
    assert {r["outcome"] for g in studies for r in g["outcomes"]} == {"BBB", "BMS"}
    assert any(r["sd"] is not None for g in studies for r in g["outcomes"])
    assert any(r["sem"] is not None for g in studies for r in g["outcomes"])


def test_traps_stay_out_of_the_gold() -> None:
    """Textbook sizes, cited doses and in-vitro concentrations are never gold evidence."""
    for stem in STEMS:
        fields = gold(stem + ".pdf")["studies"][0]["fields"]
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        assert "30–150 nm" not in quotes and "40–160 nm" not in quotes, stem
        size = fields.get("size_nm", {}).get("value")
        assert size is None or (size.get("low"), size.get("high")) != (30, 150)
        for e in fields.get("dose", {}).get("evidence", []):
            # mass per millilitre is how the papers write their cell-culture (in-vitro) doses
            assert not re.search(r"g/m[lL]\b", e["quote"]), (stem, e["quote"])


def fields_of(stem: str) -> dict:
    return {f: c["value"] for f, c in gold(stem + ".pdf")["studies"][0]["fields"].items()}


def test_time_point_tokens_and_catheter_sites_are_not_injury_levels() -> None:
    assert fields_of("bae2021_hbmsc_curcumin_exo_weekly_mgkg")["injury_level"] == "T10"  # beside T1 ... T42
    assert "injury_level" not in fields_of("dubois2019_mensc_exo_ischemia_intrathecal")  # L4–L5 is the catheter


def test_a_total_without_group_sizes_leaves_n_empty() -> None:
    stem = "kowalczyk2019_rbmsc_ev_clip_ip_ugkg"
    assert "n_per_group" not in fields_of(stem)
    assert {r["n"] for r in gold(stem + ".pdf")["outcomes"]} == {None}


def test_n_written_only_in_a_table_header_is_gold_from_the_table_page(pdf_pages: dict[str, list[str]]) -> None:
    stem = "oconnell2023_radsc_caqk_exo_tailvein"
    (ev,) = gold(stem + ".pdf")["studies"][0]["fields"]["n_per_group"]["evidence"]
    assert ev["quote"] == "Group (n = 9 each)"
    table_rows = [r for r in gold(stem + ".pdf")["outcomes"] if r["source"] == "table"]
    assert {r["page"] for r in table_rows} == {ev["page"]}


@pytest.mark.parametrize(("stem", "days"), [
    ("souza2022_hpmsc_exo_hydrogel_transection", {7.0, 14.0, 28.0, 42.0, 56.0}),
    ("nguyen2023_mouse_hucmsc_exo_siPTEN_intranasal", {7.0, 14.0, 21.0, 28.0, 35.0, 42.0}),
    ("mirzaei2020_wjmsc_hypoxic_ev_subacute_iv", {14.0, 28.0, 42.0, 56.0}),
])
def test_weeks_become_days(stem: str, days: set[float]) -> None:
    assert {r["day"] for r in gold(stem + ".xml")["outcomes"]} == days


def test_derived_doses_are_volume_times_concentration() -> None:
    assert fields_of("souza2022_hpmsc_exo_hydrogel_transection")["dose"] == {
        "amount": 50, "unit": "ug", "volume_ul": 50, "basis": "protein"}
    assert fields_of("dubois2019_mensc_exo_ischemia_intrathecal")["dose"]["amount"] == pytest.approx(5e9)
    assert fields_of("zhou2020_hucmsc_mir124_exo_intrathecal")["dose"]["amount"] == 20
