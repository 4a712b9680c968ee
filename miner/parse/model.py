"""The one document model both PDF and JATS parsing produce.

A ``ParsedDocument`` is a list of ``Block``s in reading order. Its ``text`` is the
blocks' texts joined by a blank line; every block knows its ``start`` offset in
that text, its page and bounding box (PDF) or XML path (JATS), and the section it
belongs to. Character offsets into ``text`` are therefore enough to recover page,
box and quote for any evidence span (``ParsedDocument.evidence``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from miner.records import Evidence

__all__ = ["BLOCK_SEPARATOR", "Block", "BlockKind", "Line", "ParsedDocument", "SectionKind", "Table"]

BLOCK_SEPARATOR = "\n\n"

BBox = tuple[float, float, float, float]


class SectionKind(StrEnum):
    TITLE = "title"
    ABSTRACT = "abstract"
    INTRODUCTION = "introduction"
    METHODS = "methods"
    RESULTS = "results"
    DISCUSSION = "discussion"
    CONCLUSION = "conclusion"
    REFERENCES = "references"
    ACKNOWLEDGEMENTS = "acknowledgements"
    FIGURE_CAPTION = "figure_caption"
    TABLE = "table"
    OTHER = "other"


class BlockKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    TABLE = "table"
    OTHER = "other"


@dataclass(slots=True)
class Line:
    """A visual line inside a block: where its characters start in ``Block.text`` and its box.

    ``page`` is set when it differs from the block's: a paragraph that runs on
    over a page break is one block whose later lines sit on the next page.
    """

    offset: int
    bbox: BBox
    page: int | None = None


@dataclass(slots=True)
class Block:
    text: str
    page: int | None  # 1-based; None for JATS
    section: SectionKind = SectionKind.OTHER
    kind: BlockKind = BlockKind.PARAGRAPH
    bbox: BBox | None = None
    heading: str | None = None  # the original heading of the section this block is in
    xpath: str | None = None
    lines: list[Line] = field(default_factory=list)
    start: int = 0  # offset of text in ParsedDocument.text; set by ParsedDocument

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def page_at(self, start: int) -> int | None:
        """The page of block-relative char ``start`` (a block may run on to the next page)."""
        if not self.lines or self.lines[-1].page is None:
            return self.page
        offsets = [ln.offset for ln in self.lines]
        line = self.lines[max(0, bisect.bisect_right(offsets, start) - 1)]
        return line.page if line.page is not None else self.page

    def bbox_for(self, start: int, end: int) -> BBox | None:
        """Union of the boxes of the lines that hold block-relative chars [start, end).

        Only lines on the page where the span starts count: a box cannot cross pages.
        """
        if not self.lines:
            return self.bbox
        offsets = [ln.offset for ln in self.lines]
        first = max(0, bisect.bisect_right(offsets, start) - 1)
        last = max(first, bisect.bisect_left(offsets, end) - 1)
        page = self.lines[first].page
        boxes = [ln.bbox for ln in self.lines[first : last + 1] if ln.page == page]
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )


@dataclass(slots=True)
class Table:
    """A table as rows of cell strings (first row(s) usually the header)."""

    rows: list[list[str]]
    page: int | None
    caption: str | None = None
    label: str | None = None  # "Table 2"
    bbox: BBox | None = None
    xpath: str | None = None
    block_index: int | None = None  # the TABLE block holding its text in ParsedDocument.blocks

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "caption": self.caption,
            "page": self.page,
            "bbox": list(self.bbox) if self.bbox else None,
            "rows": self.rows,
        }


@dataclass(slots=True)
class ParsedDocument:
    """A parsed PDF or JATS article."""

    source: str  # file name (the sheet's `document`)
    format: str  # "pdf" | "jats"
    pages: int = 0
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)  # title, doi, journal, year, authors...
    warnings: list[str] = field(default_factory=list)  # e.g. "page 3 has no text layer"
    supplementary: list[dict[str, Any]] = field(default_factory=list)
    _text: str | None = field(default=None, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Recompute block offsets and the joined text (call after editing ``blocks``)."""
        pos = 0
        starts = []
        for block in self.blocks:
            block.start = pos
            starts.append(pos)
            pos += len(block.text) + len(BLOCK_SEPARATOR)
        self._starts = starts
        self._text = BLOCK_SEPARATOR.join(b.text for b in self.blocks)

    @property
    def text(self) -> str:
        if self._text is None:
            self.reindex()
        return self._text or ""

    def block_at(self, offset: int) -> Block | None:
        """The block holding character ``offset`` of ``text``."""
        if not self.blocks:
            return None
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        block = self.blocks[i]
        return block if offset <= block.end else None

    def evidence(self, start: int, end: int, quote: str | None = None) -> Evidence:
        """Evidence for ``text[start:end]``: page, section, box, and the quote."""
        block = self.block_at(start)
        if block is None:
            return Evidence(quote=quote or self.text[start:end], start=start, end=end)
        rel_s, rel_e = start - block.start, min(end, block.end) - block.start
        return Evidence(
            quote=quote if quote is not None else self.text[start:end],
            page=block.page_at(rel_s),
            start=start,
            end=end,
            section=str(block.section),
            bbox=block.bbox_for(rel_s, rel_e) if block.page is not None else None,
            xpath=block.xpath,
        )

    def sections(self) -> list[tuple[SectionKind, str | None, list[Block]]]:
        """Consecutive blocks grouped by section: (kind, original heading, blocks)."""
        out: list[tuple[SectionKind, str | None, list[Block]]] = []
        for block in self.blocks:
            if out and out[-1][0] == block.section and out[-1][1] == block.heading:
                out[-1][2].append(block)
            else:
                out.append((block.section, block.heading, [block]))
        return out

    def to_text(self) -> str:
        """Body text for humans: one block per paragraph, headings kept."""
        return self.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "pages": self.pages,
            "metadata": self.metadata,
            "warnings": self.warnings,
            "blocks": [
                {
                    "text": b.text,
                    "page": b.page,
                    "section": str(b.section),
                    "kind": str(b.kind),
                    "heading": b.heading,
                    "bbox": list(b.bbox) if b.bbox else None,
                    "xpath": b.xpath,
                    "start": b.start,
                }
                for b in self.blocks
            ],
            "tables": [t.to_dict() for t in self.tables],
            "supplementary": self.supplementary,
        }
