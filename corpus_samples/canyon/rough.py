"""Rough-paper habits on top of the external set's renderer (imported, not copied).

- ``RoughScores``: score cells printed the way a lab habitually prints them
  ("10.2±1.1", "10.2 +/- 1.1", "10.2 (1.1)") in tables and ``{bbb:...}`` text;
- ``{r:GROUP@DAY:style}``: one score written in prose in another style than the
  table (typo spacing "12 .3", bare means, "SD =" forms); it becomes an outcome
  row with source ``text`` like ``{bbb:...}`` does;
- ``render_rough``: three layouts the external renderer lacks: ``manuscript``
  (accepted-manuscript style: double spacing, continuous line numbers in the left
  margin, tables and figure legends after the references), ``bulletin`` (two
  columns, running footer, merged header cells, footnote markers glued to cells,
  long wrapped group cells) and ``landscape`` (one column; each table on its own
  landscape page with merged header cells).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from typing import Any

from extgen import render_pdf as rp
from extgen.model import Scores, Study
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

ROW_RE = re.compile(r"\{r:([^@}]+)@([0-9.]+):([a-z]+)\}")


@dataclass
class RoughScores(Scores):
    """Scores whose default cell style is the lab's own (``pm``, ``tight``, ``ascii``)."""

    fmt: str = "pm"

    def cell(self, group: str, day: float, style: str | None = None) -> str:
        return styled(self.values[group][day], style or self.fmt)


def styled(pair: tuple[float, float], style: str) -> str:
    """How one score is printed; the gold quote is exactly this text."""
    m, e = pair
    whole, frac = f"{m:.1f}".split(".")
    return {
        "pm": f"{m:.1f} ± {e:.1f}",
        "tight": f"{m:.1f}±{e:.1f}",
        "ascii": f"{m:.1f} +/- {e:.1f}",
        "paren": f"{m:.1f} ({e:.1f})",
        "sdeq": f"{m:.1f} (SD = {e:.2f})",
        "gap": f"{whole} .{frac} ± {e:.1f}",  # a typesetting slip: space before the decimal point
        "bare": f"{m:.1f}",
    }[style]


@dataclass
class TextRow:
    key: str
    group: str
    day: float
    style: str
    quote: str


def _expand(markup: str, scores: Scores, key: str, rows: list[TextRow]) -> str:
    def one(m: re.Match[str]) -> str:
        group, day, style = m.group(1), float(m.group(2)), m.group(3)
        quote = styled(scores.values[group][day], style)
        rows.append(TextRow(key, group, day, style, quote))
        return quote
    return ROW_RE.sub(one, markup)


def resolve(study: Study) -> tuple[Study, list[TextRow]]:
    """The study with ``{r:...}`` markers written out, and the rows they stand for
    (keys as in the external generator: ``abs<i>``, ``s<i>.<j>``, ``cap:``, ``foot:``, ``back<i>``)."""
    rows: list[TextRow] = []
    s = study.scores
    abstract = [(lab, _expand(t, s, f"abs{i}", rows)) for i, (lab, t) in enumerate(study.abstract)]
    sections = []
    for si, (typ, head, blocks) in enumerate(study.sections):
        out: list[Any] = []
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append(_expand(b, s, f"s{si}.{bi}", rows))
            elif b[0] in ("table", "figure"):
                cap = _expand(b[2], s, f"cap:{b[1]}", rows)
                spec = dict(b[3])
                if spec.get("foot"):
                    spec["foot"] = _expand(spec["foot"], s, f"foot:{b[1]}", rows)
                out.append((b[0], b[1], cap, spec))
            else:
                out.append(b)
        sections.append((typ, head, out))
    back = [(h, _expand(t, s, f"back{i}", rows)) for i, (h, t) in enumerate(study.back)]
    return replace(study, abstract=abstract, sections=sections, back=back), rows


# ---------------------------------------------------------------- PDF layouts

