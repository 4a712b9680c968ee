"""Build the mosaic tuning corpus: 4 studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/mosaic/generate.py

Reuses the external set's renderer and gold/verify functions (imported, not copied).
Adds one layout habit the renderer lacks: an accepted-manuscript PDF (``AM_STEMS``) with a
running "accepted manuscript" banner and line numbers down the left margin, stamped after
rendering. Deterministic; every gold quote is re-checked on the final PDF pages.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
EXT = HERE.parent / "external"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(EXT))
sys.path.insert(0, str(HERE.parents[1]))

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

_spec = importlib.util.spec_from_file_location("external_generate", EXT / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)

from extgen.model import collapse  # noqa: E402
from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402
from studies import STUDIES  # noqa: E402

AM_STEMS = {"basaran2023_hadmsc_exo_intralesional_am"}


def accepted_manuscript(pdf: bytes) -> bytes:
    """Stamp margin line numbers (every 5th, continuous across pages) and a banner on each page.

    Stamped text goes at the end of each page's content stream, so the body text order (and
    every quote) is unchanged; the numbers are noise a extractor must ignore.
    """
    line = 0
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            h = page.rect.height
            page.insert_text((40, 30), "ACCEPTED MANUSCRIPT - this is not the version of record",
                             fontname="helv", fontsize=7)
            y = 70.0
            while y < h - 60:
                line += 1
                if line % 5 == 0:
                    page.insert_text((18, y), str(line), fontname="helv", fontsize=6.5)
                y += 13.2
        return doc.tobytes(no_new_id=True)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names: list[str] = []
    for study in STUDIES:
        ext.check_vocabulary(study)
        xml = render_xml(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = ext.normalise("".join(root.itertext()))
        pdf, pages = render_pdf(study)
        if study.stem in AM_STEMS:
            pdf = accepted_manuscript(pdf)
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
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        names += [study.stem + ".pdf", study.stem + ".xml"]
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words")
    split = {"_comment": "The mosaic corpus is for tuning only: every document is listed under tune.",
             "tune": sorted(names)}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
