"""Tables the external renderer cannot draw: merged header cells, footnote markers in cells,
long wrapped cells, a table split into a first part and a "(continued)" part.

A table block whose spec carries ``ncells`` is drawn here; every other table goes to the
external renderer unchanged. ``install()`` swaps the two table functions of the external
renderers for these dispatchers (the external files are not modified).

``ncells`` = ``{"head": [[cell, ...], ...], "rows": [[cell, ...], ...],
"spans": [(col0, row0, col1, row1), ...], "widths": [points, ...] | None}``; row indices
of spans count header rows first. Cells are prose markup (``<sup>a</sup>`` etc.).
A table split over two pages is two blocks in the PDF (the second with ``"continues":
True``); the JATS rendering carries it once, the first part listing the second part's rows
again under ``continued_rows``.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

import extgen.render_pdf as rp
import extgen.render_xml as rx
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

_ORIG_PDF = rp._bbb_table
_ORIG_XML = rx._table


def _covered(spans: list[tuple[int, int, int, int]]) -> dict[tuple[int, int], tuple[int, int] | None]:
    """(col, row) -> (colspan, rowspan) for span origins, None for cells a span hides."""
    out: dict[tuple[int, int], tuple[int, int] | None] = {}
    for c0, r0, c1, r1 in spans:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                out[(c, r)] = None
        out[(c0, r0)] = (c1 - c0 + 1, r1 - r0 + 1)
    return out


def pdf_table(spec: dict, study, st, key: str) -> Table:  # type: ignore[no-untyped-def]
    if "ncells" not in spec:
        return _ORIG_PDF(spec, study, st, key)
    nc = spec["ncells"]
    cell = st["cell"]
    head_style = type(cell)("nhead", parent=cell, fontName=cell.fontName.replace("Regular", "Bold"))
    nh = len(nc["head"])
    data = [[Paragraph(rp._rl(c, study), head_style) for c in row] for row in nc["head"]]
    data += [[Paragraph(rp._rl(c, study), cell) for c in row] for row in nc["rows"]]
    t = Table(data, colWidths=nc.get("widths"), hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for c0, r0, c1, r1 in nc.get("spans", []):
        style.append(("SPAN", (c0, r0), (c1, r1)))
        if r1 < nh - 1:  # a rule under a merged header cell, as journals draw them
            style.append(("LINEBELOW", (c0, r1), (c1, r1), 0.3, colors.black))
    if nc.get("shade"):
        style += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee"))
                  for r in range(nh, nh + len(nc["rows"]), 2)]
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    return t


def xml_table(label: str, caption: str, spec: dict, study, tid: str) -> str:  # type: ignore[no-untyped-def]
    if "ncells" not in spec:
        return _ORIG_XML(label, caption, spec, study, tid)
    nc = spec["ncells"]
    if nc.get("continues"):  # JATS holds a split table once: its rows went into the first part
        return ""
    cov = _covered(nc.get("spans", []))
    nh = len(nc["head"])

    def row_xml(cells: list[str], r: int, tag: str) -> str:
        out = []
        for c, text in enumerate(cells):
            if (c, r) in cov and cov[(c, r)] is None:
                continue
            span = cov.get((c, r))
            attrs = ""
            if span and span[0] > 1:
                attrs += f' colspan="{span[0]}"'
            if span and span[1] > 1:
                attrs += f' rowspan="{span[1]}"'
            out.append(f"<{tag}{attrs}>{rx.inline(text, study)}</{tag}>")
        return "<tr>" + "".join(out) + "</tr>"

    head = "\n".join(row_xml(row, r, "th") for r, row in enumerate(nc["head"]))
    rows = nc["rows"] + nc.get("continued_rows", [])
    body = "\n".join(row_xml(row, nh + r, "td") for r, row in enumerate(rows))
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{rx.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{rx.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{head}</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


def install() -> None:
    """Route ``ncells`` tables of both external renderers through this module."""
    rp._bbb_table = pdf_table
    rx._table = xml_table
