"""The ``stat`` extension of outcome rows: a BBB median is marked, end to end.

Some papers report BBB as median [IQR] or median (range). The row keeps the
value in the contract's ``mean`` column and says ``"stat": "median"``; a mean row
is exactly what it was before the extension (same stored row, same digests, so
reviewers' sheets and decisions keep matching).
"""

from __future__ import annotations

import csv
import json
import warnings
from pathlib import Path

import pytest
from _pg import store_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from _sheet_data import save, study
from alembic import command
from openpyxl import load_workbook
from sqlalchemy import select, text

from miner.contract import OUTCOME_COLUMNS, OUTCOME_STATS, outcome_stat
from miner.errors import ImportRefusedError
from miner.evaluate import score
from miner.meta.effects import study_effects
from miner.records import Evidence, Extraction, OutcomeRow
from miner.review._figures import describe
from miner.review.tokens import add_reviewer
from miner.sheet import build_export
from miner.sheet._cells import (
    CellValueError,
    canon,
    digest,
    outcome_values,
    parse_outcome_cells,
    validate_outcome,
)
from miner.sheet.importer import import_xlsx
from miner.sheet.writers import write_csv
from miner.sheet.xlsx import OUTCOME_HEADER, write_xlsx
from miner.store import Store
from miner.store.db import _alembic_config
from miner.store.repository import record_decision
from miner.store.schema import DecisionRow, OutcomeValueRow

VALUE_COLUMNS = [c for c in OUTCOME_COLUMNS if c != "document"]


def median_study(document: str = "ulloa2024.pdf") -> Extraction:
    """The usual study, plus a group reported as median [IQR] at day 42 (treatment and control)."""
    ex = study(document)
    ex.outcomes.append(OutcomeRow("BBB", "EV", "treatment", 42, 11.0, n=12, source="text", page=2,
                                  confidence=0.8, evidence=(Evidence("EV 11 (IQR 9-12)", page=2),),
                                  stat="median"))
    ex.outcomes.append(OutcomeRow("BBB", "Vehicle", "control", 42, 7.0, n=12, source="text", page=2,
                                  confidence=0.8, evidence=(Evidence("vehicle 7 (IQR 6-8)", page=2),),
                                  stat="median"))
    return ex


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'm.db'}")
    yield s
    s.dispose()


def _old_machine_digest(out: dict) -> str:
    """How the xlsx digested an outcome's machine value before the extension."""
    return digest(canon({c: out.get(c) for c in OUTCOME_COLUMNS if c != "document"}))


def _hidden(path: Path) -> dict[str, tuple[str, str]]:
    """row_id -> (shown digest, machine digest) from the workbook's hidden sheet."""
    wb = load_workbook(path)
    out = {}
    for row in wb["_miner"].iter_rows(min_row=3, values_only=True):
        if row and row[0] == "outcomes":
            out[row[1]] = (row[3], row[5])
    return out


# -- contract and record -------------------------------------------------------------


def test_stat_is_a_vocabulary_of_its_own_and_the_columns_are_unchanged() -> None:
    assert OUTCOME_STATS == ("mean", "median")
    assert "stat" not in OUTCOME_COLUMNS
    row = OutcomeRow("BBB", "Exo", "treatment", 28.0, 11.2, sd=1.3)
    assert row.stat == "mean"
    d = row.to_dict("a.pdf")
    assert list(d)[: len(OUTCOME_COLUMNS)] == list(OUTCOME_COLUMNS)
    assert list(d)[len(OUTCOME_COLUMNS):] == ["stat"] and d["stat"] == "mean"
    assert OutcomeRow("BBB", "Exo", "treatment", 28.0, 11.0, stat="median").to_dict("a.pdf")["stat"] == "median"


# -- digests: decisions are sacred ------------------------------------------------------


