"""Personal names in an author line: splitting the line, and telling a name from other words.

"Yiming Zhang [1], Lina Qiao [1]", "Ross G. DOUGLAS [1]", "Zhang Y, Qiao L and
Wang XY", "Chen Jian-Hui": affiliation markers, degrees and the kinds of words a
name is made of.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "CONJUNCTIONS",
    "PARTICLES",
    "is_initials",
    "is_word",
    "parse_name",
    "pinyin_family_first",
    "split_authors",
]

# Lower-case words inside a family name: "van der Berg", "da Silva", "bin Abdullah".
PARTICLES: Final = frozenset(
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
        "ó",
        "ní",
        "nic",
        "mac",
        "ua",
    ]
)
# The "and" that joins a Catalan, Spanish or Portuguese double family name: "Serra i Vidal",
# "Ortega y Gasset", "Silva e Souza". Only between two name words.
CONJUNCTIONS: Final = frozenset(["i", "y", "e"])
_DEGREES: Final = re.compile(
    r"\b(?:MD|PhD|MSc|BSc|MS|MPH|DVM|DDS|MBBS|RN|Prof|Dr)\b\.?", re.IGNORECASE
)

# Affiliation markers glued to or set after a name: "Okely1,2*", "Burke, [1,2]",
# "DOUGLAS∗ [1]". Removed before the line is split at commas, since the commas
# inside "[3,4]" or "1,2" separate markers, not authors.
_BRACKET_MARK: Final = re.compile(r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]")
_GLUED_MARK: Final = re.compile(r"(?<=[^\W\d_])\d+(?:\s*[,–-]\s*\d+)*")
_SYMBOL_MARK: Final = re.compile(
    r"[*†‡§¶#∗⁎✉]+|(?<=\s)\d+(?:\s*[,–-]\s*\d+)*(?=\s*(?:,|;|\band\b|&|$))"
)
_BY: Final = re.compile(r"^\s*by\s+", re.IGNORECASE)
_APOSTROPHES: Final = "'’"


# Superscript digits and letters that survive text extraction as characters.
_SUPERSCRIPT: Final = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u209f\u1d2c-\u1dbf]+")
# "[a]", "(1)", "(a,b)": bracketed affiliation keys.
_KEY_MARK: Final = re.compile(r"[\[(]\s*(?:[a-z]|\d{1,2})(?:\s*[,–-]\s*(?:[a-z]|\d{1,2}))*\s*[\])]")
# " a", " a,b" after a name: lettered affiliation keys set apart from the name.
_LETTER_MARK: Final = re.compile(
    r"(?<=[^\W\d_])\s+[a-z](?:\s*,\s*[a-z])*(?=\s*(?:,|;|\||·|•|&|\band\b|$))"
)


def _clean_markers(line: str) -> str:
    line = _SUPERSCRIPT.sub(" ", line)
    line = _BRACKET_MARK.sub(" ", line)
    line = _KEY_MARK.sub(" ", line)
    line = _GLUED_MARK.sub(" ", line)
    line = _LETTER_MARK.sub(" ", line)
    return _SYMBOL_MARK.sub(" ", f" {line} ").strip()


def split_authors(line: str) -> list[str]:
    line = _DEGREES.sub("", _clean_markers(_BY.sub("", line)))
    letters = [c for c in line if c.isalpha()]
    if len(letters) > 6 and all(c.isupper() for c in letters):
        # A line set in capitals ("XIAO-MING LI, WEI ZHANG"): read it in title case.
        line = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), line)
    parts = re.split(r"\s*(?:,|;|·|•|\||&|\band\b)\s*", line)
    return [p.strip() for p in parts if p.strip()]


def is_initials(word: str) -> bool:
    """An initial before the family name: "J.", "J", "J.-H.", "J.H."."""
    return re.fullmatch(r"(?:[A-Z]\.?-?){1,3}", word) is not None and (
        len(word) == 1 or "." in word or "-" in word
    )


def is_word(word: str) -> bool:
    """A capitalised name word in any script: "Wikström", "Mensah-Bonsu", "McGee", "O'Brien"."""
    if not word or not word[0].isupper():
        return False
    if not all(ch.isalpha() or ch in "-" + _APOSTROPHES for ch in word):
        return False
    if word[-1] in "-" or "--" in word:
        return False
    for seg in re.split(r"[-'’]", word):
        # "Jian-bo": a lower-case second syllable is a given name written in pinyin.
        if not seg:
            return False
    # At most one capital inside a segment ("McGee", "DeVries", "LeBlanc"); more is an
    # acronym ("BMSCs", "MicroRNA") that never names a person.
    inner = sum(ch.isupper() for seg in re.split(r"[-'’]", word) for ch in seg[1:])
    return inner <= 1 and not (len(word) > 1 and word.isupper())


def _is_caps_surname(word: str) -> bool:
    """A family name set in capitals, as some journals print it: "DOUGLAS", "VAN DER BERG"."""
    return (
        len(word) >= 2
        and word.isupper()
        and word.isalpha()
        and any(c in "AEIOUYÄÖÜÉÈ" for c in word)
    )


def parse_name(words: list[str]) -> str | None:
    """'' (a degree or stray label to skip), the kind of name, or None when not a personal name."""
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
        return ""  # a post-nominal degree left by the split ("FRCGP")
    if not 2 <= len(words) <= 5:
        return None
    kinds = []
    for k, w in enumerate(words):
        if (w in CONJUNCTIONS and 1 < k < len(words) - 1) or w.lower() in PARTICLES:
            kinds.append("p")
        elif is_initials(w):
            kinds.append("i")
        elif is_word(w):
            kinds.append("w")
        elif _is_caps_surname(w):
            kinds.append("C")
        elif re.fullmatch(r"[A-Z]{2,3}", w):
            kinds.append("I")  # citation-style initials after the family name: "Zhang XY"
        elif re.fullmatch(r"[A-Z][a-z]{1,3}\.", w):
            kinds.append(
                "i"
            )  # a given name abbreviated: "Mohd. Faiz Ansari", "Md. Rahman", "Wm. Hale"
        else:
            return None
    return "".join(kinds)


# Pinyin syllables: "Chen Jian-Hui" (family name first, as some journals print
# Chinese names) against "Yu-Long He" and "Lucía Castillo-Reyes".
_PINYIN: Final = re.compile(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|a|o|e|i|u|v)"
)


def pinyin_family_first(words: list[str]) -> bool:
    """True for a two-word name of one pinyin syllable and a hyphenated pinyin given name."""
    if len(words) != 2 or "-" not in words[1] or "-" in words[0]:
        return False
    return all(_PINYIN.fullmatch(x.lower()) for x in [words[0], *words[1].split("-")])
