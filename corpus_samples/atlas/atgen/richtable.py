"""Tables the external renderer cannot draw: two header rows, spanning cells, split parts.

A ``RichTable`` is a grid of cells. A cell is plain markup (``str``), a score reference
``S(group, day, style)`` that prints a value from the study's ``Scores`` and becomes a gold
outcome row, or ``None`` under a span. Spans are ``((col0, row0), (col1, row1))`` on the
whole grid (header rows first), as in reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from extgen.model import Scores


@dataclass(frozen=True)
class S:
    """A score cell: ``style`` is "pm" (m ± e), "paren" (m (e)), "mean" (m only) or "err" (e only)."""

    group: str
    day: float
    style: str = "pm"
    mark: str = ""  # a footnote marker printed after the value (superscript in both renderings)

    def text(self, scores: Scores) -> str:
        mean, err = scores.values[self.group][self.day]
        return {"pm": f"{mean:.1f} ± {err:.1f}", "paren": f"{mean:.1f} ({err:.1f})",
                "mean": f"{mean:.1f}", "err": f"{err:.1f}"}[self.style]

    @property
    def is_row(self) -> bool:
        """An ``err`` cell repeats the spread of a neighbouring mean cell: not a row of its own."""
        return self.style != "err"


Cell = str | S | None


@dataclass
class RichTable:
    label: str
    caption: str  # markup; may carry {{field|quote}} markers
    header: list[list[Cell]]
    body: list[list[Cell]]
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    foot: list[str] = field(default_factory=list)  # footnotes, one markup string each
    split_at: int | None = None  # body row index where a "(continued)" part starts
    landscape: bool = False
    col_widths: list[float] | None = None  # in points; None lets reportlab size columns
    group_rows: list[int] = field(default_factory=list)  # body rows that are full-width group labels

    def parts(self) -> list[list[list[Cell]]]:
        """Body rows of each printed part (one part unless the table is split)."""
        if self.split_at is None:
            return [self.body]
        return [self.body[: self.split_at], self.body[self.split_at:]]

    def score_cells(self) -> list[tuple[int, S]]:
        """(part index, score cell) of every cell that is a gold outcome row."""
        out = []
        for pi, rows in enumerate(self.parts()):
            for row in rows:
                out += [(pi, c) for c in row if isinstance(c, S) and c.is_row]
        return out


def cell_text(cell: Cell, scores: Scores) -> str:
    if cell is None:
        return ""
    if isinstance(cell, S):
        return cell.text(scores) + (f"<sup>{cell.mark}</sup>" if cell.mark else "")
    return cell


def jats_table(t: RichTable, scores: Scores, inline, tid: str) -> str:  # type: ignore[no-untyped-def]
    """The table as a JATS ``table-wrap`` (colspan/rowspan from the spans, one ``fn`` per footnote)."""
    ncols = len(t.header[0])
    span_at: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for (c0, r0), (c1, r1) in t.spans:
        span_at[(c0, r0)] = (c1 - c0 + 1, r1 - r0 + 1)
        covered |= {(c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)} - {(c0, r0)}

    def row_xml(cells: list[Cell], r: int, tag: str) -> str:
        if r - len(t.header) in t.group_rows:
            return f'<tr><td colspan="{ncols}"><italic>{inline(cell_text(cells[0], scores))}</italic></td></tr>'
        out = []
        for c, cell in enumerate(cells):
            if (c, r) in covered:
                continue
            cs, rs = span_at.get((c, r), (1, 1))
            attr = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            out.append(f"<{tag}{attr}>{inline(cell_text(cell, scores))}</{tag}>")
        return "<tr>" + "".join(out) + "</tr>"

    head = "\n".join(row_xml(cells, r, "th") for r, cells in enumerate(t.header))
    body = "\n".join(row_xml(cells, r + len(t.header), "td") for r, cells in enumerate(t.body))
    fns = "".join(f'<fn id="{tid}fn{i}"><p>{inline(f)}</p></fn>' for i, f in enumerate(t.foot, 1))
    foot = f"<table-wrap-foot>{fns}</table-wrap-foot>" if fns else ""
    orient = ' orientation="landscape"' if t.landscape else ""
    return (f'<table-wrap id="{tid}" position="float"{orient}><label>{escape(t.label)}</label>'
            f"<caption><p>{inline(t.caption)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>\n{head}\n</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot}</table-wrap>")
