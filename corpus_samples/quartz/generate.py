"""Build the quartz tuning corpus: each study as JATS XML + PDF, with gold for both.

Run from the repository root::

    .venv/bin/python corpus_samples/quartz/generate.py

Reuses the external set's renderer and gold/verify functions (imported, not copied);
``qgen.habits`` adds this set's layout habits. Deterministic. Any gold quote missing from
its PDF page or from the XML text stops the build; on success ``READY`` is touched.
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
sys.path[:0] = [str(HERE), str(EXTERNAL), str(HERE.parents[1])]

import defusedxml.ElementTree as DET  # noqa: E402
import pymupdf  # noqa: E402

from extgen.model import Study  # noqa: E402
from extgen.render_pdf import render_pdf  # noqa: E402
from extgen.render_xml import render_xml  # noqa: E402
from qgen import habits  # noqa: E402
from qgen.studies_1 import STUDIES as S1  # noqa: E402
from qgen.studies_2 import STUDIES as S2  # noqa: E402


def _external_generate() -> Any:
    """corpus_samples/external/generate.py as a module (its name clashes with this file's)."""
    spec = importlib.util.spec_from_file_location("external_generate", EXTERNAL / "generate.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


EXT = _external_generate()
STUDIES: list[Study] = [*S1, *S2]


def gold_for(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The external gold, with score keys replaced by the labels the paper prints."""
    g = EXT.gold_for(study, document, pages)
    scores = study.scores
    if isinstance(scores, habits.QScores):
        for row in g["outcomes"]:
            row["group"] = scores.label(row["group"])
    return g


def main() -> None:
    habits.install()
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    names = []
    for study in STUDIES:
        EXT.check_vocabulary(study)
        xml = render_xml(study)
        xml_text = EXT.normalise("".join(DET.fromstring(xml.encode("utf-8")).itertext()))
        pdf, pages = render_pdf(study)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            doc.subset_fonts()
            pdf = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            page_texts = [p.get_text() for p in doc]
        for suffix, pg in ((".xml", None), (".pdf", pages)):
            g = gold_for(study, study.stem + suffix, pg)
            EXT.verify(g, page_texts if pg is not None else None, xml_text if pg is None else None)
            (gold_dir / f"{study.stem}{suffix}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (HERE / f"{study.stem}.xml").write_text(xml, encoding="utf-8")
        (HERE / f"{study.stem}.pdf").write_bytes(pdf)
        names += [study.stem + ".pdf", study.stem + ".xml"]
        print(f"{study.stem}: {len(page_texts)} pages, {len(pdf) // 1024} KiB PDF")
    (HERE / "split.json").write_text(json.dumps({"tune": sorted(names)}, indent=1) + "\n", encoding="utf-8")
    (HERE / "READY").touch()


if __name__ == "__main__":
    main()
