"""Small helpers the study files share (everything they produce is invented)."""

from __future__ import annotations

from typing import Any

from extgen.common import FOOTNOTE, POOL
from extgen.model import Scores, Study

# More invented references, so the narrative papers do not all cite the same list.
MORE_REFS = [
    "Quiroga H, Sandu E. Hindlimb recovery curves after graded thoracic contusion in rats. Neurotrauma Methods Q. 2016;9:14–27.",
    "Rautio K, Mwale J. Open-field scoring by blinded pairs of observers: agreement and drift. Behav Scoring Rev. 2018;3:61–70.",
    "Stavros N, Ahn J. Dose–response of vesicle therapies in rodent neurotrauma. Preclin Ther Notes. 2021;6:201–213.",
    "Tiberius M, Oduya C. Extracellular vesicle biodistribution after systemic injection. Vesicle Track Lett. 2020;2:5–16.",
    "Urquhart L, Bello F. Ferroptosis and lipid peroxidation after spinal injury. Cord Redox Rep. 2022;4:90–101.",
    "Volkov A, Chanda S. Subscores for fine locomotor features in the rat open field. Motor Assess J. 2017;11:33–41.",
    "Wainaina P, Rocha T. Preconditioning strategies for stromal cell secretomes. Cell Cond Stud. 2021;7:44–58.",
    "Xander G, Ilori B. Mouse locomotor rating after contusion and transection. Murine Neuro Models. 2019;5:120–131.",
]


def refs(*idx: int) -> list[str]:
    """References by index into the two pools (0–15: POOL, 16–23: MORE_REFS)."""
    both = POOL + MORE_REFS
    return [both[i] for i in idx]


def paper(**kw: Any) -> Study:
    """A ``Study`` with the corpus defaults (synthetic notice, empty score table)."""
    kw.setdefault("footnote", FOOTNOTE)
    kw.setdefault("scores", Scores("BBB", "sd", [], {}))
    return Study(**kw)


def grid(groups: list[str], days: list[float], vals: dict[str, list[str]], *,
         first: str | None = None, marks: dict[tuple[str, float], str] | None = None) -> list[list[str]]:
    """Table body rows (one per group) of score-marked cells written exactly as in ``vals``.

    ``first``: label of the first column per row (default: the group label);
    ``marks``: footnote markers after a cell, e.g. ``{("Exo", 28): "<sup>*</sup>"}``.
    """
    marks = marks or {}
    rows = []
    for g in groups:
        cells = [first.format(g=g) if first else g]
        for d, text in zip(days, vals[g], strict=True):
            cells.append(f"{{s:{g}@{d:g}|{text}}}{marks.get((g, d), '')}")
        rows.append(cells)
    return rows


def grid_days_down(groups: list[str], days: list[float], vals: dict[str, list[str]], label) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Table body rows (one per day) of score-marked cells; ``label(day)`` heads each row."""
    rows = []
    for i, d in enumerate(days):
        rows.append([label(d)] + [f"{{s:{g}@{d:g}|{vals[g][i]}}}" for g in groups])
    return rows
