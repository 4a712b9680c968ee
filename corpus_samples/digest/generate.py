"""Build the digest corpus: invented studies x (JATS XML + PDF) + gold, for TUNING extractors.

Run from the repository root::

    .venv/bin/python corpus_samples/digest/generate.py

Reuses the external corpus renderer and gold helpers (imported from
``corpus_samples/external``; nothing there is modified). Deterministic. After rendering,
every gold quote and every score row is looked up on its PDF page and in the XML text;
any miss stops the build and READY is not touched.
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
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE))

import defusedxml.ElementTree as DET
import pymupdf

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
ext = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(ext)  # type: ignore[union-attr]

from dgen import layouts
from dgen.markup import fmt_score, resolved, row, scores_in, table_cell
from dgen.studies_one import HABITS as HABITS_ONE
from dgen.studies_one import STUDIES as STUDIES_ONE
from extgen.model import Study
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml

try:
    from dgen.studies_two import HABITS as HABITS_TWO
    from dgen.studies_two import STUDIES as STUDIES_TWO
except ImportError:  # the second batch is written after the first is checked
    STUDIES_TWO, HABITS_TWO = [], {}

STUDIES: list[Study] = [*STUDIES_ONE, *STUDIES_TWO]
HABITS: dict[str, list[str]] = {**HABITS_ONE, **HABITS_TWO}


def outcome_rows(study: Study, document: str, pages: dict[str, int] | None) -> list[dict[str, Any]]:
    """One row per score printed: digest markers in prose/captions, then table cells."""
    rows = []
    for key, markup in ext._blocks(study):
        for group, day, style in scores_in(markup):
            text, mean, err = fmt_score(study.scores, group, day, style)
            rows.append(row(study, document, group, day, "text", None if pages is None else pages[key],
                            text, mean, err))
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table":
                page = None if pages is None else pages[f"tab:{b[1]}"]
                for g in b[3]["groups"]:
                    for d in b[3]["days"]:
                        text, mean, err = table_cell(study.scores, g, d)
                        rows.append(row(study, document, g, d, "table", page, text, mean, err))
    return rows


def gold(study: Study, flat: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    g = ext.gold_for(flat, document, pages)  # fields and evidence; its score rows are replaced
    g["outcomes"] = outcome_rows(study, document, pages)
    return g


def build(study: Study) -> tuple[str, bytes, dict[str, Any], dict[str, Any], int]:
    ext.check_vocabulary(study)
    flat = resolved(study)
    xml = render_xml(flat)
    xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = render_pdf(flat)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        layouts.apply_page_habits(doc, study, HABITS.get(study.stem, []))
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gx = gold(study, flat, study.stem + ".xml", None)
    gp = gold(study, flat, study.stem + ".pdf", pages)
    ext.verify(gx, None, xml_text)
    ext.verify(gp, page_texts, None)
    return xml, pdf, gx, gp, len(page_texts)


def main() -> None:
    layouts.install()
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    built = [(s, *build(s)) for s in STUDIES]  # everything checked before anything is written
    (HERE / "READY").unlink(missing_ok=True)
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for study, xml, pdf, gx, gp, n_pages in built:
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        for suffix, g in ((".xml", gx), (".pdf", gp)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{study.stem}: {n_pages} pages, {len(pdf) // 1024} KiB PDF, {len(gp['outcomes'])} score rows")
    docs = sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml"))
    (HERE / "split.json").write_text(json.dumps({"tune": docs}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").write_text(f"{len(stems)} studies\n", encoding="utf-8")


if __name__ == "__main__":
    main()
