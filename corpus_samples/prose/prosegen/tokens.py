"""Score tokens: one locomotor score written in the many shapes authors use.

``{s:GROUP@DAY}`` or ``{s:GROUP@DAY|shape}`` in prose, captions or table cells is
replaced by the score of ``GROUP`` at ``DAY`` (days after injury) from the study's
``Scores``. Every token that writes a mean becomes one gold outcome row whose quote is
the written text. Shapes:

========  ===================  =====================================================
shape     written as           gold row
========  ===================  =====================================================
pm        ``9.8 ± 0.6``        mean and the study's error (sd or sem)
tight     ``9.8±0.6``          mean and error
paren     ``9.8 (0.6)``        mean and error
lab       ``9.8 (SEM 0.6)``    mean and error
m         ``9.8``              mean only; error null (the sentence gives none)
mx        ``9.8``              mean, error taken from a neighbouring ``e`` cell
i         ``12`` (if whole)    mean only
w         ``twelve``           mean only (written as a word; whole numbers only)
e         ``0.6``              no row (the error of an ``mx`` cell)
========  ===================  =====================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extgen.model import Scores

TOKEN_RE = re.compile(r"\{s:([^@}|]+)@([0-9.]+)(?:\|([a-z]+))?\}")

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
         "twenty", "twenty-one"]


@dataclass(frozen=True)
class ScoreMention:
    """One score written in the document (before pages are known)."""

    group: str
    day: float
    mean: float
    err: float | None
    quote: str


def write(scores: Scores, group: str, day: float, shape: str | None) -> tuple[str, ScoreMention | None]:
    """The text of one token and the gold mention it makes (None for an error-only cell)."""
    if group not in scores.values or day not in scores.values[group]:
        raise ValueError(f"no score for {group!r} at day {day:g}")
    mean, err = scores.values[group][day]
    shape = shape or "pm"
    lab = "SEM" if scores.err == "sem" else "SD"
    if shape == "pm":
        text = f"{mean:.1f} ± {err:.1f}"
    elif shape == "tight":
        text = f"{mean:.1f}±{err:.1f}"
    elif shape == "paren":
        text = f"{mean:.1f} ({err:.1f})"
    elif shape == "lab":
        text = f"{mean:.1f} ({lab} {err:.1f})"
    elif shape in ("m", "mx"):
        text = f"{mean:.1f}"
    elif shape == "i":
        text = f"{mean:.0f}" if mean == int(mean) else f"{mean:.1f}"
    elif shape == "w":
        if mean != int(mean):
            raise ValueError(f"{group}@{day:g}: only whole scores can be written as words")
        text = WORDS[int(mean)]
    elif shape == "e":
        return f"{err:.1f}", None
    else:
        raise ValueError(f"unknown score shape {shape!r}")
    keeps_err = shape in ("pm", "tight", "paren", "lab", "mx")
    return text, ScoreMention(group, day, mean, err if keeps_err else None, text)


def resolve(markup: str, scores: Scores) -> tuple[str, list[ScoreMention]]:
    """Markup with every score token written out, and the mentions it made (in order)."""
    found: list[ScoreMention] = []

    def one(m: re.Match[str]) -> str:
        text, mention = write(scores, m.group(1), float(m.group(2)), m.group(3))
        if mention is not None:
            found.append(mention)
        return text

    return TOKEN_RE.sub(one, markup), found
