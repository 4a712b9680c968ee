"""Layout habits the external renderer lacks, added without modifying it.

The external renderer (``corpus_samples/external/extgen``) is imported, not copied; these
habits hook into it at run time for the studies that ask for them:

- ``lineno``: accepted-manuscript style, continuous line numbers down the left margin
  and an "Accepted manuscript" strip up the right margin;
- ``footer``: a running footer on every page (journal citation, "Downloaded from ...",
  "Page n") as publisher PDFs print it;
- ``merged``: BBB tables with a merged (spanning) header cell over the time points and
  significance markers (``*``, ``#``) glued to the cells, explained in a table footnote.

Every quote stays text on its page: the generator re-reads the PDF and stops on any miss.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

import extgen.render_pdf as rp
import extgen.render_xml as rx
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

HABITS: dict[str, set[str]] = {}  # stem -> habits, filled by the study modules
_state: dict[str, Any] = {"study": None, "line": 0}

_orig_page_template = rp.PageTemplate
_orig_pdf_table = rp._bbb_table
_orig_xml_table = rx._table


def _cell(study: Any, spec: dict, group: str, day: float) -> str:
    return study.scores.cell(group, day) + spec.get("marks", {}).get((group, day), "")


def _grid(study: Any, spec: dict) -> tuple[str, list[str], list[list[str]]]:
    """Corner, column labels under the merged cell, and body rows, for either orientation."""
    days, groups = spec["days"], spec["groups"]
    if spec["orient"] == "rows":  # days down the side, groups across
        return (spec.get("corner", "Time"), list(groups),
                [[spec["day_fmt"](d)] + [_cell(study, spec, g, d) for g in groups] for d in days])
    return (spec.get("corner", "Group"), [spec["day_fmt"](d) for d in days],
            [[g] + [_cell(study, spec, g, d) for d in days] for g in groups])


def _extra_page(canvas: Any, doc: Any) -> None:
    study = _state["study"]
    habits = HABITS.get(study.stem, set()) if study is not None else set()
    W, H = doc.pagesize
    canvas.saveState()
    if "lineno" in habits:
        canvas.setFont("XSans-Regular", 6.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        y = H - doc.topMargin - 9
        while y > doc.bottomMargin:
            _state["line"] += 1
            canvas.drawRightString(doc.leftMargin - 7 * mm, y, str(_state["line"]))
            y -= 14.2
        canvas.translate(W - 8 * mm, H / 2)
        canvas.rotate(90)
        canvas.setFont("XSans-Italic", 7)
        canvas.drawCentredString(0, 0, "ACCEPTED MANUSCRIPT (peer reviewed, not copy-edited)")
    canvas.restoreState()
    if "footer" in habits:
        canvas.saveState()
        canvas.setFont("XSans-Regular", 6.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(doc.leftMargin, 6 * mm,
                          f"Downloaded from synthetic-archive.example · {study.journal} {study.year};{study.volume}")
        canvas.drawRightString(W - doc.rightMargin, 6 * mm, f"Page {doc.page}")
        canvas.restoreState()


def _page_template(name: str, frames: list, onPage: Any = None, **kw: Any) -> Any:  # noqa: N803
    def both(canvas: Any, doc: Any) -> None:
        if onPage is not None:
            onPage(canvas, doc)
        _extra_page(canvas, doc)

    return _orig_page_template(name, frames, onPage=both, **kw)


def _merged_pdf_table(spec: dict, study: Any, st: dict, key: str) -> Table:
    if not spec.get("merged"):
        return _orig_pdf_table(spec, study, st, key)
    corner, cols, rows = _grid(study, spec)
    fam = st["cell"].fontName.split("-")[0]
    data = [[corner, spec["merged"]] + [""] * (len(cols) - 1), [""] + cols] + rows
    t = Table(data, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, st["cell"].fontSize),
        ("FONT", (0, 0), (-1, 1), f"{fam}-Bold", st["cell"].fontSize),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (-1, 0)),
        ("ALIGN", (1, 0), (-1, 1), "CENTER"), ("VALIGN", (0, 0), (0, 1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def _merged_xml_table(label: str, caption: str, spec: dict, study: Any, tid: str) -> str:
    if not spec.get("merged"):
        return _orig_xml_table(label, caption, spec, study, tid)
    corner, cols, rows = _grid(study, spec)
    head = (f'<tr><th rowspan="2">{escape(corner)}</th><th colspan="{len(cols)}">{escape(spec["merged"])}</th></tr>'
            "<tr>" + "".join(f"<th>{escape(c)}</th>" for c in cols) + "</tr>")
    body = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{rx.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{rx.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{head}</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


def install() -> None:
    """Hook the habits into the external renderer (idempotent)."""
    rp.PageTemplate = _page_template
    rp._bbb_table = _merged_pdf_table
    rx._table = _merged_xml_table


def render_pdf(study: Any) -> tuple[bytes, dict[str, int]]:
    """The external renderer's PDF, with this study's habits applied."""
    install()
    _state.update(study=study, line=0)
    try:
        return rp.render_pdf(study)
    finally:
        _state["study"] = None
