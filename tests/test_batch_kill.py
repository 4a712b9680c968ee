"""A run killed with SIGKILL and started again leaves exactly the store of an uninterrupted run."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _batch_corpus import make_bad_files, make_corpus, store_content

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc").is_dir() or not hasattr(signal, "SIGKILL"),
                       reason="needs SIGKILL and /proc (Linux)"),
]

N_STUDIES = 30


def _extract(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "miner", "extract", str(folder), "--db", f"sqlite:///{db}",
           "--workers", "2", "--model", "rules"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_sigkill_mid_run_then_restart_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    make_corpus(folder, N_STUDIES)
    make_bad_files(folder / "bad")
    total = N_STUDIES + 4

    reference_db = tmp_path / "reference.db"
    reference = _extract(folder, reference_db)
    _, err = reference.communicate(timeout=240)
    assert reference.returncode == 0, err.decode()[-2000:]
    expected = store_content(f"sqlite:///{reference_db}")
    assert len(expected["documents"]) == total

    db = tmp_path / "killed.db"
    victim = _extract(folder, db)
    deadline = time.monotonic() + 120
    written = 0
    while time.monotonic() < deadline and victim.poll() is None:
        written = _documents(db)
        if written:  # the first group is committed: the run is mid-way
            break
        time.sleep(0.01)
    workers = _children(victim.pid)
    victim.send_signal(signal.SIGKILL)
    victim.communicate(timeout=30)
    assert 0 < written < total, f"the run was not killed mid-way ({written} of {total} written)"
    assert workers, "the run had no worker processes to check"

    # Workers notice their parent is gone and exit instead of lingering.
    gone_by = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < gone_by:
        time.sleep(0.1)
    assert not [p for p in workers if _alive(p)], "orphaned worker processes"

    restart = _extract(folder, db)
    _, err = restart.communicate(timeout=240)
    assert restart.returncode == 0, err.decode()[-2000:]
    assert f"{written} already done" in err.decode()

    assert store_content(f"sqlite:///{db}") == expected
