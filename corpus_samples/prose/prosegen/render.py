"""PDF and JATS rendering of a ``ProseStudy`` on top of the external renderer.

The page frames, styles, figures and paragraph handling come from ``extgen.render_pdf``
(imported, not copied); this module adds what that renderer lacks:

- free-form tables (``xtable`` blocks): several header rows with merged cells, footnote
  markers, wrapped cells, separate mean / SEM columns, a table continued on the next page
  ("Table 2 (continued)", header repeated) and a landscape table page;
- the ``lineno`` habit (accepted manuscript: line numbers down the left margin and a banner
  header) and the ``footer`` habit (a running download footer on every page).

Paragraphs are never split (``allowSplitting = 0``), so every quote lies on one page.
The JATS rendering is ``extgen.render_xml`` with each ``xtable`` spliced in as a
``table-wrap`` (``colspan``/``rowspan`` for merged cells, ``orientation`` for landscape).
"""

from __future__ import annotations

import dataclasses
import io
from xml.sax.saxutils import escape

from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together
from extgen.render_xml import inline, render_xml
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
    Spacer,
    Table,
    TableStyle,
)

from prosegen.record import ProseStudy


def _grid(spec: dict) -> list[list[str]]:
    return [*spec["head"], *spec["rows"]]


def _pdf_table(study: ProseStudy, spec: dict, rows: list[list[str]], st: dict[str, ParagraphStyle],
               width: float) -> Table:
    """Header rows plus ``rows`` as a ruled table of wrapped paragraph cells."""
    nhead = len(spec["head"])
    cell = ParagraphStyle("xcell", parent=st["cell"], leading=st["cell"].fontSize * 1.2, spaceAfter=0)
    bold = ParagraphStyle("xhead", parent=cell, fontName=cell.fontName.replace("Regular", "Bold"))
    data = [[_para(c, bold if r < nhead else cell, study, None) for c in row]
            for r, row in enumerate([*spec["head"], *rows])]
    rel = spec.get("widths") or [1.0] * len(data[0])
    widths = [width * w / sum(rel) for w in rel]
    t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=nhead)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nhead - 1), (-1, nhead - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    for c0, r0, c1, r1 in spec.get("spans", []):
        if r1 < nhead:  # merged cells are header cells here; body spans would break the split
            style.append(("SPAN", (c0, r0), (c1, r1)))
            if c1 > c0:
                style.append(("LINEBELOW", (c0, r1), (c1, r1), 0.3, colors.black))
    t.setStyle(TableStyle(style))
    return t


def render_pdf(study: ProseStudy) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of each keyed block (keys as in ``extgen.render_pdf``, plus
    ``tab:<label>+`` for the continued part of a split table)."""
    _register_fonts()
    st = _styles(study.layout)
    single = study.layout == "single"
    lineno = "lineno" in study.habits
    if lineno:  # manuscripts are set loosely: room for the reviewer's pen
        for name in ("body", "abstract"):
            st[name] = ParagraphStyle(name + "_ms", parent=st[name], leading=st[name].fontSize * 1.7)
    buf = io.BytesIO()
    size = A4 if single else LETTER
    side = (38 if lineno else 34) * mm if single else 16 * mm
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=side, rightMargin=34 * mm if single else 16 * mm,
               topMargin=24 * mm, bottomMargin=24 * mm)
    fw, fh = doc.width, doc.height
    fam = "XSerif" if single else "XSans"
    counter = {"line": 0}

    def decorate(canvas, d) -> None:  # type: ignore[no-untyped-def]
        pw, ph = canvas._pagesize
        canvas.saveState()
        canvas.setFont(f"{fam}-Italic", 8)
        if lineno:
            canvas.drawString(18 * mm, ph - 12 * mm, "ACCEPTED MANUSCRIPT – not copy-edited or typeset")
            canvas.drawRightString(pw - 18 * mm, ph - 12 * mm, study.short_title)
            canvas.setFont(f"{fam}-Regular", 6.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            step = st["body"].leading
            y = ph - doc.topMargin - step * 0.8
            while y > doc.bottomMargin:
                counter["line"] += 1
                canvas.drawRightString(doc.leftMargin - 6 * mm, y, str(counter["line"]))
                y -= step
            canvas.setFillColor(colors.black)
        elif single:
            if d.page > 1:
                canvas.drawString(doc.leftMargin, ph - 14 * mm, f"{study.journal} ({study.year})")
                canvas.drawRightString(pw - doc.rightMargin, ph - 14 * mm, study.short_title)
        else:
            canvas.drawString(doc.leftMargin, ph - 12 * mm, f"{study.journal} · {study.year} · {study.volume}")
            canvas.setFont(f"{fam}-Bold", 9)
            canvas.drawRightString(pw - doc.rightMargin, ph - 12 * mm, str(d.page))
            canvas.line(doc.leftMargin, ph - 13.5 * mm, pw - doc.rightMargin, ph - 13.5 * mm)
        canvas.setFont(f"{fam}-Regular", 7.5)
        if "footer" in study.habits:
            canvas.drawString(doc.leftMargin, 9 * mm, f"Downloaded from the {study.journal} archive · "
                                                      "for personal research use only")
            canvas.drawRightString(pw - doc.rightMargin, 9 * mm, f"p. {d.page}")
        elif single or lineno:
            canvas.drawCentredString(pw / 2, 10 * mm, f"– {d.page} –")
        if d.page == 1 and study.footnote:
            canvas.line(doc.leftMargin, 18 * mm, doc.leftMargin + 40 * mm, 18 * mm)
            canvas.drawString(doc.leftMargin, 14.5 * mm, "* " + study.footnote)
        canvas.restoreState()

    LW, LH = landscape(size)
    land = PageTemplate("land", [Frame(20 * mm, 20 * mm, LW - 40 * mm, LH - 44 * mm, id="land")],
                        onPage=decorate, pagesize=(LW, LH))
    if single:
        body_tpl = "main"
        doc.addPageTemplates([PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")],
                                           onPage=decorate), land])
        col = fw
    else:
        body_tpl = "later"
        gap, top_h = 7 * mm, 330
        col = (fw - gap) / 2
        first = [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top"),
                 Frame(doc.leftMargin, doc.bottomMargin, col, fh - top_h, id="c1"),
                 Frame(doc.leftMargin + col + gap, doc.bottomMargin, col, fh - top_h, id="c2")]
        later = [Frame(doc.leftMargin, doc.bottomMargin, col, fh, id="l1"),
                 Frame(doc.leftMargin + col + gap, doc.bottomMargin, col, fh, id="l2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=decorate),
                              PageTemplate("later", later, onPage=decorate), land])

    story: list = []
    story.append(_para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(_para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
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
    if not single:
        story += [NextPageTemplate("later"), FrameBreak()]
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, col), cap], study, f"fig:{label}"))
            elif block[0] == "xtable":
                story += _xtable_flowables(study, block, st, col, LW - 40 * mm, body_tpl)
            else:
                raise ValueError(f"{study.stem}: block type {block[0]!r} is not used in this corpus")
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages


def _xtable_flowables(study: ProseStudy, block: tuple, st: dict[str, ParagraphStyle], col: float,
                      land_w: float, body_tpl: str) -> list:
    _, label, caption, spec = block
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    width = land_w if spec.get("landscape") else col
    foot = [_para(spec["foot"], st["caption"], study, f"foot:{label}")] if spec.get("foot") else []
    split = spec.get("split")
    if split:
        first = _pdf_table(study, spec, spec["rows"][:split], st, width)
        first._key = f"tab:{label}"  # type: ignore[attr-defined]
        more = _para(f"<b>{label}</b> (continued)", st["caption"], study, None)
        rest = _pdf_table(study, spec, spec["rows"][split:], st, width)
        rest._key = f"tab:{label}+"  # type: ignore[attr-defined]
        out = [_together([cap, first], study, f"tab:{label}"), PageBreak(),
               _together([more, rest, *foot], study, f"tab:{label}+")]
    else:
        t = _pdf_table(study, spec, spec["rows"], st, width)
        t._key = f"tab:{label}"  # type: ignore[attr-defined]
        out = [_together([cap, t, *foot], study, f"tab:{label}")]
    if spec.get("landscape"):
        return [NextPageTemplate("land"), PageBreak(), *out, NextPageTemplate(body_tpl), PageBreak()]
    return out


def _xml_table(study: ProseStudy, block: tuple, n: int) -> str:
    _, label, caption, spec = block
    nhead = len(spec["head"])
    grid = _grid(spec)
    covered: set[tuple[int, int]] = set()
    attrs: dict[tuple[int, int], str] = {}
    for c0, r0, c1, r1 in spec.get("spans", []):
        if r1 >= nhead:
            continue
        a = (f' colspan="{c1 - c0 + 1}"' if c1 > c0 else "") + (f' rowspan="{r1 - r0 + 1}"' if r1 > r0 else "")
        attrs[(c0, r0)] = a
        covered |= {(c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)} - {(c0, r0)}
    lines = []
    for r, row in enumerate(grid):
        tag = "th" if r < nhead else "td"
        cells = "".join(f"<{tag}{attrs.get((c, r), '')}>{inline(cell, study)}</{tag}>"
                        for c, cell in enumerate(row) if (c, r) not in covered)
        lines.append(f"<tr>{cells}</tr>")
    head, body = "\n".join(lines[:nhead]), "\n".join(lines[nhead:])
    foot = f"<table-wrap-foot><p>{inline(spec['foot'], study)}</p></table-wrap-foot>" if spec.get("foot") else ""
    orient = ' orientation="landscape"' if spec.get("landscape") else ""
    return (f'<table-wrap id="T{n}" position="float"{orient}><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{head}</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot}</table-wrap>")


def render_jats(study: ProseStudy) -> str:
    """JATS text: ``extgen.render_xml`` with the ``xtable`` blocks spliced in."""
    tables: dict[str, str] = {}
    sections = []
    for sec_type, heading, blocks in study.sections:
        out = []
        for block in blocks:
            if not isinstance(block, str) and block[0] == "xtable":
                mark = f"XTABLEPLACEHOLDER{len(tables) + 1}"
                tables[mark] = _xml_table(study, block, len(tables) + 1)
                out.append(mark)
            else:
                out.append(block)
        sections.append((sec_type, heading, out))
    xml = render_xml(dataclasses.replace(study, sections=sections))
    for mark, table in tables.items():
        xml = xml.replace(f"<p>{mark}</p>", table, 1)
    if "XTABLEPLACEHOLDER" in xml:
        raise ValueError(f"{study.stem}: a table placeholder was not replaced")
    return xml
