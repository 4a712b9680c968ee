"""Print the README's accuracy tables (markdown) from fresh `miner eval` runs.

    python bench/accuracy_table.py [--tune-only] [--ablation]

Each gold set is extracted afresh and scored per field (F1 with TP/FP/FN), for
BBB rows, for free-text labels by their exact wording, and by confidence bin.
Running it on the held-out sets is a measurement: do it once, after tuning,
and report what it printed. ``--tune-only`` scores the tuning sets alone.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

from miner.contract import ALL_STUDY_FIELDS
from miner.evaluate import load_gold, predictions_from_export, score
from miner.evaluate.breakdown import OutcomeBreakdown
from miner.evaluate.run import extract_for_eval
from miner.evaluate.scoring import EvalReport, FieldScore

ROOT = Path(__file__).resolve().parent.parent / "corpus_samples"

# (column, gold folder, documents folder, split)
HELD_OUT = (
    ("held-out samples", ROOT / "gold", ROOT, "heldout"),
    ("held-out external", ROOT / "external/gold", ROOT / "external", "heldout"),
    ("held-out fresh", ROOT / "fresh/gold", ROOT / "fresh", "heldout"),
    ("held-out blind", ROOT / "blind/gold", ROOT / "blind", "heldout"),
    ("held-out sealed", ROOT / "sealed/gold", ROOT / "sealed", "heldout"),
    ("held-out vault", ROOT / "vault/gold", ROOT / "vault", "heldout"),
    ("held-out harbor", ROOT / "harbor/gold", ROOT / "harbor", "heldout"),
    ("held-out summit", ROOT / "summit/gold", ROOT / "summit", "heldout"),
    ("held-out zenith", ROOT / "zenith/gold", ROOT / "zenith", "heldout"),
)
TUNE = (
    ("tune samples", ROOT / "gold", ROOT, "tune"),
    ("tune external", ROOT / "external/gold", ROOT / "external", "tune"),
    ("tune varied", ROOT / "varied/gold", ROOT / "varied", "tune"),
    ("tune broad", ROOT / "broad/gold", ROOT / "broad", "tune"),
    ("tune wide", ROOT / "wide/gold", ROOT / "wide", "tune"),
    ("tune atlas", ROOT / "atlas/gold", ROOT / "atlas", "tune"),
    ("tune prose", ROOT / "prose/gold", ROOT / "prose", "tune"),
    ("tune field", ROOT / "field/gold", ROOT / "field", "tune"),
    ("tune labs", ROOT / "labs/gold", ROOT / "labs", "tune"),
    ("tune grid", ROOT / "grid/gold", ROOT / "grid", "tune"),
    ("tune narrative", ROOT / "narrative/gold", ROOT / "narrative", "tune"),
    ("tune protocol", ROOT / "protocol/gold", ROOT / "protocol", "tune"),
    ("tune world", ROOT / "world/gold", ROOT / "world", "tune"),
    ("tune ledger", ROOT / "ledger/gold", ROOT / "ledger", "tune"),
    ("tune digest", ROOT / "digest/gold", ROOT / "digest", "tune"),
    ("tune chorus", ROOT / "chorus/gold", ROOT / "chorus", "tune"),
    ("tune mosaic", ROOT / "mosaic/gold", ROOT / "mosaic", "tune"),
    ("tune annals", ROOT / "annals/gold", ROOT / "annals", "tune"),
    ("tune relay", ROOT / "relay/gold", ROOT / "relay", "tune"),
    ("tune quarry", ROOT / "quarry/gold", ROOT / "quarry", "tune"),
    ("tune tandem", ROOT / "tandem/gold", ROOT / "tandem", "tune"),
    ("tune ember", ROOT / "ember/gold", ROOT / "ember", "tune"),
    ("tune fjord", ROOT / "fjord/gold", ROOT / "fjord", "tune"),
    ("tune canyon", ROOT / "canyon/gold", ROOT / "canyon", "tune"),
    ("tune glacier", ROOT / "glacier/gold", ROOT / "glacier", "tune"),
    ("tune meadow", ROOT / "meadow/gold", ROOT / "meadow", "tune"),
    ("tune tide", ROOT / "tide/gold", ROOT / "tide", "tune"),
    ("tune brook", ROOT / "brook/gold", ROOT / "brook", "tune"),
    ("tune crest", ROOT / "crest/gold", ROOT / "crest", "tune"),
    ("tune orbit", ROOT / "orbit/gold", ROOT / "orbit", "tune"),
    ("tune pebble", ROOT / "pebble/gold", ROOT / "pebble", "tune"),
    ("tune quill", ROOT / "quill/gold", ROOT / "quill", "tune"),
    ("tune ridge", ROOT / "ridge/gold", ROOT / "ridge", "tune"),
    ("tune delta", ROOT / "delta/gold", ROOT / "delta", "tune"),
    ("tune spruce", ROOT / "spruce/gold", ROOT / "spruce", "tune"),
    ("tune lumen", ROOT / "lumen/gold", ROOT / "lumen", "tune"),
    ("tune cobalt", ROOT / "cobalt/gold", ROOT / "cobalt", "tune"),
    ("tune willow", ROOT / "willow/gold", ROOT / "willow", "tune"),
    ("tune basalt", ROOT / "basalt/gold", ROOT / "basalt", "tune"),
    ("tune flint", ROOT / "flint/gold", ROOT / "flint", "tune"),
    ("tune amber", ROOT / "amber/gold", ROOT / "amber", "tune"),
    ("tune granite", ROOT / "granite/gold", ROOT / "granite", "tune"),
    ("tune marble", ROOT / "marble/gold", ROOT / "marble", "tune"),
    ("tune slate", ROOT / "slate/gold", ROOT / "slate", "tune"),
    ("tune quartz", ROOT / "quartz/gold", ROOT / "quartz", "tune"),
    ("tune onyx", ROOT / "onyx/gold", ROOT / "onyx", "tune"),
    ("tune jade", ROOT / "jade/gold", ROOT / "jade", "tune"),
)


def _cell(s: FieldScore | None) -> str:
    if s is None or s.tp + s.fp + s.fn == 0:
        return "n/a"
    return f"{s.f1:.2f} ({s.tp}/{s.fp}/{s.fn})"


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def _prf(s: FieldScore) -> str:
    return f"P {_num(s.precision)} R {_num(s.recall)} F1 {_num(s.f1)}"


def _run(gold_dir: Path, docs: Path, split: str, mode: str) -> EvalReport | None:
    if not gold_dir.is_dir():
        return None
    gold = load_gold(gold_dir, split=split)
    if not gold:
        return None
    export = extract_for_eval(docs, sorted(gold), model=None, mode=mode)
    return score(predictions_from_export(export), gold)


def _print_breakdown(reports: dict[str, EvalReport], held_cols: list[str], tune_cols: list[str]) -> None:
    """BBB rows by where the gold writes them and errors by kind: counts that name no paper."""
    cols = held_cols + (["tune sets, pooled"] if tune_cols else [])

    def merged(c: str) -> dict:
        pooled = OutcomeBreakdown()
        for x in tune_cols if c == "tune sets, pooled" else [c]:
            pooled.update(reports[x].breakdown)
        return pooled.as_dict()

    data = {c: merged(c) for c in cols}
    print("| BBB rows | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for where in ("table", "text"):
        cells = []
        for c in cols:
            t = data[c]["by_source"].get(where, {"tp": 0, "fn": 0, "fp": 0})
            n = t["tp"] + t["fn"]
            cells.append(f"R {t['tp'] / n:.2f} ({t['tp']}/{n}), FP {t['fp']}" if n else f"FP {t['fp']}")
        print(f"| gold rows in {where} | " + " | ".join(cells) + " |")
    for side in ("missed", "spurious"):
        for kind in data[cols[0]][side]:
            if any(data[c][side][kind] for c in cols):
                print(f"| {side}: {kind} | " + " | ".join(str(data[c][side][kind]) for c in cols) + " |")
    notes = sorted({k for c in cols for k in data[c]["unread_papers"]})
    for what in notes:
        print(f"| unread papers: {what} | "
              + " | ".join(str(data[c]["unread_papers"].get(what, 0)) for c in cols) + " |")


def main(argv: list[str]) -> int:
    sets = TUNE if "--tune-only" in argv else HELD_OUT + TUNE
    warnings.simplefilter("ignore")
    reports: dict[str, EvalReport] = {}
    for name, gold_dir, docs, split in sets:
        report = _run(gold_dir, docs, split, "both")
        if report is not None:
            reports[name] = report
            print(f"scored {name}: {report.documents} documents", file=sys.stderr)
    held_cols = [c for c in reports if c.startswith("held-out")]
    tune_cols = [c for c in reports if not c.startswith("held-out")]
    # Per field on the held-out sets (the measurement); the tune sets in one summary table.
    cols = held_cols or tune_cols
    print("| field | " + " | ".join(f"{c} ({reports[c].documents} docs)" for c in cols) + " |")
    print("|---|" + "---|" * len(cols))
    for f in ALL_STUDY_FIELDS:
        if not any(f in reports[c].fields for c in cols):
            continue
        print(f"| {f} | " + " | ".join(_cell(reports[c].fields.get(f)) for c in cols) + " |")
        if any(f in reports[c].wording for c in cols):
            print(f"| {f}, exact wording | "
                  + " | ".join(_cell(reports[c].wording.get(f)) for c in cols) + " |")
    print("| **all fields** | " + " | ".join(_prf(reports[c].micro()) for c in cols) + " |")
    print("| **BBB rows, text+table** | " + " | ".join(_prf(reports[c].outcomes) for c in cols) + " |")
    if held_cols and tune_cols:
        print()
        print("| tune set | docs | all fields | BBB rows, text+table | fields below 0.95 |")
        print("|---|---|---|---|---|")
        for c in tune_cols:
            r = reports[c]
            low = sorted(
                (f for f, fs in r.fields.items() if fs.f1 is not None and fs.f1 < 0.95),
                key=lambda f: r.fields[f].f1 or 0.0,
            )
            lows = ", ".join(f"{f} {r.fields[f].f1:.2f}" for f in low) or "none"
            print(f"| {c.removeprefix('tune ')} | {r.documents} | {_prf(r.micro())} | "
                  f"{_prf(r.outcomes)} | {lows} |")
    print()
    _print_breakdown(reports, held_cols, tune_cols)
    print()
    # Calibration: each held-out set, and the tune sets pooled.
    cal_cols = held_cols + (["tune sets, pooled"] if tune_cols else [])
    print("| confidence | " + " | ".join(cal_cols) + " |")
    print("|---|" + "---|" * len(cal_cols))

    def _bin(c: str, i: int) -> tuple[int, int]:
        names = tune_cols if c == "tune sets, pooled" else [c]
        return (sum(reports[x].calibration[i][2] for x in names),
                sum(reports[x].calibration[i][3] for x in names))

    bins = next(iter(reports.values())).calibration
    for i, (lo, hi, _, _) in enumerate(bins):
        cells = []
        for c in cal_cols:
            n, k = _bin(c, i)
            cells.append(f"{k}/{n} ({k / n:.2f})" if n else "–")
        print(f"| {lo:.2f}–{hi:.2f} | " + " | ".join(cells) + " |")
    high = []
    for c in cal_cols:
        pairs = [_bin(c, i) for i, b in enumerate(bins) if b[0] >= 0.9]
        high.append(f"{sum(k for _, k in pairs)}/{sum(n for n, _ in pairs)}")
    print("| ≥ 0.90 | " + " | ".join(high) + " |")
    if "--ablation" in argv:
        print()
        held = [s for s in sets if s[0].startswith("held-out")]
        print("| mode | " + " | ".join(s[0] for s in held) + " |")
        print("|---|" + "---|" * len(held))
        for mode, label in (("rules", "lexicon rules only"), ("ner", "trained NER only"),
                            ("both", "both")):
            cells = []
            for name, gold_dir, docs, split in held:
                m = reports.get(name) if mode == "both" else _run(gold_dir, docs, split, mode)
                cells.append("n/a" if m is None else
                             f"{_num(m.micro().f1)} / {_num(m.outcomes.f1)}")
            print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
