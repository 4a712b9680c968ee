"""Blocks from a page's items in reading order: floats deferred, sentences joined over breaks.

The PDF reader turns each page into ``Item``s (paragraph, heading, caption,
table, small type) in reading order; this module strings the pages' items into
``Block``s. A paragraph left open at a column or page break (no full stop) is
continued by the next page's first paragraph when that reads on, and floats met
meanwhile (captions, tables, footnotes) wait until the sentence is finished.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from miner.parse._found import FoundTable
from miner.parse._lines import PLine
from miner.parse._text import dehyphenate_pair, is_terminal
from miner.parse.model import Block, BlockKind, Line, SectionKind, Table

__all__ = ["Item", "assemble", "bbox_of", "join_lines"]


@dataclass(slots=True)
class Item:
    """A block candidate in reading order; floats (captions, tables) may be deferred."""

    kind: BlockKind
    lines: list[PLine]
    page: int
    is_float: bool = False
    section: SectionKind | None = None
    table: FoundTable | None = None
    text: str = ""
    offsets: list[int] = field(default_factory=list)
    run_start: bool = False  # first paragraph of a column stretch (after a column or page break)
    lead: str = ""  # a bold or italic heading run into the paragraph ("Animals.")


def join_lines(lines: list[PLine], vocab: set[str]) -> tuple[str, list[int]]:
    """Lines -> paragraph text with line-end hyphens resolved; offsets of each line."""
    text = ""
    offsets: list[int] = []
    for i, ln in enumerate(lines):
        piece = ln.text
        if i:
            prev = lines[i - 1]
            if prev.soft_hyphen:
                pass
            elif text.endswith("-") and dehyphenate_pair(text, piece, vocab):
                text = text[:-1]
            elif not text.endswith(("-", "/")) or text.endswith(" -"):
                text += " "
        offsets.append(len(text))
        text += piece
    return text, offsets


def _line_objs(lines: list[PLine], offsets: list[int]) -> list[Line]:
    return [Line(off, ln.bbox) for off, ln in zip(offsets, lines, strict=True)]


def bbox_of(lines: list[PLine]) -> tuple[float, float, float, float] | None:
    if not lines:
        return None
    return (
        min(ln.x0 for ln in lines),
        min(ln.y0 for ln in lines),
        max(ln.x1 for ln in lines),
        max(ln.y1 for ln in lines),
    )


def _emit(item: Item, blocks: list[Block], tables: list[Table], runin: dict[int, str]) -> None:
    if item.table is not None:
        t = item.table
        caption = " ".join(ln.text for ln in t.caption_lines) or None
        if t.caption_lines:
            text, offs = join_lines(t.caption_lines, set())
            blocks.append(Block(text, item.page, SectionKind.TABLE, BlockKind.CAPTION, bbox_of(t.caption_lines),
                                lines=_line_objs(t.caption_lines, offs)))  # fmt: skip
        rows_text = [("\t".join(r)) for r in t.rows]
        offsets, pos = [], 0
        for r in rows_text:
            offsets.append(pos)
            pos += len(r) + 1
        lines = [Line(o, b) for o, b in zip(offsets, t.row_boxes, strict=True)]
        blocks.append(
            Block(
                "\n".join(rows_text),
                item.page,
                SectionKind.TABLE,
                BlockKind.TABLE,
                t.bbox,
                lines=lines,
            )
        )
        tables.append(
            Table(t.rows, item.page, caption, t.label, t.bbox, block_index=len(blocks) - 1)
        )
        if t.note_lines:
            text, offs = join_lines(t.note_lines, set())
            blocks.append(Block(text, item.page, SectionKind.TABLE, BlockKind.CAPTION, bbox_of(t.note_lines),
                                lines=_line_objs(t.note_lines, offs)))  # fmt: skip
        return
    section = item.section or SectionKind.OTHER
    blocks.append(
        Block(
            item.text,
            item.page,
            section,
            item.kind,
            bbox_of(item.lines),
            lines=_line_objs(item.lines, item.offsets),
        )
    )
    if item.lead:
        runin[id(blocks[-1])] = item.lead


_CONTINUATION_START = re.compile(r"^[a-z\u00b5(\[\d]|^[A-Z]{2,}[a-z]*[-\s]")


_OPEN_WORD = re.compile(
    r"\b(?:of|in|into|and|or|nor|but|the|a|an|to|for|with|without|by|from|at|on|as|than|that"
    r"|which|whose|were|was|is|are|be|been|this|these|its|their|per|via|after|before|between)$"
)


_LOWER_WORD = re.compile(r"[a-z][a-z-]*[,;]?")
# A finished sentence, then the next one begun: running text, however short the piece.
_SENTENCE_OPENED = re.compile(r"[a-z0-9)][.!?] +[A-Z][a-z]+(?= |$)")


def _runs_on(prev: Block, prev_size: float, item: Item) -> bool:
    """Whether ``item`` carries on the sentence ``prev`` left open at a column or page break.

    The item must open a column stretch, and either start in lower case (or with
    a number or bracket) or follow a line that stopped mid-phrase (a comma, a
    hyphen, a preposition-like lower-case word); a capitalised start after an
    unfinished line could as well be a new paragraph after a heading-less break.
    """
    if not item.run_start or item.kind is not BlockKind.PARAGRAPH or prev.kind is not BlockKind.PARAGRAPH:
        return False
    if is_terminal(prev.text) or not item.text:
        return False
    if len(prev.text) < 60 and not _SENTENCE_OPENED.search(prev.text) and not (
        len(prev.lines) >= 2 and sum(1 for w in prev.text.split() if _LOWER_WORD.fullmatch(w)) >= 5
    ):
        # Short, no sentence in it and not two lines of words: a label or a figure's
        # lettering, not the head of a paragraph a break cut short.
        return False
    if abs(item.lines[0].size - prev_size) > 0.6:
        return False  # a change of type size is a change of part (title -> authors)
    if _CONTINUATION_START.match(item.text):
        return True
    tail = prev.text.rstrip()
    return tail.endswith((",", ";", "-", "\u2013")) or bool(_OPEN_WORD.search(tail))


def _join_into(prev: Block, item: Item, vocab: set[str]) -> None:
    """Append ``item``'s lines to the open paragraph ``prev`` (hyphen resolved across the break)."""
    if not prev.lines or prev.lines[-1].page is None:
        for ln in prev.lines:
            ln.page = prev.page
    if prev.text.endswith("-") and dehyphenate_pair(prev.text, item.text, vocab):
        prev.text = prev.text[:-1]
    elif not prev.text.endswith(("-", "/")) or prev.text.endswith(" -"):
        prev.text += " "
    base = len(prev.text)
    prev.text += item.text
    prev.lines.extend(
        Line(base + off, ln.bbox, ln.page) for off, ln in zip(item.offsets, item.lines, strict=True)
    )
    if item.page == prev.page and prev.bbox is not None:
        box = bbox_of(item.lines)
        if box is not None:
            prev.bbox = (min(prev.bbox[0], box[0]), min(prev.bbox[1], box[1]),
                         max(prev.bbox[2], box[2]), max(prev.bbox[3], box[3]))  # fmt: skip


