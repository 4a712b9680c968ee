"""Render a ``Study`` as an accepted manuscript or a preprint (the quill layout).

What a reader of author manuscripts and preprints sees, and what the journal layouts of
``corpus_samples/external`` never show:

- double-spaced, ragged-right serif text that flows across pages (paragraphs and
  sentences break at page ends);
- continuous line numbers in the left margin of every page (added after layout, by
  reading the text lines back, so they follow the real lines);
- a running header ("Author manuscript" or the preprint server) and "Page x of y";
- words hyphenated at line ends (soft hyphens in long words);
- references, then the tables (each on its own landscape page), then the figure
  legends gathered at the end, and footnote markers on the first page.

Because paragraphs split, a block has a page *range*; the build resolves every quote to
the page of the range whose text holds it (see ``generate.py``).
"""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

import pymupdf
from extgen.model import BBB_RE, QUOTE_RE, Study, check_markup
from extgen.render_pdf import _bbb_table, _figure, _register_fonts
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer)

SHY = "\u00ad"


def _hyphenate(text: str) -> str:
    """Soft hyphens in long lower-case words (never inside markers, tags or numbers)."""
    pieces = re.split(r"(\{\{[a-z_,]+\||\}\}|\{bbb:[^}]+\}|</?(?:i|b|sup|sub)>)", text)

    def word(m: re.Match[str]) -> str:
        # a rough syllable break: before a consonant that sits between vowels (sacri-fice),
        # else between two consonants (ex-pressed), nearest the middle of the word
        w = m.group(0)
        v = set("aeiouy")
        cut = [i for i in range(3, len(w) - 3) if w[i - 1] in v and w[i] not in v and w[i + 1] in v]
        cut = cut or [i for i in range(3, len(w) - 3) if w[i - 1] not in v and w[i] not in v]
        if not cut:
            return w
        i = min(cut, key=lambda c: abs(c - len(w) / 2))
        return w[:i] + SHY + w[i:]

    return "".join(p if i % 2 else re.sub(r"\b[a-z]{9,}\b", word, p) for i, p in enumerate(pieces))


def _rl(markup: str, study: Study, hyphens: bool) -> str:
    check_markup(markup, study.stem)
    text = _hyphenate(markup) if hyphens else markup
    text = QUOTE_RE.sub(lambda m: m.group(2), text)
    text = BBB_RE.sub(lambda m: study.scores.cell(m.group(1), float(m.group(2)), m.group(3)), text)
    pieces = re.split(r"(</?(?:i|b|sup|sub)>)", text)
    return "".join(p if re.fullmatch(r"</?(?:i|b|sup|sub)>", p) else escape(p) for p in pieces)


