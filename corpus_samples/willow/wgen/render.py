"""Willow's additions to the external renderers: grid tables and two layout habits.

Grid tables (a ``("table", label, caption, spec)`` block whose spec has ``"grid"``) carry
BBB beside other measures, several header rows, spreads in their own column and marks
glued to numbers. The external renderers look their table builders up at call time, so we
wrap them (``_bbb_table`` / ``_table``) rather than copy them; ordinary specs still go to
the originals.

Layout habits of our own (``render_pdf`` dispatches on ``study.layout``):

- ``manuscript``: an accepted-manuscript PDF: A4, one column, sans, generous line spacing,
  numbered headings, "Page n" footer with the DOI, and every table and figure legend moved
  after the references, each table on a page of its own;
- ``bulletin``: a small regional bulletin: B5, two serif columns from the first page, the
  title block in the first column, a centred header and the page number in the outer corner
  (left on even pages, right on odd), tables set in the column with full grid lines.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from extgen import render_pdf as RP
from extgen import render_xml as RX
from extgen.model import Study
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, B5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

_ORIG_PDF_TABLE = RP._bbb_table
_ORIG_XML_TABLE = RX._table


def grid_cells(spec: dict) -> list[list[str]]:
    """Header rows + body rows as printed text (score cells already resolved)."""
    g = spec["grid"]
    return [list(r) for r in g["head"]] + [list(r) for r in g["rows"]]


def _pdf_grid(spec: dict, study: Study, st: dict[str, ParagraphStyle], key: str) -> Table:
    if "grid" not in spec:
        return _ORIG_PDF_TABLE(spec, study, st, key)
    g = spec["grid"]
    nhead = len(g["head"])
    cell = st["cell"]
    fam = cell.fontName.split("-")[0]
    size = cell.fontSize - g.get("shrink", 0)
    t = Table(grid_cells(spec), hAlign="LEFT", repeatRows=0)
    style = [("FONT", (0, 0), (-1, -1), cell.fontName, size),
             ("FONT", (0, 0), (-1, nhead - 1), f"{fam}-Bold", size),
             ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    style += [("SPAN", *sp) for sp in g.get("spans", [])]
    if g.get("box"):
        style += [("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                  ("BACKGROUND", (0, 0), (-1, nhead - 1), colors.HexColor("#e6e6e6"))]
    else:
        style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                  ("LINEBELOW", (0, nhead - 1), (-1, nhead - 1), 0.4, colors.black),
                  ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    return t


def _xml_grid(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    if "grid" not in spec:
        return _ORIG_XML_TABLE(label, caption, spec, study, tid)
    g = spec["grid"]
    spans = {(c0, r0): c1 - c0 + 1 for (c0, r0), (c1, _r1) in g.get("spans", [])}
    covered = {(c, r0) for (c0, r0), (c1, _r1) in g.get("spans", []) for c in range(c0 + 1, c1 + 1)}

    def tr(row: list[str], r: int, tag: str) -> str:
        cells = []
        for c, text in enumerate(row):
            if (c, r) in covered:
                continue
            span = f' colspan="{spans[(c, r)]}"' if (c, r) in spans else ""
            cells.append(f"<{tag}{span}>{escape(text)}</{tag}>")
        return "<tr>" + "".join(cells) + "</tr>"

    head = "".join(tr(row, r, "th") for r, row in enumerate(g["head"]))
    body = "\n".join(tr(row, r + len(g["head"]), "td") for r, row in enumerate(g["rows"]))
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{RX.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{RX.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{head}</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


RP._bbb_table = _pdf_grid
RX._table = _xml_grid


def render_xml(study: Study) -> str:
    """JATS for every layout (the layout is a PDF matter only)."""
    return RX.render_xml(study)


def render_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and block pages; ``single``/``twocol`` go to the external renderer."""
    if study.layout in ("single", "twocol"):
        return RP.render_pdf(study)
    if study.layout not in ("manuscript", "bulletin"):
        raise ValueError(f"{study.stem}: unknown layout {study.layout!r}")
    return _render_own(study)


def _own_styles(layout: str) -> dict[str, ParagraphStyle]:
    base = RP._styles("twocol" if layout == "manuscript" else "single")
    if layout == "manuscript":
        body = ParagraphStyle("mbody", parent=base["body"], fontSize=10.5, leading=19, alignment=0,
                              firstLineIndent=0, spaceAfter=8)
    else:
        body = ParagraphStyle("bbody", parent=base["body"], fontSize=8.6, leading=10.8, alignment=4,
                              firstLineIndent=9, spaceAfter=3)
    st = dict(base)
    st["body"] = body
    st["abstract"] = ParagraphStyle("abs2", parent=body, firstLineIndent=0, leftIndent=0, rightIndent=0)
    st["h1"] = ParagraphStyle("h1b", parent=base["h1"], fontSize=body.fontSize + 1.5,
                              leading=(body.fontSize + 1.5) * 1.3, spaceBefore=6)
    st["h2"] = ParagraphStyle("h2b", parent=base["h2"], fontSize=body.fontSize, leading=body.leading)
    st["caption"] = ParagraphStyle("capb", parent=base["caption"], fontSize=body.fontSize - 0.5,
                                   leading=(body.fontSize - 0.5) * 1.3)
    st["cell"] = ParagraphStyle("cellb", parent=base["cell"], fontSize=body.fontSize - 0.8)
    st["small"] = ParagraphStyle("smallb", parent=base["small"], fontSize=body.fontSize - 1.2,
                                 leading=(body.fontSize - 1.2) * 1.3)
    st["title"] = ParagraphStyle("titleb", parent=base["title"], fontSize=body.fontSize + 5,
                                 leading=(body.fontSize + 5) * 1.2)
    return st


