"""Two layout habits of this corpus's own, on top of the external renderer's pieces.

- ``preprint``: an author manuscript as submitted: US Letter, one ragged-right column at
  double spacing, "Page n" footer and a short running title, no journal furniture; tables
  and figure legends are collected after the reference list, as many journals ask.
- ``boxed``: A4, serif, two columns below a full-width title block whose abstract sits
  in a ruled box; section headings numbered in capitals; BBB tables carry each group's
  n in its column heading ("SCI + PBS (n = 9)") instead of a footnote.

Both keep every paragraph on one page (no splitting), so each quote has one page.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from extgen.model import Study
from extgen.render_pdf import _bbb_table, _Doc, _figure, _para, _register_fonts, _styles, _together
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)


def _n_table(spec: dict, study: Study, st: dict[str, ParagraphStyle], key: str) -> Table:
    """Days down the side, groups across, each heading with the group's n."""
    s = study.scores
    head = [spec.get("corner", "Time")] + [
        Paragraph(f"{escape(g)}<br/>(n = {s.n(g)})", st["cell"])
        for g in spec["groups"]]
    data = [head] + [[spec["day_fmt"](d)] + [s.cell(g, d) for g in spec["groups"]] for d in spec["days"]]
    t = Table(data, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def _float(block: tuple, study: Study, st: dict[str, ParagraphStyle], width: float, boxed: bool) -> Table:
    kind, label, caption, spec = block
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    if kind == "table":
        table = _n_table(spec, study, st, f"tab:{label}") if boxed else _bbb_table(spec, study, st, f"tab:{label}")
        parts = [cap, table]
        if spec.get("foot"):
            parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
        return _together(parts, study, f"tab:{label}")
    return _together([_figure(spec, study, width), cap], study, f"fig:{label}")


def render_pdf_lumen(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of each keyed block (same keys as ``extgen.render_pdf``)."""
    _register_fonts()
    preprint = study.layout == "preprint"
    st = _styles("twocol" if preprint else "single")
    if preprint:  # manuscript habit: double spacing, ragged right, no indents
        for name in ("body", "abstract", "caption"):
            st[name].leading = st[name].fontSize * 2.0
        st["body"].fontSize, st["body"].leading = 10.5, 21
        st["h1"].fontSize = 11
    else:
        for name in ("body", "caption", "cell", "small"):
            st[name].fontSize -= 1
            st[name].leading = st[name].fontSize * 1.3
        st["h1"].fontSize = 9.5
    buf = io.BytesIO()
    size = LETTER if preprint else A4
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=25 * mm if preprint else 15 * mm, rightMargin=25 * mm if preprint else 15 * mm,
               topMargin=22 * mm, bottomMargin=20 * mm)
    W, H = size
    fw, fh = doc.width, doc.height
    fam = "XSans" if preprint else "XSerif"

    def furniture(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(f"{fam}-Regular", 8)
        if preprint:
            canvas.drawString(doc.leftMargin, H - 12 * mm, f"Running title: {study.short_title}")
            canvas.drawRightString(W - doc.rightMargin, 10 * mm, f"Page {d.page}")
            if d.page == 1 and study.footnote:
                canvas.drawString(doc.leftMargin, 14 * mm, study.footnote)
        else:
            canvas.drawString(doc.leftMargin, H - 11 * mm, f"{study.journal.upper()} {study.volume} ({study.year})")
            canvas.drawRightString(W - doc.rightMargin, H - 11 * mm, f"{study.first_author} et al.")
            canvas.drawCentredString(W / 2, 9 * mm, str(d.page))
            if d.page == 1 and study.footnote:
                canvas.setFont(f"{fam}-Italic", 7)
                canvas.drawString(doc.leftMargin, 13 * mm, study.footnote)
        canvas.restoreState()

    if preprint:
        doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="m")],
                                           onPage=furniture)])
    else:
        gap, top_h = 6 * mm, 360
        cw = (fw - gap) / 2
        doc.addPageTemplates([
            PageTemplate("first", [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top"),
                                   Frame(doc.leftMargin, doc.bottomMargin, cw, fh - top_h, id="a1"),
                                   Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh - top_h, id="a2")],
                         onPage=furniture),
            PageTemplate("later", [Frame(doc.leftMargin, doc.bottomMargin, cw, fh, id="b1"),
                                   Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh, id="b2")],
                         onPage=furniture)])

    story: list = []
    story.append(_para(f"{study.journal} {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(_para(f"DOI: {study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 4))
    story.append(_para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" for g, s in study.authors)
    story.append(_para(names, st["authors"], study, "authors"))
    story.append(_para(" | ".join(study.affiliations), st["small"], study, "affil"))
    abstract = [_para((f"<b>{lab}.</b> " if lab else "") + t, st["abstract"], study, f"abs{i}")
                for i, (lab, t) in enumerate(study.abstract)]
    if preprint:
        story.append(_para("Abstract", st["h1"], study, "abshead"))
        story += abstract
    else:
        box = Table([[p] for p in abstract], colWidths=[fw])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                                 ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f1f1"))]))
        box._keys = [p._key for p in abstract]  # type: ignore[attr-defined]
        story.append(box)
    story.append(_para("Key words: " + ", ".join(study.keywords), st["small"], study, "kwd"))
    if not preprint:
        story += [NextPageTemplate("later"), FrameBreak()]
    floats: list = []
    width = fw if preprint else (fw - 6 * mm) / 2
    for si, (_type, heading, blocks) in enumerate(study.sections):
        head = heading if preprint else f"{si + 1}. {heading.upper()}"
        story.append(_para(head, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, f"s{si}.{bi}"))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, f"s{si}.{bi}"))
            elif preprint:
                floats.append(block)
            else:
                story.append(_float(block, study, st, width, boxed=True))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}</b>: {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    if floats:
        story.append(_para("Tables and figure legends", st["h1"], study, "floats"))
        for block in floats:
            story.append(_float(block, study, st, width, boxed=False))
    doc.build(story)
    return buf.getvalue(), doc.pages
