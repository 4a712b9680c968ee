"""Score tokens resolved block by block, and the gold export built from them.

Gold follows ``corpus_samples/external/README.md`` ("Gold conventions"); the differences
are written in ``corpus_samples/prose/README.md`` (rows may carry no error when the
sentence gives none; values in figure legends and table footnotes are ``text`` rows).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from extgen.model import plain, quotes_in

from prosegen.record import ProseStudy
from prosegen.tokens import ScoreMention, resolve

Located = tuple[str, str, ScoreMention]  # (PDF block key, source, mention)


def resolve_study(study: ProseStudy) -> tuple[ProseStudy, list[Located], list[tuple[str, str]]]:
    """The study with every score token written out, the mentions by block, and the
    (key, markup) of every block that can hold a quote."""
    mentions: list[Located] = []
    blocks: list[tuple[str, str]] = []
    s = study.scores

    def res(key: str, source: str, markup: str) -> str:
        text, found = resolve(markup, s)
        mentions.extend((key, source, m) for m in found)
        blocks.append((key, text))
        return text

    abstract = [(lab, res(f"abs{i}", "text", t)) for i, (lab, t) in enumerate(study.abstract)]
    sections = []
    for si, (sec_type, heading, body) in enumerate(study.sections):
        out: list[Any] = []
        for bi, b in enumerate(body):
            if isinstance(b, str):
                out.append(res(f"s{si}.{bi}", "text", b))
            elif b[0] == "figure":
                out.append((b[0], b[1], res(f"cap:{b[1]}", "text", b[2]), b[3]))
            elif b[0] == "xtable":
                _, label, caption, spec = b
                spec = dict(spec)
                split = spec.get("split") or len(spec["rows"])
                spec["head"] = [[res(f"tab:{label}", "table", c) for c in row] for row in spec["head"]]
                spec["rows"] = [[res(f"tab:{label}" + ("+" if r >= split else ""), "table", c) for c in row]
                                for r, row in enumerate(spec["rows"])]
                if spec.get("foot"):
                    spec["foot"] = res(f"foot:{label}", "text", spec["foot"])
                out.append(("xtable", label, res(f"cap:{label}", "text", caption), spec))
            else:
                out.append(b)
        sections.append((sec_type, heading, out))
    back = [(h, res(f"back{i}", "text", t)) for i, (h, t) in enumerate(study.back)]
    resolved = dataclasses.replace(study, abstract=abstract, sections=sections, back=back)
    return resolved, mentions, blocks


def gold_for(study: ProseStudy, document: str, pages: dict[str, int] | None,
             mentions: list[Located], blocks: list[tuple[str, str]]) -> dict[str, Any]:
    """The gold export of one rendering (``pages`` None for the JATS file)."""
    def page(key: str) -> int | None:
        return None if pages is None else pages[key]

    values = dict(study.values)
    values.update(first_author=study.first_author, title=plain(study.title), journal=study.journal,
                  year=study.year, doi=study.doi.lower())
    ev: dict[str, list[dict[str, Any]]] = {
        "first_author": [{"page": page("authors"), "quote": study.first_author}],
        "title": [{"page": page("title"), "quote": plain(study.title)}],
        "journal": [{"page": page("journal"), "quote": study.journal}],
        "year": [{"page": page("journal"), "quote": str(study.year)}],
        "doi": [{"page": page("doi"), "quote": study.doi}],
    }
    if pages is None:  # the PDFs do not print PubMed ids; the JATS front matter does
        values.update(pmid=study.pmid, pmcid=study.pmcid)
        ev["pmid"] = [{"page": None, "quote": study.pmid}]
        ev["pmcid"] = [{"page": None, "quote": study.pmcid}]
    for key, markup in blocks:
        for fields, quote in quotes_in(markup):
            for f in fields:
                if f not in values:
                    raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
                ev.setdefault(f, []).append({"page": page(key), "quote": quote})
    missing = [f for f in values if f not in ev]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    s = study.scores
    rows = []
    for key, source, m in mentions:
        rows.append({"document": document, "outcome": s.outcome, "group": m.group, "arm": s.arm(m.group),
                     "day": m.day, "mean": m.mean,
                     "sd": m.err if s.err == "sd" else None, "sem": m.err if s.err == "sem" else None,
                     "n": s.n(m.group), "source": source, "page": page(key), "quote": m.quote})
    entry: dict[str, Any] = {"document": document,
                             "fields": {f: {"value": values[f], "evidence": ev[f]} for f in values}}
    if study.notes:
        entry["notes"] = list(study.notes)
    return {"studies": [entry], "outcomes": rows}
