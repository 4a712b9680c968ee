"""Finding group mentions in a sentence: the paper's labels as written, and arm phrases.

"vehicle-treated rats", "the high-dose group", "sham animals", "without EVs", "the 150 µg
dose": each resolves to the paper's own label of that arm where exactly one label fits,
else stays the words as written. ``_outcome_mentions`` binds values to these mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from miner.extract._numbers import fold
from miner.extract._outcome_arms import DOSE_LEVELS, group_arm, level_initial_label
from miner.extract._outcome_labels import (
    cohort_word,
    cohorts,
    every_injured,
    paper_key,
    start_mentions,
)

__all__ = ["Mention", "distinct", "find_mentions", "qualifier_label"]


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    label: str  # the paper's label where one fits, else the words as written


_ANIMALS: Final = r"(?:rats|mice|animals|group|groups|cohort|controls?)"
# Phrases that name a group by its arm. Order matters only for overlaps (longest wins).
_ARM_PHRASES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "sham",
        re.compile(rf"\bsham(?:[- ]operated)?(?:\s+{_ANIMALS})?\b", re.IGNORECASE),
    ),
    (
        "control",
        re.compile(
            r"\b(?:(?:vehicle|PBS|saline|aCSF|DMEM)(?:[- ](?:treated|injected|only|alone))?"
            rf"(?:\s+{_ANIMALS})?"
            rf"|untreated(?:\s+(?:injured|SCI))?(?:\s+{_ANIMALS})?"
            rf"|(?:injured|SCI)(?:[- ]only)?\s+(?:controls?|rats|mice|animals)"
            rf"|control\s+(?:rats|mice|animals|group)"
            # "rats given PBS", "animals receiving only vehicle": the controls named by what they received.
            r"|(?:rats|mice|animals)\s+(?:that\s+(?:were\s+|had\s+been\s+)?)?"
            r"(?:given|receiving|received|treated\s+with|injected\s+with)\s+(?:only\s+)?(?:the\s+)?"
            r"(?:vehicle|PBS|saline)(?:\s+(?:alone|only))?\b"
            r"|(?:the\s+)?(?:model|injury)\s+group"
            # "6.8 ± 1.6 without": the group given nothing, named by the lack of it.
            r"|without(?:\s+(?:any\s+)?(?:treatment|EVs?|exosomes?|Exos?|sEVs?|vesicles|implant|injection))?"
            r"(?=\s*(?:[,.;)]|$|\b(?:and|while|whereas|vs|versus|but|at|on|by|in)\b)))",
            re.IGNORECASE,
        ),
    ),
    (
        "native",
        re.compile(
            r"\b(?:native|unmodified|naive|na[iï]ve|parental|unprimed|unloaded|normoxic|plain)\s+"
            r"(?:MSC[- ])?(?:exosomes?|EVs?|Exos?|sEVs?|vesicles)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "treatment",
        re.compile(
            r"\b(?:(?:EVs?|exosomes?|Exos?|sEVs?|vesicles?)[- ](?:treated|injected|receiving)"
            rf"(?:\s+{_ANIMALS})?"
            rf"|treated\s+(?:rats|mice|animals|group)"
            # "rats given vesicles", "animals receiving exosomes": the arm named by what it received,
            # written after the animals.
            r"|(?:rats|mice|animals)\s+(?:that\s+(?:were\s+|had\s+been\s+)?)?"
            r"(?:given|receiving|received|treated\s+with|injected\s+with)\s+(?:the\s+)?"
            r"(?:EVs|exosomes|Exos|sEVs|vesicles)\b(?![\s-]*+(?:derived|from|isolated|of)\b)"
            # "8.4 with EVs", "10.1 after exosomes": the arm named by what it received.
            r"|(?:(?<=with\s)|(?<=after\s))(?:the\s+)?(?:EVs|exosomes|Exos|sEVs|vesicles)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "dose",
        re.compile(
            rf"\b(?:the\s+)?(?P<level>{DOSE_LEVELS})"
            r"(?:[- ]dose)\b(?:\s+group)?"
            r"|(?<!\d)(?P<amount>\d++(?:\.\d++)?\s*+(?:ug|mg|ng)(?:/kg)?)(?:\s+(?:dose|group))?",
            re.IGNORECASE,
        ),
    ),
)

_KNOWN_EDGE: Final = r"(?<![\w+-]){}(?![\w+-])"


def _resolve(kind: str, words: str, known: Sequence[str], m: re.Match[str]) -> str | None:
    """The paper's label for a mention of ``kind``, or the words themselves; None where unclear."""
    if kind == "dose":
        if m["amount"]:
            amount = re.sub(r"\s+", "", m["amount"].lower())
            hits = [k for k in known if amount in re.sub(r"\s+", "", fold(k).lower())]
            if not hits:
                # "the 150 µg dose" for the table's "Exo-150": the amount's number, written alone.
                num = re.escape(re.match(r"[\d.]+", amount)[0])  # type: ignore[index]
                hits = [k for k in known if re.search(rf"(?<![\d.,]){num}(?![\d.,]|\s*%)", k)]
            return hits[0] if len(hits) == 1 else None
        level = m["level"].lower()
        stem = level[:3]
        hits = [k for k in known if re.search(rf"\b{stem}", k, re.IGNORECASE)]
        if not hits:
            # "Exo-L", "Exo-M", "Exo-H": the level's initial closing the label; "H-Exo", "HD-sEV":
            # opening it.
            return level_initial_label(level, known, opening=True) or f"{level} dose"
        return hits[0] if len(hits) == 1 else f"{level} dose"
    if kind == "native":
        hits = [k for k in known if re.search(
            r"\bnative\b|na[iï]ve|unmodified|\bNC\b|-NC\b|\bN-|\bNx\b|\b2D\b|normox|unprimed|plain", k,
            re.IGNORECASE)]  # fmt: skip
        if not hits:
            # No label says "native": the plain vesicle label another label extends ("Exo" beside
            # "Exo-Cur", "EV" beside "miR-EV") is the paper's native vesicles.
            hits = distinct([k for k in known if _extended(k, known)])
        return hits[0] if len(hits) == 1 else words
    arm = "control" if kind == "control" else kind
    hits = distinct([k for k in known if group_arm(k) == arm])
    if len(hits) == 1:
        return hits[0]
    if kind == "control" and words.lower().startswith("without"):
        return "untreated" if not hits else None
    if kind == "treatment" and hits:
        return None  # several vesicle arms: "treated rats" names none of them
    return words


