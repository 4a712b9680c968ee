"""Two layout habits of our own, drawn over the external renderer's pages with PyMuPDF.

- ``manuscript``: an accepted-manuscript PDF, as journals post before copy-editing:
  continuous line numbers down the left margin (they run on from page to page) and an
  "Accepted manuscript" banner at the top of every page. Such papers usually also collect
  the figure legends after the discussion; that is done in the study text itself.
- ``preprint``: a preprint-server PDF: a vertical licence/DOI stamp along the right edge of
  every page and a "not peer-reviewed" footer line.

Both add text *after* the article's own content stream, so a reader in stream order still
sees every paragraph whole, while a reader that sorts text by position meets the stamps
and numbers in the middle of the lines (that is the point of the habit).
"""

from __future__ import annotations

import pymupdf

BASE = {"manuscript": "single", "preprint": "twocol"}


def decorate(pdf: bytes, habit: str, stamp: str) -> bytes:
    """Return ``pdf`` with the ``habit``'s marks drawn on every page."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        line = 1
        for page in doc:
            w, h = page.rect.width, page.rect.height
            if habit == "manuscript":
                page.insert_text((w - 200, 28), "Accepted manuscript – not the version of record",
                                 fontname="helv", fontsize=7, color=(0.35, 0.35, 0.35))
                y = 72.0
                while y < h - 60:
                    page.insert_text((22, y), str(line), fontname="helv", fontsize=6.5, color=(0.4, 0.4, 0.4))
                    line += 1
                    y += 14.2
            elif habit == "preprint":
                page.insert_text((w - 14, h - 90), stamp, fontname="helv", fontsize=7, rotate=90,
                                 color=(0.45, 0.45, 0.45))
                page.insert_text((48, h - 22), "This article is a preprint and has not been peer-reviewed.",
                                 fontname="helv", fontsize=6.5, color=(0.45, 0.45, 0.45))
            else:
                raise ValueError(f"unknown layout habit {habit!r}")
        return doc.tobytes(no_new_id=True)  # keep the file ID: the build is byte-for-byte reproducible
