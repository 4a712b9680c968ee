"""Build the zenith held-out corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/zenith/generate.py

Reuses the external set's records, renderers and gold/verify functions (imported from
``corpus_samples/external``, never modified); ``zlayout.py`` adds the layouts and table
habits that renderer lacks. Deterministic. Every gold quote is looked up on its PDF page
and in the JATS text before anything is written; on success ``READY`` is touched.
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
import zlayout
from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf
from zstudies_1 import STUDIES as S1
from zstudies_2 import STUDIES as S2
from zstudies_3 import STUDIES as S3


def _external_generate() -> Any:
    """The external generator as a module (by path: this file is also called generate.py)."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()
STUDIES: list[Study] = [*S1, *S2, *S3]


def _tables(study: Study) -> list[tuple]:
    return [
        b
        for _t, _h, blocks in study.sections
        for b in blocks
        if not isinstance(b, str) and b[0] == "table"
    ]


def gold(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The external gold, with rows of a continued table moved to the page they are printed on."""
    g = EXT.gold_for(study, document, pages)
    if pages is None:
        return g
    table_rows = [r for r in g["outcomes"] if r["source"] == "table"]
    i = 0
    for block in _tables(study):
        later = zlayout.continued_rows(block[3])
        for grp in block[3]["groups"]:
            for day in block[3]["days"]:
                row = table_rows[i]
                assert (row["group"], row["day"]) == (grp, day)
                if (grp, day) in later:
                    row["page"] = pages[f"tab:{block[1]}+"]
                i += 1
    return g


def render(study: Study) -> tuple[str, bytes, dict[str, int]]:
    xml = zlayout.render_xml_z(study)
    if study.layout in zlayout.LAYOUTS:
        pdf, pages = zlayout.render_pdf_z(study)
    else:
        if any(
            zlayout.continued_rows(b[3]) or b[3].get("span") or b[3].get("marks")
            for b in _tables(study)
        ):
            raise SystemExit(f"{study.stem}: table extras need a zlayout layout")
        pdf, pages = render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    return xml, pdf, pages


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    (HERE / "READY").unlink(missing_ok=True)
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    names: list[str] = []
    for study in STUDIES:
        EXT.check_vocabulary(study)
        xml, pdf, pages = render(study)
        xml_text = EXT.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        if "Synthetic test document" not in EXT.normalise(page_texts[0]):
            raise SystemExit(f"{study.stem}: no synthetic-document notice on page 1")
        for suffix in (".xml", ".pdf"):
            g = gold(study, study.stem + suffix, pages if suffix == ".pdf" else None)
            EXT.verify(
                g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None
            )
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(
            f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
            f"{len(collapse(xml_text).split())} words"
        )
    for stale in [*HERE.glob("*.pdf"), *HERE.glob("*.xml"), *gold_dir.glob("*.json")]:
        if stale.name.split(".")[0] not in stems:
            stale.unlink()
    (HERE / "split.json").write_text(
        json.dumps({"heldout": sorted(names)}, indent=1) + "\n", encoding="utf-8"
    )
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
