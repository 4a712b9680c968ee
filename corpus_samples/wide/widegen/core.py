"""What the wide corpus adds to the external renderer's ``Study`` record.

The external set (``corpus_samples/external/extgen``) writes every score as
``mean ± err`` or ``mean (err)`` and draws score tables as a plain grid. Real papers
write scores in many more shapes, so this module adds, on top of that record:

- ``{o:GROUP@DAY|style}`` in prose, captions and table cells: a score from the study's
  data, written in one of ``STYLES``; it becomes one gold outcome row (source ``text``
  in prose, ``figure`` in a figure legend, ``table`` in a table cell);
- "wide" tables: explicit header rows (merged cells as ``(text, colspan)``), body cells
  in the same markup (so a cell can hold a score, a quote marker, a footnote sign or
  free text such as a pre-injury baseline), optional landscape page and continuation;
- per-study number of decimals and per-group, per-day ``n`` (exclusions).

Before rendering, ``materialise`` turns a ``WideStudy`` into a plain ``Study`` whose prose
holds only the external markup, so the external renderers draw it unchanged; the page
keys they record are positional and therefore shared with the original markup, from
which ``gold`` reads quotes and outcome rows.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from extgen.model import QUOTE_RE, Study, collapse, plain, quotes_in

O_RE = re.compile(r"\{o:([^@}]+)@([0-9.]+)(?:\|([a-z]+))?\}")

# How a score can be written. ``mean`` omits the spread: such a row has sd = sem = null.
STYLES = {
    "pm": "{m} ± {e}",
    "paren": "{m} ({e})",
    "tight": "{m}±{e}",
    "ascii": "{m} +/- {e}",
    "mean": "{m}",
    "iparen": "{m} ({e})",  # whole numbers, as a sham at ceiling is often written: "21 (0)"
}
WHOLE = {"iparen"}  # styles written without decimals, whatever the study's ``dec``


@dataclass
class WideStudy(Study):
    """A ``Study`` with the wide corpus's extras (see the module docstring)."""

    dec: int = 1  # decimals of every written score
    render: str = "std"  # "std" = the external layouts (``layout``); else a widegen.render_alt layout
    n_at: dict[str, dict[float, int]] = field(default_factory=dict)  # n per group per day (exclusions)
    exercises: str = ""  # one line for the README table


def fmt(study: WideStudy, group: str, day: float, style: str | None) -> str:
    """The written form of one score."""
    mean, err = study.scores.values[group][day]
    d = 0 if style in WHOLE else study.dec
    return STYLES[style or "pm"].format(m=f"{mean:.{d}f}", e=f"{err:.{d}f}")


def resolve(markup: str, study: WideStudy) -> str:
    """Replace every ``{o:...}`` by its written score (quote markers stay)."""
    def one(m: re.Match[str]) -> str:
        group, day, style = m.group(1), float(m.group(2)), m.group(3)
        if style is not None and style not in STYLES:
            raise ValueError(f"{study.stem}: unknown score style {style!r}")
        if group not in study.scores.values or day not in study.scores.values[group]:
            raise ValueError(f"{study.stem}: no score for {group}@{day:g}")
        return fmt(study, group, day, style)

    return O_RE.sub(one, markup)


def scores_in(markup: str) -> list[tuple[str, float, str | None]]:
    return [(m.group(1), float(m.group(2)), m.group(3)) for m in O_RE.finditer(markup)]


def is_wide(spec: dict[str, Any]) -> bool:
    return "head" in spec


def _resolve_spec(spec: dict[str, Any], study: WideStudy) -> dict[str, Any]:
    out = dict(spec)
    if is_wide(spec):
        out["head"] = [[(resolve(c[0], study), c[1]) if isinstance(c, tuple) else resolve(c, study) for c in row]
                       for row in spec["head"]]
        out["body"] = [[resolve(c, study) for c in row] for row in spec["body"]]
    if spec.get("foot"):
        out["foot"] = resolve(spec["foot"], study)
    return out


def materialise(study: WideStudy) -> WideStudy:
    """A copy whose markup holds no ``{o:...}`` (what the renderers draw)."""
    s = copy.deepcopy(study)
    s.title = resolve(s.title, study)
    s.abstract = [(lab, resolve(t, study)) for lab, t in s.abstract]
    s.back = [(h, resolve(t, study)) for h, t in s.back]
    sections = []
    for sec_type, heading, blocks in s.sections:
        new: list[Any] = []
        for b in blocks:
            if isinstance(b, str):
                new.append(resolve(b, study))
            elif b[0] == "h":
                new.append(b)
            else:
                new.append((b[0], b[1], resolve(b[2], study), _resolve_spec(b[3], study)))
        sections.append((sec_type, heading, new))
    s.sections = sections
    return s


