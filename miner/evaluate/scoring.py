"""Scoring predicted sheets against gold files in the contract's JSON export shape."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any

from miner.contract import ALL_STUDY_FIELDS, FIELD_KINDS, outcome_stat
from miner.errors import ConfigError
from miner.evaluate._labels import FREE_TEXT_FIELDS
from miner.evaluate.breakdown import OutcomeBreakdown
from miner.evaluate.compare import outcome_rows_match, values_match

__all__ = ["EvalReport", "FieldScore", "Gold", "StatAgreement", "load_gold", "predictions_from_export", "score"]

# gold/predictions: {document: {"fields": {name: value}, "outcomes": [row, ...]}}
Gold = dict[str, dict[str, Any]]


@dataclass(slots=True)
class FieldScore:
    field: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = dataclass_field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """None when there is nothing to score; 0.0 when every value was missed or wrong."""
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        if p is None or r is None or p + r == 0:
            return 0.0
        return 2 * p * r / (p + r)

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass(slots=True)
class StatAgreement:
    """Whether matched outcome rows say mean or median as the gold does.

    ``gold_rows``: matched rows whose gold states ``stat``; ``same``: of those, the
    predicted rows with the same stat (a predicted row without ``stat`` is a mean).
    ``median_without_gold_stat``: matched rows predicted as medians where the gold
    states no stat (a mean): medians the reader saw that the gold does not.
    """

    gold_rows: int = 0
    same: int = 0
    median_without_gold_stat: int = 0

    @property
    def agreement(self) -> float | None:
        return self.same / self.gold_rows if self.gold_rows else None

    def add(self, predicted: dict[str, Any], gold: dict[str, Any]) -> None:
        mine = outcome_stat(predicted.get("stat"))
        if "stat" in gold:
            self.gold_rows += 1
            self.same += int(mine == outcome_stat(gold.get("stat")))
        elif mine == "median":
            self.median_without_gold_stat += 1

    def as_dict(self) -> dict[str, Any]:
        return {"matched_with_gold_stat": self.gold_rows, "same_stat": self.same,
                "agreement": self.agreement, "median_without_gold_stat": self.median_without_gold_stat}




@dataclass(slots=True)
class EvalReport:
    documents: int
    fields: dict[str, FieldScore]
    outcomes: FieldScore  # rows from tables and text
    figure_outcomes: FieldScore  # rows read from plots (scored only where gold has figure rows)
    # (low, high, n, correct) for predicted values by confidence bin
    calibration: list[tuple[float, float, int, int]]
    missing_documents: list[str] = dataclass_field(default_factory=list)
    # free-text labels scored by their exact wording, beside their by-meaning score
    wording: dict[str, FieldScore] = dataclass_field(default_factory=dict)
    # ``stat`` (mean | median) of matched outcome rows: rows are matched on arm, day
    # and mean as always; of the matches whose gold row states a ``stat``, how many
    # predicted rows carry the same one.
    stat: StatAgreement = dataclass_field(default_factory=lambda: StatAgreement())
    # table/text rows: counts by source and by kind of error (names no paper)
    breakdown: OutcomeBreakdown = dataclass_field(default_factory=lambda: OutcomeBreakdown())

    def micro(self) -> FieldScore:
        total = FieldScore("all fields")
        for s in self.fields.values():
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
        return total

    def as_dict(self) -> dict[str, Any]:
        def row(s: FieldScore) -> dict[str, Any]:
            return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision,
                    "recall": s.recall, "f1": s.f1}

        return {
            "documents": self.documents,
            "fields": {k: row(v) for k, v in self.fields.items()},
            "all_fields": row(self.micro()),
            "outcomes": row(self.outcomes),
            "figure_outcomes": row(self.figure_outcomes),
            "calibration": [
                {"low": lo, "high": hi, "n": n, "correct": c} for lo, hi, n, c in self.calibration
            ],
            "missing_documents": self.missing_documents,
            "free_text_exact_wording": {k: row(v) for k, v in self.wording.items()},
            "outcome_stat": self.stat.as_dict(),
            "outcome_breakdown": self.breakdown.as_dict(),
        }


def _unwrap(cell: Any) -> Any:
    return cell.get("value") if isinstance(cell, dict) and "value" in cell else cell


def _add_export(export: dict[str, Any], out: Gold, *, with_confidence: bool) -> None:
    for study in export.get("studies", []):
        doc = study.get("document")
        if not doc:
            continue
        entry = out.setdefault(doc, {"fields": {}, "confidence": {}, "outcomes": []})
        entry["notes"] = [n for n in study.get("notes") or [] if isinstance(n, str)]
        for name, cell in (study.get("fields") or {}).items():
            value = _unwrap(cell)
            if value is None:
                continue
            entry["fields"][name] = value
            if with_confidence and isinstance(cell, dict):
                entry["confidence"][name] = cell.get("confidence")
    for row in export.get("outcomes", []):
        doc = row.get("document")
        if doc and row.get("status") != "rejected":
            out.setdefault(doc, {"fields": {}, "confidence": {}, "outcomes": []})["outcomes"].append(row)


def load_gold(gold_dir: Path, *, split: str | None = None) -> Gold:
    """Gold files (``*.json`` in the export shape) of a folder, optionally one split.

    ``split`` reads ``split.json`` beside the gold folder (``{"tune": [...], "heldout": [...]}``).
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise ConfigError(f"gold folder not found: {gold_dir}")
    keep: set[str] | None = None
    if split and split != "all":
        split_file = gold_dir.parent / "split.json"
        if not split_file.is_file():
            raise ConfigError(f"--split {split} needs {split_file}")
        splits = json.loads(split_file.read_text())
        if split not in splits:
            raise ConfigError(f"unknown split {split!r}; {split_file} has {sorted(splits)}")
        keep = set(splits[split])
    gold: Gold = {}
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise ConfigError(f"no gold files (*.json) in {gold_dir}")
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"gold file {path.name} is not valid JSON: {exc}") from exc
        if not isinstance(data, dict) or "studies" not in data:
            continue  # not a gold sheet (e.g. a notes file)
        part: Gold = {}
        _add_export(data, part, with_confidence=False)
        for doc, entry in part.items():
            if keep is None or doc in keep:
                gold[doc] = entry
    return gold


