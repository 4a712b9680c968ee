"""Build the layouts corpus: tune-set studies re-rendered in layouts of our own.

Run from the repository root::

    .venv/bin/python corpus_samples/layouts/generate.py

Each chosen study (``laygen/sources.py``) is drawn again, unchanged in content, in every
layout of ``laygen/render.py`` as ``<stem>__<layout>.pdf``. There is no gold of our own: the
reference is miner's extraction of the same study's home PDF
(``corpus_samples/<home>/<stem>.pdf``), see ``tests/test_layout_invariance.py``.
Deterministic (reportlab invariant mode, no randomness).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "external"), str(HERE.parents[1])]

import pymupdf  # noqa: E402
from laygen.render import RENDERERS  # noqa: E402
from laygen.sources import chosen  # noqa: E402


def main() -> None:
    names: list[str] = []
    homes: dict[str, str] = {}
    total = 0
    for home, study in chosen():
        for layout, render in RENDERERS.items():
            pdf = render(study)
            with pymupdf.open(stream=pdf, filetype="pdf") as doc:
                doc.subset_fonts()
                pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
                pages = doc.page_count
            name = f"{study.stem}__{layout}.pdf"
            (HERE / name).write_bytes(pdf)
            names.append(name)
            homes[name] = f"{home}/{study.stem}.pdf"
            total += len(pdf)
            print(f"{name}: {pages} pages, {len(pdf) // 1024} KiB")
    print(f"total {total // 1024} KiB")
    split = {"_comment": "Layout re-renderings of tune studies: every document is in 'tune'. "
             "'home' names the PDF each one must extract the same as.",
             "tune": sorted(names), "home": homes}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
