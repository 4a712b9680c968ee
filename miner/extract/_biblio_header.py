"""Page 1 of a PDF around its title: the header blocks and the "Citation:" line.

Shared by the journal reader (``_biblio_journal``) and the author reader (``_biblio_authors``).
"""

from __future__ import annotations

import re
from typing import Final

from miner.parse.model import Block, ParsedDocument, SectionKind

__all__ = ["citation_text", "page_one_header"]

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
    """(blocks above the title, the title block, the blocks between the title and the abstract) of page 1."""
    above: list[Block] = []
    below: list[Block] = []
    title: Block | None = None
    for block in doc.blocks:
        if block.page not in (None, 1):
            break
        if block.section == SectionKind.TITLE and title is None:
            title = block
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
