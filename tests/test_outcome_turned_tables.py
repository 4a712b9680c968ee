"""A landscape table set sideways on a portrait manuscript page whose line numbers run down the
margin: the bare numbers must not outvote the sideways lines, or the table is lost as prose."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from miner.parse import parse_path

_GRID = [
    ["Group", "Week 1", "Week 2", "Week 4"],
    ["Sham", "21 (21-21)", "21 (21-21)", "21 (21-21)"],
    ["Vehicle", "1 (0-2)", "3 (2-4)", "6 (5-7)"],
    ["Exosome", "2 (1-2)", "4 (3-5)", "8 (7-10)"],
]


def _sideways_page(path: Path, line_numbers: int, with_prose: bool = False) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    # The manuscript's line numbers, upright, down the left margin.
    for i in range(line_numbers):
        page.insert_text((40, 80 + i * 22), str(100 + i), fontsize=7)
    if with_prose:
        for i in range(30):
            page.insert_text((70, 80 + i * 22), f"Upright prose line {i} of the results section here.", fontsize=9)
    # The table turned a quarter: text reads bottom to top, rows step right, columns step up.
    x = 90
    page.insert_text((x, 780), "Table 1. BBB scores, median (interquartile range).", fontsize=9, rotate=90)
    for r, row in enumerate(_GRID):
        for c, cell in enumerate(row):
            page.insert_text((x + 20 + r * 16, 780 - c * 110), cell, fontsize=8, rotate=90)
    doc.save(path)


@pytest.mark.parametrize("line_numbers", [0, 20, 33])
def test_a_sideways_table_is_read_upright_beside_margin_line_numbers(tmp_path: Path, line_numbers: int) -> None:
    pdf = tmp_path / "t.pdf"
    _sideways_page(pdf, line_numbers)
    doc = parse_path(pdf)
    assert any("set sideways" in w for w in doc.warnings)
    rows = [r for t in doc.tables for r in t.rows]
    assert ["Vehicle", "1 (0-2)", "3 (2-4)", "6 (5-7)"] in rows


def test_a_page_of_upright_prose_is_not_turned_for_a_few_sideways_lines(tmp_path: Path) -> None:
    pdf = tmp_path / "t.pdf"
    _sideways_page(pdf, 33, with_prose=True)
    doc = parse_path(pdf)
    assert not any("set sideways" in w for w in doc.warnings)
