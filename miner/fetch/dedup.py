"""Deduplicating bibliographic records across sources and runs.

Two records are the same work when they share a PMID, a PMCID or a DOI
(compared in normal form: ``PMC`` prefix, DOI case, resolver URL and trailing
punctuation do not matter), or, failing a shared id, when they *fit* each
other on bibliographic evidence:

* the same normalised title (markup, Greek letters, brackets, final period
  and "RETRACTED:" markers ignored), the same first-author surname (accents
  and particles such as "van der" ignored) and the same year; or
* when one of the two has no id at all (a reference-manager import): a
  near-identical long title (a typo) and a year within one (epub vs print).

Vetoes, precision first:

* ids that *disagree* (both have a PMID and they differ, ...) are never merged;
* different kinds of record are never merged on their titles: a preprint and
  its journal version, an erratum or retraction notice and the article, a
  reply or comment, a conference abstract (kinds come from publication types,
  preprint DOIs and servers, and notice-style title prefixes);
* two journals that cannot be the same ("Sci Rep" vs "Front Bioeng
  Biotechnol") veto a title match (a duplicate publication is two records);
* a title match must be unambiguous both ways: the record fits exactly one
  stored work, and that work fits no other stored work.

The same :func:`find_match` serves :func:`cluster_duplicates` (in memory) and
the store (:mod:`miner.fetch.store_ops`, index-backed): only the lookups differ,
through the :class:`WorkIndex` protocol. Records with ids are matched before
records without, so an id-less record is judged against every identified work.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Protocol, TypeVar

from miner.fetch._normalise import (
    compact_title,
    journal_words,
    journals_compatible,
    normalise_doi_key,
    normalise_pmcid,
    normalise_pmid,
    normalise_title,
    surname_key,
)
from miner.records import Article

__all__ = [
    "WorkIndex",
    "cluster_duplicates",
    "dedup_keys",
    "find_match",
    "fits",
    "has_ids",
    "id_keys",
    "ids_conflict",
    "lookup_blocks",
    "merge_articles",
    "normalise_doi_key",
    "normalise_title",
    "record_kind",
    "surname_key",
    "title_blocks",
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
# Characters of the compact title in a block key (see title_blocks).
BLOCK_CHARS = 24

_NOTICE_TYPES = {
    "published erratum": "erratum",
    "erratum": "erratum",
    "correction": "erratum",
    "corrigendum": "erratum",
    "retraction of publication": "retraction",
    "retraction notice": "retraction",
    "expression of concern": "retraction",
    "comment": "comment",
    "letter": "comment",
    "editorial": "comment",
    "congress": "abstract",
    "congresses": "abstract",
    "meeting abstract": "abstract",
    "conference abstract": "abstract",
    "preprint": "preprint",
}
# Notices that carry the article's title after a prefix ("Correction to: ...").
_NOTICE_TITLE = re.compile(
    r"^\W*(?:(erratum|correction|corrigendum|retraction(?:\s+(?:note|notice))?"
    r"|expression\s+of\s+concern)|(in\s+reply|reply|response|author'?s?\s+reply|comment(?:ary)?\s+on|re))"
    r"\b\s*(?:to\b)?\s*[:\-–.]",
    re.IGNORECASE,
)
# Preprint DOIs: bioRxiv/medRxiv (10.1101 followed by a date or a bare number; other
# 10.1101 DOIs are Cold Spring Harbor journals), Research Square, SSRN,
# Preprints.org, arXiv, ChemRxiv, Authorea, OSF, PeerJ Preprints, SciELO Preprints.
_PREPRINT_DOI = re.compile(
    r"^10\.(?:1101/(?:\d{4}\.\d{2}\.\d{2}\.|\d+$)|21203/rs\.|2139/ssrn\.|20944/preprints"
    r"|48550/arxiv\.|26434/chemrxiv|22541/au\.|31219/osf\.io|7287/peerj\.preprints"
    r"|1590/scielopreprints)"
)
_PREPRINT_SERVERS = frozenset(
    {"biorxiv", "medrxiv", "researchsquare", "ssrn", "ssrnelectronicjournal", "preprints",
     "arxiv", "chemrxiv", "authorea", "osfpreprints", "peerjpreprints", "scielopreprints"}
)  # fmt: skip

W = TypeVar("W", bound=Hashable)


# -- ids -------------------------------------------------------------------------------


def id_keys(article: Article) -> list[tuple[str, str]]:
    """The record's ids in normal form, strongest first: pmid, pmcid, doi."""
    keys: list[tuple[str, str]] = []
    for kind, value in (
        ("pmid", normalise_pmid(article.pmid)),
        ("pmcid", normalise_pmcid(article.pmcid)),
        ("doi", normalise_doi_key(article.doi)),
    ):
        if value:
            keys.append((kind, value))
    return keys


