"""Groups and days of values a sentence leaves unlabelled, from the sentence's own order.

"the Exo group scored higher than the SCI group (10.3 ± 1.2 vs. 6.1 ± 0.9)",
"at days 7, 14 and 28 were a, b and c", "the Exo group was a at day 7, b at day 14":
each pass fills only values still without a group (or day) and only when the
counts match; a value it cannot place stays unplaced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from miner.extract._outcome_labels import (
    LISTED_GROUPS,
    SUBJECT_LIST,
    TIME_PHRASE,
    mentions,
    valid_label,
)
from miner.extract._outcome_references import COMPARED_FIRST, SERIES_LINK, is_compared_object
from miner.extract._outcome_time import TIME, TIME_AFTER, TIME_LIST, listed_days

__all__ = [
    "clause_order",
    "comparison_run",
    "day_lists",
    "from_to",
    "from_to_days",
    "one_group_series",
    "respectively_in_turn",
    "sentence_subject",
    "subject_list",
]


def clause_order(
    text: str,
    values: list[re.Match[str]],
    groups: list[tuple[str, str] | None],
    known: Sequence[str],
) -> None:
    """Values in parentheses after a comparison take its groups in order.

    "the Exo group scored higher than the SCI group (BBB: 10.3 ± 1.2 vs. 6.1 ± 0.9)":
    the label right before the parenthesis is the last group named, not the first value's.
    """
    if COMPARED_FIRST.search(text):
        return  # "Compared with PBS, Exo improved … (a vs b)": mention order is not value order
    last: list[str] = []
    for par in re.finditer(r"\(([^()]*)\)", text):
        inside = [
            i for i, v in enumerate(values) if par.start() < v.start() and v.end() <= par.end()
        ]
        if len(inside) < 2:
            continue
        first = values[inside[0]]
        # "(BBB score on day 28, 12.1 ± 0.7 vs 8.3 ± 0.6)": the scale and a time point are no labels.
        lead = TIME.sub("", text[par.start() + 1 : first.start()])
        if re.search(
            r"[A-Za-z]{2,}",
            re.sub(r"\b(?:BBB|BMS|scores?|mean|SD|SEM|at|on|by|in|of|the)\b", "", lead),
        ):
            continue  # labels inside: "(SCI 2.9 ± 0.5, Exo 3.6 ± 0.6)"
        if any(g is not None and g[1] == "after" for g in (groups[i] for i in inside)):
            continue  # "(11.2 ± 0.9 (Exo) vs ...)" or "... in the PBS group"
        prev = max((v.end() for v in values if v.end() <= par.start()), default=0)
        # "... at 14 days (a vs. b) and 28 days (c vs. d)": the same comparison again.
        clause = text[prev : par.start()]
        names = mentions(clause, known) or last
        g0 = groups[inside[0]]
        subject = bool(names) and not _objects_only(clause, names[0])
        if (names and not subject) or (
            g0 is not None and g0[1] == "before" and _objects_only(clause, g0[0])
            and not (subject and len(names) == len(inside))
        ):
            # "Exo improved BBB scores compared with vehicle and with sham (a vs b)": the groups
            # named are both objects of the comparison; which owns which value is not written.
            for i in inside:
                if groups[i] is not None and groups[i][1] in ("before", "parallel"):  # type: ignore[index]
                    groups[i] = None
            continue
        if len(names) == len(inside):
            last = names
            for i, name in zip(inside, names, strict=True):
                groups[i] = (name, "parallel")


def _objects_only(clause: str, first: str) -> bool:
    """The first group ``clause`` names comes after "compared with"/"than": no subject is named."""
    at = clause.lower().find(first.lower())
    return at >= 0 and is_compared_object(clause, at)


_RUN_GAP: Final = re.compile(
    r"\s*+(?:\([^()]{0,40}\)\s*+)?,?\s*+(?:vs\.?|versus|and|against|compared\s+(?:with|to))\s*$",
    re.IGNORECASE,
)


def comparison_run(
    text: str,
    values: list[re.Match[str]],
    groups: list[tuple[str, str] | None],
    known: Sequence[str],
    days: Sequence[float | None] = (),
) -> None:
    """Unlabelled "a versus b" after a comparison of groups takes its groups in order.

    "the miR-21-Exo group scored higher than SCI + PBS; at day 28 the score was 10.7 ± 1.8
    versus 6.3 ± 1.5": only when the groups named since the previous value match the values,
    and the values share one time point ("at 28 dpi a and b at 35 dpi" is one group over time).
    After "Compared with PBS, Exo improved ..." the order of mention is not the order of values.
    """
    if COMPARED_FIRST.search(text):
        return
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
        if (
            len(run) >= 2
            and all(groups[k] is None for k in run)
            and (not days or len({days[k] for k in run}) == 1)
        ):
            prev = values[i - 1].end() if i else 0
            clause = text[prev : values[i].start()]
            names = mentions(clause, known)
            if len(names) == len(run) and not _objects_only(clause, names[0]):
                for k, name in zip(run, names, strict=True):
                    groups[k] = (name, "parallel")
        i = j + 1


_SPAN_BEFORE: Final = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)


_CLOSED_RUN: Final = re.compile(r"\brespectively\b", re.IGNORECASE)


# Between the last value of a run and the day list that dates it: "11.0 ± 1.3 at", ") on".
_LIST_LINK: Final = re.compile(r"\s*+\)?\s*+(?:at|on|by|over)?\s*+", re.IGNORECASE)


def _series_closed_by(
    text: str,
    values: list[re.Match[str]],
    groups: Sequence[tuple[str, str] | None],
    tl: re.Match[str],
    size: int,
) -> list[int]:
    """The run of exactly ``size`` values joined by commas/"and" that ends right before the day
    list ``tl`` ("a, b and c at days 7, 14 and 28"), with at most one group among them; else []."""
    before = [i for i, v in enumerate(values) if v.end() <= tl.start()]
    if len(before) < size or not _LIST_LINK.fullmatch(text, values[before[-1]].end(), tl.start()):
        return []
    run = before[-size:]
    if any(not SERIES_LINK.fullmatch(text, values[a].end(), values[b].start()) for a, b in pairwise(run)):
        return []
    if len(before) > size and SERIES_LINK.fullmatch(text, values[run[0] - 1].end(), values[run[0]].start()):
        return []  # a longer run than the list: which values the days are is not written
    if len({g[0].lower() for i in run if (g := groups[i]) is not None}) > 1:
        return []  # "Exo 4.4, PBS 2.9 and sham 21 at days ...": groups side by side, not a series
    return run


def _opens_list_clause(text: str, start: int, at: int, label: str) -> bool:
    """``label`` is the subject of the clause the day list at ``at`` stands in ("in G3 the values
    at 7, 14 and 28 dpi"): no clause break between them, and no comparison ("Unlike G2, ...",
    "Compared with G2, the values at ...")."""
    lead = text[start:at]
    found = lead.lower().rfind(label.lower())
    return (
        found >= 0
        and not re.search(r"[,;:()]", lead[found + len(label) :])
        and not _objects_only(lead, label)
    )


def day_lists(
    text: str,
    values: list[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: list[float | None],
    known: Sequence[str],
) -> None:
    """ "at days 7, 14 and 28 were a, b and c" (or "a, b and c at 2, 3 and 4 weeks"): one day per value,
    in order; the group the sentence names.

    Several groups in turn ("a, b and c in the Exo group and d, e and f in the PBS group") are read
    chunk by chunk; a chunk whose group cannot be told apart is left to the other readings.
    """
    for tl in TIME_LIST.finditer(text):
        listed = listed_days(tl)
        if not listed or _SPAN_BEFORE.search(text, 0, tl.start()):
            continue  # "between day 7 and day 28": a span, not one time point per value
        # Only the values before the next time point written ("... ; at day 28 Exo 10.2 ...").
        stop = min(
            (t.start() for t in TIME.finditer(text) if t.start() >= tl.end()), default=len(text)
        )
        after = [i for i, v in enumerate(values) if tl.end() <= v.start() < stop]
        # "... through a, b and c at weeks 1, 2 and 4 to d at week 6": a value followed by its own
        # time point is no part of the list's run.
        after = [i for i in after if not TIME_AFTER.match(text, values[i].end())]
        size = len(listed)
        closed = _CLOSED_RUN.search(text, tl.end(), stop)
        if closed and len(after) > size and len(after) % size:
            # "at 7, 14 and 28 dpi were a, b and c, respectively, whereas G2 ... d": the run ends
            # where "respectively" closes it (unless the values after it repeat the list's days).
            after = [i for i in after if values[i].end() <= closed.start()]

        chunks = (
            [after[k : k + size] for k in range(0, len(after), size)]
            if len(after) % size == 0
            else []
        )
        respectively = re.match(r"\s*,?\s*respectively", text[tl.end() :], re.IGNORECASE)
        if after and not respectively:
            # "the Exo group scored a, b and c at days 7, 14 and 28, compared with d, e and f in
            # the PBS group": the run the list closes is dated by it too, not only the run after.
            lead = _series_closed_by(text, values, groups, tl, size)
            if lead:
                chunks = [lead, *chunks] if chunks else []
        if not after or respectively:
            # "a, b and c at 2, 3 and 4 weeks", "... on days 7, 14 and 28, respectively": the values
            # since the previous time point, when there are exactly as many as listed days.
            since = max((t.end() for t in TIME.finditer(text) if t.end() <= tl.start()), default=0)
            before = [
                i for i, v in enumerate(values) if since <= v.start() and v.end() <= tl.start()
            ]
            if len(before) == size:
                chunks = [before, *chunks]
            elif not after and len(before) > size and len(before) % size == 0:
                # "a and b in the Exo group and c and d in the PBS group at weeks 4 and 8,
                # respectively": one run per group, each closed by its own "in the X group".
                runs = [before[k : k + size] for k in range(0, len(before), size)]
                if all(
                    groups[r[-1]] is not None
                    and groups[r[-1]][1] == "after"  # type: ignore[index]
                    and all(groups[i] is None for i in r[:-1])
                    for r in runs
                ) and len({groups[r[-1]][0].lower() for r in runs}) == len(runs):  # type: ignore[index]
                    chunks = runs
        if not chunks:
            # "At day 14 and day 28 the Exo group averaged a, b and c": the values after the list
            # cannot be told apart by day; the list's last day is not theirs.
            for i in after:
                if days[i] == listed[-1] and not TIME_AFTER.match(text, values[i].end()):
                    days[i] = None
            continue
        named = mentions(text, known)
        prev_end = 0
        for chunk in chunks:
            labels = {g[0] for g in (groups[i] for i in chunk) if g is not None}
            # The one group named since the previous chunk: "BBB scores of the Exo group on days
            # 7, 14 and 21 were a, b and c, respectively, whereas the PBS group reached d, e and f".
            # Only the words since the value before the run: "(G2 0.6; G3 0.7), and from week 2
            # in G3 the values at ..." names G3 for the run, not the pair before it.
            lead_start = max(prev_end, values[chunk[0] - 1].end() if chunk[0] else 0)
            near = mentions(text[lead_start : values[chunk[0]].start()], known)
            prev_end = values[chunk[-1]].end()
            if len(labels) > 1:
                continue
            # One run, one group named before it and another after it ("in G3 the values at 7, 14
            # and 28 dpi were a, b and c, respectively, whereas G2 ..."): the one named before,
            # unless it is the object of a comparison ("Compared with G2, the values ...").
            near_one = len(near) == 1 and (
                len(chunks) > 1 or _opens_list_clause(text, lead_start, tl.start(), near[0])
            )
            label = (
                labels.pop()
                if labels
                else (
                    named[0]
                    if len(named) == 1 and len(chunks) == 1
                    else (near[0] if near_one else None)
                )
            )
            for i, day in zip(chunk, listed, strict=True):
                days[i] = day
                if label is not None and groups[i] is None:
                    groups[i] = (label, "parallel")


_SET_AGAINST: Final = re.compile(r"\b(?:vs|versus|against|compared|than)\b", re.IGNORECASE)


def one_group_series(
    text: str, groups: list[tuple[str, str] | None], days: list[float | None], known: Sequence[str]
) -> None:
    """A time course of the one group a sentence names: "the Exo group was a at day 7, b at day 14".

    Only when every unlabelled value has a time point of its own, so no two rows share a day.
    """
    if _SET_AGAINST.search(text):
        return  # "reaching 4.7 versus 3.5 at six weeks": the other value is another group's
    named = mentions(text, known)
    labels = {g[0].lower() for g in groups if g is not None}
    if len(named) != 1 or labels - {named[0].lower()}:
        return
    if not labels and is_compared_object(text, text.lower().find(named[0].lower())):
        return  # "Recovery differed from vehicle ..., reaching 9.8": the group set against
    missing = [i for i, g in enumerate(groups) if g is None]
    taken = [days[i] for i in range(len(groups)) if groups[i] is not None]
    new = [days[i] for i in missing]
    if missing and None not in new and len(set(new)) == len(new) and not set(new) & set(taken):
        for i in missing:
            groups[i] = (named[0], "parallel")


_FROM_END: Final = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO_GAP: Final = re.compile(
    r"\s*\)?\s*(?:(?:at|on|by)\s+[^;,()]{1,30}?\s*)?,?\s*(?:up\s+)?to\s*", re.IGNORECASE
)


def from_to(text: str, values: list[re.Match[str]], groups: list[tuple[str, str] | None]) -> None:
    """ "rose from a at day 1 to b at day 28 in the Exo group": both values are the same group's."""
    for i in range(len(values) - 1):
        here, nxt = groups[i], groups[i + 1]
        if (here is None) == (nxt is None):
            continue
        start = values[i - 1].end() if i else 0
        if _FROM_END.search(text[start : values[i].start()]) and _TO_GAP.fullmatch(
            text[values[i].end() : values[i + 1].start()]
        ):
            if nxt is not None:
                groups[i] = (nxt[0], "parallel")
            elif here is not None:
                groups[i + 1] = (here[0], "parallel")


