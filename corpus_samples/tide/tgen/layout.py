"""Page habits the external renderer lacks, built from its parts (fonts, styles, paragraphs).

A study whose ``layout`` is ``"tide:<habit>,<habit>..."`` is drawn here. Habits:

- ``lineno``: accepted-manuscript style: wide leading, continuous line numbers in the left
  margin, "Page n" footer, tables on their own pages after the references and the
  figure legends gathered at the very end (as authors submit them);
- ``landscape``: every table on its own landscape page, the text before and after in portrait;
- ``footer``: a running footer (journal, year, "Page n") and a short running head;
- ``sans``: sans-serif body (otherwise serif).

Any ``TideTable`` with ``split_after`` is drawn in two parts: the first ends with
"(continued)", the second starts on the next page under "Table n (continued)" with the
header repeated. Paragraphs never split, so each quote lies on one page.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer

from tgen.tables import TideTable, pdf_table


def habits(study: Study) -> set[str]:
    return set(study.layout.split(":", 1)[1].split(",")) if study.layout.startswith("tide:") else set()


def render_tide(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and page of every keyed block (keys as ``extgen.render_pdf.render_pdf``;
    a split table's parts are ``tab:<label>#0`` and ``tab:<label>#1``)."""
    _register_fonts()
    h = habits(study)
    st = _styles("twocol" if "sans" in h else "single")
    fam = "XSans" if "sans" in h else "XSerif"
    if "lineno" in h:  # double-spaced manuscript text
        st["body"] = ParagraphStyle("msbody", parent=st["body"], leading=st["body"].fontSize * 2.0,
                                    alignment=0, firstLineIndent=0, spaceAfter=st["body"].fontSize)
    buf = io.BytesIO()
    margin = 25 * mm
    doc = _Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
               leftMargin=margin, rightMargin=margin, topMargin=24 * mm, bottomMargin=22 * mm)
    W, H = A4
    counter = {"line": 0}

    def decorate(canvas, d) -> None:  # type: ignore[no-untyped-def]
        pw, ph = canvas._pagesize
        canvas.saveState()
        if "lineno" in h and pw < ph:
            canvas.setFont(f"{fam}-Regular", 7)
            step = st["body"].leading
            y = ph - doc.topMargin - step * 0.8
            while y > doc.bottomMargin:
                counter["line"] += 1
                canvas.drawRightString(margin - 6 * mm, y, str(counter["line"]))
                y -= step
            canvas.setFont(f"{fam}-Regular", 9)
            canvas.drawRightString(pw - margin, 12 * mm, f"Page {d.page}")
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawString(margin, ph - 13 * mm, "Accepted manuscript – not copy-edited")
        if "footer" in h:
            canvas.setFont(f"{fam}-Regular", 7.5)
            canvas.line(margin, 17 * mm, pw - margin, 17 * mm)
            canvas.drawString(margin, 13 * mm, f"{study.journal} | {study.year} | {study.volume}")
            canvas.drawRightString(pw - margin, 13 * mm, f"Page {d.page}")
            if d.page > 1:
                canvas.setFont(f"{fam}-Italic", 8)
                canvas.drawString(margin, ph - 13 * mm, f"{study.first_author} et al.")
                canvas.drawRightString(pw - margin, ph - 13 * mm, study.short_title)
        if d.page == 1 and study.footnote:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.drawString(margin, 8 * mm, "* " + study.footnote)
        canvas.restoreState()

    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(margin, doc.bottomMargin, W - 2 * margin, H - 46 * mm, id="p")],
                     onPage=decorate, pagesize=A4),
        PageTemplate("land", [Frame(margin, 20 * mm, lw - 2 * margin, lh - 40 * mm, id="l")],
                     onPage=decorate, pagesize=(lw, lh)),
    ])

    def table_flowables(label: str, caption: str, spec: object) -> list:
        if not isinstance(spec, TideTable):
            raise TypeError(f"{study.stem}: the tide layout draws TideTable specs only")
        out: list = []
        parts = spec.parts()
        for k, part in enumerate(parts):
            key = f"tab:{label}" if len(parts) == 1 else f"tab:{label}#{k}"
            if k == 0:
                items = [_para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")]
            else:
                items = [_para(f"<b>{label}</b> (continued)", st["caption"], study, None)]
            tab = pdf_table(spec, study.scores, st["cell"], part)
            tab._key = key  # type: ignore[attr-defined]
            items.append(tab)
            if k == len(parts) - 1 and spec.foot:
                items.append(_para(spec.foot, st["caption"], study, f"foot:{label}"))
            if k < len(parts) - 1:
                items.append(_para("<i>(continued on next page)</i>", st["small"], study, None))
            out.append(_together(items, study, key))
            if k < len(parts) - 1:
                out.append(PageBreak())
        return out

    story: list = [
        _para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"),
        _para(f"https://doi.org/{study.doi}", st["small"], study, "doi"), Spacer(1, 6),
        _para(study.title, st["title"], study, "title"),
        _para(", ".join(f"{g} {s}" for g, s in study.authors), st["authors"], study, "authors"),
        _para("; ".join(study.affiliations), st["small"], study, "affil"), Spacer(1, 6),
    ]
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    deferred_tables: list = []
    legends: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "table":
                flow = table_flowables(block[1], block[2], block[3])
                if "lineno" in h:
                    deferred_tables.append(flow)
                elif "landscape" in h:
                    story += [NextPageTemplate("land"), PageBreak(), *flow,
                              NextPageTemplate("portrait"), PageBreak()]
                else:
                    story += flow
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                if "lineno" in h:  # manuscripts: legends at the end, artwork in separate files
                    legends.append(cap)
                else:
                    story.append(_together([_figure(spec, study, W - 2 * margin), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    if deferred_tables:  # tables follow the references, as submitted; a long one runs on
        story.append(_para("Tables", st["h1"], study, "tables"))
    for flow in deferred_tables:
        story += flow
    if legends:
        story += [PageBreak(), _para("Figure legends", st["h1"], study, "legends"), *legends]
    doc.build(story)
    return buf.getvalue(), doc.pages
