"""Notes for the reviewer about BBB scores miner did not read: the start of each note is its kind.

``FIGURE_NOTE_START``: the scores are only plotted (``outcomes.figure_notes``).
``PLOT_NOTE_START``: a plot of BBB scores could not be read (the figure reader).
``UNREAD_NOTE_START``: a paper names BBB but no score of it was read.

An empty outcome sheet says nothing by itself: the paper may not measure BBB, may
plot it only (``figure_notes`` says so), or may write it in a way the readers did
not follow. The last case must not look like the first, so the reviewer is told
where the paper names the scale and asked to read the scores by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from miner.extract._context import Sentence
from miner.extract._outcome_cells import BBB
from miner.parse.model import SectionKind

__all__ = ["FIGURE_NOTE_START", "PLOT_NOTE_START", "UNREAD_NOTE_START", "unread_note"]

FIGURE_NOTE_START: Final = "BBB scores reported in a figure"
PLOT_NOTE_START: Final = "BBB figure on page"
UNREAD_NOTE_START: Final = "BBB scores are named"
# Where a paper states its own experiment's scale and scores; an introduction's BBB is
# someone else's, and a figure legend is the figure note's business.
_OWN: Final = (SectionKind.METHODS, SectionKind.RESULTS, SectionKind.TABLE)


def unread_note(sentences: Sequence[Sentence]) -> str | None:
    """The note for a paper with no BBB rows whose methods, results or tables name BBB."""
    named = [s for s in sentences if s.section in _OWN and BBB.search(s.text)]
    if not named:
        return None
    pages = sorted({s.page for s in named if s.page})
    where = f" on page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages[:5]))}" if pages else ""
    return (f"{UNREAD_NOTE_START}{where} but no scores were read from the tables or text: "
            "read them by hand")
