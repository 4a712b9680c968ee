"""Read one vector plot: calibrate its axes, name its series, emit its points."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from miner.extract.figures._calibrate import AxisCalibration, Uncalibrated, calibrate, label_ticks
from miner.extract.figures._model import BBox, FigurePoint, FigureReport
from miner.extract.figures._text import (
    Word,
    error_kind,
    is_bbb_axis,
    join_words,
    parse_number,
    text_lines,
    time_unit,
    union,
)
from miner.extract.figures._vector import (
    Axes,
    Color,
    Marker,
    Primitives,
    Segment,
    error_bar,
    same_color,
    tick_positions,
)

# Vector coordinates are exact; a labelled tick more than this far (PDF points)
# from the fitted scale means the labels disagree with each other.
VECTOR_TOLERANCE = 0.5
VECTOR_CONFIDENCE = 0.97


@dataclass(slots=True)
class AxisText:
    """The words that belong to an axes: tick labels and titles."""

    x_title: str = ""
    y_title: str = ""
    used: set[int] = field(default_factory=set)  # id() of words already claimed
    boxes: list[BBox] = field(default_factory=list)


@dataclass(slots=True)
class LegendEntry:
    label: str
    bbox: BBox
    line: Segment | None = None
    marker: Marker | None = None
    paths: set[int] = field(default_factory=set)


def axis_text(words: Sequence[Word], ax: Axes) -> AxisText:
    """Tick-label words and the x/y axis titles next to ``ax``."""
    out = AxisText()
    ylabels = [
        w
        for w in words
        if parse_number(w.text) is not None
        and ax.left - 30 <= w.x1 <= ax.left + 1
        and ax.top - 8 <= w.cy <= ax.bottom + 8
    ]
    xlabels = [
        w
        for w in words
        if parse_number(w.text) is not None
        and ax.bottom - 1 <= w.y0 <= ax.bottom + 16
        and ax.left - 12 <= w.cx <= ax.right + 12
    ]
    for w in ylabels + xlabels:
        out.used.add(id(w))
        out.boxes.append((w.x0, w.y0, w.x1, w.y1))
    y_edge = min((w.x0 for w in ylabels), default=ax.left - 2)
    x_edge = max((w.y1 for w in xlabels), default=ax.bottom + 2)
    ytitle = [
        w
        for w in words
        if id(w) not in out.used
        and y_edge - 40 <= w.x0
        and w.x1 <= y_edge + 0.5
        and ax.top - 10 <= w.cy <= ax.bottom + 10
    ]
    xtitle = [
        w
        for w in words
        if id(w) not in out.used
        and x_edge - 0.5 <= w.y0 <= x_edge + 18
        and ax.left - 20 <= w.cx <= ax.right + 20
        and not w.vertical
    ]
    out.y_title = join_words(ytitle)
    out.x_title = join_words(xtitle)
    for w in ytitle + xtitle:
        out.used.add(id(w))
        out.boxes.append((w.x0, w.y0, w.x1, w.y1))
    return out


def calibrate_axes(
    prim: Primitives, words: Sequence[Word], ax: Axes
) -> tuple[AxisCalibration, AxisCalibration]:
    """x and y calibrations from tick marks and labels; raises ``Uncalibrated``."""
    cals = []
    for axis in ("x", "y"):
        ticks = tick_positions(prim.segments, ax, axis)
        if len(ticks) < 2:
            raise Uncalibrated(f"{axis} axis: fewer than two tick marks")
        spacing = min(b - a for a, b in pairwise(ticks))
        align = min(8.0, 0.45 * spacing)
        line = ax.bottom if axis == "x" else ax.left
        pairs = label_ticks(ticks, words, axis=axis, axis_line=line, max_gap=16.0, align=align)
        cals.append(calibrate(pairs, axis=axis, tolerance=VECTOR_TOLERANCE))
    return cals[0], cals[1]


def legend_entries(
    prim: Primitives, words: Sequence[Word], region: BBox, used: set[int]
) -> list[LegendEntry]:
    """Labels with a line, marker or swatch sample immediately to their left."""
    x0, y0, x1, y1 = region
    free = [w for w in words if id(w) not in used and x0 <= w.cx <= x1 and y0 <= w.cy <= y1]
    entries = []
    for line in text_lines(free):
        label = " ".join(w.text for w in line)
        if not any(c.isalpha() for c in label):
            continue
        lx = line[0].x0
        lcy = sum(w.cy for w in line) / len(line)
        half = max(3.0, 0.6 * (line[0].y1 - line[0].y0))
        # The sample sits right before the label (matplotlib: handletextpad 0.8 em; reportlab: 10 pt).
        horiz = [
            sg
            for sg in prim.segments
            if sg.horizontal
            and sg.length >= 8
            and lx - 15 <= sg.right <= lx + 0.5
            and abs(sg.y0 - lcy) <= half
        ]
        near = [
            m for m in prim.markers if lx - 15 <= m.bbox[2] <= lx + 0.5 and abs(m.cy - lcy) <= half
        ]
        if horiz:
            anchor = max(horiz, key=lambda sg: sg.length)
            lo, hi = anchor.left - 1, anchor.right + 1
        elif near:
            m0 = max(near, key=lambda m: m.bbox[2])
            lo, hi = m0.bbox[0] - 1, m0.bbox[2] + 1
        else:
            continue
        markers = [m for m in prim.markers if lo <= m.cx <= hi and abs(m.cy - lcy) <= half]
        segs = [
            sg
            for sg in prim.segments
            if lo <= sg.left
            and sg.right <= hi
            and sg.top >= lcy - half - 6
            and sg.bottom <= lcy + half + 6
        ]
        entry = LegendEntry(
            label=label, bbox=union([(w.x0, w.y0, w.x1, w.y1) for w in line]) or region
        )
        entry.line = max(horiz, key=lambda sg: sg.length) if horiz else None
        if markers:
            centre = (lo + hi) / 2
            entry.marker = min(markers, key=lambda m: abs(m.cx - centre))
        entry.paths = {m.path for m in markers} | {sg.path for sg in segs}
        boxes = (
            [entry.bbox]
            + [m.bbox for m in markers]
            + [(sg.left, sg.top, sg.right, sg.bottom) for sg in segs]
        )
        entry.bbox = union(boxes) or entry.bbox
        entries.append(entry)
        used.update(id(w) for w in line)
    return entries


def _in_plot(x: float, y: float, ax: Axes, pad: float = 6.0) -> bool:
    return ax.left - pad <= x <= ax.right + pad and ax.top - pad <= y <= ax.bottom + pad


def series_points(
    prim: Primitives, entry: LegendEntry, ax: Axes, exclude: set[int]
) -> list[tuple[float, float]]:
    """Page positions of one legend entry's data points (markers first, else line vertices).

    A marker's anchor is not always its box centre (reportlab centres triangles
    on their centroid, matplotlib on their box), so a marker is snapped to the
    vertex of its series' line that runs through it when there is one.
    """
    markers = [m for m in prim.markers if m.path not in exclude and _in_plot(m.cx, m.cy, ax)]
    found: list[Marker] = []
    if entry.marker is not None:
        found = [
            m
            for m in markers
            if m.shape == entry.marker.shape and same_color(m.color, entry.marker.color)
        ]
        if not found and entry.line is None:
            # A swatch (legend square) names a colour, not a marker shape.
            found = [m for m in markers if same_color(m.color, entry.marker.color)]
    colours = [
        c
        for c in (
            entry.line.color if entry.line else None,
            entry.marker.color if entry.marker else None,
        )
        if c
    ]
    vertices = [v for c in colours for v in _line_vertices(prim, c, None, ax, exclude)]
    pts: list[tuple[float, float]] = []
    for m in found:
        reach = max(m.bbox[2] - m.bbox[0], m.bbox[3] - m.bbox[1]) / 2 + 0.5
        close = [v for v in vertices if abs(v[0] - m.cx) <= reach and abs(v[1] - m.cy) <= reach]
        pts.append(
            min(close, key=lambda v: (v[0] - m.cx) ** 2 + (v[1] - m.cy) ** 2)
            if close
            else (m.cx, m.cy)
        )
    if not pts and entry.line is not None:
        pts = _line_vertices(prim, entry.line.color, entry.line.dashes, ax, exclude)
    if not pts and entry.marker is not None and entry.line is None:
        pts = _line_vertices(prim, entry.marker.color, None, ax, exclude)
    pts.sort()
    dedup: list[tuple[float, float]] = []
    for p in pts:
        if not dedup or p[0] - dedup[-1][0] > 0.3:
            dedup.append(p)
    return dedup


def _line_vertices(
    prim: Primitives, color: Color | None, dashes: str | None, ax: Axes, exclude: set[int]
) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for pl in prim.polylines:
        if pl.path in exclude or not same_color(pl.color, color):
            continue
        if dashes is not None and pl.dashes != dashes:
            continue
        if len(pl.points) >= 2 and all(_in_plot(x, y, ax) for x, y in pl.points):
            # Skip axis-parallel lines spanning the plot: grid lines and spines.
            xs = [p[0] for p in pl.points]
            ys = [p[1] for p in pl.points]
            if (max(ys) - min(ys) < 0.3 or max(xs) - min(xs) < 0.3) and len(pl.points) == 2:
                continue
            out.extend(pl.points)
    return out


def read_vector_plot(
    prim: Primitives,
    words: Sequence[Word],
    ax: Axes,
    *,
    caption: str,
    context: str,
    page: int,
    region: BBox,
    claimed: set[int] | None = None,
) -> FigureReport | None:
    """Read one BBB plot; None when the axes are not a BBB plot at all.

    ``caption`` is the figure legend (decides SD/SEM, n, and whether the plot
    is about BBB when the y title is generic); ``context`` is further text
    (methods) used for SD/SEM when the caption is silent; ``region`` bounds the
    search for the legend; ``claimed`` are ids of words that belong to other
    plots' axes (a neighbouring panel's titles are not legend labels).
    """
    text = axis_text(words, ax)
    if not is_bbb_axis(text.y_title, caption):
        return None
    report = FigureReport(
        page=page,
        bbox=union([ax.bbox, *text.boxes]) or ax.bbox,
        caption=caption,
        kind="vector",
        status="read",
        plot_bbox=ax.bbox,
    )
    try:
        xcal, ycal = calibrate_axes(prim, words, ax)
    except Uncalibrated as exc:
        report.status, report.reason = "uncalibrated", str(exc)
        return report
    unit = time_unit(text.x_title, caption)
    if unit is None:
        report.status, report.reason = (
            "uncalibrated",
            "time axis: unit (days or weeks) not stated on the axis or in the caption",
        )
        return report
    report.error_kind = error_kind(caption) or error_kind(context)
    entries = legend_entries(prim, words, region, set(text.used) | (claimed or set()))
    exclude = set().union(*(e.paths for e in entries)) if entries else set()
    notes = []
    if not entries:
        entries = _unlabelled_series(prim, ax)
        notes.append("no legend found: series named by marker and colour")
    for entry in entries:
        colors = [
            c
            for c in (
                entry.line.color if entry.line else None,
                entry.marker.color if entry.marker else None,
            )
            if c
        ]
        for x, y in series_points(prim, entry, ax, exclude):
            bar = error_bar(prim.segments, x, y, colors, ax, exclude)
            mean = ycal.value(y)
            err = None
            if bar is not None:
                up, down = ycal.length(y - bar[0]), ycal.length(bar[1] - y)
                # Symmetric bars: average both halves; bars drawn one way only: the drawn half.
                err = (
                    (up + down) / 2
                    if abs(up - down) <= 0.02 * max(up, down, 1e-9) + 0.01
                    else max(up, down)
                )
            day = xcal.value(x)
            if abs(day - round(day)) < 0.02:
                day = float(round(day))
            day *= 7 if unit == "weeks" else 1
            conf = VECTOR_CONFIDENCE if (report.error_kind and err is not None) else 0.95
            report.points.append(
                FigurePoint(
                    entry.label,
                    round(day, 3),
                    round(mean, 3),
                    None if err is None else round(err, 3),
                    x,
                    y,
                    conf,
                )
            )
        report.series.append(entry.label)
        report.bbox = union([report.bbox, entry.bbox]) or report.bbox
    if not report.points:
        report.status, report.reason = (
            "not_a_plot",
            "calibrated axes but no line-graph series (markers or polylines) inside",
        )
        return report
    if report.error_kind is None:
        notes.append("error bars read, but neither caption nor methods say SD or SEM")
    if any(p.mean < -0.5 or p.mean > 21.5 for p in report.points):
        notes.append("some values fall outside the BBB range 0-21: check the axis")
    report.reason = "; ".join(notes)
    return report


def _unlabelled_series(prim: Primitives, ax: Axes) -> list[LegendEntry]:
    """Without a legend: one series per (marker shape, colour) found in the plot."""
    keys: list[Marker] = []
    for m in prim.markers:
        if _in_plot(m.cx, m.cy, ax) and not any(
            k.shape == m.shape and same_color(k.color, m.color) for k in keys
        ):
            keys.append(m)
    return [
        LegendEntry(label=f"series {i + 1} ({k.shape})", bbox=ax.bbox, marker=k, line=None)
        for i, k in enumerate(keys)
    ]
