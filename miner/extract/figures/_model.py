"""Records of a figure read: one ``FigureReport`` per plot looked at, the points read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from miner.records import OutcomeRow

BBox = tuple[float, float, float, float]

__all__ = ["BBox", "FigurePoint", "FigureReadout", "FigureReport"]


@dataclass(frozen=True, slots=True)
class FigurePoint:
    """One point read off a plot, in data units and where it sits on the page.

    ``error`` is the length of the error bar above (or, for bars drawn only
    downwards, below) the mean, in BBB units; None when no bar was found.
    ``x``/``y`` are PDF page coordinates (points, origin top-left) of the point.
    """

    series: str
    day: float
    mean: float
    error: float | None
    x: float
    y: float
    confidence: float


@dataclass(slots=True)
class FigureReport:
    """What happened to one plot: read, refused (uncalibrated) or not a line graph.

    ``kind`` is ``vector`` (drawing operators) or ``raster`` (an embedded image);
    ``status`` is ``read``, ``uncalibrated`` or ``not_a_plot``; ``reason`` says why
    a plot was refused or what to check on one that was read.
    """

    page: int
    bbox: BBox
    caption: str
    kind: str
    status: str
    reason: str = ""
    series: list[str] = field(default_factory=list)
    error_kind: str | None = None  # "sd" | "sem" | None (not stated)
    points: list[FigurePoint] = field(default_factory=list)
    plot_bbox: BBox | None = None  # the axes' data area
    ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "bbox": list(self.bbox),
            "caption": self.caption,
            "kind": self.kind,
            "status": self.status,
            "reason": self.reason,
            "series": list(self.series),
            "error_kind": self.error_kind,
            "points": [
                {
                    "series": p.series,
                    "day": p.day,
                    "mean": p.mean,
                    "error": p.error,
                    "x": p.x,
                    "y": p.y,
                }
                for p in self.points
            ],
            "ms": round(self.ms, 1),
        }


@dataclass(slots=True)
class FigureReadout:
    """Outcome rows read from a document's BBB figures, and a report per plot."""

    rows: list[OutcomeRow] = field(default_factory=list)
    figures: list[FigureReport] = field(default_factory=list)
