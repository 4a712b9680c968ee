"""One known BBB results table, drawn in many layouts, as a PDF (reportlab) and as JATS XML.

A :class:`Layout` picks one habit per axis (orientation, time headers, where the unit,
the dispersion and n are written, gutters, rules, wrapped labels, significance marks, a
baseline column, a second scale, a page break, the page's orientation, decimal commas).
:func:`grid` turns it into one logical table (header rows, body rows, spanning cells),
which :func:`pdf_bytes` and :func:`jats_bytes` draw; :func:`expected` gives the outcome rows
a reader must recover from it, and nothing else.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_FONTS = Path(reportlab.__file__).parent / "fonts"
pdfmetrics.registerFont(TTFont("MxVera", str(_FONTS / "Vera.ttf")))
pdfmetrics.registerFont(TTFont("MxVeraBd", str(_FONTS / "VeraBd.ttf")))

# Group label, short label, arm, n, BBB means, BBB spreads, BMS means, BMS spreads, subscores.
GROUPS = [
    ("Sham", "Sham-operated rats (laminectomy only)", "sham", 8,
     [19.8, 20.4, 20.9, 21.0, 21.0], [0.9, 0.6, 0.3, 0.0, 0.0],
     [8.5, 8.8, 9.0, 9.0, 9.0], [0.4, 0.3, 0.0, 0.0, 0.0]),
    ("SCI + PBS", "SCI rats given an intravenous PBS vehicle", "control", 9,
     [0.4, 1.6, 3.9, 6.2, 7.8], [0.3, 0.7, 1.1, 1.3, 1.5],
     [0.2, 0.8, 1.9, 2.8, 3.4], [0.2, 0.4, 0.6, 0.7, 0.8]),
    ("SCI + Exo", "SCI rats given an intravenous dose of MSC exosomes", "treatment", 8,
     [0.6, 2.7, 6.1, 9.4, 11.8], [0.4, 0.8, 1.0, 1.2, 1.4],
     [0.3, 1.2, 2.9, 4.1, 5.2], [0.2, 0.5, 0.6, 0.8, 0.9]),
    ("SCI", "Injured rats left without any further treatment", "control", 7,
     [0.5, 1.4, 3.5, 5.8, 7.1], [0.3, 0.6, 0.9, 1.1, 1.3],
     [0.2, 0.7, 1.6, 2.5, 3.0], [0.2, 0.4, 0.5, 0.6, 0.7]),
]
SUBSCORES = [[0.0, 0.0, 1.0, 3.0, 5.0], [0.0, 0.0, 0.0, 1.0, 2.0], [0.0, 1.0, 2.0, 4.0, 7.0],
             [0.0, 0.0, 1.0, 3.0, 5.0]]
DAYS = [1, 3, 7, 14, 28]
WEEKS = [1, 2, 3, 4, 6]
SIZE, LEAD, PAD = 8.0, 10.0, 3.0


@dataclass(frozen=True)
class Layout:
    """One way of laying out the table; each field is one axis of the matrix."""

    orient: str = "rows"  # groups as "rows" or as "cols"
    time: str = "day"  # day "Day 7" | bare "7" under a spanning title | D "D7" | dpi "7 dpi" | week "Week 1" | weekbare
    # | listed: bare "7" with no unit in the table, the methods listing the days
    unit: str = "caption"  # "caption" or "span": "BBB score" spans the value columns
    disp: str = "pm"  # pm "m ± s" | paren "m (s)" | adjacent Mean, SD columns | footsem: SEM only in the footnote
    n: str = "none"  # none | caption "n = 8 per group" | label "(n = 8)" | column
    gutter: float = 14.0
    rules: str = "three"  # grid | three | none
    wrap: bool = False  # long group labels set on 2-3 lines
    valign: str = "top"  # where the values of a wrapped row sit: "top" or "middle"
    marks: str = ""  # "" | star "9.4 ± 1.2*" | letter "9.4±1.2a" | super (raised mark)
    baseline: bool = False  # a pre-injury time that gives no row
    second: str = ""  # "" | bms (rows of their own scale) | subscore (no rows)
    split: str = ""  # "" | repeat (caption "(continued)" + header) | bare (nothing) | cont ("(cont.)", no header)
    page: str = "portrait"  # portrait | landscape | sideways (portrait page, table turned)
    comma: bool = False  # decimal commas
    groups: int = 3

    @property
    def id(self) -> str:
        d = Layout()
        return "-".join(f"{k}={v}" for k, v in vars(self).items() if v != getattr(d, k)) or "plain"


@dataclass
class Cell:
    text: str
    span: int = 1
    sup: str = ""  # a raised mark glued after the text
    label: bool = False  # left aligned (the stub column)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass
class Grid:
    header: list[list[Cell]]
    body: list[list[Cell]]
    caption: str
    footnote: str
    ncols: int
    split_at: int = 0
    spans_under: list[tuple[int, int, int]] = field(default_factory=list)  # (row, col, span) rules


Row = tuple[str, str, str, float, float, float | None, float | None, int | None]


def _num(x: float, lay: Layout) -> str:
    s = f"{x:.1f}"
    return s.replace(".", ",") if lay.comma else s


def _wrap(text: str, width: int = 18) -> str:
    lines: list[str] = []
    for w in text.split():
        if lines and len(lines[-1]) + 1 + len(w) <= width:
            lines[-1] += " " + w
        else:
            lines.append(w)
    return "\n".join(lines)


def _label(g: tuple, lay: Layout) -> str:
    name = (g[1] if lay.wrap else g[0]) + (f" (n = {g[3]})" if lay.n == "label" else "")
    return _wrap(name) if lay.wrap else name


def _times(lay: Layout) -> list[str]:
    week = lay.time.startswith("week")
    fmt = {"day": "Day {}", "bare": "{}", "D": "D{}", "dpi": "{} dpi", "week": "Week {}",
           "weekbare": "{}", "listed": "{}"}[lay.time]
    out = [fmt.format(t) for t in (WEEKS if week else DAYS)]
    if lay.baseline:
        out.insert(0, "Pre-injury" if lay.orient == "rows" else "Baseline")
    return out


def _day(i: int, lay: Layout) -> float:
    return float(WEEKS[i] * 7 if lay.time.startswith("week") else DAYS[i])


def _values(gi: int, scale: str, lay: Layout) -> list[list[Cell]]:
    """The value cells of group ``gi`` for each time (two cells a time in adjacent layout)."""
    g = GROUPS[gi]
    if scale == "BBB":
        means, sds = g[4], g[5]
    elif scale == "BMS":
        means, sds = g[6], g[7]
    else:
        means, sds = SUBSCORES[gi], [0.5, 0.5, 0.6, 0.8, 1.0]
    out = []
    if lay.baseline:
        top = 21.0 if scale == "BBB" else 9.0 if scale == "BMS" else 13.0
        out.append([Cell(_num(top, lay))] if lay.disp != "adjacent"
                   else [Cell(_num(top, lay)), Cell(_num(0.0, lay))])
    for k, (m, s) in enumerate(zip(means, sds)):
        mark = "" if (gi < 2 or k < 2 or not lay.marks) else {"star": "*", "letter": "a", "super": "*"}[lay.marks]
        sup = mark if lay.marks == "super" else ""
        glued = "" if sup else mark
        if lay.disp == "adjacent":
            out.append([Cell(_num(m, lay) + glued, sup=sup), Cell(_num(s, lay))])
        elif lay.disp == "paren":
            out.append([Cell(f"{_num(m, lay)} ({_num(s, lay)}){glued}", sup=sup)])
        else:
            pm = "±" if lay.marks == "letter" else " ± "
            out.append([Cell(f"{_num(m, lay)}{pm}{_num(s, lay)}{glued}", sup=sup)])
    return out


def _scales(lay: Layout) -> list[tuple[str, str]]:
    """(scale key, section title) of each block of body rows."""
    if not lay.second:
        return [("BBB", "")]
    second = ("BMS", "BMS score") if lay.second == "bms" else ("SUB", "BBB subscore (0–13)")
    return [("BBB", "BBB score"), second]


def grid(lay: Layout) -> Grid:
    """The logical table for ``lay``: header rows, body rows, caption and footnote."""
    groups = GROUPS[: lay.groups]
    times = _times(lay)
    per = 2 if lay.disp == "adjacent" else 1
    header: list[list[Cell]] = []
    body: list[list[Cell]] = []
    unders: list[tuple[int, int, int]] = []
    title_bare = {"bare": "Days post-injury", "weekbare": "Weeks after SCI"}.get(lay.time)
    if lay.orient == "rows":
        stub = [Cell("Group", label=True)] + ([Cell("n")] if lay.n == "column" else [])
        lead = len(stub)
        ncols = lead + per * len(times)
        span_titles = ([("BBB score")] if lay.unit == "span" and not lay.second else []) + (
            [title_bare] if title_bare else [])
        for t in span_titles:
            unders.append((len(header), lead, per * len(times)))
            header.append([Cell("", label=True)] + [Cell("")] * (lead - 1) + [Cell(t, span=per * len(times))])
        if per == 2:
            unders += [(len(header), lead + per * i, 2) for i in range(len(times))]
        header.append(stub + [Cell(t, span=per) for t in times])
        if per == 2:
            header.append([Cell("", label=True)] + [Cell("")] * (lead - 1) + [Cell("Mean"), Cell("SD")] * len(times))
        for scale, title in _scales(lay):
            if title:
                body.append([Cell(title, span=ncols, label=True)])
            for gi, g in enumerate(groups):
                row = [Cell(_label(g, lay), label=True)] + ([Cell(str(g[3]))] if lay.n == "column" else [])
                for cells in _values(gi, scale, lay):
                    row += cells
                body.append(row)
    else:
        ncols = 1 + per * len(groups)
        if lay.unit == "span" and not lay.second:
            unders.append((0, 1, per * len(groups)))
            header.append([Cell("", label=True), Cell("BBB score", span=per * len(groups))])
        corner = title_bare or "Time point"
        if per == 2:
            unders += [(len(header), 1 + 2 * i, 2) for i in range(len(groups))]
        header.append([Cell(corner, label=True)] + [Cell(_label(g, lay), span=per) for g in groups])
        if per == 2:
            header.append([Cell("", label=True)] + [Cell("Mean"), Cell("SD")] * len(groups))
        if lay.n == "column":
            body.append([Cell("n", label=True)] + [Cell(str(g[3]), span=per) for g in groups])
        for scale, title in _scales(lay):
            if title:
                body.append([Cell(title, span=ncols, label=True)])
            cols = [_values(gi, scale, lay) for gi in range(len(groups))]
            for ti, t in enumerate(times):
                row = [Cell(t, label=True)]
                for gi in range(len(groups)):
                    row += cols[gi][ti]
                body.append(row)
    what = "Locomotor scores" if lay.second else (
        "BBB locomotor scores" if lay.unit == "caption" else "Hindlimb locomotor recovery")
    disp = {"pm": " Values are mean ± SD", "paren": " Values are mean (SD)",
            "adjacent": " Values are mean and SD", "footsem": ""}[lay.disp]
    nn = " (n = 8 per group)" if lay.n == "caption" else ""
    caption = f"Table 2. {what} after spinal cord injury{nn}.{disp}{'.' if disp else ''}"
    notes = []
    if lay.disp == "footsem":
        notes.append("Data are presented as mean ± SEM.")
    if lay.marks:
        mark = "a" if lay.marks == "letter" else "*"
        notes.append(f"{mark}P < 0.05 versus the SCI + PBS group at the same time.")
    notes.append("SCI, spinal cord injury; PBS, phosphate-buffered saline.")
    split_at = len(body) // 2 + 1 if lay.split else 0
    return Grid(header, body, caption, " ".join(notes), ncols, split_at, unders)


def expected(lay: Layout) -> set[Row]:
    """(outcome, group, arm, day, mean, sd, sem, n) of every row the table gives."""
    out: set[Row] = set()
    sem = lay.disp == "footsem"
    for gi, g in enumerate(GROUPS[: lay.groups]):
        label = g[1] if lay.wrap else g[0]
        n = 8 if lay.n == "caption" else g[3] if lay.n in ("label", "column") else None
        blocks = [("BBB", g[4], g[5])] + ([("BMS", g[6], g[7])] if lay.second == "bms" else [])
        for scale, means, sds in blocks:
            for k, (m, s) in enumerate(zip(means, sds)):
                out.add((scale, label, g[2], _day(k, lay), m, None if sem else s, s if sem else None, n))
    return out


# --- PDF -----------------------------------------------------------------------------------

METHODS = ("Hindlimb locomotor function was scored in an open field with the Basso, Beattie and "
           "Bresnahan (BBB) rating scale by two observers blinded to the groups.")
RESULTS = ("Exosome-treated rats recovered hindlimb function faster than vehicle-treated rats, "
           "and the difference grew over the weeks of observation.")
DISCUSSION = "These findings agree with earlier work on vesicles from stromal cells."


def methods(lay: Layout) -> str:
    """The methods paragraph; with bare time labels and no unit in the table, it lists the days."""
    listed = ", ".join(str(d) for d in DAYS[:-1]) + f" and {DAYS[-1]}"
    return METHODS + (f" Scores were taken at {listed} days after injury." if lay.time == "listed" else "")


def _w(text: str, bold: bool = False, size: float = SIZE) -> float:
    return pdfmetrics.stringWidth(text, "MxVeraBd" if bold else "MxVera", size)


def _para(c: canvas.Canvas, x: float, y: float, width: float, text: str, size: float = 9.5) -> float:
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if _w(trial, size=size) > width and line:
            c.setFont("MxVera", size)
            c.drawString(x, y, line)
            y -= size * 1.3
            line = word
        else:
            line = trial
    if line:
        c.setFont("MxVera", size)
        c.drawString(x, y, line)
        y -= size * 1.3
    return y - 6


def _widths(g: Grid, lay: Layout) -> list[float]:
    widths = [0.0] * g.ncols
    rows = g.header + g.body
    for row in rows:
        j = 0
        for cell in row:
            if cell.span == 1:
                w = max(_w(t) for t in cell.lines) + (_w(cell.sup, size=5.5) if cell.sup else 0)
                widths[j] = max(widths[j], w)
            j += cell.span
    for row in rows:  # a spanning cell wider than its columns widens the last of them
        j = 0
        for cell in row:
            if cell.span > 1 and not cell.label:
                have = sum(widths[j: j + cell.span]) + lay.gutter * (cell.span - 1)
                need = max(_w(t) for t in cell.lines)
                if need > have:
                    widths[j + cell.span - 1] += need - have
            j += cell.span
    return widths


def _draw_rows(c: canvas.Canvas, rows: list[list[Cell]], xs: list[float], widths: list[float],
               y: float, lay: Layout, hlines: list[float]) -> float:
    for row in rows:
        height = max(len(cell.lines) for cell in row) * LEAD + 2 * PAD
        j = 0
        for cell in row:
            x0 = xs[j]
            x1 = xs[j + cell.span - 1] + widths[j + cell.span - 1]
            top = y - PAD - SIZE
            if lay.valign == "middle" and len(cell.lines) == 1:
                top -= (height - 2 * PAD - LEAD) / 2
            for k, line in enumerate(cell.lines):
                w = _w(line)
                x = x0 if cell.label else (x0 + x1) / 2 - (w + (_w(cell.sup, size=5.5) if cell.sup else 0)) / 2
                c.setFont("MxVera", SIZE)
                c.drawString(x, top - k * LEAD, line)
                if cell.sup and k == 0:
                    c.setFont("MxVera", 5.5)
                    c.drawString(x + w, top + 3.2, cell.sup)
            j += cell.span
        y -= height
        hlines.append(y)
    return y


def _draw_table(c: canvas.Canvas, g: Grid, lay: Layout, x: float, y: float, *, head: bool,
                body: list[list[Cell]]) -> float:
    widths = _widths(g, lay)
    xs = [x + sum(widths[:j]) + lay.gutter * j for j in range(g.ncols)]
    right = xs[-1] + widths[-1]
    top = y
    lines = [y]
    if head:
        y = _draw_rows(c, g.header, xs, widths, y, lay, lines)
        head_end = y
        if lay.rules != "none":
            for r, j, span in g.spans_under:  # a short rule under each spanning title
                yy = top - sum(max(len(cl.lines) for cl in g.header[i]) * LEAD + 2 * PAD for i in range(r + 1))
                c.setLineWidth(0.4)
                c.line(xs[j], yy + 1, xs[j + span - 1] + widths[j + span - 1], yy + 1)
    else:
        head_end = y
    y = _draw_rows(c, body, xs, widths, y, lay, lines)
    c.setLineWidth(0.6)
    if lay.rules == "three":
        for yy in (top, head_end, y):
            c.line(x - 2, yy, right + 2, yy)
    elif lay.rules == "grid":
        for yy in lines:
            c.line(x - 2, yy, right + 2, yy)
        for j in range(g.ncols):
            xx = x - 2 if j == 0 else xs[j] - lay.gutter / 2
            c.line(xx, top, xx, y)
        c.line(right + 2, top, right + 2, y)
    return y


def _table_height(g: Grid, rows: list[list[Cell]]) -> float:
    return sum(max(len(cell.lines) for cell in r) * LEAD + 2 * PAD for r in rows)


def pdf_bytes(lay: Layout) -> bytes:
    """The table of ``lay`` in a short paper: methods and results, the table, its footnote."""
    g = grid(lay)
    buf = io.BytesIO()
    size = landscape(A4) if lay.page == "landscape" else A4
    c = canvas.Canvas(buf, pagesize=size)
    pw, ph = size
    margin = 56.0
    c.setFont("MxVeraBd", 13)
    c.drawString(margin, ph - 70, "Exosomes from stromal cells after spinal cord injury in rats")
    y = ph - 100
    for head, text in (("Methods", methods(lay)), ("Results", RESULTS)):
        c.setFont("MxVeraBd", 11)
        c.drawString(margin, y, head)
        y = _para(c, margin, y - 16, pw - 2 * margin, text)
    body1 = g.body[: g.split_at] if lay.split else g.body
    if lay.page == "sideways":
        c.showPage()
        c.translate(pw, 0)
        c.rotate(90)
        pw, ph = ph, pw
        y = ph - margin
    elif lay.split:  # the first part ends at the foot of the page
        need = _table_height(g, g.header) + _table_height(g, body1) + 20
        y = min(y - 20, margin + need)
    else:
        y -= 10
    y = _para(c, margin, y, pw - 2 * margin, g.caption, size=8.5)
    y = _draw_table(c, g, lay, margin, y, head=True, body=body1)
    if lay.split:
        c.showPage()
        y = ph - margin
        if lay.split in ("repeat", "cont"):
            cap = "Table 2 (continued)" if lay.split == "repeat" else "Table 2. (cont.)"
            y = _para(c, margin, y, pw - 2 * margin, cap, size=8.5)
        y = _draw_table(c, g, lay, margin, y, head=lay.split == "repeat", body=g.body[g.split_at:])
    y = _para(c, margin, y - 4, pw - 2 * margin, g.footnote, size=7.5)
    c.setFont("MxVeraBd", 11)
    c.drawString(margin, y - 14, "Discussion")
    _para(c, margin, y - 30, pw - 2 * margin, DISCUSSION)
    c.showPage()
    c.save()
    return buf.getvalue()


# --- JATS ----------------------------------------------------------------------------------


def _jats_cell(cell: Cell, tag: str) -> str:
    span = f' colspan="{cell.span}"' if cell.span > 1 else ""
    text = escape(" ".join(cell.lines))  # a wrapped label is one line in XML
    sup = f"<sup>{escape(cell.sup)}</sup>" if cell.sup else ""
    return f"<{tag}{span}>{text}{sup}</{tag}>"


def jats_bytes(lay: Layout) -> bytes:
    """The table of ``lay`` in a JATS article (spanning cells as ``colspan``)."""
    g = grid(lay)
    head = "".join("<tr>" + "".join(_jats_cell(c, "th") for c in r) + "</tr>" for r in g.header)
    body = "".join("<tr>" + "".join(_jats_cell(c, "td") for c in r) + "</tr>" for r in g.body)
    label, _, rest = g.caption.partition(". ")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<article article-type="research-article"><front><article-meta><title-group>
<article-title>Exosomes from stromal cells after spinal cord injury in rats</article-title>
</title-group></article-meta></front><body>
<sec sec-type="methods"><title>Methods</title><p>{escape(methods(lay))}</p></sec>
<sec sec-type="results"><title>Results</title><p>{escape(RESULTS)}</p>
<table-wrap id="t2"><label>{escape(label)}</label><caption><p>{escape(rest)}</p></caption>
<table><thead>{head}</thead><tbody>{body}</tbody></table>
<table-wrap-foot><fn><p>{escape(g.footnote)}</p></fn></table-wrap-foot></table-wrap></sec>
<sec><title>Discussion</title><p>{escape(DISCUSSION)}</p></sec></body></article>""".encode()
