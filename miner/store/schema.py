"""The SQL schema: typed SQLAlchemy 2 models.

Machine output and reviewer decisions live in separate tables on purpose:
re-extraction writes new ``field_values``/``outcome_values`` rows under a new
run and never updates or deletes ``decisions``. The effective value of a cell is
computed when the sheet is built (final resolution > reviewer decision >
latest machine value).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from miner.contract import outcome_stat

__all__ = [
    "Base",
    "ArticleRow",
    "DocumentRow",
    "ExtractionRun",
    "FieldValueRow",
    "OutcomeValueRow",
    "DecisionRow",
    "ReviewerRow",
    "AuditRow",
    "utcnow",
]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class ArticleRow(Base):
    """A bibliographic record (from PubMed, Europe PMC or a document's own metadata)."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    pmid: Mapped[str | None] = mapped_column(String(20), index=True)
    pmcid: Mapped[str | None] = mapped_column(String(20), index=True)
    doi: Mapped[str | None] = mapped_column(String(255), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    abstract: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    journal: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    publication_types: Mapped[list[Any]] = mapped_column(JSON, default=list)
    mesh_terms: Mapped[list[Any]] = mapped_column(JSON, default=list)
    is_open_access: Mapped[bool | None] = mapped_column(Boolean)
    sources: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    documents: Mapped[list[DocumentRow]] = relationship(back_populates="article")


class DocumentRow(Base):
    """A file (PDF or JATS) seen by extraction; failures are kept with their reason."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("sha256", name="uq_documents_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(512), index=True)
    path: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int | None] = mapped_column(Integer)
    format: Mapped[str | None] = mapped_column(String(10))
    pages: Mapped[int | None] = mapped_column(Integer)
    # "extracted" | "failed"
    status: Mapped[str] = mapped_column(String(20), default="extracted")
    error: Mapped[str | None] = mapped_column(Text)
    error_reason: Mapped[str | None] = mapped_column(String(40))
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    pipeline_version: Mapped[str | None] = mapped_column(String(120))
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("extraction_runs.id"))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    article: Mapped[ArticleRow | None] = relationship(back_populates="documents")


class ExtractionRun(Base):
    """One invocation of extraction: which code and model produced the values."""

    __tablename__ = "extraction_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_version: Mapped[str] = mapped_column(String(60))
    model_version: Mapped[str | None] = mapped_column(String(120))
    pipeline_version: Mapped[str] = mapped_column(String(120))
    command: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class FieldValueRow(Base):
    """A machine-prefilled value of one field for one document, from one run."""

    __tablename__ = "field_values"
    __table_args__ = (Index("ix_field_values_doc_field", "document_id", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    run_id: Mapped[int] = mapped_column(ForeignKey("extraction_runs.id"))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    page: Mapped[int | None] = mapped_column(Integer)
    quote: Mapped[str | None] = mapped_column(Text)
    char_start: Mapped[int | None] = mapped_column(Integer)
    char_end: Mapped[int | None] = mapped_column(Integer)
    extractor: Mapped[str | None] = mapped_column(String(120))
    # False once a later run for the same document replaced it (kept for history).
    current: Mapped[bool] = mapped_column(Boolean, default=True)


class OutcomeValueRow(Base):
    """A machine-extracted outcome value (e.g. BBB mean of a group at a day)."""

    __tablename__ = "outcome_values"
    __table_args__ = (Index("ix_outcome_values_doc", "document_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    run_id: Mapped[int] = mapped_column(ForeignKey("extraction_runs.id"))
    row_key: Mapped[str] = mapped_column(String(255))
    outcome: Mapped[str] = mapped_column(String(40))
    group: Mapped[str] = mapped_column(String(255))
    arm: Mapped[str] = mapped_column(String(20))
    day: Mapped[float | None] = mapped_column(Float)
    mean: Mapped[float | None] = mapped_column(Float)
    sd: Mapped[float | None] = mapped_column(Float)
    sem: Mapped[float | None] = mapped_column(Float)
    n: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10))
    page: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    extractor: Mapped[str | None] = mapped_column(String(120))
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    # What ``mean`` holds: "mean" or "median" (contract extension, migration 0004).
    # NULL in rows written before 0004 reads as "mean" (see ``stat_of``).
    stat: Mapped[str | None] = mapped_column(String(10), nullable=True)

    @property
    def stat_of(self) -> str:
        """``stat`` with the pre-0004 default applied: ``"mean"`` or ``"median"``."""
        return outcome_stat(self.stat)


class ReviewerRow(Base):
    __tablename__ = "reviewers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # sha256 of the reviewer's login token for the review page (never the token itself).
    token_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DecisionRow(Base):
    """A reviewer's decision on one cell: a study field or an outcome row.

    ``target`` is ``"field"`` (``key`` = field name) or ``"outcome"`` (``key`` =
    the outcome row key). ``status`` is verified | corrected | rejected.
    ``is_final`` marks a resolution between reviewers. Decisions are only ever
    appended; the newest per (document, target, key, reviewer) counts.
    """

    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_doc_key", "document_id", "target", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    target: Mapped[str] = mapped_column(String(10), default="field")
    key: Mapped[str] = mapped_column(String(255))
    reviewer: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    machine_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    comment: Mapped[str | None] = mapped_column(Text)
    is_final: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str | None] = mapped_column(String(40))  # "xlsx-import" | "review-page" | ...
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditRow(Base):
    """Append-only log of every change: who, when, what."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    document_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
