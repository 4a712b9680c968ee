"""Cell grids of the chorus corpus's own table blocks, shared by the PDF and XML renderers.

``("xtable", label, caption, spec)``: a score table with habits the external renderer lacks.
spec keys: ``groups``, ``days``, ``day_fmt``; ``orient`` ("cols": one row per group, days
across; "rows": one row per day, groups across); ``scores`` (secondary scale key, default
main); ``style`` (cell print style, see ``markup.fmt``); ``span`` (a merged header cell over
the score columns); ``marks`` ({(group, day): "a"} footnote markers after a cell);
``ncol`` (add an "n" column after the group label, orient "cols" only); ``split`` (body
rows after this index continue in a second table on the next page); ``foot`` (markup).

``("kvtable", label, caption, rows)``: a two-column "parameter | detail" methods table whose
detail cells are prose markup (may carry ``{{field|quote}}`` markers) and wrap.
"""

from __future__ import annotations

from dataclasses import dataclass

from extgen.model import Study

from chorusgen.markup import fmt, scores_of


@dataclass(frozen=True)
class Cell:
    """A score cell: where it sits in the body and what it is."""

    part: int  # 0 = first table, 1 = continuation
    group: str
    day: float
    printed: str  # the score as printed, without its footnote marker


def grid(spec: dict, study: Study) -> tuple[list[list[str]], list[list[list[str]]], list[Cell]]:
    """(header rows, body rows per part, score cells) of an xtable."""
    s = scores_of(study, spec.get("scores", ""))
    groups, days, style = spec["groups"], spec["days"], spec.get("style")
    marks = spec.get("marks", {})
    cells: list[Cell] = []
    body: list[list[str]] = []
    if spec.get("orient", "cols") == "cols":
        lead = [spec.get("corner", "Group")] + (["n"] if spec.get("ncol") else [])
        cols = [spec["day_fmt"](d) for d in days]
        for g in groups:
            row = [g] + ([str(s.n(g))] if spec.get("ncol") else [])
            for d in days:
                row.append(fmt(s, g, d, style) + marks.get((g, d), ""))
            body.append(row)
        keys = [[(g, d) for d in days] for g in groups]
    else:
        lead = [spec.get("corner", "Time")]
        cols = list(groups)
        for d in days:
            body.append([spec["day_fmt"](d)] + [fmt(s, g, d, style) + marks.get((g, d), "") for g in groups])
        keys = [[(g, d) for g in groups] for d in days]
    split = spec.get("split", len(body))
    parts = [body[:split], body[split:]] if split < len(body) else [body]
    for ri, row_keys in enumerate(keys):
        part = 0 if ri < split else 1
        for g, d in row_keys:
            cells.append(Cell(part, g, d, fmt(s, g, d, style)))
    if spec.get("span"):
        header = [[""] * len(lead) + [spec["span"]] + [""] * (len(cols) - 1), lead + cols]
    else:
        header = [lead + cols]
    return header, parts, cells
