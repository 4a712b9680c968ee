"""Layout habits the external renderer lacks, built from its helpers (never modified).

Three layouts of our own, beside the external renderer's ``single`` and ``twocol``:

- ``manuscript``: an accepted-manuscript PDF: A4, one column, double-spaced serif,
  continuous line numbers in the left margin, "Accepted manuscript" running header and
  a footer "Page n of the author version"; a BBB table may run on to the next page as
  "Table n (continued)" with its header repeated (spec key ``split``: rows before the break);
- ``landscape``: the two-column sans layout, but a wide BBB table (spec key ``landscape``)
  sits alone on a landscape page, as journals print long time courses;
- ``grid``: one serif column whose tables have a merged header cell spanning the day
  columns (``header2``), footnote markers glued to cells (``marks``), and long wrapped
  group labels; the group-design table block ``("grid", label, caption, header, rows, foot)``
  holds markup cells (schedules, doses) that may carry gold quotes.

Every table and its caption are one unsplittable flowable per page, so each gold quote
lies on exactly one page; the continued table's two parts are keyed ``tab:<label>`` and
``tab:<label>:2``.
"""

from __future__ import annotations

import io

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _rl, _styles, _together
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (FrameBreak, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.platypus.frames import Frame

LAYOUTS = ("manuscript", "landscape", "grid")


def _cell(study: Study, spec: dict, group: str, day: float) -> str:
    mark = spec.get("marks", {}).get((group, day), "")
    return study.scores.cell(group, day) + mark


def _score_rows(spec: dict, study: Study, days: list[float]) -> list[list[str]]:
    groups = spec["groups"]
    if spec["orient"] == "rows":
        return [[spec["day_fmt"](d)] + [_cell(study, spec, g, d) for g in groups] for d in days]
    return [[g] + [_cell(study, spec, g, d) for d in days] for g in groups]


def _score_head(spec: dict, days: list[float]) -> list[str]:
    if spec["orient"] == "rows":
        return [spec.get("corner", "Time")] + list(spec["groups"])
    return [spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days]


def _style_table(t: Table, st: dict[str, ParagraphStyle], head_rows: int, span: bool) -> None:
    fam = st["cell"].fontName.split("-")[0]
    cmds = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, head_rows - 1), f"{fam}-Bold", st["cell"].fontSize),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, head_rows - 1), (-1, head_rows - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if span:  # the first header row: corner cell spans two rows, the caption cell spans all days
        cmds += [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (-1, 0)), ("ALIGN", (1, 0), (-1, 0), "CENTER"),
                 ("LINEBELOW", (1, 0), (-1, 0), 0.3, colors.black)]
    t.setStyle(TableStyle(cmds))


def _wrap(text: str, st: ParagraphStyle, study: Study) -> Paragraph:
    return Paragraph(_rl(text, study), st)


def score_table(spec: dict, study: Study, st: dict[str, ParagraphStyle], key: str,
                days: list[float], width: float | None = None) -> Table:
    """A BBB/BMS table with optional merged header (``header2``) and wrapped group labels."""
    head = _score_head(spec, days)
    rows = _score_rows(spec, study, days)
    head_rows = 1
    data: list[list] = [head]
    if spec.get("header2"):
        data = [[head[0], spec["header2"]] + [""] * (len(head) - 2), [""] + head[1:]]
        head_rows = 2
    cell_style = ParagraphStyle("wrapcell", parent=st["cell"], leading=st["cell"].fontSize * 1.2, spaceAfter=0)
    first_w = spec.get("first_col")
    for r in rows:  # long group labels wrap inside their cell
        data.append([_wrap(r[0], cell_style, study) if first_w else r[0]] + r[1:])
    widths = None
    if first_w:  # explicit widths: auto-sized columns beside a wrapped label would touch
        rest = ((width or 400) - first_w) / (len(head) - 1)
        widths = [first_w] + [rest] * (len(head) - 1)
    t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=head_rows)
    _style_table(t, st, head_rows, bool(spec.get("header2")))
    t._key = key  # type: ignore[attr-defined]
    return t


def design_table(block: tuple, study: Study, st: dict[str, ParagraphStyle], key: str,
                 width: float) -> Table:
    """A group-design table: markup cells (group, treatment, dose, schedule ...), wrapped."""
    _, _label, _caption, header, rows, _foot = block
    cs = ParagraphStyle("dcell", parent=st["cell"], leading=st["cell"].fontSize * 1.2, spaceAfter=0)
    data = [[_wrap(h, cs, study) for h in header]] + [[_wrap(c, cs, study) for c in r] for r in rows]
    n = len(header)
    t = Table(data, colWidths=[width / n] * n, hAlign="LEFT")
    _style_table(t, st, 1, False)
    t._key = key  # type: ignore[attr-defined]
    return t


