"""Long-format BBB/BMS tables: one row per time point and group.

"Time point | Group | n | BBB score (mean ± SEM) | Inclined plane (°)", or with the group
first ("Group | Day | Mean | SD"). A lab writes the time (or the group) once and leaves the
cell blank on the rows below it, as a merged cell would: a blank time or group cell carries
the one above. Only the column of the table's scale gives rows; the columns of other measures
beside it ("Inclined plane", "Rotarod (s)") and the rows before the injury give none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from miner.extract._numbers import fold, parse_number
from miner.extract._outcome_cells import (
    NOT_GROUP,
    SUBSCORE,
    cell_stat,
    dispersion_type,
    int_cell,
    make_row,
    parse_cell,
    section_scale,
)
from miner.extract._outcome_header import LABEL_ONLY_OTHER, stat_label
from miner.extract._outcome_notes import row_time
from miner.extract._outcome_time import unit_of
from miner.records import OutcomeRow

__all__ = ["long_columns", "long_rows"]

_GROUP_HEAD: Final = re.compile(
    r"(?:experimental\s+|treatment\s+)?(?:groups?|treatments?|conditions?|arms?)(?:\s*\(.*\))?"
)
# "Animals (n)": an n column the statistic labels (``stat_label``) do not name.
_ANIMALS_N: Final = re.compile(r"animals\s*\(n\)")
# A generic score column in a table whose caption names the scale: "Mean", "Score", "Mean ± SD".
_GENERIC_MEAN: Final = re.compile(
    r"(?:mean|score|scores)(?:\s*(?:±|\+/-|and)\s*(?:s\.?d\.?|s\.?e\.?m?\.?))?(?:\s*\(.*\))?"
)
# The time column: "Time point", "Day", "Weeks post-injury", "Time after SCI (d)"; not "Time to
# recovery (days)", a measure.
_TIME_HEAD: Final = re.compile(
    r"(?:time(?:\s*points?)?|days?|weeks?|dpi|wpi)"
    r"(?:\s*(?:post[- ]?|after\s+|following\s+)(?:injury|sci|surgery|operation|lesion))?"
    r"(?:\s*\((?:days?|weeks?|d|wks?|dpi|wpi)\))?"
)
# A score column before the injury ("BBB before injury", "Baseline BBB"): no post-injury rows.
_BEFORE: Final = re.compile(
    r"\bpre\b|\bpre[- ]?(?:injury|op|SCI|surg)|baseline|before", re.IGNORECASE
)


def long_columns(header: list[str], scale: str) -> dict[str, int] | None:
    """The columns of a long-format header: group, time ("day"), mean, and n, sd, sem when
    present; None when the header is not one.

    The mean column is the one column naming the table's scale ("BBB score (mean ± SEM)",
    "BMS (mean ± SD)"), else one generic "Mean" or "Score" column. Two columns naming the
    scale ("BBB left | BBB right") are ambiguous: None.
    """
    header = _unglue(header)
    cols: dict[str, int] = {}
    scored: list[int] = []
    generic: list[int] = []
    for j, h in enumerate(header):
        k = re.sub(r"\s+", " ", fold(h).strip().lower())
        if not k:
            continue
        stat = stat_label(k)
        if _GROUP_HEAD.fullmatch(k):
            cols.setdefault("group", j)
        elif stat == "n" or _ANIMALS_N.fullmatch(k):
            cols.setdefault("n", j)
        elif stat in ("sem", "sd"):
            cols.setdefault(stat, j)
        elif section_scale(h) == scale:
            if not _BEFORE.search(k) and not SUBSCORE.search(k):
                scored.append(j)
        elif SUBSCORE.search(k) or LABEL_ONLY_OTHER.search(k):
            continue  # another measure's column
        elif _GENERIC_MEAN.fullmatch(k):
            generic.append(j)
        elif _TIME_HEAD.fullmatch(k):
            cols.setdefault("day", j)
    if len(scored) > 1 or (not scored and len(generic) != 1):
        return None
    cols["mean"] = scored[0] if scored else generic[0]
    if not {"group", "day"} <= cols.keys():
        return None
    return cols


# Two header labels run together ("Time point Group", "Post-injury day Treatment group")
# are a handful of words; a longer cell is prose, and trying every split of it would cost
# quadratic time on a hostile JATS cell.
_MAX_HEAD_WORDS = 10


def _unglue(header: list[str]) -> list[str]:
    """Two header labels a PDF reader ran into one cell, the next cell left empty ("Time point
    Group" | ""), split back into their columns."""
    out = list(header)
    for j in range(len(out) - 1):
        if out[j + 1].strip():
            continue
        words = out[j].split()
        if len(words) > _MAX_HEAD_WORDS:  # no two run-together labels; bounds hostile cells
            continue
        for i in range(1, len(words)):
            a, b = " ".join(words[:i]), " ".join(words[i:])
            ka, kb = fold(a).lower(), fold(b).lower()
            if (_TIME_HEAD.fullmatch(ka) and _GROUP_HEAD.fullmatch(kb)) or (
                _GROUP_HEAD.fullmatch(ka) and _TIME_HEAD.fullmatch(kb)
            ):
                out[j], out[j + 1] = a, b
                break
    return out


def long_rows(
    body: list[list[str]],
    cols: Mapping[str, int],
    header: list[str],
    dtype: str | None,
    common: Mapping[str, object],
    unit: str | None = None,
    *,
    stat_ctx: str = "",
) -> list[OutcomeRow]:
    """Long format: one row per group and time point. A blank time or group cell carries the
    one above it (a merged cell); a time before the injury or a p row carries no time at all.

    ``dtype`` is what the caption, footnote or methods say; the mean column's own header
    ("BBB score (mean ± SEM)") and an SD or SEM column speak first. ``stat_ctx`` (the
    table's header, caption and note) says, after the mean column's header, whether its
    values are means or medians.
    """
    out = []
    header = _unglue(header)
    unit = unit_of(header[cols["day"]]) or unit
    dtype = dispersion_type(header[cols["mean"]]) or dtype
    day: float | None = None
    group, n_group = "", None
    width = max(cols.values())
    for r in body:
        if len(r) <= width:
            continue
        time_cell, group_cell = r[cols["day"]].strip(), r[cols["group"]].strip()
        if time_cell:
            day = row_time(time_cell, unit)
            if not group_cell and not any(parse_cell(c) for c in r):
                # A time row over its groups ("Week 2" alone): the group rows below carry it.
                group = ""
        if group_cell:
            group, n_group = group_cell, int_cell(r, cols.get("n"))
        if not time_cell and not group_cell:
            continue
        cell = parse_cell(r[cols["mean"]])
        if day is None or cell is None or not group or NOT_GROUP.search(group):
            continue
        if NOT_GROUP.search(time_cell):
            continue
        disp, dt = cell[1], dtype
        for key in ("sem", "sd"):
            if key in cols and parse_number(r[cols[key]]) is not None:
                disp, dt = parse_number(r[cols[key]]), key
        n = int_cell(r, cols.get("n"))
        n = n if n is not None or group_cell else n_group
        # A value with an SD or SEM (its own or its column's) is a mean.
        stat = "mean" if disp is not None else cell_stat(r[cols["mean"]], header[cols["mean"]], stat_ctx)
        row = make_row(group, day, cell[0], disp, dt, n=n, stat=stat, **common)  # type: ignore[arg-type]
        if row:
            out.append(row)
    return out

