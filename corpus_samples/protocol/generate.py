"""Build the protocol tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/protocol/generate.py

Reuses the external corpus's study record, renderers and gold builder (imported, never
modified); adds three layouts of its own (``protgen/render_more.py``). Deterministic. After
rendering, every gold quote is looked up on its PDF page and in the XML text, and the
build stops on any miss; ``READY`` is touched only when every study passed.
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
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE.parents[1]))

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

from extgen.model import Study, collapse  # noqa: E402
from extgen.render_pdf import render_pdf  # noqa: E402
from protgen.render_more import LAYOUTS, render_pdf_more  # noqa: E402
from protgen.studies_1 import STUDIES as STUDIES_1  # noqa: E402
from protgen.studies_2 import STUDIES as STUDIES_2  # noqa: E402
from protgen.xml_more import gold_view, render_xml_more  # noqa: E402

STUDIES: list[Study] = [*STUDIES_1, *STUDIES_2]


def _split_pages(study: Study, gold: dict[str, Any], pages: dict[str, int]) -> None:
    """Rows of a table continued on the next page carry the page they are printed on."""
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "table" or not b[3].get("split"):
                continue
            later = {(g, d) for g in b[3]["groups"] for d in b[3]["days"][b[3]["split"]:]}
            for row in gold["outcomes"]:
                if row["source"] == "table" and (row["group"], row["day"]) in later:
                    row["page"] = pages[f"tab:{b[1]}:2"]


def build(study: Study) -> tuple[str, bytes, dict[str, Any], dict[str, Any], int]:
    ext.check_vocabulary(study)
    xml = render_xml_more(study)
    xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = (render_pdf_more if study.layout in LAYOUTS else render_pdf)(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    view = gold_view(study)
    gx = ext.gold_for(view, study.stem + ".xml", None)
    gp = ext.gold_for(view, study.stem + ".pdf", pages)
    _split_pages(study, gp, pages)
    ext.verify(gx, None, xml_text)
    ext.verify(gp, page_texts, None)
    return xml, pdf, gx, gp, len(page_texts)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    ready = HERE / "READY"
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for study in STUDIES:
        xml, pdf, gx, gp, n_pages = build(study)
        for suffix, g in ((".xml", gx), (".pdf", gp)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {n_pages} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml).split())} words, {len(gp['outcomes'])} outcome rows")
    split = {"_comment": "Written to tune the extractors on: every document is in 'tune'.",
             "tune": sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
    ready.touch()


if __name__ == "__main__":
    main()
