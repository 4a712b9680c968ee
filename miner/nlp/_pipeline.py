"""Assembling, loading and running the miner NLP pipeline."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import scispacy.abbreviation  # noqa: F401  (registers the "abbreviation_detector" factory)
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from miner.errors import ModelNotFoundError
from miner.nlp import (
    _components,  # noqa: F401  (registers the miner factories)
    lexicon,
)
from miner.nlp._assemble import abbreviation_map, assemble
from miner.nlp._components import LEXICON_ATTR, make_tokenizer
from miner.nlp._sentences import split_sentences
from miner.nlp._types import Entity

__all__ = [
    "MODEL_DIR",
    "RULES",
    "NlpPipeline",
    "add_rule_components",
    "build_rules_nlp",
    "load_pipeline",
]

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "miner_ner"
RULES = "rules"
_NER_PIPES = ("tok2vec", "ner")
# Texts longer than this are cut before the NER: a sentence is never this long,
# and a hostile input must not make one call run for minutes.
MAX_CHARS = 100_000
# Texts longer than this run the abbreviation detector in sentence-aligned chunks.
ABBREVIATION_CHUNK = 3_000


def add_rule_components(nlp: Language) -> Language:
    """Add the sentence splitter, scispacy's abbreviation detector and the lexicon ruler."""
    if "miner_sentences" not in nlp.pipe_names:
        nlp.add_pipe("miner_sentences_v1", name="miner_sentences", first=True)
    if "abbreviation_detector" not in nlp.pipe_names:
        nlp.add_pipe("abbreviation_detector")
    detector: Any = nlp.get_pipe("abbreviation_detector")
    # scispacy runs its global matcher on every doc and spaCy warns (W036) when it
    # has no patterns; a pattern that cannot match keeps it quiet.
    if "miner-never-matches" not in detector.global_matcher:
        detector.global_matcher.add("miner-never-matches", [[{"ORTH": "\x00"}]])
    if "miner_lexicon_ruler" not in nlp.pipe_names:
        nlp.add_pipe("miner_lexicon_ruler_v1", name="miner_lexicon_ruler")
    return nlp


def build_rules_nlp() -> Language:
    """A blank English pipeline with scispacy's tokenizer and the rule components (no trained NER)."""
    nlp = spacy.blank("en")
    nlp.tokenizer = make_tokenizer(nlp)
    return add_rule_components(nlp)


def _lexicon_hash() -> str:
    digest = hashlib.sha256()
    for entry in lexicon.lexicon_entries():
        digest.update(
            f"{entry.text}\t{entry.label}\t{entry.norm}\t{entry.case_sensitive}\n".encode()
        )
    return digest.hexdigest()[:8]


