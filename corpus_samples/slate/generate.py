"""Build the slate tuning corpus: invented studies x (JATS XML + PDF) + gold.

Run from the repository root::

    .venv/bin/python corpus_samples/slate/generate.py

Deterministic. Reuses the external set's records, renderers and gold/verify functions
(``corpus_samples/external``, imported, never modified); adds two layouts and two block
kinds of its own (``slategen/layouts.py``). Every gold quote is looked up on its PDF page
and in the JATS text; any miss stops the build. ``READY`` is touched after a clean build.
"""

from __future__ import annotations

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

import importlib.util  # noqa: E402
from extgen.model import Study, collapse  # noqa: E402
from slategen.layouts import extra_blocks, render_slate_pdf, render_slate_xml  # noqa: E402
from slategen.studies_a import STUDIES as STUDIES_A  # noqa: E402
from slategen.studies_b import STUDIES as STUDIES_B  # noqa: E402

STUDIES: list[Study] = [*STUDIES_A, *STUDIES_B]

# corpus_samples/external/generate.py, loaded under its own name (this file is generate.py too)
_spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
assert _spec is not None and _spec.loader is not None
ext = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ext)

# The external gold builder walks prose, captions, score tables and back matter through its
# module-level ``_blocks``; our design tables and timeline legends hold quotes too, so the
# walk is widened (the external module's own build is unaffected: it runs in its own process).
_upstream_blocks = ext._blocks
ext._blocks = lambda study: [*_upstream_blocks(study), *extra_blocks(study)]


def build(study: Study) -> tuple[bytes, str, dict, dict, int]:
    """PDF bytes, JATS text, PDF gold, XML gold and page count of one study (verified)."""
    ext.check_vocabulary(study)
    xml = render_slate_xml(study)
    xml_text = ext.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
    pdf, pages = render_slate_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    gx = ext.gold_for(study, study.stem + ".xml", None)
    gp = ext.gold_for(study, study.stem + ".pdf", pages)
    ext.verify(gx, None, xml_text)
    ext.verify(gp, page_texts, None)
    return pdf, xml, gp, gx, len(page_texts)


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    stems = [s.stem for s in STUDIES]
    if len(set(stems)) != len(stems):
        raise SystemExit("duplicate stems")
    for study in STUDIES:
        pdf, xml, gp, gx, n_pages = build(study)
        for suffix, g in ((".pdf", gp), (".xml", gx)):
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        print(f"{study.stem}: {study.layout}, {n_pages} pages, {len(pdf) // 1024} KiB PDF, "
              f"{len(gp['outcomes'])} rows, {len(collapse(xml).split())} tokens")
    split = {"tune": sorted(s + x for s in stems for x in (".pdf", ".xml"))}
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    layouts = {s.stem: s.layout for s in STUDIES}
    (HERE / "layouts.json").write_text(json.dumps(layouts, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