def _carry_fragment(prev: Block, item: Item, vocab: set[str]) -> None:
    """A word hyphenated across a column or page break is completed in the earlier block."""
    if (
        not prev.text.endswith("-")
        or not item.text[:1].islower()
        or not dehyphenate_pair(prev.text, item.text, vocab)
    ):
        return
    m = re.match(r"[\w\u00b5]+[.,;:)]?", item.text)
    if not m:
        return
    cut = m.end()
    prev.text = prev.text[:-1] + item.text[:cut]
    rest = item.text[cut:].lstrip()
    shift = len(item.text) - len(rest)
    item.text = rest
    item.offsets = [0] + [max(0, o - shift) for o in item.offsets[1:]]


def _under_heading(heading: Block, item: Item) -> bool:
    """``item`` (small type) starts right under ``heading`` in its column on its page.

    Floats met after a heading normally wait for the heading's first paragraph
    (a footnote at the foot of the page must not part them); small type set
    directly under the heading is the heading's own content instead, like a
    reference list, which would otherwise wait for the next page's paragraph.
    """
    if heading.kind is not BlockKind.HEADING or item.kind is not BlockKind.OTHER or heading.bbox is None:
        return False
    if item.page != heading.page or not item.lines:
        return False
    first = item.lines[0]
    gap = first.y0 - heading.bbox[3]
    return -1 < gap < 2.5 * first.size and first.x0 < heading.bbox[2] and first.x1 > heading.bbox[0]


def assemble(
    pages: Iterable[list[Item]], body: float, vocab: set[str], runin: dict[int, str]
) -> tuple[list[Block], list[Table]]:
    """Each page's items in reading order -> blocks; ``runin`` receives run-in headings by block id."""
    blocks: list[Block] = []
    tables: list[Table] = []
    pending: list[Item] = []
    last_body: Block | None = None
    last_size = body
    for items in pages:
        for item in items:
            if item.is_float:
                if last_body is not None and _under_heading(last_body, item):
                    # Small type straight under a heading is its content (a reference
                    # list), not a float: it must not wait for the next paragraph.
                    _emit(item, blocks, tables, runin)
                    last_body = blocks[-1]
                elif last_body is not None and not is_terminal(last_body.text):
                    pending.append(item)
                else:
                    _emit(item, blocks, tables, runin)
                continue
            open_para = last_body is not None and not is_terminal(last_body.text)
            continues = open_para and item.kind is BlockKind.PARAGRAPH and last_body is not None
            if continues and last_body is not None and _runs_on(last_body, last_size, item):
                # One sentence over a column or page break stays one block; the
                # floats met on the way (running heads are gone already) follow it.
                _join_into(last_body, item, vocab)
                last_size = item.lines[-1].size if item.lines else last_size
                if pending and is_terminal(last_body.text):
                    for f in pending:
                        _emit(f, blocks, tables, runin)
                    pending.clear()
                continue
            if continues and last_body is not None:
                _carry_fragment(last_body, item, vocab)
            else:
                for f in pending:
                    _emit(f, blocks, tables, runin)
                pending.clear()
            if not item.text:
                continue
            _emit(item, blocks, tables, runin)
            last_body = blocks[-1]
            last_size = item.lines[-1].size if item.lines else body
            if pending and is_terminal(last_body.text):
                for f in pending:
                    _emit(f, blocks, tables, runin)
                pending.clear()
    for f in pending:
        _emit(f, blocks, tables, runin)
    return blocks, tables
