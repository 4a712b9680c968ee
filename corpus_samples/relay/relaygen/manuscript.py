"""An accepted-manuscript PDF layout, which the shared renderer lacks.

What it does that journal layouts do not:

- double-spaced single column with continuous **line numbers** in the left margin and an
  "ACCEPTED MANUSCRIPT" banner plus a running footer on every portrait page;
- tables and figures are not placed in the text: the text keeps a "[Table 1 near here]"
  call-out, **figure legends** are collected after the references, and each **table sits
  on its own landscape page** at the end, with a **merged header cell** spanning the time
  columns and **footnote markers** (a, b) after cells.

Paragraphs never split across pages, so each quote lies on one page. Block keys follow the
shared renderer (``abs<i>``, ``s<i>.<j>``, ``cap:<label>``, ``tab:<label>``, ...), so the
shared gold builder can map quotes to pages.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

from extgen.model import Study
from extgen.render_pdf import _Doc, _register_fonts, _rl

LEADING = 21.0  # double spacing of 10.5 pt text: the line-number pitch


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("msbody", fontName="XSerif-Regular", fontSize=10.5, leading=LEADING,
                          alignment=0, spaceAfter=0, spaceBefore=0)
    return {
        "body": body,
        "title": ParagraphStyle("mstitle", parent=body, fontName="XSerif-Bold", fontSize=13, leading=LEADING),
        "h1": ParagraphStyle("msh1", parent=body, fontName="XSerif-Bold"),
        "h2": ParagraphStyle("msh2", parent=body, fontName="XSerif-Italic"),
        "cell": ParagraphStyle("mscell", parent=body, fontSize=9, leading=11),
        "tcap": ParagraphStyle("mstcap", parent=body, fontSize=10, leading=13),
    }


def _p(markup: str, style: ParagraphStyle, study: Study, key: str | None) -> Paragraph:
    p = Paragraph(_rl(markup, study), style)
    p._key = key  # type: ignore[attr-defined]
    return p


def _table(spec: dict, study: Study, st: dict[str, ParagraphStyle], key: str) -> Table:
    """Groups down, time across, under one merged "BBB score (mean ± SD)" header."""
    s = study.scores
    days, groups = spec["days"], spec["groups"]
    marks: dict[tuple[str, float], str] = spec.get("marks", {})
    top = [spec.get("corner", "Group"), spec.get("span", f"{s.outcome} score")] + [""] * (len(days) - 1)
    second = ["", *[spec["day_fmt"](d) for d in days]]
    rows = [[g] + [s.cell(g, d) + marks.get((g, d), "") for d in days] for g in groups]
    t = Table([top, second, *rows], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "XSerif-Regular", 9.5),
        ("FONT", (0, 0), (-1, 1), "XSerif-Bold", 9.5),
        ("SPAN", (1, 0), (-1, 0)), ("SPAN", (0, 0), (0, 1)),
        ("ALIGN", (1, 0), (-1, 0), "CENTER"), ("VALIGN", (0, 0), (0, 1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def render_manuscript(study: Study, *, line_numbers: bool = True) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of each keyed block, in accepted-manuscript layout."""
    _register_fonts()
    st = _styles()
    buf = io.BytesIO()
    doc = _Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
               leftMargin=30 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=25 * mm)
    W, H = A4
    lines_per_page = int(doc.height // LEADING)

    def portrait(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSans-Bold", 8)
        canvas.drawString(doc.leftMargin, H - 14 * mm, "ACCEPTED MANUSCRIPT")
        canvas.setFont("XSans-Regular", 8)
        canvas.drawRightString(W - doc.rightMargin, H - 14 * mm, study.short_title)
        canvas.drawString(doc.leftMargin, 12 * mm, "This article has been accepted for publication "
                          "but has not been copyedited or typeset.")
        canvas.drawRightString(W - doc.rightMargin, 12 * mm, str(d.page))
        if line_numbers:
            canvas.setFont("XSans-Regular", 7)
            top = doc.bottomMargin + doc.height
            for i in range(lines_per_page):
                n = (d.page - 1) * lines_per_page + i + 1
                canvas.drawRightString(doc.leftMargin - 8 * mm, top - LEADING * (i + 1) + LEADING * 0.45, str(n))
        if d.page == 1 and study.footnote:
            canvas.setFont("XSans-Regular", 7)
            canvas.drawString(doc.leftMargin, 17 * mm, study.footnote)
        canvas.restoreState()

    def land(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSans-Bold", 8)
        lw, lh = landscape(A4)
        canvas.drawString(20 * mm, lh - 12 * mm, "ACCEPTED MANUSCRIPT")
        canvas.setFont("XSans-Regular", 8)
        canvas.drawRightString(lw - 20 * mm, 10 * mm, str(d.page))
        canvas.restoreState()

    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="m",
                                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
                     onPage=portrait, pagesize=A4),
        PageTemplate("land", [Frame(20 * mm, 18 * mm, lw - 40 * mm, lh - 36 * mm, id="l")],
                     onPage=land, pagesize=landscape(A4)),
    ])
    story: list = []
    story.append(_p(study.title, st["title"], study, "title"))
    story.append(_p(", ".join(f"{g} {s}" for g, s in study.authors), st["body"], study, "authors"))
    for i, aff in enumerate(study.affiliations, 1):
        story.append(_p(f"<sup>{i}</sup>{aff}", st["body"], study, f"aff{i}"))
    story.append(_p(f"Accepted in <i>{study.journal}</i>, {study.year}; {study.volume}", st["body"], study,
                    "journal"))
    story.append(_p(f"DOI: https://doi.org/{study.doi}", st["body"], study, "doi"))
    story.append(PageBreak())
    story.append(_p("Abstract", st["h1"], study, "abshead"))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ""
        story.append(_p(lead + text, st["body"], study, f"abs{i}"))
    story.append(_p("<b>Keywords:</b> " + ", ".join(study.keywords), st["body"], study, "kwd"))
    floats: list[tuple[int, int, tuple]] = []
    for si, (_t, heading, blocks) in enumerate(study.sections):
        story.append(Spacer(1, LEADING / 2))
        story.append(_p(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            if isinstance(block, str):
                story.append(_p(block, st["body"], study, f"s{si}.{bi}"))
            elif block[0] == "h":
                story.append(_p(block[1], st["h2"], study, f"s{si}.{bi}"))
            else:
                floats.append((si, bi, block))
                story.append(_p(f"[{block[1]} near here]", st["body"], study, None))
    story.append(Spacer(1, LEADING / 2))
    for i, (heading, text) in enumerate(study.back):
        story.append(_p(f"<b>{heading}</b>", st["body"], study, None))
        story.append(_p(text, st["body"], study, f"back{i}"))
    story.append(_p("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_p(f"{i}. {ref}", st["body"], study, f"ref{i}"))
    figures = [b for _s, _b, b in floats if b[0] == "figure"]
    if figures:
        story.append(PageBreak())
        story.append(_p("Figure legends", st["h1"], study, "figlegends"))
        for b in figures:
            story.append(_p(f"<b>{b[1]}.</b> {b[2]}", st["body"], study, f"cap:{b[1]}"))
    for b in (b for _s, _b, b in floats if b[0] == "table"):
        story += [NextPageTemplate("land"), PageBreak()]
        story.append(_p(f"<b>{b[1]}.</b> {b[2]}", st["tcap"], study, f"cap:{b[1]}"))
        story.append(Spacer(1, 6))
        story.append(_table(b[3], study, st, f"tab:{b[1]}"))
        if b[3].get("foot"):
            story.append(Spacer(1, 6))
            story.append(_p(b[3]["foot"], st["tcap"], study, f"foot:{b[1]}"))
    doc.build(story)
    return buf.getvalue(), doc.pages
