"""Two page habits of this corpus, drawn with the external renderer's building blocks.

- ``preprint``: an author manuscript as submitted: Letter, one column, 1.9 line spacing,
  continuous line numbers in the left margin, "Page n of N"-free plain page numbers,
  tables and figure legends gathered after the references (each table on its own page).
- ``sidebar``: A4 with a wide left rail on page 1 holding the citation, dates and DOI,
  numbered section headings ("2.3."), table captions *below* the table, small-caps-like
  bold running footer with the journal abbreviation.

Block keys match ``extgen.render_pdf.render_pdf`` so the gold code is shared.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Spacer)

from extgen import render_pdf as rp
from extgen.model import Study


def _heading_numbers(study: Study) -> list[str]:
    """'1. Introduction' style numbers for the sidebar layout (back matter unnumbered)."""
    return [f"{i}. {h}" for i, (_t, h, _b) in enumerate(study.sections, 1)]


def render_custom(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and block pages for the ``preprint`` or ``sidebar`` layout."""
    rp._register_fonts()
    pre = study.layout == "preprint"
    st = rp._styles("single")
    if pre:
        for k in ("body", "abstract"):
            st[k] = ParagraphStyle(k + "pp", parent=st[k], fontSize=11, leading=21, alignment=0,
                                   leftIndent=0, rightIndent=0, firstLineIndent=0)
    else:
        st = {k: ParagraphStyle(k + "sb", parent=v, fontSize=v.fontSize - 0.5,
                                leading=(v.fontSize - 0.5) * 1.3) for k, v in st.items()}
        st["cell"] = ParagraphStyle("cellsb", parent=st["cell"], fontSize=7.5)  # dense journal tables
    buf = io.BytesIO()
    size = LETTER if pre else A4
    lm = 30 * mm if pre else 18 * mm
    doc = rp._Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
                  leftMargin=lm, rightMargin=25 * mm if pre else 18 * mm,
                  topMargin=25 * mm, bottomMargin=22 * mm)
    W, H = size
    fw, fh = doc.width, doc.height

    def on_page(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if pre:
            canvas.setFont("XSans-Regular", 7)
            canvas.setFillGray(0.45)
            start = (d.page - 1) * 31
            for i in range(31):  # line numbers at the body's leading
                canvas.drawRightString(lm - 8 * mm, H - 25 * mm - 15 - i * 21, str(start + i + 1))
            canvas.setFillGray(0)
            canvas.setFont("XSerif-Regular", 9)
            canvas.drawRightString(W - 25 * mm, 12 * mm, str(d.page))
            if d.page == 1:
                canvas.setFont("XSans-Regular", 7)
                canvas.drawString(lm, 15 * mm, study.footnote)
        else:
            canvas.setFont("XSans-Bold", 7.5)
            canvas.drawString(18 * mm, 10 * mm, f"{study.journal.upper()} {study.year}, {study.volume}")
            canvas.drawRightString(W - 18 * mm, 10 * mm, f"{d.page}")
            canvas.line(18 * mm, 13 * mm, W - 18 * mm, 13 * mm)
            if d.page == 1:
                canvas.setFont("XSans-Regular", 6.5)
                canvas.drawString(18 * mm, 16 * mm, study.footnote)
        canvas.restoreState()

    if pre:
        doc.addPageTemplates([PageTemplate("main", [Frame(lm, doc.bottomMargin, fw, fh, id="f")],
                                           onPage=on_page)])
    else:
        rail = 50 * mm
        first = [Frame(18 * mm, doc.bottomMargin, rail, fh, id="rail"),
                 Frame(18 * mm + rail + 6 * mm, doc.bottomMargin, fw - rail - 6 * mm, fh, id="main1")]
        later = [Frame(18 * mm + 22 * mm, doc.bottomMargin, fw - 22 * mm, fh, id="main")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=on_page),
                              PageTemplate("later", later, onPage=on_page)])

    story: list = []
    P = rp._para
    if pre:
        story.append(P(f"Manuscript submitted to <i>{study.journal}</i> ({study.year}; {study.volume})",
                       st["small"], study, "journal"))
        story.append(P(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    else:  # the left rail of page 1
        story.append(P(f"<b>{study.journal}</b> {study.year}; {study.volume}", st["small"], study, "journal"))
        story.append(P(f"Received: {study.received}", st["small"], study, "received"))
        story.append(P(f"DOI: {study.doi}", st["small"], study, "doi"))
        story.append(P("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
        story += [NextPageTemplate("later"), FrameBreak()]
    story.append(Spacer(1, 4))
    story.append(P(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(P(names, st["authors"], study, "authors"))
    story.append(P("; ".join(study.affiliations), st["small"], study, "affil"))
    story.append(Spacer(1, 6))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(P(lead + text, st["abstract"], study, f"abs{i}"))
    if pre:
        story.append(P("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    floats: list = []
    heads = _heading_numbers(study)
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(P(heading if pre else heads[si], st["h1"], study, f"h{si}"))
        sub = 0
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(P(block, st["body"], study, key))
            elif block[0] == "h":
                sub += 1
                story.append(P(block[1] if pre else f"{si + 1}.{sub}. {block[1]}", st["h2"], study, key))
            elif block[0] == "table":
                _, label, caption, spec = block
                cap = P(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                tab = rp._bbb_table(spec, study, st, f"tab:{label}")
                parts = [cap, tab] if pre else [tab, cap]
                if spec.get("foot"):
                    parts.append(P(spec["foot"], st["caption"], study, f"foot:{label}"))
                box = rp._together(parts, study, f"tab:{label}")
                if pre:
                    floats += [PageBreak(), box]
                else:
                    story.append(box)
            elif block[0] == "figure":
                _, label, caption, spec = block
                if pre:  # a manuscript lists legends at the end, figures uploaded separately
                    floats.append(P(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}"))
                else:
                    cap = P(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                    story.append(rp._together([rp._figure(spec, study, fw - 22 * mm), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(P(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(P("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(P(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    if pre and floats:
        legends = [f for f in floats if not isinstance(f, PageBreak) and getattr(f, "_key", "").startswith("cap:")]
        tables = [f for f in floats if f not in legends]
        if legends:
            story += [PageBreak(), P("Figure legends", st["h1"], study, "legends"), *legends]
        story += tables
    doc.build(story)
    return buf.getvalue(), doc.pages
