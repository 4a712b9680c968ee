"""Build the canyon tuning corpus: rough-end papers x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/canyon/generate.py

Reuses the external set's renderer and gold functions (imported from
``corpus_samples/external``; nothing there is modified). Deterministic. Every gold
quote is looked up on its PDF page and in the XML text; any miss stops the build.
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
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml


def _external_generate() -> Any:
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()

from canyon_studies_a import STUDIES as STUDIES_A
from canyon_studies_b import STUDIES as STUDIES_B
from rough import TextRow, render_rough, resolve

STUDIES: list[Study] = [*STUDIES_A, *STUDIES_B]


def gold(study: Study, rows: list[TextRow], document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The external gold of the resolved study plus one text row per ``{r:...}`` score."""
    g = EXT.gold_for(study, document, pages)
    for r in rows:
        row = EXT._row(study, document, r.group, r.day, "text", None if pages is None else pages[r.key], r.quote)
        if r.style == "bare":  # a mean written without its spread
            row["sd"] = row["sem"] = None
        g["outcomes"].append(row)
    return g


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names: list[str] = []
    total = 0
    for raw in STUDIES:
        study, rows = resolve(raw)
        EXT.check_vocabulary(study)
        xml = render_xml(study)
        xml_text = EXT.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = (render_pdf(study) if study.layout in ("single", "twocol") else render_rough(study))
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix in (".xml", ".pdf"):
            g = gold(study, rows, study.stem + suffix, pages if suffix == ".pdf" else None)
            EXT.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        total += len(pdf) + len(xml.encode())
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()
    print(f"{len(STUDIES)} studies, {total // 1024} KiB rendered")


if __name__ == "__main__":
    main()
