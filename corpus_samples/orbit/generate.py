"""Build the orbit tuning corpus: studies x (JATS XML + PDF) + gold, from ``orbitgen/``.

Run from the repository root::

    .venv/bin/python corpus_samples/orbit/generate.py

Deterministic. Reuses the external set's renderer pieces, quote normalisation and
checks (``corpus_samples/external/extgen`` + ``generate.py``, imported, not copied); the
tables are orbit's own (``orbitgen/tables.py``). Every gold quote is looked up on its PDF
page and in the XML text; any miss stops the build. ``READY`` is touched after a
successful build.
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
from extgen.model import Study, bbb_in, collapse, plain, quotes_in
from generate import check_vocabulary, normalise, verify
from orbitgen import tables
from orbitgen.pdf import render_pdf
from orbitgen.studies_a import STUDIES as STUDIES_A
from orbitgen.studies_b import STUDIES as STUDIES_B
from orbitgen.xml import render_xml

STUDIES: list[Study] = [*STUDIES_A, *STUDIES_B]


def _blocks(study: Study) -> list[tuple[str, str]]:
    """(PDF key, markup) of every block that can hold a quote or a score."""
    out = [(f"abs{i}", t) for i, (_, t) in enumerate(study.abstract)]
    for si, (_t, _h, blocks) in enumerate(study.sections):
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append((f"s{si}.{bi}", b))
            elif b[0] in ("table", "figure"):
                out.append((f"cap:{b[1]}", b[2]))
                if b[0] == "table" and b[3].get("foot"):
                    out.append((f"foot:{b[1]}", b[3]["foot"]))
    out += [(f"back{i}", t) for i, (_, t) in enumerate(study.back)]
    return out


def _row(study: Study, document: str, group: str, day: float, source: str, page: int | None,
         quote: str) -> dict[str, Any]:
    s = study.scores
    mean, err = s.values[group][day]
    return {"document": document, "outcome": s.outcome, "group": group, "arm": s.arm(group), "day": day,
            "mean": mean, "sd": err if s.err == "sd" else None, "sem": err if s.err == "sem" else None,
            "n": s.n(group), "source": source, "page": page, "quote": quote}


def gold_for(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export for one rendering (``pages`` None for XML)."""
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
    for key, markup in _blocks(study):
        for fields, quote in quotes_in(markup):
            for f in fields:
                if f not in values:
                    raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
                ev.setdefault(f, []).append({"page": page(key), "quote": quote})
        for group, day, style in bbb_in(markup):
            rows.append(_row(study, document, group, day, "text", page(key), study.scores.cell(group, day, style)))
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "table":
                continue
            spec = b[3]
            grid = tables.build(spec, study.scores)
            cont = spec.get("cont")
            for (g, d), (r, quote) in grid.cells.items():
                part = 2 if cont is not None and r >= cont else 1
                rows.append(_row(study, document, g, d, "table", page(f"tab:{b[1]}#{part}"), quote))
    missing = [f for f in values if f not in ev]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    entry: dict[str, Any] = {"document": document,
                             "fields": {f: {"value": values[f], "evidence": ev[f]} for f in values}}
    if study.notes:
        entry["notes"] = list(study.notes)
    return {"studies": [entry], "outcomes": rows}


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    stems = []
    for study in STUDIES:
        check_vocabulary(study)
        xml = render_xml(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = normalise("".join(root.itertext()))
        pdf, pages = render_pdf(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix, g in ((".xml", gold_for(study, study.stem + ".xml", None)),
                          (".pdf", gold_for(study, study.stem + ".pdf", pages))):
            verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        stems.append(study.stem)
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words")
    split = {"tune": sorted(s + x for s in stems for x in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
