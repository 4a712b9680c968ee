"""Build the ember tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/ember/generate.py

Reuses the external set's renderer and gold code (``corpus_samples/external``), adding the
layout habits of ``habits.py``. Deterministic. Every gold quote is looked up on its PDF page
and in the XML text; any miss stops the build. ``READY`` is touched after a passing build.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE.parents[1]))

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)

from extgen.model import Study, collapse  # noqa: E402
from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402
from habits import as_plain, render_pdf_habits, second_part  # noqa: E402
from papers_a import PAPERS as PAPERS_A  # noqa: E402
from papers_b import PAPERS as PAPERS_B  # noqa: E402

PAPERS: list[tuple[Study, set[str]]] = [*PAPERS_A, *PAPERS_B]


def pdf_gold(study: Study, pages: dict[str, int]) -> dict:
    """Gold of the PDF rendering; rows of a continued table carry the continuation page."""
    g = ext.gold_for(as_plain(study), study.stem + ".pdf", pages)
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if not isinstance(b, str) and b[0] == "xtable":
                later = set(second_part(b[3]))
                for row in g["outcomes"]:
                    if row["source"] == "table" and (row["group"], row["day"]) in later:
                        row["page"] = pages[f"tab2:{b[1]}"]
    return g


def build(study: Study, habits: set[str]) -> tuple[bytes, str, dict, dict, int]:
    plain_study = as_plain(study)
    ext.check_vocabulary(study)
    xml = render_xml(plain_study)
    root = DET.fromstring(xml.encode("utf-8"))
    xml_text = ext.normalise("".join(root.itertext()))
    uses_x = any(not isinstance(b, str) and b[0] == "xtable" for _t, _h, bl in study.sections for b in bl)
    pdf, pages = render_pdf_habits(study, habits) if habits or uses_x else render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gx = ext.gold_for(plain_study, study.stem + ".xml", None)
    gp = pdf_gold(study, pages)
    ext.verify(gx, None, xml_text)
    ext.verify(gp, page_texts, None)
    return pdf, xml, gp, gx, len(page_texts)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for study, habits in PAPERS:
        pdf, xml, gp, gx, npages = build(study, habits)
        for suffix, g in ((".pdf", gp), (".xml", gx)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        names += [study.stem + ".pdf", study.stem + ".xml"]
        print(f"{study.stem}: {npages} pages, {len(pdf) // 1024} KiB PDF, {len(gp['outcomes'])} rows,"
              f" habits={sorted(habits) or '-'}, {len(collapse(xml).split())} xml tokens")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
