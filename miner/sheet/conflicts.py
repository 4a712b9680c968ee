"""Two independent reviewers: where they disagree, how well they agree, and resolutions.

A reviewer's view of a cell is what their newest decision asserts it holds:
the machine value for ``verified``, their value for ``corrected``, nothing for
``rejected``. Two reviewers agree when those assertions are equal (so verifying
a value and correcting to that same value agree).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from miner.errors import ConfigError
from miner.sheet._cells import asserted_value, canon, outcome_values
from miner.store.repository import current_field_values, current_outcomes, record_decision
from miner.store.schema import DecisionRow, DocumentRow

__all__ = ["Agreement", "Conflict", "agreement", "find_conflicts", "find_document", "resolve"]


@dataclass(frozen=True, slots=True)
class Conflict:
    """A cell on which reviewers' newest decisions disagree and no resolution exists."""

    document: str
    document_id: int
    target: str  # "field" | "outcome"
    key: str
    views: dict[str, Any]  # reviewer -> asserted value (None = rejected)


@dataclass(frozen=True, slots=True)
class Agreement:
    """Agreement of two reviewers on one field over the cells both decided."""

    field: str
    reviewers: tuple[str, str]
    n: int
    percent: float
    kappa: float | None  # None when undefined (a single category throughout)


def _newest(session: Session) -> dict[tuple[int, str, str], dict[str, DecisionRow]]:
    """(document, target, key) -> reviewer -> newest non-final decision."""
    out: dict[tuple[int, str, str], dict[str, DecisionRow]] = defaultdict(dict)
    for d in session.scalars(select(DecisionRow).where(DecisionRow.is_final.is_(False))
                             .order_by(DecisionRow.decided_at, DecisionRow.id)):
        out[(d.document_id, d.target, d.key)][d.reviewer] = d
    return out


def _view(d: DecisionRow) -> Any:
    return asserted_value(d.status, d.value, d.machine_value)


def find_conflicts(session: Session, *, include_resolved: bool = False) -> list[Conflict]:
    """Cells where reviewers disagree, by document and key (resolved ones left out by default)."""
    finals = {(d.document_id, d.target, d.key) for d in session.scalars(
        select(DecisionRow).where(DecisionRow.is_final.is_(True)))}
    names = dict(session.execute(select(DocumentRow.id, DocumentRow.name)).tuples().all())
    conflicts = []
    for (doc_id, target, key), by_reviewer in _newest(session).items():
        if len(by_reviewer) < 2:
            continue
        views = {r: _view(d) for r, d in sorted(by_reviewer.items())}
        if len({canon(v) for v in views.values()}) == 1:
            continue
        if (doc_id, target, key) in finals and not include_resolved:
            continue
        conflicts.append(Conflict(names.get(doc_id, str(doc_id)), doc_id, target, key, views))
    return sorted(conflicts, key=lambda c: (c.document, c.target, c.key))


def agreement(session: Session) -> list[Agreement]:
    """Percent agreement and Cohen's kappa per field, for every pair of reviewers.

    Categories are the asserted values themselves (for an enum field, its
    vocabulary; for a number, each distinct number). Outcome rows are pooled
    under the field name ``outcome``.
    """
    pairs: dict[tuple[str, tuple[str, str]], tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for (_doc, target, key), by_reviewer in _newest(session).items():
        field = key if target == "field" else "outcome"
        for a, b in combinations(sorted(by_reviewer), 2):
            la, lb = pairs[(field, (a, b))]
            la.append(canon(_view(by_reviewer[a])))
            lb.append(canon(_view(by_reviewer[b])))
    result = []
    for (field, reviewers), (la, lb) in sorted(pairs.items()):
        n = len(la)
        agree = sum(x == y for x, y in zip(la, lb, strict=True))
        result.append(Agreement(field, reviewers, n, 100.0 * agree / n, _kappa(la, lb)))
    return result


def _kappa(a: list[str], b: list[str]) -> float | None:
    # With one category throughout, chance agreement is 1 and kappa is 0/0:
    # report it as undefined rather than let sklearn warn and return nan.
    if len(set(a) | set(b)) < 2:
        return None
    from sklearn.metrics import cohen_kappa_score

    value = float(cohen_kappa_score(a, b))
    return None if math.isnan(value) else value


def find_document(session: Session, ref: str) -> DocumentRow:
    """A document by file name, ``doc:<sha16>`` row id or sha256 prefix (>= 8 characters)."""
    ref = ref.strip()
    sha = ref.removeprefix("doc:")
    clauses = [DocumentRow.name == ref]
    if len(sha) >= 8 and all(c in "0123456789abcdef" for c in sha.lower()):
        clauses.append(DocumentRow.sha256.startswith(sha.lower()))
    rows = session.scalars(select(DocumentRow).where(or_(*clauses))).all()
    if not rows:
        raise ConfigError(f"no document {ref!r} in this database")
    if len(rows) > 1:
        raise ConfigError(f"{ref!r} matches {len(rows)} documents; use its row id (doc:...)")
    return rows[0]


def resolve(
    session: Session,
    *,
    document: DocumentRow,
    target: str,
    key: str,
    value: Any,
    reviewer: str,
    comment: str | None = None,
    source: str = "cli-resolve",
) -> DecisionRow:
    """Record the final value of a cell (``value`` None = the paper does not state it)."""
    if target == "field":
        row = current_field_values(session, document.id).get(key)
        machine = row.value if row is not None else None
    else:
        rows = {o.row_key: o for o in current_outcomes(session, document.id)}
        orow = rows.get(key)
        machine = None if orow is None else outcome_values(orow)  # + stat for a median row
        if orow is None and not any(d.target == "outcome" and d.key == key for d in session.scalars(
                select(DecisionRow).where(DecisionRow.document_id == document.id))):
            raise ConfigError(f"no outcome row {key!r} in {document.name}")
    if value is None:
        status = "rejected"
    elif canon(value) == canon(machine):
        status = "verified"
    else:
        status = "corrected"
    return record_decision(session, document_id=document.id, target=target, key=key, reviewer=reviewer,
                           status=status, value=value if status == "corrected" else None,
                           machine_value=machine, comment=comment, is_final=True, source=source)

