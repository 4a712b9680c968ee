"""Draw a jade ``Grid`` as a reportlab table and as a JATS ``table-wrap``.

``install()`` hands both to the external renderers: their table hooks (``_bbb_table`` in
``render_pdf``, ``_table`` in ``render_xml``) are wrapped so that a block spec carrying a
``grid`` is drawn here and every other spec goes to the original function unchanged.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from jadegen.grid import Cell, Grid, pdf_text, xml_text


def _expand(row: list[Cell], ncols: int) -> tuple[list[str], list[tuple[int, int]]]:
    """Cell texts padded for spans, and the (first, last) column of each span."""
    out: list[str] = []
    spans = []
    for c in row:
        text, n = (c, 1) if isinstance(c, str) else c
        if n > 1:
            spans.append((len(out), len(out) + n - 1))
        out += [pdf_text(text)] + [""] * (n - 1)
    out += [""] * (ncols - len(out))
    return out, spans


def grid_table(grid: Grid, font_name: str, lines: range | None = None, head: bool = True) -> Table:
    """A reportlab table of the grid (optionally only body rows ``lines``, with or without header)."""
    fam = font_name.split("-")[0]
    nh = len(grid.head) if head else 0
    rows = list(grid.head) if head else []
    picked = list(lines) if lines is not None else list(range(len(grid.body)))
    rows += [grid.body[i] for i in picked]
    data, style = [], [
        ("FONT", (0, 0), (-1, -1), font_name, grid.font),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ]
    for r, row in enumerate(rows):
        texts, spans = _expand(row, grid.ncols)
        data.append(texts)
        for a, b in spans:
            style.append(("SPAN", (a, r), (b, r)))
            if r < nh:
                style.append(("ALIGN", (a, r), (b, r), "CENTER"))
                style.append(("LINEBELOW", (a, r), (b, r), 0.4, colors.black))
    if nh:
        style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                  ("FONT", (0, 0), (-1, nh - 1), f"{fam}-Bold", grid.font),
                  ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black)]
    else:
        style.append(("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.black))
    for i, line in enumerate(picked):
        if line in grid.blocks:
            style.append(("FONT", (0, nh + i), (-1, nh + i), f"{fam}-Italic", grid.font))
    t = Table(data, hAlign="LEFT", colWidths=grid.col_widths)
    t.setStyle(TableStyle(style))
    return t


def xml_table(label: str, caption_xml: str, grid: Grid, foot_xml: str, tid: str) -> str:
    def row(cells: list[Cell], tag: str) -> str:
        out = []
        for c in cells:
            text, n = (c, 1) if isinstance(c, str) else c
            span = f' colspan="{n}"' if n > 1 else ""
            out.append(f"<{tag}{span}>{xml_text(text)}</{tag}>")
        return "<tr>" + "".join(out) + "</tr>"

    head = "\n".join(row(r, "th") for r in grid.head)
    body = "\n".join(row(r, "td") for r in grid.body)
    orient = ' orientation="landscape"' if grid.landscape else ""
    return (
        f'<table-wrap id="{tid}" position="float"{orient}><label>{escape(label)}</label>'
        f"<caption><p>{caption_xml}</p></caption>\n"
        f'<table frame="hsides" rules="groups"><thead>{head}</thead>\n<tbody>\n{body}\n</tbody></table>'
        f"{foot_xml}</table-wrap>"
    )


def install() -> None:
    """Wrap the external renderers' table hooks (idempotent)."""
    from extgen import render_pdf as rp
    from extgen import render_xml as rx

    if getattr(rp._bbb_table, "_jade", False):
        return
    orig_pdf, orig_xml = rp._bbb_table, rx._table

    def pdf_hook(spec: dict[str, Any], study: Any, st: dict, key: str) -> Table:
        if "grid" not in spec:
            return orig_pdf(spec, study, st, key)
        t = grid_table(spec["grid"], st["cell"].fontName)
        t._key = key  # type: ignore[attr-defined]
        return t

    def xml_hook(label: str, caption: str, spec: dict[str, Any], study: Any, tid: str) -> str:
        if "grid" not in spec:
            return orig_xml(label, caption, spec, study, tid)
        foot = spec.get("foot")
        foot_xml = f"<table-wrap-foot><p>{rx.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
        return xml_table(label, rx.inline(caption, study), spec["grid"], foot_xml, tid)

    pdf_hook._jade = True  # type: ignore[attr-defined]
    rp._bbb_table = pdf_hook
    rx._table = xml_hook
