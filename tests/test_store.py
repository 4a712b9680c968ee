"""The store: migrations, one transaction per document, and reviewer decisions kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from miner.errors import StoreError
from miner.records import Evidence, Extraction, FieldValue, OutcomeRow
from miner.sheet import build_export
from miner.store import Store, resolve_db_url
from miner.store.repository import (
    DocumentFacts,
    record_decision,
    save_extraction,
    save_failure,
    start_run,
)
from miner.store.schema import AuditRow, DecisionRow, DocumentRow


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'miner.db'}")


def an_extraction(route: str = "intravenous", mean: float = 11.2) -> Extraction:
    ev = Evidence(quote="injected via the tail vein", page=4, start=10, end=36, section="methods")
    ex = Extraction(document="chen2021.pdf")
    ex.add(FieldValue("route", route, 0.93, (ev,), "route.rules"))
    ex.add(FieldValue("dose", {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"}, 0.9, (ev,)))
    ex.outcomes.append(OutcomeRow("BBB", "Exo", "treatment", 28, mean, sd=1.3, n=6, source="table", page=7,
                                  confidence=0.9, evidence=(ev,)))
    return ex


def save(store: Store, ex: Extraction, *, version: str = "v1", sha: str = "a" * 64) -> int:
    with store.session() as s:
        run_id = start_run(s, code_version="0", pipeline_version=version).id
        doc = save_extraction(s, DocumentFacts(name=ex.document, sha256=sha, pages=9), ex,
                              run_id=run_id, pipeline_version=version)
        return doc.id


def test_opening_a_store_creates_every_table(store: Store) -> None:
    assert {"documents", "field_values", "outcome_values", "decisions", "audit_log", "articles",
            "extraction_runs", "reviewers"} <= set(store.tables())


def test_db_url_falls_back_to_environment_then_sqlite_file(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_db_url("sqlite:///x.db") == "sqlite:///x.db"
    monkeypatch.setenv("MINER_DB_URL", "sqlite:///env.db")
    assert resolve_db_url(None) == "sqlite:///env.db"
    monkeypatch.delenv("MINER_DB_URL")
    assert resolve_db_url(None) == "sqlite:///miner.db"
    assert resolve_db_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize("url", ["nonsense", "sqlite:////no/such/folder/miner.db"])
def test_a_bad_database_url_is_a_clear_error(url: str) -> None:
    with pytest.raises(StoreError):
        Store(url)


def test_export_carries_value_status_confidence_and_evidence(store: Store) -> None:
    save(store, an_extraction())
    export = build_export(store)
    (study,) = export["studies"]
    route = study["fields"]["route"]
    assert route["value"] == "intravenous"
    assert route["status"] == "prefilled"
    assert route["confidence"] == pytest.approx(0.93)
    assert route["evidence"][0] == {"page": 4, "quote": "injected via the tail vein", "start": 10,
                                    "end": 36, "section": "methods"}
    (row,) = export["outcomes"]
    assert (row["group"], row["arm"], row["day"], row["mean"], row["sd"]) == ("Exo", "treatment", 28, 11.2, 1.3)


def test_reextraction_with_a_new_pipeline_never_overwrites_a_reviewer_decision(store: Store) -> None:
    doc_id = save(store, an_extraction())
    with store.session() as s:
        record_decision(s, document_id=doc_id, target="field", key="route", reviewer="ana",
                        status="corrected", value="intrathecal", machine_value="intravenous")
    save(store, an_extraction(route="intraperitoneal", mean=9.0), version="v2")
    route = build_export(store)["studies"][0]["fields"]["route"]
    assert route["value"] == "intrathecal"
    assert route["status"] == "corrected"
    assert route["reviewed_by"] == ["ana"]
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(DecisionRow)) == 1


def test_machine_values_of_older_runs_are_kept_as_history(store: Store) -> None:
    save(store, an_extraction())
    save(store, an_extraction(route="intrathecal"), version="v2")
    export = build_export(store)
    assert export["studies"][0]["fields"]["route"]["value"] == "intrathecal"
    from miner.store.schema import FieldValueRow

    with store.session() as s:
        routes = s.scalars(select(FieldValueRow.value).where(FieldValueRow.field == "route")).all()
    assert sorted(routes) == ["intrathecal", "intravenous"]


def test_disagreeing_reviewers_leave_the_cell_prefilled_and_flagged(store: Store) -> None:
    doc_id = save(store, an_extraction())
    with store.session() as s:
        record_decision(s, document_id=doc_id, target="field", key="route", reviewer="ana", status="verified")
        record_decision(s, document_id=doc_id, target="field", key="route", reviewer="ben",
                        status="corrected", value="intrathecal")
    cell = build_export(store)["studies"][0]["fields"]["route"]
    assert cell["status"] == "prefilled" and cell["conflict"] is True
    with store.session() as s:
        record_decision(s, document_id=doc_id, target="field", key="route", reviewer="ana",
                        status="verified", is_final=True)
    cell = build_export(store)["studies"][0]["fields"]["route"]
    assert (cell["status"], cell["value"], cell["resolved_by"]) == ("verified", "intravenous", "ana")


def test_rejected_value_is_emptied_but_the_machine_value_is_kept(store: Store) -> None:
    doc_id = save(store, an_extraction())
    with store.session() as s:
        record_decision(s, document_id=doc_id, target="field", key="dose", reviewer="ana", status="rejected")
    cell = build_export(store)["studies"][0]["fields"]["dose"]
    assert cell["value"] is None and cell["status"] == "rejected"
    assert cell["machine_value"]["amount"] == 200


def test_a_failed_document_is_stored_with_its_reason(store: Store) -> None:
    with store.session() as s:
        run_id = start_run(s, code_version="0", pipeline_version="v1").id
        save_failure(s, DocumentFacts(name="bad.pdf", sha256="b" * 64), error="bad.pdf: encrypted PDF",
                     reason="encrypted", run_id=run_id, pipeline_version="v1")
    export = build_export(store)
    assert export["failed_documents"] == [
        {"document": "bad.pdf", "status": "failed", "reason": "encrypted", "error": "bad.pdf: encrypted PDF"}
    ]
    assert export["studies"] == []


def test_a_crash_inside_a_document_write_leaves_nothing_of_it(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as s:
        run_id = start_run(s, code_version="0", pipeline_version="v1").id
        save_extraction(s, DocumentFacts(name="x.pdf", sha256="c" * 64), an_extraction(),
                        run_id=run_id, pipeline_version="v1")
        raise RuntimeError("killed mid-write")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRow)) == 0


def test_every_write_is_audited_with_who(store: Store) -> None:
    doc_id = save(store, an_extraction())
    with store.session() as s:
        record_decision(s, document_id=doc_id, target="field", key="route", reviewer="ana", status="verified")
        actions = s.execute(select(AuditRow.actor, AuditRow.action)).all()
    assert ("miner", "extract") in actions and ("ana", "decision_verified") in actions
