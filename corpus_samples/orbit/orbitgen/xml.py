"""JATS rendering of an orbit study: the external renderer with the orbit tables swapped in."""

from __future__ import annotations

import copy

from extgen.model import Study
from extgen.render_xml import inline
from extgen.render_xml import render_xml as _render_xml
from orbitgen import tables


def render_xml(study: Study) -> str:
    """The external JATS renderer, each orbit table rendered here (merged header cells, rules)."""
    clone = copy.copy(study)
    swaps: dict[str, str] = {}
    sections = []
    n = 0
    for sec_type, heading, blocks in study.sections:
        out = []
        for b in blocks:
            if not isinstance(b, str) and b[0] == "table":
                n += 1
                token = f"ORBITTABLE{n}"
                _, label, caption, spec = b
                foot = inline(spec["foot"], study) if spec.get("foot") else ""
                swaps[f"<p>{token}</p>"] = tables.to_jats(label, inline(caption, study), foot, spec,
                                                          tables.build(spec, study.scores), f"T{n}")
                out.append(token)
            else:
                out.append(b)
        sections.append((sec_type, heading, out))
    clone.sections = sections
    xml = _render_xml(clone)
    for token, table in swaps.items():
        if token not in xml:
            raise SystemExit(f"{study.stem}: table placeholder {token} lost")
        xml = xml.replace(token, table)
    return xml
