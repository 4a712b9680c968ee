"""Measure the extractors on the *tune* split and print the numbers calibration needs.

    python -m miner.extract.tune [corpus_dir ...] [--rules] [--raw] [--quiet]

Reads each ``corpus_dir/split.json`` and ``corpus_dir/gold/*.json`` through
``miner.evaluate`` and never looks at the held-out documents. Prints, on the
tune documents of all the corpora given, pooled:

* every wrong or missed value (stderr, unless ``--quiet``);
* precision/recall/F1 per field and for outcome rows (arm, day and mean right);
* right/total per rule (``FieldValue.extractor``) and per raw-score bin: the
  counts behind ``_calibration.RULE_RELIABILITY`` and ``CALIBRATION``;
* the precision of the emitted values per confidence bin (values with
  confidence >= 0.9 must be right at least 90% of the time);
* extraction time per document (parse time is not included).

``--rules`` uses the lexicon rules only instead of the shipped trained pipeline.
``--raw`` reports the rules' raw scores instead of calibrated confidences (the
bins to fit ``_calibration.CALIBRATION`` on).
"""

from __future__ import annotations

import sys
import time
import warnings
from collections import defaultdict
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

from miner.extract import extract_document
from miner.extract.fields import EXTRACTED_FIELDS

BINS = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
BIBLIOGRAPHIC = ("first_author", "year", "title", "journal", "doi")


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * p * r / (p + r) if tp else float("nan")
    return p, r, f1


def main(argv: list[str]) -> int:
    from miner.evaluate.compare import outcome_rows_match, values_match
    from miner.evaluate.scoring import load_gold
    from miner.nlp import load_pipeline
    from miner.parse import parse_path

    args = [a for a in argv if not a.startswith("--")]
    quiet = "--quiet" in argv
    corpora = [Path(a) for a in args] or [Path("corpus_samples")]
    gold = {
        corpus / name: g
        for corpus in corpora
        for name, g in load_gold(corpus / "gold", split="tune").items()
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = load_pipeline(model="rules" if "--rules" in argv else None)
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    bins: dict[float, list[int]] = defaultdict(lambda: [0, 0])  # right, total
    rules: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rows = [0, 0, 0]
    spent_extract = spent_parse = 0.0
    stack = ExitStack()
    if "--raw" in argv:

        def identity(field: str, raw: float, extractor: str = "") -> float:
            return round(raw, 3)

        for target in ("miner.extract._candidates.calibrate", "miner.extract.fields.calibrate"):
            stack.enter_context(mock.patch(target, identity))
    for path, g in sorted(gold.items()):
        name = str(path)
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            continue
        t = time.perf_counter()
        doc = parse_path(path)
        spent_parse += time.perf_counter() - t
        t = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ex = extract_document(doc, nlp)
        spent_extract += time.perf_counter() - t
        gfields = g.get("fields", {})
        for field in (*BIBLIOGRAPHIC, *EXTRACTED_FIELDS):
            gv = gfields.get(field)
            fv = ex.fields.get(field)
            counts = per_field[field]
            if fv is None:
                counts[2] += gv is not None
                if gv is not None and not quiet:
                    print(f"  {name} {field}: missed, gold {gv!r}", file=sys.stderr)
                continue
            ok = gv is not None and values_match(field, fv.value, gv)
            counts[0] += ok
            counts[1] += not ok
            counts[2] += gv is not None and not ok
            b = max(x for x in BINS if fv.confidence >= x)
            bins[b][0] += ok
            bins[b][1] += 1
            rule = rules[fv.extractor.split("+")[0]]
            rule[0] += ok
            rule[1] += 1
            if not ok and not quiet:
                print(
                    f"  {name} {field}: got {fv.value!r} ({fv.confidence}, {fv.extractor}), gold {gv!r}",
                    file=sys.stderr,
                )
        gold_rows = [o for o in g.get("outcomes", []) if o.get("source") != "figure"]
        pred_rows = [r.to_dict(name) for r in ex.outcomes]
        unmatched = list(gold_rows)
        for pr in pred_rows:
            hit = next((o for o in unmatched if outcome_rows_match(pr, o)), None)
            if hit is None:
                rows[1] += 1
                if not quiet:
                    print(f"  {name} spurious row {pr}", file=sys.stderr)
            else:
                rows[0] += 1
                unmatched.remove(hit)
        rows[2] += len(unmatched)
        for o in unmatched if not quiet else ():
            print(f"  {name} missed row {o}", file=sys.stderr)
    stack.close()
    print(f"{'field':24s} {'P':>5s} {'R':>5s} {'F1':>5s}")
    for field, (tp, fp, fn) in per_field.items():
        p, r, f1 = _f1(tp, fp, fn)
        print(f"{field:24s} {p:5.2f} {r:5.2f} {f1:5.2f}   tp {tp} fp {fp} fn {fn}")
    p, r, f1 = _f1(*rows)
    print(
        f"{'outcome rows':24s} {p:5.2f} {r:5.2f} {f1:5.2f}   tp {rows[0]} fp {rows[1]} fn {rows[2]}"
    )
    print("rule -> right/total")
    for rule_name, (right, total) in sorted(rules.items()):
        print(f"  {rule_name:40s} {right}/{total}")
    print("confidence bin -> precision (n)")
    for b in sorted(bins):
        right, total = bins[b]
        print(f"  >= {b:.2f}: {right / total:.2f} ({total})")
    n = max(1, len(gold))
    print(
        f"extraction {1000 * spent_extract / n:.0f} ms per document "
        f"(parse {1000 * spent_parse / n:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
