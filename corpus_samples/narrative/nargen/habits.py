"""Page habits added after rendering, with PyMuPDF (the external renderer lacks them).

- ``lineno``: an accepted-manuscript look: every text line of the body gets a running
  line number in the left margin (numbers continue across pages, every line counted), as
  journals print on author manuscripts, and an "Accepted manuscript" banner on each page;
- ``download``: a repository footer on every page ("Downloaded from ... on <date>. For
  personal use only."), a line of text a reader of the page must ignore.

Both are drawn after the content, so each page's text keeps the article's reading order
and quotes stay whole; the added numbers are separate text in the margin.
"""

from __future__ import annotations

import pymupdf


def _body_lines(page: pymupdf.Page) -> list[float]:
    """Baselines (y) of the distinct text lines of a page, top to bottom."""
    ys: list[float] = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            y = round(line["spans"][0]["origin"][1], 1)
            if not any(abs(y - seen) < 2.0 for seen in ys):
                ys.append(y)
    return sorted(ys)


def apply(pdf: bytes, habits: list[str], journal: str, stem: str) -> bytes:
    """The PDF with the named habits drawn on every page."""
    if not habits:
        return pdf
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        counter = 0
        for page in doc:
            w, h = page.rect.width, page.rect.height
            if "lineno" in habits:
                for y in _body_lines(page):
                    if y < 60 or y > h - 40:  # running head and page number are not counted
                        continue
                    counter += 1
                    page.insert_text((34, y), f"{counter}", fontname="helv", fontsize=6.5,
                                     color=(0.35, 0.35, 0.35))
                page.insert_text((w / 2 - 70, 22), "ACCEPTED MANUSCRIPT", fontname="hebo", fontsize=9,
                                 color=(0.55, 0.1, 0.1))
            if "download" in habits:
                page.insert_text((40, h - 8), f"Downloaded from https://journals.example.org/{stem} "
                                 f"by Synthetic Library on 14 March 2025. For personal use only.",
                                 fontname="helv", fontsize=6, color=(0.4, 0.4, 0.4))
        return doc.tobytes(garbage=4, deflate=True, no_new_id=True)
