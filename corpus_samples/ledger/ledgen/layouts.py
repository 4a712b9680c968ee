"""Layout habits extgen's renderer lacks, built from extgen's own pieces.

``study.habit`` chooses one:

- ``manuscript``: an accepted manuscript as authors submit it: US Letter, double-spaced
  serif, continuous line numbers in the left margin, "Accepted manuscript" running header,
  "Page n" footer, and all tables and figures after the references, each starting on a new
  page; a table with ``split_at`` continues on the next page under "Table n (continued)"
  with its header rows repeated.
- ``landscape``: a journal page (A4, one column) with a running header and a running DOI
  footer on every page; a table with ``landscape: True`` is set alone on a landscape page
  at the point where it is cited, and ``split_at`` continues a table on the next page.

Paragraphs never split across pages (extgen's ``_Doc``), so each quote is on one page; the
build verifies every quote on its page anyway.
"""

from __future__ import annotations

import io

from extgen import render_pdf as rpdf
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer

from ledgen.grid import LStudy
from ledgen.tables import pdf_grid


def _part(spec: dict, rows: slice) -> dict:
    """A split table's part: the header rows plus a slice of the body rows."""
    head = spec.get("head", 1)
    out = dict(spec)
    out["grid"] = spec["grid"][:head] + spec["grid"][rows]
    out["spans"] = [s for s in spec.get("spans", []) if s[3] < head]
    return out


def _table_flowables(block: tuple, study: LStudy, st: dict, width: float) -> list:
    """Caption + table (+ footnote) as unsplittable boxes; a split table ends its page."""
    _, label, caption, spec = block
    spec = dict(spec, width=width)
    cap = rpdf._para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    foot = [rpdf._para(spec["foot"], st["caption"], study, f"foot:{label}")] if spec.get("foot") else []
    split = spec.get("split_at")
    if split is None:
        return [rpdf._together([cap, pdf_grid(spec, study, st, f"tab:{label}"), *foot], study, f"tab:{label}")]
    head = spec.get("head", 1)
    first = pdf_grid(_part(spec, slice(head, split)), study, st, f"tab:{label}")
    cont_cap = Paragraph(f"<b>{label}</b> (continued)", st["caption"])
    rest = pdf_grid(_part(spec, slice(split, None)), study, st, f"tabcont:{label}")
    return [rpdf._together([cap, first], study, f"tab:{label}"), PageBreak(),
            rpdf._together([cont_cap, rest, *foot], study, f"tabcont:{label}")]


def _front(study: LStudy, st: dict) -> list:
    story: list = [rpdf._para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"),
                   rpdf._para(f"https://doi.org/{study.doi}", st["small"], study, "doi"), Spacer(1, 6),
                   rpdf._para(study.title, st["title"], study, "title")]
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story += [rpdf._para(names, st["authors"], study, "authors"),
              rpdf._para("; ".join(study.affiliations), st["small"], study, "affil"), Spacer(1, 6)]
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(rpdf._para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(rpdf._para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    return story


def _back(study: LStudy, st: dict) -> list:
    story = [rpdf._para(f"<b>{h}.</b> {t}", st["small"], study, f"back{i}") for i, (h, t) in enumerate(study.back)]
    story.append(rpdf._para("References", st["h1"], study, "refs"))
    story += [rpdf._para(f"[{i}] {r}", st["small"], study, f"ref{i}") for i, r in enumerate(study.references, 1)]
    return story


def render_habit(study: LStudy) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block (same keys as extgen, plus ``tabcont:``)."""
    rpdf._register_fonts()
    manuscript = study.habit == "manuscript"
    if study.habit not in ("manuscript", "landscape"):
        raise SystemExit(f"{study.stem}: unknown habit {study.habit!r}")
    st = rpdf._styles("single")
    if manuscript:  # double spacing, ragged right, as submitted from a word processor
        for name in ("body", "abstract"):
            st[name].leading = st[name].fontSize * 2.0
            st[name].alignment = 0
    size = LETTER if manuscript else A4
    buf = io.BytesIO()
    left = 32 * mm if manuscript else 24 * mm
    doc = rpdf._Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
                    leftMargin=left, rightMargin=24 * mm, topMargin=24 * mm, bottomMargin=24 * mm)
    W, H = size
    fw, fh = doc.width, doc.height

    def furniture(canvas, d) -> None:  # type: ignore[no-untyped-def]
        pw, ph = canvas._pagesize
        canvas.saveState()
        if manuscript:
            canvas.setFont("XSerif-Regular", 8)
            canvas.drawRightString(pw - 24 * mm, ph - 14 * mm, f"{study.first_author} et al. — Accepted manuscript")
            canvas.setFont("XSerif-Regular", 9)
            canvas.drawCentredString(pw / 2, 12 * mm, f"Page {d.page}")
            if pw < ph:  # line numbers, as a word processor prints them, every line of the frame
                canvas.setFont("XSans-Regular", 6.5)
                step = st["body"].leading
                y, n = ph - 24 * mm - step * 0.8, 1 + (d.page - 1) * int(fh // step)
                while y > 24 * mm:
                    canvas.drawRightString(14 * mm, y, str(n))
                    y -= step
                    n += 1
        else:
            canvas.setFont("XSans-Bold", 8)
            canvas.drawString(24 * mm, ph - 13 * mm, study.journal)
            canvas.setFont("XSans-Regular", 8)
            canvas.drawRightString(pw - 24 * mm, ph - 13 * mm, f"{study.short_title}  |  {d.page}")
            canvas.line(24 * mm, ph - 15 * mm, pw - 24 * mm, ph - 15 * mm)
            canvas.setFont("XSans-Regular", 7)
            canvas.drawString(24 * mm, 11 * mm, f"https://doi.org/{study.doi}  ·  © {study.year} the authors")
        if d.page == 1 and study.footnote:
            canvas.setFont("XSerif-Regular", 7.5)
            canvas.drawString(left, 17 * mm, "* " + study.footnote)
        canvas.restoreState()

    LW, LH = landscape(size)
    doc.addPageTemplates([
        PageTemplate("main", [Frame(doc.leftMargin, doc.bottomMargin, fw, fh, id="f")], onPage=furniture),
        PageTemplate("land", [Frame(24 * mm, 22 * mm, LW - 48 * mm, LH - 44 * mm, id="land")],
                     onPage=furniture, pagesize=(LW, LH)),
    ])
    story = _front(study, st)
    floats: list = []
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(rpdf._para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(rpdf._para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(rpdf._para(block[1], st["h2"], study, key))
            elif block[0] == "table":
                if manuscript:
                    floats.append(("table", block))
                elif block[3].get("landscape"):
                    story += [NextPageTemplate("land"), PageBreak(),
                              *_table_flowables(block, study, st, LW - 48 * mm),
                              NextPageTemplate("main"), PageBreak()]
                else:
                    story += _table_flowables(block, study, st, fw)
            elif block[0] == "figure":
                cap = rpdf._para(f"<b>{block[1]}.</b> {block[2]}", st["caption"], study, f"cap:{block[1]}")
                fig = rpdf._together([rpdf._figure(block[3], study, fw), cap], study, f"fig:{block[1]}")
                (floats.append(("figure", fig)) if manuscript else story.append(fig))
    story += _back(study, st)
    for kind, item in floats:  # manuscripts put every table and figure after the references
        story.append(PageBreak())
        story += _table_flowables(item, study, st, fw) if kind == "table" else [item]
    doc.build(story)
    return buf.getvalue(), doc.pages
