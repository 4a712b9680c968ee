"""Build the 'brook' tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/brook/generate.py

Deterministic. Reuses the external corpus's renderer and gold builder (imported from
``corpus_samples/external``, never modified) and adds the layout habits in
``brookgen/render.py``. Every quote is checked on its PDF page and in the JATS text; any
miss stops the build. ``READY`` is touched after a build whose checks all pass.
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
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

import defusedxml.ElementTree as DET
import pymupdf
from brookgen.render import render_pdf
from brookgen.studies_east import STUDIES as EAST
from brookgen.studies_west import STUDIES as WEST
from extgen.model import Study, collapse
from extgen.render_xml import render_xml

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec and _spec.loader
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)  # the external gold builder and checks (its own studies unused)

STUDIES: list[Study] = [*EAST, *WEST]


def _continued_pages(study: Study, gold: dict[str, Any], pages: dict[str, int]) -> None:
    """Table rows printed after a page break ("Table n (continued)") sit on the later page."""
    if study.layout in ("single", "twocol"):  # the external layouts never split a table
        return
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "table" or not b[3].get("split"):
                continue
            spec, k = b[3], b[3]["split"]
            later_days = set(spec["days"][k:]) if spec["orient"] == "rows" else set(spec["days"])
            later_groups = set(spec["groups"]) if spec["orient"] == "rows" else set(spec["groups"][k:])
            for row in gold["outcomes"]:
                if row["source"] == "table" and row["day"] in later_days and row["group"] in later_groups:
                    row["page"] = pages[f"tab:{b[1]}:cont"]


def build(study: Study) -> tuple[bytes, str, dict[str, dict[str, Any]], int]:
    ext.check_vocabulary(study)
    xml = render_xml(study)
    root = DET.fromstring(xml.encode("utf-8"))
    xml_text = ext.normalise("".join(root.itertext()))
    pdf, pages = render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    golds = {}
    for suffix in (".xml", ".pdf"):
        g = ext.gold_for(study, study.stem + suffix, pages if suffix == ".pdf" else None)
        if suffix == ".pdf":
            _continued_pages(study, g, pages)
        ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
        golds[suffix] = g
    return pdf, xml, golds, len(page_texts)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for study in STUDIES:
        pdf, xml, golds, n_pages = build(study)
        for suffix, g in golds.items():
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        names += [study.stem + ".pdf", study.stem + ".xml"]
        print(f"{study.stem}: {n_pages} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml).split())} tokens of XML")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
