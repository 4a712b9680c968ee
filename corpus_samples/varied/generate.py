"""Build the *varied* tuning corpus: studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/varied/generate.py

The studies (``vargen/studies_*.py``) are written by a different hand from the other
two generated sets, to widen the phrasings the extractors are tuned on. The renderer,
the inline markup, the gold builder and the quote checks are those of
``corpus_samples/external`` (imported, not copied, and never modified). Deterministic;
every gold quote is looked up on its PDF page and in the XML text, and any miss stops
the build before ``READY`` is touched.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep corpus_samples (and external/) free of __pycache__
HERE = Path(__file__).resolve().parent
EXTERNAL = HERE.parent / "external"
ROOT = HERE.parents[1]
for p in (str(ROOT), str(EXTERNAL), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study, collapse
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml
from vargen import all_studies

from miner.contract import ARMS


def _external_generate():  # type: ignore[no-untyped-def]
    """external/generate.py as a module (its gold_for / verify / normalise / check_vocabulary)."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()
MAX_TOTAL_BYTES = 1_500_000


def check_study(study: Study) -> None:
    """Checks beyond the external set's: arms, one treatment arm, figure-only notes."""
    EXT.check_vocabulary(study)
    arms = [a for _, a, _ in study.scores.groups]
    if any(a not in ARMS for a in arms):
        raise SystemExit(f"{study.stem}: arm outside {ARMS}: {arms}")
    if arms.count("treatment") != 1:
        raise SystemExit(f"{study.stem}: expected exactly one treatment arm, got {arms}")
    for g, _a, _n in study.scores.groups:
        for day, (mean, _err) in study.scores.values[g].items():
            top = 9 if study.scores.outcome == "BMS" else 21
            if not 0 <= mean <= top or day <= 0:
                raise SystemExit(f"{study.stem}: implausible score {g}@{day}={mean}")


def build(study: Study) -> tuple[bytes, str, dict, dict]:
    check_study(study)
    xml = render_xml(study)
    root = DET.fromstring(xml.encode("utf-8"))
    xml_text = EXT.normalise("".join(root.itertext()))
    pdf, pages = render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
        for page in doc:  # a table wider than its column runs off the page and loses cells
            for x0, _y0, x1, _y1, *_ in page.get_text("words", flags=0):
                if x0 < 0 or x1 > page.rect.width - 20:
                    raise SystemExit(f"{study.stem}: text runs off page {page.number + 1}")
    gx = EXT.gold_for(study, study.stem + ".xml", None)
    gp = EXT.gold_for(study, study.stem + ".pdf", pages)
    EXT.verify(gx, None, xml_text)
    EXT.verify(gp, page_texts, None)
    if not gp["outcomes"] and not study.notes:
        raise SystemExit(f"{study.stem}: no outcome rows and no note saying why")
    print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
          f"{len(collapse(xml_text).split())} words, {len(gp['outcomes'])} outcome rows")
    return pdf, xml, gp, gx


def main() -> None:
    ready = HERE / "READY"
    studies = all_studies()
    stems = [s.stem for s in studies]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    built = [(s, *build(s)) for s in studies]  # everything checked before anything is written
    total = sum(len(pdf) + len(xml.encode("utf-8")) for _, pdf, xml, _, _ in built)
    if total > MAX_TOTAL_BYTES:
        raise SystemExit(f"corpus is {total} bytes, over {MAX_TOTAL_BYTES}")
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for study, pdf, xml, gp, gx in built:
        for suffix, g in ((".pdf", gp), (".xml", gx)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
    keep = {f"{s}{ext}" for s in stems for ext in (".pdf", ".xml")}
    for stale in [*HERE.glob("*.pdf"), *HERE.glob("*.xml"), *gold_dir.glob("*.json")]:
        if stale.name.removesuffix(".json") not in keep:  # a renamed or dropped study
            stale.unlink()
    docs = sorted(f"{s}{ext}" for s in stems for ext in (".pdf", ".xml"))
    split = {"description": "varied corpus: every document is for tuning the extractors", "tune": docs}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print(f"{len(studies)} studies, {total // 1024} KiB in total")
    ready.touch()


if __name__ == "__main__":
    main()
