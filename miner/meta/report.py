"""Files for the reviewers: figures, ``results.json``, one HTML report per
analysis, and the PRISMA diagram.

Every string that comes from the sheet is HTML-escaped. When any value an
analysis used was not verified by a reviewer, every report page carries the
PREVIEW banner.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from miner.errors import ConfigError, SheetError
from miner.meta.analysis import REPORT_FIELDS, Analysis, format_field, results_json, validate_sheet
from miner.meta.effects import field_value
from miner.meta.figures import PRISMA_KEYS, forest_figure, funnel_figure, prisma_figure, save_figure

__all__ = [
    "MAX_FOREST_STUDIES",
    "MAX_SHEET_BYTES",
    "PREVIEW_BANNER",
    "derive_prisma_counts",
    "load_counts",
    "load_sheet",
    "render_html",
    "write_outputs",
]

PREVIEW_BANNER = "PREVIEW: includes values not verified by a reviewer"

# One forest-plot row per study: beyond this the figure is unreadable and its
# size (height grows with k) becomes a memory risk, so it is left out.
MAX_FOREST_STUDIES = 300

# A sheet for a few hundred studies is a few MB; refuse anything far larger
# rather than reading an arbitrary file into memory.
MAX_SHEET_BYTES = 200 * 1024 * 1024


def load_sheet(path: Path) -> dict[str, Any]:
    """Read an exported sheet (``miner sheet export --format json``).

    Raises ``SheetError`` for a file that is too large, not JSON, or not the
    export's shape; ``FileNotFoundError`` when absent.
    """
    size = path.stat().st_size
    if size > MAX_SHEET_BYTES:
        raise SheetError(f"{path}: {size} bytes is larger than a sheet can be ({MAX_SHEET_BYTES})")
    try:
        data = json.loads(path.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise SheetError(f"{path}: not a JSON sheet export ({exc})") from exc
    try:
        validate_sheet(data)
    except ConfigError as exc:
        raise SheetError(f"{path}: {exc}") from exc
    return data


def load_counts(path: Path) -> dict[str, Any]:
    """Read PRISMA counts from a small JSON object file."""
    if path.stat().st_size > 1024 * 1024:
        raise SheetError(f"{path}: too large for a PRISMA counts file")
    try:
        data = json.loads(path.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SheetError(f"{path}: not a JSON object of PRISMA counts ({exc})") from exc
    if not isinstance(data, dict):
        raise SheetError(f"{path}: not a JSON object of PRISMA counts")
    return data


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _num(x: float | None, digits: int = 2) -> str:
    return "NA" if x is None else f"{x:.{digits}f}"


def _p(p: float | None) -> str:
    if p is None:
        return "NA"
    return "&lt; 0.001" if p < 0.001 else f"{p:.3f}"


def derive_prisma_counts(
    counts: Mapping[str, Any] | None, sheet: Mapping[str, Any] | None
) -> tuple[dict[str, int | None], list[str]]:
    """Complete PRISMA counts from what is known; returns (counts, derived keys).

    ``screened`` follows from the identified records minus duplicates; when no
    ``included`` count is given, it is the number of sheet studies whose
    eligibility decision is "include" (or all sheet studies when none has a
    decision). Anything else missing stays None.
    """
    out: dict[str, int | None] = {}
    for key in PRISMA_KEYS:
        value = (counts or {}).get(key)
        out[key] = (
            int(value)
            if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
            else None
        )
    derived = []
    ids = (out["identified_pubmed"], out["identified_europepmc"], out["duplicates_removed"])
    if out["screened"] is None and all(v is not None for v in ids):
        out["screened"] = ids[0] + ids[1] - ids[2]  # type: ignore[operator]
        derived.append("screened")
    if out["included"] is None and sheet is not None:
        studies = [s for s in sheet.get("studies") or [] if isinstance(s, Mapping)]
        decisions = [field_value(s, "eligibility")[0] for s in studies]
        decided = [d.get("decision") for d in decisions if isinstance(d, Mapping)]
        if decided:
            out["included"] = sum(1 for d in decided if d == "include")
        elif studies:
            out["included"] = len(studies)
        if out["included"] is not None:
            derived.append("included")
    return out, derived


def _table_head(first: str) -> str:
    cols = (first, "k", "Estimate", "95% CI", "p", "Q", "I² (%)", "tau²")
    return "<table><tr>" + "".join(f"<th>{c}</th>" for c in cols) + "</tr>"


def _pooled_row(label: str, p: Any) -> str:
    return (
        f"<tr><td>{_e(label)}</td><td>{p.k}</td><td>{_num(p.estimate)}</td>"
        f"<td>[{_num(p.ci_low)}, {_num(p.ci_high)}]</td><td>{_p(p.p)}</td>"
        f"<td>{_num(p.q)}</td><td>{_num(p.i2, 1)}</td><td>{p.tau2:.4g}</td></tr>"
    )


_STYLE = """
body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:.9em}
td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
.preview{background:#fff3cd;border:2px solid #c69500;padding:.6em;font-weight:bold}
img{max-width:100%}
"""


def render_html(analysis: Analysis, sheet: Mapping[str, Any], *, figures: Mapping[str, str]) -> str:
    """One self-contained HTML page for ``analysis``.

    ``figures`` maps ``forest``/``funnel``/``prisma`` to relative image paths.
    """
    a = analysis
    banner = f'<p class="preview">{_e(PREVIEW_BANNER)}</p>' if a.preview else ""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(a.outcome)} meta-analysis ({_e(a.timepoint)})</title>",
        f"<style>{_STYLE}</style></head><body>",
        banner,
        f"<h1>{_e(a.outcome)}: treatment versus control, {_e(a.timepoint)} time point</h1>",
        f"<p>Measure: {_e(a.measure)}; model: {_e(a.model)}"
        + (f" (tau² by {_e(a.tau2_method)})" if a.model == "random" else "")
        + f"; {a.pooled.k} studies; {len(a.excluded)} excluded. "
        "95% confidence intervals from the normal distribution.</p>",
        "<h2>Pooled results</h2>" + _table_head("Model"),
        _pooled_row("Fixed effect (inverse variance)", a.fixed),
        _pooled_row(f"Random effects ({a.tau2_method})", a.random),
        "</table>",
    ]
    if a.pooled.q_p is not None:
        parts.append(
            f"<p>Heterogeneity: Q = {_num(a.pooled.q)}, df = {a.pooled.q_df}, p = {_p(a.pooled.q_p)}.</p>"
        )
    if a.egger is not None:
        warn = " Fewer than 10 studies: the test has low power." if a.pooled.k < 10 else ""
        parts.append(
            f"<p>Egger's regression test: intercept {_num(a.egger.intercept)} "
            f"(SE {_num(a.egger.se)}), t = {_num(a.egger.t)}, df = {a.egger.df}, p = {_p(a.egger.p)}.{warn}</p>"
        )
    else:
        parts.append("<p>Egger's regression test: not computed (fewer than 3 studies).</p>")
    for key, caption in (("forest", "Forest plot"), ("funnel", "Funnel plot")):
        if key in figures:
            parts.append(f'<h2>{caption}</h2><img src="{_e(figures[key])}" alt="{caption}">')
        elif key == "forest":
            parts.append(
                f"<h2>Forest plot</h2><p>Not drawn: more than {MAX_FOREST_STUDIES} studies.</p>"
            )

    if a.subgroups is not None:
        sg = a.subgroups
        parts.append(f"<h2>Subgroups by {_e(sg.field)}</h2>" + _table_head("Subgroup"))
        parts += [_pooled_row(name, res) for name, res in sg.groups.items()]
        parts.append("</table>")
        if sg.q_between is not None:
            parts.append(
                f"<p>Test for subgroup differences: Q = {_num(sg.q_between)}, "
                f"df = {sg.df}, p = {_p(sg.p)}.</p>"
            )

    if a.leave_one_out:
        parts.append("<h2>Leave-one-out</h2>" + _table_head("Omitted"))
        parts += [_pooled_row(lab, r) for lab, r in zip(a.labels, a.leave_one_out)]
        parts.append("</table>")

    studies = {
        str(s.get("document")): s for s in sheet.get("studies") or [] if isinstance(s, Mapping)
    }
    parts.append(
        "<h2>Included studies</h2><table><tr><th>Study</th><th>Document</th><th>Day</th>"
        "<th>Treatment mean (SD, n)</th><th>Control mean (SD, n)</th>"
        f"<th>{_e(a.measure)} [95% CI]</th><th>Weight (%)</th>"
        + "".join(f"<th>{_e(f)}</th>" for f in REPORT_FIELDS[2:])
        + "<th>Notes</th></tr>"
    )
    for s, label, w in zip(a.studies, a.labels, a.pooled.weights):
        row = studies.get(s.document, {})
        cells = [
            label,
            s.document,
            f"{s.day:g}",
            f"{s.treatment.mean:.2f} ({s.treatment.sd:.2f}, {s.treatment.n})",
            f"{s.control.mean:.2f} ({s.control.sd:.2f}, {s.control.n})",
            f"{s.effect:.2f} [{s.effect - 1.96 * s.se:.2f}, {s.effect + 1.96 * s.se:.2f}]",
            f"{w:.1f}",
            *(format_field(f, field_value(row, f)[0]) for f in REPORT_FIELDS[2:]),
            "; ".join(s.notes),
        ]
        parts.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table>")
    if a.excluded:
        parts.append("<h2>Excluded from this analysis</h2><ul>")
        parts += [f"<li>{_e(x.document)}: {_e(x.reason)}</li>" for x in a.excluded]
        parts.append("</ul>")
    parts.append("<h2>Values not verified by a reviewer</h2>")
    if a.unverified:
        parts.append("<table><tr><th>Document</th><th>Value</th><th>Status</th></tr>")
        parts += [
            f"<tr><td>{_e(u.document)}</td><td>{_e(u.what)}</td><td>{_e(u.status)}</td></tr>"
            for u in a.unverified
        ]
        parts.append("</table>")
    else:
        parts.append("<p>None: every value used was verified or corrected by a reviewer.</p>")
    if "prisma" in figures:
        parts.append(
            f'<h2>Study selection</h2><img src="{_e(figures["prisma"])}" alt="PRISMA 2020 flow diagram">'
        )
    parts += [banner, "</body></html>"]
    return "\n".join(p for p in parts if p)


def write_outputs(
    analyses: Sequence[Analysis],
    sheet: Mapping[str, Any],
    out_dir: Path,
    *,
    prisma_counts: Mapping[str, Any] | None = None,
) -> list[Path]:
    """Write ``results.json``, ``prisma.{png,svg}`` and per analysis
    ``<name>/forest.*``, ``<name>/funnel.*`` and ``<name>/report.html``.

    Returns the written paths.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    counts, derived = derive_prisma_counts(prisma_counts, sheet)
    written = save_figure(prisma_figure(counts, derived=derived), out_dir / "prisma")
    for a in analyses:
        sub = out_dir / a.name
        ses = [s.se for s in a.studies]
        title = f"{a.outcome}, {a.timepoint} time point"
        figures = {"funnel": "funnel.png", "prisma": "../prisma.png"}
        if len(a.studies) <= MAX_FOREST_STUDIES:
            figures["forest"] = "forest.png"
            written += save_figure(
                forest_figure(
                    a.labels,
                    [s.effect for s in a.studies],
                    ses,
                    a.pooled,
                    measure=a.measure,
                    title=title,
                ),
                sub / "forest",
            )
        written += save_figure(
            funnel_figure(
                [s.effect for s in a.studies],
                ses,
                a.pooled,
                measure=a.measure,
                title=title,
                egger_p=a.egger.p if a.egger else None,
            ),
            sub / "funnel",
        )
        page = render_html(a, sheet, figures=figures)
        (sub / "report.html").write_text(page, encoding="utf-8")
        written.append(sub / "report.html")
    results = out_dir / "results.json"
    results.write_text(
        results_json(list(analyses), {**counts, "derived": derived}), encoding="utf-8"
    )
    written.append(results)
    return written
