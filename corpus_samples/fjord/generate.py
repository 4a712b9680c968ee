"""Build the fjord tuning corpus: journal house styles and reporting checklists.

Run from the repository root::

    .venv/bin/python corpus_samples/fjord/generate.py

Reuses the external corpus's renderer and gold functions by import (``corpus_samples/external``
is on ``sys.path``; nothing there is modified) and adds fjord's own layouts and tables
(``fjgen/layouts.py``). Deterministic. Every gold quote is looked up on its PDF page and in
the JATS text; any miss stops the build. ``READY`` is touched after a build that passes.
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
from extgen.model import Study, bbb_in, quotes_in  # noqa: E402
from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402

from fjgen.layouts import ftable_rows, render_pdf_fj, render_xml_fj  # noqa: E402
from fjgen.studies_1 import STUDIES as STUDIES_1  # noqa: E402
from fjgen.studies_2 import STUDIES as STUDIES_2  # noqa: E402

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
gen = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(gen)  # type: ignore[union-attr]

STUDIES: list[Study] = [*STUDIES_1, *STUDIES_2]
STANDARD = ("single", "twocol")


def gold(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The external gold for the standard blocks, plus fjord's ``ftable`` blocks."""
    g = gen.gold_for(study, document, pages)
    fields = g["studies"][0]["fields"]
    s = study.scores

    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "ftable":
                continue
            _, label, caption, spec = b
            for key, markup in ((f"cap:{label}", caption), (f"foot:{label}", spec.get("foot", ""))):
                for names, quote in quotes_in(markup):
                    for f in names:
                        fields[f]["evidence"].append({"page": page(key), "quote": quote})
                for grp, day, style in bbb_in(markup):
                    g["outcomes"].append(gen._row(study, document, grp, day, "text", page(key),
                                                  s.cell(grp, day, style)))
            _, _, refs = ftable_rows(spec, s)
            split = spec.get("split_at") or len(refs)
            for i, row in enumerate(refs):
                for ref in row:
                    if ref is not None:
                        p = page(f"tab:{label}#{0 if i < split else 1}")
                        g["outcomes"].append(gen._row(study, document, ref[0], ref[1], "table", p, s.cell(*ref)))
    if s.err == "iqr":  # medians sit in the mean column; say so on every row
        for r in g["outcomes"]:
            r["stat"] = "median"
    return g


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    ready = HERE / "READY"
    names: list[str] = []
    total = 0
    for study in STUDIES:
        gen.check_vocabulary(study)
        std = study.layout in STANDARD
        if std and any(not isinstance(b, str) and b[0] == "ftable" for _t, _h, bs in study.sections for b in bs):
            raise SystemExit(f"{study.stem}: ftable needs a fjord layout")
        xml = render_xml(study) if std else render_xml_fj(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = gen.normalise("".join(root.itertext()))
        pdf, pages = render_pdf(study) if std else render_pdf_fj(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix in (".xml", ".pdf"):
            g = gold(study, study.stem + suffix, None if suffix == ".xml" else pages)
            gen.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        total += len(pdf) + len(xml.encode())
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(g['outcomes'])} outcome rows")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(STUDIES)} studies, {total // 1024} KiB")
    ready.touch()


if __name__ == "__main__":
    main()
