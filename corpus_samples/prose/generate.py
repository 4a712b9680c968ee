"""Build the prose tuning corpus: studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/prose/generate.py

Deterministic (reportlab invariant mode, no randomness). Reuses the external corpus'
renderer and checks (``corpus_samples/external``: imported, never modified). Every gold
quote is looked up on its PDF page and in the JATS text; any miss stops the build, and
``READY`` is touched only when the whole build passed.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep corpus_samples free of __pycache__
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
EXTERNAL = ROOT / "corpus_samples" / "external"
for p in (HERE, EXTERNAL, ROOT):
    sys.path.insert(0, str(p))

import defusedxml.ElementTree as DET
import pymupdf
from prosegen.gold import gold_for, resolve_study
from prosegen.render import render_jats, render_pdf
from prosegen.studies import STUDIES


def _external_checks():  # type: ignore[no-untyped-def]
    """The external generator's ``verify`` / ``normalise`` / ``check_vocabulary``."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ext = _external_checks()
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    ready = HERE / "READY"
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    outputs: dict[Path, str | bytes] = {}  # written only once every study passed its checks
    for study in STUDIES:
        ext.check_vocabulary(study)
        resolved, mentions, blocks = resolve_study(study)
        xml = render_jats(resolved)
        xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = render_pdf(resolved)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()  # reportlab's TrueType subsets keep hinting tables: this halves the file
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix, g in ((".xml", gold_for(resolved, study.stem + ".xml", None, mentions, blocks)),
                          (".pdf", gold_for(resolved, study.stem + ".pdf", pages, mentions, blocks))):
            ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            outputs[gold_dir / f"{study.stem}{suffix}.json"] = json.dumps(g, ensure_ascii=False, indent=1) + "\n"
        outputs[HERE / f"{study.stem}.xml"] = xml
        outputs[HERE / f"{study.stem}.pdf"] = pdf
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(mentions)} score mentions, {len(xml_text.split())} words")
    for path, content in outputs.items():
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    docs = sorted(f"{s}{x}" for s in stems for x in (".pdf", ".xml"))
    (HERE / "split.json").write_text(json.dumps({"tune": docs}, indent=2) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file())
    if total >= 1_500_000:
        raise SystemExit(f"corpus is {total} bytes; keep it under 1.5 MB")
    ready.touch()
    print(f"{len(stems)} studies, {total // 1024} KiB in all; READY touched")


if __name__ == "__main__":
    main()
