"""Layout habits the external renderer lacks, built on its pieces (imported, not copied).

Two extra PDF layouts (``Study.layout``):

- ``manuscript``: an accepted author manuscript: A4, double-spaced ragged-right serif,
  continuous line numbers in the left margin, a running "Accepted manuscript" header,
  tables and figures gathered after the references (each table on its own page; a
  table spec with ``landscape`` gets a landscape page);
- ``threecol``: A4, three narrow sans-serif columns, a journal footer line with the
  copyright text on every page; each table or figure sits full-width at the top of a
  fresh page with the columns continuing beneath it.

Extra table-spec keys (all layouts of this module, and mirrored in the JATS):

- ``span``: a header cell spanning the score columns (e.g. "BBB score");
- ``marks``: ``{"GROUP@DAY": "*"}`` footnote markers appended to score cells;
- ``split``: body rows on the first page; the rest follow on the next page under
  "Table n (continued)" with the header repeated. The keys ``tab:<label>`` and
  ``tab:<label>+`` record both pages (see ``continued_rows``).
"""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from extgen.model import Study
from extgen.render_pdf import _Doc, _figure, _para, _register_fonts, _styles, _together
from extgen.render_xml import inline, render_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.frames import Frame

LAYOUTS = ("manuscript", "threecol")


# ---------------------------------------------------------------- table content


def _cell(study: Study, spec: dict, group: str, day: float) -> str:
    return study.scores.cell(group, day) + spec.get("marks", {}).get(f"{group}@{day:g}", "")


def table_grid(study: Study, spec: dict) -> tuple[list[list[str]], list[list[str]]]:
    """(header rows, body rows) of a score table as plain strings."""
    days, groups = spec["days"], spec["groups"]
    if spec["orient"] == "rows":
        lead, cols = spec.get("corner", "Time"), list(groups)
        body = [[spec["day_fmt"](d)] + [_cell(study, spec, g, d) for g in groups] for d in days]
    else:
        lead, cols = spec.get("corner", "Group"), [spec["day_fmt"](d) for d in days]
        body = [[g] + [_cell(study, spec, g, d) for d in days] for g in groups]
    if spec.get("span"):
        head = [[lead, spec["span"]] + [""] * (len(cols) - 1), [""] + cols]
    else:
        head = [[lead] + cols]
    return head, body


def continued_rows(spec: dict) -> set[tuple[str, float]]:
    """(group, day) cells printed in the continuation part of a split table."""
    k = spec.get("split")
    if not k:
        return set()
    if spec["orient"] == "rows":
        return {(g, d) for d in spec["days"][k:] for g in spec["groups"]}
    return {(g, d) for g in spec["groups"][k:] for d in spec["days"]}


# ---------------------------------------------------------------- PDF


def _rl_table(
    head: list[list[str]], body: list[list[str]], st: dict[str, ParagraphStyle], key: str
) -> Table:
    font = st["cell"].fontName
    fam = font.split("-")[0]
    size = st["cell"].fontSize
    t = Table(head + body, hAlign="LEFT", repeatRows=len(head))
    cmds = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("FONT", (0, 0), (-1, len(head) - 1), f"{fam}-Bold", size),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, len(head) - 1), (-1, len(head) - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if len(head) == 2:  # merged header: the scale name spans the score columns
        cmds += [
            ("SPAN", (1, 0), (-1, 0)),
            ("SPAN", (0, 0), (0, 1)),
            ("ALIGN", (1, 0), (-1, 0), "CENTER"),
            ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.black),
            ("VALIGN", (0, 0), (0, 1), "BOTTOM"),
        ]
    t.setStyle(TableStyle(cmds))
    t._key = key  # type: ignore[attr-defined]
    return t


def _table_parts(block: tuple, study: Study, st: dict[str, ParagraphStyle]) -> list[list]:
    """One or two unsplittable boxes (caption + table [+ footnote]) for a table block."""
    _, label, caption, spec = block
    head, body = table_grid(study, spec)
    k = spec.get("split") or len(body)
    cap = _para(f"<b>{label}.</b> {caption}", st["caption"], study, f"cap:{label}")
    first = [cap, _rl_table(head, body[:k], st, f"tab:{label}")]
    foot = _para(spec["foot"], st["caption"], study, f"foot:{label}") if spec.get("foot") else None
    if k >= len(body):
        return [first + ([foot] if foot else [])]
    cont = _para(f"<b>{label}</b> (continued)", st["caption"], study, None)
    return [
        first,
        [cont, _rl_table(head, body[k:], st, f"tab:{label}+")] + ([foot] if foot else []),
    ]


