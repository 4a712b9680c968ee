"""Layout habits the external renderer lacks, for the sealed set (PDF and matching JATS tables).

Three page layouts, chosen by ``Study.layout``:

- ``manuscript``: an accepted author manuscript: A4, double-spaced serif, continuous line
  numbers in the left margin, "Accepted manuscript" running head, tables and figures
  gathered after the references, each starting on a new page;
- ``threecol``: US Letter, small sans serif, full-width title block then three columns,
  a running header with journal and volume and a running footer with licence text;
- ``journal``: A4, one column, running header and footer, and any table whose spec has
  ``"landscape": True`` set on its own landscape page.

Table habits, set in a table's spec (any of the three layouts):

- ``"merged": "BBB score (mean ± SD)"``: a two-row header, that cell spanning the score
  columns (days across, or groups across when ``orient == "rows"``);
- ``"marks": {(group, day): "*"}``: footnote markers printed after the cell value
  (explained in ``"foot"``);
- ``"split": k``: the table breaks after k data rows and continues on the next page under
  "Table n (continued)" with its header repeated.

Every block's page is recorded under the same keys as ``extgen.render_pdf`` and every
table cell under ``cell:<label>:<group>@<day>`` so rows of a continued table get their
own page. Paragraphs never split, so each quote lies on exactly one page.
"""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts
from extgen.render_xml import inline
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
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

CUSTOM_LAYOUTS = ("manuscript", "threecol", "journal")


def _styles(layout: str) -> dict[str, ParagraphStyle]:
    fam = "XSans" if layout == "threecol" else "XSerif"
    size = {"manuscript": 11.0, "threecol": 8.0, "journal": 10.0}[layout]
    leading = 22.0 if layout == "manuscript" else size * 1.3
    # Manuscript spacing is a whole number of lines so text stays on the line-number grid.
    after = 0 if layout == "manuscript" else size * 0.5
    body = ParagraphStyle("body", fontName=f"{fam}-Regular", fontSize=size, leading=leading,
                          alignment=0 if layout == "manuscript" else 4, spaceAfter=after,
                          firstLineIndent=24 if layout == "manuscript" else (8 if layout == "threecol" else 14))
    small = size - (1 if layout == "threecol" else 1.5)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=f"{fam}-Bold", fontSize=size + 6,
                                leading=(size + 6) * (1.9 if layout == "manuscript" else 1.2), alignment=0,
                                firstLineIndent=0, spaceAfter=8),
        "authors": ParagraphStyle("authors", parent=body, fontSize=size + 0.5, alignment=0, firstLineIndent=0),
        "small": ParagraphStyle("small", parent=body, fontSize=small, alignment=0, firstLineIndent=0,
                                leading=leading if layout == "manuscript" else small * 1.3),
        "abstract": ParagraphStyle("abstract", parent=body, firstLineIndent=0,
                                   fontName=f"{fam}-Regular" if layout != "threecol" else f"{fam}-Regular"),
        "h1": ParagraphStyle("h1", parent=body, fontName=f"{fam}-Bold", fontSize=size + 1, firstLineIndent=0,
                             alignment=0, spaceBefore=0 if layout == "manuscript" else 6, spaceAfter=after or 3),
        "h2": ParagraphStyle("h2", parent=body, fontName=f"{fam}-BoldItalic" if layout == "threecol" else f"{fam}-Italic",
                             firstLineIndent=0, alignment=0, spaceAfter=after or 2),
        "caption": ParagraphStyle("caption", parent=body, fontSize=small, leading=small * 1.35,
                                  firstLineIndent=0, alignment=0, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=body, fontSize=small, firstLineIndent=0),
    }


# --------------------------------------------------------------------------- tables

