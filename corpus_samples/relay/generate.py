"""Build the relay tuning corpus: studies x (JATS XML + PDF) + gold, split.json, READY.

Run from the repository root::

    .venv/bin/python corpus_samples/relay/generate.py

Deterministic. Reuses the external set's records, renderers and gold builder (imported, not
copied); adds scores written in words (``relaygen.words``) and an accepted-manuscript layout
(``relaygen.manuscript``). Every quote is looked up on its PDF page and in the XML text
before anything is written; READY is touched only after a build whose checks all passed.
"""

from __future__ import annotations

import importlib.util
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

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

from extgen.model import Study, collapse  # noqa: E402
from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402
from relaygen.manuscript import render_manuscript  # noqa: E402
from relaygen.studies_1 import STUDIES as S1  # noqa: E402
from relaygen.studies_2 import STUDIES as S2  # noqa: E402
from relaygen.words import resolve, text_row  # noqa: E402

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
ext = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(ext)  # type: ignore[union-attr]

STUDIES: list[Study] = [*S1, *S2]


def gold(study: Study, resolved: Study, scores: list, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """Shared gold (fields, table rows) plus one text row per score written in words."""
    g = ext.gold_for(resolved, document, pages)
    g["outcomes"] = [text_row(study, document, ts, None if pages is None else pages[ts.key]) for ts in scores] \
        + g["outcomes"]
    return g


def pdf_of(study: Study) -> tuple[bytes, dict[str, int]]:
    if study.layout == "manuscript":
        return render_manuscript(study)
    if study.layout == "manuscript-plain":
        return render_manuscript(study, line_numbers=False)
    return render_pdf(study)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    (HERE / "READY").unlink(missing_ok=True)
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    built = []
    for study in STUDIES:
        ext.check_vocabulary(study)
        resolved, scores = resolve(study)
        xml = render_xml(resolved)
        xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = pdf_of(resolved)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        golds = {".xml": gold(study, resolved, scores, study.stem + ".xml", None),
                 ".pdf": gold(study, resolved, scores, study.stem + ".pdf", pages)}
        ext.verify(golds[".xml"], None, xml_text)
        ext.verify(golds[".pdf"], page_texts, None)
        built.append((study, xml, pdf, golds))
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words, {len(golds['.pdf']['outcomes'])} rows")
    for study, xml, pdf, golds in built:
        for suffix, g in golds.items():
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
    split = {"tune": sorted(s + x for s in stems for x in (".pdf", ".xml")), "heldout": []}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
