"""`miner eval`'s outcome-row breakdown: what kind of wrong, in counts that name no paper."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from miner.evaluate import predictions_from_export, score

GOLD_ROWS = [
    {"group": "Exo", "arm": "treatment", "day": 7, "mean": 6.1, "source": "table"},
    {"group": "Exo", "arm": "treatment", "day": 28, "mean": 12.4, "source": "table"},
    {"group": "PBS", "arm": "control", "day": 7, "mean": 4.2, "source": "table"},
    {"group": "PBS", "arm": "control", "day": 28, "mean": 8.0, "source": "text"},
]


def export(rows: list[dict], doc: str = "a.pdf") -> dict:
    return {"studies": [{"document": doc, "fields": {}}],
            "outcomes": [{"document": doc, **r} for r in rows]}


def breakdown(predicted: list[dict], gold: list[dict] = GOLD_ROWS) -> dict:
    report = score(predictions_from_export(export(predicted)), predictions_from_export(export(gold)))
    return report.as_dict()["outcome_breakdown"]


def changed(i: int, **what: object) -> list[dict]:
    rows = [dict(r) for r in GOLD_ROWS]
    rows[i].update(what)
    return rows


@pytest.mark.parametrize(
    ("predicted", "missed_kind"),
    [
        (changed(2, arm="treatment"), "arm wrong"),
        (changed(2, day=14), "day wrong"),
        (changed(2, mean=4.7), "mean wrong"),
        (GOLD_ROWS[:2] + GOLD_ROWS[3:], "some days not read"),
    ],
    ids=["arm", "day", "mean", "one-day-of-a-read-group"],
)
def test_a_single_miss_is_named_by_what_went_wrong(predicted: list[dict], missed_kind: str) -> None:
    bd = breakdown(predicted)
    assert {k: n for k, n in bd["missed"].items() if n} == {missed_kind: 1}
    near = missed_kind.endswith("wrong")
    assert {k: n for k, n in bd["spurious"].items() if n} == ({"near miss": 1} if near else {})


def test_a_group_with_none_of_its_rows_read_is_a_group_not_read() -> None:
    bd = breakdown(GOLD_ROWS[:2])
    assert bd["missed"]["group not read"] == 2
    assert bd["by_source"]["table"] == {"tp": 2, "fn": 1, "fp": 0}
    assert bd["by_source"]["text"] == {"tp": 0, "fn": 1, "fp": 0}


def test_a_paper_with_nothing_read_counts_every_row_as_paper_got_no_rows() -> None:
    assert breakdown([])["missed"]["paper got no rows"] == len(GOLD_ROWS)


@pytest.mark.parametrize(
    ("extra", "gold", "kind"),
    [
        ({"group": "Exo", "arm": "treatment", "day": 3, "mean": 2.0}, GOLD_ROWS, "extra row"),
        ({"group": "Sham", "arm": "sham", "day": 7, "mean": 21.0}, GOLD_ROWS, "extra group"),
        ({"group": "Exo", "arm": "treatment", "day": 7, "mean": 6.1}, [], "paper has no rows"),
    ],
    ids=["row-of-a-read-arm", "arm-never-read", "figure-only-paper"],
)
def test_spurious_rows_are_named_by_what_surrounds_them(extra: dict, gold: list[dict], kind: str) -> None:
    bd = breakdown([*gold, extra], gold)
    assert {k: n for k, n in bd["spurious"].items() if n} == {kind: 1}


def test_rows_read_from_figures_stay_out_of_the_breakdown() -> None:
    fig = {"group": "Exo", "arm": "treatment", "day": 14, "mean": 9.0, "source": "figure"}
    bd = breakdown([*GOLD_ROWS, fig], [*GOLD_ROWS, fig])
    assert sum(bd["missed"].values()) == sum(bd["spurious"].values()) == 0
    assert bd["by_source"]["table"]["tp"] + bd["by_source"]["text"]["tp"] == len(GOLD_ROWS)


def test_miner_eval_prints_the_breakdown_and_writes_it_to_json(tmp_path, monkeypatch) -> None:
    from miner.cli import app
    from miner.evaluate import run

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.pdf.json").write_text(json.dumps(export(GOLD_ROWS)))
    predicted = changed(0, day=14)
    monkeypatch.setattr(run, "extract_for_eval", lambda *a, **k: export(predicted))
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold_dir), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "outcome rows by source" in result.output
    assert "missed: day wrong" in result.output
    assert json.loads(out.read_text())["both"]["outcome_breakdown"]["missed"]["day wrong"] == 1


def test_breakdowns_of_several_sets_pool_by_adding_their_counts() -> None:
    one = score(predictions_from_export(export(changed(2, day=14))),
                predictions_from_export(export(GOLD_ROWS))).breakdown
    pooled = type(one)()
    pooled.update(one)
    pooled.update(one)
    assert pooled.as_dict()["missed"]["day wrong"] == 2
    assert pooled.as_dict()["by_source"]["table"] == {"tp": 4, "fn": 2, "fp": 2}
