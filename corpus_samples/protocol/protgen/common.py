"""Helpers for the protocol corpus's study texts (everything here is invented)."""

from __future__ import annotations

import math

from extgen.common import FOOTNOTE, GMU, MINUS, MU, NB, POOL, TH  # noqa: F401 (re-exported)

NOTICE = FOOTNOTE


def course(days: list[float], final: float, err: tuple[float, float], *, k: float = 9.0,
           start: float = 0.6) -> dict[float, tuple[float, float]]:
    """An invented BBB/BMS time course rising from ``start`` towards ``final`` (one decimal).

    ``err`` is the spread at the first and at the last day, interpolated between.
    """
    out = {}
    last = max(days)
    for d in days:
        mean = start + (final - start) * (1 - math.exp(-d / k)) / (1 - math.exp(-last / k))
        frac = d / last
        out[d] = (round(mean, 1), round(err[0] + (err[1] - err[0]) * frac, 1))
    return out


def flat(days: list[float], mean: float, err: float) -> dict[float, tuple[float, float]]:
    """A group that stays at one score (sham rats at 21)."""
    return {d: (mean, err) for d in days}


def T(d: float) -> str:  # noqa: N802 (the paper's own label style)
    """T-coded time points: T7 = day 7 after injury (a trap for vertebral levels)."""
    return f"T{d:g}"


def d_fmt(d: float) -> str:
    return f"{d:g} d"


def dpi(d: float) -> str:
    return f"{d:g} dpi"


def week(d: float) -> str:
    return f"Week {d / 7:g}"


def wk(d: float) -> str:
    return f"{d / 7:g} wk"


def day_row(d: float) -> str:
    return f"Day {d:g}"


# A second invented reference pool (the first is the external corpus's POOL).
POOL2 = [
    "Achebe NO, Vasquez R. Lentiviral engineering of stromal cells for vesicle cargo. Vector Cell Eng. 2018;6:201–214.",
    "Brunner K, Haq S. Curcumin-loaded vesicles cross the blood–spinal cord barrier. Nanomed Neuro. 2019;3:88–99.",
    "Costa-Lima F, Ueda H. Timing of biologic therapy after spinal cord contusion: a window analysis. Neurotrauma Timing. 2017;2:14–26.",
    "Dimova P, Rahman T. Chronic spinal cord injury models in rats. Chronic Neural Inj. 2016;5:300–318.",
    "Eze C, Lundqvist M. Tangential flow filtration for scalable vesicle manufacture. Bioprocess Vesicles. 2020;1:5–17.",
    "Farahani M, Olsen B. Cytokine licensing of mesenchymal stromal cells. Immunoreg Cells. 2019;9:440–452.",
    "Grabowski T, Nair V. Lumbar spinal cord injury and locomotor recovery in rats. Lumbar Neural Res. 2018;4:61–73.",
    "Horvath E, Mwangi J. Targeting peptides for injured neural tissue. Pept Deliv Lett. 2021;7:120–131.",
]
