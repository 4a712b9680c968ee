"""The scores of one sentence: each value with its group and its time point.

See ``_text_outcomes`` for the shapes sentences write them in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from miner.extract._context import Sentence
from miner.extract._numbers import interval_stat, parse_number, said_stat
from miner.extract._outcome_arms import DOSE_LEVELS, group_arm
from miner.extract._outcome_labels import (
    AFTER,
    ARM_WORD,
    KNOWN_AFTER,
    RESPECTIVELY,
    RESPECTIVELY_AFTER,
    known_after,
    known_before,
    known_label,
    label_before,
    mentions,
    valid_label,
)
from miner.extract._outcome_mention_find import find_mentions
from miner.extract._outcome_mentions import injured_run, mention_pass
from miner.extract._outcome_order import (
    clause_order,
    comparison_run,
    day_lists,
    from_to,
    from_to_days,
    one_group_series,
    respectively_in_turn,
    sentence_subject,
    subject_list,
    undated_change_starts,
)
from miner.extract._outcome_pairs import TableValues, implicit_pairs, table_pairs
from miner.extract._outcome_references import (
    SERIES_LINK,
    back_reference,
    cohort_guard,
    compared_with,
    pair_runs,
    than_object,
    two_arm_pairs,
)
from miner.extract._outcome_scale import SCALE_MAX, dispersion_type
from miner.extract._outcome_time import (
    TIME,
    TIME_AFTER,
    interleaved_times,
    scoring_time_of,
)
from miner.extract._outcome_values import (
    VALUE,
    bare_values,
    before_injury,
    is_change,
    within_bounds,
)

__all__ = ["TextValue", "sentence_values"]


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
    stat: str = "mean"  # "median" for "11 (IQR 9-12)", or a bare value the sentence calls a median


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


# "12.4 ± 1.3 after miR-Exo, 9.3 ± 1.2 after ...": the label closing the previous value.
_AFTER_GIVEN: Final = re.compile(r"^\s*+\)?\s*+,?\s*+(?:after|following)\s+(?:the\s+)?", re.IGNORECASE)
_THROUGHOUT: Final = re.compile(
    r"\s*+\)?\s*+,?\s*+(?:at\s+(?:every|each|all)\s+(?:the\s+)?time[- ]?points?|throughout|at\s+all\s+times"
    r"|during\s+the\s+(?:whole|entire)|over\s+the\s+(?:whole|entire))",
    re.IGNORECASE,
)
_PAIR_VS: Final = re.compile(r"\s*+(?:vs\.?|versus|against)\s*", re.IGNORECASE)


def _carried_order(
    text: str,
    values: Sequence[re.Match[str]],
    idx: Sequence[int],
    carried: Sequence[str],
    known: Sequence[str],
) -> list[str | None]:
    """The previous comparison's groups for the values ``idx``: in their order where this sentence
    names no group before them; the named group first where it names one of a pair set against
    each other ("the sEV group had pulled ahead (6.2 ± 0.5 vs. 4.4 ± 0.5)"); else none."""
    named = mentions(text[: values[idx[0]].start()], known)
    if not named:
        return list(carried)
    if len(named) != 1 or len(idx) != 2 or len(carried) != 2:
        return [None] * len(idx)
    if not _PAIR_VS.fullmatch(text[values[idx[0]].end() : values[idx[1]].start()]):
        return [None] * len(idx)
    # The named group is one of the pair: by its label, else by its arm ("the exosome group").
    low = [c.lower() for c in carried]
    if named[0].lower() in low:
        at = low.index(named[0].lower())
    else:
        arm = group_arm(named[0])
        same = [k for k, c in enumerate(carried) if group_arm(c) == arm]
        if arm == "other" or len(same) != 1:
            return [None] * len(idx)
        at = same[0]
    return [carried[at], carried[1 - at]]


_LIST_AFTER: Final = re.compile(
    r"\s*\)?\s*(?:for|in|of)\s+(?:the\s+)?(?P<list>[^;,.()]+?(?:,\s*[^;,.()]+?)*)\s+(?:groups|rats|animals)\b",
    re.IGNORECASE,
)
_RUN_JOIN: Final = re.compile(r"(?<!\s)(?:\s*+,\s*+(?:and\s++)?|\s++and\s++)$", re.IGNORECASE)


_PAIR_OPEN: Final = re.compile(r"\(\s*$")
_COMPARED: Final = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to|"
    # "X outperformed Y (a vs. b)": a verb that sets its subject above its object.
    r"outperform(?:s|ed)?|exceed(?:s|ed)?|surpass(?:es|ed)?|outscor(?:es|ed))(?!\w)",
    re.IGNORECASE,
)
_PAIR_LINK: Final = re.compile(r"^\s*,?\s*(?:vs\.?|versus)\s*$", re.IGNORECASE)


def _bracketed_pairs(
    text: str, values: Sequence[re.Match[str]], groups: list[tuple[str, str] | None]
) -> None:
    """ "X scored higher than Y (a vs. b)": the label right before the bracket is the last one
    the clause names, not the first value's; the pair is read in the order the clause names its
    groups (by the bracket readers), whatever way the values write their spread."""
    for i in range(len(values) - 1):
        g = groups[i]
        if g is None or g[1] != "before" or groups[i + 1] is not None:
            continue
        head = text[: values[i].start()]
        if not _PAIR_OPEN.search(head) or not _PAIR_LINK.match(
            text[values[i].end() : values[i + 1].start()]
        ):
            continue
        # Only where the label is the object of the comparison ("than Y (a vs. b)"); "X improved
        # scores at day 28 (a vs. b)" names its subject there, and the first value is its own.
        obj = [m for m in _COMPARED.finditer(head)]
        if obj and g[0].lower() in head[obj[-1].end() :].lower():
            groups[i] = None


def _group_list_after(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    known: Sequence[str],
) -> None:
    """ "a and b for the Vehicle and Exo groups" (no "respectively"): the list names the run of
    values before it in order; the first label alone is not the last value's group."""
    for i, v in enumerate(values):
        g = groups[i]
        if g is None or g[1] != "after":
            continue
        m = _LIST_AFTER.match(text, v.end())
        if m is None or "respectively" in text[m.end() : m.end() + 20].lower():
            continue
        items = [
            x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["list"]) if x.strip()
        ]
        if len(items) < 2:
            continue
        labels = [known_label(x, known, at_end=False) or valid_label(x, False) for x in items]
        run = [i]
        while run[0] > 0 and _RUN_JOIN.fullmatch(
            text[values[run[0] - 1].end() : values[run[0]].start()]
        ):
            run.insert(0, run[0] - 1)
        if (
            len(run) == len(items)
            and None not in labels
            and all(groups[k] is None for k in run[:-1])
        ):
            for k, label in zip(run, labels, strict=True):
                groups[k] = (label or "", "respectively")
        else:
            groups[i] = None


