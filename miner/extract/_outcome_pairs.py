"""Pairs of scores set against each other whose groups are not all written beside them.

Results sentences often name one group, or none, and leave the reader to take the other from
the sentence's roles or from the paper's design::

    On day 7 the EV group scored 9.6 ± 1.7 compared with 7.9 ± 1.8; on day 14, 12.8 versus 10.2.
    X separated from Y at day 14 (7.8 (1.3) vs 5.3 (1.2)).
    At week 4 the difference was 2.6 points (13.0 ± 0.6 vs 10.4 ± 0.6).

A pair is two values joined by "vs", "versus", "against" or "compared with", at one time point;
a run of pairs at different time points repeats the first pair's order. The first value is the
sentence's subject (the one group named before it that is not the object of a comparison), the
second the group it is compared with: one named as that object ("from Y", "than Y", "compared
with Y"), else the paper's one comparator for the subject's arm (its one vehicle control for a
vesicle group). With no group named at all, a pair in a sentence stating an effect ("improved",
"the difference was") in a paper with exactly one vesicle arm and one control arm among its
injured groups is (treatment, control) when the first value is the higher one. Anything else
(three injured arms and nothing named, a pair that "did not differ") stays empty.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from miner.extract._numbers import parse_number
from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_labels import cohort_word, cohorts
from miner.extract._outcome_mention_find import Mention, find_mentions
from miner.extract._outcome_references import arm_labels, is_compared_object, two_arms
from miner.extract._outcome_time import TIME, TIME_AFTER, scoring_time_of

__all__ = ["TableValues", "implicit_pairs", "table_pairs"]

# The paper's table values by (scale, day, mean, SD or SEM): the groups that have them.
TableValues = Mapping[tuple[str, float, float, float], frozenset[str]]

# What joins the two values of a pair; a time point may stand between them ("a at week 3 versus b").
_GAP: Final = re.compile(
    r"\s*+\)?\s*+,?\s*+(?:(?:at|on|by|in)\s++(?:day|week|wk|POD|month|\d)[\w\s]{0,15}?,?\s*+)?"
    r"(?:vs\.?|versus|against|compared\s+(?:with|to)|as\s+against)\s*+\(?\s*+",
    re.IGNORECASE,
)
# Values listed together ("5.3 and 9.1 on day 28, compared with 3.7"): a list, not one side of a pair.
_LISTED: Final = re.compile(r"\s*+\)?\s*+(?:,\s*+(?:and\s++|or\s++)?|and\s++|or\s++|/\s*+)\(?\s*+", re.IGNORECASE)
# Time points set against each other ("Compared with day 7, scores improved by day 28 (a vs b)").
_TIME_COMPARED: Final = re.compile(
    r"\b(?:compared\s+(?:with|to)|relative\s+to|than|versus|vs\.?|against)\s+(?:(?:that|those)\s+)?"
    r"(?:(?:at|on|in|of)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|last|final|previous|earlier)\s+)?"
    r"(?:day|week|wk|month|POD|dpi|baseline|pre-?injury|pre-?operative|\d+\s*(?:days?|weeks?|wks?|d|w)\b)",
    re.IGNORECASE,
)
# The object of a comparison ("than male rats", "compared with the contralateral side", "from day 7
# to day 28"): when it is neither one of the paper's arms nor a label, the pair is not between arms.
_OBJECT: Final = re.compile(
    r"\b(?P<w>than|compared\s++(?:with|to)|in\s++comparison\s++(?:with|to)|relative\s++to|versus|vs\.?|over|from)"
    r"\s++(?:(?:that|those)\s++(?:of|in)\s++|in\s++|with\s++)?(?:the\s++)?(?P<o>[^\s(),;:]++(?:\s++[^\s(),;:]++)?)",
    re.IGNORECASE,
)
_TIME_OBJECT: Final = re.compile(
    r"(?:at|on|by|in|during|after|before|earlier|previous|first|time|baseline|pre\W|day|days|week|weeks|wk|month|POD|dpi)\b",
    re.IGNORECASE,
)
_TO_TIME: Final = re.compile(r"\s*+(?:onwards?\s++)?(?:to|until|through|till)\b", re.IGNORECASE)
_SPAN: Final = re.compile(r"(?:next|following|course|period|whole|entire|subsequent|remaining|several|all)\b", re.IGNORECASE)
# "differed from X", "separated from X": the only uses of "from" that name a comparison object.
_FROM_VERB: Final = re.compile(r"\b(?:differ\w*|separat\w*|distinguish\w*|diverg\w*|distinct)\s++$", re.IGNORECASE)


def foreign_object(words: str, known: Sequence[str]) -> bool:
    """Whether ``words`` set the values against something that is not one of the paper's arms:
    another time point of the same rats, a side, a sex, responders, or sham (never the control)."""
    for m in _OBJECT.finditer(words):
        obj, word = m["o"], m["w"].lower()
        if obj[0].isdigit() or obj[0] in "±+-":
            continue  # the joint between two values ("12.1 vs 8.0"), or "from 5.1 ... to 12.1"
        timed = bool(_TIME_OBJECT.match(obj))
        if word == "from" and not (
            (timed and _TO_TIME.match(words, m.end())) or _FROM_VERB.search(words, 0, m.start())
        ):
            continue  # "vesicles from BMSCs": a source; "from week 3 onward": a span
        if word == "over" and _SPAN.match(obj):
            continue  # "over the following weeks": a span of time, not an object
        if timed:
            return True
        if _known_label(obj, known) or any(obj.lower().startswith(k.lower()) for k in known):
            continue
        if group_arm(obj) not in ("control", "treatment"):
            return True
    return False


# A clause the subject of the pair must stand in: the words after the last break before it.
_CLAUSE_BREAK: Final = re.compile(
    r";|,\s*(?:and|but|while|whereas)\s|\b(?:while|whereas)\b", re.IGNORECASE
)
# A sentence that states an effect of one group over the other ...
_EFFECT: Final = re.compile(
    r"\b(?:improv\w*|better|higher|greater|faster|exceed\w*|outperform\w*|superior|"
    r"separat\w*|diverg\w*|differences?|advantage|gain\w*|benefit\w*|enhanc\w*|promot\w*|"
    r"accelerat\w*|increas\w*|ahead|recover\w*|significant(?:ly)?)\b",
    re.IGNORECASE,
)
# ... and one that says there was none, or that the groups were alike.
_NO_EFFECT: Final = re.compile(
    r"\b(?:not|no|nor|never|neither|similar(?:ly)?|comparable|alike|equal|same|identical|"
    r"non-?significant|n\.?s\.?)\b",
    re.IGNORECASE,
)


def _injured_comparator(label: str, known: Sequence[str]) -> str | None:
    """The group a value of ``label`` is set against when the sentence names none: the paper's one
    other injured group, when it has exactly two (a vesicle arm and its control, ``two_arms``).
    With a second vesicle, drug or cell arm the comparator could be either, and None is returned."""
    cohort = cohort_word(label)
    if cohort in cohorts(known):
        # "Acute-Exo" among "Acute-Sal", "Acute-Exo", "Delayed-Sal", "Delayed-Exo": its own cohort.
        known = [k for k in known if cohort_word(k) == cohort]
    pair = two_arms(known)
    arm = group_arm(label)
    if pair is None or arm not in ("treatment", "control"):
        return None
    return pair[1] if arm == "treatment" else pair[0]


def _known_label(label: str, known: Sequence[str]) -> str | None:
    """``label`` as one of the paper's labels: itself, or the one label of its arm."""
    for k in known:
        if k.lower() == label.lower():
            return k
    arm = group_arm(label)
    if arm not in ("treatment", "control"):
        return None
    return arm_labels(known).get(arm)


