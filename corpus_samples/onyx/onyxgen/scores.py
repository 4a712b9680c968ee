"""Scores with more ways of writing a value than the external set's ``Scores``.

A score reference in prose stays ``{bbb:KEY@DAY}`` (the renderers' markup), but KEY may
carry a scale prefix and a style suffix: ``BMS:EV~bare`` is the BMS score of group ``EV``
written without its spread. Styles:

- ``pm`` "6.2 ± 0.8" (default unless the study sets another), ``tight`` "6.2±0.8",
  ``paren`` "6.2 (0.8)", ``bare`` "6.2" (no spread written), ``int`` "21";
- ``med`` "8 (6–9)" and ``iqr`` "8 [IQR 6–9]" for medians, whose values are stored as
  ``(median, q1, q3)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extgen.model import Scores

STYLES = ("pm", "tight", "paren", "bare", "int", "med", "iqr")


def parse_key(key: str) -> tuple[str | None, str, str | None]:
    """``"BMS:EV~bare"`` -> (``"BMS"``, ``"EV"``, ``"bare"``)."""
    scale = None
    if ":" in key:
        scale, key = key.split(":", 1)
    style = None
    if "~" in key:
        key, style = key.split("~", 1)
        if style not in STYLES:
            raise ValueError(f"unknown score style {style!r}")
    return scale, key, style


class _Values(dict):
    """Score values that also answer for a styled key (the renderers look keys up directly)."""

    def __missing__(self, key: str):  # type: ignore[no-untyped-def]
        scale, label, _ = parse_key(key)
        base = f"{scale}:{label}" if scale else label
        if base == key:
            raise KeyError(key)
        return self[base]


@dataclass
class OnyxScores(Scores):
    """``Scores`` plus other scales, per-time-point n, and a paper-wide default style.

    ``values`` keys are group labels for the main scale and ``"BMS:<label>"`` for another
    scale; ``err_of`` names the spread of another scale ("sd"/"sem"); ``n_at[(key, day)]``
    overrides a group's n at one time point (animals lost later in follow-up).
    """

    style: str = "pm"
    err_of: dict[str, str] = field(default_factory=dict)
    n_at: dict[tuple[str, float], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.values = _Values(self.values)

    def base(self, key: str) -> tuple[str, str, str]:
        scale, label, style = parse_key(key)
        return (scale or self.outcome), label, (style or self.style)

    def arm(self, group: str) -> str:
        return super().arm(parse_key(group)[1])

    def n(self, group: str) -> int | None:
        return super().n(parse_key(group)[1])

    def cell(self, group: str, day: float, style: str | None = None) -> str:
        _, _, own = self.base(group)
        style = style or own
        v = self.values[group][day]
        if len(v) == 3 or style in ("med", "iqr"):
            m, q1, q3 = v
            return f"{m:g} [IQR {q1:g}–{q3:g}]" if style == "iqr" else f"{m:g} ({q1:g}–{q3:g})"
        m, e = v
        return {"pm": f"{m:.1f} ± {e:.1f}", "tight": f"{m:.1f}±{e:.1f}", "paren": f"{m:.1f} ({e:.1f})",
                "bare": f"{m:.1f}", "int": f"{m:g}"}[style]

    def row(self, group: str, day: float) -> dict:
        """Outcome, label, arm, mean, sd, sem, n (and stat for medians) of one written score."""
        scale, label, style = self.base(group)
        key = f"{scale}:{label}" if scale != self.outcome else label
        v = self.values[key][day]
        err_kind = self.err_of.get(scale, self.err) if scale != self.outcome else self.err
        out = {"outcome": scale, "group": label, "arm": super().arm(label), "day": day, "mean": v[0],
               "sd": None, "sem": None, "n": self.n_at.get((key, day), super().n(label))}
        if len(v) == 3:
            out["stat"] = "median"
        elif style not in ("bare", "int"):
            out[err_kind] = v[1]
        return out
