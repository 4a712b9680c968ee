"""Build the pebble tuning corpus: 6 studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/pebble/generate.py

Reuses the external corpus's study model, renderers and gold/verify functions (imported,
not copied); studies whose ``layout`` is ``manuscript`` or ``bulletin`` are drawn by
``pebgen/layouts.py``. Deterministic. Every gold quote is looked up on its PDF page and in
the XML text; any miss stops the build. ``READY`` is touched after a passing build.
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

import defusedxml.ElementTree as DET
import pymupdf

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)

from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from pebgen.layouts import render_pdf_pebble
from pebgen.studies_1 import STUDIES as STUDIES_1
from pebgen.studies_2 import STUDIES as STUDIES_2

STUDIES: list[Study] = [*STUDIES_1, *STUDIES_2]


def _fix_split_pages(study: Study, gold: dict[str, Any], pages: dict[str, int]) -> None:
    """Rows printed under "Table N (continued)" are on the continuation's page."""
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "table" or b[3].get("split") is None:
                continue
            spec, cut = b[3], b[3]["split"]
            later = spec["days"][cut:] if spec["orient"] == "rows" else spec["groups"][cut:]
            for row in gold["outcomes"]:
                if row["source"] != "table":
                    continue
                if (row["day"] if spec["orient"] == "rows" else row["group"]) in later:
                    row["page"] = pages[f"tab:{b[1]}#2"]


def build(study: Study) -> tuple[str, bytes, dict[str, dict[str, Any]]]:
    ext.check_vocabulary(study)
    xml = render_xml(study)
    xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    own = study.layout in ("manuscript", "bulletin")
    pdf, pages = (render_pdf_pebble if own else render_pdf)(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    golds = {}
    for suffix in (".xml", ".pdf"):
        g = ext.gold_for(study, study.stem + suffix, None if suffix == ".xml" else pages)
        if suffix == ".pdf":
            _fix_split_pages(study, g, pages)
        ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
        golds[suffix] = g
    print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
          f"{len(collapse(xml_text).split())} words, {len(golds['.pdf']['outcomes'])} rows")
    return xml, pdf, golds


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for study in STUDIES:
        xml, pdf, golds = build(study)
        for suffix, g in golds.items():
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        names += [study.stem + ".pdf", study.stem + ".xml"]
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
