"""Two page layouts of our own, on top of the external set's reportlab renderer.

- ``manuscript``: an accepted author manuscript as PMC shows them: A4, one column,
  1.9x line spacing, continuous line numbers in the left margin, a footer with the
  manuscript id and "Page n"; tables and figures (with their legends) are not placed
  in the text but collected after the references, each table on its own page.
- ``sidebar``: a society-journal look: page 1 has a narrow grey left column with the
  article information (journal, DOI, history, keywords, notice) beside a wide column
  with the title, authors, abstract and the start of the text; later pages are one
  wide column with a hairline rule and the short title in the footer.

Both keep every paragraph unsplit (``allowSplitting = 0``), so each quote lies on one page.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import (_bbb_table, _Doc, _figure, _para, _register_fonts, _styles,
                               _together)
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Spacer)

LAYOUTS = ("manuscript", "sidebar")


def render_custom(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block (same keys as ``render_pdf``)."""
    _register_fonts()
    if study.layout == "manuscript":
        return _manuscript(study)
    if study.layout == "sidebar":
        return _sidebar(study)
    raise ValueError(f"{study.stem}: unknown layout {study.layout!r}")


def _float(block: list, study: Study, st: dict[str, ParagraphStyle], width: float) -> object:
    kind, label, caption, spec = block
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    if kind == "table":
        parts = [cap, _bbb_table(spec, study, st, f"tab:{label}")]
        if spec.get("foot"):
            parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
        return _together(parts, study, f"tab:{label}")
    return _together([_figure(spec, study, width), cap], study, f"fig:{label}")


def _front(study: Study, st: dict[str, ParagraphStyle], with_meta: bool) -> list:
    story: list = []
    if with_meta:
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
    return story


def _body(study: Study, st: dict[str, ParagraphStyle], width: float, defer: list | None) -> list:
    story: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, f"s{si}.{bi}"))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, f"s{si}.{bi}"))
            elif defer is not None:
                defer.append(block)
            else:
                story.append(_float(block, study, st, width))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    return story


def _manuscript(study: Study) -> tuple[bytes, dict[str, int]]:
    st = _styles("single")
    for name in ("body", "abstract"):  # double-spaced submission text, ragged right
        st[name] = ParagraphStyle(name + "_ms", parent=st[name], leading=st[name].fontSize * 1.9,
                                  alignment=0, leftIndent=0, rightIndent=0)
    buf = io.BytesIO()
    doc = _Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
               leftMargin=30 * mm, rightMargin=25 * mm, topMargin=22 * mm, bottomMargin=24 * mm)
    W, H = A4
    step = st["body"].leading
    per_page = int(doc.height // step)

    def page(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSerif-Regular", 7)
        canvas.setFillColor(colors.grey)
        top = doc.bottomMargin + doc.height - st["body"].fontSize
        base = (d.page - 1) * per_page
        for k in range(per_page):
            canvas.drawRightString(doc.leftMargin - 8 * mm, top - k * step, str(base + k + 1))
        canvas.setFillColor(colors.black)
        canvas.setFont("XSerif-Regular", 8.5)
        canvas.drawString(doc.leftMargin, 12 * mm, f"Author manuscript {study.pmcid.replace('PMC', 'MS-')}")
        canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
        if d.page == 1:
            canvas.setFont("XSerif-Italic", 7.5)
            canvas.drawString(doc.leftMargin, 17 * mm, study.footnote)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate("ms", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)],
                                       onPage=page)])
    floats: list = []
    story = _front(study, st, with_meta=True)
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    story += _body(study, st, doc.width, floats)
    for block in floats:  # tables and figures with their legends after the references
        story += [PageBreak(), _float(block, study, st, doc.width)]
    doc.build(story)
    return buf.getvalue(), doc.pages


def _sidebar(study: Study) -> tuple[bytes, dict[str, int]]:
    st = _styles("single")
    st["body"] = ParagraphStyle("body_sb", parent=st["body"], fontSize=10, leading=13.2, firstLineIndent=0,
                                spaceAfter=5)
    side = ParagraphStyle("side", parent=st["small"], fontName="XSans-Regular", fontSize=7.5, leading=9.5)
    buf = io.BytesIO()
    doc = _Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
               leftMargin=18 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    W, H = A4
    side_w, gap = 46 * mm, 6 * mm
    main_x = doc.leftMargin + side_w + gap
    main_w = W - doc.rightMargin - main_x

    def first(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#eeeeee"))
        canvas.rect(doc.leftMargin - 2 * mm, doc.bottomMargin, side_w + 4 * mm, doc.height, stroke=0, fill=1)
        canvas.restoreState()

    def later(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setLineWidth(0.3)
        canvas.line(main_x, 15 * mm, W - doc.rightMargin, 15 * mm)
        canvas.setFont("XSans-Regular", 7.5)
        canvas.drawString(main_x, 11 * mm, study.short_title)
        canvas.drawRightString(W - doc.rightMargin, 11 * mm, f"{study.journal} | {d.page}")
        canvas.restoreState()

    doc.addPageTemplates([
        PageTemplate("first", [Frame(doc.leftMargin, doc.bottomMargin, side_w, doc.height, id="side"),
                               Frame(main_x, doc.bottomMargin, main_w, doc.height, id="main")], onPage=first),
        PageTemplate("later", [Frame(main_x - 10 * mm, doc.bottomMargin, main_w + 10 * mm, doc.height, id="body")],
                     onPage=later),
    ])
    yy, mo, dd = study.received.split("-")
    story: list = [
        _para(f"<b>{study.journal}</b>", side, study, "journal"),
        _para(f"{study.year}, {study.volume}", side, study, None),
        Spacer(1, 8),
        _para("DOI", side, study, None),
        _para(study.doi, side, study, "doi"),
        Spacer(1, 8),
        _para("<b>Article history</b>", side, study, None),
        _para(f"Received {dd}.{mo}.{yy}", side, study, None),
        Spacer(1, 8),
        _para("<b>Keywords</b>", side, study, None),
        _para("; ".join(study.keywords), side, study, "kwd"),
        Spacer(1, 8),
        _para(study.footnote, side, study, None),
        NextPageTemplate("later"),
        FrameBreak(),
    ]
    story += _front(study, st, with_meta=False)
    story += _body(study, st, main_w + 10 * mm, None)
    doc.build(story)
    return buf.getvalue(), doc.pages