def _front(study: Study, st: dict[str, ParagraphStyle]) -> list:
    story: list = [
        _para(
            f"<i>{study.journal}</i> {study.year}; {study.volume}", st["small"], study, "journal"
        ),
        _para(f"https://doi.org/{study.doi}", st["small"], study, "doi"),
        Spacer(1, 6),
        _para(study.title, st["title"], study, "title"),
        _para(
            ", ".join(
                f"{g} {s}" + ("*" if i == 0 else "") for i, (g, s) in enumerate(study.authors)
            ),
            st["authors"],
            study,
            "authors",
        ),
        _para("; ".join(study.affiliations), st["small"], study, "affil"),
        _para("* " + study.footnote, st["small"], study, "notice"),
        Spacer(1, 6),
    ]
    for i, (label, text) in enumerate(study.abstract):
        lead = f"<b>{label}:</b> " if label else ("<b>Abstract</b> " if i == 0 else "")
        story.append(_para(lead + text, st["abstract"], study, f"abs{i}"))
    story.append(_para("<b>Keywords:</b> " + "; ".join(study.keywords), st["small"], study, "kwd"))
    return story


def _back(study: Study, st: dict[str, ParagraphStyle]) -> list:
    story = [
        _para(f"<b>{h}.</b> {t}", st["small"], study, f"back{i}")
        for i, (h, t) in enumerate(study.back)
    ]
    story.append(_para("References", st["h1"], study, "refs"))
    story += [
        _para(f"[{i}] {r}", st["small"], study, f"ref{i}")
        for i, r in enumerate(study.references, 1)
    ]
    return story


def _manuscript(study: Study) -> tuple[bytes, dict[str, int]]:
    st = _styles("single")
    for name in ("body", "abstract", "small", "h1", "h2", "caption"):
        s = st[name]
        s.leading = s.fontSize * 2.0  # double spacing, as submission systems demand
        s.alignment = 0
        s.leftIndent = s.rightIndent = 0
    st["body"].firstLineIndent = 0
    buf = io.BytesIO()
    doc = _Doc(
        buf,
        study,
        pagesize=A4,
        title=study.title,
        author=study.first_author,
        leftMargin=30 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=22 * mm,
    )
    W, H = A4
    step = st["body"].leading
    per_page = int(doc.height // step)

    def portrait(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSerif-Regular", 8)
        canvas.drawString(
            doc.leftMargin, H - 14 * mm, f"Accepted manuscript \u2013 {study.journal}"
        )
        canvas.drawRightString(W - doc.rightMargin, H - 14 * mm, f"Page {d.page}")
        canvas.setFont("XSans-Regular", 7)
        canvas.setFillColor(colors.HexColor("#777777"))
        top = doc.bottomMargin + doc.height - st["body"].fontSize
        for i in range(per_page):  # Word-style continuous numbering of every line slot
            canvas.drawRightString(
                doc.leftMargin - 6 * mm, top - i * step, str((d.page - 1) * per_page + i + 1)
            )
        canvas.restoreState()

    def land(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSerif-Regular", 8)
        lw, lh = landscape(A4)
        canvas.drawString(20 * mm, lh - 12 * mm, f"Accepted manuscript \u2013 {study.journal}")
        canvas.drawRightString(lw - 20 * mm, lh - 12 * mm, f"Page {d.page}")
        canvas.restoreState()

    lw, lh = landscape(A4)
    doc.addPageTemplates(
        [
            PageTemplate(
                "port",
                [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="p")],
                onPage=portrait,
                pagesize=A4,
            ),
            PageTemplate(
                "land",
                [Frame(20 * mm, 18 * mm, lw - 40 * mm, lh - 36 * mm, id="l")],
                onPage=land,
                pagesize=landscape(A4),
            ),
        ]
    )
    story = _front(study, st)
    floats: list[tuple] = []
    for si, (_t, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, f"s{si}.{bi}"))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, f"s{si}.{bi}"))
            else:
                floats.append(block)
    story += _back(study, st)
    cap = ParagraphStyle("capx", parent=st["caption"], leading=st["caption"].fontSize * 1.3)
    cell = ParagraphStyle("cellx", parent=st["cell"], leading=st["cell"].fontSize * 1.3)
    tst = dict(st, caption=cap, cell=cell)
    for block in floats:  # tables, then figures, each on its own page (journal instructions)
        if block[0] == "table":
            is_land = bool(block[3].get("landscape"))
            story.append(NextPageTemplate("land" if is_land else "port"))
            if not block[3].get("split"):  # a long table starts under the references and runs on
                story.append(PageBreak())
            for n, part in enumerate(_table_parts(block, study, tst)):
                if n:
                    story.append(PageBreak())
                story.append(_together(part, study, f"box:{block[1]}:{n}"))
            story.append(NextPageTemplate("port"))
    for block in floats:
        if block[0] == "figure":
            story += [NextPageTemplate("port"), PageBreak()]
            c = _para(f"<b>{block[1]}.</b> {block[2]}", cap, study, f"cap:{block[1]}")
            story.append(
                _together([_figure(block[3], study, doc.width), c], study, f"fig:{block[1]}")
            )
    doc.build(story)
    return buf.getvalue(), doc.pages


