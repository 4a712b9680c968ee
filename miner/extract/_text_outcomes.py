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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from miner.extract._context import Sentence, is_reported_elsewhere
from miner.extract._numbers import NUM, PM, SD_WORDS, SEM_WORDS, fold, parse_number
from miner.extract._outcome_labels import (
    AFTER,
    ARM_WORD,
    KNOWN_AFTER,
    RESPECTIVELY,
    group_names,
    known_after,
    known_before,
    known_label,
    label_before,
    valid_label,
)
from miner.extract._outcome_order import (
    clause_order,
    comparison_run,
    day_lists,
    from_to,
    one_group_series,
    respectively_in_turn,
    sentence_subject,
)
from miner.extract._outcome_references import back_reference, compared_with, than_object
from miner.extract._outcome_time import (
    TIME,
    TIME_AFTER,
    TIME_LIST,
    apply_codes,
    interleaved_times,
    time_codes,
    time_of,
)
from miner.parse.model import SectionKind

__all__ = [
    "SCALE_MAX",
    "SEM_ANY",
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
    r"\bscor(?:e|es|ed|ing)\b|locomot|hind-?\s?limb|motor\s+function|functional\s+recovery|"
    r"parapleg|paraly[sz]|\bwalk|weight[- ]support|\bstepping",
    re.IGNORECASE,
)
# ... unless they speak of another measure.
_OTHER_MEASURE: Final = re.compile(
    r"inclined\s+plane|Tarlov|footprint|grid[- ]walk|rotarod|ladder|\bMEPs?\b|amplitude|latency|"
    r"lesion\s+(?:area|volume|size)|cavity|histolog|pain|withdrawal|threshold|\bIOD\b|density|expression|"
    r"positive\s+cells|\bcells\b|\bnumber\s+of|neurons?\b|axons?\b|\bratio\b|fold|percentage|proportion|"
    r"\blevels?\b|concentration|body\s+weight|volume|\barea\b|intensity|protein|mRNA|"
    # Other rating scales than BBB and BMS.
    r"Louisville|swim|\bLSS\b|\bmNSS\b|Rivlin|\bCBS\b|combined\s+behaviou?ral",
    re.IGNORECASE,
)
_VALUE: Final = re.compile(
    rf"(?<![\w.])(?P<m>{NUM})\s*(?:{PM}\s*(?P<d>{NUM})|[(\[]\s*(?:(?:SD|SEM|S\.E\.M\.?)\s*[=:,]?\s*)?(?P<d2>{NUM})\s*[)\]]"
    # A median with its interquartile range: "11 (IQR 9-12)", "11 [interquartile range, 9 to 12]".
    rf"|[(\[]\s*(?:IQR|interquartile\s+range)\s*[=:,]?\s*{NUM}\s*(?:-|to|,)\s*{NUM}\s*[)\]])"
    r"(?!\s*(?:%|°|nm|mm|µm|um\b|g\b|mg|ml|mL|s\b|sec|min|h\b|hours?|days?|weeks?|d\b|/))"
)
_NOT_OWN: Final = re.compile(
    r"sub-?scores?|sub-?scale|\bet\s+al\b|previous(?:ly)?\s+(?:stud|report|publish)|other\s+stud|"
    r"(?:were|was|been|as)\s+reported\s+(?:by|in|previously)|\bin\s+(?:their|that|those)\s+stud",
    re.IGNORECASE,
)


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
    how: str  # how the group was found: before | after | respectively | parallel (| restated)
    bare: bool = False  # a mean written without SD/SEM ("was 12 compared with 8")


# Every name in ``_SCALES`` holds one of these: most sentences are ruled out by one cheap search.
_SCALE_HINT: Final = re.compile(r"BBB|BMS|Basso", re.IGNORECASE)


def sentence_scale(text: str) -> str | None:
    """The locomotor scale a sentence names ("BBB" or "BMS"), or None."""
    if not _SCALE_HINT.search(text):
        return None
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


# "mean ± SE" and "± s.e." name the standard error as much as "SEM" does.
SEM_ANY: Final = re.compile(rf"{SEM_WORDS.pattern}|(?-i:\bSE\b)|\bs\.e\.(?!m)", re.IGNORECASE)


