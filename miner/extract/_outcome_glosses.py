"""Group labels written with more than the label: a table's label glossed in brackets
("SCI+MT-pExo (contusion; exosomes from melatonin-pretreated hPMSCs)") and an amount the
methods give a label in brackets ("150 µg EVs (EV-high)"), so that the text's "SCI+MT-pExo"
and "the 150-µg group" name the table's group."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract._context import Sentence
from miner.extract._numbers import fold
from miner.parse.model import SectionKind

__all__ = ["bracketed_amounts", "gloss_heads"]


# "150 µg EVs (EV-high)", "at 50 µg (EV-low)": an amount, a few words, then a group's label.
_AMOUNT_LABEL: Final = re.compile(
    r"(?<![\d.,])(?P<v>\d{1,5}(?:\.\d{1,3})?)\s*+(?:ug|mg|ng)(?:/kg)?\b(?P<w>[^().;,]{0,40}?)"
    r"\(\s*+(?P<l>[^()]{1,30}?)\s*+\)",
    re.IGNORECASE,
)


def bracketed_amounts(sentences: Sequence[Sentence], known: Sequence[str]) -> dict[float, str]:
    """The amount the methods give each label in brackets after it ("Rats received 150 µg EVs
    (EV-high) ... or 50 µg (EV-low)"). Kept only where every amount names one known label and
    every label one amount, and at least two are named (one bracket may be anything)."""
    lower = {k.lower(): k for k in known}
    pairs: dict[float, set[str]] = {}
    for sent in sentences:
        if sent.section != SectionKind.METHODS or "(" not in sent.text:
            continue
        for m in _AMOUNT_LABEL.finditer(fold(sent.text)):
            label = lower.get(m["l"].lower())
            if label is not None and not re.search(r"\d", m["w"]):
                pairs.setdefault(float(m["v"]), set()).add(label)
    out = {v: next(iter(ls)) for v, ls in pairs.items() if len(ls) == 1}
    if len(out) < 2 or len(set(out.values())) != len(out) or len(out) != len(pairs):
        return {}
    return out


# A table's group label glossed in brackets: "SCI+MT-pExo (contusion; exosomes from
# melatonin-pretreated hPMSCs)", the bracket possibly cut where the row wraps.
_GLOSS: Final = re.compile(r"(?P<head>[^\s()][^()]{0,29}?)\s*+\((?P<gloss>[^()]{3,})\)?")


def gloss_heads(labels: set[str]) -> set[str]:
    """The short labels of the tables' glossed labels ("SCI+MT-pExo" of "SCI+MT-pExo
    (contusion; exosomes from ...)"): the text names the group by the label, not the gloss, and
    ``_glossed`` gives a text row the table's whole label back."""
    lower = {x.lower() for x in labels}
    heads: dict[str, list[str]] = {}
    for label in labels:
        m = _GLOSS.fullmatch(label.strip())
        # "Exo (n = 8)" is no gloss; "Exo-Cur (1 h)" beside "Exo-Cur (72 h)", "Exo (200 µg)":
        # a bracket led by a number tells cohorts of one label apart.
        if m is None or re.match(r"\s*(?:n\s*=|[\d.,]+)", m["gloss"]):
            continue
        heads.setdefault(m["head"].strip().lower(), []).append(m["head"].strip())
    # Two labels glossed under one head are two groups the gloss tells apart.
    return {
        found[0] for low, found in heads.items()
        if len(found) == 1 and low not in lower and re.search(r"[A-Za-z]{2}", low)
    }
