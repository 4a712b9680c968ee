"""Two layout habits of our own, beside the external renderer's ``single`` / ``twocol``.

- ``manuscript``: an accepted-manuscript PDF as repositories post it: A4, one column,
  generous leading, line numbers every five lines in the left margin, "Page x of y"-style
  footer with the DOI; tables and figure legends are not in the text but gathered after
  the references, each table starting on a new page (``("pagebreak",)`` blocks force a
  break, e.g. before "Table 2 (continued)").
- ``boxed``: A4 two columns, a grey box holding the abstract across both, numbered upper-case
  section headings, and a footer line carrying the journal citation and page number.

Block keys are the external renderer's, so its gold code finds every page.
"""

from __future__ import annotations

import io

from extgen import render_pdf as ext
from extgen.model import Study
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from flintgen.tables import pdf_grid


def _table_parts(block: tuple, study: Study, st: dict) -> list:
    _, label, caption, spec = block
    cap = ext._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    tab = pdf_grid(spec, study, st, f"tab:{label}") if "grid" in spec else ext._bbb_table(spec, study, st, f"tab:{label}")
    parts = [cap, tab]
    if spec.get("foot"):
        parts.append(ext._para(spec["foot"], st["caption"], study, f"foot:{label}"))
    return parts


def render_own(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block, for the ``manuscript`` / ``boxed`` layouts."""
    ext._register_fonts()
    manuscript = study.layout == "manuscript"
    st = ext._styles("single" if manuscript else "twocol")
    if manuscript:
        for k in ("body", "abstract"):
            st[k] = ParagraphStyle(k + "m", parent=st[k], leading=st[k].fontSize * 1.9, alignment=0,
                                   leftIndent=0, rightIndent=0)
    else:
        st["h1"] = ParagraphStyle("h1b", parent=st["h1"], fontSize=st["h1"].fontSize - 0.5,
                                  textColor=colors.HexColor("#20406a"))
    buf = io.BytesIO()
    doc = ext._Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
                   leftMargin=28 * mm if manuscript else 15 * mm, rightMargin=22 * mm if manuscript else 15 * mm,
                   topMargin=20 * mm, bottomMargin=22 * mm)
    W, H = A4
    fw, fh = doc.width, doc.height
    fam = "XSerif" if manuscript else "XSans"

    def deco(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if manuscript:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.setFillColor(colors.HexColor("#777777"))
            y, n = H - doc.topMargin - 12, 5
            while y > doc.bottomMargin:  # line numbers down the margin, every 5th line
                canvas.drawRightString(doc.leftMargin - 9 * mm, y, str(n + (d.page - 1) * 60))
                y -= 5 * 10.5 * 1.9
                n += 5
            canvas.setFillColor(colors.black)
            canvas.setFont(f"{fam}-Regular", 8)
            canvas.drawString(doc.leftMargin, 11 * mm, f"Accepted manuscript · doi:{study.doi}")
            canvas.drawRightString(W - doc.rightMargin, 11 * mm, f"Page {d.page}")
            if d.page == 1 and study.footnote:
                canvas.setFont(f"{fam}-Italic", 7)
                canvas.drawString(doc.leftMargin, 16 * mm, study.footnote)
        else:
            canvas.setStrokeColor(colors.HexColor("#20406a"))
            canvas.line(doc.leftMargin, 15 * mm, W - doc.rightMargin, 15 * mm)
            canvas.setFont(f"{fam}-Regular", 7.5)
            canvas.drawString(doc.leftMargin, 11 * mm, f"{study.journal} {study.year};{study.volume}")
            canvas.drawRightString(W - doc.rightMargin, 11 * mm, f"{d.page}")
            if d.page == 1 and study.footnote:
                canvas.setFont(f"{fam}-Italic", 7)
                canvas.drawString(doc.leftMargin, H - 12 * mm, study.footnote)
            elif d.page > 1:
                canvas.setFont(f"{fam}-Italic", 7.5)
                canvas.drawString(doc.leftMargin, H - 12 * mm, f"{study.authors[0][1]} et al.")
        canvas.restoreState()

    if manuscript:
        doc.addPageTemplates([PageTemplate("m", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="m")],
                                           onPage=deco)])
    else:
        gap = 6 * mm
        cw = (fw - gap) / 2
        doc.addPageTemplates([PageTemplate("cols", [Frame(doc.leftMargin, doc.bottomMargin, cw, fh, id="c1"),
                                                    Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh, id="c2")],
                                           onPage=deco)])
    story: list = []
    if not manuscript:
        story.append(NextPageTemplate("cols"))
    head = [ext._para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"),
            ext._para(f"https://doi.org/{study.doi}", st["small"], study, "doi"),
            ext._para(study.title, st["title"], study, "title"),
            ext._para(", ".join(f"{g} {s}" for g, s in study.authors), st["authors"], study, "authors"),
            ext._para("; ".join(study.affiliations), st["small"], study, "affil")]
    story += head if manuscript else [ext._together(head, study, "front")]
    abstract = []
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        abstract.append(ext._para(lead + text, st["abstract"], study, f"abs{i}"))
    abstract.append(ext._para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    if manuscript:
        story += abstract
    else:  # a grey box across... one column (frames are columns): keep it in the first column
        box = Table([[p] for p in abstract], colWidths=[(fw - 6 * mm) / 2])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eceff3")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
        box._keys = [p._key for p in abstract]  # type: ignore[attr-defined]
        story.append(box)
    deferred: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        title = heading if manuscript else f"{si + 1}. {heading.upper()}"
        story.append(ext._para(title, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(ext._para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(ext._para(block[1], st["h2"], study, key))
            elif block[0] == "pagebreak":
                (deferred if manuscript else story).append(PageBreak() if manuscript else FrameBreak())
            elif block[0] == "table":
                parts = _table_parts(block, study, st)
                if manuscript:  # tables go after the references, each on a new page
                    if not deferred or not isinstance(deferred[-1], PageBreak):
                        deferred.append(PageBreak())
                    deferred += parts
                else:
                    story.append(ext._together(parts, study, f"tab:{block[1]}"))
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = ext._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                if manuscript:  # legends listed after the tables, figures supplied separately
                    deferred.append(("legend", cap))
                else:
                    story.append(ext._together([ext._figure(spec, study, (fw - 6 * mm) / 2), cap], study,
                                               f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(ext._para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(ext._para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(ext._para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    legends = [x[1] for x in deferred if isinstance(x, tuple)]
    story += [x for x in deferred if not isinstance(x, tuple)]
    if legends:
        story += [PageBreak(), ext._para("Figure legends", st["h1"], study, "legends"), *legends]
    story.append(Spacer(1, 1))
    doc.build(story)
    return buf.getvalue(), doc.pages
