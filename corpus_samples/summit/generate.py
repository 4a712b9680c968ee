"""Build the summit held-out corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/summit/generate.py

Reuses the external corpus's study model, renderers and gold/verify functions (imported,
not copied); adds the layouts in ``summitgen/layouts.py``. Deterministic. After rendering,
every gold quote is looked up on its PDF page and in the XML text; any miss stops the build.
"""

from __future__ import annotations

import json
import re
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

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)  # gold_for, verify, normalise, check_vocabulary
_spec.loader.exec_module(ext)
from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from summitgen.layouts import CUSTOM, render_custom
from summitgen.studies_1 import STUDIES as S1
from summitgen.studies_2 import STUDIES as S2
from summitgen.studies_3 import STUDIES as S3
from summitgen.studies_4 import STUDIES as S4
from summitgen.studies_5 import STUDIES as S5
from summitgen.studies_6 import STUDIES as S6

STUDIES: list[Study] = [*S1, *S2, *S3, *S4, *S5, *S6]


def _tables(study: Study) -> list[tuple[str, dict]]:
    return [(b[1], b[3]) for _t, _h, blocks in study.sections for b in blocks
            if not isinstance(b, str) and b[0] == "table"]


def xml_for(study: Study) -> str:
    """The JATS rendering, plus the table habits the external renderer has no markup for:
    footnote markers on cells (``<sup>``) and a merged header cell over the time columns."""
    xml = render_xml(study)
    for label, spec in _tables(study):
        s = study.scores
        for (g, d), mark in spec.get("marks", {}).items():
            cell = f"<td>{s.cell(g, d)}</td>"
            if xml.count(cell) != 1:
                raise SystemExit(f"{study.stem}: marked cell {g}@{d} is not unique in the XML")
            xml = xml.replace(cell, f"<td>{s.cell(g, d)}<sup>{mark}</sup></td>")
        if spec.get("merged"):
            ncol = len(spec["days"]) if spec["orient"] == "cols" else len(spec["groups"])
            corner = spec.get("corner", "Group" if spec["orient"] == "cols" else "Time")
            start = xml.index(f"<label>{label}</label>")
            head = xml.index(f"<thead><tr><th>{corner}</th>", start)
            extra = f'<thead><tr><th rowspan="2">{corner}</th><th colspan="{ncol}">{spec["merged"]}</th></tr><tr>'
            xml = xml[:head] + extra + xml[head + len(f"<thead><tr><th>{corner}</th>"):]
    return xml


def patch_row_pages(study: Study, gold: dict[str, Any], rowpages: dict[tuple[str, str], int]) -> None:
    """Table rows of a table that broke over two pages get the page their row was drawn on."""
    if not rowpages:
        return
    (label, spec), = [(lab, sp) for lab, sp in _tables(study) if sp.get("breaks")]
    for row in gold["outcomes"]:
        if row["source"] != "table":
            continue
        printed = spec["day_fmt"](row["day"]) if spec["orient"] == "rows" else row["group"]
        row["page"] = rowpages[(label, printed)]


def build(study: Study) -> tuple[str, bytes, dict[str, Any], dict[str, Any], int]:
    ext.check_vocabulary(study)
    xml = xml_for(study)
    root = DET.fromstring(xml.encode("utf-8"))
    xml_text = ext.normalise("".join(root.itertext()))
    rowpages: dict[tuple[str, str], int] = {}
    if study.layout in CUSTOM:
        pdf, pages, rowpages = render_custom(study)
    else:
        pdf, pages = render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gx = ext.gold_for(study, study.stem + ".xml", None)
    gp = ext.gold_for(study, study.stem + ".pdf", pages)
    patch_row_pages(study, gp, rowpages)
    ext.verify(gx, None, xml_text)
    ext.verify(gp, page_texts, None)
    return xml, pdf, gx, gp, len(page_texts)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for study in STUDIES:
        xml, pdf, gx, gp, npages = build(study)
        for suffix, g in ((".xml", gx), (".pdf", gp)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        words = len(collapse(re.sub(r"<[^>]+>", " ", xml)).split())
        print(f"{study.stem}: {study.layout}, {npages} pages, {len(pdf) // 1024} KiB PDF, {words} words, "
              f"{len(gp['outcomes'])} score rows")
    split = {"heldout": sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
