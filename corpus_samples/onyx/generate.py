"""Build the onyx tuning corpus: studies x (JATS XML + PDF) + gold, and split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/onyx/generate.py

Reuses the external set's renderers and gold code (``corpus_samples/external``, read-only),
adding richer score styles (``onyxgen/scores.py``) and two layouts (``onyxgen/layouts.py``).
Deterministic. Every gold quote is looked up on its PDF page and in the XML text, and the
build stops on any miss; ``READY`` is touched only after a build whose checks all passed.
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

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from onyxgen.layouts import LAYOUTS, render_pdf_onyx
from onyxgen.scores import OnyxScores


def _external_generate():  # type: ignore[no-untyped-def]
    """The external build module, loaded under its own name (ours is also ``generate``)."""
    spec = importlib.util.spec_from_file_location("extgen_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()


def _row(study: Study, document: str, group: str, day: float, source: str, page: int | None,
         quote: str) -> dict[str, Any]:
    """An outcome row; styled keys (other scale, no spread, medians) resolved by the scores."""
    s = study.scores
    assert isinstance(s, OnyxScores)
    row = {"document": document, **s.row(group, day), "source": source, "page": page, "quote": quote}
    return row


# The external gold code builds rows through its module-level ``_row``; ours knows the styles.
EXT._row = _row


def build(studies: list[Study]) -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names: list[str] = []
    for study in studies:
        EXT.check_vocabulary(study)
        xml = render_xml(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = EXT.normalise("".join(root.itertext()))
        pdf, pages = render_pdf_onyx(study) if study.layout in LAYOUTS else render_pdf(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix, g in ((".xml", EXT.gold_for(study, study.stem + ".xml", None)),
                          (".pdf", EXT.gold_for(study, study.stem + ".pdf", pages))):
            EXT.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            if not g["outcomes"] and not study.notes:
                raise SystemExit(f"{study.stem}: no outcome rows and no note saying why")
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words, {len(g['outcomes'])} rows")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


def main() -> None:
    from onyxgen.studies import STUDIES

    build(STUDIES)


if __name__ == "__main__":
    main()
