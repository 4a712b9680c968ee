"""Small builders for the atlas study texts (everything they produce is invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE

NOTICE = FOOTNOTE


def series(days: list[float], means: list[float], errs: list[float]) -> dict[float, tuple[float, float]]:
    """Scores of one group: ``{day: (mean, err)}``."""
    return {float(d): (m, e) for d, m, e in zip(days, means, errs, strict=True)}


def weeks(*w: int) -> list[float]:
    return [7.0 * x for x in w]