def _dated_after(
    text: str, values: Sequence[re.Match[str]], days: list[float | None]
) -> None:
    """ "7.0 (0.6) versus 5.2 (0.6) at week 3, 8.7 (0.7) versus 6.4 (0.6) at week 4": the time point
    written right after a pair dates both its values (the first would take the one before it)."""
    for i in range(len(values) - 1):
        a, b = values[i], values[i + 1]
        if not _GAP.fullmatch(text[a.end() : b.start()]) or TIME.search(text, a.end(), b.start()):
            continue
        if TIME_AFTER.match(text, a.end()) and TIME.match(text, TIME_AFTER.match(text, a.end()).end()):  # type: ignore[union-attr]
            continue
        after = TIME_AFTER.match(text, b.end())
        t = TIME.match(text, after.end()) if after else None
        day = scoring_time_of(t) if t else None
        if day is not None and days[i + 1] == day and days[i] != day:
            days[i] = day


def _runs(
    text: str, values: Sequence[re.Match[str]], days: Sequence[float | None]
) -> list[list[int]]:
    """Runs of pairs: the index of each pair's first value, each pair at one time point of its own."""
    runs: list[list[int]] = []
    n = len(values)

    def listed(a: int, b: int) -> bool:
        return 0 <= a and b < n and bool(_LISTED.fullmatch(text[values[a].end() : values[b].start()]))

    i = 0
    while i + 1 < n:
        if (
            not listed(i - 1, i)
            and not listed(i + 1, i + 2)
            and days[i] is not None
            and days[i] == days[i + 1]
            and _GAP.fullmatch(text[values[i].end() : values[i + 1].start()])
        ):
            run = runs[-1] if runs and runs[-1][-1] + 2 == i else None
            if run is not None and days[i] not in {days[k] for k in run}:
                run.append(i)
            else:
                runs.append([i])
            i += 2
        else:
            i += 1
    return runs


