"""Find the BBB figures of a PDF and read each one (vector or raster)."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pymupdf

from miner.errors import ParseError
from miner.extract.figures._model import BBox, FigureReadout, FigureReport
from miner.extract.figures._plot import axis_text, read_vector_plot
from miner.extract.figures._raster import read_raster_plot
from miner.extract.figures._text import (
    BBB_WORDS,
    CAPTION_START,
    arm_for_label,
    group_size,
    words_from_page,
)
from miner.extract.figures._vector import Axes, find_axes, primitives
from miner.parse.model import ParsedDocument, SectionKind
from miner.records import Evidence, OutcomeRow

# Bounds for hostile input: papers have tens of pages and a few thousand paths a page.
MAX_PAGES = 200
MAX_DRAWINGS = 30_000
DEFAULT_BUDGET_S = 60.0
MIN_IMAGE_PT = 72.0  # smaller images are icons or logos, not plots


def _open(pdf: str | Path | bytes | pymupdf.Document) -> tuple[pymupdf.Document, bool]:
    if isinstance(pdf, pymupdf.Document):
        return pdf, False
    try:
        if isinstance(pdf, bytes | bytearray):
            return pymupdf.open(stream=bytes(pdf), filetype="pdf"), True
        return pymupdf.open(str(pdf), filetype="pdf"), True
    except Exception as exc:  # PyMuPDF raises several types for unreadable files
        raise ParseError(
            f"cannot open PDF for figure reading: {exc}",
            path=None if isinstance(pdf, bytes) else str(pdf),
        ) from exc


def _candidate_pages(parsed: ParsedDocument, n_pages: int) -> set[int]:
    """0-based pages that can hold a BBB plot, decided from the parsed text alone.

    A page is read when its parsed text names BBB / Basso / locomotor, when it
    carries a figure caption in a paper that names them anywhere, or when the
    parser gave it no text at all (a page it skipped or could not read), so the
    word check in ``_read`` still sees it. A paper that never names the scale
    costs no page access.
    """
    with_text: set[int] = set()
    bbb_pages: set[int] = set()
    caption_pages: set[int] = set()
    for b in parsed.blocks:
        if b.page is None:  # JATS text has no pages: every page then counts as unread text
            continue
        pno = b.page - 1
        with_text.add(pno)
        if BBB_WORDS.search(b.text) or "basso" in b.text.lower():
            bbb_pages.add(pno)
        if b.section == SectionKind.FIGURE_CAPTION:
            caption_pages.add(pno)
    pages = set(bbb_pages)
    if bbb_pages:
        pages |= caption_pages
    pages |= {p for p in range(n_pages) if p not in with_text}
    return {p for p in pages if 0 <= p < n_pages}


def _captions(
    page: Any, pno: int, parsed: ParsedDocument | None, textpage: Any = None
) -> list[tuple[BBox, str]]:
    """Figure captions on a page: from the parsed document when given, else the page's text blocks."""
    if parsed is not None:
        caps = [
            (b.bbox, b.text)
            for b in parsed.blocks
            if b.section == SectionKind.FIGURE_CAPTION and b.page == pno + 1 and b.bbox is not None
        ]
        if caps:
            return caps
    out = []
    for b in page.get_text("blocks", textpage=textpage):
        text = " ".join(str(b[4]).split())
        if CAPTION_START.match(text):
            out.append(((float(b[0]), float(b[1]), float(b[2]), float(b[3])), text))
    return out


def _caption_for(box: BBox, captions: Sequence[tuple[BBox, str]]) -> tuple[BBox, str] | None:
    """The caption under a plot (nearest below), else the nearest one above it."""
    below = [c for c in captions if c[0][1] >= box[3] - 5]
    if below:
        return min(below, key=lambda c: c[0][1] - box[3])
    above = [c for c in captions if c[0][3] <= box[1] + 5]
    if above:
        return min(above, key=lambda c: box[1] - c[0][3])
    return None


def _context(doc: pymupdf.Document, parsed: ParsedDocument | None) -> str:
    """Methods text (or, without a parsed document, all text) for SD/SEM statements."""
    if parsed is not None:
        return "\n".join(
            b.text for b in parsed.blocks if b.section in (SectionKind.METHODS, SectionKind.RESULTS)
        )
    return "\n".join(doc[i].get_text() for i in range(min(len(doc), MAX_PAGES)))


def _legend_region(
    ax: Axes, axes: Sequence[Axes], page_rect: Any, caption_box: BBox | None
) -> BBox:
    right = page_rect.x1
    for other in axes:
        if (
            other is not ax
            and other.left > ax.right
            and other.top < ax.bottom
            and other.bottom > ax.top
        ):
            right = min(right, other.left - 40)
    bottom = ax.bottom + 90
    if caption_box is not None and caption_box[1] > ax.bottom:
        bottom = min(bottom, caption_box[1] - 1)
    return (ax.left - 5, ax.top - 30, right, bottom)


