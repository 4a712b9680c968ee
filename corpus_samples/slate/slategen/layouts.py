"""Two layouts of our own and two extra block kinds, on top of the external renderer.

The external renderer (``corpus_samples/external/extgen``) knows the layouts ``single`` and
``twocol`` and the blocks prose / sub-heading / score table / score figure. Papers of this
set also use:

- ``("grid", label, caption, header, rows, foot)``: a general table whose cells are prose
  markup (a design table: groups, vesicles, dose, route, schedule);
- ``("timeline", label, caption, events)``: an experimental-timeline drawing, ``events`` =
  ``[(day, text), ...]``; its legend is prose markup like any caption;

and two layouts:

- ``sidebar``: A4, page 1 has a narrow grey-ruled left column (article information,
  keywords, notice) beside a wide column with title and an unlabelled abstract; later pages
  one column with a left hanging margin; page number bottom right as "Page n";
- ``compact``: A4, small serif in two columns on every page, the abstract flowing in the
  columns, numbered upper-case section headings, footer with journal and page.

Quotes must stay findable on one page, so every block is unsplittable, as upstream.
"""

from __future__ import annotations

import dataclasses
import io
from typing import Any
from xml.sax.saxutils import escape

from extgen import render_pdf as rp
from extgen.model import Study
from extgen.render_xml import inline, render_xml
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Flowable, Frame, FrameBreak, NextPageTemplate, PageTemplate, Spacer, Table,
                                TableStyle)

OWN_LAYOUTS = ("sidebar", "compact")
EXTRA_BLOCKS = ("grid", "timeline")


def extra_blocks(study: Study) -> list[tuple[str, str]]:
    """(PDF key, markup) of every quotable text inside grid and timeline blocks."""
    out: list[tuple[str, str]] = []
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] not in EXTRA_BLOCKS:
                continue
            key = f"{b[0]}:{b[1]}"
            out.append((key, b[2]))
            if b[0] == "grid":
                out += [(key, cell) for row in [b[3], *b[4]] for cell in row]
                if b[5]:
                    out.append((key, b[5]))
    return out


# ---------------------------------------------------------------- XML

def _grid_xml(b: tuple, study: Study, n: int) -> str:
    _, label, caption, header, rows, foot = b
    th = "".join(f"<th>{inline(h, study)}</th>" for h in header)
    # newline between cells: the JATS text of neighbouring cells must not run together
    body = "\n".join("<tr>" + "\n".join(f"<td>{inline(c, study)}</td>" for c in r) + "</tr>" for r in rows)
    foot_xml = f"<table-wrap-foot><p>{inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="D{n}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead><tr>{th}</tr></thead>\n<tbody>\n{body}\n'
            f"</tbody></table>{foot_xml}</table-wrap>")


def _timeline_xml(b: tuple, study: Study, n: int) -> str:
    _, label, caption, _events = b
    return (f'<fig id="TL{n}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>"
            f'<graphic xlink:href="{study.stem}-timeline{n}"/></fig>')


def render_slate_xml(study: Study) -> str:
    """JATS for a study that may hold grid / timeline blocks (upstream renders the rest)."""
    extra: dict[str, tuple] = {}

    def swap(blocks: list[Any]) -> list[Any]:
        out = []
        for b in blocks:
            if not isinstance(b, str) and b[0] in EXTRA_BLOCKS:
                token = f"SLATEBLOCK{len(extra)}X"
                extra[token] = b
                out.append(token)
            else:
                out.append(b)
        return out

    plain_study = dataclasses.replace(study, sections=[(t, h, swap(bl)) for t, h, bl in study.sections])
    xml = render_xml(plain_study)
    for n, (token, b) in enumerate(extra.items(), 1):
        piece = _grid_xml(b, study, n) if b[0] == "grid" else _timeline_xml(b, study, n)
        if f"<p>{token}</p>" not in xml:
            raise ValueError(f"{study.stem}: placeholder for {b[1]} lost")
        xml = xml.replace(f"<p>{token}</p>", piece)
    return xml


# ---------------------------------------------------------------- PDF

