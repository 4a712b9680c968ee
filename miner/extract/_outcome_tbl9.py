"""BBB tables as small journals print them: two ways of writing a time point, and a lost caption.

* A baseline label glossed with a time after the injury: "Baseline (1 dpi)", "Baseline (day 1)",
  "Day 1 (baseline)". The first test after the injury is a real time point; a baseline before the
  injury ("Pre", "Baseline (pre-injury)", "Baseline (day 0)") is not, and stays without a day.
* A compact time code in the caption of a table of several measures at one time: "Motor and
  sensory evaluation on D28", "... at W6", "POD28". Read only when the caption names no other
  time, no span or list of times and nothing before the injury.
* A PDF table whose caption the reader set apart (two-column pages): the one unclaimed
  "Table N." caption of its page.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from miner.extract._outcome_time import parse_day
from miner.parse.model import BlockKind, ParsedDocument, Table

__all__ = ["adopt_captions", "baseline_gloss", "caption_code_time"]

# "Baseline (1 dpi)" and "1 dpi (baseline)": the word for the baseline and a time in brackets.
_GLOSSED: Final = re.compile(
    r"baseline\s*\(\s*(?P<a>[^()]{1,40}?)\s*\)|(?P<b>[^()]{1,40}?)\s*\(\s*baseline\s*\)",
    re.IGNORECASE,
)
# Words that put a time before the injury, or make it a time of something else.
_NOT_AFTER: Final = re.compile(
    r"\bpre\b|pre[- ]?(?:injury|op|operati|SCI|surg|lesion)|before|prior|[-−–]\s*\d|baseline",
    re.IGNORECASE,
)
# A time counted from the injury: a unit after or before the number ("1 dpi", "day 1", "D1",
# "24 h post-injury").
_TIME_WORD: Final = re.compile(
    r"\b(?:dpi|hpi|days?|d|h|hours?|wks?|weeks?|post[- ]?(?:injury|SCI|op)|after)\b|\b[DW]\d",
    re.IGNORECASE,
)


def baseline_gloss(label: str) -> str | None:
    """The post-injury time a baseline label glosses ("Baseline (1 dpi)" -> "1 dpi"), else None.

    None for a baseline before the injury ("Baseline (pre-injury)", "Baseline (day 0)",
    "Baseline (day −3)") and for a label that is no baseline at all.
    """
    m = _GLOSSED.fullmatch(label.strip().rstrip("*#†‡§¶ "))  # footnote marks after the label
    if m is None:
        return None
    inner = (m["a"] or m["b"]).strip()
    if _NOT_AFTER.search(inner) or not _TIME_WORD.search(inner):
        return None
    day = parse_day(inner)
    return inner if day is not None and day >= 1 else None


# A compact time code: "D28", "W6", "POD28", "POD 28", "d 7"; not inside a span ("D1–D28") or a
# longer word, and not a group code ("D2 group").
_CODE: Final = re.compile(
    r"(?<![\w.\-–−/])(?:POD\s?|D\s?|W)\d{1,3}(?!\w|[.,]\d|[\-–−/]|\s*(?:groups?|rats|mice|animals)\b)",
    re.IGNORECASE,
)
# Any other time in the text: then the caption's time is not the code alone.
_OTHER_TIME: Final = re.compile(
    r"\d\s*(?:h|hrs?|hours?|d|days?|dpi|wks?|weeks?|months?)\b|\b(?:days?|weeks?|wks?)\s*\d"
    r"|\bpre\b|pre[- ]?(?:injury|op|operati|SCI|surg)|baseline|before|\b(?:from|until|to|through)\s+[DW]\d"
    r"|[DW]\d{1,3}\s*(?:[-–−]|to\b)",
    re.IGNORECASE,
)


def caption_code_time(*texts: str | None) -> float | None:
    """The one day a compact time code in a caption or footnote gives ("on D28" -> 28.0), else
    None: no code, two different codes, a span or list of codes, or another time beside it."""
    text = " ".join(t for t in texts if t)
    codes = [m.group(0) for m in _CODE.finditer(text)]
    if not codes:
        return None
    rest = _CODE.sub(" ", text)
    if _OTHER_TIME.search(text) or _OTHER_TIME.search(rest):
        return None
    days = {parse_day(re.sub(r"\s+", "", c)) for c in codes}
    if len(days) != 1:
        return None
    (day,) = days
    return day if day is not None and day >= 1 else None


# A table caption as the PDF reader left it: "Table 2. BBB scores ...", "TABLE 2 BBB scores".
_TABLE_CAPTION: Final = re.compile(r"\s*(?P<label>table\s+[A-Z]?\d{1,2}[a-z]?)\b", re.IGNORECASE)


def _label(text: str | None) -> str | None:
    m = _TABLE_CAPTION.match(text or "")
    return re.sub(r"\s+", " ", m["label"]).lower() if m else None


def adopt_captions(doc: ParsedDocument) -> list[Table]:
    """``doc.tables``, each PDF table without caption or label given the one table caption of its
    page that no table claims.

    In a two-column page the PDF reader may set a caption apart from its table (other text in
    between): the table then comes back bare, and the caption alone says it holds BBB scores.
    Taken only when the page holds exactly one bare table and exactly one unclaimed caption.
    """
    tables = list(doc.tables)
    bare = [i for i, t in enumerate(tables) if not t.caption and not t.label and t.page is not None]
    if not bare:
        return tables
    claimed = {_label(t.label) or _label(t.caption) for t in tables} - {None}
    orphans: dict[int, list[str]] = {}
    for b in doc.blocks:
        label = _label(b.text) if b.kind == BlockKind.CAPTION and b.page is not None else None
        if label is not None and label not in claimed:
            orphans.setdefault(b.page, []).append(b.text)  # type: ignore[arg-type]
    for page in {tables[i].page for i in bare}:
        here = [i for i in bare if tables[i].page == page]
        found = orphans.get(page, [])  # type: ignore[arg-type]
        if len(here) == 1 and len(found) == 1:
            caption = found[0].strip()
            label = re.sub(r"\s+", " ", _TABLE_CAPTION.match(caption)["label"])  # type: ignore[index]
            tables[here[0]] = replace(tables[here[0]], caption=caption, label=label)
    return tables