def _grid(spec: dict, study: Study) -> tuple[list[list[str]], list[list[str]], list[list[tuple[str, float]]]]:
    """(header rows, data rows, (group, day) of every data cell per row) of a score table."""
    s = study.scores
    days, groups = spec["days"], spec["groups"]
    marks = spec.get("marks", {})

    def cell(g: str, d: float) -> str:
        return s.cell(g, d) + marks.get((g, d), "")

    across = [spec["day_fmt"](d) for d in days] if spec["orient"] != "rows" else list(groups)
    corner = spec.get("corner", "Time" if spec["orient"] == "rows" else "Group")
    if spec.get("merged"):
        head = [[corner, spec["merged"]] + [""] * (len(across) - 1), [""] + across]
    else:
        head = [[corner] + across]
    if spec["orient"] == "rows":
        rows = [[spec["day_fmt"](d)] + [cell(g, d) for g in groups] for d in days]
        where = [[(g, d) for g in groups] for d in days]
    else:
        rows = [[g] + [cell(g, d) for d in days] for g in groups]
        where = [[(g, d) for d in days] for g in groups]
    return head, rows, where


def _table_part(head: list[list[str]], rows: list[list[str]], st: dict[str, ParagraphStyle],
                spec: dict) -> Table:
    t = Table(head + rows, hAlign="LEFT", repeatRows=len(head))
    fam = st["cell"].fontName.split("-")[0]
    nh = len(head)
    style = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, nh - 1), f"{fam}-Bold", st["cell"].fontSize),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if nh == 2:  # the spanning cell and the corner that covers both header rows
        style += [("SPAN", (1, 0), (-1, 0)), ("SPAN", (0, 0), (0, 1)), ("ALIGN", (1, 0), (-1, 0), "CENTER"),
                  ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.black), ("VALIGN", (0, 0), (0, 1), "BOTTOM")]
    if spec.get("zebra"):
        for i in range(nh, nh + len(rows), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#eeeeee")))
    t.setStyle(TableStyle(style))
    return t


def _boxed(parts: list, key: str) -> Table:
    box = Table([[p] for p in parts], hAlign="LEFT")
    box.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    box._key = key  # type: ignore[attr-defined]
    keys: list[str | None] = []
    for p in parts:
        keys += [getattr(p, "_key", None), *getattr(p, "_keys", [])]
    box._keys = keys  # type: ignore[attr-defined]
    return box


def _table_flowables(block: tuple, study: Study, st: dict[str, ParagraphStyle], page_break: Any) -> list:
    """Caption + table (+ continuation after ``page_break``) + footnote, keyed for the gold."""
    _, label, caption, spec = block
    head, rows, where = _grid(spec, study)
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    k = spec.get("split") or len(rows)
    first = _table_part(head, rows[:k], st, spec)
    first._keys = [f"cell:{label}:{g}@{d:g}" for r in where[:k] for g, d in r]  # type: ignore[attr-defined]
    foot = _para(spec["foot"], st["caption"], study, f"foot:{label}") if spec.get("foot") else None
    if k >= len(rows):
        return [_boxed([cap, first] + ([foot] if foot else []), f"tab:{label}")]
    rest = _table_part(head, rows[k:], st, spec)
    rest._keys = [f"cell:{label}:{g}@{d:g}" for r in where[k:] for g, d in r]  # type: ignore[attr-defined]
    cont = Paragraph(f"<b>{escape(label)} (continued)</b>", st["caption"])
    out = [_boxed([cap, first], f"tab:{label}"), page_break]
    out.append(_boxed([cont, rest] + ([foot] if foot else []), f"tabcont:{label}"))
    return out


def jats_table(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    """A JATS table-wrap with the spanning header cell and footnote markers as <sup>."""
    head, _rows, where = _grid({**spec, "marks": {}}, study)
    s = study.scores
    marks = spec.get("marks", {})
    if len(head) == 2:
        n = len(head[1]) - 1
        thead = (f'<tr><th rowspan="2">{escape(head[0][0])}</th><th colspan="{n}">{escape(head[0][1])}</th></tr>'
                 "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in head[1][1:]) + "</tr>")
    else:
        thead = "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in head[0]) + "</tr>"
    body = []
    for r in where:
        g0, d0 = r[0]
        first = spec["day_fmt"](d0) if spec["orient"] == "rows" else g0
        cells = "".join(f"<td>{escape(s.cell(g, d))}" + (f"<sup>{escape(marks[(g, d)])}</sup>" if (g, d) in marks else "")
                        + "</td>" for g, d in r)
        body.append(f"<tr><td>{escape(first)}</td>{cells}</tr>")
    foot = spec.get("foot")
    foot_xml = f'<table-wrap-foot><fn id="{tid}fn1"><p>{inline(foot, study)}</p></fn></table-wrap-foot>' if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{thead}</thead>\n<tbody>\n' + "\n".join(body)
            + f"\n</tbody></table>{foot_xml}</table-wrap>")


def patch_xml_tables(xml: str, study: Study) -> str:
    """Replace the generic JATS tables by ones with spanning headers / markers where specs ask."""
    n = 0
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "table":
                continue
            n += 1
            if not (b[3].get("merged") or b[3].get("marks")):
                continue
            pat = re.compile(rf'<table-wrap id="T{n}" position="float">.*?</table-wrap>', re.DOTALL)
            xml, k = pat.subn(lambda _m, b=b, n=n: jats_table(b[1], b[2], b[3], study, f"T{n}"), xml, count=1)
            if k != 1:
                raise SystemExit(f"{study.stem}: table T{n} not found in the JATS")
    return xml


# --------------------------------------------------------------------------- pages

def render_custom_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and pages of keyed blocks for the ``manuscript``, ``threecol`` and ``journal`` layouts."""
    _register_fonts()
    layout = study.layout
    st = _styles(layout)
    buf = io.BytesIO()
    size = LETTER if layout == "threecol" else A4
    margins = {"manuscript": (30 * mm, 25 * mm, 25 * mm, 25 * mm), "threecol": (13 * mm, 13 * mm, 20 * mm, 18 * mm),
               "journal": (22 * mm, 22 * mm, 24 * mm, 22 * mm)}[layout]
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=margins[0], rightMargin=margins[1], topMargin=margins[2], bottomMargin=margins[3])
    W, H = size
    fw, fh = doc.width, doc.height
    fam = "XSans" if layout == "threecol" else "XSerif"
    lead = st["body"].leading

    def decorate(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        pw, ph = canvas._pagesize
        if layout == "manuscript":
            canvas.setFont(f"{fam}-Italic", 8.5)
            canvas.drawString(doc.leftMargin, ph - 14 * mm, "ACCEPTED MANUSCRIPT")
            canvas.drawRightString(pw - doc.rightMargin, ph - 14 * mm, f"{study.first_author} et al.")
            canvas.setFont(f"{fam}-Regular", 9)
            canvas.drawRightString(pw - doc.rightMargin, 12 * mm, f"Page {d.page}")
            if getattr(d, "_numbered", True):
                # Continuous line numbers on a fixed grid (what submission systems stamp).
                canvas.setFont(f"{fam}-Regular", 7)
                canvas.setFillColor(colors.HexColor("#555555"))
                first_base = doc.bottomMargin + fh - 6 - st["body"].fontSize
                count = int((fh - 12) // lead)
                start = d._line_no
                for i in range(count):
                    canvas.drawRightString(doc.leftMargin - 8 * mm, first_base - i * lead, str(start + i))
                d._line_no = start + count
            if d.page == 1 and study.footnote:
                canvas.setFont(f"{fam}-Regular", 7.5)
                canvas.drawString(doc.leftMargin, 17 * mm, study.footnote)
        elif layout == "threecol":
            canvas.setFont(f"{fam}-Bold", 7.5)
            canvas.drawString(doc.leftMargin, ph - 12 * mm, f"{study.journal.upper()}")
            canvas.setFont(f"{fam}-Regular", 7.5)
            canvas.drawRightString(pw - doc.rightMargin, ph - 12 * mm, f"Vol. {study.volume} ({study.year})")
            canvas.setLineWidth(1.2)
            canvas.line(doc.leftMargin, ph - 13.5 * mm, pw - doc.rightMargin, ph - 13.5 * mm)
            canvas.setFont(f"{fam}-Regular", 6.5)
            canvas.drawString(doc.leftMargin, 10 * mm, f"© {study.year} The Authors. Published by Synthetic Test Press.")
            canvas.drawRightString(pw - doc.rightMargin, 10 * mm, f"{d.page}")
            if d.page == 1 and study.footnote:
                canvas.drawString(doc.leftMargin, 13.5 * mm, study.footnote)
        else:
            canvas.setFont(f"{fam}-Regular", 8)
            if d.page > 1:
                canvas.drawString(doc.leftMargin, ph - 13 * mm, study.short_title)
                canvas.drawRightString(pw - doc.rightMargin, ph - 13 * mm, f"{study.journal} {study.volume}")
            canvas.line(doc.leftMargin, 15 * mm, pw - doc.rightMargin, 15 * mm)
            canvas.drawString(doc.leftMargin, 11 * mm, f"{study.journal} · https://doi.org/{study.doi}")
            canvas.drawRightString(pw - doc.rightMargin, 11 * mm, str(d.page))
            if d.page == 1 and study.footnote:
                canvas.setFont(f"{fam}-Italic", 7.5)
                canvas.drawString(doc.leftMargin, 18 * mm, study.footnote)
        canvas.restoreState()

    doc._line_no = 1  # type: ignore[attr-defined]
    doc._numbered = True  # type: ignore[attr-defined]
    pad = dict(leftPadding=0, rightPadding=0, topPadding=6, bottomPadding=6)
    if layout == "threecol":
        gap, top_h = 5 * mm, 232
        cw = (fw - 2 * gap) / 3
        first = [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top", **pad)]
        first += [Frame(doc.leftMargin + i * (cw + gap), doc.bottomMargin, cw, fh - top_h, id=f"c{i}", **pad)
                  for i in range(3)]
        later = [Frame(doc.leftMargin + i * (cw + gap), doc.bottomMargin, cw, fh, id=f"l{i}", **pad) for i in range(3)]
        doc.addPageTemplates([PageTemplate("first", first, onPage=decorate),
                              PageTemplate("later", later, onPage=decorate)])
        col_w = cw
    else:
        templates = [PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f", **pad)],
                                  onPage=decorate)]
        LW, LH = landscape(A4)
        templates.append(PageTemplate("land", [Frame(22 * mm, 22 * mm, LW - 44 * mm, LH - 46 * mm, id="land", **pad)],
                                      onPage=decorate, pagesize=landscape(A4)))
        doc.addPageTemplates(templates)
        col_w = fw

    story: list = []
    if layout == "manuscript":
        story.append(_para(f"Accepted for publication in <i>{study.journal}</i>, {study.year}; {study.volume}",
                           st["small"], study, "journal"))
        story.append(_para(f"DOI: https://doi.org/{study.doi}", st["small"], study, "doi"))
    else:
        story.append(_para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
        story.append(_para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 4))
    story.append(_para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(_para(names, st["authors"], study, "authors"))
    story.append(_para("; ".join(study.affiliations), st["small"], study, "affil"))
    story.append(Spacer(1, 4))
    if layout == "manuscript":
        story.append(_para("Abstract", st["h1"], study, "abshead"))
    for i, (label, text) in enumerate(study.abstract):
        lead_in = f"<b>{label}.</b> " if label else ""
        story.append(_para(lead_in + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    if layout == "threecol":
        story += [NextPageTemplate("later"), FrameBreak()]
    elif layout == "manuscript":
        story.append(PageBreak())

    deferred: list[tuple] = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif layout == "manuscript":
                deferred.append(block)  # accepted manuscripts put tables and figures after the references
            else:
                story += _float(block, study, st, layout, col_w)
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    for block in deferred:
        story.append(PageBreak())
        story += _float(block, study, st, layout, col_w)
    doc.build(story)
    return buf.getvalue(), doc.pages


def _float(block: tuple, study: Study, st: dict[str, ParagraphStyle], layout: str, width: float) -> list:
    if block[0] == "figure":
        _, label, caption, spec = block
        cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
        fig = _figure(spec, study, min(width, 420))
        return [_boxed([fig, cap], f"fig:{label}")]
    spec = block[3]
    if spec.get("landscape") and layout != "threecol":
        out = [NextPageTemplate("land"), PageBreak()]
        out += _table_flowables(block, study, st, PageBreak())
        return out + [NextPageTemplate("main"), PageBreak()]
    return [CondPageBreak(40)] + _table_flowables(block, study, st, PageBreak())
