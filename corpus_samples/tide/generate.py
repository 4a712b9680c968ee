"""Build the tide tuning corpus: six studies x (JATS XML + PDF) + gold, and split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/tide/generate.py

Deterministic. Reuses the external set's renderer and checks (``corpus_samples/external``,
imported, not modified); adds lab-style BBB tables (``tgen/tables.py``) and page habits
(``tgen/layout.py``). Every gold quote is looked up on its PDF page and in the XML text;
any miss stops the build. ``READY`` is touched after a build whose checks pass.
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

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study, bbb_in, plain, quotes_in
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from tgen.external import _row, check_vocabulary, normalise, verify
from tgen.layout import render_tide
from tgen.studies_1 import STUDIES as STUDIES_1
from tgen.studies_2 import STUDIES as STUDIES_2
from tgen.tables import TideTable, install, table_rows

STUDIES: list[Study] = [*STUDIES_1, *STUDIES_2]


def _text_blocks(study: Study) -> list[tuple[str, str]]:
    """(PDF key, markup) of every block that can hold a quote or a score written in prose."""
    out = [(f"abs{i}", t) for i, (_, t) in enumerate(study.abstract)]
    for si, (_t, _h, blocks) in enumerate(study.sections):
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append((f"s{si}.{bi}", b))
            elif b[0] in ("table", "figure"):
                out.append((f"cap:{b[1]}", b[2]))
                if b[0] == "table" and b[3].get("foot"):
                    out.append((f"foot:{b[1]}", b[3].get("foot")))
    out += [(f"back{i}", t) for i, (_, t) in enumerate(study.back)]
    return out


def gold_for(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export for one rendering (``pages`` None for the XML)."""
    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    values = dict(study.values)
    values.update(first_author=study.first_author, title=plain(study.title), journal=study.journal,
                  year=study.year, doi=study.doi.lower())
    ev: dict[str, list[dict[str, Any]]] = {
        "first_author": [{"page": page("authors"), "quote": study.first_author}],
        "title": [{"page": page("title"), "quote": plain(study.title)}],
        "journal": [{"page": page("journal"), "quote": study.journal}],
        "year": [{"page": page("journal"), "quote": str(study.year)}],
        "doi": [{"page": page("doi"), "quote": study.doi}],
    }
    if pages is None:  # the PDFs do not print PubMed ids; the JATS front matter does
        values.update(pmid=study.pmid, pmcid=study.pmcid)
        ev["pmid"] = [{"page": None, "quote": study.pmid}]
        ev["pmcid"] = [{"page": None, "quote": study.pmcid}]
    rows: list[dict[str, Any]] = []
    s = study.scores
    for key, markup in _text_blocks(study):
        for fields, quote in quotes_in(markup):
            for f in fields:
                if f not in values:
                    raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
                ev.setdefault(f, []).append({"page": page(key), "quote": quote})
        for group, day, style in bbb_in(markup):
            rows.append(_row(study, document, group, day, "text", page(key), s.cell(group, day, style)))
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table":
                if not isinstance(b[3], TideTable):
                    raise SystemExit(f"{study.stem}: tables here are TideTable specs")
                for r in table_rows(b[1], b[3], s, split_keys=True):
                    rows.append(_row(study, document, r.group, r.day, "table", page(r.key), r.quote))
    missing = [f for f in values if f not in ev]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    entry: dict[str, Any] = {"document": document,
                             "fields": {f: {"value": values[f], "evidence": ev[f]} for f in values}}
    if study.notes:
        entry["notes"] = list(study.notes)
    return {"studies": [entry], "outcomes": rows}


def build(study: Study) -> tuple[str, bytes, dict[str, Any], dict[str, Any], int]:
    """XML, PDF bytes, both golds (verified against the renderings) and the page count."""
    check_vocabulary(study)
    xml = render_xml(study)
    xml_text = normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = (render_tide if study.layout.startswith("tide:") else render_pdf)(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gx = gold_for(study, study.stem + ".xml", None)
    gp = gold_for(study, study.stem + ".pdf", pages)
    verify(gx, None, xml_text)
    verify(gp, page_texts, None)
    return xml, pdf, gx, gp, len(page_texts)


def main() -> None:
    install()
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for study in STUDIES:
        xml, pdf, gx, gp, npages = build(study)
        for suffix, g in ((".xml", gx), (".pdf", gp)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {npages} pages, {len(pdf) // 1024} KiB PDF, {len(gp['outcomes'])} outcome rows")
    names = sorted(s + x for s in stems for x in (".pdf", ".xml"))
    (HERE / "split.json").write_text(json.dumps({"tune": names}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
