"""The external held-out corpus (corpus_samples/external): gold is honest and self-consistent.

Every gold value must be in the contract's vocabulary, every quote must be readable on the
stated PDF page and in the JATS text, and the PDF and XML renderings of a study must carry
the same values.
"""

from __future__ import annotations

from pathlib import Path

import defusedxml.ElementTree as DET
import pytest
from _corpus import Corpus, normalise, pages_fixture

EXTERNAL = Path(__file__).resolve().parents[1] / "corpus_samples" / "external"
CORPUS = Corpus(EXTERNAL)
STEMS = CORPUS.stems
FIGURE_ONLY = {"petrov2021_hypoxic_hbmsc_exo_hemisection", "varga2020_hpmsc_ev_balloon_intrathecal"}
XML_ONLY_FIELDS = {"pmid", "pmcid"}  # the PDFs do not print PubMed ids; the JATS front matter does


gold = CORPUS.gold


def evidence(g: dict) -> list[tuple[str, int | None, str]]:
    (study,) = g["studies"]
    return [(f, e["page"], e["quote"]) for f, cell in study["fields"].items() for e in cell["evidence"]]


pdf_pages = pages_fixture(CORPUS)


def test_ten_studies_each_in_two_formats_with_gold() -> None:
    assert len(STEMS) == 10
    for stem in STEMS:
        assert (EXTERNAL / f"{stem}.pdf").is_file()
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_200_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=False))


@pytest.mark.parametrize("stem", STEMS)
def test_every_pdf_quote_is_on_its_page(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    g = gold(stem + ".pdf")
    pages = pdf_pages[stem]
    checks = evidence(g) + [("outcome", r["page"], r["quote"]) for r in g["outcomes"]]
    for field, page, quote in checks:
        assert isinstance(page, int) and 1 <= page <= len(pages), (field, page)
        assert normalise(quote) in pages[page - 1], f"{field}: {quote!r} not on page {page}"


@pytest.mark.parametrize("stem", STEMS)
def test_every_xml_quote_is_in_the_jats_text(stem: str) -> None:
    root = DET.parse(EXTERNAL / f"{stem}.xml").getroot()
    text = normalise("".join(root.itertext()))
    g = gold(stem + ".xml")
    checks = evidence(g) + [("outcome", r["page"], r["quote"]) for r in g["outcomes"]]
    for field, page, quote in checks:
        assert page is None
        assert normalise(quote) in text, f"{field}: {quote!r}"


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_and_xml_gold_agree(stem: str) -> None:
    pdf, xml = gold(stem + ".pdf"), gold(stem + ".xml")
    pf, xf = pdf["studies"][0]["fields"], xml["studies"][0]["fields"]
    assert set(xf) - set(pf) <= XML_ONLY_FIELDS and set(pf) <= set(xf)
    for field in pf:
        assert pf[field]["value"] == xf[field]["value"], field

    def rows(g: dict) -> list[tuple]:
        return sorted((r["outcome"], r["group"], r["arm"], r["day"], r["mean"], r["sd"], r["sem"], r["n"], r["source"])
                      for r in g["outcomes"])

    assert rows(pdf) == rows(xml)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_has_the_europe_pmc_structure(stem: str) -> None:
    root = DET.parse(EXTERNAL / f"{stem}.xml").getroot()
    meta = root.find("front/article-meta")
    assert meta is not None
    ids = {e.get("pub-id-type"): e.text for e in meta.findall("article-id")}
    assert set(ids) == {"pmid", "pmcid", "doi"}
    assert ids["doi"].lower() == gold(stem + ".xml")["studies"][0]["fields"]["doi"]["value"]
    assert meta.find("title-group/article-title") is not None and meta.find("abstract") is not None
    assert len(meta.findall("contrib-group/contrib")) >= 3
    assert {s.get("sec-type") for s in root.findall("body/sec")} >= {"intro", "methods", "results", "discussion"}
    assert root.findall("back/ref-list/ref") and root.findall(".//xref[@ref-type='bibr']")
    assert root.findall(".//table-wrap/table") or root.findall(".//fig/caption")


def test_figure_only_papers_have_notes_and_no_rows() -> None:
    for stem in STEMS:
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            if stem in FIGURE_ONLY:
                assert g["outcomes"] == [] and g["studies"][0]["notes"]
            else:
                assert g["outcomes"], stem
                assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}


def test_days_are_weeks_times_seven_where_tables_count_weeks() -> None:
    # ruiz2019 labels columns "1 wk" ... "6 wk"; haddad2023 "Week 1" ... "Week 6".
    days = {r["day"] for r in gold("ruiz2019_radmsc_exo_sucrose_daily_iv.pdf")["outcomes"]}
    assert days == {7.0, 14.0, 21.0, 28.0, 42.0}
    text_days = {r["day"] for r in gold("haddad2023_hucmsc_ev_doseranging_iv.xml")["outcomes"] if r["source"] == "text"}
    assert text_days == {56.0}


def test_textbook_sizes_and_cited_doses_are_not_gold(pdf_pages: dict[str, list[str]]) -> None:
    """The introductions' '30–150 nm' and the discussions' cited doses stay out of the gold."""
    for stem in STEMS:
        fields = gold(stem + ".pdf")["studies"][0]["fields"]
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        assert "30–150 nm" not in quotes and "particles/kg" not in quotes
        size = fields.get("size_nm", {}).get("value")
        assert size is None or (size.get("low"), size.get("high")) != (30, 150)
