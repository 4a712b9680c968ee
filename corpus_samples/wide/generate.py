"""Build the wide tuning corpus: studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/wide/generate.py

Deterministic (reportlab invariant mode, PyMuPDF font re-subsetting, no randomness).
The external set's renderer, gold checks and vocabulary checks are imported, not copied;
``widegen`` adds score styles, wide tables and three layouts of its own. After
rendering, every gold quote is looked up on its PDF page and in the XML text, and the
two renderings' gold must agree; any miss stops the build (and READY is not touched).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(EXTERNAL))
sys.path.insert(0, str(HERE.parents[1]))

import defusedxml.ElementTree as DET
import pymupdf


def _external_generate():  # type: ignore[no-untyped-def]
    # Loaded by path under its own name: "generate" is also this file's name.
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()

from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from widegen.core import WideStudy, gold, materialise
from widegen.render_alt import render_alt
from widegen.studies import STUDIES
from widegen.tables import wide_tables


def _rows(g: dict) -> list[str]:
    keys = ("outcome", "group", "arm", "day", "mean", "sd", "sem", "n", "source", "quote")
    return sorted(json.dumps([r.get(k) for k in keys]) for r in g["outcomes"])


def build(study: WideStudy) -> tuple[bytes, str, dict, dict]:
    """PDF bytes, JATS text and the two gold exports of one study (checked)."""
    EXT.check_vocabulary(study)
    drawn = materialise(study)
    with wide_tables():
        xml = render_xml(drawn)
        if study.render == "std":
            pdf, pages = render_pdf(drawn)
        else:
            pdf, pages = render_alt(drawn)
    xml_text = EXT.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    g_xml = gold(study, study.stem + ".xml", None)
    g_pdf = gold(study, study.stem + ".pdf", pages)
    EXT.verify(g_xml, None, xml_text)
    EXT.verify(g_pdf, page_texts, None)
    if _rows(g_xml) != _rows(g_pdf):
        raise SystemExit(f"{study.stem}: PDF and XML outcome rows differ")
    return pdf, xml, g_pdf, g_xml


README_HEAD = """# corpus_samples/wide: a corpus for TUNING the extractors, written by another hand

Invented preclinical studies of MSC-derived exosomes / sEVs / EVs in rodent spinal cord injury,
each rendered as Europe PMC-style JATS XML (`<stem>.xml`) and as a PDF (`<stem>.pdf`), with gold
for both in `gold/<stem>.pdf.json` and `gold/<stem>.xml.json` (the sheet's JSON export shape).
`split.json` lists every document under `"tune"`: this set is meant to be tuned on, unlike
`corpus_samples/external`. It was written without reading the extractors or the other corpora,
to widen the phrasings and layouts the extractors see (score sentences, tables, schedules, n,
modifications, levels, isolation details, traps).

**Everything is invented** (authors, institutions, journals, references, numbers). DOIs use the
test prefix `10.5555`; PMIDs/PMCIDs are in the unused 992001xx range. Every first page and the
JATS licence say "Synthetic test document ... not a real publication". No sentence comes from
real papers or `shared/seeds`.

## Rebuild and check

    .venv/bin/python corpus_samples/wide/generate.py
    .venv/bin/python -m pytest tests/test_wide_corpus.py -q

Deterministic. The generator imports the external set's renderer (`extgen`), gold checks and
vocabulary checks; `widegen/` adds score styles (`{o:GROUP@DAY|pm|paren|tight|ascii|mean}`), wide
tables (merged header cells, free cells, footnote marks, landscape page, continuation) and three
layouts (`widegen/render_alt.py`). The build stops, without touching `READY`, if a quote is not on
its PDF page or in the XML text, or if the two renderings' gold differ; it rewrites this README.

## Gold conventions

As in `corpus_samples/external/README.md` ("Gold conventions"), plus:

- One outcome row per score written as a number: prose or figure legend (`source: text`), or
  table cell (`table`); `figure` is kept for values read off a plot. A score written without its spread ("reached 11.5") has `sd` and
  `sem` null. The same group and day written twice (table and text) gives two rows.
- `group` is the label without an "(n = 8)" suffix; `n` is per group and time point (exclusions
  lower it). Pre-injury / pre-op baselines, BBB subscores, other scales (inclined plane, CBS,
  Louisville swim), mean differences and scores cited from other studies are not rows.
- Plots add no rows; a paper whose BBB is only plotted has a `notes` entry and no rows.
- `n_per_group` is the allocation stated for the BBB experiment (castillo2022: 12, though one
  vehicle rat died, so its vehicle rows carry n = 11).
- `frequency.interval_h` for "twice weekly" is 84 (the mean interval).

## Studies

| stem | layout | exercises |
|---|---|---|
"""


def write_readme() -> None:
    lines = [README_HEAD.rstrip("\n")]
    for s in STUDIES:
        layout = s.layout if s.render == "std" else f"{s.render} (own)"
        lines.append(f"| {s.stem} | {layout} | {s.exercises} |")
    (HERE / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    ready = HERE / "READY"
    ready.unlink(missing_ok=True)
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for study in STUDIES:
        pdf, xml, g_pdf, g_xml = build(study)
        for suffix, g in ((".pdf", g_pdf), (".xml", g_xml)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            npages = doc.page_count
        print(f"{study.stem}: {study.render if study.render != 'std' else study.layout}, {npages} pages, "
              f"{len(pdf) // 1024} KiB PDF, {len(g_pdf['outcomes'])} outcome rows")
    docs = sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml"))
    (HERE / "split.json").write_text(json.dumps({"tune": docs}, indent=1) + "\n", encoding="utf-8")
    write_readme()
    ready.touch()


if __name__ == "__main__":
    main()
