"""Build the marble tuning corpus: studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/marble/generate.py

Reuses the external set's renderer and gold functions (imported, not copied); adds score
markup of its own (``mgen.markup``) and two layout habits (``mgen.layout``). Deterministic.
Every gold quote is looked up on its PDF page and in the XML text; a miss stops the build,
and ``READY`` is touched only after a build whose checks all passed.
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
for p in (HERE.parents[1], EXTERNAL, HERE):
    sys.path.insert(0, str(p))

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from mgen.layout import BASE, decorate
from mgen.markup import MScores, expand
from mgen.studies_1 import STUDIES as STUDIES_1
from mgen.studies_2 import STUDIES as STUDIES_2

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)

STUDIES: list[tuple[Study, str | None]] = [*STUDIES_1, *STUDIES_2]


def _map_blocks(study: Study, fn: Any) -> Study:
    """A copy of ``study`` with ``fn`` applied to every prose string that can hold scores."""
    sections = []
    for sec_type, heading, blocks in study.sections:
        new = []
        for b in blocks:
            if isinstance(b, str):
                new.append(fn(b))
            elif b[0] in ("table", "figure"):
                spec = dict(b[3])
                if spec.get("foot"):
                    spec["foot"] = fn(spec["foot"])
                new.append((b[0], b[1], fn(b[2]), spec))
            else:
                new.append(b)
        sections.append((sec_type, heading, new))
    return dataclasses.replace(study, sections=sections,
                               abstract=[(lab, fn(t)) for lab, t in study.abstract],
                               back=[(h, fn(t)) for h, t in study.back])


def expanded(study: Study) -> Study:
    """The study with the extra score markers written out (what both renderers get)."""
    assert isinstance(study.scores, MScores)
    return _map_blocks(study, lambda t: expand(t, study.scores)[0])


def for_gold(study: Study) -> Study:
    """The expanded study with non-score tables blanked (they hold no outcome rows).

    A blank string keeps the block numbering, so PDF page keys stay valid.
    """
    sections = []
    for sec_type, heading, blocks in study.sections:
        new: list[Any] = []
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table" and b[3].get("other"):
                if "{{" in b[2] or "{bbb:" in b[2]:
                    raise SystemExit(f"{study.stem}: marker in the caption of non-score table {b[1]}")
                new.append("")
            else:
                new.append(b)
        sections.append((sec_type, heading, new))
    return dataclasses.replace(study, sections=sections)


def extra_rows(study: Study, document: str, pages: dict[str, int] | None) -> list[dict[str, Any]]:
    """Outcome rows of the ``bare`` / ``med`` / ``every`` markers of the original markup."""
    s = study.scores
    assert isinstance(s, MScores)
    rows = []
    for key, markup in ext._blocks(study):
        for mark in expand(markup, s)[1]:
            for day in mark.days:
                row = {"document": document, "outcome": s.outcome, "group": mark.group,
                       "arm": s.arm(mark.group), "day": day,
                       "mean": s.medians[mark.group][day][0] if mark.kind == "med" else s.values[mark.group][day][0],
                       "sd": None, "sem": None, "n": s.n(mark.group), "source": "text",
                       "page": None if pages is None else pages[key], "quote": mark.text}
                if mark.kind == "med":
                    row["stat"] = "median"
                rows.append(row)
    return rows


def build(study: Study, habit: str | None) -> tuple[str, bytes, dict[str, Any], dict[str, Any], int]:
    """XML, PDF, and the gold of both renderings; raises SystemExit if a quote is missing."""
    if habit is not None and study.layout != BASE[habit]:
        raise SystemExit(f"{study.stem}: habit {habit} draws over the {BASE[habit]} layout")
    ext.check_vocabulary(study)
    shown = expanded(study)
    xml = render_xml(shown)
    xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = render_pdf(shown)
    if habit is not None:
        pdf = decorate(pdf, habit, f"Preprint · doi:{study.doi} · CC BY 4.0 · posted {study.received}")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    golds = {}
    for suffix, pg in ((".xml", None), (".pdf", pages)):
        document = study.stem + suffix
        g = ext.gold_for(for_gold(shown), document, pg)
        g["outcomes"] += extra_rows(study, document, pg)
        ext.verify(g, page_texts if pg else None, None if pg else xml_text)
        golds[suffix] = g
    return xml, pdf, golds[".pdf"], golds[".xml"], len(page_texts)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    stems = [s.stem for s, _ in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for study, habit in STUDIES:
        xml, pdf, gpdf, gxml, npages = build(study, habit)
        for suffix, g in ((".pdf", gpdf), (".xml", gxml)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {npages} pages, {len(pdf) // 1024} KiB PDF, {len(gpdf['outcomes'])} rows, "
              f"{len(collapse(xml).split())} XML tokens")
    split = {"tune": sorted(s + x for s in stems for x in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
