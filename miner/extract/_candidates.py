"""Candidates for a field and how they become one ``FieldValue``.

Every rule that finds a possible value emits a ``Candidate``: the normalised
value, the sentence it came from, the span of the match, a rule name and a raw
strength. ``choose`` then votes per field: identical values pool their weight,
the strongest value wins, and the confidence reflects both the strength of the
best evidence and how much the paper disagrees with itself. ``calibrate`` maps
that raw score to a probability of being right (fitted on the tune gold; see
``_calibration.py``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Protocol

from miner.extract._calibration import calibrate
from miner.extract._context import SECTION_WEIGHT, Sentence
from miner.parse.model import ParsedDocument
from miner.records import Evidence, FieldValue

__all__ = ["Candidate", "EntityLike", "candidate", "choose", "choose_list", "evidence_for"]


class EntityLike(Protocol):
    """An entity of the NLP pipeline as the extractors read it (``miner.nlp`` Entity)."""

    start: int
    end: int
    label: str
    text: str
    norm: str | None
    source: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible value for ``field`` found by ``extractor`` in ``sentence``."""

    field: str
    value: Any
    strength: float  # in (0, 1]: how sure the rule is, before section weighting
    sentence: Sentence
    start: int  # span of the matched text in ParsedDocument.text
    end: int
    extractor: str

    @property
    def weight(self) -> float:
        return self.strength * SECTION_WEIGHT.get(self.sentence.section, 0.0)


def candidate(
    field: str, value: Any, strength: float, sent: Sentence, span: tuple[int, int], rule: str
) -> Candidate:
    """A ``Candidate`` for ``field`` from the match at ``span`` of ``sent`` by ``rule``."""
    return Candidate(field, value, strength, sent, span[0], span[1], rule)


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def evidence_for(doc: ParsedDocument, cand: Candidate) -> Evidence:
    """Evidence with page/bbox/section of the matched text; the quote is the whole sentence."""
    ev = doc.evidence(cand.start, cand.end, quote=cand.sentence.text)
    return ev


def choose(
    doc: ParsedDocument, field: str, cands: list[Candidate], *, max_evidence: int = 3
) -> FieldValue | None:
    """One value for a single-valued field from its candidates, or None when there are none.

    Votes are pooled per identical value; the winner's raw score is its best
    candidate's weight, lowered when other values carry comparable weight.
    """
    cands = [c for c in cands if c.field == field and c.weight > 0]
    if not cands:
        return None
    pooled: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        pooled[_key(c.value)].append(c)
    totals = {k: sum(c.weight for c in v) for k, v in pooled.items()}
    best_key = max(totals, key=lambda k: (totals[k], max(c.weight for c in pooled[k])))
    winners = sorted(pooled[best_key], key=lambda c: (-c.weight, c.start))
    best = winners[0]
    total = sum(totals.values())
    agreement = totals[best_key] / total if total else 0.0
    support = min(1.0, 0.85 + 0.05 * (len(winners) - 1))
    raw = best.weight * (0.5 + 0.5 * agreement) * support
    return FieldValue(
        field=field,
        value=best.value,
        confidence=calibrate(field, raw, best.extractor),
        evidence=tuple(evidence_for(doc, c) for c in winners[:max_evidence]),
        extractor=best.extractor,
    )


def choose_list(
    doc: ParsedDocument,
    field: str,
    cands: list[Candidate],
    *,
    min_weight: float = 0.5,
    order: tuple[str, ...] = (),
) -> FieldValue | None:
    """A list field (isolation methods, markers...): every item found with enough weight.

    Items only found in weaker sections (the abstract) are kept only when the
    stronger sections give nothing at all.
    """
    cands = [c for c in cands if c.field == field and c.weight > 0]
    if not cands:
        return None
    strong = [c for c in cands if c.weight >= min_weight]
    use = strong or cands
    items: dict[str, list[Candidate]] = defaultdict(list)
    for c in use:
        items[str(c.value)].append(c)
    ranked = {k: max(c.weight for c in v) for k, v in items.items()}

    def sort_key(k: str) -> tuple[int, str]:
        return (order.index(k) if k in order else len(order), k)

    values = sorted(items, key=sort_key)
    raw = min(ranked.values()) * (1.0 if strong else 0.8)
    best_ev: list[Candidate] = []
    for k in values:
        best_ev.append(max(items[k], key=lambda c: c.weight))
    return FieldValue(
        field=field,
        value=values,
        confidence=calibrate(field, raw, best_ev[0].extractor),
        evidence=tuple(evidence_for(doc, c) for c in best_ev[:6]),
        extractor="+".join(sorted({c.extractor for c in best_ev})),
    )
