"""One meta-analysis from the sheet: effects, pooled results, subgroups,
Egger's test, leave-one-out, and the results in the ``results.json`` shape.

``run_analysis`` is pure (sheet dict in, ``Analysis`` out); writing files is in
``miner.meta.output``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from miner.contract import ALL_STUDY_FIELDS
from miner.errors import ConfigError, MinerError
from miner.meta.effects import (
    Exclusion,
    StudyEffect,
    UsedValue,
    field_value,
    parse_timepoint,
    study_effects,
)
from miner.meta.pooling import (
    EggerTest,
    Pooled,
    SubgroupTest,
    egger_test,
    leave_one_out,
    pool,
    subgroup_test,
)

__all__ = [
    "REPORT_FIELDS",
    "Analysis",
    "NoStudiesError",
    "analysis_name",
    "format_field",
    "format_value",
    "results_json",
    "run_analysis",
    "study_label",
    "validate_sheet",
]

NOT_REPORTED = "not reported"

# Study characteristics shown in the report's table of included studies.
REPORT_FIELDS = (
    "first_author",
    "year",
    "species",
    "strain",
    "injury_model",
    "injury_level",
    "source_tissue",
    "source_species",
    "modification",
    "dose",
    "route",
    "frequency",
    "timing_post_injury_h",
)


class NoStudiesError(MinerError):
    """No study has a usable treatment-versus-control comparison."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything one analysis computed; ``to_dict`` gives its results.json entry."""

    name: str
    outcome: str
    timepoint: str
    measure: str
    model: str
    tau2_method: str
    studies: tuple[StudyEffect, ...]
    labels: tuple[str, ...]
    excluded: tuple[Exclusion, ...]
    pooled: Pooled
    fixed: Pooled
    random: Pooled
    egger: EggerTest | None
    leave_one_out: tuple[Pooled, ...]
    subgroups: SubgroupTest | None
    unverified: tuple[UsedValue, ...]

    @property
    def preview(self) -> bool:
        """True when any value the analysis used was not checked by a reviewer."""
        return bool(self.unverified)

    def to_dict(self) -> dict[str, Any]:
        """The analysis as plain JSON data (the ``results.json`` contract)."""
        p = self.pooled
        out: dict[str, Any] = {
            "name": self.name,
            "outcome": self.outcome,
            "timepoint": self.timepoint,
            "measure": self.measure,
            "model": self.model,
            "tau2_method": self.tau2_method,
            "k": p.k,
            **_pooled_dict(p),
            "egger_intercept": self.egger.intercept if self.egger else None,
            "egger_p": self.egger.p if self.egger else None,
            "preview": self.preview,
            "studies": [
                {
                    "document": s.document,
                    "label": label,
                    "day": s.day,
                    "effect": s.effect,
                    "se": s.se,
                    "ci_low": s.effect - _Z * s.se,
                    "ci_high": s.effect + _Z * s.se,
                    "weight": w,
                    "treatment": {
                        "mean": s.treatment.mean,
                        "sd": s.treatment.sd,
                        "n": s.treatment.n,
                    },
                    "control": {"mean": s.control.mean, "sd": s.control.sd, "n": s.control.n},
                    "notes": list(s.notes),
                }
                for s, label, w in zip(self.studies, self.labels, p.weights)
            ],
            "fixed": _pooled_dict(self.fixed),
            "random": _pooled_dict(self.random),
            "leave_one_out": [
                {"omitted": s.document, **_pooled_dict(r)}
                for s, r in zip(self.studies, self.leave_one_out)
            ],
            "subgroups": None,
            "excluded": [{"document": e.document, "reason": e.reason} for e in self.excluded],
            "unverified": [
                {"document": u.document, "value": u.what, "status": u.status}
                for u in self.unverified
            ],
        }
        if self.subgroups is not None:
            sg = self.subgroups
            out["subgroups"] = {
                "field": sg.field,
                "q_between": sg.q_between,
                "df": sg.df,
                "p": sg.p,
                "groups": {name: _pooled_dict(r) for name, r in sg.groups.items()},
            }
        return out


