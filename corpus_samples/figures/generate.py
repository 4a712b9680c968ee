"""Generate BBB line-graph figures with known values, the way papers make them.

Each case writes ``<name>.pdf`` (one A4 page: a short paragraph, the figure, its
caption) and ``<name>.json`` (the true values and what a reader should report).
Toolchains:

* ``mpl_pdf``   - matplotlib saved as PDF, embedded with ``page.show_pdf_page``
                  (how journals place author-supplied vector figures);
* ``reportlab`` - reportlab's own chart widgets (LinePlot + Legend) drawn
                  directly on the page, error bars added as line shapes;
* ``png``       - matplotlib rendered to PNG at 150/200/300 dpi and embedded as
                  an image. For the readable cases the figure's text (tick
                  labels, axis titles, legend labels) is kept as page text laid
                  over the image, as figures assembled in layout software are;
                  ``png_baked`` keeps all text inside the pixels.

Run from the repository root::

    .venv/bin/python corpus_samples/figures/generate.py

The output is deterministic (seeded values, fixed PDF metadata) so that the
files only change when this script does.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pymupdf

OUT = Path(__file__).resolve().parent
PAGE_W, PAGE_H = 595.0, 842.0

plt.rcParams.update(
    {
        "pdf.fonttype": 42,  # TrueType text: extractable words, as in most journal PDFs
        "svg.hashsalt": "miner",
        "font.size": 9,
        "path.simplify": False,
    }
)


@dataclass
class Series:
    label: str
    arm: str
    kind: str  # "treatment" | "control" | "sham": shape of the recovery curve
    color: str
    marker: str = "o"
    linestyle: str = "-"
    ecolor: str | None = None  # None: same as the series


@dataclass
class Case:
    name: str
    toolchain: str  # mpl_pdf | reportlab | png | png_baked
    series: list[Series]
    times: list[float]  # in the axis unit
    unit: str = "days"  # days | weeks
    error: str = "sem"  # sem | sd
    n: int | None = 8
    legend: str = "inside"  # inside | outside | below
    dpi: int = 0
    seed: int = 0
    ylim: tuple[float, float] = (0, 22)
    yticks: list[float] = field(default_factory=lambda: [0, 3, 6, 9, 12, 15, 18, 21])
    ytick_labels: list[str] | None = None  # override to make a broken axis
    grid: bool = False
    second_panel: bool = False  # add a non-BBB panel (body weight) beside the BBB one
    expect: str = "read"
    expect_reason: str = ""
    caption_extra: str = ""
    scale: float = 1.0


def _values(case: Case) -> dict[str, list[tuple[float, float]]]:
    """(mean, error) per series per time point, rounded to 2 decimals."""
    rng = np.random.default_rng(case.seed)
    days = np.array([t * 7 if case.unit == "weeks" else t for t in case.times], dtype=float)
    frac = np.clip(days / max(days.max(), 1.0), 0, 1)
    out: dict[str, list[tuple[float, float]]] = {}
    for i, s in enumerate(case.series):
        if s.kind == "sham":
            means = 20.6 + rng.uniform(-0.3, 0.3, len(days))
            errs = rng.uniform(0.2, 0.5, len(days))
        else:
            top = 8.0 if s.kind == "control" else 11.0 + 1.5 * i
            means = (
                0.6 + (top - 0.6) * (1 - np.exp(-3.0 * frac)) + rng.uniform(-0.3, 0.3, len(days))
            )
            errs = rng.uniform(0.4, 1.6, len(days))
        means = np.clip(means, 0.2, 21.0)
        out[s.label] = [
            (round(float(m), 2), round(float(e), 2)) for m, e in zip(means, errs, strict=True)
        ]
    # Papers' first time point: every injured group near zero, markers on top of each other.
    for s in case.series:
        if s.kind != "sham":
            out[s.label][0] = (0.5, 0.3)
    return out


def _caption(case: Case, fig_no: int = 3) -> str:
    unit = "weeks" if case.unit == "weeks" else "days"
    err = "SEM" if case.error == "sem" else "SD"
    n = f" (n = {case.n} rats per group)" if case.n else ""
    return (
        f"Figure {fig_no}. Hind-limb locomotor recovery assessed with the Basso-Beattie-Bresnahan (BBB) "
        f"open-field scale over {unit} after spinal cord injury{n}. Data are presented as mean \u00b1 {err}."
        + (" " + case.caption_extra if case.caption_extra else "")
    )


def _xlabel(case: Case) -> str:
    return "Weeks post-injury" if case.unit == "weeks" else "Days post-injury"


# --------------------------------------------------------------------------- matplotlib


def _mpl_figure(case: Case, values: dict[str, list[tuple[float, float]]], dpi: int = 100) -> Any:
    ncols = 2 if case.second_panel else 1
    width = 7.0 if case.second_panel else (5.6 if case.legend == "outside" else 4.6)
    fig, axes = plt.subplots(1, ncols, figsize=(width, 3.3), dpi=dpi, squeeze=False)
    ax = axes[0][0]
    for s in case.series:
        vals = values[s.label]
        ax.errorbar(
            case.times,
            [m for m, _ in vals],
            yerr=[e for _, e in vals],
            label=s.label,
            color=s.color,
            ecolor=s.ecolor,
            marker=s.marker,
            markersize=5,
            linestyle=s.linestyle,
            linewidth=1.3,
            capsize=3,
            elinewidth=1.0,
        )
    ax.set_ylim(*case.ylim)
    ax.set_yticks(case.yticks)
    if case.ytick_labels is not None:
        ax.set_yticklabels(case.ytick_labels)
    ax.set_xticks(case.times if len(case.times) <= 8 else case.times[::2])
    span = max(case.times) - min(case.times)
    ax.set_xlim(min(case.times) - 0.06 * span, max(case.times) + 0.06 * span)
    ax.set_xlabel(_xlabel(case))
    ax.set_ylabel("BBB score")
    if case.grid:
        ax.grid(True, color="0.85", linewidth=0.6)
    if case.legend == "outside":
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), frameon=False)
    else:
        ax.legend(loc="lower right", fontsize=7)
    if case.second_panel:
        bx = axes[0][1]
        rng = np.random.default_rng(case.seed + 99)
        for s in case.series:
            bx.plot(
                case.times,
                230 + rng.uniform(-10, 10, len(case.times)),
                marker=s.marker,
                color=s.color,
            )
        bx.set_xlabel(_xlabel(case))
        bx.set_ylabel("Body weight (g)")
        ax.set_title("A", loc="left")
        bx.set_title("B", loc="left")
    fig.tight_layout()
    return fig


def _mpl_pdf_page(doc: pymupdf.Document, case: Case, values: dict) -> pymupdf.Rect:
    fig = _mpl_figure(case, values)
    buf = io.BytesIO()
    fig.savefig(
        buf, format="pdf", metadata={"CreationDate": None, "Creator": None, "Producer": None}
    )
    plt.close(fig)
    src = pymupdf.open("pdf", buf.getvalue())
    page = doc[-1]
    w, h = src[0].rect.width * case.scale, src[0].rect.height * case.scale
    rect = pymupdf.Rect(60, 150, 60 + w, 150 + h)
    page.show_pdf_page(rect, src, 0)
    return rect


def _text_artists(fig: Any) -> list[tuple[str, Any, float, float]]:
    """(text, window extent, rotation, font size) of every visible text in a drawn figure."""
    renderer = fig.canvas.get_renderer()
    out = []
    for t in fig.findobj(matplotlib.text.Text):
        s = t.get_text()
        if not s or not t.get_visible():
            continue
        ext = t.get_window_extent(renderer)
        if (
            ext.width <= 0
            or ext.x1 < 0
            or ext.x0 > fig.bbox.width
            or ext.y1 < 0
            or ext.y0 > fig.bbox.height
        ):
            continue
        out.append((s, ext, t.get_rotation(), t.get_fontsize()))
    return out


def _png_page(doc: pymupdf.Document, case: Case, values: dict) -> pymupdf.Rect:
    fig = _mpl_figure(case, values, dpi=case.dpi)
    fig.canvas.draw()
    texts = [] if case.toolchain == "png_baked" else _text_artists(fig)
    for t in fig.findobj(matplotlib.text.Text) if texts else []:
        t.set_visible(False)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=case.dpi, metadata={"Software": None})
    height_px = fig.bbox.height
    plt.close(fig)
    scale = 72.0 / case.dpi
    page = doc[-1]
    pix = pymupdf.Pixmap(buf.getvalue())
    rect = pymupdf.Rect(60, 150, 60 + pix.width * scale, 150 + pix.height * scale)
    page.insert_image(rect, stream=buf.getvalue())
    for s, ext, rot, size in texts:
        x0 = rect.x0 + ext.x0 * scale
        x1 = rect.x0 + ext.x1 * scale
        y_bottom = rect.y0 + (height_px - ext.y0) * scale
        if abs(rot - 90) < 1:
            page.insert_text((x1 - 0.25 * size, y_bottom), s, fontsize=size, rotate=90)
        else:
            page.insert_text((x0, y_bottom - 0.22 * size), s, fontsize=size)
    return rect


# --------------------------------------------------------------------------- reportlab

_RL_MARKERS = {
    "o": "FilledCircle",
    "s": "FilledSquare",
    "^": "FilledTriangle",
    "D": "FilledDiamond",
}


def _reportlab_page(case: Case, values: dict, text: str, caption: str) -> bytes:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.graphics.widgets.markers import makeMarker
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    drawing = Drawing(380, 270)
    lp = LinePlot()
    lp.x, lp.y, lp.width, lp.height = 55, 85, 300, 165
    lp.data = [
        list(zip(case.times, [m for m, _ in values[s.label]], strict=True)) for s in case.series
    ]
    xmin, xmax = 0.0, float(max(case.times))
    lp.xValueAxis.valueMin, lp.xValueAxis.valueMax = xmin, xmax
    step = 7 if case.unit == "days" else 1
    lp.xValueAxis.valueSteps = list(np.arange(xmin, xmax + 0.01, step))
    lp.xValueAxis.labelTextFormat = "%g"
    ymin, ymax = case.ylim
    lp.yValueAxis.valueMin, lp.yValueAxis.valueMax = ymin, ymax
    lp.yValueAxis.valueSteps = case.yticks
    lp.yValueAxis.labelTextFormat = "%g"
    for i, s in enumerate(case.series):
        lp.lines[i].strokeColor = colors.toColor(s.color)
        lp.lines[i].strokeWidth = 1.2
        lp.lines[i].symbol = makeMarker(
            _RL_MARKERS[s.marker], size=5, fillColor=colors.toColor(s.color)
        )
        if s.linestyle == "--":
            lp.lines[i].strokeDashArray = [4, 2]
    drawing.add(lp)

    def px(v: float) -> float:
        return lp.x + (v - xmin) / (xmax - xmin) * lp.width

    def py(v: float) -> float:
        return lp.y + (v - ymin) / (ymax - ymin) * lp.height

    for s in case.series:
        col = colors.toColor(s.ecolor or s.color)
        for t, (m, e) in zip(case.times, values[s.label], strict=True):
            x = px(t)
            drawing.add(Line(x, py(m - e), x, py(m + e), strokeColor=col, strokeWidth=0.8))
            for y in (py(m - e), py(m + e)):
                drawing.add(Line(x - 2.5, y, x + 2.5, y, strokeColor=col, strokeWidth=0.8))
    unit = "Weeks" if case.unit == "weeks" else "Days"
    drawing.add(
        String(lp.x + lp.width / 2, 55, f"{unit} after injury", textAnchor="middle", fontSize=9)
    )
    ylab = String(0, 0, "BBB locomotor score", textAnchor="middle", fontSize=9)
    from reportlab.graphics.shapes import Group

    g = Group(ylab)
    g.rotate(90)
    g.translate(lp.y + lp.height / 2, -22)
    drawing.add(g)
    legend = Legend()
    legend.x, legend.y = 60, 30
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 85
    legend.fontSize = 8
    legend.colorNamePairs = [(colors.toColor(s.color), s.label) for s in case.series]
    drawing.add(legend)

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _rl_text(c, text, caption, drawing)
    renderPDF.draw(drawing, c, 60, A4[1] - 150 - 270)
    c.save()
    return buf.getvalue()


def _rl_text(c: Any, text: str, caption: str, drawing: Any) -> None:
    from reportlab.lib.pagesizes import A4

    c.setFont("Helvetica", 9)
    y = A4[1] - 70
    for line in _wrap(text, 95):
        c.drawString(60, y, line)
        y -= 12
    y = A4[1] - 150 - 270 - 20
    for line in _wrap(caption, 95):
        c.drawString(60, y, line)
        y -= 11


def _wrap(text: str, width: int) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        if len(cur) + len(word) + 1 > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return lines + ([cur] if cur else [])


# --------------------------------------------------------------------------- cases

BODY = (
    "Results. Locomotor function of the hind limbs was scored in an open field by two observers "
    "blinded to treatment. Scores of the groups are plotted below; statistical comparisons are "
    "described in the methods."
)

C_BLUE, C_RED, C_GREEN, C_ORANGE, C_PURPLE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"
DAYS = [1, 3, 7, 14, 21, 28]

CASES = [
    Case(
        "mpl_days_3groups_sem",
        "mpl_pdf",
        [
            Series("Sham", "sham", "sham", C_GREEN, "s"),
            Series("SCI + PBS", "control", "control", "black", "o", "--"),
            Series("SCI + Exo", "treatment", "treatment", C_RED, "^"),
        ],
        DAYS,
        seed=1,
    ),
    Case(
        "mpl_weeks_4groups_sd_outside",
        "mpl_pdf",
        [
            Series("Sham", "sham", "sham", "0.5", "D"),
            Series("Vehicle", "control", "control", "black", "o", "--"),
            Series("BMSC-Exos", "treatment", "treatment", C_BLUE, "s"),
            Series("BMSC-Exos-miR-26a", "treatment", "treatment", C_RED, "^"),
        ],
        [1, 2, 4, 6, 8],
        unit="weeks",
        error="sd",
        n=10,
        legend="outside",
        seed=2,
        ylim=(0, 24),
        yticks=[0, 4, 8, 12, 16, 20, 24],
        scale=0.9,
    ),
    Case(
        "mpl_days_2groups_overlap_black_bars",
        "mpl_pdf",
        [
            Series("Saline", "control", "control", C_BLUE, "o", "-", ecolor="black"),
            Series("hUC-MSC-EVs", "treatment", "treatment", C_ORANGE, "D", "-", ecolor="black"),
        ],
        [0, 1, 3, 7, 14, 21, 28, 35, 42],
        error="sd",
        n=None,
        seed=3,
        grid=True,
        ylim=(0, 21),
        yticks=[0, 5, 10, 15, 20],
    ),
    Case(
        "mpl_days_5groups_two_panels",
        "mpl_pdf",
        [
            Series("Sham", "sham", "sham", "0.4", "s"),
            Series("SCI", "control", "control", "black", "o"),
            Series("SCI + Exo (low)", "treatment", "treatment", C_BLUE, "^"),
            Series("SCI + Exo (high)", "treatment", "treatment", C_RED, "v"),
            Series("Normal", "other", "sham", C_PURPLE, "D", "--"),
        ],
        DAYS,
        n=6,
        seed=4,
        second_panel=True,
    ),
    Case(
        "mpl_inconsistent_ticks",
        "mpl_pdf",
        [
            Series("Sham", "sham", "sham", C_GREEN, "s"),
            Series("SCI", "control", "control", "black", "o"),
        ],
        DAYS,
        seed=5,
        ylim=(0, 21),
        yticks=[0, 5, 10, 15, 20],
        ytick_labels=["0", "5", "10", "20", "25"],
        expect="uncalibrated",
        expect_reason="inconsistent",
    ),
    Case(
        "mpl_no_tick_labels",
        "mpl_pdf",
        [
            Series("Sham", "sham", "sham", C_GREEN, "s"),
            Series("SCI", "control", "control", "black", "o"),
        ],
        DAYS,
        seed=6,
        ylim=(0, 21),
        yticks=[0, 5, 10, 15, 20],
        ytick_labels=["", "", "", "", ""],
        expect="uncalibrated",
        expect_reason="labelled ticks",
    ),
    Case(
        "reportlab_days_3groups_sem",
        "reportlab",
        [
            Series("Sham", "sham", "sham", C_GREEN, "s"),
            Series("SCI + vehicle", "control", "control", "black", "o", "--"),
            Series("ADSC-Exo", "treatment", "treatment", C_RED, "^"),
        ],
        DAYS,
        seed=7,
        ylim=(0, 24),
        yticks=[0, 3, 6, 9, 12, 15, 18, 21, 24],
    ),
    Case(
        "reportlab_weeks_4groups_sd",
        "reportlab",
        [
            Series("Sham", "sham", "sham", C_GREEN, "D"),
            Series("PBS", "control", "control", "black", "o"),
            Series("MSC-sEV", "treatment", "treatment", C_BLUE, "s"),
            Series("MSC-sEV + hydrogel", "treatment", "treatment", C_RED, "^", "--"),
        ],
        [1, 2, 3, 4, 5, 6],
        unit="weeks",
        error="sd",
        n=12,
        seed=8,
        ylim=(0, 24),
        yticks=[0, 4, 8, 12, 16, 20, 24],
    ),
    Case(
        "png150_days_3groups_sem",
        "png",
        [
            Series("Sham", "sham", "sham", C_GREEN, "s"),
            Series("SCI + PBS", "control", "control", "black", "o"),
            Series("SCI + Exo", "treatment", "treatment", C_RED, "^"),
        ],
        DAYS,
        dpi=150,
        seed=9,
    ),
    Case(
        "png200_weeks_4groups_sd_outside",
        "png",
        [
            Series("Sham", "sham", "sham", C_GREEN, "D"),
            Series("Vehicle", "control", "control", C_ORANGE, "o", "--"),
            Series("BMSC-Exos", "treatment", "treatment", C_BLUE, "s"),
            Series("BMSC-Exos-miR-26a", "treatment", "treatment", C_RED, "^"),
        ],
        [1, 2, 4, 6, 8],
        unit="weeks",
        error="sd",
        legend="outside",
        dpi=200,
        seed=10,
        ylim=(0, 24),
        yticks=[0, 4, 8, 12, 16, 20, 24],
    ),
    Case(
        "png300_days_2groups",
        "png",
        [
            Series("Saline", "control", "control", C_BLUE, "o"),
            Series("hUC-MSC-EVs", "treatment", "treatment", C_RED, "s"),
        ],
        [1, 3, 7, 14, 21, 28, 35],
        dpi=300,
        seed=11,
    ),
    Case(
        "png_baked_text_150",
        "png_baked",
        [
            Series("Sham", "sham", "sham", C_GREEN, "s"),
            Series("SCI", "control", "control", C_BLUE, "o"),
        ],
        DAYS,
        dpi=150,
        seed=12,
        expect="uncalibrated",
        expect_reason="OCR",
    ),
]


def build(case: Case) -> tuple[bytes, dict[str, Any]]:
    """The PDF bytes and the truth record for one case."""
    values = _values(case)
    caption = _caption(case)
    if case.toolchain == "reportlab":
        data = _reportlab_page(case, values, BODY, caption)
        fig_rect = None
    else:
        doc = pymupdf.open()
        page = doc.new_page(width=PAGE_W, height=PAGE_H)
        page.insert_textbox(pymupdf.Rect(60, 60, 535, 140), BODY, fontsize=9)
        rect = (
            _mpl_pdf_page(doc, case, values)
            if case.toolchain == "mpl_pdf"
            else _png_page(doc, case, values)
        )
        page.insert_textbox(
            pymupdf.Rect(60, rect.y1 + 12, 535, rect.y1 + 90), caption, fontsize=8.5
        )
        doc.set_metadata(
            {
                "producer": "miner corpus_samples/figures/generate.py",
                "creationDate": "",
                "modDate": "",
            }
        )
        data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
        fig_rect = list(rect)
    truth = {
        "file": f"{case.name}.pdf",
        "toolchain": case.toolchain,
        "page": 1,
        "dpi": case.dpi or None,
        "expect": case.expect,
        "expect_reason": case.expect_reason,
        "unit": case.unit,
        "error": case.error,
        "n": case.n,
        "figure_rect": fig_rect,
        "series": [
            {
                "label": s.label,
                "arm": s.arm,
                "color": s.color,
                "marker": s.marker,
                "points": [
                    {"day": t * 7 if case.unit == "weeks" else t, "mean": m, "error": e}
                    for t, (m, e) in zip(case.times, values[s.label], strict=True)
                ],
            }
            for s in case.series
        ],
    }
    return data, truth


def main() -> None:
    for case in CASES:
        data, truth = build(case)
        (OUT / f"{case.name}.pdf").write_bytes(data)
        (OUT / f"{case.name}.json").write_text(json.dumps(truth, indent=1) + "\n")
        print(f"{case.name}: {len(data) // 1024} KiB")


if __name__ == "__main__":
    main()
