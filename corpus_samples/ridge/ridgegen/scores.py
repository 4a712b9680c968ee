"""Score sentences in the shapes real results sections use, on top of the extgen markup.

The external renderer knows ``{bbb:G@D}`` ("mean ± err") and ``{bbb:G@D|paren}``. Results
texts also write bare means ("rose to 11.7"), medians with IQR, means with a 95% CI, and a
second scale (BMS) beside BBB. Those are written here as::

    {x:GROUP@DAY|fmt}    a value of the study's main scores
    {x2:GROUP@DAY|fmt}   a value of the study's second scale

with ``fmt`` one of ``pm``, ``paren``, ``bare``, ``iqr``, ``ci``. They are resolved to plain
text before rendering (so both renderers see ordinary prose) and become outcome rows with
source ``text`` (mean = the median for ``iqr`` rows, which carry ``"stat": "median"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extgen.model import Scores

X_RE = re.compile(r"\{x(2?):([^@}]+)@([0-9.]+)\|(pm|paren|bare|iqr|ci)\}")


@dataclass
class Extra:
    """What a ridge study adds to an extgen ``Study``: a second scale and score ranges."""

    second: Scores | None = None
    # (group, day) -> (low, high): the IQR of a median or the bounds of a 95% CI
    ranges: dict[tuple[str, float], tuple[float, float]] = field(default_factory=dict)
    second_ranges: dict[tuple[str, float], tuple[float, float]] = field(default_factory=dict)
    habit: str | None = None  # None: the study's extgen layout; "broken": ridge layout


def fmt_value(scores: Scores, ranges: dict, group: str, day: float, fmt: str) -> str:
    mean, err = scores.values[group][day]
    if fmt == "pm":
        return f"{mean:.1f} ± {err:.1f}"
    if fmt == "paren":
        return f"{mean:.1f} ({err:.1f})"
    if fmt == "bare":
        return f"{mean:.1f}"
    lo, hi = ranges[(group, day)]
    if fmt == "iqr":
        return f"{mean:g} (IQR {lo:g}–{hi:g})"
    return f"{mean:.1f} (95% CI {lo:.1f}–{hi:.1f})"


def resolve(markup: str, scores: Scores, extra: Extra) -> str:
    """Markup with every ``{x...}`` marker replaced by the text it stands for."""
    def one(m: re.Match[str]) -> str:
        sc, rg = (extra.second, extra.second_ranges) if m.group(1) else (scores, extra.ranges)
        assert sc is not None
        return fmt_value(sc, rg, m.group(2), float(m.group(3)), m.group(4))

    return X_RE.sub(one, markup)


def rows_in(markup: str, scores: Scores, extra: Extra) -> list[dict]:
    """Outcome rows (without document/page) for every ``{x...}`` marker of a block."""
    out = []
    for m in X_RE.finditer(markup):
        second, group, day, fmt = bool(m.group(1)), m.group(2), float(m.group(3)), m.group(4)
        sc, rg = (extra.second, extra.second_ranges) if second else (scores, extra.ranges)
        assert sc is not None
        mean, err = sc.values[group][day]
        spread = fmt in ("pm", "paren")
        row = {"outcome": sc.outcome, "group": group, "arm": sc.arm(group), "day": day, "mean": mean,
               "sd": err if spread and sc.err == "sd" else None,
               "sem": err if spread and sc.err == "sem" else None,
               "n": sc.n(group), "source": "text", "quote": fmt_value(sc, rg, group, day, fmt)}
        if fmt == "iqr":
            row["stat"] = "median"
        out.append(row)
    return out
