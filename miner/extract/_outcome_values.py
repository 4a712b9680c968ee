"""Where a sentence writes a score: means with SD/SEM, bare means, and the values that are no score.

A value is a mean with its dispersion ("11.2 ± 1.3", "4.6 (0.9)", "11 (IQR 9-12)")
or, in sentences about scores, a mean without one ("was 12 compared with 8").
Baselines before injury and changes between scores ("improved by 4.2") are not scores.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Final

from miner.extract._numbers import NUM, PM, RANGE_NAME, parse_number
from miner.extract._outcome_labels import label_before
from miner.extract._outcome_scale import SCALE_MAX
from miner.extract._outcome_time import TIME, TIME_LIST

__all__ = [
    "VALUE",
    "bare_values",
    "before_injury",
    "decimal_points",
    "described_labels",
    "group_lists",
    "is_change",
    "scale_parts",
    "within_bounds",
]

# A score written with decimal commas, mean and dispersion both: "9,8 ± 0,7", "5,4 (0,5)".
_COMMA_SCORE: Final = re.compile(
    rf"(?<![\d.,])\d{{1,2}},\d{{1,2}}\s*(?:{PM}|\()\s*\d{{1,2}},\d(?!\d)"
)
# A comma and a space after the decimals close the number ("11,4 ± 1,2, whereas"); "1,2,3" is a list.
_COMMA_DECIMAL: Final = re.compile(r"(?<![\d.,])(\d{1,2}),(\d{1,2})(?!\d|,\S)")


# A mean whose units and decimals text extraction split with a space, before its dispersion:
# "6 .2 ± 1.1", "12 .3 (1.2)". Only before a dispersion, where "6 .2" can be nothing else.
_SPLIT_DECIMAL: Final = re.compile(rf"(?<![\w.])(\d{{1,2}}) \.(\d{{1,2}})(?=\s*(?:{PM}|\(\s*\d))")


# "11.9 ± 0.5 (9)": a group size in brackets after a mean ± SEM, blanked so that the value
# reads as one ("a (9) versus b (9)" as "a versus b").
_GROUP_SIZE: Final = re.compile(rf"({PM}\s*{NUM})\s*\(\s*\d{{1,3}}\s*\)(?!\s*[-–])")


def _blank_sizes(m: re.Match[str]) -> str:
    return m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))


def decimal_points(text: str) -> str:
    """``text`` with decimal commas as points where it writes its scores so ("9,8 ± 0,7" -> "9.8 ±
    0.7"), split means closed ("6 .2 ± 1.1" -> " 6.2 ± 1.1") and group sizes after them blanked
    ("8.4 ± 0.7 (9)" -> "8.4 ± 0.7    "), length-preserving; other text is returned as it is."""
    if " ." in text:
        text = _SPLIT_DECIMAL.sub(r" \1.\2", text)
    if "(" in text:
        text = _GROUP_SIZE.sub(_blank_sizes, text)
    if "," not in text or not _COMMA_SCORE.search(text):
        return text
    return _COMMA_DECIMAL.sub(r"\1.\2", text)


# "the Sham group, the SCI group and the Exo group", "Sham rats, SCI rats and Exo rats": a list
# whose every item carries its own article and head noun. Written once ("the Sham, SCI and Exo
# groups") it is the list every group-list reader knows.
_NOT_WORD: Final = (
    r"(?!(?:of|in|for|the|and|or|to|at|than|with|between|among|by|from|versus|vs|were|was)\b)"
)
_WORD: Final = rf"{_NOT_WORD}[A-Za-z0-9][\w\-+/]*"
_ITEM: Final = rf"(?<![\w-])(?:the\s+)?(?P<w{{k}}>(?:{_WORD}\s+){{{{0,2}}}}{_WORD})\s+(?P<h{{k}}>group|rats|animals|mice)\b"
_HEADS: Final = re.compile(r"\b(?:group|rats|animals|mice)\b", re.IGNORECASE)
_ITEM_ONE: Final = re.compile(_ITEM.format(k=""), re.IGNORECASE)
_GROUP_LIST: Final = re.compile(
    rf"{_ITEM.format(k='0')}(?:\s*,\s*{_ITEM.format(k='1')})*\s*,?\s*(?:and|or)\s+{_ITEM.format(k='2')}",
    re.IGNORECASE,
)


def _one_head(m: re.Match[str]) -> str:
    items = list(_ITEM_ONE.finditer(m.group(0)))
    heads = {i["h"].lower() for i in items}
    if len(items) < 2 or len(heads) != 1:
        return m.group(0)
    names = [i["w"] for i in items]
    head = items[-1]["h"]
    head = head + "s" if head.lower() == "group" else head
    joined = f"{', '.join(names[:-1])} and {names[-1]} {head}"
    return joined.rjust(len(m.group(0))) if len(joined) <= len(m.group(0)) else m.group(0)


def group_lists(text: str) -> str:
    """``text`` with lists of groups that repeat their article and head noun written once, padded
    to the same length: "of the Sham group, the SCI group and the Exo group were" -> "of     Sham,
    SCI and Exo groups were". Other text is returned as it is."""
    if " and " not in text and " or " not in text:
        return text
    # Cheap first: a list of such items writes its head noun at least twice.
    if len(_HEADS.findall(text)) < 2:
        return text
    return _GROUP_LIST.sub(_one_head, text)


# "the rats that received only vehicle (PBS)", "The treated rats (G3)": a description of a
# group, then the paper's label for it in brackets. Words that end the description on its left.
_DESC_STOP: Final = re.compile(
    r"(?:^|[,;:(]|\b(?:in|for|of|against|versus|vs\.?|and|whereas|while|than|with|to|by|at|were|"
    r"was|scored|reached|between|among|from|but|both|dpi|wpi|days?|weeks?|injury|surgery)|\d)\s*$",
    re.IGNORECASE,
)
_DESC_WORD: Final = re.compile(
    r"\b(?:rats?|animals?|mice|groups?|cohorts?|treated|received|receiving|given|injected)\b",
    re.IGNORECASE,
)


# How far before a bracketed label its description is looked for. Eight words of a group's
# description ("the rats that received only vehicle") take well under 400 characters; reading
# only this window keeps a long sentence with many bracketed labels linear, not quadratic.
_DESC_REACH: Final = 400
# The longest word that ends a description on its left ("whereas", "against"), and the
# character before it that its word boundary reads.
_STOP_REACH: Final = 12
_DESC_TOKEN: Final = re.compile(r"[^\s,;:()]+")


def _stops_before(text: str, at: int, lo: int) -> bool:
    """``_DESC_STOP`` ends the text before ``at``: only the spaces before ``at`` (back to
    ``lo``) and the few characters of a stop word before them are read."""
    j = at
    while j > lo and text[j - 1].isspace():
        j -= 1
    # A search from a later position reads the characters before it for "\b" and never
    # takes "^" there: the same answer as a search over the whole prefix.
    return _DESC_STOP.search(text, max(0, j - _STOP_REACH), at) is not None


def described_labels(text: str, known: Sequence[str]) -> str:
    """``text`` with a group's description written as the label the paper gives it in brackets
    right after ("against 7.2 in the rats that received only PBS (G2)" -> "against 7.2 in
    G2"), padded to the same length. Only a known label, after at most eight words that speak of
    animals or a treatment; other text is returned as it is."""
    if "(" not in text or not known:
        return text
    labels = "|".join(re.escape(k) for k in known)
    out = text
    for m in re.finditer(rf"\(\s*(?P<l>{labels})\s*\)", text, re.IGNORECASE):
        lo = max(0, m.start() - _DESC_REACH)
        words = list(_DESC_TOKEN.finditer(text, lo, m.start()))
        if words and words[0].start() == lo > 0 and _DESC_TOKEN.match(text, lo - 1, lo):
            words = words[1:]  # a word cut by the window is no word of the description
        words = words[-8:]
        start = None
        for w in reversed(words):
            if w.start() == 0 or _stops_before(text, w.start(), lo):
                start = w.start()
                break
        if start is None:
            continue
        desc = text[start : m.start()]
        if re.search(r"\d", desc) or not _DESC_WORD.search(desc):
            continue
        # A boundary word the description starts with ("in", "and") stays; its article goes.
        span = out[start : m.end()]
        out = out[:start] + m["l"].rjust(len(span)) + out[m.end() :]
    return out


VALUE: Final = re.compile(
    rf"(?<![\w.])(?P<m>{NUM})\s*(?:{PM}\s*(?P<d>{NUM})|[(\[]\s*(?:(?:SD|SEM|S\.E\.M\.?)\s*[=:,]?\s*)?(?P<d2>{NUM})\s*[)\]]"
    # A median with its interquartile range or a mean with its confidence interval, named or not
    # (the same ``RANGE_NAME`` a table cell may carry): "11 (IQR 9-12)", "10.9 (10.1–11.7)",
    # "12.4 (95% CI 11.2-13.6)", "9.6 [8.8, 10.4]"; ``within_bounds`` keeps those whose centre
    # lies inside.
    rf"|[(\[]\s*{RANGE_NAME}(?P<lo>{NUM})\s*(?:[-–]|to|,)\s*(?P<hi>{NUM})\s*[)\]])"
    r"(?!\s*(?:%|°|nm|mm|µm|um\b|g\b|mg|ml|mL|s\b|sec|min|h\b|hours?|days?|weeks?|d\b|/))"
)


def within_bounds(v: re.Match[str]) -> bool:
    """A ``VALUE`` match is a score: a mean with an interval must lie inside it ("4 (10-12)" is not)."""
    if v["lo"] is None:
        return True
    m, lo, hi = parse_number(v["m"]), parse_number(v["lo"]), parse_number(v["hi"])
    return m is not None and lo is not None and hi is not None and lo <= m <= hi and lo < hi


# A mean written without dispersion, in a sentence that names the scale: "was 12 compared with 8".
# A number before "of" counts ("12 rats of the Exo group and 11 of the PBS group"), it scores nothing.
# The empty groups d/d2 keep the shape of ``VALUE`` matches.
_BARE: Final = re.compile(
    r"(?<![\w.,±/-])(?P<m>\d{1,2}(?:\.\d{1,2})?)(?P<d>(?!))?(?P<d2>(?!))?"
    r"(?![\w%/]|\.\d|\s*(?:±|\+/-|\+-|\((?!\s*P\s*[<=>≤]|\s*[A-Za-zχ])|%|[-–]\s*\d|,\s*\d|days?\b|d\b|weeks?|wks?|h\b|hours?|months?|rats|mice|"
    r"animals|groups?|times|points?|[µμu]|mg|ml|mm|or\s+\d|to\s+\d|of\s))"
)
_BARE_LINK: Final = re.compile(
    r"(?:\b(?:was|were|of|reached|to|scored|score|scores|had|than|vs\.?|versus|against|whereas|while|"
    r"compared\s+(?:with|to)|(?:remained|stayed|stood|were|was)\s+(?:only\s+)?at)"
    # "reached only 7.4", "scored just 3": a word that weighs the value, not another number.
    r"(?:\s+(?:only|just|merely))?|:|=|\band)\s*$",
    re.IGNORECASE,
)
# A test statistic, with or without its degrees of freedom: "t(17) = 2.07", "H = 14.2", "U = 4",
# "z = 2.9", "χ2 = 9.1", "df = 2", "P < 0.05". Its number is no score.
_STAT: Final = r"(?:\b[PFtrHUWzZ]|\bdf|χ\s*[2²]|\bchi[- ]?squared?)\s*(?:\([\d\s,.]*\))?\s*[<=>≤]"
_STAT_BRACKET: Final = re.compile(rf"\s*\(\s*(?:[A-Za-z-]+\s+){{0,3}}{_STAT}", re.IGNORECASE)
_BARE_NOT: Final = re.compile(
    rf"(?:\bn\s*=|{_STAT}|\((?:\d+\s*,\s*)?|\b(?:days?|weeks?|figure|fig\.|table|panel|scale|"
    r"from|between|range)|\bof\s+\d+\s+to"
    # A threshold, not a score: "the coordination criterion of 14", "a cut-off of 10".
    r"|\b(?:criterion|criteria|threshold|cut-?off)\s+(?:score\s+|value\s+)?(?:of|at|was|is)"
    r"|\b(?:above|below|over|under|exceed(?:ed|ing|s)?|at\s+least|less\s+than|more\s+than)"
    r"(?:\s+(?:an?|the)\s+(?:\w+\s+)?scores?\s+of)?)\s*$",
    re.IGNORECASE,
)
# "a score of 14 indicates consistent coordination": what a score means, not a group's score.
_MEANS_AFTER: Final = re.compile(
    r"\s*+(?:points?\s++)?(?:or\s+(?:more|higher|above|less|lower|below)\s+)?"
    r"(?:indicates?|denotes?|means|represents?|reflects?|corresponds?|signif(?:y|ies)|defines?|"
    r"is\s+defined|marks?|stands?\s+for)\b",
    re.IGNORECASE,
)
# Where ``_BARE_NOT`` is too careful: "(1.9 vs 1.6; P = 0.41)", "rose from 0.5 on day 1 to 11.1".
_BARE_OPENS: Final = re.compile(
    r"\s*(?:vs\.?|versus)\s*\d|\s+(?:on|at|by)\s+(?:day|week|POD|D\d)[^;,]{0,20}?\bto\s+\d"
)
_OPENER: Final = re.compile(r"(?:\(|\bfrom)\s*$", re.IGNORECASE)
# "were 10.2 (Exo-miR), 8.1 (Exo) and 6.0 (PBS)": a bare mean with its group in brackets after it,
# in a list of such means. Brackets that count, date or test ("(n = 8)", "(Fig. 2)") name no group.
_BRACKET_GROUP: Final = re.compile(
    r"\s*\((?!\s*(?:n\b|SD|SEM|SE\b|IQR|P\b|fig|table|mean|median|range|day|week|d\d|w\d))"
    r"\s*[A-Za-z][^()]{0,40}\)",
    re.IGNORECASE,
)
_BRACKET_LIST: Final = re.compile(
    r"(?:\b(?:were|was|of|reached|to|scored|:)|\)\s*(?:,|;)?\s*(?:and\s+)?)\s*$", re.IGNORECASE
)
# The pre-injury score (21 in every rat) is not an outcome.
_PRE_INJURY: Final = re.compile(
    r"\b(?:before|prior\s+to)\s+(?:the\s+)?(?:injury|SCI|surgery|operation|contusion|compression|modeling)|"
    r"\bpre-?(?:injury|operati\w+|surgery|SCI)|\bbaseline",
    re.IGNORECASE,
)


# A whole-number score in a list of "label value" items whose other items carry SD/SEM:
# "sham 21, SCI 7.3 ± 0.9, Exo 12.1 ± 1.0" (the sham's 21 needs no dispersion).
# "... 8.6 in Nx-sEV rats (vehicle, 7.0)": a bracket that gives one more group and its mean.
_BRACKET_ITEM: Final = re.compile(
    r"\(\s*+(?P<l>(?:the\s+)?[^\s:;,()]++(?:\s*+\+\s*+[^\s:;,()]++)*+(?:\s+(?:groups?|rats|mice|animals))?)\s*+,\s*+$",
    re.IGNORECASE,
)
_LIST_ITEM: Final = re.compile(
    r"(?:^|[:;,(]|\band)\s*(?P<l>(?:the\s+)?[^\s:;,()]+(?:\s*\+\s*[^\s:;,()]+)*"
    r"(?:\s+(?:groups?|rats|mice|animals))?)\s*[:=]?\s*$",
    re.IGNORECASE,
)


# "were 20.5, 6.8 and 11.4, respectively": decimals listed in turn for the groups named before.
_DEC: Final = r"\d{1,2}\.\d{1,2}"
_LISTED_BARE: Final = re.compile(
    rf"(?<![\w.,±/-])(?P<m>{_DEC})(?P<d>(?!))?(?P<d2>(?!))?"
    rf"(?=(?:\s*,\s*(?:and\s+)?{_DEC})*\s*,?\s*and\s+{_DEC}\s*,?\s*respectively\b"
    rf"|\s*,?\s*respectively\b)"
)
_LISTED_RUN: Final = re.compile(
    rf"(?<![\w.,±/-]){_DEC}(?:\s*,\s*(?:and\s+)?{_DEC})*\s*,?\s*and\s+{_DEC}\s*,?\s*respectively\b"
)


def _listed_bare(text: str) -> list[re.Match[str]]:
    """The bare decimals of a "respectively" run that a score verb opens ("were a, b and c")."""
    out: list[re.Match[str]] = []
    for run in _LISTED_RUN.finditer(text):
        before = text[max(0, run.start() - 30) : run.start()]
        # "were a, b and c, respectively", or the run opens a bracket: "(a and b, respectively, for
        # X and Y)".
        if (_BARE_LINK.search(before) and not _BARE_NOT.search(before)) or before.endswith("("):
            out += list(_LISTED_BARE.finditer(text, run.start(), run.end() + 1))
    return out


# "(EV 13.0 vs PBS 10.4)", "(Exo: 11 versus vehicle: 8; P < 0.01)", "(SCI 0.3; Exo 0.4)": two bare
# means in one bracket, each right after its own label. Words that date, count, test or name a
# scale are no label.
_PAIR_LABEL: Final = (
    r"(?!(?:n|P|days?|weeks?|mean|median|SD|SEM|SE|IQR|CI|range|fig|figure|table|BBB|BMS|score"
    # "(T2 3.1; T4 5.2)", "(POD 7 ...)": time codes, not groups.
    r"|POD|dpi|wpi|(?:T|D|W|wk|PID|POD)\d++)\b)"
    r"[A-Za-z][\w+\-/]*(?:\s*\+\s*[\w\-/]+)?(?:\s+[A-Za-z][\w\-/]*)?"
)
_LABELLED_PAIR: Final = re.compile(
    rf"\(\s*{_PAIR_LABEL}\s*[:=,]?\s*(?P<a>\d{{1,2}}(?:\.\d{{1,2}})?)\s*(?:vs\.?|versus|;|,)\s*"
    rf"{_PAIR_LABEL}\s*[:=,]?\s*(?P<b>\d{{1,2}}(?:\.\d{{1,2}})?)\s*(?:[;,][^()]*)?\)",
    re.IGNORECASE,
)


def _labelled_pair(text: str, scale: str) -> list[re.Match[str]]:
    """The two bare means of each "(X a vs Y b)" bracket, as ``_BARE`` matches."""
    out: list[re.Match[str]] = []
    for pair in _LABELLED_PAIR.finditer(text):
        found = [_BARE.match(text, pair.start(k)) for k in ("a", "b")]
        means = [parse_number(b["m"]) if b else None for b in found]
        if all(b is not None for b in found) and all(
            m is not None and 0 <= m <= SCALE_MAX[scale] for m in means
        ):
            out += [b for b in found if b is not None]
    return out


def bare_values(text: str, values: Sequence[re.Match[str]], scale: str) -> list[re.Match[str]]:
    """The means written without SD/SEM in ``text``, besides ``values`` (those with one)."""
    taken = [(v.start(), v.end()) for v in values]
    taken += [(t.start(), t.end()) for t in TIME.finditer(text)]
    taken += [(t.start(), t.end()) for t in TIME_LIST.finditer(text)]
    out: list[re.Match[str]] = []
    if "(" in text:
        for b in _labelled_pair(text, scale):
            if not any(s <= b.start() < e or b.start() <= s < b.end() for s, e in taken):
                out.append(b)
                taken.append((b.start(), b.end()))
    if "respectively" in text:
        for b in _listed_bare(text):
            mean = parse_number(b["m"])
            free = not any(s <= b.start() < e or b.start() <= s < b.end() for s, e in taken)
            if free and mean is not None and 0 <= mean <= SCALE_MAX[scale]:
                out.append(b)
                taken.append((b.start(), b.end()))
    for b in _BARE.finditer(text):
        if any(s <= b.start() < e or b.start() <= s < b.end() for s, e in taken):
            continue
        before = text[max(0, b.start() - 30) : b.start()]
        if _BRACKET_GROUP.match(text, b.end()):
            # A bracket of words after a bare mean: only its group in a "value (group)" list.
            if (_BRACKET_LIST.search(before) or _BARE_LINK.search(before)) and not _BARE_NOT.search(
                before
            ):
                mean = parse_number(b["m"])
                if mean is not None and 0 <= mean <= SCALE_MAX[scale]:
                    out.append(b)
            continue
        if re.match(r"\s*\(", text[b.end() :]) and not _STAT_BRACKET.match(text, b.end()):
            continue  # "11 (n = 8)", "11 (Fig. 3)": a bracket that is no group, as before
        if _MEANS_AFTER.match(text, b.end()):
            continue
        opens = bool(_OPENER.search(before) and _BARE_OPENS.match(text, b.end()))
        if _BARE_NOT.search(before) and not opens:
            continue
        if not opens and not _BARE_LINK.search(before):
            item = (_LIST_ITEM.search(before) or _BRACKET_ITEM.search(before)) if values or out else None
            if item is None or not label_before(item["l"]):
                continue
        mean = parse_number(b["m"])
        if mean is not None and 0 <= mean <= SCALE_MAX[scale]:
            out.append(b)
    return out


def before_injury(text: str, values: Sequence[re.Match[str]], i: int) -> bool:
    """The value is the pre-injury baseline: "before injury ... 21", "21 ± 0 before surgery"."""
    v = values[i]
    start = values[i - 1].end() if i else 0
    end = values[i + 1].start() if i + 1 < len(values) else len(text)
    after = re.split(r"[,;]", text[v.end() : min(end, v.end() + 40)])[0]
    # Only this value's clause: "a score of 21 before injury; at day 28 the Exo group scored 11.0".
    before = re.split(r"[;]", text[max(start, v.start() - 60) : v.start()])[-1]
    return bool(_PRE_INJURY.search(before) or _PRE_INJURY.search(after))


# A change or a difference between scores is not a score: "improved by 4.2 ± 1.1 points",
# "the difference ... was 3.9 ± 1.2", "a gain of 3.1".
_CHANGE_BEFORE: Final = re.compile(
    r"(?:\b(?:improv\w*|increas\w*|rose|decreas\w*|declin\w*|fell|dropp\w*|higher|lower|greater)\s+by"
    r"|\b(?:difference|change|improvement|increase|increment|gain|decrease|reduction)s?\b[^;,]{0,60}?"
    r"(?:\bof|\bwas|\bwere|=|:))\s*(?:about|approximately|roughly|~|≈)?\s*$",
    re.IGNORECASE,
)


# "By T4 the difference was 11.4 (1.7) versus 7.3 (1.5)": the two scores that differ, set against
# each other, not a difference.
_DIFFERENCE: Final = re.compile(r"\bdifferences?\b", re.IGNORECASE)
_SET_AGAINST_NEXT: Final = re.compile(
    r"\s*+(?:vs\.?|versus|against|compared\s+(?:with|to))\s*", re.IGNORECASE
)
# ... unless the words say it is a change ("the change was a vs b", "improved by a vs b").
_CHANGE_WORD: Final = re.compile(
    r"\b(?:change|improvement|increase|increment|gain|decrease|reduction)s?\b|\bby\b", re.IGNORECASE
)


def is_change(text: str, values: Sequence[re.Match[str]], i: int) -> bool:
    """The value is a change or a difference between scores, not a score."""
    start = values[i - 1].end() if i else 0
    found = _CHANGE_BEFORE.search(text[max(start, values[i].start() - 90) : values[i].start()])
    if found is None:
        return False
    return not (
        i + 1 < len(values)
        and _DIFFERENCE.search(found.group(0))
        and not _CHANGE_WORD.search(found.group(0))
        and _SET_AGAINST_NEXT.fullmatch(text[values[i].end() : values[i + 1].start()])
    )


# A number that may be a score in a sentence of two scales: a mean with its spread, or a decimal.
_SCORE_LIKE: Final = re.compile(
    rf"{VALUE.pattern}|(?<![\w.,±/-])\d{{1,2}}\.\d{{1,2}}(?![\w%]|\.\d)"
)
_AGAINST: Final = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|whereas|while|than)(?!\w)", re.IGNORECASE
)
_P_BEFORE: Final = re.compile(r"\bP\s*[<=>≤]\s*$", re.IGNORECASE)
# "P < " and the spaces around its sign: read in this many characters before a value, not
# in the whole sentence before it (which made a long sentence quadratic).
_P_REACH: Final = 32


