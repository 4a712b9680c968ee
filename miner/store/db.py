"""Opening the store: URL resolution, engine settings, migrations, sessions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from miner.errors import StoreError

__all__ = ["Store", "resolve_db_url", "DEFAULT_DB_URL"]

DEFAULT_DB_URL = "sqlite:///miner.db"
MIGRATIONS = Path(__file__).with_name("migrations")


def resolve_db_url(url: str | None = None) -> str:
    """``--db`` beats ``$MINER_DB_URL`` beats an SQLite file in the working directory."""
    url = url or os.environ.get("MINER_DB_URL") or DEFAULT_DB_URL
    # Accept the common short forms people paste.
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://") :]
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


class Store:
    """The SQL store. Owns its engine and hands out transactional sessions.

    Opening a store brings its schema up to date (``alembic upgrade head``), so a
    database made by an older miner is migrated in place, without loss.
    """

    def __init__(self, url: str | None = None, *, migrate: bool = True, echo: bool = False):
        self.url = resolve_db_url(url)
        try:
            self.engine: Engine = self._make_engine(self.url, echo)
        except (ArgumentError, ValueError) as exc:
            raise StoreError(f"not a database URL: {self.url!r}") from exc
        except ModuleNotFoundError as exc:
            raise StoreError(f"no database driver for {self.url!r}: {exc.name} is not installed") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.upgrade()

    @staticmethod
    def _make_engine(url: str, echo: bool) -> Engine:
        if url.startswith("sqlite"):
            db_path = url.split(":///", 1)[-1]
            if db_path and db_path != ":memory:" and not db_path.startswith("file:"):
                parent = Path(db_path).expanduser().parent
                if not parent.exists():
                    raise StoreError(f"database folder does not exist: {parent}")
            # Worker processes and the review server may hold the file at once:
            # wait for locks instead of failing, and keep foreign keys on.
            engine = create_engine(url, echo=echo, connect_args={"timeout": 60})

            @event.listens_for(engine, "connect")
            def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA busy_timeout=60000")
                cur.close()

            return engine
        # pool_pre_ping: a team server may drop idle connections overnight.
        return create_engine(url, echo=echo, pool_pre_ping=True)

    def upgrade(self) -> None:
        """Bring the schema to the newest migration."""
        try:
            with self.engine.begin() as conn:
                cfg = _alembic_config(self.url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as exc:
            raise StoreError(f"cannot open database {self._safe_url()}: {exc.orig}") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot migrate database {self._safe_url()}: {exc}") from exc

    def tables(self) -> list[str]:
        return sorted(inspect(self.engine).get_table_names())

    def _safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Store({self._safe_url()!r})"
