"""Build the fresh held-out corpus: studies x (JATS XML + PDF) + gold + split.json.

Run from the repository root::

    .venv/bin/python corpus_samples/fresh/generate.py

Reuses the external corpus's renderer and gold/verify functions unchanged (imported, not
copied); the study texts and a few print styles live in ``freshgen/``. Deterministic. The
build reads every rendering back and stops if any gold quote is not on its page / in the text.
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
from extgen.model import Study
from extgen.render_pdf import render_pdf
from extgen.render_xml import render_xml


def _external_generate():  # type: ignore[no-untyped-def]
    """The external corpus's generate.py as a module (its gold_for / verify / normalise)."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXT = _external_generate()

from freshgen.studies_1 import STUDIES as S1
from freshgen.studies_2 import STUDIES as S2
from freshgen.studies_3 import STUDIES as S3

STUDIES: list[Study] = [*S1, *S2, *S3]


def build(study: Study) -> dict[str, bytes]:
    """Render one study: file name (relative to this folder) -> bytes, after verifying every quote."""
    EXT.check_vocabulary(study)
    xml = render_xml(study)
    root = DET.fromstring(xml.encode("utf-8"))
    xml_text = EXT.normalise("".join(root.itertext()))
    pdf, pages = render_pdf(study)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        doc.subset_fonts()  # as in the external build: halves the file
        pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page_texts = [p.get_text() for p in doc]
    out = {f"{study.stem}.xml": xml.encode("utf-8"), f"{study.stem}.pdf": pdf}
    for suffix, g in ((".xml", EXT.gold_for(study, study.stem + ".xml", None)),
                      (".pdf", EXT.gold_for(study, study.stem + ".pdf", pages))):
        EXT.verify(g, page_texts if suffix == ".pdf" else None, xml_text if suffix == ".xml" else None)
        out[f"gold/{study.stem}{suffix}.json"] = (json.dumps(g, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out


def split_json() -> bytes:
    """Every rendering of every study, all in the held-out split."""
    documents = sorted(f"{s.stem}{x}" for s in STUDIES for x in (".pdf", ".xml"))
    split = {"_comment": "This whole set is held out: never tune extractors, rules or lexicons on it.",
             "heldout": documents}
    return (json.dumps(split, indent=2) + "\n").encode("utf-8")


def main() -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for study in STUDIES:
        files = build(study)
        for name, data in files.items():
            (HERE / name).write_bytes(data)
        pdf = files[f"{study.stem}.pdf"]
        print(f"{study.stem}: {len(pdf) // 1024} KiB PDF")
    (HERE / "split.json").write_bytes(split_json())


if __name__ == "__main__":
    main()
