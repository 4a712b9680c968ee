"""Deliberately broken files: what a batch of real downloads also contains."""

from __future__ import annotations

import random
from pathlib import Path

import pymupdf

# Fixed dates so PyMuPDF-written files do not change between runs.
_META = {"creationDate": "D:20240101000000Z", "modDate": "D:20240101000000Z",
         "producer": "miner corpus_samples", "creator": "miner corpus_samples/generate.py"}

_SCANNED_TEXT = (
    "Results. Exosomes isolated from bone marrow MSCs showed a cup-shaped\n"
    "morphology. At 28 days after contusion the BBB score of the Exo group\n"
    "was higher than that of the PBS group (n = 8 per group)."
)


def write_bad_files(out: Path, good_pdf: Path) -> list[str]:
    """Write the six bad files next to the good ones; return their names."""
    rng = random.Random(20240607)
    files = {
        # A PDF header followed by noise: no objects, no xref, no trailer.
        "bad_corrupt.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(rng.randrange(256) for _ in range(4096)),
        # A good PDF cut in half: the xref table and trailer are gone.
        "bad_truncated.pdf": good_pdf.read_bytes()[: good_pdf.stat().st_size // 2],
        "bad_empty.pdf": b"",
        "bad_not_a_pdf.pdf": (
            b"<!DOCTYPE html>\n<html><head><title>Access denied</title></head>\n"
            b"<body><h1>Institutional login required</h1>\n"
            b"<p>You do not have access to the full text of this article.</p></body></html>\n"
        ),
    }
    for name, data in files.items():
        (out / name).write_bytes(data)
    _encrypted(out / "bad_encrypted.pdf", good_pdf)
    _image_only(out / "bad_image_only.pdf")
    return sorted([*files, "bad_encrypted.pdf", "bad_image_only.pdf"])


def _encrypted(path: Path, good_pdf: Path) -> None:
    """A copy of a good paper that needs the user password ``miner-user`` to open.

    AES encryption uses a random IV, so these bytes differ between runs.
    """
    with pymupdf.open(good_pdf) as doc:
        doc.set_metadata({**doc.metadata, **_META})
        doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="miner-user",
                 owner_pw="miner-owner", garbage=3, deflate=True, no_new_id=True)


def _image_only(path: Path) -> None:
    """A 'scanned' page: text rendered to a low-resolution grey image, no text layer."""
    with pymupdf.open() as src:
        page = src.new_page(width=420, height=200)
        page.insert_text((20, 40), _SCANNED_TEXT, fontsize=10, fontname="tiro")
        pix = page.get_pixmap(dpi=110, colorspace=pymupdf.csGRAY)
    with pymupdf.open() as doc:
        page = doc.new_page(width=595, height=842)
        page.insert_image(pymupdf.Rect(60, 80, 535, 306), stream=pix.tobytes("png"))
        doc.set_metadata(_META)
        doc.save(path, garbage=3, deflate=True, no_new_id=True)
