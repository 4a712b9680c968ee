"""The NLP layer: entities, abbreviations and sentences of scientific text.

Built on spaCy + scispacy: scispacy's tokenizer and abbreviation detector, a
sentence splitter for scientific text, an entity ruler built from the curated
lexicon (:mod:`miner.nlp.lexicon`) and a trained NER shipped in ``models/``
(built by ``make models``). Load once per process with :func:`load_pipeline`.

The pipeline (and so spaCy) is imported on first use of :class:`NlpPipeline` or
:func:`load_pipeline`: the lexicon (:mod:`miner.nlp.lexicon`) imports without it.

>>> nlp = load_pipeline("rules")          # doctest: +SKIP
>>> nlp.entities("Exosomes were injected via the tail vein.")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from miner.nlp._types import LABELS, SOURCES, Entity

if TYPE_CHECKING:
    from miner.nlp._pipeline import NlpPipeline, load_pipeline

__all__ = ["LABELS", "SOURCES", "Entity", "NlpPipeline", "load_pipeline"]

_LAZY = frozenset({"NlpPipeline", "load_pipeline"})


def __getattr__(name: str) -> Any:
    """Import the spaCy pipeline only when one of its names is asked for."""
    if name in _LAZY:
        from miner.nlp import _pipeline

        return getattr(_pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
