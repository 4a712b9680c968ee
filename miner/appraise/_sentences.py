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
from miner.extract._context import table_lines
from miner.extract._protocol_table import methods_table_rows
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

__all__ = [
    "AppraisalSentence",
    "about_others",
    "appraisal_sentences",
    "declaration_heading",
    "speaks_of_own_study",
    "split_sentences",
]

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
# Declarations (competing interests, ethics approval, funding) are printed after the
# conclusion or the discussion, often as a run-in heading the layout analysis does
# not see as a heading ("Competing interests The authors declare ...", "Conflicts of
# Interest: none"), so they inherit the section before them. A block or sentence
# that opens with such a heading is a declaration about this study wherever it sits.
_RUN_IN_DECLARATION: Final = re.compile(
    r"^\s*(?P<h>(?:(?:declarations?|statements?)\s+(?:of\s+)?(?:competing\s+|conflicts?\s+of\s+)?interests?"
    r"|(?:potential\s+|financial\s+)?(?:conflicts?|competing)\s+(?:of\s+)?interests?(?:\s+statements?|\s+disclosures?)?"
    r"|(?:authors?'?\s+)?(?:financial\s+)?disclosures?(?:\s+statements?)?|declarations?|duality\s+of\s+interests?"
    r"|ethic(?:s|al)\s+(?:approval|statement|declaration|considerations?|compliance)(?:\s+and\s+consent\s+to\s+participate)?"
    r"|(?:animal\s+)?(?:ethics|welfare)\s+statement|institutional\s+review\s+board\s+statement"
    # a bare "Ethics." / "Animal ethics:" run-in heading before the approval statement
    r"|(?:animal\s+)?ethics(?:\s+and\s+(?:animal\s+)?welfare)?"
    r"|compliance\s+with\s+ethical\s+standards))\b\s*(?:[.:\u2014\u2013-]\s*|\s(?=(?-i:[A-Z])))",
    re.IGNORECASE,
)
# A declaration sentence without a heading: "The authors declare that they have no ...".
_DECLARATION_SENTENCE: Final = re.compile(
    r"^\s*(?:the\s+|all\s+)?(?:authors?|authorship)\s+(?:\w+\s+){0,2}?"
    r"(?:declare|declares|declared|report|reports|state|states|disclose|discloses|ha(?:ve|s)\s+(?:no|nothing))\b"
    # "M.C. holds shares in ...; the other authors declare no competing interests."
    r"|\b(?:declare[sd]?|disclose[sd]?|report(?:s|ed)?|ha(?:ve|s))\s+(?:no|nothing|any|the\s+following)\b[^.;]{0,40}?"
    r"\b(?:conflicts?|competing|duality)\s+(?:of\s+)?(?:\w+\s+)?interests?",
    re.IGNORECASE,
)


# A methods sentence the layout analysis left under "Introduction" or "Discussion"
# (a missed heading): a past-tense passive report of a procedure, citing nobody and
# recommending nothing. "BBB scores were recorded weekly by blinded raters."
_PROCEDURE: Final = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:done|performed|recorded|scored|assessed|evaluated|measured|conducted|"
    r"carried\s+out|randomi[sz]ed|allocated|assigned|divided|housed|calculated|determined|analy[sz]ed|tested|"
    r"examined|quantified|counted|graded|rated|videotaped|filmed)\b",
    re.IGNORECASE,
)
_CITED: Final = re.compile(
    r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]|\(\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\)|\([A-Z][\w'-]+(?:\s+et\s+al\.?)?,?\s+(?:19|20)\d\d\)"
    r"|\b(?:study|studies|work|trial|experiments?)\s+(?:by|of|from)\s+[A-Z]|\b(?:in|by)\s+(?:most|many|some|few|these|those)\b"
    r"|\b(?:could|should|would|must|might|may)\b|\bif\b",
    re.IGNORECASE,
)


def _procedure_of_this_study(text: str) -> bool:
    return bool(_PROCEDURE.search(text)) and not _CITED.search(text) and not about_others(text)


def declaration_heading(text: str) -> str | None:
    """The run-in declaration heading a block or sentence opens with, or None.

    "Competing interests The authors declare ..." -> "Competing interests".
    """
    m = _RUN_IN_DECLARATION.match(text)
    return m["h"] if m else None


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


# "approval no. KMU-A-18-112", "permit No. 5.2-1": a number abbreviation, not a sentence end.
_NUMBER_ABBREV: Final = re.compile(r"\b(?:no|nos|nr|ref)\.$", re.IGNORECASE)
_CODE_START: Final = re.compile(r"^[A-Z0-9][\w./-]*\d")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (extraction's splitter), cut at a readable quote length."""
    spans = _split(text, max_chars=MAX_SENTENCE)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if (
            out
            and _NUMBER_ABBREV.search(text[out[-1][0] : out[-1][1]])
            and _CODE_START.match(text[s:e])
            and e - out[-1][0] <= MAX_SENTENCE
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def speaks_of_own_study(text: str) -> bool:
    return bool(_FIRST_PERSON.search(text))


def about_others(text: str) -> bool:
    """True for a sentence about other studies or about what studies should do."""
    return bool(_OTHERS.search(text))


def appraisal_sentences(doc: ParsedDocument) -> list[AppraisalSentence]:
    """Every sentence of ``doc`` except headings and table cells, in reading order.

    The rows of a protocol table ("Ethics | Approved by the ... committee",
    "Outcome | BBB ... by two raters masked to group") are the methods in another
    layout: they are read as methods sentences (``methods_table_rows`` decides
    which tables qualify). The section policy is applied by the rules (some
    items, such as conflict-of-interest statements, count wherever they are).
    """
    out: list[AppraisalSentence] = []
    for index, block in enumerate(doc.blocks):
        if block.kind == BlockKind.TABLE or block.section == SectionKind.TABLE:
            out += _protocol_rows(block, index)
            continue
        if block.kind == BlockKind.HEADING:
            continue
        heading = block.heading or ""
        run_in = declaration_heading(block.text)
        for s, e in split_sentences(block.text):
            text = block.text[s:e]
            section, head = block.section, heading
            own = run_in or declaration_heading(text)
            if own is None and section in FIRST_PERSON_SECTIONS and _DECLARATION_SENTENCE.search(text):
                own = "Declarations"
            if own is not None:
                # A declaration speaks for this study: read it as the back matter it is.
                section, head = SectionKind.ACKNOWLEDGEMENTS, own
            elif section in FIRST_PERSON_SECTIONS and _procedure_of_this_study(text):
                section = SectionKind.METHODS
            out.append(AppraisalSentence(block.start + s, block.start + e, text, section, head))
    return out


def _protocol_rows(block: Block, index: int) -> list[AppraisalSentence]:
    """The rows of a protocol table block, as methods sentences (none for other tables)."""
    return [AppraisalSentence(r.start, r.end, r.text, SectionKind.METHODS, "")
            for r in methods_table_rows(table_lines(block, index)) if r.section == SectionKind.METHODS]
