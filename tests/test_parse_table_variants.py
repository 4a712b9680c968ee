"""BBB tables drawn the many ways journals draw them, recovered cell by cell from a PDF.

Every case renders a small PDF in the test (PyMuPDF for free placement, reportlab's
platypus ``Table`` for a typesetter's own layout) and asserts the grid that
``parse_pdf`` recovers and the caption label. The cases vary one habit at a time:
rules, caption position and wording, orientation, two-row headers, cell notation,
footnotes, alignment, fonts, columns, page breaks and landscape pages.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest
import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from miner.parse import parse_pdf
from miner.parse.model import BlockKind, ParsedDocument

W, H = 595.0, 842.0
# Bitstream Vera ships with reportlab and has the Unicode minus and en dash that
# the PDF base-14 fonts lack.
VERA = str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")

DAYS = ["1", "3", "7", "14", "28"]
GROUPS = {
    "Sham": ["21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
    "SCI + PBS": ["0.5 ± 0.3", "1.8 ± 0.6", "4.2 ± 0.9", "6.9 ± 1.2", "8.1 ± 1.4"],
    "SCI + Exo": ["0.6 ± 0.4", "2.9 ± 0.7", "6.8 ± 1.0", "10.2 ± 1.1", "12.4 ± 1.3"],
}
BODY = (
    "Rats were scored in an open field by two observers blinded to the treatment "
    "groups, and the mean of both scores was used for every animal and time point "
    "of the study as described in the methods section above."
)
FOOTNOTE = "Data are mean ± SEM; *P < 0.05 vs SCI + PBS group at the same time point."


@dataclass(frozen=True)
class Span:
    """A header cell drawn centred over ``n`` columns."""

    text: str
    n: int


Cell = str | Span


def day_table(head: str = "Day ", corner: str = "Group") -> list[list[Cell]]:
    return [[corner, *[f"{head}{d}" for d in DAYS]]] + [[g, *v] for g, v in GROUPS.items()]


def as_text(grid: list[list[Cell]]) -> list[list[str]]:
    """The grid a reader sees: a spanning cell sits in the first column it covers."""
    out = []
    for row in grid:
        cells: list[str] = []
        for c in row:
            if isinstance(c, Span):
                cells += [c.text] + [""] * (c.n - 1)
            else:
                cells.append(c)
        out.append(cells)
    return out


# --- drawing with PyMuPDF ------------------------------------------------------


def _font(page: pymupdf.Page, font: str) -> str:
    if font == "vera":
        page.insert_font(fontname="vera", fontfile=VERA)
    return font


def _width(text: str, font: str, size: float) -> float:
    if font == "vera":
        return pymupdf.Font(fontfile=VERA).text_length(text, fontsize=size)
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def paragraph(page: pymupdf.Page, x: float, y: float, width: float, text: str,
              font: str = "tiro", size: float = 10) -> float:  # fmt: skip
    """Justified-ish running text wrapped to ``width``; returns the next baseline."""
    _font(page, font)
    words, line = text.split(), ""
    for w in words:
        if _width(f"{line} {w}".strip(), font, size) > width:
            page.insert_text((x, y), line, fontname=font, fontsize=size)
            y += 1.2 * size
            line = w
        else:
            line = f"{line} {w}".strip()
    if line:
        page.insert_text((x, y), line, fontname=font, fontsize=size)
        y += 1.2 * size
    return y


@dataclass
class Style:
    rules: str = "booktabs"  # grid | booktabs | none | zebra
    align: str = "left"  # left | right | center (cells after the first column)
    font: str = "helv"
    size: float = 8.0
    pitch: float = 13.0


def draw_table(page: pymupdf.Page, grid: list[list[Cell]], x: float, y: float,
               widths: list[float], style: Style, header_rows: int = 1) -> float:  # fmt: skip
    """Draw ``grid`` with its first baseline at ``y``; returns the y under the table."""
    font = _font(page, style.font)
    x_edges = [x]
    for w in widths:
        x_edges.append(x_edges[-1] + w)
    top = y - style.size - 3
    bottom = top + len(grid) * style.pitch
    if style.rules == "zebra":
        for i in range(header_rows, len(grid), 2):
            r = pymupdf.Rect(
                x_edges[0], top + i * style.pitch, x_edges[-1], top + (i + 1) * style.pitch
            )
            page.draw_rect(r, color=None, fill=(0.88, 0.92, 0.97))
    for i, row in enumerate(grid):
        base = y + i * style.pitch
        col = 0
        for cell in row:
            n = cell.n if isinstance(cell, Span) else 1
            text = cell.text if isinstance(cell, Span) else cell
            a, b = x_edges[col] + 3, x_edges[col + n] - 3
            w = _width(text, font, style.size)
            if isinstance(cell, Span) or (col > 0 and style.align == "center"):
                tx = (a + b - w) / 2
            elif col > 0 and style.align == "right":
                tx = b - w
            else:
                tx = a
            if text:
                page.insert_text((tx, base), text, fontname=font, fontsize=style.size)
            if isinstance(cell, Span) and style.rules != "none":
                page.draw_line((a, base + 3), (b, base + 3), width=0.4)
            col += n
    if style.rules in ("grid", "booktabs", "zebra"):
        page.draw_line((x_edges[0], top), (x_edges[-1], top), width=0.8)
        mid = top + header_rows * style.pitch
        page.draw_line((x_edges[0], mid), (x_edges[-1], mid), width=0.5)
        page.draw_line((x_edges[0], bottom), (x_edges[-1], bottom), width=0.8)
    if style.rules == "grid":
        for i in range(1, len(grid)):
            yy = top + i * style.pitch
            page.draw_line((x_edges[0], yy), (x_edges[-1], yy), width=0.3)
        for xx in x_edges:
            page.draw_line((xx, top), (xx, bottom), width=0.3)
    return bottom


def caption(page: pymupdf.Page, x: float, y: float, text: str, font: str = "helv",
            size: float = 9) -> float:  # fmt: skip
    _font(page, font)
    page.insert_text((x, y), text, fontname=font, fontsize=size)
    return y + 1.4 * size


def one_table_pdf(grid: list[list[Cell]], cap: str = "Table 2. BBB locomotor scores after SCI.",
                  style: Style | None = None, *, below: bool = False, header_rows: int = 1,
                  widths: list[float] | None = None, note: str | None = None) -> bytes:  # fmt: skip
    """A page of running text, the table with its caption (above or below), more text."""
    style = style or Style()
    pdf = pymupdf.open()
    page = pdf.new_page(width=W, height=H)
    y = paragraph(page, 60, 80, 470, BODY)
    y += 14
    ncols = max(sum(c.n if isinstance(c, Span) else 1 for c in r) for r in grid)
    widths = widths or [110] + [(470 - 110) / (ncols - 1)] * (ncols - 1)
    if not below:
        y = caption(page, 60, y, cap) + 6
    y = draw_table(page, grid, 60, y + style.size, widths, style, header_rows) + 4
    if note:
        y = caption(page, 60, y + 8, note, size=7) + 2
    if below:
        y = caption(page, 60, y + 10, cap)
    paragraph(page, 60, y + 24, 470, BODY)
    data = pdf.tobytes()
    pdf.close()
    return data


# --- the matrix ---------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    build: Callable[[], bytes]
    rows: list[list[str]]
    label: str = "Table 2"


def _c(build: Callable[[], bytes], grid: list[list[Cell]], label: str = "Table 2") -> Case:
    # Text is normalised on extraction: the Unicode minus reads as an ASCII hyphen-minus.
    rows = [[c.replace("\u2212", "-") for c in r] for r in as_text(grid)]
    return Case(build, rows, label)


GRID = day_table()
TRANSPOSED: list[list[Cell]] = [
    ["Time", *GROUPS],
    *[[f"Day {d}", *[v[i] for v in GROUPS.values()]] for i, d in enumerate(DAYS)],
]
TWO_ROW: list[list[Cell]] = [
    ["", Span("Days post-injury", 5)],
    ["Group", *DAYS],
    *[[g, *v] for g, v in GROUPS.items()],
]
WEEKS: list[list[Cell]] = [
    ["Group", "Week 1", "Week 2", "Week 3", "Week 4"],
    *[[g, *v[1:]] for g, v in GROUPS.items()],
]
PARENS: list[list[Cell]] = [
    r if i == 0 else [r[0], *[str(c).replace(" ± ", " (") + ")" for c in r[1:]]]
    for i, r in enumerate(day_table())
]
MEAN_SD: list[list[Cell]] = [
    ["", Span("Day 7", 2), Span("Day 28", 2)],
    ["Group", "Mean", "SD", "Mean", "SD"],
    *[[g, *v[2].split(" ± "), *v[4].split(" ± ")] for g, v in GROUPS.items()],
]
MARKERS: list[list[Cell]] = [
    ["Group", "Day 7", "Day 14", "Day 28"],
    ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
    ["SCI + PBS", "4.2 ± 0.9", "6.9 ± 1.2", "8.1 ± 1.4"],
    ["SCI + Exo", "6.8 ± 1.0*", "10.2 ± 1.1a", "12.4 ± 1.3#"],
]
MISSING: list[list[Cell]] = [
    ["Group", "Day 1", "Day 7", "Day 28", "Change"],
    ["Sham", "21.0 ± 0.0", "–", "21.0 ± 0.0", "0.0"],
    ["SCI + PBS", "0.5 ± 0.3", "4.2 ± 0.9", "–", "−3.1"],
    ["SCI + Exo", "0.6 ± 0.4", "−", "12.4 ± 1.3", "11.8"],
]

CASES: dict[str, Case] = {
    # Rules: a full grid, the three booktabs rules, none at all, shaded rows.
    "grid": _c(lambda: one_table_pdf(GRID, style=Style(rules="grid")), GRID),
    "booktabs": _c(lambda: one_table_pdf(GRID, style=Style(rules="booktabs")), GRID),
    "no-rules": _c(lambda: one_table_pdf(GRID, style=Style(rules="none")), GRID),
    "zebra": _c(lambda: one_table_pdf(GRID, style=Style(rules="zebra")), GRID),
    # Caption wording and position.
    "TABLE-2-dot": _c(lambda: one_table_pdf(GRID, "TABLE 2. BBB scores of all groups."), GRID),
    "Table-2-colon": _c(lambda: one_table_pdf(GRID, "Table 2: BBB scores of all groups"), GRID),
    "Tab-2": _c(lambda: one_table_pdf(GRID, "Tab. 2 BBB scores of all groups"), GRID),
    "caption-below": _c(lambda: one_table_pdf(GRID, below=True), GRID),
    "TABLE-below": _c(lambda: one_table_pdf(GRID, "TABLE 2. BBB scores.", below=True), GRID),
    # Orientation and headers.
    "transposed": _c(lambda: one_table_pdf(TRANSPOSED, widths=[80, 130, 130, 130]), TRANSPOSED),
    "two-row-header": _c(lambda: one_table_pdf(TWO_ROW, header_rows=2), TWO_ROW),
    "two-row-header-no-rules": _c(
        lambda: one_table_pdf(TWO_ROW, style=Style(rules="none"), header_rows=2), TWO_ROW
    ),
    "weeks": _c(lambda: one_table_pdf(WEEKS), WEEKS),
    # Cell notation.
    "parentheses": _c(lambda: one_table_pdf(PARENS), PARENS),
    "mean-sd-columns": _c(lambda: one_table_pdf(MEAN_SD, header_rows=2), MEAN_SD),
    "footnote-markers": _c(lambda: one_table_pdf(MARKERS), MARKERS),
    "dashes-and-minus": _c(lambda: one_table_pdf(MISSING, style=Style(font="vera")), MISSING),
    # Alignment and fonts.
    "right-aligned": _c(lambda: one_table_pdf(GRID, style=Style(align="right")), GRID),
    "centred": _c(lambda: one_table_pdf(GRID, style=Style(align="center", rules="none")), GRID),
    "serif": _c(lambda: one_table_pdf(GRID, style=Style(font="tiro")), GRID),
    "sans-unicode": _c(lambda: one_table_pdf(GRID, style=Style(font="vera", size=7.5)), GRID),
    # A footnote paragraph under the table.
    "footnote-paragraph": _c(lambda: one_table_pdf(GRID, note=FOOTNOTE), GRID),
    "footnote-then-caption-below": _c(lambda: one_table_pdf(GRID, note=FOOTNOTE, below=True), GRID),
}


def _parse(data: bytes) -> ParsedDocument:
    return parse_pdf(data, name="variant.pdf")


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bbb_table_grid_and_label_are_recovered(case: Case) -> None:
    doc = _parse(case.build())
    assert [t.label for t in doc.tables] == [case.label]
    assert doc.tables[0].rows == case.rows
    body = " ".join(b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH)
    assert "12.4" not in body, "table cells must not leak into running text"


# --- page layouts: two columns, page breaks, landscape, a typesetter's tables ---

LEFT, GUTTER, COL = 50.0, 20.0, 237.0
RIGHT = LEFT + COL + GUTTER
LONG = " ".join([BODY] * 3)


def two_column_pdf(*, spanning: bool) -> bytes:
    """Running text in two columns with the table across both, or inside the left one."""
    pdf = pymupdf.open()
    page = pdf.new_page(width=W, height=H)
    y_left = paragraph(page, LEFT, 70, COL, LONG)
    y_right = paragraph(page, RIGHT, 70, COL, LONG)
    if spanning:
        y = max(y_left, y_right) + 16
        y = caption(page, LEFT, y, "Table 2 BBB scores of all groups (mean ± SD).") + 6
        y = draw_table(page, GRID, LEFT, y + 8, [100] + [(2 * COL + GUTTER - 100) / 5] * 5, Style())
        paragraph(page, LEFT, y + 24, COL, LONG)
        paragraph(page, RIGHT, y + 24, COL, LONG)
    else:
        y = caption(page, LEFT, y_left + 16, "Table 2 BBB scores.") + 6
        y = draw_table(page, WEEKS, LEFT, y + 8, [65] + [43] * 4, Style(size=7, pitch=11))
        paragraph(page, LEFT, y + 24, COL, BODY)
        paragraph(page, RIGHT, y_right, COL, LONG)
    data = pdf.tobytes()
    pdf.close()
    return data


CASES_2COL = {
    "two-column-spanning": _c(lambda: two_column_pdf(spanning=True), GRID),
    "two-column-within": _c(lambda: two_column_pdf(spanning=False), WEEKS),
}


@pytest.mark.parametrize("case", CASES_2COL.values(), ids=CASES_2COL.keys())
def test_tables_in_two_column_pages(case: Case) -> None:
    doc = _parse(case.build())
    assert [t.label for t in doc.tables] == [case.label]
    assert doc.tables[0].rows == case.rows
    body = " ".join(b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH)
    assert "12.4" not in body and "Week 4" not in body


SPLIT = [
    *day_table(),
    ["SCI + Exo-miR", "0.7 ± 0.4", "3.4 ± 0.8", "7.9 ± 1.0", "11.6 ± 1.2", "14.0 ± 1.2"],
]


def split_table_pdf(*, continued_caption: bool) -> bytes:
    """A table that starts at the foot of page 1 and continues, header repeated, on page 2."""
    grid = SPLIT
    pdf = pymupdf.open()
    page = pdf.new_page(width=W, height=H)
    y = 70.0
    while y < 640:
        y = paragraph(page, 60, y, 470, BODY) + 6
    y = caption(page, 60, y + 10, "Table 2. BBB locomotor scores.") + 6
    draw_table(page, grid[:3], 60, y + 8, [110] + [72] * 5, Style())
    page = pdf.new_page(width=W, height=H)
    y = 70.0
    if continued_caption:
        y = caption(page, 60, y, "Table 2 (continued)") + 6
    y = draw_table(page, [grid[0], *grid[3:]], 60, y + 8, [110] + [72] * 5, Style())
    paragraph(page, 60, y + 30, 470, BODY)
    data = pdf.tobytes()
    pdf.close()
    return data


@pytest.mark.parametrize(
    "continued_caption", [True, False], ids=["continued-caption", "header-only"]
)
def test_a_table_split_over_a_page_break_keeps_its_label(continued_caption: bool) -> None:
    doc = _parse(split_table_pdf(continued_caption=continued_caption))
    grid = as_text(SPLIT)
    assert [(t.label, t.page) for t in doc.tables] == [("Table 2", 1), ("Table 2", 2)]
    assert doc.tables[0].rows == grid[:3]
    assert doc.tables[1].rows == [grid[0], *grid[3:]]
    # The continuation says what it is a part of (outcome extraction reads the caption).
    assert "BBB locomotor scores" in (doc.tables[1].caption or "")


def landscape_pdf(*, how: str) -> bytes:
    """A wide table on a page turned sideways: by /Rotate, or drawn rotated on a portrait page."""
    pdf = pymupdf.open()
    if how == "rotate-attribute":
        page = pdf.new_page(width=H, height=W)  # drawn landscape, displayed portrait
        y = caption(page, 60, 80, "Table 2. BBB scores over eight weeks.") + 6
        draw_table(page, WIDE, 60, y + 8, [110] + [80] * 8, Style())
        page.set_rotation(90)
    else:
        page = pdf.new_page(width=W, height=H)
        # Each text line drawn turned by 90 degrees, reading bottom to top.
        font = "helv"
        x_base = 80.0
        page.insert_text((x_base, H - 60), "Table 2. BBB scores over eight weeks.", fontsize=9,
                         fontname=font, rotate=90)  # fmt: skip
        for i, row in enumerate(WIDE):
            x = x_base + 22 + i * 13
            for j, cell in enumerate(row):
                y = H - 60 - (0 if j == 0 else 110 + 80 * (j - 1))
                page.insert_text((x, y), str(cell), fontsize=8, fontname=font, rotate=90)
    data = pdf.tobytes()
    pdf.close()
    return data


WIDE: list[list[Cell]] = [
    ["Group", *[f"Week {w}" for w in range(1, 9)]],
    ["SCI + PBS", "1.2 ± 0.4", "3.1 ± 0.8", "4.9 ± 1.0", "6.0 ± 1.1", "6.8 ± 1.2", "7.5 ± 1.2",
     "8.0 ± 1.3", "8.3 ± 1.3"],
    ["SCI + Exo", "1.4 ± 0.5", "4.0 ± 0.9", "6.7 ± 1.0", "8.8 ± 1.1", "10.1 ± 1.2", "11.0 ± 1.2",
     "11.8 ± 1.3", "12.2 ± 1.3"],
]  # fmt: skip


@pytest.mark.parametrize("how", ["rotate-attribute", "rotated-text"])
def test_landscape_table_pages(how: str) -> None:
    doc = _parse(landscape_pdf(how=how))
    assert [t.label for t in doc.tables] == ["Table 2"]
    assert doc.tables[0].rows == as_text(WIDE)


def platypus_pdf(style: list[tuple], *, font: str = "Helvetica", below: bool = False) -> bytes:
    """The same BBB table typeset by reportlab's platypus, with its own spacing."""
    if font == "Vera":
        pdfmetrics.registerFont(TTFont("Vera", VERA))
    buf = io.BytesIO()
    sheet = getSampleStyleSheet()
    cap = Paragraph("Table 2. BBB locomotor rating scale scores (mean ± SD).", sheet["Normal"])
    table = RLTable(as_text(GRID), style=TableStyle([("FONT", (0, 0), (-1, -1), font, 8), *style]))
    story = [Paragraph(BODY, sheet["Normal"]), Spacer(1, 12)]
    story += [table, Spacer(1, 6), cap] if below else [cap, Spacer(1, 6), table]
    story += [Spacer(1, 12), Paragraph(BODY, sheet["Normal"])]
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