def _dtype(text: str) -> str | None:
    sem, sd = bool(SEM_ANY.search(text)), bool(SD_WORDS.search(text))
    return None if sem == sd else ("sem" if sem else "sd")


# A mean written without dispersion, in a sentence that names the scale: "was 12 compared with 8".
# The empty groups d/d2 keep the shape of ``_VALUE`` matches.
_BARE: Final = re.compile(
    r"(?<![\w.,±/-])(?P<m>\d{1,2}(?:\.\d{1,2})?)(?P<d>(?!))?(?P<d2>(?!))?"
    r"(?![\w%/]|\.\d|\s*(?:±|\+/-|\+-|\((?!\s*P\s*[<=>≤]|\s*[A-Za-z])|%|[-–]\s*\d|,\s*\d|days?\b|d\b|weeks?|wks?|h\b|hours?|months?|rats|mice|"
    r"animals|groups?|times|points?|[µμu]|mg|ml|mm|or\s+\d|to\s+\d))"
)
_BARE_LINK: Final = re.compile(
    r"(?:\b(?:was|were|of|reached|to|scored|score|scores|had|than|vs\.?|versus|against|whereas|while|"
    r"compared\s+(?:with|to)|(?:remained|stayed|stood|were|was)\s+(?:only\s+)?at)|:|=|\band)\s*$",
    re.IGNORECASE,
)
_BARE_NOT: Final = re.compile(
    r"(?:\bn\s*=|\b[PFtr]\s*[<=>≤]|\((?:\d+\s*,\s*)?|\b(?:days?|weeks?|figure|fig\.|table|panel|scale|"
    r"from|between|range)|\bof\s+\d+\s+to)\s*$",
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
_LIST_ITEM: Final = re.compile(
    r"(?:^|[:;,(]|\band)\s*(?P<l>(?:the\s+)?[^\s:;,()]+(?:\s*\+\s*[^\s:;,()]+)*"
    r"(?:\s+(?:groups?|rats|mice|animals))?)\s*[:=]?\s*$",
    re.IGNORECASE,
)


def _bare_values(text: str, values: Sequence[re.Match[str]], scale: str) -> list[re.Match[str]]:
    taken = [(v.start(), v.end()) for v in values]
    taken += [(t.start(), t.end()) for t in TIME.finditer(text)]
    taken += [(t.start(), t.end()) for t in TIME_LIST.finditer(text)]
    out: list[re.Match[str]] = []
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
        if re.match(r"\s*\((?!\s*P\s*[<=>≤])", text[b.end() :]):
            continue  # "11 (n = 8)", "11 (Fig. 3)": a bracket that is no group, as before
        opens = bool(_OPENER.search(before) and _BARE_OPENS.match(text, b.end()))
        if _BARE_NOT.search(before) and not opens:
            continue
        if not opens and not _BARE_LINK.search(before):
            item = _LIST_ITEM.search(before) if values or out else None
            if item is None or not label_before(item["l"]):
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


def _is_change(text: str, values: Sequence[re.Match[str]], i: int) -> bool:
    start = values[i - 1].end() if i else 0
    return bool(_CHANGE_BEFORE.search(text[max(start, values[i].start() - 90) : values[i].start()]))


_CLAUSE_BREAK: Final = re.compile(
    r";|,\s*(?:while|whereas|but|and|although|though|then)\b|\b(?:while|whereas)\b", re.IGNORECASE
)


def _opens_clause(text: str, values: Sequence[re.Match[str]], t: re.Match[str]) -> bool:
    """The sentence's first time point opens a later clause with values of its own, so it does not
    date the values before it: "Sham rats kept a score of 21 throughout, while at day 28 ..."."""
    before = [v for v in values if v.end() <= t.start()]
    if not before or not any(v.start() >= t.end() for v in values):
        return False
    return bool(_CLAUSE_BREAK.search(text[before[-1].end() : t.start()]))


def _sentence_values(
    sent: Sentence,
    text: str,
    scale: str,
    carried_day: float | None,
    block_dtype: str | None,
    known: Sequence[str] = (),
    *,
    bare: bool = False,
    carried: Sequence[str] = (),
    earlier: Sequence[str] = (),
) -> list[TextValue]:
    values = [
        v
        for v in _VALUE.finditer(text)
        if (m := parse_number(v["m"])) is not None and 0 <= m <= SCALE_MAX[scale]
    ]
    if bare:
        values = sorted(values + _bare_values(text, values, scale), key=lambda v: v.start())
    values = [
        v
        for i, v in enumerate(values)
        if not _before_injury(text, values, i) and not _is_change(text, values, i)
    ]
    if not values:
        return []
    times = [(t, d) for t in TIME.finditer(text) if (d := time_of(t)) is not None]
    times = sorted(times + interleaved_times(text), key=lambda td: td[0].start())
    dtype = _dtype(text) or block_dtype
    n = len(values)
    # Where each value's group clause may start: the end of the previous value and its "in the X group".
    afters: list[re.Match[str] | None] = [
        AFTER.match(text[v.end() : (values[i + 1].start() if i + 1 < n else len(text))])
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
            label = known_after(after_text, known)
            if label:
                groups.append((label, "after"))
                continue
            prev_after = afters[i - 1] if i > 0 else None
            if i > 0 and prev_after is None:
                prev_known = KNOWN_AFTER.match(text[start:])
                if prev_known and known_label(
                    text[start + prev_known.end() :], known, at_end=False
                ):
                    label_prev = known_label(text[start + prev_known.end() :], known, at_end=False)
                    start += prev_known.end() + len(label_prev or "")
            label = known_before(text[start : v.start()], known)
            if label:
                groups.append((label, "before"))
                continue
        if a is not None:
            g2_arm = bool(a["g2"] and ARM_WORD.fullmatch(a["g2"]))
            if a["g4"]:
                groups.append(("untreated", "after"))
                continue
            if a["g5"]:
                groups.append((a["g5"], "after"))
                continue
            label = valid_label(a["g"] or a["g2"] or a["g3"], bool(a["g"]) or g2_arm)
            if label:
                groups.append((label, "after"))
                continue
        start = 0
        if i > 0:
            start = values[i - 1].end()
            prev_after = afters[i - 1]
            if prev_after is not None:
                start += prev_after.end()
        label = label_before(text[start : v.start()])
        groups.append((label, "before") if label else None)
    resp = RESPECTIVELY.search(text)
    if resp:
        names = [
            x.strip() for x in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", resp["list"])
        ]
        run = [i for i, v in enumerate(values) if v.end() <= resp.start()][-len(names) :]
        first = names[0].lower() if names else ""
        if (
            len(run) == len(names)
            and groups[run[-1]] is not None
            and groups[run[-1]][1] == "after"  # type: ignore[index]
            and groups[run[-1]][0].lower() == first  # type: ignore[index]
            and all(groups[i] is None for i in run[:-1])
        ):
            # "11.0 ± 0.8 and 8.9 ± 0.7 for RVG-Exo and Exo, respectively": the list's first label
            # right after the last value is not that value's group.
            groups[run[-1]] = None
    if resp and any(g is None for g in groups):
        missing = [i for i, v in enumerate(values) if v.end() <= resp.start() and groups[i] is None]
        if len(names) == len(missing):
            for i, name in zip(missing, names, strict=True):
                label = valid_label(name, True)
                if label:
                    groups[i] = (label, "respectively")
    # Time point of each value: the last one written before it, else the first after it.
    days: list[float | None] = []
    slots: list[int] = []
    for i, v in enumerate(values):
        prior = [(k, d) for k, (t, d) in enumerate(times) if t.end() <= v.start()]
        following = TIME_AFTER.match(text, v.end())
        nxt = [
            (k, t) for k, (t, d) in enumerate(times) if following and t.start() == following.end()
        ]
        # "..., at 21 dpi 4.6 (0.9) vs 2.9": a time point run straight into the next value opens
        # the next comparison; it does not date the value before it.
        leads = (
            bool(nxt) and i + 1 < n and not text[nxt[0][1].end() : values[i + 1].start()].strip()
        )
        if (
            nxt
            and following
            and not leads
            and (i + 1 == n or values[i + 1].start() > following.end())
        ):
            k, d = nxt[0][0], times[nxt[0][0]][1]  # "6.2 ± 0.8 at day 7, 9.1 at day 14"
        elif prior:
            k, d = prior[-1]
        elif times and not _opens_clause(text, values, times[0][0]):
            k, d = 0, times[0][1]
        elif times:
            k, d = -1, None
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
        if j == 0 and len(carried) == len(idx) and all(groups[i] is None for i in idx):
            # "(Exo 0.8 (0.6); SCI 0.7 (0.6)). At T2 scores were 4.6 (1.2) and 3.4 (1.1)": the
            # previous sentence's comparison, in its order.
            for i, name in zip(idx, carried, strict=True):
                groups[i] = (name, "parallel")
        if all(groups[i] is not None for i in idx) or j == 0:
            continue
        prev = by_slot[ordered[j - 1]]
        labels = [groups[i] for i in prev]
        if len(prev) == len(idx) and all(g is not None for g in labels):
            for i, g in zip(idx, labels, strict=True):
                if groups[i] is None and g is not None:
                    groups[i] = (g[0], "parallel")
    respectively_in_turn(text, values, groups, days, times)
    from_to(text, values, groups)
    clause_order(text, values, groups, known)
    comparison_run(text, values, groups, known)
    # After the readers that go by the order groups are mentioned in: "Compared with PBS, Exo
    # improved … (a vs b)" names the groups in the reverse order of their values.
    compared_with(text, values, groups)
    day_lists(text, values, groups, days, known)
    one_group_series(text, groups, days, known)
    than_object(text, values, groups, known)
    sentence_subject(text, values, groups, known)
    back_reference(text, values, groups, days, earlier, known)
    out = []
    for v, g, day in zip(values, groups, days, strict=True):
        mean = parse_number(v["m"])
        if g is None or day is None or mean is None:
            continue
        raw_disp = v["d"] or v["d2"]
        disp = parse_number(raw_disp) if raw_disp else None
        out.append(TextValue(scale, g[0], day, mean, disp, dtype, sent, g[1], raw_disp is None))
    return out


_DIGIT: Final = re.compile(r"\d")
_TEXT_SECTIONS: Final = (
    SectionKind.RESULTS,
    SectionKind.ABSTRACT,
    SectionKind.FIGURE_CAPTION,
    SectionKind.OTHER,
)


class _BlockContext:
    """Per paragraph: does it speak of scores at all, and does it say SD or SEM anywhere.

    Worked out on first use: only paragraphs with a number in them are ever asked about.
    """

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._texts: dict[int, list[str]] = {}
        for s in sentences:
            self._texts.setdefault(s.block_index, []).append(s.text)
        self._done: dict[int, tuple[bool, str | None]] = {}

    def get(self, block: int) -> tuple[bool, str | None]:
        if block not in self._done:
            parts = self._texts.get(block)
            if parts is None:
                self._done[block] = (False, None)
            else:
                text = fold(" ".join(parts))
                scored = bool(_SCORE_WORD.search(text) or sentence_scale(text))
                self._done[block] = (scored, _dtype(text))
        return self._done[block]


def _comparison(values: Sequence[TextValue]) -> list[str]:
    """The groups of a sentence's last complete comparison (two or more groups at one day), in order."""
    by_day: dict[float, list[TextValue]] = {}
    for v in values:
        by_day.setdefault(v.day, []).append(v)
    for vals in reversed(list(by_day.values())):
        names = [v.group for v in vals]
        if len(names) >= 2 and len({n.lower() for n in names}) == len(names):
            return names
    return []


def text_values(
    sentences: Sequence[Sentence],
    known: Sequence[str] = (),
    *,
    fallback_scale: str | None = None,
    codes: Mapping[str, float | None] | None = None,
) -> list[TextValue]:
    """Every locomotor score stated in the results, abstract or captions, in reading order.

    A sentence counts when it names the scale, or when its paragraph speaks of
    scores or hind-limb function and the paper uses a single scale; values are
    bounded by the scale's range (BBB 0-21, BMS 0-9). ``known`` are the paper's group
    labels (from its tables and methods), longest first: they are read as written.

    With ``fallback_scale``, sentences that name no scale and whose paragraph does
    not speak of scores still give their values, marked ``how="restated"``: the
    caller keeps them only where they repeat a table's value. ``codes`` are the paper's
    time codes (``time_codes``) when the caller has them already.
    """
    doc_scale = document_scale(sentences)
    # "T1 (day 1) ... T4 (day 28)" in the methods, "at T2 scores were ..." in the results.
    if codes is None:
        codes = time_codes(s.text for s in sentences)
    context = _BlockContext([s for s in sentences if s.section in _TEXT_SECTIONS])
    # A results subsection the parser filed under the methods ("Animals excluded", then
    # "Locomotor recovery"): its sentences count only where they repeat a table's value.
    restate_only = {SectionKind.METHODS} if fallback_scale else set()
    out: list[TextValue] = []
    block, block_scale, block_day = -1, None, None
    carried: list[str] = []
    # The paragraph's sentences so far, for "they were a and b" (groups named earlier).
    earlier: list[str] = []
    # Sentences read since the paragraph's last time point was worked out: the time point
    # carried into a sentence is looked up only when a sentence has values to date.
    pending: list[str] = []

    def carried_day() -> float | None:
        nonlocal block_day
        for prev in reversed(pending):
            times = [d for t in TIME.finditer(prev) if (d := time_of(t)) is not None]
            if times:
                block_day = times[-1]
                break
        pending.clear()
        return block_day

    for sent in sentences:
        if sent.block_index != block:
            block, block_scale, block_day, carried = sent.block_index, None, None, []
            earlier = []
            pending.clear()
        if sent.section in restate_only:
            if is_reported_elsewhere(sent.text) or _NOT_OWN.search(sent.text):
                continue
            text = apply_codes(fold(sent.text), codes)
            if fallback_scale and not _OTHER_MEASURE.search(text) and _DIGIT.search(text):
                found = _sentence_values(
                    sent, text, fallback_scale, None, None, known, bare=True, carried=()
                )
                out.extend(replace(v, how="restated") for v in found)
            continue
        if sent.section not in _TEXT_SECTIONS or is_reported_elsewhere(sent.text):
            continue
        if _NOT_OWN.search(sent.text):
            continue  # BBB subscores, or scores quoted from other studies
        text = apply_codes(fold(sent.text), codes)
        named = sentence_scale(text)
        if not _DIGIT.search(text):
            # No number, no score: the sentence only names the scale or a time point for the
            # sentences after it ("four weeks after injury ...").
            block_scale = named or block_scale
            pending.append(text)
            earlier.append(text)
            continue
        with_disp = _VALUE.search(text) is not None
        other: bool | None = None  # does it speak of another measure (looked up when needed)
        scale, restated = named, False
        if scale is None and with_disp:
            other = bool(_OTHER_MEASURE.search(text))
            if not other:
                if context.get(sent.block_index)[0]:
                    scale = block_scale or doc_scale
                elif fallback_scale:
                    scale, restated = fallback_scale, True
        if named:
            block_scale = named
        if scale is not None and (named or with_disp):
            # Means without SD/SEM count where the sentence names the scale, or where it also
            # gives scores with SD/SEM in a paragraph about scores: "(hucMSC-Exo, 0.6 ± 0.2; PBS,
            # 0.5 ± 0.2), and on day 3 the two groups still did not differ (1.9 vs 1.6)".
            bare = bool(named) or not restated
            block_dtype = context.get(sent.block_index)[1]
            found = _sentence_values(
                sent, text, scale, carried_day(), block_dtype, known, bare=bare, carried=carried,
                earlier=earlier,
            )  # fmt: skip
            if restated:
                found = [replace(v, how="restated") for v in found]
            out.extend(found)
            carried = _comparison(found) or carried
        if fallback_scale and not named:
            if other is None:
                other = bool(_OTHER_MEASURE.search(text))
            if not other:
                # Means without SD/SEM in a sentence that does not name the scale ("reached
                # 12.8 by week 8, against 7.6 in the PBS group"): kept only where a table has
                # them too. Their dispersion type does not matter: they have none.
                extra = _sentence_values(
                    sent, text, fallback_scale, carried_day(), None, known, bare=True,
                    carried=carried,
                )  # fmt: skip
                out.extend(replace(v, how="restated") for v in extra if v.bare)
        pending.append(text)
        earlier.append(text)
    return out