def _grid_pdf(b: tuple, study: Study, st: dict[str, ParagraphStyle], width: float) -> Table:
    _, label, caption, header, rows, foot = b
    cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    bold = ParagraphStyle("cellb", parent=st["cell"], fontName=st["cell"].fontName.replace("Regular", "Bold"))
    data = [[rp._para(h, bold, study, None) for h in header]]
    data += [[rp._para(c, st["cell"], study, None) for c in r] for r in rows]
    grid = Table(data, colWidths=[width / len(header)] * len(header), hAlign="LEFT")
    grid.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    parts = [cap, grid]
    if foot:
        parts.append(rp._para(foot, st["caption"], study, None))
    return rp._together(parts, study, f"grid:{label}")


def _timeline_pdf(b: tuple, study: Study, st: dict[str, ParagraphStyle], width: float) -> Table:
    _, label, caption, events = b
    d = Drawing(width, 70)
    last = max(day for day, _ in events) or 1
    x0, x1, y = 14, width - 24, 40
    d.add(Line(x0, y, x1, y, strokeWidth=1.2))
    for i, (day, text) in enumerate(events):
        x = x0 + (x1 - x0) * day / last
        d.add(Line(x, y - 4, x, y + 4, strokeWidth=1))
        d.add(String(x, y + 8 + 9 * (i % 2), text, fontName="XSans-Regular", fontSize=6.5, textAnchor="middle"))
        d.add(String(x, y - 14, f"d{day:g}", fontName="XSans-Regular", fontSize=6.5, textAnchor="middle"))
    cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    return rp._together([d, cap], study, f"timeline:{label}")


class _FitWidth(Flowable):
    """A float built for the width of whatever frame it lands in (the sidebar layout's page-1
    column is narrower than later pages; a fixed width would be clipped)."""

    def __init__(self, build: Any, key: str) -> None:
        super().__init__()
        self._build, self._key, self._inner = build, key, None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._inner = self._build(aw)
        self._keys = getattr(self._inner, "_keys", [])
        return self._inner.wrap(aw, ah)

    def draw(self) -> None:
        self._inner.drawOn(self.canv, 0, 0)


def _own_styles(layout: str) -> dict[str, ParagraphStyle]:
    st = rp._styles("single")
    if layout == "compact":  # small serif, ragged right, no indents: a dense journal
        for name, s in list(st.items()):
            st[name] = ParagraphStyle(f"c{name}", parent=s, fontSize=s.fontSize - 2,
                                      leading=(s.fontSize - 2) * 1.25, firstLineIndent=0,
                                      alignment=0, leftIndent=0, rightIndent=0)
    else:
        st["abstract"] = ParagraphStyle("sabs", parent=st["abstract"], leftIndent=0, rightIndent=0,
                                        fontName="XSans-Regular", fontSize=9.5, leading=13)
        st["h1"] = ParagraphStyle("sh1", parent=st["h1"], fontName="XSans-Bold", textColor=colors.HexColor("#204060"))
    return st


