"""Turning a processed Doc into :class:`Entity` records: merge rules, model and abbreviations.

Pure functions of the Doc. Everything here is near-linear in the number of
entities: a hostile text can hold tens of thousands of them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from miner.nlp import lexicon
from miner.nlp._components import LEXICON_ATTR
from miner.nlp._types import LABELS, Entity

__all__ = ["abbreviation_map", "assemble"]

LongLabels = Callable[[str], dict[str, str | None]]

_EDGE_START = re.compile(r"[\s\-–,;:(\[]+")
_EDGE_END = re.compile(r"[\s\-–,;:)\].]+$")


def abbreviation_map(doc: Doc) -> dict[str, str]:
    """scispacy's abbreviations of ``doc`` as short form -> long form (first definition wins)."""
    out: dict[str, str] = {}
    for short in doc._.abbreviations:
        long_form = short._.long_form
        if long_form is not None:
            out.setdefault(short.text, long_form.text)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip hyphens and punctuation a model span may carry at its edges ("-Exos", "rats,")."""
    lead = _EDGE_START.match(text, start, end)
    if lead:
        start = lead.end()
    tail = _EDGE_END.search(text[start:end])
    if tail:
        end = start + tail.start()
    return start, end


class _Intervals:
    """Sorted non-overlapping spans with an O(log n) overlap test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.spans, (start, start))
        if i < len(self.spans) and self.spans[i][0] < end:
            return True
        # The rule spans never overlap each other, so only the one before can reach in.
        return i > 0 and self.spans[i - 1][1] > start

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))


def assemble(
    doc: Doc,
    extra: Doc | None,
    *,
    use_ner: bool,
    use_rules: bool,
    known: Mapping[str, str] | None,
    long_labels: LongLabels,
    abbreviations: Mapping[str, str] | None = None,
) -> list[Entity]:
    """The entities of ``doc``: lexicon matches, then model spans that overlap none, then abbreviations.

    ``abbreviations`` replaces the ones scispacy found in ``doc`` (used when the
    detector ran on chunks of a long text); ``known`` adds definitions from elsewhere.
    """
    text = doc.text
    found: list[Entity] = []
    if use_rules:
        for s, e, label, norm in doc._.get(LEXICON_ATTR) or []:
            found.append(Entity(s, e, label, text[s:e], norm, "lexicon"))
    if use_ner:
        taken = _Intervals([(f.start, f.end) for f in found])
        model_spans = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        if extra is not None:
            model_spans.extend(_mapped_generic(extra))
        for s, e, label in model_spans:
            if label not in LABELS:
                continue
            s, e = _trim(text, s, e)
            if e <= s or taken.overlaps(s, e):
                continue
            norm = lexicon.normalize(label, text[s:e])
            if not _plausible(text[s:e], label, norm):
                continue
            taken.add(s, e)
            found.append(Entity(s, e, label, text[s:e], norm, "ner"))
    pairs = dict(known or {})
    pairs.update(abbreviation_map(doc) if abbreviations is None else abbreviations)
    if pairs:
        found = _resolve_abbreviations(text, found, pairs, long_labels, use_rules=use_rules)
    found.sort(key=lambda f: (f.start, f.end, f.label))
    return found


# Labels whose vocabulary is closed and fully known to the lexicon: a model span the
# normaliser cannot read ("have" as SEX, "M2" as INJURY_LEVEL) is a model error.
_CLOSED_LABELS = frozenset({"SEX", "INJURY_LEVEL"})
_MARKUP = re.compile(r"[<>$*{}\\|]|doi|https?:", re.IGNORECASE)


def _plausible(surface: str, label: str, norm: str | None) -> bool:
    """Sanity checks on a model span: not markup, not only stop words, closed labels normalise."""
    if norm is None and label in _CLOSED_LABELS:
        return False
    if _MARKUP.search(surface) or not any(ch.isalnum() for ch in surface):
        return False
    words = re.findall(r"[A-Za-z0-9]+", surface)
    return not all(w.lower() in STOP_WORDS for w in words)


def _mapped_generic(extra: Doc) -> list[tuple[int, int, str]]:
    """Entities of a generic model (scispacy's "ENTITY") that the lexicon can name; the rest are dropped."""
    out = []
    for ent in extra.ents:
        labels = {label for label in LABELS if lexicon.normalize(label, ent.text) is not None}
        if len(labels) == 1:
            out.append((ent.start_char, ent.end_char, labels.pop()))
    return out


def _resolve_abbreviations(
    text: str,
    found: list[Entity],
    pairs: Mapping[str, str],
    long_labels: LongLabels,
    *,
    use_rules: bool,
) -> list[Entity]:
    """Give each use of a defined short form the labels its long form has; drop misreadings.

    "BBB" defined as "blood-brain barrier" is not the BBB scale there; "hGMSC-EVs"
    defined as "human gingival mesenchymal stem cell-derived extracellular
    vesicles" is a cell source (other) and a vesicle (EV).
    """
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    starts = [found[i].start for i in order]
    dropped: set[int] = set()
    added: list[Entity] = []
    for short, long_form in pairs.items():
        if not short or len(short) > 40 or not long_form:
            continue
        labels = dict(long_labels(long_form))
        # Labels found inside the long form where it stands in this text (rules or model).
        at = text.find(long_form)
        if at >= 0:
            lo = bisect.bisect_left(starts, at)
            hi = bisect.bisect_left(starts, at + len(long_form))
            for k in order[lo:hi]:
                if found[k].end <= at + len(long_form):
                    labels.setdefault(found[k].label, found[k].norm)
        pattern = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
        for m in pattern.finditer(text):
            s, e = m.span()
            lo = bisect.bisect_left(starts, s)
            hi = bisect.bisect_left(starts, e)
            have: set[str] = set()
            for k in order[lo:hi]:
                f = found[k]
                if f.end > e or k in dropped:
                    continue
                # A rule reading of exactly the short form that its definition contradicts.
                if use_rules and f.start == s and f.end == e and f.label not in labels:
                    dropped.add(k)
                    continue
                have.add(f.label)
            for label, norm in labels.items():
                if label not in have:
                    added.append(Entity(s, e, label, m.group(), norm, "abbrev"))
    return [f for k, f in enumerate(found) if k not in dropped] + added
