"""A third PDF layout: the author-accepted manuscript, as repositories post it.

Habits ``extgen``'s two layouts lack: line numbers down the left margin (continuous over
pages, drawn before the page's text so they never split a sentence), 1.6 line spacing,
a running footer ("Accepted manuscript – not the version of record"), a title page of its
own, tables that may sit alone on a landscape page (spec ``"landscape": True``), and
explicit page breaks (block ``("pagebreak",)``; the JATS rendering ignores it).
"""

from __future__ import annotations

import io
from typing import Any

from extgen import render_pdf as _rpdf
from extgen.model import Study
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer

from fieldgen.tables import pdf_table


def _styles() -> dict[str, ParagraphStyle]:
    st = _rpdf._styles("single")
    out = {}
    for name, s in st.items():
        out[name] = ParagraphStyle(name + "_am", parent=s, leading=s.fontSize * 1.6, alignment=0,
                                   firstLineIndent=0)
    return out


def render_manuscript(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of each keyed block (same keys as ``extgen.render_pdf``)."""
    _rpdf._register_fonts()
    st = _styles()
    buf = io.BytesIO()
    doc = _rpdf._Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
                     leftMargin=30 * mm, rightMargin=25 * mm, topMargin=22 * mm, bottomMargin=24 * mm)
    W, H = A4
    step = st["body"].leading
    counter = {"line": 0}

    def portrait(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSans-Regular", 7)
        y = H - doc.topMargin - step * 0.8
        while y > doc.bottomMargin:
            counter["line"] += 1
            canvas.drawRightString(doc.leftMargin - 6 * mm, y, str(counter["line"]))
            y -= step
        canvas.setFont("XSerif-Italic", 8)
        canvas.drawString(doc.leftMargin, 12 * mm, "Accepted manuscript – not the version of record")
        canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
        if d.page == 1 and study.footnote:
            canvas.setFont("XSerif-Regular", 7.5)
            canvas.drawString(doc.leftMargin, 17 * mm, study.footnote)
        canvas.restoreState()

    def land(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSerif-Italic", 8)
        lw, _lh = landscape(A4)
        canvas.drawString(20 * mm, 12 * mm, "Accepted manuscript – not the version of record")
        canvas.drawRightString(lw - 20 * mm, 12 * mm, f"Page {d.page}")
        canvas.restoreState()

    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="m")], onPage=portrait),
        PageTemplate("land", [Frame(20 * mm, 20 * mm, lw - 40 * mm, lh - 40 * mm, id="l")], onPage=land,
                     pagesize=landscape(A4)),
    ])
    para = _rpdf._para
    story: list[Any] = [
        para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"),
        para(f"https://doi.org/{study.doi}", st["small"], study, "doi"),
        Spacer(1, 10),
        para(study.title, st["title"], study, "title"),
        para(", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors)),
             st["authors"], study, "authors"),
        para("; ".join(study.affiliations), st["small"], study, "affil"),
        PageBreak(),
        para("Abstract", st["h1"], study, "abs_h"),
    ]
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ""
        story.append(para(lead + text, st["body"], study, f"abs{i}"))
    story.append(para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(para(block[1], st["h2"], study, key))
            elif block[0] == "pagebreak":
                story.append(PageBreak())
            elif block[0] == "table":
                _, label, caption, spec = block
                parts = [para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")]
                if spec.get("rich"):
                    parts.append(pdf_table(spec, study.scores, st["cell"], f"tab:{label}"))
                else:
                    parts.append(_rpdf._bbb_table(spec, study, st, f"tab:{label}"))
                if spec.get("foot"):
                    parts.append(para(spec["foot"], st["caption"], study, f"foot:{label}"))
                box = _rpdf._together(parts, study, f"tab:{label}")
                if spec.get("landscape"):
                    story += [NextPageTemplate("land"), PageBreak(), box, NextPageTemplate("main"), PageBreak()]
                else:
                    story.append(box)
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_rpdf._together([_rpdf._figure(spec, study, doc.width), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages
