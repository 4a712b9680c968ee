"""Shared helpers of the quill studies (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Scores, Study

MU = "\u00b5"
GMU = "\u03bc"
NB = "\u00a0"


def study(**kw: object) -> Study:
    """A ``Study`` with the quill defaults (synthetic notice, invented references)."""
    kw.setdefault("footnote", FOOTNOTE)
    kw.setdefault("references", list(POOL[:10]))
    return Study(**kw)  # type: ignore[arg-type]


def scores(outcome: str, err: str, groups: list[tuple[str, str, int | None]], days: list[float],
           table: dict[str, list[tuple[float, float]]]) -> Scores:
    return Scores(outcome, err, groups, {g: dict(zip(days, v, strict=True)) for g, v in table.items()})