_BARE_TO: Final = re.compile(r"\s*+\)?\s*+,?\s*+(?:up\s++)?to\s*", re.IGNORECASE)


def from_to_days(
    text: str,
    values: list[re.Match[str]],
    days: list[float | None],
    times: Sequence[tuple[re.Match[str], float]],
) -> None:
    """ "rose from a on day 7 to b on day 28 after Exo, and from c to d after saline": a later
    "from c to d" without time points of its own spans the same days as the first pair."""
    pairs: list[tuple[int, bool]] = []  # (first value, has time points of its own)
    for i in range(len(values) - 1):
        start = values[i - 1].end() if i else 0
        gap = text[values[i].end() : values[i + 1].start()]
        if _FROM_END.search(text[start : values[i].start()]) and _TO_GAP.fullmatch(gap):
            pairs.append((i, not _BARE_TO.fullmatch(gap)))
    if len(pairs) >= 2 and pairs[0][1]:
        first = pairs[0][0]
        span = (days[first], days[first + 1])
        if None not in span and span[0] != span[1]:
            for i, own in pairs[1:]:
                end = values[i + 2].start() if i + 2 < len(values) else len(text)
                # Only when nothing but the group stands after the pair: "to 7.0 ± 1.0 after saline".
                if own or any(values[i].start() <= t.start() < end for t, _ in times):
                    continue
                days[i], days[i + 1] = span


