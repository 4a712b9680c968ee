"""Passes over a whole document's numeric candidates (used through ``miner.extract._numeric``).

Each pass reads the candidates ``numeric_candidates`` found sentence by sentence and
completes or corrects them with what the rest of the document says: an interval stated
alone completed by the full schedule, the first dose's timing, a single dose implied by
the methods, and the dose levels of a dose-ranging design.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from miner.extract._candidates import Candidate
from miner.extract._context import Sentence
from miner.extract._num_context import _ADMIN, _ASSESSMENT, _OTHER_AGENT, _REPEAT_WORDS, _VESICLE

__all__ = ["complete_schedules", "dose_ranging", "first_dose_timing", "implied_single_dose"]


def complete_schedules(cands: list[Candidate]) -> list[Candidate]:
    """A schedule that states only the interval ("weekly EVs" in a title) supports the full one.

    "Weekly" and "weekly for a total of 4 doses" say the same thing; counted apart, the
    partial statements outvote the one that gives the count. Each partial candidate is
    read as the complete schedule with the same interval (or, for a bare count, the same
    count) when the paper states one; a dose stated without its volume likewise joins
    the same amount stated with one.
    """
    full = [
        c
        for c in cands
        if c.field == "frequency"
        and c.value["doses"] is not None
        and c.value["interval_h"] is not None
    ]
    out = []
    for c in cands:
        if c.field == "frequency" and c.value["doses"] is None:
            match = max(
                (f for f in full if f.value["interval_h"] == c.value["interval_h"]),
                key=lambda f: f.weight,
                default=None,
            )
            if match is not None:
                c = replace(c, value=dict(match.value))
        elif c.field == "frequency" and c.value["interval_h"] is None and c.value["doses"] > 1:
            # "two intravenous doses" in the abstract, "dosed twice, 72 h apart" in the
            # methods: the count alone agrees with the full statement of the same count.
            match = max(
                (f for f in full if f.value["doses"] == c.value["doses"]),
                key=lambda f: f.weight,
                default=None,
            )
            if match is not None:
                c = replace(c, value=dict(match.value))
        out.append(c)
    return _complete_doses(out)


def _complete_doses(cands: list[Candidate]) -> list[Candidate]:
    """A dose stated without its volume ("50 µg" in the abstract) is the same dose as
    "50 µg in 10 µL" in the methods: it supports the full statement instead of outvoting it."""
    full = [c for c in cands if c.field == "dose" and c.value.get("volume_ul") is not None]
    out = []
    for c in cands:
        if c.field == "dose" and c.value.get("volume_ul") is None:
            same = [
                f for f in full
                if f.value["amount"] == c.value["amount"] and f.value["unit"] == c.value["unit"]
            ]  # fmt: skip
            if len({f.value["volume_ul"] for f in same}) == 1:
                c = replace(c, value=dict(same[0].value))
        out.append(c)
    return out


def first_dose_timing(cands: list[Candidate]) -> list[Candidate]:
    """Timing of the *first* dose: keep the earliest time point per sentence (the rest are repeats)."""
    by_sentence: dict[int, Candidate] = {}

    def earlier(c: Candidate, cur: Candidate) -> bool:
        # "Starting 2 h after contusion ... (0, 1 and 2 dpi)": day 0 counts days, the hour
        # of that first day is the first dose's time.
        if cur.extractor == "timing.day_zero" and c.extractor != "timing.day_zero" and c.value < 24:
            return True
        if c.extractor == "timing.day_zero" and cur.extractor != "timing.day_zero" and cur.value < 24:
            return False
        return bool(c.value < cur.value)

    for c in cands:
        if c.field != "timing_post_injury_h":
            continue
        cur = by_sentence.get(c.sentence.start)
        if cur is None or earlier(c, cur):
            by_sentence[c.sentence.start] = c
    others = [c for c in cands if c.field != "timing_post_injury_h"]
    return others + list(by_sentence.values())


def implied_single_dose(cands: list[Candidate], sentences: Sequence[Sentence]) -> list[Candidate]:
    """A dose given at one time point with no repetition words is a single dose (weaker evidence)."""
    if any(c.field == "frequency" for c in cands):
        return []
    times = [c for c in cands if c.field == "timing_post_injury_h"]
    # The dose statement anchors the reading; without one, the administration dated
    # after the injury does ("5 µl of exosome suspension was injected immediately after").
    anchors = [c for c in cands if c.field == "dose" and c.weight >= 0.7] or [
        c for c in times if c.weight >= 0.7
    ]
    if not anchors:
        return []
    sent = anchors[0].sentence
    # Repetition words of the neighbourhood count only where they date the vesicles:
    # "BBB scores were assessed on days 1, 3 and 7" or "buprenorphine twice daily" do not.
    window = " ".join(
        s.text for s in sentences if abs(s.start - sent.start) < 600 and not _other_business(s.text)
    )
    if _REPEAT_WORDS.search(window) or len({c.value for c in times}) > 1:
        return []
    c = anchors[0]
    return [
        Candidate(
            "frequency",
            {"doses": 1, "interval_h": None},
            0.6,
            sent,
            c.start,
            c.end,
            "frequency.implied_single",
        )
    ]


# A bench step of the isolation ("washed and pelleted again", "spun twice") or a remark on
# the report itself ("scores are given in Table S2 and not repeated here"): its repetition
# words say nothing about how often the animals were dosed.
_BENCH_OR_REPORT: Final = re.compile(
    r"centrifug|pellet|\bspun\b|\bspin|\bx\s*g\b|×\s*g\b|\bwash|filtr|resuspend|supernatant|"
    r"\bscores?\b|\btables?\b|\bfig(?:ure|\.)?\s*S?\d|\bsupplementa",
    re.IGNORECASE,
)


def _other_business(text: str) -> bool:
    """A sentence about an assessment, another agent, the isolation bench or the report
    itself, with no vesicles given in it."""
    if _ADMIN.search(text) and _VESICLE.search(text):
        return False
    return bool(
        _ASSESSMENT.search(text) or _OTHER_AGENT.search(text) or _BENCH_OR_REPORT.search(text)
    )


_PRIMARY: Final = re.compile(
    r"\b(?:primary|prespecified|pre-specified|main)\s+(?:comparison|analysis|endpoint|outcome|arm|dose)",
    re.IGNORECASE,
)
_TOTAL_DOSE: Final = re.compile(r"\b(?:total|cumulative|overall)\b", re.IGNORECASE)


def dose_ranging(cands: list[Candidate], sentences: Sequence[Sentence]) -> list[Candidate]:
    """One dose for a dose-ranging study: the arm the paper calls primary, else the highest, weakly.

    Several distinct amounts of the same unit given to the animals ("100 µg or 400
    µg of EVs") are arms, not disagreement. A sentence naming the primary
    comparison with a "high"/"low" arm picks that end; without one, the highest
    dose is kept (the arm meta-analyses usually pool) with a low strength so a
    reviewer checks it. Per-dose and total amounts ("700 µg in total") are not arms.
    """
    doses = [c for c in cands if c.field == "dose" and c.weight >= 0.6]
    by_unit: dict[str, set[float]] = {}
    for c in doses:
        if not _TOTAL_DOSE.search(c.sentence.text):
            by_unit.setdefault(c.value["unit"], set()).add(c.value["amount"])
    ranged = {u for u, amounts in by_unit.items() if len(amounts) >= 2}
    if not ranged:
        return cands
    # The clause that names the primary comparison; its first "high"/"low" is the arm.
    clauses = [
        clause
        for sent in sentences
        if _PRIMARY.search(sent.text)
        for clause in re.split(r";|\.\s", sent.text)
        if _PRIMARY.search(clause)
    ]
    arm = next(
        (
            m.group(1).lower()
            for c in clauses
            for m in [re.search(r"\b(high|low)(?:er|est)?\b", c, re.IGNORECASE)]
            if m
        ),
        None,
    )
    pick_low, stated = arm == "low", arm is not None
    out = []
    for c in cands:
        if c.field != "dose" or c.value["unit"] not in ranged:
            out.append(c)
            continue
        amounts = by_unit[c.value["unit"]]
        target = min(amounts) if pick_low else max(amounts)
        if c.value["amount"] != target:
            continue
        strength = c.strength if stated else min(c.strength, 0.55)
        suffix = ".primary" if stated else ".ranging"
        out.append(replace(c, strength=strength, extractor=c.extractor + suffix))
    return out
