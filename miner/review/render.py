"""A PDF page as PNG with the evidence boxes highlighted (PyMuPDF)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from miner.errors import ParseError

__all__ = ["MAX_PDF_BYTES", "render_page", "render_region"]

# The review page renders files miner already parsed; still, bound what we open.
MAX_PDF_BYTES = 200 * 1024 * 1024
_ZOOM = 1.5


@contextmanager
def _page(path: Path, page: int) -> Iterator[Any]:
    """The 1-based ``page`` of the PDF at ``path``, opened with the size bound (ParseError otherwise)."""
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
        yield doc[page - 1]
    finally:
        doc.close()


def render_page(path: Path, page: int, boxes: Sequence[Sequence[float]] = ()) -> bytes:
    """Render 1-based ``page`` of the PDF at ``path`` to PNG, boxes in PDF points highlighted.

    Raises:
        ParseError: the file is missing, too large, not a PDF, or has no such page.
    """
    import pymupdf

    with _page(path, page) as pg:
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


def render_region(path: Path, page: int, clip: Sequence[float], *, dpi: int = 150) -> tuple[bytes, tuple[float, ...]]:
    """Render the ``clip`` rectangle (PDF points) of 1-based ``page`` to PNG, unchanged.

    Returns the PNG and the rectangle actually rendered (``clip`` cut to the page),
    so callers can place marks over the image in page coordinates.

    Raises:
        ParseError: the file is missing, too large, not a PDF, has no such page,
            or the rectangle lies outside the page.
    """
    import pymupdf

    dpi = max(36, min(int(dpi), 400))  # a hostile request must not ask for a huge bitmap
    with _page(path, page) as pg:
        rect = pymupdf.Rect(*[float(v) for v in clip]) & pg.rect
        if rect.is_empty:
            raise ParseError(f"{path.name}: nothing to render on page {page}")
        png = bytes(pg.get_pixmap(dpi=dpi, clip=rect, alpha=False).tobytes("png"))
        return png, (rect.x0, rect.y0, rect.x1, rect.y1)
