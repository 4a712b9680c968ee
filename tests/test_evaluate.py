"""`miner eval` scoring: how predicted values are compared with gold."""

from __future__ import annotations

import pytest

from miner.evaluate import predictions_from_export, score, values_match


@pytest.mark.parametrize(
    ("field", "predicted", "gold", "expected"),
    [
        ("route", "intravenous", "intravenous", True),
        ("route", "intravenous", "intrathecal", False),
        ("strain", "Sprague–Dawley", "sprague-dawley", True),
        ("injury_level", "T9-T10", "T10", False),
        ("isolation_method", ["ultrafiltration", "ultracentrifugation"], ["ultracentrifugation", "ultrafiltration"], True),
        ("isolation_method", ["ultracentrifugation"], ["ultracentrifugation", "ultrafiltration"], False),
        ("n_per_group", 8, 8.0, True),
        ("timing_post_injury_h", 0.5, 0.5, True),
        ("body_weight_g", {"low": 200, "high": 250}, {"low": 200, "high": 250}, True),
        ("body_weight_g", {"low": 200, "high": 200}, {"low": 200, "high": 250}, False),
        ("size_nm", {"value": 121.3, "low": None, "high": None, "stat": "mode", "method": "NTA"},
         {"value": 121.3, "low": None, "high": None, "stat": "mode", "method": "TEM"}, True),
        ("size_nm", {"value": 121.3, "low": None, "high": None, "stat": "mean"},
         {"value": 121.3, "low": None, "high": None, "stat": "mode"}, False),
        ("size_nm", {"value": None, "low": 30, "high": 150}, {"value": 98.3, "low": None, "high": None}, False),
        ("dose", {"amount": 200, "unit": "ug", "volume_ul": 100}, {"amount": 200, "unit": "ug", "volume_ul": 200}, True),
        ("dose", {"amount": 200, "unit": "mg"}, {"amount": 200, "unit": "ug"}, False),
        ("frequency", {"doses": 7, "interval_h": 24}, {"doses": 7, "interval_h": 24.0}, True),
        ("frequency", {"doses": 1, "interval_h": None}, {"doses": 7, "interval_h": 24}, False),
        ("reported_randomisation", True, True, True),
    ],
)
def test_values_are_compared_as_a_reviewer_would(field, predicted, gold, expected) -> None:
    assert values_match(field, predicted, gold) is expected


def sheet(fields: dict, outcomes: list | None = None, doc: str = "a.pdf") -> dict:
    return {
        "studies": [{"document": doc, "fields": {k: {"value": v, "confidence": 0.95} for k, v in fields.items()}}],
        "outcomes": [{"document": doc, **o} for o in (outcomes or [])],
    }


def test_a_value_where_the_paper_is_silent_is_a_false_positive() -> None:
    other = predictions_from_export(sheet({"species": "rat"}, doc="b.pdf"))
    gold = {**predictions_from_export(sheet({"route": "intravenous"})), **other}
    pred = {**predictions_from_export(sheet({"route": "intravenous", "species": "rat"})), **other}
    report = score(pred, gold)
    assert (report.fields["route"].tp, report.fields["species"].fp) == (1, 1)
    assert report.fields["species"].precision == 0.5


def test_a_wrong_value_counts_against_precision_and_recall() -> None:
    gold = predictions_from_export(sheet({"route": "intravenous"}))
    pred = predictions_from_export(sheet({"route": "intrathecal"}))
    s = score(pred, gold).fields["route"]
    assert (s.tp, s.fp, s.fn, s.f1) == (0, 1, 1, 0.0)


def test_outcome_rows_need_arm_day_and_mean_right() -> None:
    rows = [{"group": "Exo", "arm": "treatment", "day": 28, "mean": 11.2},
            {"group": "PBS", "arm": "control", "day": 28, "mean": 7.5}]
    gold = predictions_from_export(sheet({}, rows))
    pred = predictions_from_export(sheet({}, [
        {"group": "Exo", "arm": "treatment", "day": 28, "mean": 11.2},
        {"group": "PBS", "arm": "treatment", "day": 28, "mean": 7.5},
    ]))
    o = score(pred, gold).outcomes
    assert (o.tp, o.fp, o.fn) == (1, 1, 1)


def test_calibration_counts_predicted_values_by_confidence() -> None:
    gold = predictions_from_export(sheet({"route": "intravenous", "sex": "female"}))
    pred = predictions_from_export(sheet({"route": "intravenous", "sex": "male"}))
    bins = {(lo, n, c) for lo, _hi, n, c in score(pred, gold).calibration if n}
    assert bins == {(0.95, 2, 1)}


def test_rows_read_from_figures_are_scored_apart_from_text_and_table_rows() -> None:
    gold = predictions_from_export(sheet({}, [{"group": "Exo", "arm": "treatment", "day": 7, "mean": 5.0,
                                               "source": "table"}]))
    pred = predictions_from_export(sheet({}, [
        {"group": "Exo", "arm": "treatment", "day": 7, "mean": 5.0, "source": "table"},
        {"group": "Exo", "arm": "treatment", "day": 14, "mean": 8.0, "source": "figure"},
    ]))
    report = score(pred, gold)
    assert (report.outcomes.tp, report.outcomes.fp) == (1, 0)
    assert report.figure_outcomes.tp + report.figure_outcomes.fp == 0


def test_fields_no_gold_document_annotates_are_not_scored() -> None:
    gold = predictions_from_export(sheet({"route": "intravenous"}))
    pred = predictions_from_export(sheet({"route": "intravenous", "rob_random_housing": "unclear"}))
    assert set(score(pred, gold).fields) == {"route"}


@pytest.mark.parametrize(
    ("predicted", "gold", "counts"),
    [(True, True, (1, 0, 0)), (False, True, (0, 0, 1)), (True, None, (0, 1, 0)), (False, None, (0, 0, 0))],
)
def test_reporting_items_are_scored_as_detection(predicted, gold, counts) -> None:
    gold_fields = {"route": "intravenous"} if gold is None else {"reported_randomisation": gold}
    other = predictions_from_export(sheet({"reported_randomisation": True}, doc="b.pdf"))
    g = {**predictions_from_export(sheet(gold_fields)), **other}
    p = {**predictions_from_export(sheet({"reported_randomisation": predicted})), **other}
    s = score(p, g).fields["reported_randomisation"]
    assert (s.tp - 1, s.fp, s.fn) == counts
