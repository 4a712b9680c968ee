"""Build the glacier tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/glacier/generate.py

Reuses the external set's renderer and gold builder (imported, not copied); three papers
use layout habits of our own (``layouts.py``). Deterministic. Every gold quote is looked
up on its PDF page and in the XML text; any miss stops the build. ``READY`` is touched
after a build that passes its checks.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE.parents[1]))

import importlib.util

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml

# external/generate.py shares this file's name: load it under its own module name
_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
_ext = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_ext)  # type: ignore[union-attr]
check_vocabulary, gold_for, normalise, verify = _ext.check_vocabulary, _ext.gold_for, _ext.normalise, _ext.verify
from layouts import CUSTOM, render_custom
from studies import FOOTERS, STUDIES


def build(study: Study) -> tuple[bytes, list[str], dict[str, int]]:
    if study.layout in CUSTOM:
        pdf, pages = render_custom(study, FOOTERS.get(study.stem, ""))
    else:
        pdf, pages = render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        texts = [p.get_text() for p in doc]
    return pdf, texts, pages


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for study in STUDIES:
        check_vocabulary(study)
        xml = render_xml(study)
        xml_text = normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, page_texts, pages = build(study)
        for suffix, g in ((".xml", gold_for(study, study.stem + ".xml", None)),
                          (".pdf", gold_for(study, study.stem + ".pdf", pages))):
            verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
