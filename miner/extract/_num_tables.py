"""n_per_group from the rows of a results table: "PBS (n = 8) | 3.1 ± 0.5 | ...".

A score table often labels each group row with its size (or, with groups as columns,
each group's header cell). When the rows of the treated
and control groups agree, that number is the group size of the experiment the table
reports; sham rows are left out (sham groups are often smaller and are not the
comparison a review pools). Rows that disagree give nothing: a guess is worse than empty.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Final

from miner.extract._candidates import Candidate
from miner.extract._context import Sentence
from miner.extract._numbers import fold
from miner.extract._scope import human_mention
from miner.parse.model import SectionKind

__all__ = ["table_group_sizes"]

# The first cell of a row: a group label ending in its size, "SCI + Exo (n = 8)".
# The label is read shortest first, as "{1,60}?" would read it, but never ends on the
# second of two spaces before a third: a space is added to a label only where the run
# of spaces after it is not already taken by the spaces before the bracket, so a long
# run of spaces is not split every way.
_ROW_N: Final = re.compile(
    r"^\s*(?P<label>[^\t\n]|[^\t\n]{1,59}?(?:[^\t\n\s]|[^\t\n\S](?<!\s\s)|[^\t\n\S](?!\s)))\s*+[(\[]\s*n\s*=\s*(?P<n>\d{1,3})\s*[)\]]\s*(?:\t|$)",
    re.IGNORECASE,
)
# One header cell naming a group with its size: "\tSCI + vehicle (n = 12)\t".
_CELL_N: Final = re.compile(
    r"(?:^|\t)\s*(?P<label>[^\t\n]|[^\t\n]{1,59}?(?:[^\t\n\s]|[^\t\n\S](?<!\s\s)|[^\t\n\S](?!\s)))\s*+[(\[]\s*n\s*=\s*(?P<n>\d{1,3})\s*[)\]]\s*(?=\t|$)",
    re.IGNORECASE,
)
_SHAM: Final = re.compile(r"\bsham\b|\bnaive\b|\bnormal\b|\bintact\b|\bhealthy\b", re.IGNORECASE)
_TITLE: Final = re.compile(r"^\s*Table\s+\w+", re.IGNORECASE)


def table_group_sizes(sentences: Sequence[Sentence]) -> list[Candidate]:
    """One n_per_group candidate per table whose non-sham group rows all state the same n."""
    rows: dict[int, list[tuple[Sentence, re.Match[str]]]] = defaultdict(list)
    titles: dict[int, str] = {}
    for sent in sentences:
        if sent.section != SectionKind.TABLE or "n" not in sent.text.lower():
            continue
        if _TITLE.match(sent.text):
            titles[sent.block_index] = sent.text
            continue
        folded = fold(sent.text)
        m = _ROW_N.match(folded)
        if m:
            rows[sent.block_index].append((sent, m))
        elif "\t" in folded:
            # Groups as columns: a header row "Day | Sham (n = 12) | Vehicle (n = 12) | ...".
            cells = [c for c in _CELL_N.finditer(folded) if c.group(0).strip()]
            if len(cells) >= 2:
                rows[sent.block_index].extend((sent, c) for c in cells)
    out = []
    for block, found in rows.items():
        if human_mention(titles.get(block, "")):
            continue  # a table of patients or participants
        groups = [(s, m) for s, m in found if not _SHAM.search(m["label"])]
        sizes = {int(m["n"]) for _, m in groups}
        if len(groups) < 2 or len(sizes) != 1 or not 2 <= (n := sizes.pop()) <= 200:
            continue
        sent, m = groups[0]
        start, end = sent.start + m.start("n"), sent.start + m.end("n")
        # Weaker than a sentence stating the group size: the table gives the row labels only.
        out.append(Candidate("n_per_group", n, 0.7, sent, start, end, "n_per_group.table_rows"))
    return out
