"""Layout habits the shared renderer lacks, for the ember papers.

``render_pdf_habits(study, habits)`` draws a ``Study`` like ``extgen.render_pdf`` (same
styles, fonts, keyed blocks) and adds, per paper:

- ``"manuscript"``: an accepted-manuscript page: one column, extra leading, line numbers
  in the left margin, an "Accepted manuscript" running footer on every page;
- ``"footer"``: a running footer with the short title and "Page n of N"-style page label;
- ``xtable`` blocks: a BBB table with a merged (spanning) header cell over the time
  columns or group columns, footnote markers on cells, and optionally split so that
  the last rows continue on the next page under "Table n (continued)".

Tables written as ``("xtable", label, caption, spec)`` become plain ``table`` blocks in
the XML (``as_plain``): JATS carries one table whatever the page layout was.
"""

from __future__ import annotations

import io
from dataclasses import replace

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import (FrameBreak, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together


def as_plain(study: Study) -> Study:
    """The study with every ``xtable`` turned into a standard ``table`` block."""
    sections = []
    for sec_type, heading, blocks in study.sections:
        out = []
        for b in blocks:
            if not isinstance(b, str) and b[0] == "xtable":
                out.append(("table", b[1], b[2], b[3]))
            else:
                out.append(b)
        sections.append((sec_type, heading, out))
    return replace(study, sections=sections)


def second_part(spec: dict) -> list[tuple[str, float]]:
    """(group, day) cells printed on the continuation page of a split table."""
    cut = spec.get("split")
    if cut is None:
        return []
    if spec["orient"] == "rows":
        return [(g, d) for d in spec["days"][cut:] for g in spec["groups"]]
    return [(g, d) for g in spec["groups"][cut:] for d in spec["days"]]


def _xtable_rows(spec: dict, study: Study) -> tuple[list[list[str]], list[list[str]], int]:
    """Header rows (merged top row + labels), body rows, and the body index where part 2 starts."""
    s = study.scores
    marks = spec.get("marks", {})
    days, groups = spec["days"], spec["groups"]

    def cell(g: str, d: float) -> str:
        return s.cell(g, d) + marks.get((g, d), "")

    if spec["orient"] == "rows":
        top = [spec.get("corner", "Time")] + [spec["span"]] + [""] * (len(groups) - 1)
        sub = [""] + [spec.get("labels", {}).get(g, g) for g in groups]
        body = [[spec["day_fmt"](d)] + [cell(g, d) for g in groups] for d in days]
    else:
        top = [spec.get("corner", "Group")] + [spec["span"]] + [""] * (len(days) - 1)
        sub = [""] + [spec["day_fmt"](d) for d in days]
        body = [[spec.get("labels", {}).get(g, g)] + [cell(g, d) for d in days] for g in groups]
    return [top, sub], body, spec.get("split") or len(body)


def _grid(head: list[list[str]], body: list[list[str]], st: dict) -> Table:
    fam = st["cell"].fontName.split("-")[0]
    t = Table(head + body, hAlign="LEFT", repeatRows=0)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, 1), f"{fam}-Bold", st["cell"].fontSize),
        ("SPAN", (1, 0), (-1, 0)), ("SPAN", (0, 0), (0, 1)),
        ("ALIGN", (1, 0), (-1, 0), "CENTER"), ("VALIGN", (0, 0), (0, 1), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (1, 0), (-1, 0), 0.3, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return t


def _xtable(block: tuple, study: Study, st: dict) -> list:
    """Flowables of one xtable: caption + first part (+ page break + continued part)."""
    _, label, caption, spec = block
    head, body, cut = _xtable_rows(spec, study)
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    first = _grid(head, body[:cut], st)
    first._key = f"tab:{label}"  # type: ignore[attr-defined]
    foot = _para(spec["foot"], st["caption"], study, f"foot:{label}") if spec.get("foot") else None
    if cut >= len(body):
        parts = [cap, first] + ([foot] if foot else [])
        return [_together(parts, study, f"tab:{label}")]
    more = _para(f"<i>(continued on next page)</i>", st["caption"], study, None)
    cont_cap = _para(f"<b>{label}</b> (continued)", st["caption"], study, None)
    second = _grid(head, body[cut:], st)
    second._key = f"tab2:{label}"  # type: ignore[attr-defined]
    parts2 = [cont_cap, second] + ([foot] if foot else [])
    return [_together([cap, first, more], study, f"tab:{label}"), PageBreak(),
            _together(parts2, study, f"tab2:{label}")]


def render_pdf_habits(study: Study, habits: set[str]) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of each keyed block (keys as in ``extgen.render_pdf``, plus
    ``tab2:<label>`` for the continued part of a split table)."""
    _register_fonts()
    manuscript = "manuscript" in habits
    single = study.layout == "single" or manuscript
    st = _styles("single" if single else "twocol")
    if manuscript:  # double-ish spacing, ragged right, as journals' author manuscripts look
        for name in ("body", "abstract"):
            st[name].leading = st[name].fontSize * 1.9
            st[name].alignment = 0
    buf = io.BytesIO()
    size = A4 if single else LETTER
    left = (30 if manuscript else 34) * mm if single else 16 * mm
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=left, rightMargin=left if not manuscript else 26 * mm,
               topMargin=24 * mm, bottomMargin=24 * mm)
    W, H = size
    fam = "XSerif" if single else "XSans"
    step = st["body"].leading

    def on_page(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        if manuscript:
            canvas.setFont(f"{fam}-Regular", 7)
            # a fixed ruler of numbers per page, continuing across pages, as manuscript systems print
            per_page = int((H - doc.topMargin - doc.bottomMargin) // step)
            for n in range(per_page):
                y = H - doc.topMargin - st["body"].fontSize - n * step
                canvas.drawRightString(left - 6 * mm, y, str((d.page - 1) * per_page + n + 1))
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawString(left, 12 * mm, "Accepted manuscript (author version, not copy-edited)")
            canvas.drawRightString(W - 26 * mm, 12 * mm, str(d.page))
        elif "footer" in habits:
            canvas.setFont(f"{fam}-Italic", 7.5)
            canvas.line(doc.leftMargin, 16 * mm, W - doc.rightMargin, 16 * mm)
            canvas.drawString(doc.leftMargin, 12 * mm, f"{study.short_title} · {study.journal}")
            canvas.drawRightString(W - doc.rightMargin, 12 * mm, f"Page {d.page}")
        if not single and d.page > 1:
            canvas.setFont(f"{fam}-Regular", 8)
            canvas.drawString(doc.leftMargin, H - 12 * mm, f"{study.first_author} et al. ({study.year})")
        if d.page == 1 and study.footnote:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.drawString(doc.leftMargin, 19 * mm, study.footnote)
        canvas.restoreState()

    fw, fh = doc.width, doc.height
    if single:
        doc.addPageTemplates([PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")],
                                           onPage=on_page)])
    else:
        gap, top_h = 7 * mm, 330
        cw = (fw - gap) / 2
        first = [Frame(doc.leftMargin, doc.bottomMargin + fh - top_h, fw, top_h, id="top"),
                 Frame(doc.leftMargin, doc.bottomMargin, cw, fh - top_h, id="c1"),
                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh - top_h, id="c2")]
        later = [Frame(doc.leftMargin, doc.bottomMargin, cw, fh, id="l1"),
                 Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, fh, id="l2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=on_page),
                              PageTemplate("later", later, onPage=on_page)])
    story: list = [
        _para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"),
        _para(f"https://doi.org/{study.doi}", st["small"], study, "doi"), Spacer(1, 6),
        _para(study.title, st["title"], study, "title"),
        _para(", ".join(f"{g} {s}" for g, s in study.authors), st["authors"], study, "authors"),
        _para("; ".join(study.affiliations), st["small"], study, "affil"), Spacer(1, 6),
    ]
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}.</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + ", ".join(study.keywords), st["small"], study, "kwd"))
    if not single:
        story += [NextPageTemplate("later"), FrameBreak()]
    width = fw if single else (fw - 7 * mm) / 2
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "xtable":
                story += _xtable(block, study, st)
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, width), cap], study, f"fig:{label}"))
            else:
                raise ValueError(f"{study.stem}: block kind {block[0]!r} not drawn by the habits renderer")
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"{i}. {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages
