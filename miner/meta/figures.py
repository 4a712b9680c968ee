"""Forest, funnel and PRISMA 2020 flow diagrams with matplotlib (Agg, no display).

Each ``*_figure`` function returns a ``Figure``; ``save_figure`` writes it as PNG
and SVG. Labels come from the sheet and are drawn as plain text (matplotlib's
mathtext is switched off for them, so a ``$`` in a title cannot inject markup).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only; never open a window (servers, workers, CI)

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch, Polygon

from miner.meta.pooling import Pooled

__all__ = ["PRISMA_KEYS", "forest_figure", "funnel_figure", "prisma_figure", "save_figure"]

PRISMA_KEYS = (
    "identified_pubmed",
    "identified_europepmc",
    "duplicates_removed",
    "screened",
    "full_texts_retrieved",
    "included",
)

_MAX_LABEL = 45


def _clip(text: str, width: int = _MAX_LABEL) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def save_figure(fig: Figure, stem: Path) -> list[Path]:
    """Write ``stem.png`` (150 dpi) and ``stem.svg``; returns the paths."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    paths = [stem.with_suffix(".png"), stem.with_suffix(".svg")]
    fig.savefig(paths[0], dpi=150, bbox_inches="tight")
    # A fixed hash salt keeps SVG ids stable, so identical runs give identical files.
    with matplotlib.rc_context({"svg.hashsalt": "miner", "svg.fonttype": "none"}):
        fig.savefig(paths[1], bbox_inches="tight", metadata={"Date": None})
    return paths


def forest_figure(
    labels: Sequence[str],
    effects: Sequence[float],
    ses: Sequence[float],
    pooled: Pooled,
    *,
    measure: str,
    title: str = "",
) -> Figure:
    """Forest plot: one row per study (square sized by weight, 95% CI whiskers),
    the pooled diamond, effect [CI] and weight columns, and a heterogeneity line."""
    y = np.asarray(effects, float)
    s = np.asarray(ses, float)
    low, high = y - 1.959964 * s, y + 1.959964 * s
    k = len(y)
    rows = k + 3
    fig = Figure(figsize=(10, 0.38 * rows + 1.6))
    ax = fig.add_axes((0.33, 0.12, 0.42, 0.78))
    positions = np.arange(k, 0, -1) + 1.0  # first study on top; pooled at 0
    weights = np.asarray(pooled.weights, float)
    sizes = 20 + 180 * weights / max(weights.max(), 1e-12)
    ax.hlines(positions, low, high, color="black", linewidth=1)
    ax.scatter(y, positions, s=sizes, marker="s", color="#3b6ea5", zorder=3)
    diamond = Polygon(
        [
            (pooled.ci_low, 0),
            (pooled.estimate, 0.3),
            (pooled.ci_high, 0),
            (pooled.estimate, -0.3),
        ],
        closed=True,
        color="#b03a2e",
    )
    ax.add_patch(diamond)
    ax.axvline(0, color="grey", linewidth=0.8)
    ax.axvline(pooled.estimate, color="#b03a2e", linewidth=0.8, linestyle="--")
    lo = min(float(low.min()), pooled.ci_low, 0.0)
    hi = max(float(high.max()), pooled.ci_high, 0.0)
    pad = 0.05 * (hi - lo or 1)
    ax.set_xlim(lo - pad, hi + pad)
    ax.set_ylim(-1.8, k + 2)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel(f"{measure} (treatment - control)  ← favours control | favours treatment →")
    trans = ax.get_yaxis_transform()
    header: dict[str, Any] = {
        "usetex": False,
        "parse_math": False,
        "fontsize": 9,
        "fontweight": "bold",
    }
    plain: dict[str, Any] = {"usetex": False, "parse_math": False, "fontsize": 9}
    ax.text(-0.78, k + 1.4, "Study", transform=trans, **header)
    ax.text(1.05, k + 1.4, f"{measure} [95% CI]", transform=trans, **header)
    ax.text(1.6, k + 1.4, "Weight", transform=trans, **header)
    for pos, lab, e, a, b, w in zip(positions, labels, y, low, high, weights):
        ax.text(-0.78, pos, _clip(lab), transform=trans, va="center", **plain)
        ax.text(1.05, pos, f"{e:.2f} [{a:.2f}, {b:.2f}]", transform=trans, va="center", **plain)
        ax.text(1.6, pos, f"{w:.1f}%", transform=trans, va="center", **plain)
    name = (
        "Fixed-effect model"
        if pooled.model == "fixed"
        else f"Random-effects model ({pooled.tau2_method})"
    )
    ax.text(-0.78, 0, name, transform=trans, va="center", **header)
    ax.text(
        1.05,
        0,
        f"{pooled.estimate:.2f} [{pooled.ci_low:.2f}, {pooled.ci_high:.2f}]",
        transform=trans,
        va="center",
        **header,
    )
    ax.text(1.6, 0, "100%", transform=trans, va="center", **header)
    if pooled.q_df > 0:
        het = (
            f"Heterogeneity: I² = {pooled.i2:.0f}%, τ² = {pooled.tau2:.4g}, "
            f"Q = {pooled.q:.2f} (df = {pooled.q_df}, p = {_p(pooled.q_p)})"
        )
        ax.text(-0.78, -1.1, het, transform=trans, va="center", **plain)
    if title:
        fig.suptitle(_clip(title, 90), fontsize=11, usetex=False, parse_math=False)
    return fig