PLATYPUS = {
    "grid": [("GRID", (0, 0), (-1, -1), 0.5, colors.black)],
    "booktabs": [
        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
    ],
    "zebra": [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.lightgrey])],
    "right-aligned": [("ALIGN", (1, 0), (-1, -1), "RIGHT")],
    "centred-boxed": [
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("BOX", (0, 0), (-1, -1), 1, colors.black),
    ],
}


@pytest.mark.parametrize("style", PLATYPUS.values(), ids=PLATYPUS.keys())
@pytest.mark.parametrize("below", [False, True], ids=["caption-above", "caption-below"])
def test_platypus_tables(style: list[tuple], below: bool) -> None:
    doc = _parse(platypus_pdf(style, below=below))
    assert [t.label for t in doc.tables] == ["Table 2"]
    assert doc.tables[0].rows == as_text(GRID)


def test_an_unrelated_table_on_the_next_page_is_not_a_continuation() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page(width=W, height=H)
    y = caption(page, 60, 80, "Table 2. BBB locomotor scores.") + 6
    draw_table(page, day_table(), 60, y + 8, [110] + [72] * 5, Style())
    page = pdf.new_page(width=W, height=H)
    other = [["Marker", "Exo", "Cells", "Lysate"], ["CD63", "+", "-", "-"], ["TSG101", "+", "-", "+"],
             ["Calnexin", "-", "+", "+"]]  # fmt: skip
    draw_table(page, other, 60, 90, [110, 90, 90, 90], Style())
    doc = _parse(pdf.tobytes())
    assert [t.label for t in doc.tables] == ["Table 2", None]


