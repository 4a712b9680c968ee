"""Body weight and group size from the animal sentences: the experiment's cohort.

A group size counts the arms of the locomotor experiment ("ten rats per group", "Sham group
(n = 6)"), not people, records, cages, animals lost or analysed after losses, a side cohort
or a tissue subset; a total split into equal groups gives the number allocated. The quantity
finders themselves are in ``_num_animals``. Used by ``_numeric``.
"""

from __future__ import annotations

import re
from typing import Final

from miner.extract import quantities as qty
from miner.extract._candidates import Candidate
from miner.extract._context import Sentence
from miner.extract._num_context import (
    _ANIMAL,
    _BBB_CONTEXT,
    _IN_VITRO,
    _LOST_AFTER,
    _c,
    _clause,
    housed_or_lost,
)
from miner.extract._scope import animal_mention, human_mention

# What a bare "(n = 8)" counts when no animal is named: a group of the experiment
# ("Sham group (n = 6)", "groups, n = 10 each"), not a database, a flow-diagram box
# or a formula ("Cochrane Library (n = 185)", "Excluded (n = 8)", "t[n] ... n = 1").
_GROUP_BEFORE: Final = re.compile(r"\bgroups?\b|\barms?\b|\beach\b|\bper\b", re.IGNORECASE)


