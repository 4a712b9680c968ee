"""The digest corpus (corpus_samples/digest): gold in contract vocabulary, quotes where they say.

Tuning corpus: scores written in prose, abstracts and figure legends in many shapes. These
tests pin down that every gold value and score row can be found on its stated PDF page and
in the JATS text, and that the two renderings' gold agree.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests._corpus import (
    check_declarations_in_gold,
    check_gold_values,
    check_jats_structure,
    check_pdf_and_jats_gold_agree,
    check_quotes_in_jats,
    check_quotes_on_pdf_pages,
    normalise,
    pdf_page_texts,
)

DIGEST = Path(__file__).resolve().parents[1] / "corpus_samples" / "digest"
STEMS = sorted(p.stem for p in DIGEST.glob("*.pdf"))


def _gold(stem: str, suffix: str) -> dict:
    return json.loads((DIGEST / "gold" / f"{stem}{suffix}.json").read_text(encoding="utf-8"))


def _checks(g: dict) -> list[tuple[str, int | None, str]]:
    fields = g["studies"][0]["fields"]
    out = [(f, e["page"], e["quote"]) for f, c in fields.items() for e in c["evidence"]]
    return out + [("outcome", r["page"], r["quote"]) for r in g["outcomes"]]


def test_corpus_is_complete_and_split_lists_every_document() -> None:
    assert len(STEMS) >= 4
    split = json.loads((DIGEST / "split.json").read_text(encoding="utf-8"))
    assert set(split) == {"tune"}
    assert sorted(split["tune"]) == sorted(f"{s}{x}" for s in STEMS for x in (".pdf", ".xml"))
    for stem in STEMS:
        assert (DIGEST / f"{stem}.xml").is_file()
        assert re.match(r"[g-m][a-z]+\d{4}_", stem), stem  # first authors G to M
    assert sum(p.stat().st_size for p in DIGEST.rglob("*") if p.is_file()) < 1_500_000


@pytest.mark.parametrize("stem", STEMS)
def test_gold_uses_contract_vocabulary(stem: str) -> None:
    for suffix in (".pdf", ".xml"):
        g = _gold(stem, suffix)
        assert g["studies"][0]["document"] == stem + suffix
        check_gold_values(g, bare_means=True)
        assert g["outcomes"], "every digest paper writes BBB/BMS scores as numbers"


@pytest.mark.parametrize("stem", STEMS)
def test_every_quote_is_on_its_pdf_page(stem: str) -> None:
    pages = pdf_page_texts(DIGEST, [stem])[stem]
    assert "Synthetic test document" in pages[0]
    check_quotes_on_pdf_pages(_checks(_gold(stem, ".pdf")), pages)


@pytest.mark.parametrize("stem", STEMS)
def test_every_quote_is_in_the_jats_text(stem: str) -> None:
    check_quotes_in_jats(_checks(_gold(stem, ".xml")), DIGEST / f"{stem}.xml")


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_and_jats_gold_agree_and_jats_is_well_formed(stem: str) -> None:
    pdf, xml = _gold(stem, ".pdf"), _gold(stem, ".xml")
    check_pdf_and_jats_gold_agree(pdf, xml, {"pmid", "pmcid"})
    doi = pdf["studies"][0]["fields"]["doi"]["value"]
    assert doi.startswith("10.5555/")
    check_jats_structure(DIGEST / f"{stem}.xml", doi)
    check_declarations_in_gold(DIGEST / f"{stem}.xml", {"pdf": pdf, "xml": xml})


@pytest.mark.parametrize("stem", STEMS)
def test_score_rows_read_back_as_the_printed_numbers(stem: str) -> None:
    """A row's mean and spread are the numbers its quote prints (rounded abstracts stay rounded)."""
    for r in _gold(stem, ".pdf")["outcomes"]:
        nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", r["quote"].split(";")[-1].split(", n")[0])]
        err = r["sd"] if r["sd"] is not None else r["sem"]
        assert nums == ([r["mean"]] if err is None else [r["mean"], err]), r
        if "n =" in r["quote"]:
            assert f"n = {r['n']}" in r["quote"]


@pytest.mark.parametrize(
    ("stem", "trap_means"),
    [
        ("gunnarsdottir2021_hucmsc_exo_panelwalk_tailvein", {10.8, 7.2}),  # another study, discussion
        ("hakobyan2022_rbmsc_sev_ih_intrathecal_manuscript", {9.1, 7.6, 11.4, 6.2}),  # cited; differences
        ("jaksic2020_hadsc_exo_clip_ip_sessions", {6.4, 2.1, 12.5, 8.0}),  # BBB subscores; cited study
        ("kamau2023_hpmsc_ev_mascis_tailvein_fourarm", {10.6, 6.9}),  # cited study in the discussion
        ("marchand2019_mensc_exo_weightdrop_intralesional_manuscript", {9.5, 6.8}),  # cited study
        ("moutinho2024_wjmsc_mir124_exo_nyu_tailvein", {10.1, 6.0}),  # cited miR-126 study
        ("ghorbani2022_shed_sev_hemisection_intranasal", {11.2, 8.9, 19.0}),  # cited; contralateral limb
    ],
)
def test_trap_numbers_are_not_score_rows(stem: str, trap_means: set[float]) -> None:
    g = _gold(stem, ".pdf")
    assert not {r["mean"] for r in g["outcomes"]} & trap_means
    size = g["studies"][0]["fields"].get("size_nm")
    if size:  # textbook ranges in the introduction are not the authors' measurement
        v = size["value"]
        assert v["value"] is not None or (v["low"], v["high"]) not in ((30, 150), (50, 150))
        assert all("30–150" not in e["quote"] and "50–150" not in e["quote"] for e in size["evidence"])


def test_a_paper_names_its_treatment_group_several_ways_without_changing_the_group() -> None:
    g = _gold("gunnarsdottir2021_hucmsc_exo_panelwalk_tailvein", ".pdf")
    treated = [r for r in g["outcomes"] if r["arm"] == "treatment"]
    assert {r["group"] for r in treated} == {"SCI + Exo"}
    pages = " ".join(pdf_page_texts(DIGEST, ["gunnarsdottir2021_hucmsc_exo_panelwalk_tailvein"])[
        "gunnarsdottir2021_hucmsc_exo_panelwalk_tailvein"])
    for name in ("treated rats", "the exosome group", "EV-injected animals", "exosome-injected rats"):
        assert normalise(name) in pages
