"""Build the harbor held-out corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/harbor/generate.py

Deterministic (reportlab invariant mode, no randomness). Reuses the external set's study
record, renderers and gold/verify functions (imported, never modified); papers with layout
habits the external renderer lacks go through ``hgen/render_habits.py``. After rendering,
every gold quote is looked up on its PDF page and in the XML text; any miss stops the build
and ``READY`` is not touched.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE))

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from hgen.render_habits import HStudy, cell_text, render_pdf_habits
from hgen.studies_1 import STUDIES as S1
from hgen.studies_2 import STUDIES as S2
from hgen.studies_3 import STUDIES as S3


def _external_generate() -> Any:
    """The external set's generate.py as a module (its name clashes with this script's)."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXT = _external_generate()
STUDIES: list[Study] = [*S1, *S2, *S3]


def _table_specs(study: Study) -> list[tuple[str, dict]]:
    return [(b[1], b[3]) for _t, _h, blocks in study.sections for b in blocks
            if not isinstance(b, str) and b[0] == "table"]


def gold(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The external gold for one rendering, with table rows paged row by row (a continued
    table puts its later rows on the next page)."""
    g = EXT.gold_for(study, document, pages)
    text_rows = [r for r in g["outcomes"] if r["source"] != "table"]
    table_rows = []
    for label, spec in _table_specs(study):
        k = spec.get("split_after") if pages is not None else None
        for gi, grp in enumerate(spec["groups"]):
            for di, day in enumerate(spec["days"]):
                idx = di if spec["orient"] == "rows" else gi
                key = f"tab:{label}#2" if k and idx >= k else f"tab:{label}"
                row = EXT._row(study, document, grp, day, "table",
                               None if pages is None else pages[key], study.scores.cell(grp, day))
                table_rows.append(row)
    g["outcomes"] = text_rows + table_rows
    return g


def _mark_xml_cells(xml: str, study: Study) -> str:
    """Put the PDF's table footnote markers into the JATS cells too (where a cell is unique)."""
    for _label, spec in _table_specs(study):
        for (grp, day), mark in spec.get("marks", {}).items():
            plain_cell = f"<td>{study.scores.cell(grp, day)}</td>"
            if xml.count(plain_cell) == 1:
                xml = xml.replace(plain_cell, f"<td>{study.scores.cell(grp, day)}<sup>{mark}</sup></td>")
    return xml


def build(study: Study) -> tuple[str, bytes, dict[str, Any], dict[str, Any], int]:
    EXT.check_vocabulary(study)
    xml = _mark_xml_cells(render_xml(study), study)
    root = DET.fromstring(xml.encode("utf-8"))
    xml_text = EXT.normalise("".join(root.itertext()))
    if isinstance(study, HStudy) and study.habits:
        pdf, pages = render_pdf_habits(study)
    else:
        pdf, pages = render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gx = gold(study, study.stem + ".xml", None)
    gp = gold(study, study.stem + ".pdf", pages)
    EXT.verify(gx, None, xml_text)
    EXT.verify(gp, page_texts, None)
    _check_printed_cells(study, pages, page_texts)
    return xml, pdf, gx, gp, len(collapse(xml_text).split())


def _check_printed_cells(study: Study, pages: dict[str, int], page_texts: list[str]) -> None:
    """A marked cell must still read as its value followed by the marker on its page."""
    for label, spec in _table_specs(study):
        for grp, day in spec.get("marks", {}):
            text = EXT.normalise(page_texts[pages[f"tab:{label}"] - 1])
            if EXT.normalise(cell_text(study, spec, grp, day)).split()[0] not in text:
                raise SystemExit(f"{study.stem}: marked cell {grp}@{day} not printed")


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    ready = HERE / "READY"
    ready.unlink(missing_ok=True)
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems) or not all(re.fullmatch(r"[a-z]+\d{4}_[a-z0-9_]+", s) for s in stems):
        raise SystemExit("stems must be unique snake_case names")
    built = [build(s) for s in STUDIES]
    for study, (xml, pdf, gx, gp, words) in zip(STUDIES, built, strict=True):
        for suffix, g in ((".xml", gx), (".pdf", gp)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            n_pages = doc.page_count
        print(f"{study.stem}: {n_pages} pages, {len(pdf) // 1024} KiB PDF, {words} words")
    names = sorted(s + x for s in stems for x in (".pdf", ".xml"))
    (HERE / "split.json").write_text(json.dumps({"heldout": names}, indent=1) + "\n", encoding="utf-8")
    ready.touch()


if __name__ == "__main__":
    main()
