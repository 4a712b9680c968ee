"""Locomotor-score tables laid out the many ways labs lay them out, for PDF and JATS.

A table block is ``("table", label, caption, spec)`` with ``spec["kind"] == "orbit"``.
The spec keys (all but ``groups``/``days``/``head`` optional):

- ``orient``: ``"groups_rows"`` (a row per group, days across) or ``"days_rows"``;
- ``head(day) -> str``: the time-point header ("7", "Day 7", "W1", ...);
- ``span``: a header cell spanning all time-point columns (e.g. "Days post-injury");
- ``style``: ``"pm"`` ("8.4 ± 0.9" in one cell), ``"paren"`` ("8.4 (0.9)"), ``"split"``
  (mean and error in separate columns under a merged header);
- ``err_label``: the error column header for ``"split"`` ("SD", "SEM");
- ``n``: ``"label"`` (n appended to the group label), ``"column"`` (its own column), None;
- ``marks``: ``{(group, day): "*"}`` significance symbols glued to the number;
- ``baseline``: ``{group: "21.0 ± 0.0"}`` a pre-injury column (not an outcome row);
- ``extra``: ``[(header, {group: text})]`` other measures beside BBB (groups_rows only);
- ``labels``: ``{group: printed label}`` long printed labels (the gold keeps the short one);
- ``grid``: ``"full"`` (every cell ruled), ``"lines"`` (three rules), ``"none"``;
- ``tight``: small font and padding, columns close together;
- ``wrap``: width (pt) of the first column, so long labels wrap;
- ``cont``: body row index at which the PDF table breaks to the next page ("continued");
- ``foot``: footnote markup under the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from extgen.model import Scores


@dataclass
class Grid:
    """A table as text: header rows of (text, colspan), body rows, and where each score sits."""

    head: list[list[tuple[str, int]]]
    body: list[list[str]]
    cells: dict[tuple[str, float], tuple[int, str]]  # (group, day) -> (body row, quote)


def _fmt(scores: Scores, g: str, d: float, style: str) -> tuple[str, ...]:
    mean, err = scores.values[g][d]
    if style == "split":
        return (f"{mean:.1f}", f"{err:.1f}")
    if style == "paren":
        return (f"{mean:.1f} ({err:.1f})",)
    return (f"{mean:.1f} ± {err:.1f}",)


def build(spec: dict, scores: Scores) -> Grid:
    """Lay the scores out as ``spec`` says; the quote of a score is its cell text without marks."""
    groups, days, style = spec["groups"], spec["days"], spec.get("style", "pm")
    marks = spec.get("marks", {})
    labels = spec.get("labels", {})
    nmode = spec.get("n")
    base = spec.get("baseline")
    width = 2 if style == "split" else 1

    def label(g: str) -> str:
        text = labels.get(g, g)
        return f"{text} (n = {scores.n(g)})" if nmode == "label" else text

    def cell(g: str, d: float) -> list[str]:
        parts = list(_fmt(scores, g, d, style))
        parts[0] += marks.get((g, d), "")
        return parts

    def quote(g: str, d: float) -> str:
        return _fmt(scores, g, d, style)[0]

    head: list[list[tuple[str, int]]] = []
    body: list[list[str]] = []
    cells: dict[tuple[str, float], tuple[int, str]] = {}
    if spec.get("orient", "groups_rows") == "groups_rows":
        lead = [(spec.get("corner", "Group"), 1)] + ([("n", 1)] if nmode == "column" else [])
        lead += [(spec.get("base_head", "Pre-injury"), 1)] if base else []
        extra = spec.get("extra", [])
        times = [(spec["head"](d), width) for d in days]
        if spec.get("span"):
            head.append([("", 1)] * len(lead) + [(spec["span"], width * len(days))] + [("", 1)] * len(extra))
        head.append(lead + times + [(h, 1) for h, _ in extra])
        if style == "split":
            err = spec.get("err_label", "SD")
            head.append([("", 1)] * len(lead) + [(t, 1) for _ in days for t in ("Mean", err)]
                        + [("", 1)] * len(extra))
        for g in groups:
            row = [label(g)] + ([str(scores.n(g))] if nmode == "column" else [])
            row += [base[g]] if base else []
            for d in days:
                cells[(g, d)] = (len(body), quote(g, d))
                row += cell(g, d)
            row += [vals[g] for _, vals in extra]
            body.append(row)
    else:
        lead = [(spec.get("corner", "Time"), 1)]
        cols = [(label(g), width) for g in groups]
        if spec.get("span"):
            head.append([("", 1)] + [(spec["span"], width * len(groups))])
        head.append(lead + cols)
        if style == "split":
            err = spec.get("err_label", "SD")
            head.append([("", 1)] + [(t, 1) for _ in groups for t in ("Mean", err)])
        if base:
            body.append([spec.get("base_head", "Pre-injury")] + [x for g in groups for x in
                                                                 ([base[g], ""] if style == "split" else [base[g]])])
        for d in days:
            row = [spec["head"](d)]
            for g in groups:
                cells[(g, d)] = (len(body), quote(g, d))
                row += cell(g, d)
            body.append(row)
    return Grid(head, body, cells)


def to_jats(label: str, caption_xml: str, foot_xml: str, spec: dict, grid: Grid, tid: str) -> str:
    """A JATS ``table-wrap`` (merged header cells as ``colspan``; rules as frame/rules)."""
    rules = {"full": ('frame="box"', 'rules="all"'), "lines": ('frame="hsides"', 'rules="groups"'),
             "none": ('frame="void"', 'rules="none"')}[spec.get("grid", "lines")]
    head = "".join(
        "<tr>" + "".join(f'<th colspan="{span}">{escape(t)}</th>' if span > 1 else f"<th>{escape(t)}</th>"
                         for t, span in row) + "</tr>"
        for row in grid.head)
    body = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in grid.body)
    foot = f"<table-wrap-foot><p>{foot_xml}</p></table-wrap-foot>" if foot_xml else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{caption_xml}</p></caption>\n"
            f"<table {rules[0]} {rules[1]}><thead>{head}</thead>\n<tbody>\n{body}\n</tbody></table>"
            f"{foot}</table-wrap>")


def to_flowables(spec: dict, grid: Grid, cell_style, fam: str, max_width: float) -> list:  # type: ignore[no-untyped-def]
    """reportlab tables: one, or two when the spec breaks it across pages (header repeated).

    Type shrinks (down to 5.5 pt) until the table fits ``max_width``, as journals squeeze
    wide tables into a column."""
    size = cell_style.fontSize - (1.2 if spec.get("tight") else 0)
    while True:
        flow = _flowables(spec, grid, cell_style, fam, size)
        if size <= 5.5 or max(t.wrap(max_width, 10_000)[0] for t in flow) <= max_width:
            return flow
        size -= 0.5


def _flowables(spec: dict, grid: Grid, cell_style, fam: str, size: float) -> list:  # type: ignore[no-untyped-def]
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Table, TableStyle

    pstyle = ParagraphStyle("wrapcell", parent=cell_style, fontSize=size, leading=size * 1.2, spaceAfter=0)
    head_data, spans = [], []
    for r, row in enumerate(grid.head):
        line, c = [], 0
        for text, span in row:
            line.append(text)
            line += [""] * (span - 1)
            if span > 1:
                spans.append(("SPAN", (c, r), (c + span - 1, r)))
            c += span
        head_data.append(line)
    nh = len(head_data)
    wrap = spec.get("wrap")

    def table(rows: list[list[str]]) -> Table:
        data = [list(r) for r in head_data] + [list(r) for r in rows]
        if wrap:
            for r in data[nh:]:
                r[0] = Paragraph(escape(r[0]), pstyle)
        pad = 1.0 if spec.get("tight") or size < cell_style.fontSize - 1 else 3.0
        # explicit widths: each column as wide as its widest unspanned cell (labels wrap in col 0)
        spanned = {(r, c) for _, (c0, r), (c1, _r) in spans for c in range(c0, c1 + 1)}
        widths = []
        for c in range(len(data[0])):
            texts = [(r, str(row[c])) for r, row in enumerate(head_data + [list(x) for x in grid.body])
                     if (r, c) not in spanned and not (r < nh and c == 0 and wrap)]
            widths.append(max([stringWidth(t, f"{fam}-Bold" if r < nh else cell_style.fontName, size)
                               for r, t in texts] + [4]) + 2 * pad + 1)
        if wrap:
            widths[0] = wrap
        for _, (c0, r), (c1, _r) in spans:  # a merged header cell must fit over its columns
            need = stringWidth(head_data[r][c0], f"{fam}-Bold", size) + 2 * pad + 2
            have = sum(widths[c0:c1 + 1])
            if need > have:
                for c in range(c0, c1 + 1):
                    widths[c] += (need - have) / (c1 - c0 + 1)
        style = [("FONT", (0, 0), (-1, -1), cell_style.fontName, size),
                 ("FONT", (0, 0), (-1, nh - 1), f"{fam}-Bold", size),
                 ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, nh), (-1, -1), "CENTER"),
                 ("ALIGN", (1, 0), (-1, nh - 1), "CENTER"), *spans]
        grid_kind = spec.get("grid", "lines")
        if grid_kind == "full":
            style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.black))
        elif grid_kind == "lines":
            style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                      ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
                      ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
        t = Table(data, colWidths=widths, hAlign="LEFT")
        t.setStyle(TableStyle(style))
        return t

    cont = spec.get("cont")
    if cont is None:
        return [table(grid.body)]
    return [table(grid.body[:cont]), table(grid.body[cont:])]
