"""Build the ridge tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/ridge/generate.py

Reuses the external set's renderer and gold functions (imported, not copied); adds the
score sentence shapes of ``ridgegen/scores.py`` and the "broken" layout of
``ridgegen/layout.py``. Deterministic. Every quote is looked up on its PDF page and in the
XML text after rendering; any miss stops the build. ``READY`` is touched on success.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import replace
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
from extgen.model import Study
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from ridgegen.layout import render_broken
from ridgegen.scores import Extra, resolve, rows_in
from ridgegen.studies_a import STUDIES as STUDIES_A
from ridgegen.studies_b import STUDIES as STUDIES_B

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)

STUDIES: list[tuple[Study, Extra]] = [*STUDIES_A, *STUDIES_B]


def resolved(study: Study, extra: Extra) -> Study:
    """The study with every ridge score marker written out (what both renderers see)."""
    def r(markup: str) -> str:
        return resolve(markup, study.scores, extra)

    def block(b: Any) -> Any:
        if isinstance(b, str):
            return r(b)
        if b[0] in ("table", "figure"):
            spec = dict(b[3])
            if spec.get("foot"):
                spec["foot"] = r(spec["foot"])
            return (b[0], b[1], r(b[2]), spec)
        return b

    return replace(study, abstract=[(lab, r(t)) for lab, t in study.abstract],
                   sections=[(t, h, [block(b) for b in bl]) for t, h, bl in study.sections],
                   back=[(h, r(t)) for h, t in study.back])


def gold(study: Study, extra: Extra, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    g = ext.gold_for(resolved(study, extra), document, pages)
    for key, markup in ext._blocks(study):
        for row in rows_in(markup, study.scores, extra):
            g["outcomes"].append({"document": document, **row,
                                  "page": None if pages is None else pages[key]})
    for row in g["outcomes"]:  # the contract's column order, extras after
        keys = ["document", "outcome", "group", "arm", "day", "mean", "sd", "sem", "n", "source", "page"]
        row_items = {k: row[k] for k in keys} | {k: v for k, v in row.items() if k not in keys}
        row.clear()
        row.update(row_items)
    return g


def settle_pages(g: dict[str, Any], page_texts: list[str]) -> None:
    """A block's page is where it starts; a quote of a broken paragraph may sit on the next."""
    items = [e for c in g["studies"][0]["fields"].values() for e in c["evidence"]] + g["outcomes"]
    for item in items:
        for p in range(item["page"], min(item["page"] + 3, len(page_texts) + 1)):
            if ext.normalise(item["quote"]) in ext.normalise(page_texts[p - 1]):
                item["page"] = p
                break
        else:
            raise SystemExit(f"{g['studies'][0]['document']}: {item['quote']!r} on no page from {item['page']}")


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for study, extra in STUDIES:
        ext.check_vocabulary(study)
        shown = resolved(study, extra)
        xml = render_xml(shown)
        xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = render_broken(shown) if extra.habit == "broken" else render_pdf(shown)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        gx = gold(study, extra, study.stem + ".xml", None)
        gp = gold(study, extra, study.stem + ".pdf", pages)
        settle_pages(gp, page_texts)
        ext.verify(gx, None, xml_text)
        ext.verify(gp, page_texts, None)
        for suffix, g in ((".xml", gx), (".pdf", gp)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        names += [study.stem + ".pdf", study.stem + ".xml"]
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(gp['outcomes'])} rows")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