class _Mark(Flowable):
    """A zero-size flowable recording the page it lands on (start or end of a block)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Doc(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, **kw: object) -> None:
        super().__init__(buf, **kw)
        self.ranges: dict[str, list[int]] = {}

    def afterFlowable(self, flowable: object) -> None:  # noqa: N802 (reportlab API)
        if isinstance(flowable, _Mark):
            self.ranges.setdefault(flowable.key, []).append(self.page)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="XSerif-Regular", fontSize=11, leading=24, alignment=0,
                          spaceAfter=0, firstLineIndent=22, uriWasteReduce=0.3)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName="XSerif-Bold", fontSize=14, leading=28,
                                firstLineIndent=0, alignment=1, spaceAfter=12),
        "front": ParagraphStyle("front", parent=body, firstLineIndent=0, alignment=1),
        "plain": ParagraphStyle("plain", parent=body, firstLineIndent=0),
        "h1": ParagraphStyle("h1", parent=body, fontName="XSerif-Bold", firstLineIndent=0, spaceBefore=12),
        "h2": ParagraphStyle("h2", parent=body, fontName="XSerif-Italic", firstLineIndent=0),
        "ref": ParagraphStyle("ref", parent=body, firstLineIndent=-18, leftIndent=18),
        "caption": ParagraphStyle("caption", parent=body, firstLineIndent=0, fontSize=11),
        "cell": ParagraphStyle("cell", parent=body, fontName="XSerif-Regular", fontSize=10, leading=13),
    }


def _blocks_of(study: Study) -> list[tuple[str, tuple]]:
    """(key, block) of every table and figure, in order (they go to the end)."""
    return [(b[1], b) for _t, _h, blocks in study.sections for b in blocks
            if not isinstance(b, str) and b[0] in ("table", "figure")]


def _story(study: Study, st: dict[str, ParagraphStyle], preprint: bool) -> list:
    hy = True
    story: list = []

    def para(markup: str, style: ParagraphStyle, key: str | None, hyphens: bool = hy) -> None:
        if key:
            story.append(_Mark(key))
        story.append(Paragraph(_rl(markup, study, hyphens), style))
        if key:
            story.append(_Mark(key))

    if preprint:
        para(f"Preprint. Not peer reviewed. Subsequently published in {study.journal} ({study.year}).",
             st["plain"], "journal", False)
    else:
        para(f"Published in final edited form as: <i>{study.journal}</i>. {study.year}; {study.volume}.",
             st["plain"], "journal", False)
    para(f"doi: {study.doi}", st["plain"], "doi", False)
    story.append(Spacer(1, 12))
    para(study.title, st["title"], "title", False)
    n_aff = len(study.affiliations)
    names = ", ".join(f"{g} {s}<sup>{1 + i % n_aff}{',*' if i == 0 else ''}</sup>"
                      for i, (g, s) in enumerate(study.authors))
    para(names, st["front"], "authors", False)
    for i, a in enumerate(study.affiliations, 1):
        para(f"<sup>{i}</sup>{a}", st["front"], None, False)
    para(f"<sup>*</sup>Correspondence to: {study.authors[0][0]} {study.authors[0][1]}. "
         f"<sup>†</sup>{study.footnote}", st["plain"], None, False)
    story.append(PageBreak())
    para("Abstract", st["h1"], None)
    for i, (label, text) in enumerate(study.abstract):
        para((f"<b>{label}:</b> " if label else "") + text, st["plain"], f"abs{i}")
    para("<b>Keywords:</b> " + "; ".join(study.keywords), st["plain"], None, False)
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(CondPageBreak(60))
        para(heading, st["h1"], None, False)
        for bi, block in enumerate(blocks):
            if isinstance(block, str):
                para(block, st["body"], f"s{si}.{bi}")
            elif block[0] == "h":
                para(block[1], st["h2"], None, False)
    for i, (heading, text) in enumerate(study.back):
        para(f"<b>{heading}.</b> {text}", st["plain"], f"back{i}")
    para("References", st["h1"], None, False)
    for i, ref in enumerate(study.references, 1):
        para(f"{i}. {ref}", st["ref"], None, False)
    tables = [b for _k, b in _blocks_of(study) if b[0] == "table"]
    figures = [b for _k, b in _blocks_of(study) if b[0] == "figure"]
    for _, label, caption, spec in tables:
        story += [NextPageTemplate("land"), PageBreak()]
        para(f"<b>{label}.</b> {caption}", st["caption"], f"cap:{label}", False)
        story.append(Spacer(1, 6))
        story.append(_Mark(f"tab:{label}"))
        story.append(_bbb_table(spec, study, {"cell": st["cell"]}, f"tab:{label}"))
        story.append(_Mark(f"tab:{label}"))
        if spec.get("foot"):
            para(spec["foot"], st["caption"], f"foot:{label}", False)
    if figures:
        story += [NextPageTemplate("port"), PageBreak()]
        para("Figure legends", st["h1"], None, False)
        for _, label, caption, _spec in figures:
            para(f"<b>{label}.</b> {caption}", st["caption"], f"cap:{label}", False)
        for _, label, _caption, spec in figures:
            if spec.get("draw"):
                story += [PageBreak(), _Mark(f"fig:{label}"), _figure(spec, study, 400),
                          Paragraph(f"<b>{label}</b>", st["plain"])]
    return story


def _number_lines(pdf: bytes, left: float) -> bytes:
    """Continuous line numbers beside every text line of the body (not header/footer)."""
    n = 0
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            h = page.rect.height
            ys: list[float] = []
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    y = round(line["spans"][0]["origin"][1], 1)
                    if 25 * mm < y < h - 20 * mm and all(abs(y - o) > 3 for o in ys):
                        ys.append(y)
            for y in sorted(ys):
                n += 1
                page.insert_text((left - 14 * mm, y), str(n), fontname="helv", fontsize=8)
        return doc.tobytes(garbage=4, deflate=True, no_new_id=True)


def render_manuscript(study: Study) -> tuple[bytes, dict[str, tuple[int, int]]]:
    """PDF bytes and the (first, last) page of every keyed block.

    ``study.layout`` is ``manuscript`` (Letter, "Author manuscript" header) or ``preprint``
    (A4, preprint-server header). Keys as in ``extgen.render_pdf`` (``abs<i>``, ``s<i>.<j>``,
    ``cap:<label>``, ``tab:<label>``, ``foot:<label>``, ``back<i>``, ``title``, ``authors``,
    ``journal``, ``doi``).
    """
    _register_fonts()
    preprint = study.layout == "preprint"
    size = A4 if preprint else LETTER
    st = _styles()
    total = 0
    for _pass in range(2):  # the first pass counts the pages for "Page x of y"
        buf = io.BytesIO()
        doc = _Doc(buf, pagesize=size, title=study.title, author=study.first_author,
                   leftMargin=30 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=22 * mm)
        count = total

        def header(canvas, d, count=count) -> None:  # type: ignore[no-untyped-def]
            W, H = canvas._pagesize
            canvas.saveState()
            canvas.setFont("XSans-Regular", 8)
            left = "bioRxiv-style preprint server (synthetic)" if preprint else "Author manuscript"
            canvas.drawString(30 * mm, H - 14 * mm, left)
            canvas.drawRightString(W - 25 * mm, H - 14 * mm, study.short_title)
            canvas.drawCentredString(W / 2, 11 * mm, f"Page {d.page} of {count or '?'}")
            canvas.restoreState()

        fw, fh = doc.width, doc.height
        LW, LH = landscape(size)
        doc.addPageTemplates([
            PageTemplate("port", [Frame(30 * mm, 22 * mm, fw, fh, id="p")], onPage=header, pagesize=size),
            PageTemplate("land", [Frame(30 * mm, 22 * mm, LW - 55 * mm, LH - 47 * mm, id="l")],
                         onPage=header, pagesize=landscape(size)),
        ])
        doc.build(_story(study, st, preprint))
        total = doc.page
    pdf = _number_lines(buf.getvalue(), 30 * mm)
    return pdf, {k: (min(v), max(v)) for k, v in doc.ranges.items()}