def test_a_page_set_sideways_is_reported() -> None:
    doc = _parse(landscape_pdf(how="rotated-text"))
    assert any("sideways" in w for w in doc.warnings)


def test_evidence_on_a_sideways_page_points_where_the_text_is_stored() -> None:
    """Boxes of a page read turned upright are mapped back onto the page as stored."""
    doc = _parse(landscape_pdf(how="rotated-text"))
    caption = next(b for b in doc.blocks if b.text.startswith("Table 2."))
    x0, y0, x1, y1 = caption.bbox
    # The caption was drawn upward from (80, H - 60): a tall, narrow box at x ~ 80.
    assert 60 < x0 < x1 < 90
    assert y1 == pytest.approx(H - 60, abs=6)
    assert y1 - y0 > 100
    for b in doc.blocks:
        if b.bbox:
            assert 0 <= b.bbox[0] <= b.bbox[2] <= W and 0 <= b.bbox[1] <= b.bbox[3] <= H
    # An outcome value's evidence box falls inside the stored table's box.
    start = doc.text.index("12.2 ± 1.3")
    ev = doc.evidence(start, start + len("12.2 ± 1.3"))
    tx0, ty0, tx1, ty1 = doc.tables[0].bbox
    ex0, ey0, ex1, ey1 = ev.bbox
    assert tx0 - 1 <= ex0 <= ex1 <= tx1 + 1 and ty0 - 1 <= ey0 <= ey1 <= ty1 + 1


