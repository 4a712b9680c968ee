"""Per-study effects from the sheet's outcome rows: arms, time points, SEM, Hedges' g."""

from __future__ import annotations

import math

import numpy as np
import pytest

from miner.errors import ConfigError
from miner.meta.effects import (
    ArmSummary,
    Exclusion,
    combine_groups,
    hedges_g,
    mean_difference,
    study_effects,
)


def row(
    doc,
    group,
    arm,
    day,
    mean,
    *,
    sd=None,
    sem=None,
    n=8,
    source="table",
    status="verified",
    outcome="BBB",
):
    return {
        "document": doc,
        "outcome": outcome,
        "group": group,
        "arm": arm,
        "day": day,
        "mean": mean,
        "sd": sd,
        "sem": sem,
        "n": n,
        "source": source,
        "page": 5,
        "status": status,
    }


def sheet(outcomes, studies=None):
    docs = dict.fromkeys(o["document"] for o in outcomes)
    return {
        "studies": studies
        if studies is not None
        else [{"document": d, "fields": {}} for d in docs],
        "outcomes": outcomes,
    }


def only(effects_and_excluded):
    effects, excluded = effects_and_excluded
    assert len(effects) == 1, excluded
    return effects[0]


def test_combining_summaries_equals_pooling_the_raw_animals():
    rng = np.random.default_rng(7)
    samples = [rng.normal(loc, 1.5, size) for loc, size in ((9.0, 6), (11.5, 8), (10.2, 5))]
    arms = [
        ArmSummary(float(s.mean()), float(s.std(ddof=1)), len(s), f"g{i}")
        for i, s in enumerate(samples)
    ]
    everyone = np.concatenate(samples)
    combined = combine_groups(arms)
    assert combined.n == 19
    assert combined.mean == pytest.approx(everyone.mean(), rel=1e-12)
    assert combined.sd == pytest.approx(everyone.std(ddof=1), rel=1e-12)
    # Order of combination does not matter.
    assert combine_groups(arms[::-1]).sd == pytest.approx(combined.sd, rel=1e-12)


def test_cochrane_handbook_formula_for_two_groups_by_hand():
    # N = 10 + 6; M = (10*12 + 6*9) / 16; SD² = (9*2² + 5*3² + 10*6/16*(12-9)²) / 15
    combined = combine_groups([ArmSummary(12, 2, 10, "a"), ArmSummary(9, 3, 6, "b")])
    assert combined.mean == pytest.approx(174 / 16)
    assert combined.sd == pytest.approx(math.sqrt((36 + 45 + 33.75) / 15))


def test_hedges_g_matches_the_textbook_formula():
    t, c = ArmSummary(11.2, 1.3, 6, "Exo"), ArmSummary(7.5, 1.1, 6, "PBS")
    sp = math.sqrt((5 * 1.3**2 + 5 * 1.1**2) / 10)
    j = 1 - 3 / (4 * 10 - 1)
    g, var = hedges_g(t, c)
    assert g == pytest.approx(j * 3.7 / sp)
    assert var == pytest.approx(12 / 36 + g**2 / (2 * (12 - 3.94)))
    md, var_md = mean_difference(t, c)
    assert md == pytest.approx(3.7)
    assert var_md == pytest.approx(1.3**2 / 6 + 1.1**2 / 6)


@pytest.mark.parametrize(
    "spread",
    [
        {"sd": 1.2},
        {"sem": 1.2 / math.sqrt(8)},
        {"sd": 1.2, "sem": 99.0},  # both given: the SD wins
    ],
    ids=["sd", "sem", "sd-and-sem"],
)
def test_sem_is_turned_into_sd_with_n(spread):
    data = sheet(
        [
            row("a.pdf", "Exo", "treatment", 28, 11.0, **spread),
            row("a.pdf", "PBS", "control", 28, 8.0, sd=1.2),
        ]
    )
    effect = only(study_effects(data, measure="MD"))
    assert effect.treatment.sd == pytest.approx(1.2)
    assert effect.variance == pytest.approx(2 * 1.2**2 / 8)


def test_sham_is_never_the_control():
    rows = [
        row("a.pdf", "Sham", "sham", 28, 21.0, sd=0.1),
        row("a.pdf", "Exo", "treatment", 28, 11.0, sd=1.0),
        row("a.pdf", "SCI + PBS", "control", 28, 8.0, sd=1.0),
        row("b.pdf", "Sham", "sham", 28, 21.0, sd=0.1),
        row("b.pdf", "Exo", "treatment", 28, 11.0, sd=1.0),
    ]
    effects, excluded = study_effects(sheet(rows))
    assert [e.document for e in effects] == ["a.pdf"]
    assert effects[0].control.label == "SCI + PBS"
    assert effects[0].effect == pytest.approx(3.0)
    assert excluded == [
        Exclusion("b.pdf", "no time point with both a treatment and a control group")
    ]


def test_several_treatment_arms_are_combined_and_noted():
    rows = [
        row("a.pdf", "Exo", "treatment", 28, 10.0, sd=1.0, n=6),
        row("a.pdf", "Exo-miR-26a", "treatment", 28, 12.0, sd=1.0, n=6),
        row("a.pdf", "PBS", "control", 28, 8.0, sd=1.0, n=6),
    ]
    effect = only(study_effects(sheet(rows)))
    assert effect.treatment.n == 12
    assert effect.effect == pytest.approx(3.0)
    assert effect.treatment.sd == pytest.approx(math.sqrt((5 + 5 + 36 / 12 * 4) / 11))
    assert any("2 treatment groups combined" in note for note in effect.notes)


