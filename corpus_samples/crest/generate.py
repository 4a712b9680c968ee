"""Build the 'crest' tuning corpus: 6 studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/crest/generate.py

The studies (``crestgen/studies_a.py`` .. ``studies_c.py``) are rendered with the
external set's renderer (``corpus_samples/external/extgen``, imported, never modified) plus the
layout habits of ``crestgen/habits.py``. Gold is made and checked by the external generator's
``gold_for`` / ``verify``: every quote is looked up on its PDF page and in the JATS text, and any
miss stops the build. On success ``READY`` is touched. Deterministic (reportlab invariant mode).
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


def _external_generator():  # type: ignore[no-untyped-def]
    # Both generators are called generate.py: load the external one under its own name.
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ext = _external_generator()

import defusedxml.ElementTree as DET
import pymupdf
from crestgen.habits import install
from crestgen.studies_a import STUDIES as STUDIES_A
from crestgen.studies_b import STUDIES as STUDIES_B
from crestgen.studies_c import STUDIES as STUDIES_C
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml

STUDIES = [*STUDIES_A, *STUDIES_B, *STUDIES_C]

# Page-level habits per study (table habits live in each table's spec).
HABITS: dict[str, set[str]] = {
    "ren2023_rbmsc_sev_exoquick_daily_iv": {"line_numbers"},
    "kurt2020_radmsc_exo_clip_ip": {"line_numbers"},
}


def main() -> None:
    install(HABITS)
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names: list[str] = []
    for study in STUDIES:
        ext.check_vocabulary(study)
        xml = render_xml(study)
        xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = render_pdf(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix in (".xml", ".pdf"):
            g = ext.gold_for(study, study.stem + suffix, pages if suffix == ".pdf" else None)
            ext.verify(
                g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None
            )
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF")
    split = {"tune": sorted(names)}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
