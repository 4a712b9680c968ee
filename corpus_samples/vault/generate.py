"""Build the vault held-out corpus: studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/vault/generate.py

Deterministic (reportlab invariant mode, no randomness). Reuses the external corpus'
renderer and gold functions (imported, never modified); adds score phrasings
(``vaultgen.scoretext``) and layouts (``vaultgen.render_more``) of its own. After
rendering, every gold quote is looked up on its PDF page and in the XML text; any miss
stops the build.
"""

from __future__ import annotations

import importlib
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

from extgen.model import Study  # noqa: E402
from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402
from vaultgen.render_more import LAYOUTS, render_more  # noqa: E402
from vaultgen.scoretext import extra_rows, resolve_study  # noqa: E402


def _external_generate() -> Any:
    """The external corpus' generate.py as a module (its gold/verify functions)."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()


def _studies() -> list[Study]:
    out: list[Study] = []
    for name in ("papers_a", "papers_b", "papers_c"):
        out += importlib.import_module(f"vaultgen.{name}").STUDIES
    return out


def _table_row_pages(study: Study, rows: list[dict[str, Any]], pages: dict[str, int]) -> None:
    """Rows of a table that runs onto a second page get that page (gold_for gives one per table)."""
    table_rows = iter(r for r in rows if r["source"] == "table")
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "table":
                continue
            spec = b[3]
            cut = spec.get("split_at")
            for gi, g in enumerate(spec["groups"]):
                for di, d in enumerate(spec["days"]):
                    row = next(table_rows)
                    assert (row["group"], row["day"]) == (g, d)
                    idx = di if spec["orient"] == "rows" else gi
                    if cut and idx >= cut:
                        row["page"] = pages[f"tab:{b[1]}#2"]


def build_gold(study: Study, document: str, pages: dict[str, int] | None,
               found: list[dict[str, Any]]) -> dict[str, Any]:
    g = EXT.gold_for(study, document, pages)
    if pages is not None:
        _table_row_pages(study, g["outcomes"], pages)
    g["outcomes"] += extra_rows(study, document, found, pages)
    return g


def render(study: Study) -> tuple[bytes, dict[str, int]]:
    pdf, pages = render_more(study) if study.layout in LAYOUTS else render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    return pdf, pages


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    (HERE / "READY").unlink(missing_ok=True)
    documents = []
    studies = _studies()
    stems = [s.stem for s in studies]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    total = 0
    for raw in studies:
        EXT.check_vocabulary(raw)
        study, found = resolve_study(raw)
        xml = render_xml(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = EXT.normalise("".join(root.itertext()))
        pdf, pages = render(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix, g in ((".xml", build_gold(study, study.stem + ".xml", None, found)),
                          (".pdf", build_gold(study, study.stem + ".pdf", pages, found))):
            EXT.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        documents += [f"{study.stem}.pdf", f"{study.stem}.xml"]
        total += len(pdf) + len(xml.encode("utf-8"))
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(xml_text.split())} words")
    split = {"_comment": "The whole vault set is held out: never tune on it (see README.md).",
             "heldout": sorted(documents)}
    (HERE / "split.json").write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
    print(f"{len(studies)} studies, {total // 1024} KiB of documents")


if __name__ == "__main__":
    main()
