"""Two PDF layouts of the labs corpus, on top of extgen's reportlab pieces.

- ``manuscript``: an accepted-manuscript PDF as repositories serve them: US Letter,
  double-spaced serif, running line numbers in the left margin (they continue across
  pages), "Accepted manuscript" header, "Page n" footer, and every table and figure
  moved after the references, one per page, as authors submit them.
- ``banner``: a regional-journal style: A4, sans, a grey title banner on page 1, a running
  footer with journal, DOI and page, and tables that may run on to the next page
  ("Table 2 (continued)", header repeated) or sit alone on a landscape page.

``single`` and ``twocol`` studies are rendered by extgen's own renderer.
Paragraphs never split (every quote lies on one page); the page of every keyed block
is recorded as in extgen.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (NextPageTemplate, PageBreak, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle)

import extgen.render_pdf as RP
from extgen.model import Study


def _grid_table(spec: dict, rows: list[list[str]], study: Study, st: dict, width: float, key: str,
                continued: bool = False) -> Table:
    """A free-form table: header rows with merged cells, wrapped body cells."""
    head_style = ParagraphStyle("gh", parent=st["cell"], fontName=st["cell"].fontName.replace("Regular", "Bold"))
    ncols = sum(span for _, span in spec["head"][-1])
    fr = spec.get("widths") or [1] * ncols
    widths = [width * f / sum(fr) for f in fr]
    data: list[list] = []
    spans = []
    for r, row in enumerate(spec["head"]):
        line: list = []
        for text, span in row:
            if span > 1:
                spans.append(("SPAN", (len(line), r), (len(line) + span - 1, r)))
                spans.append(("LINEBELOW", (len(line), r), (len(line) + span - 1, r), 0.4, colors.black))
            line.append(Paragraph(RP._rl(text, study), head_style))
            line += [""] * (span - 1)
        data.append(line)
    nh = len(data)
    data += [[Paragraph(RP._rl(c, study), st["cell"]) for c in r] for r in rows]
    t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=0)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8 if not continued else 0.3, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        *spans,
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def _grid_flowables(block: tuple, study: Study, st: dict, width: float) -> list:
    _, label, caption, spec = block
    cap = RP._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    split = spec.get("split")
    rows = spec["rows"]
    first = rows[:split] if split else rows
    parts = [cap, _grid_table(spec, first, study, st, width, f"tab:{label}", continued=bool(split))]
    tail: list = []
    if spec.get("foot"):
        foot = RP._para(spec["foot"], st["caption"], study, f"foot:{label}")
        (tail if split else parts).append(foot)
    out: list = [RP._together(parts, study, f"tab:{label}")]
    if split:
        more = RP._para(f"<b>{label}</b> (continued)", st["caption"], study, f"cap2:{label}")
        rest = [more, _grid_table(spec, rows[split:], study, st, width, f"tab:{label}#2"), *tail]
        out += [PageBreak(), RP._together(rest, study, f"tab:{label}#2")]
    return out


def _styles(layout: str) -> dict[str, ParagraphStyle]:
    if layout == "banner":
        st = RP._styles("twocol")  # sans, ragged right
        for s in st.values():
            s.fontSize += 0.5
            s.leading = s.fontSize * 1.35
        return st
    st = RP._styles("single")  # serif; double-spaced body text
    st["body"].fontSize, st["body"].leading, st["body"].alignment = 11, 22, 0
    st["abstract"].leading, st["abstract"].leftIndent, st["abstract"].rightIndent = 22, 0, 0
    return st


def render_lab_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block (keys as in extgen, plus ``tab:<label>#2``)."""
    if study.layout in ("single", "twocol"):
        if any(not isinstance(b, str) and b[0] == "grid" for _, _, bl in study.sections for b in bl):
            raise ValueError(f"{study.stem}: grid tables need the manuscript or banner layout")
        return RP.render_pdf(study)
    RP._register_fonts()
    manuscript = study.layout == "manuscript"
    st = _styles(study.layout)
    size = LETTER if manuscript else A4
    buf = io.BytesIO()
    doc = RP._Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
                  leftMargin=30 * mm if manuscript else 20 * mm, rightMargin=25 * mm if manuscript else 20 * mm,
                  topMargin=25 * mm, bottomMargin=24 * mm)
    W, H = size
    fam = "XSerif" if manuscript else "XSans"
    lines = {"n": 0}

    def page_deco(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if manuscript:
            canvas.setFont(f"{fam}-Italic", 9)
            canvas.drawString(d.leftMargin, H - 14 * mm, "Accepted manuscript")
            canvas.drawRightString(W - d.rightMargin, H - 14 * mm, study.short_title)
            canvas.setFont(f"{fam}-Regular", 9)
            canvas.drawCentredString(W / 2, 12 * mm, f"Page {d.page}")
            if d.pageTemplate.id == "main":  # numbers every double-spaced line, continuing across pages
                canvas.setFont(f"{fam}-Regular", 7.5)
                canvas.setFillColor(colors.HexColor("#555555"))
                y = H - d.topMargin - 11
                while y > d.bottomMargin:
                    lines["n"] += 1
                    canvas.drawRightString(d.leftMargin - 8 * mm, y, str(lines["n"]))
                    y -= 22
        else:
            if d.page == 1:
                canvas.setFillColor(colors.HexColor("#d9d9d9"))
                canvas.rect(0, H - 18 * mm, W, 18 * mm, stroke=0, fill=1)
                canvas.setFillColor(colors.black)
                canvas.setFont(f"{fam}-Bold", 12)
                canvas.drawString(d.leftMargin, H - 12 * mm, study.journal)
            pw = canvas._pagesize[0]
            canvas.setFont(f"{fam}-Regular", 7.5)
            canvas.line(d.leftMargin, 16 * mm, pw - d.rightMargin, 16 * mm)
            canvas.drawString(d.leftMargin, 12 * mm, f"{study.journal} {study.year}; {study.volume} · doi:{study.doi}")
            canvas.drawRightString(pw - d.rightMargin, 12 * mm, f"Page {d.page}")
        if d.page == 1 and study.footnote:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.drawString(d.leftMargin, 7 * mm, study.footnote)
        canvas.restoreState()

    fw, fh = doc.width, doc.height
    templates = [PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")], onPage=page_deco),
                 PageTemplate("floats", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="g")], onPage=page_deco)]
    LW, LH = landscape(size)
    templates.append(PageTemplate("land", [Frame(20 * mm, 24 * mm, LW - 40 * mm, LH - 45 * mm, id="l")],
                                  onPage=page_deco, pagesize=(LW, LH)))
    doc.addPageTemplates(templates)

    story: list = []
    story.append(RP._para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(RP._para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 6))
    story.append(RP._para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" for g, s in study.authors)
    story.append(RP._para(names, st["authors"], study, "authors"))
    story.append(RP._para("; ".join(study.affiliations), st["small"], study, "affil"))
    story.append(Spacer(1, 6))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(RP._para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(RP._para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    deferred: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(RP._para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(RP._para(block, st["body"], study, key))
                continue
            if block[0] == "h":
                story.append(RP._para(block[1], st["h2"], study, key))
                continue
            land = block[0] == "grid" and block[3].get("landscape")
            width = (LW - 40 * mm) if land else fw
            if block[0] == "grid":
                floats = _grid_flowables(block, study, st, width)
            elif block[0] == "table":
                _, label, caption, spec = block
                parts = [RP._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}"),
                         RP._bbb_table(spec, study, st, f"tab:{label}")]
                if spec.get("foot"):
                    parts.append(RP._para(spec["foot"], st["caption"], study, f"foot:{label}"))
                floats = [RP._together(parts, study, f"tab:{label}")]
            else:
                _, label, caption, spec = block
                cap = RP._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                floats = [RP._together([RP._figure(spec, study, fw), cap], study, f"fig:{label}")]
            if manuscript:
                deferred.append(floats)
            elif land:
                story += [NextPageTemplate("land"), PageBreak(), *floats, NextPageTemplate("main"), PageBreak()]
            else:
                story += [Spacer(1, 4), *floats, Spacer(1, 6)]
    for i, (heading, text) in enumerate(study.back):
        story.append(RP._para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(RP._para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(RP._para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    for floats in deferred:
        story += [NextPageTemplate("floats"), PageBreak(), *floats]
    doc.build(story)
    return buf.getvalue(), doc.pages
