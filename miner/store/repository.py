"""Reads and writes on the store, one transaction per document.

Invariants:
- a document is identified by the SHA-256 of its bytes;
- a run of the same pipeline version over the same bytes is skipped (idempotent);
- a new run marks the previous machine values ``current = False`` and adds new
  rows: nothing is updated in place, and ``decisions`` are never touched here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from miner.contract import outcome_stat
from miner.records import Extraction
from miner.store.schema import (
    ArticleRow,
    AuditRow,
    DecisionRow,
    DocumentRow,
    ExtractionRun,
    FieldValueRow,
    OutcomeValueRow,
    utcnow,
)

__all__ = [
    "DocumentFacts",
    "start_run",
    "finish_run",
    "done_document",
    "save_extraction",
    "save_failure",
    "audit",
    "record_decision",
    "current_field_values",
    "current_outcomes",
    "latest_decisions",
]


@dataclass(slots=True)
class DocumentFacts:
    """What the pipeline learnt about a file, independent of extraction."""

    name: str
    sha256: str
    path: str | None = None
    size_bytes: int | None = None
    format: str | None = None
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


def start_run(
    session: Session,
    *,
    code_version: str,
    pipeline_version: str,
    model_version: str | None = None,
    command: str | None = None,
) -> ExtractionRun:
    run = ExtractionRun(
        code_version=code_version,
        pipeline_version=pipeline_version,
        model_version=model_version,
        command=command,
        summary={},
    )
    session.add(run)
    session.flush()
    return run


def finish_run(session: Session, run_id: int, summary: dict[str, Any]) -> None:
    run = session.get(ExtractionRun, run_id)
    if run is not None:
        run.finished_at = utcnow()
        run.summary = summary


def done_document(session: Session, sha256: str, pipeline_version: str) -> DocumentRow | None:
    """The stored document if these bytes were already processed by this pipeline version."""
    row = session.scalar(select(DocumentRow).where(DocumentRow.sha256 == sha256))
    if row is not None and row.pipeline_version == pipeline_version:
        return row
    return None


def _upsert_document(session: Session, facts: DocumentFacts, **state: Any) -> tuple[DocumentRow, bool]:
    """The document row for these bytes with ``state`` set, and whether it is new.

    Everything is set before the one flush: a document costs one INSERT (or
    UPDATE), not one per attribute group.
    """
    row = session.scalar(select(DocumentRow).where(DocumentRow.sha256 == facts.sha256))
    created = row is None
    if row is None:
        row = DocumentRow(name=facts.name, sha256=facts.sha256, warnings=[], notes=[])
        session.add(row)
    row.name = facts.name
    row.path = facts.path
    row.size_bytes = facts.size_bytes
    row.format = facts.format
    row.pages = facts.pages
    row.warnings = list(facts.warnings)
    for key, value in state.items():
        setattr(row, key, value)
    session.flush()
    return row, created


def _article_id(session: Session, metadata: dict[str, Any]) -> int | None:
    """The article these identifiers name (DOI, then PMID, then PMCID), created if new.

    None when the metadata names no article at all.
    """
    doi = (metadata.get("doi") or "").lower() or None
    pmid = str(metadata["pmid"]) if metadata.get("pmid") else None
    pmcid = str(metadata["pmcid"]) if metadata.get("pmcid") else None
    keys = [(column, value) for column, value in
            ((ArticleRow.doi, doi), (ArticleRow.pmid, pmid), (ArticleRow.pmcid, pmcid)) if value]
    if keys:
        found = session.execute(
            select(ArticleRow.id, ArticleRow.doi, ArticleRow.pmid, ArticleRow.pmcid)
            .where(or_(*(column == value for column, value in keys)))
        ).all()
        for column, value in keys:  # the first identifier that matches wins
            for row in found:
                if getattr(row, column.key) == value:
                    return int(row.id)
    if not (keys or metadata.get("title")):
        return None
    authors = metadata.get("authors") or []
    article = ArticleRow(
        doi=doi,
        pmid=pmid,
        pmcid=pmcid,
        title=metadata.get("title"),
        journal=metadata.get("journal"),
        year=metadata.get("year") if isinstance(metadata.get("year"), int) else None,
        authors=list(authors) if isinstance(authors, list) else [],
        publication_types=[],
        mesh_terms=[],
        sources=["document"],
    )
    session.add(article)
    session.flush()
    return article.id


def save_extraction(
    session: Session,
    facts: DocumentFacts,
    extraction: Extraction,
    *,
    run_id: int,
    pipeline_version: str,
) -> DocumentRow:
    """Store one document's extraction (call inside one transaction).

    Value rows go in as one multi-row INSERT per table rather than as ORM
    objects: the batch's one writer spends its time here, and every
    millisecond of it is taken from the workers on a machine with few cores.
    """
    linked = _article_id(session, facts.metadata)
    doc, created = _upsert_document(
        session, facts, status="extracted", error=None, error_reason=None,
        notes=list(extraction.notes), pipeline_version=pipeline_version, last_run_id=run_id,
        **({"article_id": linked} if linked is not None else {}))
    if not created:  # a new document has no earlier values to retire
        for table in (FieldValueRow, OutcomeValueRow):
            session.execute(
                update(table)
                .where(table.document_id == doc.id, table.current.is_(True))
                .values(current=False)
            )
    values = []
    for value in extraction.fields.values():
        first = value.evidence[0] if value.evidence else None
        values.append({
            "document_id": doc.id,
            "run_id": run_id,
            "field": value.field,
            "value": value.value,
            "confidence": float(value.confidence),
            "evidence": [e.to_dict() for e in value.evidence],
            "page": first.page if first else None,
            "quote": first.quote if first else None,
            "char_start": first.start if first else None,
            "char_end": first.end if first else None,
            "extractor": value.extractor or None,
            "current": True,
        })
    if values:
        session.execute(insert(FieldValueRow), values)
    seen: set[str] = set()
    outcomes = []
    for row in extraction.outcomes:
        key = row.key()
        if key in seen:  # two readings of the same cell: keep the first (more confident first)
            continue
        seen.add(key)
        outcomes.append({
            "document_id": doc.id,
            "run_id": run_id,
            "row_key": key,
            "outcome": row.outcome,
            "group": row.group,
            "arm": row.arm,
            "day": row.day,
            "mean": row.mean,
            "sd": row.sd,
            "sem": row.sem,
            "n": row.n,
            "source": row.source,
            "page": row.page,
            "confidence": float(row.confidence),
            "evidence": [e.to_dict() for e in row.evidence],
            "extractor": row.extractor or None,
            "current": True,
            # NULL means "mean" (as in every row written before migration 0004), so
            # a mean row is stored exactly as before; only a median is marked. The key
            # is always present: dicts with and without it would split the bulk insert.
            "stat": None if outcome_stat(row.stat) == "mean" else "median",
        })
    if outcomes:
        # render_nulls: an ORM bulk insert otherwise leaves out the None columns of each
        # row and so splits the rows into one statement per pattern of empty sd/sem/n/stat.
        session.execute(insert(OutcomeValueRow).execution_options(render_nulls=True), outcomes)
    audit(
        session,
        actor="miner",
        action="extract",
        document_id=doc.id,
        detail={
            "run_id": run_id,
            "fields": len(extraction.fields),
            "outcomes": len(seen),
            "pipeline_version": pipeline_version,
        },
    )
    return doc


def save_failure(
    session: Session,
    facts: DocumentFacts,
    *,
    error: str,
    reason: str,
    run_id: int,
    pipeline_version: str,
) -> DocumentRow:
    """Record a file that could not be processed, with the reason. Earlier values stay."""
    doc, _ = _upsert_document(session, facts, status="failed", error=error, error_reason=reason,
                              pipeline_version=pipeline_version, last_run_id=run_id)
    audit(session, actor="miner", action="extract_failed", document_id=doc.id,
          detail={"run_id": run_id, "reason": reason, "error": error})
    return doc


def audit(
    session: Session, *, actor: str, action: str, document_id: int | None, detail: dict[str, Any]
) -> None:
    session.add(AuditRow(actor=actor, action=action, document_id=document_id, detail=detail))


def record_decision(
    session: Session,
    *,
    document_id: int,
    target: str,
    key: str,
    reviewer: str,
    status: str,
    value: Any = None,
    machine_value: Any = None,
    comment: str | None = None,
    is_final: bool = False,
    source: str | None = None,
) -> DecisionRow:
    """Append a reviewer decision (never updates an earlier one) and audit it."""
    if target not in ("field", "outcome"):
        raise ValueError(f"unknown decision target {target!r}")
    if status not in ("verified", "corrected", "rejected"):
        raise ValueError(f"unknown decision status {status!r}")
    row = DecisionRow(
        document_id=document_id,
        target=target,
        key=key,
        reviewer=reviewer,
        status=status,
        value=value,
        machine_value=machine_value,
        comment=comment,
        is_final=is_final,
        source=source,
    )
    session.add(row)
    audit(
        session,
        actor=reviewer,
        action="resolve" if is_final else f"decision_{status}",
        document_id=document_id,
        detail={"target": target, "key": key, "value": value, "machine_value": machine_value,
                "source": source},
    )
    session.flush()
    return row


def current_field_values(session: Session, document_id: int) -> dict[str, FieldValueRow]:
    rows = session.scalars(
        select(FieldValueRow).where(
            FieldValueRow.document_id == document_id, FieldValueRow.current.is_(True)
        )
    )
    return {r.field: r for r in rows}


def current_outcomes(session: Session, document_id: int) -> list[OutcomeValueRow]:
    return list(
        session.scalars(
            select(OutcomeValueRow)
            .where(OutcomeValueRow.document_id == document_id, OutcomeValueRow.current.is_(True))
            .order_by(OutcomeValueRow.outcome, OutcomeValueRow.group, OutcomeValueRow.day)
        )
    )


def latest_decisions(session: Session, document_id: int) -> list[DecisionRow]:
    """All decisions on a document, oldest first (callers pick the newest per key)."""
    return list(
        session.scalars(
            select(DecisionRow)
            .where(DecisionRow.document_id == document_id)
            .order_by(DecisionRow.decided_at, DecisionRow.id)
        )
    )
