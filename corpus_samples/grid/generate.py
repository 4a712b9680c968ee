"""Build the grid corpus: BBB/BMS score tables in many journal shapes, PDF + JATS + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/grid/generate.py

Deterministic (reportlab invariant mode, no randomness). Reuses the external corpus's
renderer and checks (``corpus_samples/external``, imported, never modified). Every gold
quote is looked up on its PDF page and in the JATS text; any miss stops the build.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
sys.path[:0] = [str(HERE), str(EXTERNAL), str(HERE.parents[1])]

import defusedxml.ElementTree as DET
import pymupdf
from gridgen.gold import gold_for
from gridgen.render import render_pdf, render_xml
from gridgen.studies import STUDIES


def _external_checks():  # type: ignore[no-untyped-def]
    """The external build's normalise / vocabulary / quote checks, loaded under another name."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ext = _external_checks()
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    docs: list[str] = []
    outputs: list[tuple[Path, bytes]] = []  # written only once every study has passed its checks
    for study in STUDIES:
        ext.check_vocabulary(study)
        xml = render_xml(study)
        xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = render_pdf(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix in (".xml", ".pdf"):
            g = gold_for(study, study.stem + suffix, pages if suffix == ".pdf" else None)
            ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            outputs.append((gold_dir / f"{study.stem}{suffix}.json",
                            (json.dumps(g, ensure_ascii=False, indent=1) + "\n").encode("utf-8")))
            docs.append(study.stem + suffix)
        outputs += [(HERE / f"{study.stem}.xml", xml.encode("utf-8")), (HERE / f"{study.stem}.pdf", pdf)]
        rows = len(gold_for(study, "x", None)["outcomes"])
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB, {rows} rows")
    for path, data in outputs:
        path.write_bytes(data)
    split = {"_comment": "The grid corpus is for tuning the extractors: every document is in 'tune'.",
             "tune": sorted(docs)}
    (HERE / "split.json").write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
