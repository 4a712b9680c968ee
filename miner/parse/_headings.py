"""Headings in PDFs and the section each block belongs to.

Which lines are headings (set bold, larger, or italic and short), which
paragraphs start with a heading run into them ("Animals. Adult rats ..."), and
one walk over the blocks that gives each its section kind and heading.
"""

from __future__ import annotations

import re

from miner.parse._lines import PLine
from miner.parse._sections import (
    FIGURE_CAPTION,
    TABLE_CAPTION,
    classify_heading,
    is_heading_word,
    strip_numbering,
)
from miner.parse._text import is_terminal
from miner.parse.model import Block, BlockKind, Line, SectionKind

__all__ = ["DOI", "assign_sections", "is_heading", "run_in"]

DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)")
_FRONT_NOISE = re.compile(
    r"^(copyright|©|this is an open access|correspondence|received|accepted|academic editor|published|"
    r"citation|keywords?|open access|licen[cs]e)",
    re.IGNORECASE,
)


def is_heading(para: list[PLine], body: float) -> bool:
    if len(para) > 3:
        return False  # checked before joining: most paragraphs are long
    text = " ".join(ln.text for ln in para)
    if len(text) > 150 or len(text) < 2:
        return False
    if is_heading_word(text):
        return True
    if text.count(",") >= 3 or re.search(r"\[\d", text):
        return False  # an author list, not a heading
    if (
        text.endswith((".", ",", ";"))
        and not re.match(r"^\d+(\.\d+)*\.?\s", text)
        or not text[0].isalnum()
    ):
        return False
    styled = all(ln.bold for ln in para) or para[0].size >= body + 0.9
    if not styled and all(ln.italic for ln in para):
        # Italic subheadings ("Exosome isolation"): short, no sentence punctuation,
        # starting with a capital or a section number.
        styled = len(text) <= 90 and not text.endswith((".", ",", ";", ":")) and (
            text[0].isupper() or bool(re.match(r"^\d+(\.\d+)*\.?\s+\S", text))
        )
    return styled and any(c.isalpha() for c in text) and para[0].size >= body - 0.5


_RUN_IN_END = (".", ":", "\u2014", "\u2013", " -")


def run_in(first: PLine) -> str:
    """The heading a paragraph starts with in bold or italic ("Animals.", "Statistical analysis:").

    Only a short styled run that ends like a heading (full stop, colon, dash)
    counts; a bold word inside a sentence ("BMSC-Exos were ...") does not.
    """
    lead = first.lead
    if not lead or len(lead) > 80 or len(lead.split()) > 10:
        return ""
    if not lead.endswith(_RUN_IN_END) and not is_heading_word(lead):
        return ""
    if not (lead[0].isupper() or lead[0].isdigit()) or FIGURE_CAPTION.match(lead) or TABLE_CAPTION.match(lead):
        return ""
    core = lead.rstrip(" .:\u2014\u2013-")
    return core if any(c.isalpha() for c in core) else ""


# The labels of a structured abstract. Before the body's first heading they name
# parts of the abstract, not the article's own Methods or Results.
_ABSTRACT_LABEL = re.compile(
    r"^(abstract|summary|background|context|rationale|aims?|objectives?|purposes?|introduction"
    r"|(materials and )?methods?|methodology|design|study design|setting|animals|interventions?"
    r"|main outcome measures?|measurements|results|findings|conclusions?|significance"
    r"|interpretation|importance|aims? and objectives?|background and purpose)$"
)
_BODY_KINDS = frozenset({SectionKind.INTRODUCTION, SectionKind.METHODS, SectionKind.RESULTS,
                         SectionKind.DISCUSSION, SectionKind.CONCLUSION, SectionKind.REFERENCES})  # fmt: skip
# Run-in headings inside the body change the section only to these back-matter
# parts ("Conflict of interest. The authors ..."): a run-in "Animals." inside
# Results is a paragraph label, not a return to the Methods.
_RUN_IN_SWITCH = frozenset({SectionKind.ACKNOWLEDGEMENTS, SectionKind.CONCLUSION})
# Parts that follow the Methods. Papers that print their Methods last (after the
# Discussion) open them with a heading that names the whole part; a heading that
# names only a methods topic ("Animals", "Study design") is there a subsection.
_AFTER_METHODS = frozenset({SectionKind.RESULTS, SectionKind.DISCUSSION, SectionKind.CONCLUSION})
_TOP_METHODS = re.compile(
    r"^(?:(?:materials?|patients|subjects|animals)(?: and| &) methods?|methods?(?: and materials?)?"
    r"|methodology|experimental(?: (?:section|procedures?|methods?|models?))?|online methods|star\W*methods)$"
)


