"""Build the flint tuning corpus: studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/flint/generate.py

Reuses the external set's renderer and gold code (imported, not copied), adds grid
tables, bare means in prose and two layouts of our own (``flintgen/``). Deterministic.
Every gold quote is looked up on its PDF page and in the XML text; a miss stops the build.
"""

from __future__ import annotations

import dataclasses
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

_spec = importlib.util.spec_from_file_location("ext_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
extgen_main = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(extgen_main)

import defusedxml.ElementTree as DET
import pymupdf
from extgen import render_pdf as ext_pdf
from extgen import render_xml as ext_xml
from extgen.model import Study
from flintgen.layout import render_own
from flintgen.studies_a import STUDIES as STUDIES_A
from flintgen.studies_b import STUDIES as STUDIES_B
from flintgen.tables import grid_rows, pdf_grid, resolve_means, xml_grid

STUDIES: list[Study] = [*STUDIES_A, *STUDIES_B]

# Grid tables through the external renderers: patch their table builders to dispatch.
_orig_pdf_table, _orig_xml_table = ext_pdf._bbb_table, ext_xml._table


def _pdf_table(spec: dict, study: Study, st: dict, key: str) -> Any:
    return pdf_grid(spec, study, st, key) if "grid" in spec else _orig_pdf_table(spec, study, st, key)


def _xml_table(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    if "grid" not in spec:
        return _orig_xml_table(label, caption, spec, study, tid)
    plain = dict(spec, groups=[], days=[], orient="cols", day_fmt=str)
    wrap = _orig_xml_table(label, caption, plain, study, tid)
    start, end = wrap.index("<table "), wrap.index("</table>") + len("</table>")
    return wrap[:start] + xml_grid(spec, study) + wrap[end:]


ext_pdf._bbb_table = _pdf_table
ext_xml._table = _xml_table


def resolved(study: Study) -> tuple[Study, list[tuple[str, str, float, str]]]:
    """The study with ``{mean:..}`` written out, and (block key, group, day, text) of each."""
    rows: list[tuple[str, str, float, str]] = []

    def fix(key: str, markup: str) -> str:
        text, found = resolve_means(markup, study)
        rows.extend((key, g, d, t) for g, d, t in found)
        return text

    abstract = [(lab, fix(f"abs{i}", t)) for i, (lab, t) in enumerate(study.abstract)]
    sections = []
    for si, (typ, head, blocks) in enumerate(study.sections):
        out = []
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append(fix(f"s{si}.{bi}", b))
            elif b[0] in ("table", "figure"):
                spec = dict(b[3])
                if spec.get("foot"):
                    spec["foot"] = fix(f"foot:{b[1]}", spec["foot"])
                out.append((b[0], b[1], fix(f"cap:{b[1]}", b[2]), spec))
            else:
                out.append(b)
        sections.append((typ, head, out))
    back = [(h, fix(f"back{i}", t)) for i, (h, t) in enumerate(study.back)]
    return dataclasses.replace(study, abstract=abstract, sections=sections, back=back), rows


def gold(study: Study, means: list, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    g = extgen_main.gold_for(study, document, pages)
    page = (lambda k: None) if pages is None else (lambda k: pages[k])
    for key, group, day, text in means:
        row = extgen_main._row(study, document, group, day, "text", page(key), text)
        row.update(sd=None, sem=None)
        g["outcomes"].append(row)
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table" and "grid" in b[3]:
                for group, day, text in grid_rows(b[3], study):
                    g["outcomes"].append(extgen_main._row(study, document, group, day, "table",
                                                          page(f"tab:{b[1]}"), text))
    return g


def render(study: Study) -> tuple[bytes, dict[str, int]]:
    if study.layout in ("single", "twocol"):
        return ext_pdf.render_pdf(study)
    return render_own(study)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for original in STUDIES:
        extgen_main.check_vocabulary(original)
        study, means = resolved(original)
        xml = ext_xml.render_xml(study)
        xml_text = extgen_main.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = render(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix in (".xml", ".pdf"):
            g = gold(study, means, study.stem + suffix, pages if suffix == ".pdf" else None)
            extgen_main.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB, "
              f"{len(g['outcomes'])} rows")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
