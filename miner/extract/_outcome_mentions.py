"""The last pass over a sentence's scores: groups named by what was given, not by a label.

The readers before this one go by the paper's group labels and the sentence's order.
Authors also name a group by its treatment: "10.3 ± 1.8 with EVs and 6.8 ± 1.6
without", "compared with 6.9 ± 0.6 after vehicle", "vehicle-treated rats recovered to
8.1 (1.7)", "the rats given 100 µg achieved 12.2 (1.6)", "vehicle and sham rats
scored a and b, respectively". This pass finds such mentions, resolves each to the
paper's own label of that arm when exactly one label fits, and binds a value still
without a group to the mention written right after it ("with X", "in X", "(X)") or
to the one that opens its clause ("X rats were at a in week 1 and b in week 4"). A
value it cannot bind unambiguously stays unplaced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_labels import INJURY_WORD, TIME_PHRASE, is_injury_word
from miner.extract._outcome_mention_find import Mention, find_mentions
from miner.extract._outcome_mention_find import distinct as _distinct
from miner.extract._outcome_references import COMPARED_FIRST, is_compared_object
from miner.extract._outcome_time import TIME, TIME_LIST

__all__ = ["injured_run", "mention_pass", "the_other"]


# Between a value and the mention after it: "7.0 ± 0.6 (n = 9) at week 6 in", ") with the".
_AFTER_LINK: Final = re.compile(
    rf"^\s*+\)?\s*+(?:points?\s*+)?,?\s*+(?:{TIME_PHRASE}\s*,?\s*|\(\s*n\s*=\s*\d+\s*\)\s*,?\s*)?"
    r"(?:(?:with|in|for|after|among|following|receiving|given|of)\s+(?:the\s+)?(?:rats\s+(?:given|receiving|with)\s+)?"
    # "after native Exo": the qualifier of a label the paper writes bare.
    r"(?:(?:native|na[iï]ve|unmodified|plain|parental|empty|unprimed)\s+)?|\(\s*)$",
    re.IGNORECASE,
)
# What may stand between a mention and the value it opens: "rats were at", "group recovered to",
# "stood higher (", "scored a mean of". No clause break and no other value.
# Possessive: a word is taken whole, never split into shorter words. The plain pattern tried
# every split of a long hyphenated word before failing ("reached a Basso-Beattie-Bresnahan
# (BBB) score of" took minutes); the possessive one accepts exactly the same gaps.
_BEFORE_LINK: Final = re.compile(
    r"^(?:\s*(?:\(\s*n\s*=\s*\d+\s*\)|[\w-]++|,|\(|:))*+\s*$", re.IGNORECASE
)
_BREAK: Final = re.compile(
    r";|\b(?:whereas|while|but|compared|versus|vs|than|against|although|respectively)\b",
    re.IGNORECASE,
)
# Words that make the next mention the object of a comparison, not the subject of its clause.
_OBJECT: Final = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against|from|to|with|over|like)\s+(?:that\s+of\s+)?(?:the\s+)?$"
    r"|\b(?:than|compared|versus|vs)\b[^;]*$",
    re.IGNORECASE,
)
# A mention that opens a clause of its own: at the sentence start or after "while", "whereas", ";".
_SUBJECT: Final = re.compile(r"(?:;|\b(?:while|whereas|but)\b)\s*,?\s*(?:the\s+)?$", re.IGNORECASE)
# The start of a clause: the sentence's start, or after ";", ",", "while", "by comparison,".
_OPENS: Final = re.compile(
    r"(?:^|[;,:]|\b(?:while|whereas|but)\b)\s*(?:(?:by|in)\s+(?:comparison|contrast)\s*,?\s*)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_COORD: Final = re.compile(r"^(?:\s*+,\s*+(?:and\s++|or\s++)?|\s++(?:and|or)\s++)$", re.IGNORECASE)


def _listed_before(
    text: str, mentions: list[Mention], start: int, run: int, words: int
) -> list[Mention] | None:
    """``run`` mentions joined by commas/"and" that end just before ``start`` ("vehicle and sham
    rats scored"), else None."""
    before = [m for m in mentions if m.end <= start]
    if len(before) < run:
        return None
    chosen = before[-run:]
    for a, b in pairwise(chosen):
        if not _COORD.match(text[a.end : b.start]):
            return None
    tail = text[chosen[-1].end : start]
    if len(tail.split()) > words or _BREAK.search(tail) or not _BEFORE_LINK.match(tail):
        return None
    return chosen


def mention_pass(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: Sequence[float | None],
    known: Sequence[str],
) -> list[Mention] | None:
    """Bind values still without a group to the group mention that names them (see module doc).

    Returns the sentence's mentions as read (None when every value was named already), for the
    passes after this one over the same sentence."""
    if all(g is not None and g[1] != "parallel" for g in groups):
        return None
    mentions = find_mentions(text, known)
    if not mentions:
        return mentions
    _listed_runs(text, values, groups, days, mentions)
    _series_then_group(text, values, groups, days, mentions)
    _pair_in_brackets(text, values, groups, mentions, known)
    _bind_values(text, values, groups, days, mentions)
    _unnamed_comparator(text, values, groups, known)
    return mentions


def _listed_runs(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: Sequence[float | None],
    mentions: list[Mention],
) -> None:
    """ "vehicle and sham rats scored a and b, respectively", "whereas G3 and G2 plateaued at a and
    b": a coordinated list of groups right before a run of as many values at one day."""
    n = len(values)
    resp = bool(re.search(r"\brespectively\b", text, re.IGNORECASE))
    i = 0
    while i < n:
        if groups[i] is not None and groups[i][1] != "before":  # type: ignore[index]
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and (groups[j + 1] is None or groups[j + 1][1] == "before")  # type: ignore[index]
            and _COORD.match(text[values[j].end() : values[j + 1].start()])
        ):
            j += 1
        run = j - i + 1
        listed = (
            _listed_before(text, mentions, values[i].start(), run, 6 if resp else 3)
            if run >= 2
            else None
        )
        if (
            listed
            and len({m.label.lower() for m in listed}) == run
            and len({days[k] for k in range(i, j + 1)}) == 1
        ):
            for k, m in zip(range(i, j + 1), listed, strict=True):
                groups[k] = (m.label, "respectively")
        i = j + 1


