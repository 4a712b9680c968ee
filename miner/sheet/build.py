"""Build the sheet (the contract's JSON export shape) from the store.

The effective value of each cell is decided here, and only here:

1. the newest *final* decision (a resolution between reviewers) wins;
2. else, if every reviewer's newest decision agrees, that decision;
3. else the newest machine value, with ``status: prefilled`` (and, when
   reviewers disagree, ``conflict: true`` so the team sees it).

A ``rejected`` decision empties the cell. Machine values are never shown as
reviewer-verified.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from miner.contract import ALL_STUDY_FIELDS, BIBLIOGRAPHIC_FIELDS
from miner.sheet._cells import outcome_stat
from miner.store import Store
from miner.store.repository import current_field_values, current_outcomes, latest_decisions
from miner.store.schema import ArticleRow, DecisionRow, DocumentRow

__all__ = [
    "blind_decisions",
    "build_export",
    "build_export_from_session",
    "effective",
    "export_from_extractions",
    "outcome_row_id",
    "study_row_id",
]


def study_row_id(doc: DocumentRow) -> str:
    """Stable id of a study row across exports: the file's content hash."""
    return f"doc:{doc.sha256[:16]}"


def outcome_row_id(doc: DocumentRow, row_key: str) -> str:
    return f"{study_row_id(doc)}|{row_key}"


def effective(
    machine: dict[str, Any] | None, decisions: list[DecisionRow]
) -> dict[str, Any] | None:
    """Combine a machine cell with its reviewers' decisions (oldest first).

    ``machine`` is ``{"value", "confidence", "evidence"}`` or None.
    Returns the exported cell or None when there is nothing to show.
    """
    finals = [d for d in decisions if d.is_final]
    newest: dict[str, DecisionRow] = {}
    for d in decisions:
        if not d.is_final:
            newest[d.reviewer] = d
    cell: dict[str, Any] = dict(machine) if machine else {"value": None, "confidence": None, "evidence": []}
    cell["status"] = "prefilled"
    chosen: DecisionRow | None = None
    if finals:
        chosen = finals[-1]
    elif newest:
        views = {(d.status, _canon(_decided_value(d))) for d in newest.values()}
        if len(views) == 1:
            chosen = max(newest.values(), key=lambda d: (d.decided_at, d.id))
        else:
            cell["conflict"] = True
    if chosen is not None:
        cell["status"] = chosen.status
        if chosen.status == "corrected":
            cell["machine_value"] = cell.get("value")
            cell["value"] = chosen.value
        elif chosen.status == "rejected":
            cell["machine_value"] = cell.get("value")
            cell["value"] = None
        elif chosen.machine_value is not None and _canon(chosen.machine_value) != _canon(cell.get("value")):
            # Verified, then re-extracted to something else: the reviewer confirmed the
            # old value, not the new one. Keep what they verified; show the new machine value beside it.
            cell["machine_value"] = cell.get("value")
            cell["value"] = chosen.machine_value
        reviewers = sorted(newest) if not finals else [chosen.reviewer]
        cell["reviewed_by"] = reviewers
        cell["reviewed_at"] = chosen.decided_at.isoformat() if chosen.decided_at else None
        if chosen.is_final:
            cell["resolved_by"] = chosen.reviewer
    if machine is None and chosen is None:
        return None
    return cell


def _decided_value(d: DecisionRow) -> Any:
    """The value a decision vouches for (verified: the machine value the reviewer saw)."""
    if d.status == "corrected":
        return d.value
    if d.status == "verified":
        return d.machine_value
    return None


def _canon(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, default=str)


def _article_value(article: ArticleRow | None, name: str) -> Any:
    if article is None:
        return None
    if name == "first_author":
        return article.authors[0] if article.authors else None
    return getattr(article, name, None)


