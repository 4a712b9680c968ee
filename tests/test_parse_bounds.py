"""The table reader's cost stays near-linear in the size of a row and of a table.

Table rows and tables have no size limit in a PDF: a hostile (or merely huge)
one must not stall the parser. Each case below builds the line records the
table reader takes, many times the size of any real table, and asserts that
reading it into a grid finishes well inside a generous bound on a shared,
slow machine (the old quadratic-per-fragment code took minutes on these).
"""

from __future__ import annotations

import time

import pytest

from miner.parse._cells import cells
from miner.parse._columns import _beside
from miner.parse._lines import Frag, PLine

BOUND_S = 5.0  # generous: a linear reader takes well under a second here
SIZE = 8.0


def _line(frags: list[Frag], y: float) -> PLine:
    x0 = min(f.bbox[0] for f in frags)
    x1 = max(f.bbox[2] for f in frags)
    return PLine(" ".join(f.text for f in frags), (x0, y, x1, y + SIZE), SIZE, False, 1, frags)


def _cell(text: str, x: float, y: float, width: float = 18.0) -> Frag:
    return Frag(text, (x, y, x + width, y + SIZE))


def _timed(rows: list[list[PLine]]) -> tuple[list[list[str]], float]:
    start = time.perf_counter()
    grid, boxes = cells(rows, SIZE)
    elapsed = time.perf_counter() - start
    assert len(grid) == len(boxes)
    return grid, elapsed


def _wide_table(n_cols: int) -> list[list[PLine]]:
    """A stub, then ``n_cols`` value columns under heads that each span two of them
    ("Day k" over "Mean | SD"), as a long time course is often set."""
    pitch = 24.0
    heads = [_cell("Group", 0, 0, 30)] + [
        _cell(f"Day {k} post", 40 + 2 * k * pitch, 0, 2 * pitch - 4) for k in range(n_cols // 2)
    ]
    sub = [_cell("Mean" if j % 2 == 0 else "SD", 40 + j * pitch, 12) for j in range(n_cols)]
    data = [
        [_cell(f"Rat {r}", 0, 24 + 12 * r, 30)]
        + [_cell(f"{(r + j) % 21}.{j % 10}", 40 + j * pitch, 24 + 12 * r) for j in range(n_cols)]
        for r in range(3)
    ]
    return [[_line(heads, 0)], [_line(sub, 12)], *([_line(d, d[0].bbox[1])] for d in data)]


@pytest.mark.parametrize("n_cols", [2000])
def test_a_row_of_thousands_of_fragments_is_read_in_bounded_time(n_cols: int) -> None:
    rows = _wide_table(n_cols)
    assert max(len(r[0].frags) for r in rows) >= 2000
    grid, elapsed = _timed(rows)
    assert elapsed < BOUND_S, f"{elapsed:.1f} s for a row of {n_cols} fragments"
    # Far wider than any table a reader extracts from: each row is kept whole, nothing lost.
    last = " ".join(c for c in grid[-1] if c)
    assert last.startswith("Rat 2 ") and all(f.text in last for f in rows[-1][0].frags)


@pytest.mark.parametrize(("n_frags", "n_cols"), [(2000, 40), (2000, 8)])
def test_a_row_of_thousands_of_fragments_in_a_few_columns_is_read_in_bounded_time(
    n_frags: int, n_cols: int
) -> None:
    # A writer that draws every character as its own piece: a few columns, each of many
    # touching fragments, over rows of one value a column. Each fragment is judged by the
    # rest of its row (how its cells span, whether a stub stands alone).
    per = n_frags // n_cols
    w = 60.0 / per  # each column's pieces fill 60 pt, with 40 pt to the next column
    head = [_cell("x", 100.0 * j + w * i, 0, w) for j in range(n_cols) for i in range(per)]
    values = [
        [_cell(f"{r}.{j}", 100.0 * j + 10, 12 + 12 * r, 20) for j in range(n_cols)] for r in range(3)
    ]
    rows = [[_line(head, 0)], *([_line(v, v[0].bbox[1])] for v in values)]
    grid, elapsed = _timed(rows)
    assert elapsed < BOUND_S, f"{elapsed:.1f} s for a row of {n_frags} fragments in {n_cols} columns"
    assert len(grid[0]) == n_cols  # read as a grid: each column's pieces stay in it


def test_a_row_of_thousands_of_unaligned_words_is_read_in_bounded_time() -> None:
    # One line of many words set apart (a hostile PDF draws each word as its own span),
    # over rows of other words: the worst case for per-fragment looks over the row.
    rows = [
        [_line([_cell(f"w{j}", 10.0 * j + (r % 3), 12 * r, 7) for j in range(2000)], 12 * r)]
        for r in range(3)
    ]
    _, elapsed = _timed(rows)
    assert elapsed < BOUND_S, f"{elapsed:.1f} s for rows of 2000 words"


def _drawn_apart(text: str, x: float, y: float) -> list[Frag]:
    """A "mean ± SD" cell its writer drew as three touching pieces."""
    mean, pm, sd = text.split(" ")
    return [_cell(mean, x, y, 14), _cell(pm, x + 14.5, y, 3.5), _cell(sd, x + 18.5, y, 11.5)]


@pytest.mark.parametrize("n_rows", [500])
def test_a_table_of_many_rows_is_read_in_bounded_time(n_rows: int) -> None:
    # Twenty value columns of cells drawn in pieces, and every fourth row's label wrapped
    # over two lines with its values set level with the label's middle.
    n_cols = 20
    rows: list[list[PLine]] = []
    y = 0.0
    for r in range(n_rows):
        values = [p for j in range(n_cols) for p in _drawn_apart(f"{r % 21}.{j} ± 0.{j}", 60 + 50 * j, y)]
        if r % 4 == 3:
            rows.append([_line([_cell(f"SCI + Exo {r}", 0, y, 40)], y)])
            level = [Frag(f.text, (f.bbox[0], y + 4.5, f.bbox[2], y + 4.5 + SIZE)) for f in values]
            rows.append([_line([_cell("(high dose)", 0, y + 9, 40), *level], y + 9)])
            y += 30
        else:
            rows.append([_line([_cell(f"Group {r}", 0, y, 40), *values], y)])
            y += 20
    grid, elapsed = _timed(rows)
    assert elapsed < BOUND_S, f"{elapsed:.1f} s for a table of {n_rows} rows"
    # Read as a grid: a stub and twenty value columns, each cell whole.
    assert len(grid[0]) == n_cols + 1
    assert grid[0][1:3] == ["0.0 ± 0.0", "0.1 ± 0.1"]


def test_the_row_check_beside_a_narrow_gutter_is_not_quadratic():
    # 2,999 lines crossing one gutter and none across the other: every pair used to be tried
    # (1.3 s a call, and it runs once per stretch of a page).
    lines = [PLine("w", (300, i * 1.0, 320, i * 1.0 + 0.5), 10.0, False, 1) for i in range(2999)]
    t = time.perf_counter()
    assert not _beside(lines, (290, 330), (400, 410))
    assert time.perf_counter() - t < 0.3
