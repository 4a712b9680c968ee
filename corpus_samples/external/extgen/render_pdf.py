"""Render a ``Study`` as a PDF with reportlab, recording the page of every block.

Two layouts, both unlike a plain two-column template:

- ``single``: A4, one column with wide margins, serif, running header from page 2,
  centred page numbers, first-page footnotes (correspondence, synthetic notice);
- ``twocol``: US Letter, sans serif, a full-width title block and abstract on page 1
  and two columns below, a ruled running header with the page number on the right.

Paragraphs are never split across pages or columns (``allowSplitting = 0``), so
every quote lies on exactly one page.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from extgen.model import BBB_RE, QUOTE_RE, Study, check_markup

rl_config.invariant = 1  # fixed dates and ids: byte-for-byte reproducible output
rl_config.pageCompression = 1  # keep the committed files small

_FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/liberation2")]
_FAMILIES = {"Serif": "LiberationSerif", "Sans": "LiberationSans"}


def _register_fonts() -> None:
    for fam, base in _FAMILIES.items():
        if f"X{fam}" in pdfmetrics.getRegisteredFontNames():
            continue
        files = {}
        for style in ("Regular", "Bold", "Italic", "BoldItalic"):
            path = next((d / f"{base}-{style}.ttf" for d in _FONT_DIRS if (d / f"{base}-{style}.ttf").is_file()), None)
            if path is None:
                raise SystemExit(f"font {base}-{style}.ttf not found in {_FONT_DIRS} (install fonts-liberation)")
            files[style] = path
            pdfmetrics.registerFont(TTFont(f"X{fam}-{style}", str(path)))
        pdfmetrics.registerFontFamily(f"X{fam}", normal=f"X{fam}-Regular", bold=f"X{fam}-Bold",
                                      italic=f"X{fam}-Italic", boldItalic=f"X{fam}-BoldItalic")


def _rl(markup: str, study: Study) -> str:
    check_markup(markup, study.stem)
    text = QUOTE_RE.sub(lambda m: m.group(2), markup)
    text = BBB_RE.sub(lambda m: study.scores.cell(m.group(1), float(m.group(2)), m.group(3)), text)
    pieces = re.split(r"(</?(?:i|b|sup|sub)>)", text)
    return "".join(p if re.fullmatch(r"</?(?:i|b|sup|sub)>", p) else escape(p) for p in pieces)


class _Doc(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, study: Study, **kw: object) -> None:
        super().__init__(buf, **kw)
        self.study = study
        self.pages: dict[str, int] = {}
        self.allowSplitting = 0

    def afterFlowable(self, flowable: object) -> None:  # noqa: N802 (reportlab API)
        for key in [getattr(flowable, "_key", None), *getattr(flowable, "_keys", [])]:
            if key is not None:
                self.pages[key] = self.page


def _styles(layout: str) -> dict[str, ParagraphStyle]:
    fam = "XSerif" if layout == "single" else "XSans"
    size = 10.5 if layout == "single" else 9
    body = ParagraphStyle("body", fontName=f"{fam}-Regular", fontSize=size, leading=size * 1.35,
                          alignment=4 if layout == "single" else 0, spaceAfter=size * 0.6,
                          firstLineIndent=12 if layout == "single" else 0)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=f"{fam}-Bold", fontSize=size + 7,
                                leading=(size + 7) * 1.2, alignment=0, firstLineIndent=0, spaceAfter=8),
        "authors": ParagraphStyle("authors", parent=body, fontSize=size + 1, alignment=0, firstLineIndent=0),
        "small": ParagraphStyle("small", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3,
                                alignment=0, firstLineIndent=0),
        "abstract": ParagraphStyle("abstract", parent=body, fontSize=size - 0.5, firstLineIndent=0,
                                   leftIndent=0 if layout == "twocol" else 18,
                                   rightIndent=0 if layout == "twocol" else 18),
        "h1": ParagraphStyle("h1", parent=body, fontName=f"{fam}-Bold", fontSize=size + 1.5,
                             spaceBefore=8, spaceAfter=4, firstLineIndent=0, alignment=0),
        "h2": ParagraphStyle("h2", parent=body, fontName=f"{fam}-Italic", fontSize=size,
                             spaceBefore=4, spaceAfter=2, firstLineIndent=0, alignment=0),
        "caption": ParagraphStyle("caption", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3,
                                  firstLineIndent=0, alignment=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=size - 1, firstLineIndent=0, alignment=0),
    }


def _para(markup: str, style: ParagraphStyle, study: Study, key: str | None) -> Paragraph:
    p = Paragraph(_rl(markup, study), style)
    p._key = key  # type: ignore[attr-defined]
    return p


def _bbb_table(spec: dict, study: Study, st: dict[str, ParagraphStyle], key: str) -> Table:
    s = study.scores
    days, groups = spec["days"], spec["groups"]
    if spec["orient"] == "rows":
        data = [[spec.get("corner", "Time")] + groups]
        data += [[spec["day_fmt"](d)] + [s.cell(g, d) for g in groups] for d in days]
    else:
        data = [[spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days]]
        data += [[g] + [s.cell(g, d) for d in days] for g in groups]
    fam = st["cell"].fontName.split("-")[0]
    t = Table(data, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, 0), f"{fam}-Bold", st["cell"].fontSize),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def _figure(spec: dict, study: Study, width: float) -> Drawing:
    """A vector line plot of the scores (points are exact: a plot reader can use them)."""
    s = study.scores
    d = Drawing(width, 170)
    lp = LinePlot()
    lp.x, lp.y, lp.width, lp.height = 36, 30, width - 140, 120
    scale = 7.0 if spec.get("x") == "weeks" else 1.0
    lp.data = [[(day / scale, s.values[g][day][0]) for day in spec["days"]] for g in spec["groups"]]
    palette = [colors.black, colors.HexColor("#1f5fa8"), colors.HexColor("#b0302a"), colors.HexColor("#2f8a3b")]
    for i in range(len(spec["groups"])):
        lp.lines[i].strokeColor = palette[i % len(palette)]
        lp.lines[i].strokeWidth = 1.2
    top, step = (9, 1) if s.outcome == "BMS" else (21, 3)
    lp.yValueAxis.valueMin, lp.yValueAxis.valueMax, lp.yValueAxis.valueStep = 0, top, step
    lp.xValueAxis.valueMin = 0
    lp.xValueAxis.labels.fontName = lp.yValueAxis.labels.fontName = "XSans-Regular"
    lp.xValueAxis.labels.fontSize = lp.yValueAxis.labels.fontSize = 7
    d.add(lp)
    d.add(String(36 + (width - 140) / 2, 8, "Weeks after injury" if scale == 7 else "Days post-injury",
                 fontName="XSans-Regular", fontSize=7, textAnchor="middle"))
    d.add(String(10, 88, s.outcome, fontName="XSans-Regular", fontSize=7, textAnchor="middle"))
    leg = Legend()
    leg.x, leg.y = width - 96, 140
    leg.fontName, leg.fontSize = "XSans-Regular", 7
    leg.colorNamePairs = [(palette[i % len(palette)], g) for i, g in enumerate(spec["groups"])]
    d.add(leg)
    return d


def _together(parts: list, study: Study, key: str) -> Table:
    """Caption, float and footnote as one unsplittable flowable (keys recorded by page)."""
    box = Table([[p] for p in parts], hAlign="LEFT")
    box.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    box._key = key  # type: ignore[attr-defined]
    box._keys = [getattr(p, "_key", None) for p in parts]  # type: ignore[attr-defined]
    return box


def render_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page (1-based) on which each keyed block was drawn.

    Keys: ``title``, ``authors``, ``journal``, ``doi``, ``abs<i>``, ``s<i>.<j>`` (block j of
    section i), ``cap:<label>``, ``tab:<label>``, ``back<i>``, ``ref<i>``.
    """
    _register_fonts()
    st = _styles(study.layout)
    buf = io.BytesIO()
    single = study.layout == "single"
    size = A4 if single else LETTER
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=34 * mm if single else 16 * mm, rightMargin=34 * mm if single else 16 * mm,
               topMargin=24 * mm, bottomMargin=22 * mm)
    W, H = size
    fw, fh = doc.width, doc.height
    fam = "XSerif" if single else "XSans"

    def header(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(f"{fam}-Italic", 8)
        if single:
            if d.page > 1:
                canvas.drawString(doc.leftMargin, H - 14 * mm, f"{study.journal} ({study.year})")
                canvas.drawRightString(W - doc.rightMargin, H - 14 * mm, study.short_title)
            canvas.setFont(f"{fam}-Regular", 9)
            canvas.drawCentredString(W / 2, 11 * mm, f"– {d.page} –")
            if d.page == 1 and study.footnote:
                canvas.setFont(f"{fam}-Regular", 7.5)
                canvas.line(doc.leftMargin, 19 * mm, doc.leftMargin + 40 * mm, 19 * mm)
                canvas.drawString(doc.leftMargin, 16 * mm, "* " + study.footnote)
        else:
            canvas.drawString(doc.leftMargin, H - 12 * mm, f"{study.journal} · {study.year} · {study.volume}")
            canvas.setFont(f"{fam}-Bold", 9)
            canvas.drawRightString(W - doc.rightMargin, H - 12 * mm, str(d.page))
            canvas.line(doc.leftMargin, H - 13.5 * mm, W - doc.rightMargin, H - 13.5 * mm)
            if d.page == 1 and study.footnote:
                canvas.setFont(f"{fam}-Regular", 7)
                canvas.drawString(doc.leftMargin, 12 * mm, study.footnote)
        canvas.restoreState()

    if single:
        doc.addPageTemplates([PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")],
                                           onPage=header)])
    else:
        gap, top_h = 7 * mm, 330
        cw = (fw - gap) / 2
        first = [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top"),
                 Frame(doc.leftMargin, doc.bottomMargin, cw, fh - top_h, id="c1"),
                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh - top_h, id="c2")]
        later = [Frame(doc.leftMargin, doc.bottomMargin, cw, fh, id="l1"),
                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh, id="l2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=header),
                              PageTemplate("later", later, onPage=header)])

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
            elif block[0] == "table":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                parts = [cap, _bbb_table(spec, study, st, f"tab:{label}")]
                if spec.get("foot"):
                    parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
                story.append(_together(parts, study, f"tab:{label}"))
            elif block[0] == "figure":
                _, label, caption, spec = block
                width = fw if single else (fw - 7 * mm) / 2
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, width), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages
