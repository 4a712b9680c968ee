"""Build the trained NLP pipeline: data -> DocBins -> train -> evaluate -> models/miner_ner.

    .venv/bin/python pipelines/build.py            # what `make models` runs
    .venv/bin/python pipelines/build.py --regenerate-data

Reads the annotated sentences in pipelines/data/*.jsonl (written by make_data.py),
trains pipelines/ner.cfg on CPU, adds the rule components (sentences,
abbreviations, lexicon ruler), saves to models/miner_ner, then prints entity-level
precision/recall/F1 on the held-out split (overall and per label) for the trained
NER alone, the lexicon alone and both, and writes them to models/miner_ner/metrics.json.
"""

from __future__ import annotations

import os

# Two cores are shared on the build machines: one BLAS thread is faster than contention.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import shutil
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

import spacy
from spacy.tokens import DocBin

from miner.nlp import LABELS
from miner.nlp._components import make_tokenizer
from miner.nlp._pipeline import MODEL_DIR, NlpPipeline, _load_trained, _model_version

MODEL_VERSION = "0.1.0"
DATA = HERE / "data"
CONFIG = HERE / "ner.cfg"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_docbin(records: list[dict], out: Path) -> int:
    """Write records as a DocBin; returns how many entity spans had to be widened to tokens."""
    nlp = spacy.blank("en")
    nlp.tokenizer = make_tokenizer(nlp)
    db = DocBin()
    widened = 0
    for record in records:
        doc = nlp.make_doc(record["text"])
        spans = []
        for start, end, label in record["entities"]:
            span = doc.char_span(start, end, label=label)
            if span is None:
                # "Exos" inside the token "-Exos": the model learns the token, the
                # pipeline trims the hyphen again.
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                widened += 1
            spans.append(span)
        doc.ents = spacy.util.filter_spans(spans)
        db.add(doc)
    db.to_disk(out)
    return widened


def train(workdir: Path) -> Path:
    from spacy.cli.train import train as spacy_train

    output = workdir / "output"
    overrides = {
        "paths.train": str(workdir / "train.spacy"),
        "paths.dev": str(workdir / "dev.spacy"),
    }
    spacy_train(CONFIG, output, overrides=overrides, use_gpu=-1)
    return output / "model-best"


def save(best: Path) -> None:
    nlp = spacy.load(best)
    from miner.nlp._pipeline import add_rule_components

    add_rule_components(nlp)
    nlp.meta.update(
        {
            "name": "miner_ner",
            "version": MODEL_VERSION,
            "description": "miner: NER for MSC-exosome / spinal cord injury methods text (trained on "
            "pipelines/data, written for miner) + scispacy tokenizer, abbreviations, lexicon ruler",
            "license": "AGPL-3.0-or-later",
            "author": "miner developers",
        }
    )
    nlp.meta.pop("performance", None)
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    nlp.to_disk(MODEL_DIR)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def evaluate(pipeline: NlpPipeline, records: list[dict], *, use_ner: bool, use_rules: bool) -> dict:
    """Entity-level scores: a prediction counts when its span and label equal a gold entity's."""
    texts = [r["text"] for r in records]
    t0 = time.perf_counter()
    predicted = pipeline.entities_many(texts, use_ner=use_ner, use_rules=use_rules)
    elapsed = time.perf_counter() - t0
    counts = {label: Counter() for label in LABELS}
    unseen_hit = unseen_total = 0
    for record, ents in zip(records, predicted, strict=True):
        # "abbrev" entities sit on a short form that the gold labels per part; score spans the model/rules chose.
        pred = {(e.start, e.end, e.label) for e in ents if e.source != "abbrev"}
        gold = {tuple(g) for g in record["entities"]}
        for s, e, label in pred:
            counts[label]["tp" if (s, e, label) in gold else "fp"] += 1
        for s, e, label in gold - pred:
            counts[label]["fn"] += 1
        for s, e, label in map(tuple, record.get("unseen", [])):
            unseen_total += 1
            unseen_hit += (s, e, label) in pred
    total = Counter()
    for c in counts.values():
        total.update(c)
    return {
        "overall": _prf(total["tp"], total["fp"], total["fn"]),
        "per_label": {
            label: _prf(c["tp"], c["fp"], c["fn"]) for label, c in counts.items() if sum(c.values())
        },
        "unseen_vocabulary_recall": round(unseen_hit / unseen_total, 4) if unseen_total else None,
        "unseen_vocabulary_entities": unseen_total,
        "ms_per_sentence": round(1000 * elapsed / max(1, len(texts)), 3),
    }


def print_scores(name: str, scores: dict) -> None:
    o = scores["overall"]
    print(
        f"\n== {name}: P {o['p']:.3f}  R {o['r']:.3f}  F1 {o['f1']:.3f}  "
        f"(unseen-vocabulary recall {scores['unseen_vocabulary_recall']}, {scores['ms_per_sentence']} ms/sentence)"
    )
    for label, s in scores["per_label"].items():
        print(
            f"   {label:<17} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--regenerate-data",
        action="store_true",
        help="rewrite pipelines/data from the templates first",
    )
    args = parser.parse_args()
    warnings.filterwarnings("ignore", category=FutureWarning)
    if args.regenerate_data or not (DATA / "train.jsonl").is_file():
        import make_data

        make_data.main()
    train_records = read_jsonl(DATA / "train.jsonl")
    dev_records = read_jsonl(DATA / "dev.jsonl")
    heldout = read_jsonl(DATA / "heldout.jsonl")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="miner-ner-") as tmp:
        workdir = Path(tmp)
        widened = to_docbin(train_records, workdir / "train.spacy")
        to_docbin(dev_records, workdir / "dev.spacy")
        print(
            f"data: {len(train_records)} train, {len(dev_records)} dev, {len(heldout)} held-out sentences "
            f"({widened} training spans widened to token edges)"
        )
        best = train(workdir)
        save(best)
    train_seconds = time.perf_counter() - started
    pipeline = NlpPipeline(_load_trained(MODEL_DIR), _model_version(MODEL_DIR))
    results = {
        "model": pipeline.version,
        "heldout_sentences": len(heldout),
        "train_sentences": len(train_records),
        "train_seconds": round(train_seconds, 1),
        "ner": evaluate(pipeline, heldout, use_ner=True, use_rules=False),
        "rules": evaluate(pipeline, heldout, use_ner=False, use_rules=True),
        "both": evaluate(pipeline, heldout, use_ner=True, use_rules=True),
    }
    print(
        f"\nHeld-out split: {len(heldout)} sentences; entity-level exact span+label match. Model {pipeline.version}"
    )
    for name in ("ner", "rules", "both"):
        print_scores(
            {"ner": "trained NER only", "rules": "lexicon rules only", "both": "rules + NER"}[name],
            results[name],
        )
    (MODEL_DIR / "metrics.json").write_text(json.dumps(results, indent=2) + "\n")
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    print(f"\nsaved {MODEL_DIR.relative_to(REPO)} ({size / 1e6:.1f} MB) in {train_seconds:.0f} s")


if __name__ == "__main__":
    main()
