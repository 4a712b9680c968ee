"""Markup the labs corpus adds on top of ``extgen.model`` (resolved before rendering).

- ``{v:GROUP@DAY}``       a score from ``study.scores`` written "11.2 ± 1.3";
  ``{v:GROUP@DAY|fmt}``   with fmt one of:
    ``paren``  "11.2 (1.3)"          ``mean``   "11.2" (no dispersion: row has sd = sem = null)
    ``comma``  "11,2 ± 1,3"          ``cparen`` "11,2 (1,3)"        ``cmean`` "11,2"
    ``semi``   "11.2; SEM 1.3" style is not offered: write such words around ``mean``.
  Every marker becomes one gold outcome row (source ``text``, or ``figure`` in a figure
  caption, ``table`` in a grid cell); its quote is the written value.
- ``("grid", label, caption, spec)`` blocks: free-form tables (merged header cells, group
  design tables, n in labels, footnote markers). ``spec`` keys: ``head`` (list of header rows,
  each a list of ``(text, colspan)``), ``rows`` (list of rows of cell markup), optional
  ``foot`` (markup), ``split`` (row index where the PDF continues the table on the next
  page), ``landscape`` (PDF: the table gets a page of its own, turned landscape).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extgen.model import Scores

V_RE = re.compile(r"\{v:([^@}]+)@([0-9.]+)(?:\|([a-z]+))?\}")
FORMATS = ("pm", "paren", "mean", "comma", "cparen", "cmean")


def _num(x: float, comma: bool) -> str:
    s = f"{x:.1f}"
    return s.replace(".", ",") if comma else s


def written(scores: Scores, group: str, day: float, fmt: str | None) -> str:
    """The value as the paper prints it."""
    fmt = fmt or "pm"
    if fmt not in FORMATS:
        raise ValueError(f"unknown value format {fmt!r}")
    mean, err = scores.values[group][day]
    comma = fmt.startswith("c")
    m, e = _num(mean, comma), _num(err, comma)
    if fmt in ("mean", "cmean"):
        return m
    if fmt in ("paren", "cparen"):
        return f"{m} ({e})"
    return f"{m} ± {e}"


@dataclass(frozen=True)
class Value:
    group: str
    day: float
    fmt: str | None
    quote: str

    @property
    def has_err(self) -> bool:
        return self.fmt not in ("mean", "cmean")


def resolve(markup: str, scores: Scores) -> tuple[str, list[Value]]:
    """Markup with every ``{v:...}`` replaced by its written value, and the values."""
    found: list[Value] = []

    def one(m: re.Match[str]) -> str:
        group, day, fmt = m.group(1), float(m.group(2)), m.group(3)
        if group not in scores.values or day not in scores.values[group]:
            raise ValueError(f"no score for {group!r} at day {day:g}")
        text = written(scores, group, day, fmt)
        found.append(Value(group, day, fmt, text))
        return text

    return V_RE.sub(one, markup), found
