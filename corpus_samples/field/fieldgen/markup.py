"""Score formatting and the score markup of this corpus (a superset of ``extgen``'s).

``{bbb:GROUP@DAY}`` writes "mean ± err" as in ``extgen``; a style after a bar
changes how the score is written:

- ``|paren``  "mean (err)"
- ``|tight``  "mean±err" (no spaces, as some journals typeset it)
- ``|mean``   the mean alone ("rose from 2.1 to 9.8"): the gold row has sd = sem = null

``extgen``'s own regex only knows ``|paren``, so the renderers receive prose whose
score markers are already resolved (``resolve_scores``); the gold reads the markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extgen.model import Scores

SCORE_RE = re.compile(r"\{bbb:([^@}]+)@([0-9.]+)(?:\|(paren|tight|mean))?\}")


@dataclass
class FScores(Scores):
    """``Scores`` with more ways of writing a value and a fixed number of decimals."""

    dec: int = 1

    def cell(self, group: str, day: float, style: str | None = None) -> str:
        mean, err = self.values[group][day]
        m, e = f"{mean:.{self.dec}f}", f"{err:.{self.dec}f}"
        if style == "paren":
            return f"{m} ({e})"
        if style == "tight":
            return f"{m}±{e}"
        if style == "mean":
            return m
        return f"{m} ± {e}"


def scores_in(markup: str) -> list[tuple[str, float, str | None]]:
    """(group, day, style) of every score marker in a block."""
    return [(m.group(1), float(m.group(2)), m.group(3)) for m in SCORE_RE.finditer(markup)]


def resolve_scores(markup: str, scores: Scores) -> str:
    """Replace every score marker by the text a reader sees (quote markers stay)."""
    return SCORE_RE.sub(lambda m: scores.cell(m.group(1), float(m.group(2)), m.group(3)), markup)
