"""Store side of the refresh: saved queries, deduplicating upserts, provenance, the lock."""

from __future__ import annotations

import os
import socket
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar, cast

from sqlalchemy import Table, bindparam, delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from miner.errors import ConfigError, MinerError
from miner.fetch.dedup import (
    find_match,
    has_ids,
    id_keys,
    lookup_blocks,
    merge_articles,
    title_blocks,
)
from miner.records import Article
from miner.store import Store
from miner.store.refresh_schema import (
    ArticleKeyRow,
    ArticleTitleBlockRow,
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
    "record_sources",
    "release_lock",
    "row_to_article",
    "store_found",
    "touch_lock",
    "upsert_article",
    "upsert_articles",
]

LOCK_NAME = "refresh"
T = TypeVar("T")


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

# SQLite allows 32,766 bound parameters (999 before 3.32); stay well below either.
_CHUNK = 500


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


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class _StoreIndex:
    """The store as a :class:`~miner.fetch.dedup.WorkIndex` for one batch of upserts.

    Work handles are ``ArticleRow`` objects. Lookups are answered from what one
    prefetch per batch loaded (every id key and title block the batch could
    need, and the articles behind them); anything else is fetched on demand.
    Writes (new key and block rows) are collected and sent at :meth:`finish`
    as a few multi-row statements.
    """

    def __init__(self, session: Session) -> None:
        self.s = session
        self.keys: dict[tuple[str, str], ArticleRow | None] = {}
        self.blocks: dict[str, list[ArticleRow]] = {}
        self.records: dict[ArticleRow, Article] = {}
        self.new_keys: list[tuple[str, str, ArticleRow]] = []
        self.new_blocks: list[tuple[str, ArticleRow]] = []
        self.gone_blocks: list[tuple[str, ArticleRow]] = []

    # WorkIndex -----------------------------------------------------------------
    def work_for_key(self, kind: str, value: str) -> ArticleRow | None:
        if (kind, value) not in self.keys:
            self._fetch_keys([(kind, value)])
        return self.keys[(kind, value)]

    def works_in_blocks(self, blocks: Sequence[str]) -> Iterable[ArticleRow]:
        self._fetch_blocks(blocks)
        for block in blocks:
            yield from self.blocks[block]

    def record(self, work: ArticleRow) -> Article:
        if work not in self.records:
            self.records[work] = row_to_article(work)
        return self.records[work]

    # fetching ------------------------------------------------------------------
    def prefetch(self, articles: Sequence[Article]) -> None:
        """Load every key, block and candidate article the batch may need (a few queries)."""
        self._fetch_keys([key for a in articles for key in id_keys(a)])
        self._fetch_blocks([b for a in articles for b in lookup_blocks(a)])

    def _load_rows(self, ids: set[int]) -> dict[int, ArticleRow]:
        # Rows already in the session come back as the same objects (identity map),
        # pending changes intact.
        rows: dict[int, ArticleRow] = {}
        for chunk in _chunks(sorted(ids)):
            for row in self.s.scalars(select(ArticleRow).where(ArticleRow.id.in_(chunk))):
                rows[row.id] = row
        return rows

    def _fetch_keys(self, keys: Sequence[tuple[str, str]]) -> None:
        wanted = sorted({k for k in keys if k not in self.keys})
        if not wanted:
            return
        found: dict[tuple[str, str], int] = {}
        for chunk in _chunks(sorted({v for _, v in wanted})):
            stmt = select(ArticleKeyRow.kind, ArticleKeyRow.value, ArticleKeyRow.article_id)
            for kind, value, article_id in self.s.execute(
                stmt.where(ArticleKeyRow.value.in_(chunk))
            ):
                found[(kind, value)] = article_id
        rows = self._load_rows({found[k] for k in wanted if k in found})
        for key in wanted:
            self.keys[key] = rows.get(found[key]) if key in found else None

    def _fetch_blocks(self, blocks: Sequence[str]) -> None:
        wanted = sorted({b for b in blocks if b not in self.blocks})
        if not wanted:
            return
        pairs: list[tuple[str, int]] = []
        for chunk in _chunks(wanted):
            stmt = select(ArticleTitleBlockRow.block, ArticleTitleBlockRow.article_id)
            pairs.extend(
                (b, i) for b, i in self.s.execute(stmt.where(ArticleTitleBlockRow.block.in_(chunk)))
            )
        rows = self._load_rows({i for _, i in pairs})
        for block in wanted:
            self.blocks[block] = []
        for block, article_id in pairs:
            if article_id in rows:
                self.blocks[block].append(rows[article_id])

    # writing -------------------------------------------------------------------
    def put(self, work: ArticleRow, article: Article) -> None:
        """File ``article`` as the (new or merged) record of ``work``."""
        old = self.records.get(work)
        if old is None and work.id is not None:
            old = row_to_article(work)
        if old == article:
            return
        _write(work, article)
        self.records[work] = article
        # The old record's keys are filed already (under this work or, when another
        # work claimed one first, under that one): only the new ones need a look.
        added = [k for k in id_keys(article) if old is None or k not in id_keys(old)]
        self._fetch_keys(added)
        for key in added:
            if self.keys[key] is None:  # a key another work owns stays with it
                self.keys[key] = work
                self.new_keys.append((*key, work))
        before = set(title_blocks(old)) if old is not None else set()
        after = title_blocks(article)
        self._fetch_blocks(after)
        for block in before.difference(after):
            filed = self.blocks.get(block, [])
            if work in filed:
                filed.remove(work)
            self.gone_blocks.append((block, work))
        for block in after:
            if block not in before:
                self.blocks[block].append(work)
                self.new_blocks.append((block, work))

    def finish(self) -> None:
        """Send the collected writes: new articles, then their keys and blocks."""
        self.s.flush()  # new ArticleRows get their ids
        if self.gone_blocks:
            table = cast(Table, ArticleTitleBlockRow.__table__)
            self.s.execute(
                table.delete().where(
                    table.c.block == bindparam("b"), table.c.article_id == bindparam("a")
                ),
                [{"b": b, "a": w.id} for b, w in self.gone_blocks],
            )
        if self.new_keys:
            self.s.execute(
                insert(ArticleKeyRow),
                [{"kind": k, "value": v, "article_id": w.id} for k, v, w in self.new_keys],
            )
        if self.new_blocks:
            self.s.execute(
                insert(ArticleTitleBlockRow),
                [{"block": b, "article_id": w.id} for b, w in self.new_blocks],
            )
        self.new_keys, self.new_blocks, self.gone_blocks = [], [], []