# The words that link a mention straight on to the value after it: "MP at 7.9", "PBS, 6.1".
_LINKED_ON: Final = re.compile(
    r"\s*+(?:groups?\s++|rats\s++)?(?:at|to|was|were|reached|scored|with|of|:|=|,)?\s*+\(?\s*+", re.IGNORECASE
)


def _owns_next(text: str, mention: Mention, nxt_group: tuple[str, str] | None, nxt: int) -> bool:
    """The mention names the next value, which already took it as the group written before it."""
    return (
        nxt_group is not None
        and nxt_group[1] == "before"
        and nxt_group[0].lower() == mention.label.lower()
        and _LINKED_ON.fullmatch(text, mention.end, nxt) is not None
    )


def _bind_values(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: Sequence[float | None],
    mentions: list[Mention],
) -> None:
    """Each value still without a group to the mention after it, or the one opening its clause."""
    n = len(values)
    for i, v in enumerate(values):
        # A group carried over from another value ("parallel") yields to a mention that names
        # this value's own group: "..., while Exo rats stood higher (7.1 ± 0.6 at week 4)".
        carried = groups[i] is not None and groups[i][1] == "parallel"  # type: ignore[index]
        if groups[i] is not None and not carried:
            continue
        nxt = values[i + 1].start() if i + 1 < n else len(text)
        prev = values[i - 1].end() if i else 0
        # "4.8 ± 1.5 with EVs", "6.9 ± 0.6 after vehicle", "8.3 (1.7) in vehicle-treated rats".
        after = next((m for m in mentions if v.end() <= m.start < nxt), None)
        if after is not None and _heads_list(text, mentions, after):
            after = None  # "a and b for the sham, PBS and Exo groups": a list, not this value's
        if after is not None and i + 1 < n and _owns_next(text, after, groups[i + 1], nxt):
            after = None  # "a, with MP at b": the mention is the next value's, read before it
        if after is not None and _AFTER_LINK.match(text[v.end() : after.start]):
            groups[i] = (after.label, "after")
            continue
        # "without" right after the value.
        if after is not None and text[after.start : after.end].lower().startswith("without") and (
            not text[v.end() : after.start].strip(" ,)")
        ):
            groups[i] = (after.label, "after")
            continue
        # The mention that opens the value's clause: "vehicle-treated rats recovered to 8.1 (1.7)".
        # Not the object of a comparison ("gained less than the Exo group (6.8 ± 0.5)"), and not
        # across a time point or a colon ("... for saline, and the gap widened: at 28 dpi 10.2").
        before = [m for m in mentions if prev <= m.start and m.end <= v.start()]
        if before:
            m = before[-1]
            gap = text[m.end : v.start()]
            lead = text[prev : m.start]
            # A mention opening its clause may stand further from its value: "EV-injected
            # animals showed occasional plantar steps and averaged 9.4 ± 0.8".
            reach = 10 if _OPENS.search(text, 0, m.start) else 6
            if (
                len(gap.split()) <= reach
                and not _BREAK.search(gap)
                and _BEFORE_LINK.match(gap)
                and ":" not in gap
                and not TIME.search(gap)
                and not _OBJECT.search(lead)
                # "11.6 ± 1.2 after BM-Exo, and from 1.9": the previous value's group.
                and not (i and _AFTER_LINK.match(lead))
                and (not carried or _SUBJECT.search(lead))
                # "G3 and G2 plateaued at a and b": the last of a list is not the first value's.
                and not any(_COORD.match(text[o.end : m.start]) for o in before[:-1])
                # "the injured rats scored low (a and b)": a plural name of the injured animals
                # before a run of values at one day names every injured group, not the first.
                and not _names_the_run(text, m, values, groups, days, i)
                # "while N-sEV and SCI rats scored a and b": the last of a list whose other
                # names are not read as groups is not the first value's either.
                and not (
                    re.search(r"[A-Za-z0-9][\w+-]*\s*(?:\band|\bor|,)\s*(?:the\s+)?$", lead, re.IGNORECASE)
                    and i + 1 < n
                    and _COORD.match(text[v.end() : values[i + 1].start()])
                )
            ):
                groups[i] = (m.label, "before")
                continue
        # "Vehicle rats were at 1.2 ± 0.3 in week 1 and 5.8 ± 0.5 in week 4": the same group
        # at a later time point, nothing but a time point and "and" between the two.
        if carried:
            continue
        if i and groups[i - 1] is not None and days[i] is not None and days[i - 1] is not None:
            gap = text[values[i - 1].end() : v.start()]
            if (
                days[i] != days[i - 1]
                and not any(values[i - 1].end() <= m.start < v.start() for m in mentions)
                and not _BREAK.search(gap)
                and len(gap.split()) <= 8
                # "(13.4 vs 9.3 for Gel), and at week 6 it reached 14.6": out of the brackets.
                and not re.search(r"[()]", gap)
            ):
                groups[i] = (groups[i - 1][0], "parallel")  # type: ignore[index]


