"""Layout habits the external renderer lacks, built from its own pieces.

- ``manuscript``: an accepted-manuscript PDF: A4, double-spaced serif, continuous line
  numbers in the left margin, an "Accepted manuscript" running header and "Page n" footer;
- ``landscape``: A4 single column whose wide BBB tables sit alone on a landscape page,
  with a "Downloaded from ..." running footer on every page;
- ``merged``: Letter single column with BBB tables under a merged (spanning) header row and
  superscript significance markers after the cells, plus a running footer.

Block keys and page bookkeeping are those of ``extgen.render_pdf`` so the external gold
builder can be reused unchanged. Paragraphs never split, so each quote is on one page.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import _bbb_table, _Doc, _figure, _para, _register_fonts, _styles, _together
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

CUSTOM = ("manuscript", "landscape", "merged")


def _merged_table(spec: dict, study: Study, st: dict[str, ParagraphStyle], key: str) -> Table:
    """Groups down the side, days across under one spanning 'BBB score' header."""
    s = study.scores
    days, groups, marks = spec["days"], spec["groups"], spec.get("marks", {})
    top = [spec.get("corner", "Group"), spec.get("span", f"{s.outcome} score")] + [""] * (len(days) - 1)
    second = [""] + [spec["day_fmt"](d) for d in days]
    rows = [[g] + [s.cell(g, d) + marks.get((g, d), "") for d in days] for g in groups]
    fam = st["cell"].fontName.split("-")[0]
    t = Table([top, second, *rows], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, 1), f"{fam}-Bold", st["cell"].fontSize),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (-1, 0)),
        ("ALIGN", (1, 0), (-1, 0), "CENTER"), ("VALIGN", (0, 0), (0, 1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def render_custom(study: Study, footer: str = "") -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block, for the three layouts above."""
    _register_fonts()
    layout = study.layout
    st = _styles("single")
    if layout == "manuscript":  # double spacing, no justification, no paragraph gaps
        for name in ("body", "h1", "h2", "abstract", "caption"):
            s = st[name]
            s.leading, s.spaceBefore, s.spaceAfter, s.alignment = 21, 0, 0, 0
            s.leftIndent = s.rightIndent = 0
    if layout == "merged":
        st = _styles("twocol")
        st["body"].firstLineIndent = 10
    size = LETTER if layout == "merged" else A4
    buf = io.BytesIO()
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=30 * mm, rightMargin=25 * mm, topMargin=24 * mm, bottomMargin=24 * mm)
    W, H = size
    fam = st["body"].fontName.split("-")[0]

    def page_deco(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        w, h = canvas._pagesize
        if layout == "manuscript":
            # line numbers first, so text extraction keeps them apart from the prose
            canvas.setFont(f"{fam}-Regular", 7.5)
            per_page = int(doc.height // 21)
            for i in range(per_page):
                y = H - doc.topMargin - 15 - i * 21
                canvas.drawRightString(doc.leftMargin - 8 * mm, y, str((d.page - 1) * per_page + i + 1))
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawString(doc.leftMargin, H - 14 * mm, "Accepted manuscript (not copyedited)")
            canvas.drawRightString(W - doc.rightMargin, H - 14 * mm, study.short_title)
            canvas.setFont(f"{fam}-Regular", 9)
            canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
        else:
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawString(20 * mm, h - 13 * mm, f"{study.journal} {study.year};{study.volume}")
            canvas.drawRightString(w - 20 * mm, h - 13 * mm, str(d.page))
            canvas.setFont(f"{fam}-Regular", 6.5)
            canvas.setFillColor(colors.grey)
            canvas.drawString(20 * mm, 9 * mm, footer)
        if d.page == 1 and study.footnote:
            canvas.setFillColor(colors.black)
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.drawString(doc.leftMargin, 16 * mm, study.footnote)
        canvas.restoreState()

    main = PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")],
                        onPage=page_deco, pagesize=size)
    lw, lh = landscape(size)
    land = PageTemplate("land", [Frame(20 * mm, 20 * mm, lw - 40 * mm, lh - 40 * mm, id="l")],
                        onPage=page_deco, pagesize=landscape(size))
    doc.addPageTemplates([main, land])

    story: list = [
        _para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"),
        _para(f"https://doi.org/{study.doi}", st["small"], study, "doi"), Spacer(1, 6),
        _para(study.title, st["title"], study, "title"),
        _para(", ".join(f"{g} {s}" for g, s in study.authors), st["authors"], study, "authors"),
        _para("; ".join(study.affiliations), st["small"], study, "affil"), Spacer(1, 6)]
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords</b> " + ", ".join(study.keywords), st["small"], study, "kwd"))
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
                make = _merged_table if layout == "merged" else _bbb_table
                parts = [cap, make(spec, study, st, f"tab:{label}")]
                if spec.get("foot"):
                    parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
                box = _together(parts, study, f"tab:{label}")
                if layout == "landscape" and spec.get("landscape"):
                    story += [NextPageTemplate("land"), PageBreak(), box, NextPageTemplate("main"), PageBreak()]
                else:
                    story.append(box)
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, doc.width), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages
