"""Tables in PDFs without a caption: runs of aligned rows of short pieces or of values.

Pure functions over :class:`~miner.parse._lines.PLine`; :func:`miner.parse._tables.find_tables`
calls :func:`uncaptioned` on the lines its captioned tables left free.
"""

from __future__ import annotations

import re

from miner.parse._cells import _MAX_COLUMNS, box_of, cells
from miner.parse._found import PROSE_WORD, FoundTable, rows_of
from miner.parse._lines import Frag, PLine

__all__ = ["uncaptioned"]


def _column_text(row: list[PLine], columns: list[tuple[float, float]]) -> bool:
    """A row that is one line of each text column, each filling most of its column.

    Narrow columns (three or four to a page) hold lines short enough to pass for
    cells, and their lines line up across the page like a table's rows.
    """
    if len(columns) < 2 or len(row) < 2:
        return False
    homes = set()
    for ln in row:
        home = next((k for k, (c0, c1) in enumerate(columns) if ln.x0 >= c0 - 2 and ln.x1 <= c1 + 2), None)
        if home is None or home in homes or ln.width < 0.5 * (columns[home][1] - columns[home][0]):
            return False
        homes.add(home)
    return True


_VALUE = re.compile(
    r"^(?=.*\d)[\d\s.,:;/()\[\]%±+\-\u2212\u2013\u00d7x^<>=≤≥~*\u2020\u2021abcd]{1,24}$"
    r"|^(?:[-\u2013\u2014]|n\.?s\.?|n\.?d\.?|n\.?a\.?|NS|ND|NA)$",
)


_SENTENCE = re.compile(r"[a-z]{2}[.;:] +[A-Za-z]")
_SPREAD = re.compile(r"\d\s*(?:±|\+/-)\s*\d|\d\s*\(\s*\d+(?:[.,]\d+)?\s*\)")


def _frags(row: list[PLine]) -> list[Frag]:
    return sorted((f for ln in row for f in (ln.frags or [Frag(ln.text, ln.bbox)])), key=lambda f: f.bbox[0])


def _numeric_row(row: list[PLine]) -> bool:
    """A row label (or none) followed by value cells set apart: "SCI + Exo   10   5.9 ± 1.0".

    Every piece after the first must be a value (digits and the signs of
    numbers, or a "not done" mark), so justified prose drawn word by word, whose
    pieces are words, never passes.
    """
    frags = _frags(row)
    if len(frags) < 2 or len(frags[0].text) > 50 or _SENTENCE.search(frags[0].text):
        return False  # a line of prose beside a figure's tick labels is no row label
    values = frags[1:] if not _VALUE.match(frags[0].text) else frags
    return bool(values) and all(_VALUE.match(f.text) for f in values)


def _edges(row: list[PLine]) -> tuple[set[int], set[int]]:
    frags = _frags(row)
    return {round(f.bbox[0]) for f in frags}, {round(f.bbox[2]) for f in frags}


def _near(ref: set[int], xs: set[int]) -> int:
    return len(ref & {x + d for x in xs for d in (-2, -1, 0, 1, 2)})


def _justified_prose(run: list[list[PLine]]) -> bool:
    """Rows that are lines of one justified paragraph, drawn word by word.

    Their pieces line up only at the paragraph's two edges: every row starts at
    one x and ends at one x (flush left and right), and the pieces are words.
    A grid's rows share their inner columns, and its last column seldom ends at
    one x in every row while holding words only.
    """
    frags = [_frags(r) for r in run]
    if any(len(f) < 2 for f in frags):
        return False
    starts = [f[0].bbox[0] for f in frags]
    ends = [f[-1].bbox[2] for f in frags]
    if max(starts) - min(starts) > 1.0 or max(ends) - min(ends) > 1.0:
        return False
    words = [p.text for f in frags for p in f]
    return sum(1 for w in words if PROSE_WORD.fullmatch(w) or _NUMBER_WORD.fullmatch(w)) >= 0.8 * len(words)


_NUMBER_WORD = re.compile(r"[\d.,\u00d7]+[,;.]?")


