"""Score tables with the habits ``extgen``'s plain grid lacks, for both renderings.

A table spec with ``"rich": True`` may carry, besides ``groups``/``days``/``day_fmt``/
``orient``/``corner``/``foot``:

- ``labels``   ``{group: printed label}``, e.g. with "(n = 10)" after the name;
- ``span``     a header cell merged over all score columns ("BBB score, days post-injury");
- ``baseline`` ``(header, {group: text})``: a pre-injury column (not an outcome row);
- ``extra``    ``[(header, {group: text}), ...]``: other scales after the scores (traps);
- ``marks``    ``{(group, day): "*"}``: footnote markers glued to a cell;
- ``style``    how each score is written (see ``markup.FScores.cell``);
- ``wrap``/``colw``  wrap long group labels: first-column width, width of every other column;
- ``xml_groups``/``xml_days``/``xml_skip``: a PDF table continued over two blocks is one
  table in the JATS rendering (the first block lists all rows, the second is skipped).

``install()`` routes rich specs of ``extgen``'s renderers here; plain specs go through
unchanged.  The hook swaps two module functions at run time so that ``extgen`` itself
stays untouched (it is another writer's held-out set).
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from extgen import render_pdf as _rpdf
from extgen import render_xml as _rxml
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from fieldgen.markup import FScores


def score_cells(spec: dict[str, Any], xml: bool = False) -> tuple[list[str], list[float]]:
    """Groups and days whose scores the table prints (the JATS table may hold more)."""
    if xml:
        return spec.get("xml_groups", spec["groups"]), spec.get("xml_days", spec["days"])
    return spec["groups"], spec["days"]


def grid(spec: dict[str, Any], scores: FScores, xml: bool = False) -> tuple[list[list[tuple[str, int]]], list[list[str]]]:
    """Header rows as (text, colspan) and body rows as text."""
    groups, days = score_cells(spec, xml)
    labels = spec.get("labels", {})
    marks = spec.get("marks", {})
    style = spec.get("style")

    def cell(g: str, d: float) -> str:
        return scores.cell(g, d, style) + marks.get((g, d), "")

    base = spec.get("baseline")
    extra = spec.get("extra", [])
    if spec["orient"] == "rows":  # days down the side, groups across
        tops = [labels.get(g, g) for g in groups]
        first = [(spec.get("corner", "Time"), 1)]
        body = []
        if base:
            body.append([base[0]] + [base[1][g] for g in groups])
        body += [[spec["day_fmt"](d)] + [cell(g, d) for g in groups] for d in days]
        if spec.get("span"):
            head = [first + [(spec["span"], len(groups))], [("", 1)] + [(t, 1) for t in tops]]
        else:
            head = [first + [(t, 1) for t in tops]]
        return head, body
    cols = [spec["day_fmt"](d) for d in days]
    lead = [(spec.get("corner", "Group"), 1)]
    pre = [(base[0], 1)] if base else []
    post = [(h, 1) for h, _ in extra]
    if spec.get("span"):
        head = [lead + [("", 1)] * len(pre) + [(spec["span"], len(cols))] + [("", 1)] * len(post),
                [("", 1)] + pre + [(c, 1) for c in cols] + post]
    else:
        head = [lead + pre + [(c, 1) for c in cols] + post]
    body = [[labels.get(g, g)] + ([base[1][g]] if base else []) + [cell(g, d) for d in days]
            + [col[g] for _, col in extra] for g in groups]
    return head, body


def pdf_table(spec: dict[str, Any], scores: FScores, cell_style: Any, key: str) -> Table:
    """A reportlab table with merged header cells, rules and optional wrapped labels."""
    head, body = grid(spec, scores)
    data: list[list[Any]] = []
    cmds: list[tuple] = []
    for r, row in enumerate(head):
        flat: list[Any] = []
        for text, span in row:
            if span > 1:
                cmds.append(("SPAN", (len(flat), r), (len(flat) + span - 1, r)))
                cmds.append(("ALIGN", (len(flat), r), (len(flat) + span - 1, r), "CENTER"))
                cmds.append(("LINEBELOW", (len(flat), r), (len(flat) + span - 1, r), 0.4, colors.black))
            flat += [text] + [""] * (span - 1)
        data.append(flat)
    nh = len(head)
    fam = cell_style.fontName.split("-")[0]
    widths = None
    if spec.get("wrap"):  # long labels wrap inside fixed column widths (first column, other columns)
        ncol = len(data[0])
        widths = [spec["wrap"]] + [spec["colw"]] * (ncol - 1)
        if spec["orient"] == "rows":  # the labels are the header cells
            bold = ParagraphStyle("head_wrap", parent=cell_style, fontName=f"{fam}-Bold")
            data[-1] = [data[-1][0]] + [Paragraph(escape(c), bold) for c in data[-1][1:]]
    for row in body:
        if spec.get("wrap") and spec["orient"] != "rows":
            row = [Paragraph(escape(row[0]), cell_style)] + row[1:]
        data.append(row)
    t = Table(data, hAlign="LEFT", colWidths=widths, repeatRows=nh)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), cell_style.fontName, cell_style.fontSize),
        ("FONT", (0, 0), (-1, nh - 1), f"{fam}-Bold", cell_style.fontSize),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *cmds,
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def xml_table(label: str, caption: str, spec: dict[str, Any], study: Any, tid: str) -> str:
    """JATS ``table-wrap`` with ``colspan`` header cells."""
    if spec.get("xml_skip"):
        return ""
    head, body = grid(spec, study.scores, xml=True)
    thead = "".join(
        "<tr>" + "".join((f'<th colspan="{s}">' if s > 1 else "<th>") + f"{escape(t)}</th>" for t, s in row) + "</tr>"
        for row in head)
    tbody = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in body)
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{_rxml.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{_rxml.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{thead}</thead>\n<tbody>\n{tbody}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


_ORIG_PDF = _rpdf._bbb_table
_ORIG_XML = _rxml._table


def _pdf_hook(spec: dict, study: Any, st: dict, key: str) -> Table:
    if spec.get("rich"):
        return pdf_table(spec, study.scores, st["cell"], key)
    return _ORIG_PDF(spec, study, st, key)


def _xml_hook(label: str, caption: str, spec: dict, study: Any, tid: str) -> str:
    if spec.get("rich"):
        return xml_table(label, caption, spec, study, tid)
    return _ORIG_XML(label, caption, spec, study, tid)


def install() -> None:
    """Let ``extgen``'s renderers draw rich table specs (idempotent)."""
    _rpdf._bbb_table = _pdf_hook
    _rxml._table = _xml_hook
