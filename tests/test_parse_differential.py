"""Layouts where the PDF lost what the same study's JATS kept, rebuilt small here.

Each case comes from a PDF-vs-XML differential on the tune corpora (a field or BBB
row found in the XML and missed in the PDF): the cause was the PDF parser, and the
case pins the mechanism with a PDF drawn in the test, never the corpus text:

- narrow (three-column) tables that swallowed the prose of the columns beside
  and under them;
- a mean over its SD in one cell, and a row label wrapped over two lines;
- superscript markers that made a row look like the wrapped end of the one above;
- table notes that wrap, a figure drawn under a table, an italic numbered
  subheading after the notes.
"""

from __future__ import annotations

import pymupdf
import pytest

from miner.parse import parse_pdf
from miner.parse.model import BlockKind, ParsedDocument

W, H = 595.0, 842.0

PROSE = [
    (
        "Adult female rats were kept in pairs with food and water freely available and a twelve "
        "hour cycle of light and dark throughout the study."
    ),
    (
        "Vesicles were pelleted from the cleared medium by two spins at high speed and taken up "
        "in saline before they were counted and stored cold."
    ),
    (
        "Open field scores were given by two observers who did not know the groups, and the two "
        "scores were averaged for each animal and each day."
    ),
    (
        "Spinal cords were fixed, cut and stained for glial and axonal markers, and the lesion "
        "area was measured on every fifth section."
    ),
]
AFTER = "Treated rats also placed their paws more often than the controls did in the later weeks."


def _wrap(text: str, width: float, size: float, font: str = "helv") -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and pymupdf.get_text_length(f"{line} {word}", fontname=font, fontsize=size) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def _text(page: pymupdf.Page, x: float, y: float, width: float, text: str, size: float = 8.5,
          font: str = "helv") -> float:  # fmt: skip
    for ln in _wrap(text, width, size, font):
        page.insert_text((x, y), ln, fontname=font, fontsize=size)
        y += 1.25 * size
    return y


def _rows(page: pymupdf.Page, x: float, y: float, xs: list[float], rows: list[list[str]],
          size: float = 7.0, pitch: float = 11.0) -> float:  # fmt: skip
    for row in rows:
        for dx, cell in zip(xs, row, strict=True):
            page.insert_text((x + dx, y), cell, fontsize=size)
        y += pitch
    return y


def _parse(build) -> ParsedDocument:  # type: ignore[no-untyped-def]
    doc = pymupdf.open()
    build(doc)
    data = doc.tobytes()
    doc.close()
    return parse_pdf(data, name="differential.pdf")


def _block(doc: ParsedDocument, words: str):  # type: ignore[no-untyped-def]
    hits = [b for b in doc.blocks if words in b.text]
    assert hits, f"no block holds {words!r}"
    return hits[0]


def _cells(doc: ParsedDocument) -> str:
    return " ".join(c for t in doc.tables for r in t.rows for c in r)


# --- narrow tables in a three-column page --------------------------------------------

HEAD = ["Day", "Vehicle", "Exo"]
FIRST = [["1", "0.3 ± 0.1", "0.4 ± 0.1"], ["7", "2.1 ± 0.3", "3.4 ± 0.4"], ["14", "3.8 ± 0.4", "6.2 ± 0.5"]]
REST = [["21", "5.2 ± 0.4", "8.3 ± 0.5"], ["28", "6.1 ± 0.5", "9.9 ± 0.6"]]


def _three_columns(d: pymupdf.Document, *, cell_size: float) -> None:
    """Prose down column 1; column 2 ends with Table 2; its rest opens column 3."""
    page = d.new_page(width=W, height=H)
    page.insert_text((46, 60), "Vesicles after contusion in three columns", fontname="hebo", fontsize=15)
    width, xs = 150.0, [46.0, 222.0, 398.0]
    y = 100.0
    for k in range(3):
        y = _text(page, xs[0], y, width, PROSE[k % 4] + " " + PROSE[(k + 1) % 4]) + 6
    y = _text(page, xs[1], 100.0, width, PROSE[2] + " " + PROSE[3]) + 8
    y = _text(page, xs[1], y, width, "Table 2. Open field scores of the vehicle and vesicle groups (mean ± SEM).",
              size=8.0) + 4  # fmt: skip
    _rows(page, xs[1] + 2, y, [0, 40, 95], [HEAD, *FIRST], size=cell_size)
    y = _text(page, xs[2], 100.0, width, "Table 2 (continued)", size=8.0) + 4
    y = _rows(page, xs[2] + 2, y, [0, 40, 95], [HEAD, *REST], size=cell_size) + 4
    y = _text(page, xs[2], y, width, "* P < 0.05 vs vehicle.", size=7.0) + 4
    _text(page, xs[2], y, width, " ".join([AFTER, PROSE[3], PROSE[0], PROSE[1]]))


