"""Layout habits the external renderer lacks, added for the amber corpus.

- ``dtable`` blocks: a study-design / group table whose cells are prose markup (they can
  carry ``{{field|quote}}`` markers), rendered in both the PDF and the JATS file;
- ``manuscript`` layout: an accepted-author-manuscript look — A4, double-spaced serif,
  line numbers down the left margin, an "Author manuscript" banner, and every table and
  figure legend collected after the references (as journals' submission systems do), so
  the legends are far from the results that cite them.

Both renderings are derived from the external renderer: the study is first turned into a
"shadow" study the external code understands (a design table becomes a figure-like block
for the gold, or a placeholder paragraph for the XML).
"""

from __future__ import annotations

import dataclasses
import io
from xml.sax.saxutils import escape

from extgen import render_pdf as rp
from extgen.model import Study
from extgen.render_xml import inline, render_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle


def _cells_markup(block: tuple) -> str:
    _, _label, caption, spec = block
    cells = [c for row in [spec["head"], *spec["rows"]] for c in row]
    return " ".join([caption, *cells, *([spec["foot"]] if spec.get("foot") else [])])


def gold_shadow(study: Study) -> Study:
    """The study with each design table as a figure-like block whose caption holds all cells
    (the external gold code then finds the cells' quotes under the key ``cap:<label>``)."""
    secs = [(t, h, [("figure", b[1], _cells_markup(b), {}) if isinstance(b, tuple) and b[0] == "dtable" else b
                    for b in blocks]) for t, h, blocks in study.sections]
    return dataclasses.replace(study, sections=secs)


def _dtable_xml(block: tuple, study: Study, tid: str) -> str:
    _, label, caption, spec = block
    th = "".join(f"<th>{inline(h, study)}</th>" for h in spec["head"])
    body = "\n".join("<tr>" + "".join(f"<td>{inline(c, study)}</td>" for c in r) + "</tr>" for r in spec["rows"])
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead><tr>{th}</tr></thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


def render_xml_amber(study: Study) -> str:
    """JATS for a study that may hold design tables (placeholders swapped after rendering)."""
    tables: dict[str, tuple] = {}
    secs = []
    for t, h, blocks in study.sections:
        out = []
        for b in blocks:
            if isinstance(b, tuple) and b[0] == "dtable":
                key = f"AMBERDTABLE{len(tables)}"
                tables[key] = b
                out.append(key)
            else:
                out.append(b)
        secs.append((t, h, out))
    xml = render_xml(dataclasses.replace(study, sections=secs))
    for i, (key, b) in enumerate(tables.items(), 1):
        xml = xml.replace(f"<p>{key}</p>", _dtable_xml(b, study, f"D{i}"))
    assert "AMBERDTABLE" not in xml
    return xml


