"""The appraise commands: criteria show/check, eval, rob."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import miner.appraise
from miner.cli import app

GOLD = Path(__file__).resolve().parents[1] / "corpus_samples" / "appraisal"
runner = CliRunner()


def test_public_surface_is_pinned():
    assert sorted(miner.appraise.__all__) == [
        "APPRAISAL_VERSION", "Criteria", "Criterion", "appraise", "assess_eligibility", "assess_risk_of_bias",
        "default_criteria", "load_criteria", "parse_criteria", "triage_record",
    ]


def test_criteria_show_prints_the_default_rules():
    result = runner.invoke(app, ["appraise", "criteria", "show", "--json"])
    assert result.exit_code == 0
    rules = [c["rule"] for c in json.loads(result.stdout)["criteria"]]
    assert "injury_model in [contusion]" in rules


def test_criteria_check_fails_with_one_line(tmp_path):
    bad = tmp_path / "review.toml"
    bad.write_text('[[criterion]]\nname = "a"\nrule = "route == iv"\n')
    result = runner.invoke(app, ["appraise", "criteria", "check", str(bad)])
    assert result.exit_code == 1
    assert "line 1 ('a'): 'iv' is not a value of route" in " ".join(result.output.split())


def test_eval_prints_every_item_and_writes_json(tmp_path):
    out = tmp_path / "scores.json"
    result = runner.invoke(app, ["appraise", "eval", "--gold", str(GOLD), "--split", "tune", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "rob_blinding_assessors" in result.stdout
    items = {i["item"]: i for i in json.loads(out.read_text())["items"]}
    assert len(items) == 15 and items["reported_randomisation"]["tp"] > 0


def test_eval_on_a_missing_folder_is_a_one_line_error(tmp_path):
    result = runner.invoke(app, ["appraise", "eval", "--gold", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "gold folder not found" in result.output
