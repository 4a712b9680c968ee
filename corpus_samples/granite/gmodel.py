"""Score records and BBB tables the external renderer does not draw, plugged into it.

``GScores`` extends the external ``Scores``: medians with IQR / range, 95% CI, "± SEM (n)"
cells, decimal commas, and a separate table format. Extra table kinds (``spec["kind"]``)
are drawn by wrapping the external renderers' table functions:

- ``subcols``: days down the side, each group split into "Mean" / "SD" sub-columns;
- ``span``: groups down the side, a spanning header carries the time unit, bare numbers below;
- ``subscore``: per day, a BBB column and a BBB-subscore column per group.

Rows whose day is not after the injury (a pre-injury baseline) are drawn but get no gold row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from extgen import render_pdf as _rp
from extgen import render_xml as _rx
from extgen.model import Scores


@dataclass
class GScores(Scores):
    """``values[group][day] = (centre, spread)``; spread is a float (SD/SEM) or (low, high)."""

    stat: str = "mean"  # "mean" or "median"
    spread: str = "sd"  # "sd", "sem", "iqr", "range", "ci"
    decimals: int = 1
    comma: bool = False
    text_fmt: str = "{m} ± {e}"  # placeholders: m, e, lo, hi, n
    paren_fmt: str = "{m} ({e})"
    table_fmt: str | None = None  # defaults to text_fmt
    labels: dict[str, str] = field(default_factory=dict)  # printed label when it differs from the key

    def num(self, x: float, decimals: int | None = None) -> str:
        d = self.decimals if decimals is None else decimals
        s = f"{x:g}" if d < 0 else f"{x:.{d}f}"  # d < 0: as few digits as the value needs
        return s.replace(".", ",") if self.comma else s

    def _fmt(self, fmt: str, group: str, day: float) -> str:
        m, e = self.values[group][day]
        lo, hi = (e if isinstance(e, tuple) else (None, None))
        return fmt.format(m=self.num(m), e="" if isinstance(e, tuple) else self.num(e),
                          lo="" if lo is None else self.num(lo), hi="" if hi is None else self.num(hi),
                          n=self.n(group))

    def cell(self, group: str, day: float, style: str | None = None) -> str:
        return self._fmt(self.paren_fmt if style == "paren" else self.text_fmt, group, day)

    def table_cell(self, group: str, day: float) -> str:
        return self._fmt(self.table_fmt or self.text_fmt, group, day)

    def row_values(self, group: str, day: float) -> dict[str, Any]:
        """mean/sd/sem (+ stat) of a gold row: an IQR, range or CI is neither SD nor SEM."""
        m, e = self.values[group][day]
        out: dict[str, Any] = {"mean": m, "sd": e if self.spread == "sd" else None,
                               "sem": e if self.spread == "sem" else None}
        if self.stat == "median":
            out["stat"] = "median"
        return out


def table_quotes(spec: dict, s: GScores) -> list[tuple[str, float, str]]:
    """(group, day, quote) of every post-injury score a table prints."""
    out = []
    for g in spec["groups"]:
        for d in spec["days"]:
            if d <= 0:
                continue
            if spec.get("kind") == "subcols":
                q = s.num(s.values[g][d][0])
            else:
                q = s.table_cell(g, d)
            out.append((g, d, q))
    return out


def _grid(spec: dict, s: GScores) -> tuple[list[list[str]], list[tuple], int]:
    """Cell texts, extra span commands and number of header rows of a table spec."""
    kind, days, groups = spec.get("kind"), spec["days"], spec["groups"]
    lab = lambda g: s.labels.get(g, g)  # noqa: E731
    if kind == "subcols":
        head1 = [spec.get("corner", "Day")] + [x for g in groups for x in (lab(g), "")]
        head2 = [""] + ["Mean", "SD"] * len(groups)
        body = [[spec["day_fmt"](d)] + [x for g in groups for x in
                                         (s.num(s.values[g][d][0]), s.num(s.values[g][d][1]))] for d in days]
        spans = [("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(len(groups))]
        return [head1, head2, *body], spans, 2
    if kind == "span":
        head1 = [""] + [spec["span"]] + [""] * (len(days) - 1)
        head2 = [spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days]
        body = [[lab(g)] + [s.table_cell(g, d) for d in days] for g in groups]
        return [head1, head2, *body], [("SPAN", (1, 0), (len(days), 0))], 2
    if kind == "subscore":
        sub = spec["sub"]
        head1 = [spec.get("corner", "Group")] + [x for d in days for x in (spec["day_fmt"](d), "")]
        head2 = [""] + ["BBB", "Subscore"] * len(days)
        body = [[lab(g)] + [x for d in days for x in (s.table_cell(g, d), sub[g][d])] for g in groups]
        spans = [("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(len(days))]
        return [head1, head2, *body], spans, 2
    raise ValueError(f"unknown table kind {kind!r}")


_ORIG_PDF_TABLE = _rp._bbb_table
_ORIG_XML_TABLE = _rx._table


def _pdf_table(spec: dict, study: Any, st: dict, key: str) -> Table:
    s = study.scores
    if not spec.get("kind"):
        if isinstance(s, GScores):  # the plain layouts, with this paper's table cells
            spec = dict(spec)
            days, groups = spec["days"], spec["groups"]
            if spec["orient"] == "rows":
                data = [[spec.get("corner", "Time")] + [s.labels.get(g, g) for g in groups]]
                data += [[spec["day_fmt"](d)] + [s.table_cell(g, d) for g in groups] for d in days]
            else:
                data = [[spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days]]
                data += [[s.labels.get(g, g)] + [s.table_cell(g, d) for d in days] for g in groups]
            return _styled(data, [], 1, st, key)
        return _ORIG_PDF_TABLE(spec, study, st, key)
    data, spans, nhead = _grid(spec, s)
    return _styled(data, spans, nhead, st, key)


def _styled(data: list[list[str]], spans: list[tuple], nhead: int, st: dict, key: str) -> Table:
    fam = st["cell"].fontName.split("-")[0]
    t = Table(data, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, nhead - 1), f"{fam}-Bold", st["cell"].fontSize),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, nhead - 1), (-1, nhead - 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("ALIGN", (1, 0), (-1, nhead - 1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *spans,
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def _xml_table(label: str, caption: str, spec: dict, study: Any, tid: str) -> str:
    s = study.scores
    if not isinstance(s, GScores):
        return _ORIG_XML_TABLE(label, caption, spec, study, tid)
    if spec.get("kind"):
        data, spans, nhead = _grid(spec, s)
    else:
        days, groups = spec["days"], spec["groups"]
        if spec["orient"] == "rows":
            data = [[spec.get("corner", "Time")] + [s.labels.get(g, g) for g in groups]]
            data += [[spec["day_fmt"](d)] + [s.table_cell(g, d) for g in groups] for d in days]
        else:
            data = [[spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days]]
            data += [[s.labels.get(g, g)] + [s.table_cell(g, d) for d in days] for g in groups]
        spans, nhead = [], 1
    starts = {(c[1][1], c[1][0]): c[2][0] - c[1][0] + 1 for c in spans}
    covered = {(r, c) for (r, c0), w in starts.items() for c in range(c0 + 1, c0 + w)}

    def row(r: int, cells: list[str], tag: str) -> str:
        out = []
        for c, text in enumerate(cells):
            if (r, c) in covered:
                continue
            span = f' colspan="{starts[(r, c)]}"' if (r, c) in starts else ""
            out.append(f"<{tag}{span}>{escape(text)}</{tag}>")
        return "<tr>" + "\n".join(out) + "</tr>"

    head = "\n".join(row(r, data[r], "th") for r in range(nhead))
    body = "\n".join(row(r, data[r], "td") for r in range(nhead, len(data)))
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{_rx.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{_rx.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{head}</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


def install() -> None:
    """Route the external renderers' table drawing through the functions above."""
    _rp._bbb_table = _pdf_table
    _rx._table = _xml_table
