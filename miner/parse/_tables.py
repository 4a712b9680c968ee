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
from itertools import pairwise
from statistics import median

from miner.parse._cells import box_of, cells
from miner.parse._columns import Gutter, column_bounds
from miner.parse._found import PROSE_WORD, FoundTable, rows_of
from miner.parse._lines import Frag, PLine
from miner.parse._sections import FIGURE_CAPTION, TABLE_CAPTION
from miner.parse._uncaptioned import uncaptioned
from miner.parse.model import Block, BlockKind, Table

__all__ = [
    "adopt_page_captions",
    "find_tables",
    "link_continuations",
    "table_caption",
]

_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s+[A-Z]")
# A time point as a column header: "7 DPI", "14 Days", "4 WPI", "2 Weeks post-injury".
_TIME_CELL = re.compile(
    r"\d{1,3}\s+(?:DPI|WPI|HPI|Days?|Weeks?|Wks?|Hours?|Months?)(?:\s+(?:post[- ]?(?:injury|SCI|operation)|after\s+(?:injury|SCI)))?[*†‡§#a-d,]*",
    re.IGNORECASE,
)


def _body_like(ln: PLine, col_width: float) -> bool:
    """A line of running text, not a table cell: long, most of a column wide, and one
    piece, or words only (tightly justified lines have wide gaps between words)."""
    if len(ln.text) < 45 or ln.width < 0.55 * col_width or ln.text.count(" ") < 5:
        return False
    return len(ln.frags) <= 1 or all(PROSE_WORD.fullmatch(f.text) for f in ln.frags)


def _prose_line(ln: PLine, measure: float) -> bool:
    """One piece of words separated by spaces filling most of ``measure`` (a column's width)."""
    if len(ln.frags) > 1 or ln.text.count(" ") < 3:
        return False
    return ln.width >= 0.6 * measure and len(PROSE_WORD.findall(ln.text)) >= 3


def _column_prose(ln: PLine, bounds: list[tuple[float, float]]) -> bool:
    """A line of running text in one of the page's columns, judged by that column's width.

    Three narrow columns hold lines of 30-40 characters, too short for
    :func:`_body_like`'s page-wide test; a line is prose here when it sits in
    one column, fills most of it, and is words separated by spaces in one piece.
    """
    k = _home(ln.x0, ln.x1, bounds)
    return k is not None and _prose_line(ln, bounds[k][1] - bounds[k][0])


def _home(x0: float, x1: float, bounds: list[tuple[float, float]]) -> int | None:
    """The column holding [x0, x1]: a line may reach into a gutter up to its middle
    (gutters are found with a few long lines tolerated across their edges)."""
    for k, (c0, c1) in enumerate(bounds):
        lo = (bounds[k - 1][1] + c0) / 2 if k else float("-inf")
        hi = (c1 + bounds[k + 1][0]) / 2 if k + 1 < len(bounds) else float("inf")
        if lo <= x0 and x1 <= hi:
            return k
    return None


def _measure(cap: PLine, caption: list[PLine], bounds: list[tuple[float, float]]) -> float:
    """The width of the column a caption stands in.

    A caption that wraps shows the measure directly (gutters are found from the
    page's text and overstate a column beside an empty one); otherwise the
    column the caption starts in.
    """
    k = _home(cap.x0, cap.x0, bounds) or 0
    width = bounds[k][1] - bounds[k][0]
    if len(caption) > 1:
        width = min(width, max(ln.width for ln in caption))
    return width


