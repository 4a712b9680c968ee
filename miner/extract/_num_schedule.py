"""Frequency and timing of the dosing, from administration sentences and design-table rows.

How many doses and when ("on days 1, 3 and 7 post-injury", "a single injection immediately
after contusion"), not when the rats were tested ("BBB was scored on days 1, 7 and 28"),
another agent's schedule or an in-vitro release curve. A design table's schedule column may
name the anchor once in its header (``anchored_columns``). Used by ``_numeric``.
"""

from __future__ import annotations

import re
from typing import Any, Final

from miner.extract import quantities as qty
from miner.extract._candidates import Candidate
from miner.extract._context import Sentence
from miner.extract._num_context import (
    _ADMIN,
    _ASSESSMENT,
    _IN_VITRO,
    _IN_VIVO,
    _LAB_ASSAY,
    _OUTCOME_WORDS,
    _VESICLE,
    _agent_nearer,
    _c,
    _clause,
)
from miner.extract._num_doses import _BASIS_REMARK
from miner.parse.model import SectionKind

__all__ = ["anchored_columns"]

# "injected into the gap immediately": no anchor, but the previous sentence made the injury.
# "Immediately after, ... were injected": the preposition left without its object says the same.
_BARE_IMMEDIATE: Final = re.compile(
    r"\bimmediately\b(?!\s+(?:after|following|post|before|prior)\b(?!\s*[,;:]))", re.IGNORECASE
)
_INJURY_SENT: Final = re.compile(
    r"contus|impact|compress|transect|hemisect|injur|lesion|weight[- ]drop|\bclip|laminectom",
    re.IGNORECASE,
)


