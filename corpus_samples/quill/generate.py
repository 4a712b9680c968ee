"""Build the quill tuning corpus: studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/quill/generate.py

Deterministic. Reuses the external set's records, XML renderer and gold/verify
functions (imported, not copied); adds the manuscript/preprint PDF layout
(``manuscript.py``). Every gold quote is looked up on its PDF page and in the XML text;
any miss stops the build. ``READY`` is touched after a build that passes.
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
from manuscript import render_manuscript  # noqa: E402
from studies_q1 import STUDIES as Q1  # noqa: E402
from studies_q2 import STUDIES as Q2  # noqa: E402

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
ext = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(ext)  # type: ignore[union-attr]

STUDIES: list[Study] = [*Q1, *Q2]


class _Keys(dict):
    """Stands in for the page map: the gold first records each quote's block key."""

    def __missing__(self, key: str) -> str:
        return key


def _resolve(gold: dict[str, Any], ranges: dict[str, tuple[int, int]], pages: list[str]) -> None:
    """Replace block keys by the page (within the block's range) whose text holds the quote."""
    def where(key: str, quote: str) -> int:
        first, last = ranges[key]
        for p in range(first, last + 1):
            if ext.normalise(quote) in ext.normalise(pages[p - 1]):
                return p
        raise SystemExit(f"{gold['studies'][0]['document']}: {quote!r} ({key}) not on pages {first}-{last}"
                         " (split across a page break?)")

    for cell in gold["studies"][0]["fields"].values():
        for e in cell["evidence"]:
            e["page"] = where(e["page"], e["quote"])
    for r in gold["outcomes"]:
        r["page"] = where(r["page"], r["quote"])


def build(study: Study) -> tuple[bytes, str, dict[str, Any], dict[str, Any]]:
    """(PDF, XML, PDF gold, XML gold) of one study, verified."""
    ext.check_vocabulary(study)
    xml = render_xml(study)
    xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    if study.layout in ("manuscript", "preprint"):
        pdf, ranges = render_manuscript(study)
    else:
        pdf, keyed = render_pdf(study)
        ranges = {k: (p, p) for k, p in keyed.items()}
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    pdf_gold = ext.gold_for(study, study.stem + ".pdf", _Keys())
    _resolve(pdf_gold, ranges, page_texts)
    xml_gold = ext.gold_for(study, study.stem + ".xml", None)
    ext.verify(pdf_gold, page_texts, None)
    ext.verify(xml_gold, None, xml_text)
    return pdf, xml, pdf_gold, xml_gold


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names: list[str] = []
    for study in STUDIES:
        pdf, xml, pdf_gold, xml_gold = build(study)
        for suffix, g in ((".pdf", pdf_gold), (".xml", xml_gold)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            n = doc.page_count
        print(f"{study.stem}: {study.layout}, {n} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml).split())} XML words, {len(pdf_gold['outcomes'])} outcome rows")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
