"""Normal forms of the fields deduplication compares: ids, titles, surnames, journals.

Internal to :mod:`miner.fetch.dedup`; pure functions, no I/O. Each normaliser
maps the ways PubMed, Europe PMC and reference managers write the same value
to one string, and returns ``""``/``None`` rather than a guess for junk.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

__all__ = [
    "compact_title",
    "journal_words",
    "journals_compatible",
    "normalise_doi_key",
    "normalise_pmcid",
    "normalise_pmid",
    "normalise_title",
    "surname_key",
]

# Greek letters as PubMed spells them out ("NF-kappaB", "TGF-beta1"). NFKD runs
# first, so the micro sign (U+00B5) and final sigma arrive here as the letters.
_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu",
    "ν": "nu", "ξ": "xi", "ο": "omicron", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma",
    "τ": "tau", "υ": "upsilon", "φ": "phi", "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
    "ϵ": "epsilon", "ϑ": "theta", "ϰ": "kappa",
}  # fmt: skip
_LETTERS_ONLY = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ð": "d", "þ": "th", "ł": "l", "đ": "d"}
# Tags only: "<" followed by a letter or "/" (so "p < 0.05" in a title survives).
# Bounded, so a hostile title cannot make the pattern scan far.
_TAG = re.compile(r"</?[A-Za-z][\w:.-]{0,40}(?:\s[^<>]{0,2000})?/?>")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Markers a database adds to a retracted or withdrawn article's *own* title; the
# record is still that article (a retraction *notice* is a different record).
_RETRACTED_PREFIX = re.compile(
    r"^\s*(?:retracted(?:\s+article)?|withdrawn|expression of concern)\s*[:.-]\s*", re.IGNORECASE
)
# The leading space run is entered only at its start and taken whole (`(?<!\s)\s*+`):
# the same match, but a title padded with thousands of spaces is read once, not
# once per space.
_RETRACTED_SUFFIX = re.compile(
    r"(?<!\s)\s*+[\[(]\s*(?:retracted(?:\s+article)?|withdrawn)\s*[.]?\s*[\])]\s*\.?\s*$", re.IGNORECASE
)
# Surname particles ("van der Berg", "De Luca", "d'Alembert") that some formats
# put after the given names or drop ("Berg, A. van der").
_PARTICLES = frozenset(
    "van von der den de del della dela di da dos das du la le ten ter vander vanden d l".split()  # noqa: SIM905
)
_DOI_PREFIX = re.compile(
    r"^(?:https?://)?(?:(?:dx\.)?doi\.org/|doi\.org/)|^(?:doi|DOI)\s*[:=]?\s*", re.IGNORECASE
)
_MAX_TITLE = 2000  # characters; longer "titles" are cut before any regex runs


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FOLD = str.maketrans({**_GREEK, **_LETTERS_ONLY})
# Normal forms are asked for again and again while matching (every candidate,
# both directions): remember recent ones. Inputs are short strings.
_CACHE = 1 << 16


def _fold(text: str) -> str:
    """Lower-case ASCII: Greek letters spelled out, accents dropped, ligatures split."""
    text = text.lower()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text).translate(_FOLD)
    # Accents go; any other non-ASCII character (a dash, a CJK character) separates words.
    return _NON_ASCII.sub(" ", "".join(ch for ch in text if not unicodedata.combining(ch)))


def _strip_markup(text: str) -> str:
    # Europe PMC sometimes double-escapes markup ("&lt;i&gt;"): unescape, strip, twice.
    for _ in range(2):
        text = _TAG.sub("", html.unescape(text))
    return text


@lru_cache(maxsize=_CACHE)
def normalise_title(title: str | None) -> str:
    """Lower-case ASCII words of a title, without markup, punctuation or brackets.

    PubMed writes translated titles in square brackets and ends titles with a
    period; Europe PMC keeps ``<i>``/MathML markup; either may spell Greek
    letters out; a database may prefix "RETRACTED:" to a retracted article's
    title. All of these normalise to the same words.
    """
    if not title:
        return ""
    text = _strip_markup(title[:_MAX_TITLE])
    text = _RETRACTED_SUFFIX.sub("", _RETRACTED_PREFIX.sub("", text))
    return " ".join(_NON_ALNUM.sub(" ", _fold(text)).split())


def compact_title(title: str | None) -> str:
    """The normalised title without spaces: "NF-κB" and "NF-kappa B" agree."""
    return normalise_title(title).replace(" ", "")


@lru_cache(maxsize=_CACHE)
def surname_key(name: str | None) -> str:
    """The surname of an author as lower-case ASCII letters, particles dropped.

    Handles "Smith JD" (PubMed/Europe PMC), "Smith, John D.", "John D. Smith",
    "J. D. Smith", "van der Berg AB", "Anna van der Berg" and "Berg, A. van der":
    the particles ("van der", "De") are dropped unless they are all there is
    ("Du J", "Le T" are surnames).
    """
    if not name:
        return ""
    name = _strip_markup(name[:300]).strip()
    if "," in name:
        surname = name.split(",", 1)[0]
    else:
        tokens = name.split()
        if len(tokens) > 1 and re.fullmatch(r"[A-Z]{1,4}", tokens[-1]):
            surname = " ".join(tokens[:-1])  # "Beane Freeman LE"
        elif len(tokens) > 1 and re.fullmatch(r"[A-Z]\.?-?", tokens[0]):
            # "J. D. Smith", "A. B. van der Berg": the surname follows the initials.
            rest = list(itertools.dropwhile(lambda t: re.fullmatch(r"[A-Z]\.?-?", t), tokens))
            surname = " ".join(rest) or tokens[-1]
        elif len(tokens) > 1 and tokens[0][:1].isupper() and tokens[0][1:].islower():
            # "John Smith", "Anna van der Berg": the surname starts at the first particle.
            rest = tokens[1:]
            start = next((k for k, t in enumerate(rest) if t.lower() in _PARTICLES), len(rest) - 1)
            surname = " ".join(rest[start:])
        else:
            surname = name
    words = [w for w in re.split(r"[\s'’-]+", _fold(surname)) if w]
    while len(words) > 1 and words[0] in _PARTICLES:
        words = words[1:]
    return re.sub(r"[^a-z]", "", "".join(words))


def normalise_pmid(pmid: str | None) -> str | None:
    """``"PMID: 123"``, ``" 123 "`` -> ``"123"``; None unless digits remain."""
    if not pmid:
        return None
    value = re.sub(r"^\s*pmid\s*:?\s*", "", pmid.strip(), flags=re.IGNORECASE).lstrip("0")
    return value if value.isdigit() and len(value) <= 12 else None


def normalise_pmcid(pmcid: str | None) -> str | None:
    """``"pmc123"``, ``"123"``, ``"PMC123.1"`` -> ``"PMC123"``; None unless digits remain."""
    if not pmcid:
        return None
    m = re.fullmatch(
        r"\s*(?:pmcid\s*:?\s*)?(?:pmc)?0*(\d{1,12})(?:\.\d+)?\s*", pmcid, flags=re.IGNORECASE
    )
    return f"PMC{m.group(1)}" if m else None


@lru_cache(maxsize=_CACHE)
def normalise_doi_key(doi: str | None) -> str | None:
    """A DOI as a comparison key: lower case, no resolver URL or ``doi:`` prefix,
    percent-escapes decoded, trailing punctuation dropped; None if not a DOI."""
    if not doi:
        return None
    value = unquote(doi.strip()[:500])
    for _ in range(2):  # "doi: https://doi.org/10..." happens; so does "(doi:10...)"
        value = _DOI_PREFIX.sub("", value.strip().lstrip("([<{\"' "))
    value = value.lower().rstrip(".,;:]}>\"' ")
    # A closing parenthesis belongs to the DOI only when it closes one in it
    # ("10.1016/s0140-6736(20)30183-5"); "(doi:10.1/x)." leaves one behind.
    while value.endswith(")") and value.count(")") > value.count("("):
        value = value[:-1].rstrip(".,;: ")
    return value if re.fullmatch(r"10\.\d[\d.]{0,20}/\S+", value) else None


# Not "a": it is the "A" of "Proc Natl Acad Sci U S A".
_JOURNAL_STOP = frozenset({"the", "of", "and", "for", "in", "on", "und", "de"})


@lru_cache(maxsize=_CACHE)
def journal_words(journal: str | None) -> tuple[str, ...]:
    """Significant words of a journal name, subtitle dropped ("Brain : a journal of...")."""
    if not journal:
        return ()
    name = re.split(r"\s[:=]\s|[(\[]", _strip_markup(journal[:300]), maxsplit=1)[0]
    words = _NON_ALNUM.sub(" ", _fold(name.replace("&", " and "))).split()
    return tuple(w for w in words if w not in _JOURNAL_STOP)


def _abbreviates(short: str, full: str) -> bool:
    # ISO 4 abbreviations keep the first letter and drop letters later on:
    # "natl" for "national", "res" for "research", "ther" for "therapy".
    if short == full:
        return True
    if not short or not full or short[0] != full[0] or len(short) > len(full):
        return False
    it = iter(full)
    return all(ch in it for ch in short)


def journals_compatible(a: str | None, b: str | None) -> bool:
    """Could ``a`` and ``b`` name the same journal? True when either is unknown.

    "Stem Cell Res Ther" and "Stem cell research & therapy" are compatible;
    "Sci Rep" and "Front Bioeng Biotechnol" are not. Only used to *veto*
    title-based merges, so an unusual spelling costs a missed merge, never a
    false one.
    """
    wa, wb = journal_words(a), journal_words(b)
    if not wa or not wb:
        return True
    if "".join(wa) == "".join(wb):
        return True
    if len(wa) != len(wb):
        return False
    return all(_abbreviates(x, y) or _abbreviates(y, x) for x, y in zip(wa, wb, strict=True))
