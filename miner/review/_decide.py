"""Recording what a reviewer does on the review page: verify, correct, reject, add a row.

Pure apart from the session it is handed: the app parses the request and
calls these; every value is checked here (``CellValueError`` carries the one
message the reviewer sees) before a decision is appended.
"""

from __future__ import annotations

import json
import math
from typing import Any

from fastapi import Request
from sqlalchemy import select

from miner.contract import ALL_STUDY_FIELDS
from miner.review._forms import PARTS, value_from_form
from miner.sheet._cells import (
    OUTCOME_VALUE_COLUMNS,
    CellValueError,
    added_outcome_key,
    canon,
    outcome_values,
    validate_outcome,
)
from miner.store.repository import current_field_values, current_outcomes, record_decision
from miner.store.schema import DecisionRow

__all__ = ["add_outcome", "decide", "label", "mine", "read_form"]


def mine(session: Any, reviewer: str, doc_id: int | None = None) -> dict[tuple[int, str, str], DecisionRow]:
    q = select(DecisionRow).where(DecisionRow.reviewer == reviewer, DecisionRow.is_final.is_(False))
    if doc_id is not None:
        q = q.where(DecisionRow.document_id == doc_id)
    out: dict[tuple[int, str, str], DecisionRow] = {}
    for d in session.scalars(q.order_by(DecisionRow.decided_at, DecisionRow.id)):
        out[(d.document_id, d.target, d.key)] = d
    return out


# A form is a handful of short fields: anything bigger is not ours.
_MAX_FIELD = 4000


async def read_form(request: Request) -> tuple[dict[str, str], list[str]]:
    """The posted form as plain strings (files dropped, values cut to a sane length), and ticked items."""
    form = await request.form(max_files=0, max_fields=64)
    plain = {k: v[:_MAX_FIELD] for k, v in form.multi_items() if isinstance(v, str) and k != "items"}
    items = [v[:200] for v in form.getlist("items") if isinstance(v, str)]
    return plain, items


def label(target: str, key: str) -> str:
    return key if target == "field" else key.replace("|", " ")


def _own_added(session: Any, doc_id: int, reviewer: str, key: str) -> dict[str, Any] | None:
    """The reviewer's own current value of an outcome row they added (None if there is none)."""
    d = mine(session, reviewer, doc_id).get((doc_id, "outcome", key))
    return dict(d.value) if d is not None and d.status == "corrected" and isinstance(d.value, dict) else None


def decide(session: Any, doc_id: int, reviewer: str, target: str, key: str, action: str,
            form: dict[str, str], items: list[str]) -> None:
    text = form.get("value", "")
    base: dict[str, Any] | None = None  # an outcome row's columns before this correction
    if target == "field":
        if key not in ALL_STUDY_FIELDS:
            raise CellValueError("unknown field")
        row = current_field_values(session, doc_id).get(key)
        machine = row.value if row is not None else None
    else:
        orow = next((o for o in current_outcomes(session, doc_id) if o.row_key == key), None)
        if orow is not None:
            machine = outcome_values(orow)  # + "stat" for a median row (a mean row as before)
            base = machine
        else:
            # A row this reviewer added: it has no machine value; corrections build on theirs.
            machine, base = None, _own_added(session, doc_id, reviewer, key)
            if base is None:
                raise CellValueError("unknown outcome row")
    value: Any = None
    if action == "verify":
        if machine is None:
            raise CellValueError("there is no prefilled value to verify")
        status = "verified"
    elif action == "reject":
        status = "rejected"
    else:
        if target == "field":
            parts = {name: form.get(f"p_{name}", "") for name in PARTS}
            value = value_from_form(key, text, parts, items, machine)
        else:
            assert base is not None
            if not text.strip() and any(form.get(f"o_{c}", "").strip() for c in ("mean", "sd", "sem", "n")):
                value = _outcome_boxes(base, form)
            else:
                if not text.strip() and (form.get("mean", "").strip() or form.get("error", "").strip()):
                    text = _mean_error_text(base, form.get("mean", ""), form.get("error", ""),
                                            form.get("error_kind", ""))
                value = _outcome_correction(base, text)
        if value is None:
            status = "rejected"
        elif canon(value) == canon(machine):
            status, value = "verified", None
        else:
            status = "corrected"
    record_decision(session, document_id=doc_id, target=target, key=key, reviewer=reviewer, status=status,
                    value=value, machine_value=machine, source="review-page")


