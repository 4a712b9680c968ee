"""A throw-away PostgreSQL 15 for the test session, and the ``store_url`` fixture.

The server is started at most once per test process (the first test that asks
for it), as the unprivileged ``nobody`` user on a data directory under a temp
dir, listening on 127.0.0.1 on a free port, and stopped at exit. Each test gets
its own fresh database. When the binaries are missing or we are not root (and so
cannot drop privileges for ``initdb``), PostgreSQL cases skip with the reason.

Use from a test module::

    from _pg import store_url  # noqa: F401  (a fixture)
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("MINER_PG_BIN", "/usr/lib/postgresql/15/bin"))
_state: dict[str, object] = {}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _why_unavailable() -> str | None:
    if not (PG_BIN / "initdb").exists() or not (PG_BIN / "postgres").exists():
        return f"PostgreSQL 15 binaries not found in {PG_BIN}"
    if os.geteuid() != 0:
        return "starting PostgreSQL needs root (to run initdb as the unprivileged 'nobody' user)"
    if shutil.which("runuser") is None:
        return "runuser is not available to drop privileges for PostgreSQL"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    return None


def _start() -> str:
    """Start the server once; return the admin URL (or raise RuntimeError)."""
    if "url" in _state:
        return str(_state["url"])
    if "error" in _state:
        raise RuntimeError(str(_state["error"]))
    base = Path(tempfile.mkdtemp(prefix="miner-pg-"))
    shutil.chown(base, "nobody")
    data = base / "data"
    run = ["runuser", "-u", "nobody", "--"]
    try:
        subprocess.run(
            [*run, str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
             "--no-sync", "-E", "UTF8", "--locale", "C"],
            check=True, capture_output=True, timeout=120,
        )
        port = _free_port()
        log = base / "server.log"
        # fsync off: a test database does not need to survive a power cut.
        proc = subprocess.Popen(
            [*run, str(PG_BIN / "postgres"), "-D", str(data), "-h", "127.0.0.1", "-p", str(port),
             "-k", str(base), "-c", "fsync=off", "-c", "full_page_writes=off",
             "-c", "synchronous_commit=off", "-c", "max_connections=50"],
            stdout=log.open("wb"), stderr=subprocess.STDOUT,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        _state["error"] = f"could not start PostgreSQL: {exc}"
        raise RuntimeError(_state["error"]) from exc
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    import psycopg

    deadline = time.monotonic() + 60
    while True:
        try:
            psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres",
                            connect_timeout=2).close()
            break
        except psycopg.OperationalError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                _state["error"] = f"PostgreSQL did not start: {log.read_text(errors='replace')[-500:]}"
                raise RuntimeError(_state["error"]) from None
            time.sleep(0.2)

    def _stop() -> None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(base, ignore_errors=True)

    atexit.register(_stop)
    _state["url"] = url
    _state["port"] = port
    return url


def postgres_admin_url() -> str:
    """Start (once) and return the server's admin URL; skip the test when impossible."""
    reason = _why_unavailable()
    if reason:
        pytest.skip(reason)
    try:
        return _start()
    except RuntimeError as exc:
        pytest.skip(str(exc))


def fresh_postgres_database() -> tuple[str, str]:
    """Create an empty database; return (url, name)."""
    import psycopg

    admin = postgres_admin_url()
    name = "t_" + uuid.uuid4().hex[:12]
    port = _state["port"]
    with psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin.rsplit("/", 1)[0] + "/" + name, name


def drop_postgres_database(name: str) -> None:
    import psycopg

    port = _state["port"]
    with psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty store: an SQLite file, and (second case) a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'miner.db'}"
        return
    url, name = fresh_postgres_database()
    try:
        yield url
    finally:
        drop_postgres_database(name)
