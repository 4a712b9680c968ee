"""Lay a ``Study`` out as a journal-like PDF with reportlab platypus.

One- or two-column pages (``BaseDocTemplate`` with one or two ``Frame``s), a
full-width title frame on page 1, running headers/footers and page numbers
drawn by ``onPage`` callbacks, BBB tables in both orientations (ruled or loose
aligned text) and BBB line plots drawn as vector graphics. Every paragraph and
table is tagged with a key; the template records the pages each key was drawn
on so ``gold`` can tell on which page a quote sits.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from . import text as tx
from .spec import Bbb, Study

# Embedded TrueType families come from matplotlib's bundled fonts so the output
# does not depend on the machine's font set; the Type 1 base fonts need no file
# (they cannot show Greek mu or ligature glyphs, so studies using them write µ or u).
_TTF = {
    "stix": ("STIXGeneral.ttf", "STIXGeneralBol.ttf", "STIXGeneralItalic.ttf", "STIXGeneralBolIta.ttf"),
    "dejavu_serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "dejavu_sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
}
_TYPE1 = {
    "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
}
SERIES_COLOURS = (colors.black, colors.HexColor("#c0392b"), colors.HexColor("#1f4e9c"), colors.HexColor("#2e8b57"))


def font_names(key: str) -> tuple[str, str, str, str]:
    """Register (once) and return the regular/bold/italic/bold-italic font names."""
    if key in _TYPE1:
        return _TYPE1[key]
    import matplotlib  # only for the path of its bundled fonts

    base = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    names = tuple(f"{key}-{i}" for i in range(4))
    if names[0] not in pdfmetrics.getRegisteredFontNames():
        for name, file in zip(names, _TTF[key], strict=True):
            pdfmetrics.registerFont(TTFont(name, os.fspath(base / file)))
        pdfmetrics.registerFontFamily(key, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])
    return names  # type: ignore[return-value]


class KeyedParagraph(Paragraph):
    """A paragraph that remembers its key across column/page splits."""

    key = ""

    def split(self, availWidth, availHeight):  # type: ignore[no-untyped-def]
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.key = self.key
        return parts


class _Doc(BaseDocTemplate):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.key_pages: dict[str, set[int]] = defaultdict(set)

    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "key", "")
        if key:
            self.key_pages[key].add(self.page)


@dataclass
class Rendered:
    """What the renderer wrote, for the gold builder."""

    quotes: list[tuple[str, tuple[str, ...], str]] = field(default_factory=list)  # key, fields, quote
    bbb_text: list[tuple[str, str, float, str]] = field(default_factory=list)  # key, group, day, "m ± e"
    paragraphs: list[tuple[str, str]] = field(default_factory=list)  # key, plain text
    table_key: str | None = None
    key_pages: dict[str, set[int]] = field(default_factory=dict)
    pages: int = 0


def fmt_cell(mean: float, err: float) -> str:
    return f"{mean:.1f} ± {err:.1f}"


class _Builder:
    def __init__(self, study: Study) -> None:
        self.s = study
        self.fonts = font_names(study.font)
        self.out = Rendered()
        self._n = 0
        two = study.layout == 2
        body = 9.2 if two else 10.5
        r, b, i, _ = self.fonts
        self.st = {
            "body": ParagraphStyle("body", fontName=r, fontSize=body, leading=body * 1.22, alignment=TA_JUSTIFY,
                                   firstLineIndent=0 if study.font.startswith("dejavu") else 10,
                                   spaceAfter=3, embeddedHyphenation=0, uriWasteReduce=0.3),
            "small": ParagraphStyle("small", fontName=r, fontSize=body - 1.5, leading=(body - 1.5) * 1.2,
                                    alignment=TA_LEFT, spaceAfter=3),
            "caption": ParagraphStyle("caption", fontName=r, fontSize=body - 1, leading=(body - 1) * 1.2,
                                      alignment=TA_JUSTIFY, spaceBefore=4, spaceAfter=6),
            "h1": ParagraphStyle("h1", fontName=b, fontSize=body + 2, leading=(body + 2) * 1.3,
                                 spaceBefore=9, spaceAfter=4, keepWithNext=1),
            "h2": ParagraphStyle("h2", fontName=i if study.font == "stix" else b, fontSize=body + 0.5,
                                 leading=(body + 0.5) * 1.25, spaceBefore=5, spaceAfter=2, keepWithNext=1),
            "title": ParagraphStyle("title", fontName=b, fontSize=17, leading=21, alignment=TA_LEFT,
                                    spaceBefore=6, spaceAfter=8),
            "authors": ParagraphStyle("authors", fontName=r, fontSize=11, leading=14, spaceAfter=4),
            "affil": ParagraphStyle("affil", fontName=i, fontSize=8, leading=10, spaceAfter=8),
            "masthead": ParagraphStyle("masthead", fontName=r, fontSize=8.5, leading=11, spaceAfter=4,
                                       textColor=colors.HexColor("#333333")),
            "abstract": ParagraphStyle("abstract", fontName=r, fontSize=body - 0.3, leading=(body - 0.3) * 1.25,
                                       alignment=TA_JUSTIFY, leftIndent=6, rightIndent=6, spaceAfter=4, embeddedHyphenation=0,
                                       ),
            "abshead": ParagraphStyle("abshead", fontName=b, fontSize=body + 1, leading=(body + 1) * 1.3,
                                      leftIndent=6, spaceAfter=2),
            "ref": ParagraphStyle("ref", fontName=r, fontSize=body - 1.5, leading=(body - 1.5) * 1.22,
                                  leftIndent=12, firstLineIndent=-12, spaceAfter=1.5),
            "cell": ParagraphStyle("cell", fontName=r, fontSize=body - 1.5, leading=(body - 1.5) * 1.2, alignment=TA_CENTER),
        }

    # -- paragraphs -----------------------------------------------------------
    def para(self, markup: str, style: str) -> KeyedParagraph:
        s = self.s
        self._n += 1
        key = f"p{self._n}"
        markup = self._fill_bbb(markup, key)
        pieces = []
        for seg in tx.split_markers(markup):
            rendered = tx.transform(seg.markup, micro=s.micro, ligatures=s.ligatures,
                                    hyphenate=s.hyphenate and style in ("body", "abstract"))
            pieces.append(rendered)
            if seg.fields:
                self.out.quotes.append((key, seg.fields, tx.plain(rendered)))
        self.out.paragraphs.append((key, tx.plain("".join(pieces))))
        p = KeyedParagraph("".join(pieces), self.st[style])
        p.key = key
        return p

    def _fill_bbb(self, markup: str, key: str) -> str:
        bbb = self.s.bbb

        def repl(m) -> str:  # type: ignore[no-untyped-def]
            assert bbb is not None, "{bbb:..} placeholder in a study without BBB data"
            group, day = m.group(1), float(m.group(2))
            mean, err = bbb.group(group).values[day]
            cell = fmt_cell(mean, err)
            if bbb.source == "text":
                self.out.bbb_text.append((key, group, day, cell))
            return cell

        return tx.BBB_PLACEHOLDER.sub(repl, markup)

    # -- tables and figures ---------------------------------------------------
    def _day_label(self, day: float, bbb: Bbb) -> str:
        if bbb.day_label == "week":
            return f"Week {day / 7:g}"
        return f"Day {day:g}" if bbb.day_label == "day" else f"{day:g} d"

    def bbb_table(self, caption: str, orientation: str, ruled: bool) -> list[Flowable]:
        bbb = self.s.bbb
        assert bbb is not None
        groups, days = bbb.groups, bbb.days
        if orientation == "days_cols":
            rows = [["Group", *[self._day_label(d, bbb) for d in days]]]
            rows += [[g.name, *[fmt_cell(*g.values[d]) if d in g.values else "–" for d in days]] for g in groups]
        else:
            rows = [["Time", *[g.name for g in groups]]]
            rows += [[self._day_label(d, bbb), *[fmt_cell(*g.values[d]) if d in g.values else "–" for g in groups]]
                     for d in days]
        r, b, _, _ = self.fonts
        size = self.st["cell"].fontSize
        style = [("FONTNAME", (0, 0), (-1, -1), r), ("FONTNAME", (0, 0), (-1, 0), b),
                 ("FONTSIZE", (0, 0), (-1, -1), size), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if ruled:
            style += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                      ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
        table = Table(rows, style=TableStyle(style), hAlign="LEFT")
        if table.wrap(self.col_width, 1000)[0] > self.col_width:
            raise ValueError(f"{self.s.pdf}: BBB table wider than the column; use the other orientation")
        table.key = "bbb_table"
        self.out.table_key = "bbb_table"
        return [KeepTogether([self.para(caption, "caption"), table, Spacer(1, 6)])]

    def bbb_figure(self, caption: str, width: float) -> list[Flowable]:
        bbb = self.s.bbb
        assert bbb is not None
        return [KeepTogether([bbb_plot(bbb, min(width - 12, 300), self.fonts[0]), self.para(caption, "caption")])]

    # -- the document ---------------------------------------------------------
    def flowables(self, col_width: float) -> list[Flowable]:
        self.col_width = col_width - 12
        out: list[Flowable] = [NextPageTemplate("later")]
        for block in self.s.blocks:
            kind = block[0]
            if kind in ("masthead", "title", "authors", "affil", "keywords", "p", "small", "h1", "h2"):
                style = {"p": "body", "keywords": "small"}.get(kind, kind)
                out.append(self.para(block[1], style))
            elif kind == "abstract":
                out += [self.para(block[1], "abshead"), self.para(block[2], "abstract")]
            elif kind == "columns":
                if self.s.layout == 2:
                    out.append(FrameBreak())
                else:
                    out.append(Spacer(1, 8))
            elif kind == "bbb_table":
                out += self.bbb_table(block[1], block[2], block[3])
            elif kind == "bbb_figure":
                out += self.bbb_figure(block[1], col_width)
            elif kind == "refs":
                out.append(self.para(block[1], "h1"))
                out += [self.para(ref, "ref") for ref in block[2]]
            else:
                raise ValueError(f"unknown block kind {kind!r}")
        return out


def bbb_plot(bbb: Bbb, width: float, font: str) -> Drawing:
    """A BBB-by-day line plot with error bars, drawn as vector shapes."""
    h = width * 0.62
    d = Drawing(width, h)
    x0, y0, x1, y1 = 34.0, 26.0, width - 8, h - 22
    days = bbb.days
    dmax = max(days) * 1.05

    def px(day: float) -> float:
        return x0 + (x1 - x0) * day / dmax

    top = 21 if bbb.scale == "BBB" else 9

    def py(score: float) -> float:
        return y0 + (y1 - y0) * score / top

    d.add(Line(x0, y0, x1, y0, strokeWidth=0.8))
    d.add(Line(x0, y0, x0, y1, strokeWidth=0.8))
    for score in (0, 7, 14, 21) if top == 21 else (0, 3, 6, 9):
        d.add(Line(x0 - 3, py(score), x0, py(score), strokeWidth=0.6))
        d.add(String(x0 - 5, py(score) - 2.5, str(score), fontName=font, fontSize=6.5, textAnchor="end"))
    for day in days:
        d.add(Line(px(day), y0 - 3, px(day), y0, strokeWidth=0.6))
        d.add(String(px(day), y0 - 11, f"{day:g}", fontName=font, fontSize=6.5, textAnchor="middle"))
    d.add(String((x0 + x1) / 2, 3, "Days post-injury", fontName=font, fontSize=7, textAnchor="middle"))
    # The y-axis title reads bottom-to-top: a String rotated by a Group transform.
    d.add(Group(String(0, 0, f"{bbb.scale} score", fontName=font, fontSize=7, textAnchor="middle"),
                transform=(0, 1, -1, 0, 10, (y0 + y1) / 2)))
    for k, g in enumerate(bbb.groups):
        colour = SERIES_COLOURS[k % len(SERIES_COLOURS)]
        pts = [(px(day), py(m)) for day, (m, _) in sorted(g.values.items())]
        d.add(PolyLine([c for p in pts for c in p], strokeColor=colour, strokeWidth=1))
        for (day, (m, e)), (x, y) in zip(sorted(g.values.items()), pts, strict=True):
            d.add(Line(x, py(m - e), x, py(m + e), strokeColor=colour, strokeWidth=0.5))
            d.add(Rect(x - 1.8, y - 1.8, 3.6, 3.6, fillColor=colour, strokeColor=colour))
        ly = y1 + 12 - 0 * k
        lx = x0 + 6 + k * (x1 - x0) / max(len(bbb.groups), 1)
        d.add(Line(lx, ly + 2, lx + 10, ly + 2, strokeColor=colour, strokeWidth=1))
        d.add(String(lx + 13, ly, g.name, fontName=font, fontSize=6.5))
    return d


def render(study: Study, path: Path) -> Rendered:
    """Write ``study`` to ``path``; return the quotes and the pages they were drawn on."""
    pw, ph = A4 if study.pagesize == "A4" else letter
    margin, gutter = 54.0, 16.0
    b = _Builder(study)
    body_top = ph - margin - 14
    if study.layout == 2:
        cw = (pw - 2 * margin - gutter) / 2
        flowables = b.flowables(cw)
        top_h = _height_before_columns(flowables, pw - 2 * margin) + 16
        first = [Frame(margin, body_top - top_h, pw - 2 * margin, top_h, id="top", showBoundary=0),
                 Frame(margin, margin, cw, body_top - top_h - margin, id="c1"),
                 Frame(margin + cw + gutter, margin, cw, body_top - top_h - margin, id="c2")]
        later = [Frame(margin, margin, cw, body_top - margin, id="l1"),
                 Frame(margin + cw + gutter, margin, cw, body_top - margin, id="l2")]
    else:
        cw = pw - 2 * margin - 30
        flowables = b.flowables(cw)
        first = [Frame(margin + 15, margin, cw, body_top - margin, id="one")]
        later = [Frame(margin + 15, margin, cw, body_top - margin, id="one")]
    deco = _decorations(study, b.fonts, pw, ph, margin)
    doc = _Doc(os.fspath(path), pagesize=(pw, ph), invariant=1, title=study.fields["title"],
               author=study.running_authors, subject="Synthetic test document (miner corpus_samples)",
               creator="miner corpus_samples/generate.py", producer="reportlab")
    doc.addPageTemplates([PageTemplate("first", first, onPage=deco[0]), PageTemplate("later", later, onPage=deco[1])])
    doc.build(flowables)
    b.out.key_pages = dict(doc.key_pages)
    b.out.pages = doc.page
    return b.out


def _height_before_columns(flowables: list[Flowable], width: float) -> float:
    """Height of the title block (everything before the first FrameBreak) at ``width``."""
    total = 0.0
    for f in flowables:
        if isinstance(f, type(FrameBreak)):
            return total
        if isinstance(f, NextPageTemplate):
            continue
        _, h = f.wrap(width - 12, 10_000)  # Frame's default padding is 6 pt a side
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    raise ValueError("a two-column study needs a ('columns',) block after its title block")


def _decorations(study: Study, fonts, pw: float, ph: float, margin: float):  # type: ignore[no-untyped-def]
    r, _bold, it, _ = fonts

    def first(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(r, 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(margin, 28, "Synthetic test document generated by miner corpus_samples; not a real publication.")
        canvas.drawRightString(pw - margin, 28, str(study.first_page))
        if study.header_style == "band":
            canvas.setFillColor(colors.HexColor("#1f4e9c"))
            canvas.rect(0, ph - 30, pw, 30, stroke=0, fill=1)
        canvas.restoreState()

    def later(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        number = str(study.first_page + doc.page - 1)
        canvas.setFont(it if study.header_style != "plain" else r, 8)
        if doc.page % 2 == 0:
            canvas.drawString(margin, ph - margin + 6, study.running_authors)
            canvas.drawRightString(pw - margin, ph - margin + 6, study.running_head)
        else:
            canvas.drawString(margin, ph - margin + 6, study.running_head)
            canvas.drawRightString(pw - margin, ph - margin + 6, study.running_authors)
        if study.header_style == "rule":
            canvas.setLineWidth(0.5)
            canvas.line(margin, ph - margin + 2, pw - margin, ph - margin + 2)
        canvas.setFont(r, 8.5)
        if study.header_style == "band":
            canvas.drawCentredString(pw / 2, 30, number)
        else:
            canvas.drawRightString(pw - margin, 30, number) if doc.page % 2 else canvas.drawString(margin, 30, number)
        canvas.restoreState()

    return first, later
