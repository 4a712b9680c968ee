"""Read line graphs drawn as vector paths: the coordinates are the data.

``page.get_drawings()`` gives every stroked or filled path with its colour, dash
pattern and geometry (form XObjects such as an embedded matplotlib PDF are
flattened into page coordinates). From those paths this module finds the axes
(a long horizontal and a long vertical line meeting at the lower-left corner),
their tick marks, the markers, polylines and error bars inside the plot, and
the legend samples that sit left of a label.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from miner.extract.figures._model import BBox

Color = tuple[float, float, float]

# Geometry thresholds in PDF points. Axes are long; tick marks and caps are short.
MIN_AXIS_LEN = 40.0
TICK_MIN, TICK_MAX = 1.0, 12.0
MARKER_MIN, MARKER_MAX = 1.5, 16.0
SNAP = 1.2  # how far apart two ends can be and still touch (line joins, anti-overlap nudges)


@dataclass(frozen=True, slots=True)
class Segment:
    x0: float
    y0: float
    x1: float
    y1: float
    color: Color | None
    width: float
    dashes: str
    path: int  # index of the path it came from

    @property
    def horizontal(self) -> bool:
        return (
            abs(self.y1 - self.y0) <= 0.02 * max(abs(self.x1 - self.x0), 1e-9)
            and abs(self.y1 - self.y0) < 0.3
        )

    @property
    def vertical(self) -> bool:
        return (
            abs(self.x1 - self.x0) <= 0.02 * max(abs(self.y1 - self.y0), 1e-9)
            and abs(self.x1 - self.x0) < 0.3
        )

    @property
    def length(self) -> float:
        return math.hypot(self.x1 - self.x0, self.y1 - self.y0)

    @property
    def top(self) -> float:
        return min(self.y0, self.y1)

    @property
    def bottom(self) -> float:
        return max(self.y0, self.y1)

    @property
    def left(self) -> float:
        return min(self.x0, self.x1)

    @property
    def right(self) -> float:
        return max(self.x0, self.x1)


@dataclass(frozen=True, slots=True)
class Marker:
    """A small closed shape: a data point or a legend sample."""

    cx: float
    cy: float
    bbox: BBox
    shape: str  # circle, square, diamond, triangle_up, triangle_down, polygon
    color: Color | None  # the fill when filled, else the stroke
    path: int


@dataclass(frozen=True, slots=True)
class Polyline:
    points: tuple[tuple[float, float], ...]
    color: Color | None
    dashes: str
    width: float
    path: int


@dataclass(slots=True)
class Primitives:
    segments: list[Segment] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    polylines: list[Polyline] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Axes:
    """A plot's lower-left corner axes: x along ``bottom`` from ``left`` to ``right``."""

    left: float
    right: float
    top: float
    bottom: float

    @property
    def bbox(self) -> BBox:
        return (self.left, self.top, self.right, self.bottom)


def _color(value: Any) -> Color | None:
    if not value:
        return None
    c = tuple(float(v) for v in value)
    if len(c) == 1:
        return (c[0], c[0], c[0])
    if len(c) == 4:  # CMYK to RGB, naive but stable for telling series apart
        k = c[3]
        return ((1 - c[0]) * (1 - k), (1 - c[1]) * (1 - k), (1 - c[2]) * (1 - k))
    return (c[0], c[1], c[2])


def same_color(a: Color | None, b: Color | None, tol: float = 0.06) -> bool:
    if a is None or b is None:
        return a is b
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def _shape(items: Sequence[Any], rect: Any) -> str | None:
    kinds = [it[0] for it in items]
    if any(k == "c" for k in kinds):
        return "circle"
    if kinds and all(k == "re" for k in kinds):
        return "square"
    if kinds and all(k == "qu" for k in kinds):
        return "square"
    lines = [it for it in items if it[0] == "l"]
    if len(lines) != len(items) or len(lines) < 3:
        return None
    pts = [(float(it[1].x), float(it[1].y)) for it in lines]
    cx = (rect.x0 + rect.x1) / 2
    cy = (rect.y0 + rect.y1) / 2
    if len(lines) == 3:
        # The apex is the vertex farthest from the base; up when it is above the centre.
        mean_y = sum(p[1] for p in pts) / 3
        return "triangle_up" if mean_y > cy else "triangle_down"
    if len(lines) == 4:
        on_axis = all(
            abs(p[0] - cx) < 0.05 * rect.width or abs(p[1] - cy) < 0.05 * rect.height for p in pts
        )
        return "diamond" if on_axis else "square"
    return f"polygon{len(lines)}"


