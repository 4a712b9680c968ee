"""Small documents for outcome-row tests: a methods paragraph naming the scale, then the blocks under test."""

from __future__ import annotations

from miner.extract.outcomes import extract_outcomes
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind, Table

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


TableSpec = tuple[list[list[str]], str, str]  # grid, caption, footnote ("" for none)
TABLE_METHODS = (
    "Hindlimb function was rated with the BBB open-field scale by observers blind to group."
)


def table_doc(
    *tables: TableSpec, methods: str = TABLE_METHODS, results: str = "The groups differed."
) -> ParsedDocument:
    """A methods paragraph, then each (grid, caption, footnote) as a table block and its note,
    each followed by a results sentence without numbers."""
    blocks = [Block(text=methods, page=None, section=SectionKind.METHODS)]
    parsed = []
    for i, (grid, caption, note) in enumerate(tables):
        blocks.append(
            Block(
                text="\n".join("\t".join(r) for r in grid),
                page=None,
                section=SectionKind.TABLE,
                kind=BlockKind.TABLE,
            )
        )
        parsed.append(
            Table(rows=grid, page=None, caption=caption, label=f"Table {i + 1}",
                  block_index=len(blocks) - 1)
        )
        if note:
            blocks.append(
                Block(text=note, page=None, section=SectionKind.TABLE, kind=BlockKind.CAPTION)
            )
        blocks.append(Block(text=results, page=None, section=SectionKind.RESULTS))
    return ParsedDocument(source="t.xml", format="xml", blocks=blocks, tables=parsed)


# Methods that name no scale: the table alone must say what it holds.
PLAIN_METHODS = "Hindlimb function was rated in an open field by two observers blind to group."


def table_outcomes(
    grid: list[list[str]], caption: str, note: str = "", *,
    methods: str = PLAIN_METHODS, results: str = "Groups differed.",
) -> list:
    """The table rows (source "table") miner reads from one table after ``methods``."""
    doc = table_doc((grid, caption, note), methods=methods, results=results)
    return [r for r in extract_outcomes(doc)[0] if r.source == "table"]


def table_rows(grid: list[list[str]], caption: str, note: str = "", **doc: str) -> set[Row]:
    """(group, arm, day, mean) of every table row, as ``table_outcomes`` reads them."""
    return {(r.group, r.arm, r.day, r.mean) for r in table_outcomes(grid, caption, note, **doc)}


def at(day: float, sham: float | None, veh: float, exo: float) -> set[Row]:
    """The rows of the usual Sham / Vehicle / Exosome table at one day (no sham row: None)."""
    out = {("Vehicle", "control", day, veh), ("Exosome", "treatment", day, exo)}
    return out | ({("Sham", "sham", day, sham)} if sham is not None else set())
