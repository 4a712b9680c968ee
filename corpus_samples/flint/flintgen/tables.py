"""Score tables as real journals set them, plus bare means in prose.

The external renderer draws one kind of BBB table (one cell "mean ± err" per group and
day). Journals do more: significance marks glued to values, mean and SD in separate
columns, two-row headers, other outcomes beside BBB, abbreviated group names. A table
block whose spec holds ``"grid"`` is drawn from that grid instead; its spec keeps empty
``groups`` / ``days`` so the external gold code adds no rows for it, and
``grid_rows`` gives the gold rows here.

Grid cells: a plain string, ``(text, colspan)`` in headers, or a score reference
``("pm"|"paren"|"m", group, day, mark)`` (``"m"`` = the mean alone, the spread in an
``("e", group, day)`` cell beside it). Prose may also carry ``{mean:GROUP@DAY}``, a
score written without its spread (a gold row with neither SD nor SEM).
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from extgen.model import Study
from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

MEAN_RE = re.compile(r"\{mean:([^@}]+)@([0-9.]+)\}")


def cell_text(study: Study, cell: Any) -> str:
    if isinstance(cell, str):
        return cell
    if isinstance(cell, tuple) and len(cell) == 2 and isinstance(cell[1], int):
        return cell[0]
    kind, group, day = cell[0], cell[1], float(cell[2])
    mark = cell[3] if len(cell) > 3 else ""
    mean, err = study.scores.values[group][day]
    if kind == "pm":
        return f"{mean:.1f} ± {err:.1f}{mark}"
    if kind == "paren":
        return f"{mean:.1f} ({err:.1f}){mark}"
    if kind == "m":
        return f"{mean:.1f}{mark}"
    if kind == "e":
        return f"{err:.1f}"
    raise ValueError(f"unknown cell {cell!r}")


def _expand(row: list[Any]) -> tuple[list[Any], list[tuple[int, int]]]:
    """A header row with (text, colspan) cells -> flat cells and the spans (first, last col)."""
    flat, spans = [], []
    for c in row:
        if isinstance(c, tuple) and len(c) == 2 and isinstance(c[1], int):
            spans.append((len(flat), len(flat) + c[1] - 1))
            flat += [c[0]] + [""] * (c[1] - 1)
        else:
            flat.append(c)
    return flat, spans


def pdf_grid(spec: dict, study: Study, st: dict, key: str) -> Table:
    grid = spec["grid"]
    head = grid["head"]
    data, style = [], []
    for r, row in enumerate(head):
        flat, spans = _expand(row)
        data.append(flat)
        style += [("SPAN", (a, r), (b, r)) for a, b in spans if b > a]
        style += [("ALIGN", (a, r), (b, r), "CENTER") for a, b in spans if b > a]
    data += [[cell_text(study, c) for c in row] for row in grid["body"]]
    fam = st["cell"].fontName.split("-")[0]
    nh = len(head)
    t = Table(data, hAlign="LEFT", repeatRows=0)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize - 0.5),
        ("FONT", (0, 0), (-1, nh - 1), f"{fam}-Bold", st["cell"].fontSize - 0.5),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *style,
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def xml_grid(spec: dict, study: Study) -> str:
    grid = spec["grid"]
    head = []
    for row in grid["head"]:
        cells = []
        for c in row:
            if isinstance(c, tuple) and len(c) == 2 and isinstance(c[1], int):
                cells.append(f'<th colspan="{c[1]}">{escape(c[0])}</th>')
            else:
                cells.append(f"<th>{escape(c)}</th>")
        head.append("<tr>" + "".join(cells) + "</tr>")
    body = "\n".join("<tr>" + "".join(f"<td>{escape(cell_text(study, c))}</td>" for c in row) + "</tr>"
                     for row in grid["body"])
    return f'<table frame="hsides" rules="groups"><thead>{"".join(head)}</thead>\n<tbody>\n{body}\n</tbody></table>'


def grid_rows(spec: dict, study: Study) -> list[tuple[str, float, str]]:
    """(group, day, quote) of every score cell of a grid table."""
    out = []
    for row in spec["grid"]["body"]:
        for c in row:
            if isinstance(c, tuple) and len(c) >= 3 and c[0] in ("pm", "paren", "m"):
                out.append((c[1], float(c[2]), cell_text(study, c)))
    return out


def resolve_means(markup: str, study: Study) -> tuple[str, list[tuple[str, float, str]]]:
    """Replace ``{mean:G@D}`` by the bare mean; return the new markup and (group, day, text)."""
    found: list[tuple[str, float, str]] = []

    def one(m: re.Match[str]) -> str:
        mean = study.scores.values[m.group(1)][float(m.group(2))][0]
        found.append((m.group(1), float(m.group(2)), f"{mean:.1f}"))
        return f"{mean:.1f}"

    return MEAN_RE.sub(one, markup), found
