"""The fresh held-out corpus (corpus_samples/fresh): gold is honest, checkable and reproducible.

Every gold value is in the contract's vocabulary, every quote is on its stated PDF page and
in the JATS text (after whitespace collapse, µ/μ unification and line-end hyphen removal),
the two renderings of a study carry the same gold, the traps stay out of the gold, and a
rebuild reproduces the committed files byte for byte.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import defusedxml.ElementTree as DET
import pytest
from _corpus import Corpus, check_in_contract, normalise, pages_fixture

from miner.contract import (
    ARMS,
    DOSE_BASES,
    DOSE_UNITS,
    OUTCOME_COLUMNS,
    OUTCOME_SOURCES,
    SIZE_METHODS,
    SIZE_STATS,
)

FRESH = Path(__file__).resolve().parents[1] / "corpus_samples" / "fresh"
CORPUS = Corpus(FRESH)
STEMS = CORPUS.stems
FIGURE_ONLY = {"dimitriou2020_wjmsc_exo_collagen_transection"}
NO_VEHICLE = {"jensen2020_mouse_mbmsc_exo_sipten_tailvein"}  # scrambled-siRNA exosomes are the comparator
BIBLIOGRAPHIC = {"first_author", "year", "title", "journal", "doi", "pmid", "pmcid"}


gold = CORPUS.gold


def fields(name: str) -> dict:
    (study,) = gold(name)["studies"]
    return study["fields"]


def quotes(g: dict) -> list[tuple[str, int | None, str]]:
    (study,) = g["studies"]
    out = [(f, e["page"], e["quote"]) for f, cell in study["fields"].items() for e in cell["evidence"]]
    return out + [("outcome", r["page"], r["quote"]) for r in g["outcomes"]]


def jats_text(stem: str, sec_types: set[str] | None = None) -> str:
    root = DET.parse(FRESH / f"{stem}.xml").getroot()
    if sec_types is None:
        return normalise("".join(root.itertext()))
    secs = [s for s in root.findall("body/sec") if s.get("sec-type") in sec_types]
    return normalise(" ".join("".join(s.itertext()) for s in secs))


pdf_pages = pages_fixture(CORPUS)


def test_twelve_studies_each_rendered_twice_with_gold() -> None:
    assert len(STEMS) == 12
    for stem in STEMS:
        assert (FRESH / f"{stem}.pdf").is_file()
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])


def test_split_holds_every_document_out() -> None:
    split = json.loads((FRESH / "split.json").read_text(encoding="utf-8"))
    assert set(split) - {"_comment"} == {"heldout"}
    assert split["heldout"] == sorted(f"{s}{x}" for s in STEMS for x in (".pdf", ".xml"))


def test_readme_says_the_set_is_held_out() -> None:
    readme = (FRESH / "README.md").read_text(encoding="utf-8")
    assert "HELD OUT" in readme and "never tune" in readme.lower()


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


@pytest.mark.parametrize("stem", STEMS)
def test_every_document_says_it_is_synthetic(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    assert "Synthetic test document" in pdf_pages[stem][0]
    root = DET.parse(FRESH / f"{stem}.xml").getroot()
    licence = "".join(root.find("front/article-meta/permissions").itertext())
    assert "not a real publication" in licence


@pytest.mark.parametrize("name", [s + x for s in STEMS for x in (".pdf", ".xml")])
def test_gold_uses_the_contract_vocabulary(name: str) -> None:
    f = fields(name)
    for field, cell in f.items():
        check_in_contract(field, cell)
        value = cell["value"]
        if field == "doi":
            assert value == value.lower() and not value.startswith("http")
    size = f["size_nm"]["value"]
    assert size["stat"] in (*SIZE_STATS, None) and size["method"] in SIZE_METHODS
    assert size["value"] is not None or None not in (size["low"], size["high"])
    dose = f["dose"]["value"]
    assert dose["unit"] in DOSE_UNITS and dose["basis"] in (*DOSE_BASES, None) and dose["amount"] > 0
    freq = f["frequency"]["value"]
    assert freq["doses"] >= 1 and (freq["interval_h"] is None) == (freq["doses"] == 1)
    assert f["timing_post_injury_h"]["value"] >= 0


@pytest.mark.parametrize("name", [s + x for s in STEMS for x in (".pdf", ".xml")])
def test_outcome_rows_are_well_formed(name: str) -> None:
    for row in gold(name)["outcomes"]:
        assert set(OUTCOME_COLUMNS) <= set(row)
        assert row["arm"] in ARMS and row["source"] in OUTCOME_SOURCES
        top = {"BBB": 21, "BMS": 9}[row["outcome"]]
        assert 0 <= row["mean"] <= top and row["day"] > 0
        assert (row["sd"] is None) != (row["sem"] is None)
        assert row["quote"].startswith((f"{row['mean']:.1f}", f"{row['mean']:.2f}")), row["quote"]


@pytest.mark.parametrize("stem", STEMS)
def test_every_pdf_quote_is_on_its_page(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    pages = pdf_pages[stem]
    for field, page, quote in quotes(gold(stem + ".pdf")):
        assert isinstance(page, int) and 1 <= page <= len(pages), (field, page)
        assert normalise(quote) in pages[page - 1], f"{field}: {quote!r} not on page {page}"


@pytest.mark.parametrize("stem", STEMS)
def test_every_xml_quote_is_in_the_jats_text(stem: str) -> None:
    text = jats_text(stem)
    for field, page, quote in quotes(gold(stem + ".xml")):
        assert page is None
        assert normalise(quote) in text, f"{field}: {quote!r}"


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_and_xml_gold_agree(stem: str) -> None:
    pf, xf = fields(stem + ".pdf"), fields(stem + ".xml")
    assert set(xf) - set(pf) == {"pmid", "pmcid"}
    assert all(pf[k]["value"] == xf[k]["value"] for k in pf)

    def rows(name: str) -> list[tuple]:
        keys = ("outcome", "group", "arm", "day", "mean", "sd", "sem", "n", "source", "quote")
        return sorted(tuple(r[k] for k in keys) for r in gold(name)["outcomes"])

    assert rows(stem + ".pdf") == rows(stem + ".xml")


@pytest.mark.parametrize("stem", STEMS)
def test_jats_has_the_europe_pmc_structure(stem: str) -> None:
    root = DET.parse(FRESH / f"{stem}.xml").getroot()
    meta = root.find("front/article-meta")
    ids = {e.get("pub-id-type"): e.text for e in meta.findall("article-id")}
    assert ids["doi"].lower() == fields(stem + ".xml")["doi"]["value"]
    assert ids["pmid"] == fields(stem + ".xml")["pmid"]["value"]
    assert {s.get("sec-type") for s in root.findall("body/sec")} >= {"intro", "methods", "results", "discussion"}
    assert root.findall("back/ref-list/ref") and root.findall(".//xref[@ref-type='bibr']")


@pytest.mark.parametrize("stem", STEMS)
def test_every_study_states_the_core_sheet_fields(stem: str) -> None:
    core = {"species", "strain", "sex", "n_per_group", "injury_model", "source_tissue", "source_species",
            "isolation_method", "characterization", "markers", "size_nm", "dose", "route", "frequency",
            "timing_post_injury_h"}
    assert core <= set(fields(stem + ".pdf"))


def test_figure_only_paper_has_a_note_and_no_rows() -> None:
    for stem in STEMS:
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            arms = {r["arm"] for r in g["outcomes"]}
            if stem in FIGURE_ONLY:
                assert g["outcomes"] == [] and g["studies"][0]["notes"]
            elif stem in NO_VEHICLE:
                assert arms == {"treatment", "other"}
            else:
                assert arms >= {"treatment", "control"}, stem


@pytest.mark.parametrize(("stem", "days"), [
    ("gallo2024_radsc_exo_ischemia_iodixanol_intrathecal", {1, 2, 3, 7, 14}),  # columns T1..T5
    ("iqbal2022_hpmsc_ev_tei_clip_intralesional", {7, 14, 21, 28}),  # "Week 1".."Week 4"
    ("kowalski2023_3d_hucmsc_ev_volume_dose_iv", {7, 14, 28, 42, 56}),  # "1 wpi".."8 wpi"
    ("holm2021_ifng_hbmsc_exo_tff_mascis_ip", {1, 7, 14, 21, 28, 42}),  # "POD 1".."POD 42"
])
def test_table_time_labels_become_days_after_injury(stem: str, days: set[int]) -> None:
    assert {r["day"] for r in gold(stem + ".pdf")["outcomes"] if r["source"] == "table"} == days


def test_time_point_tokens_are_not_a_vertebral_level() -> None:
    f = fields("gallo2024_radsc_exo_ischemia_iodixanol_intrathecal.pdf")
    assert "injury_level" not in f and f["injury_model"]["value"] == "ischemia_reperfusion"


def test_per_group_n_differs_from_allocation_where_the_paper_says_so() -> None:
    assert fields("iqbal2022_hpmsc_ev_tei_clip_intralesional.pdf")["n_per_group"]["value"] == 6
    rows = gold("castillo2022_mouse_hadsc_ev_clip_intrathecal.pdf")["outcomes"]
    assert {r["n"] for r in rows if r["group"] == "EV"} == {11}
    assert {r["n"] for r in rows if r["group"] == "Vehicle"} == {12}


@pytest.mark.parametrize("stem", STEMS)
def test_size_and_dose_gold_never_comes_from_introduction_or_discussion(stem: str) -> None:
    """Textbook sizes and other studies' doses are traps: the gold quotes avoid them."""
    traps = jats_text(stem, {"intro", "discussion"})
    f = fields(stem + ".xml")
    for field in ("size_nm", "dose"):
        for e in f[field]["evidence"]:
            assert normalise(e["quote"]) not in traps, (field, e["quote"])
    size = f["size_nm"]["value"]
    assert (size["low"], size["high"]) not in {(30, 150), (50, 150), (40, 100), (50, 200)}


@pytest.mark.parametrize("stem", STEMS)
def test_native_only_where_the_text_says_so(stem: str) -> None:
    f = fields(stem + ".pdf")
    if f.get("modification", {}).get("value") == "none":
        quote = " ".join(e["quote"] for e in f["modification"]["evidence"]).lower()
        assert re.search(r"native|unmodified|without any modification|no modification|no treatment", quote)


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fresh_generate", FRESH / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # The generator puts its folders on sys.path and turns bytecode off; undo both afterwards
    # (its modules stay loaded, so build() keeps working).
    before, path = sys.dont_write_bytecode, list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = before
        sys.path[:] = path
    return module


def test_a_rebuild_reproduces_the_committed_files() -> None:
    gen = _load_generator()
    assert [s.stem for s in gen.STUDIES] == STEMS
    for study in gen.STUDIES:
        for name, data in gen.build(study).items():
            assert (FRESH / name).read_bytes() == data, name
    assert (FRESH / "split.json").read_bytes() == gen.split_json()
