"""The NLP layer: entities, abbreviations and sentences of scientific text.

Built on spaCy + scispacy: scispacy's tokenizer and abbreviation detector, a
sentence splitter for scientific text, an entity ruler built from the curated
lexicon (:mod:`miner.nlp.lexicon`) and a trained NER shipped in ``models/``
(built by ``make models``). Load once per process with :func:`load_pipeline`.

>>> nlp = load_pipeline("rules")          # doctest: +SKIP
>>> nlp.entities("Exosomes were injected via the tail vein.")  # doctest: +SKIP
"""

from __future__ import annotations

from miner.nlp._pipeline import NlpPipeline, load_pipeline
from miner.nlp._types import LABELS, SOURCES, Entity

__all__ = ["LABELS", "SOURCES", "Entity", "NlpPipeline", "load_pipeline"]