_BARE_VESICLE: Final = re.compile(r"(?:the\s+)?(?:exo\w*|s?EVs?|vesicles?)", re.IGNORECASE)
_NATIVE_BEFORE: Final = re.compile(
    r"\b(?:native|unmodified|naive|na[iï]ve|unprimed|normoxic|plain|unloaded)\s+(?:MSC[- ])?$", re.IGNORECASE
)


def _extended(label: str, known: Sequence[str]) -> bool:
    """A vesicle label ("Exo") that another known label extends with words of its own ("Exo-Cur")."""
    # A word of the prose ("exosomes") is no label of the paper's design.
    if group_arm(label) != "treatment" or label.islower() or len(label) < 2:
        return False
    k = re.escape(label.strip())
    return any(
        o != label and re.search(rf"^{k}[-\s+]\w|\w[-\s+]{k}$", o.strip(), re.IGNORECASE)
        for o in known
    )


def _aliases(known: Sequence[str]) -> list[tuple[str, str]]:
    """The paper's labels as written, plus the treatment part of an "injury + treatment" label
    ("BM-Exo" for "SCI+BM-Exo") where exactly one label ends in it and no label is it."""
    out = [(k, k) for k in known]
    lower = {k.lower() for k in known}
    tails: dict[str, list[str]] = {}
    for k in known:
        if "+" in k:
            tail = k.rsplit("+", 1)[1].strip()
            if len(tail) >= 2 and re.search(r"[A-Za-z]", tail):
                tails.setdefault(tail.lower(), []).append(k)
    for tail, labels in tails.items():
        if len(labels) == 1 and tail not in lower:
            k = labels[0]
            out.append((k.rsplit("+", 1)[1].strip(), k))
    return out


def distinct(labels: list[str]) -> list[str]:
    """Labels less those that are another one with a gloss: "SCI (contusion and saline)" is "SCI"."""
    low = {k.lower() for k in labels}
    return [k for k in labels if not (
        "(" in k and k[: k.index("(")].strip().lower() in low and k[: k.index("(")].strip()
    )]  # fmt: skip


