"""Layout habits the external renderer lacks, added around it without changing its files.

The external renderer (``corpus_samples/external/extgen/render_pdf.py``) builds each PDF from
module-level helpers; this module swaps three of them for versions that know more habits:

- ``line_numbers``: accepted-manuscript pages, every body line numbered in the left margin
  (numbers run on across pages) and an "ACCEPTED MANUSCRIPT" footer;
- merged header cells: a table ``spec`` with ``"span": "BBB score (mean ± SD)"`` prints that
  label across all time-point (or group) columns above a second header row; in JATS it is a
  ``<th colspan=...>``;
- footnote markers: ``"marks": {(group, day): "*#"}`` appends significance markers to a cell
  (PDF text and JATS ``<sup>``); the gold keeps the bare score;
- wrapped cells: long labels wrap inside fixed column widths (``"label_width"`` for the row
  labels, ``"col_width"`` for the header cells); ``"font_size"`` sets a smaller table font;
- a table continued on the next page: a second table block whose spec has ``"continued": True``
  starts on a new page under "Table n (continued)", repeating the header; in JATS the rows are
  one table (the first block's ``"xml_days"``/``"xml_groups"``) and the continuation is dropped.

Call ``install(habits)`` once before rendering: ``habits`` maps a study stem to the set of
page-level habits (``{"line_numbers"}``) it uses.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from extgen import render_pdf as _rp
from extgen import render_xml as _rx
from extgen.model import Study
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

_HABITS: dict[str, set[str]] = {}
_ORIG_DOC = _rp._Doc
_ORIG_XML_TABLE = _rx._table


def _cells(spec: dict, study: Study) -> tuple[list[str], list[list[str]], list[str]]:
    """(column labels, body rows, row-leading labels) with markers appended to marked cells."""
    s = study.scores
    marks = spec.get("marks", {})
    days, groups = spec["days"], spec["groups"]

    def cell(g: str, d: float) -> str:
        return s.cell(g, d) + marks.get((g, d), "")

    if spec["orient"] == "rows":
        return (
            groups,
            [[cell(g, d) for g in groups] for d in days],
            [spec["day_fmt"](d) for d in days],
        )
    return [spec["day_fmt"](d) for d in days], [[cell(g, d) for d in days] for g in groups], groups


def bbb_table(spec: dict, study: Study, st: dict, key: str) -> Table:
    """The PDF score table, with the habits above (replaces extgen's ``_bbb_table``)."""
    cols, body, lead = _cells(spec, study)
    corner = spec.get("corner", "Time" if spec["orient"] == "rows" else "Group")
    fam = st["cell"].fontName.split("-")[0]
    size = spec.get("font_size", st["cell"].fontSize)
    wrap, col_w = spec.get("label_width"), spec.get("col_width")
    lead_cells: list = [Paragraph(escape(x), st["cell"]) for x in lead] if wrap else list(lead)
    if col_w:  # long group names wrap inside their header cells
        bold = ParagraphStyle(
            "headcell", parent=st["cell"], fontName=f"{fam}-Bold", fontSize=size, leading=size * 1.2
        )
        cols = [Paragraph(escape(c), bold) for c in cols]
    head_rows = [[corner] + cols]
    style = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, size),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if spec.get("span"):
        head_rows = [[corner, spec["span"]] + [""] * (len(cols) - 1), [""] + cols]
        style += [
            ("SPAN", (0, 0), (0, 1)),
            ("SPAN", (1, 0), (-1, 0)),
            ("ALIGN", (1, 0), (-1, 0), "CENTER"),
            ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.black),
        ]
    nh = len(head_rows)
    style += [
        ("FONT", (0, 0), (-1, nh - 1), f"{fam}-Bold", size),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
    ]
    data = head_rows + [[lc] + row for lc, row in zip(lead_cells, body, strict=True)]
    if col_w and not wrap:  # reportlab leaves an unsized first column too narrow beside fixed ones
        wrap = max(stringWidth(x, st["cell"].fontName, size) for x in [corner, *lead]) + 10
    widths = [wrap] + [col_w] * len(cols) if (wrap or col_w) else None
    t = Table(data, hAlign="LEFT", colWidths=widths, repeatRows=nh)
    t.setStyle(TableStyle(style))
    t._key = key  # type: ignore[attr-defined]
    t._break_before = bool(spec.get("continued"))  # type: ignore[attr-defined]
    return t


