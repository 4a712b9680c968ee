"""Two PDF layouts of this corpus's own, built from the external renderer's pieces.

- ``preprint``: US Letter, one ragged-right serif column, line numbers down the left
  margin (as on manuscripts posted for review), a "not peer reviewed" header and
  "Page n" footer; the abstract is a plain paragraph, not indented.
- ``ruled``: A4, two justified serif columns on every page (the abstract sits in a shaded
  box under a full-width title block), a vertical rule between the columns, page numbers in
  the outer bottom corner and the journal, volume and DOI in the running footer.

Paragraphs are never split (the ``_Doc`` of the external renderer), so every quote lies on
one page; keys are the same as ``render_pdf``'s so the external gold code can be reused.
"""

from __future__ import annotations

import io

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
    Spacer,
    TableStyle,
)

LAYOUTS = ("preprint", "ruled")


def _own_styles(layout: str) -> dict[str, ParagraphStyle]:
    st = _styles("single")  # serif family
    if layout == "preprint":
        for name in ("body", "abstract"):
            st[name] = ParagraphStyle(name, parent=st[name], fontSize=11, leading=16, alignment=0,
                                      firstLineIndent=0, leftIndent=0, rightIndent=0, spaceAfter=9)
        st["h1"] = ParagraphStyle("h1", parent=st["h1"], fontSize=12, spaceBefore=12)
    else:
        for name in ("body", "abstract", "caption", "cell", "small"):
            size = {"body": 9.5, "abstract": 9, "caption": 8.5, "cell": 8, "small": 8}[name]
            st[name] = ParagraphStyle(name, parent=st[name], fontSize=size, leading=size * 1.3,
                                      leftIndent=0, rightIndent=0,
                                      firstLineIndent=10 if name == "body" else 0)
        st["h1"] = ParagraphStyle("h1", parent=st["h1"], fontSize=10, spaceBefore=6, textTransform="uppercase")
    return st


def render_pdf_onyx(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of each keyed block, for the ``preprint`` and ``ruled`` layouts."""
    if study.layout not in LAYOUTS:
        raise ValueError(study.layout)
    _register_fonts()
    st = _own_styles(study.layout)
    buf = io.BytesIO()
    pre = study.layout == "preprint"
    size = LETTER if pre else A4
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=30 * mm if pre else 15 * mm, rightMargin=25 * mm if pre else 15 * mm,
               topMargin=22 * mm, bottomMargin=24 * mm)
    W, H = size
    fw, fh = doc.width, doc.height

    def page_deco(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if pre:
            canvas.setFont("XSerif-Italic", 8)
            canvas.drawString(doc.leftMargin, H - 12 * mm, "Preprint – not peer reviewed")
            canvas.setFont("XSerif-Regular", 9)
            canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
            canvas.setFont("XSerif-Regular", 7)
            canvas.setFillColor(colors.grey)
            top = doc.bottomMargin + fh - 11
            for i in range(int(fh // 16)):
                canvas.drawRightString(doc.leftMargin - 8 * mm, top - i * 16, str((d.page - 1) * 60 + i + 1))
            if d.page == 1 and study.footnote:
                canvas.setFillColor(colors.black)
                canvas.drawString(doc.leftMargin, 17 * mm, study.footnote)
        else:
            canvas.setFont("XSerif-Regular", 7.5)
            canvas.line(doc.leftMargin, 16 * mm, W - doc.rightMargin, 16 * mm)
            canvas.drawCentredString(W / 2, 12 * mm, f"{study.journal} {study.volume} · doi:{study.doi}")
            canvas.setFont("XSerif-Bold", 9)
            if d.page % 2:
                canvas.drawRightString(W - doc.rightMargin, 12 * mm, str(d.page))
            else:
                canvas.drawString(doc.leftMargin, 12 * mm, str(d.page))
            x = doc.leftMargin + fw / 2
            y_top = doc.bottomMargin + (fh - TOP_H if d.page == 1 else fh)
            canvas.setLineWidth(0.3)
            canvas.line(x, doc.bottomMargin, x, y_top)
            if d.page == 1 and study.footnote:
                canvas.setFont("XSerif-Italic", 7)
                canvas.drawString(doc.leftMargin, 19 * mm, study.footnote)
        canvas.restoreState()

    TOP_H = 300
    if pre:
        doc.addPageTemplates([PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")],
                                           onPage=page_deco)])
    else:
        gap = 8 * mm
        cw = (fw - gap) / 2
        first = [Frame(doc.leftMargin, doc.bottomMargin + fh - TOP_H, fw, TOP_H, id="top"),
                 Frame(doc.leftMargin, doc.bottomMargin, cw, fh - TOP_H, id="c1"),
                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh - TOP_H, id="c2")]
        later = [Frame(doc.leftMargin, doc.bottomMargin, cw, fh, id="l1"),
                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh, id="l2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=page_deco),
                              PageTemplate("later", later, onPage=page_deco)])

    story: list = []
    story.append(_para(f"{study.journal} · {study.year} · {study.volume}", st["small"], study, "journal"))
    story.append(_para(f"DOI: {study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 4))
    story.append(_para(study.title, st["title"], study, "title"))
    names = "; ".join(f"{g} {s}" for g, s in study.authors)
    story.append(_para(names, st["authors"], study, "authors"))
    story.append(_para(" | ".join(study.affiliations), st["small"], study, "affil"))
    story.append(Spacer(1, 4))
    abstract = []
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ("<b>ABSTRACT</b> " if i == 0 else "")
        abstract.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    kwd = _para("<i>Key words:</i> " + ", ".join(study.keywords), st["small"], study, "kwd")
    if pre:
        story += abstract + [kwd]
    else:
        story += [NextPageTemplate("later"), FrameBreak()]
        box = _together(abstract + [kwd], study, "absbox")
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
        story.append(box)
    width = fw if pre else (fw - 8 * mm) / 2
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "table":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}</b> {caption}", st["caption"], study, f"cap:{label}")
                parts = [cap, _bbb_table(spec, study, st, f"tab:{label}")]
                if spec.get("foot"):
                    parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
                story.append(_together(parts, study, f"tab:{label}"))
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, width), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}</b> – {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages
