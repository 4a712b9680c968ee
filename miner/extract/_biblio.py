"""First author, year and journal from the first page of a PDF, when its metadata lacks them.

Journal PDFs print the citation line above or below the title ("J Spinal Regen
2019; 14: 412–424 · https://doi.org/...", "Cell Ther Lett (2023) 9:114–125",
"Front Neural Repair 11:586") and the author line right under the title ("Yiming
Zhang [1], Lina Qiao [1], ..."). Both are read conservatively: a line that does
not look like a citation or a list of personal names gives nothing.
"""

from __future__ import annotations

import re
from typing import Final

from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

__all__ = ["first_author", "journal_and_year", "page_one_header"]

_MONTHS: Final = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
_URL_DOI: Final = re.compile(
    r"(?:https?://)?(?:dx\.)?doi\.org/\S+|\bdoi:?\s*10\.\S+|\b10\.\d{4,9}/\S+|https?://\S+",
    re.IGNORECASE,
)
_YEAR: Final = re.compile(r"(?<![\d./-])(19[5-9]\d|20[0-4]\d)(?![\d/-]|\.\d)")
# A journal name (capitalised words, abbreviated or not) directly followed by the
# year or the volume: "J Spinal Regen 2019;", "Vesicle Biol Rep. 2021;5(2)",
# "Stem Cell Transl Sci (2021) 12:77", "Front Neural Repair 11:586".
_JOURNAL: Final = re.compile(
    # Lower-case joining words are allowed inside the name ("Journal of Experimental
    # Neural Repair", "Biomaterials for Neural Regeneration", "Oral Stem Cells and ...").
    r"(?:^|[|·•—–]\s*|\s{2,})(?P<j>(?:[A-Z][A-Za-z&'-]*\.?\s+(?:(?:of|for|and|the|in|on|&)\s+){0,2}){0,7}[A-Z][A-Za-z&'-]*\.?)\s*,?\s*"
    r"(?:\(?(?P<y>(?:19|20)\d\d)\)?\s*[;,:.]?\s*\d|(?P<v>\d{1,4})\s*[:(]\s*[eE]?\d)"
)
_NOT_JOURNAL_WORDS: Final = frozenset(
    [
        "original",
        "research",
        "article",
        "review",
        "brief",
        "report",
        "letter",
        "communication",
        "published",
        "received",
        "accepted",
        "online",
        "open",
        "access",
        "copyright",
        "volume",
        "vol",
        "issue",
        "page",
        "pages",
        "doi",
        "citation",
        "cite",
    ]
)
_PARTICLES: Final = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "del",
        "di",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "bin",
        "al",
        "el",
    ]
)
_DEGREES: Final = re.compile(
    r"\b(?:MD|PhD|MSc|BSc|MS|MPH|DVM|DDS|MBBS|RN|Prof|Dr)\b\.?", re.IGNORECASE
)
_MARKERS: Final = re.compile(r"\[\s*\d+(?:\s*,\s*\d+)*\s*\]|[\d*†‡§¶#]+|\s[a-z](?:,[a-z])*(?=\s|$)")
_NAME_WORD: Final = re.compile(
    r"^[A-Z][a-z'’-]+(?:-[A-Z]?[a-z'’]+)?$|^[A-Z]\.?$|^[A-Z]\.-?[A-Z]\.$"
)
_FAMILY_FIRST: Final = re.compile(
    r"family\s+names?\s+(?:are\s+)?(?:given|written|listed|placed)?\s*first|surnames?\s+(?:are\s+)?(?:given\s+)?first",
    re.IGNORECASE,
)
_AFFIL_LETTERS: Final = re.compile(r"(?:^|[;,.]\s*)(?P<l>[a-z])\s+[A-Z]")


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
        if block.section not in (SectionKind.OTHER, SectionKind.TITLE) or (
            block.section == SectionKind.ABSTRACT
        ):
            if title is not None or len(above) > 4:
                break
            continue
        (below if title is not None else above).append(block)
        if len(below) >= 4:
            break
    return above, title, below


def _journal_in(text: str) -> tuple[str, int | None] | None:
    clean = _URL_DOI.sub("  ", text)
    for m in _JOURNAL.finditer(clean):
        name = m["j"].strip().rstrip(".").strip()
        words = [w.strip(".").lower() for w in name.split()]
        if not words or any(w in _MONTHS or w in _NOT_JOURNAL_WORDS for w in words):
            continue
        if len(name) < 4 or name.isupper() and len(words) > 1:
            continue
        return name, int(m["y"]) if m["y"] else None
    return None


def journal_and_year(
    doc: ParsedDocument,
) -> tuple[tuple[str, Block] | None, tuple[int, Block] | None]:
    """The journal name and the publication year from page 1's citation line, each with its block."""
    above, _, below = page_one_header(doc)
    journal: tuple[str, Block] | None = None
    year: tuple[int, Block] | None = None
    for block in [*above, *below]:
        if block.kind == BlockKind.CAPTION or len(block.text) > 300:
            continue
        found = _journal_in(block.text)
        if found and journal is None:
            journal = (found[0], block)
            if found[1] and year is None:
                year = (found[1], block)
        if year is None and (
            found or _URL_DOI.search(block.text) or "published" in block.text.lower()
        ):
            m = _YEAR.search(_URL_DOI.sub("  ", block.text))
            if m:
                year = (int(m.group(1)), block)
    return journal, year


def _split_authors(line: str) -> list[str]:
    line = _DEGREES.sub("", line)
    parts = re.split(r"\s*(?:,|;|·|•|&|\band\b)\s*", line)
    return [p.strip() for p in parts if p.strip()]


def first_author(doc: ParsedDocument) -> tuple[str, Block] | None:
    """The first author's family name from the author line under the title, with its block.

    "Yiming Zhang [1], Lina Qiao [1]" -> "Zhang". Affiliation markers (digits,
    [1], *, †, a trailing letter matching the affiliation list) are removed;
    when page 1 says family names are given first, the first word is taken.
    """
    _, title, below = page_one_header(doc)
    if title is None or not below:
        return None
    line_block = below[0]
    line = line_block.text.strip()
    if len(line) > 400 or "\n" in line.strip() and len(line.splitlines()) > 3:
        return None
    rest = " ".join(b.text for b in below[1:] + [line_block])
    family_first = bool(_FAMILY_FIRST.search(rest))
    letters = {m["l"] for b in below[1:2] for m in _AFFIL_LETTERS.finditer(b.text)}
    names: list[list[str]] = []
    for part in _split_authors(line):
        part = _MARKERS.sub(" ", f" {part} ").strip()
        words = part.split()
        if not words:
            continue  # a lone marker ("Wei Fang1,*")
        if not 2 <= len(words) <= 5:
            return None
        if not all(_NAME_WORD.match(w) or w.lower() in _PARTICLES for w in words):
            return None
        names.append(words)
    if not names:
        return None
    # Superscript letters glued to the names ("Hao Wanga, Xiaoli Chena") when the
    # affiliations are lettered: strip them only if every name ends in one.
    if letters and all(n[-1][-1] in letters and len(n[-1]) > 2 for n in names):
        names = [[*n[:-1], n[-1][:-1]] for n in names]
    first = names[0]
    if family_first:
        family = first[0]
    else:
        family = first[-1]
        if len(first) >= 3 and first[-2].lower() in _PARTICLES:
            family = f"{first[-2]} {first[-1]}"
    if len(family) < 2 or family.endswith("."):
        return None
    return family, line_block