@pytest.mark.parametrize("stat_cell", [None, "", "mean", "Mean "])
def test_a_mean_rows_values_and_digest_are_those_from_before_the_extension(stat_cell) -> None:
    out = {"document": "a.pdf", "outcome": "BBB", "group": "Exo", "arm": "treatment", "day": 28.0,
           "mean": 11.2, "sd": 1.3, "sem": None, "n": 6, "source": "table", "page": 1}
    if stat_cell is not None:
        out["stat"] = stat_cell
    assert digest(canon(outcome_values(out))) == _old_machine_digest(out)


def test_a_median_rows_digest_differs_from_the_same_numbers_as_a_mean() -> None:
    out = {"document": "a.pdf", "outcome": "BBB", "group": "EV", "arm": "treatment", "day": 42.0,
           "mean": 11.0, "sd": None, "sem": None, "n": 12, "source": "text", "page": 2, "stat": "median"}
    assert outcome_values(out)["stat"] == "median"
    assert digest(canon(outcome_values(out))) != _old_machine_digest(out)


def test_the_xlsx_keeps_pre_extension_digests_for_mean_rows_only(store, tmp_path) -> None:
    save(store, median_study())
    export = build_export(store)
    path = tmp_path / "s.xlsx"
    write_xlsx(export, path)
    hidden = _hidden(path)
    for out in export["outcomes"]:
        shown_digest, machine = hidden[out["row_id"]]
        old_shown = digest("\x1f".join(
            "" if out.get(c) is None else (f"{out[c]:g}" if isinstance(out[c], float) else str(out[c]))
            for c in VALUE_COLUMNS))
        if out["stat"] == "mean":
            assert (machine, shown_digest) == (_old_machine_digest(out), old_shown)
        else:
            assert machine != _old_machine_digest(out) and shown_digest != old_shown


# -- store ----------------------------------------------------------------------------


def test_the_store_writes_and_reads_stat_and_a_mean_row_is_stored_as_before(store_url) -> None:  # noqa: F811
    s = Store(store_url)
    try:
        save(s, median_study())
        with s.session() as session:
            stored = {r.group: r.stat for r in session.scalars(select(OutcomeValueRow))}
        # NULL for a mean (as every row before migration 0004), "median" for a median.
        assert stored == {"Exo": None, "PBS": None, "EV": "median", "Vehicle": "median"}
        export = build_export(s)
        assert {o["group"]: o["stat"] for o in export["outcomes"]} == {
            "Exo": "mean", "PBS": "mean", "EV": "median", "Vehicle": "median"}
    finally:
        s.dispose()


