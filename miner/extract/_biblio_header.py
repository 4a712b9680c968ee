"""Page 1 of a PDF around its title: the header blocks and the "Citation:" line.

Shared by the journal reader (``_biblio_journal``) and the author reader (``_biblio_authors``).
"""

from __future__ import annotations

import re
from typing import Final

from miner.extract._biblio_names import parse_name, split_authors
from miner.parse.model import Block, ParsedDocument, SectionKind

__all__ = ["citation_text", "page_one_header", "page_one_title", "report_title", "title_choice"]

# A page-1 citation line: "Citation: Iskandar DT, Evans BJ (2014) <title>. PLoS ONE 9(12): e115884",
# "To cite: Corder K, Brown HE, et al. <title>. BMJ Open 2016;6:e012335".
_CITE_CUE: Final = re.compile(
    r"^\s*(?:citation|to\s+cite(?:\s+this\s+article)?|cite\s+this\s+(?:article|paper)(?:\s+as)?|"
    r"how\s+to\s+cite(?:\s+this\s+(?:article|paper))?|please\s+cite\s+this\s+article(?:\s+as)?)\s*:?\s*",
    re.IGNORECASE,
)
_CITE_STOP: Final = re.compile(
    r"^\s*(?:received|accepted|published|copyright|©|editor|academic\s+editor|correspond)",
    re.IGNORECASE,
)

_BACK_MATTER: Final = frozenset({SectionKind.ACKNOWLEDGEMENTS, SectionKind.REFERENCES})


def page_one_header(doc: ParsedDocument) -> tuple[list[Block], Block | None, list[Block]]:
    """(blocks above the title, the title block, the blocks between the title and the abstract) of page 1.

    The lines of a wrapped title that the layout split off (double spacing) and the
    margin's line numbers are in neither list.
    """
    above: list[Block] = []
    below: list[Block] = []
    title: Block | None = None
    parts = {id(b) for b in wrapped_title_blocks(doc)}
    for block in doc.blocks:
        if block.page not in (None, 1):
            break
        if block.section == SectionKind.TITLE and title is None:
            title = block
            continue
        if id(block) in parts or is_line_number(block):
            continue
        # Back matter cannot sit between a title and its abstract: a block there labelled
        # so inherited the label from a side column ("Abbreviations", "Acknowledgements"
        # printed beside the title) and is the author line or the affiliations.
        header_zone = title is not None and block.section in _BACK_MATTER
        if not header_zone and block.section not in (SectionKind.OTHER, SectionKind.TITLE):
            if title is not None or len(above) > 4:
                break
            continue
        (below if title is not None else above).append(block)
        if len(below) >= 4:
            break
    return above, title, below


def citation_text(doc: ParsedDocument) -> tuple[str, Block] | None:
    """The text of page 1's "Citation:" / "To cite:" line, joined across the blocks it wraps over."""
    blocks = [b for b in doc.blocks if b.page in (None, 1) and b.section != SectionKind.REFERENCES]
    for i, block in enumerate(blocks):
        m = _CITE_CUE.match(block.text)
        if not m or len(block.text) > 800:
            continue
        parts = [block.text[m.end() :]]
        for nxt in blocks[i + 1 : i + 12]:
            if (
                sum(len(p) for p in parts) > 500
                or _CITE_STOP.match(nxt.text)
                or _CITE_CUE.match(nxt.text)
            ):
                break
            parts.append(nxt.text)
        return " ".join(parts), block
    return None


# ----------------------------------------------------------------------------- wrapped titles

# A manuscript's line numbers (continuous, in a margin) come out as blocks of their own.
_LINE_NUMBER: Final = re.compile(r"^\s*\d{1,4}\s*$")
# Words a title line does not end on when the title goes on: "... after compression of the" / "rat".
_OPEN_WORD: Final = re.compile(
    r"(?:\b(?:of|in|on|at|to|for|from|with|by|after|before|during|via|and|or|the|a|an|as|into|"
    r"versus|vs\.?|than|its|their)|[-–:,])\s*$",
    re.IGNORECASE,
)
_SENTENCE_END: Final = re.compile(r"[.!?]\s*$")
# Lines set under or above a title that are never part of it.
_NOT_TITLE: Final = re.compile(
    r"@|https?://|\bdoi\b|\b10\.\d{4,9}/|^\s*(?:running\s+(?:title|head)|short\s+title|"
    r"correspond|keywords?|abstract|author\s+manuscript|preprint|published|accepted|received)\b",
    re.IGNORECASE,
)
# An affiliation or footnote marker after a name: "Okafor1,*", "Weiss [1,2]", "Rao*".
_NAME_MARK: Final = re.compile(r"[^\W\d_]\d|[^\W\d_]\s*[*†‡§]|\[\s*\d")


def is_line_number(block: Block) -> bool:
    """A block that is only a margin line number ("12")."""
    return bool(_LINE_NUMBER.match(block.text))


