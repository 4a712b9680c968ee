"""Axis calibration: tick marks plus their numeric labels give a linear map.

A plot is read only when every labelled tick agrees with one straight line from
position to value. Two labelled ticks are the minimum; every further tick is a
check. A disagreement (a mislabelled tick, a log or broken axis) refuses the
axis with the reason, because a guessed scale gives confident wrong numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from miner.extract.figures._text import Word, parse_number


class Uncalibrated(Exception):
    """An axis that cannot be calibrated; the message is the reason for the reviewer."""


@dataclass(frozen=True, slots=True)
class AxisCalibration:
    """value = slope * position + intercept, from ``ticks`` (position, value)."""

    slope: float
    intercept: float
    ticks: tuple[tuple[float, float], ...]
    max_residual: float  # in position units (PDF points)

    def value(self, position: float) -> float:
        return self.slope * position + self.intercept

    def position(self, value: float) -> float:
        return (value - self.intercept) / self.slope

    def length(self, delta_position: float) -> float:
        """A distance along the axis in data units (always positive)."""
        return abs(self.slope * delta_position)


def calibrate(
    ticks: Sequence[tuple[float, float]], *, axis: str, tolerance: float
) -> AxisCalibration:
    """Fit value = a * position + b through labelled ticks; refuse when they disagree.

    ``ticks`` are (position, value) pairs; ``tolerance`` is the largest allowed
    distance (in position units) between a tick and where the fitted line puts
    its value. Raises ``Uncalibrated`` with a reason a reviewer can act on.
    """
    pairs = sorted(set(ticks))
    if len(pairs) < 2:
        raise Uncalibrated(f"{axis} axis: fewer than two labelled ticks ({len(pairs)})")
    positions = [p for p, _ in pairs]
    values = [v for _, v in pairs]
    if len(set(values)) < 2 or max(positions) - min(positions) < 1e-6:
        raise Uncalibrated(f"{axis} axis: labelled ticks do not span a range")
    n = len(pairs)
    mp, mv = sum(positions) / n, sum(values) / n
    sxx = sum((p - mp) ** 2 for p in positions)
    sxy = sum((p - mp) * (v - mv) for p, v in pairs)
    slope = sxy / sxx
    if slope == 0:
        raise Uncalibrated(f"{axis} axis: labelled ticks do not span a range")
    intercept = mv - slope * mp
    residuals = [abs((v - intercept) / slope - p) for p, v in pairs]
    worst = max(residuals)
    if worst > tolerance:
        bad = pairs[residuals.index(worst)]
        raise Uncalibrated(
            f"{axis} axis: tick labels are inconsistent with a linear scale "
            f"(label {bad[1]:g} is {worst:.1f} pt from where the other ticks put it)"
        )
    # Values must be monotonic along the axis: a repeated or out-of-order label is a misread.
    ordered = [v for _, v in pairs]
    if not (all(a < b for a, b in pairwise(ordered)) or all(a > b for a, b in pairwise(ordered))):
        raise Uncalibrated(f"{axis} axis: tick labels are not in order")
    return AxisCalibration(slope, intercept, tuple(pairs), worst)


def label_ticks(
    ticks: Sequence[float],
    words: Sequence[Word],
    *,
    axis: str,
    axis_line: float,
    max_gap: float,
    align: float,
) -> list[tuple[float, float]]:
    """Pair tick positions with the numeric words written next to them.

    For the x axis (``axis="x"``) ``ticks`` are x positions and labels sit below
    ``axis_line`` (a page y); for the y axis they are y positions and labels sit
    left of ``axis_line`` (a page x). A label belongs to the tick its centre is
    closest to, within ``align`` points; each label and each tick is used once.
    """
    candidates = []
    for w in words:
        value = parse_number(w.text)
        if value is None or w.vertical:
            continue
        if axis == "x":
            if not (axis_line - 1.0 <= w.y0 <= axis_line + max_gap):
                continue
            centre = w.cx
        else:
            if not (axis_line - max_gap <= w.x1 <= axis_line + 1.0):
                continue
            centre = w.cy
        for t in ticks:
            d = abs(centre - t)
            if d <= align:
                candidates.append((d, t, value, id(w)))
    pairs: list[tuple[float, float]] = []
    used_ticks: set[float] = set()
    used_words: set[int] = set()
    for _d, t, value, wid in sorted(candidates):
        if t in used_ticks or wid in used_words:
            continue
        used_ticks.add(t)
        used_words.add(wid)
        pairs.append((t, value))
    return pairs