def build_export_from_session(
    session: Session, *, include_failed: bool = True, reviewer: str | None = None
) -> dict[str, Any]:
    """The sheet from an open session; see :func:`build_export`."""
    studies: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    failed: list[dict[str, Any]] = []
    docs = session.scalars(select(DocumentRow).order_by(DocumentRow.name, DocumentRow.id))
    for doc in docs:
        if doc.status == "failed" and doc.last_run_id is not None and not _has_values(session, doc):
            failed.append(
                {"document": doc.name, "status": "failed", "reason": doc.error_reason, "error": doc.error}
            )
            continue
        decisions = latest_decisions(session, doc.id)
        if reviewer is not None:
            decisions = blind_decisions(decisions, reviewer)
        by_key: dict[tuple[str, str], list[DecisionRow]] = defaultdict(list)
        for d in decisions:
            by_key[(d.target, d.key)].append(d)
        machine = current_field_values(session, doc.id)
        article = session.get(ArticleRow, doc.article_id) if doc.article_id else None
        fields: dict[str, Any] = {}
        for name in ALL_STUDY_FIELDS:
            row = machine.get(name)
            mcell = None
            if row is not None:
                mcell = {"value": row.value, "confidence": row.confidence, "evidence": row.evidence}
            elif name in BIBLIOGRAPHIC_FIELDS and _article_value(article, name) is not None:
                # Bibliographic data from a fetched record: no page, the record is the evidence.
                mcell = {"value": _article_value(article, name), "confidence": 1.0,
                         "evidence": [{"page": None, "quote": "bibliographic record"}]}
            cell = effective(mcell, by_key.get(("field", name), []))
            if cell is not None:
                fields[name] = cell
        study = {"document": doc.name, "row_id": study_row_id(doc), "fields": fields}
        if doc.notes:
            study["notes"] = list(doc.notes)
        studies.append(study)
        seen: set[str] = set()
        for orow in current_outcomes(session, doc.id):
            seen.add(orow.row_key)
            base = {
                "document": doc.name, "outcome": orow.outcome, "group": orow.group, "arm": orow.arm,
                "day": orow.day, "mean": orow.mean, "sd": orow.sd, "sem": orow.sem, "n": orow.n,
                "source": orow.source, "page": orow.page, "stat": orow.stat_of,
            }
            cell = effective({"value": None, "confidence": orow.confidence, "evidence": orow.evidence},
                             by_key.get(("outcome", orow.row_key), []))
            outcomes.append(_outcome_out(doc, orow.row_key, base, cell))
        # Rows a reviewer added that the machine never found.
        for (target, key), ds in by_key.items():
            if target != "outcome" or key in seen:
                continue
            # An empty machine cell (not None) so reviewers who disagree come back flagged.
            cell = effective({"value": None, "confidence": None, "evidence": []}, ds)
            if cell and isinstance(cell.get("value"), dict):
                base = {"document": doc.name, **cell["value"]}
                base["document"] = doc.name
                outcomes.append(_outcome_out(doc, key, base, cell))
            elif cell and cell.get("conflict"):
                # Reviewers added this row with different values: list it (identity only,
                # flagged) so the team sheet shows there is something to resolve.
                added = next((d.value for d in reversed(ds) if isinstance(d.value, dict)), None)
                if added is not None:
                    base = {"document": doc.name, **{c: added.get(c) for c in _IDENTITY},
                            "mean": None, "sd": None, "sem": None, "n": None}
                    outcomes.append(_outcome_out(doc, key, base, cell))
    export: dict[str, Any] = {"studies": studies, "outcomes": outcomes}
    if include_failed:
        export["failed_documents"] = failed
    return export


_IDENTITY = ("outcome", "group", "arm", "day", "source", "page")


def _outcome_out(doc: DocumentRow, key: str, base: dict[str, Any], cell: dict[str, Any] | None) -> dict[str, Any]:
    out = dict(base)
    cell = cell or {"status": "prefilled"}
    if cell.get("status") == "corrected" and isinstance(cell.get("value"), dict):
        out.update({k: v for k, v in cell["value"].items() if k != "document"})
        # A correction is the whole row as the reviewer left it: no ``stat`` there is a mean
        # (a decision made before the extension, or one that set the row back to mean).
        out["stat"] = outcome_stat(cell["value"].get("stat"))
    out["stat"] = outcome_stat(out.get("stat"))
    out["status"] = cell.get("status", "prefilled")
    out["confidence"] = cell.get("confidence")
    out["evidence"] = cell.get("evidence", [])
    out["row_id"] = outcome_row_id(doc, key)
    for extra in ("reviewed_by", "conflict", "resolved_by"):
        if extra in cell:
            out[extra] = cell[extra]
    return out


def _has_values(session: Session, doc: DocumentRow) -> bool:
    return bool(current_field_values(session, doc.id))


def blind_decisions(decisions: list[DecisionRow], reviewer: str) -> list[DecisionRow]:
    """Only ``reviewer``'s own extraction decisions (no other reviewer's, no resolutions).

    This is what independent (blind) extraction needs: a reviewer must not see
    another reviewer's values, statuses or name, nor an adjudicator's final
    values, until both have extracted.
    """
    return [d for d in decisions if d.reviewer == reviewer and not d.is_final]


def build_export(store: Store, *, include_failed: bool = True, reviewer: str | None = None) -> dict[str, Any]:
    """The whole sheet as the contract's JSON export (plus extensions: status, row ids,
    and per outcome row ``stat``: "mean" or "median", after the contract's columns).

    Args:
        store: the store to read.
        include_failed: list documents whose extraction failed under ``failed_documents``.
        reviewer: build the *blind* sheet for this reviewer: the machine prefill and
            only their own decisions (never another reviewer's values, statuses,
            conflicts or names, nor final resolutions). None (default) is the team
            sheet: every decision, conflicts flagged, resolutions applied.
    """
    with store.session() as session:
        return build_export_from_session(session, include_failed=include_failed, reviewer=reviewer)


def export_from_extractions(extractions: list[Any]) -> dict[str, Any]:
    """The export shape straight from ``Extraction`` records (no store, all prefilled)."""
    studies, outcomes = [], []
    for ex in extractions:
        fields = {}
        for name, fv in ex.fields.items():
            cell = fv.to_dict()
            cell["status"] = "prefilled"
            fields[name] = cell
        studies.append({"document": ex.document, "fields": fields, "notes": list(ex.notes)})
        for row in ex.outcomes:
            out = row.to_dict(ex.document)
            out["status"] = "prefilled"
            out["confidence"] = row.confidence
            out["evidence"] = [e.to_dict() for e in row.evidence]
            outcomes.append(out)
    return {"studies": studies, "outcomes": outcomes}