_TEST_SUBJECT: Final = re.compile(
    r"\b(?:scale|test|tests|testing|scoring|rating|assessment|evaluation|examination|BBB|score)\s+"
    r"(?:was|were|is|are)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _assessed_at(text: str, pos: int) -> bool:
    """True when the nearest verb before ``pos`` in its sentence is an assessment, not a dosing."""
    head = text[:pos]
    # "The BBB scale was applied on days 0, 6 and 13", "the test was administered weekly":
    # the verb of dosing has a test for its subject, so it dates the assessment.
    admin = [
        m.end() for m in _ADMIN.finditer(head) if not _TEST_SUBJECT.search(head, max(0, m.start() - 40), m.start())
    ]
    assess = [m.end() for m in _ASSESSMENT.finditer(head)]
    return bool(assess) and (not admin or max(assess) > max(admin))


# A design table's schedule column may name the anchor once, in its header ("Schedule
# (days post-injury)", "Injection day after SCI"), and leave its cells bare ("Days 1, 3,
# 5 and 7"): each such cell is read as though it ended with the anchor.
_HEADER_ANCHOR: Final = re.compile(
    r"\b(?:post[- ]?(?:injury|SCI|lesion|operat\w*|surgery)|after\s+(?:the\s+)?(?:injury|SCI|lesion|surgery)|dpi)\b",
    re.IGNORECASE,
)
_ANCHOR_SUFFIX: Final = " post-injury"


# The anchor alone does not make a column the dosing schedule: "BBB testing (days
# post-injury)" dates the assessments. The header must also name the dosing and must not
# name an assessment, a sacrifice or a harvest.
_HEADER_DOSING: Final = re.compile(
    r"schedul|inject|administ|treatment|dosing|\bdoses?\b|timing", re.IGNORECASE
)
_HEADER_NOT_DOSING: Final = re.compile(
    r"\btest|scor|assess|\bBBB\b|behavio|sacrific|harvest", re.IGNORECASE
)


def anchored_columns(header: str) -> set[int]:
    """The columns of a design table's tab-separated header that date the dosing from the injury."""
    return {
        i
        for i, cell in enumerate(header.split("\t"))
        if _HEADER_ANCHOR.search(cell) and _HEADER_DOSING.search(cell) and not _HEADER_NOT_DOSING.search(cell)
    }


def _anchored_cells(text: str, columns: set[int]) -> list[tuple[int, str]]:
    """(offset, cell + anchor) for each of the row's cells in ``columns`` that names no anchor itself."""
    out, pos = [], 0
    for i, cell in enumerate(text.split("\t")):
        if i in columns and cell.strip() and not _HEADER_ANCHOR.search(cell):
            out.append((pos, cell + _ANCHOR_SUFFIX))
        pos += len(cell) + 1
    return out


def _cell_quantities(
    finder: Any, text: str, columns: set[int]
) -> list[qty.Quantity]:
    """``finder``'s quantities in the anchored cells, their spans clipped to the cell in ``text``."""
    out = []
    for off, cell in _anchored_cells(text, columns):
        bare = len(cell) - len(_ANCHOR_SUFFIX)
        for q in finder(cell):
            if q.start >= bare:
                continue
            end = min(q.end, bare)
            out.append(qty.Quantity(q.kind, q.value, off + q.start, off + end, text[off + q.start : off + end]))
    return out


def _schedule(
    sent: Sentence,
    prev: str,
    *,
    design: bool = False,
    columns: set[int] | None = None,
    label_end: int = 0,
) -> list[Candidate]:
    text = sent.text
    if _LAB_ASSAY.search(_BASIS_REMARK.sub(" ", text)):
        return []
    vesicle = bool(_VESICLE.search(text)) or bool(_VESICLE.search(prev))
    admin = design or bool(_ADMIN.search(text))
    if not (vesicle and admin):
        return []
    # Results and captions name groups by their treatment ("rats treated with exosomes"):
    # a time there dates an assessment unless its clause gives the vesicles and speaks of
    # no assessment ("Timeline: exosomes were injected on days 1, 2 and 3; BBB was scored weekly").
    reporting = sent.section in (SectionKind.RESULTS, SectionKind.FIGURE_CAPTION)
    if reporting and not (_ASSESSMENT.search(text) or _OUTCOME_WORDS.search(text)):
        reporting = False

    def reported(q: qty.Quantity) -> bool:
        if not reporting:
            return False
        clause = _clause(text, q.start)
        return bool(
            _ASSESSMENT.search(clause) or _OUTCOME_WORDS.search(clause)
        ) or not _ADMIN.search(clause)

    def in_vitro(q: qty.Quantity) -> bool:
        # "The implant was placed once; release in vitro was 60% over 7 days": the
        # in-vitro clause says nothing about the schedule in the other one.
        clause = _clause(text, q.start)
        return bool(_IN_VITRO.search(clause)) and not _IN_VIVO.search(clause)

    def other_agent(q: qty.Quantity) -> bool:
        return _agent_nearer(text, q.start, q.end)

    def found(finder: Any) -> list[qty.Quantity]:
        got = finder(text)
        extra: list[qty.Quantity] = []
        if columns:
            extra = _cell_quantities(finder, text, columns)
        elif label_end:
            # A label row's phrase read on its own, as the cell it was ("Schedule | Days 3,
            # 5 and 7 after injury": the list opens the cell).
            extra = [
                qty.Quantity(q.kind, q.value, q.start + label_end, q.end + label_end, q.text)
                for q in finder(text[label_end:])
            ]
        taken = [(q.start, q.end) for q in got]
        return got + [q for q in extra if not any(a < q.end and q.start < b for a, b in taken)]

    out = []
    for q in found(qty.find_frequencies):
        if (
            not in_vitro(q)
            and not _assessed_at(text, q.start)
            and not other_agent(q)
            and not reported(q)
        ):
            # "weekly" alone says the interval, not how many doses: a full statement outvotes it.
            strength = 0.9 if q.value["doses"] is not None else 0.6
            out.append(_c("frequency", dict(q.value), strength, sent, q, "frequency.regex"))
    points = [
        q
        for q in found(qty.find_time_points)
        if not _assessed_at(text, q.start) and not other_agent(q) and not reported(q)
    ]
    for q in points:
        if in_vitro(q):
            continue
        # "within 1 h of SCI" bounds an acute dose: reviewers enter the bound, less surely
        # than a stated time; a window of days ("within 7 days") says no time at all.
        if q.value["within"] and q.value["hours"] > 24:
            continue
        # A bare "(day 7)" has no anchor: SCI papers count from the injury, but less surely.
        strength = 0.6 if q.value["within"] else 0.75 if q.value["anchor"] == "day" else 0.9
        rule = "timing.regex"
        if q.value["hours"] == 0.0 and _DAY_ZERO.search(q.text):
            # "(0, 1 and 2 dpi)", "on days 0, 3 and 7": day 0 is the injury day, not an hour;
            # an hour stated for the first dose ("2 h after contusion") is more precise.
            strength, rule = 0.75, "timing.day_zero"
        out.append(_c("timing_post_injury_h", q.value["hours"], strength, sent, q, rule))
    bare = _BARE_IMMEDIATE.search(text)
    if not points and bare and not reporting and _INJURY_SENT.search(prev + " " + text):
        s, e = sent.start + bare.start(), sent.start + bare.end()
        out.append(Candidate("timing_post_injury_h", 0.0, 0.7, sent, s, e, "timing.immediate"))
    return out


_DAY_ZERO: Final = re.compile(r"(?<![\d.])0(?:\s*(?:,|and\b|&)|\s*(?:dpi|d|days?)\b)|\b(?:days?|D)\s*0\b", re.IGNORECASE)
# The label of a protocol-table row that states the dosing schedule ("Schedule", "Dosing
# regimen", "Treatment timing"): a label, not a sentence, so no verb follows it.
_SCHEDULE_LABEL: Final = re.compile(
    r"(?:(?:dosing|treatment|injection|administration|exosome|vesicle|EV)\s+)?"
    r"(?:schedule|regimen|timing|frequency)\s+(?!(?:of|was|were|is|are|for|and)\b)",
    re.IGNORECASE,
)
# Schedules written without a digit: "a single injection", "placed once", "only one dose",
# "injected immediately".
_WORDY_SCHEDULE: Final = re.compile(
    r"\bsingle\b|\bonce\b|\bone\b|\bimmediately\b|\btwice\b|\bthrice\b|\bdaily\b|\bweekly\b|\bevery\b|"
    r"\balternate\b|\bconsecutive\b|\bat\s+the\s+time\s+of\b|intra-?operativ|\bon\s+the\s+[a-z-]+\s+(?:day|week)\b"
)
