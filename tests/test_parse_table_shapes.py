"""PDF table headers of several levels: a column head wider than its values beside spanning heads.

The pages are drawn here word by word, in our own wording, at the places typesetters put them.
"""

from __future__ import annotations

import pymupdf
import pytest

from miner.parse import parse_pdf

DAYS = ["D7", "D14", "D28"]


def _page(last_head: str, last_x: float, *, span_right: bool = True) -> bytes:
    """A landscape page: caption, spanning heads "BBB score" / "Inclined plane (°)" over days,
    a stub head "Group" and ``last_head`` set level with it over a last column of values."""
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_text((60, 50), "Table 1. Behavioural outcomes, mean (SD).", fontsize=9)
    xs = [130 + 45 * i for i in range(6)]
    page.insert_text((170, 75), "BBB score", fontsize=7.5)
    if span_right:
        page.insert_text((300, 75), "Inclined plane (°)", fontsize=7.5)
    page.insert_text((60, 81), "Group", fontsize=7.5)
    page.insert_text((last_x, 81), last_head, fontsize=7.5)
    for x, d in zip(xs, DAYS + DAYS, strict=True):
        page.insert_text((x, 88), d, fontsize=7.5)
    rows = [
        ("Sham", "21.0 (0.0)", "61.5 (2.0)", "301 (14)"),
        ("SCI", "3.3 (1.1)", "30.2 (3.1)", "266 (15)"),
    ]
    for k, (label, bbb, incl, last) in enumerate(rows):
        y = 101 + 13 * k
        page.insert_text((60, y), label, fontsize=7.5)
        for i, x in enumerate(xs):
            page.insert_text((x, y), bbb if i < 3 else incl, fontsize=7.5)
        page.insert_text((last_x, y), last, fontsize=7.5)
    data = doc.tobytes()
    doc.close()
    return data


@pytest.mark.parametrize("last_head", ["Body weight (g)", "Weight (g)", "Lesion size (mm)"])
def test_a_last_column_head_wider_than_its_values_stays_over_its_column(last_head: str) -> None:
    doc = parse_pdf(_page(last_head, 420), name="t.pdf")
    assert doc.tables, "the table is found"
    grid = doc.tables[0].rows
    header = " | ".join(grid[0])
    assert last_head in grid[0][-1]
    # The days under "BBB score" keep their own head: no other column's words run into it.
    assert last_head not in " ".join(grid[0][:-1]), header
    sham = next(r for r in grid if r[0] == "Sham")
    assert sham[-1] == "301 (14)"
    assert sham[1] == "21.0 (0.0)"