@pytest.mark.parametrize("cell_size", [7.0, 7.5])
def test_a_table_in_a_narrow_column_keeps_to_its_column(cell_size: float) -> None:
    doc = _parse(lambda d: _three_columns(d, cell_size=cell_size))
    tables = {t.caption: t for t in doc.tables}
    assert [r for t in doc.tables for r in t.rows if r[0] not in ("Day",)] == FIRST + REST
    assert all(len(r) == 3 for t in doc.tables for r in t.rows), "no column of prose beside the table"
    assert "Table 2 (continued)" in " ".join(tables)
    cells = _cells(doc)
    for words in ("Vesicles were pelleted", "Adult female rats", "Treated rats also placed"):
        assert words not in cells
    assert _block(doc, "Treated rats also placed").kind is BlockKind.PARAGRAPH
    assert "Treated rats also placed their paws" in _block(doc, "Treated rats also placed").text


# --- a mean over its SD, a row label over two lines, notes that wrap ---------------------


def _sd_below(d: pymupdf.Document, *, note_lines: list[str]) -> None:
    page = d.new_page(width=W, height=H)
    page.insert_text((46, 60), "Vesicles after ischaemia", fontname="hebo", fontsize=15)
    x, width = 222.0, 150.0
    y = _text(page, x, 100, width, "Table 1. Open field scores after reperfusion, mean (SD), n = 8.", size=8.0) + 6
    xs = [0, 60, 85, 110, 135]
    rows = [
        (["Group", "6 h", "24 h", "48 h", "7 d"], None),
        (["Sham", "21.0", "21.0", "21.0", "21.0"], ["", "(0.0)", "(0.0)", "(0.0)", "(0.0)"]),
        (["I/R + saline", "1.2", "2.0", "3.1", "5.6"], ["", "(0.8)", "(1.1)", "(1.5)", "(2.0)"]),
        (["I/R +", "1.5", "3.3", "5.2", "9.4"], ["MenSC-Exo", "(0.9)", "(1.3)", "(1.7)", "(2.1)"]),
    ]
    for first, second in rows:
        _rows(page, x + 2, y, xs, [first])
        if second:
            _rows(page, x + 2, y + 8.5, xs, [second])
            y += 8.5
        y += 11.5
    y += 2
    for ln in note_lines:
        page.insert_text((x, y), ln, fontsize=8.0)
        y += 10
    _text(page, x, y + 4, width, "Surviving motor neurons were twice as many with the vesicles as with saline.")
    _text(page, 46, 100, 150, " ".join(PROSE))


NOTES = {
    "none": [],
    "one line": ["* P < 0.05 vs saline at the same time."],
    "wrapped note": [
        "Tarlov scores (0-5) are given in Table S2",
        "of the original submission and are not",
        "repeated here.",
    ],
}


@pytest.mark.parametrize("notes", NOTES.values(), ids=NOTES.keys())
def test_sd_under_the_mean_and_a_wrapped_label_make_one_row(notes: list[str]) -> None:
    doc = _parse(lambda d: _sd_below(d, note_lines=notes))
    (table,) = doc.tables
    assert table.rows == [
        ["Group", "6 h", "24 h", "48 h", "7 d"],
        ["Sham", "21.0 (0.0)", "21.0 (0.0)", "21.0 (0.0)", "21.0 (0.0)"],
        ["I/R + saline", "1.2 (0.8)", "2.0 (1.1)", "3.1 (1.5)", "5.6 (2.0)"],
        ["I/R + MenSC-Exo", "1.5 (0.9)", "3.3 (1.3)", "5.2 (1.7)", "9.4 (2.1)"],
    ]
    assert "Surviving motor neurons" not in _cells(doc)
    if notes:
        assert _block(doc, notes[0][:20]).kind is BlockKind.CAPTION, "the note stays with the table"
        assert " ".join(notes) in _block(doc, notes[0][:20]).text


# --- superscript markers, a figure under the table, a subheading after the notes ---------


def _marked_table(page: pymupdf.Page, x: float, y: float, *, size: float = 9.5) -> float:
    """Three groups by four weeks; the last group's later cells carry a raised 'a'."""
    xs = [0, 95, 155, 215, 275]
    rows = [
        ["Group", "1", "2", "3", "4"],
        ["Sham", "20.8 (0.4)", "21.0 (0.0)", "21.0 (0.0)", "21.0 (0.0)"],
        ["Vehicle", "2.2 (1.0)", "4.0 (1.3)", "5.7 (1.5)", "6.9 (1.6)"],
        ["sEV", "2.9 (1.1)", "5.6 (1.4)", "8.1 (1.6)", "9.9 (1.8)"],
    ]
    for k, row in enumerate(rows):
        for j, (dx, cell) in enumerate(zip(xs, row, strict=True)):
            page.insert_text((x + dx, y), cell, fontsize=size)
            if k == 3 and j >= 3:
                w = pymupdf.get_text_length(cell, fontname="helv", fontsize=size)
                page.insert_text((x + dx + w + 0.5, y - 4), "a", fontsize=0.65 * size)
        y += 1.5 * size
    return y


