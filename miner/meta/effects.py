"""Per-study treatment-versus-control effects from the sheet's outcome rows.

Input is the contract's JSON export (``{"studies": [...], "outcomes": [...]}``).
For each study this picks the time point, the treatment arms and the injured
vehicle control (never sham), turns SEM into SD, combines several arms into one
group with the Cochrane Handbook's formula, and computes a mean difference (MD)
or a bias-corrected standardised mean difference (Hedges' g).

Rows marked ``"stat": "median"`` (a median with IQR/range, see the contract
extension) are never pooled as means: a study whose chosen time point has one is
excluded, with the reason, from both measures. No median-to-mean conversion is
attempted.

Everything here is a pure function of the sheet: no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from statsmodels.stats.meta_analysis import effectsize_smd

from miner.contract import outcome_stat
from miner.errors import ConfigError

__all__ = [
    "ArmSummary",
    "Exclusion",
    "StudyEffect",
    "UsedValue",
    "combine_groups",
    "field_value",
    "hedges_g",
    "mean_difference",
    "parse_timepoint",
    "study_effects",
]

MEASURES = ("MD", "SMD")

# Rows the reviewer rejected are not data; anything else (including a missing
# status in an older export) is used, but only "verified"/"corrected" count as
# reviewer-checked.
_REVIEWED = ("verified", "corrected")

# When the same group is reported twice at one time point (e.g. in the text and
# read off a figure), keep the most trustworthy copy.
_SOURCE_RANK = {"table": 0, "text": 1, "figure": 2}


@dataclass(frozen=True, slots=True)
class ArmSummary:
    """Mean, SD and n of one group (or of several groups combined)."""

    mean: float
    sd: float
    n: int
    label: str


@dataclass(frozen=True, slots=True)
class UsedValue:
    """A sheet value the analysis relied on, with its review status."""

    document: str
    what: str
    status: str

    @property
    def reviewed(self) -> bool:
        return self.status in _REVIEWED


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A study left out of an analysis, and why."""

    document: str
    reason: str


