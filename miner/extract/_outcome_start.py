"""What a time in a group label's brackets is, read from the paper's methods.

A label such as "Exo (7 d)" beside "Exo (28 d)" may name when the vesicles were first given (a
delayed start: the later arm is a comparator), when the animals were killed (two cohorts of
the same treatment), or how long the dosing ran ("daily for 7 d": a dose level). The label
alone does not say which; the dosing, harvest and scoring sentences of the methods (and a
design table's rows, joined as text) do. ``bracket_roles`` reads them; ``window_rank`` orders
the treatment windows papers name in words ("acute", "subacute", "chronic").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from miner.extract._num_timepoints import unit_hours
from miner.extract._numbers import fold
from miner.extract._outcome_time import SENTENCE_BREAK

__all__ = ["bracket_roles", "unit_hours", "window_rank"]

# The clauses of a sentence (``SENTENCE_BREAK``): a new clause starts at ";" or where a new
# subject with its own verb follows a joint ("..., and rats were killed at 28 d").
_CLAUSE: Final = re.compile(
    r";|,?\s++(?:and|while|whereas|then|but)\s++(?=(?:the\s++|all\s++|a\s++)?[a-z]{2,20}+\s++(?:were|was)\b)",
    re.IGNORECASE,
)
# What a clause does at the times it names.
_DOSE: Final = re.compile(
    r"\b(?:inject\w*|administ\w*|infus\w*|transplant\w*|deliver\w*|given|gave|received|"
    r"treat(?:ed|ment)|dos(?:e|es|ed|ing)|started|initiat\w*|began)\b",
    re.IGNORECASE,
)
_END: Final = re.compile(
    r"\b(?:sacrific\w*|euthani[sz]\w*|killed|harvest\w*|collected|perfused|anesthetized\s+and\s+perfused|"
    r"removed|dissected|sampled|cohorts?\s+(?:was|were)\s+(?:ended|terminated))\b",
    re.IGNORECASE,
)
_SCORE: Final = re.compile(
    r"\b(?:BBB|BMS|Basso|locomot\w*|scored|scoring|evaluated|assessed|tested|recorded)\b",
    re.IGNORECASE,
)
# One time or a list of times sharing a unit: "7 d", "28 days", "1, 3, 7 or 14 days", "day 7",
# "d28", "week 4", "72 h", "1 h".
_UNIT: Final = r"(?P<u>min|h|hrs?|hours?|hpi|d|dpi|days?|weeks?|wks?|w|wpi)"
_TIMES: Final = re.compile(
    rf"(?<![\w.])(?P<list>\d{{1,3}}(?:\.\d)?(?:\s*+(?:,|or|and|&)\s*+(?:or\s++|and\s++)?\d{{1,3}}(?:\.\d)?){{0,8}}+)\s*+(?:consecutive\s++|successive\s++)?{_UNIT}\b"
    r"|\b(?P<ku>day|week|d|wk|w)\s*+(?P<kn>\d{1,3})\b",
    re.IGNORECASE,
)
# "for 7 days", "daily for the first 7 d", "7 consecutive days": how long dosing ran.
_SPAN_BEFORE: Final = re.compile(
    r"\b(?:for|over|during|lasting)\s++(?:a\s++(?:period|course)\s++of\s++)?(?:the\s++)?(?:first\s++|next\s++|following\s++)?"
    # "for 3 d or 7 d": the items before this one in the same list.
    r"(?:\d{1,3}(?:\.\d)?\s*+(?:[a-z]{1,5}+\s*+)?(?:,|or|and|&)\s*+){0,8}+$",
    re.IGNORECASE,
)
_SPAN_AFTER: Final = re.compile(r"^\s*+(?:consecutive|successive|in\s+a\s+row|in\s+succession)\b", re.IGNORECASE)
_SPAN_WORD: Final = re.compile(r"\b(?:consecutive|successive)\b", re.IGNORECASE)


def _times(clause: str) -> list[tuple[int, int, float]]:
    """(start, end, hours) of every time ``clause`` names."""
    out: list[tuple[int, int, float]] = []
    for m in _TIMES.finditer(clause):
        if m["ku"]:
            out.append((m.start(), m.end(), float(m["kn"]) * unit_hours(m["ku"])))
            continue
        per = unit_hours(m["u"])
        for n in re.findall(r"\d{1,3}(?:\.\d)?", m["list"]):
            out.append((m.start(), m.end(), float(n) * per))
    return out


def _role_at(clause: str, pos: int) -> str | None:
    """The role of the action word nearest before ``pos`` (else the first after it)."""
    best: tuple[int, str] | None = None
    later: tuple[int, str] | None = None
    for rx, role in ((_DOSE, "start"), (_END, "end"), (_SCORE, "end")):
        for m in rx.finditer(clause):
            if m.start() < pos and (best is None or m.start() > best[0]):
                best = (m.start(), role)
            elif m.start() >= pos and (later is None or m.start() < later[0]):
                later = (m.start(), role)
    got = best or later
    return got[1] if got else None


def bracket_roles(texts: Iterable[str], hours: Iterable[float]) -> dict[float, str]:
    """What the methods say each time in ``hours`` is: "start" (a dose was given then),
    "span" (dosing lasted that long) or "end" (animals were killed, tissue taken or the
    animals scored then). A time named as a dosing time anywhere is a start (a rat scored on
    the day it was dosed is still dosed then); times the text does not name are absent."""
    want = {round(h, 3) for h in hours}
    seen: dict[float, set[str]] = {}
    for text in texts:
        for sent in SENTENCE_BREAK.split(fold(text or "")[:20_000]):
            for clause in _CLAUSE.split(sent):
                for start, end, h in _times(clause):
                    key = round(h, 3)
                    if key not in want:
                        continue
                    role = _role_at(clause, start)
                    if role == "start" and (
                        _SPAN_BEFORE.search(clause[max(0, start - 80):start])
                        or _SPAN_AFTER.search(clause[end:end + 30])
                        or _SPAN_WORD.search(clause[start:end])
                    ):
                        role = "span"
                    if role is not None:
                        seen.setdefault(key, set()).add(role)
    out: dict[float, str] = {}
    for h in hours:
        roles = seen.get(round(h, 3))
        if roles:
            out[h] = "start" if "start" in roles else ("span" if "span" in roles else "end")
    return out


# Treatment windows named in words, in order: the earliest is the paper's primary arm.
_WINDOWS: Final = (
    ("immediate", 0), ("early", 0), ("acute", 0), ("hyperacute", 0),
    ("subacute", 1), ("intermediate", 1),
    ("delayed", 2), ("late", 2), ("chronic", 2),
)
_WINDOW: Final = re.compile(
    r"(?<![A-Za-z])(?P<w>hyperacute|immediate|early|subacute|acute|intermediate|delayed|late|chronic)(?![A-Za-z])",
    re.IGNORECASE,
)


def window_rank(label: str) -> tuple[int, str] | None:
    """(rank, the label without the window word) when ``label`` names a treatment window
    ("Acute-Exo" -> (0, "exo"), "EV (chronic)" -> (2, "ev")); else None."""
    found = list(_WINDOW.finditer(label))
    if len(found) != 1:
        return None
    m = found[0]
    rank = dict(_WINDOWS)[m["w"].lower()]
    rest = (label[: m.start()] + " " + label[m.end():]).lower()
    rest = re.sub(r"[()\[\]]", " ", rest)
    rest = re.sub(r"\b(?:phase|window|treatment|group|stage)\b", " ", rest)
    rest = re.sub(r"[\s\-+_/]+", " ", rest).strip()
    return (rank, rest) if rest else None
