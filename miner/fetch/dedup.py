"""Deduplicating bibliographic records across sources and runs.

Two records are the same work when they share a PMID, a PMCID or a DOI, or,
failing ids, when their normalised title, year and first author's surname all
agree. Ids win over titles: two records whose ids *disagree* (both have a PMID
and the PMIDs differ, and so on) are never merged, whatever their titles say;
that is what keeps errata, corrections and same-titled editorials apart.

Pure functions; the store side lives in :mod:`miner.fetch.store_ops`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from itertools import combinations

from miner.records import Article

__all__ = [
    "cluster_duplicates",
    "dedup_keys",
    "has_ids",
    "ids_conflict",
    "merge_articles",
    "normalise_title",
    "surname_key",
    "title_year_author_key",
]

# Titles too generic to identify a work on their own (normalised form).
GENERIC_TITLES = frozenset(
    {
        "editorial",
        "correction",
        "erratum",
        "corrigendum",
        "retraction",
        "department of error",
        "retraction notice",
        "expression of concern",
        "in this issue",
        "letter to the editor",
        "reply",
        "response",
        "comment",
        "introduction",
        "preface",
        "abstracts",
    }
)
# Records without ids: titles this similar (after normalisation) are the same title.
FUZZY_TITLE_RATIO = 0.97
# A title key needs at least this many words: short titles collide by chance.
MIN_TITLE_WORDS = 4

_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa",
    "λ": "lambda", "μ": "mu", "ω": "omega", "τ": "tau", "σ": "sigma",
}  # fmt: skip
_TAG = re.compile(r"<[^>]{0,200}>")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _ascii_fold(text: str) -> str:
    text = "".join(_GREEK.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def normalise_title(title: str | None) -> str:
    """Lower-case ASCII words of a title, without markup, punctuation or brackets.

    PubMed writes translated titles in square brackets and ends titles with a
    period; Europe PMC keeps ``<i>`` markup; both may use Greek letters or
    spell them out. All of these normalise to the same words.
    """
    if not title:
        return ""
    text = _ascii_fold(html.unescape(_TAG.sub("", title)).lower())
    return " ".join(_NON_ALNUM.sub(" ", text).split())


def surname_key(name: str | None) -> str:
    """The surname of an author as lower-case letters.

    Handles "Smith JD" (PubMed/Europe PMC), "Smith, John D." and "John D. Smith".
    """
    if not name:
        return ""
    name = _ascii_fold(name).strip()
    if "," in name:
        surname = name.split(",", 1)[0]
    else:
        tokens = name.split()
        if len(tokens) > 1 and re.fullmatch(r"[A-Z]{1,4}", tokens[-1]):
            surname = " ".join(tokens[:-1])  # "Beane Freeman LE"
        elif len(tokens) > 1 and all(re.fullmatch(r"[A-Z]\.?-?", t) for t in tokens[:-1]):
            surname = tokens[-1]  # "J. D. Smith"
        elif len(tokens) > 1 and tokens[0][:1].isupper() and tokens[0][1:].islower():
            surname = tokens[-1]  # "John Smith"
        else:
            surname = name
    return re.sub(r"[^a-z]", "", surname.lower())


def title_year_author_key(article: Article) -> str | None:
    """``"<title words>|<year>|<surname>"`` or None when any part is missing or too generic."""
    title = normalise_title(article.title)
    if len(title.split()) < MIN_TITLE_WORDS or title in GENERIC_TITLES:
        return None
    author = surname_key(article.first_author)
    if not article.year or not author:
        return None
    return f"{title}|{article.year}|{author}"


def dedup_keys(article: Article) -> list[tuple[str, str]]:
    """Keys that identify ``article``, strongest first: pmid, pmcid, doi, tya."""
    keys: list[tuple[str, str]] = []
    if article.pmid:
        keys.append(("pmid", article.pmid.strip()))
    if article.pmcid:
        keys.append(("pmcid", article.pmcid.strip().upper()))
    if article.doi:
        keys.append(("doi", article.doi.strip().lower()))
    tya = title_year_author_key(article)
    if tya:
        keys.append(("tya", tya))
    return keys


def ids_conflict(a: Article, b: Article) -> bool:
    """True when both records carry the same kind of id with different values."""
    for attr in ("pmid", "pmcid", "doi"):
        x, y = getattr(a, attr), getattr(b, attr)
        if x and y and x.strip().lower() != y.strip().lower():
            return True
    return False


def merge_articles(kept: Article, other: Article) -> Article:
    """``kept`` with gaps filled from ``other``; every source's ids and names are kept.

    Lists (authors, MeSH, publication types) take the longer one; the abstract
    takes the longer one (a structured abstract beats a truncated one).
    """

    def longer(x: list[str], y: list[str]) -> list[str]:
        return list(x) if len(x) >= len(y) else list(y)

    abstract = kept.abstract
    if other.abstract and len(other.abstract) > len(abstract or ""):
        abstract = other.abstract
    oa = kept.is_open_access
    if other.is_open_access is not None:
        oa = bool(oa) or other.is_open_access
    return replace(
        kept,
        pmid=kept.pmid or other.pmid,
        pmcid=kept.pmcid or other.pmcid,
        doi=kept.doi or other.doi,
        title=kept.title or other.title,
        abstract=abstract,
        authors=longer(kept.authors, other.authors),
        journal=kept.journal or other.journal,
        year=kept.year or other.year,
        publication_types=longer(kept.publication_types, other.publication_types),
        mesh_terms=longer(kept.mesh_terms, other.mesh_terms),
        is_open_access=oa,
        sources=list(dict.fromkeys([*kept.sources, *other.sources])),
    )


def has_ids(article: Article) -> bool:
    return bool(article.pmid or article.pmcid or article.doi)


def _similar_titles(a: str, b: str) -> bool:
    # Long titles only: one or two typed-over characters in 60+ characters is the
    # same title; in a short title it may be a different word.
    if min(len(a), len(b)) < 40 or len(a.split()) < 6:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= FUZZY_TITLE_RATIO


def cluster_duplicates(articles: Sequence[Article]) -> list[list[int]]:
    """Group indices of ``articles`` that are the same work (every group, singletons too).

    Three passes, precision first:

    1. shared PMID / PMCID / DOI (never across conflicting ids);
    2. the same normalised title + year + first author, unless that key is
       claimed by two works with conflicting ids (then it is ambiguous and
       nothing is merged on it);
    3. records without any id: a near-identical long title (a typo), the same
       first author and a year within one (epub vs print), when exactly one
       candidate work fits.
    """
    n = len(articles)
    parent = list(range(n))
    merged: dict[int, Article] = dict(enumerate(articles))
    size = dict.fromkeys(range(n), 1)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> bool:
        ri, rj = find(i), find(j)
        if ri == rj:
            return True
        if ids_conflict(merged[ri], merged[rj]):
            return False
        if rj < ri:
            ri, rj = rj, ri
        parent[rj] = ri
        size[ri] += size.pop(rj)
        merged[ri] = merge_articles(merged[ri], merged.pop(rj))
        return True

    owner: dict[tuple[str, str], int] = {}
    for i, article in enumerate(articles):
        for key in dedup_keys(article):
            if key[0] == "tya":
                continue
            if key in owner:
                union(owner[key], i)
            else:
                owner[key] = i

    by_tya: dict[str, set[int]] = {}
    for i, article in enumerate(articles):
        tya = title_year_author_key(article)
        if tya:
            by_tya.setdefault(tya, set()).add(i)
    for members in by_tya.values():
        roots = sorted({find(i) for i in members})
        with_ids = [r for r in roots if has_ids(merged[r])]
        if any(ids_conflict(merged[a], merged[b]) for a, b in combinations(with_ids, 2)):
            continue  # two different works share this title/year/author: ambiguous
        for r in roots[1:]:
            union(roots[0], r)

    by_author: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        surname = surname_key(article.first_author)
        if surname:
            by_author.setdefault(surname, []).append(i)
    for i, article in enumerate(articles):
        if has_ids(article) or not article.year or size[find(i)] > 1:
            continue  # only lone records without ids are matched fuzzily
        title = normalise_title(article.title)
        candidates = {
            find(j)
            for j in by_author.get(surname_key(article.first_author), [])
            if find(j) != find(i)
            and articles[j].year
            and abs((articles[j].year or 0) - article.year) <= 1
            and _similar_titles(title, normalise_title(articles[j].title))
        }
        if len(candidates) == 1:
            union(candidates.pop(), i)

    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())