def _qualifiers(known: Sequence[str]) -> list[tuple[str, str]]:
    """(word, label) where the label's first word is no other's: "Acute" of "Acute WJ-EV" / "Delayed WJ-EV"."""
    firsts: dict[str, list[str]] = {}
    for k in distinct(list(known)):
        if (word := cohort_word(k)) is not None:
            firsts.setdefault(word, []).append(k)
    out = []
    for word, labels in firsts.items():
        # A word in two labels ("Injury (vehicle)", "Injury + Exo") tells none of them apart.
        if len(labels) == 1 and sum(word in re.findall(r"[a-z]{4,}", k.lower()) for k in known) == 1:
            out.append((word, labels[0]))
    return out


def _cohort_treatments(known: Sequence[str]) -> list[tuple[str, str]]:
    """(word, label) where labels fall into cohorts by a shared first word ("Acute-Sal", "Acute-Exo",
    "Delayed-Sal", "Delayed-Exo") and ``label`` is its cohort's one vesicle arm."""
    treated = [(w, [k for k in labels if group_arm(k) == "treatment"]) for w, labels in cohorts(distinct(list(known))).items()]
    return [(w, t[0]) for w, t in treated if len(t) == 1]


@lru_cache(maxsize=64)
def _table(key: tuple[tuple[str, str | None], ...]) -> tuple[list[tuple[str, str]], ...]:
    """The paper's label aliases (longest first), qualifiers and cohort treatments, once per paper."""
    known = [k for k, _ in key]
    aliases = sorted(_aliases(known), key=lambda a: len(a[0]), reverse=True)
    return aliases, _qualifiers(known), _cohort_treatments(known)


def qualifier_label(word: str, known: Sequence[str]) -> str | None:
    """The one label ``word`` opens and tells apart ("early": "Early EV" beside "Late EV"), or None."""
    low = word.strip().lower()
    return next((label for w, label in _table(paper_key(known))[1] if w == low), None)


def find_mentions(text: str, known: Sequence[str]) -> list[Mention]:
    """Group mentions in ``text``: the paper's labels as written, and arm phrases, in order."""
    spans: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    aliases, qualifiers, cohort_treatments = _table(paper_key(known))
    for written, label in aliases:
        for m in re.finditer(_KNOWN_EDGE.format(re.escape(written)), text, re.IGNORECASE):
            # "native exosomes": a bare vesicle word under a native qualifier is the native arm,
            # which the phrase pass below resolves.
            if _BARE_VESICLE.fullmatch(written.strip()) and _NATIVE_BEFORE.search(text[: m.start()]):
                continue
            if every_injured(text, m.start(), written.strip(), whole=True):
                continue
            if free(m.start(), m.end()):
                spans.append(Mention(m.start(), m.end(), label))
                taken.append((m.start(), m.end()))
    # "the acute arm", "after delayed treatment": the one word that tells a label from the others.
    for word, label in qualifiers:
        for m in re.finditer(rf"\b{re.escape(word)}\s+(?:arm|group|treatment|rats|mice|animals)\b", text, re.IGNORECASE):
            if free(m.start(), m.end()):
                spans.append(Mention(m.start(), m.end(), label))
                taken.append((m.start(), m.end()))
    # "acute treatment" for "Acute-Exo" beside "Acute-Sal", "Delayed-Exo": a cohort's one vesicle arm.
    for word, label in cohort_treatments:
        for m in re.finditer(rf"\b{re.escape(word)}\s+(?:treatment|exosomes?|EVs?|sEVs?|vesicles)\b", text, re.IGNORECASE):
            if free(m.start(), m.end()):
                spans.append(Mention(m.start(), m.end(), label))
                taken.append((m.start(), m.end()))
    for a, b, label in start_mentions(text, known):  # "delaying the injection to 24 h"
        if free(a, b):
            spans.append(Mention(a, b, label))
            taken.append((a, b))
    phrase_hits: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pat in _ARM_PHRASES:
        for m in pat.finditer(text):
            if m.end() > m.start():
                phrase_hits.append((m.start(), m.end(), kind, m))
    for start, end, kind, m in sorted(phrase_hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if not free(start, end):
            continue
        if kind == "control" and every_injured(text, start, m.group(0)):
            continue
        words = re.sub(rf"\s+{_ANIMALS}$", "", m.group(0).strip(), flags=re.IGNORECASE)
        resolved = _resolve(kind, words, known, m)
        if resolved:
            spans.append(Mention(start, end, resolved))
            taken.append((start, end))
    return sorted(spans, key=lambda s: s.start)
