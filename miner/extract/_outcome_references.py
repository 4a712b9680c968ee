"""Scores whose groups are named elsewhere than beside them: back-references and comparisons.

Two shapes the per-value readers leave empty, because no label stands next to any value::

    Rats received exosomes or saline ... At week 5 they were 8.6 ± 0.7 and 6.1 ± 0.6.
    Compared with vehicle, Exo improved BBB scores (day 28: 10.1 ± 0.6 vs 6.9 ± 0.6).

The first takes the groups named by an earlier sentence of the paragraph, in the order they
were named, but only when the sentence points back to them ("they", "the two groups") and the
counts agree. The second follows the grammar of the comparison: the subject owns the first
value, the group it is compared with the second. Anything looser stays empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract._outcome_arms import group_arm, source_only
from miner.extract._outcome_labels import ARM_WORD, INJURY_WORD, cohorts, mentions, valid_label
from miner.extract._outcome_time import TIME

__all__ = ["COMPARED_FIRST", "PAIR_WORD", "SERIES_LINK", "arm_labels", "back_reference", "cohort_guard", "compared_with", "is_compared_object", "pair_runs", "than_object", "two_arm_pairs", "two_arms"]

# A sentence that points back to groups already named: "they were", "the two groups scored".
_BACK: Final = re.compile(
    r"\b(?:they|these\s+(?:groups|rats|animals)|the\s+(?:two|three|four)\s+groups|both\s+groups"
    r"|the\s+(?:respective\s+)?(?:scores|means|values)\s+of\s+(?:these|the\s+(?:two|three)\s+groups))\b",
    re.IGNORECASE,
)

# "the two injured groups", "both SCI groups", "the three lesioned groups": every group but the
# sham, in the order the methods set them up.
_BACK_INJURED: Final = re.compile(
    rf"\b(?:the\s++(?:two|three|four)|both(?:\s++the)?|the)\s++{INJURY_WORD.pattern}\s++(?:groups|cohorts|arms)\b",
    re.IGNORECASE,
)

_RESPECTIVELY_END: Final = re.compile(r"^\s*+\)?\s*+,?\s*+respectively\b", re.IGNORECASE)


def back_reference(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: Sequence[float | None],
    earlier: Sequence[str],
    known: Sequence[str],
    design: Sequence[str] = (),
) -> None:
    """Unlabelled values of one time point take the groups an earlier sentence named, in order.

    ``earlier`` are the paragraph's sentences before this one; the last that names groups counts.
    Only when the words before the first value point back ("they", "the two groups"), the
    sentence names no group itself, and that earlier sentence named exactly as many groups as
    there are values. Where no earlier sentence of the paragraph names groups, a list closed by
    "respectively" takes the groups in the order the methods list them (``design``), when they
    are as many as the values.
    """
    if len(values) >= 2 and design:
        _injured_clause(text, values, groups, days, known, design)
    if len(values) < 2 or not (earlier or design) or any(g is not None for g in groups):
        return
    if len(set(days)) != 1 or days[0] is None:
        return
    lower = {k.lower() for k in known}

    def groups_in(sentence: str) -> list[str]:
        # "Female Sprague-Dawley rats", "the two groups": neither is a group's label.
        return [
            x
            for x in mentions(sentence, known)
            if x.lower() in lower or ARM_WORD.search(x) or group_arm(x) != "other"
        ]

    # "At day 28 the scores were a, b and c, respectively": with no group of its own, the
    # "respectively" points back to the groups listed before, as "they" does.
    points_back = _BACK.search(text[: values[0].start()]) or _RESPECTIVELY_END.search(
        text[values[-1].end() :]
    )
    injured = [g for g in design if group_arm(g) != "sham"]
    every = _BACK_INJURED.search(text, 0, values[0].start())
    if every and len(injured) == len(values) and not groups_in(text[: every.start()] + text[every.end() :]):
        # The injured groups are the design's non-sham groups; the sentence lists their values
        # in the order the paper set them up (a sham, never injured, is not among them).
        for i, name in enumerate(injured):
            groups[i] = (name, "parallel")
        return
    if not points_back or groups_in(text):
        return
    named_before: list[str] = []
    for prev in reversed(earlier):
        named_before = groups_in(prev)
        if named_before:
            break
    if not named_before and _RESPECTIVELY_END.search(text[values[-1].end() :]):
        named_before = list(design)
    if len(named_before) != len(values):
        return
    for i, name in enumerate(named_before):
        groups[i] = (name, "parallel")


# Between two values of a run: "a, b and c", "a), and b". Whole gaps only (``fullmatch``).
SERIES_LINK: Final = re.compile(r"\s*+\)?\s*+(?:,\s*+(?:and\s++)?|and\s++)", re.IGNORECASE)


def _injured_clause(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: Sequence[float | None],
    known: Sequence[str],
    design: Sequence[str],
) -> None:
    """ "Hx-EV rats differed from Vehicle (a vs b), and at 4 wpi the three injured groups reached
    c, d and e, respectively": a clause naming the injured groups together, then one value per
    injured group of the design at one day, takes them in the design's order, whatever groups the
    sentence named before that clause."""
    injured = [g for g in design if group_arm(g) != "sham"]
    for every in _BACK_INJURED.finditer(text):
        run = [i for i, v in enumerate(values) if v.start() >= every.end()]
        if len(run) != len(injured) or any(groups[i] is not None for i in run):
            continue
        if len({days[i] for i in run}) != 1 or days[run[0]] is None:
            continue
        if any(SERIES_LINK.fullmatch(text, values[a].end(), values[a + 1].start()) is None for a in run[:-1]):
            continue
        if mentions(text[every.end() : values[run[-1]].end()], known):
            continue
        for i, name in zip(run, injured, strict=True):
            groups[i] = (name, "parallel")
        return


_PHRASE: Final = r"[A-Za-z0-9][\w\-+/]*(?:\s+[A-Za-z0-9][\w\-+/]*){0,2}"
# "Compared with vehicle, MT-Exo improved BBB scores ...": the reference group, then the subject.
COMPARED_FIRST: Final = re.compile(
    rf"^(?:[^,]{{0,40}},\s*)?(?:(?:when|as)\s+)?"
    rf"(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|versus|vs\.?|against)\s+"
    rf"(?:the\s+)?(?P<ref>{_PHRASE}?)(?:\s+(?:groups?|rats|animals))?\s*,\s*(?:the\s+)?"
    rf"(?P<subj>{_PHRASE}?)(?:\s+(?:groups?|rats|animals|treatment))?\s+"
    r"(?:significantly\s+|markedly\s+|further\s+)?"
    r"(?:improved|increased|raised|enhanced|elevated|accelerated|promoted|boosted|restored)\b",
    re.IGNORECASE,
)
# A comparison word that makes the group after it the reference, not the subject.
_COMPARED_WORD: Final = re.compile(
    r"\b(?:compared\s+(?:with|to)|comparison\s+(?:with|to)|relative\s+to|than|versus|vs\.?|against|"
    r"(?:separated|separating|differed|differing|diverged|diverging|distinct)\s+from)\b",
    re.IGNORECASE,
)


def is_compared_object(text: str, at: int, start: int = 0) -> bool:
    """The group at ``at`` is what something is compared with ("higher than vehicle and sham"):
    a comparison word stands before it in ``text[start:at]`` with no clause break after the word
    ("Compared with vehicle, exosomes improved ...": "exosomes" is the subject again)."""
    last = None
    for last in _COMPARED_WORD.finditer(text, start, at):
        pass
    return last is not None and not re.search(r"[,;:]", text[last.end() : at])


# The values as "(day 28: A vs B ...)" or "(A vs B at day 28)": exactly two, set against each other.
# A sentence that sets two values against each other.
PAIR_WORD: Final = re.compile(r"\b(?:vs|versus|against)\b", re.IGNORECASE)
_PAIR_GAP: Final = re.compile(r"\s*+(?:vs\.?|versus|against|compared\s+with)\s*", re.IGNORECASE)


def compared_with(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
) -> None:
    """'Compared with Y, X improved … (A vs B)': A is X's, B is Y's.

    Only two values, unlabelled or labelled by mention order only, set against each other by "vs"/"versus", inside the
    sentence that opens with the comparison; the subject and the reference must read as groups.
    """
    # Groups read only from the order of mention ("parallel") give way to the grammar.
    if len(values) != 2 or any(g is not None and g[1] != "parallel" for g in groups[1:]):
        return
    m = COMPARED_FIRST.search(text)
    if m is None or m.end() > values[0].start():
        return
    if not _PAIR_GAP.fullmatch(text[values[0].end() : values[1].start()]):
        return
    subj, ref = valid_label(m["subj"], True), valid_label(m["ref"], True)
    if not subj or not ref or subj.lower() == ref.lower():
        return
    if TIME.search(subj) or TIME.search(ref):
        return  # "Compared with day 7, scores at day 28 improved": time points, not groups
    first = groups[0]
    if first is not None and first[1] != "parallel" and first[0].lower() != subj.lower():
        return  # the first value carries a label of its own that is not the subject
    groups[0] = (subj, "parallel")
    groups[1] = (ref, "parallel")


_THAN: Final = re.compile(
    r"\bthan\s+(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?(?P<obj>[^()\[\],;:.]{1,60}?)\s*[(\[,:]?\s*$",
    re.IGNORECASE,
)


def than_object(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    known: Sequence[str],
) -> None:
    """'X produced a smaller gain than Y (8.3 …)': the value is X's, not Y's.

    A label read right before a value is the object of "than" here; the value goes to the one
    group the sentence names before "than", and is left empty when that is not clear.
    """
    # Only the sentence's first value, alone in its brackets: after "the Exo group was 8.4,
    # higher than that of the SCI group (5.5)" the bracketed value is the SCI group's own.
    if not values or groups[0] is None or groups[0][1] != "before":
        return
    label = groups[0][0]
    than = _THAN.search(text, 0, values[0].start())
    if than is None or label.lower() not in than["obj"].lower():
        return
    close = text.find(")", values[0].end())
    if len(values) > 1 and 0 <= close and values[1].start() < close:
        return  # "(8.3 vs 10.1)": a pair set against each other, read elsewhere
    subject = [x for x in mentions(text[: than.start()], known) if x.lower() != label.lower()]
    groups[0] = (subject[0], "parallel") if len(subject) == 1 else None


# The treatment named as the sentence's actor: "sEV rats stepped earlier", "exosomes improved".
_TREATMENT_WORD: Final = re.compile(
    r"\b(?:exosomes?|exos?|s?EVs?|vesicles?|treated|treatment|secretome)\b", re.IGNORECASE
)
_CONTROL_WORD: Final = re.compile(
    r"\b(?:vehicle|PBS|saline|controls?|untreated|sham|placebo|injured\s+only)\b", re.IGNORECASE
)


def _one_label(labels: Sequence[str]) -> str | None:
    """The one label ``labels`` (one arm's) write, longest form, or None when they are two arms.

    A label that is the tail of another ("sEV" of "HX + sEV") is the same arm written short; one
    joined by a hyphen is not ("Exo" and "miR-Exo" are two arms).
    """
    longest = max(labels, key=len)
    low = longest.lower()
    same = all(
        k.lower() == low or re.search(rf"(?:\+\s*|\s){re.escape(k.lower())}$", low)
        or low.startswith(k.lower() + " (")
        # "EV" for the table's "MSC-EV": a label that only puts the source before it.
        or (low.endswith("-" + k.lower()) and source_only(longest[: -len(k) - 1]))
        for k in labels
    )
    return longest if same else None


def arm_labels(known: Sequence[str]) -> dict[str, str | None]:
    """The paper's one label of each arm ("treatment", "control", ...), None for an arm of two."""
    arms: dict[str, list[str]] = {}
    for k in known:
        arms.setdefault(group_arm(k), []).append(k)
    return {arm: _one_label(labels) for arm, labels in arms.items()}


def two_arms(known: Sequence[str]) -> tuple[str, str] | None:
    """The paper's one treatment label and one control label, or None when it has more arms
    (a second treatment or control label, or any group of neither arm but sham)."""
    arms = arm_labels(known)
    if "other" in arms:
        return None
    t, c = arms.get("treatment"), arms.get("control")
    return (t, c) if t and c else None


def two_arm_pairs(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: Sequence[float | None],
    known: Sequence[str],
) -> None:
    """'sEV rats stepped better (BBB at day 42: 12.3 vs 7.0)': in a paper with one treatment arm and
    one injured control, an unlabelled pair set against each other ("vs", "versus", "against") in
    a sentence about the treatment is (treatment, control).

    Only when nothing else is read in the sentence, the treatment is named before the first value
    and no control, sham or other group is named before the pair: anything else stays empty.
    """
    if len(values) < 2:
        return
    pair = two_arms(known)
    if pair is None:
        return
    empty = [i for i, g in enumerate(groups) if g is None]
    if len(empty) == 1 and empty[0] > 0 and len(empty) < len(values):
        # "the sEV group stood at 4.1 ± 0.3 against 2.6 ± 0.3": the only unnamed value, set
        # against a named one at the same day, is the other injured arm's.
        j = empty[0]
        named = groups[j - 1]
        arm = group_arm(named[0]) if named else None
        if (
            arm in ("treatment", "control")
            and days[j] is not None
            and days[j - 1] == days[j]
            and _PAIR_GAP.fullmatch(text[values[j - 1].end() : values[j].start()])
        ):
            groups[j] = (pair[1] if arm == "treatment" else pair[0], "parallel")
        return
    if len(values) % 2 or any(g is not None for g in groups):
        return
    lead = text[: values[0].start()]
    if not _TREATMENT_WORD.search(lead) or _CONTROL_WORD.search(lead):
        return
    for i in range(0, len(values), 2):
        if not _PAIR_GAP.fullmatch(text[values[i].end() : values[i + 1].start()]):
            return
        if days[i] is None or days[i] != days[i + 1]:
            return
        if i and _CONTROL_WORD.search(text[values[i - 1].end() : values[i].start()]):
            return
    for i in range(0, len(values), 2):
        groups[i] = (pair[0], "parallel")
        groups[i + 1] = (pair[1], "parallel")


def cohort_guard(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    known: Sequence[str],
) -> None:
    """A group carried from elsewhere ("parallel") is not the value's when the words before the
    value name another cohort: "In the chronic cohort both groups had plateaued (a and b)" after a
    sentence about the acute cohort's groups. Such values stay empty."""
    by_word = cohorts(known)
    if not by_word:
        return
    cohort_of = {k.lower(): w for w, labels in by_word.items() for k in labels}
    words = set(by_word)
    pat = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(words)))})\b", re.IGNORECASE)
    # "... in the chronic setting": a cohort named after the values, when it is the only one.
    anywhere = {m[0].lower() for m in pat.finditer(text)}
    only = next(iter(anywhere)) if len(anywhere) == 1 else None
    for i, v in enumerate(values):
        g = groups[i]
        if g is None or g[1] != "parallel":
            continue
        said = [m[0].lower() for m in pat.finditer(text, 0, v.start())]
        cohort = said[-1] if said else only
        own = cohort_of.get(g[0].lower())
        if cohort is not None and own is not None and cohort != own:
            groups[i] = None


