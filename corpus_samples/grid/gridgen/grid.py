"""Score tables as journals print them: a free grid of cells, some of which are scores.

The external renderer prints one shape of table (a header row, one row per group or per day,
"mean ± err" cells). Real BBB tables come in many more shapes; here a table is a grid of
cells with spans, several header rows, marks glued to numbers, footnotes, a split point
(continued on the next page) and a caption that may sit above or below. A score cell names
the (group, day) it prints, so the gold rows are read from the very cells that were drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from extgen.model import Scores


@dataclass
class GScores(Scores):
    """Scores printed with ``dec`` decimals, optionally with a decimal comma.

    ``n_at[(group, day)]`` overrides the group's n where animals dropped out.
    """

    dec: int = 1
    comma: bool = False
    n_at: dict[tuple[str, float], int] = field(default_factory=dict)

    def num(self, x: float) -> str:
        s = f"{x:.{self.dec}f}"
        return s.replace(".", ",") if self.comma else s

    def cell(self, group: str, day: float, style: str | None = None) -> str:
        mean, err = self.values[group][day]
        if style == "paren":
            return f"{self.num(mean)} ({self.num(err)})"
        if style == "tight":
            return f"{self.num(mean)}±{self.num(err)}"
        if style == "mean":
            return self.num(mean)
        if style == "err":
            return self.num(err)
        return f"{self.num(mean)} ± {self.num(err)}"

    def n_of(self, group: str, day: float) -> int | None:
        return self.n_at.get((group, day), self.n(group))


def series(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    """One group's scores by day."""
    return dict(zip(days, pairs, strict=True))


@dataclass
class Cell:
    """One printed cell; ``ref`` = (group, day) marks a score cell (an outcome row)."""

    text: str
    ref: tuple[str, float] | None = None
    quote: str | None = None  # the part of ``text`` that is the score (marks excluded)
    bold: bool = False


def sc(scores: GScores, group: str, day: float, style: str | None = None, mark: str = "") -> Cell:
    """A score cell: the formatted value with an optional significance mark glued on."""
    value = scores.cell(group, day, style)
    return Cell(value + mark, (group, day), value)


def h(text: str) -> Cell:
    return Cell(text, bold=True)


@dataclass
class GridTable:
    """A table as printed. ``spans`` are (col0, row0, col1, row1) over header + body rows."""

    head: list[list[Cell | str]]
    body: list[list[Cell | str]]
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    split_at: int | None = None  # body row where the table is continued on the next page
    col_widths: list[float] | None = None
    rules: str = "booktabs"  # "booktabs" (three rules) or "grid" (every cell boxed)
    bold_first_col: bool = False

    def rows(self) -> list[list[Cell]]:
        return [[c if isinstance(c, Cell) else Cell(c) for c in r] for r in (*self.head, *self.body)]

    def score_cells(self) -> list[tuple[int, Cell]]:
        """(body row index, cell) of every score cell, in reading order."""
        out = []
        for i, row in enumerate(self.body):
            for c in row:
                if isinstance(c, Cell) and c.ref is not None:
                    out.append((i, c))
        return out


def _covered(t: GridTable) -> dict[tuple[int, int], tuple[int, int] | None]:
    """Cells hidden by a span -> None; span origins -> (colspan, rowspan)."""
    out: dict[tuple[int, int], tuple[int, int] | None] = {}
    for c0, r0, c1, r1 in t.spans:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                out[(r, c)] = None
        out[(r0, c0)] = (c1 - c0 + 1, r1 - r0 + 1)
    return out


def jats_table(t: GridTable, label: str, caption_xml: str, foot_xml: str, tid: str) -> str:
    """A JATS ``table-wrap`` with real colspan/rowspan header cells."""
    cov = _covered(t)
    rows = t.rows()
    nhead = len(t.head)

    def tr(ri: int, row: list[Cell], tag: str) -> str:
        cells = []
        for ci, c in enumerate(row):
            span = cov.get((ri, ci), (1, 1))
            if span is None:
                continue
            attrs = (f' colspan="{span[0]}"' if span[0] > 1 else "") + (f' rowspan="{span[1]}"' if span[1] > 1 else "")
            text = escape(c.text)
            if c.bold and tag == "td":
                text = f"<bold>{text}</bold>"
            cells.append(f"<{tag}{attrs}>{text}</{tag}>")
        return "<tr>" + "".join(cells) + "</tr>"

    head = "\n".join(tr(i, r, "th") for i, r in enumerate(rows[:nhead]))
    body = "\n".join(tr(nhead + i, r, "td") for i, r in enumerate(rows[nhead:]))
    foot = f"<table-wrap-foot>{foot_xml}</table-wrap-foot>" if foot_xml else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{caption_xml}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>\n{head}\n</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot}</table-wrap>")
