"""Measure the extractors on the *tune* split and print a calibration table.

    python -m miner.extract.tune [corpus_dir]

Reads ``corpus_dir/split.json`` and ``corpus_dir/gold/*.json`` through
``miner.evaluate`` and never looks at the held-out documents. For every field,
prints precision/recall on the tune documents, then the precision of the
emitted values per confidence bin: the numbers to copy into
``_calibration.CALIBRATION`` (values with confidence >= 0.9 must be right at
least 90% of the time).
"""

from __future__ import annotations

import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

from miner.extract import extract_document
from miner.extract.fields import EXTRACTED_FIELDS

BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def main(argv: list[str]) -> int:
    from miner.evaluate.compare import values_match
    from miner.evaluate.scoring import load_gold
    from miner.nlp import load_pipeline
    from miner.parse import parse_path

    corpus = Path(argv[0]) if argv else Path("corpus_samples")
    gold = load_gold(corpus / "gold", split="tune")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = load_pipeline(model="rules")
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    bins: dict[float, list[int]] = defaultdict(lambda: [0, 0])  # right, total
    spent = 0.0
    for name, g in sorted(gold.items()):
        path = corpus / name
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            continue
        doc = parse_path(path)
        t = time.perf_counter()
        ex = extract_document(doc, nlp)
        spent += time.perf_counter() - t
        gfields = g.get("fields", {})
        for field in EXTRACTED_FIELDS:
            gv = gfields.get(field)
            fv = ex.fields.get(field)
            counts = per_field[field]
            if fv is None:
                counts[2] += gv is not None
                continue
            ok = gv is not None and values_match(field, fv.value, gv)
            counts[0] += ok
            counts[1] += not ok
            counts[2] += gv is not None and not ok
            b = max(x for x in BINS if fv.confidence >= x)
            bins[b][0] += ok
            bins[b][1] += 1
            if not ok:
                print(
                    f"  {name} {field}: got {fv.value!r} ({fv.confidence}), gold {gv!r}",
                    file=sys.stderr,
                )
    print(f"{'field':24s} {'P':>5s} {'R':>5s} {'F1':>5s}")
    for field, (tp, fp, fn) in per_field.items():
        p = tp / (tp + fp) if tp + fp else float("nan")
        r = tp / (tp + fn) if tp + fn else float("nan")
        f1 = 2 * p * r / (p + r) if p + r else float("nan")
        print(f"{field:24s} {p:5.2f} {r:5.2f} {f1:5.2f}")
    print("confidence bin -> precision (n)")
    for b in sorted(bins):
        right, total = bins[b]
        print(f"  >= {b:.2f}: {right / total:.2f} ({total})")
    print(f"extraction {1000 * spent / max(1, len(gold)):.0f} ms per document")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
