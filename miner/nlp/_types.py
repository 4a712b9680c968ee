"""The records the NLP layer hands to extraction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["LABELS", "SOURCES", "Entity"]

LABELS: Final = (
    "SPECIES",
    "STRAIN",
    "SEX",
    "CELL_SOURCE",
    "VESICLE",
    "MODIFICATION",
    "ISOLATION_METHOD",
    "CHARACTERIZATION",
    "MARKER",
    "ROUTE",
    "INJURY_MODEL",
    "INJURY_DEVICE",
    "INJURY_LEVEL",
    "OUTCOME_SCALE",
)
SOURCES: Final = ("lexicon", "ner", "abbrev")


@dataclass(frozen=True, slots=True)
class Entity:
    """A labelled span of the text given to :meth:`NlpPipeline.entities`.

    ``start``/``end`` are character offsets into that text (``text == input[start:end]``);
    ``norm`` is the value in the contract's vocabulary when known, else None;
    ``source`` says what found it: ``"lexicon"`` (rules), ``"ner"`` (trained model)
    or ``"abbrev"`` (an abbreviation whose long form the rules or the model understood).
    """

    start: int
    end: int
    label: str
    text: str
    norm: str | None
    source: str
