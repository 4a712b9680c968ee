"""Table grids from a table's lines: columns from the best-filled rows, spanning
headers placed over the columns they govern, wrapped cells joined to their row.

Pure functions over ``PLine``/``Frag``; :mod:`miner.parse._tables` finds where a
table is and hands its rows of lines here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from statistics import median

from miner.parse._cell_runs import _label_and_values, _pieces, _runs, _value_run
from miner.parse._lines import Frag, PLine, union

__all__ = ["box_of", "cells"]

BBox = tuple[float, float, float, float]

# A grid of more columns than this is no table a reader extracts from: a landscape page
# (842 pt) would give each cell under 14 pt with its gutter. The widest tables in the
# field's papers have about 20 columns (a time course of means and SDs). Past the cap a
# table's rows are kept whole, one cell each, as when no columns are found: reading a
# grid costs columns x fragments per row, and a hostile PDF would make both thousands.
_MAX_COLUMNS = 60


def cells(rows: list[list[PLine]], size: float) -> tuple[list[list[str]], list[BBox]]:
    """Rows of lines -> rows of cell strings, columns from the best-filled rows."""
    frag_rows: list[list[Frag]] = []
    for row in rows:
        frags = [f for ln in row for f in (ln.frags or [Frag(ln.text, ln.bbox)])]
        # Cells set a few points apart come as one fragment: its values are cells of their own.
        frags = [p for f in frags for p in (_runs(f, _value_run) or [f])]
        # The row's label run into its first values: the label stays in the stub.
        if len(frags) >= 2 or len(frags) == 1 and len(_runs(frags[0], _label_and_values)) >= 3:
            first = min(frags, key=lambda f: f.bbox[0])
            frags = [p for f in frags
                     for p in ((_runs(f, _label_and_values) or [f]) if f is first else [f])]
        frag_rows.append(sorted(frags, key=lambda f: f.bbox[0]))
    most = max(len(r) for r in frag_rows)
    cols: list[list[float]] = []
    # The fullest rows first: a row with fewer cells does not bridge two columns they keep
    # apart (its cell runs over a narrow gutter, or spans both).
    # Among rows as full, data rows first: a head wider than its column ("Pre-injury" over
    # "21.0") reaching the next column's values would otherwise bridge the two.
    data_cols = False  # the columns so far come from a row of values
    for r in sorted(frag_rows, key=lambda r: (len(r), sum(1 for f in r if _DATUM.match(f.text))), reverse=True):
        if len(r) < max(2, 0.7 * most) or len(cols) > _MAX_COLUMNS:
            continue
        for f in r:
            if len(cols) > _MAX_COLUMNS:
                break
            hits = [c for c in cols if f.bbox[0] < c[1] + 1 and f.bbox[2] > c[0] - 1]
            if len(hits) >= 2 and (len(r) < most or (data_cols and not _DATUM.match(f.text))):
                continue
            for c in cols:
                if f.bbox[0] < c[1] + 1 and f.bbox[2] > c[0] - 1:
                    c[0], c[1] = min(c[0], f.bbox[0]), max(c[1], f.bbox[2])
                    break
            else:
                cols.append([f.bbox[0], f.bbox[2]])
        data_cols = data_cols or sum(1 for f in r if _DATUM.match(f.text)) >= 2
    cols.sort()
    merged: list[list[float]] = []
    for c in cols:
        if merged and c[0] < merged[-1][1] - 1:
            merged[-1][1] = max(merged[-1][1], c[1])
        else:
            merged.append(list(c))
    if not merged or len(cols) > _MAX_COLUMNS:
        return [[" ".join(f.text for f in r)] for r in frag_rows], [box_of(r) for r in frag_rows]
    # Words run over a gutter ("Sham SCI + PBS SCI + Exo", "Mean SD Mean SD") split at it.
    frag_rows = [_split_row(r, merged) for r in frag_rows]
    frag_rows = _centred_wraps(frag_rows, size)

    reach = [(a - 1, b + 1, a, b) for a, b in merged]

    def column_of(f: Frag) -> int:
        x0 = f.bbox[0]
        mid = (x0 + f.bbox[2]) / 2
        best, dist = 0, float("inf")
        for i, (lo, hi, a, b) in enumerate(reach):
            if lo <= mid <= hi:
                d = 0.0
            else:
                d, e = abs(mid - a), abs(mid - b)
                d = min(d, e)
            # A left-aligned cell wider than its column still starts inside it.
            if d > 0.5 and lo <= x0 <= hi:
                d = 0.5
            if d < dist:
                best, dist = i, d
                if d == 0.0:
                    break  # no later column is nearer
        if dist > 0.5:
            # In a gutter, centred over the columns on both sides: a head spanning both,
            # set in the first column it governs (as :func:`_spanning` places heads).
            j = best if mid > reach[best][3] else best - 1
            if 0 <= j < len(reach) - 1 and reach[j][3] < mid < reach[j + 1][2]:
                a, b = reach[j][2], reach[j + 1][3]
                if abs(mid - (a + b) / 2) <= 1.0 + 0.05 * (b - a):
                    return j
        return best

    full = [k for k, r in enumerate(frag_rows) if len(r) >= max(2, 0.7 * most)]
    # Spanning headers ("Days post-injury" over the days) sit in the sparse rows
    # above the first row that fills at least half of the columns.
    head_zone = next((k for k, r in enumerate(frag_rows) if len(r) >= max(2, 0.5 * len(merged))), 0)
    head_zone = min(head_zone, 3)
    centres = _cell_centres(merged, [frag_rows[k] for k in full], column_of)
    grid: list[list[str]] = []
    row_boxes: list[BBox] = []
    for k, r in enumerate(frag_rows):
        texts = [""] * len(merged)
        placed = _spanning(r, merged, centres) if k < head_zone else {}
        for f in r:
            i = placed.get(id(f), None)
            if i is None:
                i = column_of(f)
            texts[i] = f"{texts[i]} {f.text}".strip()
        grid.append(texts)
        row_boxes.append(box_of(r))
    # Where a row's text stands, from its cells' common bottom and the table's
    # usual line height: superscript markers ("8.3*#", "9.9 (1.8)a") raise the
    # tops of the boxes and would make the gap above a row look like a wrap.
    height = median(f.bbox[3] - f.bbox[1] for r in frag_rows for f in r)
    cores = [(median(f.bbox[3] for f in r) - height, median(f.bbox[3] for f in r)) for r in frag_rows]
    return _join_wrapped(grid, row_boxes, size, cores)


def _join_wrapped(grid: list[list[str]], boxes: list[BBox], size: float,
                  cores: list[tuple[float, float]] | None = None
                  ) -> tuple[list[list[str]], list[BBox]]:  # fmt: skip
    """Rows that are the second line of a wrapped cell join the row above.

    Typesetters pad between rows more than between the lines of one cell, so the
    table's own row separation (the smallest gap above a row that starts a new
    row label) tells wrapped lines apart: a row clearly closer to the one above
    than that, and with an empty label cell or most cells empty, continues it.
    Without two labelled rows to measure, only a gap under 0.3 em counts.
    """
    n = len(grid[0]) if grid else 0
    starts = [boxes[k][1] - boxes[k - 1][3] for k in range(1, len(grid)) if grid[k][0]]
    sep = min(starts) if len(starts) >= 2 else None
    # The same separation measured between where most of each row's cells stand:
    # one superscript ("5 × 10^9") raises its row's box, and the box gap above
    # it would pass for the table's row separation. A row with an empty label
    # cell that sits clearly closer than that continues the cells above.
    core_gaps = [cores[k][0] - cores[k - 1][1] for k in range(1, len(grid))] if cores else []
    core_starts = [g for k, g in enumerate(core_gaps, 1) if grid[k][0]]
    core_min = min(core_starts) if len(core_starts) >= 2 else None
    # A wrapped row label ("I/R +" over "MenSC-Exo", each line with its cells'
    # second lines beside it) fills the label cell too: measured between where
    # most cells stand, such a row sits far closer to the one above than the
    # table's rows do, and continues it.
    # Most labelled rows are rows, so their median gap is the table's own.
    core_sep = median(core_starts) if len(core_starts) >= 3 else None
    out: list[list[str]] = []
    out_boxes: list[BBox] = []
    head = True  # still in the rows the header starts with
    for k, texts in enumerate(grid):
        box = boxes[k]
        head = head and (k == 0 or (bool(core_gaps) and _header_line(
            texts, grid[k - 1], core_gaps[k - 1], core_min, size)))  # fmt: skip
        filled = sum(1 for c in texts if c)
        gap = box[1] - boxes[k - 1][3] if k else None
        sparse = filled <= n / 2
        wrapped = gap is not None and (
            (gap < 0.3 * size and sparse)
            or (sep is not None and sep > 0.3 * size and gap < 0.75 * sep and (sparse or not texts[0]))
            or (core_sep is not None and core_gaps[k - 1] < min(0.2 * size, core_sep - 0.25 * size))
            or (core_min is not None and core_min > 0.3 * size and not texts[0]
                and core_gaps[k - 1] < 0.75 * core_min)
            or (k > 0 and head)
        )
        if out and wrapped:
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], texts, strict=True)]
            out_boxes[-1] = union(out_boxes[-1], box)
        else:
            out.append(texts)
            out_boxes.append(box)
    return out, out_boxes


_DATUM = re.compile(r"^[<>≤≥~]?\s*[-\u2212\u2013]?\d")


def _header_line(texts: list[str], above: list[str], gap: float, sep: float | None,
                 size: float) -> bool:  # fmt: skip
    """A wrapped line of the header: group names set over two or three lines.

    It leaves the stub empty, writes only under cells the line above filled
    ("Balloon SCI +" over "aCSF"), holds no data, and sits no further below
    than the table's rows sit apart. A row that fills a column the line above
    left empty is a row of subheaders under a spanning header, not a wrap.
    """
    if sep is None or texts[0] or not any(texts) or gap > sep + 0.1 * size:
        return False
    return all(a for t, a in zip(texts, above, strict=True) if t) and not any(
        _DATUM.match(t) for t in texts if t
    )


def _cell_centres(cols: list[list[float]], full_rows: list[list[Frag]],
                  column_of: Callable[[Frag], int]) -> list[float]:  # fmt: skip
    """Centre of the space each column's cells own, judged by how the column is aligned.

    Left-aligned cells own the space up to where the next column starts,
    right-aligned ones from where the previous column ends; otherwise the gaps
    are split in half. A spanning header is centred over the cells it spans,
    not over their (left- or right-aligned) contents.
    """
    n = len(cols)
    members: list[list[Frag]] = [[] for _ in range(n)]
    for r in full_rows:
        for f in r:
            members[column_of(f)].append(f)
    align = []
    for j in range(n):
        fs = members[j]
        if len(fs) < 2:
            align.append("c")
            continue
        spread = {
            "l": max(f.bbox[0] for f in fs) - min(f.bbox[0] for f in fs),
            "r": max(f.bbox[2] for f in fs) - min(f.bbox[2] for f in fs),
            "c": max(f.bbox[0] + f.bbox[2] for f in fs) / 2
            - min(f.bbox[0] + f.bbox[2] for f in fs) / 2,
        }
        align.append(min(spread, key=lambda a: (spread[a], "lrc".index(a))))
    bounds = []
    for j in range(n - 1):
        if align[j] == "l" and align[j + 1] == "l":
            bounds.append(cols[j + 1][0])
        elif align[j] == "r" and align[j + 1] == "r":
            bounds.append(cols[j][1])
        else:
            bounds.append((cols[j][1] + cols[j + 1][0]) / 2)
    starts = [cols[0][0], *bounds]
    ends = [*bounds, cols[-1][1]]
    if n >= 2 and align[-1] == "l":
        ends[-1] = max(ends[-1], starts[-1] + (ends[-2] - starts[-2]))
    if n >= 2 and align[0] == "r":
        starts[0] = min(starts[0], ends[0] - (ends[1] - starts[1]))
    return [(a + b) / 2 for a, b in zip(starts, ends, strict=True)]


def _spanning(row: list[Frag], cols: list[list[float]], centres: list[float]) -> dict[int, int]:
    """Header cells above the column headers ("Days post-injury" over "1 3 7 14 28").

    Each column without a cell of its own in this row goes to the nearest such
    header cell; a header cell is placed in the first column it governs. The stub
    (first) column is only spanned by a cell that reaches into it.
    """
    own: dict[int, int] = {}
    spans: list[Frag] = []
    for f in row:
        inside = [j for j, (a, b) in enumerate(cols) if a - 1 <= f.bbox[0] and f.bbox[2] <= b + 1]
        if not inside:
            # A head wider than its column's values ("Body weight (g)" over "301 (14)"), set flush
            # with their left edge and stopping short of the next column (or just touching it,
            # its middle still over its own values), is that column's own: a spanning head is
            # centred over the columns it governs.
            inside = [
                j
                for j, (a, b) in enumerate(cols)
                if abs(f.bbox[0] - a) <= 1.5
                and (j + 1 == len(cols) or f.bbox[2] < cols[j + 1][0] - 1 or (f.bbox[0] + f.bbox[2]) / 2 <= b)
            ]
        if inside:
            own[id(f)] = inside[0]
        else:
            spans.append(f)
    if not spans:
        return own
    taken = set(own.values())
    first: dict[int, int] = {}
    for j, c in enumerate(centres):
        if j in taken:
            continue
        reach = [f for f in spans if j > 0 or f.bbox[0] <= cols[0][1]]
        if not reach:
            continue
        f = min(reach, key=lambda f: abs((f.bbox[0] + f.bbox[2]) / 2 - c))
        first.setdefault(id(f), j)
    return own | first


def _mid(frags: list[Frag]) -> float:
    return median((f.bbox[1] + f.bbox[3]) / 2 for f in frags)


def _centred_wraps(frag_rows: list[list[Frag]], size: float) -> list[list[Frag]]:
    """A label wrapped over two or three lines beside values set level with its middle: one row.

    The reader sees the label's lines as rows of their own, only one of them beside the
    values. The label lines are stacked tighter than the table's rows, and the values stand
    level with the middle of the whole label; a section title above a row (or below the last)
    has the row's values level with the row's own label line, not with the middle of both.
    """
    mids = [_mid(r) for r in frag_rows]
    alone = [len(r) == 1 for r in frag_rows]

    def tight(i: int, j: int) -> bool:  # rows i < j are lines of one wrapped label
        return 0 < mids[j] - mids[i] <= 1.3 * size

    def apart(i: int, j: int) -> bool:  # rows i < j are separate rows, or there is no row i/j
        return i < 0 or j >= len(frag_rows) or mids[j] - mids[i] > 1.3 * size

    join: dict[int, tuple[int, int]] = {}  # data row -> (first, last) row of its label
    for k, r in enumerate(frag_rows):
        if len(r) < 3 or alone[k]:
            continue
        x0 = r[0].bbox[0]
        stub = [f for f in r if f.bbox[0] <= x0 + 1]
        vals = [f for f in r if f.bbox[0] > x0 + 1]
        if len(stub) != 1 or not vals:
            continue
        level = _mid(vals)
        for lo, hi in ((k - 1, k + 1), (k - 1, k), (k, k + 1)):
            if lo < 0 or hi >= len(frag_rows) or (lo, hi) == (k, k) or any(
                not alone[i] or abs(frag_rows[i][0].bbox[0] - x0) > 1 for i in (lo, hi) if i != k
            ):
                continue
            block = range(lo, hi + 1)
            if not all(tight(i, i + 1) for i in block[:-1]) or not apart(lo - 1, lo) or not apart(hi, hi + 1):
                continue
            top = frag_rows[lo][0].bbox[1]
            bottom = frag_rows[hi][0].bbox[3]
            if abs(level - (top + bottom) / 2) < 0.2 * size:
                join[k] = (lo, hi)
                break
    if not join:
        return frag_rows
    # The first join (in the order they were found) that takes in each row.
    first_of: dict[int, tuple[int, int]] = {}
    for lo, hi in join.values():
        for i in range(lo, hi + 1):
            first_of.setdefault(i, (lo, hi))
    out: list[list[Frag]] = []
    taken: set[int] = set()
    for k in range(len(frag_rows)):
        if k in taken:
            continue
        span = first_of.get(k)
        if span is None:
            out.append(frag_rows[k])
            continue
        lo, hi = span
        taken.update(range(lo, hi + 1))
        out.append([f for i in range(lo, hi + 1) for f in frag_rows[i]])
    return out


def _covered(f: Frag, cols: list[list[float]]) -> list[int]:
    return [j for j, (a, b) in enumerate(cols) if f.bbox[0] < b - 1 and f.bbox[2] > a + 1]


def _split_row(row: list[Frag], cols: list[list[float]]) -> list[Frag]:
    """``row`` with each fragment cut at the gutters it runs over (:func:`_split_across`).

    Each fragment's columns are found once, and how the row's other cells span and
    where they stand is counted once for the row: judging each fragment by the rest
    of its row stays linear in the row's size, not quadratic (a hostile row of
    thousands of fragments would otherwise stall the parser).
    """
    covered = [_covered(f, cols) for f in row]
    times: dict[int, int] = {}  # the same fragment may stand in a row more than once
    for f in row:
        times[id(f)] = times.get(id(f), 0) + 1
    # How many of the row's cells (outside the stub) span each number of columns.
    spans: dict[int, int] = {}
    # How many of the row's cells stand in each column.
    standing = [0] * len(cols)
    for cov in covered:
        if cov[:1] != [0]:
            spans[len(cov)] = spans.get(len(cov), 0) + 1
        for j in cov:
            standing[j] += 1
    # Sub-heads said once per group ("Mean SD Mean SD", "n Mean n Mean") are centred over
    # their columns; a head spanning several columns names a group and does not repeat.
    heads = [w.lower() for f, cov in zip(row, covered, strict=True) if cov[:1] != [0] for w in f.text.split()]
    periodic = len(heads) <= 4 * len(cols) and _periodic(heads)
    out: list[Frag] = []
    for f, cov in zip(row, covered, strict=True):
        n = times[id(f)]
        # _stride: the spans of the other cells, leaving out every copy of f itself.
        gone = len(cov) if cov[:1] != [0] and spans[len(cov)] == n else None
        kinds = len(spans) - (gone is not None)
        stride = 1
        if kinds == 1:
            only = next(k for k in spans if k != gone)
            stride = max(1, only)
        # _alone: a stub cell none of whose columns holds another cell of the row.
        alone = len(row) >= 2 and bool(cov) and cov[0] == 0 and all(standing[j] == n for j in cov)
        out.extend(_split_across(f, cols, stride, alone, cov, periodic or stride >= 2))
    return out


def _split_across(f: Frag, cols: list[list[float]], stride: int = 1, stub_ok: bool = False,
                  covered: list[int] | None = None, centred: bool = False) -> list[Frag]:  # fmt: skip
    """``f`` cut at the gutters it runs over, when its words fall one piece a column.

    With ``centred`` (the row's heads repeat in a period, "Mean SD Mean SD", or its other
    cells each span ``stride`` columns, "Sham" over "Mean | SD"), a piece wider than its
    columns is still theirs when it stands centred over them.

    A spanning header ("Days post-injury" over the days) also covers several columns: it is
    kept whole unless a space between its words stands at every gutter it crosses and each
    piece's middle lies inside its own column. A stub cell is cut only in a row of other
    cells (``stub_ok``): heads run together ("Time point Group" over "Pre-injury | Sham").
    """
    if covered is None:
        covered = _covered(f, cols)
    if len(covered) < 2 or (covered[0] == 0 and not stub_ok) or " " not in f.text:
        # A stub cell runs on over the columns ("BBB subscore (0-13)" as a section title).
        return [f]
    if len(covered) % stride:
        return [f]
    blocks = [(covered[i], covered[i + stride - 1]) for i in range(0, len(covered), stride)]
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", f.text)]
    if len(words) < len(blocks) or len(blocks) < 2:
        return [f]
    est = _pieces(f, words)
    cuts: list[int] = []  # index of the first word of each piece after the first
    for (_, j), _next in pairwise(blocks):
        # A stub's head is set flush left and may run up to the next column: cut there.
        mid = cols[j + 1][0] if stub_ok and j == 0 else (cols[j][1] + cols[j + 1][0]) / 2
        k = min(range(1, len(est)), key=lambda i: abs((est[i - 1].bbox[2] + est[i].bbox[0]) / 2 - mid))
        if cuts and k <= cuts[-1]:
            return [f]
        cuts.append(k)
    bounds = [0, *cuts, len(words)]
    out = _pieces(f, [(words[a][0], words[b - 1][1]) for a, b in pairwise(bounds)])
    # Each piece inside its column, give or take the estimate's error: a header centred over
    # two columns ("SCI + PBS" over "Mean | SD") has words reaching past the columns' cells.
    tol = 2.0 + 0.03 * (f.bbox[2] - f.bbox[0])
    for piece, (j, k) in zip(out, blocks, strict=True):
        a, b = cols[j][0], cols[k][1]
        if stub_ok and j == 0:
            b = float("inf")  # the stub's head may run into the gutter: the cut bounds it
        if a - tol <= piece.bbox[0] and piece.bbox[2] <= b + tol:
            continue
        # Centred over its columns, it may be wider than they are (gutters of a point or
        # two): taken when the row says its cells are heads one to a block (``centred``).
        if not (centred and b != float("inf") and abs((piece.bbox[0] + piece.bbox[2]) / 2 - (a + b) / 2) <= tol):
            return [f]
    return out


def _periodic(words: list[str]) -> bool:
    """The words are one sequence said two or more times ("Mean SD Mean SD", "n n n")."""
    n = len(words)
    return n >= 2 and any(
        n % p == 0 and all(w == words[i % p] for i, w in enumerate(words)) for p in range(1, n // 2 + 1)
    )


def box_of(frags: list[Frag]) -> BBox:
    return (
        min(f.bbox[0] for f in frags),
        min(f.bbox[1] for f in frags),
        max(f.bbox[2] for f in frags),
        max(f.bbox[3] for f in frags),
    )

