"""Sentences for appraisal, with the policy of whose study a sentence talks about.

Risk-of-bias statements about *this* study sit in the methods and results (and
in ethics, funding and conflict-of-interest statements wherever the layout put
them). The introduction and discussion talk about other studies ("Li et al.
randomly assigned ...") and about what studies *should* do; they count only
when the authors speak of their own work ("a limitation of our study is that
the assessors were not blinded").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from miner.extract._context import split_sentences as _split
from miner.parse.model import BlockKind, ParsedDocument, SectionKind

__all__ = ["AppraisalSentence", "about_others", "appraisal_sentences", "speaks_of_own_study", "split_sentences"]

# Sections whose sentences describe this study unless they cite others.
OWN_SECTIONS: Final = frozenset(
    {
        SectionKind.TITLE,
        SectionKind.ABSTRACT,
        SectionKind.METHODS,
        SectionKind.RESULTS,
        SectionKind.FIGURE_CAPTION,
        SectionKind.TABLE,
        SectionKind.OTHER,
        SectionKind.ACKNOWLEDGEMENTS,
    }
)
# Sections that speak of this study only in the first person.
FIRST_PERSON_SECTIONS: Final = frozenset(
    {SectionKind.INTRODUCTION, SectionKind.DISCUSSION, SectionKind.CONCLUSION}
)

_FIRST_PERSON: Final = re.compile(
    r"\b(?:we|our|us|this (?:study|work|experiment)|the (?:present|current) (?:study|work|experiment))\b",
    re.IGNORECASE,
)
_OTHERS: Final = re.compile(
    r"\bet\s+al\b|"
    r"\b(?:previous|prior|earlier|other|many|several|most|some|few|published|preclinical|clinical|animal)\s+"
    r"(?:\w+\s+){0,2}?(?:studies|reports|investigators|groups|authors|trials|reviews|papers|literature)\b|"
    r"\b(?:has|have)\s+been\s+(?:reported|shown|recommended|suggested|proposed)\b|"
    r"\b(?:should|must|ought\s+to)\s+(?:be|report|use|include)\b|"
    r"\b(?:guidelines?|SYRCLE|ARRIVE)\s+(?:recommend|require|suggest)|"
    r"\bit\s+is\s+(?:recommended|important|essential|advisable)\b|"
    r"\bfuture\s+(?:studies|research|work)\b",
    re.IGNORECASE,
)
# Quotes are kept to a readable length; a "sentence" longer than this is a flattened table.
MAX_SENTENCE: Final = 1200


@dataclass(frozen=True, slots=True)
class AppraisalSentence:
    """A sentence of ``ParsedDocument.text`` with its section and heading."""

    start: int
    end: int
    text: str
    section: SectionKind
    heading: str


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (extraction's splitter), cut at a readable quote length."""
    return _split(text, max_chars=MAX_SENTENCE)


def speaks_of_own_study(text: str) -> bool:
    return bool(_FIRST_PERSON.search(text))


def about_others(text: str) -> bool:
    """True for a sentence about other studies or about what studies should do."""
    return bool(_OTHERS.search(text))


def appraisal_sentences(doc: ParsedDocument) -> list[AppraisalSentence]:
    """Every sentence of ``doc`` except headings and table cells, in reading order.

    The section policy is applied by the rules (some items, such as conflict-of-
    interest statements, count wherever they are).
    """
    out: list[AppraisalSentence] = []
    for block in doc.blocks:
        if block.kind in (BlockKind.HEADING, BlockKind.TABLE) or block.section == SectionKind.TABLE:
            continue
        heading = block.heading or ""
        for s, e in split_sentences(block.text):
            out.append(
                AppraisalSentence(
                    block.start + s, block.start + e, block.text[s:e], block.section, heading
                )
            )
    return out
