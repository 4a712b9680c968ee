"""Build the broad tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/broad/generate.py

Reuses the external corpus's renderer (``corpus_samples/external/extgen``) by import,
with the additions in ``broadgen/ext.py``. Deterministic (reportlab invariant mode, no
randomness). After rendering, every gold quote is looked up on its PDF page and in the
XML text; any miss stops the build before anything is written.
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

import defusedxml.ElementTree as DET
import pymupdf
from broadgen import ext

ext.install()

from broadgen.studies_1 import STUDIES as S1
from broadgen.studies_2 import STUDIES as S2
from broadgen.studies_3 import STUDIES as S3
from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from generate import check_vocabulary, normalise, verify

STUDIES: list[Study] = [*S1, *S2, *S3]


def build(study: Study) -> dict[str, bytes | str]:
    """Render one study and its gold; raise SystemExit if any quote is not found."""
    check_vocabulary(study)
    xml = render_xml(study)
    root = DET.fromstring(xml.encode("utf-8"))
    xml_text = normalise("".join(root.itertext()))
    pdf, pages = render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    out: dict[str, bytes | str] = {f"{study.stem}.xml": xml, f"{study.stem}.pdf": pdf}
    for suffix, g in ((".xml", ext.gold_for(study, study.stem + ".xml", None)),
                      (".pdf", ext.gold_for(study, study.stem + ".pdf", pages))):
        verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
        out[f"gold/{study.stem}{suffix}.json"] = json.dumps(g, ensure_ascii=False, indent=1) + "\n"
    print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
          f"{len(collapse(xml_text).split())} words, {len(g['outcomes'])} outcome rows")
    return out


def main() -> None:
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    files: dict[str, bytes | str] = {}
    for study in STUDIES:
        files.update(build(study))
    (HERE / "gold").mkdir(exist_ok=True)
    for name, data in files.items():
        path = HERE / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    split = {"_comment": "Tuning corpus: every document is for tuning; none is held out.",
             "tune": sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    print(f"{len(STUDIES)} studies, {total // 1024} KiB in corpus_samples/broad")


if __name__ == "__main__":
    main()