# Declarations that some journals print as a subsection of the Methods ("2.1
# Ethics statement") and others as back matter: inside the Methods they stay there.
_METHODS_DECLARATION = re.compile(
    r"^(?:animal welfare|ethics(?: (?:approval|statement))?|ethical (?:approval|statement|considerations?))$"
)


def _declaration_in_methods(kind: SectionKind | None, current: SectionKind, heading: str) -> bool:
    return (
        kind is SectionKind.ACKNOWLEDGEMENTS
        and current is SectionKind.METHODS
        and bool(_METHODS_DECLARATION.match(_plain(heading)))
    )


def _plain(heading: str) -> str:
    return re.sub(r"\s+", " ", strip_numbering(heading).lower().replace("&", "and")).rstrip(" .:")


def assign_sections(blocks: list[Block], first_lines: list[PLine], metadata: dict,
                    runin: dict[int, str] | None = None) -> None:  # fmt: skip
    """Walk the blocks once: title, abstract, then the kind named by each heading.

    ``first_lines`` are the first page's lines (the title is the largest type).

    ``runin`` maps blocks (by id) that start with a bold or italic heading run
    into their text to that heading: they label a structured abstract's parts
    before the body starts, and name subsections (or back matter) inside it.
    """
    runin = runin or {}
    first_page = [
        b for b in blocks if b.page == 1 and b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
    ]
    title_block = None
    if first_page:
        sizes = {id(b): max((ln.size for ln in first_lines if b.bbox and _inside(ln.bbox, b.bbox)), default=0.0)
                 for b in first_page}  # fmt: skip
        candidates = [b for b in first_page if 10 <= len(b.text) <= 400 and not DOI.search(b.text)]
        if candidates:
            # Largest type first; in one type size (a manuscript), a title ends without a
            # full stop, unlike the abstract or a citation line that would be longer.
            title_block = max(candidates, key=lambda b: (sizes[id(b)], not is_terminal(b.text), len(b.text)))
            _rejoin_title(title_block, blocks, first_lines, sizes)
            title_block.kind = BlockKind.TITLE
            title_block.section = SectionKind.TITLE
            metadata["title"] = title_block.text
    current, heading = SectionKind.OTHER, None
    seen_known = body = False
    for b in blocks:
        if b is title_block:
            continue
        lead = runin.get(id(b))
        if lead is not None and b.kind is BlockKind.OTHER:
            # Small type set apart (a float): it labels itself only ("Conflict of
            # interest. None."), it cannot move the section of the text around it.
            kind = classify_heading(lead)
            b.section = kind if kind in _RUN_IN_SWITCH else current
            b.heading = lead if kind in _RUN_IN_SWITCH else heading
            continue
        if lead is not None and b.kind is BlockKind.PARAGRAPH:
            kind = classify_heading(lead)
            if _declaration_in_methods(kind, current, lead):
                kind = None
            if not body and (_ABSTRACT_LABEL.match(strip_numbering(lead).lower()) or kind is SectionKind.ABSTRACT):
                current, seen_known = SectionKind.ABSTRACT, True
            elif kind in _RUN_IN_SWITCH or (kind is not None and current is SectionKind.OTHER and body):
                current = kind
            heading = lead
            b.section, b.heading = current, heading
            continue
        if b.kind is BlockKind.HEADING:
            kind = classify_heading(b.text)
            if kind is SectionKind.METHODS and current in _AFTER_METHODS and not _TOP_METHODS.match(_plain(b.text)):
                # "Animals excluded", "Statistical analysis of scores" under Results
                # name a subsection of the Results, not a return to the Methods.
                kind = None
            if _declaration_in_methods(kind, current, b.text):
                kind = None
            if kind is not None:
                current, heading, seen_known = kind, b.text, True
                body = body or kind in _BODY_KINDS
            elif current is SectionKind.REFERENCES:
                pass
            elif not seen_known:
                heading = b.text
            elif re.match(r"^\d+\.?\s", b.text) and not re.match(r"^\d+\.\d", b.text):
                heading = b.text  # a new numbered top-level part keeps the running kind
            b.section, b.heading = current, heading
            continue
        if b.section in (SectionKind.FIGURE_CAPTION, SectionKind.TABLE):
            b.heading = heading
            continue
        b.section, b.heading = current, heading
    if not any(b.section is SectionKind.ABSTRACT for b in blocks):
        # No "Abstract" heading (Hindawi, many others): the longest front-matter paragraph.
        front = []
        for b in blocks:
            if b.kind is BlockKind.HEADING and classify_heading(b.text) is not None:
                break
            if (
                b.kind is BlockKind.PARAGRAPH
                and b.page in (1, 2)
                and not _FRONT_NOISE.match(b.text)
            ):
                front.append(b)
        if front:
            best = max(front, key=lambda b: len(b.text))
            if len(best.text) >= 300:
                best.section = SectionKind.ABSTRACT


