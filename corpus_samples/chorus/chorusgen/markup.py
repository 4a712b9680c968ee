"""What the chorus corpus adds to the external set's ``Study`` record and markup.

The external renderer writes every score as "mean ± err" or "mean (err)". Real papers
write them in many more ways, so prose here may also carry::

    {sc:GROUP@DAY|style}        a score of the study's main scale
    {sc:KEY/GROUP@DAY|style}    a score of a secondary scale (``Chorus.extra[KEY]``)

Styles: ``pm`` "11.2 ± 1.3", ``tight`` "11.2±1.3", ``comma`` "11,2 ± 1,3" (decimal
comma), ``paren`` "11.2 (1.3)", ``lab`` "11.2 (SD 1.3)" / "11.2 (SEM 1.3)", ``semi``
"11.2; SD 1.3", ``bare`` "11.2" (the spread is not written: the row has neither).
These markers are resolved before the external renderers see the text; each one becomes
an outcome row with source ``text`` on the page of its block.

Custom blocks (``("xtable", label, caption, spec)``, ``("kvtable", label, caption, rows)``)
are drawn only by the chorus layouts (``chorusgen.render``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from extgen.model import Scores, Study

SC_RE = re.compile(r"\{sc:(?:([a-z0-9]+)/)?([^@}]+)@([0-9.]+)(?:\|([a-z]+))?\}")


@dataclass
class Chorus(Study):
    """A ``Study`` with secondary score sets (e.g. BMS of a mouse cohort)."""

    extra: dict[str, Scores] = field(default_factory=dict)


@dataclass(frozen=True)
class TextScore:
    """One score written in prose: where, which, and exactly as printed."""

    key: str  # PDF block key (see extgen.render_pdf.render_pdf)
    scores: str  # "" for the main scale, else a key of ``Chorus.extra``
    group: str
    day: float
    printed: str
    bare: bool


def scores_of(study: Study, key: str) -> Scores:
    return study.scores if not key else study.extra[key]  # type: ignore[attr-defined]


def fmt(scores: Scores, group: str, day: float, style: str | None) -> str:
    """A score as a paper in the given style prints it."""
    mean, err = scores.values[group][day]
    lab = "SD" if scores.err == "sd" else "SEM"
    return {
        None: f"{mean:.1f} ± {err:.1f}",
        "pm": f"{mean:.1f} ± {err:.1f}",
        "tight": f"{mean:.1f}±{err:.1f}",
        "comma": f"{mean:.1f} ± {err:.1f}".replace(".", ","),
        "paren": f"{mean:.1f} ({err:.1f})",
        "lab": f"{mean:.1f} ({lab} {err:.1f})",
        "semi": f"{mean:.1f}; {lab} {err:.1f}",
        "bare": f"{mean:.1f}",
    }[style]


def resolve(markup: str, study: Study, key: str, found: list[TextScore]) -> str:
    """Replace ``{sc:...}`` markers with printed scores, recording each one."""

    def one(m: re.Match[str]) -> str:
        skey, group, day, style = m.group(1) or "", m.group(2), float(m.group(3)), m.group(4)
        printed = fmt(scores_of(study, skey), group, day, style)
        found.append(TextScore(key, skey, group, day, printed, style == "bare"))
        return printed

    return SC_RE.sub(one, markup)


def resolved(study: Study) -> tuple[Study, list[TextScore]]:
    """The study with every ``{sc:...}`` marker printed, and the scores so printed.

    Block keys follow ``extgen.render_pdf``: ``abs<i>``, ``s<i>.<j>``, ``cap:<label>``,
    ``foot:<label>``, ``back<i>``.
    """
    found: list[TextScore] = []
    abstract = [(lab, resolve(t, study, f"abs{i}", found)) for i, (lab, t) in enumerate(study.abstract)]
    sections = []
    for si, (typ, head, blocks) in enumerate(study.sections):
        out: list[Any] = []
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append(resolve(b, study, f"s{si}.{bi}", found))
            elif b[0] in ("table", "figure", "xtable", "kvtable"):
                spec = b[3]
                if isinstance(spec, dict) and spec.get("foot"):
                    spec = {**spec, "foot": resolve(spec["foot"], study, f"foot:{b[1]}", found)}
                out.append((b[0], b[1], resolve(b[2], study, f"cap:{b[1]}", found), spec))
            else:
                out.append(b)
        sections.append((typ, head, out))
    back = [(h, resolve(t, study, f"back{i}", found)) for i, (h, t) in enumerate(study.back)]
    return replace(study, abstract=abstract, sections=sections, back=back), found
