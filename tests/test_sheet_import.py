"""The xlsx round trip: a reviewer's edits come back as decisions, safely, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _pg import store_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from _sheet_data import SHA_B, save, study
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from typer.testing import CliRunner

from miner.cli import app
from miner.errors import ImportRefusedError
from miner.sheet import build_export
from miner.sheet.importer import import_xlsx
from miner.sheet.xlsx import write_xlsx
from miner.store import Store
from miner.store.repository import record_decision
from miner.store.schema import AuditRow, DecisionRow, DocumentRow


@pytest.fixture
def store(store_url: str) -> Store:  # noqa: F811
    s = Store(store_url)
    yield s
    s.dispose()


def exported(store: Store, tmp_path: Path, name: str = "sheet.xlsx") -> Path:
    path = tmp_path / name
    write_xlsx(build_export(store), path)
    return path


def edit(path: Path, sheet: str, changes: dict[tuple[str, str], Any]) -> Path:
    """Edit cells like a reviewer: {(row_id or document, column): new value}."""
    wb = load_workbook(path)
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    for (row_ref, column), value in changes.items():
        for row in ws.iter_rows(min_row=2):
            ids = {row[header.index("row_id")].value, row[header.index("document")].value}
            if sheet == "outcomes":
                ids = {row[header.index("row_id")].value, row[header.index("group")].value}
            if row_ref in ids:
                row[header.index(column)].value = value
                break
        else:
            raise AssertionError(f"no row {row_ref}")
    wb.save(path)
    return path


def cells(store: Store, document: str = "chen2021.pdf") -> dict[str, Any]:
    study_row = next(s for s in build_export(store)["studies"] if s["document"] == document)
    return study_row["fields"]


def test_changed_verified_and_cleared_cells_become_decisions(store, tmp_path):
    save(store, study())
    path = edit(exported(store, tmp_path), "studies", {
        ("chen2021.pdf", "route"): "intrathecal",          # changed value -> corrected
        ("chen2021.pdf", "strain__status"): "verified",    # status -> verified
        ("chen2021.pdf", "n_per_group"): None,             # cleared -> rejected
        ("chen2021.pdf", "markers__status"): "rejected",   # status -> rejected
    })
    report = import_xlsx(store, path, "alice")
    assert sorted((d["key"], d["status"]) for d in report.recorded) == [
        ("markers", "rejected"), ("n_per_group", "rejected"), ("route", "corrected"), ("strain", "verified")]
    f = cells(store)
    assert f["route"]["value"] == "intrathecal" and f["route"]["status"] == "corrected"
    assert f["route"]["machine_value"] == "intravenous"
    assert f["strain"]["status"] == "verified" and f["strain"]["reviewed_by"] == ["alice"]
    assert f["n_per_group"]["status"] == "rejected" and f["n_per_group"]["value"] is None
    assert f["markers"]["status"] == "rejected"
    assert f["size_nm"]["status"] == "prefilled"  # untouched
    with store.session() as s:
        decisions = s.scalars(select(DecisionRow)).all()
        assert {d.source for d in decisions} == {"xlsx-import"}
        assert {d.reviewer for d in decisions} == {"alice"}
        assert all(d.decided_at is not None for d in decisions)
        audits = s.scalars(select(AuditRow).where(AuditRow.actor == "alice")).all()
        assert len(audits) == 4 and all(a.at is not None for a in audits)


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        ("n_per_group", 8, 8),
        ("n_per_group", "10", 10),
        ("markers", "CD9, CD81; TSG101", ["CD9", "CD81", "TSG101"]),
        ("markers", '["CD63"]', ["CD63"]),
        ("body_weight_g", "200-250", {"low": 200, "high": 250}),
        ("body_weight_g", "220", {"low": 220, "high": 220}),
        ("reported_randomisation", "no", False),
        ("size_nm", '{"value": 98.5, "stat": "mean", "method": "TEM"}', {"value": 98.5, "stat": "mean", "method": "TEM"}),
        ("species", "rat", "rat"),  # a value the machine missed is added
        ("timing_post_injury_h", 0, 0.0),
    ],
)
def test_typed_values_are_read_in_the_contract_shape(tmp_path, field, typed, expected):
    s = Store(f"sqlite:///{tmp_path / 'm.db'}")
    save(s, study())
    path = edit(exported(s, tmp_path), "studies", {("chen2021.pdf", field): typed})
    import_xlsx(s, path, "alice")
    cell = cells(s)[field]
    assert cell["status"] == "corrected" and cell["value"] == expected
    s.dispose()


def test_retyping_the_machine_value_counts_as_verified(store, tmp_path):
    save(store, study())
    path = edit(exported(store, tmp_path), "studies", {("chen2021.pdf", "strain"): " Sprague-Dawley"})
    assert import_xlsx(store, path, "alice").recorded == []  # same text: nothing touched
    path = edit(path, "studies", {("chen2021.pdf", "n_per_group"): 6.0, ("chen2021.pdf", "n_per_group__status"): "verified"})
    assert [d["status"] for d in import_xlsx(store, path, "alice").recorded] == ["verified"]


def test_reimporting_the_same_file_records_nothing_new(store, tmp_path):
    save(store, study())
    path = edit(exported(store, tmp_path), "studies", {("chen2021.pdf", "route"): "intrathecal",
                                                       ("chen2021.pdf", "strain__status"): "verified"})
    assert len(import_xlsx(store, path, "alice").recorded) == 2
    again = import_xlsx(store, path, "alice")
    assert again.recorded == [] and again.already_recorded == 2
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(DecisionRow)) == 2
    # A fresh export of the reviewed store, imported untouched, records nothing either.
    assert import_xlsx(store, exported(store, tmp_path, "fresh.xlsx"), "alice").recorded == []


def test_a_second_reviewer_importing_the_same_edits_is_recorded_separately(store, tmp_path):
    save(store, study())
    path = edit(exported(store, tmp_path), "studies", {("chen2021.pdf", "route"): "intrathecal"})
    import_xlsx(store, path, "alice")
    assert len(import_xlsx(store, path, "bob").recorded) == 1
    assert cells(store)["route"]["reviewed_by"] == ["alice", "bob"]


def test_a_stale_file_is_not_applied_to_a_re_extracted_value(store, tmp_path):
    save(store, study(route="intravenous"))
    old = exported(store, tmp_path)
    # The document is re-extracted with a new pipeline: the machine now says intraperitoneal.
    save(store, study(route="intraperitoneal"), version="v2")
    edit(old, "studies", {("chen2021.pdf", "route__status"): "verified",
                          ("chen2021.pdf", "strain__status"): "verified"})
    report = import_xlsx(store, old, "alice")
    assert [d["key"] for d in report.recorded] == ["strain"]  # unchanged machine value: applied
    assert len(report.stale) == 1 and "route" in report.stale[0]
    assert report.stale[0].endswith("the machine value changed (re-extracted)")  # says why
    f = cells(store)
    assert f["route"]["status"] == "prefilled" and f["route"]["value"] == "intraperitoneal"


def test_outcome_rows_can_be_corrected_verified_and_rejected(store, tmp_path):
    save(store, study())
    path = edit(exported(store, tmp_path), "outcomes", {("Exo", "mean"): 12.4, ("PBS", "status"): "verified"})
    report = import_xlsx(store, path, "alice")
    assert sorted(d["status"] for d in report.recorded) == ["corrected", "verified"]
    rows = {r["group"]: r for r in build_export(store)["outcomes"]}
    assert rows["Exo"]["mean"] == 12.4 and rows["Exo"]["status"] == "corrected"
    assert rows["PBS"]["status"] == "verified"
    path = edit(exported(store, tmp_path, "2.xlsx"), "outcomes", {("PBS", "status"): "rejected"})
    import_xlsx(store, path, "alice")
    assert {r["group"]: r for r in build_export(store)["outcomes"]}["PBS"]["status"] == "rejected"


def _count(store: Store) -> tuple[int, int]:
    with store.session() as s:
        return (s.scalar(select(func.count()).select_from(DecisionRow)) or 0,
                s.scalar(select(func.count()).select_from(AuditRow)) or 0)


def test_foreign_and_malformed_files_are_refused_with_nothing_written(store, tmp_path):
    save(store, study())
    before = _count(store)
    not_xlsx = tmp_path / "notes.xlsx"
    not_xlsx.write_text("just text")
    foreign = tmp_path / "foreign.xlsx"
    wb = Workbook()
    wb.active["A1"] = "hello"
    wb.save(foreign)
    for path, message in [(not_xlsx, "not a readable xlsx"), (foreign, "not an extraction sheet exported by miner")]:
        with pytest.raises(ImportRefusedError, match=message):
            import_xlsx(store, path, "alice")
    assert _count(store) == before


@pytest.mark.parametrize(
    ("sheet", "changes", "message"),
    [
        ("studies", {("chen2021.pdf", "route"): "by mouth"}, "not one of intravenous"),
        ("studies", {("chen2021.pdf", "n_per_group"): "six"}, "not a whole number"),
        ("studies", {("chen2021.pdf", "route__status"): "looks fine"}, "not one of prefilled"),
        ("studies", {("chen2021.pdf", "row_id"): "doc:ffffffffffffffff"}, "was not in this sheet's export"),
        ("outcomes", {("Exo", "mean"): "high"}, "not a number"),
    ],
)
def test_a_bad_cell_refuses_the_whole_file(store, tmp_path, sheet, changes, message):
    save(store, study())
    path = exported(store, tmp_path)
    edit(path, "studies", {("chen2021.pdf", "strain"): "Wistar"})  # a good edit that must not land either
    edit(path, sheet, changes)
    before = _count(store)
    with pytest.raises(ImportRefusedError, match=message):
        import_xlsx(store, path, "alice")
    assert _count(store) == before


def test_a_sheet_from_another_database_is_refused(store, tmp_path):
    save(store, study())
    path = exported(store, tmp_path)
    other = Store(f"sqlite:///{tmp_path / 'other.db'}")
    save(other, study(), sha=SHA_B)
    with pytest.raises(ImportRefusedError, match="matches no document in this database"):
        import_xlsx(other, edit(path, "studies", {("chen2021.pdf", "strain"): "Wistar"}), "alice")
    other.dispose()


def test_cli_import_reports_decisions_and_refusals(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    s = Store(db)
    save(s, study())
    path = edit(exported(s, tmp_path), "studies", {("chen2021.pdf", "route"): "intrathecal"})
    s.dispose()
    runner = CliRunner()
    result = runner.invoke(app, ["sheet", "import", str(path), "--reviewer", "alice", "--db", db])
    assert result.exit_code == 0, result.output
    assert "chen2021.pdf\troute\tcorrected" in result.stdout
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04garbage")
    result = runner.invoke(app, ["sheet", "import", str(bad), "--reviewer", "alice", "--db", db])
    assert result.exit_code == 1
    assert "not a readable xlsx" in result.stderr and "Traceback" not in result.stderr


def _decide_on_the_review_page(store: Store, key: str, reviewer: str, status: str, value: Any = None) -> None:
    with store.session() as s:
        doc_id = s.scalar(select(DocumentRow.id).where(DocumentRow.name == "chen2021.pdf"))
        record_decision(s, document_id=doc_id, target="field", key=key, reviewer=reviewer,
                        status=status, value=value, machine_value=None, source="review")


def test_a_reviewer_can_edit_and_import_the_same_file_again_and_again(store, tmp_path):
    save(store, study())
    path = edit(exported(store, tmp_path), "studies", {("chen2021.pdf", "strain"): "Wistar"})
    assert [d["key"] for d in import_xlsx(store, path, "alice").recorded] == ["strain"]
    edit(path, "studies", {("chen2021.pdf", "strain"): "Lewis"})  # the same cell, edited again
    report = import_xlsx(store, path, "alice")
    assert report.stale == [] and [d["value"] for d in report.recorded] == ["Lewis"]
    assert cells(store)["strain"]["value"] == "Lewis"


def test_an_older_sheet_never_overwrites_what_its_reviewer_decided_since_on_the_review_page(store, tmp_path):
    save(store, study())
    path = exported(store, tmp_path)
    _decide_on_the_review_page(store, "markers", "alice", "verified")  # after the export
    edit(path, "studies", {("chen2021.pdf", "markers__status"): "rejected",
                           ("chen2021.pdf", "strain__status"): "verified"})
    report = import_xlsx(store, path, "alice")
    assert [d["key"] for d in report.recorded] == ["strain"]
    assert len(report.stale) == 1 and "markers" in report.stale[0]
    assert cells(store)["markers"]["status"] == "verified"


def test_a_colleagues_later_decision_is_kept_beside_the_older_sheets_one(store, tmp_path):
    save(store, study())
    path = exported(store, tmp_path)
    _decide_on_the_review_page(store, "markers", "bob", "verified")  # bob, after alice's export
    edit(path, "studies", {("chen2021.pdf", "markers__status"): "rejected"})
    report = import_xlsx(store, path, "alice")
    assert [(d["key"], d["status"]) for d in report.recorded] == [("markers", "rejected")]
    with store.session() as s:
        kept = s.scalars(select(DecisionRow.reviewer).where(DecisionRow.key == "markers")
                         .order_by(DecisionRow.reviewer)).all()
    assert kept == ["alice", "bob"]
