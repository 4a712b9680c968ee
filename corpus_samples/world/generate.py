"""Build the 'world' tuning corpus: studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/world/generate.py

Reuses the external corpus's ``Study`` record, markup and renderers (imported, not copied)
and adds score tokens of more shapes (``wgen/scoremark.py``) and layout habits of its own
(``wgen/layouts.py``). Deterministic. After rendering, every gold quote is looked up on its
PDF page and in the XML text, and PDF/XML gold are compared; any miss stops the build and
``READY`` is only touched when every study passed.
"""

from __future__ import annotations

import json
import re
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

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study, bbb_in, collapse, plain, quotes_in
from extgen.render_pdf import render_pdf
from wgen.layouts import LAYOUTS, render_world_pdf, render_world_xml
from wgen.scoremark import ScoreMention, expand
from wgen.studies_a import STUDIES as STUDIES_A
from wgen.studies_b import STUDIES as STUDIES_B

from miner.contract import ENUMS, FIELD_KINDS, LIST_ENUMS

STUDIES: list[Study] = [*STUDIES_A, *STUDIES_B]


def normalise(text: str) -> str:
    """How quotes are compared with page text (same rule as the tests)."""
    text = text.replace("\u03bc", "\u00b5").replace("\u00ad", "")
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    return " ".join(text.split())


def resolve(study: Study) -> tuple[Study, list[ScoreMention], list[ScoreMention]]:
    """The study with score tokens written out, and its (text, table) score mentions."""
    text: list[ScoreMention] = []
    table: list[ScoreMention] = []
    s = study.scores
    abstract = [(lab, expand(t, s, f"abs{i}", text)) for i, (lab, t) in enumerate(study.abstract)]
    sections = []
    for si, (typ, head, blocks) in enumerate(study.sections):
        new: list[Any] = []
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                new.append(expand(b, s, f"s{si}.{bi}", text))
            elif b[0] in ("table", "figure"):
                spec = dict(b[3])
                if spec.get("foot"):
                    spec["foot"] = expand(spec["foot"], s, f"foot:{b[1]}", text)
                new.append((b[0], b[1], expand(b[2], s, f"cap:{b[1]}", text), spec))
            elif b[0] == "wtable":
                spec = dict(b[3])
                split = spec.get("split") or len(spec["rows"])
                spec["rows"] = [[expand(c, s, f"wt:{b[1]}:{int(ri >= split)}", table) for c in row]
                                for ri, row in enumerate(spec["rows"])]
                if spec.get("foot"):
                    spec["foot"] = expand(spec["foot"], s, f"foot:{b[1]}", text)
                new.append((b[0], b[1], expand(b[2], s, f"cap:{b[1]}", text), spec))
            else:
                new.append(b)
        sections.append((typ, head, new))
    back = [(h, expand(t, s, f"back{i}", text)) for i, (h, t) in enumerate(study.back)]
    return replace(study, abstract=abstract, sections=sections, back=back), text, table


def _blocks(study: Study) -> list[tuple[str, str]]:
    """(page key, markup) of every block that can hold a quote marker."""
    out = [(f"abs{i}", t) for i, (_, t) in enumerate(study.abstract)]
    for si, (_t, _h, blocks) in enumerate(study.sections):
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append((f"s{si}.{bi}", b))
            elif b[0] in ("table", "figure", "wtable"):
                out.append((f"cap:{b[1]}", b[2]))
                if b[3].get("foot"):
                    out.append((f"foot:{b[1]}", b[3]["foot"]))
                if b[0] == "wtable":
                    split = b[3].get("split") or len(b[3]["rows"])
                    out += [(f"wt:{b[1]}:{int(ri >= split)}", c) for ri, row in enumerate(b[3]["rows"]) for c in row]
    out += [(f"back{i}", t) for i, (_, t) in enumerate(study.back)]
    return out


