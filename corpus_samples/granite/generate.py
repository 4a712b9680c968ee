"""Build the granite tuning corpus: studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/granite/generate.py

Reuses the external corpus's renderer and checks (``corpus_samples/external``), with this
folder's score formats and tables (``gmodel``) and two page habits of its own (``layouts``).
Deterministic. Every gold quote is looked up on its PDF page and in the XML text after
rendering; any miss stops the build and ``READY`` is not touched.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
sys.path[:0] = [str(HERE), str(EXTERNAL), str(HERE.parents[1])]

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
ext = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(ext)  # type: ignore[union-attr]

from extgen.model import Study, bbb_in, collapse, plain, quotes_in  # noqa: E402
from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402
from gmodel import GScores, install, table_quotes  # noqa: E402
from layouts import render_custom  # noqa: E402
from studies_one import STUDIES as ONE  # noqa: E402
from studies_two import STUDIES as TWO  # noqa: E402

STUDIES: list[Study] = [*ONE, *TWO]


def gold_for(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export for one rendering (``pages`` None for XML)."""
    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    s: GScores = study.scores  # type: ignore[assignment]
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
    if pages is None:
        values.update(pmid=study.pmid, pmcid=study.pmcid)
        ev["pmid"] = [{"page": None, "quote": study.pmid}]
        ev["pmcid"] = [{"page": None, "quote": study.pmcid}]
    rows: list[dict[str, Any]] = []
    for key, markup in ext._blocks(study):
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
                for g, d, q in table_quotes(b[3], s):
                    rows.append(_row(study, document, g, d, "table", page(f"tab:{b[1]}"), q))
    missing = [f for f in values if f not in ev]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    entry: dict[str, Any] = {"document": document,
                             "fields": {f: {"value": values[f], "evidence": ev[f]} for f in values}}
    if study.notes:
        entry["notes"] = list(study.notes)
    return {"studies": [entry], "outcomes": rows}


def _row(study: Study, document: str, group: str, day: float, source: str, page: int | None,
         quote: str) -> dict[str, Any]:
    s: GScores = study.scores  # type: ignore[assignment]
    if day <= 0:
        raise SystemExit(f"{study.stem}: a text score at day {day} (pre-injury) would be a gold row")
    row = {"document": document, "outcome": s.outcome, "group": s.labels.get(group, group),
           "arm": s.arm(group), "day": day, "n": s.n(group), "source": source, "page": page, "quote": quote}
    row.update(s.row_values(group, day))
    return row


def main() -> None:
    install()
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for study in STUDIES:
        ext.check_vocabulary(study)
        xml = render_xml(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = ext.normalise("".join(root.itertext()))
        pdf, pages = render_custom(study) if study.layout in ("preprint", "sidebar") else render_pdf(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix, g in ((".xml", gold_for(study, study.stem + ".xml", None)),
                          (".pdf", gold_for(study, study.stem + ".pdf", pages))):
            ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
