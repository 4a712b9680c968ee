"""Journal typesetting habits for BBB tables, on top of ``extgen`` (imported, not copied).

A ``("jtable", label, caption, spec)`` block is a table as journals print it:

- ``spec["head"]``: header rows, each a list of ``(text, colspan)``; spanning headers such as
  "BBB score" over day columns, "Days post-injury" over bare numbers, or a group name over
  ``Mean | SD`` sub-columns;
- ``spec["body"]``: rows of cells; a cell is a plain string (row label, baseline value,
  a second scale that is not annotated) or a ``Cell`` carrying one gold outcome row;
  a row given as a single ``(text, colspan)`` tuple is a band spanning the table;
- ``spec["split"]``: body rows printed on the first page; the rest continue on the next
  page under "Table N (continued)" with the header repeated;
- ``spec["landscape"]``: the table gets a landscape page of its own;
- ``spec["foot"]``: the legend under the table (markup, may carry quotes).

Pages are decided by explicit breaks, so each part's page is known without guessing.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from extgen.model import Scores, Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together
from extgen.render_xml import inline, render_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)


@dataclass
class Cell:
    """A table cell that prints one score; ``text`` is markup, ``quote`` what a reader finds."""

    text: str
    scores: Scores
    group: str
    day: float
    quote: str


def score(scores: Scores, group: str, day: float, style: str = "pm", mark: str = "") -> Cell:
    """A score cell in one of the ways journals print it.

    ``pm`` "8.4 ± 0.9", ``tight`` "8.4±0.9", ``paren`` "8.4 (0.9)"; ``mark`` is glued on
    (``<sup>a</sup>`` for a superscript letter, ``*#`` for symbols).
    """
    mean, err = scores.values[group][day]
    core = {"pm": f"{mean:.1f} ± {err:.1f}", "tight": f"{mean:.1f}±{err:.1f}",
            "paren": f"{mean:.1f} ({err:.1f})"}[style]
    plain_mark = mark.replace("<sup>", "").replace("</sup>", "")
    return Cell(core + mark, scores, group, day, core + plain_mark)


def split_cells(scores: Scores, group: str, day: float, mark: str = "") -> list:
    """Mean and SD/SEM in two sub-columns; the row's quote is the pair as read across."""
    mean, err = scores.values[group][day]
    cell = Cell(f"{mean:.1f}", scores, group, day, f"{mean:.1f} {err:.1f}{mark}")
    return [cell, f"{err:.1f}{mark}"]


@dataclass
class Habits:
    """How one journal dresses its pages."""

    banner: str  # top-left, every page: journal, volume, year
    running_head: str  # top-right from page 2: author et al.
    serif: bool = True
    letter: bool = False
    rule_colour: str = "#000000"


def _cell_text(c: object) -> str:
    return c.text if isinstance(c, Cell) else str(c)


def _table_flowable(spec: dict, st: dict, width: float, rows: list, key: str) -> Table:
    ncol = sum(span for _, span in spec["head"][0])
    data, style = [], []
    fam = st["cell"].fontName.split("-")[0]
    for r, hrow in enumerate(spec["head"]):
        line, c = [], 0
        for text, span in hrow:
            line.append(_para(f"<b>{text}</b>" if text else "", st["cell"], _DUMMY, None))
            line += [""] * (span - 1)
            if span > 1:
                style.append(("SPAN", (c, r), (c + span - 1, r)))
                style.append(("LINEBELOW", (c, r), (c + span - 1, r), 0.4, colors.black))
            c += span
        data.append(line)
    nh = len(spec["head"])
    for i, row in enumerate(rows):
        r = nh + i
        if isinstance(row, tuple):
            data.append([_para(f"<i>{row[0]}</i>", st["cell"], _DUMMY, None)] + [""] * (ncol - 1))
            style.append(("SPAN", (0, r), (ncol - 1, r)))
        else:
            data.append([_para(_cell_text(c), st["cell"], _DUMMY, None) for c in row])
    first = spec.get("first_col", 0.24)
    widths = [width * first] + [width * (1 - first) / (ncol - 1)] * (ncol - 1)
    t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=nh)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, nh - 1), f"{fam}-Bold", st["cell"].fontSize),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        *style,
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


class _Dummy:  # _para only needs .stem/.scores for markers; table cells carry none
    stem = "table"
    scores = None


_DUMMY = _Dummy()


