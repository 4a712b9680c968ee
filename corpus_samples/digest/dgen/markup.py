"""Score markup of the digest corpus, on top of ``extgen.model`` (imported, not copied).

The external renderer knows ``{bbb:GROUP@DAY}`` ("mean ± err") and ``|paren``. Busy authors
write scores in many more shapes, so this corpus uses its own marker, resolved to plain text
before rendering and turned into gold rows from the very text it printed:

``{s:GROUP@DAY|fmt}`` with ``fmt`` one of

- ``pm`` (default) ``12.4 ± 0.8``     - ``paren``  ``12.4 (0.8)``
- ``bare``  ``12.4`` (no spread: sd and sem null)   - ``int``  ``12`` (rounded, no spread)
- ``d2``    ``12.38 ± 0.61``            - ``tight``  ``12.4±0.8``
- ``n``     ``12.4 ± 0.8, n = 8``       - ``nsemi``  ``n = 8; 12.4 ± 0.8``

The gold mean / spread are the numbers as printed (a rounded abstract value is gold as
rounded), the group is the study's canonical label, whatever name the sentence uses.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from extgen.model import Scores, Study

SCORE_RE = re.compile(r"\{s:([^@}]+)@([0-9.]+)(?:\|([a-z0-9]+))?\}")


def fmt_score(scores: Scores, group: str, day: float, style: str | None) -> tuple[str, float, float | None]:
    """(printed text, printed mean, printed spread or None)."""
    mean, err = scores.values[group][day]
    n = scores.n(group)
    style = style or "pm"
    if style == "pm":
        text = f"{mean:.1f} ± {err:.1f}"
    elif style == "paren":
        text = f"{mean:.1f} ({err:.1f})"
    elif style == "bare":
        return f"{mean:.1f}", float(f"{mean:.1f}"), None
    elif style == "int":
        return f"{mean:.0f}", float(f"{mean:.0f}"), None
    elif style == "d2":
        return f"{mean:.2f} ± {err:.2f}", float(f"{mean:.2f}"), float(f"{err:.2f}")
    elif style == "tight":
        text = f"{mean:.1f}±{err:.1f}"
    elif style == "n":
        text = f"{mean:.1f} ± {err:.1f}, n = {n}"
    elif style == "nsemi":
        text = f"n = {n}; {mean:.1f} ± {err:.1f}"
    else:
        raise ValueError(f"unknown score style {style!r}")
    return text, float(f"{mean:.1f}"), float(f"{err:.1f}")


def resolve(markup: str, scores: Scores) -> str:
    """The markup with every ``{s:...}`` marker replaced by its printed text."""
    return SCORE_RE.sub(lambda m: fmt_score(scores, m.group(1), float(m.group(2)), m.group(3))[0], markup)


def scores_in(markup: str) -> list[tuple[str, float, str | None]]:
    return [(m.group(1), float(m.group(2)), m.group(3)) for m in SCORE_RE.finditer(markup)]


def _block(b: Any, scores: Scores) -> Any:
    if isinstance(b, str):
        return resolve(b, scores)
    if b[0] in ("table", "figure"):
        spec = dict(b[3])
        if spec.get("foot"):
            spec["foot"] = resolve(spec["foot"], scores)
        return (b[0], b[1], resolve(b[2], scores), spec)
    return b


def resolved(study: Study) -> Study:
    """A copy of the study the external renderers can draw (no digest markers left)."""
    s = study.scores
    return dataclasses.replace(
        study,
        abstract=[(lab, resolve(t, s)) for lab, t in study.abstract],
        sections=[(t, h, [_block(b, s) for b in blocks]) for t, h, blocks in study.sections],
        back=[(h, resolve(t, s)) for h, t in study.back],
    )


def row(study: Study, document: str, group: str, day: float, source: str, page: int | None,
        quote: str, mean: float, err: float | None) -> dict[str, Any]:
    s = study.scores
    return {"document": document, "outcome": s.outcome, "group": group, "arm": s.arm(group), "day": day,
            "mean": mean, "sd": err if s.err == "sd" else None, "sem": err if s.err == "sem" else None,
            "n": s.n(group), "source": source, "page": page, "quote": quote}


def table_cell(scores: Scores, group: str, day: float) -> tuple[str, float, float]:
    mean, err = scores.values[group][day]
    return scores.cell(group, day), float(f"{mean:.1f}"), float(f"{err:.1f}")
