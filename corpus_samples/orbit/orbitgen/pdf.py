"""PDF rendering of an orbit study: the external renderer's pieces plus layout habits it lacks.

Layouts:

- ``single`` / ``twocol``: the external renderer's page designs (its fonts, styles, captions,
  figures and block keys are reused; this module only adds the orbit tables);
- ``manuscript``: an accepted author manuscript: A4, one column, double spaced, continuous
  line numbers in the left margin, "Page n of the manuscript" footer, and every table moved
  to the end after the references (the way journals receive them);
- ``compact``: a dense journal page: A4, two narrow columns, small type, running header with
  the short title and a running footer with the DOI and page number.

Any table whose spec has ``cont`` is broken over two pages, the second part headed
"Table n (continued)" with the header row repeated.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together
from orbitgen import tables
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate, Spacer


def _orbit_styles(layout: str) -> dict[str, ParagraphStyle]:
    if layout in ("single", "twocol"):
        return _styles(layout)
    base = _styles("single" if layout == "manuscript" else "twocol")
    if layout == "manuscript":
        for k in ("body", "abstract"):
            base[k] = ParagraphStyle(k + "_ms", parent=base[k], fontSize=11, leading=22, alignment=0,
                                     leftIndent=0, rightIndent=0, firstLineIndent=0 if k == "abstract" else 18)
        return base
    for k, st in list(base.items()):  # compact: everything a size smaller
        base[k] = ParagraphStyle(k + "_c", parent=st, fontSize=st.fontSize - 0.8, leading=(st.fontSize - 0.8) * 1.25)
    return base


def render_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of each keyed block (keys as in the external renderer, plus
    ``tab:<label>#1`` / ``tab:<label>#2`` for the two parts of a continued table)."""
    _register_fonts()
    layout = study.layout
    st = _orbit_styles(layout)
    buf = io.BytesIO()
    size = LETTER if layout == "twocol" else A4
    margins = {"single": 34 * mm, "twocol": 16 * mm, "manuscript": 28 * mm, "compact": 14 * mm}[layout]
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=margins, rightMargin=margins, topMargin=24 * mm, bottomMargin=22 * mm)
    W, H = size
    fw, fh = doc.width, doc.height
    fam = "XSerif" if layout in ("single", "manuscript") else "XSans"
    state = {"line": 0}

    def on_page(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if layout == "single":
            canvas.setFont(f"{fam}-Italic", 8)
            if d.page > 1:
                canvas.drawString(doc.leftMargin, H - 14 * mm, f"{study.journal} ({study.year})")
                canvas.drawRightString(W - doc.rightMargin, H - 14 * mm, study.short_title)
            canvas.setFont(f"{fam}-Regular", 9)
            canvas.drawCentredString(W / 2, 11 * mm, f"– {d.page} –")
            if d.page == 1:
                canvas.setFont(f"{fam}-Regular", 7.5)
                canvas.line(doc.leftMargin, 19 * mm, doc.leftMargin + 40 * mm, 19 * mm)
                canvas.drawString(doc.leftMargin, 16 * mm, "* " + study.footnote)
        elif layout == "twocol":
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawString(doc.leftMargin, H - 12 * mm, f"{study.journal} · {study.year} · {study.volume}")
            canvas.setFont(f"{fam}-Bold", 9)
            canvas.drawRightString(W - doc.rightMargin, H - 12 * mm, str(d.page))
            canvas.line(doc.leftMargin, H - 13.5 * mm, W - doc.rightMargin, H - 13.5 * mm)
            if d.page == 1:
                canvas.setFont(f"{fam}-Regular", 7)
                canvas.drawString(doc.leftMargin, 12 * mm, study.footnote)
        elif layout == "manuscript":
            # continuous line numbers down the margin, at the body's line pitch
            canvas.setFont(f"{fam}-Regular", 8)
            y = doc.bottomMargin + fh - 16
            while y > doc.bottomMargin:
                state["line"] += 1
                canvas.drawRightString(doc.leftMargin - 8 * mm, y, str(state["line"]))
                y -= 22
            canvas.setFont(f"{fam}-Regular", 9)
            canvas.drawString(doc.leftMargin, H - 14 * mm, "ACCEPTED MANUSCRIPT")
            canvas.drawRightString(W - doc.rightMargin, 11 * mm, f"Page {d.page} of the manuscript")
            if d.page == 1:
                canvas.setFont(f"{fam}-Regular", 7.5)
                canvas.drawString(doc.leftMargin, 16 * mm, study.footnote)
        else:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.drawString(doc.leftMargin, H - 11 * mm, study.short_title)
            canvas.drawRightString(W - doc.rightMargin, H - 11 * mm, f"{study.journal} {study.volume}")
            canvas.line(doc.leftMargin, 15 * mm, W - doc.rightMargin, 15 * mm)
            canvas.drawString(doc.leftMargin, 11 * mm, f"https://doi.org/{study.doi}")
            canvas.drawRightString(W - doc.rightMargin, 11 * mm, str(d.page))
            if d.page == 1:
                canvas.drawString(doc.leftMargin, 7 * mm, study.footnote)
        canvas.restoreState()

    gap = 7 * mm if layout == "twocol" else 5 * mm
    cw = (fw - gap) / 2
    if layout in ("single", "manuscript"):
        doc.addPageTemplates([PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")],
                                           onPage=on_page)])
    else:
        top_h = 330 if layout == "twocol" else 262
        first = [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top"),
                 Frame(doc.leftMargin, doc.bottomMargin, cw, fh - top_h, id="c1"),
                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh - top_h, id="c2")]
        later = [Frame(doc.leftMargin, doc.bottomMargin, cw, fh, id="l1"),
                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh, id="l2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=on_page),
                              PageTemplate("later", later, onPage=on_page)])
    col_w = fw if layout in ("single", "manuscript") else cw
    fam_cell = st["cell"].fontName.split("-")[0]

    story: list = []
    story.append(_para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(_para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 6))
    story.append(_para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(_para(names, st["authors"], study, "authors"))
    story.append(_para("; ".join(study.affiliations), st["small"], study, "affil"))
    story.append(Spacer(1, 6))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    if layout in ("twocol", "compact"):
        story += [NextPageTemplate("later"), FrameBreak()]
    at_end: list = []  # manuscript: tables go after the references
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "table":
                parts = _table_parts(block, study, st, fam_cell, col_w)
                if layout == "manuscript":
                    at_end.append(parts)
                else:
                    story += parts
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, col_w), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    for parts in at_end:
        story.append(PageBreak())
        story += parts
    doc.build(story)
    return buf.getvalue(), doc.pages


def _table_parts(block: tuple, study: Study, st: dict[str, ParagraphStyle], fam: str, width: float) -> list:
    """Caption + table (+ footnote) as unsplittable boxes; a continued table gives two boxes
    with a page break between them."""
    _, label, caption, spec = block
    grid = tables.build(spec, study.scores)
    flow = tables.to_flowables(spec, grid, st["cell"], fam, width)
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    foot = [_para(spec["foot"], st["caption"], study, f"foot:{label}")] if spec.get("foot") else []
    if len(flow) == 1:
        flow[0]._key = f"tab:{label}#1"
        return [_together([cap, flow[0], *foot], study, f"tab:{label}")]
    flow[0]._key, flow[1]._key = f"tab:{label}#1", f"tab:{label}#2"
    more = _para("<i>(continued on next page)</i>", st["caption"], study, None)
    cont = _para(f"<b>{label} (continued)</b>", st["caption"], study, None)
    return [_together([cap, flow[0], more], study, f"tab:{label}"), PageBreak(),
            _together([cont, flow[1], *foot], study, f"tab:{label}+")]