def undated_change_starts(text: str, values: list[re.Match[str]], days: list[float | None]) -> None:
    """ "By day 28 the Exo group had improved from 2.6 ± 0.4 to 6.3 ± 0.6": once every reader has
    dated the values, a "from a to b" whose two values still share one time point (and has none of
    its own between them) is dated by its end; when it began is not written, so ``a`` has no day."""
    for i in range(len(values) - 1):
        if days[i] is None or days[i] != days[i + 1]:
            continue
        start = values[i - 1].end() if i else 0
        gap = text[values[i].end() : values[i + 1].start()]
        clause = text[start : values[i].start()].rsplit(";", 1)[-1]
        if not (_FROM_END.search(clause) and _BARE_TO.fullmatch(gap)):
            continue
        # Only a time point of the pair's own clause ("At day 28 ... from a to b", "from a to b at
        # week 4"); a day carried from an earlier clause may be where the change began.
        if TIME.search(clause) or TIME_AFTER.match(text, values[i + 1].end()):
            days[i] = None


# Where a clause with a subject of its own opens: "; the Exo group ...", "whereas the Exo group ...".
_CLAUSE_OPEN: Final = re.compile(r"(?:;|\b(?:whereas|while|but)\b)\s*,?\s*", re.IGNORECASE)


def _subjects(head: str, known: Sequence[str]) -> list[str]:
    """The groups ``head`` names that are not the object of a comparison."""
    low = head.lower()
    return [n for n in mentions(head, known) if not is_compared_object(head, low.find(n.lower()))]