def _grid_table(spec: dict, study: Study, st: dict[str, ParagraphStyle], key: str, width: float) -> Table:
    """Days across under one merged header cell; marks glued to cells; wrapped group cells."""
    s = study.scores
    days, groups, marks = spec["days"], spec["groups"], spec.get("marks", {})
    cell = ParagraphStyle("gcell", parent=st["cell"], leading=st["cell"].fontSize * 1.2)
    span = spec.get("span", f"{s.outcome} score")
    head1 = [spec.get("corner", "Group"), span] + [""] * (len(days) - 1)
    head2 = [""] + [spec["day_fmt"](d) for d in days]
    body = [[Paragraph(rp.escape(g), cell)]
            + [s.cell(g, d) + marks.get((g, d), marks.get(g, "")) for d in days] for g in groups]
    first = min(width * 0.34, 120)
    rest = (width - first) / len(days)
    t = Table([head1, head2, *body], colWidths=[first] + [rest] * len(days), hAlign="LEFT", repeatRows=2)
    fam = st["cell"].fontName.split("-")[0]
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, 1), f"{fam}-Bold", st["cell"].fontSize),
        ("SPAN", (1, 0), (-1, 0)), ("SPAN", (0, 0), (0, 1)),
        ("ALIGN", (1, 0), (-1, 1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (1, 0), (-1, 0), 0.3, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def render_rough(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block, for the three rough layouts."""
    rp._register_fonts()
    layout = study.layout
    st = rp._styles("twocol" if layout == "bulletin" else "single")
    if layout == "manuscript":  # submitted/accepted manuscripts: double spacing, ragged right
        for name in ("body", "abstract", "caption"):
            st[name] = ParagraphStyle(name, parent=st[name], leading=st[name].fontSize * 2.0, alignment=0)
    buf = io.BytesIO()
    left = 30 * mm if layout == "manuscript" else 18 * mm
    doc = rp._Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
                  leftMargin=left, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=24 * mm)
    _w, _h = A4
    fw, fh = doc.width, doc.height
    fam = "XSans" if layout == "bulletin" else "XSerif"
    line_no = [0]

    def decorate(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        pw, ph = canvas._pagesize
        if layout == "manuscript":
            canvas.setFont(f"{fam}-Regular", 7)
            pitch = st["body"].leading
            y = ph - doc.topMargin - pitch * 0.8
            while y > doc.bottomMargin:  # numbered lines run on across pages, as journals print them
                line_no[0] += 1
                canvas.drawRightString(doc.leftMargin - 8 * mm, y, str(line_no[0]))
                y -= pitch
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawString(doc.leftMargin, ph - 12 * mm, "ACCEPTED MANUSCRIPT")
            canvas.drawRightString(pw - doc.rightMargin, 12 * mm, f"Page {d.page}")
        else:
            canvas.setFont(f"{fam}-Regular", 7.5)
            canvas.line(doc.leftMargin, 17 * mm, pw - doc.rightMargin, 17 * mm)
            canvas.drawString(doc.leftMargin, 13 * mm, f"{study.journal} | Vol {study.volume} | {study.year}")
            canvas.drawRightString(pw - doc.rightMargin, 13 * mm, f"{d.page}")
            if d.page > 1:
                canvas.setFont(f"{fam}-Italic", 7.5)
                canvas.drawRightString(pw - doc.rightMargin, ph - 12 * mm, study.short_title)
        if d.page == 1 and study.footnote:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.drawString(doc.leftMargin, 8 * mm, study.footnote)
        canvas.restoreState()

    one = [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")]
    templates = [PageTemplate("main", one, onPage=decorate)]
    if layout == "bulletin":
        gap, top_h = 6 * mm, 300
        cw = (fw - gap) / 2
        templates = [PageTemplate("first", [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h),
                                            Frame(doc.leftMargin, doc.bottomMargin, cw, fh - top_h),
                                            Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh - top_h)],
                                  onPage=decorate),
                     PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, cw, fh),
                                           Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh)],
                                  onPage=decorate)]
        col_w = cw
    else:
        col_w = fw
    LW, LH = landscape(A4)
    templates.append(PageTemplate("land", [Frame(18 * mm, 20 * mm, LW - 36 * mm, LH - 40 * mm)],
                                  onPage=decorate, pagesize=landscape(A4)))
    doc.addPageTemplates(templates)

    story: list = [rp._para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"),
                   rp._para(f"DOI: {study.doi}", st["small"], study, "doi"), Spacer(1, 6),
                   rp._para(study.title, st["title"], study, "title")]
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(rp._para(names, st["authors"], study, "authors"))
    story.append(rp._para("; ".join(study.affiliations), st["small"], study, "affil"))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(rp._para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(rp._para("<b>Key words:</b> " + ", ".join(study.keywords), st["small"], study, "kwd"))
    if layout == "bulletin":
        story += [NextPageTemplate("main"), FrameBreak()]
    deferred: list = []  # manuscript: tables and legends follow the references

    def table(label: str, caption: str, spec: dict, width: float) -> Any:
        cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
        grid = spec.get("grid") or layout in ("bulletin", "landscape")
        tab = (_grid_table(spec, study, st, f"tab:{label}", width) if grid
               else rp._bbb_table(spec, study, st, f"tab:{label}"))
        parts = [cap, tab]
        if spec.get("foot"):
            parts.append(rp._para(spec["foot"], st["caption"], study, f"foot:{label}"))
        return rp._together(parts, study, f"tab:{label}")

    for si, (_t, heading, blocks) in enumerate(study.sections):
        story.append(rp._para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(rp._para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(rp._para(block[1], st["h2"], study, key))
            elif block[0] == "table":
                _, label, caption, spec = block
                if layout == "manuscript":
                    deferred.append(table(label, caption, spec, fw))
                elif layout == "landscape":
                    story += [NextPageTemplate("land"), PageBreak(), table(label, caption, spec, LW - 36 * mm),
                              NextPageTemplate("main"), PageBreak()]
                else:
                    story.append(table(label, caption, spec, col_w))
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = rp._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                if layout == "manuscript":  # legends listed at the end; the artwork is supplied separately
                    deferred.append(cap)
                else:
                    story.append(rp._together([rp._figure(spec, study, col_w), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(rp._para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(rp._para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(rp._para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    if deferred:
        story += [PageBreak(), rp._para("Tables and figure legends", st["h1"], study, "deferred"), *deferred]
    doc.build(story)
    return buf.getvalue(), doc.pages