# "Tab. 2" is how several journals (and most German-language ones) label tables;
# the shared TABLE_CAPTION covers "Table 2", "TABLE 2.", "Table 2:" and friends.
_TAB_ABBREV = re.compile(r"^\s*Tab\.\s*(S?\d+|[IVX]+)[A-Za-z]?\b")
# Appendix and online-supplement tables: "Table A1.", "TABLE B2:", "Table E1 – ...". The label
# must be followed by punctuation or a capitalised word: "Table A1 lists the primers" is prose.
_APPENDIX = re.compile(r"^\s*(?:Table|TABLE)\s+([A-H]\d{1,2})\b(?=\s*[.:|\u2014\u2013-]|\s+[A-Z(])")
# How table footnotes begin: a marker, or the words notes usually start with.
_NOTE_START = re.compile(
    r"^\s*(?:[*\u2020\u2021\u00a7#\u00b6]|[a-f]\s|[a-f]?\s*P\s*[<>=\u2264\u2265]|\(?[a-f]\)\s"
    r"|\(?(?:table\s+)?continued\b"
    r"|(?:notes?|data|values|results|abbreviations?|mean|scores?|n\s*=|all\s|each\s|the\s)\b)",
    re.IGNORECASE,
)


def table_caption(text: str) -> re.Match[str] | None:
    """The match of a table caption's label ("Table 2", "TABLE 2.", "Tab. 2", "Table A1") at ``text``'s start."""
    return TABLE_CAPTION.match(text) or _TAB_ABBREV.match(text) or _APPENDIX.match(text)


def _is_caption(ln: PLine) -> bool:
    return bool(table_caption(ln.text) or FIGURE_CAPTION.match(ln.text))


def _note_like(ln: PLine) -> bool:
    """A one-piece line under a table that reads as its footnote, not as a cell."""
    return bool(_NOTE_START.match(ln.text)) or (len(ln.text) >= 40 and ln.text.count(" ") >= 5)


def _stops_table(ln: PLine, col_width: float, body_size: float, cap: PLine, *,
                 cell: bool = False) -> bool:
    """Lines a table cannot run into: captions, running text, section headings.

    ``cell``: the line starts far right of the table's left edge, where running
    text never starts, so however long and wordy it is a cell.
    """
    if _is_caption(ln) or (not cell and _body_like(ln, col_width) and ln.size >= body_size - 0.3):
        return True
    # A bold time header cell ("7 DPI", "14 Days") reads like a numbered heading ("7 Discussion").
    numbered = bool(_NUMBERED.match(ln.text)) and not _TIME_CELL.fullmatch(ln.text.strip())
    if ln.size >= max(body_size, cap.size) + 0.9 or bool(ln.bold and numbered):
        return True
    # An italic numbered subheading ("3.3. PTEN and AKT") set near body size, above the notes' type.
    return bool(ln.italic and ln.size >= body_size - 0.5 and numbered)


def _beside_label(ln: PLine, lines: list[PLine], left: float, col_width: float) -> bool:
    """A label cell ends left of ``ln`` on its row: a short line at the table's left edge."""
    half = 0.5 * (ln.y1 - ln.y0)
    return any(
        t.x1 < ln.x0 and t.y0 < ln.y1 - half and ln.y0 < t.y1 - half
        and abs(t.x0 - left) < 2 * t.size and not _body_like(t, col_width)
        for t in lines
    )


def _cell_indent(ln: PLine, near: list[PLine], table_lines: list[PLine], col_width: float) -> bool:
    """``ln`` is a value cell of a description table, however much it reads like prose.

    Running text starts at its column's edge (a paragraph's first line a few ems
    in). A long line of words that starts a fifth of the column in, beside a label
    cell of its row ("Dose and route | 30 µg sEVs in 30 µL as nasal drops ..."),
    or tight under such a line at the same indent (the value's wrapped line), is
    a cell of the table's later column, when it starts where a cell above it
    starts. ``near``: the lines around ``ln`` in reading order (a bold label's
    box may start a little lower than its value's).
    """
    if not table_lines:
        return False
    left = min(t.x0 for t in table_lines)
    # Far in from the table's left edge, and starting where a cell of the rows above
    # starts (the header's "Detail"): not the next text column's line beside the table.
    if ln.x0 - left <= max(0.2 * col_width, 5 * ln.size) or not any(
        abs(t.x0 - ln.x0) < 2.0 for t in table_lines
    ):
        return False
    if _beside_label(ln, near, left, col_width):
        return True
    last = table_lines[-1]
    return (abs(last.x0 - ln.x0) < 1.0 and ln.y0 - last.y1 < 0.6 * ln.size
            and _beside_label(last, table_lines[-4:], left, col_width))


