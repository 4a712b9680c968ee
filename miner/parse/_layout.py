"""Page layout for PDFs: lines from PyMuPDF's dict, running headers, columns, paragraphs.

Pure functions over plain data (``PLine``), so that the geometry rules can be
tested without building PDFs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from miner.parse._sections import FIGURE_CAPTION
from miner.parse._text import normalize, superscript_join

__all__ = [
    "PLine",
    "is_running_sideways",
    "join_row_pieces",
    "lines_from_dict",
    "margin_line_numbers",
    "numbered_heads",
    "running_lines",
    "running_texts",
    "split_paragraphs",
]

BBox = tuple[float, float, float, float]

_BOLD = 16  # PyMuPDF span flag bits
_ITALIC = 2
_SUPERSCRIPT = 1


def _spread(text: str) -> bool:
    """Cheap test (hot loop) for text that may hold a "mean ± spread" or "mean (spread)"."""
    return "±" in text or "(" in text or "+/-" in text


@dataclass(slots=True)
class Frag:
    """A piece of a line separated from its neighbours by a wide gap (a table cell)."""

    text: str
    bbox: BBox
    # The drawn pieces the fragment was joined from: (raw text, x0, x1) each. Cells a
    # writer ran together into one fragment are cut where they were drawn, not guessed.
    spans: tuple[tuple[str, float, float], ...] = ()


@dataclass(slots=True, eq=False)
class PLine:
    """One visual line of a page, text already normalised.

    Equal when every field is equal, as a dataclass, but tested box first and
    stopping early (list membership tests compare many lines; most boxes differ).
    """

    text: str
    bbox: BBox
    size: float
    bold: bool
    page: int
    frags: list[Frag] = field(default_factory=list)
    soft_hyphen: bool = False
    italic: bool = False
    # The bold or italic words a line starts with when the rest is set plain: a
    # heading run into its paragraph ("Animals. Adult female ...").
    lead: str = ""

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        if self is other:
            return True
        o: PLine = other  # type: ignore[assignment]
        return (  # each field as a tuple comparison tests it: identity, then ==
            (self.bbox is o.bbox or self.bbox == o.bbox)
            and (self.text is o.text or self.text == o.text)
            and (self.size is o.size or self.size == o.size)
            and (self.bold is o.bold or self.bold == o.bold)
            and (self.page is o.page or self.page == o.page)
            and (self.frags is o.frags or self.frags == o.frags)
            and (self.soft_hyphen is o.soft_hyphen or self.soft_hyphen == o.soft_hyphen)
            and (self.italic is o.italic or self.italic == o.italic)
            and (self.lead is o.lead or self.lead == o.lead)
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it was

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def y0(self) -> float:
        return self.bbox[1]

    @property
    def y1(self) -> float:
        return self.bbox[3]

    @property
    def width(self) -> float:
        return self.bbox[2] - self.bbox[0]


def _union(a: BBox, b: BBox) -> BBox:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


_BOLD_FONTS: dict[str, bool] = {}
_ITALIC_FONTS: dict[str, bool] = {}


def _bold_font(font: str) -> bool:
    # Cached: the same few fonts recur on every line of a document.
    known = _BOLD_FONTS.get(font)
    if known is None:
        low = font.lower()
        known = _BOLD_FONTS[font] = "bold" in low or "black" in low or "heavy" in low
        if len(_BOLD_FONTS) > 4096:  # bound the cache on hostile files
            _BOLD_FONTS.clear()
    return known


def _italic_font(font: str) -> bool:
    known = _ITALIC_FONTS.get(font)
    if known is None:
        low = font.lower()
        known = _ITALIC_FONTS[font] = "italic" in low or "oblique" in low or low.endswith("-it")
        if len(_ITALIC_FONTS) > 4096:
            _ITALIC_FONTS.clear()
    return known


def _single(span: dict, page: int, bbox: BBox) -> PLine | None:
    """A line of one span: what :func:`_assemble` makes of it, without the joining."""
    raw = span["text"]
    text = normalize(raw).strip()
    if not text:
        return None
    flags = span["flags"]
    font = span["font"]
    return PLine(
        text=text,
        bbox=bbox,
        size=float(span["size"]),
        bold=bool(raw.strip()) and bool(flags & _BOLD or _bold_font(font)),
        page=page,
        frags=[Frag(text, bbox)],
        soft_hyphen="\u00ad" in raw and raw.rstrip().endswith("\u00ad"),
        italic=bool(flags & _ITALIC) or _italic_font(font),
    )


def _assemble(spans: list[dict], page: int, bbox: BBox) -> PLine | None:
    """Join a line's spans: spaces for gaps, superscripts as exponents or [citations].

    Text is normalised once per line (it is the hot loop of PDF parsing); a line
    is also cut into fragments where spans are more than ~1 em apart (table cells).
    """
    spans = [s for s in spans if s["text"]]
    if not spans:
        return None
    if len(spans) == 1:
        # Most lines are one span: none of the joining below applies to them.
        return _single(spans[0], page, bbox)
    # The line's body size is that of the span carrying most characters.
    weights: dict[float, int] = {}
    for s in spans:
        key = s["size"]
        weights[key] = weights.get(key, 0) + len(s["text"])
    base = max(weights, key=weights.__getitem__) or max(s["size"] for s in spans)
    base_origin = max(s["origin"][1] for s in spans if s["size"] == base)
    # The thresholds below, computed once per line (this loop runs for every span).
    blank_width = 0.6 * base
    sup_size = 0.85 * base
    sup_rise = base_origin - 0.15 * base
    cell_gap = 0.9 * base
    word_gap = 0.2 * base
    pieces: list[str] = []
    xs: list[tuple[float, float]] = []  # where each piece was drawn
    frag_starts = [0]
    frag_boxes: list[list[float]] = []
    prev_x1: float | None = None
    bold_chars = total_chars = italic_chars = 0
    lead_end = 0  # pieces[:lead_end] are the styled run the line starts with
    leading = True
    soft = False
    wide_blank = False
    for s in spans:
        raw = s["text"]
        bx0, by0, bx1, by1 = s["bbox"]
        stripped = raw.strip()
        if not stripped and frag_boxes and bx1 - bx0 > blank_width:
            # MuPDF fills the gap between two separately drawn cells of a table
            # row with a span holding one wide "space" (~0.8 em; a real space is
            # ~0.25 em): that gap separates cells just like a wide empty gap.
            wide_blank = True
            pieces.append(" ")
            xs.append((bx0, bx1))
            continue
        flags = s["flags"]
        is_sup = (
            s["size"] < sup_size
            and stripped != ""
            and (s["origin"][1] < sup_rise or bool(flags & _SUPERSCRIPT))
        )
        gap = bx0 - prev_x1 if prev_x1 is not None else 0.0
        if frag_boxes and (gap > cell_gap or wide_blank) and not is_sup:
            frag_starts.append(len(pieces))
            frag_boxes.append([bx0, by0, bx1, by1])
        elif frag_boxes:
            # Comparisons, not min()/max(): this runs for every span of the document.
            fb = frag_boxes[-1]
            if bx1 > fb[2]:  # noqa: PLR1730
                fb[2] = bx1
            if by0 < fb[1]:  # noqa: PLR1730
                fb[1] = by0
            if by1 > fb[3]:  # noqa: PLR1730
                fb[3] = by1
        else:
            frag_boxes.append([bx0, by0, bx1, by1])
        if is_sup:
            piece = superscript_join("".join(pieces), normalize(raw))
        else:
            piece = raw
            if (
                pieces
                and gap > word_gap
                and not pieces[-1].endswith(" ")
                and not raw.startswith(" ")
            ):
                piece = " " + raw
        if "\u00ad" in raw and raw.rstrip().endswith("\u00ad"):
            soft = True
        pieces.append(piece)
        xs.append((bx0, bx1))
        prev_x1 = bx1
        wide_blank = False
        n = len(stripped)
        total_chars += n
        font = s["font"]
        bold = flags & _BOLD or _bold_font(font)
        italic = flags & _ITALIC or _italic_font(font)
        if bold:
            bold_chars += n
        if italic:
            italic_chars += n
        if leading and n:
            if (bold or italic) and not is_sup:
                lead_end = len(pieces)
            elif not is_sup:
                leading = False
    text = normalize("".join(pieces)).strip()
    if not text:
        return None
    frags: list[Frag] = []
    if len(frag_boxes) > 1:
        frag_starts.append(len(pieces))
        for i, fb in enumerate(frag_boxes):
            a, b = frag_starts[i], frag_starts[i + 1]
            ftext = normalize("".join(pieces[a:b])).strip()
            if ftext:
                # Only values with a spread are ever cut where they were drawn.
                drawn = tuple((pieces[k], *xs[k]) for k in range(a, b)) if b - a > 1 and _spread(ftext) else ()
                frags.append(Frag(ftext, (fb[0], fb[1], fb[2], fb[3]), drawn))
    else:
        drawn = tuple((p, *x) for p, x in zip(pieces, xs, strict=True)) if _spread(text) else ()
        frags.append(Frag(text, bbox, drawn))
    lead = ""
    if 0 < lead_end < len(pieces) and not leading:
        lead = normalize("".join(pieces[:lead_end])).strip()
        if not text.startswith(lead):
            lead = ""
    return PLine(
        text=text,
        bbox=bbox,
        size=float(base),
        bold=total_chars > 0 and bold_chars >= 0.9 * total_chars,
        page=page,
        frags=frags,
        soft_hyphen=soft,
        italic=total_chars > 0 and italic_chars >= 0.9 * total_chars,
        lead=lead,
    )


def lines_from_dict(page_dict: dict, page: int) -> tuple[list[PLine], list[PLine]]:
    """Horizontal lines and rotated lines of one page from ``page.get_text("dict")``.

    PyMuPDF sometimes cuts a visual line in two (a superscript or a change of font
    at a different baseline); such pieces are merged back when they touch.
    """
    horizontal: list[PLine] = []
    rotated: list[PLine] = []
    for block in page_dict.get("blocks", ()):
        if block.get("type") != 0:
            continue
        pending: list[dict] = []
        pending_box: BBox | None = None
        pending_dir = (1.0, 0.0)
        groups: list[tuple[list[dict], tuple[float, float], BBox]] = []
        for line in block.get("lines", ()):
            box: BBox = tuple(line["bbox"])  # type: ignore[assignment]
            ldir = tuple(line.get("dir", (1.0, 0.0)))
            if pending and pending_box is not None:
                height = min(box[3] - box[1], pending_box[3] - pending_box[1]) or 1.0
                overlap = min(box[3], pending_box[3]) - max(box[1], pending_box[1])
                # The size (a pass over the spans) only for lines on the same baseline:
                # most lines of a block stand below the previous one.
                if overlap >= 0.5 * height and ldir == pending_dir:
                    size = max(s["size"] for s in line["spans"]) if line["spans"] else 0
                    if -0.5 <= box[0] - pending_box[2] < 0.6 * max(size, 1.0):
                        pending.extend(line["spans"])
                        pending_box = _union(pending_box, box)
                        continue
                groups.append((pending, pending_dir, pending_box))
            pending, pending_box, pending_dir = list(line["spans"]), box, ldir  # type: ignore[assignment]
        if pending and pending_box is not None:
            groups.append((pending, pending_dir, pending_box))
        for spans, ldir, gbox in groups:
            pl = _assemble(spans, page, gbox)
            if pl is None:
                continue
            if abs(ldir[1]) > 0.05:
                rotated.append(pl)
            else:
                horizontal.append(pl)
    return horizontal, rotated


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


_PAGE_WORDS = re.compile(
    r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*[|\u00b7\u2022\u2013\u2014-]?\s+"
    r"|\s+[|\u00b7\u2022\u2013\u2014-]?\s*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)
_PAGE_OF = re.compile(
    r"^\s*page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*[|\u00b7\u2022-]?\s*"
    r"|\s*[|\u00b7\u2022-]?\s*page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$",
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
        bbox=_union(a.bbox, b.bbox),
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
