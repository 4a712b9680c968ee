"""Locomotor scores written in sentences: which group, which day, which value.

Results sections state BBB (rats) or BMS (mice) values in a handful of shapes::

    At 28 days the BBB score of the Exo group was 11.2 ± 1.3 versus 7.5 ± 1.1 in the PBS group.
    At 7 days the scores did not differ (SCI 2.9 ± 0.5, Exo 3.6 ± 0.6, Exo-miR-26a 4.1 ± 0.5).
    ... and on day 28 it reached 10.3 ± 1.6 versus 7.4 ± 1.5.
    BBB scores were 12.1 ± 1.0 and 8.3 ± 0.9 in the EV and PBS groups, respectively.

Each value (a mean with its dispersion) gets the time point written before it
(or after it, when none precedes), and a group from the words around it: a label
right before ("the Exo group was", "Exo:", "SCI 2.9"), a label right after ("in
the PBS group", "(EV)"), a "respectively" list, or, for values without a label,
the order of the groups in the previous comparison of the same sentence. Values
whose group cannot be read are left out: a row with a guessed group is worse
than no row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from miner.extract._context import Sentence, is_reported_elsewhere
from miner.extract._numbers import NUM, fold, parse_number, word_number
from miner.parse.model import SectionKind

__all__ = [
    "SCALE_MAX",
    "TextValue",
    "document_scale",
    "group_names",
    "sentence_scale",
    "text_values",
]

# Scale name -> highest possible score.
SCALE_MAX: Final = {"BBB": 21.0, "BMS": 9.0}
_SCALES: Final = (
    ("BMS", re.compile(r"\bBMS\b|Basso\s+Mouse\s+Scale", re.IGNORECASE)),
    (
        "BBB",
        re.compile(
            r"\bBBB\b|Basso[,\s-]+Beattie|Basso,?\s+Beattie\s+and\s+Bresnahan", re.IGNORECASE
        ),
    ),
)
# Sentences without a scale name still report it when they speak of scores or
# hind-limb function and the paper uses one scale only.
_SCORE_WORD: Final = re.compile(
    r"\bscor(?:e|es|ed|ing)\b|locomot|hind-?\s?limb|motor\s+function|functional\s+recovery",
    re.IGNORECASE,
)
# ... unless they speak of another measure.
_OTHER_MEASURE: Final = re.compile(
    r"inclined\s+plane|Tarlov|footprint|grid[- ]walk|rotarod|ladder|\bMEPs?\b|amplitude|latency|"
    r"lesion\s+(?:area|volume|size)|cavity|histolog|pain|withdrawal|threshold|\bIOD\b|density|expression|"
    r"positive\s+cells|\bcells\b|\bnumber\s+of|neurons?\b|axons?\b|\bratio\b|fold|percentage|proportion|"
    r"\blevels?\b|concentration|body\s+weight|volume|\barea\b|intensity|protein|mRNA",
    re.IGNORECASE,
)
_PM: Final = r"(?:±|\+/-|\+-)"
_VALUE: Final = re.compile(
    rf"(?<![\w.])(?P<m>{NUM})\s*(?:{_PM}\s*(?P<d>{NUM})|\(\s*(?:(?:SD|SEM|S\.E\.M\.?)\s*[=:,]?\s*)?(?P<d2>{NUM})\s*\))"
    r"(?!\s*(?:%|°|nm|mm|µm|um\b|g\b|mg|ml|mL|s\b|sec|min|h\b|hours?|days?|weeks?|d\b|/))"
)
_UNITS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS: Final = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                 "eighteen", "nineteen")  # fmt: skip
_TENS: Final = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_WORD_NUM: Final = rf"(?:(?:{'|'.join(_TENS)})(?:[- ]?(?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|{'|'.join(_UNITS)})"
_TIME: Final = re.compile(
    r"(?:\b(?:post[- ]?(?:injury|operative|operation|SCI)\s+)?(?P<kw>days?|weeks?|wks?)\s+(?P<n1>\d+)\b"
    rf"|(?<![\w-])(?P<n2>\d+|{_WORD_NUM})[\s-]*(?P<u>days?|weeks?|d|dpi|wpi|w|wks?)\b)",
    re.IGNORECASE,
)
# "at days 7, 14 and 28", "at 1, 2 and 4 weeks": one time point per value, in order.
_LIST: Final = r"\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|&)\s*\d+"
_TIME_LIST: Final = re.compile(
    rf"\b(?P<kw>days?|weeks?|wks?)\s+(?P<l1>{_LIST})\b|\b(?P<l2>{_LIST})\s*(?P<u>days?|weeks?|d|wks?|dpi|wpi)\b",
    re.IGNORECASE,
)
# Sentences that are not this paper's own BBB totals.
_NOT_OWN: Final = re.compile(
    r"sub-?scores?|sub-?scale|\bet\s+al\b|previous(?:ly)?\s+(?:stud|report|publish)|other\s+stud|"
    r"(?:were|was|been|as)\s+reported\s+(?:by|in|previously)|\bin\s+(?:their|that|those)\s+stud",
    re.IGNORECASE,
)
# A lower-case label in parentheses after a value is a group only when it names an arm: "6.5 ± 1.0 (vehicle)".
_ARM_WORD: Final = re.compile(
    r"vehicle|saline|sham|control|untreated|model|injured|exosomes?|exos?|vesicles?|evs?|secretome",
    re.IGNORECASE,
)
_SEM: Final = re.compile(r"\bSEM\b|\bS\.E\.M\.?|standard\s+error", re.IGNORECASE)
_SD: Final = re.compile(r"\bSD\b|\bS\.D\.?|standard\s+deviation", re.IGNORECASE)

# One word of a group label: "Exo", "SCI", "BMSC-Exos", "Exo-miR-26a", "vehicle-treated".
_TOK: Final = r"[A-Za-z0-9α-ωΑ-Ω][\w\-/'α-ωΑ-Ω]*"
_PHRASE: Final = rf"{_TOK}(?:\s*\+\s*{_TOK})*"
_GROUP_WORD: Final = r"(?:groups?|rats|mice|animals|cohorts?|arms?|controls)"
# Words that link a label to its value: "the Exo group *was*", "Exo *:*", "scored *a mean of*".
_LINK_END: Final = re.compile(
    r"(?:[:=,(]|\b(?:was|were|had|has|reached|scored|showed|achieved|attained|displayed|exhibited|is|are|of|"
    r"a|an|the|mean|average|BBB|BMS|score|scores|value|values|to|up|improved|increased|recovered|rose|"
    r"significantly|higher|lower|better|with|at|then|already|only|remained))\s*$",
    re.IGNORECASE,
)
_N_END: Final = re.compile(r"\(\s*n\s*=\s*\d+\s*\)\s*$", re.IGNORECASE)
_GROUP_WORD_END: Final = re.compile(rf"\b{_GROUP_WORD}\s*$", re.IGNORECASE)
_PHRASE_END: Final = re.compile(rf"(?P<g>(?:{_PHRASE}\s+){{0,2}}{_PHRASE})\s*$")
_AFTER: Final = re.compile(
    rf"^\s*\)?\s*,?\s*(?:(?:in|for|of)\s+(?:the\s+)?(?P<g>(?:{_PHRASE}\s+){{0,2}}?{_PHRASE})\s+{_GROUP_WORD}\b"
    rf"|\(\s*(?P<g2>{_PHRASE})\s*\))",
    re.IGNORECASE,
)
_RESPECTIVELY: Final = re.compile(
    rf"(?:in|for|of)\s+(?:the\s+)?(?P<list>(?:{_PHRASE})(?:\s*,\s*(?:{_PHRASE}))*\s*,?\s*(?:and|or)\s+(?:{_PHRASE}))"
    rf"(?:\s+{_GROUP_WORD})?\s*,?\s*respectively",
    re.IGNORECASE,
)
_STOP: Final = frozenset([
    "the", "a", "an", "of", "in", "for", "to", "at", "on", "by", "and", "or", "with", "than",
    "versus", "vs", "was", "were", "had", "has", "is", "are", "that", "those", "this",
    "these", "it", "its", "their", "both", "all", "each", "group", "groups", "rats", "mice",
    "animals", "score", "scores", "bbb", "bms", "mean", "sem", "sd", "se", "p", "n", "day",
    "days", "week", "weeks", "d", "dpi", "wpi", "compared", "whereas", "while", "but",
    "significantly", "higher", "lower", "time", "point", "points", "value", "values",
    "respectively", "control", "treated", "treatment", "injury", "post", "after",
    "following",
])  # fmt: skip
# Words allowed in a label only when "group"/"rats" follows ("the vehicle group", "the control group").
_NEEDS_GROUP_WORD: Final = frozenset(["control", "treated", "treatment", "injury"])


@dataclass(frozen=True, slots=True)
class TextValue:
    """One score read from a sentence."""

    scale: str
    group: str
    day: float
    mean: float
    disp: float | None
    dtype: str | None  # "sd"/"sem" when the sentence itself says so
    sentence: Sentence
    how: str  # how the group was found: before | after | respectively | parallel
    bare: bool = False  # a mean written without SD/SEM ("was 12 compared with 8")


def sentence_scale(text: str) -> str | None:
    """The locomotor scale a sentence names ("BBB" or "BMS"), or None."""
    for name, pat in _SCALES:
        if pat.search(text):
            return name
    return None


def document_scale(sentences: Sequence[Sentence]) -> str | None:
    """The one locomotor scale the methods and results use; None when none or both."""
    found = {
        sentence_scale(s.text)
        for s in sentences
        if s.section in (SectionKind.METHODS, SectionKind.RESULTS, SectionKind.FIGURE_CAPTION)
    }
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _valid_label(label: str, group_word: bool) -> str | None:
    words = label.split()
    # Leading function words and numbers belong to the sentence ("at 28 days Exo mice").
    while (
        words
        and (words[0].lower() in _STOP or words[0].isdigit())
        and not (group_word and words[0].lower() in _NEEDS_GROUP_WORD and len(words) == 1)
    ):
        words = words[1:]
    if not words:
        return None
    if any(w.lower() in ("and", "or", "versus", "vs", "than", "with", "to") for w in words):
        return None  # "the Exo and PBS groups": a list, read by "respectively"
    label = " ".join(words)
    low = label.lower()
    if not re.search(r"[A-Za-z]", label) or re.fullmatch(r"(?:day|week|d|w)\s*\d+", low):
        return None
    if low in _STOP and not (group_word and low in _NEEDS_GROUP_WORD):
        return None
    if not group_word:
        # Without "group"/"rats" after it, a label must look like one: "SCI", "Exo", "Exo-miR-26a",
        # or name an arm: "(H-EV 6.9 ± 0.6; vehicle 4.1 ± 0.5)".
        if len(words) > 1 and "+" not in label:
            return None
        if not re.search(r"[A-Z0-9\-+]", label) and not _ARM_WORD.fullmatch(label):
            return None
    return label


def _label_before(b: str) -> str | None:
    """The group label at the end of ``b`` (the text between the previous value and this one)."""
    s = b
    for _ in range(12):
        m = _LINK_END.search(s) or _N_END.search(s)
        if not m:
            break
        s = s[: m.start()]
    gw = _GROUP_WORD_END.search(s)
    if gw:
        s = s[: gw.start()]
    m = _PHRASE_END.search(s)
    if not m:
        return None
    phrase, start = m["g"], m.start()
    if not gw:
        # Without a group word only the last label is taken: "(SCI 2.9 ..., Exo 3.6 ...)".
        last = re.search(rf"(?:{_PHRASE})$", phrase)
        if last:
            phrase, start = last.group(0), start + last.start()
    if re.search(r"\b(?:after|post|following|since)\s*-?\s*$", s[:start], re.IGNORECASE):
        return None  # "28 days after SCI, 11.2 ± 1.3": the injury, not a group
    return _valid_label(phrase, bool(gw))


# "Rats were assigned to Sham, Vehicle, EV-low dose (100 µg) and EV-high dose",
# "Groups were Sham, SCI (transection only), Gel and Gel+sEV", "four groups: A, B, C and D".
_GROUP_LIST: Final = re.compile(
    r"(?:\b(?:assigned|allocated|randomi[sz]ed|divided|distributed|split)\b[^.:;]{0,40}?\b(?:to|into)\b"
    r"(?:\s+(?:the\s+)?(?:\w+\s+)?groups?)?\s*[:(]?|\bgroups?\s+(?:were|was|included|comprised)\s*:?|groups?\s*:)"
    r"\s*(?P<list>[^.;:]{3,300})",
    re.IGNORECASE,
)


def group_names(sentences: Sequence[Sentence]) -> list[str]:
    """The group labels the methods list ("assigned to Sham, SCI+PBS and SCI+Exo"), as written."""
    out: list[str] = []
    for sent in sentences:
        if sent.section not in (SectionKind.METHODS, SectionKind.OTHER):
            continue
        for m in _GROUP_LIST.finditer(sent.text):
            flat = re.sub(r"\([^()]*\)", " ", m["list"])
            flat = re.split(r"\s+(?:by|with|using|for|at|in|of|n\s*=)\s+|,\s*n\s*=", flat)[0]
            for item in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", flat):
                item = re.sub(
                    r"\s+(?:groups?|rats|mice|animals)$",
                    "",
                    item.strip(" .)("),
                    flags=re.IGNORECASE,
                )
                item = re.sub(r"^(?:the|a|an)\s+", "", item, flags=re.IGNORECASE).strip()
                if item and len(item.split()) <= 4 and re.search(r"[A-Z+]", item):
                    out.append(item)
    return out


def _known_label(text: str, known: Sequence[str], *, at_end: bool) -> str | None:
    """A known group label at the end (``at_end``) or the start of ``text``, longest first."""
    for label in known:
        esc = re.escape(label)
        pat = rf"(?<![\w+-]){esc}\s*$" if at_end else rf"^{esc}(?![\w+-])"
        if re.search(pat, text, re.IGNORECASE):
            return label
    return None


_KNOWN_AFTER: Final = re.compile(
    r"^\s*\)?\s*,?\s*(?:\([^()]{0,40}\)\s*)?(?:in|for|of|with)\s+(?:the\s+)?(?:(?:empty|blank|plain|bare|na[iï]ve|native|unmodified|unprimed|parental|normoxic)\s+)?",
    re.IGNORECASE,
)


def _known_before(b: str, known: Sequence[str]) -> str | None:
    s = b
    for _ in range(12):
        m = _LINK_END.search(s) or _N_END.search(s)
        if not m:
            break
        s = s[: m.start()]
    gw = _GROUP_WORD_END.search(s)
    if gw:
        s = s[: gw.start()]
    return _known_label(s.rstrip(), known, at_end=True)


def _known_after(a: str, known: Sequence[str]) -> str | None:
    m = _KNOWN_AFTER.match(a)
    return _known_label(a[m.end() :], known, at_end=False) if m else None


def _dtype(text: str) -> str | None:
    sem, sd = bool(_SEM.search(text)), bool(_SD.search(text))
    return None if sem == sd else ("sem" if sem else "sd")


def _word_int(raw: str) -> int | None:
    """ "28", "eight", "twenty-eight", "twenty eight" -> int."""
    s = raw.strip().lower()
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return _TENS[parts[0]] + _UNITS.index(parts[1]) + 1
    if s in _TENS:
        return _TENS[s]
    return word_number(s)


def _day(m: re.Match[str]) -> float | None:
    n = m["n1"] or m["n2"]
    num = _word_int(n)
    if num is None:
        return None
    unit = (m["kw"] or m["u"] or "d").lower()
    return float(num) * (7 if unit.startswith("w") else 1)


# A mean written without dispersion, in a sentence that names the scale: "was 12 compared with 8".
# The empty groups d/d2 keep the shape of ``_VALUE`` matches.
_BARE: Final = re.compile(
    r"(?<![\w.,±/-])(?P<m>\d{1,2}(?:\.\d{1,2})?)(?P<d>(?!))?(?P<d2>(?!))?"
    r"(?![\w%/]|\.\d|\s*(?:±|\+/-|\+-|\(|%|[-–]\s*\d|,\s*\d|days?\b|d\b|weeks?|wks?|h\b|hours?|months?|rats|mice|"
    r"animals|groups?|times|points?|[µμu]|mg|ml|mm|or\s+\d|to\s+\d))"
)
_BARE_LINK: Final = re.compile(
    r"(?:\b(?:was|were|of|reached|to|scored|score|scores|had|than|vs\.?|versus|whereas|while|"
    r"compared\s+(?:with|to))|:|=|\band)\s*$",
    re.IGNORECASE,
)
_BARE_NOT: Final = re.compile(
    r"(?:\bn\s*=|\b[PFtr]\s*[<=>≤]|\((?:\d+\s*,\s*)?|\b(?:days?|weeks?|figure|fig\.|table|panel|scale|"
    r"from|between|range)|\bof\s+\d+\s+to)\s*$",
    re.IGNORECASE,
)
# The pre-injury score (21 in every rat) is not an outcome.
_PRE_INJURY: Final = re.compile(
    r"\b(?:before|prior\s+to)\s+(?:the\s+)?(?:injury|SCI|surgery|operation|contusion|compression|modeling)|"
    r"\bpre-?(?:injury|operati\w+|surgery|SCI)|\bbaseline",
    re.IGNORECASE,
)


# "at days 14 (8.1 ± 1.2) and 28 (11.2 ± 1.3)": the later numbers are days too.
_PLURAL_TIME: Final = re.compile(r"\b(?P<u>days|weeks)\s+\d+\s*\(", re.IGNORECASE)
_NEXT_TIME: Final = re.compile(r"(?:,|\band\b)\s*(?P<n>\d+)\s*(?=\()")


def _interleaved_times(text: str) -> list[tuple[re.Match[str], float]]:
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


def _bare_values(text: str, values: Sequence[re.Match[str]], scale: str) -> list[re.Match[str]]:
    taken = [(v.start(), v.end()) for v in values]
    taken += [(t.start(), t.end()) for t in _TIME.finditer(text)]
    taken += [(t.start(), t.end()) for t in _TIME_LIST.finditer(text)]
    out = []
    for b in _BARE.finditer(text):
        if any(s <= b.start() < e or b.start() <= s < b.end() for s, e in taken):
            continue
        before = text[max(0, b.start() - 30) : b.start()]
        if not _BARE_LINK.search(before) or _BARE_NOT.search(before):
            continue
        mean = parse_number(b["m"])
        if mean is not None and 0 <= mean <= SCALE_MAX[scale]:
            out.append(b)
    return out


def _before_injury(text: str, values: Sequence[re.Match[str]], i: int) -> bool:
    """The value is the pre-injury baseline: "before injury ... 21", "21 ± 0 before surgery"."""
    v = values[i]
    start = values[i - 1].end() if i else 0
    end = values[i + 1].start() if i + 1 < len(values) else len(text)
    after = re.split(r"[,;]", text[v.end() : min(end, v.end() + 40)])[0]
    before = text[max(start, v.start() - 60) : v.start()]
    return bool(_PRE_INJURY.search(before) or _PRE_INJURY.search(after))


def _sentence_values(
    sent: Sentence,
    text: str,
    scale: str,
    carried_day: float | None,
    block_dtype: str | None,
    known: Sequence[str] = (),
    *,
    bare: bool = False,
) -> list[TextValue]:
    values = [
        v
        for v in _VALUE.finditer(text)
        if (m := parse_number(v["m"])) is not None and 0 <= m <= SCALE_MAX[scale]
    ]
    if bare:
        values = sorted(values + _bare_values(text, values, scale), key=lambda v: v.start())
    values = [v for i, v in enumerate(values) if not _before_injury(text, values, i)]
    if not values:
        return []
    times = [(t, d) for t in _TIME.finditer(text) if (d := _day(t)) is not None]
    times = sorted(times + _interleaved_times(text), key=lambda td: td[0].start())
    dtype = _dtype(text) or block_dtype
    n = len(values)
    # Where each value's group clause may start: the end of the previous value and its "in the X group".
    afters: list[re.Match[str] | None] = [
        _AFTER.match(text[v.end() : (values[i + 1].start() if i + 1 < n else len(text))])
        for i, v in enumerate(values)
    ]
    groups: list[tuple[str, str] | None] = []
    for i, v in enumerate(values):
        a = afters[i]
        start = values[i - 1].end() if i > 0 else 0
        if known:
            # The paper's own group labels (from its tables and group list) are read
            # as they are written, even multi-word ones ("EV-low dose", "for Vehicle").
            after_text = text[v.end() : (values[i + 1].start() if i + 1 < n else len(text))]
            label = _known_after(after_text, known)
            if label:
                groups.append((label, "after"))
                continue
            prev_after = afters[i - 1] if i > 0 else None
            if i > 0 and prev_after is None:
                prev_known = _KNOWN_AFTER.match(text[start:])
                if prev_known and _known_label(
                    text[start + prev_known.end() :], known, at_end=False
                ):
                    label_prev = _known_label(text[start + prev_known.end() :], known, at_end=False)
                    start += prev_known.end() + len(label_prev or "")
            label = _known_before(text[start : v.start()], known)
            if label:
                groups.append((label, "before"))
                continue
        if a is not None:
            g2_arm = bool(a["g2"] and _ARM_WORD.fullmatch(a["g2"]))
            label = _valid_label(a["g"] or a["g2"], bool(a["g"]) or g2_arm)
            if label:
                groups.append((label, "after"))
                continue
        start = 0
        if i > 0:
            start = values[i - 1].end()
            prev_after = afters[i - 1]
            if prev_after is not None:
                start += prev_after.end()
        label = _label_before(text[start : v.start()])
        groups.append((label, "before") if label else None)
    resp = _RESPECTIVELY.search(text)
    if resp and any(g is None for g in groups):
        names = [
            x.strip() for x in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", resp["list"])
        ]
        missing = [i for i, v in enumerate(values) if v.end() <= resp.start() and groups[i] is None]
        if len(names) == len(missing):
            for i, name in zip(missing, names, strict=True):
                label = _valid_label(name, True)
                if label:
                    groups[i] = (label, "respectively")
    # Time point of each value: the last one written before it, else the first after it.
    days: list[float | None] = []
    slots: list[int] = []
    for i, v in enumerate(values):
        prior = [(k, d) for k, (t, d) in enumerate(times) if t.end() <= v.start()]
        following = _TIME_AFTER.match(text, v.end())
        nxt = [
            (k, d) for k, (t, d) in enumerate(times) if following and t.start() == following.end()
        ]
        if nxt and following and (i + 1 == n or values[i + 1].start() > following.end()):
            k, d = nxt[0]  # "6.2 ± 0.8 at day 7, 9.1 ± 1.0 at day 14": the time right after it
        elif prior:
            k, d = prior[-1]
        elif times:
            k, d = 0, times[0][1]
        else:
            k, d = -1, carried_day
        days.append(d)
        slots.append(k)
    # "... the Exo group was 7.0 ± 1.4 versus 5.1 ± 1.2 in the PBS group, and on day 28 it reached
    # 10.3 ± 1.6 versus 7.4 ± 1.5": unlabelled values repeat the previous comparison's order.
    by_slot: dict[int, list[int]] = {}
    for i, k in enumerate(slots):
        by_slot.setdefault(k, []).append(i)
    ordered = sorted(by_slot)
    for j, k in enumerate(ordered):
        idx = by_slot[k]
        if all(groups[i] is not None for i in idx) or j == 0:
            continue
        prev = by_slot[ordered[j - 1]]
        labels = [groups[i] for i in prev]
        if len(prev) == len(idx) and all(g is not None for g in labels):
            for i, g in zip(idx, labels, strict=True):
                if groups[i] is None and g is not None:
                    groups[i] = (g[0], "parallel")
    _clause_order(text, values, groups, known)
    _comparison_run(text, values, groups, known)
    _day_lists(text, values, groups, days, known)
    _one_group_series(text, groups, days, known)
    out = []
    for v, g, day in zip(values, groups, days, strict=True):
        mean = parse_number(v["m"])
        if g is None or day is None or mean is None:
            continue
        raw_disp = v["d"] or v["d2"]
        disp = parse_number(raw_disp) if raw_disp else None
        out.append(TextValue(scale, g[0], day, mean, disp, dtype, sent, g[1], v.re is _BARE))
    return out


_KEEP_WORD: Final = re.compile(
    rf"{_ARM_WORD.pattern}|high|low|medium|middle|mid|higher|lower|[\w-]*dose[\w-]*|[\w-]*treated",
    re.IGNORECASE,
)
_MENTION: Final = re.compile(
    rf"(?P<g>(?:{_PHRASE}\s+){{0,2}}?{_PHRASE})\s+{_GROUP_WORD}\b", re.IGNORECASE
)


def _mentions(text: str, known: Sequence[str]) -> list[str]:
    """Group labels named in ``text`` in order ("the Exo group ... than the SCI group"), each once."""
    found: list[tuple[int, str]] = []
    for m in _MENTION.finditer(text):
        label = _valid_label(m["g"], True)
        words = label.split() if label else []
        # "From day 14 onwards the miR-21-Exo group": sentence words before the label go.
        while (
            len(words) > 1
            and not re.search(r"[A-Z0-9+]", words[0])
            and not _KEEP_WORD.fullmatch(words[0])
        ):
            words = words[1:]
        label = " ".join(words)
        if label:
            found.append((m.start("g") + m["g"].find(label.split()[0]), label))
    for label in known:
        for m in re.finditer(rf"(?<![\w+-]){re.escape(label)}(?![\w+-])", text, re.IGNORECASE):
            if not any(
                p <= m.start() < p + len(lab) or m.start() <= p < m.end() for p, lab in found
            ):
                found.append((m.start(), label))
    out: list[str] = []
    for _, label in sorted(found):
        if label.lower() not in (x.lower() for x in out):
            out.append(label)
    return out


def _clause_order(
    text: str,
    values: list[re.Match[str]],
    groups: list[tuple[str, str] | None],
    known: Sequence[str],
) -> None:
    """Values in parentheses after a comparison take its groups in order.

    "the Exo group scored higher than the SCI group (BBB: 10.3 ± 1.2 vs. 6.1 ± 0.9)":
    the label right before the parenthesis is the last group named, not the first value's.
    """
    last: list[str] = []
    for par in re.finditer(r"\(([^()]*)\)", text):
        inside = [
            i for i, v in enumerate(values) if par.start() < v.start() and v.end() <= par.end()
        ]
        if len(inside) < 2:
            continue
        first = values[inside[0]]
        if re.search(
            r"[A-Za-z]{2,}",
            re.sub(
                r"\b(?:BBB|BMS|scores?|mean|SD|SEM)\b", "", text[par.start() + 1 : first.start()]
            ),
        ):
            continue  # labels inside: "(SCI 2.9 ± 0.5, Exo 3.6 ± 0.6)"
        if any(g is not None and g[1] == "after" for g in (groups[i] for i in inside)):
            continue  # "(11.2 ± 0.9 (Exo) vs ...)" or "... in the PBS group"
        prev = max((v.end() for v in values if v.end() <= par.start()), default=0)
        # "... at 14 days (a vs. b) and 28 days (c vs. d)": the same comparison again.
        names = _mentions(text[prev : par.start()], known) or last
        if len(names) == len(inside):
            last = names
            for i, name in zip(inside, names, strict=True):
                groups[i] = (name, "parallel")


_RUN_GAP: Final = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:vs\.?|versus|and|against|compared\s+(?:with|to))\s*$",
    re.IGNORECASE,
)


def _comparison_run(
    text: str,
    values: list[re.Match[str]],
    groups: list[tuple[str, str] | None],
    known: Sequence[str],
) -> None:
    """Unlabelled "a versus b" after a comparison of groups takes its groups in order.

    "the miR-21-Exo group scored higher than SCI + PBS; at day 28 the score was 10.7 ± 1.8
    versus 6.3 ± 1.5": only when the groups named since the previous value match the values.
    """
    i = 0
    while i < len(values):
        j = i
        while (
            j + 1 < len(values)
            and groups[j + 1] is None
            and _RUN_GAP.match(text[values[j].end() : values[j + 1].start()])
        ):
            j += 1
        run = list(range(i, j + 1))
        if len(run) >= 2 and all(groups[k] is None for k in run):
            prev = values[i - 1].end() if i else 0
            names = _mentions(text[prev : values[i].start()], known)
            if len(names) == len(run):
                for k, name in zip(run, names, strict=True):
                    groups[k] = (name, "parallel")
        i = j + 1


def _day_lists(
    text: str,
    values: list[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: list[float | None],
    known: Sequence[str],
) -> None:
    """ "at days 7, 14 and 28 were a, b and c": one day per value, in order; the group the sentence names.

    Several groups in turn ("a, b and c in the Exo group and d, e and f in the PBS group") are read
    chunk by chunk; a chunk whose group cannot be told apart is left to the other readings.
    """
    for tl in _TIME_LIST.finditer(text):
        unit = (tl["kw"] or tl["u"]).lower()
        listed = [
            float(x) * (7 if unit.startswith("w") else 1)
            for x in re.findall(r"\d+", tl["l1"] or tl["l2"])
        ]
        # Only the values before the next time point written ("... ; at day 28 Exo 10.2 ...").
        stop = min(
            (t.start() for t in _TIME.finditer(text) if t.start() >= tl.end()), default=len(text)
        )
        after = [i for i, v in enumerate(values) if tl.end() <= v.start() < stop]
        size = len(listed)
        if not after or len(after) % size:
            continue
        chunks = [after[k : k + size] for k in range(0, len(after), size)]
        named = _mentions(text, known)
        for chunk in chunks:
            labels = {g[0] for g in (groups[i] for i in chunk) if g is not None}
            if len(labels) > 1:
                continue
            label = (
                labels.pop()
                if labels
                else (named[0] if len(named) == 1 and len(chunks) == 1 else None)
            )
            for i, day in zip(chunk, listed, strict=True):
                days[i] = day
                if label is not None and groups[i] is None:
                    groups[i] = (label, "parallel")


# A value followed at once by its own time point: "9.1 ± 1.0 at day 14", "12.0 ± 1.2 on day 28".
_TIME_AFTER: Final = re.compile(
    r"\s*\)?\s*,?\s*(?:at|on|by)\s+(?=(?:post[- ]?\w+\s+)?(?:day|week|wk|\d))", re.IGNORECASE
)


def _one_group_series(
    text: str, groups: list[tuple[str, str] | None], days: list[float | None], known: Sequence[str]
) -> None:
    """A time course of the one group a sentence names: "the Exo group was a at day 7, b at day 14".

    Only when every unlabelled value has a time point of its own, so no two rows share a day.
    """
    named = _mentions(text, known)
    labels = {g[0].lower() for g in groups if g is not None}
    if len(named) != 1 or labels - {named[0].lower()}:
        return
    missing = [i for i, g in enumerate(groups) if g is None]
    taken = [days[i] for i in range(len(groups)) if groups[i] is not None]
    new = [days[i] for i in missing]
    if missing and None not in new and len(set(new)) == len(new) and not set(new) & set(taken):
        for i in missing:
            groups[i] = (named[0], "parallel")


_TEXT_SECTIONS: Final = (
    SectionKind.RESULTS,
    SectionKind.ABSTRACT,
    SectionKind.FIGURE_CAPTION,
    SectionKind.OTHER,
)


def _block_context(sentences: Sequence[Sentence]) -> dict[int, tuple[bool, str | None]]:
    """Per paragraph: does it speak of scores at all, and does it say SD or SEM anywhere."""
    texts: dict[int, list[str]] = {}
    for s in sentences:
        texts.setdefault(s.block_index, []).append(s.text)
    out = {}
    for block, parts in texts.items():
        text = fold(" ".join(parts))
        scored = bool(_SCORE_WORD.search(text) or sentence_scale(text))
        out[block] = (scored, _dtype(text))
    return out


def text_values(sentences: Sequence[Sentence], known: Sequence[str] = ()) -> list[TextValue]:
    """Every locomotor score stated in the results, abstract or captions, in reading order.

    A sentence counts when it names the scale, or when its paragraph speaks of
    scores or hind-limb function and the paper uses a single scale; values are
    bounded by the scale's range (BBB 0-21, BMS 0-9). ``known`` are the paper's group
    labels (from its tables and methods), longest first: they are read as written.
    """
    doc_scale = document_scale(sentences)
    context = _block_context([s for s in sentences if s.section in _TEXT_SECTIONS])
    out: list[TextValue] = []
    block, block_scale, block_day = -1, None, None
    for sent in sentences:
        if sent.block_index != block:
            block, block_scale, block_day = sent.block_index, None, None
        if sent.section not in _TEXT_SECTIONS or is_reported_elsewhere(sent.text):
            continue
        if _NOT_OWN.search(sent.text):
            continue  # BBB subscores, or scores quoted from other studies
        text = fold(sent.text)
        scored, block_dtype = context.get(sent.block_index, (False, None))
        named = sentence_scale(text)
        scale = named
        if scale is None and scored and not _OTHER_MEASURE.search(text):
            scale = block_scale or doc_scale
        if named:
            block_scale = named
        times = [d for t in _TIME.finditer(text) if (d := _day(t)) is not None]
        if scale is not None and (named or _VALUE.search(text)):
            out.extend(
                _sentence_values(sent, text, scale, block_day, block_dtype, known, bare=bool(named))
            )
        if times:
            block_day = times[-1]
    return out
