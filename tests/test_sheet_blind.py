"""Independent (blind) extraction sheets, outcome rows a reviewer adds, and readable display cells."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _sheet_data import save, study
from openpyxl import load_workbook
from sqlalchemy import func, select
from typer.testing import CliRunner

from miner.cli import app
from miner.errors import ImportRefusedError
from miner.sheet import build_export
from miner.sheet.conflicts import find_document, resolve
from miner.sheet.importer import import_xlsx
from miner.sheet.xlsx import write_xlsx
from miner.store import Store
from miner.store.schema import DecisionRow


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'm.db'}")
    yield s
    s.dispose()


def sheet_for(store: Store, tmp_path: Path, reviewer: str | None = None, name: str = "sheet.xlsx") -> Path:
    path = tmp_path / name
    write_xlsx(build_export(store, reviewer=reviewer), path, reviewer=reviewer)
    return path


def set_cells(path: Path, sheet: str, row_ref: str, changes: dict[str, Any]) -> Path:
    wb = load_workbook(path)
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    key = "document" if sheet == "studies" else "group"
    row = next(r for r in ws.iter_rows(min_row=2) if r[header.index(key)].value == row_ref)
    for column, value in changes.items():
        row[header.index(column)].value = value
    wb.save(path)
    return path


def add_outcome_row(path: Path, values: dict[str, Any]) -> Path:
    """Type a new row into the first empty row of the outcomes sheet, like a reviewer."""
    wb = load_workbook(path)
    ws = wb["outcomes"]
    header = [c.value for c in ws[1]]
    r = ws.max_row + 1
    for column, value in values.items():
        ws.cell(row=r, column=header.index(column) + 1).value = value
    wb.save(path)
    return path


NEW_ROW = {"document": "chen2021.pdf", "outcome": "BBB", "group": "Exo", "arm": "treatment", "day": 14,
           "mean": 7.5, "sem": 0.6, "n": 6, "source": "table", "page": 1}


def decisions(store: Store) -> list[DecisionRow]:
    with store.session() as s:
        rows = s.scalars(select(DecisionRow).order_by(DecisionRow.id)).all()
        s.expunge_all()
        return list(rows)


# -- blind sheets ---------------------------------------------------------------------------


def test_a_reviewers_corrections_never_appear_in_another_reviewers_blind_sheet(store, tmp_path):
    save(store, study())
    alice = set_cells(sheet_for(store, tmp_path, "alice"), "studies", "chen2021.pdf",
                      {"route": "intrathecal", "strain__status": "verified", "n_per_group": 8})
    add_outcome_row(alice, NEW_ROW)
    import_xlsx(store, alice, "alice")

    bob = build_export(store, reviewer="bob")
    fields = bob["studies"][0]["fields"]
    assert (fields["route"]["value"], fields["route"]["status"]) == ("intravenous", "prefilled")
    assert (fields["n_per_group"]["value"], fields["n_per_group"]["status"]) == (6, "prefilled")
    assert fields["strain"]["status"] == "prefilled"
    assert len(bob["outcomes"]) == 2  # alice's added row is hers
    assert "alice" not in json.dumps(bob) and "intrathecal" not in json.dumps(bob)

    # The same holds for the workbook bob is given: no value, status or name of alice's.
    wb = load_workbook(sheet_for(store, tmp_path, "bob", "bob.xlsx"))
    cells = {str(c.value) for name in ("studies", "outcomes", "evidence") for row in wb[name].iter_rows()
             for c in row if c.value is not None}
    assert not cells & {"intrathecal", "alice", "corrected", "verified", "8"}

    # Alice's own blind sheet shows her decisions, and only her name.
    mine = build_export(store, reviewer="alice")
    assert mine["studies"][0]["fields"]["route"] == {**mine["studies"][0]["fields"]["route"],
                                                     "value": "intrathecal", "status": "corrected",
                                                     "reviewed_by": ["alice"]}
    assert any(o["group"] == "Exo" and o["day"] == 14 for o in mine["outcomes"])


def test_blind_sheets_show_no_conflicts_and_no_resolutions(store, tmp_path):
    doc = save(store, study())
    for reviewer, route in (("alice", "intrathecal"), ("bob", "intralesional")):
        import_xlsx(store, set_cells(sheet_for(store, tmp_path, reviewer, f"{reviewer}.xlsx"), "studies",
                                     "chen2021.pdf", {"route": route}), reviewer)
    team = build_export(store)["studies"][0]["fields"]["route"]
    assert team["conflict"] is True
    bob = build_export(store, reviewer="bob")["studies"][0]["fields"]["route"]
    assert (bob["value"], bob["reviewed_by"]) == ("intralesional", ["bob"]) and "conflict" not in bob
    with store.session() as s:
        resolve(s, document=find_document(s, "chen2021.pdf"), target="field", key="route",
                value="intrathecal", reviewer="lead")
    assert build_export(store)["studies"][0]["fields"]["route"]["resolved_by"] == "lead"
    bob = build_export(store, reviewer="bob")["studies"][0]["fields"]["route"]
    assert bob["value"] == "intralesional" and "resolved_by" not in bob
    assert doc


def test_a_blind_sheet_imports_as_before_but_only_for_its_reviewer(store, tmp_path):
    save(store, study())
    path = set_cells(sheet_for(store, tmp_path, "alice"), "studies", "chen2021.pdf", {"route": "intrathecal"})
    with pytest.raises(ImportRefusedError, match="blind sheet exported for alice; import it with --reviewer alice"):
        import_xlsx(store, path, "bob")
    assert decisions(store) == []
    report = import_xlsx(store, path, "alice")
    assert [(d["key"], d["status"]) for d in report.recorded] == [("route", "corrected")]
    # A fresh blind export of alice's state, imported untouched, records nothing new.
    assert import_xlsx(store, sheet_for(store, tmp_path, "alice", "again.xlsx"), "alice").recorded == []
    readme = load_workbook(path)["README"]
    assert any("Blind sheet" == row[0].value for row in readme.iter_rows())


def test_cli_exports_a_blind_sheet_in_every_format(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    s = Store(db)
    save(s, study())
    import_xlsx(s, set_cells(sheet_for(s, tmp_path, "alice"), "studies", "chen2021.pdf",
                             {"route": "intrathecal"}), "alice")
    s.dispose()
    runner = CliRunner()
    for fmt in ("json", "csv", "xlsx"):
        out = tmp_path / f"bob.{fmt}"
        result = runner.invoke(app, ["sheet", "export", "--out", str(out), "--reviewer", "bob", "--db", db])
        assert result.exit_code == 0, result.output
        assert "blind sheet for bob" in result.stderr
        if fmt != "xlsx":
            assert "intrathecal" not in out.read_text() and "alice" not in out.read_text()
    team = tmp_path / "team.json"
    assert runner.invoke(app, ["sheet", "export", "--out", str(team), "--db", db]).exit_code == 0
    assert "intrathecal" in team.read_text()
    assert runner.invoke(app, ["sheet", "export", "--out", str(team), "--reviewer", " ", "--db", db]).exit_code == 2


# -- outcome rows a reviewer adds -----------------------------------------------------------


def test_an_added_outcome_row_is_recorded_once_and_exported(store, tmp_path):
    save(store, study())
    path = add_outcome_row(sheet_for(store, tmp_path), NEW_ROW)
    report = import_xlsx(store, path, "alice")
    assert [(d["target"], d["key"], d["status"]) for d in report.recorded] == [
        ("outcome", "BBB|exo|14|table", "corrected")]
    [d] = decisions(store)
    assert (d.machine_value, d.value["mean"], d.value["sem"], d.value["arm"]) == (None, 7.5, 0.6, "treatment")
    row = next(o for o in build_export(store)["outcomes"] if o["day"] == 14)
    assert (row["group"], row["mean"], row["sem"], row["n"], row["page"], row["status"]) == (
        "Exo", 7.5, 0.6, 6, 1, "corrected")
    assert row["row_id"].endswith("|BBB|exo|14|table")

    again = import_xlsx(store, path, "alice")  # the same file: nothing added twice
    assert again.recorded == [] and again.already_recorded == 1
    assert len(decisions(store)) == 1

    # In a fresh export the row has its id, and can be corrected or removed like any other.
    fresh = sheet_for(store, tmp_path, name="fresh.xlsx")
    wb = load_workbook(fresh)
    ws = wb["outcomes"]
    header = [c.value for c in ws[1]]
    r = next(r for r in ws.iter_rows(min_row=2) if r[header.index("day")].value == 14)
    r[header.index("mean")].value = 8
    wb.save(fresh)
    assert [d["status"] for d in import_xlsx(store, fresh, "alice").recorded] == ["corrected"]
    assert next(o for o in build_export(store)["outcomes"] if o["day"] == 14)["mean"] == 8
    wb = load_workbook(fresh)
    ws = wb["outcomes"]
    r = next(r for r in ws.iter_rows(min_row=2) if r[header.index("day")].value == 14)
    r[header.index("status")].value = "rejected"
    wb.save(fresh)
    import_xlsx(store, fresh, "alice")
    assert not any(o["day"] == 14 for o in build_export(store)["outcomes"])


def test_an_outcome_typed_without_outcome_name_is_bbb(store, tmp_path):
    save(store, study())
    import_xlsx(store, add_outcome_row(sheet_for(store, tmp_path), {**NEW_ROW, "outcome": None}), "alice")
    assert [d.key for d in decisions(store)] == ["BBB|exo|14|table"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"arm": "drug"}, "arm 'drug' is not one of treatment"),
        ({"day": -7}, "day cannot be negative"),
        ({"mean": 25}, "a BBB mean is between 0 and 21"),
        ({"mean": "high"}, "not a number"),
        ({"group": None}, "a new row needs group"),
        ({"mean": None, "source": None}, "a new row needs mean, source"),
        ({"sd": 1.1}, "give SD or SEM"),
        ({"n": 0}, "n must be a whole number from 1"),
        ({"source": "abstract"}, "source 'abstract' is not one of text"),
        ({"document": "other2020.pdf"}, "document 'other2020.pdf' is not in the studies sheet"),
        ({"document": None}, "no row_id and no document"),
        ({"day": 28}, "adds BBB exo 28 table, which is already outcomes row"),
    ],
)
def test_a_bad_added_row_refuses_the_whole_file(store, tmp_path, changes, message):
    save(store, study())
    path = set_cells(sheet_for(store, tmp_path), "studies", "chen2021.pdf", {"strain": "Wistar"})
    add_outcome_row(path, {**NEW_ROW, **changes})
    with pytest.raises(ImportRefusedError, match=message):
        import_xlsx(store, path, "alice")
    assert decisions(store) == []


def test_two_added_rows_with_the_same_identity_are_refused(store, tmp_path):
    save(store, study())
    path = add_outcome_row(add_outcome_row(sheet_for(store, tmp_path), NEW_ROW), {**NEW_ROW, "mean": 8})
    with pytest.raises(ImportRefusedError, match="already outcomes row"):
        import_xlsx(store, path, "alice")


def test_a_corrected_outcome_value_is_checked_too(store, tmp_path):
    save(store, study())
    path = set_cells(sheet_for(store, tmp_path), "outcomes", "Exo", {"mean": 22})
    with pytest.raises(ImportRefusedError, match="outcomes row 2: a BBB mean is between 0 and 21"):
        import_xlsx(store, path, "alice")


# -- readable display cells -----------------------------------------------------------------


def test_editing_only_the_readable_display_is_refused_not_lost(store, tmp_path):
    save(store, study())
    path = set_cells(sheet_for(store, tmp_path), "studies", "chen2021.pdf", {"size_nm__readable": "98 nm (TEM)"})
    with pytest.raises(ImportRefusedError, match=r"\(size_nm__readable\) was edited.*type the change in the size_nm"):
        import_xlsx(store, path, "alice")
    # Editing the JSON (the display left stale) is the way to correct it.
    set_cells(path, "studies", "chen2021.pdf",
              {"size_nm": '{"value": 98, "low": null, "high": null, "stat": "mean", "method": "TEM"}'})
    report = import_xlsx(store, path, "alice")
    assert [(d["key"], d["status"]) for d in report.recorded] == [("size_nm", "corrected")]


def test_a_sheet_from_before_the_readable_columns_still_imports(store, tmp_path):
    save(store, study())
    path = sheet_for(store, tmp_path)
    wb = load_workbook(path)
    ws = wb["studies"]
    header = [c.value for c in ws[1]]
    for column in sorted((i + 1 for i, h in enumerate(header) if h.endswith("__readable")), reverse=True):
        ws.delete_cols(column)
    wb.save(path)
    set_cells(path, "studies", "chen2021.pdf", {"route": "intrathecal"})
    assert [d["key"] for d in import_xlsx(store, path, "alice").recorded] == ["route"]
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(DecisionRow)) == 1


def test_rows_two_reviewers_added_differently_are_flagged_in_the_team_sheet(store, tmp_path):
    save(store, study())
    import_xlsx(store, add_outcome_row(sheet_for(store, tmp_path, "alice", "a.xlsx"), NEW_ROW), "alice")
    import_xlsx(store, add_outcome_row(sheet_for(store, tmp_path, "bob", "b.xlsx"), {**NEW_ROW, "mean": 9}), "bob")
    row = next(o for o in build_export(store)["outcomes"] if o["day"] == 14)
    assert row["conflict"] is True and row["mean"] is None and row["group"] == "Exo"
    assert next(o for o in build_export(store, reviewer="bob")["outcomes"] if o["day"] == 14)["mean"] == 9