def render_pdf_more(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block, for the layouts in ``LAYOUTS``."""
    if study.layout not in LAYOUTS:
        raise ValueError(f"{study.stem}: layout {study.layout!r} is not one of {LAYOUTS}")
    _register_fonts()
    ms = study.layout == "manuscript"
    serif = study.layout in ("manuscript", "grid")
    st = _styles("single" if serif else "twocol")
    if ms:  # double spacing, ragged right, as submitted
        for name in ("body", "abstract", "caption"):
            st[name] = ParagraphStyle(name + "2", parent=st[name], leading=st[name].fontSize * 2.0,
                                      alignment=0, leftIndent=0, rightIndent=0)
    size = A4 if serif else LETTER
    buf = io.BytesIO()
    side = 30 * mm if serif else 16 * mm
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=side, rightMargin=side, topMargin=24 * mm, bottomMargin=22 * mm)
    fam = "XSerif" if serif else "XSans"
    line_no = [0]

    def header(canvas, d) -> None:  # type: ignore[no-untyped-def]
        W, H = canvas._pagesize
        canvas.saveState()
        if ms:
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawString(side, H - 14 * mm, "Accepted manuscript – not copyedited")
            canvas.drawRightString(W - side, H - 14 * mm, study.short_title)
            canvas.setFont(f"{fam}-Regular", 8)
            canvas.drawCentredString(W / 2, 11 * mm, f"Page {d.page} of the author version")
            # Continuous line numbers down the margin, at the body's double-spaced pitch.
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.setFillColor(colors.grey)
            y = H - 24 * mm - st["body"].leading * 0.8
            while y > 22 * mm:
                line_no[0] += 1
                canvas.drawRightString(side - 6 * mm, y, str(line_no[0]))
                y -= st["body"].leading
        else:
            canvas.setFont(f"{fam}-Italic", 8)
            canvas.drawString(side, H - 12 * mm, f"{study.journal} · {study.year} · {study.volume}")
            canvas.setFont(f"{fam}-Bold", 9)
            canvas.drawRightString(W - side, H - 12 * mm, str(d.page))
            canvas.line(side, H - 13.5 * mm, W - side, H - 13.5 * mm)
            if study.layout == "grid":
                canvas.setFont(f"{fam}-Regular", 7)
                canvas.drawString(side, 12 * mm, f"https://doi.org/{study.doi}")
        if d.page == 1 and study.footnote:
            canvas.setFont(f"{fam}-Regular", 7)
            canvas.setFillColor(colors.black)
            canvas.drawString(side, 16 * mm, study.footnote)
        canvas.restoreState()

    W, H = size
    fw, fh = doc.width, doc.height
    templates = []
    if study.layout == "landscape":
        gap, top_h = 7 * mm, 330
        cw = (fw - gap) / 2
        templates.append(PageTemplate("first", [
            Frame(side, doc.bottomMargin + fh - top_h, fw, top_h, id="top"),
            Frame(side, doc.bottomMargin, cw, fh - top_h, id="c1"),
            Frame(side + cw + gap, doc.bottomMargin, cw, fh - top_h, id="c2")], onPage=header))
        templates.append(PageTemplate("later", [Frame(side, doc.bottomMargin, cw, fh, id="l1"),
                                                Frame(side + cw + gap, doc.bottomMargin, cw, fh, id="l2")],
                                      onPage=header))
        LW, LH = landscape(LETTER)
        templates.append(PageTemplate("land", [Frame(side, 20 * mm, LW - 2 * side, LH - 40 * mm, id="land")],
                                      onPage=header, pagesize=landscape(LETTER)))
        col_w = cw
    else:
        templates.append(PageTemplate("main", [Frame(side, doc.bottomMargin, fw, fh, id="f")], onPage=header))
        col_w = fw
    doc.addPageTemplates(templates)

    story: list = [
        _para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"),
        _para(f"https://doi.org/{study.doi}", st["small"], study, "doi"), Spacer(1, 6),
        _para(study.title, st["title"], study, "title"),
        _para(", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors)),
              st["authors"], study, "authors"),
        _para("; ".join(study.affiliations), st["small"], study, "affil"), Spacer(1, 6)]
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    if study.layout == "landscape":
        story += [NextPageTemplate("later"), FrameBreak()]
    for si, (_type, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            key = f"s{si}.{bi}"
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, key))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, key))
            elif block[0] == "grid":
                cap = _para(f"<b>{block[1]}.</b> {block[2]}", st["caption"], study, f"cap:{block[1]}")
                parts = [cap, design_table(block, study, st, key, col_w)]
                if block[5]:
                    parts.append(_para(block[5], st["caption"], study, f"foot:{block[1]}"))
                story.append(_together(parts, study, key))
            elif block[0] == "table":
                story += _table_flowables(block, study, st, col_w)
            elif block[0] == "figure":
                _, label, caption, spec = block
                cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
                story.append(_together([_figure(spec, study, col_w), cap], study, f"fig:{label}"))
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages


def _table_flowables(block: tuple, study: Study, st: dict[str, ParagraphStyle], col_w: float) -> list:
    _, label, caption, spec = block
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    foot = [_para(spec["foot"], st["caption"], study, f"foot:{label}")] if spec.get("foot") else []
    days = spec["days"]
    if spec.get("landscape"):
        width = landscape(LETTER)[0] - 32 * mm
        box = _together([cap, score_table(spec, study, st, f"tab:{label}", days, width), *foot],
                        study, f"tab:{label}")
        return [NextPageTemplate("land"), PageBreak(), box, NextPageTemplate("later"), PageBreak()]
    if spec.get("split"):
        if spec["orient"] != "rows":
            raise ValueError("only tables with days as rows continue on the next page")
        k = spec["split"]
        part1 = _together([cap, score_table(spec, study, st, f"tab:{label}", days[:k], col_w)],
                          study, f"tab:{label}")
        cont = _para(f"<b>{label}</b> (continued)", st["caption"], study, f"cont:{label}")
        part2 = _together([cont, score_table(spec, study, st, f"tab:{label}:2", days[k:], col_w), *foot],
                          study, f"tab:{label}:2")
        return [part1, PageBreak(), part2]
    return [_together([cap, score_table(spec, study, st, f"tab:{label}", days, col_w), *foot],
                      study, f"tab:{label}")]
