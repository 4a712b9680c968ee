"""Score markup of the narrative corpus, on top of the external set's ``Study`` record.

The external renderer writes a score only as "mean ± err" (``{bbb:GROUP@DAY}``). Real
results sections write scores in many more shapes, so this corpus writes every score
exactly as it appears and marks it:

    {s:GROUP@DAY|written text}            a BBB score (the study's main scale)
    {s:BMS/GROUP@DAY|written text}        a score on another scale
    {s:GROUP@DAY;n=7|written text}        this time point has its own n
    {s:GROUP@DAY;median|7 (IQR 5–9)}      a median with its interquartile range

The written text is the quote. Its first number (or number word, "nine") is the mean
(or median); a second number, if any, is the SD/SEM the study reports. The same score
written twice (text and table) must agree, which catches slips in the study files.

Tables with habits the external renderer lacks (merged header cells, footnote markers,
wrapped cells, "continued" parts) are ``("table", label, caption, spec)`` blocks whose
spec carries ``ncells``; ``install()`` teaches the external renderers to draw them.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from extgen.model import Scores, Study

SCORE_RE = re.compile(r"\{s:(?:(BBB|BMS)/)?([^@}|]+)@([0-9.]+)((?:;[a-z]+(?:=\d+)?)*)\|([^}]+)\}")
NUM_RE = re.compile(r"\d+(?:\.\d+)?")
WORDS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty twenty-one".split())}


@dataclass
class Narrative:
    """One paper: the external ``Study`` (with score markers in its prose) and its groups."""

    study: Study
    groups: dict[str, tuple[str, int | None]]  # label as printed -> (arm, n)
    err: str  # "sd" or "sem": what the second number of a written score is
    habits: list[str] = field(default_factory=list)  # PDF post-processing, see habits.py
    figure_values: dict[str, dict[float, float]] = field(default_factory=dict)  # plot-only data
    outcome: str = "BBB"


def resolve(markup: str) -> str:
    """The text a reader sees for a piece of score-marked prose."""
    return SCORE_RE.sub(lambda m: m.group(5), markup)


def parse_score(m: re.Match[str], default_outcome: str) -> dict[str, Any]:
    """Outcome, group, day, values and quote of one score marker."""
    outcome, group, day, flags, text = m.groups()
    opts = dict((f.split("=") + [""])[:2] for f in flags.strip(";").split(";") if f)
    word = text.strip().lower()
    if word in WORDS:
        numbers = [WORDS[word]]
    else:
        numbers = [float(x) for x in NUM_RE.findall(text)]
    if not numbers:
        raise ValueError(f"score marker without a number: {m.group(0)!r}")
    out: dict[str, Any] = {"outcome": outcome or default_outcome, "group": group.strip(), "day": float(day),
                           "mean": numbers[0], "err": None, "iqr": None, "quote": text,
                           "n": int(opts["n"]) if opts.get("n") else None, "median": "median" in opts}
    if out["median"]:
        if len(numbers) != 3:
            raise ValueError(f"median marker needs median, Q1, Q3: {m.group(0)!r}")
        out["iqr"] = numbers[1:]
    elif len(numbers) == 2:
        out["err"] = numbers[1]
    elif len(numbers) > 2:
        raise ValueError(f"score marker with more than mean and spread: {m.group(0)!r}")
    return out


def _map_blocks(study: Study, fn: Any) -> Study:
    """A copy of ``study`` with ``fn`` applied to every piece of prose, caption and cell."""
    def spec_map(spec: dict) -> dict:
        spec = dict(spec)
        if spec.get("foot"):
            spec["foot"] = fn(spec["foot"])
        if "ncells" in spec:
            nc = dict(spec["ncells"])
            nc["head"] = [[fn(c) for c in row] for row in nc["head"]]
            nc["rows"] = [[fn(c) for c in row] for row in nc["rows"]]
            nc["continued_rows"] = [[fn(c) for c in row] for row in nc.get("continued_rows", [])]
            spec["ncells"] = nc
        return spec

    sections = []
    for sec_type, heading, blocks in study.sections:
        new = []
        for b in blocks:
            if isinstance(b, str):
                new.append(fn(b))
            elif b[0] in ("table", "figure"):
                new.append((b[0], b[1], fn(b[2]), spec_map(b[3])))
            else:
                new.append(b)
        sections.append((sec_type, heading, new))
    return dataclasses.replace(study, sections=sections,
                               abstract=[(lab, fn(t)) for lab, t in study.abstract],
                               back=[(h, fn(t)) for h, t in study.back])


def rendered_study(nar: Narrative) -> Study:
    """The ``Study`` the external renderers draw: markers resolved, figure data attached."""
    study = _map_blocks(nar.study, resolve)
    values: dict[str, dict[float, tuple[float, float]]] = {}
    for row in score_rows(nar):
        values.setdefault(row["group"], {})[row["day"]] = (row["mean"], row["err"] or 0.0)
    for g, days in nar.figure_values.items():
        for d, v in days.items():
            values.setdefault(g, {}).setdefault(d, (v, 0.0))
    groups = [(g, arm, n) for g, (arm, n) in nar.groups.items()]
    return dataclasses.replace(study, scores=Scores(nar.outcome, nar.err, groups, values))


def scored_blocks(nar: Narrative) -> list[tuple[str, str, str]]:
    """(PDF key, source, markup) of every block that can hold a score, in reading order."""
    s = nar.study
    out = [(f"abs{i}", "text", t) for i, (_, t) in enumerate(s.abstract)]
    for si, (_t, _h, blocks) in enumerate(s.sections):
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append((f"s{si}.{bi}", "text", b))
            elif b[0] in ("table", "figure"):
                out.append((f"cap:{b[1]}", "text", b[2]))
                spec = b[3]
                if spec.get("foot"):
                    out.append((f"foot:{b[1]}", "text", spec["foot"]))
                for row in spec.get("ncells", {}).get("rows", []):
                    out += [(f"tab:{b[1]}", "table", c) for c in row]
    out += [(f"back{i}", "text", t) for i, (_, t) in enumerate(s.back)]
    return out


def score_rows(nar: Narrative, pages: dict[str, int] | None = None, document: str = "") -> list[dict[str, Any]]:
    """Every score marker as a gold outcome row (``pages`` None: the JATS rendering)."""
    rows: list[dict[str, Any]] = []
    seen: dict[tuple[str, str, float], dict[str, Any]] = {}
    for key, source, markup in scored_blocks(nar):
        for m in SCORE_RE.finditer(markup):
            sc = parse_score(m, nar.outcome)
            if sc["group"] not in nar.groups:
                raise ValueError(f"{nar.study.stem}: unknown group {sc['group']!r}")
            arm, n = nar.groups[sc["group"]]
            ident = (sc["outcome"], sc["group"], sc["day"])
            prev = seen.setdefault(ident, sc)
            if prev["mean"] != sc["mean"] or (prev["err"] and sc["err"] and prev["err"] != sc["err"]):
                raise ValueError(f"{nar.study.stem}: {ident} written twice with different values")
            row = {"document": document, "outcome": sc["outcome"], "group": sc["group"], "arm": arm,
                   "day": sc["day"], "mean": sc["mean"],
                   "sd": sc["err"] if nar.err == "sd" else None,
                   "sem": sc["err"] if nar.err == "sem" else None,
                   "n": sc["n"] if sc["n"] is not None else n, "source": source,
                   "page": None if pages is None else pages[key], "quote": sc["quote"], "err": sc["err"]}
            if sc["median"]:
                row.update(sd=None, sem=None, stat="median", iqr=sc["iqr"])
            rows.append(row)
    return rows