def sentence_subject(
    text: str,
    values: list[re.Match[str]],
    groups: list[tuple[str, str] | None],
    known: Sequence[str],
    days: Sequence[float | None] = (),
) -> None:
    """The group a sentence opens with owns its first, otherwise unlabelled value.

    "Exo-miR-21 rats improved faster from week 2 and reached 12.8 by week 8, against 7.6 in the
    PBS group": only when the first value is the one left and the words before it name one
    group, near the start of the sentence, that no other value has. With ``days``, the first
    values may be a run at distinct days, the subject's time course ("Group III improved faster:
    5.3 at T2 and 9.1 at T3, compared with 3.7 and 6.2 in Group II").
    """
    if not values or groups[0] is not None:
        return
    lead = 1
    if days:
        while lead < len(values) and groups[lead] is None:
            lead += 1
        own = [days[i] for i in range(lead)]
        if None in own or len(set(own)) != lead:
            return
        # A run is the subject's only when another group's value follows it and no other group
        # is named inside it ("they stayed at a ..., when the sEV rats scored higher (b)").
        if lead > 1 and (
            lead == len(values) or mentions(text[values[0].end() : values[lead - 1].start()], known)
        ):
            return
    if any(g is None for g in groups[lead:]):
        return
    head = text[: values[0].start()]
    if re.search(r"\b(?:vs\.?|versus|against|compared\s+(?:with|to)|than)\s*$", head, re.IGNORECASE):
        return  # "reaching 4.7 versus 3.5": the value set against another is not the subject's
    # "The high-dose group then separated from vehicle: ... rose to 11.3": the group it is set
    # against is not the subject.
    names = _subjects(head, known)
    base = 0
    if len(names) != 1:
        # "Vehicle rats plateaued at week 6, whereas the Exo group went on improving, reaching
        # 11.6": the subject of the clause the first value sits in.
        opens = list(_CLAUSE_OPEN.finditer(head))
        if opens:
            base = opens[-1].end()
            names = _subjects(head[base:], known)
    if len(names) != 1 or any(g is not None and g[0].lower() == names[0].lower() for g in groups):
        return
    at = head.lower().find(names[0].lower(), base) - base
    if 0 <= at <= 40:
        for i in range(lead):
            groups[i] = (names[0], "parallel")