def test_a_0003_database_upgrades_in_place_and_its_rows_read_as_means(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Store(url)
    save(old, study())
    with old.engine.begin() as conn:  # the same rows in a 0003 database (no stat column)
        cfg = _alembic_config(old.url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        assert "stat" not in {c[1] for c in conn.execute(text("pragma table_info(outcome_values)"))}
    old.dispose()
    store = Store(url)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("select version_num from alembic_version")).scalar() == "0004"
            assert conn.execute(text("select count(*) from outcome_values where stat is null")).scalar() == 2
        assert {o["stat"] for o in build_export(store)["outcomes"]} == {"mean"}
    finally:
        store.dispose()


# -- exports: json, csv, xlsx agree ------------------------------------------------------


def test_json_csv_and_xlsx_show_the_same_stat_per_row(store, tmp_path) -> None:
    save(store, median_study())
    export = build_export(store)
    by_id = {o["row_id"]: o["stat"] for o in export["outcomes"]}
    assert sorted(by_id.values()) == ["mean", "mean", "median", "median"]
    json.loads(json.dumps(export))  # the JSON export carries it as a plain key

    _, outcomes_csv = write_csv(export, tmp_path / "sheet.csv")
    with outcomes_csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    assert header[: len(OUTCOME_COLUMNS)] == list(OUTCOME_COLUMNS) and header[-1] == "stat"
    assert {r["row_id"]: r["stat"] for r in rows} == by_id

    path = tmp_path / "s.xlsx"
    write_xlsx(export, path)
    ws = load_workbook(path)["outcomes"]
    header = [c.value for c in ws[1]]
    assert header == OUTCOME_HEADER and header[: len(OUTCOME_COLUMNS)] == list(OUTCOME_COLUMNS)
    col = {name: i for i, name in enumerate(header)}
    shown = {r[col["row_id"]]: r[col["stat"]] for r in ws.iter_rows(min_row=2, values_only=True) if r[col["row_id"]]}
    assert shown == by_id


# -- import: the new column never overwrites a decision ------------------------------------


def _decisions(store: Store) -> list[tuple[str, str, str]]:
    with store.session() as s:
        return [(d.key, d.status, json.dumps(d.value, sort_keys=True))
                for d in s.scalars(select(DecisionRow).order_by(DecisionRow.id))]


def _drop_stat_column(path: Path) -> Path:
    """The same sheet as a miner from before the extension exported it (no stat column)."""
    wb = load_workbook(path)
    ws = wb["outcomes"]
    ws.delete_cols(OUTCOME_HEADER.index("stat") + 1)
    wb.save(path)
    return path


@pytest.mark.parametrize("old_sheet", [False, True], ids=["sheet-with-stat", "sheet-before-stat"])
def test_importing_an_untouched_sheet_records_nothing_and_keeps_decisions(store, tmp_path, old_sheet) -> None:
    # A sheet from before the extension had no stat column and only means.
    doc = save(store, study() if old_sheet else median_study())
    exo = next(o for o in build_export(store)["outcomes"] if o["group"] == "Exo")
    key = exo["row_id"].split("|", 1)[1]
    with store.session() as s:
        record_decision(s, document_id=doc, target="outcome", key=key, reviewer="alice", status="corrected",
                        value={**{c: exo[c] for c in VALUE_COLUMNS}, "mean": 12.0}, machine_value=None,
                        source="test")
    before = _decisions(store)
    path = tmp_path / "s.xlsx"
    write_xlsx(build_export(store), path)
    if old_sheet:
        _drop_stat_column(path)
    report = import_xlsx(store, path, "alice")
    assert report.recorded == [] and report.stale == []
    assert _decisions(store) == before
    assert next(o for o in build_export(store)["outcomes"] if o["group"] == "Exo")["mean"] == 12.0


def test_an_old_sheets_edit_of_a_row_now_read_as_a_median_is_stale_not_applied(store, tmp_path) -> None:
    save(store, study())
    path = tmp_path / "s.xlsx"
    write_xlsx(build_export(store), path)
    _drop_stat_column(path)  # as a miner from before the extension exported it
    wb = load_workbook(path)
    ws = wb["outcomes"]
    col = {c.value: c.column for c in ws[1]}
    exo = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col["group"]).value == "Exo")
    ws.cell(exo, col["mean"]).value = 12.5
    wb.save(path)
    # Re-extraction now reads Exo as a median: the reviewer judged a mean that is no longer there.
    ex = study()
    ex.outcomes[0] = OutcomeRow("BBB", "Exo", "treatment", 28, 11.2, sd=1.3, n=6, source="table", page=1,
                                confidence=0.9, evidence=ex.outcomes[0].evidence, stat="median")
    save(store, ex, version="v2")
    report = import_xlsx(store, path, "alice")
    assert report.recorded == [] and len(report.stale) == 1 and _decisions(store) == []


def _set_stat(path: Path, group: str, value: str) -> None:
    wb = load_workbook(path)
    ws = wb["outcomes"]
    col = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col["group"]).value == group:
            ws.cell(r, col["stat"]).value = value
    wb.save(path)


