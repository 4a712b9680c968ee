"""Three page layouts the external renderer lacks (fonts, styles and plots are reused from it).

- ``manuscript``: an accepted manuscript: A4, double-spaced serif, continuous line numbers
  in the left margin, a running head "<Author> et al. — Accepted manuscript", "Page n"
  footers, and every table and figure legend moved to the end, each on its own page.
- ``landscape``: A4 sans, narrow margins, ruled running header with journal and DOI, a
  "Downloaded from" footer on every page, and tables marked ``landscape`` on a rotated
  (landscape) page of their own.
- ``continued``: US Letter serif, alternating running heads (authors on even pages, short
  title on odd ones), and tables marked ``split`` broken after that many body rows and
  continued on the next page under "Table n (continued)" with the header repeated.

Paragraphs never split (the external ``_Doc`` sets ``allowSplitting = 0``), so every
quote lies on one page; the page of each keyed block is recorded as in ``render_pdf``.
"""

from __future__ import annotations

import io
from typing import Any

import extgen.render_pdf as rpdf
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer

from widegen.core import WideStudy, is_wide
from widegen.tables import pdf_table

LAYOUTS = ("manuscript", "landscape", "continued")


def _styles(layout: str) -> dict[str, ParagraphStyle]:
    # The external "single" styles are serif, "twocol" sans; respace them for each layout.
    st = rpdf._styles("twocol" if layout == "landscape" else "single")
    if layout == "manuscript":
        for name in ("body", "abstract", "caption", "small"):
            s = st[name]
            st[name] = ParagraphStyle(name + "_am", parent=s, fontSize=11 if name != "small" else 9.5,
                                      leading=22 if name != "small" else 14, alignment=0,
                                      leftIndent=0, rightIndent=0)
    if layout == "continued":
        st["body"] = ParagraphStyle("body_c", parent=st["body"], fontSize=10, leading=13, firstLineIndent=14)
    return st


