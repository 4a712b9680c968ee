"""JATS tables with spanning cells: every grid position a span covers lines up with the body."""

from __future__ import annotations

import pytest

from miner.extract._outcome_header import drop_title_row
from miner.parse._jats import parse_jats


def _jats(table: str) -> bytes:
    return (
        '<article><front><article-meta><title-group><article-title>T</article-title>'
        "</title-group></article-meta></front><body><sec><title>Results</title>"
        f'<table-wrap id="T1"><label>Table 1</label><caption><p>BBB scores</p></caption>'
        f"<table>{table}</table></table-wrap></sec></body></article>"
    ).encode()


def _rows(table: str) -> list[list[str]]:
    doc = parse_jats(_jats(table), name="t.xml")
    assert len(doc.tables) == 1
    return doc.tables[0].rows


def test_rowspan_corner_repeats_down_and_colspan_title_leaves_blanks() -> None:
    rows = _rows(
        '<thead><tr><th rowspan="2">Day</th><th colspan="3">BBB score (mean ± SD)</th></tr>'
        "<tr><th>Sham</th><th>SCI</th><th>SCI + Exo</th></tr></thead>"
        "<tbody><tr><td>7</td><td>21.0 ± 0.0</td><td>3.1 ± 1.0</td><td>4.2 ± 1.1</td></tr></tbody>"
    )
    assert rows == [
        ["Day", "BBB score (mean ± SD)", "", ""],
        ["Day", "Sham", "SCI", "SCI + Exo"],
        ["7", "21.0 ± 0.0", "3.1 ± 1.0", "4.2 ± 1.1"],
    ]
    # The header reader then takes the title off and reads the groups under it.
    body, title = drop_title_row(rows)
    assert title == "BBB score (mean ± SD)"
    assert body[0] == ["Day", "Sham", "SCI", "SCI + Exo"]


def test_rowspan_group_cell_repeats_down_the_rows_it_covers() -> None:
    rows = _rows(
        "<tr><th>Group</th><th>Day</th><th>BBB</th></tr>"
        '<tr><td rowspan="2">Exo</td><td>7</td><td>4.0</td></tr>'
        "<tr><td>28</td><td>9.5</td></tr>"
        "<tr><td>Vehicle</td><td>7</td><td>3.0</td></tr>"
    )
    assert [r[0] for r in rows] == ["Group", "Exo", "Exo", "Vehicle"]
    assert rows[2] == ["Exo", "28", "9.5"]


def test_cell_spanning_rows_and_columns_covers_every_position() -> None:
    rows = _rows(
        '<tr><th rowspan="2" colspan="2">Group / n</th><th colspan="2">Day</th></tr>'
        "<tr><th>7</th><th>28</th></tr>"
        "<tr><td>Exo</td><td>8</td><td>4.0</td><td>9.5</td></tr>"
    )
    assert rows[1] == ["Group / n", "", "7", "28"]
    assert rows[2] == ["Exo", "8", "4.0", "9.5"]


def test_empty_spanned_cells_stay_empty() -> None:
    rows = _rows(
        '<tr><th></th><th colspan="2"></th></tr>'
        "<tr><td>Sham</td><td>21</td><td>21</td></tr>"
    )
    assert rows == [["", "", ""], ["Sham", "21", "21"]]


@pytest.mark.parametrize(
    ("colspan", "rowspan", "width", "height"),
    [
        ("1000", "1", 51, 2),  # capped at 50 columns
        ("-3", "-3", 2, 2),  # negative: one cell
        ("two", "many", 2, 2),  # not a number: one cell
        ("0", "0", 2, 2),
        ("2.5", "", 2, 2),
        ("9" * 5000, "9" * 5000, 2, 2),  # too many digits for int(): one cell
    ],
)
def test_hostile_spans_are_bounded(colspan: str, rowspan: str, width: int, height: int) -> None:
    rows = _rows(
        f'<tr><th colspan="{colspan}" rowspan="{rowspan}">Day</th><th>Sham</th></tr>'
        "<tr><td>7</td><td>21</td></tr>"
    )
    assert len(rows) == height
    assert all(len(r) == len(rows[0]) for r in rows)
    assert len(rows[0]) <= 100
    assert len(rows[0]) == width


def test_many_wide_cells_do_not_grow_the_grid() -> None:
    cells = '<td colspan="50">x</td>' * 200
    rows = _rows(f"<tr>{cells}</tr><tr><td>a</td></tr>")
    assert max(len(r) for r in rows) <= 100


@pytest.mark.parametrize("cell", ["7 DPI", "14 days", "2 Weeks", "4 WPI**", "28 days post-injury"])
def test_bold_time_header_cell_is_not_a_numbered_heading(cell: str) -> None:
    from miner.parse._tables import _NUMBERED, _TIME_CELL

    assert _NUMBERED.match(cell) or cell[0].isdigit()
    assert _TIME_CELL.fullmatch(cell)


@pytest.mark.parametrize("heading", ["3 Results", "2 Materials and Methods", "4 Discussion"])
def test_numbered_section_heading_is_not_a_time_cell(heading: str) -> None:
    from miner.parse._tables import _TIME_CELL

    assert _TIME_CELL.fullmatch(heading) is None
