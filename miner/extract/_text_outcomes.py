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
_TIME: Final = re.compile(
    r"(?:\b(?:post[- ]?(?:injury|operative|operation|SCI)\s+)?(?P<kw>day|week|wk)\s+(?P<n1>\d+)\b"
    r"|\b(?P<n2>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]*(?P<u>days?|weeks?|d|dpi|wpi|w|wks?)\b)",
    re.IGNORECASE,
)
_SEM: Final = re.compile(r"\bSEM\b|\bS\.E\.M\.?|standard\s+error", re.IGNORECASE)
_SD: Final = re.compile(r"\bSD\b|\bS\.D\.?|standard\s+deviation", re.IGNORECASE)

# One word of a group label: "Exo", "SCI", "BMSC-Exos", "Exo-miR-26a", "vehicle-treated".
_TOK: Final = r"[A-Za-z0-9α-ωΑ-Ω][\w\-/'α-ωΑ-Ω]*"
_PHRASE: Final = rf"{_TOK}(?:\s*\+\s*{_TOK})*"
_GROUP_WORD: Final = r"(?:groups?|rats|mice|animals|cohorts?|arms?)"
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
_STOP: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "for",
        "to",
        "at",
        "on",
        "by",
        "and",
        "or",
        "with",
        "than",
        "versus",
        "vs",
        "was",
        "were",
        "had",
        "has",
        "is",
        "are",
        "that",
        "those",
        "this",
        "these",
        "it",
        "its",
        "their",
        "both",
        "all",
        "each",
        "group",
        "groups",
        "rats",
        "mice",
        "animals",
        "score",
        "scores",
        "bbb",
        "bms",
        "mean",
        "sem",
        "sd",
        "se",
        "p",
        "n",
        "day",
        "days",
        "week",
        "weeks",
        "d",
        "dpi",
        "wpi",
        "compared",
        "whereas",
        "while",
        "but",
        "significantly",
        "higher",
        "lower",
        "time",
        "point",
        "points",
        "value",
        "values",
        "respectively",
        "control",
        "treated",
        "treatment",
        "injury",
        "post",
        "after",
        "following",
    ]
)
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
        # Without "group"/"rats" after it, a label must look like one: "SCI", "Exo", "Exo-miR-26a".
        if len(words) > 1 and "+" not in label:
            return None
        if not re.search(r"[A-Z0-9\-+]", label):
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
    phrase = m["g"]
    if re.search(r"\b(?:after|post|following|since)\s*-?\s*$", s[: m.start()], re.IGNORECASE):
        return None  # "28 days after SCI, 11.2 ± 1.3": the injury, not a group
    if not gw:
        # Without a group word only the last label is taken: "(SCI 2.9 ..., Exo 3.6 ...)".
        last = re.search(rf"(?:{_PHRASE})$", phrase)
        phrase = last.group(0) if last else phrase
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
    r"^\s*\)?\s*,?\s*(?:\([^()]{0,40}\)\s*)?(?:in|for|of|with)\s+(?:the\s+)?", re.IGNORECASE
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


def _day(m: re.Match[str]) -> float | None:
    n = m["n1"] or m["n2"]
    num = float(n) if n.isdigit() else word_number(n)
    if num is None:
        return None
    unit = (m["kw"] or m["u"] or "d").lower()
    return float(num) * (7 if unit.startswith("w") else 1)


def _sentence_values(
    sent: Sentence,
    text: str,
    scale: str,
    carried_day: float | None,
    block_dtype: str | None,
    known: Sequence[str] = (),
) -> list[TextValue]:
    values = [
        v
        for v in _VALUE.finditer(text)
        if (m := parse_number(v["m"])) is not None and 0 <= m <= SCALE_MAX[scale]
    ]
    if not values:
        return []
    times = [(t, d) for t in _TIME.finditer(text) if (d := _day(t)) is not None]
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
            label = _valid_label(a["g"] or a["g2"], bool(a["g"]))
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
    for v in values:
        prior = [(k, d) for k, (t, d) in enumerate(times) if t.end() <= v.start()]
        if prior:
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
    out = []
    for v, g, day in zip(values, groups, days, strict=True):
        mean = parse_number(v["m"])
        if g is None or day is None or mean is None:
            continue
        raw_disp = v["d"] or v["d2"]
        disp = parse_number(raw_disp) if raw_disp else None
        out.append(TextValue(scale, g[0], day, mean, disp, dtype, sent, g[1]))
    return out


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
        text = fold(sent.text)
        scored, block_dtype = context.get(sent.block_index, (False, None))
        named = sentence_scale(text)
        scale = named
        if scale is None and scored and not _OTHER_MEASURE.search(text):
            scale = block_scale or doc_scale
        if named:
            block_scale = named
        times = [d for t in _TIME.finditer(text) if (d := _day(t)) is not None]
        if scale is not None and _VALUE.search(text):
            out.extend(_sentence_values(sent, text, scale, block_day, block_dtype, known))
        if times:
            block_day = times[-1]
    return out
