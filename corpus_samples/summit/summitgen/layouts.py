"""Layout habits the external renderer lacks, for some of the summit papers.

The external renderer (``extgen.render_pdf``) knows two layouts. This module adds four,
chosen by ``Study.layout``:

- ``manuscript``: an accepted-manuscript PDF: A4, double spacing, ragged right, line
  numbers running down the left margin (continuous over pages), a running header
  "Accepted manuscript" and "Page n of N"-style footer;
- ``continued``: one column, and a long score table that is allowed to break at a page
  end: its column headers repeat and a "(continued)" line opens the next page;
- ``landscape``: one column, but the score table sits alone on a landscape page with a
  merged header cell spanning the time-point columns and footnote markers on cells;
- ``footer``: two columns on A4, a journal banner and a footer line carrying the journal
  name, volume and the article's citation on every page, score cells with footnote
  markers.

Text paragraphs never split (quotes stay on one page); only the score table of the
``continued`` layout breaks, and the page of each of its rows is recorded.
"""

from __future__ import annotations

import io
from typing import Any

from extgen.model import Study
from extgen.render_pdf import _bbb_table, _Doc, _figure, _para, _register_fonts, _styles, _together
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

CUSTOM = ("manuscript", "continued", "landscape", "footer")


class _WholePara(Paragraph):
    """A paragraph that moves to the next frame rather than split (the doc allows splits)."""

    def split(self, availWidth: float, availHeight: float) -> list:
        return []


class _SplitDoc(_Doc):
    """Records the page of every row of a breaking score table (``rowpages[(label, row)]``)."""

    def __init__(self, *a: Any, **kw: Any) -> None:
        super().__init__(*a, **kw)
        self.allowSplitting = 1
        self.rowpages: dict[tuple[str, str], int] = {}

    def afterFlowable(self, flowable: object) -> None:
        super().afterFlowable(flowable)
        label = getattr(flowable, "_rowlabel", None)
        if label is not None and isinstance(flowable, Table):
            for row in flowable._cellvalues:
                if isinstance(row[0], str):
                    self.rowpages[(label, row[0])] = self.page


class _BreakTable(Table):
    """A table that may break at a page end: header rows repeat, and a "(continued)" line
    precedes the second piece, as journals print long tables."""

    def split(self, availWidth: float, availHeight: float) -> list:
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        for p in parts:
            p.__class__ = _BreakTable
            p._rowlabel = self._rowlabel  # type: ignore[attr-defined]
            p._contstyle = self._contstyle  # type: ignore[attr-defined]
        parts[0]._key = self._key  # type: ignore[attr-defined]
        parts[0]._keys = self._keys  # type: ignore[attr-defined]
        cont = Paragraph(f"<b>{self._rowlabel}</b> (continued)", self._contstyle)  # type: ignore[attr-defined]
        cont.keepWithNext = 1
        return [parts[0], cont, parts[1]]


def _mark(cell: str, marks: dict, group: str, day: float) -> str:
    return cell + marks.get((group, day), "")


def _score_table(spec: dict, study: Study, st: dict[str, ParagraphStyle], key: str, *,
                 merged: str | None = None, breaking: bool = False, caption: Any = None) -> Table:
    """The score table with optional merged header over the time columns and cell markers."""
    s = study.scores
    days, groups, marks = spec["days"], spec["groups"], spec.get("marks", {})
    fam = st["cell"].fontName.split("-")[0]
    if spec["orient"] == "rows":
        head = [spec.get("corner", "Time")] + groups
        body = [[spec["day_fmt"](d)] + [_mark(s.cell(g, d), marks, g, d) for g in groups] for d in days]
    else:
        head = [spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days]
        body = [[g] + [_mark(s.cell(g, d), marks, g, d) for d in days] for g in groups]
    ncol = len(head)
    data: list[list[Any]] = []
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ]
    top = 0
    if caption is not None:  # caption as a spanning first row: printed once, not repeated on a break
        data.append([caption] + [""] * (ncol - 1))
        style += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (0, 0), 0)]
        top = 1
    if merged is not None:
        data.append([head[0], merged] + [""] * (ncol - 2))
        style += [("SPAN", (1, top), (-1, top)), ("SPAN", (0, top), (0, top + 1)),
                  ("ALIGN", (1, top), (-1, top), "CENTER"), ("VALIGN", (0, top), (0, top + 1), "BOTTOM"),
                  ("LINEBELOW", (1, top), (-1, top), 0.4, colors.black)]
        data.append([""] + head[1:])
    else:
        data.append(head)
    hdr_last = len(data) - 1
    style += [("FONT", (0, top), (-1, hdr_last), f"{fam}-Bold", st["cell"].fontSize),
              ("LINEABOVE", (0, top), (-1, top), 0.8, colors.black),
              ("LINEBELOW", (0, hdr_last), (-1, hdr_last), 0.4, colors.black)]
    data += body
    nhead = len(data) - len(body)
    t = (_BreakTable if breaking else Table)(data, hAlign="LEFT", repeatRows=tuple(range(top, nhead)))
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    return t