def _figure(page: pymupdf.Page, x: float, y: float, size: float = 7.0) -> float:
    """An axis drawn with its tick labels and legend (in small type unless told)."""
    for k, tick in enumerate(["21", "18", "15", "12", "9", "6", "3", "0"]):
        page.insert_text((x + 20, y + 17 * k), tick, fontsize=size)
    page.draw_line((x + 32, y), (x + 32, y + 120))
    page.draw_line((x + 32, y + 120), (x + 330, y + 120))
    for k, tick in enumerate(["0", "2", "4", "6", "8"]):
        page.insert_text((x + 32 + 70 * k, y + 130), tick, fontsize=size)
    for k, name in enumerate(["Vehicle", "sEV"]):
        page.insert_text((x + 300, y + 15 + 20 * k), name, fontsize=size)
    page.insert_text((x + 0, y + 60), "BBB", fontsize=size)
    page.insert_text((x + 140, y + 140), "Weeks after injury", fontsize=size)
    return y + 150


EXPECTED = [
    ["Group", "1", "2", "3", "4"],
    ["Sham", "20.8 (0.4)", "21.0 (0.0)", "21.0 (0.0)", "21.0 (0.0)"],
    ["Vehicle", "2.2 (1.0)", "4.0 (1.3)", "5.7 (1.5)", "6.9 (1.6)"],
    ["sEV", "2.9 (1.1)", "5.6 (1.4)", "8.1 (1.6)a", "9.9 (1.8)a"],
]


@pytest.mark.parametrize(
    ("note", "lettering"),
    [(True, 9.5), (False, 7.0)],
    ids=["note-then-lettering-in-table-type", "small-lettering-no-note"],
)
def test_marked_cells_and_a_figure_below_stay_out_of_each_others_rows(note: bool, lettering: float) -> None:
    """The table ends at its footnote; or, without one, where small type stands well clear."""

    def build(d: pymupdf.Document) -> None:
        page = d.new_page(width=W, height=H)
        page.insert_text((90, 60), "Tables and figure legends", fontname="hebo", fontsize=12)
        page.insert_text((90, 85), "Table 1. Open field scores by week, mean (SD).", fontsize=9.5)
        y = _marked_table(page, 92, 105)
        if note:
            page.insert_text((90, y + 2), "a P < 0.01 vs Vehicle at the same week (mixed model).", fontsize=9.5)
            y += 12
        y = _figure(page, 90, y + 16, lettering)
        page.insert_text((90, y + 14), "Figure 2. Weekly open field scores of both groups.", fontsize=9.5)
        _text(page, 90, y + 40, 450, " ".join(PROSE), size=9.5)

    doc = _parse(build)
    (table,) = doc.tables
    assert table.rows == EXPECTED
    assert "Weeks after injury" not in _cells(doc)


def test_an_italic_numbered_subheading_after_the_notes_is_a_heading() -> None:
    def build(d: pymupdf.Document) -> None:
        page = d.new_page(width=W, height=H)
        page.insert_text((40, 60), "Vesicles after contusion", fontname="hebo", fontsize=15)
        y = _text(page, 40, 90, 500, " ".join(PROSE[:2]), size=9.5) + 8
        page.insert_text((40, y), "Table 2. Open field scores of the three groups.", fontsize=8)
        y = _rows(page, 42, y + 16, [0, 90, 150, 210, 270],
                  [["Day", "Sham", "PBS", "Exo", "miR-Exo"], ["7", "21.0", "2.6", "3.5", "4.4"],
                   ["14", "21.0", "4.9", "6.8", "8.3"], ["28", "21.0", "7.2", "9.6", "12.4"]],
                  size=8.0, pitch=12.5)  # fmt: skip
        page.insert_text((40, y), "Scores are mean values; * P < 0.05 versus PBS.", fontsize=8)
        page.insert_text((40, y + 16), "3.3. Western blots", fontname="heit", fontsize=9)
        _text(page, 40, y + 30, 500, PROSE[3], size=9.5)

    doc = _parse(build)
    assert len(doc.tables[0].rows) == 4
    head = _block(doc, "3.3. Western blots")
    assert head.kind is BlockKind.HEADING and head.text == "3.3. Western blots"
    assert "Western blots" not in _block(doc, "Scores are mean values").text

