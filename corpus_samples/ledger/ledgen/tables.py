"""Drawing grids in both renderings, hooked into extgen's renderers.

extgen's renderers draw a table through a module-level function (``_bbb_table`` for the
PDF, ``_table`` for JATS). ``install()`` wraps those names so that a spec with a ``grid``
is drawn here and every other spec still goes to extgen's own code: nothing under
``corpus_samples/external`` is edited.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from extgen import render_pdf as rpdf
from extgen import render_xml as rxml
from extgen.model import TAG_RE
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from ledgen.grid import LStudy, check_grid, resolve

_ORIG_PDF = rpdf._bbb_table
_ORIG_XML = rxml._table


def default_width(study: LStudy) -> float:
    """The frame (or column) width of extgen's two layouts."""
    if study.layout == "single":
        return A4[0] - 68 * mm
    return (LETTER[0] - 32 * mm - 7 * mm) / 2


def _col_widths(study: LStudy, spec: dict, width: float, font: str, size: float) -> list[float]:
    """Column widths as a word processor fits a table: no number is ever broken, long labels wrap.

    Each column gets at least its widest unbreakable token; what is left of ``width`` goes to
    the columns whose text would wrap, in proportion to how much more they would need.
    A cell spanning several columns does not widen its first column.
    """
    grid, pad = spec["grid"], 6.5
    wide = {(r0, c0) for c0, r0, c1, _r1 in spec.get("spans", []) if c1 > c0}
    bold = font.replace("Regular", "Bold")
    lo, hi = [], []
    for c in range(len(grid[0])):
        texts = [(r, TAG_RE.sub("", resolve(study, row[c], spec.get("dp", 1))))
                 for r, row in enumerate(grid) if (r, c) not in wide]
        f = [bold if r < spec.get("head", 1) else font for r, _ in texts]
        lo.append(max([stringWidth(tok, fn, size) for (_, t), fn in zip(texts, f) for tok in t.split()] + [8]) + pad)
        hi.append(max([stringWidth(t, fn, size) for (_, t), fn in zip(texts, f)] + [8]) + pad)
    if sum(lo) > width:
        raise SystemExit(f"{study.stem}: a table needs {sum(lo):.0f} pt but the frame is {width:.0f} pt")
    if sum(hi) <= width:
        extra = (width - sum(hi)) / len(hi)
        return [h + extra for h in hi]
    room, want = width - sum(lo), sum(h - m for h, m in zip(hi, lo))
    return [m + room * (h - m) / want for h, m in zip(hi, lo)]


def pdf_grid(spec: dict, study: LStudy, st: dict[str, ParagraphStyle], key: str) -> Table:
    """A reportlab Table for a grid spec (Paragraph cells so long labels wrap)."""
    check_grid(study, spec, key)
    dp, head = spec.get("dp", 1), spec.get("head", 1)
    cell = ParagraphStyle("gcell", parent=st["cell"], fontSize=spec.get("font", st["cell"].fontSize),
                          leading=spec.get("font", st["cell"].fontSize) * 1.2, spaceAfter=0)
    bold = ParagraphStyle("ghead", parent=cell, fontName=cell.fontName.replace("Regular", "Bold"))
    data = [[Paragraph(rpdf._rl(resolve(study, c, dp), study), bold if r < head else cell) if c else ""
             for c in row] for r, row in enumerate(spec["grid"])]
    width = spec.get("width") or default_width(study)
    t = Table(data, colWidths=spec.get("widths") or _col_widths(study, spec, width, cell.fontName, cell.fontSize), hAlign="LEFT", repeatRows=head)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    rules = spec.get("rules", "booktabs")
    if rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.black))
    else:
        style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                  ("LINEBELOW", (0, head - 1), (-1, head - 1), 0.4, colors.black),
                  ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
        if rules == "zebra":
            style.append(("ROWBACKGROUNDS", (0, head), (-1, -1), [colors.white, colors.HexColor("#e8eef4")]))
    for c0, r0, c1, r1 in spec.get("spans", []):
        style.append(("SPAN", (c0, r0), (c1, r1)))
        if r0 < head and r1 < head - 0 and c1 > c0:  # a spanning header gets its own underline
            style.append(("LINEBELOW", (c0, r0), (c1, r0), 0.4, colors.black))
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    return t


def xml_grid(label: str, caption: str, spec: dict, study: LStudy, tid: str) -> str:
    """A JATS table-wrap for a grid spec (colspan/rowspan from the spans)."""
    check_grid(study, spec, label)
    dp, head = spec.get("dp", 1), spec.get("head", 1)
    spans = {(r0, c0): (c1 - c0 + 1, r1 - r0 + 1) for c0, r0, c1, r1 in spec.get("spans", [])}
    covered = {(r, c) for c0, r0, c1, r1 in spec.get("spans", [])
               for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if (r, c) != (r0, c0)}
    rows = []
    for r, row in enumerate(spec["grid"]):
        tag = "th" if r < head else "td"
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            attrs = ""
            if (r, c) in spans:
                cs, rs = spans[(r, c)]
                attrs = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            cells.append(f"<{tag}{attrs}>{rxml.inline(resolve(study, text, dp), study) if text else ''}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{rxml.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{rxml.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{"".join(rows[:head])}</thead>\n'
            f'<tbody>\n{chr(10).join(rows[head:])}\n</tbody></table>{foot_xml}</table-wrap>')


def _pdf_hook(spec: dict, study, st, key):  # type: ignore[no-untyped-def]
    return pdf_grid(spec, study, st, key) if "grid" in spec else _ORIG_PDF(spec, study, st, key)


def _xml_hook(label: str, caption: str, spec: dict, study, tid: str) -> str:  # type: ignore[no-untyped-def]
    return xml_grid(label, caption, spec, study, tid) if "grid" in spec else _ORIG_XML(label, caption, spec, study, tid)


def install() -> None:
    """Route grid specs of extgen's renderers to this module."""
    rpdf._bbb_table = _pdf_hook
    rxml._table = _xml_hook
