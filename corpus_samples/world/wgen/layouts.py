"""Layout habits the external renderer lacks, and world tables (``wtable`` blocks).

Two page layouts, chosen by ``Study.layout``:

- ``manuscript``: an accepted author manuscript: A4, one column, ragged right, 1.8 line
  spacing, continuous line numbers in the left margin, "Author manuscript" running head,
  "Page n of m"-less bare page numbers bottom right;
- ``journal``: a society journal: A4, one column, narrow margins, article-type running head
  with a rule, a footer strip with copyright line and page number, small-caps-like headings.

Either layout may hold ``("wtable", label, caption, spec)`` blocks, free-form tables whose
cells are markup (quote markers, score tokens already expanded), with

- ``head``: header rows; a cell is text or ``(text, colspan)`` (merged header cells);
- ``rows``: body rows of markup cells (long cells wrap);
- ``split``: body row index at which the table breaks and continues on the next page under
  "Table n (continued)" with its header repeated;
- ``landscape``: the table gets a page of its own in landscape orientation;
- ``foot``: a footnote paragraph (markers such as *, †, a, b in the cells).

Page keys: ``wt:<label>:<part>`` for the table body (part 1 is the continuation), plus the
external renderer's keys (``abs<i>``, ``s<i>.<j>``, ``cap:<label>``, ``foot:<label>``, ...).
"""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from extgen.model import Study
from extgen.render_pdf import (
    _bbb_table,
    _Doc,
    _figure,
    _para,
    _register_fonts,
    _rl,
    _styles,
    _together,
)
from extgen.render_xml import inline, render_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

LAYOUTS = ("manuscript", "journal")


def _cells_head(spec: dict) -> tuple[list[list[str]], list[tuple]]:
    """Header grid (spanned cells padded with "") and the SPAN commands."""
    grid, spans = [], []
    for r, row in enumerate(spec["head"]):
        out: list[str] = []
        for cell in row:
            text, span = (cell, 1) if isinstance(cell, str) else cell
            c0 = len(out)
            out.append(text)
            out += [""] * (span - 1)
            if span > 1:
                spans.append(("SPAN", (c0, r), (c0 + span - 1, r)))
        grid.append(out)
    return grid, spans