def render_journal_pdf(study: Study, habits: Habits) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and page of each keyed block (extgen keys plus ``tab:<label>:<part>``)."""
    _register_fonts()
    layout = "single" if habits.serif else "twocol"
    st = _styles(layout)
    st["body"].firstLineIndent = 0
    buf = io.BytesIO()
    size = LETTER if habits.letter else A4
    doc = _Doc(buf, study, pagesize=size, title=study.title, author=study.first_author,
               leftMargin=22 * mm, rightMargin=22 * mm, topMargin=26 * mm, bottomMargin=24 * mm)
    fam = "XSerif" if habits.serif else "XSans"

    def page_furniture(canvas, d) -> None:  # type: ignore[no-untyped-def]
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(habits.rule_colour))
        canvas.setFont(f"{fam}-Bold", 8)
        canvas.drawString(22 * mm, h - 13 * mm, habits.banner)
        canvas.setFont(f"{fam}-Italic", 8)
        if d.page > 1:
            canvas.drawRightString(w - 22 * mm, h - 13 * mm, habits.running_head)
        canvas.line(22 * mm, h - 15 * mm, w - 22 * mm, h - 15 * mm)
        canvas.setFont(f"{fam}-Regular", 7.5)
        canvas.drawString(22 * mm, 12 * mm, f"DOI: {study.doi}")
        canvas.drawRightString(w - 22 * mm, 12 * mm, f"Page {d.page}")
        if d.page == 1 and study.footnote:
            canvas.drawString(22 * mm, 16 * mm, study.footnote)
        canvas.restoreState()

    main = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="main")
    LW, LH = landscape(size)
    land = Frame(22 * mm, 24 * mm, LW - 44 * mm, LH - 50 * mm, id="land")
    doc.addPageTemplates([PageTemplate("main", [main], onPage=page_furniture),
                          PageTemplate("land", [land], onPage=page_furniture, pagesize=(LW, LH))])
    story: list = []
    story.append(_para(f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"))
    story.append(_para(f"https://doi.org/{study.doi}", st["small"], study, "doi"))
    story.append(Spacer(1, 6))
    story.append(_para(study.title, st["title"], study, "title"))
    names = ", ".join(f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors))
    story.append(_para(names, st["authors"], study, "authors"))
    story.append(_para("; ".join(study.affiliations), st["small"], study, "affil"))
    story.append(Spacer(1, 6))
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    for si, (_type, heading, blocks) in enumerate(study.sections):
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
                story.append(_together([_figure(spec, study, doc.width), cap], study, f"fig:{label}"))
            elif block[0] == "jtable":
                story += _jtable_story(block, study, st, doc.width, LW - 44 * mm)
    for i, (heading, text) in enumerate(study.back):
        story.append(_para(f"<b>{heading}.</b> {text}", st["small"], study, f"back{i}"))
    story.append(_para("References", st["h1"], study, "refs"))
    for i, ref in enumerate(study.references, 1):
        story.append(_para(f"[{i}] {ref}", st["small"], study, f"ref{i}"))
    doc.build(story)
    return buf.getvalue(), doc.pages


def _jtable_story(block: tuple, study: Study, st: dict, width: float, land_width: float) -> list:
    _, label, caption, spec = block
    body = spec["body"]
    cut = spec.get("split") or len(body)
    out: list = []
    if spec.get("landscape"):
        out += [NextPageTemplate("land"), PageBreak()]
        width = land_width
    else:
        out.append(CondPageBreak(60 * mm))
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    parts = [cap, _table_flowable(spec, st, width, body[:cut], f"tab:{label}:0")]
    if cut == len(body) and spec.get("foot"):
        parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
    out.append(_together(parts, study, f"tabbox:{label}:0"))
    if cut < len(body):
        out.append(PageBreak())
        cont = _para(f"<b>{label} (continued)</b>", st["caption"], study, f"cont:{label}")
        parts = [cont, _table_flowable(spec, st, width, body[cut:], f"tab:{label}:1")]
        if spec.get("foot"):
            parts.append(_para(spec["foot"], st["caption"], study, f"foot:{label}"))
        out.append(_together(parts, study, f"tabbox:{label}:1"))
    if spec.get("landscape"):
        out += [NextPageTemplate("main"), PageBreak()]
    return out


def cells_with_parts(block: tuple) -> list[tuple[Cell, int]]:
    """Every score cell of a jtable with the part (0 first page, 1 continued) it prints in."""
    spec = block[3]
    cut = spec.get("split") or len(spec["body"])
    out = []
    for i, row in enumerate(spec["body"]):
        if isinstance(row, tuple):
            continue
        out += [(c, 0 if i < cut else 1) for c in row if isinstance(c, Cell)]
    return out


def for_extgen(study: Study) -> Study:
    """The study with each jtable as an empty extgen table (so gold_for reads its caption
    and legend quotes) - the score rows are added by the delta generator."""
    secs = []
    for t, h, blocks in study.sections:
        nb = []
        for b in blocks:
            if not isinstance(b, str) and b[0] == "jtable":
                nb.append(("table", b[1], b[2], {"groups": [], "days": [], "foot": b[3].get("foot")}))
            else:
                nb.append(b)
        secs.append((t, h, nb))
    return dataclasses.replace(study, sections=secs)


def _jats_table(block: tuple, study: Study, n: int) -> str:
    _, label, caption, spec = block

    def cell(tag: str, c: object, span: int = 1) -> str:
        attr = f' colspan="{span}"' if span > 1 else ""
        return f"<{tag}{attr}>{inline(_cell_text(c), study)}</{tag}>"

    head = "\n".join("<tr>" + "\n".join(cell("th", t, s) for t, s in row) + "</tr>" for row in spec["head"])
    ncol = sum(s for _, s in spec["head"][0])
    rows = []
    for row in spec["body"]:
        if isinstance(row, tuple):
            rows.append(f'<tr><td colspan="{ncol}"><italic>{inline(row[0], study)}</italic></td></tr>')
        else:
            rows.append("<tr>" + "\n".join(cell("td", c) for c in row) + "</tr>")
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    orient = ' orientation="landscape"' if spec.get("landscape") else ""
    return (f'<table-wrap id="DT{n}" position="float"{orient}><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>\n{head}\n</thead>\n<tbody>\n'
            + "\n".join(rows) + f"\n</tbody></table>{foot_xml}</table-wrap>")


def render_journal_xml(study: Study) -> str:
    """extgen's JATS with each jtable put back as a JATS table-wrap (spans kept)."""
    tables, secs = [], []
    for t, h, blocks in study.sections:
        nb = []
        for b in blocks:
            if not isinstance(b, str) and b[0] == "jtable":
                nb.append(f"DELTATABLEPLACEHOLDER{len(tables)}")
                tables.append(b)
            else:
                nb.append(b)
        secs.append((t, h, nb))
    xml = render_xml(dataclasses.replace(study, sections=secs))
    for i, b in enumerate(tables):
        marker = f"<p>DELTATABLEPLACEHOLDER{i}</p>"
        assert xml.count(marker) == 1
        xml = xml.replace(marker, _jats_table(b, study, i + 1))
    return xml