def primitives(drawings: Sequence[dict[str, Any]]) -> Primitives:
    """Sort a page's drawing paths into segments, markers, polylines and swatches."""
    prim = Primitives()
    for idx, d in enumerate(drawings):
        items = d.get("items") or []
        rect = d.get("rect")
        if rect is None or not items:
            continue
        stroke = _color(d.get("color"))
        fill = _color(d.get("fill"))
        kind = d.get("type") or ""
        dashes = str(d.get("dashes") or "").replace("[]", "").replace(" 0", "").strip()
        width = float(d.get("width") or 0.0)
        w, h = rect.width, rect.height
        # Small closed filled (or outlined) shape: a marker (or a legend swatch).
        if MARKER_MIN <= w <= MARKER_MAX and MARKER_MIN <= h <= MARKER_MAX and 0.45 <= w / h <= 2.2:
            shape = _shape(items, rect)
            if shape is not None and ("f" in kind or d.get("closePath")):
                color = fill if "f" in kind and fill is not None else stroke
                box = (rect.x0, rect.y0, rect.x1, rect.y1)
                prim.markers.append(
                    Marker((rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2, box, shape, color, idx)
                )
                continue
        # Thin filled rectangles are how some producers draw lines.
        if kind == "f" and len(items) == 1 and items[0][0] == "re" and fill is not None:
            r = items[0][1]
            if r.height < 1.2 <= r.width:
                y = (r.y0 + r.y1) / 2
                prim.segments.append(Segment(r.x0, y, r.x1, y, fill, r.height, "", idx))
                continue
            if r.width < 1.2 <= r.height:
                x = (r.x0 + r.x1) / 2
                prim.segments.append(Segment(x, r.y0, x, r.y1, fill, r.width, "", idx))
                continue
        if "s" not in kind or stroke is None:
            continue
        lines = [it for it in items if it[0] == "l"]
        for it in lines:
            p, q = it[1], it[2]
            prim.segments.append(
                Segment(float(p.x), float(p.y), float(q.x), float(q.y), stroke, width, dashes, idx)
            )
        for it in items:
            if it[0] == "re":
                r = it[1]
                for a, b in (
                    ((r.x0, r.y0), (r.x1, r.y0)),
                    ((r.x1, r.y0), (r.x1, r.y1)),
                    ((r.x0, r.y1), (r.x1, r.y1)),
                    ((r.x0, r.y0), (r.x0, r.y1)),
                ):
                    prim.segments.append(
                        Segment(a[0], a[1], b[0], b[1], stroke, width, dashes, idx)
                    )
        if len(lines) >= 1 and len(lines) == len(items):
            chain = [(float(lines[0][1].x), float(lines[0][1].y))]
            for it in lines:
                p, q = it[1], it[2]
                if math.hypot(p.x - chain[-1][0], p.y - chain[-1][1]) > SNAP:
                    chain = []  # a disconnected path (e.g. a LineCollection) is not a polyline
                    break
                chain.append((float(q.x), float(q.y)))
            if len(chain) >= 2:
                prim.polylines.append(Polyline(tuple(chain), stroke, dashes, width, idx))
    return prim


def find_axes(segments: Sequence[Segment]) -> list[Axes]:
    """Lower-left corners: a long vertical line whose lower end meets a long horizontal one's left end."""
    hs = [s for s in segments if s.horizontal and s.length >= MIN_AXIS_LEN]
    vs = [s for s in segments if s.vertical and s.length >= MIN_AXIS_LEN]
    found: list[Axes] = []
    for h in hs:
        y = (h.y0 + h.y1) / 2
        for v in vs:
            x = (v.x0 + v.x1) / 2
            if abs(x - h.left) <= SNAP and abs(v.bottom - y) <= SNAP:
                ax = Axes(left=x, right=h.right, top=v.top, bottom=y)
                if not any(_same_axes(ax, f) for f in found):
                    found.append(ax)
    # A gridded plot repeats the corner at every grid line: keep the outermost.
    return [a for a in found if not any(_inside(a, b) for b in found if b is not a)]


def _same_axes(a: Axes, b: Axes) -> bool:
    return all(abs(p - q) <= SNAP for p, q in zip(a.bbox, b.bbox, strict=True))


def _inside(a: Axes, b: Axes) -> bool:
    """a's corner lies strictly inside b's plot (a gridline corner), b is the real axes."""
    return (
        b.left - SNAP <= a.left
        and a.right <= b.right + SNAP
        and b.top - SNAP <= a.top
        and a.bottom <= b.bottom + SNAP
        and (a.left > b.left + SNAP or a.bottom < b.bottom - SNAP)
    )


def tick_positions(segments: Sequence[Segment], ax: Axes, axis: str) -> list[float]:
    """Positions of tick marks touching an axis (outward or inward)."""
    out: list[float] = []
    for s in segments:
        if not (TICK_MIN <= s.length <= TICK_MAX):
            continue
        if axis == "x" and s.vertical:
            x = (s.x0 + s.x1) / 2
            if ax.left - SNAP <= x <= ax.right + SNAP and (
                abs(s.top - ax.bottom) <= SNAP or abs(s.bottom - ax.bottom) <= SNAP
            ):
                out.append(x)
        elif axis == "y" and s.horizontal:
            y = (s.y0 + s.y1) / 2
            if ax.top - SNAP <= y <= ax.bottom + SNAP and (
                abs(s.right - ax.left) <= SNAP or abs(s.left - ax.left) <= SNAP
            ):
                out.append(y)
    out.sort()
    dedup: list[float] = []
    for p in out:
        if not dedup or p - dedup[-1] > 0.5:
            dedup.append(p)
    return dedup


def error_bar(
    segments: Sequence[Segment],
    x: float,
    y: float,
    series_colors: Sequence[Color | None],
    ax: Axes,
    exclude: set[int],
) -> tuple[float, float] | None:
    """The vertical bar through (x, y): (top, bottom) page y, or None.

    Bars in the series' own colour are preferred; otherwise (all bars black, a
    common journal style) the bar whose middle is nearest the point wins, which
    keeps overlapping groups' bars apart.
    """
    cands = [
        s
        for s in segments
        if s.vertical
        and s.path not in exclude
        and abs((s.x0 + s.x1) / 2 - x) <= 0.75
        and s.top - 0.75 <= y <= s.bottom + 0.75
        and s.length > 0.3
        and s.length < 0.95 * (ax.bottom - ax.top)  # not a grid line
    ]
    own = [s for s in cands if any(same_color(s.color, c) for c in series_colors if c is not None)]
    pool = own or cands
    if not pool:
        return None
    best = min(pool, key=lambda s: abs((s.top + s.bottom) / 2 - y))
    return best.top, best.bottom
