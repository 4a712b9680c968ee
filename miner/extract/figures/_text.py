"""Words on the page around a plot: numbers, captions, what the axes and legend say.

Pure functions over PyMuPDF word tuples; no document access here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from miner.extract.figures._model import BBox


@dataclass(frozen=True, slots=True)
class Word:
    """A word on the page: its box (PDF points, origin top-left) and text."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    block: int = 0
    line: int = 0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def vertical(self) -> bool:
        """Rotated text (a y-axis title) has a tall, narrow box."""
        return len(self.text) > 2 and (self.y1 - self.y0) > 1.5 * (self.x1 - self.x0)


def words_from_page(raw: Iterable[Sequence[object]]) -> list[Word]:
    """Turn ``page.get_text("words")`` tuples into ``Word``s."""
    out = []
    for w in raw:
        x0, y0, x1, y1, text = (float(w[0]), float(w[1]), float(w[2]), float(w[3]), str(w[4]))  # type: ignore[arg-type]
        block = int(w[5]) if len(w) > 5 else 0  # type: ignore[call-overload]
        line = int(w[6]) if len(w) > 6 else 0  # type: ignore[call-overload]
        out.append(Word(x0, y0, x1, y1, text, block, line))
    return out


# Tick labels: "5", "10", "0.5", "−2" (U+2212, matplotlib's minus), "2.5" with a comma decimal.
_NUMBER = re.compile(r"^[−\-–]?\d+(?:[.,]\d+)?$")


def parse_number(text: str) -> float | None:
    """A tick label as a number, or None when it is not one."""
    t = text.strip()
    if not _NUMBER.match(t):
        return None
    t = t.replace("−", "-").replace("–", "-").replace(",", ".")
    try:
        return float(t)
    except ValueError:  # pragma: no cover - the regex admits only floats
        return None


CAPTION_START = re.compile(
    r"^\s*(?:fig(?:ure)?s?\.?|supplementary\s+fig(?:ure)?\.?)\s*S?\d+", re.IGNORECASE
)
# What marks a BBB plot: the scale's name or the word "locomotor".
BBB_WORDS = re.compile(r"\bBBB\b|Basso[\s\-–]*Beattie[\s\-–]*Bresnahan|locomot", re.IGNORECASE)
# A y-axis title that names another measure keeps a panel out even under a BBB caption.
_SCORE_WORDS = re.compile(r"\bscores?\b|\bBBB\b|locomot|Basso", re.IGNORECASE)


def is_bbb_axis(y_title: str, caption: str) -> bool:
    """Whether a plot shows BBB scores, from its y-axis title and its caption.

    A y title that names BBB decides; a y title naming something else (``Body
    weight (g)``) rules the panel out even when the caption mentions BBB; an
    empty or generic ``Score`` title defers to the caption.
    """
    if BBB_WORDS.search(y_title):
        return True
    if y_title.strip() and not _SCORE_WORDS.search(y_title):
        return False
    return bool(BBB_WORDS.search(caption))


_WEEKS = re.compile(r"\bweeks?\b|\bwks?\b|\(\s*w\s*\)", re.IGNORECASE)
_DAYS = re.compile(r"\bdays?\b|\bdpi\b|\(\s*d\s*\)", re.IGNORECASE)


def time_unit(x_title: str, caption: str) -> str | None:
    """``days`` or ``weeks`` from the x-axis title, else the caption; None when unstated.

    The axis title wins; a caption that names both units (common: "at days 1-28,
    i.e. 4 weeks") does not decide.
    """
    for text in (x_title, caption):
        weeks, days = bool(_WEEKS.search(text)), bool(_DAYS.search(text))
        if weeks != days:
            return "weeks" if weeks else "days"
    return None


_ERR = re.compile(
    r"(?:±|\+/-|\+/−|\+-)\s*(?P<a>s\.?e\.?m\.?|s\.?e\.?|s\.?d\.?|standard\s+error|standard\s+deviation)\b"
    r"|mean\s+(?:and|with)\s+(?P<b>s\.?e\.?m\.?|s\.?d\.?|standard\s+error|standard\s+deviation)\b"
    r"|error\s+bars?\s+(?:show|represent|indicate|are|denote)\s+(?:the\s+)?"
    r"(?P<c>s\.?e\.?m\.?|s\.?d\.?|standard\s+error|standard\s+deviation)\b",
    re.IGNORECASE,
)


def error_kind(text: str) -> str | None:
    """``sd`` or ``sem`` when ``text`` says which one the error bars are; None if silent or mixed."""
    kinds = set()
    for m in _ERR.finditer(text):
        word = (m.group("a") or m.group("b") or m.group("c") or "").lower().replace(".", "")
        kinds.add("sem" if word.startswith(("se", "standard error")) else "sd")
    return kinds.pop() if len(kinds) == 1 else None


_N = re.compile(r"\bn\s*=\s*(\d{1,3})\b(?!\s*(?:%|mm|g\b|kdyn))", re.IGNORECASE)


def group_size(caption: str) -> int | None:
    """Animals per group when the caption states one n (``n = 8 per group``)."""
    values = {int(m.group(1)) for m in _N.finditer(caption)}
    return values.pop() if len(values) == 1 else None


# The order matters: "SCI + Exo" is a treated group although it names the injury.
_ARM_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sham", re.compile(r"\bsham\b", re.IGNORECASE)),
    ("other", re.compile(r"\bnormal\b|\bintact\b|\buninjured\b|\bna[iï]ve\b", re.IGNORECASE)),
    (
        "treatment",
        re.compile(
            r"exo|\bs?evs?\b|s?ev[s\-^]|vesicle|msc|stem\s*cell|adsc|shed|dpsc|secretome|treated",
            re.IGNORECASE,
        ),
    ),
    (
        "control",
        re.compile(
            r"\bsci\b|vehicle|\bpbs\b|saline|control|\bmodel\b|injur|untreated", re.IGNORECASE
        ),
    ),
)


def arm_for_label(label: str) -> str:
    """Map a legend label to the contract's arm: treatment, control, sham or other."""
    for arm, rule in _ARM_RULES:
        if rule.search(label):
            return arm
    return "other"


def join_words(words: Iterable[Word]) -> str:
    """Words in reading order (rotated titles read bottom-to-top) joined by spaces."""
    ws = list(words)
    if ws and all(w.vertical for w in ws):
        ws.sort(key=lambda w: -w.y1)
    else:
        ws.sort(key=lambda w: (round(w.cy / 3), w.x0))
    return " ".join(w.text for w in ws)


def text_lines(words: Iterable[Word]) -> list[list[Word]]:
    """Horizontal words grouped into visual lines (same baseline, close together)."""
    lines: list[list[Word]] = []
    for w in sorted((w for w in words if not w.vertical), key=lambda w: w.x0):
        for line in lines:
            last = line[-1]
            if abs(last.cy - w.cy) < 0.4 * (w.y1 - w.y0) and 0 <= w.x0 - last.x1 < 0.8 * (
                w.y1 - w.y0
            ):
                line.append(w)
                break
        else:
            lines.append([w])
    return lines


def union(boxes: Iterable[BBox]) -> BBox | None:
    bs = list(boxes)
    if not bs:
        return None
    return (
        min(b[0] for b in bs),
        min(b[1] for b in bs),
        max(b[2] for b in bs),
        max(b[3] for b in bs),
    )
