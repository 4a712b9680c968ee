"""Two page layouts of our own for an ``extgen`` Study (prose, tables and figures unchanged).

- ``manuscript``: an author's accepted manuscript: A4, double-spaced serif on a fixed line
  grid, a number beside every line in the left margin (continuous across pages), a running
  head ("Author manuscript" + short title) and a running foot (DOI + page number); tables
  come after the references, one per page, fully ruled, and a long table runs onto the next
  page under its repeated header row; figures come last, each on its own page.
- ``threecol``: a US Letter magazine page: three narrow sans-serif columns, a full-width title
  block, a running head (journal, volume, DOI, page) and a running foot (copyright line);
  every table or figure is a full-width band at the top of a fresh page with the columns
  continuing under it; tables have no rules at all and the group labels wrap in a narrow
  first column.

Paragraphs are never split across pages or columns, as in the shared renderer.
"""

from __future__ import annotations

import io
from typing import Any

import extgen.render_pdf as rp
from extgen.model import Study
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

LAYOUTS = ("manuscript", "threecol")


class _Doc(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, **kw: Any) -> None:
        super().__init__(buf, **kw)
        self.allowSplitting = 0


def _styles(fam: str, size: float, leading: float) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=f"{fam}-Regular", fontSize=size, leading=leading,
                          spaceAfter=0, spaceBefore=0, alignment=0)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=f"{fam}-Bold", fontSize=size + 5,
                                leading=(size + 5) * 1.25 if leading < 2 * size else leading),
        "authors": ParagraphStyle("authors", parent=body),
        "small": ParagraphStyle("small", parent=body, fontSize=size - 1),
        "abstract": ParagraphStyle("abstract", parent=body),
        "h1": ParagraphStyle("h1", parent=body, fontName=f"{fam}-Bold"),
        "h2": ParagraphStyle("h2", parent=body, fontName=f"{fam}-Italic"),
        "caption": ParagraphStyle("caption", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cell": ParagraphStyle("cell", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.2),
    }


def _cells(spec: dict, study: Study, st: dict[str, ParagraphStyle]) -> list[list[Any]]:
    """The table's rows; a group label is a Paragraph so that a long one wraps in its cell."""
    s = study.scores
    days, groups = spec["days"], spec["groups"]
    label = lambda g: Paragraph(rp._rl(g, study), st["cell"])  # noqa: E731
    if spec["orient"] == "rows":
        data = [[spec.get("corner", "Time")] + [label(g) for g in groups]]
        data += [[spec["day_fmt"](d)] + [s.cell(g, d) for g in groups] for d in days]
    else:
        data = [[spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days]]
        data += [[label(g)] + [s.cell(g, d) for d in days] for g in groups]
    return data


def _table(spec: dict, study: Study, st: dict[str, ParagraphStyle], ruled: bool, width: float) -> Table:
    data = _cells(spec, study, st)
    ncol = len(data[0])
    first = width * (0.22 if ncol > 4 else 0.3)
    widths = [first] + [(width - first) / (ncol - 1)] * (ncol - 1)
    cell = st["cell"]
    fam = cell.fontName.split("-")[0]
    style = [("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize),
             ("FONT", (0, 0), (-1, 0), f"{fam}-Bold", cell.fontSize),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1, style=TableStyle(style))
    return t


def _front(study: Study, st: dict[str, ParagraphStyle], gap: float) -> list:
    out: list = [rp._para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, None),
                 rp._para(f"https://doi.org/{study.doi}", st["small"], study, None), Spacer(1, gap),
                 rp._para(study.title, st["title"], study, None)]
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    out += [rp._para(names, st["authors"], study, None),
            rp._para("; ".join(study.affiliations), st["small"], study, None), Spacer(1, gap)]
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        out += [rp._para(lead + text, st["abstract"], study, None), Spacer(1, gap)]
    out.append(rp._para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, None))
    return out


def _back(study: Study, st: dict[str, ParagraphStyle], gap: float) -> list:
    out: list = []
    for heading, text in study.back:
        out += [Spacer(1, gap), rp._para(f"<b>{heading}.</b> {text}", st["small"], study, None)]
    out += [Spacer(1, gap), rp._para("References", st["h1"], study, None)]
    out += [rp._para(f"[{i}] {ref}", st["small"], study, None) for i, ref in enumerate(study.references, 1)]
    return out


def _floats(study: Study) -> list[tuple[str, str, str, dict]]:
    return [b for _t, _h, blocks in study.sections for b in blocks
            if not isinstance(b, str) and b[0] in ("table", "figure")]


