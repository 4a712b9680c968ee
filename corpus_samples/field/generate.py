"""Build the ``field`` tuning corpus: studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/field/generate.py

Reuses the external set's renderers and checks (``corpus_samples/external/extgen`` and
``generate.py``: imported, never modified) and adds this corpus's score styles, rich
tables and the accepted-manuscript layout (``fieldgen/``).  Deterministic.  Every gold
quote is looked up on its PDF page and in the JATS text; any miss stops the build, and
``READY`` is touched only after every study passed.
"""

from __future__ import annotations

import dataclasses
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
from extgen.model import Study, collapse, plain, quotes_in
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml


def _external_build():  # type: ignore[no-untyped-def]
    """The external build's module, loaded by path (its name would clash with this file's)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


_EXT = _external_build()
# The external build's block walker, vocabulary check and quote verification.
_blocks, check_vocabulary, normalise, verify = _EXT._blocks, _EXT.check_vocabulary, _EXT.normalise, _EXT.verify

from fieldgen import tables
from fieldgen.manuscript import render_manuscript
from fieldgen.markup import resolve_scores, scores_in
from fieldgen.studies_1 import STUDIES as STUDIES_1

STUDIES: list[Study] = [*STUDIES_1]
try:  # the second batch is written after the first is in place
    from fieldgen.studies_2 import STUDIES as STUDIES_2
    STUDIES += STUDIES_2
except ImportError:
    pass


def resolved(study: Study) -> Study:
    """The study with score markers written out (what both renderers receive)."""
    def r(text: str) -> str:
        return resolve_scores(text, study.scores)

    def block(b: Any) -> Any:
        if isinstance(b, str):
            return r(b)
        if b[0] in ("table", "figure"):
            spec = dict(b[3])
            if spec.get("foot"):
                spec["foot"] = r(spec["foot"])
            return (b[0], b[1], r(b[2]), spec)
        return b

    return dataclasses.replace(
        study, title=r(study.title), abstract=[(lab, r(t)) for lab, t in study.abstract],
        sections=[(t, h, [block(b) for b in bl]) for t, h, bl in study.sections],
        back=[(h, r(t)) for h, t in study.back])


def _row(study: Study, document: str, group: str, day: float, source: str, page: int | None,
         style: str | None) -> dict[str, Any]:
    s = study.scores
    mean, err = s.values[group][day]
    if style == "mean":  # only the mean is written: no spread to extract
        sd = sem = None
    else:
        sd, sem = (err, None) if s.err == "sd" else (None, err)
    return {"document": document, "outcome": s.outcome, "group": group, "arm": s.arm(group), "day": day,
            "mean": mean, "sd": sd, "sem": sem, "n": s.n(group), "source": source, "page": page,
            "quote": s.cell(group, day, style)}


def gold_for(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export of one rendering (``pages`` is None for the JATS file)."""
    xml = pages is None

    def page(key: str) -> int | None:
        return None if xml else pages[key]  # type: ignore[index]

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
    if xml:
        values.update(pmid=study.pmid, pmcid=study.pmcid)
        ev["pmid"] = [{"page": None, "quote": study.pmid}]
        ev["pmcid"] = [{"page": None, "quote": study.pmcid}]
    rows: list[dict[str, Any]] = []
    for key, markup in _blocks(study):
        for fields, quote in quotes_in(markup):
            for f in fields:
                if f not in values:
                    raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
                ev.setdefault(f, []).append({"page": page(key), "quote": resolve_scores(quote, study.scores)})
        for group, day, style in scores_in(markup):
            rows.append(_row(study, document, group, day, "text", page(key), style))
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "table" or (xml and b[3].get("xml_skip")):
                continue
            groups, days = tables.score_cells(b[3], xml)
            for g in groups:
                for d in days:
                    rows.append(_row(study, document, g, d, "table", page(f"tab:{b[1]}"), b[3].get("style")))
    missing = [f for f in values if f not in ev]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    entry: dict[str, Any] = {"document": document,
                             "fields": {f: {"value": values[f], "evidence": ev[f]} for f in values}}
    if study.notes:
        entry["notes"] = list(study.notes)
    return {"studies": [entry], "outcomes": rows}


def check_citations(study: Study) -> None:
    """Every bracketed citation points into the reference list (no dangling JATS xref)."""
    import re

    text = " ".join(m for _k, m in _blocks(study))
    for m in re.finditer(r"\[(\d+(?:[,–-]\d+)*)\]", text):
        for n in re.findall(r"\d+", m.group(1)):
            if not 1 <= int(n) <= len(study.references):
                raise SystemExit(f"{study.stem}: citation [{n}] but {len(study.references)} references")


def build(study: Study) -> tuple[str, bytes, dict[str, Any], dict[str, Any], int]:
    """XML, PDF and both golds of one study, verified."""
    check_vocabulary(study)
    check_citations(study)
    shown = resolved(study)
    xml = render_xml(shown)
    xml_text = normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = (render_manuscript if study.layout == "manuscript" else render_pdf)(shown)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gx = gold_for(study, study.stem + ".xml", None)
    gp = gold_for(study, study.stem + ".pdf", pages)
    verify(gx, None, xml_text)
    verify(gp, page_texts, None)
    return xml, pdf, gp, gx, len(page_texts)


def main() -> None:
    tables.install()
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    ready = HERE / "READY"
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    built = [(s, *build(s)) for s in STUDIES]  # everything verified before anything is written
    for study, xml, pdf, gp, gx, npages in built:
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        for suffix, g in ((".pdf", gp), (".xml", gx)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{study.stem}: {study.layout}, {npages} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(gp['outcomes'])} outcome rows, {len(collapse(xml).split())} tokens XML")
    split = {"_comment": "Written for tuning: every document of this corpus is in 'tune'.",
             "tune": sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
    ready.touch()


if __name__ == "__main__":
    main()
