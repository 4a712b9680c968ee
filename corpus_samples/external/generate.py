"""Build the external held-out corpus: 10 studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/external/generate.py

Deterministic (reportlab invariant mode, no randomness). After rendering, every gold
quote is looked up on its PDF page and in the XML text; any miss stops the build.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

from extgen.model import Study, bbb_in, collapse, plain, quotes_in  # noqa: E402
from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402
from extgen.studies_a import STUDIES as STUDIES_A  # noqa: E402
from extgen.studies_b import STUDIES as STUDIES_B  # noqa: E402
from miner.contract import ENUMS, FIELD_KINDS, LIST_ENUMS  # noqa: E402

STUDIES: list[Study] = [*STUDIES_A, *STUDIES_B]


def normalise(text: str) -> str:
    """How quotes are compared with page text (same rule as the tests)."""
    text = text.replace("\u03bc", "\u00b5").replace("\u00ad", "")
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    return " ".join(text.split())


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


def gold_for(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export for one rendering (``pages`` None for XML)."""
    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    ev: dict[str, list[dict[str, Any]]] = {}
    biblio = {"first_author": ("authors", study.first_author), "title": ("title", plain(study.title)),
              "journal": ("journal", study.journal), "year": ("journal", str(study.year)),
              "doi": ("doi", study.doi)}
    values = dict(study.values)
    values.update(first_author=study.first_author, title=plain(study.title), journal=study.journal,
                  year=study.year, doi=study.doi.lower())
    for name, (key, quote) in biblio.items():
        ev[name] = [{"page": page(key), "quote": quote}]
    if pages is None:  # the PDF layout does not print PubMed ids; the JATS front matter does
        values.update(pmid=study.pmid, pmcid=study.pmcid)
        ev["pmid"] = [{"page": None, "quote": study.pmid}]
        ev["pmcid"] = [{"page": None, "quote": study.pmcid}]
    rows: list[dict[str, Any]] = []
    s = study.scores
    for key, markup in _blocks(study):
        for fields, quote in quotes_in(markup):
            for f in fields:
                if f not in values:
                    raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
                ev.setdefault(f, []).append({"page": page(key), "quote": quote})
        for group, day, style in bbb_in(markup):
            rows.append(_row(study, document, group, day, "text", page(key), s.cell(group, day, style)))
    for si, (_t, _h, blocks) in enumerate(study.sections):
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table":
                for g in b[3]["groups"]:
                    for d in b[3]["days"]:
                        rows.append(_row(study, document, g, d, "table", page(f"tab:{b[1]}"), s.cell(g, d)))
    missing = [f for f in values if f not in ev]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    fields = {f: {"value": values[f], "evidence": ev[f]} for f in values}
    entry: dict[str, Any] = {"document": document, "fields": fields}
    if study.notes:
        entry["notes"] = list(study.notes)
    return {"studies": [entry], "outcomes": rows}


def _row(study: Study, document: str, group: str, day: float, source: str, page: int | None,
         quote: str) -> dict[str, Any]:
    s = study.scores
    mean, err = s.values[group][day]
    return {"document": document, "outcome": s.outcome, "group": group, "arm": s.arm(group), "day": day,
            "mean": mean, "sd": err if s.err == "sd" else None, "sem": err if s.err == "sem" else None,
            "n": s.n(group), "source": source, "page": page, "quote": quote}


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


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for study in STUDIES:
        check_vocabulary(study)
        xml = render_xml(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = normalise("".join(root.itertext()))
        pdf, pages = render_pdf(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
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
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words")


if __name__ == "__main__":
    main()
