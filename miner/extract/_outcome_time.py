"""Time points of locomotor scores: header labels, sentence phrases, and a paper's own time codes.

Days after injury from how papers write them: "Day 7", "D7", "7 dpi", "POD 7",
"Week 2", "2 wk", "1st week", "four weeks after SCI". Papers that code their
time points in the methods ("T1 (day 1) ... T4 (day 28)", "time points t0-t4
(days 0, 1, 7, 14, 28)") and then use the codes in tables and results are read
through ``time_codes``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from typing import Final

from miner.extract._numbers import fold, word_number

__all__ = [
    "BEFORE_INJURY",
    "GLOSSED",
    "PRE_INJURY_WORD",
    "RELATIVE",
    "SENTENCE_BREAK",
    "STUDY_END",
    "TIME",
    "TIME_AFTER",
    "TIME_LIST",
    "TREATED_VERB",
    "apply_codes",
    "baseline_gloss",
    "caption_code_time",
    "final_times",
    "follow_up_day",
    "interleaved_times",
    "listed_days",
    "parse_day",
    "relative_times",
    "scoring_time_of",
    "time_codes",
    "time_of",
    "unit_of",
]

# Where a sentence of running text ends: after ".", ";", "!" or "?" before a capital or bracket.
SENTENCE_BREAK: Final = re.compile(r"(?<=[.;!?])\s++(?=[A-Z(\[])")
_DAY: Final = re.compile(
    r"^(?:(?:post[- ]?(?:injury|operative|SCI)\s+)?(?P<kw>days?|d|POD|weeks?|wks?|w)\s*(?P<n1>\d+(?:\.\d+)?)"
    # "7 d.p.i.", "1st week", "4th wk"
    r"|(?P<n2>\d+(?:\.\d+)?)(?:st|nd|rd|th)?\s*(?P<u>days?|d\.p\.i\.?|d|dpi|weeks?|wks?|w|wpi|h|hrs?|hours?|hpi)(?!\w))"
    # "Day 7 post-injury", "4 weeks after spinal cord injury", "7 d p.i."
    r"(?:\s*,?\s*(?:post[- ]?\w+|(?:after|following|post)\s+[\w\s-]{1,40}|p\.?\s?i\.?))?$",
    re.IGNORECASE,
)
# The words for the time before the injury: "pre-injury", "preop", "pre-SCI", "presurgery".
PRE_INJURY_WORD: Final = r"pre[- ]?(?:injury|op|operati|SCI|surg)"
# Columns and rows before the injury are not post-injury days ("Pre-injury", "Baseline").
BEFORE_INJURY: Final = re.compile(rf"\bpre\b|\b{PRE_INJURY_WORD}|baseline|before", re.IGNORECASE)
# Words around a time label in a header cell: "BBB at day 7", "Day 7 (mean ± SD)", "Day 7 (n = 8)".
_HEAD_NOISE: Final = re.compile(
    r"\((?:[^()]*(?:±|\bSD\b|\bSEM\b|\bmean\b|\bmedian\b|n\s*=)[^()]*)\)|^(?:(?:BBB|BMS)\s*)?(?:scores?\s*)?(?:at|on)?\s*"
    # "Day 7, mean (SEM)", "Day 28: median [IQR]": the statistic after the time point.
    r"|[,;:]?\s*\b(?:mean|median)\b.*$",
    re.IGNORECASE,
)


def parse_day(label: str, default_unit: str | None = None) -> float | None:
    """Days after injury from a header label: "Day 7", "D7", "7 d", "7 dpi", "Week 2" (14), "2 w",
    "6 h" (0.25),
    "Day 7 post-injury", "4 weeks after spinal cord injury", "BBB at day 7".

    A bare number ("7") counts only when ``default_unit`` is given ("day"/"week")
    by the corner cell, a spanning header or the caption. Pre-injury and baseline
    labels are not post-injury days (None).
    """
    s = fold(label).strip().rstrip(":")
    if BEFORE_INJURY.search(s):
        return None
    s = re.sub(r"\s+", " ", _HEAD_NOISE.sub("", s)).strip()
    glossed = GLOSSED.fullmatch(s)
    s = s.strip(" :,()")
    m = _DAY.match(s)
    if m:
        n = float(m["n1"] or m["n2"])
        unit = (m["kw"] or m["u"] or "d").lower()
        if unit.startswith("h"):
            # Early time points in hours ("6 h", "24 h"): a fraction of a day, as the sheet records them.
            return n / 24 if n else None
        return n * 7 if unit.startswith("w") else n
    if default_unit and re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s) * (7 if default_unit.startswith("w") else 1)
    return _glossed(glossed, default_unit) if glossed else None


# A time label glossed in brackets: "T1 (wk 1)" (the paper's code with its meaning), "Week 1 (day 7)".
# Linear form of "(?P<out>[^()]+?)\s*\((?P<in>[^()]+)\)": a match starts at the text's start or
# after a bracket (one from inside a run is also one from the run's start), and the shortest
# "out" never ends in a blank the "\s*" would take (unless it is one blank), so no run of
# blanks is split every way.
GLOSSED: Final = re.compile(r"(?<![^()])(?P<out>[^()\S]|[^()]*?[^()\s])\s*\((?P<in>[^()]++)\)")
_BARE_CODE_LABEL: Final = re.compile(r"[A-Za-z]{1,2}\d{1,2}")


def _glossed(m: re.Match[str], default_unit: str | None) -> float | None:
    inner = parse_day(m["in"], default_unit)
    if inner is None or _BARE_CODE_LABEL.fullmatch(m["out"].strip()):
        return inner
    # Both halves are time labels: they must agree ("Week 1 (day 7)"), else the label is unclear.
    outer = parse_day(m["out"], default_unit)
    return inner if outer == inner else None


# A unit may also be a bracketed symbol after the time axis's name: "Time (d)", "Follow-up (w)"
# (not a panel letter: "(d) and (e)").
_AXIS: Final = r"\b(?:time|follow-?up|period|post[- ]?injury|after\s+(?:injury|SCI))\s*"
_UNIT_WEEK: Final = re.compile(rf"\bweeks?\b|\bwks?\b|\bwpi\b|{_AXIS}\(\s?w\s?\)", re.IGNORECASE)
_UNIT_DAY: Final = re.compile(
    rf"\bdays?\b|\bdpi\b|\bpost[- ]?(?:injury|operat\w*|SCI)\b|{_AXIS}\(\s?d\s?\)", re.IGNORECASE
)


def unit_of(*texts: str | None) -> str | None:
    """'week' or 'day' from the first text naming a time unit ("Weeks after SCI", "Days post-injury")."""
    for text in texts:
        if not text:
            continue
        if _UNIT_WEEK.search(text):
            return "week"
        if _UNIT_DAY.search(text):
            return "day"
    return None


_UNITS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS: Final = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                 "eighteen", "nineteen")  # fmt: skip
_TENS: Final = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_WORD_NUM: Final = rf"(?:(?:{'|'.join(_TENS)})(?:[- ]?(?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|{'|'.join(_UNITS)})"
_ORDINALS: Final = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                    "ninth", "tenth", "eleventh", "twelfth")  # fmt: skip
TIME: Final = re.compile(
    r"(?:\b(?:post[- ]?(?:injury|operative|operation|SCI)\s+)?(?P<kw>days?|weeks?|wks?|POD)(?:\s+|-(?=\d))(?P<n1>\d+)\b"
    # "D28", "POD28" (no space: "D" alone is too common a letter)
    r"|\b(?P<kw2>(?-i:D|POD))(?P<n3>\d{1,3})\b"
    # "at the end of the eighth week", "in the second week": ordinal words only after "at", "in",
    # "by", "on" or "during" ("from the second week" is an onset, not a time point of values).
    r"|(?<![\w-])(?:at|in|by|on|during|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    rf"(?P<ord>{'|'.join(_ORDINALS)})\s+(?P<ou>week|day)\b"
    # "at d21", "by d28": lower case only after a preposition of time.
    r"|(?:(?<=\bat\s)|(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s))(?-i:d)(?P<n6>\d{1,3})\b"
    # Not "3D-Exo", "2D culture" (a dimension: capital D run on to the number) nor "8-week-old"
    # rats (an age).
    rf"|(?<![\w-])(?P<n2>\d+|{_WORD_NUM})(?:st|nd|rd|th)?[\s-]*(?P<u>days?|weeks?|(?-i:d)|(?<![\d-])D|dpi|wpi|w|wks?)\b(?![-\u2010][A-Za-z])"
    # Early time points in hours, where the words make them one: "at 48 h", "6 h after injury", "24 hpi".
    r"|(?:(?<=\bat\s)|(?<=\bby\s))(?P<n4>\d{1,3})\s*(?:h|hrs?|hours?|hpi)\b"
    r"|(?<![\w-])(?P<n5>\d{1,3})\s*(?:hpi\b|(?:h|hrs?|hours?)\s+(?=(?:after|post|following)\b)))",
    re.IGNORECASE,
)
# "at days 7, 14 and 28", "at 1, 2 and 4 weeks": one time point per value, in order.
_LIST: Final = r"\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|&)\s*\d+"
# "the 14th, 28th and 42nd days": ordinal numbers, the unit written once after them.
_ORD_LIST: Final = r"\d+(?:st|nd|rd|th)(?:\s*,\s*\d+(?:st|nd|rd|th))*\s*,?\s*(?:and|&)\s*\d+(?:st|nd|rd|th)"
# "day 14 and day 28", "2 weeks, 4 weeks and 6 weeks": the unit written with every item.
_KW_ITEM: Final = r"(?:days?|weeks?)\s+\d+"
_ITEM_U: Final = r"\d+\s*(?:days?|weeks?|dpi|wpi)"
_REPEATED: Final = (
    rf"{_KW_ITEM}(?:\s*,\s*{_KW_ITEM})*\s*,?\s*(?:and|&)\s*{_KW_ITEM}"
    rf"|{_ITEM_U}(?:\s*,\s*{_ITEM_U})*\s*,?\s*(?:and|&)\s*{_ITEM_U}"
)
TIME_LIST: Final = re.compile(
    rf"\b(?P<l3>{_REPEATED})\b"
    # Not "day 7 and 11.4 at day 21": a list of days ends on a whole number.
    rf"|\b(?P<kw>days?|weeks?|wks?)\s+(?P<l1>{_LIST})\b(?![.,]\d)"
    rf"|\b(?P<l2>{_LIST}|{_ORD_LIST})\s*(?P<u>days?|weeks?|d|wks?|dpi|wpi)\b",
    re.IGNORECASE,
)


def listed_days(m: re.Match[str]) -> list[float] | None:
    """The days of a ``TIME_LIST`` match, in order; None when its items mix days and weeks."""
    if m["l3"]:
        items = re.findall(r"(?P<kw>day|week)s?\s+(?P<a>\d+)|(?P<b>\d+)\s*(?P<u>day|week|dpi|wpi)", m["l3"], re.IGNORECASE)
        units = {(kw or u).lower() for kw, _a, _b, u in items}
        if len(units) != 1:
            return None
        factor = 7 if units.pop() in ("week", "wpi") else 1
        return [float(a or b) * factor for _kw, a, b, _u in items]
    unit = (m["kw"] or m["u"]).lower()
    factor = 7 if unit.startswith("w") else 1
    return [float(x) * factor for x in re.findall(r"\d+", m["l1"] or m["l2"])]


def _word_int(raw: str) -> int | None:
    """ "28", "eight", "twenty-eight", "twenty eight" -> int."""
    s = raw.strip().lower()
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return _TENS[parts[0]] + _UNITS.index(parts[1]) + 1
    if s in _TENS:
        return _TENS[s]
    return word_number(s)


# The verbs that give a treatment at a time ("treated at 1 h", "injected within 3 h"): the
# words before a time of treatment here and before a treatment's start in a sentence
# (``_outcome_labels.start_mentions``).
TREATED_VERB: Final = r"treated|injected|administered|given|transplanted|infused"
# The words right before a time of treatment: "rats treated at 1 h", "injected at day 7",
# "delaying the injection to 24 h", "transplantation at 3 days". A treatment's time is not the
# time its scores were read ("treated rats at day 28": a word between, a time of scoring).
_TREATED_AT: Final = re.compile(
    rf"\b(?:(?:{TREATED_VERB}|grafted|delivered|implanted)\s+(?:at|on|by|within)"
    # A noun before "at" is often the scoring's ("higher with treatment at day 35"): only "to", "until".
    r"|(?:injections?|administrations?|transplantations?|treatments?|infusions?|delay(?:ed|ing)?)\s+(?:to|until)"
    r")\s+$",
    re.IGNORECASE,
)


def scoring_time_of(m: re.Match[str]) -> float | None:
    """``time_of`` for a time point of scoring: None for a time of treatment ("treated at 1 h")."""
    if _TREATED_AT.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    return time_of(m)


def time_of(m: re.Match[str]) -> float | None:
    hours = m["n4"] or m["n5"]
    if hours:
        return int(hours) / 24 if int(hours) else None
    if m["ord"]:
        k = _ORDINALS.index(m["ord"].lower()) + 1
        return float(k * (7 if m["ou"].lower() == "week" else 1))
    n = m["n1"] or m["n2"] or m["n3"] or m["n6"]
    num = _word_int(n)
    if num is None:
        return None
    unit = (m["kw"] or m["kw2"] or m["u"] or "d").lower()
    return float(num) * (7 if unit.startswith("w") else 1)


# "at days 14 (8.1 ± 1.2) and 28 (11.2 ± 1.3)": the later numbers are days too.
_PLURAL_TIME: Final = re.compile(r"\b(?P<u>days|weeks)\s+\d+\s*\(", re.IGNORECASE)
_NEXT_TIME: Final = re.compile(r"(?:,|\band\b)\s*(?P<n>\d+)\s*(?=\()")


def interleaved_times(text: str) -> list[tuple[re.Match[str], float]]:
    out: list[tuple[re.Match[str], float]] = []
    for p in _PLURAL_TIME.finditer(text):
        factor = 7 if p["u"].lower().startswith("w") else 1
        pos = p.end()
        while (m := _NEXT_TIME.search(text, pos)) and _balanced_gap(text[pos : m.start()]):
            out.append((m, float(m["n"]) * factor))
            pos = m.end()
    return out


def _balanced_gap(gap: str) -> bool:
    """Only a closed parenthesis (the previous values) lies between two listed times."""
    return bool(re.fullmatch(r"[^()]*\)\s*", gap))


# A value followed at once by its own time point: "9.1 ± 1.0 at day 14", "12.0 ± 1.2 on day 28".
TIME_AFTER: Final = re.compile(
    # "11.5 ± 1.6 at the 4-week time point", "6.4 on the 28th day": an article before the time.
    # Blanks taken whole ("\s*+"): what follows each run never begins with a blank, and three
    # adjacent "\s*" would otherwise try every split of a run of spaces.
    r"\s*+\)?\s*+,?\s*+(?:(?:at|on|by)\s++(?:the\s++(?=\d+(?:st|nd|rd|th)?[\s-]*(?:days?|weeks?|wks?)\b))?|in\s++(?=week|wk)|\(\s*+"
    # "11.4 ± 1.2 at the end of the study (day 56)": the closing time point, dated in brackets.
    r"|at\s++the\s++end\s++of\s++(?:the\s++)?(?:study|experiment|observation(?:\s+period)?|follow-up)\s*+\(\s*+"
    # "11.4 ± 1.2 two weeks after injury": a time counted from the injury needs no preposition.
    rf"|(?=(?:{_WORD_NUM}|\d++)[\s-]+(?:days?|weeks?)\s+(?:after|post|following)\b))"
    r"(?=(?:post[- ]?\w+\s+)?(?:day|week|wk|POD|D\d|\d)"
    rf"|(?:{_WORD_NUM})[\s-]+(?:days?|weeks?)\s+(?:after|post|following)\b"
    # "7.8 ± 0.9 at two weeks": a time in words after "at", "on" or "by" needs nothing after it.
    rf"|(?<=\b(?:at|on|by)\s)(?:{_WORD_NUM})[\s-]+(?:days?|weeks?)\b)",
    re.IGNORECASE,
)


# ----------------------------------------------------------------------------- time codes

# A paper's own names for its time points: "T1", "t3", "TP2" (letters then a number).
_CODE: Final = r"(?P<c>(?-i:[A-Z]{1,2}|[a-z]{1,2})\d{1,2})"
_CODE_AT: Final = r"(?<![\w-]){code}(?![\w-])"
# What a code stands for: "day 1", "7 days", "week 2", "24 h", "1 day after SCI", or before the injury.
_WHEN: Final = (
    r"(?:(?P<kw>days?|d|POD|weeks?|wks?)\s*(?P<n1>\d{1,3})"
    r"|(?P<n2>\d{1,3})\s*(?P<u>days?|d|dpi|weeks?|wks?|w|h|hours?)(?!\w)"
    r"|(?P<base>baseline|pre-?(?:injury|operati\w*|surgery|SCI)|before\s+(?:the\s+)?(?:injury|surgery|SCI|operation)))"
)
_CODE_FIRST: Final = re.compile(
    rf"(?<![\w-]){_CODE}\s*(?:\(\s*|[=:]\s*|,\s*(?=(?:day|week)\s*\d)){_WHEN}"
    r"(?=\s*(?:[),;.]|\band\b|\bor\b|$|(?:after|post)\b))",
    re.IGNORECASE,
)
_WHEN_FIRST: Final = re.compile(
    rf"{_WHEN}(?:\s+(?:post[- ]?\w+|after\s+\w+))?\s*\(\s*{_CODE}\s*\)", re.IGNORECASE
)
_BRACKETED_CODE: Final = re.compile(rf"\(\s*{_CODE}\s*\)")
_WHEN_FIRST_SPAN: Final = (
    80  # longest "before the operation after surgery (" worth looking back over
)
# "days 3 (T1) and 21 (T2)": a bare number takes the unit written before it.
_BARE_CODE: Final = re.compile(rf"(?<![\w.])(?P<n>\d{{1,3}})\s*\(\s*{_CODE}\s*\)")
_RANGE: Final = re.compile(
    r"(?<![\w-])(?P<p>[A-Za-z]{1,2})(?P<a>\d)\s*(?:[-–—]|to)\s*(?P=p)?(?P<b>\d{1,2})(?![\w-])\s*\((?P<list>[^()]{3,120})\)"
)
_UNIT_WORD: Final = re.compile(r"\b(?:days?|d|dpi|weeks?|wks?|w)\b", re.IGNORECASE)
# Letters then a digit, before folding (µ and × fold to letters): a cheap test that a text may
# hold a code at all, so the patterns above run on few sentences.
_CODE_HINT: Final = re.compile(r"(?<![\w-])[A-Za-z\u00b5\u03bc\u00d7\u2a2f\u22c5]{1,2}\d")


def _when(m: re.Match[str]) -> tuple[bool, float | None]:
    """(understood, day) for a ``_WHEN`` match; day None is before the injury."""
    if m["base"]:
        return True, None
    n = float(m["n1"] or m["n2"])
    unit = (m["kw"] or m["u"]).lower()
    if unit.startswith("h"):
        return (True, n / 24) if n and n % 24 == 0 else (False, None)
    return True, n * 7 if unit.startswith("w") else n


def time_codes(texts: Iterable[str]) -> dict[str, float | None]:
    """The time-point codes a paper defines ("T1 (day 1)", "7 days (T2)", "T0-T3 (baseline, days
    1, 7 and 28)", "T1 = day 1") -> days after injury (None: before the injury), codes upper-cased.

    A code defined twice with different days is ambiguous and left out.
    """
    found: dict[str, set[float | None]] = {}

    def add(code: str, day: float | None) -> None:
        found.setdefault(code.upper(), set()).add(day)

    for raw in texts:
        if not _CODE_HINT.search(raw):
            continue  # every pattern below needs a code: one or two letters and a digit
        text = fold(raw)
        for m in _CODE_FIRST.finditer(text):
            ok, day = _when(m)
            if ok:
                add(m["c"], day)
        # "7 days (T2)" ends in a bracketed code: look back from each one rather than try the
        # time-point pattern at every character of the paper.
        for code in _BRACKETED_CODE.finditer(text):
            start = max(0, code.start() - _WHEN_FIRST_SPAN)
            for m in _WHEN_FIRST.finditer(text, start, code.end()):
                if m.end() == code.end():
                    ok, day = _when(m)
                    if ok:
                        add(m["c"], day)
                    break
        # The unit words of the text, found once (a scan per code was quadratic in long papers).
        units: list[re.Match[str]] = []
        ends: list[int] | None = None
        for m in _BARE_CODE.finditer(text):
            if ends is None:
                units = list(_UNIT_WORD.finditer(text))
                ends = [u.end() for u in units]
            i = bisect.bisect_right(ends, m.start())
            if i and m["c"].upper() not in found:
                unit = units[i - 1].group(0).lower()
                add(m["c"], float(m["n"]) * (7 if unit.startswith("w") else 1))
        for m in _RANGE.finditer(text):
            a, b = int(m["a"]), int(m["b"])
            items = [
                x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["list"]) if x.strip()
            ]
            if b <= a or len(items) != b - a + 1:
                continue
            unit_word = _UNIT_WORD.search(m["list"])
            factor = 7 if unit_word and unit_word.group(0).lower().startswith("w") else 1
            days: list[float | None] = []
            for item in items:
                num = re.search(r"\d+(?:\.\d+)?", item)
                if re.search(r"baseline|pre|before", item, re.IGNORECASE):
                    days.append(None)
                elif num:
                    days.append(float(num.group(0)) * factor)
                else:
                    break
            if len(days) == len(items):
                for k, day in zip(range(a, b + 1), days, strict=True):
                    add(f"{m['p']}{k}", day)
    return {code: days.pop() for code, days in found.items() if len(days) == 1}


def apply_codes(text: str, codes: Mapping[str, float | None]) -> str:
    """``text`` with each defined code written as its day ("at T2" -> "at day 7", T0 -> "baseline")."""
    if not codes:
        return text

    def sub(m: re.Match[str]) -> str:
        day = codes.get(m.group(0).upper(), -1.0)
        if day == -1.0:
            return m.group(0)
        return "baseline" if day is None else f"day {day:g}"

    return re.sub(r"(?<![\w-])[A-Za-z]{1,2}\d{1,2}(?![\w-])", sub, text)


# "at the end of the study", "at the final time point", "at the last assessment": the study's last
# time point, which the sentence does not date (a bracketed day after it, "(day 56)", is read as
# written by ``TIME_AFTER``).
STUDY_END: Final = re.compile(
    # Atomic: "the end of the observation period (day 42)" must not back off to "observation"
    # and so slip past the bracketed day.
    r"\b(?:at|by|on|until)\s+(?:the\s+)?(?>"
    r"end\s+of\s+(?:the\s+)?(?:study|experiment(?:al\s+period)?|observation(?:\s+period)?|"
    r"follow-?up(?:\s+period)?|assessment\s+period|testing\s+period|trial)|"
    r"(?:final|last)\s+(?:time[\s-]?point|assessment|evaluation|observation|examination|"
    r"test(?:ing)?(?:\s+session)?|session|follow-?up)|"
    # Nor ", day 28," right after it: the end dated in the text (a time counted from the
    # treatment, written as its day after the injury).
    r"study\s+end|end\s*point)\b(?!\s*\(\s*(?:day|week|d\b|w\b|\d)|\s*+,\s*+day\s++\d)",
    re.IGNORECASE,
)


def final_times(text: str, last: float | None) -> str | None:
    """``text`` with "at the end of the study" written as the study's ``last`` day; None when the
    sentence speaks of the study's end and the paper gives no last day (no day is then better
    than the day an earlier clause names)."""
    if not STUDY_END.search(text):
        return text
    if last is None:
        return None
    return STUDY_END.sub(f"at day {last:g}", text)


# The follow-up the methods give for the scores: "assessed weekly for 8 weeks", "until day 56".
_ASSESSED: Final = re.compile(
    r"BBB|BMS|Basso|locomot|open[- ]field|hind-?\s?limb|\bscor(?:e|es|ed|ing)\b", re.IGNORECASE
)
_FOLLOW_UP: Final = re.compile(
    rf"\b(?:for|over)\s+(?:(?:the\s+)?(?:next|following|first)\s+)?(?P<n>\d{{1,3}}|{_WORD_NUM})\s+"
    r"(?P<u>days|weeks)\b"
    r"|\b(?:until|till|up\s+to|through|to)\s+(?:(?P<u2>day|week)\s+(?P<n2>\d{1,3})\b|"
    rf"(?P<n3>\d{{1,3}}|{_WORD_NUM})\s+(?P<u3>days|weeks)\s+(?:after|post)\b)",
    re.IGNORECASE,
)


_FROM_TREATMENT: Final = re.compile(
    r"\s*+(?:(?:days?|weeks?)\s++)?(?:after|post|following)\s++(?:the\s++)?(?:(?:first|last|final|second)\s++)?"
    r"(?:injections?|treatments?|administrations?|transplant\w*+|infusions?|dos\w++|EVs?|exosomes?)\b",
    re.IGNORECASE,
)


def follow_up_day(texts: Iterable[str]) -> float | None:
    """The last day the methods say the scores were followed to, or None."""
    days: list[float] = []
    for text in texts:
        if not _ASSESSED.search(text):
            continue
        for m in _FOLLOW_UP.finditer(text):
            if _FROM_TREATMENT.match(text, m.end()):
                continue  # "for four weeks after the first infusion": not counted from the injury
            raw = m["n"] or m["n2"] or m["n3"]
            unit = (m["u"] or m["u2"] or m["u3"]).lower()
            n = _word_int(raw)
            if n is not None and 0 < n <= 400:
                days.append(float(n * 7 if unit.startswith("w") else n))
        # "scored on days 1, 3, 7, 14 and 28 after injury": the schedule's last session ends it.
        for m in TIME_LIST.finditer(text):
            listed = listed_days(m)
            # "7, 14 and 21 days after the first injection": counted from the treatment, not the injury.
            if _FROM_TREATMENT.match(text, m.end()):
                continue
            if listed and 0 < listed[-1] <= 400:
                days.append(listed[-1])
    return max(days) if days else None


# "one week later", "a week before", "two days earlier": a time point counted from another one.
# "before"/"after" followed by a noun ("two weeks after injury") is an absolute time, not this.
RELATIVE: Final = re.compile(
    rf"(?<![\w-])(?P<n>an?|\d{{1,2}}|{_WORD_NUM})\s+(?P<u>days?|weeks?)\s+"
    r"(?P<dir>later|afterwards|earlier|previously|before(?=\s*(?:[,;.)]|$|\b(?:and|while|whereas|but|to)\b)))",
    re.IGNORECASE,
)


def relative_times(text: str, anchor: float | None) -> str:
    """``text`` with each relative time point written as its day, counted from the last time point
    before it in the sentence (or ``anchor``, the paragraph's last one): "At day 7 ... one week
    later" -> "at day 14"; "7.1 at day 14 from 3.5 a week before" -> "at day 7". With nothing to
    count from, the phrase is left as written: it then counts from the injury."""
    out, pos = [], 0
    for m in RELATIVE.finditer(text):
        out.append(text[pos : m.start()])
        done = "".join(out)
        times = [d for t in TIME.finditer(done) if (d := time_of(t)) is not None]
        base = times[-1] if times else anchor
        n = 1 if m["n"].lower() in ("a", "an") else _word_int(m["n"])
        step = None if n is None else n * (7 if m["u"].lower().startswith("w") else 1)
        later = m["dir"].lower() in ("later", "afterwards")
        day = None if base is None or step is None else base + step if later else base - step
        if later and base == 1 and step is not None and step % 7 == 0:
            # Scores on day 1 then weekly: "a week later" is the day-7 session (1, 7, 14, ...).
            day = float(step)
        if base is None:
            # Nothing earlier to count from: "injected after the injury. Four weeks later ..."
            # counts from the injury, as a plain "four weeks" reads.
            out.append(m.group(0))
        else:
            out.append(f"at day {day:g}" if day is not None and day > 0 else m["dir"])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)

# --- Two ways small journals write a table's time point ------------------------------------
# A baseline label glossed with a time after the injury ("Baseline (1 dpi)", "Day 1
# (baseline)"): the first test after the injury is a real time point; a baseline before it
# ("Pre", "Baseline (pre-injury)", "Baseline (day 0)") is not. A compact time code in the caption
# of a table of several measures at one time ("Motor and sensory evaluation on D28", "at W6",
# "POD28"): read only when the caption names no other time, span or list, and nothing before
# the injury.

# "Baseline (1 dpi)" and "1 dpi (baseline)": the word for the baseline and a time in brackets.
_BASELINE_GLOSS: Final = re.compile(
    # Each time ends on a non-blank, so the blanks after it are read once (no rescans).
    r"baseline\s*+\(\s*+(?P<a>[^()]{0,39}?[^()\s])\s*+\)"
    r"|(?P<b>[^()]{0,39}?[^()\s])\s*+\(\s*+baseline\s*+\)",
    re.IGNORECASE,
)
# Words that put a time before the injury, or make it a time of something else: those of
# ``BEFORE_INJURY`` (inside a word too) and, in a label's brackets, a lesion's, "prior" and a
# negative time.
_NOT_AFTER: Final = re.compile(
    rf"\bpre\b|{PRE_INJURY_WORD}|pre[- ]?lesion|before|prior|[-−–]\s*\d|baseline", re.IGNORECASE
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
    m = _BASELINE_GLOSS.fullmatch(label.strip().rstrip("*#†‡§¶ "))  # footnote marks after the label
    if m is None:
        return None
    inner = (m["a"] or m["b"]).strip()
    if _NOT_AFTER.search(inner) or not _TIME_WORD.search(inner):
        return None
    day = parse_day(inner)
    return inner if day is not None and day >= 1 else None


# A compact time code: "D28", "W6", "POD28", "POD 28", "d 7"; not inside a span ("D1–D28") or a
# longer word, and not a group code ("D2 group").
_COMPACT_CODE: Final = re.compile(
    r"(?<![\w.\-–−/])(?:POD\s?|D\s?|W)\d{1,3}(?!\w|[.,]\d|[\-–−/]|\s*(?:groups?|rats|mice|animals)\b)",
    re.IGNORECASE,
)
# Any other time in the text: then the caption's time is not the code alone.
_OTHER_TIME: Final = re.compile(
    r"\d\s*(?:h|hrs?|hours?|d|days?|dpi|wks?|weeks?|months?)\b|\b(?:days?|weeks?|wks?)\s*\d"
    rf"|\bpre\b|{PRE_INJURY_WORD}|baseline|before|\b(?:from|until|to|through)\s+[DW]\d"
    r"|[DW]\d{1,3}\s*(?:[-–−]|to\b)",
    re.IGNORECASE,
)


def caption_code_time(*texts: str | None) -> float | None:
    """The one day a compact time code in a caption or footnote gives ("on D28" -> 28.0), else
    None: no code, two different codes, a span or list of codes, or another time beside it."""
    text = " ".join(t for t in texts if t)
    codes = [m.group(0) for m in _COMPACT_CODE.finditer(text)]
    if not codes:
        return None
    rest = _COMPACT_CODE.sub(" ", text)
    if _OTHER_TIME.search(text) or _OTHER_TIME.search(rest):
        return None
    days = {parse_day(re.sub(r"\s+", "", c)) for c in codes}
    if len(days) != 1:
        return None
    (day,) = days
    return day if day is not None and day >= 1 else None
