"""Text columns on a PDF page and the order to read them in.

A page may hold one, two, three or more columns, and a full-width block (title,
abstract, a wide table or figure) may cut across them. The number of columns
may change down the page (two above, three below): such a page is cut into
horizontal bands, each with its own columns (:func:`column_bands`). Columns are found from
the empty vertical bands ("gutters") that no column line crosses; reading goes
down the page in bands separated by the full-width lines, and inside a band
column by column, left to right.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import accumulate, compress, pairwise

from miner.parse._lines import PLine
from miner.parse._text import is_terminal

__all__ = ["Band", "Gutter", "column_bands", "column_bounds", "find_gutters", "reading_order"]

Gutter = tuple[float, float]


def _cover(voters: list[PLine], left: float, n: int) -> list[int]:
    """How many voting lines cross each x position (1 pt steps from ``left``)."""
    delta = [0] * (n + 1)
    for ln in voters:  # difference array: O(lines + width), not O(lines * width)
        a, b = int(ln.x0 - left) + 1, int(ln.x1 - left)
        a = a if a > 0 else 0  # noqa: FURB136  # comparisons, not max()/min(): hot loop
        b = b if b < n else n  # noqa: FURB136
        if a < b:
            delta[a] += 1
            delta[b] -= 1
    del delta[n]
    return list(accumulate(delta))  # the running sum, in C


def _band(cover: list[int], lo: int, hi: int, limit: int, slack: int = 2) -> list[tuple[int, int]]:
    """Gutter candidates inside the low stretch [lo, hi): the runs near its floor, widest first.

    A line or two that straddle a gutter without being full width (an
    affiliation, a keyword line) must not narrow the band to where they end, so
    up to two crossings above the stretch's floor are tolerated (never more
    than ``limit``). The widest run is not always the gutter: an empty last
    column joins its gutter into one wide stretch with the one before it.
    """
    floor = min(cover[lo:hi])
    ceiling = floor + min(slack, max(0, limit - floor))
    runs: list[tuple[int, int]] = []
    start = None
    for x in range(lo, hi + 1):
        inside = x < hi and cover[x] <= ceiling
        if inside and start is None:
            start = x
        elif not inside and start is not None:
            runs.append((start, x))
            start = None
    return sorted(runs, key=lambda r: r[0] - r[1])


def find_gutters(lines: list[PLine]) -> list[Gutter]:
    """The empty vertical bands between text columns, left to right ([] for one column).

    Only lines between a sixth and 0.6 of the text width vote (table cells and
    figure labels are narrow and would hide a gutter; full-width lines cross
    every gutter by design and are band breaks for :func:`reading_order`). A
    gutter is a stretch of x positions (almost) no voter crosses, with at least
    three voters wholly on each side and three inside every column it bounds.
    """
    if len(lines) < 6:
        return []
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    width = right - left
    if width < 100 or width > 20000:
        return []  # too narrow for columns; or a hostile page size (the scan is per point)
    voters = [ln for ln in lines if width / 6 < ln.width < 0.6 * width]
    if len(voters) < 6:
        # A full column and a line or two atop the next: the column's lines are over
        # 0.6 of the width and do not vote, but the short column still shows.
        short = _short_column(lines, [], left, right, width, tail_only=True)
        return [short] if short is not None else []
    n = int(width) + 1
    cover = _cover(voters, left, n)
    limit = int(0.15 * len(voters))
    # A column is wider than a sixth of the text (its lines vote), so no gutter
    # lies nearer than that to either edge.
    lo, hi = int(width / 6), int(5 * width / 6)
    bands: list[tuple[int, int]] = []
    stretches: list[list[int]] = []
    for x in compress(range(lo, hi), [c <= limit for c in cover[lo:hi]]):
        if stretches and x == stretches[-1][1]:
            stretches[-1][1] = x + 1
        else:
            stretches.append([x, x + 1])
    for a, b in stretches:
        if b - a >= 4:
            # The widest run with columns on both sides (sorted stable: as before when it is the widest).
            best = next((r for r in _band(cover, a, b, limit) if r[1] - r[0] >= 4
                         and _two_sides(voters, (r[0] + left, r[1] + left))), None)  # fmt: skip
            # A column cut short: its few lines are inside the tolerated crossings, so
            # only the stretch at the floor shows where it ends. Taken when there is
            # no other, or when a line crossing the wider band shares its row with a
            # line across the floor stretch (it is a column's line, not a straddler).
            floor = next((r for r in _band(cover, a, b, limit, slack=0) if r[1] - r[0] >= 8
                          and _two_sides(voters, (r[0] + left, r[1] + left))), None)  # fmt: skip
            if floor is not None and (best is None or (floor != best and _beside(
                    voters, (best[0] + left, best[1] + left), (floor[0] + left, floor[1] + left)))):  # fmt: skip
                best = floor
            if best is not None:
                bands.append(best)
    gutters = [(a + left, b + left) for a, b in bands]
    # Every column must hold text of its own, aligned on its left edge; cells of
    # a table or labels of a figure, each starting somewhere else, do not make
    # a column. A column without it is part of a wider one: drop the narrower
    # of the gutters around it and look again.
    while gutters:
        # Up to a gutter's middle: a ragged edge may reach into the band.
        mids = [((g0 + g1) / 2, (g0 + g1) / 2) for g0, g1 in gutters]
        bounds = column_bounds(mids, left - 1, right + 1)
        # A column cut short (its gutter shown by the evidence of _two_sides) may hold two lines.
        few = [k for k, g in enumerate(gutters) if _sides(voters, g) < 3]
        cut_short = {*few, *(k + 1 for k in few)}
        thin = next((k for k, (c0, c1) in enumerate(bounds)
                     if not _aligned(voters, c0 - 1, c1 + 1, 2 if k in cut_short else 3)), None)  # fmt: skip
        if thin is None:
            break
        near = [g for g in (gutters[thin - 1] if thin else None,
                            gutters[thin] if thin < len(gutters) else None) if g is not None]  # fmt: skip
        gutters.remove(min(near, key=lambda g: g[1] - g[0]))
    short = _short_column(lines, gutters, left, right, width)
    return [*gutters, short] if short is not None else gutters


def _short_column(
    lines: list[PLine], gutters: list[Gutter], left: float, right: float, width: float,
    *, tail_only: bool = False,
) -> Gutter | None:
    """A gutter before a last column that holds only a few lines (an article's end).

    Too few lines to vote, the column still shows: an empty vertical band no
    line of the columns' width crosses, a column of at least three lines starting
    at one x on its left, and on its right a short block of running text that
    starts at one x, at the top of the column area, no wider than that column,
    line under line. With ``tail_only`` (and when looking again among wider
    lines), only the end of the left column's last sentence, a line or two.
    """
    start = gutters[-1][1] if gutters else left
    region = [ln for ln in lines if ln.x0 >= start - 1 and ln.width < 0.6 * width]
    found = _short_column_in(lines, region, start, right, width, tail_only)
    if found is not None:
        return found
    # With nothing on the page wider than the two columns, a full column's lines are
    # over 0.6 of the text's width (a last column of a short line or two adds little
    # to it): look again leaving out only lines across the whole text.
    wide = [ln for ln in lines if ln.x0 >= start - 1 and not (ln.x0 <= start + 2 and ln.x1 >= right - 2)]
    if len(wide) == len(region):
        return None
    # Table cells stand in columns too: here only a sentence's last words atop the next
    # column, a line or two, which no table's column is.
    return _short_column_in(lines, wide, start, right, width, True)


def _short_column_in(
    lines: list[PLine], region: list[PLine], start: float, right: float, width: float,
    tail_only: bool,
) -> Gutter | None:
    """The first empty band in ``region`` (lines that may vote) with a short column after it."""
    if len(region) < 5:
        return None
    n = int(right - start) + 1
    cover = _cover(region, start, n)
    lo = int(width / 6)
    x = lo
    while x < n:
        if cover[x]:
            x += 1
            continue
        a = x
        while x < n and not cover[x]:
            x += 1
        if x - a >= 8 and x < n:
            found = _short_column_at(region, start + a, start + x, tail_only)
            if found is not None:
                found = _clear_of_left_column(lines, region, found)
            if found is not None:
                return found
    return None


def _clear_of_left_column(lines: list[PLine], region: list[PLine], gutter: Gutter) -> Gutter | None:
    """The gutter cut back to where the left column's own lines end (None when too narrow).

    The band is found among lines under 0.6 of the text's width; when nothing wider
    than the two columns stands on the page (a one-line last column), the left
    column's full lines are over that share and do not count, and the band would
    start at the end of its ragged lines, inside the column. Every line that starts
    in the left column, beside its voting lines, and ends before the right column
    bounds the gutter.
    """
    g0, g1 = gutter
    lefts = [ln for ln in region if ln.x1 <= g0 + 1]
    col0 = min(ln.x0 for ln in lefts)
    top = min(ln.y0 for ln in lefts)
    bottom = max(ln.y1 for ln in lefts)
    edge = g0
    for ln in lines:
        if ln.x0 >= col0 - 1 and edge < ln.x1 < g1 - 1 and ln.y1 > top and ln.y0 < bottom:
            edge = ln.x1
    return (edge, g1) if g1 - edge >= 8 else None


def _short_column_at(region: list[PLine], g0: float, g1: float, tail_only: bool = False) -> Gutter | None:
    lefts = [ln for ln in region if ln.x1 <= g0 + 1]
    rights = sorted((ln for ln in region if ln.x0 >= g1 - 1), key=lambda ln: ln.y0)
    if len(lefts) < 3 or not _aligned(lefts, g0 - 1e6, g0 + 1):
        return None
    if tail_only and (not 1 <= len(rights) <= 2 or not _runs_over(lefts, rights[0])):
        return None
    if len(rights) < 2:
        # One line: the last words of the left column's sentence, or nothing to go on.
        return (g0, g1) if rights and _runs_over(lefts, rights[0]) else None
    size = max(ln.size for ln in rights)
    edge = min(ln.x0 for ln in rights)
    col0 = min(ln.x0 for ln in lefts)
    col_width = max(ln.x1 for ln in lefts) - col0
    if (
        sum(1 for ln in rights if ln.x0 - edge <= 2) < 2
        or any(ln.x0 - edge > 2 * size for ln in rights)
        or any(ln.width > 1.1 * col_width for ln in rights)
        or not any(ln.text.count(" ") >= 3 for ln in rights)
        or rights[0].y0 > min(ln.y0 for ln in lefts) + 3 * size
        or any(b.y0 - a.y1 > 1.5 * size for a, b in pairwise(rights))
    ):
        return None
    return (g0, g1)


def _runs_over(lefts: list[PLine], line: PLine) -> bool:
    """A lone line at the top of the next column that ends the left column's last sentence.

    The left column's last line (nearly) fills the column and stops mid-sentence (or
    mid-word, with a hyphen); the lone line is set in the same type, starts at
    the top of the column area and is no wider than the column.
    """
    last = max(lefts, key=lambda ln: ln.y1)
    edge = max(ln.x1 for ln in lefts)
    width = edge - min(ln.x0 for ln in lefts)
    # Ragged right: the last line stopped where the lone line's first word (and a
    # space) would not have fitted; its width estimated from the line's own.
    word = len(line.text.split(" ", 1)[0]) + 1
    wrapped = last.x1 + line.width * word / max(len(line.text), 1) > edge - 2
    return (
        abs(line.size - last.size) < 0.3
        and (last.x1 >= edge - 0.2 * width or wrapped)  # full, or ragged right
        and not is_terminal(last.text)
        and line.width <= width
        and line.y0 <= min(ln.y0 for ln in lefts) + 3 * line.size
        and line.y1 < last.y0
    )


def _aligned(voters: list[PLine], x0: float, x1: float, least: int = 3) -> bool:
    """At least ``least`` lines inside [x0, x1] start at one x (within 2 pt)."""
    starts = sorted(ln.x0 for ln in voters if ln.x0 >= x0 and ln.x1 <= x1)
    return any(b - a <= 2 for a, b in zip(starts, starts[least - 1:], strict=False))


def _beside(voters: list[PLine], wide: Gutter, narrow: Gutter) -> bool:
    """A voter crossing ``wide`` but not ``narrow`` shares its row with a voter across ``narrow``."""
    n0, n1 = narrow
    if len(voters) > 3000:
        return False  # bounded on hostile pages (a real page has a few hundred lines)
    # Each side's lines by top, with the lowest bottom so far: a row overlap is one bisection
    # ("some line starts above my bottom and ends below my top"), not a scan of every pair.
    sides = []
    for on_side in (lambda o: o.x0 >= n1 - 1, lambda o: o.x1 <= n0 + 1):
        rows = sorted((o.y0, o.y1) for o in voters if on_side(o) and o.y1 > o.y0)
        reach = list(accumulate((y1 for _, y1 in rows), max))
        sides.append(([y0 for y0, _ in rows], reach))
    for ln in voters:
        if not (ln.x0 < wide[1] - 1 and ln.x1 > wide[0] + 1) or (ln.x0 < n1 - 1 and ln.x1 > n0 + 1):
            continue
        if ln.y1 <= ln.y0:
            continue
        tops, reach = sides[0] if ln.x1 <= n0 + 1 else sides[1]
        k = bisect_left(tops, ln.y1)  # lines starting above this one's bottom
        if k and reach[k - 1] > ln.y0:
            return True
    return False


def _two_sides(voters: list[PLine], gutter: Gutter) -> bool:
    """Columns on both sides of ``gutter``: three voters wholly on each side, or a column cut short.

    A figure or a section's end may leave a column only two lines of running
    text; its gutter still shows when no voter beside both columns crosses it
    (a title over them may), it is at least 8 pt wide, the other side is a full
    column (eight lines or more starting at one x) and the short side's lines
    of running text start at one x too, are nearly as wide as the full column's
    and start at its top (cells of a table are narrower, and further down).
    """
    g0, g1 = gutter
    lefts = [ln for ln in voters if ln.x1 <= g0 + 1]
    rights = [ln for ln in voters if ln.x0 >= g1 - 1]
    if min(len(lefts), len(rights)) >= 3:
        return True
    # The band may reach into the short column's ragged edge: sides split at its middle.
    mid = (g0 + g1) / 2
    lefts = [ln for ln in voters if ln.x1 <= mid]
    rights = [ln for ln in voters if ln.x0 >= mid]
    if min(len(lefts), len(rights)) < 2 or min(ln.x0 for ln in rights) - max(ln.x1 for ln in lefts) < 8:
        return False
    # Only lines over or under both columns (a title, a wide caption) may cross it.
    top = min(ln.y0 for ln in lefts + rights)
    bottom = max(ln.y1 for ln in lefts + rights)
    g0, g1 = max(ln.x1 for ln in lefts), min(ln.x0 for ln in rights)
    if any(ln.x0 < g1 - 1 and ln.x1 > g0 + 1 and top < ln.y1 and ln.y0 < bottom for ln in voters):
        return False
    short, full = (lefts, rights) if len(lefts) < len(rights) else (rights, lefts)
    if len(full) < 8 or Counter(round(ln.x0) for ln in full).most_common(1)[0][1] < 8:
        return False
    # A column's lines, not cells: as wide as the full column's, from its top down.
    full_width = max(ln.x1 for ln in full) - min(ln.x0 for ln in full)
    return (
        max(ln.x0 for ln in short) - min(ln.x0 for ln in short) <= 2
        and all(ln.text.count(" ") >= 3 and ln.width >= 0.6 * full_width for ln in short)
        and min(ln.y0 for ln in short) <= min(ln.y0 for ln in full) + 3 * max(ln.size for ln in short)
    )


def _sides(voters: list[PLine], gutter: Gutter) -> int:
    g0, g1 = gutter
    on_left = sum(1 for ln in voters if ln.x1 <= g0 + 1)
    on_right = sum(1 for ln in voters if ln.x0 >= g1 - 1)
    return min(on_left, on_right)


def column_bounds(gutters: list[Gutter], left: float, right: float) -> list[tuple[float, float]]:
    """The x extent of each column between the page's text edges and its gutters."""
    edges = [left, *(x for g in gutters for x in g), right]
    return [(edges[2 * k], edges[2 * k + 1]) for k in range(len(gutters) + 1)]


