"""Nothing a reviewer decided is ever lost: a property test over random sequences of
re-extraction, new pipeline versions, review-page decisions and sheet re-imports."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from _sheet_data import save, study
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from miner.sheet import build_export
from miner.sheet._cells import canon
from miner.sheet.importer import import_xlsx
from miner.sheet.xlsx import write_xlsx
from miner.store import Store
from miner.store.repository import current_field_values, record_decision
from miner.store.schema import AuditRow, DecisionRow

ROUTES = ["intravenous", "intrathecal", "intraperitoneal"]
STRAINS = ["Sprague-Dawley", "Wistar"]
REVIEWERS = ["alice", "bob"]

field_value = st.one_of(st.tuples(st.just("route"), st.sampled_from(ROUTES)),
                        st.tuples(st.just("strain"), st.sampled_from(STRAINS)))
reextract = st.tuples(st.just("reextract"), st.sampled_from(ROUTES), st.sampled_from(STRAINS),
                      st.sampled_from(["v1", "v2", "v3"]))
decide = st.tuples(st.just("decide"), st.sampled_from(REVIEWERS), field_value,
                   st.sampled_from(["verified", "corrected", "rejected"]))
reimport = st.tuples(st.just("import"), st.sampled_from(REVIEWERS), field_value, st.booleans())
operations = st.lists(st.one_of(reextract, decide, reimport), min_size=1, max_size=8)


def _sheet_with_edit(store: Store, path: Path, field: str, typed: str, reexport: bool) -> Path:
    if reexport or not path.exists():
        write_xlsx(build_export(store), path)
    wb = load_workbook(path)
    ws = wb["studies"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index(field) + 1).value = typed
    wb.save(path)
    return path


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=operations)
def test_every_decision_survives_and_is_audited(ops: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'm.db'}")
        sheet = Path(tmp) / "sheet.xlsx"
        doc_id = save(store, study())
        extractions = 1
        for op in ops:
            if op[0] == "reextract":
                _, route, strain, version = op
                save(store, study(route=route, strain=strain), version=version)
                extractions += 1
            elif op[0] == "decide":
                _, reviewer, (field, value), status = op
                with store.session() as s:
                    machine = current_field_values(s, doc_id)[field].value
                    record_decision(s, document_id=doc_id, target="field", key=field, reviewer=reviewer,
                                    status=status, value=value if status == "corrected" else None,
                                    machine_value=machine, source="review-page")
            else:
                _, reviewer, (field, typed), reexport = op
                import_xlsx(store, _sheet_with_edit(store, sheet, field, typed, reexport), reviewer)

        with store.session() as s:
            decisions = s.scalars(select(DecisionRow).order_by(DecisionRow.id)).all()
            audits = s.scalars(select(AuditRow).order_by(AuditRow.id)).all()
            machine = {k: v.value for k, v in current_field_values(s, doc_id).items()}
        # Every decision is in the audit log with who and when, in order.
        decision_audits = [a for a in audits if a.action.startswith("decision_")]
        assert [(a.actor, a.action, a.detail["key"]) for a in decision_audits] == [
            (d.reviewer, f"decision_{d.status}", d.key) for d in decisions]
        assert all(a.at is not None for a in audits)
        assert sum(a.action == "extract" for a in audits) == extractions
        # The export shows each cell as its reviewers' newest decisions say.
        fields = build_export(store)["studies"][0]["fields"]
        for field in ("route", "strain"):
            newest = {d.reviewer: d for d in decisions if d.key == field}
            cell = fields[field]
            if not newest:
                assert cell["status"] == "prefilled" and cell["value"] == machine[field]
                continue
            vouched = {"corrected": lambda d: d.value, "verified": lambda d: d.machine_value,
                       "rejected": lambda d: None}
            views = {(d.status, canon(vouched[d.status](d))) for d in newest.values()}
            if len(views) > 1:
                assert cell.get("conflict") is True and cell["status"] == "prefilled"
                continue
            chosen = max(newest.values(), key=lambda d: d.id)
            assert cell["status"] == chosen.status
            assert cell["reviewed_by"] == sorted(newest)
            if chosen.status == "corrected":
                assert cell["value"] == chosen.value
            elif chosen.status == "rejected":
                assert cell["value"] is None
            else:  # verified: what the reviewer saw and confirmed is what the export shows
                assert cell["value"] == chosen.machine_value
        store.dispose()
