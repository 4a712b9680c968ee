"""Pooling effects: inverse-variance fixed and random effects, heterogeneity,
subgroups, Egger's test and leave-one-out.

Fixed-effect pooling, Q and the DerSimonian-Laird and Paule-Mandel tau²
come from ``statsmodels.stats.meta_analysis.combine_effects``; REML (which
statsmodels does not offer) is Fisher scoring on the restricted likelihood.
Confidence intervals use the normal distribution, as R's ``meta`` does by
default. Pure functions on arrays.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import stats
from statsmodels.stats.meta_analysis import combine_effects

from miner.errors import ConfigError

__all__ = [
    "MODELS",
    "TAU2_METHODS",
    "EggerTest",
    "Pooled",
    "SubgroupTest",
    "egger_test",
    "leave_one_out",
    "pool",
    "subgroup_test",
    "tau2_reml",
]

MODELS = ("fixed", "random")
TAU2_METHODS = ("DL", "REML", "PM")
_Z975 = float(stats.norm.ppf(0.975))


@dataclass(frozen=True, slots=True)
class Pooled:
    """A pooled estimate under one model, with heterogeneity statistics.

    ``weights`` are percentages (summing to 100) under ``model``; ``i2`` is a
    percentage (0-100); ``q_p`` is the chi² p-value of Cochran's Q on ``k - 1``
    degrees of freedom (None when k = 1).
    """

    model: str
    tau2_method: str
    k: int
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    z: float
    p: float
    q: float
    q_df: int
    q_p: float | None
    i2: float | None
    tau2: float
    weights: tuple[float, ...]


def _check(model: str, tau2_method: str) -> None:
    if model not in MODELS:
        raise ConfigError(f"model must be one of {', '.join(MODELS)}, not {model!r}")
    if tau2_method not in TAU2_METHODS:
        raise ConfigError(
            f"tau² method must be one of {', '.join(TAU2_METHODS)}, not {tau2_method!r}"
        )


def tau2_reml(
    effects: np.ndarray, variances: np.ndarray, *, tol: float = 1e-10, maxiter: int = 200
) -> float:
    """Restricted maximum-likelihood tau² by Fisher scoring, truncated at 0.

    Update (Viechtbauer 2005): tau² += (y'PPy - tr P) / tr(PP), where
    P = W - W 1 1' W / sum(W) and W = diag(1 / (v + tau²)). P is never built:
    with S = sum(w), Py = w (y - mu), tr P = S - sum(w²) / S and
    tr(PP) = sum(w²) - 2 sum(w³) / S + (sum(w²) / S)², so each step is O(k).
    """
    y = np.asarray(effects, float)
    v = np.asarray(variances, float)
    if y.size < 2:
        return 0.0
    # Start from the DerSimonian-Laird estimate, as metafor does.
    w = 1 / v
    mu = (w * y).sum() / w.sum()
    q = (w * (y - mu) ** 2).sum()
    c = w.sum() - (w**2).sum() / w.sum()
    tau2 = max(0.0, (q - (y.size - 1)) / c)
    for _ in range(maxiter):
        w = 1 / (v + tau2)
        total, w2 = w.sum(), (w**2).sum()
        py = w * (y - (w * y).sum() / total)
        tr_p = total - w2 / total
        tr_pp = w2 - 2 * (w**3).sum() / total + (w2 / total) ** 2
        step = (py @ py - tr_p) / tr_pp
        new = max(0.0, tau2 + step)
        if abs(new - tau2) < tol:
            return new
        tau2 = new
    return tau2


def _tau2(effects: np.ndarray, variances: np.ndarray, method: str) -> float:
    if effects.size < 2:
        return 0.0
    if method == "REML":
        return tau2_reml(effects, variances)
    res = _combine(effects, variances, "dl" if method == "DL" else "pm")
    # statsmodels does not truncate the DerSimonian-Laird estimate at zero.
    return max(0.0, float(res.tau2))


def _combine(effects: np.ndarray, variances: np.ndarray, method_re: str) -> Any:
    # With a negative (untruncated) DL tau², statsmodels' own random-effects
    # numbers can take the square root of a negative variance; we only use its
    # fixed-effect results, Q and tau², so that warning is noise.
    with np.errstate(invalid="ignore", divide="ignore"):
        return combine_effects(effects, variances, method_re=method_re)


def pool(
    effects: npt.ArrayLike,
    variances: npt.ArrayLike,
    *,
    model: str = "random",
    tau2_method: str = "DL",
) -> Pooled:
    """Inverse-variance pooled estimate with a 95% CI and heterogeneity.

    Parameters
    ----------
    effects, variances:
        Per-study effects and their sampling variances (all > 0).
    model:
        ``"fixed"`` (weights 1/v) or ``"random"`` (weights 1/(v + tau²)).
    tau2_method:
        Estimator of tau²: ``"DL"`` (DerSimonian-Laird), ``"REML"`` or
        ``"PM"`` (Paule-Mandel). Reported for both models; used by ``random``.

    Raises
    ------
    ConfigError for an unknown model or method, ValueError for no studies.
    """
    _check(model, tau2_method)
    y = np.asarray(effects, float)
    v = np.asarray(variances, float)
    if y.size == 0:
        raise ValueError("no studies to pool")
    if y.shape != v.shape or np.any(~np.isfinite(v)) or np.any(v <= 0):
        raise ValueError("variances must be finite, positive and one per effect")
    k = int(y.size)
    if k >= 2:
        res = _combine(y, v, "dl")
        q = float(res.q)
    else:
        q = 0.0
    tau2 = _tau2(y, v, tau2_method)
    w = 1 / (v + tau2) if model == "random" else 1 / v
    estimate = float((w * y).sum() / w.sum())
    se = float(math.sqrt(1 / w.sum()))
    if model == "fixed" and k >= 2:
        # Same numbers, from the library.
        estimate, se = float(res.mean_effect_fe), float(res.sd_eff_w_fe)
    df = k - 1
    z = estimate / se
    return Pooled(
        model=model,
        tau2_method=tau2_method,
        k=k,
        estimate=estimate,
        se=se,
        ci_low=estimate - _Z975 * se,
        ci_high=estimate + _Z975 * se,
        z=z,
        p=float(2 * stats.norm.sf(abs(z))),
        q=q,
        q_df=df,
        q_p=float(stats.chi2.sf(q, df)) if df > 0 else None,
        i2=max(0.0, (q - df) / q) * 100 if df > 0 and q > 0 else (0.0 if df > 0 else None),
        tau2=tau2,
        weights=tuple(float(x) for x in 100 * w / w.sum()),
    )


@dataclass(frozen=True, slots=True)
class SubgroupTest:
    """Per-subgroup pooled results and the test for subgroup differences.

    ``q_between`` is Cochran's Q across the subgroup estimates (weights
    1 / se² of each subgroup estimate), chi² on ``df`` = groups - 1.
    """

    field: str
    groups: dict[str, Pooled]
    q_between: float | None
    df: int
    p: float | None


def subgroup_test(
    effects: npt.ArrayLike,
    variances: npt.ArrayLike,
    labels: Sequence[str],
    *,
    field: str,
    model: str = "random",
    tau2_method: str = "DL",
) -> SubgroupTest:
    """Pool within each subgroup (own tau² per subgroup, as R ``meta`` does by
    default) and test whether the subgroup estimates differ (Borenstein et al.
    2009, ch. 19; Cochrane Handbook 10.11.3.1)."""
    y = np.asarray(effects, float)
    v = np.asarray(variances, float)
    names = list(dict.fromkeys(labels))
    groups = {}
    for name in names:
        idx = [i for i, lab in enumerate(labels) if lab == name]
        groups[name] = pool(y[idx], v[idx], model=model, tau2_method=tau2_method)
    if len(groups) < 2:
        return SubgroupTest(field, groups, None, 0, None)
    est = np.array([g.estimate for g in groups.values()])
    w = 1 / np.array([g.se for g in groups.values()]) ** 2
    mean = (w * est).sum() / w.sum()
    q_b = float((w * (est - mean) ** 2).sum())
    df = len(groups) - 1
    return SubgroupTest(field, groups, q_b, df, float(stats.chi2.sf(q_b, df)))


@dataclass(frozen=True, slots=True)
class EggerTest:
    """Egger's regression test: regress effect / se on 1 / se (OLS); the
    intercept measures funnel asymmetry, tested with t on k - 2 df."""

    intercept: float
    se: float
    t: float
    df: int
    p: float


def egger_test(effects: npt.ArrayLike, ses: npt.ArrayLike) -> EggerTest | None:
    """Egger's test for funnel-plot asymmetry; None with fewer than 3 studies.

    Low power below about 10 studies (Cochrane Handbook 13.3.5.4): the report
    says so.
    """
    y = np.asarray(effects, float)
    s = np.asarray(ses, float)
    k = y.size
    if k < 3:
        return None
    x = np.column_stack([np.ones(k), 1 / s])
    target = y / s
    coef, *_ = np.linalg.lstsq(x, target, rcond=None)
    resid = target - x @ coef
    df = k - 2
    sigma2 = float(resid @ resid) / df
    cov = sigma2 * np.linalg.inv(x.T @ x)
    se = float(math.sqrt(cov[0, 0]))
    if se == 0:
        return None  # a perfect fit (e.g. k = 3 on a line): no test possible
    t = float(coef[0]) / se
    return EggerTest(float(coef[0]), se, t, df, float(2 * stats.t.sf(abs(t), df)))


def leave_one_out(
    effects: npt.ArrayLike,
    variances: npt.ArrayLike,
    *,
    model: str = "random",
    tau2_method: str = "DL",
) -> list[Pooled]:
    """The pooled result with each study left out in turn (k >= 2)."""
    y = np.asarray(effects, float)
    v = np.asarray(variances, float)
    if y.size < 2:
        return []
    keep = np.ones(y.size, bool)
    out = []
    for i in range(y.size):
        keep[:] = True
        keep[i] = False
        out.append(pool(y[keep], v[keep], model=model, tau2_method=tau2_method))
    return out
