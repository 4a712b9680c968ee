"""Build the narrative tuning corpus: studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/narrative/generate.py

Reuses the external set's renderer, gold and verify functions (imported, not copied; its
files are not modified) and adds: scores written in any sentence shape (``nargen.core``),
tables with merged headers / footnote markers / continued parts (``nargen.tables``) and
page habits (``nargen.habits``). Deterministic. Any quote missing from its PDF page or
from the XML text stops the build.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
EXTERNAL = ROOT / "corpus_samples" / "external"
for p in (str(ROOT), str(EXTERNAL), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
ext = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(ext)  # type: ignore[union-attr]

from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402
from nargen import habits, tables  # noqa: E402
from nargen.core import Narrative, rendered_study, score_rows  # noqa: E402
from nargen.studies_1 import STUDIES as S1  # noqa: E402

tables.install()
STUDIES: list[Narrative] = [*S1]
try:
    from nargen.studies_2 import STUDIES as S2  # noqa: E402

    STUDIES += S2
except ModuleNotFoundError:  # the second batch is written after the first
    pass


def gold(nar: Narrative, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The external gold (fields, bibliographic data) plus this corpus's score rows."""
    g = ext.gold_for(rendered_study(nar), document, pages)
    for row in score_rows(nar, pages, document):
        row.pop("err")
        g["outcomes"].append(row)
    return g


def _continued_on_next_page(nar: Narrative, pages: dict[str, int]) -> None:
    for _t, _h, blocks in nar.study.sections:
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table" and b[3].get("ncells", {}).get("continues"):
                first = b[3]["ncells"]["continues"]
                if pages[f"tab:{b[1]}"] != pages[f"tab:{first}"] + 1:
                    raise SystemExit(f"{nar.study.stem}: {b[1]} is not on the page after {first}")


def build(nar: Narrative) -> tuple[int, int]:
    study = rendered_study(nar)
    ext.check_vocabulary(study)
    xml = render_xml(study)
    xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = render_pdf(study)
    _continued_on_next_page(nar, pages)
    pdf = habits.apply(pdf, nar.habits, study.journal, study.stem)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for suffix, g in ((".xml", gold(nar, study.stem + ".xml", None)),
                      (".pdf", gold(nar, study.stem + ".pdf", pages))):
        ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
        (gold_dir / f"{study.stem}{suffix}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
    (HERE / f"{study.stem}.pdf").write_bytes(pdf)
    return len(page_texts), len(pdf)


def main() -> None:
    stems = [n.study.stem for n in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for nar in STUDIES:
        n_pages, size = build(nar)
        rows = len(score_rows(nar))
        print(f"{nar.study.stem}: {n_pages} pages, {size // 1024} KiB PDF, {rows} score rows")
    split = {"_comment": "Written to tune extractors on: every document is in tune.",
             "tune": sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file())
    if total > 1_500_000:
        raise SystemExit(f"corpus is {total} bytes (> 1.5 MB)")
    (HERE / "READY").touch()
    print(f"{len(stems)} studies, {total // 1024} KiB in total; READY touched")


if __name__ == "__main__":
    main()
