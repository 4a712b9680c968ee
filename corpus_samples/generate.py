"""Rebuild the synthetic sample corpus: good PDFs, bad PDFs, gold annotations, split.

Usage (from the repository root)::

    .venv/bin/python corpus_samples/generate.py [--out corpus_samples]

Deterministic: reportlab runs in invariant mode (fixed dates and document ids),
and every random choice uses a fixed seed. Only ``bad_encrypted.pdf`` differs
between runs (AES uses a random IV). Each good PDF is read back with PyMuPDF and
every gold quote is looked up on its page; a quote that is not found stops the
build, so the gold always matches the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # samplegen/ beside this file, miner/ in the repo

from samplegen.bad import write_bad_files
from samplegen.gold import build_gold
from samplegen.render import render
from samplegen.spec import Study
from samplegen.studies_heldout import STUDIES as HELDOUT
from samplegen.studies_tune import STUDIES as TUNE_A
from samplegen.studies_tune2 import STUDIES as TUNE_B


def all_studies() -> list[Study]:
    studies = [*TUNE_A, *TUNE_B, *HELDOUT]
    names = [s.pdf for s in studies]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate PDF names among studies")
    return studies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="output directory (default: corpus_samples/)")
    args = parser.parse_args(argv)
    out: Path = args.out
    (out / "gold").mkdir(parents=True, exist_ok=True)
    studies = all_studies()
    for study in studies:
        pdf = out / study.pdf
        rendered = render(study, pdf)
        gold = build_gold(study, rendered, pdf)
        gold_path = out / "gold" / f"{pdf.stem}.json"
        gold_path.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        n_rows = len(gold["outcomes"])
        print(f"{study.pdf:40s} {rendered.pages:2d} pages  {len(gold['studies'][0]['fields']):2d} fields  "
              f"{n_rows:2d} outcome rows  [{study.split}]")
    split = {"tune": sorted(s.pdf for s in studies if s.split == "tune"),
             "heldout": sorted(s.pdf for s in studies if s.split == "heldout")}
    if len(split["heldout"]) * 3 < len(studies):
        raise SystemExit("fewer than a third of the studies are held out")
    (out / "split.json").write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
    bad = write_bad_files(out, out / studies[0].pdf)
    print(f"bad files: {', '.join(bad)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
