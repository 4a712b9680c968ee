"""Store side of the refresh: saved queries, deduplicating upserts, provenance, the lock."""

from __future__ import annotations

import hashlib
import os
import socket
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from miner.errors import ConfigError, MinerError
from miner.fetch.dedup import dedup_keys, ids_conflict, merge_articles
from miner.records import Article
from miner.store import Store
from miner.store.refresh_schema import (
    ArticleKeyRow,
    RecordSourceRow,
    RefreshLockRow,
    SavedQueryRow,
)
from miner.store.schema import ArticleRow

__all__ = [
    "RefreshLockedError",
    "SavedQuery",
    "acquire_lock",
    "add_query",
    "list_queries",
    "record_source",
    "release_lock",
    "row_to_article",
    "touch_lock",
    "upsert_article",
]

LOCK_NAME = "refresh"
# article_keys.kind marking a title/year/author key shared by two different works.
AMBIGUOUS = "tya?"


class RefreshLockedError(MinerError):
    """Another refresh holds the store's refresh lock."""


@dataclass(frozen=True)
class SavedQuery:
    name: str
    pubmed_query: str | None
    europepmc_query: str | None
    covered_until: date | None


def add_query(store: Store, name: str, pubmed: str | None, europepmc: str | None) -> SavedQuery:
    """Save a named search. Raises ConfigError if the name exists or no query is given."""
    name = name.strip()
    if not name:
        raise ConfigError("a saved query needs a name")
    if not (pubmed or europepmc):
        raise ConfigError(f"query {name!r}: give --pubmed and/or --europepmc")
    try:
        with store.session() as s:
            if s.scalar(select(SavedQueryRow).where(SavedQueryRow.name == name)) is not None:
                raise ConfigError(f"a saved query named {name!r} already exists")
            s.add(SavedQueryRow(name=name, pubmed_query=pubmed, europepmc_query=europepmc))
    except IntegrityError as exc:
        raise ConfigError(f"a saved query named {name!r} already exists") from exc
    return SavedQuery(name, pubmed, europepmc, None)


def list_queries(store: Store) -> list[SavedQuery]:
    with store.session() as s:
        rows = s.scalars(select(SavedQueryRow).order_by(SavedQueryRow.name)).all()
        return [
            SavedQuery(r.name, r.pubmed_query, r.europepmc_query, r.covered_until) for r in rows
        ]


# -- articles ------------------------------------------------------------------


def row_to_article(row: ArticleRow) -> Article:
    return Article(
        pmid=row.pmid,
        pmcid=row.pmcid,
        doi=row.doi,
        title=row.title,
        abstract=row.abstract,
        authors=list(row.authors or []),
        journal=row.journal,
        year=row.year,
        publication_types=list(row.publication_types or []),
        mesh_terms=list(row.mesh_terms or []),
        is_open_access=row.is_open_access,
        sources=list(row.sources or []),
    )


def _write(row: ArticleRow, a: Article) -> None:
    row.pmid, row.pmcid, row.doi = a.pmid, a.pmcid, a.doi
    row.title, row.abstract, row.journal, row.year = a.title, a.abstract, a.journal, a.year
    row.authors, row.publication_types = list(a.authors), list(a.publication_types)
    row.mesh_terms, row.sources = list(a.mesh_terms), list(a.sources)
    row.is_open_access = a.is_open_access


def _stored_keys(article: Article) -> list[tuple[str, str]]:
    keys = []
    for kind, value in dedup_keys(article):
        if kind == "tya" or len(value) > 255:
            value = hashlib.sha1(value.encode()).hexdigest()
        keys.append((kind, value))
    return keys


