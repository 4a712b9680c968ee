"""Pooled estimates, heterogeneity, subgroups, Egger's test and leave-one-out,
checked against hand computation, statsmodels and a published worked example."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import optimize, stats
from statsmodels.regression.linear_model import OLS, WLS
from statsmodels.stats.meta_analysis import combine_effects

from miner.errors import ConfigError
from miner.meta.effects import ArmSummary, hedges_g
from miner.meta.pooling import egger_test, leave_one_out, pool, subgroup_test, tau2_reml

# Borenstein, Hedges, Higgins & Rothstein (2009), Introduction to Meta-Analysis,
# the six-study "Carroll ... Young" example (means, SDs, n of treated and control).
BORENSTEIN = [
    (94, 22, 60, 92, 20, 60),
    (98, 21, 65, 92, 22, 65),
    (98, 28, 40, 88, 26, 40),
    (94, 19, 200, 82, 17, 200),
    (98, 21, 50, 88, 22, 45),
    (96, 21, 85, 92, 22, 85),
]

# A BBB-like mean-difference data set with clear heterogeneity (effects, SEs).
BBB_MD = np.array([1.8, 3.1, 0.9, 4.2, 2.5, 1.2, 3.6])
BBB_SE = np.array([0.55, 0.80, 0.40, 0.95, 0.60, 0.35, 0.70])


def borenstein_effects():
    pairs = [
        hedges_g(ArmSummary(a, b, c, "t"), ArmSummary(d, e, f, "c"))
        for a, b, c, d, e, f in BORENSTEIN
    ]
    return np.array([g for g, _ in pairs]), np.array([v for _, v in pairs])


def test_borenstein_worked_example_to_the_printed_precision():
    g, v = borenstein_effects()
    assert np.round(g, 4).tolist() == [0.0945, 0.2774, 0.3665, 0.6644, 0.4618, 0.1852]
    assert np.round(v, 4).tolist() == [0.0334, 0.0311, 0.0509, 0.0106, 0.0434, 0.0236]
    fixed = pool(g, v, model="fixed")
    assert f"{fixed.estimate:.4f}" == "0.4150"
    assert f"{fixed.se:.4f}" == "0.0643"
    assert (f"{fixed.ci_low:.4f}", f"{fixed.ci_high:.4f}") == ("0.2889", "0.5410")
    assert f"{fixed.q:.2f}" == "11.91"
    random = pool(g, v, model="random", tau2_method="DL")
    assert f"{random.estimate:.4f}" == "0.3585"
    assert f"{random.tau2:.4f}" == "0.0372"
    assert f"{random.i2:.2f}" == "58.02"


def hand_pool(y, se, tau2=0.0):
    w = 1 / (se**2 + tau2)
    est = np.sum(w * y) / np.sum(w)
    s = math.sqrt(1 / np.sum(w))
    return est, s, est - 1.959964 * s, est + 1.959964 * s


def test_fixed_and_dersimonian_laird_random_effects_by_hand():
    y, se = BBB_MD, BBB_SE
    w = 1 / se**2
    fe = np.sum(w * y) / np.sum(w)
    q = np.sum(w * (y - fe) ** 2)
    tau2 = (q - 6) / (np.sum(w) - np.sum(w**2) / np.sum(w))
    assert tau2 > 0
    fixed = pool(y, se**2, model="fixed")
    random = pool(y, se**2, model="random", tau2_method="DL")
    for got, (est, s, lo, hi) in ((fixed, hand_pool(y, se)), (random, hand_pool(y, se, tau2))):
        assert (f"{got.estimate:.2f}", f"{got.ci_low:.2f}", f"{got.ci_high:.2f}") == (
            f"{est:.2f}",
            f"{lo:.2f}",
            f"{hi:.2f}",
        )
        assert got.se == pytest.approx(s, rel=1e-9)
    assert random.q == pytest.approx(q)
    assert random.i2 == pytest.approx(100 * (q - 6) / q)
    assert random.tau2 == pytest.approx(tau2)
    assert random.q_p == pytest.approx(stats.chi2.sf(q, 6))
    assert sum(random.weights) == pytest.approx(100)


@pytest.mark.parametrize(("method", "sm_method"), [("DL", "dl"), ("PM", "pm")])
def test_matches_statsmodels_combine_effects(method, sm_method):
    v = BBB_SE**2
    ref = combine_effects(BBB_MD, v, method_re=sm_method)
    random = pool(BBB_MD, v, model="random", tau2_method=method)
    fixed = pool(BBB_MD, v, model="fixed", tau2_method=method)
    assert random.tau2 == pytest.approx(ref.tau2, rel=1e-4)
    assert random.estimate == pytest.approx(ref.mean_effect_re, rel=1e-4)
    assert fixed.estimate == pytest.approx(ref.mean_effect_fe, rel=1e-12)
    (fe_lo, fe_hi), (re_lo, re_hi) = ref.conf_int(use_t=False)[:2]
    assert (fixed.ci_low, fixed.ci_high) == (pytest.approx(fe_lo), pytest.approx(fe_hi))
    assert (random.ci_low, random.ci_high) == (
        pytest.approx(re_lo, rel=1e-4),
        pytest.approx(re_hi, rel=1e-4),
    )
    assert random.i2 == pytest.approx(100 * ref.i2)


def test_homogeneous_studies_give_zero_tau2_and_random_equals_fixed():
    y = np.array([2.0, 2.1, 1.9, 2.05])
    v = np.array([0.3, 0.4, 0.35, 0.5])
    with np.errstate(invalid="ignore"):
        assert combine_effects(y, v, method_re="dl").tau2 < 0  # statsmodels does not truncate
    for method in ("DL", "REML", "PM"):
        random = pool(y, v, model="random", tau2_method=method)
        fixed = pool(y, v, model="fixed")
        assert random.tau2 == 0
        assert random.estimate == pytest.approx(fixed.estimate)
        assert random.i2 == 0


def test_reml_maximises_the_restricted_likelihood():
    y, v = BBB_MD, BBB_SE**2

    def neg_restricted_loglik(tau2):
        w = 1 / (v + tau2)
        mu = np.sum(w * y) / np.sum(w)
        return 0.5 * (np.sum(np.log(v + tau2)) + math.log(np.sum(w)) + np.sum(w * (y - mu) ** 2))

    best = optimize.minimize_scalar(
        neg_restricted_loglik, bounds=(0, 20), method="bounded", options={"xatol": 1e-10}
    )
    assert tau2_reml(y, v) == pytest.approx(best.x, rel=1e-5)


def test_egger_matches_a_direct_weighted_regression():
    y, se = BBB_MD, BBB_SE
    result = egger_test(y, se)
    # Egger's intercept is the slope on SE in a WLS of effect on SE with weights 1/SE².
    wls = WLS(y, np.column_stack([np.ones_like(se), se]), weights=1 / se**2).fit()
    assert result.intercept == pytest.approx(wls.params[1])
    assert result.se == pytest.approx(wls.bse[1])
    assert result.p == pytest.approx(wls.pvalues[1])
    # ... and the intercept of the classic OLS of effect/SE on precision.
    ols = OLS(y / se, np.column_stack([np.ones_like(se), 1 / se])).fit()
    assert result.intercept == pytest.approx(ols.params[0])
    assert result.df == 5


def test_egger_on_a_perfectly_symmetric_funnel_is_not_significant():
    se = np.array([0.2, 0.2, 0.5, 0.5, 1.0, 1.0])
    y = 2 + np.array([1, -1, 1, -1, 1, -1]) * se
    result = egger_test(y, se)
    assert result.intercept == pytest.approx(0, abs=1e-9)
    assert result.p == pytest.approx(1.0)


def test_egger_needs_three_studies():
    assert egger_test([1.0, 2.0], [0.5, 0.4]) is None


def test_subgroup_difference_under_fixed_effect_is_q_total_minus_q_within():
    labels = [
        "bone_marrow",
        "umbilical_cord",
        "bone_marrow",
        "umbilical_cord",
        "adipose",
        "bone_marrow",
        "adipose",
    ]
    v = BBB_SE**2
    result = subgroup_test(BBB_MD, v, labels, field="source_tissue", model="fixed")
    total = pool(BBB_MD, v, model="fixed").q
    within = sum(g.q for g in result.groups.values())
    assert result.q_between == pytest.approx(total - within)
    assert result.df == 2
    assert result.p == pytest.approx(stats.chi2.sf(total - within, 2))
    assert [g.k for g in result.groups.values()] == [3, 2, 2]


def test_subgroup_with_a_single_group_has_no_test():
    result = subgroup_test(BBB_MD, BBB_SE**2, ["x"] * 7, field="route", model="random")
    assert result.q_between is None and result.p is None


def test_leave_one_out_drops_each_study_once():
    v = BBB_SE**2
    results = leave_one_out(BBB_MD, v, model="random")
    assert [r.k for r in results] == [6] * 7
    by_hand = hand_pool(BBB_MD[1:], BBB_SE[1:])
    fixed = leave_one_out(BBB_MD, v, model="fixed")[0]
    assert fixed.estimate == pytest.approx(by_hand[0])
    # Removing the largest effect lowers the pooled effect.
    assert results[3].estimate < pool(BBB_MD, v, model="random").estimate


def test_a_single_study_pools_to_itself_without_heterogeneity():
    result = pool([2.0], [0.25], model="random")
    assert (result.estimate, result.se, result.q_p, result.i2, result.tau2) == (
        2.0,
        0.5,
        None,
        None,
        0.0,
    )


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"model": "mixed"}, "model"), ({"tau2_method": "HS"}, "tau")]
)
def test_unknown_model_or_estimator_is_a_config_error(kwargs, message):
    with pytest.raises(ConfigError, match=message):
        pool([1.0, 2.0], [0.1, 0.2], **kwargs)
