"""PDF layouts the external renderer lacks, drawn with its fonts, styles and figure code.

- ``sidebar``: A4, narrow margins; page 1 has a left column of article metadata (history,
  keywords, abbreviations, correspondence) beside the text; running footer with journal,
  DOI and page; numbered headings are written in the study text itself.
- ``manuscript``: accepted-manuscript style: Letter, double-spaced single column, a line
  number every line in the left margin (continuous across pages), "ACCEPTED MANUSCRIPT"
  running header, tables and figure legends gathered after the references.
- ``threecol``: A4 landscape-free magazine template: title block full width, then three
  narrow columns on page 1 and two afterwards, small sans type, a shaded header band.

All three draw ``RichTable`` blocks: two header rows with spanning cells, footnotes with
markers, tables continued on the next page or column, tables on a landscape page.
Paragraphs are never split, so every quote lies on one page.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _rl, _styles, _together
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (FrameBreak, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)
from reportlab.platypus.frames import Frame

from atgen.richtable import RichTable, cell_text


def _rich_part(t: RichTable, rows: list, study: Study, st: dict[str, ParagraphStyle], width: float) -> Table:
    cell_style = ParagraphStyle("rc", parent=st["cell"], leading=st["cell"].fontSize * 1.2, spaceAfter=0)
    head_style = ParagraphStyle("rh", parent=cell_style, fontName=cell_style.fontName.replace("Regular", "Bold"))
    data = [[Paragraph(_rl(cell_text(c, study.scores), study), head_style) for c in r] for r in t.header]
    data += [[Paragraph(_rl(cell_text(c, study.scores), study), cell_style) for c in r] for r in rows]
    nh = len(t.header)
    widths = t.col_widths
    if widths is None:
        first = min(width * 0.3, 95)
        rest = (width - first) / (len(t.header[0]) - 1)
        widths = [first] + [rest] * (len(t.header[0]) - 1)
    tab = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for (c0, r0), (c1, r1) in t.spans:  # spans only within the header (the body may be split)
        style.append(("SPAN", (c0, r0), (c1, r1)))
        if r1 < nh - 1:
            style.append(("LINEBELOW", (c0, r1), (c1, r1), 0.4, colors.black))
    for local in t.group_rows:  # already relative to this part
        if 0 <= local < len(rows):
            style += [("SPAN", (0, nh + local), (-1, nh + local)),
                      ("BACKGROUND", (0, nh + local), (-1, nh + local), colors.HexColor("#ececec"))]
    tab.setStyle(TableStyle(style))
    return tab


def rich_flowables(t: RichTable, study: Study, st: dict[str, ParagraphStyle], width: float) -> list:
    """Caption + table (+ footnotes), one unsplittable box per part; keys name each part."""
    out: list = []
    parts = t.parts()
    offset = 0
    for pi, rows in enumerate(parts):
        lead = f"<b>{t.label}.</b> {t.caption}" if pi == 0 else f"<b>{t.label}</b> (continued)"
        cap = _para(lead, st["caption"], study, f"cap:{t.label}" if pi == 0 else None)
        sub = RichTable(t.label, t.caption, t.header, rows, t.spans, t.foot,
                        group_rows=[g - offset for g in t.group_rows], col_widths=t.col_widths)
        items = [cap, _rich_part(sub, rows, study, st, width)]
        if pi == len(parts) - 1:
            for f in t.foot:
                items.append(_para(f, st["caption"], study, f"foot:{t.label}"))
        out.append(_together(items, study, f"rich:{t.label}:{pi}"))
        offset += len(rows)
        if pi < len(parts) - 1:
            out.append(FrameBreak())
    return out


def render_pdf_atlas(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and page of every keyed block (same keys as the external renderer, plus
    ``rich:<label>:<part>`` for rich table parts)."""
    _register_fonts()
    layout = study.layout
    serif = layout == "manuscript"
    st = _styles("single" if serif else "twocol")
    if layout == "manuscript":
        st["body"] = ParagraphStyle("msbody", parent=st["body"], fontSize=11, leading=22, alignment=0,
                                    firstLineIndent=0, spaceAfter=0)
        st["abstract"] = ParagraphStyle("msabs", parent=st["body"])
    elif layout == "threecol":
        for k in ("body", "abstract"):
            st[k] = ParagraphStyle(k + "3", parent=st[k], fontSize=8.3, leading=10.6)
        st["cell"] = ParagraphStyle("cell3", parent=st["cell"], fontSize=7)
    else:
        st["body"] = ParagraphStyle("sbbody", parent=st["body"], fontSize=9.3, leading=12.4, alignment=4)
    size = LETTER if layout == "manuscript" else A4
    buf = io.BytesIO()
    margins = {"sidebar": (12 * mm, 12 * mm), "manuscript": (30 * mm, 25 * mm), "threecol": (14 * mm, 14 * mm)}[layout]
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=margins[0], rightMargin=margins[1], topMargin=20 * mm, bottomMargin=20 * mm)
    W, H = size
    fw, fh = doc.width, doc.height
    line_no = [0]
    fam = "XSerif" if serif else "XSans"

    def deco(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        pw, ph = canvas._pagesize
        if layout == "sidebar":
            canvas.setFont("XSans-Regular", 7.5)
            canvas.drawString(doc.leftMargin, 10 * mm, f"{study.journal} {study.volume} ({study.year})")
            canvas.drawCentredString(pw / 2, 10 * mm, f"https://doi.org/{study.doi}")
            canvas.drawRightString(pw - doc.rightMargin, 10 * mm, f"Page {d.page}")
            if d.page > 1:
                canvas.drawRightString(pw - doc.rightMargin, ph - 12 * mm, f"{study.first_author} et al.")
            else:
                canvas.setFont("XSans-Regular", 7)
                canvas.drawString(doc.leftMargin, 14 * mm, study.footnote)
        elif layout == "manuscript":
            canvas.setFont("XSerif-Bold", 9)
            canvas.drawString(doc.leftMargin, ph - 14 * mm, "ACCEPTED MANUSCRIPT")
            canvas.setFont("XSerif-Regular", 9)
            canvas.drawRightString(pw - doc.rightMargin, ph - 14 * mm, str(d.page))
            if ph > pw:  # no line numbers on the landscape table page
                canvas.setFont("XSerif-Regular", 7)
                y = ph - doc.topMargin - 11
                while y > doc.bottomMargin:
                    line_no[0] += 1
                    canvas.drawRightString(doc.leftMargin - 8 * mm, y, str(line_no[0]))
                    y -= 22
            if d.page == 1:
                canvas.drawString(doc.leftMargin, 12 * mm, study.footnote)
        else:
            canvas.setFillColor(colors.HexColor("#dde6ef"))
            canvas.rect(0, ph - 12 * mm, pw, 12 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont("XSans-Bold", 8)
            canvas.drawString(doc.leftMargin, ph - 8 * mm, study.journal.upper())
            canvas.setFont("XSans-Regular", 8)
            canvas.drawRightString(pw - doc.rightMargin, ph - 8 * mm, f"{study.year} | {study.volume} | {d.page}")
            if d.page == 1:
                canvas.setFont("XSans-Regular", 6.5)
                canvas.drawString(doc.leftMargin, 10 * mm, study.footnote)
        canvas.restoreState()

    templates = []
    if layout == "sidebar":
        side = 46 * mm
        gap = 6 * mm
        templates.append(PageTemplate("first", [
            Frame(doc.leftMargin, doc.bottomMargin, side, fh, id="side"),
            Frame(doc.leftMargin + side + gap, doc.bottomMargin, fw - side - gap, fh, id="main1")], onPage=deco))
        templates.append(PageTemplate("later", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="main")],
                                      onPage=deco))
        body_w = fw - side - gap
    elif layout == "manuscript":
        templates.append(PageTemplate("later", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="main")],
                                      onPage=deco))
        body_w = fw
    else:
        gap, top_h = 5 * mm, 250
        c3 = (fw - 2 * gap) / 3
        c2 = (fw - gap) / 2
        templates.append(PageTemplate("first", [
            Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top")] + [
            Frame(doc.leftMargin + i * (c3 + gap), doc.bottomMargin, c3, fh - top_h, id=f"t{i}") for i in range(3)],
            onPage=deco))
        templates.append(PageTemplate("later", [
            Frame(doc.leftMargin + i * (c2 + gap), doc.bottomMargin, c2, fh, id=f"c{i}") for i in range(2)],
            onPage=deco))
        body_w = c2
    lw, lh = landscape(size)
    templates.append(PageTemplate("land", [Frame(20 * mm, 18 * mm, lw - 40 * mm, lh - 36 * mm, id="land")],
                                  pagesize=landscape(size), onPage=deco))
    doc.addPageTemplates(templates)

    story: list = []
    meta = [_para(f"<i>{study.journal}</i> {study.volume} ({study.year})", st["small"], study, "journal"),
            _para(f"https://doi.org/{study.doi}", st["small"], study, "doi")]
    title = [_para(study.title, st["title"], study, "title"),
             _para(", ".join(f"{g} {s}" for g, s in study.authors), st["authors"], study, "authors"),
             _para("; ".join(study.affiliations), st["small"], study, "affil")]
    abstract = []
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        abstract.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    kwd = _para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd")
    # metadata lines: "<br/>" separates lines of one item (the shared markup has no line breaks)
    side_items = [line for item in getattr(study, "side", []) for line in item.split("<br/>") + [""] if line]
    if layout == "sidebar":
        story += meta + [Spacer(1, 8)]
        story += [_para(s, st["small"], study, None) for s in side_items] + [kwd, NextPageTemplate("later"),
                                                                            FrameBreak()]
        story += title + [Spacer(1, 6)] + abstract
    elif layout == "manuscript":
        story += meta + title + [_para(s, st["small"], study, None) for s in side_items] + [Spacer(1, 8)]
        story += abstract + [kwd, PageBreak()]
    else:
        story += meta + title + abstract + [kwd, NextPageTemplate("later"), FrameBreak()]

    rich = getattr(study, "rich", {})
    deferred: list = []  # the manuscript layout prints tables and figures after the references
    for si, (_t, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "rich":
                t = rich[block[1]]
                w = (landscape(size)[0] - 40 * mm) if t.landscape else (fw if layout == "manuscript" else body_w)
                flow = rich_flowables(t, study, st, w)
                if t.landscape:
                    flow = [NextPageTemplate("land"), PageBreak(), *flow, NextPageTemplate("later"), PageBreak()]
                (deferred if layout == "manuscript" else story).extend(flow)
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                w = fw if layout == "manuscript" else body_w
                box = _together([_figure(spec, study, min(w, 330)), cap], study, f"fig:{label}")
                (deferred if layout == "manuscript" else story).append(box)
            else:
                raise ValueError(f"{study.stem}: block {block[0]!r} not drawn by the atlas layouts")
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    if deferred:
        story += [PageBreak(), _para("Tables and figure legends", st["h1"], study, None)] + deferred
    doc.build(story)
    return buf.getvalue(), doc.pages
