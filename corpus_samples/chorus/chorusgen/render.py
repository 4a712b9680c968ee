"""Page habits the external renderer lacks, and the chorus table blocks in both renderings.

Layouts (``Study.layout``):

- ``manuscript``: an accepted author manuscript: A4, one column, wide line spacing,
  continuous line numbers in the left margin, a running "Accepted manuscript" footer,
  and every table and figure legend moved after the references, one float per page;
- ``thesis``: a thesis chapter: A4 serif, alternating running headers ("Chapter n" on even
  pages, the section title on odd pages), page number in the outer corner, and score tables
  that continue on the next page under "Table x (continued)" with the header repeated;
- ``landscape``: a sans-serif journal page with a methods "parameter | detail" table whose
  cells wrap, and a wide score table on a page of its own turned to landscape, with a merged
  header cell over the time points and footnote markers after some cells.

Paragraphs are never split (as in the external renderer) so every quote lies on one page.
The XML of these papers is the external JATS renderer's, with the chorus table blocks
written as ``table-wrap`` (merged header cells as ``colspan``, markers as ``sup``).
"""

from __future__ import annotations

import io
from dataclasses import fields as dc_fields
from xml.sax.saxutils import escape

from extgen.model import BBB_RE, Study
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

from chorusgen.tables import grid

CUSTOM_LAYOUTS = {"manuscript": "single", "thesis": "single", "landscape": "twocol"}
_CUSTOM_BLOCKS = ("xtable", "kvtable")


def custom_markup(study: Study) -> list[tuple[str, str]]:
    """(PDF key, markup) of the chorus table blocks' captions, footnotes and detail cells."""
    out = []
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] not in _CUSTOM_BLOCKS:
                continue
            out.append((f"cap:{b[1]}", b[2]))
            if b[0] == "kvtable":
                out += [(f"kv:{b[1]}", detail) for _param, detail in b[3]]
            elif b[3].get("foot"):
                out.append((f"foot:{b[1]}", b[3]["foot"]))
    for key, markup in out:
        if BBB_RE.search(markup):
            raise SystemExit(f"{study.stem}: write scores in chorus blocks as {{sc:...}} ({key})")
    return out


def plain_study(study: Study) -> Study:
    """A plain external ``Study`` with the same content (what the external renderers take)."""
    return Study(**{f.name: getattr(study, f.name) for f in dc_fields(Study)})


# ----------------------------------------------------------------------------- PDF


def _cell_styles(st: dict[str, ParagraphStyle]) -> tuple[ParagraphStyle, ParagraphStyle]:
    cell = ParagraphStyle("xcell", parent=st["cell"], leading=st["cell"].fontSize * 1.25, spaceAfter=0)
    head = ParagraphStyle("xhead", parent=cell, fontName=st["cell"].fontName.split("-")[0] + "-Bold")
    return cell, head


def _ruled(data: list[list], n_head: int, widths: list[float], spans: list) -> Table:
    t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=n_head)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, n_head - 1), (-1, n_head - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *spans,
    ]))
    return t


def _xtable_parts(block: tuple, study: Study, st: dict[str, ParagraphStyle], width: float) -> list[list]:
    """Flowables of an xtable: [caption, table, foot?] and, when split, [caption (continued), table]."""
    _, label, caption, spec = block
    header, parts, _cells = grid(spec, study)
    cell, head = _cell_styles(st)
    marks = {v for v in spec.get("marks", {}).values()}

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        for m in marks:  # footnote markers are superscript letters glued to the value
            if text.endswith(m) and text[: -len(m)].rstrip()[-1:].isdigit():
                return Paragraph(escape(text[: -len(m)]) + f"<super>{escape(m)}</super>", style)
        return Paragraph(escape(text), style)

    ncols = len(header[-1])
    first = width * (0.24 if ncols > 5 else 0.3)
    widths = [first] + [(width - first) / (ncols - 1)] * (ncols - 1)
    spans = []
    if spec.get("span"):
        lead = ncols - len(spec["days"] if spec.get("orient", "cols") == "cols" else spec["groups"])
        spans = [("SPAN", (lead, 0), (-1, 0)), ("ALIGN", (lead, 0), (-1, 0), "CENTER"),
                 ("LINEBELOW", (lead, 0), (-1, 0), 0.3, colors.black)]
        for c in range(lead):
            spans.append(("SPAN", (c, 0), (c, 1)))
    out = []
    for pi, body in enumerate(parts):
        shown = [list(r) for r in header]
        if spec.get("span"):  # a vertically merged cell shows its top-left text: lift the labels
            for c in range(lead):
                shown[0][c], shown[1][c] = shown[1][c], ""
        rows = [[para(h, head) for h in row] for row in shown] + [[para(c, cell) for c in row] for row in body]
        t = _ruled(rows, len(header), widths, spans)
        t._key = f"xtab:{label}" + (":2" if pi else "")  # type: ignore[attr-defined]
        if pi == 0:
            flow = [_para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}"), t]
            if spec.get("foot") and len(parts) == 1:
                flow.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
        else:
            flow = [_para(f"<b>{label}</b> (continued)", st["caption"], study, None), t]
            if spec.get("foot"):
                flow.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
        out.append(flow)
    return out


def _kvtable(block: tuple, study: Study, st: dict[str, ParagraphStyle], width: float) -> list:
    _, label, caption, items = block
    cell, head = _cell_styles(st)
    rows = [[Paragraph("Parameter", head), Paragraph("Detail", head)]]
    rows += [[Paragraph(_rl(p, study), head), Paragraph(_rl(d, study), cell)] for p, d in items]
    t = _ruled(rows, 1, [width * 0.27, width * 0.73], [("LINEBELOW", (0, 1), (-1, -2), 0.2, colors.grey)])
    t._key = f"kv:{label}"  # type: ignore[attr-defined]
    return [_para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}"), t]


def render_custom_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block (keys as in ``extgen.render_pdf``, plus
    ``xtab:<label>``, ``xtab:<label>:2`` for a continuation and ``kv:<label>``)."""
    _register_fonts()
    layout = study.layout
    st = _styles(CUSTOM_LAYOUTS[layout])
    if layout == "manuscript":
        body = st["body"]
        st["body"] = ParagraphStyle("msbody", parent=body, leading=body.fontSize * 2.0, alignment=0,
                                    firstLineIndent=0, spaceAfter=body.fontSize * 1.2)
    buf = io.BytesIO()
    margin = {"manuscript": 30 * mm, "thesis": 30 * mm, "landscape": 20 * mm}[layout]
    doc = _Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
               leftMargin=margin, rightMargin=margin - (5 * mm if layout == "thesis" else 0),
               topMargin=25 * mm, bottomMargin=24 * mm)
    W, H = A4
    fam = st["body"].fontName.split("-")[0]
    chapter = study.short_title

    def on_page(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if layout == "manuscript":
            canvas.setFont(f"{fam}-Regular", 7.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            # Word-style continuous line numbering at the body's line pitch, outside the text.
            pitch = st["body"].leading
            first = getattr(d, "_chorus_line", 1)
            y, n = H - doc.topMargin - st["body"].fontSize, first
            while y > doc.bottomMargin:
                if n % 5 == 0:
                    canvas.drawRightString(doc.leftMargin - 12 * mm, y, str(n))
                y -= pitch
                n += 1
            d._chorus_line = n
            canvas.setFillColor(colors.black)
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawString(doc.leftMargin, 12 * mm, f"Accepted manuscript – not copy-edited · {study.journal}")
            canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
            if d.page == 1:
                canvas.drawString(doc.leftMargin, 16 * mm, study.footnote)
        elif layout == "thesis":
            canvas.setFont(f"{fam}-Italic", 8.5)
            even = d.page % 2 == 0
            text = chapter if even else study.title.split(":")[0]
            if d.page > 1:
                (canvas.drawString if even else canvas.drawRightString)(
                    doc.leftMargin if even else W - doc.rightMargin, H - 15 * mm, text)
                canvas.line(doc.leftMargin, H - 16.5 * mm, W - doc.rightMargin, H - 16.5 * mm)
            canvas.setFont(f"{fam}-Regular", 9)
            (canvas.drawString if even else canvas.drawRightString)(
                doc.leftMargin if even else W - doc.rightMargin, 12 * mm, str(d.page))
            if d.page == 1:
                canvas.setFont(f"{fam}-Regular", 7.5)
                canvas.drawString(doc.leftMargin, 17 * mm, study.footnote)
        else:
            pw = d.pagesize[0]
            canvas.setFont(f"{fam}-Bold", 8)
            canvas.drawString(doc.leftMargin, d.pagesize[1] - 13 * mm, study.journal.upper())
            canvas.setFont(f"{fam}-Regular", 8)
            canvas.drawRightString(pw - doc.rightMargin, d.pagesize[1] - 13 * mm,
                                   f"{study.year} · {study.volume} · {d.page}")
            if d.page == 1:
                canvas.setFont(f"{fam}-Regular", 7)
                canvas.drawString(doc.leftMargin, 12 * mm, study.footnote)
        canvas.restoreState()

    fw = doc.width
    templates = [PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, doc.height, id="f")],
                              onPage=on_page)]
    LW, LH = landscape(A4)
    lfw = LW - 2 * margin
    templates.append(PageTemplate("land", [Frame(margin, 20 * mm, lfw, LH - 45 * mm, id="lf")],
                                  onPage=on_page, pagesize=landscape(A4)))
    doc.addPageTemplates(templates)

    story: list = []
    story.append(_para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(_para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 6))
    story.append(_para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" for g, s in study.authors)
    story.append(_para(names, st["authors"], study, "authors"))
    story.append(_para("; ".join(study.affiliations), st["small"], study, "affil"))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ("<b>Abstract.</b> " if i == 0 else "")
        story.append(_para(lead + text, st["abstract"] if layout != "manuscript" else st["body"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    if layout == "thesis":
        story.append(PageBreak())
    deferred: list = []  # manuscript: floats after the references
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
                continue
            if block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
                continue
            floats: list = []
            if block[0] == "table":
                _, label, caption, spec = block
                parts = [_para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}"),
                         _bbb_table(spec, study, st, f"tab:{label}")]
                if spec.get("foot"):
                    parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
                floats.append(_together(parts, study, f"tab:{label}"))
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                floats.append(_together([_figure(spec, study, fw), cap], study, f"fig:{label}"))
            elif block[0] == "kvtable":
                floats.append(_together(_kvtable(block, study, st, fw), study, f"kv:{block[1]}"))
            elif block[0] == "xtable":
                land = bool(block[3].get("landscape"))
                parts = _xtable_parts(block, study, st, lfw if land else fw)
                if land:
                    floats += [NextPageTemplate("land"), PageBreak()]
                for pi, flow in enumerate(parts):
                    if pi:
                        floats.append(PageBreak())
                    floats.append(_together(flow, study, f"xbox:{block[1]}:{pi}"))
                if land:
                    floats += [NextPageTemplate("main"), PageBreak()]
            if layout == "manuscript":
                deferred += [PageBreak(), *floats]
            else:
                story += floats
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    story += deferred
    doc.build(story)
    return buf.getvalue(), doc.pages


# ----------------------------------------------------------------------------- XML


def _xtable_xml(block: tuple, study: Study, tid: str) -> str:
    _, label, caption, spec = block
    header, parts, _cells = grid(spec, study)
    marks = set(spec.get("marks", {}).values())

    def cell(text: str, tag: str, extra: str = "") -> str:
        for m in marks:
            if text.endswith(m) and text[: -len(m)].rstrip()[-1:].isdigit():
                return f"<{tag}{extra}>{escape(text[: -len(m)])}<sup>{escape(m)}</sup></{tag}>"
        return f"<{tag}{extra}>{escape(text)}</{tag}>"

    head_rows = []
    if len(header) == 2:
        top, sub = header
        n_lead = top.index(spec["span"])  # group/n columns span both header rows
        row1 = "".join(cell(sub[c], "th", ' rowspan="2"') for c in range(n_lead))
        row1 += cell(spec["span"], "th", f' colspan="{len(sub) - n_lead}"')
        row2 = "".join(cell(c, "th") for c in sub[n_lead:])
        head_rows = [f"<tr>{row1}</tr>", f"<tr>{row2}</tr>"]
    else:
        head_rows = ["<tr>" + "".join(cell(c, "th") for c in header[0]) + "</tr>"]
    body = "\n".join("<tr>" + "".join(cell(c, "td") for c in r) + "</tr>" for part in parts for r in part)
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{"".join(head_rows)}</thead>\n<tbody>\n{body}\n'
            f"</tbody></table>{foot_xml}</table-wrap>")


def _kvtable_xml(block: tuple, study: Study, tid: str) -> str:
    _, label, caption, items = block
    body = "\n".join(f"<tr><td>{inline(p, study)}</td><td>{inline(d, study)}</td></tr>" for p, d in items)
    return (f'<table-wrap id="{tid}" position="anchor"><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead><tr><th>Parameter</th><th>Detail</th></tr></thead>\n'
            f"<tbody>\n{body}\n</tbody></table></table-wrap>")


def render_custom_xml(study: Study) -> str:
    """JATS for a chorus-layout study: the external renderer, with chorus tables spliced in."""
    swaps: dict[str, str] = {}
    sections = []
    for typ, head, blocks in study.sections:
        out: list = []
        for b in blocks:
            if not isinstance(b, str) and b[0] in _CUSTOM_BLOCKS:
                ph = f"CHORUSBLOCK{len(swaps) + 1}"
                tid = f"X{len(swaps) + 1}"
                swaps[ph] = _xtable_xml(b, study, tid) if b[0] == "xtable" else _kvtable_xml(b, study, tid)
                out.append(ph)
            else:
                out.append(b)
        sections.append((typ, head, out))
    base = plain_study(study)
    base.sections = sections
    xml = render_xml(base)
    for ph, table in swaps.items():
        if xml.count(f"<p>{ph}</p>") != 1:
            raise SystemExit(f"{study.stem}: placeholder {ph} not rendered once")
        xml = xml.replace(f"<p>{ph}</p>", table)
    return xml
