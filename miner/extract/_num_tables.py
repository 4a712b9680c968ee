"""n_per_group from the rows of a results table: "PBS (n = 8) | 3.1 ± 0.5 | ...", and
from a sentence or footnote that lists each arm's size ("n = 6 (Sham), 8 (SCI), 10 (Exo)").

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

__all__ = ["arm_list_group_sizes", "table_group_sizes"]

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


# A sentence or footnote listing every arm's size, either way round: "n = 6 (Sham), 8 (SCI),
# 10 (SCI+Gel) and 10 (SCI+Gel-Exo)"; "sham (n = 6), vehicle (n = 10) and Exo (n = 10)".
_ARM_N_AFTER: Final = re.compile(r"(?:\bn\s*+=\s*+)?(?P<n>\d{1,3})\s*+\((?P<label>[^()\d][^()]{0,39}+)\)")
# The size after the label: the label is read back from the bracket in code (to the
# comma, semicolon or bracket before it), so the pattern holds no ambiguous run.
_ARM_N_BEFORE: Final = re.compile(r"[(\[]\s*+n\s*+=\s*+(?P<n>\d{1,3})\s*+[)\]]", re.IGNORECASE)
_LIST_GAP: Final = re.compile(r"^\s*+[,;&]?+\s*+(?:and\b)?+\s*+(?:(?:the|for|in)\s++)?+$", re.IGNORECASE)
_LEAD: Final = re.compile(r"^\s*+[,;&]?+\s*+(?:and\b)?+\s*+", re.IGNORECASE)


def _items(text: str) -> list[list[tuple[int, int, str, int]]]:
    """(start, end, label, n) of each sized arm, for each of the two ways of writing them."""
    after = [(m.start(), m.end(), m["label"], int(m["n"])) for m in _ARM_N_AFTER.finditer(text)]
    before = []
    for m in _ARM_N_BEFORE.finditer(text):
        lo = max(m.start() - 40, *(text.rfind(c, 0, m.start()) + 1 for c in ",;()[]"))
        before.append((lo, m.end(), text[lo : m.start()], int(m["n"])))
    if not re.search(r"\bn\s*+=\s*+\d{1,3}\s*+\(", text, re.IGNORECASE):
        after = []  # a bare "8 (SCI)" list must open with "n ="
    return [after, before]


def _arm_list(text: str) -> list[tuple[str, int]] | None:
    """(label, n) of a run of three or more arms, one after another; None without such a run."""
    text = text[:2000]
    for items in _items(text):
        run: list[tuple[int, int, str, int]] = []
        best: list[tuple[int, int, str, int]] = []
        for item in items:
            if run:
                gap = text[run[-1][1] : item[0]]
                label = _LEAD.sub("", item[2])
                if not _LIST_GAP.match(gap) or not label.strip():
                    run = []
            run.append(item)
            if len(run) > len(best):
                best = list(run)
        if len(best) >= 3:
            return [(_LEAD.sub("", label).strip(), n) for _s, _e, label, n in best]
    return None


def arm_list_group_sizes(sent: Sentence) -> list[Candidate]:
    """The group size a list of each arm's size states: the injured arms' shared size.

    Sham arms are left out. When the injured arms agree, that is the group size; when
    one size is shared by most injured arms and is the largest (a group that lost animals
    reports fewer), it is the size the groups were made (weaker). Otherwise nothing.
    """
    text = fold(sent.text)
    if "n" not in text.lower() or "=" not in text:
        return []
    arms = _arm_list(text)
    if arms is None:
        return []
    sizes = [n for label, n in arms if not _SHAM.search(label)]
    if len(sizes) < 2:
        return []
    top = max(sizes)
    shared = sizes.count(top)
    if len(set(sizes)) == 1:
        strength = 0.7
    elif shared >= 2 and shared * 2 > len(sizes):
        strength = 0.5
    else:
        return []
    if not 2 <= top <= 200:
        return []
    return [Candidate("n_per_group", top, strength, sent, sent.start, sent.end, "n_per_group.arm_list")]
