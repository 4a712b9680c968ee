"""BBB values read from figures, as the review page shows them.

The stored outcome rows keep only the figure's box, not the axis calibration,
so the review page cannot place a stored value on the plot by itself. Instead
it re-reads the figure once per (document, page) with the same reader the
pipeline used (milliseconds for a vector plot), renders the figure region, and
keeps both in a small in-memory LRU: later requests for the study page or the
image are served from memory.

The re-read is only trusted for the file that was extracted: a PDF whose
sha256 differs from the stored one is refused, and the page falls back to the
highlighted page image.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from miner.errors import MinerError, ParseError
from miner.records import OutcomeRow
from miner.review.render import render_region

__all__ = ["FigureView", "FigureViews", "PlotPoint", "describe", "figure_panels", "point_key"]

# Points of page around the figure's box, so tick labels and the legend stay in view.
_MARGIN = 8.0
# A vector plot reads in milliseconds; the budget only matters for hostile files.
READ_BUDGET_S = 20.0
# Average advance of the label font (8 px system sans, semi-bold) in page points per character.
_CHAR_PT = 4.6


@dataclass(frozen=True, slots=True)
class PlotPoint:
    """One point as the figure reader found it: its row key and page position (PDF points)."""

    key: str
    series: str
    day: float
    mean: float
    error: float | None
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class FigureView:
    """The figures read on one page: the rendered region and the points on it."""

    page: int
    clip: tuple[float, float, float, float]
    png: bytes
    points: tuple[PlotPoint, ...]
    how: str  # e.g. "read from the vector drawing; error bars: SEM"


@dataclass(frozen=True, slots=True)
class _Unavailable:
    reason: str


def point_key(series: str, day: float) -> str:
    """The key a figure point's outcome row is stored under (as ``OutcomeRow.key``)."""
    return OutcomeRow("BBB", series, "", day, None, source="figure").key()


class FigureViews:
    """A bounded, thread-safe LRU of figure views, keyed by file identity and page.

    One instance belongs to one app (no module-level state). A failure to read
    is cached too, so a broken file is not re-read on every request; a changed
    file (new mtime or size) is a new key.
    """

    def __init__(self, *, maxsize: int = 16, dpi: int = 150, budget_s: float = READ_BUDGET_S) -> None:
        self._items: OrderedDict[tuple[Any, ...], FigureView | _Unavailable] = OrderedDict()
        self._lock = threading.Lock()
        self.maxsize = max(1, maxsize)
        self.dpi = dpi
        self.budget_s = budget_s
        self.reads = 0  # how many times a figure was actually read (tests check the cache)

    def get(self, path: Path, sha256: str, page: int) -> FigureView:
        """The view of the figures on 1-based ``page`` of the PDF at ``path``.

        Raises:
            ParseError: the file is gone or changed since extraction, or no
                figure on that page can be read (the message says why).
        """
        try:
            st = path.stat()
        except OSError:
            raise ParseError(f"{path.name} is not on this machine any more") from None
        key = (str(path), st.st_mtime_ns, st.st_size, sha256, page)
        with self._lock:
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
        if hit is None:
            # Read outside the lock: two first requests may both read, which is harmless.
            hit = self._load(path, sha256, page)
            with self._lock:
                self._items[key] = hit
                self._items.move_to_end(key)
                while len(self._items) > self.maxsize:
                    self._items.popitem(last=False)
        if isinstance(hit, _Unavailable):
            raise ParseError(hit.reason)
        return hit

    def _load(self, path: Path, sha256: str, page: int) -> FigureView | _Unavailable:
        from miner.extract.figures import read_bbb_figures
        from miner.pipeline import file_sha256

        self.reads += 1
        try:
            if file_sha256(path) != sha256:
                return _Unavailable("the PDF on disk is not the file that was extracted (it has changed)")
            readout = read_bbb_figures(path, None, budget_s=self.budget_s)
            return view_of_page(path, page, readout, dpi=self.dpi)
        except MinerError as exc:
            return _Unavailable(f"the figure could not be read again: {exc}")
        except Exception as exc:  # noqa: BLE001 - a hostile PDF must not break the study page
            return _Unavailable(f"the figure could not be read again ({type(exc).__name__})")


def view_of_page(path: Path, page: int, readout: Any, *, dpi: int = 150) -> FigureView | _Unavailable:
    """Render the region of ``page`` holding its read figures; collect their points."""
    figures = [f for f in readout.figures if f.page == page and f.status == "read"]
    if not figures:
        others = [f"{f.status}: {f.reason}" for f in readout.figures if f.page == page and f.reason]
        return _Unavailable(f"no figure on page {page} can be read now" + (f" ({'; '.join(others)})" if others else ""))
    box = (min(f.bbox[0] for f in figures) - _MARGIN, min(f.bbox[1] for f in figures) - _MARGIN,
           max(f.bbox[2] for f in figures) + _MARGIN, max(f.bbox[3] for f in figures) + _MARGIN)
    png, clip = render_region(path, page, box, dpi=dpi)
    points = tuple(
        PlotPoint(point_key(p.series, p.day), p.series, p.day, p.mean, p.error, p.x, p.y)
        for f in figures for p in f.points
    )
    kinds = sorted({"the vector drawing" if f.kind == "vector" else "the image (approximate)" for f in figures})
    errors = sorted({f.error_kind.upper() if f.error_kind else "not stated" for f in figures})
    how = f"read from {' and '.join(kinds)}; error bars: {', '.join(errors)}"
    return FigureView(page, (clip[0], clip[1], clip[2], clip[3]), png, points, how)


