"""Character-level clean-up shared by the PDF and JATS parsers (pure functions).

Canonical forms chosen here (extractors can rely on them):

* micro: U+00B5 MICRO SIGN ``µ``. Greek mu (U+03BC) and the mathematical italic /
  bold mus that TeX fonts emit (U+1D6CD, U+1D707, U+1D741, U+1D77B, U+1D7B5) all
  become ``µ``. (NFKC would do the opposite, so it is never applied wholesale.)
* ligatures ``ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ`` are spelled out.
* minus sign U+2212 and the Unicode hyphens U+2010/U+2011 become ASCII ``-``; the
  en dash ``–`` (ranges, "T9–T10") and ``×``, ``±``, ``≥``, ``≤`` are kept as is.
* no-break, thin and other fixed-width spaces become a plain space; zero-width
  characters and soft hyphens are removed.
* superscript digits become a caret exponent (``10⁹`` -> ``10^9``), subscript
  digits become plain digits (``CO₂`` -> ``CO2``); ring operators after a number
  become a degree sign (``37∘C`` -> ``37°C``).
* TeX's spacing accents before a letter are composed (``Jos´e`` -> ``José``).

The functions work on one line at a time, so the PDF parser keeps its
line -> bounding box mapping however much a line changes length.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import pairwise

__all__ = ["MICRO", "dehyphenate_pair", "is_terminal", "lexicon_words", "normalize", "superscript_join"]

MICRO = "\u00b5"

_TABLE = {
    0xFB00: "ff",
    0xFB01: "fi",
    0xFB02: "fl",
    0xFB03: "ffi",
    0xFB04: "ffl",
    0xFB05: "st",
    0xFB06: "st",
    0x03BC: MICRO,
    0x1D6CD: MICRO,
    0x1D707: MICRO,
    0x1D741: MICRO,
    0x1D77B: MICRO,
    0x1D7B5: MICRO,
    0x2212: "-",
    0x2010: "-",
    0x2011: "-",
    0x2012: "\u2013",
    0x00A0: " ",
    0x202F: " ",
    0x205F: " ",
    0x3000: " ",
    0x200B: "",
    0x200C: "",
    0x200D: "",
    0x2060: "",
    0xFEFF: "",
    0x00AD: "",
    0x02DA: "\u2218",  # ring above: degree in some fonts, resolved below
    0x2044: "/",  # fraction slash
    0x2215: "/",  # division slash
    0xFFFD: "",  # replacement character: nothing to keep
}
for _cp in range(0x2000, 0x200B):  # en quad .. hair space
    _TABLE[_cp] = " "
for _i, _ch in enumerate("₀₁₂₃₄₅₆₇₈₉"):
    _TABLE[ord(_ch)] = str(_i)

_SUPERSCRIPTS = {
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5",
    "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁺": "+", "⁻": "-",
}  # fmt: skip
_SUP_RUN = re.compile("[" + "".join(_SUPERSCRIPTS) + "]+")
_SUP_TRANS = str.maketrans(_SUPERSCRIPTS)
_MATH_ALNUM = re.compile("[\U0001d400-\U0001d7ff]")
_RING = re.compile(r"(?<=\d)\s?\u2218|\u2218(?=\s?[CF]\b)")
_SPACING_ACCENT = {
    "\u00b4": "\u0301",
    "`": "\u0300",
    "\u00a8": "\u0308",
    "\u02c6": "\u0302",
    "\u02dc": "\u0303",
}
_ACCENTED = re.compile("([\u00b4\u00a8\u02c6\u02dc])([A-Za-z\u0131])")
_GLUED_CITATION = re.compile(r"(?<=[a-z\)])\[(?=\d)")
_MULTISPACE = re.compile(r"[ \t]{2,}")


def _compose(match: re.Match[str]) -> str:
    letter = "i" if match.group(2) == "\u0131" else match.group(2)
    return unicodedata.normalize("NFC", letter + _SPACING_ACCENT[match.group(1)])


def _math_letter(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def normalize(text: str) -> str:
    """Clean one line (or one inline string) of text; see the module docstring."""
    if not text:
        return text
    if text.isascii():
        # Most lines: every rule below but these two concerns non-ASCII characters
        # (the table maps none of ASCII), so they are skipped, with the same result.
        if "[" in text:
            text = _GLUED_CITATION.sub(" [", text)
        if "  " in text or "\t" in text:
            text = _MULTISPACE.sub(" ", text)
        return text
    return _normalize_any(text)


def _normalize_any(text: str) -> str:
    """:func:`normalize` without the ASCII shortcut (any text; tests compare the two)."""
    text = text.translate(_TABLE)
    if _MATH_ALNUM.search(text):
        text = _MATH_ALNUM.sub(_math_letter, text)
    if "\u2218" in text:
        text = _RING.sub("\u00b0", text)
    text = _SUP_RUN.sub(lambda m: "^" + m.group().translate(_SUP_TRANS), text)
    if _ACCENTED.search(text):
        text = _ACCENTED.sub(_compose, text)
    text = _GLUED_CITATION.sub(" [", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _MULTISPACE.sub(" ", text)


# --- superscripts met as separate PDF spans ---------------------------------

_EXPONENT = re.compile(r"^-?\d{1,3}$")
_TEN_BEFORE = re.compile(r"(?:^|[\s(\[×x·*/])10$")
_UNIT_BEFORE = re.compile(r"(?:^|[\s(/\d])(?:[cmµnkd]?m|s|h|min|g|L)$")
_CITATION = re.compile(r"^\(?\d{1,3}(?:\s*[,\u2013\-]\s*\d{1,3})*\)?,?$")
_CHARGE = re.compile(r"^\d*[+\-]+$")


def superscript_join(before: str, sup: str) -> str:
    """How a superscript span ``sup`` should be appended to the text ``before`` it.

    Exponents stay numbers (``1 × 10`` + ``10`` -> ``1 × 10^10``; ``mm`` + ``2``
    -> ``mm^2``), charges stay glued (``CD34+``, ``Ca2+``), numeric citation and
    affiliation markers are set apart in brackets (``injury`` + ``12,13`` ->
    ``injury [12,13]``), a ring after a number is a degree sign. Anything else is
    appended unchanged so that no text is lost.
    """
    sup = sup.strip()
    if not sup:
        return ""
    tail = before.rstrip()
    if sup in ("\u2218", "\u00b0", "o") and tail[-1:].isdigit():
        return "\u00b0"
    if _EXPONENT.match(sup):
        if _TEN_BEFORE.search(tail) and tail == before:
            return "^" + sup
        if sup in ("2", "3", "-1", "-2", "-3") and _UNIT_BEFORE.search(tail) and tail == before:
            return "^" + sup
    if _CHARGE.match(sup):
        return sup
    if _CITATION.match(sup):
        if not tail:
            return sup.strip("(),") + " "
        return " [" + sup.strip("(),") + "]"
    return sup


# --- line ends ---------------------------------------------------------------

_TERMINAL = re.compile(r"[.!?:]['\")\]]?$|\[\d[\d,\u2013\- ]*\]\.?$")


def is_terminal(text: str) -> bool:
    """True when ``text`` ends like a finished sentence."""
    return bool(_TERMINAL.search(text.rstrip()))


# Prefixes whose hyphen is part of the word even when the line breaks after it
# ("non-invasive", "anti-inflammatory"): joining them would invent a word.
_KEEP_PREFIXES = frozenset(
    [
        "anti",
        "non",
        "pre",
        "post",
        "co",
        "self",
        "well",
        "semi",
        "multi",
        "cross",
        "long",
        "short",
        "high",
        "low",
        "dose",
        "time",
        "age",
        "sex",
        "all",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "half",
        "full",
        "double",
        "single",
        "sham",
    ]
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w\u00b5]*)-$")
_WORD_AFTER = re.compile(r"^([\w\u00b5]+)")
@cache
def lexicon_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words and hyphenated pairs the domain lexicon spells (lower case), for line-end hyphens.

    Taken from the lexicon's entries (their surface forms and normalised values);
    :mod:`miner.nlp.lexicon` imports without spaCy. Returns ``(words, pairs)``:
    every word of every form, hyphen-split too ("weight-drop device" gives
    "weight", "drop", "device"), and every hyphenated pair ("weight-drop",
    "size-exclusion").
    """
    from miner.nlp.lexicon import lexicon_entries

    words: set[str] = set()
    pairs: set[str] = set()
    for entry in lexicon_entries():
        for text in (entry.text, entry.norm or ""):
            for token in text.lower().split():
                parts = token.strip("()[],;:.'\"").split("-")
                words.update(p for p in parts if p.isascii() and p.isalpha())
                pairs.update(f"{x}-{y}" for x, y in pairwise(parts))
    return frozenset(words), frozenset(pairs)


