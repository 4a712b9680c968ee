"""What the generated-corpus tests share: quote normalisation and the PDFs' page texts."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf


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