# --- text-only tables: no rule, no caption -------------------------------------------

LABELLED = [
    ["Characteristic", "Value"],
    ["Mean particle diameter (nm)", "112 ± 14"],
    ["Protein per 10^6 cells (µg)", "38.5 ± 4.2"],
    ["CD63-positive particles (%)", "87.3 ± 5.1"],
    ["Zeta potential (mV)", "-21.6 ± 3.3"],
]
LONG_LABELS = [
    ["Treatment group", "Rats", "BBB day 7", "BBB day 28"],
    ["Sham-operated animals without contusion", "8", "21.0 ± 0.0", "21.0 ± 0.0"],
    ["Contusion plus vehicle given intravenously", "10", "3.1 ± 0.8", "8.0 ± 1.3"],
    ["Contusion plus exosomes 100 µg intravenously", "10", "4.6 ± 0.9", "12.1 ± 1.4"],
    ["Contusion plus exosomes 200 µg intravenously", "9", "5.9 ± 1.0", "n.d."],
]


def _text_table_pdf(grid: list[list[str]], xs: list[float], *, by: str, flush_right: bool) -> bytes:
    """Prose, a bare grid of text placed cell by cell, prose; drawn row by row or column by column."""
    doc = pymupdf.open()
    page = doc.new_page(width=W, height=H)
    y = _para(page, 72, 90, BODY)
    top = y + 12

    def put(r: int, k: int) -> None:
        text = grid[r][k]
        x = xs[k]
        if flush_right and k:  # numbers set flush right against the column's right edge
            x = xs[k] + 60 - pymupdf.get_text_length(text, fontsize=9)
        page.insert_text((x, top + 12 * r), text, fontsize=9)

    order = [(r, k) for r in range(len(grid)) for k in range(len(xs))]
    if by == "column":
        order.sort(key=lambda rk: (rk[1], rk[0]))
    for r, k in order:
        put(r, k)
    _para(page, 72, top + 12 * len(grid) + 14, BODY)
    data = doc.tobytes()
    doc.close()
    return data


