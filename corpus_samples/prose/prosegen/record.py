"""The study record of this corpus: the external ``Study`` plus layout habits."""

from __future__ import annotations

from dataclasses import dataclass

from extgen.model import Study

# Layout habits the external renderer lacks (see render.py):
#   "lineno"    accepted-manuscript style: line numbers in the left margin, banner header
#   "footer"    a running footer on every page (download notice, page "n")
# Table habits are per table, in the ``xtable`` spec: "spans" (merged header cells),
# footnote markers in cells, "split" (continued on the next page), "landscape".
HABITS = frozenset({"lineno", "footer"})


@dataclass
class ProseStudy(Study):
    """A ``Study`` whose sections may also hold ``("xtable", label, caption, spec)`` blocks.

    ``spec``: ``head`` (list of header rows), ``rows`` (body rows), optional ``spans``
    (``(col0, row0, col1, row1)`` over the whole grid, header rows first), ``foot``,
    ``split`` (body row index where the table continues on the next page), ``landscape``,
    ``widths`` (relative column widths). Cells are markup and may hold score tokens.
    """

    habits: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        unknown = set(self.habits) - HABITS
        if unknown:
            raise ValueError(f"{self.stem}: unknown habits {sorted(unknown)}")
