"""spaCy components of the miner pipeline, registered by name.

- ``miner.scispacy_tokenizer.v1`` (tokenizer): scispacy's combined rule tokenizer,
  plus a zero-width split in front of a hyphen that glues a cell source to what
  came from it ("BMSC-Exos" -> "BMSC" "-Exos", "stem cell-derived" -> "stem cell"
  "-derived"), so that "BMSC" can be an entity of its own.
- ``miner_sentences_v1``: sentence starts from :func:`miner.nlp._sentences.split_sentences`.
- ``miner_lexicon_ruler_v1``: the entity ruler built from :mod:`miner.nlp.lexicon`;
  its matches go to ``doc._.miner_lexicon`` as ``(start_char, end_char, label, norm)``
  so that they never clash with the trained NER's ``doc.ents``.
"""

from __future__ import annotations

import bisect
import re
import warnings
from collections.abc import Callable
from typing import Any

from scispacy.custom_tokenizer import combined_rule_tokenizer
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, registry

from miner.nlp import lexicon
from miner.nlp._sentences import split_sentences

__all__ = ["LEXICON_ATTR", "LexiconRuler", "make_tokenizer"]

LEXICON_ATTR = "miner_lexicon"
if not Doc.has_extension(LEXICON_ATTR):
    Doc.set_extension(LEXICON_ATTR, default=None)

# Words that follow a hyphen after a cell source or a miRNA ("-Exos", "-derived").
_GLUED = (
    r"derived|Exos?|exos?|EXOs?|Exs|sEVs?|EVs?|exosomes?|loaded|overexpressing|over-expressing|modified"
    r"|treated|pretreated|preconditioned|primed|based|secreted|engineered|sourced|conditioned|CM"
)
_GLUED_INFIX = rf"(?<=[A-Za-z0-9])(?=-(?:{_GLUED})\b)"


def make_tokenizer(nlp: Language) -> Any:
    """scispacy's tokenizer with the glued-hyphen split (see module docstring)."""
    if not hasattr(nlp, "tokenizer"):
        # Called from Language.__init__ (a config names this tokenizer): scispacy reads
        # the default tokenizer's token_match, which does not exist yet.
        nlp.tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
    with warnings.catch_warnings():
        # scispacy's character classes contain "[[" which Python flags as a possible
        # future set operation; the patterns are scispacy's own and work as meant.
        warnings.simplefilter("ignore", FutureWarning)
        tokenizer = combined_rule_tokenizer(nlp)
        base: re.Pattern[str] = tokenizer.infix_finditer.__self__
        tokenizer.infix_finditer = compile_infix_regex([_GLUED_INFIX, base.pattern]).finditer
    return tokenizer


@registry.tokenizers("miner.scispacy_tokenizer.v1")
def create_scispacy_tokenizer() -> Callable[[Language], Any]:
    return make_tokenizer


@Language.factory("miner_sentences_v1")
def make_sentence_splitter(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return SentenceSplitter()


class SentenceSplitter:
    """Marks sentence starts for scientific text (no split at et al., Fig., vs., 98.3)."""

    def __call__(self, doc: Doc) -> Doc:
        starts = {s for s, _ in split_sentences(doc.text)}
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0 or token.idx in starts
        return doc


@Language.factory("miner_lexicon_ruler_v1")
def make_lexicon_ruler(nlp: Language, name: str) -> LexiconRuler:
    return LexiconRuler(nlp)


class LexiconRuler:
    """Entity ruler from the lexicon: phrase forms (case-folded or exact) and regex forms.

    Overlaps are resolved longest first ("CD63 magnetic beads" is an isolation
    method, not the marker CD63). Results: ``doc._.miner_lexicon``.
    """

    def __init__(self, nlp: Language) -> None:
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[str, tuple[str, str | None]] = {}
        groups: dict[tuple[bool, str], list[Doc]] = {}
        for entry in lexicon.lexicon_entries():
            key = f"{entry.label}|{entry.norm}"
            self.keys[key] = (entry.label, entry.norm)
            forms = [entry.text]
            if entry.label == "VESICLE" and " " not in entry.text:
                forms.append("-" + entry.text)  # the "-Exos" of "BMSC-Exos"
            for form in forms:
                groups.setdefault((entry.case_sensitive, key), []).append(nlp.make_doc(form))
        for (case_sensitive, key), docs in groups.items():
            (self.exact if case_sensitive else self.folded).add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(LEXICON_ATTR, lexicon_matches(doc, self))
        return doc


def lexicon_matches(doc: Doc, ruler: LexiconRuler) -> list[tuple[int, int, str, str | None]]:
    """Lexicon matches in ``doc`` as non-overlapping char spans, longest first."""
    text = doc.text  # built on each access: read it once
    found: list[tuple[int, int, str, str | None]] = []
    strings = doc.vocab.strings
    for matcher in (ruler.folded, ruler.exact):
        for match_id, start, end in matcher(doc):
            label, norm = ruler.keys[strings[match_id]]
            s = doc[start].idx
            e = doc[end - 1].idx + len(doc[end - 1].text)
            if text[s] == "-":
                s += 1
            found.append((s, e, label, norm))
    found.extend(lexicon.regex_matches(text))
    found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    kept: list[tuple[int, int, str, str | None]] = []
    spans: list[tuple[int, int]] = []  # kept spans, sorted, non-overlapping
    for m in found:
        i = bisect.bisect_left(spans, (m[0], m[0]))
        if i < len(spans) and spans[i][0] < m[1]:
            continue
        if i > 0 and spans[i - 1][1] > m[0]:
            continue
        bisect.insort(spans, (m[0], m[1]))
        kept.append(m)
    kept.sort()
    return kept
