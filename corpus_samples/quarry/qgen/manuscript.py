"""An accepted-manuscript PDF layout the external renderer lacks.

Habits of author manuscripts as repositories and "accepted article" services post
them: A4, one column, double-spaced ragged-right text, continuous line numbers in the
left margin, a running footer ("Accepted manuscript – not copyedited") with the page
number, references before the tables, every table on its own page after the
references (a wide one on a landscape page, a long one continued on the next page
with its header repeated and "(continued)" in the caption), figure legends collected
on the last page and no figures (supplied as separate files).

Reuses the external renderer's fonts, styles, paragraph and keyed-flowable helpers;
page keys are the same (``s<i>.<j>``, ``cap:<label>``, ``tab:<label>``...) plus
``tab:<label>#2`` for the continued part of a split table.
"""

from __future__ import annotations

import io
from typing import Any

from extgen import render_pdf as rp
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer

from qgen.tables import pdf_table

_LEAD = 2.0  # double spacing, as journals require of submitted manuscripts


def render_manuscript(study: Any) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block, for the manuscript layout."""
    rp._register_fonts()
    st = rp._styles("single")
    for name in ("body", "abstract"):
        s = st[name]
        s.leading, s.alignment, s.firstLineIndent = s.fontSize * _LEAD, 0, 0
        s.leftIndent = s.rightIndent = 0
    buf = io.BytesIO()
    _W, _H = A4
    doc = rp._Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
                  leftMargin=30 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=25 * mm)
    fw, fh = doc.width, doc.height
    line_no = {"n": 0}

    def footer(canvas: Any, d: Any) -> None:
        canvas.saveState()
        canvas.setFont("XSans-Regular", 7.5)
        canvas.drawString(doc.leftMargin, 12 * mm, f"Accepted manuscript – not copyedited · {study.short_title}")
        canvas.drawRightString(canvas._pagesize[0] - doc.rightMargin, 12 * mm, f"Page {d.page}")
        if d.page == 1 and study.footnote:
            canvas.drawString(doc.leftMargin, 8 * mm, study.footnote)
        canvas.restoreState()

    def numbered(canvas: Any, d: Any) -> None:
        footer(canvas, d)
        canvas.saveState()
        canvas.setFont("XSans-Regular", 7)
        step = st["body"].leading
        y = doc.bottomMargin + fh - st["body"].fontSize
        while y > doc.bottomMargin:
            line_no["n"] += 1
            canvas.drawRightString(doc.leftMargin - 8 * mm, y, str(line_no["n"]))
            y -= step
        canvas.restoreState()

    LW, LH = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="m")], onPage=numbered),
        PageTemplate("table", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="t")], onPage=footer),
        PageTemplate("land", [Frame(20 * mm, 22 * mm, LW - 40 * mm, LH - 40 * mm, id="l")], onPage=footer,
                     pagesize=(LW, LH)),
    ])
    para = rp._para
    story: list = [
        para(f"Accepted for publication in <i>{study.journal}</i>, {study.year} ({study.volume})", st["small"],
             study, "journal"),
        para(f"DOI: {study.doi}", st["small"], study, "doi"),
        Spacer(1, 8),
        para(study.title, st["title"], study, "title"),
        para(", ".join(f"{g} {s}" for g, s in study.authors), st["authors"], study, "authors"),
        para("; ".join(f"<sup>{i}</sup>{a}" for i, a in enumerate(study.affiliations, 1)), st["small"], study,
             "affil"),
        para("<b>Abstract</b>", st["h1"], study, "abshead"),
    ]
    for i, (label, text) in enumerate(study.abstract):
        story.append(para((f"<b>{label}:</b> " if label else "") + text, st["abstract"], study, f"abs{i}"))
    story.append(para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    tables, legends = [], []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            if isinstance(block, str):
                story.append(para(block, st["body"], study, f"s{si}.{bi}"))
            elif block[0] == "h":
                story.append(para(block[1], st["h2"], study, f"s{si}.{bi}"))
            elif block[0] == "table":
                tables.append(block)
                story.append(para(f"[{block[1]} near here]", st["small"], study, None))
            elif block[0] == "figure":
                legends.append(block)
    for i, (heading, text) in enumerate(study.back):
        story.append(para(f"<b>{heading}.</b> {text}", st["body"], study, f"back{i}"))
    story.append(para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    for _, label, caption, spec in tables:
        table = spec["qtable"]
        land = table.landscape
        story += [NextPageTemplate("land" if land else "table"), PageBreak()]
        width = (LW - 40 * mm) if land else fw
        cut = table.split_at if table.split_at is not None else len(table.body)
        cap = para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
        part = pdf_table(table, study, st, width, slice(0, cut), rl=rp._rl)
        part._key = f"tab:{label}"  # type: ignore[attr-defined]
        parts = [cap, part]
        if cut < len(table.body):
            story.append(rp._together(parts, study, f"tab:{label}"))
            story += [PageBreak()]
            cont = para(f"<b>{label}</b> (continued)", st["caption"], study, f"cap2:{label}")
            rest = pdf_table(table, study, st, width, slice(cut, None), rl=rp._rl)
            rest._key = f"tab:{label}#2"  # type: ignore[attr-defined]
            parts = [cont, rest]
        if spec.get("foot"):
            parts.append(para(spec["foot"], st["caption"], study, f"foot:{label}"))
        story.append(rp._together(parts, study, parts[1]._key))
    if legends:
        story += [NextPageTemplate("table"), PageBreak(), para("Figure legends", st["h1"], study, "legends")]
        for _, label, caption, _spec in legends:
            story.append(para(f"<b>{label}.</b> {caption}", st["body"], study, f"cap:{label}"))
    doc.build(story)
    return buf.getvalue(), doc.pages