# "BMS scores agreed with the BBB results: a versus b": the other scale named as what the values
# agree with, not as their scale.
_SCALE_REFERENCE: Final = re.compile(
    r"[\w-]*\s+(?:results|findings|data|pattern|trends?|curves?|observations)\b", re.IGNORECASE
)
_REFERENCE_BEFORE: Final = re.compile(
    r"\b(?:with|to|like|as|mirror(?:ed|ing)?|parallel(?:ed|ing)?|match(?:ed|ing)?|confirm(?:ed|ing)?)"
    r"\s+(?:the\s+|our\s+)?$",
    re.IGNORECASE,
)


def scale_parts(text: str, scales: Sequence[tuple[str, re.Pattern[str]]]) -> dict[str, str]:
    """A sentence that gives scores on two scales, once per scale with the other scale's values
    blanked: "Exo rats had a BBB score of 11.4 ± 1.2 and a BMS score of 5.5 ± 0.4, against 6.8 ±
    0.9 and 3.0 ± 0.5 in PBS rats" gives a BBB text holding 11.4 and 6.8, a BMS text holding 5.5
    and 3.0.

    A value takes the scale named last before it in its clause (clauses end at ";"), else the
    first named after it ("scored 11.1 ± 0.8 on the BBB scale"). A run of as many values as
    scales after the last scale named ("against a and b") repeats the scales in the order the
    values before it took them. A value whose scale stays open is blanked in every text.
    """
    marks = sorted(
        (m.start(), name)
        for name, pat in scales
        for m in pat.finditer(text)
        if not _SCALE_REFERENCE.match(text, m.end())
        or not _REFERENCE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    )
    found = [
        v
        for v in _SCORE_LIKE.finditer(text)
        if not _P_BEFORE.search(text, max(0, v.start() - _P_REACH), v.start())
    ]
    if not marks or not found:
        return {}
    # Clause bounds and scale names looked up by bisection: a long sentence with many values
    # costs n log n, not n squared.
    bounds = [0] + [m.end() for m in re.finditer(r";", text)] + [len(text) + 1]
    at_marks = [at for at, _ in marks]
    owner: list[str | None] = []
    for v in found:
        k = bisect_right(bounds, v.start())
        lo, hi = bounds[k - 1], bounds[k]
        # The last scale named in [lo, v.start()), else the first in [v.end(), hi).
        i = bisect_left(at_marks, v.start()) - 1
        j = bisect_left(at_marks, v.end())
        if i >= 0 and at_marks[i] >= lo:
            owner.append(marks[i][1])
        elif j < len(marks) and at_marks[j] < hi:
            owner.append(marks[j][1])
        else:
            owner.append(None)
    last_mark = marks[-1][0]
    # The last scale named takes the value right after it; the values after that, past a
    # comparison ("against a and b"), are the run that repeats the order.
    after_last = [i for i, v in enumerate(found) if v.start() > last_mark]
    tail = after_last[1:]
    k = len(tail)
    if (
        k >= 2
        and tail[0] >= k
        and _AGAINST.search(text[found[after_last[0]].end() : found[tail[0]].start()])
    ):
        lead = list(range(tail[0] - k, tail[0]))
        order = [owner[i] for i in lead]
        same_clause = ";" not in text[found[lead[0]].start() : found[tail[-1]].end()]
        if same_clause and None not in order and len(set(order)) == k:
            for i, name in zip(tail, order, strict=True):
                owner[i] = name
    out = {}
    for name in dict.fromkeys(n for _, n in marks):
        chars = list(text)
        for i, (v, o) in enumerate(zip(found, owner, strict=True)):
            if o != name:
                start, end = _blank_span(text, found, i)
                chars[start:end] = " " * (end - start)
        out[name] = "".join(chars)
    return out


def _blank_span(text: str, found: Sequence[re.Match[str]], i: int) -> tuple[int, int]:
    """What to blank for another scale's value: the value with the words that join it to its
    neighbour ("... 11.4 ± 1.2[ and a BMS score of 5.5 ± 0.4], against ..."), so that the values
    left read as a sentence of their own; never a comparison or a clause break."""
    v = found[i]
    if i > 0:
        gap = text[found[i - 1].end() : v.start()]
        if not _AGAINST.search(gap) and ";" not in gap:
            return found[i - 1].end(), v.end()
    if i + 1 < len(found):
        gap = text[v.end() : found[i + 1].start()]
        if not _AGAINST.search(gap) and ";" not in gap:
            return v.start(), found[i + 1].start()
    return v.start(), v.end()