class _Defer(Spacer):
    """A float met in the running text: it goes to the top of the next page, text keeps flowing.

    ``box`` None marks the end of the story (flush whatever is still waiting).
    """

    def __init__(self, box: Table | None, template: str) -> None:
        super().__init__(0, 0)
        self.box, self.template = box, template


class _FloatDoc(_Doc):
    """Places deferred floats in the full-width ``ft`` frame of the float page templates."""

    def __init__(self, *args: object, **kw: object) -> None:
        super().__init__(*args, **kw)
        self.waiting: list[_Defer] = []

    def handle_flowable(self, flowables: list) -> None:
        head = flowables[0] if flowables else None
        if isinstance(head, _Defer):
            flowables.pop(0)
            if head.box is None:
                out: list = []
                for d in self.waiting:
                    out += [NextPageTemplate(d.template), PageBreak(), d.box, FrameBreak()]
                self.waiting = []
                flowables[0:0] = out + [NextPageTemplate("three")]
                return
            self.waiting.append(head)
            if len(self.waiting) == 1:
                self.handle_nextPageTemplate(head.template)
            return
        if self.waiting and getattr(self.frame, "id", None) == "ft":
            d = self.waiting.pop(0)
            flowables[0:0] = [d.box, FrameBreak()]
            self.handle_nextPageTemplate(self.waiting[0].template if self.waiting else "three")
        super().handle_flowable(flowables)


