"""Wide tables (explicit header rows with merged cells, free body cells) for both renderings.

The external renderers draw a table block through ``extgen.render_pdf._bbb_table`` and
``extgen.render_xml._table``. ``wide_tables()`` routes table specs that carry a ``head``
to the builders here and leaves every other spec to the originals, for the duration of
one rendering; nothing under ``corpus_samples/external`` is edited.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

import extgen.render_pdf as rpdf
import extgen.render_xml as rxml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from widegen.core import is_wide

# Frame widths of the external layouts (A4 with 34 mm margins; Letter columns with a 7 mm gap).
STD_WIDTH = {"single": A4[0] - 68 * mm, "twocol": (LETTER[0] - 32 * mm - 7 * mm) / 2}


def _grid(rows: list[list[Any]]) -> tuple[list[list[str]], list[tuple[tuple[int, int], tuple[int, int]]]]:
    """Expand ``(text, colspan)`` cells into a rectangular grid plus SPAN commands."""
    grid, spans = [], []
    for r, row in enumerate(rows):
        out: list[str] = []
        for cell in row:
            text, span = cell if isinstance(cell, tuple) else (cell, 1)
            if span > 1:
                spans.append(((len(out), r), (len(out) + span - 1, r)))
            out += [text] + [""] * (span - 1)
        grid.append(out)
    return grid, spans


def pdf_table(spec: dict[str, Any], study: Any, st: dict[str, ParagraphStyle], key: str,
              width: float, body: list[list[str]] | None = None) -> Table:
    """A reportlab table of a wide spec; ``body`` overrides the rows (continuations)."""
    head, spans = _grid(spec["head"])
    rows = spec["body"] if body is None else body
    ncol = len(head[0])
    if any(len(r) != ncol for r in head + rows):
        raise ValueError(f"{study.stem}: ragged table {key}")
    fracs = spec.get("widths") or [0.3] + [0.7 / (ncol - 1)] * (ncol - 1)
    widths = [f * width for f in fracs]
    cell = ParagraphStyle("wcell", parent=st["cell"], leading=st["cell"].fontSize * 1.2, spaceAfter=0)
    bold = ParagraphStyle("wbold", parent=cell, fontName=cell.fontName.split("-")[0] + "-Bold")
    data = [[Paragraph(rpdf._rl(c, study), bold) if c else "" for c in r] for r in head]
    data += [[Paragraph(rpdf._rl(c, study), cell) if c else "" for c in r] for r in rows]
    nh = len(head)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for (c0, r0), (c1, r1) in spans:
        style.append(("SPAN", (c0, r0), (c1, r1)))
        style.append(("LINEBELOW", (c0, r0), (c1, r1), 0.4, colors.black))
    if spec.get("grid"):  # some journals rule every cell
        style.append(("GRID", (0, 0), (-1, -1), 0.3, colors.grey))
    if spec.get("shade"):
        style += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee")) for r in range(nh, nh + len(rows), 2)]
    t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=0)
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    return t


def xml_table(label: str, caption: str, spec: dict[str, Any], study: Any, tid: str) -> str:
    """A JATS ``table-wrap`` of a wide spec (merged header cells as ``colspan``)."""
    def cells(row: list[Any], tag: str) -> str:
        out = []
        for c in row:
            text, span = c if isinstance(c, tuple) else (c, 1)
            attr = f' colspan="{span}"' if span > 1 else ""
            out.append(f"<{tag}{attr}>{rxml.inline(text, study) if text else ''}</{tag}>")
        return "<tr>" + "".join(out) + "</tr>"

    head = "\n".join(cells(r, "th") for r in spec["head"])
    body = "\n".join(cells(r, "td") for r in spec["body"])
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{rxml.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{rxml.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>\n{head}\n</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


@contextlib.contextmanager
def wide_tables(layout_width: float | None = None) -> Iterator[None]:
    """Route wide table specs to this module while the external renderers run."""
    orig_pdf, orig_xml = rpdf._bbb_table, rxml._table

    def pdf_hook(spec: dict[str, Any], study: Any, st: dict[str, ParagraphStyle], key: str) -> Table:
        if not is_wide(spec):
            return orig_pdf(spec, study, st, key)
        return pdf_table(spec, study, st, key, layout_width or STD_WIDTH[study.layout])

    def xml_hook(label: str, caption: str, spec: dict[str, Any], study: Any, tid: str) -> str:
        return xml_table(label, caption, spec, study, tid) if is_wide(spec) else orig_xml(label, caption, spec, study, tid)

    rpdf._bbb_table, rxml._table = pdf_hook, xml_hook  # type: ignore[assignment]
    try:
        yield
    finally:
        rpdf._bbb_table, rxml._table = orig_pdf, orig_xml  # type: ignore[assignment]
