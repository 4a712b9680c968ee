"""Build the tandem tuning corpus: multi-arm studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/tandem/generate.py

Deterministic. Reuses the external set's record, markup, renderers and gold/verify
functions (imported, not copied); adds three layouts of its own (``tgen/layouts.py``)
and studies reporting two scales (mouse BMS beside rat BBB). Every gold quote is looked
up on its PDF page and in the XML text; any miss stops the build. ``READY`` is touched
after a build whose checks all passed.
"""

from __future__ import annotations

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

import importlib.util

import defusedxml.ElementTree as DET
import pymupdf

_spec = importlib.util.spec_from_file_location("extgenerate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)  # the external build: gold_for, verify, normalise
_spec.loader.exec_module(ext)
from extgen.model import Study
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from tgen.layouts import LAYOUTS, render_pdf_x, table_parts
from tgen.scales import TwoScales


def gold_for(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The external gold, with continued-table rows on their own page and per-group scales."""
    g = ext.gold_for(study, document, pages)
    expected = []  # (group, day, part-2?, label) in the order ext.gold_for writes table rows
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table":
                later = set(table_parts(b[3])[1]) if len(table_parts(b[3])) == 2 else set()
                expected += [(grp, d, grp in later, b[1]) for grp in b[3]["groups"] for d in b[3]["days"]]
    table_rows = [r for r in g["outcomes"] if r["source"] == "table"]
    if len(table_rows) != len(expected):
        raise SystemExit(f"{study.stem}: table rows out of step")
    for row, (grp, day, second, label) in zip(table_rows, expected, strict=True):
        if (row["group"], row["day"]) != (grp, day):
            raise SystemExit(f"{study.stem}: table rows out of order")
        if second and pages is not None:
            row["page"] = pages[f"tab:{label}#2"]
    if isinstance(study.scores, TwoScales):
        for row in g["outcomes"]:
            row["outcome"] = study.scores.scale.get(row["group"], study.scores.outcome)
    return g


def build(study: Study) -> tuple[str, bytes, dict[str, Any], dict[str, Any], int]:
    """(xml, pdf, pdf gold, xml gold, pages) of one study, every quote verified."""
    ext.check_vocabulary(study)
    xml = render_xml(study)
    xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = (render_pdf_x if study.layout in LAYOUTS else render_pdf)(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # drop hinting tables of reportlab's subsets: halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gx = gold_for(study, study.stem + ".xml", None)
    gp = gold_for(study, study.stem + ".pdf", pages)
    ext.verify(gx, None, xml_text)
    ext.verify(gp, page_texts, None)
    return xml, pdf, gp, gx, len(page_texts)


def main() -> None:
    from tgen.studies import STUDIES

    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for study in STUDIES:
        xml, pdf, gp, gx, n_pages = build(study)
        for suffix, g in ((".pdf", gp), (".xml", gx)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        names += [study.stem + ".pdf", study.stem + ".xml"]
        print(f"{study.stem}: {study.layout}, {n_pages} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(gp['outcomes'])} outcome rows")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
