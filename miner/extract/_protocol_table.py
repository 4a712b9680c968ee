"""Methods written as a table: "Parameter | Detail" rows read as methods sentences.

Some papers (short reports, protocol-style papers, journals with a "study at a
glance" box) state their methods in a two-column table: a short label on the left
("Animals", "Injury", "Isolation", "Dose and route") and a phrase on the right
("Male Sprague-Dawley rats, 280-320 g; 8 per group"). The sentence walker keeps
table lines as TABLE sentences, which the methods rules do not read. A table
whose rows are such label/phrase pairs is the methods section in another layout,
so its rows are handed to the field rules as METHODS sentences.

Tables of results (group names against numbers) and of reagents (antibody against
dilution) do not qualify: their right-hand cells are numbers or a few words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from miner.extract._context import Sentence
from miner.parse.model import SectionKind

__all__ = ["methods_table_rows"]

# A row label: a few words, letters first, no figures ("Animals", "Dose and route",
# "Exosome isolation", "Behavioural test").
_LABEL: Final = re.compile(r"^[A-Za-z][A-Za-z /&(),-]{1,38}$")
_WORD: Final = re.compile(r"[A-Za-z]{2,}")
# Labels that say the table is about the study's protocol (at least two must appear).
_PROTOCOL_LABEL: Final = re.compile(
    r"animal|rat|species|strain|injur|model|lesion|surgery|cell|source|donor|isolat|purif|"
    r"character|vesicle|exosome|\bev|dose|dosing|route|administ|treatment|schedule|timing|"
    r"outcome|assessment|ethic|randomi|blind|housing|anaesth|anesth|priming|precondition|"
    r"modification|loading",
    re.IGNORECASE,
)
# A caption that says the table describes how the vesicles were made or characterised
# ("Isolation and characterisation of MSC-EVs", "Exosome preparation protocol"): its rows are
# steps (label | method | result), read as methods whatever the number of columns.
_METHODS_CAPTION: Final = re.compile(
    r"^\s*Table\s+\w+\s*[:.]+.{0,80}?\b(?:isolation|purification|preparation|characteri[sz]ation|"
    r"(?:isolation|preparation|characteri[sz]ation)\s+protocol)\b",
    re.IGNORECASE,
)
# ... unless it is a table of results or group sizes.
_RESULTS_CAPTION: Final = re.compile(r"\bBBB\b|\bscores?\b|\bgroups?\b|\bmean\b|±", re.IGNORECASE)
_MIN_STEP_ROWS: Final = 2
_MIN_ROWS: Final = 4
_MIN_PHRASE_WORDS: Final = 3


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.split("\t")]


def _is_label_phrase(cells: Sequence[str]) -> bool:
    if len(cells) != 2:
        return False
    label, phrase = cells
    return bool(_LABEL.match(label)) and len(_WORD.findall(phrase)) >= _MIN_PHRASE_WORDS


def _is_label_steps(cells: Sequence[str]) -> bool:
    """A step row of a methods table: a label, then method and result cells of several words."""
    if len(cells) < 2 or not _LABEL.match(cells[0]):
        return False
    return len(_WORD.findall(" ".join(cells[1:]))) >= _MIN_PHRASE_WORDS


def _methods_caption(sentences: Sequence[Sentence], first_row: int) -> bool:
    """The table whose first line is ``sentences[first_row]`` has a caption naming a vesicle method."""
    k = first_row - 1
    if k < 0 or sentences[k].section != SectionKind.TABLE or "\t" in sentences[k].text:
        return False
    caption = sentences[k].text
    return bool(_METHODS_CAPTION.match(caption)) and not _RESULTS_CAPTION.search(caption)


def methods_table_rows(sentences: Sequence[Sentence]) -> list[Sentence]:
    """``sentences`` with the rows of protocol tables turned into METHODS sentences.

    A table qualifies when it has at least four rows, nearly all of them a short
    label and a phrase of several words, and at least two labels name a part of
    a protocol. Each row keeps its offsets (the tab between label and phrase is
    read as a space, so offsets still match the document text); a header row
    ("Parameter | Detail") is not a label/phrase pair and stays a table line. Other sentences are returned unchanged.
    """
    by_block: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        if s.section == SectionKind.TABLE and "\t" in s.text:
            by_block.setdefault(s.block_index, []).append(i)
    relabel: dict[int, Sentence] = {}
    for rows in by_block.values():
        cells = [_cells(sentences[i].text) for i in rows]
        if _methods_caption(sentences, rows[0]):
            steps = [(i, c) for i, c in zip(rows, cells, strict=True) if _is_label_steps(c)]
            if len(steps) >= _MIN_STEP_ROWS:
                for i, _c in steps:
                    s = sentences[i]
                    relabel[i] = replace(s, text=s.text.replace("\t", " "), section=SectionKind.METHODS)
                continue
        # the first line may be a header ("Parameter | Detail"): it is not counted
        if len(rows) - 1 < _MIN_ROWS:
            continue
        pairs = [c for c in cells if _is_label_phrase(c)]
        if len(pairs) < 0.8 * (len(rows) - 1):
            continue
        if sum(1 for c in pairs if _PROTOCOL_LABEL.search(c[0])) < 2:
            continue
        for i, c in zip(rows, cells, strict=True):
            if _is_label_phrase(c):
                s = sentences[i]
                relabel[i] = replace(s, text=s.text.replace("\t", " "), section=SectionKind.METHODS)
    if not relabel:
        return list(sentences)
    return [relabel.get(i, s) for i, s in enumerate(sentences)]
