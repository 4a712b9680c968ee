"""PDF and JATS rendering for the grid corpus, on top of the external renderer.

``single`` and ``twocol`` papers go through ``extgen.render_pdf.render_pdf`` unchanged; only
its table builder is swapped for one that also draws ``GridTable`` specs (multi-row headers,
spans, marks, footnotes). Two layouts of our own are added here:

- ``manuscript``: an accepted-manuscript PDF: A4, double-spaced serif, continuous line
  numbers in the left margin, "Accepted manuscript" running head, tables each on a page of
  their own after the references, figure legends collected at the end;
- ``report``: a house style with a running footer (journal | DOI | page), tables drawn in a
  ruled box with the caption *below*, a table continued on the next page under a repeated
  header ("Table 2 (continued)"), and a landscape page for a wide table.
"""

from __future__ import annotations

import io
from typing import Any

import extgen.render_pdf as rp
import extgen.render_xml as rx
from extgen.model import Study
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

from gridgen.grid import GridTable, jats_table

_ORIGINAL_PDF_TABLE = rp._bbb_table
_ORIGINAL_XML_TABLE = rx._table


def grid_flowable(t: GridTable, st: dict[str, ParagraphStyle], key: str, part: int | None = None) -> Table:
    """A reportlab table for a ``GridTable`` (``part`` 1/2 = before/after ``split_at``)."""
    rows = t.rows()
    nhead = len(t.head)
    body = rows[nhead:]
    spans = list(t.spans)
    if part is not None and t.split_at is not None:
        body = body[: t.split_at] if part == 1 else body[t.split_at :]
        # spans reaching into body rows are not used by split tables (headers only)
        spans = [s for s in spans if s[3] < nhead]
    cell = st["cell"]
    fam = cell.fontName.split("-")[0]
    wrap = ParagraphStyle("gcell", parent=cell, leading=cell.fontSize * 1.2, spaceAfter=0)
    data: list[list[Any]] = []
    for ri, row in enumerate([*rows[:nhead], *body]):
        out: list[Any] = []
        for ci, c in enumerate(row):
            if ci == 0 and t.col_widths and ri >= nhead and len(c.text) > 24:
                out.append(Paragraph(rp.escape(c.text), wrap))  # long group labels wrap in the cell
            else:
                out.append(c.text)
        data.append(out)
    tab = Table(data, colWidths=t.col_widths, hAlign="LEFT", repeatRows=nhead)
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize),
        ("FONT", (0, 0), (-1, nhead - 1), f"{fam}-Bold", cell.fontSize),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if t.bold_first_col:
        cmds.append(("FONT", (0, nhead), (0, -1), f"{fam}-Bold", cell.fontSize))
    for ri, row in enumerate([*rows[:nhead], *body]):
        for ci, c in enumerate(row):
            if c.bold and ri >= nhead:
                cmds.append(("FONT", (ci, ri), (ci, ri), f"{fam}-Bold", cell.fontSize))
    for c0, r0, c1, r1 in spans:
        cmds.append(("SPAN", (c0, r0), (c1, r1)))
        if r1 < nhead and c1 > c0:
            cmds.append(("ALIGN", (c0, r0), (c1, r1), "CENTER"))
            cmds.append(("LINEBELOW", (c0, r1), (c1, r1), 0.3, colors.black))
    if t.rules == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.black))
    else:
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                 ("LINEBELOW", (0, nhead - 1), (-1, nhead - 1), 0.4, colors.black),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
    tab.setStyle(TableStyle(cmds))
    tab._key = key  # type: ignore[attr-defined]
    return tab


def _pdf_table(spec: dict, study: Study, st: dict[str, ParagraphStyle], key: str) -> Table:
    if "grid" in spec:
        return grid_flowable(spec["grid"], st, key)
    return _ORIGINAL_PDF_TABLE(spec, study, st, key)