def _column_of(ln: PLine, gutters: list[tuple[float, float, float]]) -> int | None:
    """Which column a line belongs to, or None for a line across a gutter.

    ``gutters`` are (start, end, middle) left to right. A column's ragged or
    justified edge may reach into the gutter band (a few long lines are
    tolerated there): a line that runs into the band stays in its column while
    it keeps off the band's middle. Lines standing inside the band (hanging
    reference numbers) span.
    """
    x0, _, x1, _ = ln.bbox
    for k, (g0, g1, mid) in enumerate(gutters):
        if x1 <= g0 + 2 or (x1 <= mid and x0 < g0 - 10):
            return k  # left of this gutter and (checked before) right of the ones before
        if not (x0 >= g1 - 2 or (x0 >= mid and x1 > g1 + 10)):
            return None
    return len(gutters)


def reading_order(lines: list[PLine], gutters: list[Gutter]) -> list[list[PLine]]:
    """Lines as runs in reading order: each run is one column stretch, top to bottom.

    Lines that cross a gutter (titles, wide figures or tables) cut the page into
    bands; inside a band the columns are read left to right.
    """
    ordered = sorted(lines, key=lambda ln: (round(ln.y0, 1), ln.x0))
    if not gutters:
        return [ordered] if ordered else []
    runs: list[list[PLine]] = []
    cols: list[list[PLine]] = [[] for _ in range(len(gutters) + 1)]
    marks = [(g0, g1, (g0 + g1) / 2) for g0, g1 in gutters]
    where: dict[int, int | None] = {id(ln): _column_of(ln, marks) for ln in ordered}

    def flush() -> None:
        for col in cols:
            if col:
                runs.append(list(col))
                col.clear()

    for ln in ordered:
        last = runs[-1][-1] if runs and not any(cols) else None
        k = where[id(ln)]
        if (
            last is not None
            and any(last.x0 < g0 and g1 < last.x1 for g0, g1 in gutters)
            and ln.y0 - last.y1 < 0.6 * ln.size
            and abs(ln.x0 - last.x0) < 2
            and abs(ln.size - last.size) < 0.3
        ):
            runs[-1].append(ln)  # the short last line of a wide caption or paragraph
        elif k is not None:
            cols[k].append(ln)
        else:
            flush()
            runs.append([ln])
    flush()
    # Consecutive single spanning lines belong to one run (a wide title or caption).
    merged: list[list[PLine]] = []
    for run in runs:
        spanning = all(where.get(id(ln), 0) is None for ln in run)
        if merged and spanning and all(where.get(id(ln), 0) is None for ln in merged[-1]):
            merged[-1].extend(run)
        else:
            merged.append(run)
    return merged