class NlpPipeline:
    """Entities, abbreviations and sentences for extraction.

    Calls are serialised by a lock (scispacy's abbreviation detector keeps state
    between calls); for parallel work use one pipeline per process or worker,
    which :func:`load_pipeline` gives you. ``nlp`` is the underlying spaCy pipeline.
    """

    def __init__(self, nlp: Language, version: str, extra: Language | None = None) -> None:
        self.nlp = nlp
        self.version = version
        self.extra = extra
        self.has_ner = "ner" in nlp.pipe_names
        self._lock = threading.RLock()
        self._long_cache: dict[str, dict[str, str | None]] = {}

    # -- public API ----------------------------------------------------------

    def entities(
        self,
        text: str,
        *,
        use_ner: bool = True,
        use_rules: bool = True,
        abbreviations: Mapping[str, str] | None = None,
    ) -> list[Entity]:
        """Entities in ``text`` (offsets into ``text``), sorted by position.

        ``use_rules``/``use_ner`` switch the lexicon and the trained model on or off
        (the ablation). ``abbreviations`` (short -> long form, e.g. from
        :meth:`abbreviations` on the whole paper) lets a sentence that only *uses*
        "BMSC-Exos" know what it stands for. Texts are cut at ``MAX_CHARS``
        (100,000 characters): pass sentences or paragraphs, not whole books.
        """
        return self.entities_many(
            [text], use_ner=use_ner, use_rules=use_rules, abbreviations=abbreviations
        )[0]

    def entities_many(
        self,
        texts: Iterable[str],
        *,
        use_ner: bool = True,
        use_rules: bool = True,
        abbreviations: Mapping[str, str] | None = None,
        batch_size: int = 64,
    ) -> list[list[Entity]]:
        """:meth:`entities` for many texts, batched through ``nlp.pipe``."""
        texts = [t[:MAX_CHARS] for t in texts]
        disable = ["miner_sentences"]
        if not use_rules:
            disable.append("miner_lexicon_ruler")
        if not use_ner:
            disable.extend(_NER_PIPES)
        disable = [p for p in disable if p in self.nlp.pipe_names]
        # scispacy's abbreviation detector is superlinear on long texts with many
        # parentheses; long texts get it chunk by chunk (see abbreviations()).
        long_ = {i for i, t in enumerate(texts) if len(t) > ABBREVIATION_CHUNK}
        with self._lock:
            docs = list(
                self.nlp.pipe(
                    [t for i, t in enumerate(texts) if i not in long_],
                    disable=disable,
                    batch_size=batch_size,
                )
            )
            long_docs = list(
                self.nlp.pipe(
                    [t for i, t in enumerate(texts) if i in long_],
                    disable=[*disable, "abbreviation_detector"],
                    batch_size=batch_size,
                )
            )
            short_iter, long_iter = iter(docs), iter(long_docs)
            ordered = [
                next(long_iter) if i in long_ else next(short_iter) for i in range(len(texts))
            ]
            extra_docs: list[Doc | None] = [None] * len(texts)
            if self.extra is not None and use_ner:
                extra_docs = list(self.extra.pipe(texts, batch_size=batch_size))
            return [
                assemble(
                    doc,
                    extra,
                    use_ner=use_ner and self.has_ner,
                    use_rules=use_rules,
                    known=abbreviations,
                    long_labels=self._long_form_labels,
                    abbreviations=self._abbreviations_locked(doc.text) if i in long_ else None,
                )
                for i, (doc, extra) in enumerate(zip(ordered, extra_docs, strict=True))
            ]

    def _long_form_labels(self, long_form: str) -> dict[str, str | None]:
        """What the lexicon sees in an abbreviation's long form: label -> norm (first match)."""
        cached = self._long_cache.get(long_form)
        if cached is not None:
            return cached
        keep = {"miner_lexicon_ruler"}
        doc = self.nlp(long_form[:1000], disable=[p for p in self.nlp.pipe_names if p not in keep])
        seen: dict[str, str | None] = {}
        for _s, _e, label, norm in doc._.get(LEXICON_ATTR) or []:
            if seen.get(label) is None:
                seen[label] = norm
        for label, norm in list(seen.items()):
            if norm is None:
                # "human gingival mesenchymal stem cells": the phrase, not its parts, names the tissue.
                seen[label] = lexicon.normalize(label, long_form)
        if len(self._long_cache) < 10_000:
            self._long_cache[long_form] = seen
        return seen

    def abbreviations(self, text: str) -> dict[str, str]:
        """Abbreviations defined in ``text``: short form -> long form.

        ``"bone marrow mesenchymal stem cell-derived exosomes (BMSC-Exos)"`` gives
        ``{"BMSC-Exos": "bone marrow mesenchymal stem cell-derived exosomes"}``.
        """
        with self._lock:
            return self._abbreviations_locked(text[:MAX_CHARS])

    def _abbreviations_locked(self, text: str) -> dict[str, str]:
        # Sentence-aligned chunks bound the detector's cost; a definition and its
        # uses in other chunks are joined again by the resolver (assemble()).
        chunks: list[str] = []
        start = 0
        for s, e in split_sentences(text):
            if e - start > ABBREVIATION_CHUNK and s > start:
                chunks.append(text[start:s])
                start = s
        chunks.append(text[start:])
        chunks = [c[: ABBREVIATION_CHUNK * 2] for c in chunks if c.strip()]
        keep = [p for p in self.nlp.pipe_names if p != "abbreviation_detector"]
        out: dict[str, str] = {}
        for doc in self.nlp.pipe(chunks, disable=keep):
            for short, long_form in abbreviation_map(doc).items():
                out.setdefault(short, long_form)
        return out

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans ``(start, end)`` fit for scientific text (see :mod:`miner.nlp._sentences`)."""
        return split_sentences(text)


# ---------------------------------------------------------------------------
# Loading

_CACHE: dict[str, NlpPipeline] = {}
_CACHE_LOCK = threading.Lock()


def _model_version(path: Path) -> str:
    meta_path = path / "meta.json"
    meta: dict[str, Any] = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
    hasher = hashlib.sha256(json.dumps(meta, sort_keys=True).encode())
    # The weights too: a retrained model with the same meta is a different model.
    for part in ("tok2vec/model", "ner/model"):
        weights = path / part
        if weights.is_file():
            hasher.update(weights.read_bytes())
    digest = hasher.hexdigest()[:8]
    return f"miner-ner-{meta.get('version', '0.0.0')}+{digest}.{_lexicon_hash()}"


def _load_trained(path: Path) -> Language:
    if not (path / "meta.json").is_file() or not (path / "ner").is_dir():
        raise ModelNotFoundError(
            f"the trained NLP model is missing at {path}; build it with `make models` "
            "(or use model='rules' for the lexicon rules only)"
        )
    try:
        nlp = spacy.load(path)
    except (OSError, ValueError) as exc:
        raise ModelNotFoundError(
            f"the trained NLP model at {path} could not be loaded ({exc}); rebuild it with `make models`"
        ) from exc
    return add_rule_components(nlp)


def load_pipeline(model: str | None = None) -> NlpPipeline:
    """Load the NLP pipeline once per process (later calls return the cached one).

    ``model=None``: the trained pipeline shipped in ``models/miner_ner`` (no download).
    ``model="rules"``: tokenizer, sentences, abbreviations and the lexicon ruler only.
    Any other value: a spaCy model name or path. A miner-trained model directory
    replaces the shipped one; anything else (e.g. scispacy's ``en_core_sci_sm``)
    is loaded beside the shipped model and its entities are merged after mapping
    them through the lexicon (generic labels the lexicon cannot name are dropped).

    Raises :class:`miner.errors.ModelNotFoundError` (naming ``make models``) when
    the shipped model or the named model is missing.
    """
    key = model or "<shipped>"
    with _CACHE_LOCK:
        if key in _CACHE:
            return _CACHE[key]
        if model == RULES:
            pipeline = NlpPipeline(build_rules_nlp(), f"miner-rules+{_lexicon_hash()}")
        elif model is None:
            pipeline = NlpPipeline(_load_trained(MODEL_DIR), _model_version(MODEL_DIR))
        elif (
            Path(model).is_dir() and (Path(model) / "ner").is_dir() and _is_miner_model(Path(model))
        ):
            pipeline = NlpPipeline(_load_trained(Path(model)), _model_version(Path(model)))
        else:
            base = _load_trained(MODEL_DIR)
            try:
                extra = spacy.load(
                    model, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"]
                )
            except (OSError, ValueError) as exc:
                raise ModelNotFoundError(
                    f"spaCy model {model!r} is not installed or not a model directory"
                ) from exc
            name = f"{extra.meta.get('name', model)}-{extra.meta.get('version', '?')}"
            pipeline = NlpPipeline(base, f"{_model_version(MODEL_DIR)}+{name}", extra=extra)
        _CACHE[key] = pipeline
        return pipeline


def _is_miner_model(path: Path) -> bool:
    try:
        return json.loads((path / "meta.json").read_text()).get("name") == "miner_ner"
    except (OSError, ValueError):
        return False
