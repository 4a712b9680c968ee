"""Which locomotor scale a sentence or a paper uses (BBB for rats, BMS for mice), and its range.

Also whether a text says its dispersion is an SD or an SEM.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract._context import Sentence
from miner.extract._numbers import SD_WORDS, SEM_WORDS
from miner.parse.model import SectionKind

__all__ = ["SCALE_MAX", "SEM_ANY", "dispersion_type", "document_scale", "sentence_scale"]

# Scale name -> highest possible score.
SCALE_MAX: Final = {"BBB": 21.0, "BMS": 9.0}
_SCALES: Final = (
    ("BMS", re.compile(r"\bBMS\b|Basso\s+Mouse\s+Scale", re.IGNORECASE)),
    (
        "BBB",
        re.compile(
            r"\bBBB\b|Basso[,\s-]+Beattie|Basso,?\s+Beattie\s+and\s+Bresnahan", re.IGNORECASE
        ),
    ),
)

# Every name in ``_SCALES`` holds one of these: most sentences are ruled out by one cheap search.
_SCALE_HINT: Final = re.compile(r"BBB|BMS|Basso", re.IGNORECASE)


def sentence_scale(text: str) -> str | None:
    """The locomotor scale a sentence names ("BBB" or "BMS"), or None."""
    if not _SCALE_HINT.search(text):
        return None
    for name, pat in _SCALES:
        if pat.search(text):
            return name
    return None


def document_scale(sentences: Sequence[Sentence]) -> str | None:
    """The one locomotor scale the methods and results use; None when none or both."""
    found = {
        sentence_scale(s.text)
        for s in sentences
        if s.section in (SectionKind.METHODS, SectionKind.RESULTS, SectionKind.FIGURE_CAPTION)
    }
    found.discard(None)
    return found.pop() if len(found) == 1 else None


# "mean ± SE" and "± s.e." name the standard error as much as "SEM" does.
SEM_ANY: Final = re.compile(rf"{SEM_WORDS.pattern}|(?-i:\bSE\b)|\bs\.e\.(?!m)", re.IGNORECASE)


def dispersion_type(text: str) -> str | None:
    """The kind of dispersion the text names ("sem" or "sd"), or None for neither or both."""
    sem, sd = bool(SEM_ANY.search(text)), bool(SD_WORDS.search(text))
    return None if sem == sd else ("sem" if sem else "sd")