# --- bands with columns of their own ------------------------------------------------

Band = tuple[list[PLine], list[Gutter]]


def _misfits(lines: list[PLine], gutters: list[Gutter]) -> int:
    """Lines that the columns bounded by ``gutters`` do not explain.

    A column line fills most of its column's width or starts at its left edge
    (a paragraph's short last line); one that crosses a gutter, or stands short
    and away from the left edge of the only column it could be in, belongs to
    columns laid out differently.
    """
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    width = right - left
    bounds = column_bounds(gutters, left, right)
    marks = [(g0, g1, (g0 + g1) / 2) for g0, g1 in gutters]
    count = 0
    lo, hi = width / 6, 0.6 * width
    for ln in lines:
        w = ln.bbox[2] - ln.bbox[0]
        if not lo < w < hi or len(ln.text) < 25 or ln.text.count(" ") < 4:
            # Labels, table cells, words drawn one by one and full-width lines say
            # nothing about columns; lines of running text do.
            continue
        k = _column_of(ln, marks) if gutters else 0
        if k is None:
            count += 1
            continue
        c0, c1 = bounds[k]
        if ln.width < 0.6 * (c1 - c0) and ln.x0 > c0 + 2 * ln.size:
            count += 1
    return count


def _cuts(lines: list[PLine], most: int = 40) -> list[float]:
    """y positions of empty rows across the whole page, the widest gaps first."""
    ordered = sorted(lines, key=lambda ln: ln.y0)
    gaps: list[tuple[float, float]] = []
    bottom = ordered[0].y1
    for ln in ordered[1:]:
        if ln.y0 - bottom > 0.5:
            gaps.append((ln.y0 - bottom, (ln.y0 + bottom) / 2))
        bottom = max(bottom, ln.y1)
    gaps.sort(reverse=True)
    return [y for _, y in gaps[:most]]