def _xml_table(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    if "grid" not in spec:
        return _ORIGINAL_XML_TABLE(label, caption, spec, study, tid)
    foot = spec.get("foot")
    foot_xml = f"<p>{rx.inline(foot, study)}</p>" if foot else ""
    return jats_table(spec["grid"], label, rx.inline(caption, study), foot_xml, tid)


# The external modules look their table builders up at call time: route grid specs to ours.
rp._bbb_table = _pdf_table
rx._table = _xml_table


def render_xml(study: Study) -> str:
    return rx.render_xml(study)


def render_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block (keys as in ``extgen.render_pdf``).

    A table continued on the next page records its second part as ``tab:<label>#2``.
    """
    if study.layout in ("single", "twocol"):
        return rp.render_pdf(study)
    return _render_own(study)


def _own_styles(study: Study) -> dict[str, ParagraphStyle]:
    if study.layout == "manuscript":
        st = rp._styles("single")
        for k in ("body", "abstract"):
            st[k] = ParagraphStyle(k + "ms", parent=st[k], fontSize=11, leading=22, alignment=0,
                                   firstLineIndent=0, leftIndent=0, rightIndent=0, spaceAfter=11)
        st["cell"] = ParagraphStyle("cellms", parent=st["cell"], fontSize=10)
        st["caption"] = ParagraphStyle("capms", parent=st["caption"], fontSize=11, leading=22)
        return st
    st = rp._styles("twocol")
    st["body"] = ParagraphStyle("bodyrep", parent=st["body"], fontSize=9.5, leading=13, alignment=4)
    return st


def _render_own(study: Study) -> tuple[bytes, dict[str, int]]:
    rp._register_fonts()
    st = _own_styles(study)
    buf = io.BytesIO()
    ms = study.layout == "manuscript"
    doc = rp._Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
                  leftMargin=30 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=22 * mm)

    fam = "XSerif" if ms else "XSans"
    line_no = {"n": 0}

    def decorate(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        pw, ph = canvas._pagesize
        if ms:
            canvas.setFont(f"{fam}-Regular", 8)
            canvas.drawString(doc.leftMargin, ph - 13 * mm, "ACCEPTED MANUSCRIPT")
            canvas.drawRightString(pw - doc.rightMargin, ph - 13 * mm, study.short_title)
            canvas.setFont(f"{fam}-Regular", 9)
            canvas.drawRightString(pw - doc.rightMargin, 10 * mm, f"Page {d.page}")
            # continuous line numbers down the left margin, one per double-spaced line
            canvas.setFont(f"{fam}-Regular", 7)
            y = ph - doc.topMargin - 16
            while y > doc.bottomMargin:
                line_no["n"] += 1
                canvas.drawRightString(doc.leftMargin - 9 * mm, y, str(line_no["n"]))
                y -= 22
        else:
            canvas.setFont(f"{fam}-Regular", 7.5)
            canvas.line(doc.leftMargin, 15 * mm, pw - doc.rightMargin, 15 * mm)
            canvas.drawString(doc.leftMargin, 11 * mm, f"{study.journal} | https://doi.org/{study.doi}")
            canvas.drawRightString(pw - doc.rightMargin, 11 * mm, f"Page {d.page}")
            if d.page > 1:
                canvas.setFont(f"{fam}-Italic", 7.5)
                canvas.drawString(doc.leftMargin, ph - 12 * mm, f"{study.first_author} et al.")
        if d.page == 1 and study.footnote:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.drawString(doc.leftMargin, 16.5 * mm if ms else 18 * mm, study.footnote)
        canvas.restoreState()

    fw, fh = doc.width, doc.height
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="m")], onPage=decorate),
        PageTemplate("land", [Frame(20 * mm, 24 * mm, lw - 40 * mm, lh - 44 * mm, id="l")], onPage=decorate,
                     pagesize=(lw, lh)),
    ])

    def para(markup: str, style: str, key: str | None) -> Paragraph:
        return rp._para(markup, st[style], study, key)

    story: list = []
    if ms:
        story.append(para(f"Accepted for publication in <i>{study.journal}</i> ({study.year}). "
                          f"This is the authors' accepted manuscript; doi: {study.doi}", "small", "journal"))
        story.append(para(f"https://doi.org/{study.doi}", "small", "doi"))
    else:
        story.append(para(f"<i>{study.journal}</i> {study.year}; {study.volume}", "small", "journal"))
        story.append(para(f"https://doi.org/{study.doi}", "small", "doi"))
    story.append(Spacer(1, 8))
    story.append(para(study.title, "title", "title"))
    story.append(para(", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors)),
                      "authors", "authors"))
    story.append(para("; ".join(study.affiliations), "small", "affil"))
    story.append(Spacer(1, 8))
    if ms:
        story.append(PageBreak())
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(para(lead + text, "abstract", f"abs{i}"))
    story.append(para("<b>Keywords:</b> " + "; ".join(study.keywords), "small", "kwd"))
    deferred: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(para(heading, "h1", f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(para(block, "body", key))
            elif block[0] == "h":
                story.append(para(block[1], "h2", key))
            elif block[0] == "table":
                (deferred if ms else story).extend(_table_story(block, study, st, ms))
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = para(f"<b>{label}.</b> {caption}", "caption", f"cap:{label}")
                fig = rp._figure(spec, study, fw)
                (deferred if ms else story).append(rp._together([cap, fig] if ms else [fig, cap], study,
                                                                f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(para(f"<b>{heading}.</b> {text}", "small", f"back{i}"))
    story.append(para("References", "h1", "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(para(f"{i}. {ref}", "small", f"ref{i}"))
    for flow in deferred:  # accepted manuscripts put every table and figure on a page of its own
        story += [PageBreak(), flow] if not isinstance(flow, (PageBreak, NextPageTemplate)) else [flow]
    doc.build(story)
    return buf.getvalue(), doc.pages


def _table_story(block: tuple, study: Study, st: dict[str, ParagraphStyle], ms: bool) -> list:
    _, label, caption, spec = block
    cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    foot = rp._para(spec["foot"], st["caption"], study, f"foot:{label}") if spec.get("foot") else None
    t: GridTable | None = spec.get("grid")
    if t is None:
        return [rp._together([cap, rp._bbb_table(spec, study, st, f"tab:{label}")], study, f"tab:{label}")]
    if t.split_at is not None:
        first = grid_flowable(t, st, f"tab:{label}", part=1)
        cont = rp._para(f"<b>{label}</b> (continued)", st["caption"], study, None)
        second = grid_flowable(t, st, f"tab:{label}#2", part=2)
        tail = [second] + ([foot] if foot else [])
        return [rp._together([cap, first], study, f"tab:{label}"), PageBreak(),
                rp._together([cont, *tail], study, f"tab:{label}#2")]
    tab = grid_flowable(t, st, f"tab:{label}")
    parts = [tab, *([foot] if foot else []), cap] if spec.get("below") else [cap, tab, *([foot] if foot else [])]
    box = rp._together(parts, study, f"tab:{label}")
    if spec.get("box") and not ms:
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
    if spec.get("landscape") and not ms:
        return [NextPageTemplate("land"), PageBreak(), box, NextPageTemplate("main"), PageBreak()]
    return [box]