def _wtable(spec: dict, rows: list[list[str]], study: Study, st: dict, width: float, key: str) -> Table:
    cell = ParagraphStyle("wcell", parent=st["cell"], fontSize=st["cell"].fontSize - 0.5,
                          leading=(st["cell"].fontSize - 0.5) * 1.25, spaceAfter=0)
    bold = ParagraphStyle("whead", parent=cell, fontName=st["h1"].fontName)
    head, spans = _cells_head(spec)
    data = [[Paragraph(_rl(c, study), bold) if c else "" for c in r] for r in head]
    data += [[Paragraph(_rl(c, study), cell) for c in r] for r in rows]
    ncol = len(data[0])
    widths = spec.get("widths")
    col_w = [width * w for w in widths] if widths else [width / ncol] * ncol
    t = Table(data, colWidths=col_w, hAlign="LEFT", repeatRows=0)
    nh = len(head)
    t.setStyle(TableStyle([
        *spans,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black),
        *([("LINEBELOW", sp[1], sp[2], 0.3, colors.black) for sp in spans]),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def render_world_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block, for the ``manuscript``/``journal`` layouts."""
    if study.layout not in LAYOUTS:
        raise ValueError(f"{study.stem}: layout {study.layout!r} is not a world layout")
    _register_fonts()
    ms = study.layout == "manuscript"
    st = _styles("single")
    if ms:  # author manuscripts: ragged right, generous leading, no first-line indent
        for name in ("body", "abstract"):
            st[name] = ParagraphStyle(name + "ms", parent=st[name], alignment=0, leading=st[name].fontSize * 1.8,
                                      firstLineIndent=0, spaceAfter=6, leftIndent=0, rightIndent=0)
    else:
        fam = "XSans"
        st["h1"] = ParagraphStyle("h1j", parent=st["h1"], fontName=f"{fam}-Bold", fontSize=10,
                                  textColor=colors.HexColor("#20406a"))
        st["h2"] = ParagraphStyle("h2j", parent=st["h2"], fontName=f"{fam}-Bold", fontSize=9.5)
        st["body"] = ParagraphStyle("bodyj", parent=st["body"], fontSize=10, leading=13, firstLineIndent=0,
                                    spaceAfter=5)
    buf = io.BytesIO()
    margin_l = 30 * mm if ms else 20 * mm
    doc = _Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
               leftMargin=margin_l, rightMargin=25 * mm if ms else 20 * mm,
               topMargin=24 * mm, bottomMargin=22 * mm)
    W, H = A4
    fw, fh = doc.width, doc.height
    counter = {"line": 0}

    def portrait(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if ms:
            canvas.setFont("XSans-Regular", 7.5)
            canvas.drawString(doc.leftMargin, H - 13 * mm, "Author manuscript – accepted for publication")
            canvas.drawRightString(W - doc.rightMargin, H - 13 * mm, study.short_title)
            # Continuous line numbers in the margin, one per body line pitch, as manuscript
            # systems print them; they are text, so extractors see them between paragraphs.
            canvas.setFont("XSans-Regular", 6.5)
            pitch = st["body"].leading
            y = doc.bottomMargin + fh - pitch * 0.8
            while y > doc.bottomMargin:
                counter["line"] += 1
                if counter["line"] % 5 == 0:
                    canvas.drawRightString(12 * mm, y, str(counter["line"]))
                y -= pitch
            canvas.setFont("XSerif-Regular", 9)
            canvas.drawRightString(W - doc.rightMargin, 11 * mm, str(d.page))
            if d.page == 1 and study.footnote:
                canvas.setFont("XSerif-Italic", 7.5)
                canvas.drawString(doc.leftMargin, 16 * mm, study.footnote)
        else:
            canvas.setFillColor(colors.HexColor("#20406a"))
            canvas.rect(0, H - 9 * mm, W, 2.5 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont("XSans-Bold", 7.5)
            canvas.drawString(doc.leftMargin, H - 15 * mm, "ORIGINAL RESEARCH")
            canvas.setFont("XSans-Regular", 7.5)
            canvas.drawRightString(W - doc.rightMargin, H - 15 * mm, f"{study.journal} {study.volume}")
            canvas.line(doc.leftMargin, H - 16.5 * mm, W - doc.rightMargin, H - 16.5 * mm)
            canvas.line(doc.leftMargin, 15 * mm, W - doc.rightMargin, 15 * mm)
            canvas.setFont("XSans-Regular", 7)
            canvas.drawString(doc.leftMargin, 11 * mm, f"© {study.year} The Authors. {study.journal}.")
            canvas.drawRightString(W - doc.rightMargin, 11 * mm, f"{d.page}")
            if d.page == 1 and study.footnote:
                canvas.drawString(doc.leftMargin, 7 * mm, study.footnote)
        canvas.restoreState()

    LW, LH = landscape(A4)

    def land(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSans-Regular", 7.5)
        canvas.drawString(20 * mm, LH - 12 * mm, f"{study.short_title} — landscape table")
        canvas.drawRightString(LW - 20 * mm, 10 * mm, str(d.page))
        canvas.restoreState()

    doc.addPageTemplates([
        PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")], onPage=portrait),
        PageTemplate("land", [Frame(20 * mm, 18 * mm, LW - 40 * mm, LH - 36 * mm, id="lf")], onPage=land,
                     pagesize=(LW, LH)),
    ])
    story: list = []
    story.append(_para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(_para(f"DOI: {study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 6))
    story.append(_para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("<sup>1,*</sup>" if i == 0 else f"<sup>{1 + i % len(study.affiliations)}</sup>")
                      for i, (g, s) in enumerate(study.authors))
    story.append(_para(names, st["authors"], study, "authors"))
    for i, a in enumerate(study.affiliations, 1):
        story.append(_para(f"<sup>{i}</sup> {a}", st["small"], study, f"affil{i}"))
    story.append(Spacer(1, 6))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
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
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                parts = [cap, _bbb_table(spec, study, st, f"tab:{label}")]
                if spec.get("foot"):
                    parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
                story.append(_together(parts, study, f"tab:{label}"))
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, fw), cap], study, f"fig:{label}"))
            elif block[0] == "wtable":
                story += _wtable_flow(block, study, st, fw, LW - 40 * mm)
            else:
                raise ValueError(f"{study.stem}: unknown block {block[0]!r}")
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages


def _wtable_flow(block: tuple, study: Study, st: dict, fw: float, lw: float) -> list:
    _, label, caption, spec = block
    out: list = []
    width = lw if spec.get("landscape") else fw
    if spec.get("landscape"):
        out += [NextPageTemplate("land"), PageBreak()]
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    split = spec.get("split") or len(spec["rows"])
    first, rest = spec["rows"][:split], spec["rows"][split:]
    tail = [_para(spec["foot"], st["caption"], study, f"foot:{label}")] if spec.get("foot") else []
    t0 = _wtable(spec, first, study, st, width, f"wt:{label}:0")
    out.append(_together([cap, t0] + ([] if rest else tail), study, f"wt:{label}:0"))
    if rest:
        out.append(PageBreak())
        cont = _para(f"<b>{label}</b> (continued)", st["caption"], study, None)
        t1 = _wtable(spec, rest, study, st, width, f"wt:{label}:1")
        out.append(_together([cont, t1] + tail, study, f"wt:{label}:1"))
    if spec.get("landscape"):
        out += [NextPageTemplate("main"), PageBreak()]
    return out


# ---------------------------------------------------------------- JATS for world tables

_PH = "WORLDTABLEPLACEHOLDER"


def _wtable_xml(block: tuple, study: Study, n: int) -> str:
    _, label, caption, spec = block
    head = []
    for row in spec["head"]:
        cells = []
        for c in row:
            text, span = (c, 1) if isinstance(c, str) else c
            attr = f' colspan="{span}"' if span > 1 else ""
            cells.append(f"<th{attr}>{inline(text, study)}</th>")
        head.append("<tr>" + "".join(cells) + "</tr>")
    body = ["<tr>" + "".join(f"<td>{inline(c, study)}</td>" for c in r) + "</tr>" for r in spec["rows"]]
    foot = f"<table-wrap-foot><p>{inline(spec['foot'], study)}</p></table-wrap-foot>" if spec.get("foot") else ""
    orient = ' orientation="landscape"' if spec.get("landscape") else ""
    return (f'<table-wrap id="W{n}" position="float"{orient}><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{"".join(head)}</thead>\n<tbody>\n'
            + "\n".join(body) + f"\n</tbody></table>{foot}</table-wrap>")


def render_world_xml(study: Study) -> str:
    """JATS via the external renderer, with world tables rendered as ``table-wrap`` in place."""
    tables: list[str] = []
    sections = []
    for sec_type, heading, blocks in study.sections:
        new = []
        for b in blocks:
            if not isinstance(b, str) and b[0] == "wtable":
                tables.append(_wtable_xml(b, study, len(tables) + 1))
                new.append(f"{_PH}{len(tables)}")
            else:
                new.append(b)
        sections.append((sec_type, heading, new))
    shadow = Study(**{**study.__dict__, "sections": sections})
    xml = render_xml(shadow)
    for i, t in enumerate(tables, 1):
        xml, k = re.subn(rf"<p>{_PH}{i}</p>", lambda _m, t=t: t, xml)
        if k != 1:
            raise ValueError(f"{study.stem}: world table {i} placeholder not found")
    return xml
