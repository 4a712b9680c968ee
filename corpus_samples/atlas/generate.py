"""Build the atlas tuning corpus: studies x (JATS XML + PDF) + gold, for tuning extractors.

Run from the repository root::

    .venv/bin/python corpus_samples/atlas/generate.py

Reuses the external corpus's study model, renderers, gold and verify functions (imported,
not copied) and adds: rich tables (two header rows, spans, footnotes, split and landscape
tables), three page layouts of its own, and ``{bbbm:GROUP@DAY}`` for a score written as a
bare mean ("rose from 3.1 to 9.4"), which becomes an outcome row with neither sd nor sem.
Deterministic. Every quote is looked up on its PDF page and in the XML text; a miss stops
the build. ``READY`` is touched only after a build that passed all checks.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
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

from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import inline, render_xml  # noqa: E402


def _external_generate() -> Any:
    """The external build script as a module (its gold_for / verify / check_vocabulary)."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()

from atgen.model import AtlasStudy  # noqa: E402
from atgen.richtable import RichTable, jats_table  # noqa: E402

MEAN_RE = re.compile(r"\{bbbm:([^@}]+)@([0-9.]+)\}")


def _expand_means(study: AtlasStudy) -> tuple[AtlasStudy, list[tuple[str, str, float]]]:
    """Study with ``{bbbm:..}`` written out as bare means, and (block key, group, day) of each."""
    found = []
    for key, markup in EXT._blocks(study):
        found += [(key, m.group(1), float(m.group(2))) for m in MEAN_RE.finditer(markup)]

    def sub(text: str) -> str:
        return MEAN_RE.sub(lambda m: f"{study.scores.values[m.group(1)][float(m.group(2))][0]:.1f}", text)

    out = copy.deepcopy(study)
    out.abstract = [(lab, sub(t)) for lab, t in out.abstract]
    out.back = [(h, sub(t)) for h, t in out.back]
    out.sections = [(ty, h, [sub(b) if isinstance(b, str) else
                             (b[0], b[1], sub(b[2]), *b[3:]) if b[0] in ("table", "figure") else b
                             for b in blocks]) for ty, h, blocks in out.sections]
    return out, found


def _placeholders(study: AtlasStudy) -> AtlasStudy:
    """Rich tables as empty external table blocks: their captions and footnotes feed the
    external gold and XML; the rows and the JATS table come from the rich table itself."""
    out = copy.copy(study)

    def foot(t: RichTable) -> str:
        # quotes marked inside table cells are credited to the footnote's page: the table must
        # then be in one part with a footnote (same box, same page)
        cells = [c for r in t.header + t.body for c in r if isinstance(c, str) and "{{" in c]
        if cells and (t.split_at is not None or not t.foot):
            raise SystemExit(f"{study.stem}: {t.label}: quotes in cells need an unsplit table with a footnote")
        return " ".join(t.foot + cells)

    out.sections = [(ty, h, [("table", b[1], study.rich[b[1]].caption,
                              {"orient": "cols", "days": [], "groups": [], "day_fmt": str,
                               "foot": foot(study.rich[b[1]])})
                             if not isinstance(b, str) and b[0] == "rich" else b for b in blocks])
                    for ty, h, blocks in study.sections]
    return out


def _xml(study: AtlasStudy) -> str:
    flat = _placeholders(study)
    xml = render_xml(flat)
    for label, t in study.rich.items():
        pat = re.compile(r'<table-wrap id="(T\d+)" position="float"><label>' + re.escape(label) +
                         r"</label>.*?</table-wrap>", re.S)
        m = pat.search(xml)
        if m is None:
            raise SystemExit(f"{study.stem}: {label} not placed in the XML")
        xml = xml[:m.start()] + jats_table(t, study.scores, lambda s: inline(s, flat), m.group(1)) + xml[m.end():]
    return xml


def gold_for(study: AtlasStudy, means: list[tuple[str, str, float]], document: str,
             pages: dict[str, int] | None) -> dict[str, Any]:
    """External gold (fields, text and standard-table rows) plus bare-mean and rich-table rows."""
    g = EXT.gold_for(_placeholders(study), document, pages)

    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    s = study.scores
    for key, group, day in means:
        row = EXT._row(study, document, group, day, "text", page(key), f"{s.values[group][day][0]:.1f}")
        row.update(sd=None, sem=None)
        g["outcomes"].append(row)
    for label, t in study.rich.items():
        for part, cell in t.score_cells():
            g["outcomes"].append(EXT._row(study, document, cell.group, cell.day, "table",
                                          page(f"rich:{label}:{part}"), cell.text(s)))
    return g


def _pdf(study: AtlasStudy) -> tuple[bytes, dict[str, int]]:
    if study.layout in ("single", "twocol"):
        if study.rich:
            raise SystemExit(f"{study.stem}: rich tables need an atlas layout")
        return render_pdf(study)
    from atgen.layouts import render_pdf_atlas

    return render_pdf_atlas(study)


def build(study: AtlasStudy) -> dict[str, Any]:
    EXT.check_vocabulary(study)
    written, means = _expand_means(study)
    xml = _xml(written)
    xml_text = EXT.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = _pdf(written)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    golds = {".xml": gold_for(written, means, study.stem + ".xml", None),
             ".pdf": gold_for(written, means, study.stem + ".pdf", pages)}
    EXT.verify(golds[".xml"], None, xml_text)
    EXT.verify(golds[".pdf"], page_texts, None)
    return {"xml": xml, "pdf": pdf, "gold": golds, "pages": len(page_texts)}


def main() -> None:
    from atgen.studies import STUDIES

    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    built = {s.stem: build(s) for s in STUDIES}  # everything checks before anything is written
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for stem, b in built.items():
        for suffix, g in b["gold"].items():
            (gold_dir / f"{stem}{suffix}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
        (HERE / f"{stem}.xml").write_text(b["xml"], encoding="utf-8")
        (HERE / f"{stem}.pdf").write_bytes(b["pdf"])
        print(f"{stem}: {b['pages']} pages, {len(b['pdf']) // 1024} KiB PDF, "
              f"{len(b['gold']['.pdf']['outcomes'])} outcome rows")
    docs = sorted(f"{stem}{x}" for stem in stems for x in (".pdf", ".xml"))
    (HERE / "split.json").write_text(json.dumps({"tune": docs}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
