"""Where outcome-row errors come from, in counts: a diagnosis that names no paper.

``miner eval`` scores an outcome row right when its arm, day and mean are all
right. On a set whose errors one must not read (held-out gold), the F1 alone
says how much is wrong but not what kind of wrong; this breakdown says it in
counts only, so it can be printed for any set:

- by where the gold row is written (table or text: a figure legend is text);
- each missed gold row by kind: a predicted row differs only in the arm, only in
  the day or only in the mean; or the paper got no rows at all; or the gold
  row's whole group went unread; or only some of the group's rows were read;
- each spurious predicted row: the other side of a near miss (counted above),
  a paper whose gold has no rows, a row of an arm none of whose gold rows was
  read, or an extra row beside correctly read rows of its arm;
- the papers from which nothing was read, counted as papers: in which format
  (PDF, JATS XML), whether the same paper's other format was read (a paper
  unread in both formats is a reading problem, in one format a layout one),
  whether rows were read from its figures instead, what the extraction's notes
  say (scores only in a figure; BBB named but no score read; neither), and
  where its gold rows are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import PurePath
from typing import Any

from miner.evaluate.compare import outcome_row_differences
from miner.extract.notes import FIGURE_NOTE_START, UNREAD_NOTE_START

__all__ = ["MISS_KINDS", "SPURIOUS_KINDS", "OutcomeBreakdown"]

MISS_KINDS = (
    "arm wrong",            # a leftover predicted row has the day and mean, another arm
    "day wrong",            # ... the arm and mean, another day
    "mean wrong",           # ... the arm and day, another mean
    "paper got no rows",    # nothing was read from the paper's tables or text
    "group not read",       # none of this gold group's rows was matched
    "some days not read",   # other rows of the group were matched
)
SPURIOUS_KINDS = (
    "near miss",            # the other side of an arm/day/mean-wrong miss
    "paper has no rows",    # the gold has no table or text rows for the paper
    "extra group",          # an arm none of whose gold rows was read from the paper
    "extra row",            # an extra row beside correctly read rows of its arm
)


def _near(p: dict[str, Any], g: dict[str, Any]) -> str | None:
    """The one thing a predicted row gets wrong about a gold row, if only one."""
    wrong = outcome_row_differences(p, g)
    return f"{wrong.pop()} wrong" if len(wrong) == 1 else None


def _where(row: dict[str, Any]) -> str:
    return "table" if row.get("source") == "table" else "text"


@dataclass(slots=True)
class OutcomeBreakdown:
    """Counts of outcome-row results by source and by kind of error."""

    # source -> [matched gold rows, missed gold rows, spurious predicted rows]
    by_source: dict[str, list[int]] = dataclass_field(
        default_factory=lambda: {"table": [0, 0, 0], "text": [0, 0, 0]})
    missed: Counter[str] = dataclass_field(default_factory=Counter)
    spurious: Counter[str] = dataclass_field(default_factory=Counter)
    # Papers with gold rows and nothing read: (stem, format) -> descriptions, and
    # the (stem, format) of every paper seen, to tell one format from both.
    unread: dict[tuple[str, str], set[str]] = dataclass_field(default_factory=dict)
    seen: set[tuple[str, str]] = dataclass_field(default_factory=set)

    def add(self, gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
            matched: list[tuple[dict[str, Any], dict[str, Any]]],
            missed: list[dict[str, Any]], spurious: list[dict[str, Any]], *,
            document: str = "", figure_rows: int = 0, notes: Sequence[str] = ()) -> None:
        """One paper's rows (figure rows already set apart) after matching.

        ``figure_rows`` is how many rows were read from the paper's figures and
        ``notes`` the extraction's notes (which say why no score was read).
        """
        key = (PurePath(document).stem, PurePath(document).suffix.lower().lstrip(".") or "?")
        self.seen.add(key)
        if gold and not predicted:
            self.unread[key] = {f"gold rows in {_where(g)}" for g in gold}
            if figure_rows:
                self.unread[key].add("figure rows read instead")
            if any(n.startswith(FIGURE_NOTE_START) for n in notes):
                self.unread[key].add("noted: scores only in a figure")
            elif any(n.startswith(UNREAD_NOTE_START) for n in notes):
                self.unread[key].add("noted: BBB named, no score read")
            else:
                self.unread[key].add("BBB not named in methods, results or tables")
        for g, _p in matched:
            self.by_source[_where(g)][0] += 1
        for g in missed:
            self.by_source[_where(g)][1] += 1
        for p in spurious:
            self.by_source[_where(p)][2] += 1
        read_groups = {g.get("group") for g, _p in matched}
        read_arms = {g.get("arm") for g, _p in matched}
        paired: set[int] = set()
        for g in missed:
            kind = None
            for i, p in enumerate(spurious):
                if i not in paired and (kind := _near(p, g)):
                    paired.add(i)
                    break
            if kind is None:
                if not predicted:
                    kind = "paper got no rows"
                elif g.get("group") not in read_groups:
                    kind = "group not read"
                else:
                    kind = "some days not read"
            self.missed[kind] += 1
        for i, p in enumerate(spurious):
            if i in paired:
                kind = "near miss"
            elif not gold:
                kind = "paper has no rows"
            elif p.get("arm") not in read_arms:
                kind = "extra group"
            else:
                kind = "extra row"
            self.spurious[kind] += 1

    def update(self, other: OutcomeBreakdown) -> None:
        """Add another set's counts (for a pooled breakdown)."""
        for where, counts in other.by_source.items():
            mine = self.by_source.setdefault(where, [0, 0, 0])
            for i, n in enumerate(counts):
                mine[i] += n
        self.missed.update(other.missed)
        self.spurious.update(other.spurious)
        self.unread.update(other.unread)
        self.seen |= other.seen

    def unread_papers(self) -> dict[str, int]:
        """Papers from which nothing was read, in counts (each PDF or XML is a paper)."""
        counts: Counter[str] = Counter()
        for (stem, fmt), notes in self.unread.items():
            counts["papers"] += 1
            counts[fmt] += 1
            twins = [k for k in self.seen if k[0] == stem and k[1] != fmt]
            if not twins:
                counts["no other format"] += 1
            elif any(t in self.unread for t in twins):
                counts["other format also unread"] += 1
            else:
                counts["other format read"] += 1
            counts.update(notes)
        return dict(sorted(counts.items()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "by_source": {k: {"tp": v[0], "fn": v[1], "fp": v[2]} for k, v in self.by_source.items()},
            "missed": {k: self.missed.get(k, 0) for k in MISS_KINDS},
            "spurious": {k: self.spurious.get(k, 0) for k in SPURIOUS_KINDS},
            "unread_papers": self.unread_papers(),
        }
