"""Small study-like PDFs for the batch tests, written with PyMuPDF on the fly.

Every document differs in its numbers (so in its bytes, hash and extracted
values), which lets the tests compare two stores value by value. Bad files
(corrupt, encrypted, empty) are made here too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf

__all__ = ["make_bad_files", "make_corpus", "make_study_pdf", "store_content"]

_METHODS = (
    "Methods. Adult female Sprague-Dawley rats weighing {w_lo}-{w_hi} g underwent a contusion "
    "injury at the T10 level with an NYU impactor. Extracellular vesicles were isolated from "
    "the conditioned medium of human bone marrow mesenchymal stem cells by ultracentrifugation "
    "at 100,000 g for 70 min. Nanoparticle tracking analysis showed a mean diameter of "
    "{size} nm. Each rat received {dose} ug of exosomes in 200 ul PBS through the tail vein "
    "{minutes} min after injury; controls received PBS alone (n = {n} per group)."
)
_RESULTS = (
    "Results. Locomotor recovery was scored on the Basso-Beattie-Bresnahan (BBB) scale. "
    "At day 28 the exosome group reached a BBB score of {bbb_t} +/- 1.1 while the PBS group "
    "reached {bbb_c} +/- 0.8."
)


def make_study_pdf(path: Path, i: int, *, pages: int = 2) -> Path:
    """A short study report whose quantities depend on ``i``."""
    values = {
        "w_lo": 200 + i % 20, "w_hi": 250 + i % 20, "size": 90 + i, "dose": 100 + 5 * i,
        "minutes": 10 + i % 50, "n": 6 + i % 5, "bbb_t": f"{10 + i % 6}.{i % 10}",
        "bbb_c": f"{5 + i % 3}.{(i * 7) % 10}",
    }
    doc = pymupdf.open()
    texts = [f"Exosome therapy after spinal cord injury in rats: study {i}\n\n"
             + _METHODS.format(**values), _RESULTS.format(**values)]
    texts += [f"Discussion, part {k}. These findings are discussed in study {i}." for k in range(pages - 2)]
    for text in texts[:max(1, pages)]:
        page = doc.new_page()
        page.insert_textbox(pymupdf.Rect(56, 56, 540, 780), text, fontsize=10)
    doc.set_metadata({"title": f"Exosome therapy after spinal cord injury in rats: study {i}"})
    doc.save(path)
    doc.close()
    return path


def make_corpus(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [make_study_pdf(folder / f"study_{i:03d}.pdf", i) for i in range(start, start + n)]


def make_bad_files(folder: Path) -> dict[str, Path]:
    """A corrupt, an encrypted and a zero-byte PDF."""
    folder.mkdir(parents=True, exist_ok=True)
    good = make_study_pdf(folder / "tmp_source.pdf", 999)
    data = good.read_bytes()
    good.unlink()
    corrupt = folder / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    truncated = folder / "truncated.pdf"
    truncated.write_bytes(data[: len(data) // 3])
    encrypted = folder / "encrypted.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Confidential rat study.")
    doc.save(encrypted, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    doc.close()
    empty = folder / "empty.pdf"
    empty.write_bytes(b"")
    return {"corrupt": corrupt, "truncated": truncated, "encrypted": encrypted, "empty": empty}


def store_content(url: str) -> dict[str, object]:
    """A store's content without ids, run numbers or timestamps, for comparing two stores.

    Documents by content hash; their current field values and outcome rows as
    sorted tuples. Duplicated current rows would show up as repeated tuples.
    """
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            docs = {
                r.id: r for r in conn.execute(text(
                    "SELECT id, name, sha256, status, error_reason, pages FROM documents"))
            }
            fields = conn.execute(text(
                "SELECT document_id, field, value, confidence, page, quote, evidence FROM field_values "
                "WHERE current")).all()
            outcomes = conn.execute(text(
                "SELECT document_id, row_key, \"group\", arm, day, mean, sd, sem, n, source, page "
                "FROM outcome_values WHERE current")).all()
    finally:
        engine.dispose()
    sha = {i: d.sha256 for i, d in docs.items()}
    return {
        "documents": sorted((d.sha256, d.name, d.status, d.error_reason, d.pages) for d in docs.values()),
        "fields": sorted((sha[f.document_id], f.field, _json(f.value), round(f.confidence, 6), f.page,
                          f.quote, _json(f.evidence)) for f in fields),
        "outcomes": sorted(tuple(repr(x) for x in (sha[o.document_id], *o[1:])) for o in outcomes),
    }


def _json(value: object) -> str:
    # SQLite hands JSON columns back as text, PostgreSQL parsed: compare one form.
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            pass
    return json.dumps(value, sort_keys=True)
