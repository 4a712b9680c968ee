"""Two page layouts of jade's own, beside the external renderer's ``single`` and ``twocol``.

- ``wide``: A4, serif, two columns; a table marked ``span`` is floated to the top of the next
  page across both columns (the text continues in two columns below it); a ``landscape``
  table gets a page of its own, drawn rotated by 90°; running footer, page number outside.
- ``manuscript``: an author's accepted manuscript: one column, double spaced, line numbers in
  the left margin, no figures, tables after the references (each on a new page, a long table
  continued on the next page) and the figure legends in a list of their own.

Keys recorded per block are the external renderer's (``abs<i>``, ``s<i>.<j>``, ``cap:<label>``,
``tab:<label>``, ``back<i>`` ...), plus ``tab:<label>#1`` for the second part of a split table,
so the external gold builder finds every page.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from jadegen.grid import Grid
from jadegen.tables import grid_table


class Rotated(Flowable):
    """A flowable drawn turned by 90° (a landscape table on a portrait page)."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        w, h = self.inner.wrap(ah, aw)
        self.iw, self.ih = w, h
        return h, w

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.translate(self.ih, 0)
        c.rotate(90)
        self.inner.drawOn(c, 0, 0)
        c.restoreState()


def _manuscript_styles() -> dict[str, ParagraphStyle]:
    st = _styles("single")
    body = ParagraphStyle("msbody", parent=st["body"], fontSize=11, leading=22, alignment=0,
                          firstLineIndent=0, spaceAfter=11)
    st["body"] = body
    st["abstract"] = ParagraphStyle("msabs", parent=body, leftIndent=0, rightIndent=0)
    st["h1"] = ParagraphStyle("msh1", parent=st["h1"], fontSize=12, spaceBefore=14)
    st["h2"] = ParagraphStyle("msh2", parent=st["h2"], fontSize=11, leading=22)
    return st


def _table_parts(label: str, caption: str, spec: dict, study: Study, st: dict, fw: float) -> list:
    """Flowables of one table: caption+table(+foot), split in two when the grid says so."""
    grid: Grid = spec["grid"]
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    foot = _para(spec["foot"], st["caption"], study, f"foot:{label}") if spec.get("foot") else None
    font = st["cell"].fontName
    if grid.split_after is None:
        t = grid_table(grid, font)
        t._key = f"tab:{label}"  # type: ignore[attr-defined]
        box = _together([cap, t] + ([foot] if foot else []), study, f"tab:{label}")
        if not grid.landscape:
            return [box]
        rot = Rotated(box)
        rot._key, rot._keys = box._key, box._keys  # type: ignore[attr-defined]
        return [rot]
    k = grid.split_after
    t1 = grid_table(grid, font, range(k + 1))
    t1._key = f"tab:{label}"  # type: ignore[attr-defined]
    t2 = grid_table(grid, font, range(k + 1, len(grid.body)), head=grid.repeat_head)
    t2._key = f"tab:{label}#1"  # type: ignore[attr-defined]
    cont = _para(f"<b>{label}</b> (continued)", st["caption"], study, None)
    return [_together([cap, t1], study, f"tab:{label}"), PageBreak(),
            _together([cont, t2] + ([foot] if foot else []), study, f"tab:{label}#1")]


