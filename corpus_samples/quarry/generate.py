"""Build the quarry tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/quarry/generate.py

Deterministic. Reuses the external set's renderer, gold and verification code
(imported, not copied) and adds richer score tables (``qgen/tables.py``) and an
accepted-manuscript layout (``qgen/manuscript.py``). Every gold quote is looked up
on its PDF page and in the XML text; any miss stops the build. ``READY`` is touched
after a build whose checks all passed.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE.parents[1]))

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import quotes_in
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from qgen import tables
from qgen.manuscript import render_manuscript
from qgen.studies_1 import STUDIES as S1
from qgen.studies_2 import STUDIES as S2
from qgen.studies_3 import STUDIES as S3
from qgen.studies_4 import STUDIES as S4

STUDIES = [*S1, *S2, *S3, *S4]
tables.install()


def table_rows(study: Any, document: str, pages: dict[str, int] | None) -> list[dict[str, Any]]:
    """Gold outcome rows of the study's qtables (the external gold skips them)."""
    rows = []
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "table" or "qtable" not in b[3]:
                continue
            t: tables.QTable = b[3]["qtable"]
            for ri, v, quote in tables.gold_cells(t, study.scores):
                page = None
                if pages is not None:
                    cont = t.split_at is not None and study.layout == "manuscript" and ri >= t.split_at
                    page = pages[f"tab:{b[1]}#2" if cont else f"tab:{b[1]}"]
                rows.append(tables.outcome_row(study, document, v, quote, page))
    return rows


def cell_quotes(study: Any, pages: dict[str, int] | None) -> dict[str, list[dict[str, Any]]]:
    """Evidence from ``{{field|words}}`` markers inside table cells (methods tables)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "table" or "qtable" not in b[3]:
                continue
            t: tables.QTable = b[3]["qtable"]
            for ri, row in enumerate([*t.head, *t.body]):
                for cell in row:
                    if not isinstance(cell, str):
                        continue
                    cont = t.split_at is not None and study.layout == "manuscript" and ri - len(t.head) >= t.split_at
                    key = f"tab:{b[1]}#2" if cont else f"tab:{b[1]}"
                    for fields, quote in quotes_in(cell):
                        for f in fields:
                            out.setdefault(f, []).append({"page": None if pages is None else pages[key],
                                                          "quote": quote})
    return out


def gold(study: Any, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The external gold plus table rows and table-cell evidence."""
    cells = cell_quotes(study, pages)
    prose = {f for _k, m in ext._blocks(study) for fs, _q in quotes_in(m) for f in fs}
    only_cells = {f: v for f, v in study.values.items() if f in cells and f not in prose}
    g = ext.gold_for(replace(study, values={f: v for f, v in study.values.items() if f not in only_cells}),
                     document, pages)
    fields = g["studies"][0]["fields"]
    for f, evidence in cells.items():
        if f not in study.values:
            raise SystemExit(f"{study.stem}: table quote for {f} but no gold value")
        fields.setdefault(f, {"value": study.values[f], "evidence": []})["evidence"] += evidence
    for row in g["outcomes"]:  # text rows: n at that time point where animals were lost
        row["n"] = tables.n_at(study, row["group"], row["day"])
    g["outcomes"] += table_rows(study, document, pages)
    return g


def build(study: Any) -> tuple[str, bytes, dict, dict, int]:
    ext.check_vocabulary(study)
    xml = render_xml(study)
    xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = render_manuscript(study) if study.layout == "manuscript" else render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    golds = {}
    for suffix, pg in ((".xml", None), (".pdf", pages)):
        document = study.stem + suffix
        g = gold(study, document, pg)
        ext.verify(g, page_texts if pg is not None else None, xml_text if pg is None else None)
        golds[suffix] = g
    return xml, pdf, golds[".xml"], golds[".pdf"], len(page_texts)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for study in STUDIES:
        xml, pdf, gx, gp, n_pages = build(study)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        for suffix, g in ((".xml", gx), (".pdf", gp)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{study.stem}: {study.layout}, {n_pages} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(gp['outcomes'])} outcome rows")
    split = {"tune": sorted(f"{s}{suf}" for s in stems for suf in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
