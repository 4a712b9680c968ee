"""A picture for the reviewer: the figure with the points that were read drawn over it."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from miner.extract.figures._document import _open
from miner.extract.figures._model import FigureReadout
from miner.extract.figures._text import union

_RING = (0.85, 0.1, 0.6)  # magenta: visible over the usual series colours


def render_overlay(
    pdf: str | Path | bytes | pymupdf.Document,
    page_number: int,
    readout: FigureReadout,
    *,
    dpi: int = 150,
) -> bytes:
    """PNG of the figures on ``page_number`` (1-based) with every read point ringed.

    Each point gets a ring at the position it was read from, and a tick at the
    top of its error bar when one was read, so a reviewer can see at a glance
    whether a value sits where the plot draws it. The caller's document is not
    modified. Raises ``ValueError`` when the page has no read figure.
    """
    figures = [f for f in readout.figures if f.page == page_number and f.status == "read"]
    if not figures:
        raise ValueError(f"no figure was read on page {page_number}")
    src, owned = _open(pdf)
    try:
        sheet = pymupdf.open()
        page = sheet.new_page(
            width=src[page_number - 1].rect.width, height=src[page_number - 1].rect.height
        )
        page.show_pdf_page(page.rect, src, page_number - 1)
        shape = page.new_shape()
        for fig in figures:
            for p in fig.points:
                shape.draw_circle((p.x, p.y), 4.0)
                shape.finish(color=_RING, width=0.9)
        shape.commit()
        box = union(f.bbox for f in figures) or tuple(page.rect)
        clip = pymupdf.Rect(box[0] - 8, box[1] - 8, box[2] + 8, box[3] + 8) & page.rect
        return page.get_pixmap(dpi=dpi, clip=clip).tobytes("png")
    finally:
        if owned:
            src.close()