@pytest.mark.parametrize(
    ("timepoint", "day", "effect"),
    [("first", 7, 1.0), ("last", 28, 3.0), ("14", 14, 2.0), (14.0, 14, 2.0)],
)
def test_time_point_is_the_first_last_or_given_day_with_both_arms(timepoint, day, effect):
    rows = [
        row("a.pdf", "Exo", "treatment", 0, 0.5, sd=1),  # baseline, not a post-injury time point
        row("a.pdf", "PBS", "control", 0, 0.5, sd=1),
        row("a.pdf", "Exo", "treatment", 3, 2.0, sd=1),  # no control at day 3
        row("a.pdf", "Exo", "treatment", 7, 4.0, sd=1),
        row("a.pdf", "PBS", "control", 7, 3.0, sd=1),
        row("a.pdf", "Exo", "treatment", 14, 7.0, sd=1),
        row("a.pdf", "PBS", "control", 14, 5.0, sd=1),
        row("a.pdf", "Exo", "treatment", 28, 11.0, sd=1),
        row("a.pdf", "PBS", "control", 28, 8.0, sd=1),
        row("a.pdf", "Exo", "treatment", 35, 12.0, sd=1),  # no control at day 35
    ]
    result = only(study_effects(sheet(rows), timepoint=timepoint))
    assert (result.day, result.effect) == (day, pytest.approx(effect))


def test_a_missing_day_excludes_the_study_with_a_reason():
    rows = [
        row("a.pdf", "Exo", "treatment", 28, 11.0, sd=1),
        row("a.pdf", "PBS", "control", 28, 8.0, sd=1),
    ]
    effects, excluded = study_effects(sheet(rows), timepoint=21)
    assert effects == []
    assert excluded[0].reason == "no treatment and control values at day 21"


def test_rejected_rows_and_other_outcomes_are_ignored():
    rows = [
        row("a.pdf", "Exo", "treatment", 28, 11.0, sd=1),
        row("a.pdf", "Exo", "treatment", 28, 19.0, sd=1, status="rejected", source="text"),
        row("a.pdf", "PBS", "control", 28, 8.0, sd=1),
        row("a.pdf", "Exo", "treatment", 28, 50.0, sd=1, outcome="BMS"),
    ]
    assert only(study_effects(sheet(rows))).effect == pytest.approx(3.0)


def test_a_group_reported_twice_keeps_the_table_value_over_the_figure():
    rows = [
        row("a.pdf", "Exo", "treatment", 28, 10.6, sd=1, source="figure"),
        row("a.pdf", "Exo", "treatment", 28, 11.0, sd=1, source="table"),
        row("a.pdf", "PBS", "control", 28, 8.0, sd=1),
    ]
    effect = only(study_effects(sheet(rows)))
    assert effect.effect == pytest.approx(3.0)
    assert effect.treatment.n == 8  # not combined with its own duplicate


def test_missing_n_falls_back_to_n_per_group_and_says_so():
    rows = [
        row("a.pdf", "Exo", "treatment", 28, 11.0, sem=0.5, n=None),
        row("a.pdf", "PBS", "control", 28, 8.0, sem=0.5, n=None),
    ]
    studies = [
        {"document": "a.pdf", "fields": {"n_per_group": {"value": 9, "status": "prefilled"}}}
    ]
    effect = only(study_effects(sheet(rows, studies)))
    assert effect.treatment.n == 9
    assert effect.treatment.sd == pytest.approx(1.5)
    assert any("n_per_group" in u.what and u.status == "prefilled" for u in effect.used)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"n": None}, "has no usable n"),
        ({"sd": None, "sem": None}, "has neither SD nor SEM"),
        ({"sd": -1.0}, "negative SD"),
    ],
)
def test_unusable_rows_exclude_the_study_with_a_reason(change, reason):
    treated = {**row("a.pdf", "Exo", "treatment", 28, 11.0, sd=1), **change}
    effects, excluded = study_effects(
        sheet([treated, row("a.pdf", "PBS", "control", 28, 8.0, sd=1)])
    )
    assert effects == []
    assert reason in excluded[0].reason


def test_zero_variance_is_excluded_not_given_infinite_weight():
    rows = [
        row("a.pdf", "Exo", "treatment", 28, 11.0, sd=0.0),
        row("a.pdf", "PBS", "control", 28, 8.0, sd=0.0),
    ]
    for measure in ("MD", "SMD"):
        effects, excluded = study_effects(sheet(rows), measure=measure)
        assert effects == [] and len(excluded) == 1


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"measure": "RR"}, "measure"), ({"timepoint": "end"}, "time point")]
)
def test_bad_options_are_config_errors(kwargs, message):
    with pytest.raises(ConfigError, match=message):
        study_effects(sheet([]), **kwargs)


def test_a_study_the_eligibility_decision_excludes_is_not_pooled():
    rows = [
        row(d, g, a, 28, m, sd=1)
        for d in ("a.pdf", "b.pdf")
        for g, a, m in (("Exo", "treatment", 11.0), ("PBS", "control", 8.0))
    ]
    studies = [
        {
            "document": "a.pdf",
            "fields": {
                "eligibility": {
                    "value": {"decision": "exclude", "criteria": {}},
                    "status": "verified",
                }
            },
        },
        {
            "document": "b.pdf",
            "fields": {
                "eligibility": {
                    "value": {"decision": "unclear", "criteria": {}},
                    "status": "prefilled",
                }
            },
        },
    ]
    effects, excluded = study_effects(sheet(rows, studies))
    assert [e.document for e in effects] == ["b.pdf"]
    assert excluded == [Exclusion("a.pdf", "eligibility decision is exclude (verified)")]
