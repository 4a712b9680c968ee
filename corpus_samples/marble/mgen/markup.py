"""Score markup beyond the external renderer's ``{bbb:GROUP@DAY}``.

The external renderer writes a score only as "mean ± err" or "mean (err)". Papers in this
set also write a score without its spread, a median with its interquartile range, and one
number that holds for a group at every time point. Those are written here as

- ``{bare:GROUP@DAY}``   the mean alone ("11.8", "21");
- ``{med:GROUP@DAY}``    the median and IQR in the study's own ``median_fmt``;
- ``{every:GROUP}``      the group's one value, standing for every assessed day;

and are expanded to plain text *before* rendering, so both renderers see ordinary prose.
Each expansion becomes a gold outcome row (source ``text``) on the page of its block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extgen.model import Scores

MARK_RE = re.compile(r"\{(bare|med):([^@}]+)@([0-9.]+)\}|\{every:([^}]+)\}")


@dataclass
class MScores(Scores):
    """Scores plus medians and the cells of tables that carry other measures.

    ``medians[group][day] = (median, q1, q3)``; ``extra[(row, column)]`` is the text of a
    cell of a non-locomotor table (lesion area, body weight ...), which the external table
    renderer asks for through ``cell``.
    """

    medians: dict[str, dict[float, tuple[float, float, float]]] = field(default_factory=dict)
    median_fmt: str = "{m:g} (IQR {lo:g}–{hi:g})"
    extra: dict[tuple[str, str], str] = field(default_factory=dict)

    def cell(self, group: str, day: float, style: str | None = None) -> str:  # type: ignore[override]
        if (group, day) in self.extra:  # type: ignore[comparison-overlap]
            return self.extra[(group, day)]  # type: ignore[index]
        return super().cell(group, day, style)

    def bare(self, group: str, day: float) -> str:
        mean = self.values[group][day][0]
        return f"{mean:g}" if float(mean).is_integer() else f"{mean:.1f}"

    def median(self, group: str, day: float) -> str:
        m, lo, hi = self.medians[group][day]
        return self.median_fmt.format(m=m, lo=lo, hi=hi)


@dataclass
class Mark:
    """One expanded score: what was written and which gold row(s) it stands for."""

    kind: str  # bare | med | every
    group: str
    days: list[float]
    text: str


def expand(markup: str, scores: MScores) -> tuple[str, list[Mark]]:
    """The markup with every extra score marker replaced by its text, and the marks found."""
    marks: list[Mark] = []

    def one(m: re.Match[str]) -> str:
        if m.group(4):
            group = m.group(4)
            days = sorted(scores.values[group])
            text = scores.bare(group, days[0])
            if any(scores.bare(group, d) != text for d in days):
                raise ValueError(f"{{every:{group}}} but the group's values differ")
            marks.append(Mark("every", group, days, text))
            return text
        kind, group, day = m.group(1), m.group(2), float(m.group(3))
        text = scores.bare(group, day) if kind == "bare" else scores.median(group, day)
        marks.append(Mark(kind, group, [day], text))
        return text

    return MARK_RE.sub(one, markup), marks


def other_table(rows: list[str], columns: list[str], cells: list[list[str]]) -> tuple[dict, dict]:
    """A table spec for the external renderer whose cells are not locomotor scores.

    Returns (spec, extra): pass ``spec`` in a ``("table", label, caption, spec)`` block (it
    is marked ``other`` so it yields no gold rows) and merge ``extra`` into ``MScores.extra``.
    """
    extra = {(r, c): v for r, row in zip(rows, cells, strict=True) for c, v in zip(columns, row, strict=True)}
    spec = {"orient": "cols", "groups": rows, "days": columns, "day_fmt": str, "other": True}
    return spec, extra