def _num(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def describe(values: Mapping[str, Any] | None) -> str:
    """An outcome's value as people write it: ``7.7 ± 1.15 SEM`` (or just the mean).

    A row whose ``stat`` is ``"median"`` says so beside the value (``11 (median)``):
    the reviewer must not take a median for a mean.
    """
    if not values or values.get("mean") is None:
        return "no value"
    median = " (median)" if values.get("stat") == "median" else ""
    for column in ("sd", "sem"):
        if values.get(column) is not None:
            return f"{_num(values['mean'])} ± {_num(values[column])} {column.upper()}{median}"
    return _num(values["mean"]) + median


def figure_panels(
    doc_id: int,
    rows_by_page: Mapping[int, list[dict[str, Any]]],
    view_for: Callable[[int], FigureView] | None,
) -> list[dict[str, Any]]:
    """Template context for each page with figure rows: the rows numbered, and their marks.

    ``rows_by_page`` holds the review page's row dicts (they gain ``number``,
    ``fig`` and ``pt``); ``view_for`` gives a page's view or raises
    ``MinerError`` (None when there is no PDF on this machine).
    """
    panels = []
    for page, rows in sorted(rows_by_page.items()):
        view: FigureView | None = None
        reason = "no PDF on this machine: check the values against the paper"
        if view_for is not None:
            try:
                view = view_for(page)
                reason = ""
            except MinerError as exc:
                reason = str(exc)
        unplaced = {p.key: p for p in view.points} if view else {}
        marks = []
        fig_id = f"fig-p{page}"
        # A point read without an error bar takes the error kind the rest of its figure reports,
        # so the reviewer can still type the bar's length.
        kinds = [r["error_col"] for r in rows if r.get("error_col")]
        usual = max(set(kinds), key=kinds.count) if kinds else ""
        for row in rows:
            if not row.get("error_col") and usual:
                row["error_col"], row["error_name"], row["error_hint"] = usual, usual.upper(), usual
        for n, row in enumerate(rows, start=1):
            row["number"] = n
            point = unplaced.pop(row["key"], None)
            if view is None or point is None:
                row["fig"], row["pt"], row["placed"] = "", "", False
                continue
            row["fig"], row["pt"], row["placed"] = fig_id, f"pt-{row['anchor']}", True
            marks.append(_mark(view, point, row, n))
        others = [
            {"x": p.x, "y": p.y, "title": f"{p.series}, day {_num(p.day)}: {_num(p.mean)} read from the plot; "
                                          "the stored value for it comes from the text or a table"}
            for p in unplaced.values()
        ]
        caption = rows[0].get("quote", "") if rows else ""
        panels.append({
            "page": page, "id": fig_id, "rows": rows, "marks": marks, "others": others,
            "name": _figure_name(rows), "caption": caption, "reason": reason,
            "how": view.how if view else "",
            "img": f"/study/{doc_id}/figure/{page}.png" if view else "",
            "viewbox": (" ".join(f"{v:.2f}" for v in (view.clip[0], view.clip[1], view.clip[2] - view.clip[0],
                                                      view.clip[3] - view.clip[1])) if view else ""),
            "clip": view.clip if view else None,
        })
    return panels


def _mark(view: FigureView, point: PlotPoint, row: dict[str, Any], number: int) -> dict[str, Any]:
    x0, y0, x1, _y1 = view.clip
    label = row["fig_label"]
    # The label goes beside the point, on the side where it fits inside the figure (its width
    # estimated from the 8 px bold font), else centred over the point and kept inside.
    width = len(label) * _CHAR_PT
    if point.x + 7 + width <= x1:
        lx, anchor = point.x + 7, "start"
    elif point.x - 7 - width >= x0:
        lx, anchor = point.x - 7, "end"
    else:
        lx, anchor = max(x0 + 2, min(point.x - width / 2, x1 - 2 - width)), "start"
    label_y = point.y - 7 if point.y - y0 > 16 else point.y + 14
    return {
        "id": row["pt"], "row": f"row-{row['anchor']}", "x": point.x, "y": point.y, "number": number,
        "label": label, "status": row.get("mine_status", ""),
        "lx": round(lx, 2), "ly": round(label_y, 2), "anchor": anchor,
        "nx": round(point.x + 4.5, 2), "ny": round(point.y + 9, 2),
    }


def _figure_name(rows: list[dict[str, Any]]) -> str:
    from miner.sheet._cells import figure_note

    note = figure_note({"source": "figure", "page": rows[0].get("page"),
                        "evidence": [{"quote": rows[0].get("quote", "")}]}) if rows else None
    # "read from Figure 3 on page 1: confirm ..." -> "Figure 3 on page 1"
    name = note.split(": ", 1)[0].removeprefix("read from ") if note else "a figure"
    return name[0].upper() + name[1:]