def _header(row: list[PLine], run: list[list[PLine]], body_size: float) -> bool:
    """A line of column heads over a run of value rows: short pieces over the run's columns."""
    frags = _frags(row)
    if len(frags) < 2 or any(len(f.text) > 40 for f in frags) or row[0].y1 < run[0][0].y0 - 2.5 * body_size:
        return False
    cols = _frags(run[0])
    if len(frags) > _MAX_COLUMNS or len(cols) > _MAX_COLUMNS:
        # The overlap test is pieces x columns; a grid that wide is not read as one anyway.
        return False
    hit = {k for f in frags for k, c in enumerate(cols) if f.bbox[0] < c.bbox[2] and c.bbox[0] < f.bbox[2]}
    return len(hit) >= min(2, len(cols)) and len(hit) >= len(frags) - 1


def uncaptioned(ordered: list[PLine], used: set[int], body_size: float,
                 columns: list[tuple[float, float]]) -> list[FoundTable]:  # fmt: skip
    """Runs of at least three aligned rows with three or more short pieces, or of value rows.

    Value rows (a label, then numbers set apart) make a table whose columns may
    be only two (label and value); the line of column heads over them is taken
    in. Rows are read across, so that a value stays with its row's label.
    """
    free = [ln for ln in ordered if id(ln) not in used]
    rows = rows_of(free)
    out: list[FoundTable] = []
    run: list[list[PLine]] = []
    before: list[list[PLine] | None] = [None]  # the row over the current run
    top = [False]  # the current run starts the page

    def pieces(row: list[PLine]) -> int:
        return sum(len(ln.frags) or 1 for ln in row)

    def close() -> None:
        # The rest of a table broken over a page may be a row or two of values at the top
        # of the next page, under neither caption nor header: kept as a table of its own
        # when each row states measured values ("21.0 ± 0.0"), for link_continuations.
        if 1 <= len(run) < 3 and top[0] and all(_numeric_row(r) and pieces(r) >= 3 and any(
                _SPREAD.search(f.text) for f in _frags(r)) for r in run):  # fmt: skip
            table_rows, boxes = cells(run, body_size)
            member = [ln for r in run for ln in r]
            out.append(FoundTable(rows=table_rows, row_boxes=boxes,
                                  bbox=box_of([Frag("", ln.bbox) for ln in member]), used=member))  # fmt: skip
        if len(run) >= 3:
            edges = [_edges(r) for r in run]
            # Columns must line up: most rows share their piece starts (or, for
            # numbers set flush right, their ends) with the first.
            ref_starts, ref_ends = edges[0]
            aligned = sum(
                1
                for starts, ends in edges[1:]
                if _near(ref_starts, starts) >= 2 or _near(ref_starts, starts) + _near(ref_ends, ends) >= 2
            )
            if aligned >= len(run) - 2:
                # Heads over value columns are centred or set apart from them: taken
                # by overlap, after the rows have shown their alignment.
                numeric = sum(1 for r in run if _numeric_row(r))
                if numeric >= 3 and before[0] is not None and _header(before[0], run, body_size):
                    run.insert(0, before[0])
                elif numeric < 3 and not all(pieces(r) >= 3 and _short(r) for r in run):
                    run.clear()  # neither three value rows nor a grid of short pieces
                    return
                elif numeric < 3 and _justified_prose(run):
                    run.clear()  # lines of a justified paragraph drawn word by word
                    return
                table_rows, boxes = cells(run, body_size)
                member = [ln for r in run for ln in r]
                out.append(
                    FoundTable(
                        rows=table_rows,
                        row_boxes=boxes,
                        bbox=box_of([Frag("", ln.bbox) for ln in member]),
                        used=member,
                    )
                )
        run.clear()

    def _short(row: list[PLine]) -> bool:
        return all(len(ln.text) < 40 for ln in row) and not _column_text(row, columns)

    for i, row in enumerate(rows):
        if (pieces(row) >= 3 and _short(row)) or (_numeric_row(row) and not _column_text(row, columns)):
            if run and row[0].y0 - max(ln.y1 for ln in run[-1]) > 3 * body_size:
                close()
            if not run:
                before[0] = rows[i - 1] if i else None
                top[0] = i == 0
            run.append(row)
        else:
            close()
    close()
    return out