_LEVEL: Final = re.compile(rf"(?:{DOSE_LEVELS})", re.IGNORECASE)


def _shared_head(names: list[str], known: Sequence[str], tail: str = "") -> list[str]:
    """A list whose items share the last one's head noun, written once: "the low-, medium- and
    high-dose groups", "for the low, middle and high dose" name three doses, not "low-" and "low".
    Dose levels resolve to the paper's own labels where they are known ("Exo-L")."""
    if len(names) < 2:
        return names
    last = re.match(
        rf"^(?P<level>{_LEVEL.pattern})(?P<head>[- ]dose)$", names[-1] + tail, re.IGNORECASE
    )
    if last is None:
        return names
    out = []
    for name in names:
        item = name.rstrip("-").strip()
        if _LEVEL.fullmatch(item):
            item += last["head"]
        elif not re.fullmatch(rf"{_LEVEL.pattern}[- ]dose", item, re.IGNORECASE):
            return names  # not a list of dose levels
        found = find_mentions(item, known)
        out.append(found[0].label if len(found) == 1 else item)
    return out




def _days_in_turn(
    text: str,
    values: Sequence[re.Match[str]],
    days: list[float | None],
    groups: Sequence[tuple[str, str] | None],
) -> None:
    """ "reaching a on day 14 and b on day 28, whereas vehicle rats reached c and d": an undated run
    of values after a run of as many values at distinct days takes those days in turn (not the
    last day written before it).

    The run before must be one group's series: "... 6.4 (G2); by day 28, G4 had recovered to
    11.6, whereas G3 and G2 plateaued at 7.3 and 7.0" sets groups side by side at day 28."""
    n = len(values)
    i = 1
    while i < n:
        j = i
        while j + 1 < n and SERIES_LINK.fullmatch(text, values[j].end(), values[j + 1].start()):
            j += 1
        size = j - i + 1
        if size >= 2 and i - size >= 0:
            prev = list(range(i - size, i))
            # The gap may hold only the time point dating the previous run's last value.
            own = TIME_AFTER.match(text, values[prev[-1]].end())
            own_time = TIME.match(text, own.end()) if own else None
            span = text[own_time.end() if own_time else values[prev[-1]].end() : values[j].end()]
            dated = [days[k] for k in prev]
            named = {g[0].lower() for k in prev if (g := groups[k]) is not None}
            if (
                None not in dated
                and len(named) <= 1
                and len(set(dated)) == size
                and dated == sorted(dated)  # type: ignore[type-var]
                and not TIME.search(span)
                and not TIME_AFTER.match(text, values[j].end())
                and {days[k] for k in range(i, j + 1)} == {dated[-1]}
            ):
                for k, d in zip(range(i, j + 1), dated, strict=True):
                    days[k] = d
        i = j + 1


