"""`miner query`, `miner refresh`, `miner records export`, `miner prisma` against the fake server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fakes.literature_server import FakeLiteratureServer, make_corpus
from typer.testing import CliRunner

from miner.cli import app
from miner.fetch.store_ops import acquire_lock
from miner.store import Store

runner = CliRunner()


@pytest.fixture
def server() -> Iterator[FakeLiteratureServer]:
    with FakeLiteratureServer(make_corpus(60, start=date(2026, 1, 1), days=10)) as srv:
        yield srv


@pytest.fixture
def env(
    server: FakeLiteratureServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    values = {
        "MINER_DB_URL": f"sqlite:///{tmp_path / 'miner.db'}",
        "MINER_EUTILS_URL": server.eutils_url,
        "MINER_EUROPEPMC_URL": server.europepmc_url,
        "MINER_EMAIL": "team@example.org",
        "MINER_FETCH_NCBI_RATE": "100",
        "MINER_FETCH_EUROPEPMC_RATE": "100",
        "MINER_FETCH_BACKOFF_BASE": "0.01",
        "MINER_FETCH_MAX_ATTEMPTS": "3",
    }
    for k, v in values.items():
        monkeypatch.setenv(k, v)
    return values


def test_saved_queries_are_added_and_listed(env: dict[str, str]) -> None:
    result = runner.invoke(
        app, ["query", "add", "sci", "--pubmed", "exosome[tiab]", "--europepmc", "exosome"]
    )
    assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["query", "add", "sci", "--pubmed", "x"])
    assert (
        again.exit_code == 1
        and "already exists" in again.output
        and "Traceback" not in again.output
    )
    empty = runner.invoke(app, ["query", "add", "nothing"])
    assert empty.exit_code == 1 and "--pubmed" in empty.output
    listed = runner.invoke(app, ["query", "list", "--json"])
    assert json.loads(listed.stdout) == [
        {"name": "sci", "pubmed": "exosome[tiab]", "europepmc": "exosome", "covered_until": None}
    ]


def test_refresh_export_and_prisma_from_the_command_line(
    env: dict[str, str], tmp_path: Path
) -> None:
    runner.invoke(app, ["query", "add", "sci", "--pubmed", "exosome", "--europepmc", "exosome"])
    result = runner.invoke(app, ["refresh", "--no-extract", "--json"])
    assert result.exit_code == 0, result.output
    (summary,) = json.loads(result.stdout)
    assert summary["status"] == "done" and summary["new"] == 60
    assert (tmp_path / "fulltext").is_dir()  # next to the database by default
    assert summary["fulltexts_fetched"] == len(list((tmp_path / "fulltext").glob("PMC*.xml")))

    out = tmp_path / "records.json"
    exported = runner.invoke(app, ["records", "export", "--format", "json", "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    records = json.loads(out.read_text())
    assert len(records) == 60
    # Each record carries its title/abstract triage against the default criteria.
    assert {r["triage"]["decision"] for r in records} <= {"likely_include", "likely_exclude", "unclear"}
    assert all(isinstance(r["triage"]["reasons"], list) for r in records)
    ris = tmp_path / "records.ris"
    assert runner.invoke(app, ["records", "export", "-f", "ris", "-o", str(ris)]).exit_code == 0
    assert ris.read_text().count("ER  - ") == 60

    prisma = runner.invoke(app, ["prisma", "sci", "--json"])
    counts = json.loads(prisma.stdout)
    assert counts["screened"] == 60 and counts["identified_pubmed"] == summary["found_pubmed"]
    text = runner.invoke(app, ["prisma"])
    assert "Records identified from PubMed" in text.stdout and "not yet recorded" in text.stdout

    unknown = runner.invoke(app, ["refresh", "nope"])
    assert unknown.exit_code == 1 and "no saved query named 'nope'" in unknown.output


def test_refresh_exit_codes_for_cron(env: dict[str, str], server: FakeLiteratureServer) -> None:
    runner.invoke(app, ["query", "add", "sci", "--pubmed", "exosome", "--europepmc", "exosome"])
    store = Store(env["MINER_DB_URL"])
    holder = acquire_lock(store)
    locked = runner.invoke(app, ["refresh", "--no-extract"])
    assert locked.exit_code == 3 and "another refresh is running" in locked.output
    from miner.fetch.store_ops import release_lock

    release_lock(store, holder)

    server.broken.add("/search")
    outage = runner.invoke(app, ["refresh", "--no-extract"])
    assert outage.exit_code == 4 and "HTTP 500" in outage.output
    server.broken = {"fullTextXML"}
    partial = runner.invoke(app, ["refresh", "--no-extract"])
    assert partial.exit_code == 5 and "failed:" in partial.output
    server.broken = set()
    again = runner.invoke(app, ["refresh", "--no-extract"])
    assert again.exit_code == 0, again.output


@pytest.mark.parametrize(
    "command",
    [["query", "--help"], ["query", "add", "--help"], ["query", "list", "--help"], ["refresh", "--help"],
     ["records", "export", "--help"], ["prisma", "--help"]],
)  # fmt: skip
def test_every_literature_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, command)
    assert result.exit_code == 0 and "Usage" in result.output
