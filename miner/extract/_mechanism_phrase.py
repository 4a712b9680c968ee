"""How a mechanism statement found in a sentence becomes its short label.

The finders of ``miner.extract._mechanism`` cut a stretch from a sentence; this module
tidies it into the phrase the reviewer reads: no leading article or connector, no bare
claim of value ("be a promising approach") without its means, at most twenty words.
"""

from __future__ import annotations

import re
from typing import Final

from miner.extract._label_mechanism import terms as _terms

__all__ = ["MAX_WORDS", "clean_phrase"]

_I = re.IGNORECASE
# Longer statements are cut after the last target within this many words.
MAX_WORDS: Final = 20


def _trim_words(phrase: str) -> str | None:
    """At most ``MAX_WORDS`` words, cut after the last target they name; None when none."""
    words = phrase.split()
    if len(words) <= MAX_WORDS:
        return phrase
    cut = " ".join(words[:MAX_WORDS])
    spans = _terms(cut)
    if not spans:
        return None
    return cut[: spans[-1][1]].rstrip(" ,;")


# "be a promising approach to ...", "represent a candidate therapy": a claim of value,
# not of mechanism, unless a means follows ("... by inhibiting NF-κB").
_COPULA: Final = re.compile(r"^(?:be|is|are|was|were|represents?|serves?\s+as|offers?|provides?)\b", _I)
_MEANS_IN: Final = re.compile(r"\b(?:by|via|through)\s+", _I)


def clean_phrase(phrase: str) -> str | None:
    """A found stretch as the label of a mechanism: spaces closed, leading article, "that", "by"
    and a bare copula dropped, at most ``MAX_WORDS`` words; None when it names no target."""
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:")
    phrase = re.sub(r"^(?:that|and|to|the\s+(?:vesicles?|exosomes?|construct|treatment|EVs?))\s+", "", phrase, flags=_I)
    # "the attenuation of ...", "an anti-apoptotic effect": the label without its article
    phrase = re.sub(r"^(?:the|an?)\s+(?=\w)", "", phrase, flags=_I)
    # "probably by axonal sprouting": the means, without its preposition
    phrase = re.sub(r"^(?:by|via|through)\s+(?!\w+ing\b)", "", phrase, flags=_I)
    if _COPULA.match(phrase):
        means = _MEANS_IN.search(phrase)
        if means is None:
            return None
        phrase = phrase[means.end() :]
    # One word ("HIF-1α", "mitochondrial") names a topic, not what happens to it.
    if len(phrase) < 4 or len(phrase.split()) < 2 or not _terms(phrase):
        return None
    return _trim_words(phrase)
