"""Small builders shared by the willow study modules."""

from __future__ import annotations

from extgen.model import Scores

from wgen.scores import WScores


def series(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    """``{day: (mean, err)}`` from parallel lists."""
    if len(days) != len(pairs):
        raise ValueError("days and pairs differ in length")
    return dict(zip(days, pairs, strict=True))


def S(key: str, day: float, fmt: str = "pm", mark: str = "") -> tuple[str, str, float, str, str]:  # noqa: N802
    """A score cell of a grid table."""
    return ("s", key, day, fmt, mark)


def plot_scores(ws: WScores, keys: list[str]) -> Scores:
    """External ``Scores`` for a line plot of some groups (labels must be unique among them)."""
    labels = [ws.groups[k][0] for k in keys]
    if len(set(labels)) != len(labels):
        raise ValueError("plotted groups need distinct labels")
    return Scores(outcome=ws.outcome, err=ws.err, groups=[ws.groups[k] for k in keys],
                  values={ws.groups[k][0]: ws.values[k] for k in keys})


def no_plot(ws: WScores) -> Scores:
    """An empty external ``Scores``: willow prints scores only through its own tokens."""
    return Scores(outcome=ws.outcome, err=ws.err, groups=[], values={})
