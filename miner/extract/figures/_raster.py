"""Read line graphs embedded as images, approximately, for the reviewer to confirm.

The plot is found in the pixels (a long dark horizontal and vertical line
meeting at the lower-left corner, with short tick marks on them). Tick labels
and legend labels must be text on the page over the image; labels that exist
only as pixels would need OCR, which miner does not ship, so such plots are
reported as uncalibrated instead of read with guessed axes. Series are told
apart by colour (the legend sample's colour); points are the centres of
marker blobs (found as the thick parts of each colour mask), error bars the
vertical runs of the same colour through them.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np
import pymupdf
from scipy import ndimage as ndi

from miner.extract.figures._calibrate import AxisCalibration, Uncalibrated, calibrate, label_ticks
from miner.extract.figures._model import BBox, FigurePoint, FigureReport
from miner.extract.figures._plot import axis_text
from miner.extract.figures._text import (
    BBB_WORDS,
    Word,
    error_kind,
    is_bbb_axis,
    text_lines,
    time_unit,
    union,
)
from miner.extract.figures._vector import Axes

MAX_PIXELS = 25_000_000  # a 5000 x 5000 figure; larger images are not plots worth the memory
RASTER_CONFIDENCE = 0.5  # candidate values: always below the reviewer-confirmation threshold
RASTER_NO_BAR_CONFIDENCE = 0.4
DARK, SAT = 110, 60


@dataclass(frozen=True, slots=True)
class _Line:
    pos: float  # weighted centre (row for horizontal, column for vertical), pixels
    lo: int  # first row/column of the stroke
    hi: int  # last row/column of the stroke
    start: int
    end: int


def _runs(mask_1d: np.ndarray) -> tuple[int, int]:
    """(length, start) of the longest run of True."""
    padded = np.concatenate(([False], mask_1d, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    if edges.size == 0:
        return 0, 0
    starts, ends = edges[::2], edges[1::2]
    i = int(np.argmax(ends - starts))
    return int(ends[i] - starts[i]), int(starts[i])


def _long_lines(dark: np.ndarray, weight: np.ndarray, min_len: int) -> list[_Line]:
    """Long horizontal strokes of ``dark`` (transpose for vertical ones)."""
    rows = []
    for r in range(dark.shape[0]):
        length, start = _runs(dark[r])
        if length >= min_len:
            rows.append((r, start, start + length - 1))
    lines: list[_Line] = []
    group: list[tuple[int, int, int]] = []
    for row in rows + [(-10, 0, 0)]:
        if group and (row[0] != group[-1][0] + 1 or abs(row[1] - group[-1][1]) > 3):
            rs = np.array([g[0] for g in group])
            s, e = min(g[1] for g in group), max(g[2] for g in group)
            w = weight[rs, s : e + 1].sum(axis=1)
            lines.append(
                _Line(float((rs * w).sum() / max(w.sum(), 1e-9)), int(rs[0]), int(rs[-1]), s, e)
            )
            group = []
        group.append(row)
    return lines


def _ticks(
    dark: np.ndarray, weight: np.ndarray, lo: int, hi: int, edge: int, step: int, max_len: int
) -> list[float]:
    """Tick marks sticking out of an axis stroke: rows lo..hi scanned from column ``edge`` in ``step``."""
    hits = []
    for r in range(max(lo, 0), min(hi, dark.shape[0] - 1) + 1):
        n = 0
        c = edge
        while 0 <= c < dark.shape[1] and dark[r, c] and n <= max_len:
            n += 1
            c += step
        if 2 <= n <= max_len:
            hits.append(r)
    ticks: list[float] = []
    group: list[int] = []
    for r in hits + [-10]:
        if group and r != group[-1] + 1:
            rs = np.array(group)
            col = edge + step
            w = weight[rs, min(max(col, 0), dark.shape[1] - 1)]
            ticks.append(float((rs * w).sum() / max(w.sum(), 1e-9)))
            group = []
        group.append(r)
    return ticks


@dataclass(frozen=True, slots=True)
class _PixelAxes:
    left: _Line  # vertical
    bottom: _Line  # horizontal


def _find_axes(dark: np.ndarray, weight: np.ndarray, tick_px: int) -> list[_PixelAxes]:
    h, w = dark.shape
    hs = _long_lines(dark, weight, max(30, int(0.25 * w)))
    vs = _long_lines(dark.T, weight.T, max(30, int(0.25 * h)))
    found = []
    for hl in hs:
        for vl in vs:
            # Outward ticks at the corner lengthen both strokes by up to a tick length.
            tol = max(3, vl.hi - vl.lo + 2)
            if (
                -tol <= vl.pos - hl.start <= tick_px + tol
                and -2 <= vl.end - hl.pos <= tick_px + tol
            ):
                found.append(_PixelAxes(vl, hl))
    # Boxed plots repeat corners at grid lines; keep the lowest-left one per plot.
    found.sort(key=lambda a: (a.left.pos, -a.bottom.pos))
    kept: list[_PixelAxes] = []
    for a in found:
        if not any(
            k.left.start <= a.bottom.pos <= k.bottom.pos + 2
            and k.bottom.start <= a.left.pos <= k.bottom.end
            for k in kept
        ):
            kept.append(a)
    return kept


def _rgb(doc: pymupdf.Document, xref: int) -> np.ndarray | None:
    pix = pymupdf.Pixmap(doc, xref)
    if pix.width * pix.height > MAX_PIXELS:
        return None
    if pix.alpha:
        pix = pymupdf.Pixmap(pix, 0)
    if pix.colorspace is None or pix.colorspace.n != 3:
        pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    return arr[:, :, :3].astype(np.int16)


def read_raster_plot(
    doc: pymupdf.Document,
    page: Any,
    info: dict[str, Any],
    words: Sequence[Word],
    *,
    caption: str,
    context: str,
    page_number: int,
) -> FigureReport | None:
    """Read a BBB line graph from an embedded image; None when it is not a BBB figure."""
    box: BBox = tuple(float(v) for v in info["bbox"])  # type: ignore[assignment]
    near = [
        w
        for w in words
        if box[0] - 40 <= w.cx <= box[2] + 40 and box[1] - 10 <= w.cy <= box[3] + 10
    ]
    if not BBB_WORDS.search(caption) and not any(BBB_WORDS.search(w.text) for w in near):
        return None
    report = FigureReport(
        page=page_number, bbox=box, caption=caption, kind="raster", status="uncalibrated"
    )
    a, b, c, d = (float(v) for v in info.get("transform", (1, 0, 0, 1, 0, 0))[:4])
    if abs(b) > 1e-3 or abs(c) > 1e-3 or a <= 0 or d <= 0:
        report.reason = "image is rotated or flipped on the page; not read"
        return report
    arr = _rgb(doc, int(info["xref"]))
    if arr is None:
        report.status, report.reason = "not_a_plot", "image too large to read"
        return report
    h, w = arr.shape[:2]
    sx, sy = (box[2] - box[0]) / w, (box[3] - box[1]) / h

    def to_page(col: float, row: float) -> tuple[float, float]:
        return box[0] + (col + 0.5) * sx, box[1] + (row + 0.5) * sy

    gray = arr.mean(axis=2)
    sat = arr.max(axis=2) - arr.min(axis=2)
    dark = (gray < DARK) & (sat < SAT)
    weight = np.clip(255 - gray, 0, None) * (sat < SAT)
    found = _find_axes(dark, weight, int(12 / min(sx, sy)))
    if not found:
        report.status, report.reason = "not_a_plot", "no plot axes found in the image"
        return report
    reports = []
    for pa in found:
        reports.append(
            _read_one(
                arr, gray, sat, dark, weight, pa, near, to_page, (sx, sy), report, caption, context
            )
        )
    read = [r for r in reports if r.status == "read"]
    return read[0] if read else reports[0]


def _read_one(
    arr: np.ndarray,
    gray: np.ndarray,
    sat: np.ndarray,
    dark: np.ndarray,
    weight: np.ndarray,
    pa: _PixelAxes,
    words: Sequence[Word],
    to_page: Any,
    scale: tuple[float, float],
    base: FigureReport,
    caption: str,
    context: str,
) -> FigureReport:
    sx, sy = scale
    left_x, top_y = to_page(pa.left.pos, pa.left.start)
    right_x, bottom_y = to_page(pa.bottom.end, pa.bottom.pos)
    ax = Axes(left=left_x, right=right_x, top=top_y, bottom=bottom_y)
    report = FigureReport(
        base.page, base.bbox, caption, "raster", "uncalibrated", plot_bbox=ax.bbox
    )
    text = axis_text(words, ax)
    if text.y_title and not is_bbb_axis(text.y_title, caption):
        report.status, report.reason = "not_a_plot", f"y axis is not BBB ({text.y_title})"
        return report
    max_len = int(12 / sx)
    yt = [
        to_page(0, r)[1]
        for r in _ticks(
            dark, weight, pa.left.start - 2, pa.left.end + 2, pa.left.lo - 1, -1, max_len
        )
    ]
    xt = [
        to_page(c, 0)[0]
        for c in _ticks(
            dark.T,
            weight.T,
            pa.bottom.start - 2,
            pa.bottom.end + 2,
            pa.bottom.hi + 1,
            1,
            int(12 / sy),
        )
    ]
    try:
        cals: list[AxisCalibration] = []
        for axis, ticks, line in (("x", xt, ax.bottom), ("y", yt, ax.left)):
            if len(ticks) < 2:
                raise Uncalibrated(f"{axis} axis: fewer than two tick marks found in the image")
            spacing = min(q - p for p, q in pairwise(ticks))
            pairs = label_ticks(
                ticks,
                words,
                axis=axis,
                axis_line=line,
                max_gap=18.0,
                align=min(8.0, 0.45 * spacing),
            )
            if len(pairs) < 2:
                ocr = (
                    "Tesseract is installed but OCR of figures is not implemented"
                    if shutil.which("tesseract")
                    else "no OCR (Tesseract) available"
                )
                raise Uncalibrated(
                    f"{axis} axis: tick labels are not page text (pixels of the image); {ocr}"
                )
            cals.append(calibrate(pairs, axis=axis, tolerance=max(2.5 * max(sx, sy), 0.6)))
    except Uncalibrated as exc:
        report.reason = str(exc)
        return report
    xcal, ycal = cals
    unit = time_unit(text.x_title, caption)
    if unit is None:
        report.reason = "time axis: unit (days or weeks) not stated on the axis or in the caption"
        return report
    report.status = "read"
    report.error_kind = error_kind(caption) or error_kind(context)
    # The plot's inside, without spines and ticks.
    inner = np.zeros(dark.shape, dtype=bool)
    r0, r1 = pa.left.start + (pa.bottom.hi - pa.bottom.lo) + 2, pa.bottom.lo - 1
    c0, c1 = pa.left.hi + 1, pa.bottom.end - (pa.left.hi - pa.left.lo) - 2
    inner[r0:r1, c0:c1] = True
    entries = _legend(arr, dark, words, ax, text.used, to_page, scale, inner)
    notes = ["values read from pixels: confirm each point"]
    if not entries:
        entries = _colour_clusters(arr, dark, inner)
        notes.append("no legend text found: series named by colour")
    boxes = [ax.bbox, *text.boxes]
    for label, colour, lbox in entries:
        if lbox is not None:
            boxes.append(lbox)
        mask = np.zeros(inner.shape, dtype=bool)
        mask[r0:r1, c0:c1] = (
            _colour_mask(arr[r0:r1, c0:c1], gray[r0:r1, c0:c1], sat[r0:r1, c0:c1], colour)
            & inner[r0:r1, c0:c1]
        )
        pts = [(c + c0, r + r0, rad) for c, r, rad in _blobs(mask[r0:r1, c0:c1])]
        if not pts:
            notes.append(f"{label}: no markers found")
            continue
        report.series.append(label)
        for col, row, radius in pts:
            x, y = to_page(col, row)
            up, down = _bar(mask, round(col), round(row))
            err = None
            if max(up, down) > radius + 1.5:  # else the bar hides behind the marker
                err = round(ycal.length(max(up, down) * sy), 2)
            day = xcal.value(x)
            day = float(round(day)) if abs(day - round(day)) < 0.25 else round(day, 1)
            day *= 7 if unit == "weeks" else 1
            conf = RASTER_CONFIDENCE if err is not None else RASTER_NO_BAR_CONFIDENCE
            report.points.append(FigurePoint(label, day, round(ycal.value(y), 2), err, x, y, conf))
    report.bbox = union(boxes) or report.bbox
    if not report.points:
        report.status, report.reason = "not_a_plot", "calibrated axes but no coloured markers found"
        return report
    if report.error_kind is None:
        notes.append("neither caption nor methods say SD or SEM")
    report.reason = "; ".join(notes)
    return report


def _legend(
    arr: np.ndarray,
    dark: np.ndarray,
    words: Sequence[Word],
    ax: Axes,
    used: set[int],
    to_page: Any,
    scale: tuple[float, float],
    inner: np.ndarray,
) -> list[tuple[str, tuple[int, int, int], BBox | None]]:
    """Legend labels (page text) and the colour of the sample drawn left of each.

    The legend's area is removed from ``inner`` so that its samples are not read as data.
    """
    sx, sy = scale
    x_origin, y_origin = to_page(-0.5, -0.5)
    free = [
        w
        for w in words
        if id(w) not in used and w.cx > ax.left and w.cy > ax.top - 30 and w.cy < ax.bottom + 90
    ]
    entries: list[tuple[str, tuple[int, int, int], BBox | None]] = []
    for line in text_lines(free):
        label = " ".join(w.text for w in line)
        if not any(ch.isalpha() for ch in label):
            continue
        x0, y0, y1 = line[0].x0, min(w.y0 for w in line), max(w.y1 for w in line)
        c_lo = int((x0 - 40 - x_origin) / sx)
        c_hi = int((x0 - 1 - x_origin) / sx)
        r_lo = int((y0 - 1 - y_origin) / sy)
        r_hi = int((y1 + 1 - y_origin) / sy)
        c_lo, r_lo = max(c_lo, 0), max(r_lo, 0)
        if c_hi <= c_lo or r_hi <= r_lo:
            continue
        patch = arr[r_lo:r_hi, c_lo:c_hi].reshape(-1, 3)
        psat = patch.max(axis=1) - patch.min(axis=1)
        pgray = patch.mean(axis=1)
        coloured = patch[(psat >= SAT) & (pgray < 235)]
        blacks = patch[(psat < SAT) & (pgray < DARK)]
        if len(coloured) >= 6 and len(coloured) >= len(blacks):
            colour = tuple(int(v) for v in np.median(coloured, axis=0))
        elif len(blacks) >= 6:
            colour = tuple(int(v) for v in np.median(blacks, axis=0))
        else:
            continue
        x1 = max(w.x1 for w in line)
        inner[max(r_lo - 2, 0) : r_hi + 2, c_lo : int((x1 - x_origin) / sx) + 2] = False
        entries.append((label, colour, (x0 - 40, y0, x1, y1)))  # type: ignore[arg-type]
    return entries


def _colour_mask(
    arr: np.ndarray, gray: np.ndarray, sat: np.ndarray, colour: tuple[int, int, int]
) -> np.ndarray:
    """Pixels of one series' colour (grey levels for achromatic series)."""
    c = np.array(colour, dtype=np.int32)
    if int(c.max() - c.min()) < SAT:  # black or grey series
        return (sat < SAT) & (np.abs(gray - c.mean()) < 45)
    dist = np.sqrt(((arr.astype(np.int32) - c) ** 2).sum(axis=2))
    return dist < 70


