"""Heads centred over value columns narrower than the heads, with gutters of a few points.

A results table often names each group once over a pair of columns ("Sham" over
"Mean | SD") and repeats the pair's sub-heads under every group. With tight gutters
a sub-head ("Mean") is wider than its column of values ("20.9") and a group name
is wider than its pair of columns, so a PDF writer runs the heads of a row into
one piece. Such a piece is cut where its words stand centred over the columns:
sub-heads said once per group, or heads that each span as many columns as their
row's other heads. A head spanning all the value columns is never cut.

Tables are typeset here (reportlab) with gutters of 2-6 pt, type of 7-9 pt and
several sub-head pairs; the grid read from the PDF must be exactly the drawn one.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from miner.parse import parse_pdf

GROUPS = ("Sham", "SCI + PBS", "SCI + Exo")
DAYS = ("Day 1", "Day 7", "Day 14", "Day 28")
MEANS = {"Sham": (19.8, 20.9, 21.0, 21.0), "SCI + PBS": (0.4, 3.9, 6.2, 7.8), "SCI + Exo": (0.6, 6.1, 9.4, 11.8)}


def _value(group: str, k: int, second: bool) -> str:
    mean = MEANS[group][k]
    return f"{0.1 * (k + 3):.1f}" if second else f"{mean:.1f}"


def _table_pdf(*, gutter: float, size: float, subs: tuple[str, str], fitted: bool = False,
               span: str | None = None) -> tuple[bytes, list[list[str]]]:  # fmt: skip
    """The table and the grid it holds; ``span``: one head over all value columns instead of the groups."""
    font = "Helvetica"
    # Each column as wide as its values, or (``fitted``) as its head too; a pair at least
    # as wide as its group's name. Sub-heads wider than the values reach into the gutters.
    width = max(stringWidth(t, font, size) for t in ("20.9", "11.8", *(subs if fitted else ())))
    width = max(width, (max(stringWidth(g, font, size) for g in GROUPS) - gutter) / 2 + 1)
    # Heads centred over neighbouring columns never touch: a space's width at least between them.
    width = max(width, sum(stringWidth(t, font, size) for t in subs) / 2 + 0.3 * size - gutter)
    x = 56.0 + 60.0
    cols = []  # (x0, x1) of each value column
    for _ in range(2 * len(GROUPS)):
        cols.append((x, x + width))
        x += width + gutter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(font, size + 1)
    c.drawString(56.0, 760.0, "Table 1. Locomotor scores of the groups after injury.")
    c.setFont(font, size)
    pitch = 1.9 * size
    y = 760.0 - 2.2 * size

    def centred(text: str, x0: float, x1: float) -> None:
        c.drawCentredString((x0 + x1) / 2, y, text)

    c.drawString(56.0, y, "Time point")
    head = ["Time point"] + [""] * (2 * len(GROUPS))
    if span is None:
        for g, name in enumerate(GROUPS):
            centred(name, cols[2 * g][0], cols[2 * g + 1][1])
            head[1 + 2 * g] = name
    else:
        centred(span, cols[0][0], cols[-1][1])
    y -= pitch
    sub = [""]
    for j, (x0, x1) in enumerate(cols):
        centred(subs[j % 2], x0, x1)
        sub.append(subs[j % 2])
    y -= pitch
    rows = []
    for k, day in enumerate(DAYS):
        c.drawString(56.0, y, day)
        row = [day]
        for j, (x0, x1) in enumerate(cols):
            v = _value(GROUPS[j // 2], k, bool(j % 2))
            centred(v, x0, x1)
            row.append(v)
        rows.append(row)
        y -= pitch
    c.showPage()
    c.save()
    return buf.getvalue(), [head, sub, *rows]


@pytest.mark.parametrize("gutter", [2.0, 3.0, 4.0, 5.0, 6.0])
@pytest.mark.parametrize("size", [7.0, 8.0, 9.0])
@pytest.mark.parametrize("subs", [("Mean", "SD"), ("Mean", "SEM"), ("Median", "IQR")])
@pytest.mark.parametrize("fitted", [False, True], ids=["values-wide", "heads-wide"])
def test_group_and_sub_heads_over_tight_columns_are_cut_where_they_stand(
    gutter: float, size: float, subs: tuple[str, str], fitted: bool
) -> None:
    data, grid = _table_pdf(gutter=gutter, size=size, subs=subs, fitted=fitted)
    doc = parse_pdf(data, name="heads.pdf")
    assert len(doc.tables) == 1
    assert doc.tables[0].rows == grid


@pytest.mark.parametrize("gutter", [2.0, 4.0, 6.0])
@pytest.mark.parametrize("span", ["BBB score after spinal cord injury", "Open field locomotor score (0 to 21)"])
def test_a_head_spanning_every_value_column_stays_whole(gutter: float, span: str) -> None:
    data, grid = _table_pdf(gutter=gutter, size=8.0, subs=("Mean", "SD"), span=span)
    doc = parse_pdf(data, name="span.pdf")
    assert len(doc.tables) == 1
    rows = doc.tables[0].rows
    assert sum(1 for cell in rows[0] if cell == span) == 1
    assert rows[1:] == grid[1:]
