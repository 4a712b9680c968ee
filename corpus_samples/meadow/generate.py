"""Build the 'meadow' tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/meadow/generate.py

Reuses the external set's renderer, gold builder and quote check (imported, not copied);
``habits.py`` adds layout habits that renderer lacks. Deterministic. After rendering every
gold quote is looked up on its PDF page and in the XML text; any miss stops the build,
and ``READY`` is touched only after a build whose checks all passed.
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

_spec = importlib.util.spec_from_file_location("ext_generate", EXTERNAL / "generate.py")
ext = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(ext)  # type: ignore[union-attr]

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

import habits  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402
from meadow_a import STUDIES as STUDIES_A  # noqa: E402
from meadow_b import STUDIES as STUDIES_B  # noqa: E402

STUDIES = [*STUDIES_A, *STUDIES_B]


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    habits.install()
    names = []
    for study in STUDIES:
        ext.check_vocabulary(study)
        xml = render_xml(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = ext.normalise("".join(root.itertext()))
        pdf, pages = habits.render_pdf(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix, g in ((".xml", ext.gold_for(study, study.stem + ".xml", None)),
                          (".pdf", ext.gold_for(study, study.stem + ".pdf", pages))):
            ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"habits={sorted(habits.HABITS.get(study.stem, ())) or '-'}")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