_Z = 1.959963984540054


def _finite(x: float | None) -> float | None:
    return x if x is None or math.isfinite(x) else None


def _pooled_dict(p: Pooled) -> dict[str, Any]:
    return {
        "model": p.model,
        "k": p.k,
        "estimate": p.estimate,
        "se": p.se,
        "ci_low": p.ci_low,
        "ci_high": p.ci_high,
        "z": _finite(p.z),
        "p": p.p,
        "q": p.q,
        "q_df": p.q_df,
        "q_p": p.q_p,
        "i2": p.i2,
        "tau2": p.tau2,
    }


def format_value(value: Any) -> str:
    """A sheet value as short text for tables and subgroup labels."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, Mapping):
        if set(value) >= {"low", "high"} and len(value) == 2:
            low, high = value.get("low"), value.get("high")
            return format_value(low) if low == high else f"{format_value(low)}-{format_value(high)}"
        parts = [f"{k}: {format_value(v)}" for k, v in value.items() if v not in (None, "", [], {})]
        return "; ".join(parts)
    return str(value)


def format_field(name: str, value: Any) -> str:
    """A study field as short text, with readable forms for dose and frequency."""
    if isinstance(value, Mapping) and name == "dose" and value.get("amount") is not None:
        extra = [
            f"{format_value(value['volume_ul'])} µl" if value.get("volume_ul") is not None else "",
            format_value(value.get("basis")),
        ]
        tail = "; ".join(x for x in extra if x)
        text = f"{format_value(value['amount'])} {format_value(value.get('unit'))}".strip()
        return f"{text} ({tail})" if tail else text
    if isinstance(value, Mapping) and name == "frequency" and value.get("doses") is not None:
        doses = format_value(value["doses"])
        interval = value.get("interval_h")
        return f"{doses} dose(s)" + (
            f" every {format_value(interval)} h" if interval is not None else ""
        )
    return format_value(value)


def study_label(study: Mapping[str, Any], document: str) -> str:
    """``First author year`` when known, else the document name."""
    author, _ = field_value(study, "first_author")
    year, _ = field_value(study, "year")
    text = " ".join(format_value(x) for x in (author, year) if x not in (None, ""))
    return text or document


def analysis_name(outcome: str, timepoint: str | float, measure: str, model: str) -> str:
    """A file-name-safe name such as ``BBB-last-MD-random``."""
    tp = timepoint if isinstance(timepoint, str) else f"day{timepoint:g}"
    raw = f"{outcome}-{tp}-{measure}-{model}"
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in raw)


def _known_fields(sheet: Mapping[str, Any]) -> set[str]:
    names = set(ALL_STUDY_FIELDS)
    for study in sheet.get("studies") or []:
        fields = study.get("fields") if isinstance(study, Mapping) else None
        if isinstance(fields, Mapping):
            names.update(str(k) for k in fields)
    return names


def validate_sheet(sheet: Any) -> Mapping[str, Any]:
    """Check the export's top-level shape; ConfigError names what is wrong."""
    if not isinstance(sheet, Mapping):
        raise ConfigError("the sheet is not a JSON object with 'studies' and 'outcomes'")
    for key in ("studies", "outcomes"):
        if not isinstance(sheet.get(key, []), list):
            raise ConfigError(f"the sheet's {key!r} is not a list")
    return sheet


