"""Section headings and captions: how papers name their parts (shared by PDF and JATS)."""

from __future__ import annotations

import re

from miner.parse.model import SectionKind

__all__ = [
    "FIGURE_CAPTION",
    "TABLE_CAPTION",
    "classify_heading",
    "is_heading_word",
    "strip_numbering",
]

# Order matters: the first pattern that matches the heading wins, so the more
# specific phrases ("results and discussion") come before their parts.
_RULES: list[tuple[re.Pattern[str], SectionKind]] = [
    (re.compile(r"^(references?|bibliography|literature cited|works cited|reference list)$"), SectionKind.REFERENCES),
    (re.compile(r"^(acknowledge?ments?|funding|financial support|conflicts? of interests?|competing interests?"
                r"|disclosures?|declarations?|author(s'|'s)? contributions?|abbreviations|data availability"
                r"|ethics (approval|statement)|consent for publication|credit authorship|availability of data"
                r"|data and materials? availability|(animal welfare|ethics|ethical (approval|statement|considerations?))$)"),
     SectionKind.ACKNOWLEDGEMENTS),
    (re.compile(r"^(abstract|summary|synopsis)\b"), SectionKind.ABSTRACT),
    (re.compile(r"^(introduction|background)\b"), SectionKind.INTRODUCTION),
    (re.compile(r"^results and discussion|^results\b|^findings\b|^case (report|presentation|description)"),
     SectionKind.RESULTS),
    (re.compile(r"^(materials?|methods?|methodology|experimental$|patients and methods|subjects and methods"
                r"|animals|animal (experiments?|models?|procedures|care)|study design|statistical analys[ie]s|experimental (section|procedures?|design|methods?))\b"),
     SectionKind.METHODS),
    (re.compile(r"^discussion\b|^general discussion|^limitations"), SectionKind.DISCUSSION),
    (re.compile(r"^(conclusions?|concluding remarks|summary and conclusions?|perspectives?|outlook)\b"),
     SectionKind.CONCLUSION),
    (re.compile(r"^(supplementary|supporting) (material|information|data)"), SectionKind.OTHER),
    # Appendices and online supplements: back matter, so the discussion ends there
    # ("Appendix A. Supplementary methods", "S1 Appendix", "Annex 1", "Online Supplement").
    (re.compile(r"^(?:s\d+\s+)?(?:appendix|appendices|annex(?:es)?)\b(?:\s*[a-h\d]+\b)?"
                r"|^(?:electronic\s+)?(?:supplementary|supplemental|supporting|online)\s+"
                r"(?:methods?|materials?|files?|figures?|tables?|results|text|information|data|supplement)\b"),
     SectionKind.OTHER),
]  # fmt: skip

# "2.1. ", "II. ", "B ", and the "2 | METHODS" or "3) Results" some journals print.
_NUMBERING = re.compile(r"^\s*(?:(?:\d+|[IVX]+|[A-H])(?:\.\d+)*\.?|\d+(?:\.\d+)+)(?:\s*[|)])?\s+(?=\S)")
FIGURE_CAPTION = re.compile(
    r"^\s*(?:Figure|FIGURE|Fig\.?|FIG\.?)\s*(?:S?\d+[A-Za-z]?)\b\s*[.:|\u2014\u2013-]?"
)
TABLE_CAPTION = re.compile(
    r"^\s*(?:Table|TABLE)\s+(S?\d+|[IVX]+)[A-Za-z]?\b\s*(?:[.:|\u2014\u2013-]|\s(?!(?:shows|summari[sz]es|lists"
    r"|presents|gives|displays|reports|contains|compares|and|or|in|for|of|from|with|was|is)\b))"
)


def strip_numbering(heading: str) -> str:
    """``"2.1. Animals"`` -> ``"Animals"``."""
    return _NUMBERING.sub("", heading.strip(), count=1).strip()


def _key(heading: str) -> str:
    text = strip_numbering(heading).lower().rstrip(" .:")
    return re.sub(r"\s+", " ", text.replace("&", "and"))


def classify_heading(heading: str) -> SectionKind | None:
    """The canonical kind a heading names, or None when it names no known part."""
    key = _key(heading)
    for pattern, kind in _RULES:
        if pattern.search(key):
            return kind
    return None


_HEADING_WORDS = re.compile(
    r"^(abstract|summary|introduction|background|methods?|materials and methods|materials & methods"
    r"|patients and methods|results|results and discussion|discussion|conclusions?|references|bibliography"
    r"|acknowledge?ments?|funding|competing interests|conflicts? of interests?|abbreviations|keywords)$"
)


def is_heading_word(text: str) -> bool:
    """True for a line that is nothing but a standard heading ("RESULTS", "2. Methods")."""
    return bool(_HEADING_WORDS.match(_key(text)))
