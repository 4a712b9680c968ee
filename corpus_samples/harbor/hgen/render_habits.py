"""PDF layout habits the external renderer lacks, for the harbor corpus.

The external renderer (``corpus_samples/external/extgen/render_pdf.py``) draws two layouts.
Real papers come in more; this module adds, per study (``HStudy.habits``):

- ``page``: ``"manuscript"`` (accepted-manuscript style: A4, one column, double spacing,
  continuous line numbers in the left margin, a running footer with the journal's
  "accepted manuscript" notice) or ``"threecol"`` (US Letter, full-width title block,
  three narrow columns below, running header and footer with journal text);
- per table spec: ``merged`` (one header cell such as "BBB score" spanning the time-point
  columns over a second header row), ``marks`` (footnote markers after some cells, e.g.
  ``*`` or a superscript letter), ``split_after`` (the table continues on the next page
  with "(continued)" and its header repeated), ``landscape`` (the table sits alone on a
  landscape page).

It imports the external renderer's helpers and never changes them. Paragraphs are never
split, so every quote lies on one page; the rows of a continued table record their page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.frames import Frame


@dataclass
class HStudy(Study):
    """A ``Study`` with the layout habits of its journal (empty: use the external renderer)."""

    habits: dict[str, Any] = field(default_factory=dict)


def cell_text(study: Study, spec: dict, group: str, day: float) -> str:
    """A score cell as printed in the PDF: the value plus any footnote marker."""
    return study.scores.cell(group, day) + spec.get("marks", {}).get((group, day), "")


def _rows(study: Study, spec: dict) -> tuple[list[list[str]], list[list[str]], list[float | str]]:
    """(header rows, body rows, the day or group each body row holds)."""
    days, groups = spec["days"], spec["groups"]
    if spec["orient"] == "rows":  # days down the side
        head = [[spec.get("corner", "Time")] + groups]
        body = [[spec["day_fmt"](d)] + [cell_text(study, spec, g, d) for g in groups] for d in days]
        return head, body, list(days)
    cols = [spec["day_fmt"](d) for d in days]
    if spec.get("merged"):
        head = [[spec.get("corner", "Group"), spec["merged"]] + [""] * (len(days) - 1), [""] + cols]
    else:
        head = [[spec.get("corner", "Group")] + cols]
    body = [[g] + [cell_text(study, spec, g, d) for d in days] for g in groups]
    return head, body, list(groups)


def _table(head: list[list[str]], body: list[list[str]], st: dict[str, ParagraphStyle], spec: dict,
           key: str, width: float | None) -> Table:
    data = head + body
    nh = len(head)
    ncol = len(data[0])
    col_w = None
    if width is not None:
        first = min(width * 0.28, 95)
        col_w = [first] + [(width - first) / (ncol - 1)] * (ncol - 1)
    t = Table(data, colWidths=col_w, hAlign="LEFT", repeatRows=nh)
    fam = st["cell"].fontName.split("-")[0]
    size = st["cell"].fontSize - (0.8 if ncol > 6 else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, size),
        ("FONT", (0, 0), (-1, nh - 1), f"{fam}-Bold", size),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if nh == 2:  # one header cell spans the time-point columns, with a rule under it only
        style += [("SPAN", (1, 0), (-1, 0)), ("ALIGN", (1, 0), (-1, 0), "CENTER"),
                  ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.black), ("SPAN", (0, 0), (0, 1)),
                  ("VALIGN", (0, 0), (0, 1), "BOTTOM")]
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    return t


class _HDoc(_Doc):
    """Records the page of every keyed flowable and counts printed lines for line numbers."""

    def __init__(self, buf: io.BytesIO, study: Study, **kw: object) -> None:
        super().__init__(buf, study, **kw)
        self.line_no = 0


def render_pdf_habits(study: HStudy) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of each keyed block (same keys as the external renderer,
    plus ``tab:<label>#2`` for the continued part of a split table)."""
    _register_fonts()
    habits = study.habits
    kind = habits["page"]
    manuscript = kind == "manuscript"
    st = _styles("single" if manuscript else "twocol")
    if manuscript:  # double spacing, ragged right, as submitted
        for name in ("body", "abstract", "h1", "h2", "caption", "small", "authors"):
            s = st[name]
            s.leading = s.fontSize * 2.0
            s.alignment = 0
        st["body"].firstLineIndent = 0
        st["abstract"].leftIndent = st["abstract"].rightIndent = 0
    else:
        for s in st.values():
            s.fontSize = max(s.fontSize - 1, 7)
            s.leading = s.fontSize * 1.3
    size = A4 if manuscript else LETTER
    buf = io.BytesIO()
    doc = _HDoc(buf, study, pagesize=size, title=study.title, author=study.first_author,
                leftMargin=30 * mm if manuscript else 13 * mm, rightMargin=25 * mm if manuscript else 13 * mm,
                topMargin=22 * mm, bottomMargin=22 * mm)
    W, H = size
    fw, fh = doc.width, doc.height
    fam = "XSerif" if manuscript else "XSans"
    lead = st["body"].leading

    def on_page(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if manuscript:
            canvas.setFont(f"{fam}-Regular", 8)
            canvas.drawString(doc.leftMargin, 12 * mm, habits.get("footer", "Accepted manuscript"))
            canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
            # continuous line numbers down the margin, one per baseline of the body text
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.setFillColor(colors.HexColor("#555555"))
            y = doc.bottomMargin + fh - 6 - lead * 0.8
            while y > doc.bottomMargin:
                d.line_no += 1
                if d.line_no % 5 == 0:
                    canvas.drawRightString(doc.leftMargin - 8 * mm, y, str(d.line_no))
                y -= lead
        else:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.drawString(doc.leftMargin, H - 10 * mm, habits.get("header", study.journal))
            canvas.drawRightString(W - doc.rightMargin, H - 10 * mm, f"{study.first_author} et al.")
            canvas.line(doc.leftMargin, 15 * mm, W - doc.rightMargin, 15 * mm)
            canvas.drawString(doc.leftMargin, 11 * mm, habits.get("footer", study.journal))
            canvas.drawRightString(W - doc.rightMargin, 11 * mm, str(d.page))
            if d.page == 1 and study.footnote:
                canvas.drawString(doc.leftMargin, 7 * mm, study.footnote)
        canvas.restoreState()

    def on_land(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(f"{fam}-Regular", 8)
        lw, _lh = landscape(size)
        canvas.drawRightString(lw - 20 * mm, 10 * mm, f"Page {d.page}" if manuscript else str(d.page))
        canvas.restoreState()

    lw, lh = landscape(size)
    land = PageTemplate("land", [Frame(20 * mm, 18 * mm, lw - 40 * mm, lh - 36 * mm, id="land")],
                        onPage=on_land, pagesize=landscape(size))
    if manuscript:
        main = "main"
        doc.addPageTemplates([PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")],
                                           onPage=on_page, pagesize=size), land])
        col_w = fw
    else:
        main = "later"
        gap, top_h = 5 * mm, 300
        cw = (fw - 2 * gap) / 3
        first = [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top")]
        first += [Frame(doc.leftMargin + i * (cw + gap), doc.bottomMargin, cw, fh - top_h, id=f"c{i}")
                  for i in range(3)]
        later = [Frame(doc.leftMargin + i * (cw + gap), doc.bottomMargin, cw, fh, id=f"l{i}") for i in range(3)]
        doc.addPageTemplates([PageTemplate("first", first, onPage=on_page, pagesize=size),
                              PageTemplate("later", later, onPage=on_page, pagesize=size), land])
        col_w = cw
    wide: tuple[float, list[tuple[str, float]]] | None = None if manuscript else (fw, [])

    story: list = []
    story.append(_para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(_para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    if manuscript:
        story.append(_para("<b>Accepted manuscript</b>; the version of record may differ.", st["small"], study, None))
    story.append(Spacer(1, 4))
    story.append(_para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(_para(names, st["authors"], study, "authors"))
    story.append(_para("; ".join(study.affiliations), st["small"], study, "affil"))
    if manuscript and study.footnote:
        story.append(_para("* " + study.footnote, st["small"], study, None))
    story.append(Spacer(1, 4))
    for i, (label, text) in enumerate(study.abstract):
        head = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(head + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    if not manuscript:
        story += [NextPageTemplate("later"), FrameBreak()]
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(CondPageBreak(st["body"].leading * 4))  # no heading alone at a page foot
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(CondPageBreak(st["body"].leading * 4))
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "table":
                story += _table_flowables(block, study, st, col_w, main, wide)
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, col_w), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    if wide is not None:
        for name, h in wide[1]:
            frames = [Frame(doc.leftMargin, doc.bottomMargin + fh - h, fw, h, id=f"{name}-top")]
            frames += [Frame(doc.leftMargin + i * (cw + gap), doc.bottomMargin, cw, fh - h, id=f"{name}-{i}")
                       for i in range(3)]
            doc.addPageTemplates([PageTemplate(name, frames, onPage=on_page, pagesize=size,
                                               autoNextPageTemplate="later")])
    doc.build(story)
    return buf.getvalue(), doc.pages


def _table_flowables(block: tuple, study: Study, st: dict[str, ParagraphStyle], col_w: float,
                     main: str, wide: tuple[float, list[tuple[str, float]]] | None = None) -> list:
    _, label, caption, spec = block
    head, body, _ = _rows(study, spec)
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    foot = _para(spec["foot"], st["caption"], study, f"foot:{label}") if spec.get("foot") else None
    if spec.get("landscape"):
        lw = landscape(A4 if main == "main" else LETTER)[0] - 40 * mm
        parts = [cap, _table(head, body, st, spec, f"tab:{label}", lw)] + ([foot] if foot else [])
        return [NextPageTemplate("land"), PageBreak(), _together(parts, study, f"tab:{label}"),
                NextPageTemplate(main), PageBreak()]
    width = col_w if len(head[-1]) > 4 else None
    if wide is not None and len(head[-1]) > 3:
        # Three-column journals set a wide table across the top of the next page, with the
        # columns of text continuing underneath it.
        parts = [cap, _table(head, body, st, spec, f"tab:{label}", wide[0])] + ([foot] if foot else [])
        box = _together(parts, study, f"tab:{label}")
        _w, h = box.wrap(wide[0], 10_000)
        name = f"wide:{label}"
        wide[1].append((name, h + 16))
        return [NextPageTemplate(name), PageBreak(), box, FrameBreak()]
    k = spec.get("split_after")
    if not k:
        parts = [cap, _table(head, body, st, spec, f"tab:{label}", width)] + ([foot] if foot else [])
        return [_together(parts, study, f"tab:{label}")]
    # A table that runs over a page: first part at the foot of a page, the rest with its header
    # repeated under "(continued)" on the next page, as typeset journals do.
    first = _together([cap, _table(head, body[:k], st, spec, f"tab:{label}", width)], study, f"tab:{label}")
    cont = _para(f"<b>{label}</b> (continued)", st["caption"], study, None)
    rest = [cont, _table(head, body[k:], st, spec, f"tab:{label}#2", width)] + ([foot] if foot else [])
    return [CondPageBreak(spec.get("need", 150)), first, PageBreak(), _together(rest, study, f"tab:{label}#2")]
