"""Build the basalt tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/basalt/generate.py

Reuses the external set's renderer and gold/verify functions (imported, never copied or
modified); ``bslayout.py`` adds two page layouts of our own and methods tables. The build
reads every PDF back with PyMuPDF and every XML with defusedxml and stops if a quote is not
on its page / in the text. Deterministic. Touches ``READY`` after a passing build.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE))

import defusedxml.ElementTree as DET
import pymupdf

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)

from bslayout import LAYOUTS, flatten_mtables, render_pdf_basalt, render_xml_basalt
from extgen.model import Study
from extgen.render_pdf import render_pdf
from studies_1 import STUDIES as S1
from studies_2 import STUDIES as S2

STUDIES: list[Study] = [*S1, *S2]


def build(study: Study) -> tuple[str, bytes, list[dict], int]:
    """XML text, PDF bytes, the two gold files (xml, pdf) and the page count."""
    ext.check_vocabulary(study)
    own = study.layout in LAYOUTS
    xml = render_xml_basalt(study)  # identical to extgen output when there is no methods table
    xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = render_pdf_basalt(study) if own else render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    flat = flatten_mtables(study)
    golds = []
    for suffix, pg in ((".xml", None), (".pdf", pages)):
        g = ext.gold_for(flat, study.stem + suffix, pg)
        ext.verify(g, page_texts if pg is not None else None, xml_text if pg is None else None)
        golds.append(g)
    return xml, pdf, golds, len(page_texts)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for study in STUDIES:
        if study.layout not in (*LAYOUTS, "single", "twocol"):
            raise SystemExit(f"{study.stem}: unknown layout {study.layout}")
        if any(isinstance(b, tuple) and b[0] == "mtable" for _t, _h, bl in study.sections for b in bl) \
                and study.layout not in LAYOUTS:
            raise SystemExit(f"{study.stem}: methods tables need a basalt layout")
        xml, pdf, (gx, gp), n_pages = build(study)
        for suffix, g in ((".xml", gx), (".pdf", gp)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {n_pages} pages, {len(pdf) // 1024} KiB, "
              f"{len(gp['outcomes'])} outcome rows")
    names = [s + x for s in sorted(stems) for x in (".pdf", ".xml")]
    (HERE / "split.json").write_text(json.dumps({"tune": names}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
