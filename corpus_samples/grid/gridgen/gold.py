"""Gold for one rendering of a grid study (the extraction sheet's JSON export shape).

Same conventions as ``corpus_samples/external`` (one outcome row per score written as a
number, ``quote`` on every row); table rows are read from the score cells of each
``GridTable``, with the page of the table part that holds them.
"""

from __future__ import annotations

from typing import Any

from extgen.model import Study, bbb_in, plain, quotes_in

from gridgen.grid import GridTable, GScores


def _markup_blocks(study: Study) -> list[tuple[str, str]]:
    """(PDF key, markup) of every block that can hold a quote or a text score."""
    out = [(f"abs{i}", t) for i, (_, t) in enumerate(study.abstract)]
    for si, (_t, _h, blocks) in enumerate(study.sections):
        for bi, b in enumerate(blocks):
            if isinstance(b, str):
                out.append((f"s{si}.{bi}", b))
            elif b[0] in ("table", "figure"):
                out.append((f"cap:{b[1]}", b[2]))
                if b[0] == "table" and b[3].get("foot"):
                    out.append((f"foot:{b[1]}", b[3]["foot"]))
    out += [(f"back{i}", t) for i, (_, t) in enumerate(study.back)]
    return out


def _row(study: Study, document: str, group: str, day: float, source: str, page: int | None,
         quote: str) -> dict[str, Any]:
    s = study.scores
    assert isinstance(s, GScores)
    mean, err = s.values[group][day]
    return {"document": document, "outcome": s.outcome, "group": group, "arm": s.arm(group), "day": day,
            "mean": mean, "sd": err if s.err == "sd" else None, "sem": err if s.err == "sem" else None,
            "n": s.n_of(group, day), "source": source, "page": page, "quote": quote}


def gold_for(study: Study, document: str, pages: dict[str, int] | None) -> dict[str, Any]:
    """The gold export for one rendering (``pages`` None for the JATS file)."""
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
    if pages is None:  # PDFs do not print PubMed ids; the JATS front matter does
        values.update(pmid=study.pmid, pmcid=study.pmcid)
        ev["pmid"] = [{"page": None, "quote": study.pmid}]
        ev["pmcid"] = [{"page": None, "quote": study.pmcid}]
    rows: list[dict[str, Any]] = []
    for key, markup in _markup_blocks(study):
        for fields, quote in quotes_in(markup):
            for f in fields:
                if f not in values:
                    raise SystemExit(f"{study.stem}: quote marked for {f} but no gold value")
                ev.setdefault(f, []).append({"page": page(key), "quote": quote})
        for group, day, style in bbb_in(markup):
            rows.append(_row(study, document, group, day, "text", page(key), study.scores.cell(group, day, style)))
    for _t, _h, blocks in study.sections:
        for b in blocks:
            if isinstance(b, str) or b[0] != "table":
                continue
            t: GridTable | None = b[3].get("grid")
            if t is None:
                raise SystemExit(f"{study.stem}: every table of this corpus is a GridTable")
            for i, cell in t.score_cells():
                key = f"tab:{b[1]}#2" if (t.split_at is not None and i >= t.split_at
                                           and study.layout in ("report", "manuscript")) else f"tab:{b[1]}"
                assert cell.ref is not None and cell.quote is not None
                rows.append(_row(study, document, cell.ref[0], cell.ref[1], "table", page(key), cell.quote))
    missing = [f for f in values if f not in ev]
    if missing:
        raise SystemExit(f"{study.stem}: gold values without a quote: {missing}")
    entry: dict[str, Any] = {"document": document,
                             "fields": {f: {"value": values[f], "evidence": ev[f]} for f in values}}
    if study.notes:
        entry["notes"] = list(study.notes)
    return {"studies": [entry], "outcomes": rows}
