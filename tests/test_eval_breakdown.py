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


def two_formats(pdf_rows: list[dict], xml_rows: list[dict]) -> dict:
    """The breakdown of one paper read from its PDF and from its JATS XML."""
    predicted = {"studies": [{"document": d, "fields": {}} for d in ("p.pdf", "p.xml")],
                 "outcomes": [{"document": "p.pdf", **r} for r in pdf_rows]
                 + [{"document": "p.xml", **r} for r in xml_rows]}
    gold = {"studies": predicted["studies"],
            "outcomes": [{"document": d, **r} for d in ("p.pdf", "p.xml") for r in GOLD_ROWS]}
    return score(predictions_from_export(predicted), predictions_from_export(gold)).as_dict()[
        "outcome_breakdown"]["unread_papers"]


@pytest.mark.parametrize(
    ("pdf_rows", "xml_rows", "expected"),
    [
        (GOLD_ROWS, GOLD_ROWS, {}),
        ([], GOLD_ROWS, {"papers": 1, "pdf": 1, "other format read": 1}),
        ([], [], {"papers": 2, "pdf": 1, "xml": 1, "other format also unread": 2}),
    ],
    ids=["both-read", "layout-problem-pdf-only", "reading-problem-both-formats"],
)
def test_unread_papers_are_counted_by_format_and_by_whether_the_twin_was_read(
        pdf_rows: list[dict], xml_rows: list[dict], expected: dict) -> None:
    unread = two_formats(pdf_rows, xml_rows)
    formats = {"papers", "pdf", "xml", "no other format", "other format read", "other format also unread"}
    assert {k: n for k, n in unread.items() if k in formats} == expected
    if expected:
        assert unread["gold rows in table"] == unread["gold rows in text"] == expected["papers"]


@pytest.mark.parametrize(
    ("notes", "kind"),
    [
        (["BBB scores reported in a figure on page 6 (Figure 3)"], "noted: scores only in a figure"),
        (["BBB scores are named on page 4 but no scores were read from the tables or text: "
          "read them by hand"], "noted: BBB named, no score read"),
        ([], "BBB not named in methods, results or tables"),
    ],
    ids=["figure-note", "named-note", "no-note"],
)
def test_an_unread_paper_is_counted_by_what_its_notes_say(notes: list[str], kind: str) -> None:
    predicted = {"studies": [{"document": "a.pdf", "fields": {}, "notes": notes}], "outcomes": []}
    report = score(predictions_from_export(predicted), predictions_from_export(export(GOLD_ROWS)))
    unread = report.as_dict()["outcome_breakdown"]["unread_papers"]
    assert unread[kind] == 1
    assert sum(n for k, n in unread.items() if k.startswith(("noted", "BBB not named"))) == 1


def test_an_unread_paper_whose_figures_were_read_says_so() -> None:
    fig = {"group": "Exo", "arm": "treatment", "day": 14, "mean": 9.0, "source": "figure"}
    bd = breakdown([fig])
    assert bd["unread_papers"]["figure rows read instead"] == 1
    assert bd["unread_papers"]["no other format"] == 1


def test_miner_eval_prints_the_unread_papers(tmp_path, monkeypatch) -> None:
    from miner.cli import app
    from miner.evaluate import run

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.pdf.json").write_text(json.dumps(export(GOLD_ROWS)))
    monkeypatch.setattr(run, "extract_for_eval", lambda *a, **k: export([]))
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold_dir)])
    assert result.exit_code == 0, result.output
    assert "unread papers" in result.output
    assert "no other format" in result.output
