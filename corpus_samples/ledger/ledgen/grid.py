"""Free-form tables ("grids"): any cell layout, score cells marked inline.

A table block is ``("table", label, caption, spec)`` as in extgen, but ``spec`` holds a
``grid`` instead of ``groups``/``days``:

- ``grid``: list of rows, each a list of cell strings (extgen inline markup allowed:
  ``<i>``, ``<sup>`` ...); a cell covered by a span is ``""``;
- ``head``: number of header rows (default 1);
- ``spans``: list of ``(col0, row0, col1, row1)`` merged regions (reportlab order);
- ``dp``: decimals of the score cells (default 1);
- ``rules``: ``"booktabs"`` (default), ``"grid"`` (Word-style full grid) or ``"zebra"``;
- ``width``: total width in points (default: the frame width of the layout);
- ``foot``: table footnote (extgen markup, may hold ``{bbb:...}`` text values).

Score cells: ``{s:GROUP@DAY}`` writes "mean ± err" from the study's main scores;
``{s:BMS:GROUP@DAY}`` uses the study's extra scale of that name. Formats after a bar:
``paren`` "mean (err)", ``tight`` "mean±err", ``mean`` the mean only (its spread is in a
``err`` cell elsewhere, which makes no row), ``bare`` the mean written without any spread
(sham "21"), ``slash`` "mean/err". Every marker except ``err`` is one gold outcome row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extgen.model import Scores, Study

SCORE_RE = re.compile(r"\{s:(?:([A-Z]+):)?([^@}|]+)@([0-9.]+)(?:\|([a-z]+))?\}")
FORMATS = {None, "paren", "tight", "mean", "err", "bare", "slash"}


@dataclass
class LStudy(Study):
    """extgen's Study plus what ledger tables need."""

    extra: dict[str, Scores] = field(default_factory=dict)  # second scale, e.g. {"BMS": Scores}
    n_at: dict[tuple[str, float], int] = field(default_factory=dict)  # n after losses
    habit: str | None = None  # a ledger layout (ledgen.layouts) instead of extgen's two

    def scale(self, name: str | None) -> Scores:
        return self.scores if name is None else self.extra[name]


def score_text(study: LStudy, scale: str | None, group: str, day: float, fmt: str | None, dp: int) -> str:
    """The characters a score marker prints (checks the stored value prints exactly)."""
    if fmt not in FORMATS:
        raise SystemExit(f"{study.stem}: unknown score format {fmt!r}")
    mean, err = study.scale(scale).values[group][day]
    for v in (mean, err):
        if round(v, dp) != v:
            raise SystemExit(f"{study.stem}: {v} has more than {dp} decimals ({group}@{day})")
    m, e = f"{mean:.{dp}f}", f"{err:.{dp}f}"
    return {None: f"{m} ± {e}", "paren": f"{m} ({e})", "tight": f"{m}±{e}", "mean": m, "err": e,
            "bare": f"{mean:g}", "slash": f"{m}/{e}"}[fmt]


def resolve(study: LStudy, cell: str, dp: int) -> str:
    """A grid cell with its score markers replaced by the printed numbers."""
    return SCORE_RE.sub(lambda m: score_text(study, m.group(1), m.group(2), float(m.group(3)),
                                             m.group(4), dp), cell)


@dataclass
class GridScore:
    scale: str | None
    group: str
    day: float
    fmt: str | None
    text: str
    row: int  # grid row index (a continued table puts later rows on the next page)


def grid_scores(study: LStudy, spec: dict) -> list[GridScore]:
    """Every score marker of a grid that is a gold outcome row, in reading order."""
    dp = spec.get("dp", 1)
    out = []
    for r, row in enumerate(spec["grid"]):
        for cell in row:
            for m in SCORE_RE.finditer(cell):
                if m.group(4) == "err":
                    continue
                day = float(m.group(3))
                out.append(GridScore(m.group(1), m.group(2), day, m.group(4),
                                     score_text(study, m.group(1), m.group(2), day, m.group(4), dp), r))
    return out


def check_grid(study: LStudy, spec: dict, label: str) -> None:
    """A rectangular grid whose spans cover only blank cells."""
    width = len(spec["grid"][0])
    for r, row in enumerate(spec["grid"]):
        if len(row) != width:
            raise SystemExit(f"{study.stem} {label}: row {r} has {len(row)} cells, expected {width}")
    for c0, r0, c1, r1 in spec.get("spans", []):
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0) and spec["grid"][r][c] != "":
                    raise SystemExit(f"{study.stem} {label}: span covers non-empty cell {r},{c}")