def _para(page: pymupdf.Page, x: float, y: float, text: str, width: float = 450) -> float:
    line = ""
    for word in text.split():
        if line and pymupdf.get_text_length(f"{line} {word}", fontsize=10) > width:
            page.insert_text((x, y), line, fontsize=10)
            y, line = y + 12.5, word
        else:
            line = f"{line} {word}".strip()
    page.insert_text((x, y), line, fontsize=10)
    return y + 12.5


@pytest.mark.parametrize("by", ["row", "column"])
@pytest.mark.parametrize("flush_right", [False, True], ids=["left-set", "flush-right"])
@pytest.mark.parametrize(
    ("grid", "xs"),
    [(LABELLED, [72, 330]), (LONG_LABELS, [72, 300, 370, 450])],
    ids=["label-value", "long-labels"],
)
def test_text_only_tables_are_read_row_by_row(grid: list[list[str]], xs: list[float], by: str,
                                              flush_right: bool) -> None:  # fmt: skip
    doc = parse_pdf(_text_table_pdf(grid, xs, by=by, flush_right=flush_right), name="bare.pdf")
    assert [t.rows for t in doc.tables] == [grid]
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert table.text.splitlines()[1] == "\t".join(grid[1]), "a value stays with its row's label"
    prose = [b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    assert prose and all(grid[1][1] not in b.text for b in prose)


def _justified_pdf(lines: list[str]) -> bytes:
    """Prose drawn word by word, each line spread a little (justified: gaps up to ~1.5 em)."""
    doc = pymupdf.open()
    page = doc.new_page(width=W, height=H)
    for n, line in enumerate(lines):
        words = line.split()
        widths = [pymupdf.get_text_length(w, fontsize=10) for w in words]
        gap = 2.8 + 12 * (n % 2)  # a normal space, or a line spread to fill its measure
        x = 72.0
        for word, width in zip(words, widths, strict=True):
            page.insert_text((x, 100 + 13 * n), word, fontsize=10)
            x += width + gap
    data = doc.tobytes()
    doc.close()
    return data


PROSE_WITH_NUMBERS = [
    [  # numbers in running text, words spread wide
        "Rats weighing 220 to 250 g received 100 mg of exosomes",
        "at 1 h and 24 h after the injury through the tail vein",
        "and BBB scores rose from 3.1 ± 0.8 to 12.1 ± 1.4 by day 28",
        "while sham rats kept 21 points at every one of the 5 time points",
    ],
    [  # a numbered reference list with years and pages
        "1. Li X, Wang Y. Exosomes in spinal repair. J Neurotrauma 2019;36:1-9.",
        "2. Chen Z, Zhao H. Vesicles after contusion. Spinal Cord 2020;58:12-20.",
        "3. Kim J, Park S. Stem cell secretome. Stem Cells Int 2021;2021:4411.",
        "4. Sun Q, Ma L. Locomotor scores in rats. Exp Neurol 2018;300:77-85.",
    ],
    [  # doses in running text, line after line
        "The low dose group received 10 mg and the middle dose group 20 mg",
        "per rat, the high dose group 40 mg and the highest dose group 80 mg",
        "per rat, each in 200 ml of saline over 2 min through the tail vein",
        "on day 0 and again on day 7, with 10 rats in each of the 4 groups",
    ],
]


@pytest.mark.parametrize("lines", PROSE_WITH_NUMBERS, ids=["running-text", "references", "doses"])
def test_prose_with_numbers_is_not_read_as_a_table(lines: list[str]) -> None:
    doc = parse_pdf(_justified_pdf(lines), name="prose.pdf")
    assert doc.tables == []
    flat = " ".join(doc.text.split())
    assert " ".join(" ".join(lines).split()) in flat, "read line by line, in order"