# --------------------------------------------------------------------------- gold

def _text_blocks(study: WideStudy) -> list[tuple[str, str, str]]:
    """(PDF key, markup, outcome source) of every prose-like block."""
    out = [(f"abs{i}", t, "text") for i, (_, t) in enumerate(study.abstract)]
    for si, (_t, _h, blocks) in enumerate(study.sections):
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append((f"s{si}.{bi}", b, "text"))
            elif b[0] in ("table", "figure"):
                # A number written in a legend is text the authors wrote (as in every other
                # corpus); `figure` is for values read off a plot.
                out.append((f"cap:{b[1]}", b[2], "text"))
                if b[0] == "table" and b[3].get("foot"):
                    out.append((f"foot:{b[1]}", b[3]["foot"], "text"))
    out += [(f"back{i}", t, "text") for i, (_, t) in enumerate(study.back)]
    return out


def table_cells(study: WideStudy) -> list[tuple[str, str]]:
    """(PDF key, markup) of every cell of every wide table (continuations keyed ``@2``)."""
    out = []
    for _si, (_t, _h, blocks) in enumerate(study.sections):
        for b in blocks:
            if isinstance(b, str) or b[0] != "table" or not is_wide(b[3]):
                continue
            spec, key = b[3], f"tab:{b[1]}"
            for row in spec["head"]:
                out += [(key, c[0] if isinstance(c, tuple) else c) for c in row]
            split = spec.get("split") or len(spec["body"])
            for ri, row in enumerate(spec["body"]):
                out += [(key if ri < split else key + "@2", c) for c in row]
    return out


def _row(study: WideStudy, document: str, group: str, day: float, style: str | None, source: str,
         page: int | None) -> dict[str, Any]:
    s = study.scores
    mean, err = s.values[group][day]
    written = style != "mean"
    n = study.n_at.get(group, {}).get(day, s.n(group))
    return {"document": document, "outcome": s.outcome, "group": group, "arm": s.arm(group), "day": day,
            "mean": mean, "sd": err if written and s.err == "sd" else None,
            "sem": err if written and s.err == "sem" else None, "n": n, "source": source, "page": page,
            "quote": fmt(study, group, day, style)}


def gold(study: WideStudy, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export (sheet JSON shape) of one rendering; ``pages`` is None for the XML."""
    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    values = dict(study.values)
    values.update(first_author=study.first_author, title=plain(study.title), journal=study.journal,
                  year=study.year, doi=study.doi.lower())
    ev: dict[str, list[dict[str, Any]]] = {
        "first_author": [{"page": page("authors"), "quote": study.first_author}],
        "title": [{"page": page("title"), "quote": collapse(plain(study.title))}],
        "journal": [{"page": page("journal"), "quote": study.journal}],
        "year": [{"page": page("journal"), "quote": str(study.year)}],
        "doi": [{"page": page("doi"), "quote": study.doi}],
    }
    if pages is None:  # only the JATS front matter carries the PubMed ids
        values.update(pmid=study.pmid, pmcid=study.pmcid)
        ev["pmid"] = [{"page": None, "quote": study.pmid}]
        ev["pmcid"] = [{"page": None, "quote": study.pmcid}]
    rows: list[dict[str, Any]] = []
    blocks = [(k, m, src) for k, m, src in _text_blocks(study)] + [(k, m, "table") for k, m in table_cells(study)]
    for key, markup, source in blocks:
        for fields, quote in quotes_in(resolve(markup, study)):
            for f in fields:
                if f not in values:
                    raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
                ev.setdefault(f, []).append({"page": page(key), "quote": quote})
        for group, day, style in scores_in(markup):
            rows.append(_row(study, document, group, day, style, source, page(key)))
    missing = [f for f in values if f not in ev]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    entry: dict[str, Any] = {"document": document,
                             "fields": {f: {"value": values[f], "evidence": ev[f]} for f in values}}
    if study.notes:
        entry["notes"] = list(study.notes)
    return {"studies": [entry], "outcomes": rows}


def strip_quotes(markup: str) -> str:
    return QUOTE_RE.sub(lambda m: m.group(2), markup)
