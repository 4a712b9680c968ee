"""BBB tables laid out the way labs lay them out, for both renderings and the gold.

A ``TideTable`` is an explicit grid: header rows (cells may span columns) and body rows
whose cells are plain strings or ``Score`` references into the study's score data. The
same grid becomes a reportlab table (ruled, unruled or fully gridded, tight or loose,
wrapped first column, optionally split over two pages) and a JATS ``table-wrap`` with
``colspan`` headers and a ``table-wrap-foot``.

``install()`` teaches the external renderer (``extgen``) to draw these tables: its table
hooks are wrapped, never edited, so studies using ordinary layouts go through
``extgen.render_pdf.render_pdf`` / ``extgen.render_xml.render_xml`` unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from extgen.model import Scores, Study
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle


@dataclass(frozen=True)
class Score:
    """One table cell drawn from ``scores.values[group][day]``.

    fmt: ``pm`` "8.6 ± 1.2", ``tight`` "8.6±1.2", ``paren`` "8.6 (1.2)",
    ``mean`` the mean alone (its spread sits in another cell), ``err`` the spread alone.
    ``mark`` is a significance symbol glued to the cell ("*", "#", "**").
    """

    group: str
    day: float
    fmt: str = "pm"
    mark: str = ""

    def core(self, scores: Scores) -> str:
        mean, err = scores.values[self.group][self.day]
        return {"pm": f"{mean:.1f} ± {err:.1f}", "tight": f"{mean:.1f}±{err:.1f}",
                "paren": f"{mean:.1f} ({err:.1f})", "mean": f"{mean:.1f}", "err": f"{err:.1f}"}[self.fmt]

    def text(self, scores: Scores) -> str:
        return self.core(scores) + self.mark

    @property
    def is_value(self) -> bool:
        """Whether this cell carries the mean (one gold row per mean written)."""
        return self.fmt != "err"


Cell = str | Score
HeadCell = str | tuple[str, int]  # text, or (text, number of columns it spans)


@dataclass
class TideTable:
    head: list[list[HeadCell]]
    body: list[list[Cell]]
    foot: str = ""  # markup (may carry {{field|quote}} markers)
    grid: str = "booktabs"  # "booktabs" (three rules), "full" (every cell boxed), "none"
    pad: float = 1.5  # cell padding in points: 0.3 gives columns that nearly touch
    wrap_first: float | None = None  # width (pt) of a wrapped first column
    split_after: int | None = None  # body rows on the first page; the rest "continued"
    font_delta: float = 0.0
    widths: list[float] | None = None  # fixed column widths (needed under wide spanning headers)

    def get(self, key: str, default: object = None) -> object:
        """The external renderer asks ``spec.get("foot")``."""
        return (self.foot or default) if key == "foot" else default

    def __getitem__(self, key: str) -> object:
        if key != "foot":
            raise KeyError(key)
        return self.foot

    def ncols(self) -> int:
        return len(self.body[0])

    def scores_in(self, rows: range | None = None) -> Iterator[tuple[int, Score]]:
        for i, row in enumerate(self.body):
            if rows is not None and i not in rows:
                continue
            for c in row:
                if isinstance(c, Score) and c.is_value:
                    yield i, c

    def parts(self) -> list[range]:
        """Body-row ranges drawn as separate flowables (two when the table is split)."""
        n = len(self.body)
        if self.split_after is None:
            return [range(n)]
        return [range(self.split_after), range(self.split_after, n)]


def _head_grid(t: TideTable) -> tuple[list[list[str]], list[tuple]]:
    """Header rows expanded to full width, plus reportlab SPAN commands."""
    rows, spans = [], []
    for r, hrow in enumerate(t.head):
        out: list[str] = []
        for cell in hrow:
            text, span = (cell, 1) if isinstance(cell, str) else cell
            if span > 1:
                spans.append(("SPAN", (len(out), r), (len(out) + span - 1, r)))
                spans.append(("ALIGN", (len(out), r), (len(out) + span - 1, r), "CENTER"))
            out += [text] + [""] * (span - 1)
        if len(out) != t.ncols():
            raise ValueError(f"header row {r} has {len(out)} columns, body {t.ncols()}")
        rows.append(out)
    return rows, spans


def pdf_table(t: TideTable, scores: Scores, cell_style: ParagraphStyle, part: range | None = None) -> Table:
    """One reportlab table (the whole grid, or the rows of one part with the header repeated)."""
    head, spans = _head_grid(t)
    rows = range(len(t.body)) if part is None else part
    size = cell_style.fontSize + t.font_delta
    fam = cell_style.fontName.split("-")[0]
    wrap = ParagraphStyle("wrapcell", parent=cell_style, fontSize=size, leading=size * 1.2)
    body = []
    for i in rows:
        out: list[object] = []
        for j, c in enumerate(t.body[i]):
            text = c.text(scores) if isinstance(c, Score) else c
            out.append(Paragraph(escape(text), wrap) if (j == 0 and t.wrap_first) else text)
        body.append(out)
    widths = t.widths
    if t.wrap_first and widths is None:
        widths = [t.wrap_first] + [None] * (t.ncols() - 1)
    table = Table(head + body, colWidths=widths, hAlign="LEFT", repeatRows=len(head))
    nh = len(head)
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), cell_style.fontName, size),
        ("FONT", (0, 0), (-1, nh - 1), f"{fam}-Bold", size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), t.pad), ("BOTTOMPADDING", (0, 0), (-1, -1), t.pad),
        ("LEFTPADDING", (0, 0), (-1, -1), max(t.pad, 0.3) * 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), max(t.pad, 0.3) * 1.5),
        *spans,
    ]
    if t.grid == "full":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.black))
    elif t.grid == "booktabs":
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                 ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
        for r in range(nh - 1):  # a short rule under spanning header cells
            for cmd in spans:
                if cmd[0] == "SPAN" and cmd[1][1] == r:
                    cmds.append(("LINEBELOW", cmd[1], cmd[2], 0.3, colors.black))
    table.setStyle(TableStyle(cmds))
    return table


def xml_table(label: str, caption_xml: str, t: TideTable, scores: Scores, foot_xml: str, tid: str) -> str:
    """A JATS ``table-wrap`` (colspan headers, footnote as ``fn``)."""
    head = []
    for hrow in t.head:
        cells = []
        for cell in hrow:
            text, span = (cell, 1) if isinstance(cell, str) else cell
            attr = f' colspan="{span}"' if span > 1 else ""
            cells.append(f"<th{attr}>{escape(text)}</th>")
        head.append("<tr>" + "".join(cells) + "</tr>")
    body = []
    for row in t.body:
        cells = [escape(c.text(scores) if isinstance(c, Score) else c) for c in row]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    rules = {"full": 'frame="box" rules="all"', "booktabs": 'frame="hsides" rules="groups"',
             "none": 'frame="void" rules="none"'}[t.grid]
    foot = (f'<table-wrap-foot><fn id="{tid}fn1"><p>{foot_xml}</p></fn></table-wrap-foot>'
            if foot_xml else "")
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{caption_xml}</p></caption>\n<table {rules}><thead>{''.join(head)}</thead>\n"
            f"<tbody>\n" + "\n".join(body) + f"\n</tbody></table>{foot}</table-wrap>")


@dataclass
class RowRef:
    """A gold outcome row from a table cell: which flowable key holds it."""

    group: str
    day: float
    quote: str
    key: str
    extra: dict = field(default_factory=dict)


def table_rows(label: str, t: TideTable, scores: Scores, split_keys: bool) -> list[RowRef]:
    """Every mean written in the table, with the PDF key of the part it is drawn in."""
    out = []
    for k, part in enumerate(t.parts()):
        key = f"tab:{label}#{k}" if split_keys and t.split_after is not None else f"tab:{label}"
        for _i, c in t.scores_in(part):
            out.append(RowRef(c.group, c.day, c.core(scores), key))
    return out


def install() -> None:
    """Wrap extgen's table hooks so a ``TideTable`` spec renders as ours (idempotent)."""
    import extgen.render_pdf as rp
    import extgen.render_xml as rx

    if getattr(rp._bbb_table, "_tide", False):
        return
    orig_pdf, orig_xml = rp._bbb_table, rx._table

    def pdf_hook(spec, study: Study, st, key):  # type: ignore[no-untyped-def]
        if not isinstance(spec, TideTable):
            return orig_pdf(spec, study, st, key)
        if spec.split_after is not None:
            raise ValueError(f"{study.stem}: split tables need the tide layout renderer")
        tab = pdf_table(spec, study.scores, st["cell"])
        tab._key = key  # type: ignore[attr-defined]
        return tab

    def xml_hook(label, caption, spec, study: Study, tid):  # type: ignore[no-untyped-def]
        if not isinstance(spec, TideTable):
            return orig_xml(label, caption, spec, study, tid)
        foot = rx.inline(spec.foot, study) if spec.foot else ""
        return xml_table(label, rx.inline(caption, study), spec, study.scores, foot, tid)

    pdf_hook._tide = True  # type: ignore[attr-defined]
    rp._bbb_table = pdf_hook
    rx._table = xml_hook
