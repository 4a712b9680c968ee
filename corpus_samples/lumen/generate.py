"""Build the lumen tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/lumen/generate.py

Reuses the external set's renderer, gold builder and quote check (imported, unchanged);
adds two layouts of its own (``lumengen/layouts.py``). Deterministic. Every gold quote is
looked up on its PDF page and in the XML text; any miss stops the build. ``READY`` is
touched after a build that passed all checks.
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

import defusedxml.ElementTree as DET
import pymupdf
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from lumengen.layouts import render_pdf_lumen
from lumengen.studies_one import STUDIES as ONE
from lumengen.studies_two import STUDIES as TWO


def _external_generate():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()
STUDIES = [*ONE, *TWO]


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    (HERE / "READY").unlink(missing_ok=True)
    names = []
    for study in STUDIES:
        EXT.check_vocabulary(study)
        xml = render_xml(study)
        xml_text = EXT.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = (render_pdf if study.layout in ("single", "twocol") else render_pdf_lumen)(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix in (".xml", ".pdf"):
            g = EXT.gold_for(study, study.stem + suffix, pages if suffix == ".pdf" else None)
            EXT.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem} [{study.layout}]: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
