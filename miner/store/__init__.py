"""The SQL store (SQLite by default, PostgreSQL for teams)."""

from miner.store.db import DEFAULT_DB_URL, Store, resolve_db_url

__all__ = ["Store", "resolve_db_url", "DEFAULT_DB_URL"]
