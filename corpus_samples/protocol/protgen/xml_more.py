"""JATS for the blocks the external XML renderer does not know, added around its output.

The external ``render_xml`` is used unchanged on a copy of the study in which every
group-design table (``("grid", ...)``) is a placeholder paragraph; the placeholders are
then replaced by ``table-wrap`` elements, and score tables with a merged header or
footnote markers get a two-row ``thead`` and ``<sup>`` markers.
"""

from __future__ import annotations

import dataclasses
import re
from xml.sax.saxutils import escape

from extgen.model import Study
from extgen.render_xml import inline, render_xml

_SLOT = "GRIDSLOT{}ZZ"


def _without_grids(study: Study) -> tuple[Study, list[tuple]]:
    grids: list[tuple] = []
    sections = []
    for sec_type, heading, blocks in study.sections:
        out = []
        for b in blocks:
            if not isinstance(b, str) and b[0] == "grid":
                out.append(_SLOT.format(len(grids)))
                grids.append(b)
            else:
                out.append(b)
        sections.append((sec_type, heading, out))
    return dataclasses.replace(study, sections=sections), grids


def _grid_xml(block: tuple, study: Study, n: int) -> str:
    _, label, caption, header, rows, foot = block
    th = "".join(f"<th>{inline(h, study)}</th>" for h in header)
    body = "\n".join("<tr>" + "".join(f"<td>{inline(c, study)}</td>" for c in r) + "</tr>" for r in rows)
    foot_xml = f"<table-wrap-foot><p>{inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="TD{n}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead><tr>{th}</tr></thead>\n<tbody>\n{body}\n'
            f"</tbody></table>{foot_xml}</table-wrap>")


def _patch_score_table(xml: str, label: str, spec: dict, study: Study) -> str:
    start = xml.index(f"<label>{escape(label)}</label>")
    end = xml.index("</table-wrap>", start)
    part = xml[start:end]
    for (group, day), mark in spec.get("marks", {}).items():
        cell = escape(study.scores.cell(group, day))
        if part.count(f"<td>{cell}</td>") != 1:
            raise ValueError(f"{study.stem}: cannot place marker on {group}@{day}")
        part = part.replace(f"<td>{cell}</td>", f"<td>{cell}<sup>{escape(mark)}</sup></td>")
    if spec.get("header2"):
        m = re.search(r"<thead><tr><th>(.*?)</th>(.*?)</tr></thead>", part)
        assert m is not None
        n_cols = m.group(2).count("<th>")
        new = (f'<thead><tr><th rowspan="2">{m.group(1)}</th><th colspan="{n_cols}">'
               f"{escape(spec['header2'])}</th></tr><tr>{m.group(2)}</tr></thead>")
        part = part[:m.start()] + new + part[m.end():]
    return xml[:start] + part + xml[end:]


def render_xml_more(study: Study) -> str:
    """JATS for a study that may hold group-design tables and decorated score tables."""
    bare, grids = _without_grids(study)
    xml = render_xml(bare)
    for n, block in enumerate(grids):
        slot = f"<p>{_SLOT.format(n)}</p>"
        if xml.count(slot) != 1:
            raise ValueError(f"{study.stem}: grid placeholder {n} not found once")
        xml = xml.replace(slot, _grid_xml(block, study, n + 1))
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table" and (b[3].get("marks") or b[3].get("header2")):
                xml = _patch_score_table(xml, b[1], b[3], study)
    return xml


def gold_view(study: Study) -> Study:
    """The study as the external gold builder sees it: a grid becomes one text block.

    Its caption, cells and footnote are joined so that their quote markers are found; the
    PDF renderer records the grid's page under the same block key.
    """
    sections = []
    for sec_type, heading, blocks in study.sections:
        out = []
        for b in blocks:
            if not isinstance(b, str) and b[0] == "grid":
                cells = [b[2], *b[3], *(c for r in b[4] for c in r), b[5] or ""]
                out.append(" | ".join(cells))
            else:
                out.append(b)
        sections.append((sec_type, heading, out))
    return dataclasses.replace(study, sections=sections)