# Injured animals named as such, with no word of a treatment or its lack: "the injured rats".
_INJURED_ANIMALS: Final = re.compile(rf"{INJURY_WORD.pattern}\s++(?:rats|mice|animals)", re.IGNORECASE)
_RUN_JOIN: Final = re.compile(
    r"\s*+\)?\s*+(?:,\s*+(?:and\s++)?|and\s++|vs\.?\s*+|versus\s++)", re.IGNORECASE
)


def _names_the_run(
    text: str,
    m: Mention,
    values: Sequence[re.Match[str]],
    groups: Sequence[tuple[str, str] | None],
    days: Sequence[float | None],
    i: int,
) -> bool:
    """``m`` is a plural name of the injured animals ("injured rats") and value ``i`` opens a run
    of values at one day, none of the others named: the name is every injured group's."""
    if not _INJURED_ANIMALS.fullmatch(text, m.start, m.end) or i + 1 >= len(values):
        return False
    return (
        groups[i + 1] is None
        and days[i] == days[i + 1]
        and _RUN_JOIN.fullmatch(text, values[i].end(), values[i + 1].start()) is not None
    )


def injured_run(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    known: Sequence[str],
) -> None:
    """ "the injured rats scored low (a and b)": a label read before a value that is only the
    injury word ("injured", "SCI"), not one of the paper's labels, names every injured group
    when a run of unnamed values follows with no time point between; the value stays unplaced."""
    if TIME_LIST.search(text):
        return  # "SCI rats scored a and b at days 7 and 14": one group's series
    low = {k.lower() for k in known}
    for i in range(len(values) - 1):
        g = groups[i]
        if g is None or g[1] != "before" or g[0].lower() in low or not is_injury_word(g[0]):
            continue
        gap = text[values[i].end() : values[i + 1].start()]
        if groups[i + 1] is None and _RUN_JOIN.fullmatch(gap) and not TIME.search(gap):
            groups[i] = None


def the_other(label: str, known: Sequence[str]) -> str | None:
    """The one injured group of the paper besides ``label`` (a label of its own), else None.

    "Exo rats scored 12.9 ± 0.7 against 8.2 ± 0.6": with groups Sham, Vehicle and Exo the
    unnamed value is the vehicle group's; with a second vesicle arm it could be either.
    """
    low = label.lower()
    labels = _distinct(list(known))
    if low not in {k.lower() for k in labels} or group_arm(label) == "sham":
        return None
    rest = [k for k in labels if k.lower() != low and group_arm(k) != "sham"]
    return rest[0] if len(rest) == 1 else None


def _heads_list(text: str, mentions: list[Mention], first: Mention) -> bool:
    """``first`` opens a list of groups joined by commas or "and" ("the sham, PBS and Exo groups")."""
    later = [m for m in mentions if m.start >= first.end]
    return bool(later) and bool(_COORD.match(text[first.end : later[0].start]))