def has_ids(article: Article) -> bool:
    """True when the record carries at least one usable PMID, PMCID or DOI."""
    return bool(id_keys(article))


def ids_conflict(a: Article, b: Article) -> bool:
    """True when both records carry the same kind of id with different values."""
    ka, kb = dict(id_keys(a)), dict(id_keys(b))
    return any(kind in kb and ka[kind] != kb[kind] for kind in ka)


def title_year_author_key(article: Article) -> str | None:
    """``"<title words>|<year>|<surname>"`` or None when any part is missing or too generic."""
    title = _specific_title(article)
    author = surname_key(article.first_author)
    if not title or not article.year or not author:
        return None
    return f"{title}|{article.year}|{author}"


def dedup_keys(article: Article) -> list[tuple[str, str]]:
    """Keys that identify ``article``, strongest first: pmid, pmcid, doi, tya."""
    keys = id_keys(article)
    tya = title_year_author_key(article)
    if tya:
        keys.append(("tya", tya))
    return keys


# -- bibliographic evidence --------------------------------------------------------------


def _specific_title(article: Article) -> str:
    title = normalise_title(article.title)
    if len(title.split()) < MIN_TITLE_WORDS or title in GENERIC_TITLES:
        return ""
    return title


def record_kind(article: Article) -> str | None:
    """What sort of record this is: ``article``, ``preprint``, ``erratum``,
    ``retraction`` (notice), ``comment`` (letter, reply, editorial), ``abstract``
    (conference), or None when nothing says.

    A record with a journal and no publication types (a reference-manager
    import) counts as an ``article``.
    """
    doi = normalise_doi_key(article.doi)
    types = [t.strip().lower() for t in article.publication_types]
    journal = "".join(journal_words(article.journal))
    if (doi and _PREPRINT_DOI.match(doi)) or "preprint" in types or journal in _PREPRINT_SERVERS:
        return "preprint"
    m = _NOTICE_TITLE.match(article.title or "")
    if m:
        if m.group(2):
            return "comment"
        return "retraction" if m.group(1).lower().startswith(("retr", "expr")) else "erratum"
    kinds = {_NOTICE_TYPES[t] for t in types if t in _NOTICE_TYPES}
    for kind in ("retraction", "erratum", "abstract", "comment"):
        if kind in kinds:
            return kind
    if types or journal:
        return "article"
    return None


def _similar_titles(a: str, b: str) -> bool:
    # Long titles only: one or two typed-over characters in 60+ characters is the
    # same title; in a short title it may be a different word.
    if min(len(a), len(b)) < 40 or len(a.split()) < 6:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= FUZZY_TITLE_RATIO


def fits(a: Article, b: Article) -> bool:
    """Could ``a`` and ``b`` be the same work on bibliographic evidence alone?

    Same first-author surname, no conflicting ids, compatible kinds and
    journals, and either the same specific title in the same year, or (when
    one of them has no id) a near-identical long title within a year.
    """
    ta, tb = _specific_title(a), _specific_title(b)
    if not ta or not tb or not a.year or not b.year or abs(a.year - b.year) > 1:
        return False
    sa = surname_key(a.first_author)
    if not sa or sa != surname_key(b.first_author):
        return False
    if ids_conflict(a, b):
        return False
    ka, kb = record_kind(a), record_kind(b)
    if ka and kb and ka != kb:
        return False
    if not journals_compatible(a.journal, b.journal):
        return False
    same_title = ta.replace(" ", "") == tb.replace(" ", "")
    if same_title and a.year == b.year:
        return True
    if has_ids(a) and has_ids(b):
        return False  # both identified: a near title or another year is not enough
    return same_title or _similar_titles(ta, tb)


def _block_parts(article: Article) -> tuple[str, str, str] | None:
    title = compact_title(article.title) if _specific_title(article) else ""
    surname = surname_key(article.first_author)[:30]
    if not title or not surname or not article.year:
        return None
    return surname, title[:BLOCK_CHARS], title[-BLOCK_CHARS:]