# "X exceeded (those of) Y", "X outperformed Y": the verb's object is what X is compared with.
_BEAT: Final = re.compile(
    r"\b(?:exceed(?:ed|s|ing)?|outperform(?:ed|s|ing)?|surpass(?:ed|es|ing)?|outscor(?:ed|es|ing))"
    r"\s++(?:(?:that|those)\s++of\s++)?(?:the\s++)?$",
    re.IGNORECASE,
)


def _beaten(text: str, at: int, start: int) -> bool:
    return bool(_BEAT.search(text, start, at))


def _clause_start(text: str, at: int) -> int:
    last = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, at):
        last = m.end()
    return last


def implicit_pairs(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: list[float | None],
    known: Sequence[str],
    found: Sequence[Mention] | None = None,
) -> None:
    """Fill the groups of "a vs b" pairs whose groups are implicit (see the module doc);
    ``found``: the sentence's group mentions, when an earlier pass has read them."""
    if len(values) < 2 or not known:
        return
    dated = list(days)
    _dated_after(text, values, dated)
    if _TIME_COMPARED.search(text):
        return
    runs = _runs(text, values, dated)
    if not runs:
        return
    if found is None:
        found = find_mentions(text, known)
    for run in runs:
        _fill(text, values, groups, run, known, found)
        for k in run:
            g = groups[k]
            if g is not None and g[1] == "parallel" and dated[k] != days[k]:
                days[k] = dated[k]  # the pair's own time point, written after it


def _fill(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    run: list[int],
    known: Sequence[str],
    found: Sequence[Mention],
) -> None:
    first = run[0]
    # Later pairs must be wholly unnamed, with no group named between them ("; whereas X ...").
    for k in run[1:]:
        if groups[k] is not None or groups[k + 1] is not None:
            run = run[: run.index(k)]
            break
        if any(values[k - 1].end() <= m.start < values[k].start() for m in found):
            run = run[: run.index(k)]
            break
    g0, g1 = groups[first], groups[first + 1]
    if g0 is not None and g1 is not None and len(run) == 1:
        return
    start = values[first].start()
    clause = _clause_start(text, start)
    # Sentence-wide breaks before the pair ("sham rats walked normally; ...") end the subject's reach.
    before = [m for m in found if clause <= m.start and m.end <= start]
    objects = [m for m in before if is_compared_object(text, m.start, clause) or _beaten(text, m.start, clause)]
    subjects = [m for m in before if m not in objects]
    subject: str | None = None
    comparator: str | None = None
    distinct = {m.label.lower(): m.label for m in subjects}
    if g0 is not None and objects and objects[-1].label.lower() == g0[0].lower():
        # A label read right before the first value that is the object of a comparison ("X separated
        # from PBS at day 14 (a vs b)") is the comparator, not the first value's group.
        comparator = g0[0]
        if len(distinct) > 1:
            groups[first] = None
            return
        subject = next(iter(distinct.values()), None)
    elif g0 is not None:
        subject = g0[0]
    elif len(distinct) == 1:
        subject = next(iter(distinct.values()))
    elif distinct:
        return  # two groups named before the pair, neither the object of a comparison
    if g1 is not None:
        if comparator is not None and g1[0].lower() != comparator.lower():
            return
        comparator = g1[0]
    elif comparator is None and len({m.label.lower() for m in objects}) == 1:
        comparator = objects[0].label
    elif comparator is None and objects:
        return  # "than vehicle and sham (a vs b)": which one is not said
    if subject is not None and group_arm(subject) == "sham":
        return
    if comparator is not None and group_arm(comparator) == "sham":
        return
    if subject is not None and comparator is None:
        if foreign_object(text[clause : values[run[-1] + 1].end()], known):
            return  # "In the X group, scores rose from day 7 to day 28 (a vs b)": one group's change
        own = _known_label(subject, known)
        comparator = _injured_comparator(own, known) if own else None
    elif subject is None and comparator is not None:
        own = _known_label(comparator, known)
        subject = _injured_comparator(own, known) if own else None
    elif subject is None and comparator is None:
        if any(m.start < values[run[-1] + 1].end() for m in found):
            return  # a group named that is neither subject nor object: not clear
        _design_pairs(text, values, groups, run, known)
        return
    if subject is None or comparator is None or subject.lower() == comparator.lower():
        return
    for k in run:
        if groups[k] is None:
            groups[k] = (subject, "parallel")
        if groups[k + 1] is None:
            groups[k + 1] = (comparator, "parallel")
    if g0 is not None and g0[0].lower() == comparator.lower():
        groups[first] = (subject, "parallel")


