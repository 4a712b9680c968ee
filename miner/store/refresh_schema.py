"""Tables of the literature refresh: saved searches, runs with checkpoints, a lock,
per-source provenance of records, dedup keys and downloaded full texts.

Created by migration ``0002_refresh`` (``article_title_blocks``: ``0003``). Articles themselves live in the core
``articles`` table; these tables say where each came from and when.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from miner.store.schema import Base, utcnow

__all__ = [
    "ArticleKeyRow",
    "ArticleTitleBlockRow",
    "FullTextRow",
    "RecordSourceRow",
    "RefreshLockRow",
    "RefreshRunRow",
    "SavedQueryRow",
]


class SavedQueryRow(Base):
    """A named search run every night against PubMed and/or Europe PMC."""

    __tablename__ = "saved_queries"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    pubmed_query: Mapped[str | None] = mapped_column(Text)
    europepmc_query: Mapped[str | None] = mapped_column(Text)
    # The last day fully covered by a successful run; the next run starts a day before it.
    covered_until: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RefreshRunRow(Base):
    """One refresh of one saved query. ``checkpoint`` lets a killed run resume.

    status: running | done | failed. A "running" row whose process died is
    resumed by the next refresh of the same query (same window, same checkpoint).
    """

    __tablename__ = "refresh_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    query_id: Mapped[int] = mapped_column(
        ForeignKey("saved_queries.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="running")
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date] = mapped_column(Date)
    checkpoint: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class RefreshLockRow(Base):
    """At most one refresh at a time per store: the row exists while one runs.

    ``expires_at`` is pushed forward at every checkpoint; a lock past it belongs
    to a dead process and may be taken over.
    """

    __tablename__ = "refresh_locks"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    holder: Mapped[str] = mapped_column(String(255))
    acquired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RecordSourceRow(Base):
    """A source record (PubMed PMID, Europe PMC source:id) identified by a saved query.

    One row per (query, source, source record): PRISMA's "records identified"
    per source, counted once even when seen again by later overlapping runs.
    """

    __tablename__ = "record_sources"
    __table_args__ = (
        UniqueConstraint("query_id", "source", "source_id", name="uq_record_sources"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    query_id: Mapped[int] = mapped_column(
        ForeignKey("saved_queries.id", ondelete="CASCADE"), index=True
    )
    run_id: Mapped[int | None] = mapped_column(ForeignKey("refresh_runs.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[str] = mapped_column(String(64))
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    first_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ArticleKeyRow(Base):
    """Dedup index: each identifying key (pmid, pmcid, doi, title+year+author) -> one article."""

    __tablename__ = "article_keys"

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    # tya keys are stored as a sha1 of the normalised key to bound the length.
    value: Mapped[str] = mapped_column(String(255), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )


class ArticleTitleBlockRow(Base):
    """Dedup index for title matching: blocking keys (hashes of first-author surname,
    year and one end of the normalised title) -> articles filed under them.

    Many articles may share a block; the matcher compares the few it returns
    (see ``miner.fetch.dedup.title_blocks``). Created by migration ``0003``.
    """

    __tablename__ = "article_title_blocks"

    block: Mapped[str] = mapped_column(String(32), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class FullTextRow(Base):
    """An open-access full text looked for (one row per article).

    status: saved (file written, not extracted yet) | extracted | extract_failed
    | not_available (404: not in the OA subset) | fetch_failed.
    """

    __tablename__ = "fulltexts"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), unique=True
    )
    pmcid: Mapped[str] = mapped_column(String(20))
    path: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("refresh_runs.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
