"""Shared bits of the relay studies: invented references, time formats, declarations."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL

# A few more invented references (relay's own), appended to the shared pool.
EXTRA = [
    "Qadir N, Holm E. Decimal conventions and data reporting in multinational rodent studies. Res Integr Notes. 2018;3:14–20.",
    "Rautio S, Banda C. Ipsilateral hindlimb scoring after lateral hemisection. Spinal Repair Lett. 2020;6:40–49.",
    "Salcedo M, Wu J. Inclined plane and footprint tests after thoracic injury. Neurobehav Methods. 2017;9:201–210.",
    "Tembo A, Kirchner L. Precipitation reagents versus ultracentrifugation for vesicle yield. Vesicle Methods. 2020;4:71–83.",
]
REFS = POOL + EXTRA
NOTICE = FOOTNOTE


def refs(*idx: int) -> list[str]:
    """References by index into the pool (the paper numbers them 1..n in this order)."""
    return [REFS[i] for i in idx]


def d_ord(d: float) -> str:
    n = int(d)
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} day"


def wpi(d: float) -> str:
    return f"{d / 7:g} wpi"


def dpi(d: float) -> str:
    return f"{d:g} dpi"


def day_d(d: float) -> str:
    return f"D{d:g}"


def week_w(d: float) -> str:
    return f"Week {d / 7:g}"
