"""The generated sample corpus is present and its gold agrees with the PDFs.

Independent of the generator's code: PDFs are read with PyMuPDF, quotes are
matched after whitespace and line-end-hyphen normalisation, and values are
checked against ``miner.contract``. Rebuild with ``corpus_samples/generate.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from miner.contract import ARMS, ENUMS, FIELD_KINDS, LIST_ENUMS, OUTCOME_COLUMNS, OUTCOME_SOURCES

CORPUS = Path(__file__).resolve().parents[1] / "corpus_samples"
GOLD = sorted((CORPUS / "gold").glob("*.json"))
BAD = ("bad_corrupt.pdf", "bad_truncated.pdf", "bad_encrypted.pdf", "bad_image_only.pdf", "bad_empty.pdf",
       "bad_not_a_pdf.pdf")
SIZE_STATS = (None, "mean", "mode", "median")
SIZE_METHODS = ("NTA", "TEM", "DLS")
DOSE_UNITS = ("ug", "mg", "particles", "ul", "ug_per_kg", "mg_per_kg", "cells_equivalent")
DOSE_BASES = (None, "protein", "particles", "volume")


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def page_variants(text: str) -> tuple[str, str]:
    """Line-end hyphens joined ("ultracentrifu-/gation") or kept ("MSC-/derived")."""
    joined = re.sub(r"-[ \t]*\n[ \t]*(?=[a-z])", "", text)
    kept = re.sub(r"-[ \t]*\n[ \t]*", "-", text)
    return _one_line(joined), _one_line(kept)


def on_page(quote: str, text: str) -> bool:
    return any(_one_line(quote) in v for v in page_variants(text))


_TEXT_CACHE: dict[str, list[str]] = {}


def pages_of(pdf: str) -> list[str]:
    if pdf not in _TEXT_CACHE:
        with pymupdf.open(CORPUS / pdf) as doc:
            _TEXT_CACHE[pdf] = [page.get_text() for page in doc]
    return _TEXT_CACHE[pdf]


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def test_corpus_is_built() -> None:
    assert len(GOLD) >= 16, "run corpus_samples/generate.py"
    for gold in GOLD:
        assert (CORPUS / f"{gold.stem}.pdf").is_file()
    for name in BAD:
        assert (CORPUS / name).is_file()


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_every_quote_is_on_its_page(gold_path: Path) -> None:
    gold = load(gold_path)
    (study,) = gold["studies"]
    assert study["document"] == f"{gold_path.stem}.pdf"
    pages = pages_of(study["document"])
    for name, cell in study["fields"].items():
        assert cell["evidence"], f"{name} has no evidence"
        for ev in cell["evidence"]:
            assert 1 <= ev["page"] <= len(pages)
            assert on_page(ev["quote"], pages[ev["page"] - 1]), f"{name}: {ev['quote']!r} not on page {ev['page']}"


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_values_follow_the_contract(gold_path: Path) -> None:
    fields = load(gold_path)["studies"][0]["fields"]
    for name, cell in fields.items():
        value, kind = cell["value"], FIELD_KINDS[name]
        if name in ENUMS:
            assert value in ENUMS[name], (name, value)
        if name in LIST_ENUMS and name != "characterization":  # characterization's list is open-ended
            assert value and set(value) <= set(LIST_ENUMS[name]), (name, value)
        if kind == "range":
            assert set(value) == {"low", "high"} and value["low"] <= value["high"]
        if kind == "int":
            assert isinstance(value, int) and not isinstance(value, bool)
        if kind == "bool":
            assert value is True  # reporting items are only annotated when stated
    if "size_nm" in fields:
        size = fields["size_nm"]["value"]
        assert set(size) == {"value", "low", "high", "stat", "method"}
        assert size["stat"] in SIZE_STATS and size["method"] in SIZE_METHODS
        assert size["value"] is not None or size["low"] is not None
    if "dose" in fields:
        dose = fields["dose"]["value"]
        assert set(dose) == {"amount", "unit", "volume_ul", "basis"}
        assert dose["unit"] in DOSE_UNITS and dose["basis"] in DOSE_BASES and dose["amount"] > 0
    if "frequency" in fields:
        freq = fields["frequency"]["value"]
        assert freq["doses"] >= 1 and (freq["interval_h"] is None) == (freq["doses"] == 1)
    if "injury_level" in fields:
        assert re.fullmatch(r"[CTLS]\d{1,2}(-[CTLS]\d{1,2})?", fields["injury_level"]["value"])
    if "doi" in fields:
        assert fields["doi"]["value"] == fields["doi"]["value"].lower()
        assert fields["doi"]["value"].startswith("10.5555/")  # Crossref's test prefix: never a real paper


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_outcome_rows_are_written_on_their_page(gold_path: Path) -> None:
    gold = load(gold_path)
    pages = pages_of(gold["studies"][0]["document"])
    for row in gold["outcomes"]:
        assert tuple(row) == OUTCOME_COLUMNS
        assert row["arm"] in ARMS and row["source"] in OUTCOME_SOURCES and row["source"] != "figure"
        assert (row["sd"] is None) != (row["sem"] is None)
        err = row["sd"] if row["sd"] is not None else row["sem"]
        assert on_page(f"{row['mean']:.1f} ± {err:.1f}", pages[row["page"] - 1]), row


def test_figure_only_papers_have_no_outcome_rows_but_say_why() -> None:
    figure_only = [load(p) for p in GOLD if not load(p)["outcomes"]]
    assert len(figure_only) >= 2
    for gold in figure_only:
        assert any("only in" in note for note in gold["notes"])


def test_introduction_size_trap_is_not_gold() -> None:
    """Every paper repeats a textbook size range; no gold size quote is that sentence."""
    for path in GOLD:
        study = load(path)["studies"][0]
        text = " ".join(pages_of(study["document"]))
        assert re.search(r"30\s*[–-]\s*150 nm|30 to 150 nm|50-150 nm|40 to 160 nm", text), path.stem
        for ev in study["fields"].get("size_nm", {}).get("evidence", []):
            assert "30–150" not in ev["quote"]


def test_split_covers_every_good_pdf_once() -> None:
    split = load(CORPUS / "split.json")
    tune, heldout = set(split["tune"]), set(split["heldout"])
    assert not tune & heldout
    assert tune | heldout == {f"{p.stem}.pdf" for p in GOLD}
    assert len(heldout) * 3 >= len(GOLD)


def test_typography_variants_are_present() -> None:
    text = {p.stem: "\n".join(pages_of(f"{p.stem}.pdf")) for p in GOLD}
    assert sum(bool(re.search(r"[a-z]-\n[a-z]", t)) for t in text.values()) >= 5, "line-end hyphenation"
    assert sum("\ufb01" in t or "\ufb02" in t for t in text.values()) >= 3, "ligature glyphs"
    assert any("\u03bcg" in t for t in text.values()) and any("\u00b5g" in t for t in text.values())
    assert any(re.search(r"\d ug\b", t) for t in text.values()), "a lost micro sign"


@pytest.mark.parametrize("name", BAD)
def test_bad_files_fail_to_open_or_have_no_text(name: str) -> None:
    path = CORPUS / name
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception:  # noqa: BLE001 - any failure to open is the expected outcome
        return
    with doc:
        if doc.needs_pass or not doc.is_pdf:  # MuPDF sniffs HTML and opens it as HTML, not as a PDF
            return
        text = "".join(page.get_text() for page in doc).strip()
        # MuPDF repairs a truncated file from the objects that survived: fewer pages, no trailer.
        repaired = name == "bad_truncated.pdf" and len(doc) < len(pages_of("zhang2019_bmsc_exos_tail_vein.pdf"))
        assert not text or repaired, f"{name} opened with text"
