"""Score data and the score tokens of the willow corpus.

The external renderer writes one score shape ("mean ± err"). Small journals write many, so
willow keeps its own score record and resolves its own tokens *before* handing the study
to the external renderers:

- prose/captions: ``{w:KEY@DAY}`` or ``{w:KEY@DAY|FMT}``;
- grid tables: a cell ``("s", KEY, DAY, FMT, MARK)``.

FMT: ``pm`` "8.4 ± 1.1" (default), ``pmt`` "8.4±1.1" (tight), ``paren`` "8.4 (1.1)",
``m`` a bare mean (no spread printed: the row has neither SD nor SEM), ``mc`` a mean
whose spread sits in the next column (the row keeps it), ``e`` the spread alone (that
separate SD/SEM column; no outcome row of its own). MARK is glued after the number
("9.8±0.9*"). KEY names a group of one experiment; two experiments may print the same
label ("PBS") under different keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

W_RE = re.compile(r"\{w:([^@}]+)@([0-9.]+)(?:\|([a-z]+))?\}")


@dataclass
class WScores:
    """``groups[key] = (label as printed, arm, n)``; ``values[key][day] = (mean, err)``."""

    outcome: str
    err: str  # "sd" or "sem"
    groups: dict[str, tuple[str, str, int | None]]
    values: dict[str, dict[float, tuple[float, float]]]

    def text(self, key: str, day: float, fmt: str | None) -> str:
        mean, err = self.values[key][day]
        fmt = fmt or "pm"
        if fmt == "pm":
            return f"{mean:.1f} ± {err:.2f}" if self.err == "sem" and err < 0.1 else f"{mean:.1f} ± {err:.1f}"
        if fmt == "pmt":
            return f"{mean:.1f}±{err:.1f}"
        if fmt == "paren":
            return f"{mean:.1f} ({err:.1f})"
        if fmt in ("m", "mc"):
            return f"{mean:.1f}"
        if fmt == "e":
            return f"{err:.1f}"
        raise ValueError(f"unknown score format {fmt!r}")

    def row(self, key: str, day: float, fmt: str | None) -> dict:
        """The gold outcome row a printed score stands for (a bare mean has no spread)."""
        label, arm, n = self.groups[key]
        mean, err = self.values[key][day]
        spread = None if fmt == "m" else err
        return {"outcome": self.outcome, "group": label, "arm": arm, "day": day, "mean": mean,
                "sd": spread if self.err == "sd" else None, "sem": spread if self.err == "sem" else None,
                "n": n}


def resolve(markup: str, scores: WScores) -> tuple[str, list[tuple[dict, str]]]:
    """Markup with the tokens written out, and (row, quote) for every score it prints."""
    rows: list[tuple[dict, str]] = []

    def one(m: re.Match[str]) -> str:
        key, day, fmt = m.group(1), float(m.group(2)), m.group(3)
        text = scores.text(key, day, fmt)
        if fmt != "e":
            rows.append((scores.row(key, day, fmt), text))
        return text

    return W_RE.sub(one, markup), rows