def _pieces(row: list[PLine]) -> int:
    return sum(len(ln.frags) or 1 for ln in row)


def _resumes_prose(ln: PLine, table_lines: list[PLine], body_size: float, measure: float) -> bool:
    """Running text in body type after cells set smaller: the column's text goes on.

    Most journals set tables a point or two under the body; a line back at body
    size that fills the column as words is the paragraph after the table, even
    when a narrow column keeps it too short for :func:`_body_like`. (Table
    notes are set small like the cells and stay with the table.)
    """
    if len(table_lines) < 2 or ln.size < body_size - 0.2:
        return False
    cell = median(t.size for t in table_lines)
    return cell <= body_size - 0.6 and _prose_line(ln, measure)


def _prose_after_gap(ln: PLine, gap: float, widest: float, table_lines: list[PLine],
                     body_size: float) -> bool:
    """Body-size words after a clear gap under cells set smaller: the text goes on.

    A full-width table over narrow columns (three-column pages) is followed by a
    column line far shorter than the table's measure, so :func:`_resumes_prose`
    cannot judge it by width; the return to body type after a gap wider than any
    between the table's own rows (and its notes) says the same.
    """
    if len(table_lines) < 4 or len(ln.frags) > 1 or ln.size < body_size - 0.2:
        return False
    if median(t.size for t in table_lines) > body_size - 0.6:
        return False
    if gap <= max(1.5 * widest, 0.9 * ln.size):
        return False
    return ln.text.count(" ") >= 3 and len(PROSE_WORD.findall(ln.text)) >= 3


def _ends_with_note(ln: PLine, table_lines: list[PLine]) -> bool:
    """``ln`` is a footnote line ("a P < 0.01 vs ...") under table rows already found."""
    if len(ln.frags) > 1 or not _NOTE_START.match(ln.text) or len(table_lines) < 4:
        return False
    span = max(t.x1 for t in table_lines) - min(t.x0 for t in table_lines)
    return ln.width >= 0.4 * span and _is_table(rows_of(table_lines))


def _figure_below(ln: PLine, gap: float, widest: float, table_lines: list[PLine]) -> bool:
    """``ln`` is the lettering of a figure drawn under the table, not its next row.

    A figure's axis numbers and legend are set in a type of their own and stand
    well clear of the table's last row: much farther than the table's rows are
    from each other. Notes are small type too, but read as notes.
    """
    if len(table_lines) < 4 or gap <= max(3 * widest, 1.5 * ln.size) or _note_like(ln):
        return False
    return abs(ln.size - median(t.size for t in table_lines)) >= 0.8


def _below(cap: PLine, rest: list[PLine], col_width: float, body_size: float,
           pitch: float, measure: float | None = None) -> tuple[list[PLine], float]:  # fmt: skip
    """Table lines under a caption (or its last line): until a wide gap or a stopper."""
    table_lines: list[PLine] = []
    bottom = cap.y1
    noted = False
    widest = 0.0  # the widest gap between the table's own rows so far
    for i, ln in enumerate(rest):
        if ln.y0 - bottom > max(2.5 * pitch, 3 * ln.size):
            break
        # Whether a prose-like line is a description table's value cell is asked only
        # when a prose test would otherwise end the table.
        cell: bool | None = None

        def is_cell(ln: PLine = ln, i: int = i) -> bool:
            nonlocal cell
            if cell is None:
                cell = _cell_indent(ln, rest[max(0, i - 4):i + 4], table_lines, col_width)
            return cell

        if _stops_table(ln, col_width, body_size, cap) and (
            not is_cell() or _stops_table(ln, col_width, body_size, cap, cell=True)
        ):
            break
        if measure and _resumes_prose(ln, table_lines, body_size, measure) and not is_cell():
            break
        if table_lines and _prose_after_gap(ln, ln.y0 - bottom, widest, table_lines, body_size) \
                and not is_cell():
            break
        # After its footnote a table does not go on: only the note's own
        # wrapped lines follow, tight under it (not a figure's lettering below).
        if noted and (len(ln.frags) > 1 or ln.y0 - bottom > 0.6 * ln.size):
            break
        if not noted and _ends_with_note(ln, table_lines):
            noted = True
        gap = ln.y0 - bottom
        if table_lines and _figure_below(ln, gap, widest, table_lines):
            break
        if table_lines:
            widest = max(widest, gap)
        table_lines.append(ln)
        bottom = max(bottom, ln.y1)
    return table_lines, (table_lines[0].y0 - cap.y1 if table_lines else float("inf"))