_AGAINST: Final = re.compile(
    r"^\s*+\)?\s*+,?\s*+(?:vs\.?|versus|against|compared\s+(?:with|to))\s*$", re.IGNORECASE
)


def _unnamed_comparator(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    known: Sequence[str],
) -> None:
    """ "Cur-Exo rats scored 12.9 ± 0.7 against 8.2 ± 0.6": the value set against a group's own
    value, with no group of its own, is the paper's one other injured group (``the_other``)."""
    if re.search(r"\brespectively\b", text, re.IGNORECASE):
        return
    for i in range(len(values) - 1):
        here, nxt = groups[i], groups[i + 1]
        if here is None or nxt is not None:
            continue
        if not _AGAINST.match(text[values[i].end() : values[i + 1].start()]):
            continue
        if i + 2 < len(values) and groups[i + 2] is None:
            continue  # "a vs b and c": which groups is not written
        other = the_other(here[0], known)
        if other is not None:
            groups[i + 1] = (other, "parallel")


def _series_then_group(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: Sequence[float | None],
    mentions: list[Mention],
) -> None:
    """ "… compared with 1.5 ± 0.5 and 3.4 ± 0.6 in G3 and 1.3 ± 0.4 and 3.1 ± 0.6 in G2": a run of
    values at different time points, joined by "and", then the one group they all belong to."""
    n = len(values)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and _COORD.match(text[values[j].end() : values[j + 1].start()]):
            j += 1
        run = range(i, j + 1)
        nxt = values[j + 1].start() if j + 1 < n else len(text)
        after = next((m for m in mentions if values[j].end() <= m.start < nxt), None)
        run_days = [days[k] for k in run]
        if (
            j > i
            and after is not None
            and _AFTER_LINK.match(text[values[j].end() : after.start])
            and None not in run_days
            and len(set(run_days)) == len(run_days)
            and all(groups[k] is None for k in range(i, j))
        ):
            for k in run:
                if groups[k] is None:
                    groups[k] = (after.label, "after")
        i = j + 1


_VS: Final = re.compile(r"^\s*(?:vs\.?|versus|and|,|;)\s*$", re.IGNORECASE)


# Where a sentence opens a new clause: ", and", ", but", ";".
_CLAUSE_BREAK: Final = re.compile(r",\s*(?:and|but)\s+|;\s*", re.IGNORECASE)


def _pair_in_brackets(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    mentions: list[Mention],
    known: Sequence[str] = (),
) -> None:
    """ "The 100 µg dose differed from vehicle from POD 14 (8.0 ± 1.2 vs 5.1 ± 1.2)": two values in
    brackets take the two groups the clause named, in order (not after "Compared with X, Y …").

    With one group named ("Exo improved BBB scores (D28: 11.4 vs. 7.6)") the second value is the
    other group only where the paper has exactly one other injured group."""
    if COMPARED_FIRST.search(text):
        return
    for par in re.finditer(r"\(([^()]|\([^()]*\))*\)", text):
        inside = [k for k, v in enumerate(values) if par.start() < v.start() and v.end() <= par.end()]
        if len(inside) != 2 or any(groups[k] is not None for k in inside):
            continue
        a, b = (values[k] for k in inside)
        if not _VS.match(text[a.end() : b.start()]):
            continue
        lead = text[par.start() + 1 : a.start()]
        if any(par.start() < m.start < a.start() for m in mentions) or re.search(r"[A-Za-z]{3,}", TIME.sub("", lead).replace("BBB", "")):
            continue
        prev = max((v.end() for v in values if v.end() <= par.start()), default=0)
        named: list[Mention] = []
        for m in mentions:
            if prev <= m.start and m.end <= par.start() and m.label.lower() not in {x.label.lower() for x in named}:
                named.append(m)
        if len(named) > 2:
            # "Both groups improved over SCI + PBS, and CAQK-Exos outperformed BMSC-Exos (a vs b)":
            # the pair is the groups of the clause the bracket closes.
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, prev, par.start())]
            if breaks:
                prev = breaks[-1]
                named = [m for m in named if m.start >= prev]
        clause = text[prev : par.start()]
        if named and is_compared_object(text, named[0].start, prev):
            continue  # "… compared with vehicle and with sham (a vs b)": objects only, no subject
        if len(named) == 1 and not re.search(r";|\b(?:whereas|while|but)\b", clause, re.IGNORECASE):
            other = the_other(named[0].label, known)
            if other is not None:
                named.append(Mention(par.start(), par.start(), other))
        if len(named) == 2 and not re.search(r";|\b(?:whereas|while|but)\b", clause, re.IGNORECASE):
            for k, m in zip(inside, named, strict=True):
                groups[k] = (m.label, "parallel")
