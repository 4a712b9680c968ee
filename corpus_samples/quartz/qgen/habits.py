"""Layout habits the quartz set adds on top of the external renderer (``extgen``).

The external renderer draws one kind of table (groups x days of BBB scores) and one kind
of figure (a line plot). Papers in this set also use:

- a study-design table ("Group | Injury | Treatment | n"), spec ``{"kind": "design", ...}``;
- BBB tables whose rows carry an ``n`` column (spec ``"n_col": True``) or whose column heads
  carry "(n = ..)" under the group label (``"n_head": True``), and whose printed
  group labels differ from the score keys (two cohorts both print "Exo": ``QScores.display``);
- a figure-1 timeline scheme (spec ``{"kind": "scheme", ...}``) drawn as vector text.

The extgen modules look these helpers up as module globals, so ``install()`` points them at
the versions here; every other block still goes through the original code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from extgen import render_pdf as rp
from extgen import render_xml as rx
from extgen.model import Scores, Study
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

_ORIG_TABLE_PDF = rp._bbb_table
_ORIG_TABLE_XML = rx._table
_ORIG_FIGURE = rp._figure


@dataclass
class QScores(Scores):
    """Scores whose keys may differ from the labels printed (``display[key] = label``)."""

    display: dict[str, str] = field(default_factory=dict)

    def label(self, group: str) -> str:
        return self.display.get(group, group)


def _label(study: Study, group: str) -> str:
    s = study.scores
    return s.label(group) if isinstance(s, QScores) else group


def _rows(spec: dict, study: Study, pdf: bool = False) -> tuple[list[str], list[list[str]]]:
    """Header and body cells of a table block, as plain strings."""
    if spec.get("kind") == "design":
        return spec["head"], [list(r) for r in spec["rows"]]
    s = study.scores
    days, groups = spec["days"], spec["groups"]
    if spec["orient"] == "rows":
        sep = "\n" if pdf else " "
        head = [spec.get("corner", "Time")] + [
            _label(study, g) + (f"{sep}(n = {s.n(g)})" if spec.get("n_head") else "") for g in groups]
        return head, [[spec["day_fmt"](d)] + [s.cell(g, d) for g in groups] for d in days]
    head = [spec.get("corner", "Group")] + (["n"] if spec.get("n_col") else []) + [spec["day_fmt"](d) for d in days]
    body = []
    for g in groups:
        lead = [_label(study, g)] + ([str(s.n(g))] if spec.get("n_col") else [])
        body.append(lead + [s.cell(g, d) for d in days])
    return head, body


def _plain_spec(spec: dict, study: Study) -> bool:
    s = study.scores
    relabels = isinstance(s, QScores) and any(g in s.display for g in spec.get("groups", []))
    return spec.get("kind") is None and not spec.get("n_col") and not spec.get("n_head") and not relabels


def bbb_table_pdf(spec: dict, study: Study, st: dict, key: str) -> Table:
    if _plain_spec(spec, study):
        return _ORIG_TABLE_PDF(spec, study, st, key)
    head, body = _rows(spec, study, pdf=True)
    cell = st["cell"]
    fam = cell.fontName.split("-")[0]
    if spec.get("kind") == "design":  # long treatment descriptions wrap inside their column
        data = [head] + [[Paragraph(escape(c), cell) for c in r] for r in body]
        t = Table(data, hAlign="LEFT", colWidths=spec.get("widths"))
    else:
        t = Table([head] + body, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize),
        ("FONT", (0, 0), (-1, 0), f"{fam}-Bold", cell.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#f1f1ec")) if spec.get("shade") else ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def table_xml(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    if _plain_spec(spec, study):
        return _ORIG_TABLE_XML(label, caption, spec, study, tid)
    head, body = _rows(spec, study)
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    rows = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in body)
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{rx.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (
        f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
        f"<caption><p>{rx.inline(caption, study)}</p></caption>\n"
        f'<table frame="hsides" rules="groups"><thead><tr>{th}</tr></thead>\n<tbody>\n{rows}\n</tbody></table>'
        f"{foot_xml}</table-wrap>"
    )


def figure_pdf(spec: dict, study: Study, width: float) -> Drawing:
    if spec.get("kind") != "scheme":
        return _ORIG_FIGURE(spec, study, width)
    return scheme(spec, width)


def scheme(spec: dict, width: float) -> Drawing:
    """A study-timeline scheme: a day axis with events above it, one box per group below."""
    lanes = spec["lanes"]  # (label, description)
    h = 70 + 22 * len(lanes)
    d = Drawing(width, h)
    top = h - 22
    x0, x1 = 20, width - 20
    d.add(Line(x0, top, x1, top, strokeColor=colors.black, strokeWidth=1))
    span = max(day for day, _ in spec["events"]) - min(day for day, _ in spec["events"])
    lo = min(day for day, _ in spec["events"])
    for day, text in spec["events"]:
        x = x0 + (x1 - x0 - 60) * (day - lo) / span
        d.add(Line(x, top - 4, x, top + 4, strokeColor=colors.black))
        d.add(String(x, top + 7, text, fontName="XSans-Regular", fontSize=6.5, textAnchor="start"))
    y = top - 30
    for label, text in lanes:
        d.add(Rect(x0, y - 4, 70, 16, fillColor=colors.HexColor("#e3e8f0"), strokeColor=colors.black,
                   strokeWidth=0.5))
        d.add(String(x0 + 4, y + 1, label, fontName="XSans-Bold", fontSize=7))
        d.add(String(x0 + 80, y + 1, text, fontName="XSans-Regular", fontSize=7))
        y -= 22
    return d


def install() -> None:
    """Point the extgen renderers at the habit-aware table and figure builders."""
    rp._bbb_table = bbb_table_pdf
    rp._figure = figure_pdf
    rx._table = table_xml
