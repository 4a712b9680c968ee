"""The varied tuning corpus (corpus_samples/varied): its gold is consistent with its documents.

These tests read the committed outputs of ``corpus_samples/varied/generate.py``; they do
not regenerate them (that needs reportlab fonts and takes a while).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as DET
import pymupdf
import pytest
from _corpus import normalise

from miner.contract import ARMS, ENUMS, FIELD_KINDS, LIST_ENUMS, OUTCOME_SOURCES

VARIED = Path(__file__).resolve().parents[1] / "corpus_samples" / "varied"
SPLIT = json.loads((VARIED / "split.json").read_text(encoding="utf-8")) if (VARIED / "split.json").is_file() else {}
DOCS: list[str] = SPLIT.get("tune", [])
STEMS = sorted({d.rsplit(".", 1)[0] for d in DOCS})


def gold(document: str) -> dict[str, Any]:
    return json.loads((VARIED / "gold" / f"{document}.json").read_text(encoding="utf-8"))


def evidence(g: dict[str, Any]) -> list[tuple[str, int | None, str]]:
    fields = g["studies"][0]["fields"]
    out = [(name, e["page"], e["quote"]) for name, f in fields.items() for e in f["evidence"]]
    return out + [("outcome", r["page"], r["quote"]) for r in g["outcomes"]]


def test_split_lists_every_rendered_document_for_tuning() -> None:
    rendered = sorted(p.name for p in VARIED.iterdir() if p.suffix in (".pdf", ".xml"))
    assert len(STEMS) >= 4
    assert set(SPLIT) <= {"description", "tune"}
    assert sorted(DOCS) == rendered
    assert all(f"{s}.pdf" in DOCS and f"{s}.xml" in DOCS for s in STEMS)


def test_corpus_stays_small() -> None:
    total = sum(p.stat().st_size for p in VARIED.rglob("*") if p.is_file() and p.suffix in (".pdf", ".xml"))
    assert total < 1_500_000


@pytest.mark.parametrize("document", DOCS)
def test_gold_uses_contract_fields_and_vocabularies(document: str) -> None:
    g = gold(document)
    assert g["studies"][0]["document"] == document
    fields = g["studies"][0]["fields"]
    for name, cell in fields.items():
        assert name in FIELD_KINDS, name
        v = cell["value"]
        assert v is not None and cell["evidence"], name
        if name in ENUMS:
            assert v in ENUMS[name], (name, v)
        if name == "isolation_method":
            assert v and set(v) <= set(LIST_ENUMS[name]), v
        if FIELD_KINDS[name] == "bool":
            assert v is True, f"{name}: reporting items are gold only when stated"
    if "size_nm" in fields:
        size = fields["size_nm"]["value"]
        assert set(size) == {"value", "low", "high", "stat", "method"}
        assert size["stat"] in ("mean", "mode", "median", None)
        assert size["method"] in ("NTA", "TEM", "DLS")
    if "dose" in fields:
        dose = fields["dose"]["value"]
        assert set(dose) == {"amount", "unit", "volume_ul", "basis"}
        assert dose["unit"] in ("ug", "mg", "particles", "ul", "ug_per_kg", "mg_per_kg", "cells_equivalent")
    if "frequency" in fields:
        assert set(fields["frequency"]["value"]) == {"doses", "interval_h"}
    if "injury_level" in fields:
        assert re.fullmatch(r"[CTLS]\d{1,2}(-[CTLS]\d{1,2})?", fields["injury_level"]["value"])
    assert fields["doi"]["value"].startswith("10.5555/")


@pytest.mark.parametrize("document", DOCS)
def test_outcome_rows_are_well_formed(document: str) -> None:
    g = gold(document)
    rows = g["outcomes"]
    if not rows:
        assert g["studies"][0].get("notes"), "a study without outcome rows must say why"
    for r in rows:
        assert r["document"] == document
        assert r["arm"] in ARMS and r["source"] in OUTCOME_SOURCES
        assert r["outcome"] in ("BBB", "BMS")
        assert 0 <= r["mean"] <= (21 if r["outcome"] == "BBB" else 9)
        assert r["day"] > 0
        assert (r["sd"] is None) != (r["sem"] is None)
        assert normalise(f"{r['mean']:.1f}") in normalise(r["quote"])
    assert sum(1 for a in {(r["group"], r["arm"]) for r in rows} if a[1] == "treatment") <= 1


@pytest.mark.parametrize("stem", STEMS)
def test_every_quote_is_on_its_pdf_page(stem: str) -> None:
    with pymupdf.open(VARIED / f"{stem}.pdf") as doc:
        pages = [normalise(p.get_text()) for p in doc]
    for name, page, quote in evidence(gold(f"{stem}.pdf")):
        assert page is not None and 1 <= page <= len(pages), (name, page)
        assert normalise(quote) in pages[page - 1], f"{name}: {quote!r} not on page {page}"


@pytest.mark.parametrize("stem", STEMS)
def test_every_quote_is_in_the_xml_text(stem: str) -> None:
    root = DET.fromstring((VARIED / f"{stem}.xml").read_bytes())
    text = normalise("".join(root.itertext()))
    for name, page, quote in evidence(gold(f"{stem}.xml")):
        assert page is None
        assert normalise(quote) in text, f"{name}: {quote!r} not in the XML"


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_and_xml_gold_agree(stem: str) -> None:
    gp, gx = gold(f"{stem}.pdf"), gold(f"{stem}.xml")
    fp, fx = gp["studies"][0]["fields"], gx["studies"][0]["fields"]
    assert set(fx) - set(fp) == {"pmid", "pmcid"}  # only JATS front matter carries PubMed ids
    for name, cell in fp.items():
        assert fx[name]["value"] == cell["value"], name
        assert [e["quote"] for e in fx[name]["evidence"]] == [e["quote"] for e in cell["evidence"]], name

    def strip(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k not in ("page", "document")} for r in rows]

    assert strip(gp["outcomes"]) == strip(gx["outcomes"])
    assert gp["studies"][0].get("notes") == gx["studies"][0].get("notes")


@pytest.mark.parametrize("stem", STEMS)
def test_first_page_carries_the_synthetic_notice(stem: str) -> None:
    with pymupdf.open(VARIED / f"{stem}.pdf") as doc:
        assert "not a real publication" in normalise(doc[0].get_text())
    assert "not a real publication" in (VARIED / f"{stem}.xml").read_text(encoding="utf-8")
