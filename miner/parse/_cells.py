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

from miner.parse._layout import Frag, PLine

__all__ = ["box_of", "cells", "union"]

BBox = tuple[float, float, float, float]


def cells(rows: list[list[PLine]], size: float) -> tuple[list[list[str]], list[BBox]]:
    """Rows of lines -> rows of cell strings, columns from the best-filled rows."""
    frag_rows: list[list[Frag]] = []
    for row in rows:
        frags = [f for ln in row for f in (ln.frags or [Frag(ln.text, ln.bbox)])]
        # Cells set a few points apart come as one fragment: its values are cells of their own.
        frags = [p for f in frags for p in (_pieces(f, _value_run(f.text), trim=1.0) or [f])]
        # The row's label run into its first values: the label stays in the stub.
        if len(frags) >= 2 or len(frags) == 1 and len(_label_and_values(frags[0].text)) >= 3:
            first = min(frags, key=lambda f: f.bbox[0])
            frags = [p for f in frags
                     for p in ((_pieces(f, _label_and_values(f.text), trim=1.0) or [f]) if f is first else [f])]
        frag_rows.append(sorted(frags, key=lambda f: f.bbox[0]))
    most = max(len(r) for r in frag_rows)
    cols: list[list[float]] = []
    # The fullest rows first: a row with fewer cells does not bridge two columns they keep
    # apart (its cell runs over a narrow gutter, or spans both).
    # Among rows as full, data rows first: a head wider than its column ("Pre-injury" over
    # "21.0") reaching the next column's values would otherwise bridge the two.
    data_cols = False  # the columns so far come from a row of values
    for r in sorted(frag_rows, key=lambda r: (len(r), sum(1 for f in r if _DATUM.match(f.text))), reverse=True):
        if len(r) < max(2, 0.7 * most):
            continue
        for f in r:
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
    if not merged:
        return [[" ".join(f.text for f in r)] for r in frag_rows], [box_of(r) for r in frag_rows]
    # Words run over a gutter ("Sham SCI + PBS SCI + Exo", "Mean SD Mean SD") split at it.
    frag_rows = [[p for f in r for p in _split_across(f, merged, _stride(r, f, merged), _alone(r, f, merged))]
                 for r in frag_rows]
    frag_rows = _centred_wraps(frag_rows, size)

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
    out: list[list[Frag]] = []
    taken: set[int] = set()
    for k in range(len(frag_rows)):
        if k in taken:
            continue
        span = next(((lo, hi) for d, (lo, hi) in join.items() if lo <= k <= hi), None)
        if span is None:
            out.append(frag_rows[k])
            continue
        lo, hi = span
        taken.update(range(lo, hi + 1))
        out.append([f for i in range(lo, hi + 1) for f in frag_rows[i]])
    return out


# --- cells a PDF writer ran together -------------------------------------------------------
# A writer joins text drawn a few points apart into one span, so the fragments of a table
# row set with narrow gutters hold several cells. Where each piece stands is estimated from
# its characters' usual widths (em), scaled to the fragment's measured width.

_NUM = r"[<>≤≥]?\d+(?:[.,·]\d+)?"
_MARK = r"[*#†‡§¶]*(?:[a-e](?![A-Za-z]))?[*#†‡§¶]*"
_VALUE_CELL = re.compile(
    rf"{_NUM}{_MARK}(?:\s*(?:±|\+/-|\+/\u2212)\s*{_NUM}{_MARK}|\s*\(\s*{_NUM}\s*\){_MARK})?"
)


def _em(ch: str) -> float:
    if ch == " ":
        return 0.28
    if ch in ".,:;'|!·":
        return 0.3
    if ch.isdigit():
        return 0.56
    if ch in "()[]":
        return 0.34
    if ch.isupper():
        return 0.68
    if ch in "±+=<>≤≥\u2212\u2013":
        return 0.6
    return 0.52


# A complete value with its spread, "21.0 ± 0.0*#" or "5.9 (1.0)a": where one ends and the
# next begins needs no space when the spread is written to the mean's own precision.
_SPREAD_CELL = re.compile(
    rf"(?P<mean>[<>≤≥]?\d+(?:[.,·](?P<dec>\d+))?){_MARK}"
    rf"(?:\s*(?:±|\+/-|\+/\u2212)\s*(?P<pm>\d+(?:[.,·]\d+)?)|\s*\(\s*\d+(?:[.,·]\d+)?\s*\)){_MARK}"
)


def _spread_end(text: str, pos: int) -> int | None:
    """End of the "mean ± spread[marks]" value starting at ``pos`` when a space, the end,
    or another such value follows it; None otherwise.

    A PDF writer drawing a tight table runs cells together ("21.0±0.021.0±0.0"): a greedy
    spread would swallow the next mean's digits ("0.021"), so a spread with as many decimals
    as its mean is tried too, and kept only when a complete value follows.
    """
    m = _SPREAD_CELL.match(text, pos)
    if not m:
        return None
    ends = [m.end()]
    if m.group("pm") is not None and m.group("dec"):
        short = re.match(rf"\d+[.,·]\d{{{len(m.group('dec'))}}}", text[m.start("pm"):])
        if short and m.start("pm") + short.end() < m.end("pm"):
            tail = re.compile(_MARK).match(text, m.start("pm") + short.end())
            ends.append(tail.end() if tail else m.start("pm") + short.end())
    for end in ends:
        if end == len(text) or text[end].isspace():
            return end
        nxt = _SPREAD_CELL.match(text, end)
        if nxt and (nxt.end() == len(text) or text[nxt.end()].isspace() or _spread_end(text, end)):
            return end
    return None