def run_analysis(
    sheet: Mapping[str, Any],
    *,
    outcome: str = "BBB",
    timepoint: str | float = "last",
    measure: str = "MD",
    model: str = "random",
    tau2_method: str = "DL",
    by: str | None = None,
) -> Analysis:
    """Run one meta-analysis on the sheet (the contract's JSON export).

    Returns an ``Analysis`` whose ``pooled`` is under ``model``; both the fixed
    and random results are kept. ``model="auto"`` applies the rule many
    preclinical reviews state: random effects when heterogeneity is significant
    (Q p <= 0.05 or I² > 50%), else fixed effect. Raises ``NoStudiesError`` when no study has
    both arms at the time point and ``ConfigError`` for unknown options or a
    ``by`` field that no study and the contract know.
    """
    validate_sheet(sheet)
    if isinstance(timepoint, str) and timepoint not in ("first", "last"):
        timepoint = parse_timepoint(timepoint)
    if by is not None and by not in _known_fields(sheet):
        raise ConfigError(f"unknown field {by!r} for --by (see the extraction sheet's field names)")
    effects, excluded = study_effects(sheet, outcome=outcome, timepoint=timepoint, measure=measure)
    tp_text = timepoint if isinstance(timepoint, str) else f"day {timepoint:g}"
    if not effects:
        raise NoStudiesError(
            f"no study has both a treatment and a control {outcome} value at the {tp_text} time point"
            + (f" ({len(excluded)} studies excluded)" if excluded else "")
        )
    ys = [e.effect for e in effects]
    vs = [e.variance for e in effects]
    fixed = pool(ys, vs, model="fixed", tau2_method=tau2_method)
    random = pool(ys, vs, model="random", tau2_method=tau2_method)
    requested = model
    if model == "auto":
        hetero = (fixed.q_p is not None and fixed.q_p <= 0.05) or (fixed.i2 or 0) > 50
        model = "random" if hetero else "fixed"
    pooled = fixed if model == "fixed" else random
    egger = egger_test(ys, [e.se for e in effects])
    loo = leave_one_out(ys, vs, model=model, tau2_method=tau2_method)

    studies = {
        str(s.get("document")): s for s in sheet.get("studies") or [] if isinstance(s, Mapping)
    }
    used: list[UsedValue] = [u for e in effects for u in e.used]
    for e in effects:
        for name in REPORT_FIELDS:
            value, status = field_value(studies.get(e.document, {}), name)
            if value not in (None, "", [], {}):
                used.append(UsedValue(e.document, f"field {name}", status or "prefilled"))
    subgroups = None
    if by is not None:
        labels = []
        for e in effects:
            value, status = field_value(studies.get(e.document, {}), by)
            label = format_value(value) or NOT_REPORTED
            labels.append(label)
            if value is not None:
                used.append(UsedValue(e.document, f"field {by}", status or "prefilled"))
        subgroups = subgroup_test(ys, vs, labels, field=by, model=model, tau2_method=tau2_method)

    labels = [study_label(studies.get(e.document, {}), e.document) for e in effects]
    seen: dict[str, int] = {}
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
    labels = [f"{lab} ({e.document})" if seen[lab] > 1 else lab for lab, e in zip(labels, effects)]

    return Analysis(
        name=analysis_name(outcome, timepoint, measure, requested),
        outcome=outcome,
        timepoint=tp_text,
        measure=measure,
        model=model,
        tau2_method=tau2_method,
        studies=tuple(effects),
        labels=tuple(labels),
        excluded=tuple(excluded),
        pooled=pooled,
        fixed=fixed,
        random=random,
        egger=egger,
        leave_one_out=tuple(loo),
        subgroups=subgroups,
        unverified=tuple(u for u in dict.fromkeys(used) if not u.reviewed),
    )


def results_json(analyses: list[Analysis], prisma: Mapping[str, Any] | None = None) -> str:
    """The ``results.json`` text: ``{"analyses": [...], "prisma": {...}}``."""
    body = {
        "analyses": [a.to_dict() for a in analyses],
        "preview": any(a.preview for a in analyses),
        "prisma": dict(prisma) if prisma is not None else None,
    }
    return json.dumps(_json_safe(body), indent=2, allow_nan=False)


def _json_safe(value: Any) -> Any:
    """NaN and infinities (absurd inputs can overflow) become null: JSON has no NaN."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value