def render_manuscript(study: Study) -> bytes:
    """The accepted-manuscript layout (see the module docstring)."""
    rp._register_fonts()
    size, leading = 11.0, 22.0
    st = _styles("XSerif", size, leading)
    st["small"] = st["body"]  # a manuscript is one type size throughout
    buf = io.BytesIO()
    W, H = A4
    doc = _Doc(buf, pagesize=A4, title=study.title, leftMargin=30 * mm, rightMargin=25 * mm,
               topMargin=25 * mm, bottomMargin=25 * mm)
    top = doc.bottomMargin + doc.height
    counter = {"line": 0}

    def page(canvas, d, numbered: bool = True) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSerif-Regular", 8)
        canvas.drawString(doc.leftMargin, H - 14 * mm, "Author manuscript")
        canvas.drawRightString(W - doc.rightMargin, H - 14 * mm, study.short_title)
        canvas.drawString(doc.leftMargin, 12 * mm, f"doi: {study.doi}")
        canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
        if numbered:
            # One number per grid line, whether or not text is drawn on it, as word
            # processors do; the first baseline sits one font size below the frame top.
            canvas.setFont("XSerif-Regular", 8)
            canvas.setFillColor(colors.grey)
            y = top - 6 - size * 0.8 - 2
            while y > doc.bottomMargin:
                counter["line"] += 1
                canvas.drawRightString(doc.leftMargin - 8 * mm, y, str(counter["line"]))
                y -= leading
        canvas.restoreState()

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("text", [frame], onPage=page),
                          PageTemplate("float", [frame], onPage=lambda c, d: page(c, d, False))])
    story: list = _front(study, st, leading)
    for _type, heading, blocks in study.sections:
        story += [Spacer(1, leading), rp._para(heading, st["h1"], study, None)]
        for block in blocks:
            if isinstance(block, str):
                story.append(rp._para(block, st["body"], study, None))
            elif block[0] == "h":
                story.append(rp._para(block[1], st["h2"], study, None))
    story += _back(study, st, leading)
    story.append(NextPageTemplate("float"))
    for kind, label, caption, spec in _floats(study):
        story.append(PageBreak())
        cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, None)
        if kind == "table":
            story += [cap, Spacer(1, 6), _table(spec, study, st, True, doc.width)]
            if spec.get("foot"):
                story.append(rp._para(spec["foot"], st["caption"], study, None))
        else:
            story += [rp._figure(spec, study, doc.width), Spacer(1, 6), cap]
    doc.allowSplitting = 1  # only floats come after the text; a long table runs on
    _build(doc, story, study)
    return buf.getvalue()


def _build(doc: BaseDocTemplate, story: list, study: Study) -> None:
    # The prose keeps allowSplitting = 0 (set on the doc) except where we ask.
    doc.build(story)


def render_threecol(study: Study) -> bytes:
    """The three-column magazine layout (see the module docstring)."""
    rp._register_fonts()
    size = 8.0
    st = _styles("XSans", size, size * 1.3)
    for key in ("body", "abstract"):
        st[key].spaceAfter = 4
    buf = io.BytesIO()
    W, H = LETTER
    doc = _Doc(buf, pagesize=LETTER, title=study.title, leftMargin=14 * mm, rightMargin=14 * mm,
               topMargin=20 * mm, bottomMargin=18 * mm)
    fw, fh, x0, y0 = doc.width, doc.height, doc.leftMargin, doc.bottomMargin
    gap = 5 * mm
    cw = (fw - 2 * gap) / 3

    def page(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSans-Regular", 7)
        canvas.drawString(x0, H - 12 * mm, f"{study.journal} {study.year}; {study.volume}")
        canvas.drawCentredString(W / 2, H - 12 * mm, f"https://doi.org/{study.doi}")
        canvas.drawRightString(W - doc.rightMargin, H - 12 * mm, str(d.page))
        canvas.drawString(x0, 10 * mm, f"© {study.year} The Authors. Published under a CC BY licence.")
        canvas.drawRightString(W - doc.rightMargin, 10 * mm, f"{study.first_author} et al.")
        canvas.restoreState()

    def columns(height: float, tag: str) -> list[Frame]:
        return [Frame(x0 + i * (cw + gap), y0, cw, height, id=f"{tag}{i}") for i in range(3)]

    front = _front(study, st, 4)
    front_h = sum(f.wrap(fw, fh)[1] + getattr(f, "getSpaceAfter", lambda: 0)() for f in front) + 24
    templates = [PageTemplate("first", [Frame(x0, y0 + fh - front_h, fw, front_h, id="top"),
                                        *columns(fh - front_h, "a")], onPage=page),
                 PageTemplate("cols", columns(fh, "c"), onPage=page)]
    story: list = [*front, NextPageTemplate("cols")]
    n = 0
    for _type, heading, blocks in study.sections:
        story.append(rp._para(heading, st["h1"], study, None))
        for block in blocks:
            if isinstance(block, str):
                story.append(rp._para(block, st["body"], study, None))
            elif block[0] == "h":
                story.append(rp._para(block[1], st["h2"], study, None))
            else:
                kind, label, caption, spec = block
                parts: list = [rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, None)]
                if kind == "table":
                    parts.append(_table(spec, study, st, False, fw))
                    if spec.get("foot"):
                        parts.append(rp._para(spec["foot"], st["caption"], study, None))
                else:
                    parts.insert(0, rp._figure(spec, study, fw))
                band = rp._together(parts, study, f"band{n}")
                band_h = band.wrap(fw, fh)[1] + 16
                n += 1
                templates.append(PageTemplate(f"band{n}", [Frame(x0, y0 + fh - band_h, fw, band_h, id="band"),
                                                          *columns(fh - band_h, f"b{n}")], onPage=page))
                # The band opens the next page; the columns resume under it.
                story += [NextPageTemplate(f"band{n}"), PageBreak(), band, NextPageTemplate("cols")]
    story += _back(study, st, 4)
    doc.addPageTemplates(templates)
    doc.build(story)
    return buf.getvalue()


RENDERERS = {"manuscript": render_manuscript, "threecol": render_threecol}