def _threecol(study: Study) -> tuple[bytes, dict[str, int]]:
    st = _styles("twocol")
    for name in ("body", "caption", "cell", "small", "abstract", "h1", "h2"):
        st[name].fontSize -= 0.8
        st[name].leading = st[name].fontSize * 1.3
    st["body"].alignment = 4
    buf = io.BytesIO()
    doc = _FloatDoc(
        buf,
        study,
        pagesize=A4,
        title=study.title,
        author=study.first_author,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
    )
    W, H = A4
    fw, fh, gap = doc.width, doc.height, 5 * mm
    cw = (fw - 2 * gap) / 3

    def furniture(canvas, d) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("XSans-Italic", 7.5)
        canvas.drawString(doc.leftMargin, H - 12 * mm, study.short_title)
        canvas.drawRightString(W - doc.rightMargin, H - 12 * mm, f"{study.journal} {study.volume}")
        canvas.setFont("XSans-Regular", 6.5)
        canvas.line(doc.leftMargin, 15 * mm, W - doc.rightMargin, 15 * mm)
        canvas.drawString(
            doc.leftMargin,
            11 * mm,
            f"\u00a9 {study.year} Synthetic Test Press. {study.journal} {study.volume}",
        )
        canvas.drawRightString(W - doc.rightMargin, 11 * mm, str(d.page))
        canvas.restoreState()

    def cols(top_h: float) -> list[Frame]:
        h = fh - top_h
        return [
            Frame(doc.leftMargin + i * (cw + gap), doc.bottomMargin, cw, h, id=f"c{i}")
            for i in range(3)
        ]

    templates = [
        PageTemplate(
            "first",
            [Frame(doc.leftMargin, doc.bottomMargin + fh - 300, fw, 300, id="top"), *cols(300)],
            onPage=furniture,
        ),
        PageTemplate("three", cols(0), onPage=furniture),
    ]
    story = _front(study, st)
    story += [NextPageTemplate("three"), FrameBreak()]
    for si, (_t, heading, blocks) in enumerate(study.sections):
        story.append(_para(heading, st["h1"], study, f"h{si}"))
        for bi, block in enumerate(blocks):
            if isinstance(block, str):
                story.append(_para(block, st["body"], study, f"s{si}.{bi}"))
            elif block[0] == "h":
                story.append(_para(block[1], st["h2"], study, f"s{si}.{bi}"))
            else:
                if block[0] == "table":
                    (part,) = _table_parts(block, study, st)  # no split in narrow columns
                    box = _together(part, study, f"tab:{block[1]}")
                else:
                    c = _para(
                        f"<b>{block[1]}.</b> {block[2]}", st["caption"], study, f"cap:{block[1]}"
                    )
                    box = _together([_figure(block[3], study, fw), c], study, f"fig:{block[1]}")
                _, h = box.wrap(fw, fh)
                name = f"float{len(templates)}"
                top = Frame(doc.leftMargin, doc.bottomMargin + fh - h - 14, fw, h + 14, id="ft")
                templates.append(PageTemplate(name, [top, *cols(h + 14)], onPage=furniture))
                story.append(_Defer(box, name))
    story += _back(study, st)
    story.append(_Defer(None, ""))  # flush: floats still waiting get pages of their own
    doc.addPageTemplates(templates)
    doc.build(story)
    return buf.getvalue(), doc.pages


def render_pdf_z(study: Study) -> tuple[bytes, dict[str, int]]:
    """PDF bytes and the page of every keyed block, for this module's layouts."""
    _register_fonts()
    if study.layout == "manuscript":
        return _manuscript(study)
    if study.layout == "threecol":
        return _threecol(study)
    raise ValueError(f"{study.stem}: layout {study.layout!r} is not one of {LAYOUTS}")


# ---------------------------------------------------------------- JATS


def _table_xml(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    head, body = table_grid(study, spec)
    if len(head) == 2:
        ncols = len(head[1]) - 1
        th = (
            f'<tr><th rowspan="2">{escape(head[0][0])}</th><th colspan="{ncols}">{escape(head[0][1])}</th></tr>'
            "<tr>" + "".join(f"<th>{escape(c)}</th>" for c in head[1][1:]) + "</tr>"
        )
    else:
        th = "<tr>" + "".join(f"<th>{escape(c)}</th>" for c in head[0]) + "</tr>"

    def td(c: str) -> str:
        m = re.fullmatch(r"(.*?\d)([*†‡§]+)", c)
        return (
            f"<td>{escape(m.group(1))}<sup>{escape(m.group(2))}</sup></td>"
            if m
            else f"<td>{escape(c)}</td>"
        )

    rows = "\n".join("<tr>" + "".join(td(c) for c in r) + "</tr>" for r in body)
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (
        f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
        f"<caption><p>{inline(caption, study)}</p></caption>\n"
        f'<table frame="hsides" rules="groups"><thead>{th}</thead>\n<tbody>\n{rows}\n</tbody></table>'
        f"{foot_xml}</table-wrap>"
    )


def render_xml_z(study: Study) -> str:
    """The external JATS rendering, with tables that use this module's extras redrawn."""
    xml = render_xml(study)
    n = 0
    for _t, _h, blocks in study.sections:
        for block in blocks:
            if isinstance(block, str) or block[0] != "table":
                continue
            n += 1
            spec = block[3]
            if not (spec.get("span") or spec.get("marks")):
                continue
            pat = re.compile(rf'<table-wrap id="T{n}" .*?</table-wrap>', re.DOTALL)
            new = _table_xml(block[1], block[2], spec, study, f"T{n}")
            xml, k = pat.subn(lambda _m, new=new: new, xml, count=1)
            if k != 1:
                raise ValueError(f"{study.stem}: table T{n} not found in the JATS")
    return xml