def _p(p: float | None) -> str:
    if p is None:
        return "NA"
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def funnel_figure(
    effects: Sequence[float],
    ses: Sequence[float],
    pooled: Pooled,
    *,
    measure: str,
    title: str = "",
    egger_p: float | None = None,
) -> Figure:
    """Funnel plot: effect against standard error (inverted axis) with the
    pooled estimate and pseudo-95% confidence limits (estimate ± 1.96 SE)."""
    y = np.asarray(effects, float)
    s = np.asarray(ses, float)
    fig = Figure(figsize=(6, 5))
    ax = fig.add_subplot()
    top = float(s.max()) * 1.1 if s.size else 1.0
    se_grid = np.linspace(0, top, 50)
    ax.plot(pooled.estimate - 1.959964 * se_grid, se_grid, "--", color="grey", linewidth=0.8)
    ax.plot(pooled.estimate + 1.959964 * se_grid, se_grid, "--", color="grey", linewidth=0.8)
    ax.axvline(pooled.estimate, color="#b03a2e", linewidth=1)
    ax.scatter(y, s, color="#3b6ea5", zorder=3)
    ax.set_ylim(top, 0)
    ax.set_xlabel(measure)
    ax.set_ylabel("Standard error")
    note = "pseudo-95% limits dashed"
    if egger_p is not None:
        note += f"; Egger's test p = {_p(egger_p)}"
    ax.set_title(note, fontsize=9, usetex=False, parse_math=False)
    if title:
        fig.suptitle(_clip(title, 80), fontsize=11, usetex=False, parse_math=False)
    return fig


def _n(value: int | None) -> str:
    return "n = not available" if value is None else f"n = {value}"


def prisma_figure(counts: Mapping[str, int | None], *, derived: Sequence[str] = ()) -> Figure:
    """PRISMA 2020 flow diagram (new reviews, databases only) from counts.

    ``counts`` uses the keys in ``PRISMA_KEYS``; a missing or None count is
    drawn as "not available" and listed under the diagram, and counts named in
    ``derived`` are marked as computed from the others.
    """
    c = {key: counts.get(key) for key in PRISMA_KEYS}

    def diff(a: int | None, b: int | None) -> int | None:
        return a - b if a is not None and b is not None and a >= b else None

    def tag(key: str) -> str:
        return " *" if key in derived else ""

    excluded_screening = diff(c["screened"], c["full_texts_retrieved"])
    excluded_full_text = diff(c["full_texts_retrieved"], c["included"])
    fig = Figure(figsize=(9, 8.2))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.axis("off")
    txt: dict[str, Any] = {
        "usetex": False,
        "parse_math": False,
        "ha": "center",
        "va": "center",
        "fontsize": 9,
    }

    def box(x: float, y: float, w: float, h: float, text: str, color: str = "white") -> None:
        ax.add_patch(
            FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.4", fc=color, ec="black", lw=1)
        )
        ax.text(x + w / 2, y + h / 2, text, **txt)

    def arrow(x0: float, y0: float, x1: float, y1: float) -> None:
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops={"arrowstyle": "->", "lw": 1})

    ax.text(50, 97, "PRISMA 2020 flow diagram", fontweight="bold", **{**txt, "fontsize": 11})
    stages = [("Identification", 82), ("Screening", 52), ("Included", 12)]
    for name, ymid in stages:
        ax.text(4, ymid, name, rotation=90, fontweight="bold", **txt)
    box(
        12,
        76,
        40,
        12,
        "Records identified from databases:\n"
        f"PubMed ({_n(c['identified_pubmed'])}){tag('identified_pubmed')}\n"
        f"Europe PMC ({_n(c['identified_europepmc'])}){tag('identified_europepmc')}",
    )
    box(
        60,
        76,
        36,
        12,
        "Records removed before screening:\n"
        f"Duplicate records ({_n(c['duplicates_removed'])}){tag('duplicates_removed')}",
    )
    box(12, 58, 40, 8, f"Records screened\n({_n(c['screened'])}){tag('screened')}")
    box(60, 58, 36, 8, f"Records excluded or full text\nnot retrieved ({_n(excluded_screening)})")
    box(
        12,
        40,
        40,
        8,
        "Reports assessed for eligibility\n"
        f"(full texts retrieved, {_n(c['full_texts_retrieved'])}){tag('full_texts_retrieved')}",
    )
    box(60, 40, 36, 8, f"Reports excluded\n({_n(excluded_full_text)})")
    box(
        12,
        8,
        40,
        10,
        f"Studies included in review\n({_n(c['included'])}){tag('included')}",
        "#eef3f8",
    )
    arrow(32, 75.4, 32, 66.6)
    arrow(52.6, 82, 59.4, 82)
    arrow(32, 57.4, 32, 48.6)
    arrow(52.6, 62, 59.4, 62)
    arrow(32, 39.4, 32, 18.6)
    arrow(52.6, 44, 59.4, 44)
    notes = []
    missing = [key for key in PRISMA_KEYS if c[key] is None]
    if missing:
        notes.append("Counts not available: " + ", ".join(missing))
    if derived:
        notes.append("* derived from the other counts or the sheet: " + ", ".join(derived))
    if notes:
        ax.text(50, 2.5, "\n".join(notes), **{**txt, "fontsize": 8})
    return fig