def _line_height(block: Block) -> float | None:
    heights = sorted(ln.bbox[3] - ln.bbox[1] for ln in block.lines if ln.bbox)
    if heights:
        return heights[len(heights) // 2]
    if block.bbox:
        return block.bbox[3] - block.bbox[1]
    return None


def _looks_like_authors(text: str) -> bool:
    if _NAME_MARK.search(text):
        return True
    parts = split_authors(text)
    return len(parts) >= 2 and all(parse_name(p.split()) for p in parts)


def _continues(upper: Block, lower: Block, size: float, *, strong_only: bool) -> bool:
    """True when ``lower`` is the next line of the title whose line above is ``upper``.

    The two are set in the title's type size, one under the other within about two
    line pitches (double spacing), and neither is a banner, a DOI or an author line.
    A line after one that ends a sentence starts something else. Where the page is
    set in one size (or when reading upwards) the break itself must show it: the
    upper line ends on a word a title does not end on, or the lower starts in lower case.
    """
    if upper.bbox is None or lower.bbox is None or lower.page != upper.page:
        return False
    h = _line_height(lower)
    if h is None or not 0.9 <= h / size <= 1.1:
        return False
    gap = lower.bbox[1] - upper.bbox[3]
    if not -0.5 * size <= gap <= 2.2 * size:
        return False
    # Side by side columns are not one title.
    if lower.bbox[0] > upper.bbox[2] or upper.bbox[0] > lower.bbox[2]:
        return False
    text = lower.text.strip()
    if not text or len(text) > 250 or len(upper.text) > 400:
        return False
    if _SENTENCE_END.search(upper.text) or _NOT_TITLE.search(text) or _NOT_TITLE.search(upper.text):
        return False
    strong = bool(_OPEN_WORD.search(upper.text)) or text[0].islower()
    if strong_only and not strong:
        return False
    return strong or not _looks_like_authors(text)


def wrapped_title_blocks(doc: ParsedDocument) -> list[Block]:
    """The blocks of page 1's title in reading order: the title block and the lines split off it.

    Double-spaced manuscripts set a wrapped title's lines so far apart that the layout
    reads each as a block; they are joined back here by type size and position.
    """
    page = [b for b in doc.blocks[:80] if b.page in (None, 1) and not is_line_number(b)]
    title = next((b for b in page if b.section == SectionKind.TITLE), None)
    if title is None or title.page is None:
        return [title] if title else []
    size = _line_height(title)
    if not size:
        return [title]
    i = page.index(title)
    out = _following(page, i, size, strong_only=False)
    # A title set no larger than what follows it (one type size for the whole page):
    # only a break that shows itself joins lines.
    after = [h for b in page[i + len(out) : i + len(out) + 6] if (h := _line_height(b))]
    if len(out) > 1 and not any(h / size < 0.9 for h in after):
        out = _following(page, i, size, strong_only=True)
    for prev in reversed(page[max(0, i - 3) : i]):
        if not _continues(prev, out[0], size, strong_only=True):
            break
        out.insert(0, prev)
    return out


def _following(page: list[Block], i: int, size: float, *, strong_only: bool) -> list[Block]:
    out = [page[i]]
    for nxt in page[i + 1 : i + 4]:
        if not _continues(out[-1], nxt, size, strong_only=strong_only):
            break
        out.append(nxt)
    return out


def page_one_title(doc: ParsedDocument) -> tuple[str, tuple[Block, ...]] | None:
    """Page 1's title joined across the lines a double-spaced layout split, with its blocks.

    None when page 1 has no title block, or when the title is one block (the
    parser's own title then stands).
    """
    parts = wrapped_title_blocks(doc)
    if len(parts) < 2:
        return None
    text = ""
    for b in parts:
        piece = " ".join(b.text.split())
        if text.endswith("-") and piece[:1].islower():
            text += piece  # "Hypoxia-" / "preconditioned": the compound's hyphen stays
        else:
            text = f"{text} {piece}".strip()
    return text, tuple(parts)


def title_choice(meta_title: object, joined: str | None) -> str | None:
    """The title to report: page one's joined title when it extends the metadata title.

    A wrapped title the layout split at a line break (double spacing) is joined back on
    page one; it replaces the metadata title that holds only its first part, and stands
    alone when the file carries no metadata title. A metadata title the joined one does
    not contain is another title, and wins.
    """
    meta = str(meta_title or "").strip()
    if joined and (not meta or meta in joined):
        return joined.strip()
    return meta or None


def report_title(doc: ParsedDocument) -> tuple[str | None, tuple[Block, ...]]:
    """The title the bibliographic fields report, with the page-1 blocks it was joined from.

    The blocks are empty when the title is the metadata's own (or there is none).
    """
    meta = doc.metadata if isinstance(doc.metadata, dict) else {}
    joined = page_one_title(doc) if doc.format == "pdf" else None
    title = title_choice(meta.get("title"), joined[0] if joined else None)
    if joined and title == joined[0].strip():
        return title, joined[1]
    return title, ()