def respectively_in_turn(
    text: str,
    values: list[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: list[float | None],
    times: Sequence[tuple[re.Match[str], float]],
) -> None:
    """Groups listed before their values, which follow in turn at one time point after another.

    "BBB scores in the Exo and PBS groups were 8.1 ± 0.9 and 5.2 ± 0.7 at day 14 and 12.0 ± 1.1
    and 7.4 ± 0.8 at day 28, respectively": each run of as many values as groups shares a day.
    """
    if "respectively" not in text.lower():
        return
    missing = [i for i, g in enumerate(groups) if g is None]
    if not missing:
        return
    listed = next(
        (m for m in LISTED_GROUPS.finditer(text) if m.end() <= values[missing[0]].start()), None
    )
    if listed is None:
        return
    names = [
        valid_label(x.strip(), True)
        for x in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed["list"])
    ]
    size = len(names)
    if size < 2 or None in names or len(missing) % size:
        return
    chunks = [missing[k : k + size] for k in range(0, len(missing), size)]
    # "a and b at day 14 and c and d at day 28": the one time point written right after each run.
    after_runs: list[float | None] = []
    for j, chunk in enumerate(chunks):
        end = values[chunks[j + 1][0]].start() if j + 1 < len(chunks) else len(text)
        gap = [d for t, d in times if values[chunk[-1]].end() <= t.start() and t.end() <= end]
        after_runs.append(gap[0] if len(gap) == 1 else None)
    if (
        len(chunks) > 1
        and None not in after_runs
        and not any(
            values[chunk[0]].start() < t.start() < values[chunk[-1]].end()
            for chunk in chunks
            for t, _ in times
        )
    ):
        for chunk, day in zip(chunks, after_runs, strict=True):
            for i in chunk:
                days[i] = day
    chunk_days = [{days[i] for i in chunk} for chunk in chunks]
    if any(len(d) != 1 or None in d for d in chunk_days):
        return
    if len({next(iter(d)) for d in chunk_days}) != len(chunks):
        return  # two runs at one day: not a list over time points
    for chunk in chunks:
        for i, name in zip(chunk, names, strict=True):
            groups[i] = (name or "", "respectively")