def _above(cap: PLine, before: list[PLine], col_width: float, body_size: float,
           pitch: float) -> tuple[list[PLine], float]:  # fmt: skip
    """Table lines over a caption placed below its table, nearest first upwards."""
    table_lines: list[PLine] = []
    top = cap.y0
    for k in range(len(before) - 1, -1, -1):
        ln = before[k]
        if top - ln.y1 > max(2.5 * pitch, 3 * ln.size):
            break
        if _stops_table(ln, col_width, body_size, cap):
            break
        # The short last line of the paragraph over the table, not a one-cell row.
        prev = before[k - 1] if k else None
        if (
            prev is not None
            and len(ln.frags) <= 1
            and _body_like(prev, col_width)
            and ln.y0 - prev.y1 < 0.8 * ln.size
            and abs(ln.x0 - prev.x0) < 2
        ):
            break
        table_lines.insert(0, ln)
        top = min(top, ln.y0)
    return table_lines, (cap.y0 - table_lines[-1].y1 if table_lines else float("inf"))


def _split_notes(
    rows: list[list[PLine]], col_width: float
) -> tuple[list[list[PLine]], list[PLine]]:
    """Trailing one-piece rows that read as footnotes leave the table."""
    notes: list[PLine] = []
    # A note that wraps ends in lines that read as nothing ("repeated here."):
    # the trailing one-piece rows all leave when the first of them starts a
    # note at the table's left edge (a wrapped cell starts in its own column).
    k = len(rows)
    while k > 0 and len(rows[k - 1]) == 1 and _pieces(rows[k - 1]) == 1:
        k -= 1
    if 2 <= k < len(rows):
        first = rows[k][0]
        edge = min(ln.x0 for r in rows[:k] for ln in r)
        if _note_like(first) and first.x0 <= edge + 4:
            return rows[:k], [r[0] for r in rows[k:]]
    # After the last row of cells, a wrapped label's second line ("(n = 8)") may stand
    # before the note: the note starts at the first line there that reads as one and
    # starts at the table's left edge, and takes every line after it.
    last = max((i for i, r in enumerate(rows) if _pieces(r) >= 2), default=-1)
    if last >= 1:
        edge = min(ln.x0 for r in rows[: last + 1] for ln in r)
        for i in range(last + 1, len(rows)):
            ln = rows[i][0]
            if len(rows[i]) == 1 and _pieces(rows[i]) == 1 and ln.x0 <= edge + 4 and _note_like(ln) \
                    and all(len(r) == 1 and _pieces(r) == 1 for r in rows[i:]):  # fmt: skip
                return rows[:i], [r[0] for r in rows[i:]]
    while rows and len(rows[-1]) == 1 and _pieces(rows[-1]) == 1:
        ln = rows[-1][0]
        if not (_note_like(ln) or _body_like(ln, col_width)):
            break
        notes.insert(0, rows.pop()[0])
    return rows, notes


def _is_table(rows: list[list[PLine]]) -> bool:
    return len(rows) >= 2 and sum(1 for r in rows if _pieces(r) >= 2) >= 2


