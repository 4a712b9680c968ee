"""What this corpus adds to the external renderer (``corpus_samples/external/extgen``).

The external renderer is imported, never edited. Three additions are installed at import
time by replacing names inside the imported modules (so only this process sees them):

- score references ``{bbb:GROUP@DAY|mean}`` (mean only, no error term) besides the
  renderer's ``|paren`` form; such text rows carry neither sd nor sem;
- score tables with printed group labels that differ from the gold label (``"label"``:
  e.g. "Exo (n = 9)"), "mean (SD)" cells (``"cell": "paren"``), a pre-injury baseline
  column (``"baseline"``: header and per-group cell text; no gold rows because the
  contract's ``day`` counts days after injury);
- plain tables (``"plain": [[header...], [row...], ...]``) for group/treatment
  schedules; their cells may carry ``{{field|quote}}`` markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

import extgen.model as M
import extgen.render_pdf as RP
import extgen.render_xml as RX
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

BBB_RE = re.compile(r"\{bbb:([^@}]+)@([0-9.]+)(?:\|(paren|mean))?\}")


@dataclass
class BScores(M.Scores):
    """``Scores`` with a mean-only style for text values."""

    def cell(self, group: str, day: float, style: str | None = None) -> str:
        if style == "mean":
            return f"{self.values[group][day][0]:.1f}"
        return super().cell(group, day, style)


def table_cell(s: M.Scores, spec: dict, group: str, day: float) -> str:
    return s.cell(group, day, "paren" if spec.get("cell") == "paren" else None)


def table_grid(spec: dict, s: M.Scores) -> list[list[str]]:
    """The BBB table as rows of plain strings (header first); shared by PDF and XML."""
    days, groups = spec["days"], spec["groups"]
    label = spec.get("label", lambda g: g)
    base = spec.get("baseline")  # (header, {group: text})
    if spec["orient"] == "rows":  # days down the side, groups across
        grid = [[spec.get("corner", "Time")] + [label(g) for g in groups]]
        if base:
            grid.append([base[0]] + [base[1][g] for g in groups])
        grid += [[spec["day_fmt"](d)] + [table_cell(s, spec, g, d) for g in groups] for d in days]
    else:
        grid = [[spec.get("corner", "Group")] + ([base[0]] if base else []) + [spec["day_fmt"](d) for d in days]]
        grid += [[label(g)] + ([base[1][g]] if base else []) + [table_cell(s, spec, g, d) for d in days]
                 for g in groups]
    return grid


def _pdf_table(spec: dict, study: M.Study, st: dict, key: str) -> Table:
    if "plain" in spec:
        data = [[Paragraph(RP._rl(c, study), st["cell"]) for c in row] for row in spec["plain"]]
    else:
        data = table_grid(spec, study.scores)
    fam = st["cell"].fontName.split("-")[0]
    t = Table(data, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, 0), f"{fam}-Bold", st["cell"].fontSize),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def _xml_table(label: str, caption: str, spec: dict, study: M.Study, tid: str) -> str:
    if "plain" in spec:
        grid = [[RX.inline(c, study) for c in row] for row in spec["plain"]]
    else:
        grid = [[escape(c) for c in row] for row in table_grid(spec, study.scores)]
    th = "".join(f"<th>{h}</th>" for h in grid[0])
    body = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in grid[1:])
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{RX.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (
        f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
        f"<caption><p>{RX.inline(caption, study)}</p></caption>\n"
        f'<table frame="hsides" rules="groups"><thead><tr>{th}</tr></thead>\n<tbody>\n{body}\n</tbody></table>'
        f"{foot_xml}</table-wrap>"
    )


def install() -> None:
    """Point the imported renderer at the extended score syntax and tables."""
    for mod in (M, RP, RX):
        mod.BBB_RE = BBB_RE  # type: ignore[attr-defined]
    RP._bbb_table = _pdf_table  # type: ignore[attr-defined]
    RX._table = _xml_table  # type: ignore[attr-defined]


def blocks(study: M.Study) -> list[tuple[str, str]]:
    """(PDF key, markup) of every block that can hold a quote or a score."""
    out = [(f"abs{i}", t) for i, (_, t) in enumerate(study.abstract)]
    for si, (_t, _h, bl) in enumerate(study.sections):
        for bi, b in enumerate(bl):
            if isinstance(b, str):
                out.append((f"s{si}.{bi}", b))
            elif b[0] in ("table", "figure"):
                out.append((f"cap:{b[1]}", b[2]))
                if b[0] == "table" and b[3].get("foot"):
                    out.append((f"foot:{b[1]}", b[3]["foot"]))
                if b[0] == "table" and "plain" in b[3]:
                    out += [(f"tab:{b[1]}", c) for row in b[3]["plain"] for c in row]
    out += [(f"back{i}", t) for i, (_, t) in enumerate(study.back)]
    return out


def _row(study: M.Study, document: str, group: str, day: float, source: str, page: int | None,
         style: str | None, quote: str) -> dict[str, Any]:
    s = study.scores
    mean, err = s.values[group][day]
    if style == "mean":  # the sentence gives the mean alone
        sd = sem = None
    else:
        sd, sem = (err, None) if s.err == "sd" else (None, err)
    return {"document": document, "outcome": s.outcome, "group": group, "arm": s.arm(group), "day": day,
            "mean": mean, "sd": sd, "sem": sem, "n": s.n(group), "source": source, "page": page,
            "quote": quote}


def gold_for(study: M.Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export for one rendering (``pages`` None for XML)."""
    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    values = dict(study.values)
    values.update(first_author=study.first_author, title=M.plain(study.title), journal=study.journal,
                  year=study.year, doi=study.doi.lower())
    ev: dict[str, list[dict[str, Any]]] = {
        "first_author": [{"page": page("authors"), "quote": study.first_author}],
        "title": [{"page": page("title"), "quote": M.plain(study.title)}],
        "journal": [{"page": page("journal"), "quote": study.journal}],
        "year": [{"page": page("journal"), "quote": str(study.year)}],
        "doi": [{"page": page("doi"), "quote": study.doi}],
    }
    if pages is None:  # the PDF layout does not print PubMed ids; the JATS front matter does
        values.update(pmid=study.pmid, pmcid=study.pmcid)
        ev["pmid"] = [{"page": None, "quote": study.pmid}]
        ev["pmcid"] = [{"page": None, "quote": study.pmcid}]
    rows: list[dict[str, Any]] = []
    s = study.scores
    for key, markup in blocks(study):
        for fields, quote in M.quotes_in(markup):
            for f in fields:
                if f not in values:
                    raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
                ev.setdefault(f, []).append({"page": page(key), "quote": quote})
        for group, day, style in M.bbb_in(markup):
            rows.append(_row(study, document, group, day, "text", page(key), style, s.cell(group, day, style)))
    for _t, _h, bl in study.sections:
        for b in bl:
            if not isinstance(b, str) and b[0] == "table" and "plain" not in b[3]:
                spec = b[3]
                for g in spec["groups"]:
                    for d in spec["days"]:
                        style = "paren" if spec.get("cell") == "paren" else None
                        rows.append(_row(study, document, g, d, "table", page(f"tab:{b[1]}"), style,
                                         table_cell(s, spec, g, d)))
    missing = [f for f in values if f not in ev]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    entry: dict[str, Any] = {"document": document,
                             "fields": {f: {"value": values[f], "evidence": ev[f]} for f in values}}
    if study.notes:
        entry["notes"] = list(study.notes)
    return {"studies": [entry], "outcomes": rows}