def _styles_for(layout: str) -> dict[str, ParagraphStyle]:
    st = _styles("single")
    if layout == "manuscript":
        for name in ("body", "abstract", "h1", "h2", "caption", "small", "authors", "title"):
            s = st[name]
            s.leading = max(s.leading, s.fontSize * 2.0)
            s.alignment = 0
            s.firstLineIndent = 0
            s.spaceBefore = 0
            s.spaceAfter = s.leading if name in ("body", "abstract") else 0
        st["body"].fontSize = st["abstract"].fontSize = 11
        st["body"].leading = st["abstract"].leading = 22
    if layout == "footer":
        st = _styles("twocol")
        st["cell"].fontSize = 6.8  # narrow columns: journals shrink table type rather than wrap cells
    return st


def render_custom(study: Study) -> tuple[bytes, dict[str, int], dict[tuple[str, str], int]]:
    """PDF bytes, the page of each keyed block, and the page of each row of a breaking table.

    Keys are those of ``extgen.render_pdf.render_pdf``; row pages are keyed by (table label,
    printed row label) and only filled for the ``continued`` layout.
    """
    _register_fonts()
    layout = study.layout
    if layout not in CUSTOM:
        raise ValueError(f"{study.stem}: unknown layout {layout}")
    st = _styles_for(layout)
    buf = io.BytesIO()
    lm = 30 * mm if layout == "manuscript" else 24 * mm if layout == "footer" else 28 * mm
    doc = _SplitDoc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
                    leftMargin=lm, rightMargin=24 * mm if layout != "manuscript" else 26 * mm,
                    topMargin=26 * mm, bottomMargin=24 * mm)
    fw, fh = doc.width, doc.height
    serif = "XSans" if layout == "footer" else "XSerif"

    def decorate(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        pw, ph = canvas._pagesize
        if layout == "manuscript":
            canvas.setFont(f"{serif}-Regular", 8)
            canvas.drawString(lm, ph - 14 * mm, "Accepted manuscript – not the version of record")
            canvas.drawRightString(pw - doc.rightMargin, 12 * mm, f"Page {d.page}")
            lead = st["body"].leading
            per_page = int(fh // lead)
            canvas.setFont(f"{serif}-Regular", 7)
            canvas.setFillColor(colors.HexColor("#666666"))
            for i in range(per_page):
                y = doc.bottomMargin + fh - (i + 1) * lead + 6
                canvas.drawRightString(lm - 8 * mm, y, str((d.page - 1) * per_page + i + 1))
        elif layout == "footer":
            canvas.setFillColor(colors.HexColor("#203a60"))
            canvas.rect(0, ph - 11 * mm, pw, 11 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(f"{serif}-Bold", 9)
            canvas.drawString(lm, ph - 7.5 * mm, study.journal.upper())
            canvas.setFillColor(colors.black)
            canvas.setFont(f"{serif}-Regular", 7)
            canvas.line(lm, 17 * mm, pw - doc.rightMargin, 17 * mm)
            canvas.drawString(lm, 13 * mm, f"{study.journal} {study.year}; {study.volume} · "
                                             f"doi:{study.doi}")
            canvas.drawRightString(pw - doc.rightMargin, 13 * mm, f"{d.page}")
        else:
            canvas.setFont(f"{serif}-Italic", 8)
            if d.page > 1:
                canvas.drawString(lm, ph - 14 * mm, study.short_title)
                canvas.drawRightString(pw - doc.rightMargin, ph - 14 * mm, f"{study.journal}, {study.volume}")
            canvas.setFont(f"{serif}-Regular", 9)
            canvas.drawRightString(pw - doc.rightMargin, 12 * mm, str(d.page))
        if d.page == 1 and study.footnote:
            canvas.setFont(f"{serif}-Regular", 7)
            canvas.drawString(lm, 8 * mm, study.footnote)
        canvas.restoreState()

    if layout == "footer":
        gap = 6 * mm
        cw = (fw - gap) / 2
        top_h = 300
        first = [Frame(lm, doc.bottomMargin + fh - top_h, fw, top_h, id="top"),
                 Frame(lm, doc.bottomMargin, cw, fh - top_h, id="c1"),
                 Frame(lm + cw + gap, doc.bottomMargin, cw, fh - top_h, id="c2")]
        later = [Frame(lm, doc.bottomMargin, cw, fh, id="l1"), Frame(lm + cw + gap, doc.bottomMargin, cw, fh, id="l2")]
        templates = [PageTemplate("first", first, onPage=decorate), PageTemplate("main", later, onPage=decorate)]
        col_w = cw
    else:
        templates = [PageTemplate("main", [Frame(lm, doc.bottomMargin, fw, fh, id="f")], onPage=decorate)]
        col_w = fw
    LW, LH = landscape(A4)
    templates.append(PageTemplate("land", [Frame(20 * mm, 20 * mm, LW - 40 * mm, LH - 42 * mm, id="land")],
                                  onPage=decorate, pagesize=landscape(A4)))
    doc.addPageTemplates(templates)

    def para(markup: str, style: ParagraphStyle, key: str | None) -> Paragraph:
        p = _para(markup, style, study, key)
        p.__class__ = _WholePara
        return p

    story: list = []
    story.append(para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], "journal"))
    story.append(para(f"https://doi.org/{study.doi}", st["small"], "doi"))
    story.append(Spacer(1, 6))
    story.append(para(study.title, st["title"], "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(para(names, st["authors"], "authors"))
    story.append(para("; ".join(study.affiliations), st["small"], "affil"))
    story.append(Spacer(1, 6))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(para(lead + text, st["abstract"], f"abs{i}"))
    story.append(para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], "kwd"))
    if layout == "footer":
        from reportlab.platypus import FrameBreak
        story += [NextPageTemplate("main"), FrameBreak()]
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(para(heading, st["h1"], f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(para(block, st["body"], key))
            elif block[0] == "h":
                story.append(para(block[1], st["h2"], key))
            elif block[0] == "table":
                _, label, caption, spec = block
                story += _table_flowables(layout, label, caption, spec, study, st, doc, para)
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = para(f"<b>{label}.</b> {caption}", st["caption"], f"cap:{label}")
                story.append(_together([_figure(spec, study, col_w), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(para(f"<b>{heading}.</b> {text}", st["small"], f"back{i}"))
    story.append(para("References", st["h1"], "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(para(f"[{i}] {ref}", st["small"], f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages, doc.rowpages


def _table_flowables(layout: str, label: str, caption: str, spec: dict, study: Study,
                     st: dict[str, ParagraphStyle], doc: _SplitDoc, para: Any) -> list:
    foot = para(spec["foot"], st["caption"], f"foot:{label}") if spec.get("foot") else None
    if layout == "continued" and spec.get("breaks"):
        cap = para(f"<b>{label}.</b> {caption}", st["caption"], f"cap:{label}")
        tab = _score_table(spec, study, st, f"tab:{label}", merged=spec.get("merged"), breaking=True,
                           caption=cap)
        tab._keys = [f"cap:{label}"]  # type: ignore[attr-defined]
        tab._rowlabel = label  # type: ignore[attr-defined]
        tab._contstyle = st["caption"]  # type: ignore[attr-defined]
        return [tab] + ([foot] if foot is not None else [])
    tab = (_score_table(spec, study, st, f"tab:{label}", merged=spec.get("merged"))
           if layout != "manuscript" or spec.get("merged") or spec.get("marks") else
           _bbb_table(spec, study, st, f"tab:{label}"))
    cap = para(f"<b>{label}.</b> {caption}", st["caption"], f"cap:{label}")
    parts = [cap, tab] + ([foot] if foot is not None else [])
    box = _together(parts, study, f"tab:{label}")
    if layout == "landscape" and spec.get("landscape"):
        return [NextPageTemplate("land"), PageBreak(), box, NextPageTemplate("main"), PageBreak()]
    return [box]