def _hashed(block: str) -> str:
    # Bounded length for an indexed column, and no user text in keys.
    return hashlib.sha1(block.encode()).hexdigest()[:32]


def title_blocks(article: Article) -> list[str]:
    """The blocking keys a stored work is filed under (see :func:`lookup_blocks`).

    Surname + year + the first (``h``) or last (``t``) characters of the
    compact title: a typo changes one end of a long title, rarely both.
    """
    parts = _block_parts(article)
    if parts is None:
        return []
    surname, head, tail = parts
    return [
        _hashed(f"h|{surname}|{article.year}|{head}"),
        _hashed(f"t|{surname}|{article.year}|{tail}"),
    ]


def lookup_blocks(article: Article) -> list[str]:
    """The blocks to search for works that might :func:`fit` ``article`` (year -1..+1)."""
    parts = _block_parts(article)
    if parts is None or article.year is None:
        return []
    surname, head, tail = parts
    return [
        _hashed(f"{end}|{surname}|{article.year + dy}|{chunk}")
        for dy in (0, -1, 1)
        for end, chunk in (("h", head), ("t", tail))
    ]


# -- matching ------------------------------------------------------------------------------


class WorkIndex(Protocol[W]):
    """Where :func:`find_match` looks works up; ``W`` is the caller's handle of a work."""

    def work_for_key(self, kind: str, value: str) -> W | None:
        """The work that owns an id key (see :func:`id_keys`), if any."""
        ...

    def works_in_blocks(self, blocks: Sequence[str]) -> Iterable[W]:
        """Works filed under any of ``blocks`` (see :func:`title_blocks`)."""
        ...

    def record(self, work: W) -> Article:
        """The merged record of a work."""
        ...


def _fitting(article: Article, index: WorkIndex[W], exclude: W | None = None) -> list[W]:
    out: list[W] = []
    for work in index.works_in_blocks(lookup_blocks(article)):
        if work != exclude and work not in out and fits(article, index.record(work)):
            out.append(work)
    return out


def find_match(article: Article, index: WorkIndex[W]) -> W | None:
    """The stored work ``article`` is a duplicate of, or None for a new work.

    Ids first (strongest first, skipping a work whose other ids conflict);
    otherwise a title match that is unambiguous both ways: ``article`` fits
    exactly one work, and that work fits no other (an id-less record that fits
    a preprint and its journal version belongs to neither).
    """
    for kind, value in id_keys(article):
        work = index.work_for_key(kind, value)
        if work is not None and not ids_conflict(index.record(work), article):
            return work
    candidates = _fitting(article, index)
    if len(candidates) != 1:
        return None
    (work,) = candidates
    if _fitting(index.record(work), index, exclude=work):
        return None
    return work


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


class _MemoryIndex:
    """A :class:`WorkIndex` over works held in dicts (work handle = first record's index)."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], int] = {}
        self.blocks: dict[str, list[int]] = {}
        self.records: dict[int, Article] = {}

    def work_for_key(self, kind: str, value: str) -> int | None:
        return self.keys.get((kind, value))

    def works_in_blocks(self, blocks: Sequence[str]) -> Iterable[int]:
        for block in blocks:
            yield from self.blocks.get(block, ())

    def record(self, work: int) -> Article:
        return self.records[work]

    def put(self, work: int, article: Article) -> None:
        old = self.records.get(work)
        if old is not None:
            for block in title_blocks(old):
                self.blocks[block].remove(work)
        self.records[work] = article
        for key in id_keys(article):
            self.keys.setdefault(key, work)  # a key another work owns stays with it
        for block in title_blocks(article):
            self.blocks.setdefault(block, []).append(work)


def cluster_duplicates(articles: Sequence[Article]) -> list[list[int]]:
    """Group indices of ``articles`` that are the same work (every group, singletons too).

    Records with ids are matched first, then records without, each with
    :func:`find_match` against the works so far; a match is merged in
    (:func:`merge_articles`) and later records are matched against the merge.
    """
    index = _MemoryIndex()
    groups: dict[int, list[int]] = {}
    for i in sorted(range(len(articles)), key=lambda k: not has_ids(articles[k])):
        work = find_match(articles[i], index)
        if work is None:
            index.put(i, articles[i])
            groups[i] = [i]
        else:
            index.put(work, merge_articles(index.record(work), articles[i]))
            groups[work].append(i)
    return sorted(sorted(g) for g in groups.values())
