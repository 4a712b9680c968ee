"""PDF-only table problems: cells a writer ran together, heads run into each other, notes
read as rows, a table's rows at a page break taken for running heads.

Each behaviour is pinned on tables drawn here (reportlab) in several layouts, and on the
pure functions that cut a fragment into cells. The JATS version of these tables has none
of these problems: they come from how a PDF draws text, not from how a paper writes it.
"""

from __future__ import annotations

import io
import warnings

import pytest
from _table_matrix import Layout, grid, pdf_bytes
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from miner.parse import parse_pdf
from miner.parse._cells import _label_and_values, _value_run
from miner.parse._layout import is_running, running_lines
from miner.parse._lines import Frag, PLine


def _parse(data: bytes):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_pdf(data, name="t7.pdf")


def _cells(row: list[str]) -> list[str]:
    return [c for c in row if c]


# --- values run together -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("21.0±0.021.0±0.0 21.0±0.0", ["21.0±0.0", "21.0±0.0", "21.0±0.0"]),
        ("5.0±1.0*#8.1±1.2*#11.3±1.4**#", ["5.0±1.0*#", "8.1±1.2*#", "11.3±1.4**#"]),
        ("1.3±0.7#3.1±0.9# 5.2±1.1#", ["1.3±0.7#", "3.1±0.9#", "5.2±1.1#"]),
        ("19.8 ± 0.920.4 ± 0.6", ["19.8 ± 0.9", "20.4 ± 0.6"]),
        ("19,8 ± 0,920,4 ± 0,6", ["19,8 ± 0,9", "20,4 ± 0,6"]),
        ("9.4 (1.2)11.8 (1.4)", ["9.4 (1.2)", "11.8 (1.4)"]),
        ("6.1±1.0a9.4±1.2a", ["6.1±1.0a", "9.4±1.2a"]),
        ("0.4±0.51.2±0.3", ["0.4±0.5", "1.2±0.3"]),
        ("19.8 ± 0.9 20.4 ± 0.6", ["19.8 ± 0.9", "20.4 ± 0.6"]),
        ("3.1 0.4", ["3.1", "0.4"]),
    ],
)
def test_values_run_together_are_cut_where_one_complete_value_ends(text: str, cells: list[str]) -> None:
    assert [text[a:b] for a, b in _value_run(text)] == cells


@pytest.mark.parametrize(
    "text",
    [
        "12±315±2",  # no decimals to tell where the spread ends: left whole
        "21.0±0.021",  # one value with a three-decimal spread
        "5.25 ± 0.3",  # one value
        "21.0±0.0 mg",  # text after the value
        "p < 0.05",
    ],
)
def test_a_fragment_that_is_not_a_run_of_complete_values_stays_whole(text: str) -> None:
    assert _value_run(text) == []


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("SCI (n = 8) 21.0±0.0 0.4±0.5#", ["SCI (n = 8)", "21.0±0.0", "0.4±0.5#"]),
        ("SCI + PBS 0.4 ± 0.3", ["SCI + PBS", "0.4 ± 0.3"]),
        ("Group 2 21.0 ± 0.0", ["Group 2", "21.0 ± 0.0"]),
        ("Day 7 20.9 ± 0.3 3.9 ± 1.1", ["Day 7", "20.9 ± 0.3", "3.9 ± 1.1"]),
        ("Body weight (g) 301 (14)", ["Body weight (g)", "301 (14)"]),
    ],
)
def test_a_row_label_run_into_its_values_is_cut_off(text: str, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in _label_and_values(text)] == pieces


@pytest.mark.parametrize("text", ["SCI + 0.4 ± 0.3", "dose 5 mg", "Day 7 20.9", "Sham 21 22"])
def test_a_label_is_not_cut_before_anything_but_complete_values(text: str) -> None:
    assert _label_and_values(text) == []


GLUED = [
    Layout(gutter=0.0),
    Layout(gutter=0.0, marks="star"),
    Layout(gutter=0.0, marks="letter"),
    Layout(gutter=0.0, disp="paren"),
    Layout(gutter=0.0, marks="star", comma=True),
    Layout(gutter=0.0, time="bare", baseline=True),
    Layout(gutter=0.0, time="bare", baseline=True, marks="letter"),
    Layout(gutter=0.5, time="bare", baseline=True, n="label"),
    Layout(gutter=1.0, n="label", groups=4),
]


@pytest.mark.parametrize("lay", GLUED, ids=lambda lay: lay.id)
def test_a_tight_table_gives_each_value_its_own_cell(lay: Layout) -> None:
    g = grid(lay)
    doc = _parse(pdf_bytes(lay))
    (table,) = doc.tables
    got = [_cells(r) for r in table.rows]
    for row in g.body:
        want = [" ".join(c.lines) for c in row]
        assert want in got, f"{want} not among {got}"
    # The header's time cells stand over the value columns, one each.
    width = len(table.rows[0])
    assert width == g.ncols


# --- heads run into each other -------------------------------------------------------------


