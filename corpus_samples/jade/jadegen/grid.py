"""Free-form score tables: any header, spans, row blocks, legends, split or rotated.

The external renderer draws one shape of table (groups x days, "mean ± err" cells). Journals
lay BBB tables out in many more ways, so a jade table is an explicit grid of cell texts plus
the gold rows that the grid states. The grid is handed to the external renderers through the
block spec (``{"groups": [], "days": [], "grid": Grid}``): the external gold builder then adds
no rows of its own for it, and ``gold_rows`` below adds the grid's.

Cell text may carry ``^{x}`` for a superscript: JATS gets ``<sup>x</sup>``; the PDF prints the
character glued to the number, the way superscripts come out of a PDF's text layer anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

Cell = str | tuple[str, int]  # text, or (text, colspan)
SUP = re.compile(r"\^\{([^}]*)\}")


@dataclass
class Score:
    """One number the grid states: becomes one outcome row (source ``table``)."""

    outcome: str
    group: str
    arm: str
    day: float
    mean: float
    err: float | None
    kind: str | None  # "sd", "sem" or None (median with IQR / bare mean)
    n: int | None
    quote: str  # the cell text as printed (what a reader can find on the page)
    line: int  # body row index (a split table's part depends on it)
    stat: str | None = None  # "median" when the table gives medians


@dataclass
class Grid:
    head: list[list[Cell]]
    body: list[list[Cell]]
    scores: list[Score]
    font: float = 7.5
    split_after: int | None = None  # PDF: body rows after this index go on the next page
    repeat_head: bool = True  # a split table's second part repeats the header rows
    landscape: bool = False  # PDF: drawn rotated on its own page; JATS orientation="landscape"
    span: bool = False  # PDF (wide layout): full page width above the two columns
    blocks: list[int] = field(default_factory=list)  # body rows that are block labels (bold)
    col_widths: list[float] | None = None

    @property
    def ncols(self) -> int:
        return sum(c[1] if isinstance(c, tuple) else 1 for c in self.head[0])


def pdf_text(cell: str) -> str:
    return SUP.sub(lambda m: m.group(1), cell)


def xml_text(cell: str) -> str:
    out, last = [], 0
    for m in SUP.finditer(cell):
        out.append(escape(cell[last:m.start()]))
        out.append(f"<sup>{escape(m.group(1))}</sup>")
        last = m.end()
    out.append(escape(cell[last:]))
    return "".join(out)


def spec(grid: Grid, foot: str | None = None) -> dict[str, Any]:
    """The block spec the external renderers and gold builder accept for a jade grid."""
    return {"groups": [], "days": [], "foot": foot, "grid": grid}


def pm(mean: float, err: float, sep: str = " ± ") -> str:
    return f"{mean:.1f}{sep}{err:.1f}"