def _inside(cap: PLine, ordered: list[PLine], used: set[int], gutters: list[Gutter],
            page_x: tuple[float, float], pitch: float, *, above: bool) -> list[PLine]:  # fmt: skip
    """The free lines a caption's table may use: its column, or the page width for a
    table that spans the columns (under the caption, or over it when ``above``)."""
    xr = page_x
    left, right = page_x
    bounds = column_bounds(gutters, left, right)
    last = len(bounds) - 1
    home = _home(cap.x0, cap.x1, bounds)
    if gutters and home is not None:
        # Out to the middle of the gutters around it: a column's widest lines reach into them.
        col = (left if home == 0 else (bounds[home - 1][1] + bounds[home][0]) / 2,
               right if home == last else (bounds[home][1] + bounds[home + 1][0]) / 2)  # fmt: skip
        other = [ln for ln in ordered if not (col[0] <= ln.x0 and ln.x1 <= col[1])]
        if above:
            near = [ln for ln in other if cap.y0 - 6 * pitch < ln.y1 < cap.y0]
        else:
            near = [ln for ln in other if cap.y1 < ln.y0 < cap.y1 + 6 * pitch]
        beside = [ln for ln in other if abs(ln.y0 - cap.y0) < 2 * cap.size and _is_caption(ln)]
        # The table stays in its column when the other columns hold text or their own float.
        if beside or not near or any(_column_prose(ln, bounds) for ln in near):
            xr = col
            # A table's widest cells may run past the gutter's middle ("10.9 (10.1–11.7)"):
            # a line that starts in the column and ends before the next column's text is its own.
            if home < last:
                reach = bounds[home + 1][0] - 1
                return [
                    ln
                    for ln in ordered
                    if id(ln) not in used
                    and xr[0] - 2 <= ln.x0 < xr[1]
                    and (ln.x1 <= xr[1] + 2 or ln.x1 < reach)
                ]
    return [
        ln for ln in ordered if id(ln) not in used and xr[0] - 2 <= ln.x0 and ln.x1 <= xr[1] + 2
    ]


def find_tables(
    lines: list[PLine], gutters: list[Gutter], body_size: float, pitch: float
) -> list[FoundTable]:
    """Tables on one page: captioned ones first, then uncaptioned aligned blocks.

    A caption's table is looked for under it and, for journals that caption below
    the table, over it; the nearer side with at least two multi-cell rows wins.
    """
    if not lines:
        return []
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    used: set[int] = set()
    found: list[FoundTable] = []
    ordered = sorted(lines, key=lambda x: (x.y0, x.x0))
    for cap in [ln for ln in ordered if table_caption(ln.text)]:
        if id(cap) in used:
            continue
        # Running text is judged against a column's width, not the page's.
        col_width = (gutters[0][0] - left) if gutters else right - left
        inside = _inside(cap, ordered, used, gutters, (left, right), pitch, above=False)
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
        down, gap_down = _below(caption[-1], rest, col_width, body_size, pitch,
                                _measure(cap, caption, column_bounds(gutters, left, right)))  # fmt: skip
        rows_down, notes = _split_notes(rows_of(down), col_width)
        over = _inside(cap, ordered, used, gutters, (left, right), pitch, above=True)
        before = [ln for ln in over if ln.y1 < cap.y0 + 0.5 and ln is not cap]
        up, gap_up = _above(cap, before, col_width, body_size, pitch)
        rows_up, notes_up = _split_notes(rows_of(up), col_width)
        if _is_table(rows_up) and (not _is_table(rows_down) or gap_up < gap_down):
            rows, notes, table_lines = rows_up, notes_up, up
            bottom = cap.y0  # notes of a captioned-below table sit between rows and caption
        elif _is_table(rows_down):
            rows, table_lines = rows_down, down
            bottom = max(ln.y1 for ln in down)
            # By identity: PLine equality compares every field, and this ran line by line.
            taken = {id(ln) for ln in table_lines}
            rest_after = [ln for ln in rest if ln.y0 >= bottom - 0.5 and id(ln) not in taken]
            for ln in rest_after:
                if (
                    ln.size < body_size - 0.4
                    and ln.y0 - bottom < 1.6 * pitch
                    and not _stops_table(ln, col_width, body_size, cap)
                ):
                    notes.append(ln)
                    bottom = ln.y1
                else:
                    break
        else:
            continue
        table_rows, boxes = cells(rows, cap.size)
        member = [ln for r in rows for ln in r]
        ft = FoundTable(
            rows=table_rows,
            row_boxes=boxes,
            bbox=box_of([Frag("", ln.bbox) for ln in member]),
            caption_lines=caption,
            note_lines=notes,
            used=caption + member + notes,
            label=_caption_label(cap.text),
        )
        used.update(id(ln) for ln in ft.used)
        found.append(ft)
    columns = column_bounds(gutters, left, right) if gutters else []
    found.extend(uncaptioned(ordered, used, body_size, columns))
    return found


