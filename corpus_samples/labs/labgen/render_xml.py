"""JATS for a labs study: ``extgen.render_xml`` plus the ``grid`` block (merged headers).

The article skeleton is extgen's; only the body blocks are walked here so that grid
tables (``colspan`` headers, footnotes) sit where the paper puts them.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

import extgen.render_xml as RX
from extgen.model import Study


def grid_xml(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    head = "".join(
        "<tr>" + "".join((f'<th colspan="{span}">' if span > 1 else "<th>") + RX.inline(text, study) + "</th>"
                         for text, span in row) + "</tr>"
        for row in spec["head"])
    body = "\n".join("<tr>" + "".join(f"<td>{RX.inline(c, study)}</td>" for c in r) + "</tr>" for r in spec["rows"])
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{RX.inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
            f"<caption><p>{RX.inline(caption, study)}</p></caption>\n"
            f'<table frame="hsides" rules="groups"><thead>{head}</thead>\n<tbody>\n{body}\n</tbody></table>'
            f"{foot_xml}</table-wrap>")


def _blocks(blocks: list, study: Study, ids: dict[str, int]) -> str:
    out: list[str] = []
    open_sub = False
    for block in blocks:
        if isinstance(block, str):
            out.append(f"<p>{RX.inline(block, study)}</p>")
        elif block[0] == "h":
            if open_sub:
                out.append("</sec>")
            ids["sec"] += 1
            out.append(f'<sec id="s{ids["sec"]}"><title>{RX.inline(block[1], study)}</title>')
            open_sub = True
        elif block[0] in ("table", "grid"):
            ids["tab"] += 1
            make = RX._table if block[0] == "table" else grid_xml
            out.append(make(block[1], block[2], block[3], study, f"T{ids['tab']}"))
        elif block[0] == "figure":
            ids["fig"] += 1
            n = ids["fig"]
            out.append(f'<fig id="F{n}" position="float"><label>{escape(block[1])}</label>'
                       f"<caption><p>{RX.inline(block[2], study)}</p></caption>"
                       f'<graphic xlink:href="{study.stem}-g00{n}"/></fig>')
    if open_sub:
        out.append("</sec>")
    return "\n".join(out)


def render_xml(study: Study) -> str:
    """extgen's JATS article with this module's body walker in place for the call."""
    original = RX._blocks
    RX._blocks = _blocks
    try:
        return RX.render_xml(study)
    finally:
        RX._blocks = original
