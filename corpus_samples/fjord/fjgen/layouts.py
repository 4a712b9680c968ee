"""Fjord's own layout habits on top of the external renderer (``extgen``), reused by import.

- ``FScores``: score cells as the house style of each journal writes them
  ("mean ± err", "mean ± err (n)", "mean (lo–hi)" for 95% CI, "median [q1–q3]").
- ``ftable`` blocks: ``("ftable", label, caption, spec)`` with a merged header cell over the
  time points, superscript significance letters, an ``n`` column, a long wrapped first
  column, a table continued on the next page ("Table 2 (continued)") and supplementary
  tables printed after the references, optionally on a landscape page.
- ``render_pdf_fj``: layouts ``manuscript`` (accepted-manuscript style: double spacing,
  continuous line numbers in the left margin, "ACCEPTED MANUSCRIPT" running head, tables
  and figure legends after the references) and ``house`` (A4 one column, ruled running
  header and footer with "Page n", tables with merged headers, supplementary tables last).
- ``render_xml_fj``: the external JATS renderer with ``ftable`` blocks put back in.

Every block is unsplittable, so every quote lies on exactly one page; split tables are
two flowables whose rows are recorded by page.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from extgen import render_pdf as RP
from extgen.model import Scores, Study
from extgen.render_xml import inline, render_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)


@dataclass
class FScores(Scores):
    """Scores with a house cell format: ``pm``, ``pmn``, ``ci`` or ``iqr``.

    For ``ci``/``iqr`` the err of a value is a (low, high) pair and ``err`` is "ci"/"iqr"
    (the gold rows then carry neither SD nor SEM).
    """

    fmt: str = "pm"

    def cell(self, group: str, day: float, style: str | None = None) -> str:
        mean, err = self.values[group][day]
        if self.fmt == "ci":
            return f"{mean:.1f} ({err[0]:.1f}–{err[1]:.1f})"
        if self.fmt == "iqr":
            return f"{mean:g} [IQR {err[0]:g}–{err[1]:g}]"
        if style == "paren":
            return f"{mean:.1f} ({err:.1f})"
        if self.fmt == "pmn":
            return f"{mean:.1f} ± {err:.1f} ({self.n(group)})"
        return f"{mean:.1f} ± {err:.1f}"


def ftable_rows(spec: dict, s: Scores) -> tuple[list[str], list[list[str]], list[list[tuple[str, float] | None]]]:
    """Header labels, body cells and, per body cell, the (group, day) it shows."""
    days, groups, marks = spec["days"], spec["groups"], spec.get("marks", {})
    label = spec.get("labels", {})

    def cell(g: str, d: float) -> str:
        m = marks.get((g, d), "")
        return s.cell(g, d) + (f"<sup>{m}</sup>" if m else "")

    if spec["orient"] == "rows":
        head = [spec.get("corner", "Time")] + [label.get(g, g) for g in groups]
        body = [[spec["day_fmt"](d)] + [cell(g, d) for g in groups] for d in days]
        refs = [[None] + [(g, d) for g in groups] for d in days]
    else:
        head = [spec.get("corner", "Group")] + (["n"] if spec.get("ncol") else []) + [spec["day_fmt"](d) for d in days]
        body, refs = [], []
        for g in groups:
            extra = [str(s.n(g))] if spec.get("ncol") else []
            body.append([label.get(g, g)] + extra + [cell(g, d) for d in days])
            refs.append([None] * (1 + len(extra)) + [(g, d) for d in days])
    return head, body, refs


def _ftable_pdf(spec: dict, study: Study, st: dict[str, ParagraphStyle], width: float) -> list[Table]:
    head, body, _ = ftable_rows(spec, study.scores)
    cs = ParagraphStyle("fc", parent=st["cell"], leading=st["cell"].fontSize * 1.2)
    hs = ParagraphStyle("fh", parent=cs, fontName=cs.fontName.replace("Regular", "Bold"))

    def P(t: str, style: ParagraphStyle = cs) -> Paragraph:  # noqa: N802
        return Paragraph(t.replace("&", "&amp;") if "<sup>" not in t else t, style)

    first = spec.get("first_width", 34 * mm)
    rest = (width - first) / (len(head) - 1)
    heads = [[P(h, hs) for h in head]]
    ndata = len(head) - (len(head) - len(spec["days"])) if spec["orient"] != "rows" else 0
    if spec.get("span") and spec["orient"] != "rows":
        lead = len(head) - ndata
        heads = [[P("", hs)] * lead + [P(spec["span"], hs)] + [P("", hs)] * (ndata - 1), heads[0]]
    split = spec.get("split_at") or len(body)
    parts = [body[:split], body[split:]] if split < len(body) else [body]
    out = []
    for k, rows in enumerate(parts):
        t = Table(heads + [[P(c) for c in r] for r in rows], colWidths=[first] + [rest] * (len(head) - 1),
                  hAlign="LEFT", repeatRows=0)
        style = [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                 ("LINEBELOW", (0, len(heads) - 1), (-1, len(heads) - 1), 0.4, colors.black),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        if len(heads) == 2:
            lead = len(head) - ndata
            style += [("SPAN", (lead, 0), (-1, 0)), ("LINEBELOW", (lead, 0), (-1, 0), 0.4, colors.black),
                      ("ALIGN", (lead, 0), (-1, 0), "CENTER")]
        t.setStyle(TableStyle(style))
        t._key = f"tab:{spec['label']}#{k}"  # type: ignore[attr-defined]
        out.append(t)
    return out


def render_pdf_fj(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block (keys as ``extgen.render_pdf`` plus
    ``tab:<label>#<part>`` for the parts of an ``ftable``)."""
    RP._register_fonts()
    ms = study.layout == "manuscript"
    st = RP._styles("single")
    if ms:  # double spacing, ragged right, as submitted
        for k in ("body", "abstract", "caption", "small"):
            st[k] = ParagraphStyle(k + "ms", parent=st[k], leading=st[k].fontSize * 2.0, alignment=0)
    buf = io.BytesIO()
    left = 30 * mm if ms else 22 * mm
    doc = RP._Doc(buf, study, pagesize=A4, title=study.title, author=study.first_author,
                  leftMargin=left, rightMargin=22 * mm, topMargin=24 * mm, bottomMargin=22 * mm)
    W, H = A4
    line_no = [0]

    def deco(canvas, d) -> None:  # type: ignore[no-untyped-def]
        w, h = canvas._pagesize
        canvas.saveState()
        if ms:
            canvas.setFont("XSans-Bold", 8)
            canvas.drawString(left, h - 12 * mm, "ACCEPTED MANUSCRIPT")
            canvas.setFont("XSans-Regular", 8)
            canvas.drawRightString(w - 22 * mm, 10 * mm, f"{d.page}")
            canvas.setFont("XSans-Regular", 6.5)
            y = h - 24 * mm - st["body"].fontSize
            while y > 22 * mm and w < h:  # continuous margin numbers, one per text line
                line_no[0] += 1
                canvas.drawRightString(left - 8 * mm, y, str(line_no[0]))
                y -= st["body"].leading
        else:
            canvas.setFont("XSerif-Italic", 8)
            canvas.drawString(22 * mm, h - 13 * mm, f"{study.journal} {study.volume} ({study.year})")
            canvas.drawRightString(w - 22 * mm, h - 13 * mm, study.short_title)
            canvas.setLineWidth(0.5)
            canvas.line(22 * mm, h - 14.5 * mm, w - 22 * mm, h - 14.5 * mm)
            canvas.line(22 * mm, 14 * mm, w - 22 * mm, 14 * mm)
            canvas.setFont("XSerif-Regular", 8)
            canvas.drawString(22 * mm, 10 * mm, f"https://doi.org/{study.doi}")
            canvas.drawRightString(w - 22 * mm, 10 * mm, f"Page {d.page}")
        if d.page == 1 and study.footnote:
            canvas.setFont("XSerif-Regular", 7)
            canvas.drawString(left, 17 * mm, "* " + study.footnote)
        canvas.restoreState()

    LW, LH = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("main", [Frame(left, 22 * mm, W - left - 22 * mm, H - 46 * mm, id="f")], onPage=deco),
        PageTemplate("land", [Frame(22 * mm, 22 * mm, LW - 44 * mm, LH - 46 * mm, id="L")], onPage=deco,
                     pagesize=landscape(A4)),
    ])
    fw = W - left - 22 * mm
    story: list = []
    story.append(RP._para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(RP._para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    story.append(RP._para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(RP._para(names, st["authors"], study, "authors"))
    story.append(RP._para("; ".join(study.affiliations), st["small"], study, "affil"))
    story.append(Spacer(1, 6))
    for i, (lab, text) in enumerate(study.abstract):
        lead = f"<b>{lab}:</b> " if lab else ("<b>Abstract</b> " if i == 0 else "")
        story.append(RP._para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(RP._para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    late: list = []  # manuscripts: tables and legends after the references; supplements last
    supp: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(RP._para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(RP._para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(RP._para(block[1], st["h2"], study, key))
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = RP._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                if ms:  # the figure itself is uploaded separately; the legend comes last
                    late.append(cap)
                else:
                    story.append(RP._together([RP._figure(spec, study, fw), cap], study, f"fig:{label}"))
            elif block[0] in ("table", "ftable"):
                _, label, caption, spec = block
                spec = {**spec, "label": label}
                land = spec.get("landscape", False)
                width = (LW - 44 * mm) if land else fw
                cap = RP._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                parts = _ftable_pdf(spec, study, st, width)
                foot = ([RP._para(spec["foot"], st["caption"], study, f"foot:{label}")] if spec.get("foot") else [])
                flow: list = [RP._together([cap, parts[0]] + (foot if len(parts) == 1 else []), study,
                                           f"tab:{label}")]
                if len(parts) == 2:  # continued on the next page under a repeated title
                    cont = Paragraph(f"<b>{escape(label)} (continued)</b>", st["caption"])
                    flow += [PageBreak(), RP._together([cont, parts[1]] + foot, study, f"tab:{label}#c")]
                target = supp if spec.get("supp") else (late if ms else story)
                if land:
                    flow = [NextPageTemplate("land"), PageBreak()] + flow + [NextPageTemplate("main")]
                target.extend(flow)
    for i, (heading, text) in enumerate(study.back):
        story.append(RP._para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(RP._para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(RP._para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    if late:
        story += [PageBreak(), RP._para("Tables and figure legends", st["h1"], study, "late")] + late
    if supp:  # the heading goes on the first supplementary page, landscape or not
        head = RP._para("Supplementary material", st["h1"], study, "supp")
        lead = supp[:2] if isinstance(supp[0], NextPageTemplate) else [PageBreak()]
        story += lead + [head] + supp[len(lead) if isinstance(supp[0], NextPageTemplate) else 0:]
    doc.build(story)
    return buf.getvalue(), doc.pages


def _ftable_xml(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    head, body, _ = ftable_rows(spec, study.scores)
    th = "".join(f"<th>{inline(h, study)}</th>" for h in head)
    if spec.get("span") and spec["orient"] != "rows":
        lead = len(head) - len(spec["days"])
        th = ("<th/>" * lead + f'<th colspan="{len(spec["days"])}">{escape(spec["span"])}</th></tr><tr>' + th)
    rows = "\n".join("<tr>" + "".join(f"<td>{inline(c, study)}</td>" for c in r) + "</tr>" for r in body)
    foot = f"<table-wrap-foot><p>{inline(spec['foot'], study)}</p></table-wrap-foot>" if spec.get("foot") else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead><tr>{th}</tr></thead>\n<tbody>\n{rows}\n</tbody>'
            f"</table>{foot}</table-wrap>")


def render_xml_fj(study: Study) -> str:
    """JATS via ``extgen.render_xml`` with every ``ftable`` (and plain table) rendered by us."""
    tables: dict[str, str] = {}
    sections = []
    for _t, h, blocks in study.sections:
        nb = []
        for b in blocks:
            if not isinstance(b, str) and b[0] in ("ftable", "table"):
                ph = f"FJTABLEPLACEHOLDER{len(tables) + 1}"
                tables[ph] = _ftable_xml(b[1], b[2], b[3], study, f"T{len(tables) + 1}")
                nb.append(ph)
            else:
                nb.append(b)
        sections.append((_t, h, nb))
    xml = render_xml(dataclasses.replace(study, sections=sections))
    for ph, t in tables.items():
        xml = xml.replace(f"<p>{ph}</p>", t)
    if "FJTABLEPLACEHOLDER" in xml:
        raise ValueError(f"{study.stem}: table placeholder left in JATS")
    return xml
