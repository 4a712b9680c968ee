"""``injury_level``: which vertebral levels of a sentence are where the cord was injured.

A methods paragraph names many levels besides the injury's: the laminectomy that
exposes the cord ("a T9 laminectomy", weaker evidence: the injury may sit one
segment lower), where the treatment goes in ("lumbar puncture between L5 and L6",
"a catheter inserted at L3"), the vertebrae clamped to hold the column still ("the
T9 and T11 spinous processes were clamped") and the segments sampled or imaged
around the lesion ("segments rostral (T8) and caudal (T12) to the lesion"). The
nearest cue word decides what a level is tied to: an injury word nearer than any
other cue makes it the injury's. Pure functions over one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract._candidates import Candidate
from miner.extract._context import Sentence
from miner.extract._scope import level_scope, time_point
from miner.nlp._levels import time_glossed

__all__ = [
    "LEVEL_CONTEXT",
    "LEVEL_HINT",
    "access_level",
    "laminectomy_factor",
    "level_candidates",
    "level_role_factor",
]

# The laminae removed to reach the cord are the laminectomy's levels however it is
# worded: "a T9 laminectomy", "the T8-T11 laminae were removed", "T7 laminotomy".
# Removing a spinous process or a vertebral arch is the same access step in other words
# ("the spinous processes of T9-T11 were removed").
_LAMINECTOMY_NEAR: Final = re.compile(
    r"laminectom|laminotom|\blaminae?\b|spinous\s+process|vertebral\s+arch|dorsal\s+arch", re.IGNORECASE
)
# What ends the laminectomy's phrase between it and a level.
_PHRASE_BREAK: Final = re.compile(r"[,;]|\bcord\b|\bsegments?\b|\bexpos", re.IGNORECASE)
# A level written as the cord's own segment names where the cord is, whatever lamina was
# removed to reach it: "the T10 spinal segment after laminectomy of T9", "at the T10
# segment via a T9 laminectomy", "spinal cord segment T10".
_CORD_SEGMENT: Final = re.compile(r"\s++(?:spinal\s+)?(?:cord\s+)?segment(?:al)?\b|\s++spinal\s+cord\b", re.IGNORECASE)
_SEGMENT_BEFORE: Final = re.compile(r"\b(?:spinal\s+)?(?:cord\s+)?segment\s+$", re.IGNORECASE)
_INJURY_NEAR: Final = re.compile(
    r"contus|impact|compress|transect|hemisect|injur|lesion|clip|crush|drop|centred|centered|epicent|"
    # "the balloon lay over T10", "inflated at T9": the balloon compresses the cord there
    r"balloon|inflat",
    re.IGNORECASE,
)
# A level where the treatment goes in ("lumbar puncture between L5 and L6", "a
# catheter inserted at L3", "intrathecal injection at L4-L5") is never the injury's.
_ACCESS_NEAR: Final = re.compile(
    r"punctur|catheter|cannula|needle|intrathecal|subarachnoid|intervertebral\s+space|"
    r"inserted|advanced|infused|injected|injection|microinject|drug\s+deliver",
    re.IGNORECASE,
)
# Not the injury either: vertebrae clamped or fixed to steady the column, segments
# placed relative to the lesion ("rostral (T8)"), tissue sampled or imaged there.
_OTHER_ROLE_NEAR: Final = re.compile(
    r"clamp|stabili[sz]|\bfix(?:ed|ing|ation)\b|secured|\bheld\b|"
    r"rostral|caudal|cranial|\babove\b|\bbelow\b|"
    r"harvest|dissect|collected|sampled|sectioned|removed\s+for|imag(?:ed|ing)|\bMRI\b|scanned|tracer|tracing",
    re.IGNORECASE,
)

LEVEL_HINT: Final = re.compile(r"\b(?:Th|[TCL])(?:\s|-)?\d|thoracic|cervical|lumbar")
LEVEL_CONTEXT: Final = re.compile(
    r"laminectom|laminotom|lamina|vertebra|level|segment|spinal|thoracic|cervical|lumbar|exposed|contusion|impact|"
    r"epidural|extradural|dura\b",
    re.IGNORECASE,
)
_LEVEL: Final = re.compile(
    # "Th10" is the German-style thoracic abbreviation some journals keep.
    # "T-10": some authors hyphenate the letter and the number.
    r"\b(?P<r>Th|[TCL])(?:\s|-(?=\d))?(?P<a>\d{1,2})(?:\s*(?:-|/|and|to)\s*(?P<r2>Th|[TCL])?\s?(?P<b>\d{1,2}))?\b(?!\d|\.\d)"
)
_ORDINAL: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_ORDINAL_LEVEL: Final = re.compile(
    r"\b(?P<o>"
    + "|".join(_ORDINAL)
    + r")\s+(?:and\s+(?P<o2>"
    + "|".join(_ORDINAL)
    + r")\s+)?(?P<r>thoracic|cervical|lumbar)\s+(?:vertebra|segment|level|spinal)",
    re.IGNORECASE,
)


def _level_norm(r: str, a: int, r2: str | None, b: int | None) -> str | None:
    r = r[0].upper()
    r2 = r2[0] if r2 else None
    limits = {"C": 8, "T": 13, "L": 6}
    if not 1 <= a <= limits[r]:
        return None
    if b is None:
        return f"{r}{a}"
    r2 = (r2 or r).upper()
    if not 1 <= b <= limits[r2] or (r2 == r and b <= a) or b - a > 3 and r2 == r:
        return None
    return f"{r}{a}-{r2}{b}"


def _nearest(cue: re.Pattern[str], before: str, after: str) -> int | None:
    """Characters between the level and the nearest ``cue`` match on either side."""
    gaps = [len(before) - m.end() for m in cue.finditer(before)]
    m = cue.search(after)
    if m:
        gaps.append(m.start())
    return min(gaps) if gaps else None


def laminectomy_factor(text: str, start: int, end: int) -> float:
    """Weight of a level by what it is tied to: the laminectomy alone (0.5) or the injury (1).

    A level counts as the laminectomy's when "laminectomy" (or "lamina") is within a
    few words of it, in the same phrase, and no injury word is closer ("a T9
    laminectomy", "laminectomy at the T9-T11 level", "the T8-T11 laminae were
    removed"). A comma or the cord between them starts another phrase: in "after
    removal of the T8 lamina, the T9 cord was contused" T9 is the injury's.
    """
    before, after = text[max(0, start - 40) : start], text[end : end + 25]
    if _CORD_SEGMENT.match(after) or _SEGMENT_BEFORE.search(before):
        return 1.0  # "the T10 spinal segment", "cord segment T10": the cord's level, not a lamina's
    lam_b = [m.end() for m in _LAMINECTOMY_NEAR.finditer(before)
             if not _PHRASE_BREAK.search(before, m.end())]  # fmt: skip
    lam_a = _LAMINECTOMY_NEAR.search(after)
    if lam_a and _PHRASE_BREAK.search(after, 0, lam_a.start()):
        lam_a = None
    if not lam_b and not lam_a:
        return 1.0
    inj_b = [m.end() for m in _INJURY_NEAR.finditer(before)]
    if lam_b and (not inj_b or max(inj_b) < max(lam_b)):
        return 0.5
    inj_a = _INJURY_NEAR.search(after)
    if lam_a and (not inj_a or inj_a.start() > lam_a.start()):
        return 0.5
    return 1.0


def access_level(text: str, start: int, end: int) -> bool:
    """Whether a level names where the treatment was given rather than the injury.

    The nearest cue within a few words decides: an access word (puncture, catheter,
    injection ...) nearer than any injury word makes it the route's level.
    """
    before, after = text[max(0, start - 60) : start], text[end : end + 20]
    access = _nearest(_ACCESS_NEAR, before, after)
    if access is None:
        return False
    injury = _nearest(_INJURY_NEAR, before, after)
    return injury is None or access < injury


def _other_role(text: str, start: int, end: int) -> bool:
    """A level tied to clamping, a position relative to the lesion, sampling or imaging."""
    # Within the clause: "... were clamped; the T10 cord was then impacted".
    before = text[max(0, start - 30) : start].rpartition(";")[2]
    after = text[end : end + 30].partition(";")[0]
    other = _nearest(_OTHER_ROLE_NEAR, before, after)
    if other is None:
        return False
    injury = _nearest(_INJURY_NEAR, before, after)
    return injury is None or other < injury


def level_role_factor(text: str, start: int, end: int) -> float:
    """How much a level at ``text[start:end]`` speaks for the injury: 0, 0.5 or 1."""
    if access_level(text, start, end) or _other_role(text, start, end):
        return 0.0
    return laminectomy_factor(text, start, end)


def level_candidates(
    sent: Sentence, penalty: float, skip: Sequence[tuple[int, int]] = ()
) -> list[Candidate]:
    """``injury_level`` candidates from the levels a sentence writes as "T10", "T9-10" or in words.

    ``skip``: spans of the sentence whose levels were already read (by the lexicon).
    """
    if not LEVEL_CONTEXT.search(sent.text) or not level_scope(sent.text):
        return []
    out = []
    for m in _LEVEL.finditer(sent.text):
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        if m["r"] == "T" and (
            time_point(sent.text, m.start(), m.end()) or time_glossed(sent.text, m.end())
        ):
            continue
        factor = level_role_factor(sent.text, m.start(), m.end())
        if not factor:
            continue
        norm = _level_norm(m["r"], int(m["a"]), m["r2"], int(m["b"]) if m["b"] else None)
        if norm:
            out.append(
                Candidate(
                    "injury_level",
                    norm,
                    0.85 * penalty * factor,
                    sent,
                    sent.start + m.start(),
                    sent.start + m.end(),
                    "injury_level.regex",
                )
            )
    for m in _ORDINAL_LEVEL.finditer(sent.text):
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        if not level_role_factor(sent.text, m.start(), m.end()):
            continue
        r = m["r"][0].upper()
        a = _ORDINAL[m["o"].lower()]
        b = _ORDINAL[m["o2"].lower()] if m["o2"] else None
        norm = _level_norm(r, a, None, b)
        if norm:
            out.append(
                Candidate(
                    "injury_level",
                    norm,
                    0.85 * penalty,
                    sent,
                    sent.start + m.start(),
                    sent.start + m.end(),
                    "injury_level.ordinal",
                )
            )
    return out
