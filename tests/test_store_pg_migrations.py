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


def _at_revision(url: str, revision: str) -> Store:
    store = Store(url, migrate=False)
    with store.engine.begin() as conn:
        cfg = _alembic_config(store.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return store


def test_a_database_made_at_the_first_revision_upgrades_to_head_with_its_data(store_url):  # noqa: F811
    old = _at_revision(store_url, "0001")
    with old.engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == "0001"
    doc = save(old, study())
    with old.session() as s:
        record_decision(s, document_id=doc, target="field", key="route", reviewer="alice", status="corrected",
                        value="intrathecal", machine_value="intravenous", source="test")
    before = build_export(old)
    old.dispose()

    upgraded = Store(store_url)  # opening a store migrates it to head
    head = ScriptDirectory.from_config(_alembic_config(upgraded.url)).get_current_head()
    with upgraded.engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == head
    after = build_export(upgraded)
    assert after == before
    assert after["studies"][0]["fields"]["route"]["value"] == "intrathecal"
    upgraded.dispose()


def test_upgrading_an_up_to_date_database_changes_nothing(store_url):  # noqa: F811
    store = Store(store_url)
    save(store, study())
    before = build_export(store)
    store.upgrade()
    assert build_export(store) == before
    store.dispose()

