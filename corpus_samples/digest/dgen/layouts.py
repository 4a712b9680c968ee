"""Layout habits the external renderer lacks, added without modifying it.

- Tables (``spec["digest"]``): a merged header cell spanning the time points, group labels
  that carry ``n`` or wrap over several lines, and footnote markers (``*``, ``†``) after
  cells. Installed by wrapping ``extgen.render_pdf._bbb_table`` / ``extgen.render_xml._table``
  in this process only; specs without ``digest`` go to the original functions.
- Page habits, applied to the finished PDF with PyMuPDF: ``manuscript`` (accepted-manuscript
  line numbers in the left margin and an "Accepted manuscript" banner) and ``stamp``
  (a vertical download stamp in the right margin and a copyright footer on every page).
  The added text is drawn after the page content, so every quote stays contiguous.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

import pymupdf
from extgen import render_pdf as rp
from extgen import render_xml as rx
from extgen.model import Study
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle


def _labels(spec: dict) -> dict[str, str]:
    return spec["digest"].get("labels", {})


def _mark(spec: dict, group: str, day: float) -> str:
    return spec["digest"].get("marks", {}).get((group, day), "")


def _pdf_table(spec: dict, study: Study, st: dict, key: str) -> Table:
    s, dg = study.scores, spec["digest"]
    days, groups = spec["days"], spec["groups"]
    lab = _labels(spec)
    cell = st["cell"]
    head0 = [spec.get("corner", "Group"), dg["merged"]] + [""] * (len(days) - 1)
    head1 = [""] + [spec["day_fmt"](d) for d in days]
    body = [[Paragraph(escape(lab.get(g, g)), cell)] + [s.cell(g, d) + _mark(spec, g, d) for d in days]
            for g in groups]
    first = dg.get("label_width", 95)
    t = Table([head0, head1, *body], hAlign="LEFT", colWidths=[first] + [dg.get("col_width", 62)] * len(days))
    fam = cell.fontName.split("-")[0]
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize),
        ("FONT", (0, 0), (-1, 1), f"{fam}-Bold", cell.fontSize),
        ("SPAN", (1, 0), (-1, 0)), ("SPAN", (0, 0), (0, 1)),
        ("ALIGN", (1, 0), (-1, 0), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (1, 0), (-1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.4, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    t._key = key  # type: ignore[attr-defined]
    return t


def _xml_table(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    s, dg = study.scores, spec["digest"]
    days, groups = spec["days"], spec["groups"]
    lab = _labels(spec)
    head = (f'<tr><th rowspan="2">{escape(spec.get("corner", "Group"))}</th>'
            f'<th colspan="{len(days)}">{escape(dg["merged"])}</th></tr>'
            "<tr>" + "".join(f"<th>{escape(spec['day_fmt'](d))}</th>" for d in days) + "</tr>")

    def td(g: str, d: float) -> str:
        m = _mark(spec, g, d)
        return f"<td>{escape(s.cell(g, d))}" + (f"<sup>{escape(m)}</sup>" if m else "") + "</td>"

    body = "\n".join(f"<tr><td>{escape(lab.get(g, g))}</td>" + "".join(td(g, d) for d in days) + "</tr>"
                     for g in groups)
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{rx.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{rx.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{head}</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


_ORIG_PDF, _ORIG_XML = rp._bbb_table, rx._table


def _pdf_dispatch(spec: dict, study: Study, st: dict, key: str) -> Table:
    return _pdf_table(spec, study, st, key) if "digest" in spec else _ORIG_PDF(spec, study, st, key)


def _xml_dispatch(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    return _xml_table(label, caption, spec, study, tid) if "digest" in spec else _ORIG_XML(
        label, caption, spec, study, tid)


def install() -> None:
    """Route digest table specs to this module (process-local; the files stay untouched)."""
    rp._bbb_table = _pdf_dispatch
    rx._table = _xml_dispatch


def _line_numbers(doc: pymupdf.Document) -> None:
    n = 0
    for page in doc:
        ys: list[float] = []
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                y = round(line["bbox"][3], 0)
                if line["bbox"][0] < page.rect.width / 2 - 20 and line["bbox"][1] > 50 and line["bbox"][3] < page.rect.height - 45 and y not in ys:
                    ys.append(y)
        merged: list[float] = []
        for y in sorted(ys):  # one number per printed row of the left column
            if not merged or y - merged[-1] > 6:
                merged.append(y)
        for y in merged:
            n += 1
            page.insert_text((14, y - 1), str(n), fontname="helv", fontsize=6.5, color=(0.45, 0.45, 0.45))
        page.insert_text((page.rect.width / 2 - 60, 22), "ACCEPTED MANUSCRIPT", fontname="hebo",
                         fontsize=9, color=(0.5, 0.5, 0.5))


def _stamp(doc: pymupdf.Document, study: Study) -> None:
    for page in doc:
        w, h = page.rect.width, page.rect.height
        page.insert_text((w - 14, h - 120), f"Downloaded from https://journals.example.invalid/{study.stem} "
                         "by guest on 3 March 2025", fontname="helv", fontsize=6.5, rotate=90,
                         color=(0.4, 0.4, 0.4))
        page.insert_text((46, h - 14), f"© {study.year} The Authors. Published by Synthetic Test Press. "
                         "Open access under CC BY 4.0.", fontname="helv", fontsize=6.5, color=(0.3, 0.3, 0.3))


def apply_page_habits(doc: pymupdf.Document, study: Study, habits: list[str]) -> None:
    for habit in habits:
        if habit == "manuscript":
            _line_numbers(doc)
        elif habit == "stamp":
            _stamp(doc, study)
        else:
            raise ValueError(f"unknown page habit {habit!r}")