def read_bbb_figures(
    pdf: str | Path | bytes | pymupdf.Document,
    parsed: ParsedDocument | None = None,
    *,
    budget_s: float = DEFAULT_BUDGET_S,
) -> FigureReadout:
    """Read BBB line graphs in a PDF into outcome rows.

    Vector plots are read from their drawing coordinates (confidence >= 0.95);
    plots embedded as images are read approximately from their pixels
    (confidence <= 0.6, always for the reviewer to confirm). A plot whose axes
    cannot be calibrated from tick marks and numeric tick labels is reported
    with status ``uncalibrated`` and the reason, and gives no rows.

    Parameters:
        pdf: a path, the PDF bytes, or an open ``pymupdf.Document``.
        parsed: the parsed document; its FIGURE_CAPTION blocks locate captions
            and its methods text says whether error bars are SD or SEM.
        budget_s: stop looking at further pages after this many seconds.

    Returns:
        ``FigureReadout`` with one ``OutcomeRow`` per series per time point
        (outcome ``BBB``, source ``figure``) and one ``FigureReport`` per plot.

    Raises:
        ParseError: the PDF cannot be opened.
    """
    doc, owned = _open(pdf)
    try:
        return _read(doc, parsed, budget_s)
    finally:
        if owned:
            doc.close()


def _read(doc: pymupdf.Document, parsed: ParsedDocument | None, budget_s: float) -> FigureReadout:
    readout = FigureReadout()
    started = time.perf_counter()
    context: str | None = None
    n_pages = min(len(doc), MAX_PAGES)
    pages = range(n_pages) if parsed is None else sorted(_candidate_pages(parsed, n_pages))
    for pno in pages:
        if time.perf_counter() - started > budget_s:
            break
        page = doc[pno]
        # One text extraction serves both the caption blocks and the words.
        textpage = page.get_textpage(flags=pymupdf.TEXTFLAGS_WORDS)
        captions = _captions(page, pno, parsed, textpage)
        words = words_from_page(page.get_text("words", textpage=textpage))
        bbb_caption = any(BBB_WORDS.search(c[1]) for c in captions)
        if not bbb_caption and not any(BBB_WORDS.search(w.text) for w in words):
            continue
        if context is None:
            context = _context(doc, parsed)
        # get_drawings runs in C; the count bound protects the Python passes that follow.
        drawings = page.get_drawings()
        if len(drawings) > MAX_DRAWINGS:
            readout.figures.append(
                FigureReport(
                    pno + 1,
                    tuple(page.rect),
                    "",
                    "vector",
                    "not_a_plot",
                    f"page has {len(drawings)} drawing paths; not read",
                )
            )
            continue
        prim = primitives(drawings)
        axes = find_axes(prim.segments)
        seen: list[BBox] = []
        claimed = set().union(*(axis_text(words, ax).used for ax in axes)) if axes else set()
        for ax in axes:
            t0 = time.perf_counter()
            cap = _caption_for(ax.bbox, captions)
            report = read_vector_plot(
                prim,
                words,
                ax,
                caption=cap[1] if cap else "",
                context=context,
                page=pno + 1,
                region=_legend_region(ax, axes, page.rect, cap[0] if cap else None),
                claimed=claimed,
            )
            if report is not None:
                report.ms = (time.perf_counter() - t0) * 1000
                readout.figures.append(report)
                seen.append(ax.bbox)
        for info in page.get_image_info(xrefs=True):
            x0, y0, x1, y1 = (float(v) for v in info["bbox"])
            box: BBox = (x0, y0, x1, y1)
            if box[2] - box[0] < MIN_IMAGE_PT or box[3] - box[1] < MIN_IMAGE_PT:
                continue
            if any(_overlaps(box, s) for s in seen) or any(_overlaps(box, a.bbox) for a in axes):
                continue  # a vector plot drawn over a background image: already read as vector
            t0 = time.perf_counter()
            cap = _caption_for(box, captions)
            report = read_raster_plot(
                doc,
                page,
                info,
                words,
                caption=cap[1] if cap else "",
                context=context,
                page_number=pno + 1,
            )
            if report is not None:
                report.ms = (time.perf_counter() - t0) * 1000
                readout.figures.append(report)
                seen.append(box)
        for cbox, ctext in captions:
            if BBB_WORDS.search(ctext) and not any(
                r.page == pno + 1 and r.caption == ctext for r in readout.figures
            ):
                readout.figures.append(
                    FigureReport(
                        pno + 1,
                        cbox,
                        ctext,
                        "vector",
                        "not_a_plot",
                        "BBB caption, but no line graph with axes found near it",
                    )
                )
    readout.rows = _rows(readout.figures)
    return readout


def _overlaps(a: Sequence[float], b: Sequence[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _outward(box: BBox) -> BBox:
    """Round a box to 0.01 pt without cutting into it."""
    return (
        math.floor(box[0] * 100) / 100,
        math.floor(box[1] * 100) / 100,
        math.ceil(box[2] * 100) / 100,
        math.ceil(box[3] * 100) / 100,
    )


def _rows(figures: Sequence[FigureReport]) -> list[OutcomeRow]:
    rows = []
    for fig in figures:
        if fig.status != "read":
            continue
        n = group_size(fig.caption)
        quote = fig.caption or "(figure without caption)"
        evidence = (Evidence(quote=quote, page=fig.page, bbox=_outward(fig.bbox)),)
        for p in fig.points:
            rows.append(
                OutcomeRow(
                    outcome="BBB",
                    group=p.series,
                    arm=arm_for_label(p.series),
                    day=p.day,
                    mean=p.mean,
                    sd=p.error if fig.error_kind == "sd" else None,
                    sem=p.error if fig.error_kind == "sem" else None,
                    n=n,
                    source="figure",
                    page=fig.page,
                    confidence=p.confidence,
                    evidence=evidence,
                    extractor=f"figures.{fig.kind}.v1",
                )
            )
    return rows