def _list_tail(
    text: str, values: Sequence[re.Match[str]], groups: list[tuple[str, str] | None]
) -> None:
    """ "while Ctl-V and vehicle rats scored a and b": the label closing a list of names is not the
    first value's when a run of values follows; the list reader pairs them, or they stay empty."""
    for i in range(len(values) - 1):
        g = groups[i]
        if g is None or g[1] != "before":
            continue
        if not SERIES_LINK.fullmatch(text, values[i].end(), values[i + 1].start()):
            continue
        seg = text[values[i - 1].end() if i else 0 : values[i].start()]
        at = seg.lower().rfind(g[0].lower())
        # A name right before "and"/",": a list ("Ctl-V and vehicle rats"); ", and the SCI
        # group" after a value joins a clause instead.
        if at > 0 and re.search(
            r"[A-Za-z0-9][\w+-]*\s*(?:\band|\bor|,)\s*(?:the\s+)?$", seg[:at], re.IGNORECASE
        ):
            groups[i] = None


# The words that link a label to the value after it: "in Exo to 6.0", "for PBS, 5.1", "SCI: 4.8".
_LINKS_ON: Final = re.compile(r"(?:\bto|\bwas|\bwere|\bat|:|=)\s*$", re.IGNORECASE)


# A clause of its own after a value: "..., with MP at 7.9", "; with the vehicle group at 6.8".
_WITH_OPENS: Final = re.compile(r"\s*+[)\]]?\s*+[,;]\s*+(?:and\s++)?with\s", re.IGNORECASE)


def _opens_next(between: str, label: str, known: Sequence[str]) -> bool:
    """ "amounted to 7.4 (1.2), in Exo to 6.0 (1.2) and in SCI to 4.8": the label after a value
    that links straight on to the next value is that value's, not the one before it."""
    if between.lower().count(label.lower()) != 1:
        return False
    before = known_before(between, known) if known else label_before(between)
    return before is not None and before.lower() == label.lower()


def _run_before(text: str, values: Sequence[re.Match[str]], at: int) -> list[int]:
    """The values joined by commas/"and" that end right before ``at`` ("a and b, respectively")."""
    last = [i for i, v in enumerate(values) if v.end() <= at]
    if not last or not re.fullmatch(r"\s*,?\s*", text[values[last[-1]].end() : at]):
        return []
    run = [last[-1]]
    while run[0] > 0 and SERIES_LINK.fullmatch(text, values[run[0] - 1].end(), values[run[0]].start()):
        run.insert(0, run[0] - 1)
    return run


