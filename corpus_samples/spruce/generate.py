"""Build the spruce tuning corpus: multi-arm designs and modified vesicles.

Run from the repository root::

    .venv/bin/python corpus_samples/spruce/generate.py

Six invented studies, each rendered as JATS XML and PDF with gold for both. The study
records, the inline markup, the two stock layouts (``single``, ``twocol``), the JATS
renderer and the gold/verify functions are the external set's (imported, not copied);
``layouts.py`` adds two layouts of this folder (``manuscript``, ``sidebar``).
Deterministic. Every gold quote is looked up on its PDF page and in the XML text; any
miss stops the build. ``READY`` is touched after a build whose checks all passed.
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

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

from extgen.model import Study, collapse  # noqa: E402
from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402


def _external_build():  # type: ignore[no-untyped-def]
    """The external set's gold_for / verify / check_vocabulary (its generate.py as a module)."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def studies() -> list[Study]:
    from layouts import LAYOUTS  # noqa: F401  (imported for its check below)
    from spruce_a import STUDIES as A
    from spruce_b import STUDIES as B

    return [*A, *B]


def render(study: Study) -> tuple[bytes, dict[str, int]]:
    from layouts import LAYOUTS, render_custom

    if study.layout in LAYOUTS:
        return render_custom(study)
    return render_pdf(study)


def main() -> None:
    ext = _external_build()
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    ready = HERE / "READY"
    names: list[str] = []
    total = 0
    for study in studies():
        ext.check_vocabulary(study)
        xml = render_xml(study)
        root = DET.fromstring(xml.encode("utf-8"))
        xml_text = ext.normalise("".join(root.itertext()))
        pdf, pages = render(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix in (".xml", ".pdf"):
            g = ext.gold_for(study, study.stem + suffix, pages if suffix == ".pdf" else None)
            ext.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(study.stem + suffix)
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        total += len(pdf) + len(xml.encode("utf-8"))
        print(f"{study.stem} [{study.layout}]: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(collapse(xml_text).split())} words")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(names)} documents, {total // 1024} KiB")
    ready.touch()


if __name__ == "__main__":
    main()
