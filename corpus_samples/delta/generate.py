"""Build the delta tuning corpus: journal-typeset BBB tables, each study as PDF + JATS + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/delta/generate.py

Deterministic. Reuses the external set's renderer and gold functions (imported from
``corpus_samples/external``, never modified); adds journal table habits from
``deltagen/journal.py``. Every quote is looked up on its PDF page and in the JATS text
after rendering; any miss stops the build. ``READY`` is touched after a passing build.
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
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE))

import defusedxml.ElementTree as DET
import pymupdf


def _external_generate() -> Any:
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()

from deltagen.journal import (
    Habits,
    cells_with_parts,
    for_extgen,
    render_journal_pdf,
    render_journal_xml,
)
from deltagen.studies_a import STUDIES as STUDIES_A
from deltagen.studies_b import STUDIES as STUDIES_B
from extgen.model import Study
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml

STUDIES: list[tuple[Study, Habits | None]] = [*STUDIES_A, *STUDIES_B]


def gold_for(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """extgen's gold plus one row per score cell of the journal tables."""
    g = EXT.gold_for(for_extgen(study), document, pages)
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "jtable":
                continue
            for cell, part in cells_with_parts(b):
                page = None if pages is None else pages[f"tab:{b[1]}:{part}"]
                row = EXT._row(dataclasses_replace(study, cell.scores), document, cell.group, cell.day,
                               "table", page, cell.quote)
                g["outcomes"].append(row)
    return g


def dataclasses_replace(study: Study, scores: Any) -> Study:
    import dataclasses

    return dataclasses.replace(study, scores=scores)


def _tidy(pdf: bytes) -> bytes:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        return doc.tobytes(garbage=4, deflate=True, no_new_id=True)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for study, habits in STUDIES:
        EXT.check_vocabulary(study)
        if habits is None:  # the external set's own layouts
            xml = render_xml(study)
            pdf, pages = render_pdf(study)
        else:
            xml = render_journal_xml(study)
            pdf, pages = render_journal_pdf(study, habits)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = EXT.normalise("".join(root.itertext()))
        pdf = _tidy(pdf)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix in (".xml", ".pdf"):
            g = gold_for(study, study.stem + suffix, pages if suffix == ".pdf" else None)
            EXT.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        names += [study.stem + ".pdf", study.stem + ".xml"]
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, {len(g['outcomes'])} rows")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
