"""More page layouts: pinned one habit at a time on small PDFs drawn here.

- a table set across three narrow columns, whose note is followed by column text
  in body type: the column text is prose, not part of the table's note;
- a citation line printed as the running head and again over the title on page 1:
  the page-1 copy stays in the text;
"""

from __future__ import annotations

import pymupdf
from miner.parse import parse_pdf
from miner.parse.model import BlockKind

W, H = 612.0, 792.0

COLUMN_TEXT = [
    "By day 28 the treated group scored",
    "higher than the vehicle group, and",
    "the difference held to the end of the",
    "study in every animal that was scored.",
]


def _pdf(draw) -> bytes:  # type: ignore[no-untyped-def]
    doc = pymupdf.open()
    for k in range(3):
        page = doc.new_page(width=W, height=H)
        draw(page, k)
    data = doc.tobytes()
    doc.close()
    return data


def _three_col_table(page: pymupdf.Page, k: int) -> None:
    page.insert_text((40, 30), "Journal of Test Layouts 2021; 3:12", fontsize=7)
    if k:
        for i in range(40):
            page.insert_text((40 + 190 * (i % 3), 80 + 10 * (i // 3)),
                             "Filler words of a later page set in columns", fontsize=8)
        return
    page.insert_text((46, 70), "Table 1. BBB scores (mean ± SEM)", fontsize=7)
    rows = [["Group", "Day 7", "Day 14", "Day 28"], ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
            ["Vehicle", "4.1 ± 0.6", "6.3 ± 0.7", "8.2 ± 0.7"], ["Exo", "5.0 ± 0.6", "8.4 ± 0.7", "11.6 ± 0.9"]]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            page.insert_text((52 + 130 * c, 90 + 12 * r), cell, fontsize=6.5)
    page.insert_text((46, 136), "Sham, laminectomy only. Two-way repeated-measures ANOVA, Tukey test.", fontsize=7)
    for i, line in enumerate(COLUMN_TEXT):
        page.insert_text((46, 158 + 10.5 * i), line, fontsize=8)
    # Only the first column has text on this last page (no gutter to find); the
    # later pages' columns make 8 pt the body size.


def test_column_text_under_a_full_width_table_is_not_its_note() -> None:
    doc = parse_pdf(_pdf(_three_col_table), name="t.pdf")
    assert [t.rows[-1][-1] for t in doc.tables] == ["11.6 ± 0.9"]
    notes = [b.text for b in doc.blocks if b.kind == BlockKind.CAPTION]
    assert not any("By day 28" in n for n in notes)
    assert any(b.kind != BlockKind.CAPTION and b.text.startswith("By day 28 the treated group") for b in doc.blocks)


def _citation_head(page: pymupdf.Page, k: int) -> None:
    page.insert_text((40, 30), "Journal of Test Layouts 2021; 3(4):e12", fontsize=7)
    page.insert_text((520, 30), str(k + 1), fontsize=7)
    y = 60.0
    if k == 0:
        page.insert_text((40, 60), "Journal of Test Layouts 2021; 3(4):e12", fontsize=8)
        page.insert_text((40, 90), "A title about vesicles in rats", fontsize=14)
        y = 120.0
    for i in range(30):
        page.insert_text((40, y + 12 * i), f"Body text line {i} of the page set at ten points.", fontsize=10)


def test_a_running_citation_line_repeated_over_the_title_stays_on_page_one() -> None:
    doc = parse_pdf(_pdf(_citation_head), name="t.pdf")
    page_one = [b.text for b in doc.blocks if b.page == 1]
    assert any(t.startswith("Journal of Test Layouts 2021; 3(4):e12") for t in page_one)
    assert sum(t.count("Journal of Test Layouts") for t in (b.text for b in doc.blocks)) == 1
    assert "Journal of Test Layouts 2021; 3(4):e12" in doc.metadata.get("running_heads", [])
