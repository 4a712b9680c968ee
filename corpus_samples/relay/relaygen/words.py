"""Scores written in words: a second score marker, resolved before rendering.

The external renderer writes a score as "mean ± err" or "mean (err)". Authors write many
more shapes, so relay prose uses its own marker ``{s:GROUP@DAY|fmt}``; ``resolve`` turns it
into plain text *before* the shared renderers see the study and remembers, per block key,
which outcome rows (and which exact words) the block carries.

Formats (``m`` mean, ``e`` dispersion from the study's score data):

- ``pm``     "12.3 ± 1.2"        ``pm2``   "12.35 ± 1.21" (two decimals)
- ``tight``  "12.3±1.2"          ``comma`` "12,3 ± 1,2" (decimal commas)
- ``paren``  "12.3 (1.2)"        ``bare``  "12.3" (no spread: the row has neither SD nor SEM)
- ``bare0``  "12" when the mean is whole (written "12 points")
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from extgen.model import Scores, Study

SCORE_RE = re.compile(r"\{s:([^@}]+)@([0-9.]+)\|([a-z0-9]+)\}")


def fmt(scores: Scores, group: str, day: float, style: str) -> tuple[str, bool]:
    """(text, spread written) of one score in one style."""
    mean, err = scores.values[group][day]
    table = {
        "pm": (f"{mean:.1f} ± {err:.1f}", True),
        "pm2": (f"{mean:.2f} ± {err:.2f}", True),
        "tight": (f"{mean:.1f}±{err:.1f}", True),
        "comma": (f"{mean:.1f} ± {err:.1f}".replace(".", ","), True),
        "paren": (f"{mean:.1f} ({err:.1f})", True),
        "bare": (f"{mean:.1f}", False),
        "bare0": (f"{mean:.0f}", False),
    }
    if style not in table:
        raise ValueError(f"unknown score style {style!r}")
    if style == "bare0" and mean != int(mean):
        raise ValueError(f"bare0 needs a whole mean, got {mean}")
    return table[style]


@dataclasses.dataclass
class TextScore:
    key: str  # PDF block key (same scheme as the external renderer)
    group: str
    day: float
    quote: str
    spread: bool


def _sub(markup: str, scores: Scores, key: str, found: list[TextScore]) -> str:
    def one(m: re.Match[str]) -> str:
        text, spread = fmt(scores, m.group(1), float(m.group(2)), m.group(3))
        found.append(TextScore(key, m.group(1), float(m.group(2)), text, spread))
        return text

    return SCORE_RE.sub(one, markup)


def resolve(study: Study) -> tuple[Study, list[TextScore]]:
    """The study with every ``{s:...}`` marker written out, and the scores it wrote."""
    s, found = study.scores, []
    abstract = [(lab, _sub(t, s, f"abs{i}", found)) for i, (lab, t) in enumerate(study.abstract)]
    sections: list[tuple[str, str, list[Any]]] = []
    for si, (typ, head, blocks) in enumerate(study.sections):
        out: list[Any] = []
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append(_sub(b, s, f"s{si}.{bi}", found))
            elif b[0] in ("table", "figure"):
                spec = dict(b[3])
                if spec.get("foot"):
                    spec["foot"] = _sub(spec["foot"], s, f"foot:{b[1]}", found)
                out.append((b[0], b[1], _sub(b[2], s, f"cap:{b[1]}", found), spec))
            else:
                out.append(b)
        sections.append((typ, head, out))
    back = [(h, _sub(t, s, f"back{i}", found)) for i, (h, t) in enumerate(study.back)]
    return dataclasses.replace(study, abstract=abstract, sections=sections, back=back), found


def text_row(study: Study, document: str, ts: TextScore, page: int | None) -> dict[str, Any]:
    """The gold outcome row of one score written in words."""
    s = study.scores
    mean, err = s.values[ts.group][ts.day]
    sd = err if ts.spread and s.err == "sd" else None
    sem = err if ts.spread and s.err == "sem" else None
    return {"document": document, "outcome": s.outcome, "group": ts.group, "arm": s.arm(ts.group),
            "day": ts.day, "mean": mean, "sd": sd, "sem": sem, "n": s.n(ts.group), "source": "text",
            "page": page, "quote": ts.quote}
