"""Score phrasings the shared markup cannot write, resolved before rendering.

The shared ``{bbb:GROUP@DAY}`` marker always prints "mean ± err" (or "mean (err)").
Authors also write "11.2±1.3", "11.2 (SEM 0.9)", "11.2 +/- 1.3" or a bare "11.2".
``{sx:GROUP@DAY|style}`` prints one of those; the study copy handed to the shared
renderers holds the literal text, and the gold rows are added here, keyed by the block
they were written in (same keys as the PDF page map).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from extgen.model import BBB_RE, QUOTE_RE, Scores, Study

SX_RE = re.compile(r"\{sx:([^@}]+)@([0-9.]+)\|([a-z]+)\}")


def phrase(scores: Scores, group: str, day: float, style: str) -> tuple[str, bool]:
    """(text, spread written?) for one score in one style."""
    mean, err = scores.values[group][day]
    name = "SD" if scores.err == "sd" else "SEM"
    styles = {
        "tight": (f"{mean:.1f}±{err:.1f}", True),
        "named": (f"{mean:.1f} ({name} {err:.1f})", True),
        "ascii": (f"{mean:.1f} +/- {err:.1f}", True),
        "bare": (f"{mean:.1f}", False),
    }
    if style not in styles:
        raise ValueError(f"unknown score style {style!r}")
    return styles[style]


def _resolve(markup: str, scores: Scores, key: str, found: list[dict[str, Any]]) -> str:
    def one(m: re.Match[str]) -> str:
        group, day, style = m.group(1), float(m.group(2)), m.group(3)
        text, spread = phrase(scores, group, day, style)
        found.append({"key": key, "group": group, "day": day, "quote": text, "spread": spread})
        return text

    out = SX_RE.sub(one, markup)
    bare = BBB_RE.sub("", QUOTE_RE.sub(lambda m: m.group(2), out))
    if "{" in bare or "}" in bare:  # a marker mistyped (or doubled by an f-string) would print braces
        raise ValueError(f"{key}: stray brace in {markup[:90]!r}")
    return out


def resolve_study(study: Study) -> tuple[Study, list[dict[str, Any]]]:
    """A copy of ``study`` with every ``{sx:...}`` written out, and the scores it wrote."""
    found: list[dict[str, Any]] = []
    s = study.scores
    abstract = [(lab, _resolve(t, s, f"abs{i}", found)) for i, (lab, t) in enumerate(study.abstract)]
    sections = []
    for si, (typ, head, blocks) in enumerate(study.sections):
        new: list[Any] = []
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                new.append(_resolve(b, s, f"s{si}.{bi}", found))
            elif b[0] in ("table", "figure"):
                spec = dict(b[3])
                if spec.get("foot"):
                    spec["foot"] = _resolve(spec["foot"], s, f"foot:{b[1]}", found)
                new.append((b[0], b[1], _resolve(b[2], s, f"cap:{b[1]}", found), spec))
            else:
                new.append(b)
        sections.append((typ, head, new))
    back = [(h, _resolve(t, s, f"back{i}", found)) for i, (h, t) in enumerate(study.back)]
    return replace(study, abstract=abstract, sections=sections, back=back), found


def extra_rows(study: Study, document: str, found: list[dict[str, Any]],
               pages: dict[str, int] | None) -> list[dict[str, Any]]:
    """Gold outcome rows (source ``text``) for the scores ``resolve_study`` wrote."""
    s = study.scores
    rows = []
    for f in found:
        mean, err = s.values[f["group"]][f["day"]]
        spread = err if f["spread"] else None
        rows.append({"document": document, "outcome": s.outcome, "group": f["group"],
                     "arm": s.arm(f["group"]), "day": f["day"], "mean": mean,
                     "sd": spread if s.err == "sd" else None, "sem": spread if s.err == "sem" else None,
                     "n": s.n(f["group"]), "source": "text",
                     "page": None if pages is None else pages[f["key"]], "quote": f["quote"]})
    return rows