def test_a_reviewer_can_mark_a_row_median_or_back_to_mean(store, tmp_path) -> None:
    save(store, median_study())
    path = tmp_path / "s.xlsx"
    write_xlsx(build_export(store), path)
    _set_stat(path, "Exo", "median")  # a mean the machine took for a mean is a median
    _set_stat(path, "EV", "mean")  # a median the machine marked is a mean after all
    report = import_xlsx(store, path, "alice")
    assert sorted((p["key"].split("|")[1], p["status"]) for p in report.recorded) == [
        ("ev", "corrected"), ("exo", "corrected")]
    stats = {o["group"]: (o["status"], o["stat"]) for o in build_export(store)["outcomes"]}
    assert stats["Exo"] == ("corrected", "median") and stats["EV"] == ("corrected", "mean")
    assert stats["PBS"] == ("prefilled", "mean") and stats["Vehicle"] == ("prefilled", "median")
    assert import_xlsx(store, path, "alice").recorded == []  # idempotent


def test_a_stat_that_is_neither_mean_nor_median_is_refused(store, tmp_path) -> None:
    save(store, median_study())
    path = tmp_path / "s.xlsx"
    write_xlsx(build_export(store), path)
    _set_stat(path, "Exo", "mode")
    with pytest.raises(ImportRefusedError, match="stat 'mode'"):
        import_xlsx(store, path, "alice")


@pytest.mark.parametrize("cell, expected", [("median", "median"), ("Median", "median"), ("", None),
                                            ("mean", None)])
def test_outcome_cells_read_stat_and_only_a_median_is_marked(cell, expected) -> None:
    cells = {"outcome": "BBB", "group": "EV", "arm": "treatment", "day": "42", "mean": "11", "source": "text",
             "stat": cell}
    row = validate_outcome(parse_outcome_cells(cells))
    assert row.get("stat") == expected
    with pytest.raises(CellValueError):
        validate_outcome({**row, "stat": "average"})


# -- review page ---------------------------------------------------------------------------


def test_describe_says_median_beside_the_value() -> None:
    assert describe({"mean": 11.0, "stat": "median"}) == "11 (median)"
    assert describe({"mean": 11.5, "sem": 0.5, "stat": "median"}) == "11.5 ± 0.5 SEM (median)"
    assert describe({"mean": 11.2, "sd": 1.3}) == "11.2 ± 1.3 SD"
    assert describe({"mean": 11.2, "sd": 1.3, "stat": "mean"}) == "11.2 ± 1.3 SD"


def test_the_review_page_shows_median_beside_a_median_value_escaped(store) -> None:
    from miner.review.app import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2.*")
        from fastapi.testclient import TestClient
    ex = median_study()
    ex.outcomes.append(OutcomeRow("BBB", "<b>Exo</b>", "treatment", 42, 12.0, n=12, source="text", page=2,
                                  confidence=0.8, evidence=(Evidence("x", page=2),), stat="median"))
    doc = save(store, ex)
    with store.session() as s:
        token = add_reviewer(s, "alice")
    client = TestClient(create_app(store))
    assert client.post("/login", data={"token": token}, follow_redirects=False).status_code == 303
    html = client.get(f"/study/{doc}").text
    assert "11 (median), n = 12 (treatment)" in html
    assert "7 (median), n = 12 (control)" in html
    assert "11.2 ± 1.3 SD, n = 6 (treatment)" in html  # a mean row is shown as before
    assert "<b>Exo</b>" not in html and "&lt;b&gt;Exo&lt;/b&gt;" in html


# -- meta-analysis --------------------------------------------------------------------------


def _sheet(stat_exo: str | None, stat_ctrl: str | None) -> dict:
    def row(group, arm, mean, stat):
        r = {"document": "a.pdf", "outcome": "BBB", "group": group, "arm": arm, "day": 28.0, "mean": mean,
             "sd": 1.5, "sem": None, "n": 8, "source": "table", "page": 3, "status": "prefilled"}
        if stat is not None:
            r["stat"] = stat
        return r

    return {"studies": [{"document": "a.pdf", "fields": {}}],
            "outcomes": [row("Exo", "treatment", 12.0, stat_exo), row("PBS", "control", 7.0, stat_ctrl)]}


