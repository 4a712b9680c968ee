"""Build the amber tuning corpus: 6 studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/amber/generate.py

Reuses the external corpus's records, renderers and gold/verify code (imported, never
modified); ``amgen/manuscript.py`` adds design tables and a manuscript layout. Deterministic.
Every gold quote is looked up on its PDF page and in the XML text; any miss stops the build,
and only a build that passes touches ``READY``.
"""

from __future__ import annotations

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
from amgen.manuscript import gold_shadow, render_pdf_amber, render_xml_amber
from amgen.studies_1 import STUDIES as STUDIES_1
from amgen.studies_2 import STUDIES as STUDIES_2
from extgen.model import Study, collapse


def _load_external() -> object:
    """corpus_samples/external/generate.py (gold_for, verify, ...), loaded by path: its module
    name would otherwise resolve to this file."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ext: Any = _load_external()

STUDIES: list[Study] = [*STUDIES_1, *STUDIES_2]


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    (HERE / "READY").unlink(missing_ok=True)
    names = []
    for study in STUDIES:
        ext.check_vocabulary(study)
        xml = render_xml_amber(study)
        xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = render_pdf_amber(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        shadow = gold_shadow(study)
        for suffix in (".xml", ".pdf"):
            g = ext.gold_for(shadow, study.stem + suffix, None if suffix == ".xml" else pages)
            ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words")
    split = {"tune": sorted(names), "note": "amber: written to tune extractors on; all documents are for tuning"}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
