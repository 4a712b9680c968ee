"""Build the chorus tuning corpus: papers of many genres x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/chorus/generate.py

Deterministic. Reuses the external set's records, markup, renderers and checks
(``corpus_samples/external``, imported, never modified); adds score markers in more
printed styles, secondary scales and table/page habits of its own (``chorusgen``).
After rendering, every gold quote is looked up on its PDF page and in the XML text, and
``READY`` is touched only when all studies pass.
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
from chorusgen.markup import TextScore, resolved, scores_of
from chorusgen.render import CUSTOM_LAYOUTS, custom_markup, render_custom_pdf, render_custom_xml
from chorusgen.studies_1 import STUDIES as STUDIES_1
from chorusgen.studies_2 import STUDIES as STUDIES_2
from chorusgen.tables import grid
from extgen.model import Study, collapse, quotes_in
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml

_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)

STUDIES: list[Study] = [*STUDIES_1, *STUDIES_2]


def _row(study: Study, document: str, skey: str, group: str, day: float, source: str,
         page: int | None, printed: str, bare: bool = False) -> dict[str, Any]:
    s = scores_of(study, skey)
    mean, err = s.values[group][day]
    return {"document": document, "outcome": s.outcome, "group": group, "arm": s.arm(group), "day": day,
            "mean": mean, "sd": err if s.err == "sd" and not bare else None,
            "sem": err if s.err == "sem" and not bare else None,
            "n": s.n(group), "source": source, "page": page, "quote": printed}


def gold_for(study: Study, found: list[TextScore], document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export of one rendering: the external builder plus the chorus additions."""
    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    extra_quotes = [(key, fields, q) for key, markup in custom_markup(study) for fields, q in quotes_in(markup)]
    std = set()
    for _key, markup in ext._blocks(study):
        std.update(f for fields, _q in quotes_in(markup) for f in fields)
    base = ext.gold_for(_plain(study, std), document, pages)
    fields = base["studies"][0]["fields"]
    for key, names, quote in extra_quotes:
        for f in names:
            if f not in study.values:
                raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
            fields.setdefault(f, {"value": study.values[f], "evidence": []})
            fields[f]["evidence"].append({"page": page(key), "quote": quote})
    missing = [f for f in study.values if f not in fields]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    rows = base["outcomes"]
    rows += [_row(study, document, t.scores, t.group, t.day, "text", page(t.key), t.printed, t.bare) for t in found]
    for _si, (_t, _h, blocks) in enumerate(study.sections):
        for b in blocks:
            if not isinstance(b, str) and b[0] == "xtable":
                _head, _parts, cells = grid(b[3], study)
                for c in cells:
                    key = f"xtab:{b[1]}" + (":2" if c.part else "")
                    rows.append(_row(study, document, b[3].get("scores", ""), c.group, c.day, "table",
                                     page(key), c.printed))
    return base


def _plain(study: Study, std: set[str]) -> Study:
    """A plain ``Study`` copy (what the external builder expects) keeping only ``std`` values."""
    keep = {k: v for k, v in study.__dict__.items() if k in Study.__dataclass_fields__}
    keep["values"] = {k: v for k, v in study.values.items() if k in std}
    return Study(**keep)


def build(study: Study) -> tuple[bytes, str, dict[str, Any], dict[str, Any], int]:
    """(pdf, xml, pdf gold, xml gold, pages) of one study, verified."""
    ext.check_vocabulary(study)
    study, found = resolved(study)
    if study.layout in CUSTOM_LAYOUTS:
        xml = render_custom_xml(study)
        pdf, pages = render_custom_pdf(study)
    else:
        if custom_markup(study):
            raise SystemExit(f"{study.stem}: custom blocks need a chorus layout")
        xml = render_xml(_plain(study, set(study.values)))
        pdf, pages = render_pdf(_plain(study, set(study.values)))
    root = DET.fromstring(xml.encode("utf-8"))
    xml_text = ext.normalise("".join(root.itertext()))
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gx = gold_for(study, found, study.stem + ".xml", None)
    gp = gold_for(study, found, study.stem + ".pdf", pages)
    ext.verify(gx, None, xml_text)
    ext.verify(gp, page_texts, None)
    if len(gx["outcomes"]) != len(gp["outcomes"]):
        raise SystemExit(f"{study.stem}: PDF and XML gold disagree")
    return pdf, xml, gp, gx, len(page_texts)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    (HERE / "READY").unlink(missing_ok=True)
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for study in STUDIES:
        pdf, xml, gp, gx, n = build(study)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        for suffix, g in ((".pdf", gp), (".xml", gx)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{study.stem}: {n} pages, {len(pdf) // 1024} KiB PDF, {len(gp['outcomes'])} outcome rows, "
              f"{len(collapse(xml).split())} tokens")
    for old in HERE.glob("*.pdf"):
        if old.stem not in stems:
            old.unlink()
    for old in list(HERE.glob("*.xml")) + list(gold_dir.glob("*.json")):
        if old.name.split(".")[0] not in stems:
            old.unlink()
    split = {"_comment": "The chorus corpus is for tuning only: every document is under \"tune\".",
             "tune": sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