@pytest.mark.parametrize("measure", ["MD", "SMD"])
@pytest.mark.parametrize("stats", [("median", "median"), ("median", "mean"), ("mean", "median")])
def test_medians_are_not_pooled_as_means(measure, stats) -> None:
    effects, excluded = study_effects(_sheet(*stats), measure=measure)
    assert effects == []
    assert len(excluded) == 1 and "median" in excluded[0].reason and "not pooled as means" in excluded[0].reason


@pytest.mark.parametrize("stats", [(None, None), ("mean", "mean"), ("mean", None)])
def test_mean_rows_are_pooled_as_before(stats) -> None:
    effects, excluded = study_effects(_sheet(*stats), measure="MD")
    assert excluded == [] and effects[0].effect == pytest.approx(5.0)


# -- evaluation ------------------------------------------------------------------------------


def _rows(stats: list[str | None], *, gold: bool) -> list[dict]:
    out = []
    for i, stat in enumerate(stats):
        r = {"document": "a.pdf", "outcome": "BBB", "group": f"G{i}", "arm": "treatment", "day": 7.0 * (i + 1),
             "mean": 3.0 + i, "sd": None, "sem": None, "n": 10, "source": "text", "page": 1}
        if stat is not None:
            r["stat"] = stat
        out.append(r)
    return out


def test_eval_matches_rows_as_before_and_reports_stat_agreement() -> None:
    gold = {"a.pdf": {"fields": {}, "outcomes": _rows(["median", "median", "median", None], gold=True)}}
    pred = {"a.pdf": {"fields": {}, "confidence": {},
                      "outcomes": _rows(["median", "mean", None, "median"], gold=False)}}
    report = score(pred, gold)
    # Matching ignores stat: every row matches on arm, day and mean.
    assert (report.outcomes.tp, report.outcomes.fp, report.outcomes.fn) == (4, 0, 0)
    assert report.as_dict()["outcome_stat"] == {"matched_with_gold_stat": 3, "same_stat": 1,
                                                "agreement": pytest.approx(1 / 3),
                                                "median_without_gold_stat": 1}
    plain = {"a.pdf": {"fields": {}, "confidence": {}, "outcomes": _rows([None] * 4, gold=False)}}
    assert score(plain, gold).outcomes.f1 == report.outcomes.f1


# -- review mends: newer decisions, one normaliser, one bulk insert ----------------------


def _edit_cell(path: Path, group: str, column: str, value) -> None:
    wb = load_workbook(path)
    ws = wb["outcomes"]
    col = {c.value: c.column for c in ws[1]}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col["group"]).value == group:
            ws.cell(r, col[column]).value = value
    wb.save(path)


@pytest.mark.parametrize("blind", [False, True], ids=["team-sheet", "blind-sheet"])
def test_an_older_sheet_never_overwrites_a_median_marked_since_on_the_review_page(store, tmp_path, blind) -> None:
    doc = save(store, study())
    path = tmp_path / "s.xlsx"
    reviewer = "alice" if blind else None
    write_xlsx(build_export(store, reviewer=reviewer), path, reviewer=reviewer)
    _edit_cell(path, "Exo", "sd", 1.4)  # the reviewer fixes the SD in the sheet ...
    exo = next(o for o in build_export(store)["outcomes"] if o["group"] == "Exo")
    with store.session() as s:  # ... and, later, marks the row a median on the review page
        record_decision(s, document_id=doc, target="outcome", key=exo["row_id"].split("|", 1)[1],
                        reviewer="alice", status="corrected",
                        value={**{c: exo[c] for c in VALUE_COLUMNS}, "stat": "median"}, machine_value=None,
                        source="review")
    before = _decisions(store)
    report = import_xlsx(store, path, "alice")
    assert report.recorded == [] and len(report.stale) == 1 and "decided since" in report.stale[0]
    assert _decisions(store) == before
    now = next(o for o in build_export(store)["outcomes"] if o["group"] == "Exo")
    assert (now["status"], now["stat"], now["sd"]) == ("corrected", "median", 1.3)


