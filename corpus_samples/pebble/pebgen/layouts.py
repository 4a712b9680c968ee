"""Layout habits the external renderer lacks, for the pebble corpus (PDF only).

One-column article pages built from the external renderer's styles and flowables, with:

- ``manuscript``: an accepted-manuscript page (A4, generous leading, continuous line numbers
  in the left margin, "Author accepted manuscript" footer with page numbers);
- ``bulletin``: a journal page (US Letter) with a ruled running header (journal, volume,
  short title) and a footer carrying the DOI and "page x".

Table specs may add, on top of the external keys (``orient``, ``days``, ``groups``,
``day_fmt``, ``corner``, ``foot``):

- ``merged``: a spanning header ("Days post-injury") over the time columns (two header rows);
- ``marks``: ``{(group, day): "*"}`` footnote markers glued to cells;
- ``extra``: ``(heading, {group: long text})``, a wrapped description column;
- ``split``: index of the first group (``orient="cols"``) or day (``orient="rows"``) printed
  under "Table N (continued)" on the next page;
- ``landscape``: the table gets a page of its own in landscape orientation.

The page of every keyed flowable is recorded as in the external renderer; the continuation
part of a split table is keyed ``tab:<label>#2``.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
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


def _cells(spec: dict, study: Study, groups: list[str], days: list[float], st: dict) -> list[list]:
    s = study.scores
    marks = spec.get("marks", {})
    extra = spec.get("extra")

    def cell(g: str, d: float) -> str:
        return s.cell(g, d) + marks.get((g, d), "")

    if spec["orient"] == "rows":
        head = [spec.get("corner", "Time")] + spec["groups"]
        body = [[spec["day_fmt"](d)] + [cell(g, d) for g in spec["groups"]] for d in days]
        return [head] + body
    head = [spec.get("corner", "Group")] + ([extra[0]] if extra else []) + [spec["day_fmt"](d) for d in spec["days"]]
    rows = []
    for g in groups:
        lead = [g] + ([Paragraph(extra[1][g], st["cell"])] if extra else [])
        rows.append(lead + [cell(g, d) for d in spec["days"]])
    if spec.get("merged"):
        lead_n = 2 if extra else 1
        top = [""] * lead_n + [spec["merged"]] + [""] * (len(spec["days"]) - 1)
        return [top, head] + rows
    return [head] + rows


def _table(spec: dict, study: Study, st: dict, key: str, part: int, width: float) -> Table:
    days, groups = spec["days"], spec["groups"]
    cut = spec.get("split")
    if cut is not None:
        if spec["orient"] == "rows":
            days = days[:cut] if part == 1 else days[cut:]
        else:
            groups = groups[:cut] if part == 1 else groups[cut:]
    data = _cells(spec, study, groups, days, st)
    extra = spec.get("extra")
    fam = st["cell"].fontName.split("-")[0]
    nhead = 2 if spec.get("merged") and spec["orient"] != "rows" else 1
    widths = None
    if extra:
        # the description column wraps; the score columns must stay wide enough for "20.8 ± 0.1"
        rest = (width - 58 - 108) / len(spec["days"])
        widths = [58, 108] + [rest] * len(spec["days"])
    style = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize - (1 if extra else 0)),
        ("FONT", (0, 0), (-1, nhead - 1), f"{fam}-Bold", st["cell"].fontSize - (1 if extra else 0)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nhead - 1), (-1, nhead - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if nhead == 2:
        first = 2 if extra else 1
        style += [("SPAN", (first, 0), (-1, 0)), ("ALIGN", (first, 0), (-1, 0), "CENTER"),
                  ("LINEBELOW", (first, 0), (-1, 0), 0.4, colors.black)]
        for c in range(first):  # the row-label headings span both header rows
            data[0][c] = data[1][c]
            style.append(("SPAN", (c, 0), (c, 1)))
            style.append(("VALIGN", (c, 0), (c, 1), "BOTTOM"))
    t = Table(data, hAlign="LEFT", colWidths=widths, repeatRows=nhead)
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    return t


def render_pdf_pebble(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the 1-based page of each keyed block (keys as in the external renderer)."""
    _register_fonts()
    manuscript = study.layout == "manuscript"
    st = _styles("single")
    if manuscript:  # accepted manuscripts are double-spaced and ragged right
        for name in ("body", "abstract"):
            st[name].leading = st[name].fontSize * 1.9
            st[name].alignment = 0
    size = A4 if manuscript else LETTER
    buf = io.BytesIO()
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=30 * mm, rightMargin=25 * mm, topMargin=24 * mm, bottomMargin=24 * mm)
    line_no = [0]
    step = st["body"].leading

    def page(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        w, h = canvas._pagesize
        if manuscript:
            canvas.setFont("XSerif-Regular", 7.5)
            y = h - doc.topMargin - step * 0.8
            while y > doc.bottomMargin:  # continuous numbering, as journals' submission systems do
                line_no[0] += 1
                canvas.drawRightString(doc.leftMargin - 8 * mm, y, str(line_no[0]))
                y -= step
            canvas.setFont("XSerif-Italic", 8)
            canvas.drawString(doc.leftMargin, 12 * mm, "Author accepted manuscript")
            canvas.drawRightString(w - doc.rightMargin, 12 * mm, f"Page {d.page}")
        else:
            canvas.setFont("XSans-Regular", 8)
            canvas.drawString(doc.leftMargin, h - 13 * mm, f"{study.journal} {study.volume} ({study.year})")
            canvas.drawRightString(w - doc.rightMargin, h - 13 * mm, study.short_title)
            canvas.setLineWidth(0.6)
            canvas.line(doc.leftMargin, h - 14.5 * mm, w - doc.rightMargin, h - 14.5 * mm)
            canvas.drawString(doc.leftMargin, 12 * mm, f"https://doi.org/{study.doi}")
            canvas.drawRightString(w - doc.rightMargin, 12 * mm, f"page {d.page}")
        if d.page == 1 and study.footnote:
            canvas.setFont("XSerif-Regular", 7)
            canvas.drawString(doc.leftMargin, 17 * mm, study.footnote)
        canvas.restoreState()

    fw, fh = doc.width, doc.height
    lw, lh = landscape(size)
    doc.addPageTemplates([
        PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="m")], onPage=page),
        PageTemplate("land", [Frame(20 * mm, 22 * mm, lw - 40 * mm, lh - 46 * mm, id="l")], onPage=page,
                     pagesize=landscape(size)),
    ])
    story: list = [
        _para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"),
        _para(f"https://doi.org/{study.doi}", st["small"], study, "doi"),
        Spacer(1, 6),
        _para(study.title, st["title"], study, "title"),
        _para(", ".join(f"{g} {s}" for g, s in study.authors), st["authors"], study, "authors"),
        _para("; ".join(study.affiliations), st["small"], study, "affil"),
        Spacer(1, 6),
    ]
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ""
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
                story += _table_flowables(block, study, st, fw, lw - 40 * mm)
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, fw), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages


def _table_flowables(block: tuple, study: Study, st: dict, fw: float, lw: float) -> list:
    _, label, caption, spec = block
    land = spec.get("landscape")
    width = lw if land else fw
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    foot = [_para(spec["foot"], st["caption"], study, f"foot:{label}")] if spec.get("foot") else []
    out: list = [NextPageTemplate("land"), PageBreak()] if land else []
    if spec.get("split") is None:
        out.append(_together([cap, _table(spec, study, st, f"tab:{label}", 1, width), *foot], study, f"tab:{label}"))
    else:
        out.append(_together([cap, _table(spec, study, st, f"tab:{label}", 1, width)], study, f"tab:{label}"))
        out.append(PageBreak())
        cont = Paragraph(f"<b>{label}</b> (continued)", st["caption"])
        out.append(_together([cont, _table(spec, study, st, f"tab:{label}#2", 2, width), *foot], study,
                             f"tab:{label}#2"))
    if land:
        out += [NextPageTemplate("main"), PageBreak()]
    return out