def render_slate_pdf(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and block pages; the upstream renderer for ``single`` / ``twocol``."""
    if study.layout not in OWN_LAYOUTS:
        if any(not isinstance(b, str) and b[0] in EXTRA_BLOCKS for _t, _h, bl in study.sections for b in bl):
            raise ValueError(f"{study.stem}: grid/timeline blocks need an own layout")
        return rp.render_pdf(study)
    rp._register_fonts()
    st = _own_styles(study.layout)
    buf = io.BytesIO()
    doc = rp._Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
                  leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    W, H = A4
    fw, fh = doc.width, doc.height
    lm, bm = doc.leftMargin, doc.bottomMargin
    sidebar = study.layout == "sidebar"

    def deco(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if sidebar:
            canvas.setFont("XSans-Regular", 8)
            canvas.drawRightString(W - doc.rightMargin, 10 * mm, f"Page {d.page}")
            if d.page == 1:
                canvas.setStrokeColor(colors.grey)
                canvas.line(lm + 50 * mm, bm, lm + 50 * mm, bm + fh)
            else:
                canvas.drawString(lm, H - 12 * mm, study.short_title.upper())
        else:
            canvas.setFont("XSerif-Regular", 7.5)
            canvas.line(lm, 15 * mm, W - doc.rightMargin, 15 * mm)
            canvas.drawString(lm, 11 * mm, f"{study.journal} {study.volume} ({study.year})")
            canvas.drawRightString(W - doc.rightMargin, 11 * mm, str(d.page))
        canvas.restoreState()

    gap = 6 * mm
    if sidebar:
        side_w = 46 * mm
        main_x = lm + 50 * mm + 4 * mm
        first = [Frame(lm, bm, side_w, fh, id="side"), Frame(main_x, bm, lm + fw - main_x, fh, id="main")]
        later = [Frame(lm + 14 * mm, bm, fw - 14 * mm, fh, id="body")]
    else:
        top_h = 150
        cw = (fw - gap) / 2
        first = [Frame(lm, bm + fh - top_h, fw, top_h, id="top"),
                 Frame(lm, bm, cw, fh - top_h, id="c1"), Frame(lm + cw + gap, bm, cw, fh - top_h, id="c2")]
        later = [Frame(lm, bm, cw, fh, id="l1"), Frame(lm + cw + gap, bm, cw, fh, id="l2")]
    doc.addPageTemplates([PageTemplate("first", first, onPage=deco), PageTemplate("later", later, onPage=deco)])

    story: list = []
    meta = [f"<i>{study.journal}</i> {study.year}; {study.volume}", f"https://doi.org/{study.doi}"]
    if sidebar:
        story.append(rp._para(meta[0], st["small"], study, "journal"))
        story.append(rp._para("<b>DOI</b>", st["small"], study, None))
        story.append(rp._para(study.doi, st["small"], study, "doi"))
        story.append(rp._para(f"Received {study.received}", st["small"], study, None))
        story.append(Spacer(1, 10))
        story.append(rp._para("<b>Keywords</b>", st["small"], study, "kwd"))
        story += [rp._para(k, st["small"], study, None) for k in study.keywords]
        story.append(Spacer(1, 10))
        story.append(rp._para("; ".join(study.affiliations), st["small"], study, "affil"))
        story.append(Spacer(1, 10))
        story.append(rp._para("* " + study.footnote, st["small"], study, None))
        story += [FrameBreak(), NextPageTemplate("later")]
        story.append(rp._para(study.title, st["title"], study, "title"))
        names = ", ".join(f"{g} {s}" for g, s in study.authors)
        story.append(rp._para(names, st["authors"], study, "authors"))
        story.append(Spacer(1, 4))
    else:
        story.append(rp._para(meta[0] + " · " + meta[1], st["small"], study, "journal"))
        story[-1]._keys = ["doi"]  # type: ignore[attr-defined]
        story.append(rp._para(study.title, st["title"], study, "title"))
        names = ", ".join(f"{g} {s}" for g, s in study.authors)
        story.append(rp._para(names, st["authors"], study, "authors"))
        story.append(rp._para("; ".join(study.affiliations), st["small"], study, "affil"))
        story.append(rp._para(study.footnote, st["small"], study, None))
        story += [NextPageTemplate("later"), FrameBreak()]
        story.append(rp._para("ABSTRACT", st["h1"], study, None))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ""
        story.append(rp._para(lead + text, st["abstract"], study, f"abs{i}"))
    if not sidebar:
        story.append(rp._para("<i>Keywords:</i> " + ", ".join(study.keywords), st["small"], study, "kwd"))
    for si, (_type, heading, blocks) in enumerate(study.sections):
        head = heading if sidebar else f"{si + 1}. {heading.upper()}"
        story.append(rp._para(head, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(rp._para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(rp._para(block[1], st["h2"], study, key))
            elif block[0] == "table":
                _, label, caption, spec = block
                parts = [rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}"),
                         rp._bbb_table(spec, study, st, f"tab:{label}")]
                if spec.get("foot"):
                    parts.append(rp._para(spec["foot"], st["caption"], study, f"foot:{label}"))
                story.append(rp._together(parts, study, f"tab:{label}"))
            elif block[0] == "figure":
                _, label, caption, spec = block

                def fig(w: float, spec: dict = spec, label: str = label, caption: str = caption) -> Table:
                    cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                    return rp._together([rp._figure(spec, study, w), cap], study, f"fig:{label}")
                story.append(_FitWidth(fig, f"fig:{label}"))
            elif block[0] == "grid":
                story.append(_FitWidth(lambda w, b=block: _grid_pdf(b, study, st, w), f"grid:{block[1]}"))
            elif block[0] == "timeline":
                story.append(_FitWidth(lambda w, b=block: _timeline_pdf(b, study, st, w), f"timeline:{block[1]}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(rp._para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(rp._para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(rp._para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages
