"""Layout habits the external renderer lacks, built on its helpers (imported, not copied).

Table habits (any layout; extra keys of a table ``spec``):

- ``span``: a merged header cell over the time-point columns ("BBB score, days after
  injury"), drawn as a spanning cell in the PDF and ``colspan`` in JATS;
- ``marks``: ``{(group, day): "*"}`` significance markers glued to a cell ("9.8 ± 1.1*"),
  explained in the table footnote; gold keeps the score without the marker;
- ``split``: the number of body rows on the first page; the rest continue on the next page
  under "Table n (continued)" with the header row repeated (PDF only; JATS keeps one table).

Page layouts of :func:`render_pdf` besides the external ``single`` / ``twocol``:

- ``manuscript``: accepted-manuscript style; double spaced, continuous line numbers in the
  left margin, "ACCEPTED MANUSCRIPT" running header, "Page n" footer, tables and figure
  legends collected after the references, one per page;
- ``landscape``: one column A4 with a journal download footer on every page and each BBB
  table on a page of its own turned to landscape.

Every block's page is recorded under the keys the external gold builder expects, plus
``tab:<label>:cont`` for the continued part of a split table.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

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
    Spacer,
    Table,
    TableStyle,
)

_plain_table_pdf = rp._bbb_table
_plain_table_xml = rx._table


def _cell(study: Study, spec: dict, group: str, day: float) -> str:
    return study.scores.cell(group, day) + spec.get("marks", {}).get((group, day), "")


def _rows(spec: dict, study: Study) -> tuple[list[str], list[list[str]]]:
    days, groups = spec["days"], spec["groups"]
    if spec["orient"] == "rows":
        head = [spec.get("corner", "Time")] + groups
        body = [[spec["day_fmt"](d)] + [_cell(study, spec, g, d) for g in groups] for d in days]
    else:
        head = [spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days]
        body = [[g] + [_cell(study, spec, g, d) for d in days] for g in groups]
    return head, body


def _pdf_table(head: list[str], body: list[list[str]], spec: dict, st: dict[str, ParagraphStyle],
               key: str) -> Table:
    fam = st["cell"].fontName.split("-")[0]
    size = st["cell"].fontSize
    data = [head] + body
    style = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, size),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    top = 0
    if spec.get("span") and spec["orient"] != "rows":
        data = [[head[0], spec["span"]] + [""] * (len(head) - 2)] + data
        data[1][0] = ""
        style += [("SPAN", (1, 0), (-1, 0)), ("SPAN", (0, 0), (0, 1)), ("ALIGN", (1, 0), (-1, 0), "CENTER"),
                  ("VALIGN", (0, 0), (0, 1), "BOTTOM"), ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.black)]
        top = 1
    style += [("FONT", (0, 0), (-1, top), f"{fam}-Bold", size),
              ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
              ("LINEBELOW", (0, top), (-1, top), 0.4, colors.black)]
    t = Table(data, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    return t


def bbb_table_pdf(spec: dict, study: Study, st: dict[str, ParagraphStyle], key: str) -> Table:
    """The external renderer's table, extended with merged headers and markers."""
    if not (spec.get("span") or spec.get("marks")):
        return _plain_table_pdf(spec, study, st, key)
    head, body = _rows(spec, study)
    return _pdf_table(head, body, spec, st, key)