def render_alt(study: WideStudy) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of each keyed block, for one of ``LAYOUTS``."""
    layout = study.render
    if layout not in LAYOUTS:
        raise ValueError(f"{study.stem}: unknown layout {layout!r}")
    rpdf._register_fonts()
    st = _styles(layout)
    buf = io.BytesIO()
    size = LETTER if layout == "continued" else A4
    margins = {"manuscript": (32 * mm, 25 * mm), "landscape": (18 * mm, 18 * mm), "continued": (28 * mm, 28 * mm)}
    lm, rm = margins[layout]
    doc = rpdf._Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
                    leftMargin=lm, rightMargin=rm, topMargin=24 * mm, bottomMargin=22 * mm)
    fam = "XSans" if layout == "landscape" else "XSerif"
    running = f"{study.first_author} et al."

    def decorate(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        pw, ph = canvas._pagesize
        if layout == "manuscript":
            canvas.setFont(f"{fam}-Regular", 8.5)
            canvas.drawRightString(pw - rm, ph - 14 * mm, f"{running} — Accepted manuscript")
            canvas.drawCentredString(pw / 2, 12 * mm, f"Page {d.page}")
            # Continuous line numbers on the double-spaced grid, as journal submission systems print them.
            per_page = int(doc.height // 22)
            canvas.setFont(f"{fam}-Regular", 7.5)
            for k in range(per_page):
                canvas.drawRightString(lm - 8 * mm, ph - 24 * mm - 22 * (k + 1) + 6, str((d.page - 1) * per_page + k + 1))
        elif layout == "landscape":
            canvas.setFont(f"{fam}-Regular", 7.5)
            canvas.drawString(18 * mm, ph - 12 * mm, study.journal)
            canvas.drawRightString(pw - 18 * mm, ph - 12 * mm, f"https://doi.org/{study.doi}")
            canvas.line(18 * mm, ph - 13.5 * mm, pw - 18 * mm, ph - 13.5 * mm)
            canvas.drawString(18 * mm, 10 * mm, "Downloaded from synthetic-press.example on behalf of a test suite. "
                                                "For software testing only.")
            canvas.drawRightString(pw - 18 * mm, 10 * mm, str(d.page))
        else:
            canvas.setFont(f"{fam}-Italic", 8.5)
            if d.page > 1:
                if d.page % 2 == 0:
                    canvas.drawString(lm, ph - 15 * mm, f"{d.page}    {running}")
                else:
                    canvas.drawRightString(pw - rm, ph - 15 * mm, f"{study.short_title}    {d.page}")
        if d.page == 1 and study.footnote:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.drawString(lm, 16 * mm, study.footnote)
        canvas.restoreState()

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    templates = [PageTemplate("main", [frame], onPage=decorate, pagesize=size)]
    lw, lh = landscape(size)
    land_frame = Frame(18 * mm, 20 * mm, lw - 36 * mm, lh - 42 * mm, id="land")
    templates.append(PageTemplate("land", [land_frame], onPage=decorate, pagesize=(lw, lh)))
    doc.addPageTemplates(templates)

    story: list[Any] = []
    para = rpdf._para
    if layout == "manuscript":
        story.append(para(f"Accepted for publication in <i>{study.journal}</i>, {study.year}", st["small"], study, "journal"))
    else:
        story.append(para(f"<i>{study.journal}</i> ({study.year}) {study.volume}", st["small"], study, "journal"))
    story.append(para(f"DOI: {study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 6))
    story.append(para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("<sup>1,*</sup>" if i == 0 else f"<sup>{1 + i % len(study.affiliations)}</sup>")
                      for i, (g, s) in enumerate(study.authors))
    story.append(para(names, st["authors"], study, "authors"))
    story.append(para("; ".join(f"<sup>{i}</sup>{a}" for i, a in enumerate(study.affiliations, 1)),
                      st["small"], study, "affil"))
    story.append(Spacer(1, 6))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ("<b>ABSTRACT</b> " if i == 0 else "")
        story.append(para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(para("<b>Key words:</b> " + ", ".join(study.keywords), st["small"], study, "kwd"))
    if layout == "manuscript":
        story.append(PageBreak())

    deferred: list[Any] = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(para(heading.upper() if layout == "landscape" else heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(para(block[1], st["h2"], study, key))
            else:
                floats = _float(block, study, st, doc, layout)
                (deferred if layout == "manuscript" else story).extend(floats)
    for i, (heading, text) in enumerate(study.back):
        story.append(para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    story += deferred
    doc.build(story)
    return buf.getvalue(), doc.pages


def _float(block: tuple, study: WideStudy, st: dict[str, ParagraphStyle], doc: Any, layout: str) -> list[Any]:
    """The flowables of one table or figure block, with page breaks the layout asks for."""
    kind, label, caption, spec = block
    para = rpdf._para
    if kind == "figure":
        width = doc.width
        cap = para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
        parts = [rpdf._figure(spec, study, width), cap]
        box = rpdf._together(parts, study, f"fig:{label}")
        return [PageBreak(), box] if layout == "manuscript" else [box]
    cap = para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    rotate = layout == "landscape" and spec.get("landscape")
    width = landscape(A4)[0] - 36 * mm if rotate else doc.width
    key = f"tab:{label}"
    foot = [para(spec["foot"], st["caption"], study, f"foot:{label}")] if spec.get("foot") else []
    if not is_wide(spec):
        table = rpdf._bbb_table(spec, study, st, key)
        box = rpdf._together([cap, table, *foot], study, key)
        return [PageBreak(), box] if layout == "manuscript" else [box]
    split = spec.get("split") if layout == "continued" else None
    if split:
        first = pdf_table(spec, study, st, key, width, body=spec["body"][:split])
        cont_cap = para(f"<b>{label}</b> (continued)", st["caption"], study, None)
        second = pdf_table(spec, study, st, key + "@2", width, body=spec["body"][split:])
        return [rpdf._together([cap, first], study, key), PageBreak(),
                rpdf._together([cont_cap, second, *foot], study, key + "@2")]
    box = rpdf._together([cap, pdf_table(spec, study, st, key, width), *foot], study, key)
    if rotate:
        return [NextPageTemplate("land"), PageBreak(), box, NextPageTemplate("main"), PageBreak()]
    return [PageBreak(), box] if layout == "manuscript" else [box]