def _render_own(study: Study) -> tuple[bytes, dict[str, int]]:
    RP._register_fonts()
    ms = study.layout == "manuscript"
    st = _own_styles(study.layout)
    size = A4 if ms else B5
    buf = io.BytesIO()
    doc = RP._Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
                  leftMargin=25 * mm if ms else 14 * mm, rightMargin=25 * mm if ms else 14 * mm,
                  topMargin=22 * mm if ms else 18 * mm, bottomMargin=22 * mm if ms else 16 * mm)
    W, H = size
    fam = st["body"].fontName.split("-")[0]

    def deco(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if ms:
            canvas.setFont(f"{fam}-Regular", 8)
            canvas.drawString(doc.leftMargin, 12 * mm, f"https://doi.org/{study.doi}")
            canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
            if d.page == 1:
                canvas.drawString(doc.leftMargin, H - 12 * mm, "Accepted manuscript")
                canvas.drawString(doc.leftMargin, 17 * mm, study.footnote)
        else:
            canvas.setFont(f"{fam}-Italic", 7.5)
            canvas.drawCentredString(W / 2, H - 11 * mm, f"{study.journal}, {study.volume} ({study.year})")
            canvas.setFont(f"{fam}-Bold", 8.5)
            if d.page % 2:
                canvas.drawRightString(W - doc.rightMargin, H - 11 * mm, str(d.page))
            else:
                canvas.drawString(doc.leftMargin, H - 11 * mm, str(d.page))
            canvas.line(doc.leftMargin, H - 12.5 * mm, W - doc.rightMargin, H - 12.5 * mm)
            if d.page == 1:
                canvas.setFont(f"{fam}-Regular", 6.5)
                canvas.drawString(doc.leftMargin, 9 * mm, study.footnote)
        canvas.restoreState()

    fw, fh = doc.width, doc.height
    if ms:
        doc.addPageTemplates([PageTemplate("m", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh)], onPage=deco)])
    else:
        gap = 5 * mm
        cw = (fw - gap) / 2
        doc.addPageTemplates([PageTemplate("b", [Frame(doc.leftMargin, doc.bottomMargin, cw, fh),
                                                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh)],
                                           onPage=deco)])
    story: list = []
    story.append(RP._para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(RP._para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    story.append(RP._para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" for g, s in study.authors)
    story.append(RP._para(names, st["authors"], study, "authors"))
    story.append(RP._para("; ".join(study.affiliations), st["small"], study, "affil"))
    story.append(Spacer(1, 4))
    if ms:
        story.append(RP._para("Abstract", st["h1"], study, "absh"))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ""
        story.append(RP._para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(RP._para("<b>Keywords:</b> " + ", ".join(study.keywords), st["small"], study, "kwd"))
    floats: list[tuple[str, list]] = []  # manuscript: tables and legends go after the references
    for si, (_type, heading, blocks) in enumerate(study.sections):
        number = f"{si + 1}. " if ms else ""
        story.append(RP._para(number + heading, st["h1"], study, f"h{si}"))
        sub = 0
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(RP._para(block, st["body"], study, key))
            elif block[0] == "h":
                sub += 1
                text = f"{si + 1}.{sub}. {block[1]}" if ms else block[1]
                story.append(RP._para(text, st["h2"], study, key))
            elif block[0] == "table":
                _, label, caption, spec = block
                cap = RP._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                parts = [cap, RP._bbb_table(spec, study, st, f"tab:{label}")]
                if spec.get("foot"):
                    parts.append(RP._para(spec["foot"], st["caption"], study, f"foot:{label}"))
                box = RP._together(parts, study, f"tab:{label}")
                (floats.append(("table", [PageBreak(), box])) if ms else story.append(box))
            elif block[0] == "figure":
                _, label, caption, spec = block
                width = fw if ms else (fw - 5 * mm) / 2
                cap = RP._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                if ms:  # legends listed at the end, the plot itself on a page of its own
                    floats.append(("figure", [PageBreak(), RP._together([RP._figure(spec, study, width), cap],
                                                                       study, f"fig:{label}")]))
                else:
                    story.append(RP._together([RP._figure(spec, study, width), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(RP._para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(RP._para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(RP._para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    for _kind, flows in floats:
        story += flows
    doc.build(story)
    return buf.getvalue(), doc.pages