def _colour_clusters(
    arr: np.ndarray, dark: np.ndarray, inner: np.ndarray
) -> list[tuple[str, tuple[int, int, int], BBox | None]]:
    """Series colours without a legend: frequent saturated colours, plus black."""
    sat = arr.max(axis=2) - arr.min(axis=2)
    sel = inner & (sat >= SAT)
    q = (arr[sel] // 32).astype(np.int32)
    keys, counts = np.unique(q[:, 0] * 64 + q[:, 1] * 8 + q[:, 2], return_counts=True)
    out: list[tuple[str, tuple[int, int, int], BBox | None]] = []
    for key, count in sorted(zip(keys, counts, strict=True), key=lambda kc: -kc[1]):
        if count < 60:
            break
        rgb = (int(key // 64) * 32 + 16, int(key // 8 % 8) * 32 + 16, int(key % 8) * 32 + 16)
        if any(np.abs(np.array(rgb) - np.array(o[1])).max() <= 40 for o in out):
            continue
        out.append((f"series {len(out) + 1} (#{rgb[0]:02x}{rgb[1]:02x}{rgb[2]:02x})", rgb, None))
    if (dark & inner).sum() >= 60:
        out.append((f"series {len(out) + 1} (black)", (0, 0, 0), None))
    return out


def _blobs(mask: np.ndarray) -> list[tuple[float, float, float]]:
    """Marker centres (col, row, radius): the thick parts of a colour mask.

    Lines and error bars are thinner than markers, so the pixels at least half
    the widest marker's radius from the background are marker cores. Cores
    closer together than that radius are pieces of one marker (a partly
    covered one), merged.
    """
    if not mask.any():
        return []
    filled = ndi.binary_fill_holes(mask)
    dt = ndi.distance_transform_edt(filled)
    radius = float(dt.max())
    if radius < 2.0:
        return []
    core = dt >= 0.5 * radius
    labels, _ = ndi.label(core)
    blobs: list[tuple[float, float, float]] = []
    for i, sl in enumerate(ndi.find_objects(labels), start=1):
        if sl is None:
            continue
        part = labels[sl] == i
        rows, cols = np.nonzero(part)
        r, c = rows.mean() + sl[0].start, cols.mean() + sl[1].start
        peak = float(dt[sl][part].max())
        for k, (bc, br, bp) in enumerate(blobs):
            if abs(bc - c) <= radius and abs(br - r) <= radius:
                if peak > bp:
                    blobs[k] = (c, r, peak)
                break
        else:
            blobs.append((c, r, peak))
    return blobs


def _bar(mask: np.ndarray, col: int, row: int) -> tuple[float, float]:
    """How far the same-colour stroke runs straight up and down from (col, row), in pixels."""
    h, w = mask.shape
    c0, c1 = max(col - 1, 0), min(col + 2, w)
    column = mask[:, c0:c1].any(axis=1)

    def run(step: int) -> float:
        r, gap, last = row, 0, row
        while 0 <= r + step < h and gap <= 1:
            r += step
            if column[r]:
                last, gap = r, 0
            else:
                gap += 1
        return float(abs(last - row))

    return run(-1), run(1)