def _prose(lines: list[PLine]) -> int:
    """How many lines look like running text (several words, not a label or a cell)."""
    return sum(1 for ln in lines if len(ln.text) >= 25 and ln.text.count(" ") >= 4)


def _tolerated(lines: list[PLine]) -> float:
    """Misfits a band may hold and still be read with one set of columns."""
    return max(6, 0.1 * len(lines))


def column_bands(lines: list[PLine], depth: int = 3) -> list[Band]:
    """The page as horizontal bands, top to bottom, each with its own gutters.

    Most pages are one band (:func:`find_gutters` over the whole page). When
    many of a page's lines do not fit the columns found for it, the page is cut
    at the empty row that best explains it as two bands with different
    columns, and each band is looked at again (at most ``depth`` cuts deep).
    Only cuts that halve the unexplained lines are taken, so a page is never
    cut for a figure's lettering or a few short lines.
    """
    gutters = find_gutters(lines)
    if depth <= 0 or len(lines) < 12:
        return [(lines, gutters)]
    worst = _misfits(lines, gutters)
    if worst < _tolerated(lines):
        return [(lines, gutters)]
    best: tuple[int, float] | None = None
    for y in _cuts(lines):
        above = [ln for ln in lines if ln.y1 <= y]
        below = [ln for ln in lines if ln.y0 >= y]
        if _prose(above) < 6 or _prose(below) < 6:
            continue  # a band holds running text of its own, not just a table's rows or a caption
        g_above, g_below = find_gutters(above), find_gutters(below)
        if g_above == g_below or not (g_above or g_below):
            continue
        m_above, m_below = _misfits(above, g_above), _misfits(below, g_below)
        cost = m_above + m_below
        # A cut must explain most of what the page's columns did not, or peel
        # off a clean band (two columns above, three then two below).
        clean = m_above < _tolerated(above) or m_below < _tolerated(below)
        if (cost <= worst / 2 or (clean and cost <= 0.75 * worst)) and (best is None or cost < best[0]):
            best = (cost, y)
    if best is None:
        return [(lines, gutters)]
    y = best[1]
    above = [ln for ln in lines if ln.y1 <= y]
    below = [ln for ln in lines if ln.y0 >= y]
    return column_bands(above, depth - 1) + column_bands(below, depth - 1)