def _value_run(text: str) -> list[tuple[int, int]]:
    """Character ranges of the value cells a fragment runs together ("19.8 ± 0.9 20.4 ± 0.6",
    "3.1 0.4", "8 9 7", "21.0±0.021.0±0.0", "5.0±1.0*#8.1±1.2*#"), or [] when the fragment
    is one cell or holds any other text."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        glued = _spread_end(text, pos)
        m = _VALUE_CELL.match(text, pos)
        if glued is not None and (not m or glued != m.end()):
            spans.append((pos, glued))  # a complete value, maybe run into the next one
            pos = glued
        elif m:
            spans.append((m.start(), m.end()))
            pos = m.end()
        else:
            return []
        rest = text[pos:]
        if rest and not rest[0].isspace() and _spread_end(text, pos) is None:
            return []
        pos = len(text) - len(rest.lstrip())
    return spans if len(spans) >= 2 else []


def _label_and_values(text: str) -> list[tuple[int, int]]:
    """A row label run into the values after it ("SCI (n = 8) 21.0±0.0 0.4±0.5#"): the
    label's range, then each value's, or [] unless every piece after the label is a complete
    "mean ± spread" value (so "Group 2 21.0 ± 0.0" keeps "Group 2" whole)."""
    for m in re.finditer(r"(?<=\S) +(?=[<>≤≥]?\d)", text):
        label = text[: m.start()]
        if not re.search(r"[A-Za-z]{2}", label) or label.rstrip()[-1] in "+-\u2212±=<>(":
            continue
        spans: list[tuple[int, int]] = []
        pos = m.end()
        while pos < len(text):
            end = _spread_end(text, pos)
            if end is None:
                spans = []
                break
            spans.append((pos, end))
            pos = len(text) - len(text[end:].lstrip())
        if spans:
            return [(0, m.start()), *spans]
    return []


def _pieces(f: Frag, spans: list[tuple[int, int]], trim: float = 0.0) -> list[Frag]:
    """Sub-fragments of ``f`` for the character ranges ``spans``, each where it stands
    (``trim`` points narrower on each side: an estimate must not reach into the next column)."""
    if not spans:
        return []
    x0, y0, _, y1 = f.bbox
    at = _drawn_x(f)
    if at is not None:
        out = []
        for a, b in spans:
            a += len(f.text[a:b]) - len(f.text[a:b].lstrip())
            b -= len(f.text[a:b]) - len(f.text[a:b].rstrip())
            out.append(Frag(f.text[a:b], (at[a][0] + trim, y0, at[b - 1][1] - trim, y1)))
        return out
    adv = [0.0]
    for ch in f.text:
        adv.append(adv[-1] + _em(ch))
    scale = (f.bbox[2] - f.bbox[0]) / adv[-1] if adv[-1] else 0.0
    return [
        Frag(f.text[a:b].strip(), (x0 + adv[a] * scale + trim, y0, x0 + adv[b] * scale - trim, y1))
        for a, b in spans
    ]


def _drawn_x(f: Frag) -> list[tuple[float, float]] | None:
    """Where each character of ``f.text`` was drawn, from the pieces it was joined from
    (each piece's width shared by its characters' usual widths), or None when the pieces
    do not spell the text (normalisation changed it) or were not kept."""
    if len(f.spans) < 2:
        return None
    at: list[tuple[float, float]] = []
    text = ""
    for raw, a, b in f.spans:
        ems = [_em(ch) for ch in raw]
        total = sum(ems) or 1.0
        x = a
        for e in ems:
            w = (b - a) * e / total
            at.append((x, x + w))
            x += w
        text += raw
    lead = len(text) - len(text.lstrip())
    if text.strip() != f.text:
        return None
    return at[lead:]


def _covered(f: Frag, cols: list[list[float]]) -> list[int]:
    return [j for j, (a, b) in enumerate(cols) if f.bbox[0] < b - 1 and f.bbox[2] > a + 1]


def _stride(row: list[Frag], f: Frag, cols: list[list[float]]) -> int:
    """How many columns each cell of ``row`` spans, judged by its other cells ("Day 1" and
    "Day 3" each over "Mean | SD"): 1 unless they all span the same number."""
    spans = {len(_covered(g, cols)) for g in row if g is not f and _covered(g, cols)[:1] != [0]}
    return spans.pop() if len(spans) == 1 and min(spans) > 1 else 1


def _alone(row: list[Frag], f: Frag, cols: list[list[float]]) -> bool:
    """``f`` is a stub cell running over the next columns in a row of other cells, none of
    which stands in a column it covers."""
    mine = set(_covered(f, cols))
    if len(row) < 2 or 0 not in mine:
        return False
    return all(g is f or not (mine & set(_covered(g, cols))) for g in row)


def _split_across(f: Frag, cols: list[list[float]], stride: int = 1, stub_ok: bool = False) -> list[Frag]:
    """``f`` cut at the gutters it runs over, when its words fall one piece a column.

    A spanning header ("Days post-injury" over the days) also covers several columns: it is
    kept whole unless a space between its words stands at every gutter it crosses and each
    piece's middle lies inside its own column. A stub cell is cut only in a row of other
    cells (``stub_ok``): heads run together ("Time point Group" over "Pre-injury | Sham").
    """
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
        if piece.bbox[0] < a - tol or piece.bbox[2] > b + tol:
            return [f]
    return out


def box_of(frags: list[Frag]) -> BBox:
    return (
        min(f.bbox[0] for f in frags),
        min(f.bbox[1] for f in frags),
        max(f.bbox[2] for f in frags),
        max(f.bbox[3] for f in frags),
    )


def union(a: BBox, b: BBox) -> BBox:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
