"""What the PDF table finder returns, and the grouping of lines into visual rows it shares.

:mod:`miner.parse._tables` (captioned tables) and :mod:`miner.parse._uncaptioned`
(aligned blocks without a caption) both build :class:`FoundTable` records from
rows made by :func:`rows_of`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from miner.parse._lines import BBox, PLine

__all__ = ["PROSE_WORD", "FoundTable", "rows_of"]


@dataclass(slots=True)
class FoundTable:
    rows: list[list[str]]
    row_boxes: list[BBox]
    bbox: BBox
    caption_lines: list[PLine] = field(default_factory=list)
    note_lines: list[PLine] = field(default_factory=list)
    used: list[PLine] = field(default_factory=list)
    label: str | None = None


# A word of running text, with the punctuation that may follow it.
PROSE_WORD = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)*[,;.]?")


def rows_of(lines: list[PLine]) -> list[list[PLine]]:
    """Group lines into visual rows by vertical overlap (boxes shrunk to skip touching rows)."""
    rows: list[list[PLine]] = []
    bottom = -1e9
    top = -1e9
    for ln in sorted(lines, key=lambda x: (x.y0, x.x0)):
        h = ln.y1 - ln.y0
        y0, y1 = ln.y0 + 0.25 * h, ln.y1 - 0.25 * h
        if rows and y0 < bottom and y1 > top:
            rows[-1].append(ln)
            bottom = max(bottom, y1)
        else:
            rows.append([ln])
            top, bottom = y0, y1
    return rows
