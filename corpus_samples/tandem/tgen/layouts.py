"""Layout habits the external renderer lacks, built on its helpers (fonts, styles, keyed blocks).

- ``manuscript``: an accepted author manuscript: A4, one column, wide line spacing, line
  numbers in the left margin (continuous over pages), an "Accepted manuscript" footer,
  and every table and figure legend moved to the end, after the references;
- ``landscape``: a portrait one-column paper whose wide multi-arm table sits alone on a
  landscape page, with footnote markers glued to some cells;
- ``merged``: a two-column paper whose table has a two-level header (a "Days after injury"
  cell spanning the day columns), long wrapped group labels, footnote markers, and is
  split by hand and continued on the next page under "Table n (continued)".

Table spec keys beyond the external ones: ``span`` (header text over the score columns),
``marks`` ({(group, day): marker}), ``split`` (first group of the continuation part).
Gold pages for a split table come from the keys ``tab:<label>`` and ``tab:<label>#2``.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

LAYOUTS = ("manuscript", "landscape", "merged")


def table_parts(spec: dict) -> list[list[str]]:
    """The groups of each printed part of a table (two parts when it is continued)."""
    groups = spec["groups"]
    k = spec.get("split")
    return [groups] if not k else [groups[:k], groups[k:]]


def _cell_table(spec: dict, study: Study, st: dict[str, ParagraphStyle], groups: list[str],
                key: str, width: float | None) -> Table:
    s = study.scores
    days = spec["days"]
    marks = spec.get("marks", {})
    cell = ParagraphStyle("wrapcell", parent=st["cell"], leading=st["cell"].fontSize * 1.2, spaceAfter=0)
    rows: list[list[object]] = []
    span = spec.get("span")
    if span:
        rows.append([spec.get("corner", "Group"), span] + [""] * (len(days) - 1))
        rows.append([""] + [spec["day_fmt"](d) for d in days])
    else:
        rows.append([spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days])
    for g in groups:
        label: object = Paragraph(g, cell) if width else g
        rows.append([label] + [s.cell(g, d) + marks.get((g, d), "") for d in days])
    first = 2.1 * 72 if width else None
    widths = None if not width else [first] + [(width - first) / len(days)] * len(days)
    t = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=0)
    fam = st["cell"].fontName.split("-")[0]
    head = 1 if span else 0
    style = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, head), f"{fam}-Bold", st["cell"].fontSize),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, head), (-1, head), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if span:
        style += [("SPAN", (1, 0), (-1, 0)), ("SPAN", (0, 0), (0, 1)), ("ALIGN", (1, 0), (-1, 0), "CENTER"),
                  ("LINEBELOW", (1, 0), (-1, 0), 0.3, colors.black)]
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    return t


def _table_flowables(block: tuple, study: Study, st: dict[str, ParagraphStyle], width: float) -> list:
    _, label, caption, spec = block
    parts = table_parts(spec)
    out: list = []
    wrap = width if study.layout == "merged" else None
    for i, groups in enumerate(parts):
        key = f"tab:{label}" if i == 0 else f"tab:{label}#2"
        if i == 0:
            head = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
        else:
            out.append(PageBreak() if study.layout != "merged" else FrameBreak())
            head = _para(f"<b>{label}</b> (continued)", st["caption"], study, None)
        items = [head, _cell_table(spec, study, st, groups, key, wrap)]
        if i == len(parts) - 1 and spec.get("foot"):
            items.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
        box = _together(items, study, key)
        out.append(box)
    return out


def render_pdf_x(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and block pages for the ``LAYOUTS`` (same keys as the external renderer)."""
    _register_fonts()
    layout = study.layout
    st = _styles("single" if layout != "merged" else "twocol")
    if layout == "manuscript":
        for name in ("body", "abstract", "caption"):
            st[name].leading = st[name].fontSize * 2.0  # double-spaced submission copy
        st["body"].alignment = 0
        st["body"].firstLineIndent = 0
    buf = io.BytesIO()
    size = LETTER if layout == "merged" else A4
    margin = 16 * mm if layout == "merged" else 28 * mm
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=margin, rightMargin=margin, topMargin=22 * mm, bottomMargin=22 * mm)
    fw, fh = doc.width, doc.height
    fam = "XSans" if layout == "merged" else "XSerif"
    counter = {"line": 0}

    def decorate(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        pw, ph = canvas._pagesize
        if layout == "manuscript":
            # line numbers at the body's line pitch, counted on across pages as journals do
            pitch = st["body"].leading
            canvas.setFont("XSans-Regular", 7)
            canvas.setFillColor(colors.HexColor("#555555"))
            y = doc.bottomMargin + fh - pitch * 0.8
            while y > doc.bottomMargin:
                counter["line"] += 1
                canvas.drawRightString(doc.leftMargin - 8 * mm, y, str(counter["line"]))
                y -= pitch
            canvas.setFillColor(colors.black)
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawString(doc.leftMargin, 12 * mm, "Accepted manuscript – not copyedited or typeset")
            canvas.drawRightString(pw - doc.rightMargin, 12 * mm, f"Page {d.page}")
        elif layout == "landscape":
            canvas.setFont(f"{fam}-Regular", 8)
            if d.page > 1:
                canvas.drawString(18 * mm, ph - 12 * mm, study.short_title)
            canvas.drawRightString(pw - 18 * mm, 10 * mm, f"{study.journal} {study.volume} | {d.page}")
        else:
            canvas.setFont(f"{fam}-Bold", 8)
            canvas.drawString(doc.leftMargin, ph - 11 * mm, study.journal.upper())
            canvas.setFont(f"{fam}-Regular", 8)
            canvas.drawRightString(pw - doc.rightMargin, ph - 11 * mm, f"{study.first_author} et al. · {d.page}")
            canvas.line(doc.leftMargin, 14 * mm, pw - doc.rightMargin, 14 * mm)
            canvas.drawString(doc.leftMargin, 10 * mm, f"https://doi.org/{study.doi}")
        if d.page == 1 and study.footnote:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.drawString(doc.leftMargin, 16.5 * mm if layout != "merged" else 6 * mm, study.footnote)
        canvas.restoreState()

    if layout == "merged":
        gap, top_h = 6 * mm, 300
        cw = (fw - gap) / 2
        doc.addPageTemplates([
            PageTemplate("first", [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top"),
                                   Frame(doc.leftMargin, doc.bottomMargin, cw, fh - top_h, id="c1"),
                                   Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh - top_h, id="c2")],
                         onPage=decorate),
            PageTemplate("later", [Frame(doc.leftMargin, doc.bottomMargin, cw, fh, id="l1"),
                                   Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh, id="l2")],
                         onPage=decorate),
            PageTemplate("wide", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="w")], onPage=decorate),
        ])
        table_width = fw
    else:
        templates = [PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")],
                                  onPage=decorate)]
        lw, lh = landscape(A4)
        templates.append(PageTemplate("land", [Frame(18 * mm, 18 * mm, lw - 36 * mm, lh - 36 * mm, id="land")],
                                      onPage=decorate, pagesize=landscape(A4)))
        doc.addPageTemplates(templates)
        table_width = fw

    story: list = []
    story.append(_para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(_para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    if layout == "manuscript":
        story.append(_para("ACCEPTED AUTHOR MANUSCRIPT", st["small"], study, None))
    story.append(Spacer(1, 6))
    story.append(_para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(_para(names, st["authors"], study, "authors"))
    story.append(_para("; ".join(study.affiliations), st["small"], study, "affil"))
    story.append(Spacer(1, 6))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    if layout == "merged":
        story += [NextPageTemplate("later"), FrameBreak()]
    deferred: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "table":
                flow = _table_flowables(block, study, st, table_width)
                if layout == "manuscript":
                    deferred.append(("table", flow))
                elif layout == "landscape" and block[3].get("landscape"):
                    story += [NextPageTemplate("land"), PageBreak(), *flow, NextPageTemplate("main"), PageBreak()]
                elif layout == "merged":
                    story += [NextPageTemplate("wide"), PageBreak(), *flow, NextPageTemplate("later"), PageBreak()]
                else:
                    story += flow
            elif block[0] == "figure":
                _, label, caption, spec = block
                width = fw if layout != "merged" else (fw - 6 * mm) / 2
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                if layout == "manuscript":  # legends listed at the end, the artwork supplied separately
                    deferred.append(("legend", [cap]))
                else:
                    story.append(_together([_figure(spec, study, width), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    if deferred:
        tables = [f for kind, f in deferred if kind == "table"]
        legends = [f for kind, f in deferred if kind == "legend"]
        for flow in tables:
            story.append(PageBreak())
            story += flow
        if legends:
            story.append(PageBreak())
            story.append(_para("Figure legends", st["h1"], study, None))
            for flow in legends:
                story += flow
    doc.build(story)
    return buf.getvalue(), doc.pages
