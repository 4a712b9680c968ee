"""A PDF page as PNG with the evidence boxes highlighted (PyMuPDF)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from miner.errors import ParseError

__all__ = ["MAX_PDF_BYTES", "render_page"]

# The review page renders files miner already parsed; still, bound what we open.
MAX_PDF_BYTES = 200 * 1024 * 1024
_ZOOM = 1.5


def render_page(path: Path, page: int, boxes: Sequence[Sequence[float]] = ()) -> bytes:
    """Render 1-based ``page`` of the PDF at ``path`` to PNG, boxes in PDF points highlighted.

    Raises:
        ParseError: the file is missing, too large, not a PDF, or has no such page.
    """
    import pymupdf

    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise ParseError(f"{path.name} is too large to render")
        doc = pymupdf.open(path, filetype="pdf")
    except FileNotFoundError:
        raise ParseError(f"{path} is not on this machine any more") from None
    except (RuntimeError, ValueError) as exc:
        raise ParseError(f"{path.name} cannot be opened: {exc}") from exc
    try:
        if doc.needs_pass or not 1 <= page <= doc.page_count:
            raise ParseError(f"{path.name} has no page {page}")
        pg = doc[page - 1]
        for box in boxes:
            if len(box) != 4:
                continue
            rect = pymupdf.Rect(*[float(v) for v in box]) & pg.rect
            if rect.is_empty:
                continue
            # A translucent yellow fill and an orange frame: the quote stays readable.
            pg.draw_rect(rect + (-2, -2, 2, 2), color=(0.95, 0.45, 0.0), fill=(1.0, 0.9, 0.0),
                         fill_opacity=0.35, width=1.2, overlay=True)
        return bytes(pg.get_pixmap(matrix=pymupdf.Matrix(_ZOOM, _ZOOM), alpha=False).tobytes("png"))
    finally:
        doc.close()