def _clause_of(text: str, start: int, end: int) -> str:
    a = max(text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1
    b = text.find(";", end)
    return text[a : b if b >= 0 else len(text)]


# A bare count that the sentence then splits into groups is the total: "Rats (n = 40)
# were randomly assigned to four groups", "a total of (n = 36)".
_SPLIT_AFTER: Final = re.compile(
    r"^[^.;]{0,60}?\b(?:divided|assigned|allocated|randomi[sz]ed|distributed|split)\s+(?:\w+\s+){0,2}?(?:in)?to\s+"
    r"(?:\w+\s+){0,2}?(?:groups|arms|cohorts)",
    re.IGNORECASE,
)
_TOTAL_BEFORE: Final = re.compile(
    r"\b(?:total|in\s+all|altogether|overall)\b[^.;]{0,30}$", re.IGNORECASE
)


_SHAM_BEFORE: Final = re.compile(r"\bsham\b[^,;()]{0,20}\(?\s*$", re.IGNORECASE)


def _counts_animals(text: str, q: qty.Quantity) -> bool:
    """The group size at ``q`` counts the experiment's animals, not people, records or formulae.

    A size that names its animals ("ten rats per group", "n = 10 rats") counts; any
    other needs animals in its clause, or an experimental group just before it, and
    no people or literature counts beside it ("participants (n = 54)", "PubMed (n = 152)").
    """
    clause = _clause_of(text, q.start, q.end)
    if housed_or_lost(text[max(0, q.start - 45) : q.start], q.value["per_group"]):
        return False
    if not q.value["per_group"] and (
        _SPLIT_AFTER.search(text[q.end : q.end + 120])
        or _TOTAL_BEFORE.search(text[max(0, q.start - 40) : q.start])
    ):
        return False
    animals = animal_mention(clause)
    if human_mention(clause) and not animals:
        return False
    if animal_mention(text[q.start : q.end + 12]):
        return True
    if q.value["per_group"]:
        # "excluded", "screened", "eligible" count records in a flow diagram, and animals
        # in a sentence that names them ("three animals were excluded").
        return animals or not human_mention(
            _FLOW_WORDS.sub(" ", text) if animal_mention(text) else text
        )
    return animals or bool(_GROUP_BEFORE.search(text[max(0, q.start - 80) : q.start]))


_FLOW_WORDS: Final = re.compile(r"\b(?:excluded|screened|eligible|included)\b", re.IGNORECASE)


# A cohort apart from the locomotor one: its group size is not the BBB experiment's.
_SIDE_COHORT: Final = re.compile(
    r"\b(?:separate|additional|independent|second|mechanism|mechanistic|histolog\w*|tissue|molecular)\s+"
    r"(?:\w+\s+)?(?:cohort|set\s+of\s+(?:rats|animals|mice)|batch\s+of\s+(?:rats|animals|mice))\b"
    r"|\bnot\s+(?:used\s+)?(?:for|in)\s+(?:the\s+)?(?:behaviou?ral|locomotor|BBB)\b",
    re.IGNORECASE,
)

# A part of each group taken for a tissue assay: "four rats per group were perfused for
# immunohistochemistry", "three animals per group were used for western blotting". Its
# count is a subset of the group, not the group size.
_ASSAY_SUBSET_AFTER: Final = re.compile(
    r"[^.;]{0,25}?\b(?:were|was)\s+(?:\w+ly\s+)?(?:perfused|sacrificed|killed|euthani[sz]ed|sampled|"
    r"processed|used|taken|collected|harvested|selected)\s+(?:\w+\s+){0,3}?(?:for|to)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:histolog|immuno|western|PCR|qPCR|RT-qPCR|RNA|protein|tissue|morpholog|molecular|electron|TEM|"
    r"biochem|ELISA|stain|sectioning|section)",
    re.IGNORECASE,
)


def _animals(sent: Sentence) -> list[Candidate]:
    text = sent.text
    out = []
    if _ANIMAL.search(text) and (animal_mention(text) or not human_mention(text)):
        for q in qty.find_body_weights(text):
            value = {"low": q.value["low"], "high": q.value["high"]}
            out.append(_c("body_weight_g", value, 0.9, sent, q, "body_weight.regex"))
    if not _IN_VITRO.search(text) or _ANIMAL.search(text):
        sizes = qty.find_group_sizes(text)
        # "the power calculation gave 7 per group; to allow for losses 8 per group were
        # used": the calculation's minimum gives way to the number the study used.
        used = any(_USED.search(_clause(text, q.start)) for q in sizes)
        for q in sizes:
            if not _counts_animals(text, q):
                continue
            strength = 0.9 if q.value["per_group"] else 0.5
            clause = _clause(text, q.start)
            if used and len(sizes) > 1 and _CALCULATED.search(clause) and not _USED.search(clause):
                strength *= 0.6
            if _BBB_CONTEXT.search(text):
                strength = min(1.0, strength + 0.05)
            if not _ANIMAL.search(text) and not _BBB_CONTEXT.search(text):
                strength *= 0.6
            if _LOST_AFTER.match(text, q.end):
                continue  # "two rats in each injured group died": the losses, not the group
            if _SIDE_COHORT.search(text):
                strength *= 0.5  # "a separate mechanism cohort (five rats per group)"
            elif _ASSAY_SUBSET_AFTER.match(text, q.end):
                strength *= 0.4  # "four rats per group were perfused for histology"
            if _ANALYSED_BEFORE.search(text[max(0, q.start - 60) : q.start]) or _ANALYSED_AFTER.match(
                text, q.end
            ):
                strength *= 0.4  # the rats left after losses; the sheet takes those allocated
            elif _ALLOCATED.search(_clause(text, q.start)):
                strength = min(1.0, strength * 1.1)  # the allocation itself: the sheet's convention
            if _SHAM_BEFORE.search(text[max(0, q.start - 30) : q.start]):
                strength *= (
                    0.7  # sham groups are often smaller; the BBB comparison is treated vs vehicle
                )
            out.append(_c("n_per_group", q.value["n"], strength, sent, q, "n_per_group.regex"))
    return out


# A group size counted after deaths or exclusions: "leaving 11 rats per group for
# analysis", "the remaining 9 rats per group", "8 rats per group survived to day 28".
_ANALYSED_BEFORE: Final = re.compile(
    r"\b(?:leaving|remaining|remained|left\s+with|surviv\w+|completed)\b[^.;()]{0,30}$", re.IGNORECASE
)
_ANALYSED_AFTER: Final = re.compile(
    r"[^.;]{0,30}?\b(?:(?:were|was)\s+(?:included\s+in\s+(?:the\s+)?)?analy[sz]ed|for\s+(?:the\s+)?(?:final\s+)?analys[ie]s|"
    r"remained|survived|completed\s+the)\b",
    re.IGNORECASE,
)


_CALCULATED: Final = re.compile(
    r"\b(?:sample\s+size|power\s+(?:analysis|calculation)|calculat\w+|estimated|required|needed|minimum)\b|\bgave\b",
    re.IGNORECASE,
)
_USED: Final = re.compile(
    r"\b(?:were|was)\s+(?:used|included|enrolled|allocated|assigned|randomi[sz]ed)\b|\bto\s+(?:allow|account)\s+for\b",
    re.IGNORECASE,
)
_ALLOCATED: Final = re.compile(
    r"\b(?:randomi[sz]ed|randomly|allocated|assigned|divided|distributed)\b", re.IGNORECASE
)


def _split_back(sent: Sentence, before: str) -> list[Candidate]:
    """Equal groups of a total an earlier sentence of the paragraph gave: the number allocated."""
    if _IN_VITRO.search(sent.text) and not _ANIMAL.search(sent.text):
        return []
    return [
        _c("n_per_group", q.value["n"], 0.9, sent, q, "n_per_group.equal_split")
        for q in qty.find_equal_split_back(sent.text, before)
    ]