_RESPECTIVELY: Final = re.compile(r"\s*+\)?\s*+,?\s*+respectively\b", re.IGNORECASE)
_AND: Final = re.compile(r"\s*+(?:,\s*+)?and\s*", re.IGNORECASE)
# "a at 14 days against b": the pair's time point may stand between its values.
_TIMED_PAIR: Final = re.compile(
    r"\s*+(?:(?:at|on|by)\s++(?:day|week|\d)[\w\s]{0,15}?)?\s*+(?:vs\.?|versus|against)\s*+", re.IGNORECASE
)


def _subject(head: str, known: Sequence[str]) -> str | None:
    """The one group the words before a sentence's first value open with ("Rats of the X group
    recovered faster: at 14 days they scored"), else None."""
    low = head.lower()
    names = [n for n in mentions(head, known) if not is_compared_object(head, low.find(n.lower()))]
    if len(names) != 1 or not 0 <= low.find(names[0].lower()) <= 40:
        return None
    return names[0]


def pair_runs(
    text: str,
    values: Sequence[re.Match[str]],
    groups: list[tuple[str, str] | None],
    days: Sequence[float | None],
    known: Sequence[str],
) -> None:
    """A pair of values set against each other at one time point, then the same pair again at
    later ones: "Rats of the X group recovered faster: at 14 days they scored a versus b in the Y
    group, and at 28 days c versus d"; "the sEV group scored higher (a vs b), and at week 4 the
    scores were c and d, respectively".

    The first pair needs one value named: the other is the sentence's subject (when the named
    one is the second), or, in a paper of one treatment and one control, the other arm. Later
    pairs, unnamed, at a new time point each, with no group named before them, repeat it.
    """
    if len(values) < 2 or days[0] is None or days[0] != days[1]:
        return
    if not _TIMED_PAIR.fullmatch(text[values[0].end() : values[1].start()]):
        return
    first, second = groups[0], groups[1]
    if first is None and second is not None:
        subject = _subject(text[: values[0].start()], known)
        if subject is None or subject.lower() == second[0].lower():
            return
        first = (subject, "parallel")
    elif first is not None and second is None:
        pair = two_arms(known)
        arm = group_arm(first[0])
        if pair is None or arm not in ("treatment", "control"):
            return
        second = (pair[1] if arm == "treatment" else pair[0], "parallel")
    elif first is None or second is None or first[0].lower() == second[0].lower():
        return
    fills = {0: first, 1: second}
    i = 2
    while i + 1 < len(values):
        if groups[i] is not None or groups[i + 1] is not None:
            break
        if days[i] is None or days[i] != days[i + 1] or days[i] in (days[i - 1], days[0]):
            break
        between = text[values[i - 1].end() : values[i].start()]
        # "... b in the Y group, and at 28 days c": the label that closes b is b's own.
        closing = rf"^\s*\)?\s*(?:in|for|of)\s+(?:the\s+)?{re.escape(second[0])}(?:\s+(?:group|rats|animals|mice))?"
        if mentions(re.sub(closing, "", between, count=1, flags=re.IGNORECASE), known):
            break  # "..., whereas at 28 days HX + gel rats scored c versus d": another subject
        gap = text[values[i].end() : values[i + 1].start()]
        closed = _RESPECTIVELY.match(text, values[i + 1].end())
        if not (_TIMED_PAIR.fullmatch(gap) or (_AND.fullmatch(gap) and closed)):
            break
        fills[i], fills[i + 1] = (first[0], "parallel"), (second[0], "parallel")
        i += 2
    if len(fills) == 2 and first is groups[0]:
        # A lone pair whose second value is the other arm's: ``two_arm_pairs`` reads it.
        return
    for k, g in fills.items():
        if groups[k] is None:
            groups[k] = g