def dehyphenate_pair(
    left: str, right: str, vocabulary: frozenset[str] | set[str] = frozenset()
) -> bool:
    """Whether the hyphen ending ``left`` is a line-break hyphen to drop before ``right``.

    Real hyphens stay (``miR-`` + ``26a``, ``BMSC-`` + ``Exos``, ``T9-`` + ``T10``,
    ``Sprague-`` + ``Dawley``, ``30-`` + ``150 nm``): only a lowercase fragment
    followed by a lowercase continuation is joined, unless the document spells the
    pair with a hyphen elsewhere (``vocabulary`` holds the document's words), the
    domain lexicon knows the hyphenated pair (``weight-`` + ``drop``), both halves
    are words while the joined form is none (``size-`` + ``exclusion``), or the
    fragment is a prefix that keeps its hyphen.
    """
    m_left = _WORD_BEFORE.search(left)
    m_right = _WORD_AFTER.match(right.lstrip())
    if not m_left or not m_right:
        return False
    a, b = m_left.group(1), m_right.group(1)
    if not (a[-1].islower() and b[0].islower()):
        return False
    if any(c.isupper() or c.isdigit() for c in a[1:]) or any(c.isdigit() for c in b):
        return False
    lex_words, lex_pairs = lexicon_words()
    joined, hyphenated = f"{a}{b}".lower(), f"{a}-{b}".lower()
    if joined in vocabulary:
        return True  # the document's own spelling decides first
    if hyphenated in vocabulary:
        return False
    if joined in lex_words:
        return True  # "intra-" / "thecal": the lexicon spells it as one word too
    if hyphenated in lex_pairs:
        return False
    # Two words of their own ("transplant-related", "tag-containing") keep the hyphen;
    # a fragment that is no word ("classi-fication") is a line-break hyphen. Words are
    # the document's and the lexicon's, so a compound spelled once is still kept whole.
    if (
        len(b) >= 3
        and len(a) >= 3
        and joined not in lex_words
        and (a.lower() in vocabulary or a.lower() in lex_words)
        and (b.lower() in vocabulary or b.lower() in lex_words)
    ):
        return False
    return a.lower() not in _KEEP_PREFIXES
