"""Header labels a PDF reader ran together into one cell: "Mean SEM" over two columns.

When a column's values are narrow ("21.0 | 0.0") the gutter between its "Mean" and "SEM"
labels can be narrower than the reader's word gap, and both labels land in the first cell with
the second left empty. The body still has values in both columns, so the labels are put back
one a column; otherwise the spread column would read as a second mean.
"""

from __future__ import annotations

import re

from miner.extract._outcome_cells import parse_cell
from miner.extract._outcome_header import stat_label

__all__ = ["shift_lone_headers", "split_stat_labels"]

# A spread label written with dots or spaces ("S.E.M.", "S.D.") is one word here.
_WORD = re.compile(r"s\.\s?e\.\s?m\.?|s\.\s?d\.?|\S+", re.IGNORECASE)


def _labels(cell: str) -> list[str] | None:
    """The statistic labels a cell holds when it is one mean label and one or more spread
    labels and nothing else ("Mean SEM", "Mean S.D."). "Mean score" is one label, not two:
    both of its words read as a mean, and spreading it would make the SD column a mean."""
    words = _WORD.findall(cell)
    kinds = [stat_label(w) for w in words]
    if len(kinds) < 2 or kinds.count("mean") != 1:
        return None
    return words if all(k in ("mean", "sd", "sem") for k in kinds) else None


def _header_rows(rows: list[list[str]]) -> int:
    """How many of the first three rows hold no value after the stub: the header rows."""
    head = 0
    while head < min(3, len(rows)) and not any(parse_cell(c) for c in rows[head][1:]):
        head += 1
    return head


def split_stat_labels(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with each header cell of k run-together statistic labels ("Mean SEM") spread
    over it and the k - 1 empty cells after it, when every body row fills those k columns."""
    head = _header_rows(rows)
    body = rows[head:]
    if not body or head == 0:
        return rows
    out = [list(r) for r in rows]
    for i in range(head):
        r = out[i]
        for j, cell in enumerate(r):
            words = _labels(cell) if j > 0 else None
            if words is None or j + len(words) > len(r):
                continue
            span = range(j, j + len(words))
            if any(r[k].strip() for k in span[1:]):
                continue
            filled = all(
                k < len(b) and parse_cell(b[k]) is not None
                for b in body
                if any(b[1:])
                for k in span
            )
            if filled:
                for k, w in zip(span, words, strict=True):
                    r[k] = w
    return out


def shift_lone_headers(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with a header that a PDF reader put one column off its values moved onto them.

    A header cell ("7 dpi") over a column no value row fills, beside a column of values under
    an empty header, is that column's header: the label's and the numbers' x-positions fell
    into different column bands. Only when exactly one neighbour fits, and the two columns are
    never filled in the same value row.
    """
    head = _header_rows(rows)
    if head == 0 or head >= len(rows):
        return rows
    width = max(len(r) for r in rows)
    out = [list(r) + [""] * (width - len(r)) for r in rows]
    values = [r for r in out[head:] if any(parse_cell(c) for c in r[1:])]
    if len(values) < 2:
        return rows

    def has_head(j: int) -> bool:
        return any(out[i][j].strip() for i in range(head))

    def filled(j: int) -> int:
        return sum(1 for r in values if r[j].strip())

    moved = False
    for j in range(1, width):
        if not has_head(j) or filled(j):
            continue
        fits = [
            k
            for k in (j - 1, j + 1)
            if 0 < k < width
            and not has_head(k)
            and filled(k) * 2 >= len(values)
            and all(parse_cell(r[k]) is not None for r in values if r[k].strip())
        ]
        if len(fits) == 1:
            k = fits[0]
            for i in range(head):
                out[i][k], out[i][j] = out[i][j], ""
            moved = True
    return out if moved else rows