_AUTHOR_MARK = re.compile(r"[a-z]\d|[*\u2020\u2021]|@|\b(?:and|&)\s+[A-Z]\.")


def _rejoin_title(title: Block, blocks: list[Block], first_lines: list[PLine], sizes: dict[int, float]) -> None:
    """Give the title back the lines that double spacing or centring split off it.

    A manuscript's title set double spaced (or centred, its lines starting at
    different x) leaves the paragraph splitter a gap or an indent, and a line or
    two of it become blocks of their own, before or after the block picked as
    the title. A neighbouring block is the title's own line when it is set in
    the same type (size and weight), stands flush or centred with it, no further
    off than a double-spaced line, and reads as words, not an author list or a section heading; the upper part
    must not have ended its sentence.
    """
    size = sizes.get(id(title), 0.0)
    if size <= 0 or not title.bbox:
        return
    bold = _bold_in(title, first_lines)

    def neighbour(step: int) -> int | None:
        k = next(i for i, b in enumerate(blocks) if b is title) + step
        if not 0 <= k < len(blocks):
            return None
        b = blocks[k]
        if (
            b.page != title.page
            or b.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING)
            or abs(sizes.get(id(b), 0.0) - size) > 0.3
            or _bold_in(b, first_lines) != bold
        ):
            return None
        return k if (_title_lines(b, title, size) if step < 0 else _title_lines(title, b, size)) else None

    for step in (-1, 1):
        while (k := neighbour(step)) is not None:
            other = blocks[k]
            upper, lower = (other, title) if step < 0 else (title, other)
            shift = len(upper.text) + 1
            lines = [*upper.lines, *(Line(ln.offset + shift, ln.bbox, ln.page) for ln in lower.lines)]
            title.text = f"{upper.text} {lower.text}"
            title.lines = lines
            a, b = upper.bbox, lower.bbox
            if a and b:
                title.bbox = (min(a[0], b[0]), a[1], max(a[2], b[2]), max(a[3], b[3]))
            del blocks[k]


_LABELLED_LINE = re.compile(r"\s*[A-Z][A-Za-z]*(?:\s+[a-z]+)?\s*:")
# Names separated by commas (at least one): a Title-Case line of a title is no list.
_NAME = r"(?:[A-Z][a-z'-]+\.?\s+){1,3}[A-Z][a-z'-]+"
_NAMES_LINE = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})+(?:\s*,?\s+and\s+{_NAME})?")


def _title_lines(upper: Block, lower: Block, size: float) -> bool:
    """``lower`` goes on with the title set in ``upper``, straight under it."""
    a, b = upper.bbox, lower.bbox
    if a is None or b is None or is_terminal(upper.text) or len(upper.text) + len(lower.text) > 400:
        return False
    flush = abs(a[0] - b[0]) <= 2
    centred = abs((a[0] + a[2]) / 2 - (b[0] + b[2]) / 2) <= 0.03 * max(a[2] - a[0], b[2] - b[0])
    text = lower.text
    return (
        (flush or centred)
        # A wrapped title fills its upper line; "Research Article" above a title does not.
        and a[2] - a[0] >= 0.6 * max(a[2] - a[0], b[2] - b[0])
        # "Running title: ...", "Short title: ...", a plain list of names: not the title.
        and not _LABELLED_LINE.match(text)
        and not _NAMES_LINE.fullmatch(text.strip())
        and -1 <= b[1] - a[3] <= 1.6 * size
        and upper.text.count(",") + text.count(",") < 3
        and not _AUTHOR_MARK.search(upper.text + " " + text)
        and not DOI.search(text)
        and classify_heading(text) is None
        and classify_heading(upper.text) is None
    )


def _bold_in(b: Block, first_lines: list[PLine]) -> bool:
    inside = [ln for ln in first_lines if b.bbox and _inside(ln.bbox, b.bbox)]
    return bool(inside) and all(ln.bold for ln in inside)


def _inside(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    return (
        inner[0] >= outer[0] - 1
        and inner[1] >= outer[1] - 1
        and inner[2] <= outer[2] + 1
        and inner[3] <= outer[3] + 1
    )
