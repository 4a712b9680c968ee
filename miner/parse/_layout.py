"""Page layout for PDFs: running headers, margin line numbers, rows and paragraphs.

Pure functions over plain data (``PLine``, made by :mod:`miner.parse._lines`), so
that the geometry rules can be tested without building PDFs.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from statistics import median

from miner.parse._lines import Frag, PLine, union
from miner.parse._sections import FIGURE_CAPTION

__all__ = [
    "is_running_sideways",
    "join_row_pieces",
    "margin_line_numbers",
    "numbered_heads",
    "running_lines",
    "running_texts",
    "split_paragraphs",
]

# --- running headers and footers ---------------------------------------------

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def _header_key(text: str) -> str:
    return _DIGITS.sub("#", text.lower()).strip()


# A measured value with its spread ("20.9 ± 0.3", "5.9 (1.0)"), or a value cell of its own.
_MEASURE = re.compile(r"\d(?:[.,]\d+)?\s*(?:±|\+/-|\+/\u2212)\s*\d|\d[.,]\d+\s*\(\s*\d+[.,]\d+\s*\)")
_CELL_VALUE = re.compile(r"^[<>≤≥]?[-\u2212]?\d+[.,]\d+[*#†‡§a-e]*$")


def _tabular(ln: PLine) -> bool:
    """A table row, not a running head: it states a measured value with its spread, or it
    splits into cells of which two or more are decimal numbers ("Day 7   20.9   19.8")."""
    if _MEASURE.search(ln.text):
        return True
    return len(ln.frags) >= 3 and sum(1 for f in ln.frags if _CELL_VALUE.match(f.text)) >= 2


def _tabular_rows(lines: list[PLine]) -> set[int]:
    """Ids of the lines that are (cells of) a table row: a line that is one, or a line level
    with others (each cell drawn as its own line) where two or more lines are values."""
    out = {id(ln) for ln in lines if _tabular(ln)}
    values = [ln for ln in lines if _MEASURE.search(ln.text) or _CELL_VALUE.match(ln.text)]
    if len(values) < 2:
        return out
    for ln in lines:
        mid = (ln.y0 + ln.y1) / 2
        if id(ln) not in out and sum(1 for v in values if v.y0 < mid < v.y1) >= 2:
            out.add(id(ln))
    return out


def running_lines(pages: list[list[PLine]], heights: list[float], zone: float = 0.1) -> set[str]:
    """Keys of lines repeated at the top or bottom of several pages (running heads/feet).

    A line counts when it sits in the top or bottom ``zone`` of its page and the
    same text (digits ignored, so "Page 3" matches "Page 4") occurs in that zone
    on at least two pages, and on at least a quarter of the pages. Table rows do
    not count: "Day 7 20.9 ± 0.3" at the foot of one page and "Day 14 21.0 ± 0.0"
    at the top of the next look alike once digits are ignored.
    """
    seen: Counter[str] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        margin = [ln for ln in lines if ln.y1 < height * zone or ln.y0 > height * (1 - zone)]
        rows = _tabular_rows(margin)
        keys = {_header_key(ln.text) for ln in margin if id(ln) not in rows}
        seen.update(keys)
    need = max(2, round(0.25 * len(pages)))
    return {key for key, count in seen.items() if count >= need and key.strip("# ")}


def is_running(line: PLine, keys: set[str], height: float, zone: float = 0.1) -> bool:
    """True for a running header/footer or a lone page number in the page margins."""
    if not (line.y1 < height * zone or line.y0 > height * (1 - zone)):
        return False
    if bool(_PAGE_NUMBER.match(line.text)):
        return True
    return _header_key(line.text) in keys and not _tabular(line)


def is_running_sideways(line: PLine, keys: set[str], width: float, zone: float = 0.1) -> bool:
    """The same test for a page read turned upright, where the stored page's
    header and footer have become vertical lines at the left and right edges."""
    if not (line.x1 < width * zone or line.x0 > width * (1 - zone)):
        return False
    return _header_key(line.text) in keys or bool(_PAGE_NUMBER.match(line.text))


_EDGE_NUMBER = re.compile(r"^(\d{1,4})(?=\s)|(?<=\s)(\d{1,4})$")


def numbered_heads(pages: list[list[PLine]], numbers: list[int], heights: list[float],
                   zone: float = 0.1) -> set[int]:  # fmt: skip
    """Ids of running heads and feet that carry their page's number ("2  Hansen et al.").

    Journals alternate heads (authors on even pages, a short title on odd ones),
    and the first page has none, so a short article may print each text once.
    What repeats is the slot: a margin line that starts or ends with a number
    standing in a constant relation to the page (printed page = page + offset),
    at the same height (within 3 pt) on at least two pages.
    """
    found: list[tuple[bool, int, float, int, PLine]] = []
    for lines, number, height in zip(pages, numbers, heights, strict=True):
        for ln in lines:
            top = ln.y1 < height * zone
            if not (top or ln.y0 > height * (1 - zone)) or len(ln.text) > 120:
                continue
            m = _EDGE_NUMBER.search(ln.text)
            if m is not None:
                printed = int(m.group(1) or m.group(2))
                found.append((top, printed - number, ln.y0, number, ln))
    if len(found) > 600:  # bounded (quadratic) work on hostile files: a margin cannot hold that many heads
        return set()
    out: set[int] = set()
    for top, offset, y0, number, ln in found:
        if any(
            t == top and o == offset and n != number and abs(y - y0) <= 3
            for t, o, y, n, _ in found
        ):
            out.add(id(ln))
    return out


# A page number at a head's start or end. The trailing form starts only where a run of
# whitespace starts ((?<!\s)): a search could otherwise try every space of a long run
# and every split of it, and the leftmost match starts there anyway. Runs are taken
# whole (possessive) wherever what follows cannot begin with whitespace or a digit.
_PAGE_WORDS = re.compile(
    r"^\s*+(?:page\s*+)?\d{1,4}+(?:\s*+(?:of|/)\s*+\d{1,4}+)?\s*[|\u00b7\u2022\u2013\u2014-]?\s+"
    r"|(?<!\s)\s++[|\u00b7\u2022\u2013\u2014-]?\s*+(?:page\s*+)?\d{1,4}+(?:\s*+(?:of|/)\s*+\d{1,4}+)?\s*+$",
    re.IGNORECASE,
)
_PAGE_OF = re.compile(
    r"^\s*+page\s*+\d{1,4}+(?:\s*+(?:of|/)\s*+\d{1,4}+)?\s*[|\u00b7\u2022-]?\s*"
    r"|(?<!\s)\s*+[|\u00b7\u2022-]?\s*+page\s*+\d{1,4}+(?:\s*+(?:of|/)\s*+\d{1,4}+)?\s*+$",
    re.IGNORECASE,
)


def running_texts(dropped: list[tuple[PLine, bool]], limit: int = 40) -> list[str]:
    """The words of the running heads and feet dropped from the text, each once, in page order.

    ``dropped`` holds (line, numbered): ``numbered`` for a head found by the slot
    its page number stands in (:func:`numbered_heads`), whose edge number is the
    page's and is cut off ("2    Okafor et al." -> "Okafor et al."). Other
    heads lose only a spelled-out page number ("Page 2 of 9"), since a number at
    their edge may be a year or volume. Lone page numbers are left out; the
    list is bounded (``limit``) against hostile files.
    """
    # A number at an edge that differs between repeats of one head is its page
    # number ("... 12:402", "... 12:403"); a number that stays is a volume or year.
    variants: dict[str, set[tuple[str, str]]] = {}
    for ln, _ in dropped[:2000]:
        m = _EDGES.match(ln.text)
        if m:
            variants.setdefault(_header_key(ln.text), set()).add((m["lead"], m["tail"]))
    out: list[str] = []
    seen: set[str] = set()
    for ln, numbered in dropped:
        if _PAGE_NUMBER.match(ln.text):
            continue
        text = (_PAGE_WORDS if numbered else _PAGE_OF).sub("", ln.text, count=1)
        found = variants.get(_header_key(ln.text), set())
        m = _EDGES.match(text)
        if m and not numbered and len(found) > 1:
            if len({lead for lead, _ in found}) > 1:
                text = text[len(m["lead"]):]
            if len({tail for _, tail in found}) > 1:
                text = text[: len(text) - len(m["tail"])]
        text = text.strip(" :;,|")
        key = _header_key(text)
        if not key.strip("# ") or key in seen:
            continue
        seen.add(key)
        out.append(text)
        if len(out) >= limit:
            break
    return out


_EDGES = re.compile(r"(?P<lead>\d{0,4})(?:.*?)(?P<tail>\d{0,4})$", re.DOTALL)


_LINE_NUMBER = re.compile(r"^\d{1,4}$")


def margin_line_numbers(lines: list[PLine]) -> set[int]:
    """Ids of the line numbers an accepted manuscript prints in its margin.

    They are lone integers standing in a vertical file outside the text block
    (left or right), mostly increasing downwards: at least five on the page, or
    at least three consecutive ones that each sit on the row of a text line (a
    short last page, a first page of title lines). The file is aligned on its
    left or its right edge ("9" and "10" share one of them, not both).
    Left in, they would enter sentences and look like a table's first column.
    """
    numbers = [ln for ln in lines if len(ln.text) <= 4 and _LINE_NUMBER.match(ln.text)]
    if len(numbers) < 3:
        return set()
    others = [ln for ln in lines if len(ln.text) > 4 or not _LINE_NUMBER.match(ln.text)]
    if not others:
        return set()
    text_x0 = min(ln.x0 for ln in others)
    text_x1 = max(ln.x1 for ln in others)
    out: set[int] = set()
    for side in ("left", "right"):
        file = [
            ln for ln in numbers
            if (ln.x1 <= text_x0 + 1 if side == "left" else ln.x0 >= text_x1 - 1)
        ]
        if len(file) < 3:
            continue
        # One file: their left or their right edges line up within a few points.
        lead = Counter(round(ln.x0) for ln in file).most_common(1)[0][0]
        tail = Counter(round(ln.x1) for ln in file).most_common(1)[0][0]
        file = [ln for ln in file if abs(ln.x0 - lead) <= 3 or abs(ln.x1 - tail) <= 3]
        file.sort(key=lambda ln: ln.y0)
        values = [int(ln.text) for ln in file]
        rising = sum(1 for a, b in pairwise(values) if b > a)
        many = len(file) >= 5 and rising >= 0.8 * (len(file) - 1)
        if many or (
            len(file) >= 3
            and all(b == a + 1 for a, b in pairwise(values))
            and all(any(abs(o.y1 - ln.y1) < 0.5 * o.size for o in others) for ln in file)
        ):
            out.update(id(ln) for ln in file)
    return out


# --- lines of one column run ---------------------------------------------------


def join_row_pieces(run: list[PLine]) -> list[PLine]:
    """Pieces of one visual line drawn apart (word by word, or justified with wide gaps) as one line.

    Some typesetters draw every word of a justified line on its own, and MuPDF
    then reports each word as a line. Left alone, the row's last word looks like
    the indented first line of a new paragraph. Pieces that share a baseline and
    size inside one column run, with gaps under three ems, are joined; the
    pieces stay as fragments so that table logic can still see them.
    """
    if len(run) < 2:
        return run
    run = _row_order(run)
    out: list[PLine] = [run[0]]
    for ln in run[1:]:
        prev = out[-1]
        size = max(prev.size, ln.size)
        if (
            abs(ln.y1 - prev.y1) < 0.25 * size
            and abs(ln.y0 - prev.y0) < 0.4 * size
            and abs(ln.size - prev.size) < 0.6
            and -0.5 < ln.x0 - prev.x1 < 3 * size
        ):
            out[-1] = _joined(prev, ln)
        else:
            out.append(ln)
    return out


def _row_order(run: list[PLine]) -> list[PLine]:
    """Pieces of one visual line put left to right.

    A piece carrying a raised citation or footnote mark ("used.⁸") reaches higher
    than its neighbours, so ordering by top edge puts it first in its row, and the
    words it precedes would be read after it. Pieces of a row share a baseline:
    consecutive ones whose bottoms agree (within a quarter of their size) and that
    overlap vertically are re-sorted by their left edge.
    """
    out: list[PLine] = []
    i, n = 0, len(run)
    while i < n:
        j = i + 1
        first = run[i]
        while j < n:
            ln = run[j]
            size = max(first.size, ln.size)
            if abs(ln.y1 - first.y1) >= 0.25 * size or ln.y0 >= first.y1 or first.y0 >= ln.y1:
                break
            j += 1
        row = run[i:j]
        if j - i > 1 and any(b.x0 < a.x0 for a, b in pairwise(row)):
            row = sorted(row, key=lambda ln: ln.x0)
        out.extend(row)
        i = j
    return out


def _joined(a: PLine, b: PLine) -> PLine:
    n_a, n_b = len(a.text), len(b.text)
    lead = a.lead
    if not lead and (a.bold or a.italic) and not (b.bold or b.italic):
        lead = a.text
    return PLine(
        text=f"{a.text} {b.text}",
        bbox=union(a.bbox, b.bbox),
        size=a.size if n_a >= n_b else b.size,
        bold=a.bold and b.bold,
        page=a.page,
        frags=[*(a.frags or [Frag(a.text, a.bbox)]), *(b.frags or [Frag(b.text, b.bbox)])],
        soft_hyphen=b.soft_hyphen,
        italic=a.italic and b.italic,
        lead=lead,
    )


def line_pitch(lines: list[PLine]) -> float:
    """Typical baseline-to-baseline distance of body text (points)."""
    steps = []
    for a, b in pairwise(lines):
        d = b.y0 - a.y0
        if 0 < d < 3 * a.size and abs(a.size - b.size) < 0.5:
            steps.append(d)
    return median(steps) if steps else 12.0


def split_paragraphs(run: list[PLine], body_size: float, pitch: float) -> list[list[PLine]]:
    """Cut one column run into paragraphs: gaps, indents, short last lines, style changes."""
    if not run:
        return []
    col_x0 = Counter(round(ln.x0) for ln in run).most_common(1)[0][0]
    col_x1 = max(ln.x1 for ln in run)
    paras: list[list[PLine]] = [[run[0]]]
    for prev, ln in pairwise(run):
        size = max(prev.size, ln.size)
        gap = ln.y0 - prev.y0
        new = False
        if (
            gap > max(1.45 * pitch, 1.45 * size)
            or gap < -0.5 * size
            or abs(prev.size - ln.size) > 0.6
            or prev.bold != ln.bold
            # A short italic line over plain text: a subheading, not a line of it.
            or (prev.italic and not ln.italic and prev.x1 < col_x1 - 4 * size)
            # "Methods: ..." after a finished sentence: the next labelled part.
            or (bool(ln.lead) and ln.lead.endswith((".", ":")) and prev.text.rstrip()[-1:] in ".!?")
            or (
                ln.italic
                and not prev.italic
                and ln.x1 < col_x1 - 4 * size
                and prev.text.rstrip()[-1:] in ".!?:"
            )
        ):
            new = True
        elif (
            ln.x0 > col_x0 + 0.8 * ln.size
            and ln.x0 - prev.x0 > 0.8 * ln.size
            and prev.x1 > col_x1 - 4 * size
        ):
            new = True  # first-line indent
        elif (
            prev.x1 < col_x1 - 4 * size
            and prev.text.rstrip()[-1:] in ".!?:"
            and ln.x0 <= col_x0 + ln.size
            and not FIGURE_CAPTION.match(paras[-1][0].text)  # captions run on over short lines
        ):
            new = True  # short last line of a paragraph
        if new:
            paras.append([ln])
        else:
            paras[-1].append(ln)
    return paras