def upsert_article(session: Session, article: Article) -> tuple[int, bool]:
    """Store ``article``, merging it into an existing record of the same work.

    Returns ``(article_id, created)``. Matching uses the dedup keys strongest
    first (pmid, pmcid, doi, title+year+first author) and skips any candidate
    whose ids conflict with ``article`` (see :mod:`miner.fetch.dedup`).
    """
    keys = _stored_keys(article)
    for kind, value in keys:
        if kind == "tya" and session.get(ArticleKeyRow, (AMBIGUOUS, value)) is not None:
            continue  # two different works share this title/year/author
        key_row = session.get(ArticleKeyRow, (kind, value))
        if key_row is None:
            continue
        row = session.get(ArticleRow, key_row.article_id)
        if row is None:
            continue
        existing = row_to_article(row)
        if ids_conflict(existing, article):
            continue
        merged = merge_articles(existing, article)
        if merged != existing:
            _write(row, merged)
        _add_keys(session, row.id, _stored_keys(merged))
        return row.id, False
    row = ArticleRow()
    _write(row, article)
    session.add(row)
    session.flush()
    _add_keys(session, row.id, keys)
    return row.id, True


def _add_keys(session: Session, article_id: int, keys: list[tuple[str, str]]) -> None:
    for kind, value in keys:
        owner = session.get(ArticleKeyRow, (kind, value))
        if owner is None:
            session.add(ArticleKeyRow(kind=kind, value=value, article_id=article_id))
        elif (
            kind == "tya"
            and owner.article_id != article_id
            and session.get(ArticleKeyRow, (AMBIGUOUS, value)) is None
        ):
            # Another work (its ids conflict, or we would have merged) has the same
            # title/year/first author: an id-less record could be either, so the
            # key stops matching anything.
            session.add(ArticleKeyRow(kind=AMBIGUOUS, value=value, article_id=article_id))
    session.flush()


def record_source(
    session: Session, query_id: int, run_id: int, source: str, source_id: str, article_id: int
) -> bool:
    """Note that ``query_id`` found ``source:source_id``; False if it had already."""
    exists = session.scalar(
        select(RecordSourceRow.id).where(
            RecordSourceRow.query_id == query_id,
            RecordSourceRow.source == source,
            RecordSourceRow.source_id == source_id,
        )
    )
    if exists is not None:
        return False
    session.add(
        RecordSourceRow(
            query_id=query_id,
            run_id=run_id,
            source=source,
            source_id=source_id,
            article_id=article_id,
        )
    )
    session.flush()
    return True


# -- lock ----------------------------------------------------------------------


def _aware(dt: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns.
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _dead_local_holder(holder: str) -> bool:
    """True when the holder is a process on this machine that no longer exists."""
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def acquire_lock(store: Store, ttl: timedelta = timedelta(hours=1)) -> str:
    """Take the store's refresh lock; returns the holder id.

    A lock whose holder died (same machine, process gone) or whose expiry has
    passed is taken over.

    Raises:
        RefreshLockedError: another live refresh holds it.
    """
    holder = _holder()
    now = datetime.now(UTC)
    try:
        with store.session() as s:
            row = s.get(RefreshLockRow, LOCK_NAME)
            if row is not None:
                if _aware(row.expires_at) > now and not _dead_local_holder(row.holder):
                    raise RefreshLockedError(
                        f"another refresh is running ({row.holder}, since "
                        f"{_aware(row.acquired_at):%Y-%m-%d %H:%M} UTC); try again later"
                    )
                s.delete(row)
                s.flush()
            s.add(
                RefreshLockRow(name=LOCK_NAME, holder=holder, acquired_at=now, expires_at=now + ttl)
            )
    except IntegrityError as exc:  # another process inserted it between our read and write
        raise RefreshLockedError("another refresh is running; try again later") from exc
    return holder


def touch_lock(session: Session, holder: str, ttl: timedelta = timedelta(hours=1)) -> None:
    """Push the lock's expiry forward (called at every checkpoint)."""
    row = session.get(RefreshLockRow, LOCK_NAME)
    if row is not None and row.holder == holder:
        row.expires_at = datetime.now(UTC) + ttl


def release_lock(store: Store, holder: str) -> None:
    with store.session() as s:
        s.execute(
            delete(RefreshLockRow).where(
                RefreshLockRow.name == LOCK_NAME, RefreshLockRow.holder == holder
            )
        )