def test_an_older_sheet_still_applies_cells_nobody_decided_since(store, tmp_path) -> None:
    doc = save(store, study())
    path = tmp_path / "s.xlsx"
    write_xlsx(build_export(store), path)
    _edit_cell(path, "Exo", "sd", 1.4)
    _edit_cell(path, "PBS", "sd", 1.0)
    exo = next(o for o in build_export(store)["outcomes"] if o["group"] == "Exo")
    with store.session() as s:
        record_decision(s, document_id=doc, target="outcome", key=exo["row_id"].split("|", 1)[1],
                        reviewer="alice", status="verified", value=None,
                        machine_value={c: exo[c] for c in VALUE_COLUMNS}, source="review")
    report = import_xlsx(store, path, "alice")
    assert [p["key"].split("|")[1] for p in report.recorded] == ["pbs"]
    assert len(report.stale) == 1
    assert import_xlsx(store, path, "alice").recorded == []  # the applied cell is not recorded twice


def test_a_blind_sheet_is_not_stale_because_another_reviewer_decided(store, tmp_path) -> None:
    doc = save(store, study())
    path = tmp_path / "s.xlsx"
    write_xlsx(build_export(store, reviewer="alice"), path, reviewer="alice")
    _edit_cell(path, "Exo", "sd", 1.4)
    exo = next(o for o in build_export(store)["outcomes"] if o["group"] == "Exo")
    with store.session() as s:  # bob's decision is not in alice's blind view
        record_decision(s, document_id=doc, target="outcome", key=exo["row_id"].split("|", 1)[1],
                        reviewer="bob", status="corrected",
                        value={**{c: exo[c] for c in VALUE_COLUMNS}, "stat": "median"}, machine_value=None,
                        source="review")
    report = import_xlsx(store, path, "alice")
    assert report.stale == [] and [p["value"]["sd"] for p in report.recorded] == [1.4]


@pytest.mark.parametrize("raw, expected", [("median", "median"), ("Median", "median"), (" MEDIAN ", "median"),
                                           ("mean", "mean"), ("Mean", "mean"), ("", "mean"), (None, "mean")])
def test_one_normaliser_reads_stat_in_any_case(raw, expected) -> None:
    assert outcome_stat(raw) == expected
    assert outcome_stat(raw, strict=True) == expected
    row = validate_outcome({"outcome": "BBB", "group": "EV", "arm": "treatment", "day": 42, "mean": 11,
                            "source": "text", "stat": raw})
    assert row.get("stat") == ("median" if expected == "median" else None)


@pytest.mark.parametrize("raw", ["average", "mode", "medain", 3])
def test_an_unknown_stat_is_a_mean_when_read_and_refused_when_typed(raw) -> None:
    assert outcome_stat(raw) == "mean"
    with pytest.raises(ValueError):
        outcome_stat(raw, strict=True)
    with pytest.raises(CellValueError):
        validate_outcome({"outcome": "BBB", "group": "EV", "arm": "treatment", "day": 42, "mean": 11,
                          "source": "text", "stat": raw})


def test_mean_and_median_rows_are_stored_in_one_bulk_insert(store) -> None:
    from sqlalchemy import event

    statements: list[str] = []
    with store.session() as s:
        engine = s.get_bind()
    listener = lambda conn, cursor, statement, *a: statements.append(statement)
    event.listen(engine, "before_cursor_execute", listener)
    try:
        save(store, median_study())  # two means and two medians
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert sum(st.lstrip().upper().startswith("INSERT INTO OUTCOME_VALUES") for st in statements) == 1
    with store.session() as s:
        stats = sorted((r.group, r.stat) for r in s.scalars(select(OutcomeValueRow)))
    assert ("EV", "median") in stats and ("Exo", None) in stats