class _HabitDoc(_ORIG_DOC):  # type: ignore[misc, valid-type]
    """The external document template plus line numbers and forced continuation breaks."""

    line_no = 0

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        if "line_numbers" not in _HABITS.get(self.study.stem, set()):
            return
        canv = self.canv
        canv.saveState()
        canv.setFont("XSans-Regular", 7)
        canv.setFillColor(colors.HexColor("#555555"))
        leading = 10.5 * 1.35 if self.study.layout == "single" else 9 * 1.35
        y = self.bottomMargin + self.height - leading
        while y > self.bottomMargin:
            self.line_no += 1
            canv.drawRightString(self.leftMargin - 5 * mm, y, str(self.line_no))
            y -= leading
        canv.setFont("XSans-Bold", 7.5)
        canv.drawString(self.leftMargin, 6 * mm, "ACCEPTED MANUSCRIPT")
        canv.restoreState()

    def handle_flowable(self, flowables: list) -> None:
        # the caption box of a continued table carries the flag on its table part
        first = flowables[0]
        if getattr(first, "_break_before", False):
            first._break_before = False
            flowables.insert(0, PageBreak())
            return
        super().handle_flowable(flowables)


def _together(parts: list, study: Study, key: str) -> Table:
    box = _ORIG_TOGETHER(parts, study, key)
    box._break_before = any(getattr(p, "_break_before", False) for p in parts)  # type: ignore[attr-defined]
    for p in parts:
        p._break_before = False
    return box


def xml_table(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    """The JATS table with merged headers and markers (replaces extgen's ``_table``)."""
    if spec.get("continued"):
        return ""  # JATS holds the whole table once, in the first block
    spec = dict(
        spec, days=spec.get("xml_days", spec["days"]), groups=spec.get("xml_groups", spec["groups"])
    )
    cols, body, lead = _cells(spec, study)
    corner = spec.get("corner", "Time" if spec["orient"] == "rows" else "Group")

    def td(text: str) -> str:
        bare = text.rstrip("*#†‡")
        mark = text[len(bare) :]
        return f"<td>{escape(bare)}" + (f"<sup>{escape(mark)}</sup>" if mark else "") + "</td>"

    if spec.get("span"):
        head = (
            f'<tr><th rowspan="2">{escape(corner)}</th><th colspan="{len(cols)}">{escape(spec["span"])}</th></tr>'
            "<tr>" + "".join(f"<th>{escape(c)}</th>" for c in cols) + "</tr>"
        )
    else:
        head = "<tr>" + "".join(f"<th>{escape(c)}</th>" for c in [corner, *cols]) + "</tr>"
    rows = "\n".join(
        f"<tr><td>{escape(lc)}</td>" + "".join(td(c) for c in r) + "</tr>"
        for lc, r in zip(lead, body, strict=True)
    )
    foot = spec.get("foot")
    foot_xml = (
        f"<table-wrap-foot><p>{_rx.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    )
    return (
        f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
        f"<caption><p>{_rx.inline(caption, study)}</p></caption>\n"
        f'<table frame="hsides" rules="groups"><thead>{head}</thead>\n<tbody>\n{rows}\n</tbody></table>'
        f"{foot_xml}</table-wrap>"
    )


_ORIG_TOGETHER = _rp._together


def install(habits: dict[str, set[str]]) -> None:
    """Swap the external renderer's table, box and document helpers for the habit-aware ones."""
    _HABITS.clear()
    _HABITS.update(habits)
    _rp._bbb_table = bbb_table
    _rp._together = _together
    _rp._Doc = _HabitDoc
    _rx._table = xml_table
