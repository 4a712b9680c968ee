"""Build the labs tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/labs/generate.py

Reuses the external corpus's renderer (``corpus_samples/external/extgen``) and its gold
checks; adds the ``{v:...}`` value markup, ``grid`` tables and two layouts of its own
(``labgen``). Deterministic. Every quote is looked up on its PDF page and in the XML text
after rendering; any miss stops the build, and ``READY`` is touched only after a clean run.
"""

from __future__ import annotations

import dataclasses
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

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

from extgen.model import Study, bbb_in, plain, quotes_in  # noqa: E402
from labgen.markup import resolve  # noqa: E402
from labgen.render_pdf import render_lab_pdf  # noqa: E402
from labgen.render_xml import render_xml  # noqa: E402


def _external_generate() -> Any:
    """extgen's build script as a module (its normalise / verify / vocabulary checks)."""
    spec = importlib.util.spec_from_file_location("extgen_generate", EXTERNAL / "generate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EG = _external_generate()


def _studies() -> list[Study]:
    from labgen import studies_1, studies_2, studies_3

    return [*studies_1.STUDIES, *studies_2.STUDIES, *studies_3.STUDIES]


# -- walking the blocks -------------------------------------------------------------

def keyed_blocks(study: Study) -> list[tuple[str, str, str]]:
    """(PDF key, markup, where) of every piece of text that may hold a quote or a value.

    ``where`` is ``text``, ``figure`` (a figure caption) or ``table`` (a grid cell).
    """
    out = [("title", study.title, "text")]
    out += [(f"abs{i}", t, "text") for i, (_, t) in enumerate(study.abstract)]
    for si, (_t, _h, blocks) in enumerate(study.sections):
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append((f"s{si}.{bi}", b, "text"))
            elif b[0] in ("table", "figure", "grid"):
                # A number written in a legend is text the authors wrote (the convention of
                # every corpus); `figure` is for values read off a plot.
                out.append((f"cap:{b[1]}", b[2], "text"))
                if b[0] != "figure" and b[3].get("foot"):
                    out.append((f"foot:{b[1]}", b[3]["foot"], "text"))
                if b[0] == "grid":
                    split = b[3].get("split") or len(b[3]["rows"])
                    for ri, row in enumerate(b[3]["rows"]):
                        key = f"tab:{b[1]}" if ri < split else f"tab:{b[1]}#2"
                        out += [(key, c, "table") for c in row]
                        # header cells are not scanned: headers carry labels, not values
    out += [(f"back{i}", t, "text") for i, (_, t) in enumerate(study.back)]
    return out


def _resolved(study: Study) -> Study:
    """The study with every ``{v:...}`` marker written out (what the renderers see)."""
    def r(markup: str) -> str:
        return resolve(markup, study.scores)[0]

    def block(b: Any) -> Any:
        if isinstance(b, str):
            return r(b)
        if b[0] == "h":
            return b
        spec = dict(b[3])
        if spec.get("foot"):
            spec["foot"] = r(spec["foot"])
        if b[0] == "grid":
            spec["rows"] = [[r(c) for c in row] for row in spec["rows"]]
        return (b[0], b[1], r(b[2]), spec)

    return dataclasses.replace(
        study, title=r(study.title), abstract=[(lab, r(t)) for lab, t in study.abstract],
        sections=[(t, h, [block(b) for b in bl]) for t, h, bl in study.sections],
        back=[(h, r(t)) for h, t in study.back])


def _row(study: Study, document: str, group: str, day: float, source: str, page: int | None,
         quote: str, has_err: bool = True) -> dict[str, Any]:
    row = EG._row(study, document, group, day, source, page, quote)
    if not has_err:
        row["sd"] = row["sem"] = None
    return row


def gold_for(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export of one rendering (``pages`` None for the XML)."""
    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    values = dict(study.values)
    values.update(first_author=study.first_author, title=plain(resolve(study.title, study.scores)[0]),
                  journal=study.journal, year=study.year, doi=study.doi.lower())
    ev: dict[str, list[dict[str, Any]]] = {
        "first_author": [{"page": page("authors"), "quote": study.first_author}],
        "title": [{"page": page("title"), "quote": values["title"]}],
        "journal": [{"page": page("journal"), "quote": study.journal}],
        "year": [{"page": page("journal"), "quote": str(study.year)}],
        "doi": [{"page": page("doi"), "quote": study.doi}],
    }
    if pages is None:
        values.update(pmid=study.pmid, pmcid=study.pmcid)
        ev["pmid"] = [{"page": None, "quote": study.pmid}]
        ev["pmcid"] = [{"page": None, "quote": study.pmcid}]
    rows: list[dict[str, Any]] = []
    for key, markup, where in keyed_blocks(study):
        text, found = resolve(markup, study.scores)
        for fields, quote in quotes_in(text):
            for f in fields:
                if f not in values:
                    raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
                if f not in ("title",):
                    ev.setdefault(f, []).append({"page": page(key), "quote": quote})
        for v in found:
            rows.append(_row(study, document, v.group, v.day, where, page(key), v.quote, v.has_err))
        for group, day, style in bbb_in(text):
            rows.append(_row(study, document, group, day, where, page(key), study.scores.cell(group, day, style)))
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table":
                for g in b[3]["groups"]:
                    for d in b[3]["days"]:
                        rows.append(_row(study, document, g, d, "table", page(f"tab:{b[1]}"), study.scores.cell(g, d)))
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
    ready = HERE / "READY"
    studies = _studies()
    stems = [s.stem for s in studies]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for other in HERE.parent.rglob("*.pdf"):
        if other.stem in stems and other.parent != HERE:
            raise SystemExit(f"{other.stem} collides with {other}")
    built = []
    for study in studies:
        EG.check_vocabulary(study)
        shown = _resolved(study)
        xml = render_xml(shown)
        xml_text = EG.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = render_lab_pdf(shown)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        golds = {".xml": gold_for(study, study.stem + ".xml", None), ".pdf": gold_for(study, study.stem + ".pdf", pages)}
        EG.verify(golds[".xml"], None, xml_text)
        EG.verify(golds[".pdf"], page_texts, None)
        built.append((study, xml, pdf, golds, len(page_texts)))
    for study, xml, pdf, golds, npages in built:
        for suffix, g in golds.items():
            (gold_dir / f"{study.stem}{suffix}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                                 encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {npages} pages, {len(pdf) // 1024} KiB, "
              f"{len(golds['.pdf']['outcomes'])} outcome rows")
    split = {"_comment": "The labs corpus is for tuning extractors: every document is in 'tune'.",
             "tune": sorted(f"{s.stem}{x}" for s, *_ in built for x in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
    ready.touch()


if __name__ == "__main__":
    main()
