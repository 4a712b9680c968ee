"""The command line: every command explains itself; user mistakes are one line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from miner.cli import app

runner = CliRunner()


def all_commands() -> list[list[str]]:
    root = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(cmd: object, prefix: list[str]) -> None:
        paths.append(prefix)
        for name, sub in (getattr(cmd, "commands", None) or {}).items():
            walk(sub, [*prefix, name])

    walk(root, [])
    return paths


@pytest.mark.parametrize("command", all_commands(), ids=lambda c: " ".join(c) or "miner")
def test_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_the_core_commands_exist() -> None:
    names = {" ".join(c) for c in all_commands()}
    assert {"extract", "parse", "eval", "sheet export"} <= names


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


def test_extract_of_a_missing_path_is_one_clear_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope"), "--db", f"sqlite:///{tmp_path}/m.db"])
    assert "no such file or folder" in one_line_error(result)


def test_a_bad_database_url_is_one_clear_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sheet", "export", "--db", "notaurl", "--out", str(tmp_path / "s.json")])
    assert "database" in one_line_error(result).lower()


def test_an_unknown_export_format_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sheet", "export", "--out", str(tmp_path / "s.docx")])
    assert "format" in one_line_error(result)


def test_eval_without_gold_files_is_one_clear_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "--gold", str(tmp_path)])
    assert "no gold files" in one_line_error(result)


def test_export_of_an_empty_store_is_an_empty_sheet(tmp_path: Path) -> None:
    out = tmp_path / "sheet.json"
    result = runner.invoke(app, ["sheet", "export", "--db", f"sqlite:///{tmp_path}/m.db", "--out", str(out)])
    assert result.exit_code == 0, result.output
    import json

    assert json.loads(out.read_text())["studies"] == []