def sentence_values(
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
    design: Sequence[str] = (),
    table: TableValues | None = None,
) -> list[TextValue]:
    values = [
        v
        for v in VALUE.finditer(text)
        if (m := parse_number(v["m"])) is not None
        and 0 <= m <= SCALE_MAX[scale]
        and within_bounds(v)
    ]
    if bare:
        values = sorted(values + bare_values(text, values, scale), key=lambda v: v.start())
    values = [
        v
        for i, v in enumerate(values)
        if not before_injury(text, values, i) and not is_change(text, values, i)
    ]
    if not values:
        return []
    found_times = list(TIME.finditer(text))
    # "at day 14 (7.8)": the day's number with a score in brackets after it is no "mean (SD)".
    values = [v for v in values if not any(t.start() <= v.start("m") < t.end() for t in found_times)]
    if not values:
        return []
    times = [(t, d) for t in found_times if (d := scoring_time_of(t)) is not None]
    times = sorted(times + interleaved_times(text), key=lambda td: td[0].start())
    dtype = dispersion_type(text) or block_dtype
    n = len(values)
    # Where each value's group clause may start: the end of the previous value and its "in the X group".
    afters: list[re.Match[str] | None] = [
        AFTER.match(text[v.end() : (values[i + 1].start() if i + 1 < n else len(text))])
        for i, v in enumerate(values)
    ]
    # Values whose following label opens the next value's clause ("a, in Exo to b").
    opens_next: set[int] = set()
    for i in range(n - 1):
        between = text[values[i].end() : values[i + 1].start()]
        a = afters[i]
        after_label = (known_after(between, known) if known else None) or (
            (a["g"] or a["g3"]) if a is not None else None
        )
        if not after_label or not _opens_next(between, after_label, known):
            continue
        # "..., 6.0 in SCI": the next value has its group after it; the label is the one before.
        rest = text[values[i + 1].end() : values[i + 2].start() if i + 2 < n else len(text)]
        has_own_after = (known_after(rest, known) if known else None) or afters[i + 1]
        if has_own_after and not _LINKS_ON.search(between):
            continue
        # Only where the value before has a group of its own before it ("the Exo group was a").
        own = text[values[i - 1].end() if i else 0 : values[i].start()]
        if (known_before(own, known) if known else label_before(own)) is None and not (
            # "a versus b, with MP at c": "with X at" opens a clause of X's own whatever the
            # values before it are.
            _WITH_OPENS.match(between) and _LINKS_ON.search(between)
        ):
            continue
        opens_next.add(i)
        afters[i] = None
    groups: list[tuple[str, str] | None] = []
    for i, v in enumerate(values):
        a = afters[i]
        start = values[i - 1].end() if i > 0 else 0
        if known:
            # The paper's own group labels (from its tables and group list) are read
            # as they are written, even multi-word ones ("EV-low dose", "for Vehicle").
            after_text = text[v.end() : (values[i + 1].start() if i + 1 < n else len(text))]
            label = None if i in opens_next else known_after(after_text, known)
            if label:
                groups.append((label, "after"))
                continue
            prev_after = afters[i - 1] if i > 0 else None
            if i > 0 and prev_after is None and i - 1 not in opens_next:
                prev_known = KNOWN_AFTER.match(text[start:]) or _AFTER_GIVEN.match(text[start:])
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
            if a["g6"]:
                groups.append((a["g6"], "after"))
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
    _bracketed_pairs(text, values, groups)
    _group_list_after(text, values, groups, known)
    resp = RESPECTIVELY.search(text) or RESPECTIVELY_AFTER.search(text)
    if resp:
        names = _shared_head(
            [
                x.strip()
                for x in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", resp["list"])
            ],
            known,
            " dose" if resp["dose"] else "",
        )
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
    # "(a and b, respectively, for X and Y)" read with fewer or more values than the list names: the
    # run is not read at all (the nearest label after it is not its last value's group).
    unsure: list[int] = []
    if resp and resp.re is RESPECTIVELY_AFTER:
        unsure = _run_before(text, values, resp.start())
        if len(unsure) == len(names):
            unsure = []
    if resp and any(g is None for g in groups):
        missing = [i for i, v in enumerate(values) if v.end() <= resp.start() and groups[i] is None]
        if len(names) == len(missing):
            bare = resp.re is RESPECTIVELY and bool(resp["bare"])
            labels = [valid_label(name, not bare) for name in names]
            if bare and None in labels:
                labels = []  # "for days, weeks and months": not every item looks like a label
            for i, label in zip(missing, labels, strict=False):
                if label:
                    groups[i] = (label, "respectively")
    _list_tail(text, values, groups)
    injured_run(text, values, groups, known)
    subject_list(text, values, groups)
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
        if _THROUGHOUT.match(text, v.end()) and times:
            # "scored 0-1 on the first day, whereas sham rats scored 21 at every time point": the
            # sentence's own time point is not the value's (the paragraph's may be: "... at D28.
            # Sham rats kept 21 during the whole experiment").
            d = None
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
            # previous sentence's comparison, in its order; unless this sentence names a group
            # of its own first ("By week 2 the sEV group had pulled ahead (a vs. b)").
            for i, name in zip(idx, _carried_order(text, values, idx, carried, known), strict=True):
                if name:
                    groups[i] = (name, "parallel")
        if all(groups[i] is not None for i in idx) or j == 0:
            continue
        prev = by_slot[ordered[j - 1]]
        prev_groups = [groups[i] for i in prev]
        if len(prev) == len(idx) and all(g is not None for g in prev_groups):
            for i, pg in zip(idx, prev_groups, strict=True):
                if groups[i] is None and pg is not None:
                    groups[i] = (pg[0], "parallel")
    _days_in_turn(text, values, days, groups)
    respectively_in_turn(text, values, groups, days, times)
    from_to_days(text, values, days, times)
    from_to(text, values, groups)
    clause_order(text, values, groups, known)
    comparison_run(text, values, groups, known, days)
    # After the readers that go by the order groups are mentioned in: "Compared with PBS, Exo
    # improved … (a vs b)" names the groups in the reverse order of their values.
    compared_with(text, values, groups)
    day_lists(text, values, groups, days, known)
    one_group_series(text, groups, days, known)
    than_object(text, values, groups, known)
    sentence_subject(text, values, groups, known)
    back_reference(text, values, groups, days, earlier, known, design)
    found = mention_pass(text, values, groups, days, known)
    # "Group III improved faster: a at T2 and b at T3, compared with c and d in Group II": the
    # subject's run, once the mention pass has named the values after it.
    sentence_subject(text, values, groups, known, days)
    # "from a to b after saline": the mention pass named the second value's group.
    from_to(text, values, groups)
    # "The X group scored higher (a vs b), and at week 4 c and d, respectively": a pair, repeated.
    pair_runs(text, values, groups, days, known)
    # An unnamed pair whose values are the table's, each one group's at that day: the table's groups.
    table_pairs(text, values, groups, days, scale, table or {})
    # Last: "(day 7, 8.6 (1.8) vs 6.8 (1.7))" in a two-arm paper, when nothing else named them.
    two_arm_pairs(text, values, groups, days, known)
    # Then pairs whose groups come from the sentence's roles or the paper's design.
    implicit_pairs(text, values, groups, days, known, found)
    cohort_guard(text, values, groups, known)
    undated_change_starts(text, values, days)
    out = []
    for k, (v, grp, day) in enumerate(zip(values, groups, days, strict=True)):
        mean = parse_number(v["m"])
        if grp is None or day is None or mean is None or k in unsure:
            continue
        raw_disp = v["d"] or v["d2"]
        disp = parse_number(raw_disp) if raw_disp else None
        if v.groupdict().get("lo") is not None:  # an interval: "11 (IQR 9-12)", "9.9 (95% CI 9-11)"
            stat = interval_stat(v.group(0)[v.end("m") - v.start() :], text)
        else:
            stat = "median" if raw_disp is None and said_stat(text) == "median" else "mean"
        out.append(TextValue(scale, grp[0], day, mean, disp, dtype, sent, grp[1], raw_disp is None, stat))
    return out