_RESP_AFTER: Final = re.compile(
    rf"\s*+\)?\s*+,?\s*+(?:{TIME_PHRASE}\s*,?\s*)?respectively\b", re.IGNORECASE
)
# Words between the list and its values that make it something other than their subject.
_NOT_SUBJECT: Final = re.compile(r"\b(?:than|versus|vs|compared|differ\w*|before|prior|baseline)\b", re.IGNORECASE)


def subject_list(
    text: str, values: list[re.Match[str]], groups: list[tuple[str, str] | None]
) -> None:
    """Groups listed as the subject, then as many values, then "respectively": "At 1 wpi,
    Vehicle, Nx-EV and Hx-EV rats scored a, b and c, respectively", "the PBS, Exo and miR-Exo
    groups reached a, b and c at day 28, respectively". One value per listed group, in turn.

    A label read right before the first value is the list's own (its last or first name), so the
    run takes the list's labels; any other label, or counts that differ, leave the run as it is.
    """
    n = len(values)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and SERIES_LINK.fullmatch(text, values[j].end(), values[j + 1].start()):
            j += 1
        run = list(range(i, j + 1))
        i = j + 1
        if len(run) < 2 or not _RESP_AFTER.match(text, values[run[-1]].end()):
            continue
        start = values[run[0] - 1].end() if run[0] else 0
        head = text[start : values[run[0]].start()]
        m = SUBJECT_LIST.search(head)
        if m is None or (m["verb"] and _NOT_SUBJECT.search(m["verb"])):
            continue
        items = [x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["list"])]
        names = [valid_label(x, True) for x in items]
        if len(names) != len(run) or None in names:
            continue
        low = {x.lower() for x in names if x}
        if len(low) != len(names):
            continue
        if any(g is not None and g[0].lower() not in low for g in (groups[k] for k in run)):
            continue
        for k, name in zip(run, names, strict=True):
            groups[k] = (name or "", "respectively")
