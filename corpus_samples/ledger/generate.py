"""Build the ledger tuning corpus: studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/ledger/generate.py

Deterministic (reportlab invariant mode, no randomness). Reuses extgen (the external
set's study model, renderers, gold and checks) and adds free-form outcome tables
(``ledgen.grid``/``ledgen.tables``) and layouts of its own (``ledgen.layouts``). After
rendering, every gold quote is looked up on its PDF page and in the XML text; any miss
stops the build and leaves ``READY`` untouched.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE.parents[1]))

import defusedxml.ElementTree as DET
import pymupdf

_spec = importlib.util.spec_from_file_location("extgenerate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)  # extgen's gold_for / verify / check_vocabulary

from extgen.model import collapse
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from ledgen import tables
from ledgen.grid import LStudy, grid_scores
from ledgen.studies_a import STUDIES as STUDIES_A
from ledgen.studies_b import STUDIES as STUDIES_B
from ledgen.studies_c import STUDIES as STUDIES_C
from ledgen.studies_d import STUDIES as STUDIES_D

STUDIES: list[LStudy] = [*STUDIES_A, *STUDIES_B, *STUDIES_C, *STUDIES_D]


def _grid_tables(study: LStudy) -> list[tuple[str, dict]]:
    out = []
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table" and "grid" in b[3]:
                b[3].setdefault("groups", [])  # extgen's gold loop then adds nothing for grids
                b[3].setdefault("days", [])
                out.append((b[1], b[3]))
    return out


def gold_for(study: LStudy, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """extgen's gold (fields, text rows) plus one row per score cell of every grid."""
    g = ext.gold_for(study, document, pages)
    for label, spec in _grid_tables(study):
        split = spec.get("split_at")
        for gs in grid_scores(study, spec):
            key = f"tabcont:{label}" if split is not None and gs.row >= split else f"tab:{label}"
            sc = study.scale(gs.scale)
            mean, err = sc.values[gs.group][gs.day]
            bare = gs.fmt == "bare"
            g["outcomes"].append({
                "document": document, "outcome": sc.outcome, "group": gs.group, "arm": sc.arm(gs.group),
                "day": gs.day, "mean": mean,
                "sd": err if sc.err == "sd" and not bare else None,
                "sem": err if sc.err == "sem" and not bare else None,
                "n": sc.n(gs.group), "source": "table", "page": None if pages is None else pages[key],
                "quote": gs.text})
    for row in g["outcomes"]:
        row["n"] = study.n_at.get((row["group"], row["day"]), row["n"])
    return g


def main() -> None:
    tables.install()
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    (HERE / "READY").unlink(missing_ok=True)
    names = []
    for study in STUDIES:
        ext.check_vocabulary(study)
        _grid_tables(study)
        xml = render_xml(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = ext.normalise("".join(root.itertext()))
        if study.habit:
            from ledgen.layouts import render_habit
            pdf, pages = render_habit(study)
        else:
            pdf, pages = render_pdf(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix, g in ((".xml", gold_for(study, study.stem + ".xml", None)),
                          (".pdf", gold_for(study, study.stem + ".pdf", pages))):
            if not g["outcomes"] and not study.notes:
                raise SystemExit(f"{study.stem}: no outcome rows and no note saying why")
            ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        names += [study.stem + ".pdf", study.stem + ".xml"]
        print(f"{study.stem}: {study.habit or study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words, {len(g['outcomes'])} outcome rows")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").write_text("built and verified by generate.py\n", encoding="utf-8")


if __name__ == "__main__":
    main()
