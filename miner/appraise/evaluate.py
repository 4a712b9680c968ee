"""Measure the risk-of-bias and reporting rules against a gold set.

Gold layout (``corpus_samples/appraisal``)::

    sentences_tune.jsonl      one sentence per line: {"id", "section", "text", "labels"}
    sentences_heldout.jsonl   the same, never used to tune the rules
    documents/tune/*.json     {"id", "blocks": [{"section", "heading", "page", "text"}], "gold": {...}}
    documents/heldout/*.json

A sentence's ``labels`` list only the items it bears on; every other item is
expected at its silent value (``unclear`` for a domain, ``false`` for a
reporting item). A document's ``gold`` lists every item.

Scoring per item treats the silent value as "nothing found": a correct non-silent
value is a true positive, a wrong non-silent prediction a false positive, and a
missed or wrong non-silent gold value a false negative (a "low" predicted for a
"high" counts as both).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from miner.appraise.rob import assess_risk_of_bias
from miner.contract import REPORTING_ITEMS, ROB_FIELDS
from miner.errors import ConfigError
from miner.evaluate.scoring import FieldScore
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

__all__ = [
    "ITEMS",
    "GoldCase",
    "ItemScore",
    "load_gold_cases",
    "score_cases",
    "silent_value",
]

ITEMS: Final = (*ROB_FIELDS, *REPORTING_ITEMS)
SPLITS: Final = ("tune", "heldout")
MAX_GOLD_BYTES: Final = 5 * 1024 * 1024


def silent_value(item: str) -> Any:
    return False if item in REPORTING_ITEMS else "unclear"


@dataclass(slots=True)
class GoldCase:
    """One gold sentence or document, as a ParsedDocument and its expected values."""

    id: str
    kind: str  # "sentence" | "document"
    split: str
    doc: ParsedDocument
    expected: dict[str, Any]


class ItemScore(FieldScore):
    """Precision/recall of one appraisal item (the same counting as ``miner eval``)."""

    __slots__ = ()

    @property
    def item(self) -> str:
        return self.field

    def as_dict(self) -> dict[str, Any]:
        return {"item": self.item, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def _section(name: str, where: str) -> SectionKind:
    try:
        return SectionKind(name)
    except ValueError:
        raise ConfigError(f"{where}: unknown section {name!r}") from None


def _check_labels(labels: Any, where: str) -> dict[str, Any]:
    if not isinstance(labels, dict):
        raise ConfigError(f"{where}: 'labels'/'gold' must be an object")
    for item, value in labels.items():
        if item not in ITEMS:
            raise ConfigError(f"{where}: unknown item {item!r}")
        allowed = (True, False) if item in REPORTING_ITEMS else ("low", "high", "unclear")
        if value not in allowed or type(value) is not type(allowed[0]):
            raise ConfigError(f"{where}: {item} must be one of {allowed}, not {value!r}")
    return labels


def _read_json_lines(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    if path.stat().st_size > MAX_GOLD_BYTES:
        raise ConfigError(f"{path}: too large for a gold file")
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path} line {n}: not JSON ({exc.msg})") from exc


def _sentence_cases(path: Path, split: str) -> list[GoldCase]:
    cases = []
    for n, row in _read_json_lines(path):
        where = f"{path.name} line {n}"
        section = _section(str(row.get("section", "methods")), where)
        text = str(row.get("text") or "")
        doc = ParsedDocument(source=str(row.get("id", n)), format="gold", pages=1,
                             blocks=[Block(text, 1, section)])
        labels = _check_labels(row.get("labels", {}), where)
        expected = {item: labels.get(item, silent_value(item)) for item in ITEMS}
        cases.append(GoldCase(str(row.get("id", n)), "sentence", split, doc, expected))
    return cases


def _document_case(path: Path, split: str) -> GoldCase:
    if path.stat().st_size > MAX_GOLD_BYTES:
        raise ConfigError(f"{path}: too large for a gold file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from exc
    blocks = []
    for i, b in enumerate(data.get("blocks", [])):
        where = f"{path.name} block {i}"
        kind = BlockKind.HEADING if b.get("kind") == "heading" else BlockKind.PARAGRAPH
        blocks.append(Block(str(b.get("text", "")), b.get("page", 1), _section(str(b.get("section", "other")), where),
                            kind, heading=b.get("heading")))
    gold = _check_labels(data.get("gold", {}), path.name)
    missing = [item for item in ITEMS if item not in gold]
    if missing:
        raise ConfigError(f"{path.name}: gold lacks {missing[0]!r} (a document's gold lists every item)")
    doc = ParsedDocument(source=path.name, format="gold", pages=max((b.page or 1 for b in blocks), default=1),
                         blocks=blocks)
    return GoldCase(str(data.get("id", path.stem)), "document", split, doc, dict(gold))


def load_gold_cases(folder: Path, split: str = "all") -> list[GoldCase]:
    """Every gold sentence and document in ``folder`` for ``split`` (tune, heldout or all)."""
    if split not in (*SPLITS, "all"):
        raise ConfigError(f"unknown split {split!r} (use tune, heldout or all)")
    if not folder.is_dir():
        raise ConfigError(f"gold folder not found: {folder}")
    cases: list[GoldCase] = []
    for s in SPLITS:
        if split not in (s, "all"):
            continue
        sentences = folder / f"sentences_{s}.jsonl"
        if sentences.is_file():
            cases += _sentence_cases(sentences, s)
        docs = folder / "documents" / s
        if docs.is_dir():
            cases += [_document_case(p, s) for p in sorted(docs.glob("*.json"))]
    if not cases:
        raise ConfigError(f"no gold sentences or documents in {folder} for split {split!r}")
    return cases


def score_cases(cases: Iterable[GoldCase]) -> dict[str, ItemScore]:
    """Per-item true/false positives and negatives of the rules on ``cases``."""
    scores = {item: ItemScore(item) for item in ITEMS}
    for case in cases:
        predicted = assess_risk_of_bias(case.doc)
        for item in ITEMS:
            gold, pred = case.expected[item], predicted[item].value
            silent = silent_value(item)
            s = scores[item]
            if pred == gold:
                if gold != silent:
                    s.tp += 1
                continue
            if pred != silent:
                s.fp += 1
            if gold != silent:
                s.fn += 1
            s.errors.append(f"{case.id}: predicted {pred!r}, gold {gold!r}: {case.doc.text[:160]!r}")
    return scores
