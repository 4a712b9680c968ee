"""A description table ("Parameter | Detail") whose value cells are long lines of words is a
table, not a run of headings and paragraphs; prose beside a table stays prose."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from miner.parse import parse_path

ROWS = [
    ("Animals", ["Female Wistar rats weighing 220-260 g, ten per group, housed in pairs with food"]),
    ("Injury", ["Moderate contusion at T10 with a 10 g rod dropped from 25 mm after a T9 laminectomy"]),
    ("Isolation", ["Differential centrifugation to 10 000 × g, then 120 000 × g for 90 min at 4 °C, washed",
                   "once in PBS and filtered through a 0.22 µm membrane before use"]),
    ("Dose and route", ["150 µg of vesicle protein in 300 µL PBS through the tail vein, once, 2 h after injury"]),
    ("Outcome", ["BBB open-field scores on days 1, 3 and 7 and weekly to day 42 by two masked raters"]),
]
PROSE = ("All procedures followed the institutional guidelines for the care and use of laboratory "
         "animals and were approved before the study began by the local committee.")


def _words(page: pymupdf.Page, text: str, x: float, y: float, width: float, size: float) -> float:
    """Write ``text`` wrapped to ``width`` from (x, y); return the next baseline."""
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if pymupdf.get_text_length(trial, fontsize=size) > width and line:
            page.insert_text((x, y), line, fontsize=size)
            y += 1.25 * size
            line = word
        else:
            line = trial
    page.insert_text((x, y), line, fontsize=size)
    return y + 1.25 * size


def description_table_pdf(path: Path, *, label_x: float, value_x: float) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    y = _words(page, "Methods", 72, 80, 468, 11)
    y = _words(page, PROSE, 72, y + 4, 468, 9.5)
    page.insert_text((72, y + 10), "Table 1. Study protocol at a glance.", fontsize=8.5)
    y += 30
    page.insert_text((label_x, y), "Parameter", fontsize=8, fontname="hebo")
    page.insert_text((value_x, y), "Detail", fontsize=8, fontname="hebo")
    y += 13
    for label, lines in ROWS:
        page.insert_text((label_x, y), label, fontsize=8, fontname="hebo")
        for text in lines:
            page.insert_text((value_x, y), text, fontsize=8)
            y += 10
        page.draw_line((72, y - 6), (540, y - 6), width=0.3)
        y += 4
    y = _words(page, "Results", 72, y + 16, 468, 11)
    _words(page, PROSE, 72, y + 4, 468, 9.5)
    doc.save(path)
    return path


@pytest.mark.parametrize(("label_x", "value_x"), [(76, 200), (72, 230), (80, 180)],
                         ids=["value-column-at-200", "value-column-at-230", "narrow-labels"])
def test_a_description_table_with_prose_like_value_cells_is_read_as_a_table(
        tmp_path: Path, label_x: float, value_x: float) -> None:
    doc = parse_path(description_table_pdf(tmp_path / "t.pdf", label_x=label_x, value_x=value_x))
    [table] = doc.tables
    assert table.label == "Table 1"
    assert table.rows[0] == ["Parameter", "Detail"]
    got = {r[0]: r[1] for r in table.rows[1:]}
    assert list(got) == [label for label, _ in ROWS]
    assert got["Isolation"] == " ".join(dict(ROWS)["Isolation"])  # the wrapped value is one cell
    assert got["Dose and route"].startswith("150 µg of vesicle protein")
    # The paragraph after the table is running text, not a row.
    assert PROSE in doc.text.replace("\n", " ")


def two_column_page_with_a_narrow_table(path: Path) -> Path:
    """A two-column page: a small table in the left column, prose in the right at its height."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((50, 100), "Table 2. BBB scores (mean ± SD).", fontsize=8)
    y = 118
    for row in (("Group", "Day 7", "Day 28"), ("Sham", "21.0 ± 0.0", "21.0 ± 0.0"),
                ("PBS", "2.1 ± 0.8", "7.1 ± 1.2"), ("Exo", "3.4 ± 0.9", "11.3 ± 1.4")):
        for x, cell in zip((50, 140, 215), row):
            page.insert_text((x, y), cell, fontsize=8)
        y += 12
    _words(page, PROSE + " " + PROSE, 322, 100, 240, 9.5)
    _words(page, PROSE + " " + PROSE, 50, 200, 240, 9.5)
    doc.save(path)
    return path


def test_prose_in_the_next_column_beside_a_table_is_not_taken_into_it(tmp_path: Path) -> None:
    doc = parse_path(two_column_page_with_a_narrow_table(tmp_path / "t.pdf"))
    [table] = doc.tables
    assert [r[0] for r in table.rows] == ["Group", "Sham", "PBS", "Exo"]
    assert all("procedures" not in c for r in table.rows for c in r)


def description_table_then_two_columns_pdf(path: Path) -> Path:
    """The table's last row, then at once two columns of running text (no heading between)."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 90), "Table 1. Study protocol at a glance.", fontsize=8.5)
    y = 110.0
    page.insert_text((72, y), "Parameter", fontsize=8, fontname="hebo")
    page.insert_text((200, y), "Detail", fontsize=8, fontname="hebo")
    for label, lines in ROWS:
        y += 13
        page.insert_text((72, y), label, fontsize=8, fontname="hebo")
        for i, text in enumerate(lines):
            page.insert_text((200, y + 10 * i), text, fontsize=8)
        y += 10 * (len(lines) - 1)
    _words(page, "Short closing line.", 72, y + 16, 230, 8)
    _words(page, PROSE + " " + PROSE, 320, y + 16, 230, 8)
    _words(page, PROSE + " " + PROSE, 72, y + 28, 230, 8)
    doc.save(path)
    return path


def test_the_next_columns_text_under_a_description_table_is_not_a_value_cell(tmp_path: Path) -> None:
    doc = parse_path(description_table_then_two_columns_pdf(tmp_path / "t.pdf"))
    [table] = doc.tables
    assert [r[0] for r in table.rows[1:]] == [label for label, _ in ROWS]
    assert all("procedures" not in c for r in table.rows for c in r)
