"""Alembic upgrades an existing database in place, without loss (SQLite and PostgreSQL)."""

from __future__ import annotations

from _pg import store_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from _sheet_data import save, study
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from miner.sheet import build_export
from miner.store import Store
from miner.store.db import _alembic_config
from miner.store.repository import record_decision


def _rows(store: Store, table: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"select * from {table} order by id"))]


def _timeless(value):  # type: ignore[no-untyped-def]
    """An export without decision times (the reference store decides a moment later)."""
    if isinstance(value, dict):
        return {k: _timeless(v) for k, v in value.items() if k != "reviewed_at"}
    if isinstance(value, list):
        return [_timeless(v) for v in value]
    return value


def _save_with_decision(store: Store) -> None:
    doc = save(store, study())
    with store.session() as s:
        record_decision(s, document_id=doc, target="field", key="route", reviewer="alice", status="corrected",
                        value="intrathecal", machine_value="intravenous", source="test")


def test_a_database_made_at_the_first_revision_upgrades_to_head_with_its_data(store_url, tmp_path):  # noqa: F811
    # Today's repository writes every column of head, so the data is written at head and the
    # schema taken back to 0001 (the downgrades drop only what came later: 0004's stat column).
    old = Store(store_url)
    _save_with_decision(old)
    with old.engine.begin() as conn:
        cfg = _alembic_config(old.url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    with old.engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "0001"
    outcome_rows = _rows(old, "outcome_values")
    assert outcome_rows
    old.dispose()

    upgraded = Store(store_url)  # opening a store migrates it to head
    head = ScriptDirectory.from_config(_alembic_config(upgraded.url)).get_current_head()
    with upgraded.engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == head
    # Every stored row is kept as it was; the columns added since (0004's stat) are NULL.
    assert [r[: len(outcome_rows[0])] for r in _rows(upgraded, "outcome_values")] == outcome_rows
    # Today's code cannot read a 0001 schema, so "before" is the same data written at head.
    reference = Store(f"sqlite:///{tmp_path / 'head.db'}")
    _save_with_decision(reference)
    after = build_export(upgraded)
    assert _timeless(after) == _timeless(build_export(reference))
    assert after["studies"][0]["fields"]["route"]["value"] == "intrathecal"
    assert after["outcomes"] and {o["stat"] for o in after["outcomes"]} == {"mean"}
    upgraded.dispose()
    reference.dispose()


def test_upgrading_an_up_to_date_database_changes_nothing(store_url):  # noqa: F811
    store = Store(store_url)
    save(store, study())
    before = build_export(store)
    store.upgrade()
    assert build_export(store) == before
    store.dispose()