def predictions_from_export(export: dict[str, Any]) -> Gold:
    out: Gold = {}
    _add_export(export, out, with_confidence=True)
    return out


_BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.0001))


def score(predicted: Gold, gold: Gold, *, fields: tuple[str, ...] = ALL_STUDY_FIELDS) -> EvalReport:
    """P/R/F1 per field over the gold documents, and for outcome rows.

    A value where the gold is silent is a false positive (an empty cell was right);
    a wrong value is both a false positive and a false negative.
    """
    # A field no gold document annotates (e.g. risk of bias in a set written for
    # characteristics) is not scored: silence there says nothing about the paper.
    annotated = {name for g in gold.values() for name in g["fields"]}
    fields = tuple(f for f in fields if f in annotated)
    scores = {f: FieldScore(f) for f in fields}
    wording = {f: FieldScore(f"{f} (exact)") for f in fields if f in FREE_TEXT_FIELDS}
    outcomes = FieldScore("outcome rows (text, table)")
    figure_outcomes = FieldScore("outcome rows (figure)")
    stat = StatAgreement()
    breakdown = OutcomeBreakdown()
    bins: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    missing = []
    for doc, g in sorted(gold.items()):
        p = predicted.get(doc)
        if p is None:
            missing.append(doc)
            p = {"fields": {}, "confidence": {}, "outcomes": []}
        gf, pf = g["fields"], p["fields"]
        for name in fields:
            s = scores[name]
            gv, pv = gf.get(name), pf.get(name)
            if FIELD_KINDS.get(name) == "bool":
                # Reporting items: a detection task. "Not reported" (False) is the
                # negative class whether the gold writes it or leaves it out.
                gv = True if gv else None
                pv = True if pv else None
            if pv is None and gv is None:
                continue
            ok = pv is not None and gv is not None and values_match(name, pv, gv)
            if name in wording:
                _tally(wording[name], pv, gv,
                       pv is not None and gv is not None and values_match(name, pv, gv, strict=True))
            if ok:
                s.tp += 1
            else:
                if pv is not None:
                    s.fp += 1
                if gv is not None:
                    s.fn += 1
                s.errors.append(f"{doc}: predicted {pv!r}, gold {gv!r}")
            conf = p.get("confidence", {}).get(name)
            if pv is not None and conf is not None:
                for i, (lo, hi) in enumerate(_BINS):
                    if lo <= float(conf) < hi:
                        bins[i][0] += 1
                        bins[i][1] += int(ok)
        # Outcome rows from tables and text; rows read from figures apart, and only
        # where the gold has figure rows (gold written from text may omit them).
        pred_rows = p.get("outcomes", [])
        gold_rows = g.get("outcomes", [])
        pred_tt = [r for r in pred_rows if r.get("source") != "figure"]
        gold_tt = [r for r in gold_rows if r.get("source") != "figure"]
        breakdown.add(gold_tt, pred_tt, *_match_rows(doc, pred_tt, gold_tt, outcomes, stat),
                      document=doc, figure_rows=len(pred_rows) - len(pred_tt),
                      notes=p.get("notes", ()))
        gold_fig = [r for r in gold_rows if r.get("source") == "figure"]
        if gold_fig:
            _match_rows(doc, [r for r in pred_rows if r.get("source") == "figure"], gold_fig,
                        figure_outcomes, stat)
    calibration = [(lo, min(hi, 1.0), bins[i][0], bins[i][1]) for i, (lo, hi) in enumerate(_BINS)]
    used = {k: v for k, v in scores.items() if v.tp + v.fp + v.fn}
    return EvalReport(documents=len(gold), fields=used, outcomes=outcomes,
                      figure_outcomes=figure_outcomes, calibration=calibration,
                      missing_documents=missing,
                      wording={k: v for k, v in wording.items() if k in used}, stat=stat,
                      breakdown=breakdown)


