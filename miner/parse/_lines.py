"""Lines of a PDF page from PyMuPDF's dict: spans joined into words, cells and styles.

Pure functions over plain data: :func:`lines_from_dict` turns ``page.get_text("dict")``
into :class:`PLine` records (text normalised, fragments where a wide gap cuts a
table row, bold/italic and a styled lead-in), which the rest of the layout code reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from miner.parse._text import normalize, superscript_join

__all__ = ["BBox", "Frag", "PLine", "lines_from_dict", "union"]

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


def union(a: BBox, b: BBox) -> BBox:
    """The smallest box holding both."""
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _bold_font(font: str) -> bool:
    low = font.lower()
    return "bold" in low or "black" in low or "heavy" in low


def _italic_font(font: str) -> bool:
    low = font.lower()
    return "italic" in low or "oblique" in low or low.endswith("-it")


_STYLES: dict[str, tuple[bool, bool]] = {}


def _font_style(font: str) -> tuple[bool, bool]:
    """(bold, italic) by the font's name, cached: the same few fonts recur on every line."""
    known = _STYLES.get(font)
    if known is None:
        if len(_STYLES) >= 4096:  # bound the cache on hostile files
            _STYLES.clear()
        known = _STYLES[font] = (_bold_font(font), _italic_font(font))
    return known


def _single(span: dict, page: int, bbox: BBox) -> PLine | None:
    """A line of one span: what :func:`_assemble` makes of it, without the joining."""
    raw = span["text"]
    text = normalize(raw).strip()
    if not text:
        return None
    flags = span["flags"]
    bold_font, italic_font = _font_style(span["font"])
    return PLine(
        text=text,
        bbox=bbox,
        size=float(span["size"]),
        bold=bool(raw.strip()) and bool(flags & _BOLD or bold_font),
        page=page,
        frags=[Frag(text, bbox)],
        soft_hyphen="\u00ad" in raw and raw.rstrip().endswith("\u00ad"),
        italic=bool(flags & _ITALIC) or italic_font,
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
        # Falsy or True; only its truth is read (a blank span is never raised).
        is_sup = (
            stripped
            and s["size"] < sup_size
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
        if not stripped:
            # A blank span (every other span where words are drawn one by one)
            # counts no characters: its style changes nothing below.
            continue
        n = len(stripped)
        total_chars += n
        font = s["font"]
        bold_font, italic_font = _font_style(font)
        bold = flags & _BOLD or bold_font
        italic = flags & _ITALIC or italic_font
        if bold:
            bold_chars += n
        if italic:
            italic_chars += n
        if leading:
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
                        pending_box = union(pending_box, box)
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