def _design_pairs(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    run: list[int],
    known: Sequence[str],
) -> None:
    """(treatment, control) for unnamed pairs in a paper with one vesicle arm and one control arm
    among its injured groups. Each pair is read in its own clause ("did not differ on day 1 (a vs
    b) and first diverged at week 2 (c vs d)"): one that states an effect, with the first value the
    higher, opens the reading; later pairs follow it unless their clause says there was none."""
    pair = two_arms(known)
    if pair is None:
        return
    reading = False
    for k in run:
        words = text[values[k - 1].end() if k else 0 : values[k + 1].end()]
        if _NO_EFFECT.search(words) or foreign_object(words, known):
            reading = False
            continue
        if not reading:
            a, b = (parse_number(values[i]["m"]) for i in (k, k + 1))
            reading = bool(_EFFECT.search(words)) and a is not None and b is not None and a > b
        if reading:
            groups[k], groups[k + 1] = (pair[0], "parallel"), (pair[1], "parallel")


def _table_owners(value: re.Match[str], day: float | None, scale: str, table: TableValues) -> frozenset[str]:
    """The table groups whose value at ``day`` is this mean with this SD or SEM (none without both)."""
    mean, raw = parse_number(value["m"]), value["d"] or value["d2"]
    disp = parse_number(raw) if raw else None
    if mean is None or disp is None or day is None:
        return frozenset()
    return table.get((scale, day, mean, disp), frozenset())


# Between the two values of a pair, with the group size written after the first: "0.4 ± 0.2 (9) versus".
_TABLE_GAP: Final = re.compile(rf"\s*+(?:\(\s*+(?:n\s*+=\s*+)?\d{{1,3}}\s*+\)\s*+)?(?:{_GAP.pattern})", re.IGNORECASE)


def table_pairs(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: Sequence[float | None],
    scale: str,
    table: TableValues,
) -> None:
    """An unnamed pair ("all injured rats were paraplegic on day 1 (0.4 ± 0.2 versus 0.6 ± 0.2)")
    whose two values, each with its SD or SEM, are each one table group's value at that day, and
    not the same group's, takes those groups: the table says whose they are, no guess is made."""
    if not table:
        return
    _table_lists(text, values, groups, days, scale, table)
    for i in range(len(values) - 1):
        a, b = values[i], values[i + 1]
        day = days[i]
        if groups[i] is not None or groups[i + 1] is not None or day is None or days[i + 1] != day:
            continue
        if not _TABLE_GAP.fullmatch(text, a.end(), b.start()):
            continue
        owners = [_table_owners(v, day, scale, table) for v in (a, b)]
        if all(len(o) == 1 for o in owners) and owners[0] != owners[1]:
            groups[i], groups[i + 1] = (next(iter(owners[0])), "parallel"), (next(iter(owners[1])), "parallel")


# Values listed in one bracket or clause: "(0.9 ± 0.6 and 1.1 ± 0.7)", "2.1 ± 0.5, 2.3 ± 0.6 and 2.2 ± 0.4".
_LIST_GAP: Final = re.compile(r"\s*+\)?\s*+(?:,\s*+(?:and\s++)?|;\s*+|and\s++)\(?\s*+", re.IGNORECASE)


def _table_lists(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: Sequence[float | None],
    scale: str,
    table: TableValues,
) -> None:
    """An unnamed list of values at one day ("the two injured groups did not differ (a and b)"),
    each with its SD or SEM, that repeats the table: each value, mean and spread, is one table
    group's at that day and no two are the same group's. The table says whose they are."""
    i, n = 0, len(values)
    while i < n:
        j = i
        while (
            j + 1 < n
            and groups[j + 1] is None
            and days[j + 1] == days[i]
            and _LIST_GAP.fullmatch(text, values[j].end(), values[j + 1].start())
        ):
            j += 1
        run = range(i, j + 1)
        i = j + 1
        if len(run) < 2 or days[run[0]] is None or any(groups[k] is not None for k in run):
            continue
        owners = [_table_owners(values[k], days[k], scale, table) for k in run]
        if all(len(o) == 1 for o in owners) and len(set(owners)) == len(owners):
            for k, o in zip(run, owners, strict=True):
                groups[k] = (next(iter(o)), "parallel")
