"""Build the willow tuning corpus: six studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/willow/generate.py

Reuses the external set's renderer and gold/verify functions (imported, never copied);
``wgen/`` adds willow's score tokens, grid tables and two layouts. Deterministic. Every
gold quote is looked up on its PDF page and in the XML text; any miss stops the build, and
``READY`` is touched only after a build that passed.
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

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
EXT = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(EXT)

from extgen.model import Study  # noqa: E402
from wgen.render import render_pdf, render_xml  # noqa: E402
from wgen.scores import WScores, resolve  # noqa: E402
from wgen.studies_1 import STUDIES as S1  # noqa: E402
from wgen.studies_2 import STUDIES as S2  # noqa: E402

STUDIES: list[tuple[Study, WScores]] = [*S1, *S2]


def resolve_study(study: Study, ws: WScores) -> tuple[Study, list[tuple[str, dict, str]]]:
    """The study with every willow token written out, and (block key, row, quote) per score."""
    found: list[tuple[str, dict, str]] = []

    def res(key: str, markup: str) -> str:
        text, rows = resolve(markup, ws)
        found.extend((key, r, q) for r, q in rows)
        return text

    abstract = [(lab, res(f"abs{i}", t)) for i, (lab, t) in enumerate(study.abstract)]
    sections = []
    for si, (typ, heading, blocks) in enumerate(study.sections):
        out: list[Any] = []
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append(res(f"s{si}.{bi}", b))
            elif b[0] in ("table", "figure"):
                _, label, caption, spec = b
                spec = dict(spec)
                if spec.get("foot"):
                    spec["foot"] = res(f"foot:{label}", spec["foot"])
                if "grid" in spec:
                    grid = dict(spec["grid"])
                    grid["rows"] = [[_cell(c, ws, f"tab:{label}", found) for c in r] for r in grid["rows"]]
                    spec.update(grid=grid, groups=[], days=[])
                out.append((b[0], label, res(f"cap:{label}", caption), spec))
            else:
                out.append(b)
        sections.append((typ, heading, out))
    back = [(h, res(f"back{i}", t)) for i, (h, t) in enumerate(study.back)]
    return dataclasses.replace(study, abstract=abstract, sections=sections, back=back), found


def _cell(c: Any, ws: WScores, key: str, found: list) -> str:
    if isinstance(c, str):
        return c
    _s, group, day, fmt, mark = c
    text = ws.text(group, day, fmt)
    if fmt != "e":
        found.append((key, ws.row(group, day, fmt), text))
    return text + mark


def gold(study: Study, rows: list[tuple[str, dict, str]], document: str,
         pages: dict[str, int] | None) -> dict[str, Any]:
    g = EXT.gold_for(study, document, pages)
    assert g["outcomes"] == [], "willow studies print scores only through willow tokens"
    for key, row, quote in rows:
        g["outcomes"].append({"document": document, **row, "source": "table" if key.startswith("tab:") else "text",
                              "page": None if pages is None else pages[key], "quote": quote})
    return g


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    ready = HERE / "READY"
    stems = []
    for raw, ws in STUDIES:
        EXT.check_vocabulary(raw)
        study, rows = resolve_study(raw, ws)
        xml = render_xml(study)
        xml_text = EXT.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = render_pdf(study)
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
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        stems.append(study.stem)
        print(f"{study.stem}: {study.layout}, {len(page_texts)} pages, {len(pdf) // 1024} KiB, {len(rows)} rows")
    docs = [s + x for s in sorted(stems) for x in (".pdf", ".xml")]
    (HERE / "split.json").write_text(json.dumps({"tune": docs}, indent=1) + "\n", encoding="utf-8")
    ready.touch()


if __name__ == "__main__":
    main()