def _long_table(gap: float, size: float, stub: str, rows: int = 3) -> bytes:
    """A long-format table (time point | group | n | BBB) whose first two heads are drawn
    ``gap`` points apart, so the PDF joins them into one piece."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, 780, "Vesicles from stromal cells after compression injury")
    c.setFont("Helvetica", 9.5)
    c.drawString(60, 750, "Open-field scores were recorded by two blinded observers at each time.")
    c.setFont("Helvetica", size)
    c.drawString(60, 720, "Table 1. Locomotor scores of the groups over time.")
    x_group = 60 + c.stringWidth(stub, "Helvetica", size) + gap
    x_n, x_bbb = x_group + 50, x_group + 80
    y = 700
    c.drawString(60, y, stub)
    c.drawString(x_group, y, "Group")
    c.drawString(x_n, y, "n")
    c.drawString(x_bbb, y, "BBB score")
    data = [("Pre-injury", "Sham", "10", "21.0 ± 0.0"), ("", "Vehicle", "10", "21.0 ± 0.0"),
            ("1 wk", "Sham", "10", "21.0 ± 0.0"), ("", "Vehicle", "10", "2.6 ± 0.4"),
            ("", "sEV", "10", "3.9 ± 0.5")][: rows + 2]  # fmt: skip
    for time, group, n, bbb in data:
        y -= size + 5
        if time:
            c.drawString(60, y, time)
        c.drawString(x_group, y, group)
        c.drawString(x_n, y, n)
        c.drawString(x_bbb, y, bbb)
    c.setFont("Helvetica", 9.5)
    c.drawString(60, y - 40, "Treated rats recovered faster than vehicle-treated rats over the weeks.")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(
    ("gap", "size", "stub"),
    [(3.0, 8.0, "Time point"), (2.0, 7.0, "Time point"), (4.5, 8.0, "Time"), (3.0, 9.0, "Time after SCI")],
)
def test_stub_heads_drawn_close_together_are_two_heads(gap: float, size: float, stub: str) -> None:
    doc = _parse(_long_table(gap, size, stub))
    (table,) = doc.tables
    assert table.rows[0][:2] == [stub, "Group"]
    assert table.rows[1][:2] == ["Pre-injury", "Sham"]


# --- notes after the last row --------------------------------------------------------------

NOTED = [
    Layout(wrap=True, marks="star"),
    Layout(wrap=True, disp="footsem"),
    Layout(n="label", marks="letter", gutter=6.0),
    Layout(wrap=True, valign="middle", marks="star", disp="footsem"),
]


@pytest.mark.parametrize("lay", NOTED, ids=lambda lay: lay.id)
def test_footnote_lines_under_the_last_row_are_not_a_row(lay: Layout) -> None:
    doc = _parse(pdf_bytes(lay))
    (table,) = doc.tables
    text = " ".join(c for r in table.rows for c in r)
    assert "P < 0.05" not in text and "phosphate-buffered" not in text
    assert "phosphate-buffered saline" in doc.text  # the note is kept, as text


# --- a table's rows at a page break are no running heads -----------------------------------


def _line(text: str, y: float, frags: list[tuple[str, float]] | None = None) -> PLine:
    fs = [Frag(t, (x, y, x + 6 * len(t), y + 8)) for t, x in frags or []]
    x1 = max((f.bbox[2] for f in fs), default=60 + 5 * len(text))
    return PLine(text=text, bbox=(60, y, x1, y + 8), size=8.0, bold=False, page=0, frags=fs)


@pytest.mark.parametrize(
    ("foot", "head"),
    [
        ("Day 7 20.9 ± 0.3", "Day 14 21.0 ± 0.0"),
        ("Week 2 5.1 (0.4)", "Week 3 6.8 (0.6)"),
        ("Sham 19.8±0.9 20.4±0.6", "SCI 0.4±0.3 1.6±0.7"),
    ],
)
def test_table_rows_at_a_page_break_are_not_running_heads(foot: str, head: str) -> None:
    pages = [[_line(foot, 800)], [_line(head, 40)], [_line("Discussion of the results", 400)]]
    keys = running_lines(pages, [842.0] * 3)
    assert not keys
    assert not is_running(pages[0][0], {"day # #.# ± #.#"}, 842.0)


def test_cells_drawn_as_lines_of_their_own_are_a_row_not_a_running_head() -> None:
    def row(y: float, day: int, a: str, b: str) -> list[PLine]:
        return [_line(f"Day {day}", y), PLine(a, (120, y, 160, y + 8), 8.0, False, 0),
                PLine(b, (180, y, 220, y + 8), 8.0, False, 0)]  # fmt: skip

    pages = [row(800, 7, "20.9", "3.9"), row(40, 14, "21.0", "6.2"), row(800, 28, "21.0", "7.8")]
    assert not running_lines(pages, [842.0] * 3)


@pytest.mark.parametrize(
    "banner",
    ["Neurosci Bull 2021; 37: 1203-1214", "Journal of Neurotrauma", "Page 3 of 12", "Exp Neurol 12 (2022)"],
)
def test_real_running_heads_are_still_found(banner: str) -> None:
    pages = [[_line(banner.replace("3", str(k)), 40)] for k in range(4)]
    assert running_lines(pages, [842.0] * 4)


@pytest.mark.parametrize(
    "lay",
    [Layout(orient="cols", split="bare"), Layout(orient="cols", split="bare", marks="star"),
     Layout(orient="cols", split="bare", disp="paren"), Layout(split="bare", groups=4)],
    ids=lambda lay: lay.id,
)
def test_a_table_split_bare_over_a_page_keeps_every_row(lay: Layout) -> None:
    g = grid(lay)
    doc = _parse(pdf_bytes(lay))
    got = [_cells(r) for t in doc.tables for r in t.rows]
    for row in g.body:
        want = [" ".join(c.lines) for c in row]
        assert want in got, f"{want} not among {got}"
    assert all(t.label == "Table 2" for t in doc.tables)