def _dtable_pdf(block: tuple, study: Study, st: dict[str, ParagraphStyle], width: float) -> Table:
    _, label, caption, spec = block
    cell = st["cell"]
    head = ParagraphStyle("dhead", parent=cell, fontName=cell.fontName.split("-")[0] + "-Bold")
    data = [[rp._para(h, head, study, None) for h in spec["head"]]]
    data += [[rp._para(c, cell, study, None) for c in row] for row in spec["rows"]]
    n = len(spec["head"])
    widths = spec.get("widths") or [width / n] * n
    t = Table(data, colWidths=[w * width for w in widths] if spec.get("widths") else widths, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    parts = [cap, t]
    if spec.get("foot"):
        parts.append(rp._para(spec["foot"], st["caption"], study, f"foot:{label}"))
    return rp._together(parts, study, f"cap:{label}")


def render_pdf_amber(study: Study) -> tuple[bytes, dict[str, int]]:
    """Standard layouts go to the external renderer; ``manuscript`` is drawn here."""
    if study.layout != "manuscript":
        if any(isinstance(b, tuple) and b[0] == "dtable" for _t, _h, bl in study.sections for b in bl):
            raise SystemExit(f"{study.stem}: design tables need the manuscript layout")
        return rp.render_pdf(study)
    rp._register_fonts()
    st = rp._styles("single")
    for name in ("body", "abstract"):  # double spacing, as submitted manuscripts are
        st[name] = ParagraphStyle(name + "2", parent=st[name], fontSize=11, leading=19, alignment=0,
                                  firstLineIndent=0, leftIndent=0, rightIndent=0, spaceAfter=8)
    buf = io.BytesIO()
    doc = rp._Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
                  leftMargin=30 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=22 * mm)
    W, H = A4

    def page(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSans-Regular", 7)
        canvas.setFillColor(colors.HexColor("#777777"))
        y, n = H - doc.topMargin - 14, 1
        while y > doc.bottomMargin:  # manuscript line numbers, drawn first so they precede the page text
            canvas.drawRightString(doc.leftMargin - 6 * mm, y, str((d.page - 1) * 36 + n))
            y -= 19
            n += 1
        canvas.setFillColor(colors.black)
        canvas.setFont("XSans-Bold", 8)
        canvas.drawString(doc.leftMargin, H - 14 * mm, "Author manuscript — accepted for publication")
        canvas.setFont("XSans-Regular", 8)
        canvas.drawRightString(W - doc.rightMargin, H - 14 * mm, f"{study.journal}")
        canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
        if d.page == 1 and study.footnote:
            canvas.setFont("XSerif-Italic", 7.5)
            canvas.drawString(doc.leftMargin, 12 * mm, study.footnote)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate("ms", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                                                    id="f")], onPage=page)])
    story: list = [
        rp._para(study.title, st["title"], study, "title"),
        rp._para(", ".join(f"{g} {s}" for g, s in study.authors), st["authors"], study, "authors"),
        rp._para("; ".join(study.affiliations), st["small"], study, "affil"),
        rp._para(f"Accepted in <i>{study.journal}</i> ({study.year}), volume {study.volume}", st["small"], study,
                 "journal"),
        rp._para(f"DOI: {study.doi}", st["small"], study, "doi"),
        Spacer(1, 10),
    ]
    for i, (label, text) in enumerate(study.abstract):
        story.append(rp._para((f"<b>{label}</b> " if label else "") + text, st["abstract"], study, f"abs{i}"))
    story.append(rp._para("<b>Key words</b>: " + ", ".join(study.keywords), st["small"], study, "kwd"))
    floats: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(rp._para(heading.upper(), st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(rp._para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(rp._para(block[1], st["h2"], study, key))
            else:
                floats.append(block)
    for i, (heading, text) in enumerate(study.back):
        story.append(rp._para(f"<b>{heading}</b>", st["h2"], study, None))
        story.append(rp._para(text, st["body"], study, f"back{i}"))
    story.append(rp._para("REFERENCES", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(rp._para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    figs = [b for b in floats if b[0] == "figure"]
    if figs:
        story += [PageBreak(), rp._para("FIGURE LEGENDS", st["h1"], study, None)]
        for _, label, caption, _spec in figs:
            story.append(rp._para(f"<b>{label}.</b> {caption}", st["body"], study, f"cap:{label}"))
    for b in floats:
        story.append(PageBreak())
        if b[0] == "dtable":
            story.append(_dtable_pdf(b, study, st, doc.width))
        elif b[0] == "table":
            _, label, caption, spec = b
            cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
            parts = [cap, rp._bbb_table(spec, study, st, f"tab:{label}")]
            if spec.get("foot"):
                parts.append(rp._para(spec["foot"], st["caption"], study, f"foot:{label}"))
            story.append(rp._together(parts, study, f"tab:{label}"))
        else:
            story.append(rp._para(f"<b>{b[1]}</b>", st["h2"], study, None))
            story.append(rp._figure(b[3], study, doc.width))
    doc.build(story)
    return buf.getvalue(), doc.pages