def gold_for(study: Study, mentions: list[tuple[str, ScoreMention]], document: str,
             pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export for one rendering (``pages`` None for XML)."""
    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    ev: dict[str, list[dict[str, Any]]] = {}
    values = dict(study.values)
    values.update(first_author=study.first_author, title=plain(study.title), journal=study.journal,
                  year=study.year, doi=study.doi.lower())
    for name, key, quote in (("first_author", "authors", study.first_author), ("title", "title", plain(study.title)),
                             ("journal", "journal", study.journal), ("year", "journal", str(study.year)),
                             ("doi", "doi", study.doi)):
        ev[name] = [{"page": page(key), "quote": quote}]
    if pages is None:  # the PDFs do not print PubMed ids; the JATS front matter does
        values.update(pmid=study.pmid, pmcid=study.pmcid)
        ev["pmid"] = [{"page": None, "quote": study.pmid}]
        ev["pmcid"] = [{"page": None, "quote": study.pmcid}]
    for key, markup in _blocks(study):
        for cited in re.findall(r"\[(\d+(?:[,–-]\d+)*)\]", markup):
            if max(int(n) for n in re.split(r"[,–-]", cited)) > len(study.references):
                raise SystemExit(f"{study.stem}: citation [{cited}] beyond the reference list")
        if bbb_in(markup):
            raise SystemExit(f"{study.stem}: use world score tokens, not {{bbb:...}}")
        for fields, quote in quotes_in(markup):
            for f in fields:
                if f not in values:
                    raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
                ev.setdefault(f, []).append({"page": page(key), "quote": quote})
    s = study.scores
    rows = []
    for source, m in mentions:
        mean, err = s.values[m.group][m.day]
        rows.append({"document": document, "outcome": s.outcome, "group": m.group, "arm": s.arm(m.group),
                     "day": m.day, "mean": mean,
                     "sd": err if m.with_err and s.err == "sd" else None,
                     "sem": err if m.with_err and s.err == "sem" else None,
                     "n": s.n(m.group), "source": source, "page": page(m.key), "quote": m.quote})
    for _si, (_t, _h, blocks) in enumerate(study.sections):  # external-style score tables
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table":
                for g in b[3]["groups"]:
                    for d in b[3]["days"]:
                        mean, err = s.values[g][d]
                        rows.append({"document": document, "outcome": s.outcome, "group": g, "arm": s.arm(g),
                                     "day": d, "mean": mean, "sd": err if s.err == "sd" else None,
                                     "sem": err if s.err == "sem" else None, "n": s.n(g), "source": "table",
                                     "page": page(f"tab:{b[1]}"), "quote": s.cell(g, d)})
    missing = [f for f in values if f not in ev]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    entry: dict[str, Any] = {"document": document,
                             "fields": {f: {"value": values[f], "evidence": ev[f]} for f in values}}
    if study.notes:
        entry["notes"] = list(study.notes)
    return {"studies": [entry], "outcomes": rows}


def check_vocabulary(study: Study) -> None:
    for f, v in study.values.items():
        if f not in FIELD_KINDS:
            raise SystemExit(f"{study.stem}: {f} is not a contract field")
        if f in ENUMS and v not in ENUMS[f]:
            raise SystemExit(f"{study.stem}: {f}={v!r} outside {ENUMS[f]}")
        if f == "isolation_method" and not set(v) <= set(LIST_ENUMS[f]):
            raise SystemExit(f"{study.stem}: isolation_method {v!r}")


def verify(gold: dict[str, Any], page_texts: list[str] | None, xml_text: str | None) -> None:
    doc = gold["studies"][0]["document"]
    checks = [(f, e["page"], e["quote"]) for f, c in gold["studies"][0]["fields"].items() for e in c["evidence"]]
    checks += [("outcome", r["page"], r["quote"]) for r in gold["outcomes"]]
    for name, page, quote in checks:
        hay = normalise(page_texts[page - 1]) if page_texts is not None else xml_text
        if normalise(quote) not in hay:  # type: ignore[operator]
            raise SystemExit(f"{doc}: {name} quote {quote!r} not found on page {page}")


def build(study: Study) -> tuple[str, bytes, dict[str, Any], dict[str, Any]]:
    """XML text, PDF bytes and the two gold exports of one study (checked)."""
    check_vocabulary(study)
    ready, text_m, table_m = resolve(study)
    mentions = [("text", m) for m in text_m] + [("table", m) for m in table_m]
    world = ready.layout in LAYOUTS
    xml = render_world_xml(ready)
    xml_text = normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = render_world_pdf(ready) if world else render_pdf(ready)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gx = gold_for(ready, mentions, study.stem + ".xml", None)
    gp = gold_for(ready, mentions, study.stem + ".pdf", pages)
    verify(gx, None, xml_text)
    verify(gp, page_texts, None)
    return xml, pdf, gx, gp


def main() -> None:
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    # Build and check everything before writing anything: a failed run leaves the last good
    # corpus (and its READY flag) in place.
    built = [(study, *build(study)) for study in STUDIES]
    for study, xml, pdf, gx, gp in built:
        for suffix, g in ((".xml", gx), (".pdf", gp)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            n_pages = doc.page_count
        print(f"{study.stem}: {study.layout}, {n_pages} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(gp['outcomes'])} outcome rows, {len(gp['studies'][0]['fields'])} fields")
    split = {"_comment": "The world corpus is a tuning set: every document of every study is under 'tune'.",
             "tune": sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml")), "heldout": []}
    (HERE / "split.json").write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
    (HERE / "READY").write_text(collapse(" ".join(sorted(stems))) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
