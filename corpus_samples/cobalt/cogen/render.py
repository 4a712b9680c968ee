"""What cobalt adds to the external corpus renderer (``corpus_samples/external/extgen``).

- **Study-design tables**: a table block whose spec carries ``"design": [header, *rows]``
  holds free cells (group, n, treatment, dose, route, timing) instead of scores. Cells may
  carry ``{{field|quote}}`` markers; their quotes are on the table's page. ``install()``
  teaches the external PDF/XML renderers and the external gold builder about them.
- **Two layouts of our own**:
  ``preprint`` = US Letter, one column, wide leading, continuous line numbers in the left
  margin, a preprint-server banner with the DOI on every page, and all tables and figures
  gathered after the references ("Tables and figure legends");
  ``sidebar`` = A4, an article-info sidebar beside the abstract on page 1 (dates, keywords,
  abbreviations), unequal columns (wide main column, narrow outer column) on later pages,
  and a footer carrying the licence line and "Page n".
"""

from __future__ import annotations

import io
from typing import Any

from extgen import render_pdf as rp
from extgen import render_xml as rx
from extgen.model import Study
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

_ORIG_PDF_TABLE = rp._bbb_table
_ORIG_XML_TABLE = rx._table


def design_cells(spec: dict) -> list[str]:
    """Every cell markup of a design table (header included)."""
    return [c for row in spec.get("design", []) for c in row]