@dataclass(frozen=True, slots=True)
class StudyEffect:
    """One study's effect at the chosen time point.

    ``variance`` is the sampling variance of ``effect``; ``se`` its square root.
    ``notes`` records decisions taken (arms combined, SD derived from SEM...).
    """

    document: str
    day: float
    effect: float
    variance: float
    treatment: ArmSummary
    control: ArmSummary
    used: tuple[UsedValue, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def se(self) -> float:
        return math.sqrt(self.variance)


def combine_groups(arms: Sequence[ArmSummary]) -> ArmSummary:
    """Combine several groups into one (Cochrane Handbook, Table 6.5.a).

    N = N1 + N2; M = (N1 M1 + N2 M2) / N;
    SD = sqrt(((N1-1) SD1² + (N2-1) SD2² + N1 N2 / N (M1 - M2)²) / (N - 1)),
    applied pairwise for more than two groups (the result does not depend on
    the order).
    """
    if not arms:
        raise ValueError("no groups to combine")
    acc = arms[0]
    for arm in arms[1:]:
        n = acc.n + arm.n
        mean = (acc.n * acc.mean + arm.n * arm.mean) / n
        var = (
            (acc.n - 1) * acc.sd**2
            + (arm.n - 1) * arm.sd**2
            + acc.n * arm.n / n * (acc.mean - arm.mean) ** 2
        ) / (n - 1)
        acc = ArmSummary(mean=mean, sd=math.sqrt(var), n=n, label=f"{acc.label} + {arm.label}")
    return acc


def mean_difference(treatment: ArmSummary, control: ArmSummary) -> tuple[float, float]:
    """Raw mean difference (treatment minus control) and its variance SD1²/n1 + SD2²/n2."""
    effect = treatment.mean - control.mean
    variance = treatment.sd**2 / treatment.n + control.sd**2 / control.n
    return effect, variance


def hedges_g(treatment: ArmSummary, control: ArmSummary) -> tuple[float, float]:
    """Hedges' g (pooled-SD SMD with the small-sample correction) and its variance.

    Delegates to ``statsmodels.stats.meta_analysis.effectsize_smd``:
    J = 1 - 3 / (4 (n1 + n2) - 9) and Var = (n1 + n2) / (n1 n2) + g² / (2 (n1 + n2 - 3.94)).
    """
    g, var = effectsize_smd(
        np.float64(treatment.mean),
        np.float64(treatment.sd),
        np.float64(treatment.n),
        np.float64(control.mean),
        np.float64(control.sd),
        np.float64(control.n),
    )
    return float(g), float(var)


def _number(value: Any) -> float | None:
    """A finite float from a JSON number or numeric string, else None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def field_value(study: Mapping[str, Any], name: str) -> tuple[Any, str | None]:
    """A study field's value and status; a rejected or absent value is (None, status)."""
    fields = study.get("fields")
    cell = fields.get(name) if isinstance(fields, Mapping) else None
    if not isinstance(cell, Mapping):
        return None, None
    status = cell.get("status")
    status = str(status) if status is not None else None
    if status == "rejected":
        return None, status
    return cell.get("value"), status


@dataclass(frozen=True, slots=True)
class _Row:
    group: str
    arm: str
    day: float
    mean: float
    sd: float | None
    sem: float | None
    n: int | None
    source: str
    page: Any
    status: str
    stat: str = "mean"


def _rows_by_document(outcomes: Sequence[Any], outcome: str) -> dict[str, list[_Row]]:
    wanted = outcome.strip().casefold()
    out: dict[str, list[_Row]] = {}
    for raw in outcomes:
        if not isinstance(raw, Mapping):
            continue
        if str(raw.get("outcome") or "").strip().casefold() != wanted:
            continue
        status = str(raw.get("status") or "prefilled")
        if status == "rejected":
            continue
        arm = str(raw.get("arm") or "")
        day, mean = _number(raw.get("day")), _number(raw.get("mean"))
        if arm not in ("treatment", "control") or day is None or mean is None or day <= 0:
            # Sham and "other" arms are never the comparison; day <= 0 is baseline.
            continue
        n = _number(raw.get("n"))
        out.setdefault(str(raw.get("document") or ""), []).append(
            _Row(
                group=str(raw.get("group") or arm),
                arm=arm,
                day=day,
                mean=mean,
                sd=_number(raw.get("sd")),
                sem=_number(raw.get("sem")),
                n=int(n) if n is not None and n == int(n) else None,
                source=str(raw.get("source") or ""),
                page=raw.get("page"),
                status=status,
                # A row without the ``stat`` extension (older exports) is a mean.
                stat=outcome_stat(raw.get("stat")),
            )
        )
    return out


def _pick_day(days: Sequence[float], timepoint: str | float) -> float | None:
    if not days:
        return None
    if timepoint == "first":
        return min(days)
    if timepoint == "last":
        return max(days)
    target = float(timepoint)
    # Days come from "weeks x 7" or read off figures: allow a small tolerance.
    close = [d for d in days if abs(d - target) <= 0.01]
    return close[0] if close else None


def _dedupe(rows: Sequence[_Row]) -> tuple[list[_Row], list[str]]:
    """One row per group: prefer reviewed, then table > text > figure."""
    best: dict[str, _Row] = {}
    notes = []
    for row in rows:
        key = row.group.strip().casefold()
        if key in best:
            notes.append(f"group {row.group!r} reported twice at day {row.day:g}; kept one")
            other = best[key]
            rank = (row.status not in _REVIEWED, _SOURCE_RANK.get(row.source, 3))
            if rank < (other.status not in _REVIEWED, _SOURCE_RANK.get(other.source, 3)):
                best[key] = row
        else:
            best[key] = row
    return list(best.values()), notes


def _arm(row: _Row, fallback_n: int | None) -> tuple[ArmSummary | None, str | None, str | None]:
    """Summary of one row; (None, None, reason) when SD or n cannot be had."""
    n = row.n if row.n is not None else fallback_n
    note = None
    if row.n is None and fallback_n is not None:
        note = f"n for {row.group!r} taken from n_per_group ({fallback_n})"
    if n is None or n < 2:
        return None, None, f"group {row.group!r} has no usable n"
    if row.sd is not None:
        sd = row.sd
    elif row.sem is not None:
        sd = row.sem * math.sqrt(n)  # SD = SEM x sqrt(n)
        note = "; ".join(x for x in (note, f"SD of {row.group!r} from SEM x sqrt(n)") if x)
    else:
        return None, None, f"group {row.group!r} has neither SD nor SEM"
    if sd < 0:
        return None, None, f"group {row.group!r} has a negative SD/SEM"
    return ArmSummary(mean=row.mean, sd=sd, n=n, label=row.group), note, None


def _study_effect(
    document: str,
    rows: Sequence[_Row],
    timepoint: str | float,
    measure: str,
    fallback_n: int | None,
    n_status: str | None,
    outcome: str,
) -> StudyEffect | Exclusion:
    both = sorted(
        {r.day for r in rows if r.arm == "treatment"} & {r.day for r in rows if r.arm == "control"}
    )
    if not both:
        return Exclusion(document, "no time point with both a treatment and a control group")
    day = _pick_day(both, timepoint)
    if day is None:
        return Exclusion(document, f"no treatment and control values at day {float(timepoint):g}")
    at_day, notes = _dedupe([r for r in rows if r.day == day])
    medians = [r.group for r in at_day if r.stat == "median"]
    if medians:
        # BBB is ordinal; a median is not a mean and there is no documented conversion
        # here (median/IQR -> mean/SD estimators assume a shape BBB does not have), so the
        # study is left out of MD and SMD alike rather than pooled as if it were a mean.
        return Exclusion(
            document,
            f"reports medians, not means, at day {day:g} ({', '.join(repr(g) for g in medians)}): "
            "medians are not pooled as means",
        )
    groups: dict[str, list[ArmSummary]] = {"treatment": [], "control": []}
    used: list[UsedValue] = []
    for row in at_day:
        summary, note, reason = _arm(row, fallback_n)
        if summary is None:
            return Exclusion(document, f"{reason} at day {day:g}")
        if note:
            notes.append(note)
            if row.n is None:
                used.append(UsedValue(document, "field n_per_group", n_status or "prefilled"))
        groups[row.arm].append(summary)
        where = f"page {row.page}" if row.page is not None else "no page"
        used.append(
            UsedValue(
                document,
                f"{outcome} {row.arm} {row.group!r} day {row.day:g} ({row.source or 'source?'}, {where})",
                row.status,
            )
        )
    for arm, summaries in groups.items():
        if len(summaries) > 1:
            notes.append(
                f"{len(summaries)} {arm} groups combined (Cochrane Handbook 6.5.2.10): "
                + ", ".join(repr(s.label) for s in summaries)
            )
    treatment = combine_groups(groups["treatment"])
    control = combine_groups(groups["control"])
    if measure == "MD":
        effect, variance = mean_difference(treatment, control)
    else:
        if treatment.sd == 0 and control.sd == 0:
            return Exclusion(document, f"both groups have SD 0 at day {day:g}")
        effect, variance = hedges_g(treatment, control)
    if not (math.isfinite(effect) and math.isfinite(variance)) or variance <= 0:
        return Exclusion(document, f"effect has no usable variance at day {day:g}")
    return StudyEffect(
        document=document,
        day=day,
        effect=effect,
        variance=variance,
        treatment=treatment,
        control=control,
        used=tuple(used),
        notes=tuple(dict.fromkeys(notes)),
    )


def parse_timepoint(value: str) -> str | float:
    """``first``, ``last`` or a day number (``28``, ``28.0``); ConfigError otherwise."""
    text = str(value).strip().lower()
    if text in ("first", "last"):
        return text
    number = _number(text)
    if number is None or number <= 0:
        raise ConfigError(f"time point must be first, last or a day after injury, not {value!r}")
    return number


def study_effects(
    sheet: Mapping[str, Any],
    *,
    outcome: str = "BBB",
    timepoint: str | float = "last",
    measure: str = "MD",
) -> tuple[list[StudyEffect], list[Exclusion]]:
    """Treatment-versus-control effect per study at ``timepoint``.

    Parameters
    ----------
    sheet:
        The contract's JSON export.
    outcome:
        Outcome scale to use (case-insensitive), e.g. ``BBB``.
    timepoint:
        ``"first"`` or ``"last"`` (earliest/latest day after injury at which
        the study reports both a treatment and a control group), or a day.
    measure:
        ``"MD"`` (mean difference) or ``"SMD"`` (Hedges' g).

    Returns
    -------
    The effects of usable studies (in sheet order) and the exclusions with
    reasons. A study whose eligibility decision is "exclude" is left out.
    """
    if measure not in MEASURES:
        raise ConfigError(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
    if isinstance(timepoint, str) and timepoint not in ("first", "last"):
        timepoint = parse_timepoint(timepoint)
    studies = sheet.get("studies") or []
    outcomes = sheet.get("outcomes") or []
    by_doc = _rows_by_document(outcomes, outcome)
    order = [str(s.get("document")) for s in studies if isinstance(s, Mapping)]
    order += [d for d in by_doc if d not in order]
    study_map = {str(s.get("document")): s for s in studies if isinstance(s, Mapping)}
    effects: list[StudyEffect] = []
    excluded: list[Exclusion] = []
    for document in order:
        rows = by_doc.get(document)
        if not rows:
            excluded.append(
                Exclusion(document, f"no {outcome} values for a treatment or control group")
            )
            continue
        eligibility, elig_status = field_value(study_map.get(document, {}), "eligibility")
        if isinstance(eligibility, Mapping) and eligibility.get("decision") == "exclude":
            excluded.append(
                Exclusion(
                    document, f"eligibility decision is exclude ({elig_status or 'prefilled'})"
                )
            )
            continue
        n_value, n_status = field_value(study_map.get(document, {}), "n_per_group")
        fallback = _number(n_value)
        result = _study_effect(
            document,
            rows,
            timepoint,
            measure,
            int(fallback) if fallback is not None and fallback >= 2 else None,
            n_status,
            outcome,
        )
        (effects if isinstance(result, StudyEffect) else excluded).append(result)  # type: ignore[arg-type]
    return effects, excluded