def render_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block, for the ``wide`` and ``manuscript`` layouts."""
    _register_fonts()
    ms = study.layout == "manuscript"
    st = _manuscript_styles() if ms else _styles("single")
    if not ms:
        for k in ("body", "abstract", "caption", "small"):
            st[k] = ParagraphStyle(k + "w", parent=st[k], fontSize=st[k].fontSize - 1.5,
                                   leading=(st[k].fontSize - 1.5) * 1.3, firstLineIndent=0)
    buf = io.BytesIO()
    W, H = A4
    margin = 25 * mm if ms else 15 * mm
    doc = _Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
               leftMargin=margin, rightMargin=margin, topMargin=20 * mm, bottomMargin=20 * mm)
    fw, fh = doc.width, doc.height

    def deco(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if ms:
            canvas.setFont("XSans-Regular", 7)
            y, base = H - doc.topMargin - 11, (d.page - 1) * 33
            for i in range(1, 34):  # line numbers run on across pages, as journals' systems print them
                canvas.drawRightString(margin - 6 * mm, y, str(base + i))
                y -= 22
            canvas.setFont("XSerif-Italic", 8)
            canvas.drawRightString(W - margin, H - 12 * mm, f"Accepted manuscript · {study.journal}")
            canvas.setFont("XSerif-Regular", 9)
            canvas.drawRightString(W - margin, 10 * mm, str(d.page))
        else:
            canvas.setFont("XSerif-Regular", 7.5)
            text = f"{study.journal} {study.volume} ({study.year})"
            if d.page % 2:
                canvas.drawString(margin, 10 * mm, text)
                canvas.drawRightString(W - margin, 10 * mm, str(d.page))
            else:
                canvas.drawString(margin, 10 * mm, str(d.page))
                canvas.drawRightString(W - margin, 10 * mm, text)
            canvas.line(margin, 13 * mm, W - margin, 13 * mm)
        if d.page == 1 and study.footnote:
            canvas.setFont("XSerif-Italic", 7)
            canvas.drawString(margin, 15 * mm, study.footnote)
        canvas.restoreState()

    one = Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="one")
    gap = 6 * mm
    cw = (fw - gap) / 2

    def cols(h: float, pid: str) -> list[Frame]:
        return [Frame(doc.leftMargin, doc.bottomMargin, cw, h, id=f"{pid}a"),
                Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, h, id=f"{pid}b")]

    templates = [PageTemplate("land", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="land")], onPage=deco)]
    if ms:
        templates.insert(0, PageTemplate("main", [one], onPage=deco))
    else:
        top_h = 300
        templates.insert(0, PageTemplate("first", [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h,
                                                         id="top")] + cols(fh - top_h, "f"), onPage=deco))
        templates.append(PageTemplate("main", cols(fh, "m"), onPage=deco))

    story: list = [
        _para(f"<i>{study.journal}</i> · {study.volume} · {study.year}", st["small"], study, "journal"),
        _para(f"DOI: {study.doi}", st["small"], study, "doi"), Spacer(1, 4),
        _para(study.title, st["title"], study, "title"),
        _para(", ".join(f"{g} {s}" for g, s in study.authors), st["authors"], study, "authors"),
        _para("; ".join(study.affiliations), st["small"], study, "affil"), Spacer(1, 4)]
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ""
        story.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Key words</b> " + ", ".join(study.keywords), st["small"], study, "kwd"))
    story += [NextPageTemplate("main"), FrameBreak()] if not ms else [Spacer(1, 8)]
    deferred: list = []  # manuscript: tables and figure legends go after the references
    spans = 0
    for si, (_t, heading, blocks) in enumerate(study.sections):
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
                if ms:
                    deferred.append(("fig", cap))
                else:
                    story.append(_together([_figure(spec, study, cw), cap], study, f"fig:{label}"))
            elif block[0] == "table":
                _, label, caption, spec = block
                grid: Grid = spec["grid"]
                parts = _table_parts(label, caption, spec, study, st, fw)
                if ms:
                    deferred.append(("tab", parts))
                elif grid.landscape:
                    story += [NextPageTemplate("land"), PageBreak(), *parts, NextPageTemplate("main"), PageBreak()]
                elif grid.span:
                    # float to the top of the next page across both columns
                    h = parts[0].wrap(fw - 12, fh)[1] + 12 + 6  # frame padding is 6 pt a side
                    name = f"span{spans}"
                    spans += 1
                    templates.append(PageTemplate(name, [Frame(doc.leftMargin, doc.bottomMargin + fh - h, fw, h,
                                                               id=f"{name}t")] + cols(fh - h, name), onPage=deco))
                    story += [NextPageTemplate(name), PageBreak(), *parts, FrameBreak(), NextPageTemplate("main")]
                else:
                    story += parts
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    for kind, item in deferred:
        if kind == "tab":
            landscape = isinstance(item[0], Rotated)
            story += [NextPageTemplate("land" if landscape else "main"), PageBreak(), *item]
            if landscape:
                story.append(NextPageTemplate("main"))
    figs = [item for kind, item in deferred if kind == "fig"]
    if figs:
        story += [PageBreak(), _para("Figure legends", st["h1"], study, "figlegends"), *figs]
    doc.addPageTemplates(templates)
    doc.build(story)
    return buf.getvalue(), doc.pages