def _outcome_boxes(base: dict[str, Any], form: dict[str, str]) -> dict[str, Any]:
    """An outcome row corrected in its number boxes (mean, SD, SEM, n); an empty box is no value."""
    changes: dict[str, Any] = {}
    for column in ("mean", "sd", "sem", "n"):
        text = form.get(f"o_{column}", "").strip().replace(",", ".")
        if not text:
            changes[column] = None
            continue
        try:
            changes[column] = float(text)
        except ValueError:
            raise CellValueError(f"{column} {text[:20]!r} is not a number") from None
    if changes["mean"] is None:
        raise CellValueError("give the mean (or reject the row)")
    return validate_outcome({**base, **changes})


def add_outcome(session: Any, doc_id: int, reviewer: str, form: dict[str, str]) -> str:
    """Record a BBB row the reviewer read from the paper; returns its key.

    Keyed like a machine row (outcome, group, day, source): adding the same row
    again updates it rather than adding a second. A row the machine already has
    is corrected in its own line instead.
    """
    values: dict[str, Any] = {"outcome": "BBB", "group": form.get("group", "").strip() or None,
                              "arm": form.get("arm", "").strip() or None,
                              "source": form.get("source", "").strip() or None}
    for column in ("day", "mean", "error", "n", "page"):
        text = form.get(column, "").strip().replace(",", ".")
        if not text:
            values[column] = None
            continue
        try:
            values[column] = float(text)
        except ValueError:
            raise CellValueError(f"{column} {text[:20]!r} is not a number") from None
    error_kind = form.get("error_kind", "")
    error = values.pop("error")
    if error is not None:
        if error_kind not in ("sd", "sem"):
            raise CellValueError("say whether the error is SD or SEM")
        values[error_kind] = error
    if values.get("day") is not None and form.get("day_unit") == "weeks":
        values["day"] = values["day"] * 7  # the contract counts days (weeks x 7)
    row = validate_outcome(values, added=True)
    key = added_outcome_key(row)
    if any(o.row_key == key for o in current_outcomes(session, doc_id)):
        raise CellValueError(f"miner already has {row['group']} on day {row['day']:g} ({row['source']}): "
                             "correct that row instead")
    mine = _own_added(session, doc_id, reviewer, key)
    if mine is not None and canon(mine) == canon(row):
        return key  # the same row again (a resubmitted form): nothing new to record
    record_decision(session, document_id=doc_id, target="outcome", key=key, reviewer=reviewer,
                    status="corrected", value=row, machine_value=None, source="review-page",
                    comment="outcome row added by the reviewer")
    return key


def _mean_error_text(machine: dict[str, Any], mean: str, error: str, error_kind: str = "") -> str:
    """A correction typed as a mean and an error (the figure form) as the JSON the page accepts.

    The error goes to whichever of SD / SEM the row reports, or, for a point read without
    an error bar, to ``error_kind`` (what the rest of its figure reports); an empty box keeps
    the machine's value.
    """
    changes: dict[str, float] = {}
    for name, text in (("mean", mean), ("error", error)):
        if not text.strip():
            continue
        try:
            number = float(text.strip().replace(",", "."))
        except ValueError:
            raise CellValueError(f"{name} {text.strip()[:20]!r} is not a number") from None
        if name == "mean":
            changes["mean"] = number
        elif machine.get("sd") is not None:
            changes["sd"] = number
        elif machine.get("sem") is not None:
            changes["sem"] = number
        elif error_kind in ("sd", "sem"):
            changes[error_kind] = number
        else:
            raise CellValueError("this row reports no SD or SEM; correct it as JSON, e.g. {\"sem\": 1.2}")
    return json.dumps(changes)


def _outcome_correction(machine: dict[str, Any], text: str) -> dict[str, Any] | None:
    """An outcome correction typed as JSON of the changed columns, e.g. {"mean": 12.1}."""
    if not text.strip():
        return None
    try:
        changes = json.loads(text)
    except json.JSONDecodeError:
        raise CellValueError("type the corrected columns as JSON, e.g. {\"mean\": 12.1, \"sd\": 1.4}") from None
    # ``stat`` ("mean" | "median") may be corrected too, e.g. {"stat": "median"}.
    if not isinstance(changes, dict) or not set(changes) <= {*OUTCOME_VALUE_COLUMNS, "stat"}:
        raise CellValueError(f"only these columns: {', '.join((*OUTCOME_VALUE_COLUMNS, 'stat'))}")
    for column in ("day", "mean", "sd", "sem", "n", "page"):
        v = changes.get(column)
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v)):
            raise CellValueError(f"{column} must be a number")
        if v is not None and column in ("sd", "sem") and v < 0:
            raise CellValueError(f"{column} cannot be negative")
    corrected = {**machine, **changes}
    # The BBB scale runs from 0 to 21: a mean outside it is a typing slip.
    if corrected.get("outcome") == "BBB" and changes.get("mean") is not None and not 0 <= changes["mean"] <= 21:
        raise CellValueError("a BBB mean is between 0 and 21")
    return validate_outcome(corrected)