def table_xml(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    """The external JATS table, extended with a ``colspan`` header row and cell markers."""
    if not (spec.get("span") or spec.get("marks")):
        return _plain_table_xml(label, caption, spec, study, tid)
    head, body = _rows(spec, study)
    if spec.get("span") and spec["orient"] != "rows":
        thead = (f'<tr><th rowspan="2">{escape(head[0])}</th><th colspan="{len(head) - 1}">'
                 f"{escape(spec['span'])}</th></tr>"
                 "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in head[1:]) + "</tr>")
    else:
        thead = "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in head) + "</tr>"
    rows = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in body)
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{rx.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{rx.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{thead}</thead>\n<tbody>\n{rows}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


# The external renderers look these helpers up at call time, so the extended versions serve
# every layout (the external files stay untouched; plain specs fall through unchanged).
rp._bbb_table = bbb_table_pdf
rx._table = table_xml


def _float_parts(block: Any, study: Study, st: dict[str, ParagraphStyle], width: float) -> list:
    """Flowables of one table or figure block (a split table yields two page-sized pieces)."""
    kind, label, caption, spec = block
    cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    if kind == "figure":
        return [rp._together([rp._figure(spec, study, width), cap], study, f"fig:{label}")]
    head, body = _rows(spec, study)
    foot = [rp._para(spec["foot"], st["caption"], study, f"foot:{label}")] if spec.get("foot") else []
    k = spec.get("split")
    if not k:
        return [rp._together([cap, _pdf_table(head, body, spec, st, f"tab:{label}"), *foot], study,
                             f"tab:{label}")]
    first = rp._together([cap, _pdf_table(head, body[:k], spec, st, f"tab:{label}")], study, f"tab:{label}")
    more = rp._para(f"<b>{label}</b> (continued)", st["caption"], study, None)
    rest = rp._together([more, _pdf_table(head, body[k:], spec, st, f"tab:{label}:cont"), *foot], study,
                        f"tab:{label}:cont")
    return [first, PageBreak(), rest]


def render_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and block pages; ``single``/``twocol`` go to the external renderer."""
    if study.layout in ("single", "twocol"):
        return rp.render_pdf(study)
    rp._register_fonts()
    manuscript = study.layout == "manuscript"
    st = rp._styles("single")
    if manuscript:  # double spacing, ragged right, as submitted
        for name in ("body", "abstract"):
            st[name].leading = st[name].fontSize * 2
            st[name].alignment = 0
    buf = io.BytesIO()
    doc = rp._Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
                  leftMargin=30 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=22 * mm)
    W, H = A4
    counter = {"line": 0}

    def page_marks(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        w, _h = canvas._pagesize
        if manuscript:
            canvas.setFont("XSerif-Italic", 8)
            canvas.drawString(doc.leftMargin, H - 14 * mm, "ACCEPTED MANUSCRIPT")
            canvas.drawRightString(W - doc.rightMargin, H - 14 * mm, study.short_title)
            canvas.setFont("XSerif-Regular", 9)
            canvas.drawCentredString(W / 2, 11 * mm, f"Page {d.page}")
            if d.page == 1:
                canvas.setFont("XSerif-Regular", 7.5)
                canvas.drawString(doc.leftMargin, 16 * mm, study.footnote)
            # Line numbers run on across pages, one per double-spaced body line.
            canvas.setFont("XSans-Regular", 7)
            y = H - doc.topMargin - st["body"].leading
            while y > doc.bottomMargin:
                counter["line"] += 1
                if counter["line"] % 5 == 0:
                    canvas.drawRightString(doc.leftMargin - 8 * mm, y, str(counter["line"]))
                y -= st["body"].leading
        else:
            canvas.setFont("XSerif-Italic", 8)
            canvas.drawString(15 * mm, 10 * mm, f"Downloaded from synthetic-archive.example · {study.journal} "
                              f"· {study.year} · page {d.page}")
            if d.page == 1:
                canvas.setFont("XSerif-Regular", 7.5)
                canvas.drawString(doc.leftMargin, 15 * mm, "* " + study.footnote)
            else:
                canvas.setFont("XSerif-Italic", 8)
                canvas.drawRightString(w - 25 * mm, canvas._pagesize[1] - 12 * mm, study.short_title)
        canvas.restoreState()

    fw, fh = doc.width, doc.height
    LW, LH = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")], onPage=page_marks),
        PageTemplate("land", [Frame(20 * mm, 20 * mm, LW - 40 * mm, LH - 40 * mm, id="l")],
                     onPage=page_marks, pagesize=(LW, LH)),
    ])
    story: list = []
    story.append(rp._para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(rp._para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 6))
    story.append(rp._para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(rp._para(names, st["authors"], study, "authors"))
    story.append(rp._para("; ".join(study.affiliations), st["small"], study, "affil"))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(rp._para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(rp._para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    deferred: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(rp._para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(rp._para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(rp._para(block[1], st["h2"], study, key))
            elif manuscript:
                deferred.append(block)  # floats go after the references, as submitted
            elif block[0] == "table":
                story += [NextPageTemplate("land"), PageBreak(),
                          *_float_parts(block, study, st, LW - 40 * mm),
                          NextPageTemplate("main"), PageBreak()]
            else:
                story += _float_parts(block, study, st, fw)
    for i, (heading, text) in enumerate(study.back):
        story.append(rp._para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(rp._para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(rp._para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    for block in deferred:
        story += [PageBreak(), *_float_parts(block, study, st, fw)]
    doc.build(story)
    return buf.getvalue(), doc.pages
