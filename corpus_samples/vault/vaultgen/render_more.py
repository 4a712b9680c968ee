"""Layout habits the shared renderer lacks, built from its parts (fonts, styles, plot).

- ``manuscript``: an author-accepted manuscript: US Letter, one column, double spacing,
  line numbers in the left margin, "Accepted manuscript" running head, tables and figure
  legends gathered after the references, one float per page.
- ``threecol``: A4, a full-width title block then three narrow columns of small sans
  text; running header and a journal footer ("© ... Synthetic Test Press").
- ``banner``: A4, two serif columns with a journal banner on every page and a footer
  line; a table may sit on its own landscape page, or run over onto the next page with
  "(continued)" and its header repeated.

Table habits (any layout, chosen in the table spec): ``span`` (one header cell, e.g.
"BBB score", spanning the time-point columns), ``marks`` ({(group, day): "*"} footnote
markers after a cell), ``split_at`` (rows before the table continues on the next page),
``landscape`` (the table gets a landscape page of its own).

Keys recorded per page are those of ``extgen.render_pdf`` plus ``tab:<label>#2`` for the
continued part of a split table.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (CondPageBreak, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Spacer, Table, TableStyle)

LAYOUTS = ("manuscript", "threecol", "banner")


def _cells(spec: dict, study: Study) -> tuple[list[list[str]], list[list[str]]]:
    """(header rows, body rows) of a score table, markers appended to marked cells."""
    s = study.scores
    marks = spec.get("marks", {})
    days, groups = spec["days"], spec["groups"]

    def cell(g: str, d: float) -> str:
        return s.cell(g, d) + marks.get((g, d), "")

    if spec["orient"] == "rows":
        head = [[spec.get("corner", "Time")] + groups]
        body = [[spec["day_fmt"](d)] + [cell(g, d) for g in groups] for d in days]
    else:
        head = [[spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days]]
        if spec.get("span"):
            head = [[spec.get("corner", "Group"), spec["span"]] + [""] * (len(days) - 1),
                    [""] + [spec["day_fmt"](d) for d in days]]
        body = [[g] + [cell(g, d) for d in days] for g in groups]
    return head, body


def _table(head: list[list[str]], body: list[list[str]], st: ParagraphStyle, key: str,
           span: bool) -> Table:
    bold = st.fontName.rsplit("-", 1)[0] + "-Bold"
    t = Table(head + body, hAlign="LEFT")
    n_head = len(head)
    style = [
        ("FONT", (0, 0), (-1, -1), st.fontName, st.fontSize),
        ("FONT", (0, 0), (-1, n_head - 1), bold, st.fontSize),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, n_head - 1), (-1, n_head - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if span:
        style += [("SPAN", (1, 0), (-1, 0)), ("ALIGN", (1, 0), (-1, 0), "CENTER"),
                  ("SPAN", (0, 0), (0, 1)), ("VALIGN", (0, 0), (0, 1), "BOTTOM"),
                  ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.black)]
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    return t


def _table_flowables(block: tuple, study: Study, st: dict[str, ParagraphStyle], cell: ParagraphStyle,
                     land: bool) -> list:
    _, label, caption, spec = block
    head, body = _cells(spec, study)
    span = bool(spec.get("span")) and spec["orient"] != "rows"
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    foot = _para(spec["foot"], st["caption"], study, f"foot:{label}") if spec.get("foot") else None
    out: list = []
    if land:
        out += [NextPageTemplate("land"), PageBreak()]
    cut = spec.get("split_at")
    if cut:
        first = _table(head, body[:cut], cell, f"tab:{label}", span)
        more = _para("<i>(continued on next page)</i>", st["caption"], study, None)
        out.append(_together([cap, first, more], study, f"tab:{label}"))
        out.append(PageBreak())
        again = _para(f"<b>{label}</b> (continued)", st["caption"], study, None)
        rest = _table(head, body[cut:], cell, f"tab:{label}#2", span)
        parts = [again, rest] + ([foot] if foot else [])
        out.append(_together(parts, study, f"tab:{label}#2"))
    else:
        parts = [cap, _table(head, body, cell, f"tab:{label}", span)] + ([foot] if foot else [])
        out.append(_together(parts, study, f"tab:{label}"))
    if land:
        out += [NextPageTemplate("main"), PageBreak()]
    return out


def render_more(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block, for the layouts in ``LAYOUTS``."""
    if study.layout not in LAYOUTS:
        raise ValueError(f"{study.stem}: layout {study.layout!r} not in {LAYOUTS}")
    _register_fonts()
    manuscript, three = study.layout == "manuscript", study.layout == "threecol"
    fam = "XSerif" if study.layout != "threecol" else "XSans"
    base = _styles("single" if fam == "XSerif" else "twocol")
    size = {"manuscript": 11, "threecol": 8, "banner": 9.5}[study.layout]
    lead = 22.0 if manuscript else size * 1.3
    st: dict[str, ParagraphStyle] = {}
    for name, s in base.items():
        fs = {"title": size + 6, "h1": size + 1, "small": size - 1, "caption": size - 0.5}.get(name, size)
        st[name] = ParagraphStyle(name + study.layout, parent=s, fontSize=fs,
                                  leading=lead if manuscript and name in ("body", "h2", "abstract") else fs * 1.3,
                                  alignment=0 if manuscript else s.alignment,
                                  leftIndent=0, rightIndent=0,
                                  firstLineIndent=(24 if manuscript else 8) if name == "body" else 0)
    cell = ParagraphStyle("cell" + study.layout, fontName=f"{fam}-Regular",
                          fontSize=6.6 if three else size - 1.5)
    pagesize = LETTER if manuscript else A4
    W, H = pagesize
    buf = io.BytesIO()
    margin = (30 if manuscript else 15) * mm
    doc = _Doc(buf, study, pagesize=pagesize, title=study.title, author=study.first_author,
               leftMargin=margin, rightMargin=(25 if manuscript else 15) * mm,
               topMargin=22 * mm, bottomMargin=20 * mm)
    fw, fh, x0, y0 = doc.width, doc.height, doc.leftMargin, doc.bottomMargin

    def decorate(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        pw, ph = canvas._pagesize
        if manuscript:
            # Line numbers every line of the double-spaced body, as journals' submission systems add them.
            canvas.setFont("XSans-Regular", 7)
            canvas.setFillColor(colors.HexColor("#555555"))
            top = y0 + fh - 11
            for i in range(int(fh // lead)):
                canvas.drawRightString(x0 - 8 * mm, top - i * lead,
                                       str((d.page - 1) * int(fh // lead) + i + 1))
            canvas.setFillColor(colors.black)
            canvas.setFont("XSerif-Italic", 8.5)
            canvas.drawString(x0, ph - 13 * mm, f"Accepted manuscript – {study.journal}")
            canvas.drawRightString(pw - doc.rightMargin, 12 * mm, f"Page {d.page}")
            if d.page == 1:
                canvas.setFont("XSerif-Regular", 7.5)
                canvas.drawString(x0, 12 * mm, study.footnote)
        else:
            canvas.setFont(f"{fam}-Regular", 7.5)
            canvas.setFillColor(colors.HexColor("#1d3b5c"))
            canvas.rect(12 * mm, ph - 15 * mm, pw - 24 * mm, 5 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.drawString(15 * mm, ph - 13.6 * mm, f"{study.journal.upper()}  |  Vol. {study.volume}  |  {study.year}")
            canvas.drawRightString(pw - 15 * mm, ph - 13.6 * mm, f"{study.authors[0][1]} et al.  {d.page}")
            canvas.setFillColor(colors.black)
            canvas.setFont(f"{fam}-Italic", 6.8)
            canvas.drawString(15 * mm, 10 * mm, f"© {study.year} Synthetic Test Press. {study.short_title}. "
                              "Downloaded from the synthetic test archive; for software testing only.")
            if d.page == 1:
                canvas.drawString(15 * mm, 13.5 * mm, study.footnote)
        canvas.restoreState()

    gap = 5 * mm
    if manuscript:
        templates = [PageTemplate("main", [Frame(x0, y0, fw, fh, id="m")], onPage=decorate)]
    else:
        ncol = 3 if three else 2
        cw = (fw - gap * (ncol - 1)) / ncol
        top_h = 250 if three else 300
        first = [Frame(x0, y0 + fh - top_h, fw, top_h, id="top")]
        first += [Frame(x0 + i * (cw + gap), y0, cw, fh - top_h, id=f"c{i}") for i in range(ncol)]
        cols = [Frame(x0 + i * (cw + gap), y0, cw, fh, id=f"k{i}") for i in range(ncol)]
        LW, LH = landscape(A4)
        land = [Frame(15 * mm, 20 * mm, LW - 30 * mm, LH - 42 * mm, id="land")]
        templates = [PageTemplate("first", first, onPage=decorate, autoNextPageTemplate="main"),
                     PageTemplate("main", cols, onPage=decorate),
                     PageTemplate("land", land, onPage=decorate, pagesize=landscape(A4))]
    doc.addPageTemplates(templates)

    story: list = []
    story.append(_para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(_para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 4))
    story.append(_para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(_para(names, st["authors"], study, "authors"))
    story.append(_para("; ".join(study.affiliations), st["small"], study, "affil"))
    story.append(Spacer(1, 4))
    for i, (label, text) in enumerate(study.abstract):
        lead_in = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(lead_in + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    if not manuscript:
        story.append(FrameBreak())
    floats: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "table":
                land = bool(block[3].get("landscape")) and not manuscript
                flow = _table_flowables(block, study, st, cell, land)
                (floats if manuscript else story).extend(flow)
            elif block[0] == "figure":
                _, label, caption, spec = block
                width = fw if manuscript else (fw - gap * (2 if three else 1)) / (3 if three else 2)
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                fig = [_figure(spec, study, width)] if not manuscript else []
                box = _together(fig + [cap], study, f"fig:{label}")
                if manuscript:
                    floats.append(box)
                else:
                    story += [CondPageBreak(190), box]
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    if floats:
        # Accepted manuscripts put each table and the figure legends after the references.
        for f in floats:
            story += [PageBreak(), f]
    doc.build(story)
    return buf.getvalue(), doc.pages
