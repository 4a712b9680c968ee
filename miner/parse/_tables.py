"""Tables in PDFs from aligned words: cheap, and works with or without ruling lines.

``page.find_tables()`` costs about 0.35 s per page (a hundred times the text
extraction) and, with its default line strategy, misses the many journal
tables drawn with only two or three horizontal rules. So tables are found from
what the text layer already gives: a "Table N" caption, then the rows below it,
whose pieces (PyMuPDF puts each cell on its own line) line up in columns. Pages
without a caption get a cheaper check for runs of aligned multi-cell rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from miner.parse._layout import Frag, PLine
from miner.parse._sections import FIGURE_CAPTION, TABLE_CAPTION

__all__ = ["FoundTable", "cells", "find_tables"]

BBox = tuple[float, float, float, float]
_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s+[A-Z]")


@dataclass(slots=True)
class FoundTable:
    rows: list[list[str]]
    row_boxes: list[BBox]
    bbox: BBox
    caption_lines: list[PLine] = field(default_factory=list)
    note_lines: list[PLine] = field(default_factory=list)
    used: list[PLine] = field(default_factory=list)
    label: str | None = None


def _body_like(ln: PLine, col_width: float) -> bool:
    """A line of running text, not a table cell: long, one piece, most of a column wide."""
    return (
        len(ln.frags) <= 1
        and len(ln.text) >= 45
        and ln.width >= 0.55 * col_width
        and ln.text.count(" ") >= 5
    )


def _rows(lines: list[PLine]) -> list[list[PLine]]:
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


def cells(rows: list[list[PLine]], size: float) -> tuple[list[list[str]], list[BBox]]:
    """Rows of lines -> rows of cell strings, columns from the best-filled rows."""
    frag_rows: list[list[Frag]] = []
    for row in rows:
        frags = [f for ln in row for f in (ln.frags or [Frag(ln.text, ln.bbox)])]
        frag_rows.append(sorted(frags, key=lambda f: f.bbox[0]))
    most = max(len(r) for r in frag_rows)
    cols: list[list[float]] = []
    for r in frag_rows:
        if len(r) < max(2, 0.7 * most):
            continue
        for f in r:
            for c in cols:
                if f.bbox[0] < c[1] + 1 and f.bbox[2] > c[0] - 1:
                    c[0], c[1] = min(c[0], f.bbox[0]), max(c[1], f.bbox[2])
                    break
            else:
                cols.append([f.bbox[0], f.bbox[2]])
    cols.sort()
    merged: list[list[float]] = []
    for c in cols:
        if merged and c[0] < merged[-1][1] - 1:
            merged[-1][1] = max(merged[-1][1], c[1])
        else:
            merged.append(list(c))
    if not merged:
        return [[" ".join(f.text for f in r)] for r in frag_rows], [_box(r) for r in frag_rows]

    def column_of(f: Frag) -> int:
        mid = (f.bbox[0] + f.bbox[2]) / 2
        best, dist = 0, float("inf")
        for i, (a, b) in enumerate(merged):
            d = 0.0 if a - 1 <= mid <= b + 1 else min(abs(mid - a), abs(mid - b))
            # A left-aligned cell wider than its column still starts inside it.
            if a - 1 <= f.bbox[0] <= b + 1:
                d = min(d, 0.5)
            if d < dist:
                best, dist = i, d
        return best

    out: list[list[str]] = []
    boxes: list[BBox] = []
    prev_bottom = None
    for r in frag_rows:
        row = [""] * len(merged)
        for f in r:
            i = column_of(f)
            row[i] = f"{row[i]} {f.text}".strip()
        box = _box(r)
        filled = sum(1 for c in row if c)
        # A wrapped cell's second line: close under the previous row and sparse.
        if (
            out
            and prev_bottom is not None
            and box[1] - prev_bottom < 0.3 * size
            and filled <= len(merged) / 2
        ):
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], row, strict=True)]
            boxes[-1] = _union(boxes[-1], box)
        else:
            out.append(row)
            boxes.append(box)
        prev_bottom = box[3]
    return out, boxes


def _box(frags: list[Frag]) -> BBox:
    return (
        min(f.bbox[0] for f in frags),
        min(f.bbox[1] for f in frags),
        max(f.bbox[2] for f in frags),
        max(f.bbox[3] for f in frags),
    )


def _union(a: BBox, b: BBox) -> BBox:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _is_caption(ln: PLine) -> bool:
    return bool(TABLE_CAPTION.match(ln.text) or FIGURE_CAPTION.match(ln.text))


def find_tables(
    lines: list[PLine], gutter: tuple[float, float] | None, body_size: float, pitch: float
) -> list[FoundTable]:
    """Tables on one page: captioned ones first, then uncaptioned aligned blocks."""
    if not lines:
        return []
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    used: set[int] = set()
    found: list[FoundTable] = []
    ordered = sorted(lines, key=lambda x: (x.y0, x.x0))
    for cap in [ln for ln in ordered if TABLE_CAPTION.match(ln.text)]:
        if id(cap) in used:
            continue
        xr = (left, right)
        # Running text is judged against a column's width, not the page's.
        col_width = (gutter[0] - left) if gutter is not None else right - left
        if gutter is not None and (cap.x1 <= gutter[0] + 2 or cap.x0 >= gutter[1] - 2):
            col = (left, gutter[0] + 2) if cap.x1 <= gutter[0] + 2 else (gutter[1] - 2, right)
            other = [ln for ln in ordered if not (col[0] <= ln.x0 and ln.x1 <= col[1])]
            near = [ln for ln in other if cap.y1 < ln.y0 < cap.y1 + 6 * pitch]
            beside = [ln for ln in other if abs(ln.y0 - cap.y0) < 2 * cap.size and _is_caption(ln)]
            # The table stays in its column when the other column holds text or its own float.
            if beside or not near or any(_body_like(ln, col[1] - col[0]) for ln in near):
                xr = col
        inside = [
            ln for ln in ordered if id(ln) not in used and xr[0] - 2 <= ln.x0 and ln.x1 <= xr[1] + 2
        ]
        caption = [cap]
        rest = [ln for ln in inside if ln.y0 > cap.y0 + 0.5 and ln is not cap]
        # Caption continuation: same style, tight under the caption, one piece.
        while rest and len(rest[0].frags) <= 1 and rest[0].y0 - caption[-1].y1 < 0.6 * cap.size:
            if abs(rest[0].size - cap.size) > 0.4 or _is_caption(rest[0]):
                break
            same_row = [
                ln for ln in rest[1:] if ln.y0 < rest[0].y1 - 0.3 * (rest[0].y1 - rest[0].y0)
            ]
            if same_row:
                break
            caption.append(rest.pop(0))
        table_lines: list[PLine] = []
        bottom = caption[-1].y1
        for ln in rest:
            if ln.y0 - bottom > max(2.5 * pitch, 3 * ln.size):
                break
            if _is_caption(ln) or (_body_like(ln, col_width) and ln.size >= body_size - 0.3):
                break
            if ln.size >= max(body_size, cap.size) + 0.9 or (ln.bold and _NUMBERED.match(ln.text)):
                break  # a section heading below the table
            table_lines.append(ln)
            bottom = max(bottom, ln.y1)
        rows = _rows(table_lines)
        notes: list[PLine] = []
        # Table footnotes: smaller type right under the last row.
        while rows and len(rows[-1]) == 1 and _body_like(rows[-1][0], col_width):
            notes.insert(0, rows.pop()[0])
        if len(rows) < 2 or max(sum(len(ln.frags) or 1 for ln in r) for r in rows) < 2:
            continue
        rest_after = [ln for ln in rest if ln.y0 >= bottom - 0.5 and ln not in table_lines]
        for ln in rest_after:
            if ln.size < body_size - 0.4 and ln.y0 - bottom < 1.6 * pitch and not _is_caption(ln):
                notes.append(ln)
                bottom = ln.y1
            else:
                break
        table_rows, boxes = cells(rows, cap.size)
        member = [ln for r in rows for ln in r]
        label = TABLE_CAPTION.match(cap.text)
        ft = FoundTable(
            rows=table_rows,
            row_boxes=boxes,
            bbox=_box([Frag("", ln.bbox) for ln in member]),
            caption_lines=caption,
            note_lines=notes,
            used=caption + member + notes,
            label=f"Table {label.group(1)}" if label else None,
        )
        used.update(id(ln) for ln in ft.used)
        found.append(ft)
    found.extend(_uncaptioned(ordered, used, body_size))
    return found


def _uncaptioned(ordered: list[PLine], used: set[int], body_size: float) -> list[FoundTable]:
    """Runs of at least three rows that each have three or more aligned short pieces."""
    free = [ln for ln in ordered if id(ln) not in used]
    rows = _rows(free)
    out: list[FoundTable] = []
    run: list[list[PLine]] = []

    def pieces(row: list[PLine]) -> int:
        return sum(len(ln.frags) or 1 for ln in row)

    def close() -> None:
        if len(run) >= 3:
            starts = [
                sorted(round(f.bbox[0]) for ln in r for f in (ln.frags or [Frag(ln.text, ln.bbox)]))
                for r in run
            ]
            # Columns must line up: most rows share their piece starts with the first.
            ref = set(starts[0])
            aligned = sum(
                1
                for s in starts[1:]
                if len(ref & {x + d for x in s for d in (-2, -1, 0, 1, 2)}) >= 2
            )
            if aligned >= len(run) - 2:
                table_rows, boxes = cells(run, body_size)
                member = [ln for r in run for ln in r]
                out.append(
                    FoundTable(
                        rows=table_rows,
                        row_boxes=boxes,
                        bbox=_box([Frag("", ln.bbox) for ln in member]),
                        used=member,
                    )
                )
        run.clear()

    for row in rows:
        short = all(len(ln.text) < 40 for ln in row)
        if pieces(row) >= 3 and short:
            if run and row[0].y0 - max(ln.y1 for ln in run[-1]) > 3 * body_size:
                close()
            run.append(row)
        else:
            close()
    close()
    return out
