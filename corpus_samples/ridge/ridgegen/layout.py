"""The ridge layout habit "broken": what the extgen layouts never do.

- body paragraphs may break across columns and pages (the Results text too);
- a running header (journal, volume, short title) and a running footer (first author
  et al., page "n") on every page, both drawn into the page text;
- A4, two columns throughout, the title block set in the first column's width.

Tables and figures stay whole. Since a broken paragraph has no single page, a zero-size
marker before each block records the page where it starts; the generator then looks each
quote up on that page and the next ones and keeps the page it is really on.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import _bbb_table, _Doc, _figure, _para, _register_fonts, _styles, _together
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageTemplate, Spacer


class _Mark(Spacer):
    """A zero-height flowable whose only job is to record the page a block starts on."""

    def __init__(self, key: str) -> None:
        super().__init__(0, 0)
        self._key = key


def _whole(flowable):  # type: ignore[no-untyped-def]
    flowable.split = lambda aw, ah: []  # a float moves to the next column rather than break
    return flowable


def render_broken(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page on which each keyed block starts (see module doc)."""
    _register_fonts()
    st = _styles("twocol")
    for s in st.values():
        s.fontName = s.fontName.replace("XSans", "XSerif")
    buf = io.BytesIO()
    doc = _Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
               leftMargin=15 * mm, rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    doc.allowSplitting = 1
    W, H = A4
    gap = 6 * mm
    cw = (doc.width - gap) / 2

    def furniture(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSerif-Italic", 7.5)
        canvas.drawString(doc.leftMargin, H - 12 * mm, f"{study.journal} {study.volume} ({study.year})")
        canvas.drawRightString(W - doc.rightMargin, H - 12 * mm, study.short_title)
        canvas.setFont("XSerif-Regular", 7.5)
        canvas.drawString(doc.leftMargin, 11 * mm, f"{study.first_author} et al.")
        canvas.drawRightString(W - doc.rightMargin, 11 * mm, f"page {d.page}")
        if d.page == 1 and study.footnote:
            canvas.drawCentredString(W / 2, 15 * mm, study.footnote)
        canvas.restoreState()

    frames = [Frame(doc.leftMargin, doc.bottomMargin, cw, doc.height, id="c1"),
              Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, doc.height, id="c2")]
    doc.addPageTemplates([PageTemplate("cols", frames, onPage=furniture)])
    story: list = [_whole(_para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal")),
                   _whole(_para(f"https://doi.org/{study.doi}", st["small"], study, "doi")),
                   _whole(_para(study.title, st["title"], study, "title"))]
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(_whole(_para(names, st["authors"], study, "authors")))
    story.append(_whole(_para("; ".join(study.affiliations), st["small"], study, "affil")))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ""
        story += [_Mark(f"abs{i}"), _para(lead + text, st["abstract"], study, None)]
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_whole(_para(heading.upper(), st["h1"], study, f"h{si}")))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story += [_Mark(key), _para(block, st["body"], study, None)]
            elif block[0] == "h":
                story.append(_whole(_para(block[1], st["h2"], study, key)))
            elif block[0] == "table":
                _, label, caption, spec = block
                parts = [_para(f"<b>{label}</b> {caption}", st["caption"], study, f"cap:{label}"),
                         _bbb_table(spec, study, st, f"tab:{label}")]
                if spec.get("foot"):
                    parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
                story.append(_whole(_together(parts, study, f"tab:{label}")))
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_whole(_together([_figure(spec, study, cw), cap], study, f"fig:{label}")))
    for i, (heading, text) in enumerate(study.back):
        story += [_Mark(f"back{i}"), _para(f"<b>{heading}.</b> {text}", st["small"], study, None)]
    story.append(_whole(_para("References", st["h1"], study, "refs")))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages
