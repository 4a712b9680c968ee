"""Sentences with their section, and the section policy of the extractors.

The extractors look for this study's values only where a paper states them:
methods and results (and their figure captions and tables) first, the abstract
next. The introduction's textbook statements ("exosomes are 30-150 nm
vesicles"), the discussion's citations of other studies and the reference list
never give values for this study.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

__all__ = [
    "SECTION_WEIGHT",
    "Sentence",
    "antecedent",
    "document_sentences",
    "is_reference_entry",
    "is_reported_elsewhere",
    "split_sentences",
    "table_lines",
]

# How much a value found in a section is worth, relative to the methods.
# Sections missing here give nothing. OTHER (a block the parser could not place)
# is kept with a penalty: parsers of two-column PDFs miss headings.
SECTION_WEIGHT: Final[dict[SectionKind, float]] = {
    SectionKind.METHODS: 1.0,
    SectionKind.RESULTS: 0.95,
    SectionKind.FIGURE_CAPTION: 0.9,
    SectionKind.TABLE: 0.9,
    SectionKind.ABSTRACT: 0.8,
    SectionKind.TITLE: 0.8,
    SectionKind.OTHER: 0.6,
}

# Most sentence-ending abbreviation look-alikes in scientific text.
_NO_SPLIT_BEFORE: Final = re.compile(
    r"(?:\bet al|\bFigs?|\bFig|\bapprox|\bvs|\be\.g|\bi\.e|\bNo|\bno|\bca|\bInc|\bLtd|\bCo|\bCorp|\bDr|\bProf|\bRef|"
    r"\bref|\bEq|\bSupp|\bSuppl|\bmin|\bresp|\bcf|\bst|\bSt|\bapprox|\bTab|\bvol|\bpp|\bp|\bsp|\bspp|\bU\.S|"
    r"\b[A-Z])\.$"
)
_BOUNDARY: Final = re.compile(
    r"[.!?](?:[\"')\]]|\[\d+(?:[,–-]\d+)*\])*\s+"
    # A sentence may open with a lower-case abbreviation of the field: "sEV were
    # isolated", "hPMSC-Exo (10 µg) were injected", "miR-124 was loaded".
    r"(?=[A-Z(\[\"'0-9]|(?P<abbr>[a-z]{1,4}[A-Z]))"
)
# "i.v. hUCMSC-Exos", "s.c. sEV": a one-letter abbreviation before a lower-case opening.
_LOWER_ABBREV_BEFORE: Final = re.compile(r"(?:^|[\s.(])[a-z]\.$")
MAX_SENTENCE: Final = 2000


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of ``ParsedDocument.text``: offsets, text, section and page."""

    start: int
    end: int
    text: str
    section: SectionKind
    page: int | None
    block_index: int


def split_sentences(text: str, *, max_chars: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """Sentence spans of ``text``; no split after "et al.", "Fig.", "vs.", initials or decimals.

    Overlong runs (tables flattened to text) are cut every ``max_chars`` chars.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head = text[max(start, m.start() - 12) : m.start() + 1]
        if _NO_SPLIT_BEFORE.search(head):
            continue
        if m["abbr"] and _LOWER_ABBREV_BEFORE.search(head):
            continue
        end = m.start() + 1
        spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > max_chars:
            out.append((s, s + max_chars))
            s += max_chars
        # Trim leading and trailing whitespace so quotes are clean.
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_CONTINUES: Final = re.compile(r"^[a-z(]|^[0-9]+\s*(?:µ|μ|u|m|n)?(?:g|l|L|m|nm|h|min|days?)\b")


def _continues(prev: Block, block: Block) -> bool:
    """A paragraph cut by a column or page break: no sentence end before, lower case after."""
    return (
        prev.section == block.section
        and prev.kind == block.kind == BlockKind.PARAGRAPH
        and not prev.text.rstrip().endswith((".", "!", "?", ":"))
        and bool(_CONTINUES.match(block.text.lstrip()))
    )


def table_lines(block: Block, index: int) -> list[Sentence]:
    """A table block's lines (caption, header and rows; cells tab-separated), one "sentence" each."""
    out: list[Sentence] = []
    pos = 0
    for line in block.text.split("\n"):
        if line.strip():
            s = block.start + pos
            out.append(Sentence(s, s + len(line), line, block.section, block.page, index))
        pos += len(line) + 1
    return out


def document_sentences(doc: ParsedDocument) -> list[Sentence]:
    """Every sentence of the sections that may hold this study's values, in reading order.

    Headings and reference entries left in the body are skipped; table blocks are
    kept whole (one "sentence" per line).
    A paragraph that the layout cut in two (a column or page break mid-sentence)
    is read as one: its sentence spans both blocks, with the block separator
    replaced by spaces so offsets into ``doc.text`` stay exact.
    """
    out: list[Sentence] = []
    text = doc.text
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.section not in SECTION_WEIGHT or block.kind == BlockKind.HEADING:
            i += 1
            continue
        if block.kind == BlockKind.TABLE or block.section == SectionKind.TABLE:
            out += table_lines(block, i)
            i += 1
            continue
        j = i
        while j + 1 < len(blocks) and _continues(blocks[j], blocks[j + 1]):
            j += 1
        start, end = block.start, blocks[j].start + len(blocks[j].text)
        run = text[start:end]
        if j > i:
            run = run.replace("\n", " ").replace("\f", " ")
        for s, e in split_sentences(run):
            if is_reference_entry(run[s:e]):
                continue  # a citation the parser left in the body: another paper's words
            # A sentence that starts in a later block of the run takes that block's page.
            k = i
            while k < j and blocks[k + 1].start <= start + s:
                k += 1
            out.append(Sentence(start + s, start + e, run[s:e], block.section, blocks[k].page, i))
        i = j + 1
    return out


# Sentences that report other studies' findings even inside methods/results.
_ELSEWHERE: Final = re.compile(
    r"\b(?:previous(?:ly)?\s+(?:studies|reports?|work|research)|(?:other|earlier|prior)\s+(?:studies|reports|groups)|"
    r"(?:has|have)\s+been\s+(?:reported|shown|demonstrated)|were\s+reported\s+to|it\s+is\s+(?:well\s+)?known|"
    r"(?:studies|reports|\bothers)\s+(?:have\s+)?(?:shown|demonstrated|reported|suggested|found|described)\b|et\s+al\.?\s+(?:reported|showed|found|demonstrated)|"
    r"are\s+(?:generally|typically|usually|commonly)|(?:typically|generally|usually)\s+(?:range|ranging|between|measure)|"
    # another study's model set against this one: "Unlike the C5 model used previously ..."
    r"\b(?:unlike|in\s+contrast\s+to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:model|method|protocol|approach|stud(?:y|ies))\b|"
    r"\bused\s+(?:previously|in\s+(?:previous|earlier|other)\s+stud))",
    re.IGNORECASE,
)


# A reference-list entry that the parser left in a body section: "Kurtoglu M, Yanar H,
# Bilsel Y, ...: Title". Three "Surname AB," in a row is an author list.
_AUTHOR_LIST: Final = re.compile(r"(?:\b[A-Z][A-Za-z'\u00C0-\u017F-]+\s+[A-Z]{1,3}\s*[,;:]\s*){3}")


def is_reference_entry(sentence: str) -> bool:
    """True for a sentence that is a citation of another paper (an author list), not a statement."""
    return bool(_AUTHOR_LIST.search(sentence[:300]))


def is_reported_elsewhere(sentence: str) -> bool:
    """True for a sentence that cites other studies or states textbook knowledge."""
    return bool(_ELSEWHERE.search(sentence))


# Characters of a block too short to be a paragraph of its own: a running footer, a
# page number, a stray line.
SHORT_BLOCK: Final = 160


def antecedent(sentences: Sequence[Sentence], i: int) -> int | None:
    """Link back past the short block that ends at sentence ``i``.

    A short block (``SHORT_BLOCK`` characters at most) between two paragraphs ("...sEVs
    at 200 µg. | Journal footer | Each dose was injected ...") must not cut the next
    paragraph off from the one before: the index of the sentence just before that block
    (-1 when the block opens the document), or None when ``i``'s block is not short.
    """
    block = sentences[i].block_index
    k, chars = i, 0
    while k >= 0 and sentences[k].block_index == block:
        chars += len(sentences[k].text)
        if chars > SHORT_BLOCK:
            return None  # a paragraph: no need to walk the rest of it
        k -= 1
    return k if chars > 0 else None