def _pdf_table(spec: dict, study: Study, st: dict, key: str) -> Table:
    if "design" not in spec:
        return _ORIG_PDF_TABLE(spec, study, st, key)
    rows = [[Paragraph(rp._rl(c, study), st["cell"]) for c in row] for row in spec["design"]]
    t = Table(rows, hAlign="LEFT", colWidths=spec.get("widths"))
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def _xml_table(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    if "design" not in spec:
        return _ORIG_XML_TABLE(label, caption, spec, study, tid)
    head, *body = spec["design"]
    th = "".join(f"<th>{rx.inline(c, study)}</th>" for c in head)
    tb = "\n".join("<tr>" + "".join(f"<td>{rx.inline(c, study)}</td>" for c in r) + "</tr>" for r in body)
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{rx.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{rx.escape(label)}</label>'
            f"<caption><p>{rx.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead><tr>{th}</tr></thead>\n<tbody>\n{tb}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


def install(ext_generate: Any) -> None:
    """Make the external renderers and gold builder understand design tables."""
    rp._bbb_table = _pdf_table
    rx._table = _xml_table
    orig_blocks = ext_generate._blocks

    def blocks(study: Study) -> list[tuple[str, str]]:
        out = orig_blocks(study)
        for _t, _h, bl in study.sections:
            for b in bl:
                if not isinstance(b, str) and b[0] == "table" and "design" in b[3]:
                    out += [(f"tab:{b[1]}", c) for c in design_cells(b[3])]
        return out

    ext_generate._blocks = blocks


def render(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and block pages, in the external layouts or in ours."""
    if study.layout in ("single", "twocol"):
        return rp.render_pdf(study)
    return _render_own(study)


def _float(block: Any, study: Study, st: dict, width: float) -> Any:
    _, label, caption, spec = block
    cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    if block[0] == "table":
        parts = [cap, rp._bbb_table(spec, study, st, f"tab:{label}")]
        if spec.get("foot"):
            parts.append(rp._para(spec["foot"], st["caption"], study, f"foot:{label}"))
        return rp._together(parts, study, f"tab:{label}")
    return rp._together([rp._figure(spec, study, width), cap], study, f"fig:{label}")


def _render_own(study: Study) -> tuple[bytes, dict[str, int]]:
    rp._register_fonts()
    preprint = study.layout == "preprint"
    st = rp._styles("single" if preprint else "twocol")
    if preprint:  # manuscript habit: generous leading, ragged right
        for name in ("body", "abstract", "caption", "cell"):
            st[name].leading = st[name].fontSize * 1.8
            st[name].alignment = 0
    size = LETTER if preprint else A4
    buf = io.BytesIO()
    doc = rp._Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
                  leftMargin=28 * mm if preprint else 15 * mm, rightMargin=22 * mm if preprint else 15 * mm,
                  topMargin=24 * mm, bottomMargin=20 * mm)
    W, H = size
    fw, fh = doc.width, doc.height
    fam = "XSerif" if preprint else "XSans"

    def decorate(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if preprint:
            canvas.setFont("XSans-Regular", 7)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawCentredString(W / 2, H - 10 * mm, f"preprint doi: https://doi.org/{study.doi}; this version "
                                     f"posted {study.received}. Not peer reviewed.")
            canvas.setFont("XSerif-Regular", 7)
            step = st["body"].leading
            y, n = H - doc.topMargin - step, (d.page - 1) * 40 + 1
            while y > doc.bottomMargin and n % 40:
                canvas.drawRightString(doc.leftMargin - 6 * mm, y, str(n))
                y, n = y - step, n + 1
            canvas.setFillColor(colors.black)
            canvas.setFont("XSerif-Regular", 9)
            canvas.drawRightString(W - doc.rightMargin, 10 * mm, str(d.page))
            if d.page == 1 and study.footnote:
                canvas.setFont("XSerif-Italic", 7.5)
                canvas.drawString(doc.leftMargin, 14 * mm, study.footnote)
        else:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.line(doc.leftMargin, 15 * mm, W - doc.rightMargin, 15 * mm)
            canvas.drawString(doc.leftMargin, 11 * mm, f"© {study.year} The Authors. {study.journal}. "
                              f"https://doi.org/{study.doi}")
            canvas.drawRightString(W - doc.rightMargin, 11 * mm, f"Page {d.page}")
            if d.page == 1 and study.footnote:
                canvas.drawString(doc.leftMargin, 7 * mm, study.footnote)
        canvas.restoreState()

    story: list = []
    story.append(rp._para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(rp._para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 4))
    story.append(rp._para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(rp._para(names, st["authors"], study, "authors"))
    story.append(rp._para("; ".join(study.affiliations), st["small"], study, "affil"))
    gap = 6 * mm
    if preprint:
        doc.addPageTemplates([PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")],
                                           onPage=decorate)])
        story.append(Spacer(1, 6))
        story.append(rp._para("<b>Abstract</b>", st["h1"], study, "abshead"))
    else:
        top_h, side_w = 150, 52 * mm
        first = [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top"),
                 Frame(doc.leftMargin, doc.bottomMargin, side_w, fh - top_h, id="side"),
                 Frame(doc.leftMargin + side_w + gap, doc.bottomMargin, fw - side_w - gap, fh - top_h, id="main1")]
        wide = (fw - gap) * 0.64
        later = [Frame(doc.leftMargin, doc.bottomMargin, wide, fh, id="wide"),
                 Frame(doc.leftMargin + wide + gap, doc.bottomMargin, fw - wide - gap, fh, id="narrow")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=decorate),
                              PageTemplate("later", later, onPage=decorate)])
        story.append(FrameBreak())
        info = [("Article history", [f"Received {study.received}"]), ("Keywords", study.keywords)]
        info += [(h, [t]) for h, t in getattr(study, "sidebar", [])]
        for i, (head, lines) in enumerate(info):
            story.append(rp._para(f"<b>{head}</b>", st["small"], study, f"sidehead{i}"))
            story += [rp._para(t, st["small"], study, f"side{i}.{j}") for j, t in enumerate(lines)]
            story.append(Spacer(1, 4))
        story.append(FrameBreak())
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ""
        story.append(rp._para(lead + text, st["abstract"], study, f"abs{i}"))
    if preprint:
        story.append(rp._para("<b>Keywords:</b> " + ", ".join(study.keywords), st["small"], study, "kwd"))
    else:
        story.append(NextPageTemplate("later"))
    floats: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(rp._para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(rp._para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(rp._para(block[1], st["h2"], study, key))
            elif preprint:  # manuscripts gather floats at the end
                floats.append(block)
            else:
                width = (fw - gap) * 0.64
                story.append(_float(block, study, st, width))
    for i, (heading, text) in enumerate(study.back):
        story.append(rp._para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(rp._para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(rp._para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    if floats:
        story.append(rp._para("Tables and figure legends", st["h1"], study, "floats"))
        for block in floats:
            story += [_float(block, study, st, fw), Spacer(1, 10)]
    doc.build(story)
    return buf.getvalue(), doc.pages
