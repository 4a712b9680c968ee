"""Build the sealed held-out corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/sealed/generate.py

Deterministic (reportlab invariant mode, no randomness). The study records, inline markup,
the two standard layouts and the gold builder are reused from ``corpus_samples/external``
(imported, never modified); ``sealgen/layouts.py`` adds three layouts and table habits of
its own. After rendering, every gold quote is looked up on its PDF page and in the XML
text; any miss stops the build. On success ``READY`` is touched.
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
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE.parents[1]))

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from sealgen.layouts import CUSTOM_LAYOUTS, patch_xml_tables, render_custom_pdf
from sealgen.papers_a import STUDIES as PAPERS_A
from sealgen.papers_b import STUDIES as PAPERS_B
from sealgen.papers_c import STUDIES as PAPERS_C


def _external_generate() -> Any:
    # Loaded under its own name: "generate" on sys.path[0] is this file.
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()
STUDIES: list[Study] = [*PAPERS_A, *PAPERS_B, *PAPERS_C]


def _table_cells(study: Study) -> list[tuple[str, str, float]]:
    """(label, group, day) of every table cell, in the order the gold builder emits table rows."""
    return [(b[1], g, d) for _t, _h, blocks in study.sections for b in blocks
            if not isinstance(b, str) and b[0] == "table" for g in b[3]["groups"] for d in b[3]["days"]]


def gold(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The external gold builder, plus per-row pages for tables continued on a later page."""
    g = EXT.gold_for(study, document, pages)
    if pages is not None:
        table_rows = [r for r in g["outcomes"] if r["source"] == "table"]
        cells = _table_cells(study)
        assert len(table_rows) == len(cells), study.stem
        for row, (label, group, day) in zip(table_rows, cells, strict=True):
            assert (row["group"], row["day"]) == (group, day)
            row["page"] = pages.get(f"cell:{label}:{group}@{day:g}", row["page"])
    return g


def render(study: Study) -> tuple[str, bytes, dict[str, int]]:
    xml = patch_xml_tables(render_xml(study), study)
    pdf, pages = render_custom_pdf(study) if study.layout in CUSTOM_LAYOUTS else render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    return xml, pdf, pages


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    (HERE / "READY").unlink(missing_ok=True)
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for study in STUDIES:
        EXT.check_vocabulary(study)
        xml, pdf, pages = render(study)
        xml_text = EXT.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        if re.search(r"\{[A-Z]{2,5}\}|\{\{|\}\}|\{bbb:|\{[a-z_,]+\|", xml_text + "".join(page_texts)):
            raise SystemExit(f"{study.stem}: unresolved placeholder or marker in the rendered text")
        if "Synthetic test document" not in page_texts[0]:
            raise SystemExit(f"{study.stem}: synthetic notice missing from page 1")
        for suffix, g in ((".xml", gold(study, study.stem + ".xml", None)),
                          (".pdf", gold(study, study.stem + ".pdf", pages))):
            EXT.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words")
    docs = sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml"))
    (HERE / "split.json").write_text(json.dumps(
        {"_comment": "Sealed: every document is held out. Never tune on it.", "heldout": docs}, indent=2) + "\n",
        encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
