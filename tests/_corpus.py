"""What the generated-corpus tests share: quote normalisation, page texts, contract checks."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf

from miner.contract import ENUMS, FIELD_KINDS, LIST_ENUMS


def normalise(text: str) -> str:
    """Collapse whitespace, unify micro sign / Greek mu, drop soft and line-end hyphens."""
    text = text.replace("\u03bc", "\u00b5").replace("\u00ad", "")
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    return " ".join(text.split())


def pdf_page_texts(folder: Path, stems: list[str]) -> dict[str, list[str]]:
    """Normalised text of every page of ``folder/<stem>.pdf``, per stem."""
    out = {}
    for stem in stems:
        with pymupdf.open(folder / f"{stem}.pdf") as doc:
            out[stem] = [normalise(p.get_text()) for p in doc]
    return out


def check_in_contract(field: str, cell: dict) -> None:
    """A gold cell names a contract field, has evidence, and a value of the field's kind."""
    assert field in FIELD_KINDS, field
    assert cell["evidence"], f"{field} has no evidence"
    value, kind = cell["value"], FIELD_KINDS[field]
    if field in ENUMS:
        assert value in ENUMS[field], (field, value)
    if field == "isolation_method":
        assert set(value) <= set(LIST_ENUMS[field]), value
    if kind in ("list_enum", "list_str"):
        assert isinstance(value, list) and value and len(set(value)) == len(value)
    if kind == "range":
        assert set(value) == {"low", "high"} and value["low"] <= value["high"]
    if kind == "int":
        assert isinstance(value, int)
    if kind == "bool":
        assert value is True  # reporting items are annotated only where clearly stated
    if field == "injury_level":
        assert re.fullmatch(r"[CTLS]\d{1,2}(-[CTLS]\d{1,2})?", value), value
