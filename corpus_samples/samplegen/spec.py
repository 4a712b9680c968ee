"""The structured description of one synthetic paper.

One ``Study`` drives both the rendered PDF and its gold annotations, so the gold
cannot drift from the text: prose carries markers ``[[field1,field2|quoted
words]]`` that render as the quoted words and become the evidence quotes of
those fields, and BBB values are written from ``Bbb`` data by placeholders
``{bbb:GROUP@DAY}`` (text) or by the table/figure renderers.

Placeholders understood in prose: ``{u}`` (the document's micro sign: "μ",
"µ" or a lost "u"), ``{bbb:GROUP@DAY}`` ("mean ± error" for that cell). Soft
hyphens (U+00AD) may be inserted by hand; ``Study.hyphenate`` adds more to long
words so that lines end with "ultracentrifu-" / "gation".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Block = tuple[Any, ...]
"""One layout block. Kinds (first element):

``("masthead", markup)``, ``("title", markup)``, ``("authors", markup)``,
``("affil", markup)``, ``("abstract", heading, markup)``, ``("keywords", markup)``,
``("columns",)`` (2-column layouts: leave the full-width top frame),
``("h1", text)``, ``("h2", text)``, ``("p", markup)``, ``("small", markup)``,
``("bbb_table", caption_markup, "days_cols"|"days_rows", ruled: bool)``,
``("bbb_figure", caption_markup)``, ``("refs", heading, [markup, ...])``.
"""


@dataclass(frozen=True)
class Group:
    """One experimental group with its BBB values: ``values[day] = (mean, error)``."""

    name: str
    arm: Literal["treatment", "control", "sham", "other"]
    n: int
    values: dict[float, tuple[float, float]]


@dataclass(frozen=True)
class Bbb:
    """BBB scores of a study. ``err`` says whether errors are SD or SEM.

    ``source`` is where the numbers are *written as text*: "table" (every cell
    becomes a gold row), "text" (only the ``{bbb:..}`` placeholders used in
    prose become gold rows) or "figure" (plotted only: no gold rows).
    ``day_label`` chooses how tables label time points ("d", "day", "week").
    """

    err: Literal["sd", "sem"]
    groups: tuple[Group, ...]
    source: Literal["table", "text", "figure"]
    day_label: Literal["d", "day", "week"] = "d"
    scale: Literal["BBB", "BMS"] = "BBB"  # mouse studies score BMS (0-9)

    @property
    def days(self) -> list[float]:
        return sorted({d for g in self.groups for d in g.values})

    def group(self, name: str) -> Group:
        for g in self.groups:
            if g.name == name:
                return g
        raise KeyError(f"no BBB group {name!r}")


@dataclass
class Study:
    """A synthetic paper: layout choices, gold field values and the prose."""

    pdf: str
    split: Literal["tune", "heldout"]
    exercises: str  # one line for the README
    layout: Literal[1, 2]
    font: str  # key of render.FONTS
    micro: str  # "μ" (U+03BC), "µ" (U+00B5) or "u"
    ligatures: bool
    hyphenate: bool
    running_head: str  # drawn on pages 2.. (e.g. "J Spinal Regen 2021; 38: 1123–1135")
    running_authors: str  # e.g. "Zhang et al."
    first_page: int  # journal page number of PDF page 1
    fields: dict[str, Any]
    blocks: list[Block]
    bbb: Bbb | None = None
    notes: list[str] = field(default_factory=list)
    pagesize: Literal["A4", "letter"] = "A4"
    header_style: Literal["rule", "plain", "band"] = "rule"
