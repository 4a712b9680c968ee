"""Build the blind held-out corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/blind/generate.py

Reuses the external set's renderer and gold functions (imported, never modified); the
studies themselves are in ``blindgen/``. Deterministic. After rendering, every gold quote
is looked up on its PDF page and in the XML text; any miss stops the build. On success
``READY`` is touched.
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

import defusedxml.ElementTree as DET
import pymupdf
from extgen.model import Study, collapse, quotes_in
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml


def _external_generate() -> Any:
    """The external build module, loaded under its own name (ours is also ``generate``)."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXT = _external_generate()


def studies() -> list[Study]:
    import importlib
    import pkgutil

    import blindgen

    out: list[Study] = []
    for info in sorted(pkgutil.iter_modules(blindgen.__path__), key=lambda m: m.name):
        if info.name.startswith("papers_"):
            out += importlib.import_module(f"blindgen.{info.name}").STUDIES
    return out


def _prose_only(study: Study) -> Study:
    """The study without fields whose only evidence is outside prose (added back by ``add_extra``)."""
    prose = {f for b in _markup(study) for fields, _ in quotes_in(b) for f in fields}
    outside = {f for f, _k, _q in getattr(study, "extra", [])} - prose
    return dataclasses.replace(study, values={f: v for f, v in study.values.items() if f not in outside})


def _markup(study: Study) -> list[str]:
    return [m for _k, m in EXT._blocks(study)]


def add_extra(study: Study, gold: dict[str, Any], pages: dict[str, int] | None) -> None:
    """Evidence outside prose blocks (e.g. n written in a table header)."""
    fields = gold["studies"][0]["fields"]
    for field, key, quote in getattr(study, "extra", []):
        if field not in study.values:
            raise SystemExit(f"{study.stem}: extra evidence for {field} but no gold value")
        fields.setdefault(field, {"value": study.values[field], "evidence": []})
        fields[field]["evidence"].append({"page": None if pages is None else pages[key], "quote": quote})


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    ready = HERE / "READY"
    ready.unlink(missing_ok=True)
    documents: list[str] = []
    for study in studies():
        EXT.check_vocabulary(study)
        xml = render_xml(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = EXT.normalise("".join(root.itertext()))
        pdf, pages = render_pdf(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix, pg in ((".xml", None), (".pdf", pages)):
            g = EXT.gold_for(_prose_only(study), study.stem + suffix, pg)
            add_extra(study, g, pg)
            EXT.verify(g, page_texts if pg is not None else None, xml_text if pg is None else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        documents += [study.stem + ".pdf", study.stem + ".xml"]
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words")
    keep = {HERE / d for d in documents} | {gold_dir / f"{d}.json" for d in documents}
    for stale in [*HERE.glob("*.pdf"), *HERE.glob("*.xml"), *gold_dir.glob("*.json")]:
        if stale not in keep:  # a renamed study must not leave its old files behind
            stale.unlink()
    split = {"_comment": "Held out: never tune extractors, rules or lexicons on these documents.",
             "tune": [], "heldout": sorted(documents)}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    ready.touch()


if __name__ == "__main__":
    main()
