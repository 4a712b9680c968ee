"""Small documents for outcome-row tests: a methods paragraph naming the scale, then the blocks under test."""

from __future__ import annotations

from miner.extract.outcomes import extract_outcomes
from miner.parse.model import Block, ParsedDocument, SectionKind, Table

Row = tuple[str, str, float, float]  # group, arm, day, mean


def outcome_doc(
    methods: str,
    *blocks: tuple[SectionKind, str],
    tables: tuple[Table, ...] = (),
    pdf_pages: int | None = None,
) -> ParsedDocument:
    """``methods`` then ``blocks``: JATS without pages, or (``pdf_pages``) a PDF, a block a page."""
    parts = [(SectionKind.METHODS, methods), *blocks]
    pdf = pdf_pages is not None
    return ParsedDocument(
        source="t.pdf" if pdf else "t.xml",
        format="pdf" if pdf else "xml",
        pages=pdf_pages,
        blocks=[Block(text=t, page=i + 1 if pdf else None, section=s) for i, (s, t) in enumerate(parts)],
        tables=list(tables),
    )


def outcome_rows(doc: ParsedDocument) -> set[Row]:
    """(group, arm, day, mean) of every outcome row miner reads from ``doc``."""
    return {(r.group, r.arm, r.day, r.mean) for r in extract_outcomes(doc)[0]}
