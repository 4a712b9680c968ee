"""Number reading shared by the quantity extractors.

Papers write numbers in many ways once a PDF has been through text extraction:
``1,000``, ``100 000`` (thin or plain space as thousands separator), ``1 × 10^10``,
``1 x 10^10``, ``1×1010`` (the superscript came out as plain digits), ``2.5E10``,
``10⁹``. Everything here is pure and works on the *folded* text (see ``fold``),
which has exactly the same length as the original so that spans stay valid.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "ANY_NUM",
    "ANY_NUM_P",
    "DASH",
    "NUM",
    "NUM_P",
    "PLAIN",
    "PLAIN_INT",
    "PM",
    "RANGE_NAME",
    "SCI",
    "SCI_P",
    "SD_WORDS",
    "SEM_WORDS",
    "WHOLE",
    "WHOLE_INT",
    "WORD_NUMBERS",
    "WORD_NUM_RE",
    "fold",
    "interval_stat",
    "parse_number",
    "said_stat",
    "word_number",
]  # fmt: skip

# One-to-one character replacements: offsets in the folded text equal offsets in
# the original, so evidence spans can be taken from either.
_FOLD: Final = str.maketrans(
    {
        "\u00b5": "u",  # micro sign
        "\u03bc": "u",  # Greek small mu
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u00a0": " ",  # no-break space
        "\u2002": " ",
        "\u2003": " ",
        "\u2007": " ",  # figure space (used as thousands separator)
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "\ufe63": "-",
        "\uff0d": "-",
        "\u00d7": "x",  # multiplication sign
        "\u2a2f": "x",
        "\u22c5": "x",
        "\u2217": "*",
        "\uff5e": "~",
        "\u223c": "~",
        "\u2248": "~",
        "\u00b1": "±",
    }
)

_SUPERSCRIPTS: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
SUP_CHARS: Final = "⁰¹²³⁴⁵⁶⁷⁸⁹"

DASH: Final = r"(?:-|to|and)"
# "mean ± dispersion" as papers type it, and the words that name the dispersion.
PM: Final = r"(?:±|\+/-|\+-)"
SEM_WORDS: Final = re.compile(r"\bSEM\b|\bS\.E\.M\.?|standard\s+error", re.IGNORECASE)
SD_WORDS: Final = re.compile(r"\bSD\b|\bS\.D\.?|standard\s+deviation", re.IGNORECASE)

# Every number pattern below is written once, as a template over how a plain number
# ("12", "12.5") is matched, and built twice:
#
# * ``PLAIN``: ``\d+(?:\.\d+)?``, for patterns whatever follows them;
# * ``WHOLE``: the same numbers without backtracking (the ``*_P`` patterns). PDF text
#   can hold a run of thousands of digits (a flattened table, a barcode, an OCR
#   smear); ``PLAIN`` may end anywhere in such a run, so a search tries every end from
#   every start before it fails: cubic work, minutes for one line. ``WHOLE`` accepts
#   exactly the same numbers wherever the pattern after it cannot begin with a digit
#   or ``.digit`` (a unit, a space, a word): the digits are taken whole (possessive
#   ``\d++``), since giving some back could only leave a digit in front of what
#   follows, which it cannot accept; and a number does not start inside a run of
#   digits (``(?<!\d)``), since a match there would also have been found at the
#   run's first digit, which a search tries first, so only the wasted attempts go.
#
# ``tests/test_regex_equivalence9.py`` pins the equivalence on constructed text.
PLAIN: Final = r"\d+(?:\.\d+)?"
WHOLE: Final = r"(?<!\d)\d++(?:\.\d++)?"
# A whole number the same two ways.
PLAIN_INT: Final = r"\d+"
WHOLE_INT: Final = r"(?<!\d)\d++"


def _num(plain: str) -> str:
    """A decimal, with thousands grouped or not, its plain form matched by ``plain``."""
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{plain})"


# A plain decimal: "1,000", "12.5", ".5" is not accepted (PDFs rarely lose the 0).
NUM: Final = _num(PLAIN)
NUM_P: Final = _num(WHOLE)

# What a range in brackets after a number may say it is, in any case: "IQR", "IQR:",
# "interquartile range", "range", "95% CI", "CI,", "confidence interval" — or nothing.
# Either way its bounds are no SD or SEM (a median's IQR, a mean's interval).
RANGE_NAME: Final = (
    r"(?i:(?:IQR|inter-?\s?quartile\s+range|range|(?:\d{2}\s*%\s*)?(?:CI|confidence\s+interval))"
    r"\s*[:,;=]?\s*)?"
)

# Which statistic a value is. A bracket after it may name an interval: a confidence
# interval goes with a mean; an interquartile range, quartiles or a (min-max) range with a
# median (BBB is ordinal, and papers that say so report median [IQR] or median (range)).
_CI_WORDS: Final = re.compile(r"\bCIs?\b|confidence\s+intervals?", re.IGNORECASE)
_IQR_WORDS: Final = re.compile(r"\bIQRs?\b|inter-?\s?quartile|\bquartiles?\b|\b25(?:th)?\s*[-–,]\s*75", re.IGNORECASE)
_RANGE_WORD: Final = re.compile(r"\brange\b|\bmin(?:imum)?\s*[-–,/]\s*max", re.IGNORECASE)
_MEDIAN_WORDS: Final = re.compile(r"\bmedians?\b|\bIQRs?\b|inter-?\s?quartile", re.IGNORECASE)
_MEAN_WORDS: Final = re.compile(
    rf"\bmeans?\b|\baverages?\b|{PM}|\bSDs?\b|\bSEMs?\b|\bS\.[DE]\.|standard\s+(?:deviation|error)"
    r"|\bCIs?\b|confidence\s+interval",
    re.IGNORECASE,
)


def said_stat(context: str) -> str | None:
    """"median" or "mean" when a header, caption, note or sentence says which, else None.

    "Median (IQR)", "medians and interquartile ranges" -> "median"; "mean ± SEM",
    "95% CI" -> "mean"; a text naming both ("mean ± SD, or median (IQR) for BBB") or
    neither says nothing.
    """
    median, mean = bool(_MEDIAN_WORDS.search(context)), bool(_MEAN_WORDS.search(context))
    if median != mean:
        return "median" if median else "mean"
    return None


def interval_stat(bracket: str, context: str = "") -> str:
    """The statistic of a value written with an interval in brackets: "mean" or "median".

    ``bracket`` is the bracketed interval ("[IQR 4–6.5]", "(95% CI 9.0–10.8)",
    "(range 3-8)", "(9-12)"); ``context`` is what speaks for it (the column header,
    caption and table note, or the sentence). A bracket naming a confidence interval
    is a mean's; one naming an IQR, quartiles or a range is a median's. An unnamed
    interval is a median's only when the context mentions a median or IQR and no
    confidence interval ("Median (IQR)" over "5 (4–6)"); else it stays a mean.
    """
    if _CI_WORDS.search(bracket):
        return "mean"
    if _IQR_WORDS.search(bracket):
        return "median"
    if _RANGE_WORD.search(bracket):
        # "mean (range)" exists too: a range is a median's unless the context says mean only.
        return "mean" if said_stat(context) == "mean" else "median"
    # An unnamed interval is a median's only when the context speaks of medians alone, or
    # names an IQR beside a mean ("BBB median (IQR); weight mean ± SD": an interval is no
    # SD). A context naming a mean and a median without an IQR ("Mean BBB ..., and the
    # median latency ...: 11 (9-12)") leaves it a mean.
    said = said_stat(context)
    if not _CI_WORDS.search(context) and (said == "median" or (said is None and _IQR_WORDS.search(context))):
        return "median"
    return "mean"


# Scientific notation in its many forms. The exponent after "x 10" may be
# written with ^, **, as superscript digits, or glued on ("1x1010", the
# superscript flattened by the PDF text layer). Glued exponents are limited to
# 1-2 digits so that "x 100" is not read as 10^0.
def _sci(plain: str) -> str:
    """Scientific notation, its mantissa matched by ``plain``."""
    return (
        r"(?:"
        rf"(?:{plain}\s*[x*]\s*)?10\s*(?:\^|\*\*)\s*[-+]?\d{{1,2}}(?!\d)"
        rf"|(?:{plain}\s*[x*]\s*)?10\s?[⁻⁺]?[{SUP_CHARS}]{{1,2}}"
        rf"|{plain}\s*[x*]\s*10\s?[-+]?\d{{1,2}}(?![\d.,])"
        rf"|{plain}[eE][+]?\d{{1,2}}(?!\d)"
        r")"
    )


SCI: Final = _sci(PLAIN)
SCI_P: Final = _sci(WHOLE)

ANY_NUM: Final = rf"(?:{SCI}|{NUM})"
ANY_NUM_P: Final = rf"(?:{SCI_P}|{NUM_P})"

WORD_NUMBERS: Final[dict[str, int]] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-one": 21,
    "twenty-four": 24,
    "thirty": 30,
    "single": 1,
    "once": 1,
    "twice": 2,
    "thrice": 3,
}

_TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Every number word ``word_number`` reads, as one pattern: compounds ("forty-eight",
# "twenty four") first, longer words before their prefixes ("seventeen" before "seven").
WORD_NUM_RE: Final = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)})\b)?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|thrice|twice|single|once|one|two|three|four|five|six|seven|eight|nine|ten)"
)

_SCI_PARTS = re.compile(
    rf"^(?:(?P<m>\d+(?:\.\d+)?)\s*[x*]\s*)?10\s*(?:\^|\*\*)?\s*(?P<e>[-+⁻⁺]?(?:\d{{1,2}}|[{SUP_CHARS}]{{1,2}}))$"
)
_E_PARTS = re.compile(r"^(?P<m>\d+(?:\.\d+)?)[eE]\+?(?P<e>\d{1,2})$")


def fold(text: str) -> str:
    """Fold micro signs, dashes, spaces and multiplication signs to ASCII, length-preserving.

    >>> fold("200 μg × 2") == "200 ug x 2"
    True
    """
    return text.translate(_FOLD)


def parse_number(raw: str) -> float | None:
    """Read a number as written in a paper; None when it is not a number.

    Accepts thousands separators (comma, space), decimals and every scientific
    form matched by ``SCI``.

    >>> parse_number("1 x 10^10"), parse_number("2.5E10"), parse_number("100,000")
    (10000000000.0, 25000000000.0, 100000.0)
    """
    s = fold(raw).strip()
    if not s:
        return None
    compact = re.sub(r"\s+", " ", s)
    plain = compact.replace(",", "").replace(" ", "")
    # Plain numbers first: "100" must not be read as 10^0.
    if re.fullmatch(r"\d+(?:\.\d+)?", plain) and not re.search(r"[x*^]", compact):
        return float(plain)
    m = _E_PARTS.match(compact.replace(" ", ""))
    if m:
        return float(m["m"]) * 10 ** int(m["e"])
    m = _SCI_PARTS.match(compact)
    if m:
        exp = int(m["e"].translate(_SUPERSCRIPTS))
        mant = float(m["m"]) if m["m"] else 1.0
        return mant * 10.0**exp
    return None


def word_number(raw: str) -> int | None:
    """An integer written as digits or as an English word ("eight" -> 8)."""
    s = fold(raw).strip().lower()
    if s.isdigit():
        return int(s)
    if s in WORD_NUMBERS:
        return WORD_NUMBERS[s]
    if s in _TENS:
        return _TENS[s]
    tens, _, unit = s.replace(" ", "-").partition("-")
    if tens in _TENS and unit in _UNITS:
        return _TENS[tens] + _UNITS.index(unit) + 1
    return None
