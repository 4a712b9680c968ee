"""Shared pieces of the digest studies (all invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Scores

__all__ = ["FOOTNOTE", "POOL", "grid", "refs", "scores"]


def grid(days: list[float], series: dict[str, list[tuple[float, float]]]) -> dict[str, dict[float, tuple[float, float]]]:
    """values[group][day] from per-group (mean, err) lists in day order."""
    return {g: dict(zip(days, pairs, strict=True)) for g, pairs in series.items()}


def refs(*idx: int) -> list[str]:
    return [POOL[i] for i in idx]


def scores(outcome: str, err: str, groups: list[tuple[str, str, int | None]],
           values: dict[str, dict[float, tuple[float, float]]]) -> Scores:
    return Scores(outcome=outcome, err=err, groups=groups, values=values)
