"""Score tokens of the world corpus, resolved to literal text before rendering.

The external renderer writes every score as "mean ± err" or "mean (err)". Real papers
write more shapes, so world prose and world tables use their own token::

    {s:GROUP@DAY}         "8.4 ± 1.2"   (default ``pm``)
    {s:GROUP@DAY|tight}   "8.4±1.2"
    {s:GROUP@DAY|paren}   "8.4 (1.2)"
    {s:GROUP@DAY|comma}   "8,4 ± 1,2"   (decimal comma)
    {s:GROUP@DAY|mean}    "8.4"         the spread is not written: the row has neither SD nor SEM
    {s:GROUP@DAY|int}     "21"          a whole-number mean written without decimals, no spread
    {s:GROUP@DAY|mcol}    "8.4"         mean in its own table column; the spread sits in the next
    {s:GROUP@DAY|ecol}    "1.2"         the spread column: text only, never a row

Every token except ``ecol`` is one outcome row. Expansion records, for the block key the
renderers report pages for, (group, day, quote, spread written?).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extgen.model import Scores

TOKEN_RE = re.compile(r"\{s:([^@}]+)@([0-9.]+)(?:\|([a-z]+))?\}")


@dataclass(frozen=True)
class ScoreMention:
    key: str  # block key (page lookup)
    group: str
    day: float
    quote: str
    with_err: bool


def fmt(scores: Scores, group: str, day: float, style: str | None) -> tuple[str, bool]:
    """Literal text of one token and whether the spread is part of what is written."""
    mean, err = scores.values[group][day]
    style = style or "pm"
    if style == "pm":
        return f"{mean:.1f} ± {err:.1f}", True
    if style == "tight":
        return f"{mean:.1f}±{err:.1f}", True
    if style == "paren":
        return f"{mean:.1f} ({err:.1f})", True
    if style == "comma":
        return f"{mean:.1f} ± {err:.1f}".replace(".", ","), True
    if style == "mean":
        return f"{mean:.1f}", False
    if style == "int":
        if mean != int(mean):
            raise ValueError(f"{group}@{day}: 'int' style for non-integer mean {mean}")
        return f"{mean:.0f}", False
    if style == "mcol":
        return f"{mean:.1f}", True
    if style == "ecol":
        return f"{err:.1f}", False
    raise ValueError(f"unknown score style {style!r}")


def expand(markup: str, scores: Scores, key: str, sink: list[ScoreMention]) -> str:
    """Replace score tokens by their text, appending one mention per outcome row to ``sink``."""
    def one(m: re.Match[str]) -> str:
        group, day, style = m.group(1), float(m.group(2)), m.group(3)
        if group not in scores.values or day not in scores.values[group]:
            raise ValueError(f"{key}: no score for {group}@{day:g}")
        text, with_err = fmt(scores, group, day, style)
        if style != "ecol":
            sink.append(ScoreMention(key, group, day, text, with_err))
        return text

    return TOKEN_RE.sub(one, markup)
