"""Build the cobalt tuning corpus: 6 studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/cobalt/generate.py

Reuses the external corpus's renderer and gold builder (imported, not copied) and adds
study-design tables and two layouts of its own (``cogen/render.py``). Deterministic. Every
gold quote is looked up on its PDF page and in the XML text; any miss stops the build, and
``READY`` is touched only after a build that passed.
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

import defusedxml.ElementTree as DET
import pymupdf

_spec = importlib.util.spec_from_file_location("ext_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)  # the external build's gold_for / verify / check_vocabulary

from cogen import render
from cogen.studies_a import STUDIES as STUDIES_A
from cogen.studies_b import STUDIES as STUDIES_B
from extgen.render_xml import render_xml

STUDIES = [*STUDIES_A, *STUDIES_B]


def main() -> None:
    render.install(ext)
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    (HERE / "READY").unlink(missing_ok=True)
    names: list[str] = []
    for study in STUDIES:
        ext.check_vocabulary(study)
        xml = render_xml(study)
        xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = render.render(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix in (".pdf", ".xml"):
            g = ext.gold_for(study, study.stem + suffix, pages if suffix == ".pdf" else None)
            ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