_CONTINUED = re.compile(
    r"^\s*(?:Table|TABLE|Tab\.)\s*\S+?[.:]?\s*[(\[]?\s*(?:cont(?:inued|inue|'d|d)?\.?)\s*[)\]]?[.:]?\s*$",
    re.IGNORECASE,
)


_VALUE_START = re.compile(r"^[<>≤≥~]?\s*[-\u2212]?\d+(?:[.,]\d+)?(?:\s*(?:±|\+/-|\()|[*#†‡§a-d]*$)")


def _data_row(row: list[str]) -> bool:
    """A row of values: at least two cells after the stub, every filled one a number."""
    vals = [c.strip() for c in row[1:] if c.strip()]
    return len(vals) >= 2 and all(_VALUE_START.match(c) for c in vals)


def link_continuations(tables: list[Table]) -> None:
    """Give the rest of a table split over a page break its label and caption.

    The part on the next page is the first table there and has the same number
    of columns as the last table of the previous page, and either repeats its
    header row (no caption of its own) or is captioned "Table 2 (continued)".
    Its rows stay on their own page: evidence keeps pointing where they are.
    """
    for prev, t in pairwise(tables):
        if prev.page is None or t.page != prev.page + 1 or not prev.rows or not t.rows:
            continue
        if len(t.rows[0]) != len(prev.rows[0]) or not prev.label:
            continue
        last_on_page = not any(o.page == prev.page and o is not prev and (o.bbox or (0, 0))[1] >
                               (prev.bbox or (0, 0))[1] for o in tables)  # fmt: skip
        if not last_on_page:
            continue
        repeated = t.label is None and t.rows[0] == prev.rows[0]
        continued = t.label == prev.label and bool(_CONTINUED.match(t.caption or ""))
        # Or it goes on with data rows alone, under neither caption nor header.
        bare = (t.label is None and t.caption is None and _data_row(t.rows[0])
                and not _data_row(prev.rows[0]))  # fmt: skip
        if repeated or continued or bare:
            t.label = prev.label
            t.caption = (
                prev.caption if t.caption is None else f"{t.caption} {prev.caption or ''}".strip()
            )


def _caption_label(text: str | None) -> str | None:
    m = table_caption(text or "")
    return f"Table {m.group(1)}" if m else None


def adopt_page_captions(blocks: list[Block], tables: list[Table]) -> None:
    """Give a table without caption or label the one table caption of its page no table claims.

    In a two-column page the reader may set a caption apart from its table (other
    text in between): the table comes back bare and the caption stands as a block
    of its own. Taken only when the page holds exactly one bare table and exactly
    one unclaimed "Table N" caption block; the caption block stays where it is.
    """
    bare = [t for t in tables if not t.caption and not t.label and t.page is not None]
    if not bare:
        return
    claimed = {t.label for t in tables} | {_caption_label(t.caption) for t in tables}
    orphans: dict[int, list[tuple[str, str]]] = {}
    for b in blocks:
        label = _caption_label(b.text) if b.kind == BlockKind.CAPTION and b.page is not None else None
        if label is not None and label not in claimed:
            orphans.setdefault(b.page, []).append((b.text.strip(), label))  # type: ignore[arg-type]
    for page in {t.page for t in bare}:
        here = [t for t in bare if t.page == page]
        found = orphans.get(page, [])  # type: ignore[arg-type]
        if len(here) == 1 and len(found) == 1:
            here[0].caption, here[0].label = found[0]
