"""Build the jade tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/jade/generate.py

Deterministic. Reuses the external corpus's renderer, gold builder and checks
(``corpus_samples/external``, imported, not modified); jade adds free-form score tables
(``jadegen/grid.py``) and two layouts of its own (``jadegen/layout.py``). After rendering,
every quote is looked up on its PDF page and in the XML text; a miss stops the build.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
sys.path[:0] = [str(HERE), str(EXTERNAL), str(HERE.parents[1])]

import importlib.util

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf as render_ext_pdf
from extgen.render_xml import render_xml
from jadegen import tables
from jadegen.grid import Grid
from jadegen.layout import render_pdf as render_jade_pdf
from jadegen.studies_1 import STUDIES as STUDIES_1
from jadegen.studies_2 import STUDIES as STUDIES_2

STUDIES: list[Study] = [*STUDIES_1, *STUDIES_2]


def _external_generator() -> Any:
    """corpus_samples/external/generate.py, loaded by path (its name clashes with this file's)."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ext = _external_generator()


def grids(study: Study) -> list[tuple[str, Grid]]:
    return [(b[1], b[3]["grid"]) for _t, _h, blocks in study.sections for b in blocks
            if not isinstance(b, str) and b[0] == "table" and "grid" in b[3]]


def gold(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """External gold (fields, text rows) plus one row per score a jade table states."""
    g = ext.gold_for(study, document, pages)
    for label, grid in grids(study):
        for s in grid.scores:
            key = f"tab:{label}" + ("#1" if grid.split_after is not None and s.line > grid.split_after else "")
            row = {"document": document, "outcome": s.outcome, "group": s.group, "arm": s.arm, "day": s.day,
                   "mean": s.mean, "sd": s.err if s.kind == "sd" else None,
                   "sem": s.err if s.kind == "sem" else None, "n": s.n, "source": "table",
                   "page": None if pages is None else pages[key], "quote": s.quote}
            if s.stat:
                row["stat"] = s.stat
            g["outcomes"].append(row)
    return g


def main() -> None:
    tables.install()
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for study in STUDIES:
        ext.check_vocabulary(study)
        xml = render_xml(study)
        xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        render = render_ext_pdf if study.layout in ("single", "twocol") else render_jade_pdf
        pdf, pages = render(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix in (".xml", ".pdf"):
            g = gold(study, study.stem + suffix, None if suffix == ".xml" else pages)
            ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
