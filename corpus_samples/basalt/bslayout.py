"""Basalt's own PDF/JATS habits on top of the external renderer (imported, not copied).

Two layouts of our own, used for some papers:

- ``memo``:  A4, one column, sans serif, ragged right, a shaded box around the abstract,
  running footer "<journal> | doi" and "Page n" at the bottom right;
- ``band``:  A4, serif, two columns on every page including the first (title block across
  the top of page 1 only), thin rule between columns, page number top outside corner.

Both layouts accept one extra block kind besides the renderer's own:
``("mtable", label, caption, rows)``: a methods table whose cells are markup strings
(first row = header). Quotes inside cells are gold evidence like any prose.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from xml.sax.saxutils import escape

from extgen.model import Study
from extgen.render_pdf import _bbb_table, _Doc, _figure, _para, _register_fonts, _styles, _together
from extgen.render_xml import inline, render_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

LAYOUTS = ("memo", "band")


def _mtable(rows: list[list[str]], study: Study, st: dict, width: float) -> Table:
    cell = st["cell"]
    bold = cell.clone("mhead", fontName=cell.fontName.split("-")[0] + "-Bold")
    data = [[_para(c, bold if r == 0 else cell, study, None) for c in row] for r, row in enumerate(rows)]
    ncol = len(rows[0])
    first = width * (0.28 if ncol > 1 else 1.0)
    widths = [first] + [(width - first) / max(ncol - 1, 1)] * (ncol - 1)
    t = Table(data, colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#f3f3f3")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def render_pdf_basalt(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and block pages for a study in one of :data:`LAYOUTS` (same keys as extgen)."""
    if study.layout not in LAYOUTS:
        raise ValueError(study.layout)
    _register_fonts()
    memo = study.layout == "memo"
    st = _styles("twocol" if memo else "single")  # sans for memo, serif for band
    if not memo:  # band: no paragraph indent, tighter body
        for k in ("body", "abstract"):
            st[k] = st[k].clone(k + "b", fontSize=9.5, leading=12.2, firstLineIndent=0, alignment=4,
                                leftIndent=0, rightIndent=0)
    buf = io.BytesIO()
    doc = _Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
               leftMargin=22 * mm if memo else 15 * mm, rightMargin=22 * mm if memo else 15 * mm,
               topMargin=20 * mm, bottomMargin=24 * mm)
    W, H = A4
    fw, fh = doc.width, doc.height
    fam = "XSans" if memo else "XSerif"

    def deco(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if memo:
            canvas.setFont(f"{fam}-Regular", 7.5)
            canvas.drawString(doc.leftMargin, 12 * mm, f"{study.journal} | doi:{study.doi}")
            canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
            if d.page == 1 and study.footnote:
                canvas.drawString(doc.leftMargin, 16 * mm, study.footnote)
        else:
            canvas.setFont(f"{fam}-Bold", 9)
            x = W - doc.rightMargin if d.page % 2 else doc.leftMargin
            (canvas.drawRightString if d.page % 2 else canvas.drawString)(x, H - 12 * mm, str(d.page))
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawCentredString(W / 2, H - 12 * mm, study.short_title)
            cx = doc.leftMargin + fw / 2
            top = doc.bottomMargin + (fh - 300 if d.page == 1 else fh)
            canvas.setLineWidth(0.3)
            canvas.line(cx, doc.bottomMargin, cx, top)
            if d.page == 1 and study.footnote:
                canvas.setFont(f"{fam}-Regular", 7)
                canvas.drawString(doc.leftMargin, 14 * mm, study.footnote)
        canvas.restoreState()

    gap = 8 * mm
    cw = (fw - gap) / 2
    if memo:
        doc.addPageTemplates([PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="m")],
                                           onPage=deco)])
        body_w = fw
    else:
        top_h = 300
        first = [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top"),
                 Frame(doc.leftMargin, doc.bottomMargin, cw, fh - top_h, id="a1"),
                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh - top_h, id="a2")]
        later = [Frame(doc.leftMargin, doc.bottomMargin, cw, fh, id="b1"),
                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh, id="b2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=deco),
                              PageTemplate("later", later, onPage=deco)])
        body_w = cw

    story: list = [
        _para(f"{study.journal} · Vol. {study.volume} · {study.year}", st["small"], study, "journal"),
        _para(f"DOI: {study.doi}", st["small"], study, "doi"), Spacer(1, 4),
        _para(study.title, st["title"], study, "title"),
        _para(", ".join(f"{g} {s}" for g, s in study.authors), st["authors"], study, "authors"),
        _para(" · ".join(study.affiliations), st["small"], study, "affil"), Spacer(1, 4)]
    abs_parts = []
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ""
        abs_parts.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    abs_parts.append(_para("<i>Key words</i>: " + ", ".join(study.keywords), st["small"], study, "kwd"))
    if memo:
        box = _together(abs_parts, study, "absbox")
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef2f6")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        story.append(box)
    else:
        story += abs_parts
        story += [NextPageTemplate("later"), FrameBreak()]
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(f"{si + 1}. {heading}" if memo else heading.upper(), st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "mtable":
                _, label, caption, rows = block
                cap = _para(f"<b>{label}</b> {caption}", st["caption"], study, key)
                story.append(_together([cap, _mtable(rows, study, st, body_w)], study, key))
            elif block[0] == "table":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}</b> {caption}", st["caption"], study, f"cap:{label}")
                parts = [cap, _bbb_table(spec, study, st, f"tab:{label}")]
                if spec.get("foot"):
                    parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
                story.append(_together(parts, study, f"tab:{label}"))
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, body_w), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}:</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References" if memo else "REFERENCES", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages


def flatten_mtables(study: Study) -> Study:
    """The study with each methods table as one prose block (for the gold walk over blocks)."""
    def flat(b: object) -> object:
        if isinstance(b, tuple) and b[0] == "mtable":
            return " ".join([b[2]] + [c for row in b[3] for c in row])
        return b
    return replace(study, sections=[(t, h, [flat(b) for b in bl]) for t, h, bl in study.sections])


def render_xml_basalt(study: Study) -> str:
    """JATS via the extgen renderer; methods tables become ``table-wrap`` elements."""
    tables: dict[str, str] = {}

    def mark(b: object) -> object:
        if isinstance(b, tuple) and b[0] == "mtable":
            n = len(tables) + 1
            _, label, caption, rows = b
            head = "".join(f"<th>{inline(c, study)}</th>" for c in rows[0])
            body = "\n".join("<tr>" + "".join(f"<td>{inline(c, study)}</td>" for c in r) + "</tr>" for r in rows[1:])
            tables[f"@@MT{n}@@"] = (
                f'<table-wrap id="MT{n}" position="float"><label>{escape(label)}</label>'
                f"<caption><p>{inline(caption, study)}</p></caption>\n"
                f'<table frame="hsides" rules="groups"><thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n'
                f"</tbody></table></table-wrap>")
            return f"@@MT{n}@@"
        return b
    marked = replace(study, sections=[(t, h, [mark(b) for b in bl]) for t, h, bl in study.sections])
    xml = render_xml(marked)
    for ph, tw in tables.items():
        xml, k = re.subn(rf"<p>{re.escape(ph)}</p>", lambda _m, tw=tw: tw, xml)
        if k != 1:
            raise ValueError(f"{study.stem}: methods table placeholder {ph} placed {k} times")
    return xml
