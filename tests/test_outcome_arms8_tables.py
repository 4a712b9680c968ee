"""Multi-arm score tables as a PDF reader hands them over: a header one column off its values.

When a header label ("7 dpi") and the numbers under it sit in slightly different x-bands, the
reader puts the label over an empty column and the values under an empty header. The label is
moved onto the values beside it when exactly one neighbour fits; otherwise nothing moves.
"""

from __future__ import annotations

import pytest
from _outcome_docs import table_rows

from miner.extract._outcome_merged import shift_lone_headers

SIX = ["Sham", "Vehicle", "Cur", "Exo", "Exo-Cur (72 h)", "Exo-Cur (1 h)"]
CAPTION = "BBB scores (mean ± SD; n = 8 per group) at days post-injury (dpi)."


def _grid(header: list[str], offsets: dict[int, int]) -> list[list[str]]:
    """Six groups' values at the header's days, each day's values shifted by ``offsets``."""
    width = len(header)
    grid = [header]
    for i, g in enumerate(SIX):
        row = [g] + [""] * (width - 1)
        for d in range(1, width):
            if header[d]:
                row[d + offsets.get(d, 0)] = f"{3 + i + d}.0 ± 1.0"
        grid.append(row)
    return grid


@pytest.mark.parametrize(
    ("header", "offsets"),
    [
        (["Group", "3 dpi", "7 dpi", "", "14 dpi", "", "28 dpi"], {2: 1}),
        (["Group", "", "3 dpi", "7 dpi", "14 dpi"], {2: -1}),
        (["Group", "Day 3", "Day 7", "", "Day 14", "Day 28", ""], {2: 1, 5: 1}),
    ],
)
def test_a_header_one_column_off_its_values_still_names_them(
    header: list[str], offsets: dict[int, int]
) -> None:
    got = table_rows(_grid(header, offsets), CAPTION)
    expected = {
        (g, float("".join(ch for ch in h if ch.isdigit())), 3.0 + i + d)
        for i, g in enumerate(SIX)
        for d, h in enumerate(header)
        if d > 0 and h
    }
    assert {(r[0], r[2], r[3]) for r in got} == expected


def test_a_label_between_two_value_columns_moves_nowhere() -> None:
    # Both neighbours are unlabelled value columns: which one it names is a guess.
    rows = [["Group", "", "7 dpi", ""], ["Sham", "21.0", "", "21.0"], ["Exo", "5.0", "", "6.0"]]
    assert shift_lone_headers(rows) == rows


def test_aligned_tables_are_left_as_they_are() -> None:
    rows = [["Group", "7 dpi", "14 dpi"], ["Sham", "21.0 ± 0", "21.0 ± 0"], ["Exo", "5.0 ± 1", "8.0 ± 1"]]
    assert shift_lone_headers(rows) == rows


def test_an_empty_column_beside_a_filled_one_does_not_take_a_label_that_has_values() -> None:
    rows = [["Group", "7 dpi", ""], ["Sham", "21.0", ""], ["Exo", "5.0", ""]]
    assert shift_lone_headers(rows) == rows
