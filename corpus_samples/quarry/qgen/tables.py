"""Score tables as journals print them, for both renderings and the gold.

The external renderer draws one kind of table (groups x days, "mean ± err"). Real
tables are messier, so a ``QTable`` is an explicit grid: header rows with merged
cells, body cells that are plain markup or a ``V`` (a score from the study's data,
written in one of several styles, possibly with a significance mark glued on or an
``n`` inside the cell). Each ``V`` becomes one gold outcome row (source ``table``).

A table block in a study is ``("table", label, caption, spec)`` with
``spec = qspec(QTable(...), foot=...)``; ``install()`` teaches the external PDF and
JATS renderers to draw such specs (their own tables are left untouched).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

KEEP = object()  # V.n default: the group's n from the study's score data


@dataclass
class V:
    """One score cell: ``style`` pm "11.2 ± 1.3", tight "11.2±1.3", paren "11.2 (1.3)",
    pm2 "11.25 ± 0.48", mean "11.2" (spread in another cell), err "1.3" (no gold row)."""

    group: str
    day: float
    style: str = "pm"
    mark: str = ""  # glued significance mark, e.g. "*", "<sup>a</sup>", "#"
    n: Any = KEEP  # n for this cell's gold row when it differs from the group's n
    suffix: str = ""  # text after the mark, e.g. " (9)" for n in the cell


@dataclass
class QTable:
    head: list[list[str | None]]  # header rows; None = covered by a span
    body: list[list[str | V | None]]
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row, col, nrows, ncols), head rows first
    col0: float = 0.28  # share of the width for the first column
    split_at: int | None = None  # body row where the manuscript layout continues the table on a new page
    landscape: bool = False  # manuscript layout: table on its own landscape page


def qspec(table: QTable, foot: str | None = None) -> dict[str, Any]:
    """A table spec the external gold code skips (no groups/days) and our hooks draw."""
    spec: dict[str, Any] = {"qtable": table, "groups": [], "days": [], "orient": "cols"}
    if foot:
        spec["foot"] = foot
    return spec


def value_text(v: V, scores: Any) -> tuple[str, str]:
    """(cell markup, plain quote) of a score cell."""
    mean, err = scores.values[v.group][v.day]
    if v.style == "pm2":
        q = f"{mean:.2f} ± {err:.2f}"
    elif v.style == "tight":
        q = f"{mean:.1f}±{err:.1f}"
    elif v.style == "paren":
        q = f"{mean:.1f} ({err:.1f})"
    elif v.style == "mean":
        q = f"{mean:.1f}"
    elif v.style == "err":
        q = f"{err:.1f}"
    else:
        q = f"{mean:.1f} ± {err:.1f}"
    return q + v.mark + v.suffix, q


def gold_cells(table: QTable, scores: Any) -> list[tuple[int, V, str]]:
    """(body row index, cell, quote) of every cell that is a gold outcome row."""
    out = []
    for ri, row in enumerate(table.body):
        for cell in row:
            if isinstance(cell, V) and cell.style != "err":
                out.append((ri, cell, value_text(cell, scores)[1]))
    return out


def outcome_row(study: Any, document: str, v: V, quote: str, page: int | None) -> dict[str, Any]:
    s = study.scores
    mean, err = s.values[v.group][v.day]
    n = n_at(study, v.group, v.day) if v.n is KEEP else v.n
    return {"document": document, "outcome": s.outcome, "group": v.group, "arm": s.arm(v.group), "day": float(v.day),
            "mean": mean, "sd": err if s.err == "sd" else None, "sem": err if s.err == "sem" else None,
            "n": n, "source": "table", "page": page, "quote": quote}


def n_at(study: Any, group: str, day: float) -> int | None:
    """Animals in ``group`` at ``day``: the study's ``n_at`` override (deaths, exclusions) or the group's n."""
    return getattr(study, "n_at", {}).get((group, day), study.scores.n(group))


def _cell_markup(cell: str | V | None, scores: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, V):
        return value_text(cell, scores)[0]
    return cell


# ---------------------------------------------------------------- PDF


def pdf_table(table: QTable, study: Any, styles: dict, width: float, rows: slice | None = None,
              rl: Any = None) -> Table:
    """A reportlab table of the header plus ``rows`` of the body (all by default)."""
    body = table.body[rows] if rows is not None else table.body
    cell_st, fam = styles["cell"], styles["cell"].fontName.split("-")[0]
    head_st = styles["cell"].clone("qhead", fontName=f"{fam}-Bold")
    data = [[Paragraph(rl(c, study), head_st) if c else "" for c in r] for r in table.head]
    data += [[Paragraph(rl(_cell_markup(c, study.scores), study), cell_st) if c is not None else "" for c in r]
             for r in body]
    ncol = len(table.head[0])
    w0 = width * table.col0
    widths = [w0] + [(width - w0) / (ncol - 1)] * (ncol - 1)
    t = Table(data, colWidths=widths, hAlign="LEFT")
    nh = len(table.head)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for r, c, nr, nc in table.spans:
        if r < nh:  # spans are only used in header rows, which every part repeats
            style.append(("SPAN", (c, r), (c + nc - 1, r + nr - 1)))
            if nc > 1:
                style.append(("LINEBELOW", (c, r), (c + nc - 1, r), 0.3, colors.black))
    t.setStyle(TableStyle(style))
    return t


# ---------------------------------------------------------------- JATS


def xml_table(label: str, caption: str, spec: dict, study: Any, tid: str, inline: Any) -> str:
    table: QTable = spec["qtable"]
    nh = len(table.head)
    span_at = {(r, c): (nr, nc) for r, c, nr, nc in table.spans}

    def cells(row: list, ri: int, tag: str) -> str:
        out = []
        for ci, cell in enumerate(row):
            if cell is None and (ri, ci) not in span_at:
                continue  # covered by a span
            attrs = ""
            if (ri, ci) in span_at:
                nr, nc = span_at[(ri, ci)]
                attrs = (f' rowspan="{nr}"' if nr > 1 else "") + (f' colspan="{nc}"' if nc > 1 else "")
            out.append(f"<{tag}{attrs}>{inline(_cell_markup(cell, study.scores), study)}</{tag}>")
        return "<tr>" + "".join(out) + "</tr>"

    head = "\n".join(cells(r, i, "th") for i, r in enumerate(table.head))
    body = "\n".join(cells(r, nh + i, "td") for i, r in enumerate(table.body))
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{head}</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


def install() -> None:
    """Let the external renderers draw ``qspec`` tables (their own specs pass through)."""
    from extgen import render_pdf as rp
    from extgen import render_xml as rx

    if getattr(rp, "_quarry_hooked", False):
        return
    orig_pdf, orig_xml = rp._bbb_table, rx._table

    def pdf_hook(spec: dict, study: Any, st: dict, key: str) -> Table:
        if "qtable" not in spec:
            return orig_pdf(spec, study, st, key)
        width = 402.0 if study.layout == "single" else 248.0  # frame widths of the two layouts
        t = pdf_table(spec["qtable"], study, st, width, rl=rp._rl)
        t._key = key  # type: ignore[attr-defined]
        return t

    def xml_hook(label: str, caption: str, spec: dict, study: Any, tid: str) -> str:
        if "qtable" not in spec:
            return orig_xml(label, caption, spec, study, tid)
        return xml_table(label, caption, spec, study, tid, rx.inline)

    rp._bbb_table, rx._table = pdf_hook, xml_hook
    rp._quarry_hooked = True