def _tally(s: FieldScore, pv: Any, gv: Any, ok: bool) -> None:
    if ok:
        s.tp += 1
        return
    if pv is not None:
        s.fp += 1
    if gv is not None:
        s.fn += 1


Row = dict[str, Any]


def _match_rows(doc: str, predicted: list[Row], gold: list[Row], s: FieldScore,
                stat: StatAgreement | None = None) -> tuple[list[tuple[Row, Row]], list[Row], list[Row]]:
    """Greedy one-to-one matching of outcome rows (arm, day and mean must be right).

    ``stat`` (mean/median) plays no part in matching; matched pairs are tallied in ``stat``.
    Returns the (gold, predicted) pairs, the missed gold rows and the spurious predicted rows.
    """
    unmatched = list(predicted)
    pairs: list[tuple[Row, Row]] = []
    missed: list[Row] = []
    for grow in gold:
        hit = next((r for r in unmatched if outcome_rows_match(r, grow)), None)
        if hit is not None:
            unmatched.remove(hit)
            pairs.append((grow, hit))
            s.tp += 1
            if stat is not None:
                stat.add(hit, grow)
        else:
            missed.append(grow)
            s.fn += 1
            s.errors.append(f"{doc}: missed {grow.get('group')} ({grow.get('arm')}) day "
                            f"{grow.get('day')} mean {grow.get('mean')}")
    for r in unmatched:
        s.fp += 1
        s.errors.append(f"{doc}: spurious {r.get('group')} ({r.get('arm')}) day {r.get('day')} "
                        f"mean {r.get('mean')}")
    return pairs, missed, unmatched