def upsert_articles(session: Session, articles: Sequence[Article]) -> list[tuple[int, bool]]:
    """Store a batch of records, merging each into the stored work it duplicates.

    Returns ``(article_id, created)`` per record, in input order. Matching is
    :func:`miner.fetch.dedup.find_match` (the same rules as
    :func:`~miner.fetch.dedup.cluster_duplicates`), against the store and the
    records of the batch before it; records with ids go first. One batch costs
    a handful of queries, not a few per record.
    """
    index = _StoreIndex(session)
    index.prefetch(articles)
    placed: list[tuple[ArticleRow, bool] | None] = [None] * len(articles)
    for i in sorted(range(len(articles)), key=lambda k: not has_ids(articles[k])):
        article = articles[i]
        work = find_match(article, index)
        if work is None:
            work = ArticleRow()
            session.add(work)
            index.put(work, article)
            placed[i] = (work, True)
        else:
            index.put(work, merge_articles(index.record(work), article))
            placed[i] = (work, False)
    index.finish()
    return [(row.id, created) for row, created in (p for p in placed if p is not None)]


def upsert_article(session: Session, article: Article) -> tuple[int, bool]:
    """Store one record (see :func:`upsert_articles`); returns ``(article_id, created)``."""
    return upsert_articles(session, [article])[0]


def record_sources(
    session: Session, query_id: int, run_id: int, found: Sequence[tuple[str, str, int]]
) -> list[bool]:
    """Note that ``query_id`` found each ``(source, source_id, article_id)``.

    Returns per item whether it is new to the query (False: seen before, by an
    earlier run or earlier in ``found``). Two queries and one multi-row insert.
    """
    seen: set[tuple[str, str]] = set()
    for chunk in _chunks(sorted({sid for _, sid, _ in found})):
        seen.update(
            session.execute(
                select(RecordSourceRow.source, RecordSourceRow.source_id).where(
                    RecordSourceRow.query_id == query_id, RecordSourceRow.source_id.in_(chunk)
                )
            ).tuples()
        )
    fresh: list[bool] = []
    rows = []
    for source, source_id, article_id in found:
        new = (source, source_id) not in seen
        fresh.append(new)
        if new:
            seen.add((source, source_id))
            rows.append(
                {
                    "query_id": query_id,
                    "run_id": run_id,
                    "source": source,
                    "source_id": source_id,
                    "article_id": article_id,
                }
            )
    if rows:
        session.execute(insert(RecordSourceRow), rows)
    return fresh


def record_source(
    session: Session, query_id: int, run_id: int, source: str, source_id: str, article_id: int
) -> bool:
    """Note that ``query_id`` found ``source:source_id``; False if it had already."""
    return record_sources(session, query_id, run_id, [(source, source_id, article_id)])[0]


def store_found(
    session: Session, query_id: int, run_id: int, found: Sequence[tuple[str, str, Article]]
) -> Counter[str]:
    """Store one page of records a query found, as ``(source, source_id, article)``.

    Upserts the articles (deduplicated) and their provenance in the session's
    transaction; returns how many were ``new``, ``duplicates_merged`` (a new
    source record of a stored work) and ``already_known`` (seen by this query
    before).
    """
    placed = upsert_articles(session, [a for _, _, a in found])
    fresh = record_sources(
        session,
        query_id,
        run_id,
        [(src, sid, aid) for (src, sid, _), (aid, _) in zip(found, placed, strict=True)],
    )
    counts: Counter[str] = Counter()
    for (_, created), new in zip(placed, fresh, strict=True):
        counts["new" if created and new else "duplicates_merged" if new else "already_known"] += 1
    return counts


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
