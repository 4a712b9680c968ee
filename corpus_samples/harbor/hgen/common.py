"""Small helpers for the harbor study texts (everything they describe is invented)."""

from __future__ import annotations

NB = "\u00a0"  # no-break space
TH = "\u2009"  # thin space
MINUS = "\u2212"
MU = "\u00b5"  # micro sign
GMU = "\u03bc"  # Greek mu
EN = "\u2013"  # en dash

FOOTNOTE = ("Synthetic test document generated for software testing; not a real publication. "
            "All names and data are invented.")


def series(days: list[float], text: str) -> dict[float, tuple[float, float]]:
    """``"0.4/0.3 1.2/0.6 ..."`` -> {day: (mean, err)} in the order of ``days``."""
    pairs = [tuple(float(x) for x in tok.split("/")) for tok in text.split()]
    if len(pairs) != len(days):
        raise ValueError(f"{len(pairs)} values for {len(days)} days")
    return {d: (p[0], p[1]) for d, p in zip(days, pairs, strict=True)}


def size(value: float | None, low: float | None, high: float | None, stat: str | None, method: str) -> dict:
    return {"value": value, "low": low, "high": high, "stat": stat, "method": method}


def dose(amount: float, unit: str, volume_ul: float | None, basis: str | None) -> dict:
    return {"amount": amount, "unit": unit, "volume_ul": volume_ul, "basis": basis}


def freq(doses: int, interval_h: float | None) -> dict:
    return {"doses": doses, "interval_h": interval_h}


def weeks(d: float) -> str:
    return f"Week {d / 7:g}"


def days_d(d: float) -> str:
    return f"D{d:g}"


def dpi(d: float) -> str:
    return f"{d:g} dpi"


def day_word(d: float) -> str:
    return f"Day {d:g}"


def d_only(d: float) -> str:
    return f"{d:g} d"
