"""Animal quantities: body weights, ages and animals per group (re-exported by ``miner.extract.quantities``)."""

from __future__ import annotations

import re
from typing import Any, Final

from miner.extract._numbers import NUM, NUM_P, PM, parse_number, word_number
from miner.extract._qbase import (
    _F,
    _INT_OR_WORD,
    INT_OR_WORD_P,
    Quantity,
    _clause_before,
    _overlaps,
    _prep,
    _q,
)

__all__ = ["N_EACH", "find_ages", "find_body_weights", "find_equal_split_back", "find_group_sizes", "says_equal"]


# Grams as papers write them: "g", "gm", "gms", "grams" ("weighing 180–220 gm").
_G = r"(?:g|gms?|grams?)"
_BW_RANGE = re.compile(
    rf"(?P<lo>{NUM_P})\s*(?:{_G}\s*)?(?:-|to|~)\s*(?P<hi>{NUM_P})\s*{_G}\b(?!\s*(?:for|x)\b)", _F
)
_BW_PM = re.compile(rf"(?P<v>{NUM_P})\s*(?:{_G}\s*)?{PM}\s*(?P<sd>{NUM_P})\s*{_G}\b", _F)
_BW_ONE = re.compile(rf"(?P<v>{NUM_P})\s*{_G}\b(?!\s*(?:for|x|rod|weight|/)\b)", _F)
# "weights between 200 and 250 g", "weighing between 220 g and 250 g": "and" joins a range
# only after "between" (elsewhere "200 and 250 g" may be two groups' weights).
_BW_BETWEEN = re.compile(
    rf"\bbetween\s+(?P<lo>{NUM})\s*(?:{_G}\s*|grams?\s+)?and\s+(?P<hi>{NUM})\s*{_G}\b", _F
)
# "(0.25–0.30 kg)", "weighing 0.2 kg": kilograms, never the "/kg" of a dose.
_BW_KG = re.compile(
    rf"(?<![/\w.])(?P<lo>{NUM})\s*(?:kg\s*)?(?:(?:-|to|~)\s*(?P<hi>{NUM})\s*)?kg\b(?!\s*/)", _F
)
# The weight stated is not the animals' weight at purchase or surgery: it is measured
# later ("at sacrifice", "final body weights", "28 days after injury") or is a change
# ("lost about 30 g", "fell to 210 g", "weight gain of 25 g").
_BW_LATER_BEFORE = re.compile(
    r"sacrific|euthan|\bfinal\b|\bat\s+the\s+end\b|\bend\s+of\s+the\s+(?:study|experiment)|"
    r"post-?\s?(?:injury|operative|operation|surgery|SCI)|\bafter\s+(?:the\s+)?(?:injury|SCI|surgery|operation|treatment)|"
    r"\b(?:days?|weeks?)\s+(?:after|post)|\bdpi\b|\b(?:on|at|by)\s+(?:day|week)\s+\d",
    _F,
)
_SCALE_STEP = re.compile(r"nearest|accura|precision|resolution|readab", _F)
# A change of weight names its verb or noun right before the number.
_BW_CHANGE_BEFORE = re.compile(
    r"(?:\blos[st]|\blosing|\bloss|\bgain(?:ed)?|\bfell|\bdropped|\bdecreased|\bincreased|\breduced|\bdeclined|"
    r"\bchanged?|\bdifference)\s+(?:of\s+|by\s+|to\s+)?(?:about\s+|approximately\s+|nearly\s+|only\s+|~\s*)?$",
    _F,
)
_BW_LATER_AFTER = re.compile(
    r"^[\s)\]]*+,?\s*+(?:at\s+(?:the\s+(?:time\s+of\s+)?)?(?:sacrific|euthan|death|kill|the\s+end|harvest)|"
    r"(?:on|at)\s+(?:day|week)\s+\d|\d+\s*(?:days?|weeks?|d|w)\s+(?:after|post)|after\s+(?:injury|SCI|surgery|treatment))",
    _F,
)
_BW_CONTEXT = re.compile(
    r"(?:weigh\w*|body\s*weights?|\bBW|mass|rats?|mice|animals)\b[^.;]{0,40}$", _F
)
_CENTRIFUGE = re.compile(r"centrifug|spun|spin|rcf|ultracentrifug|impact|rod|dropped|drop", _F)


def find_body_weights(text: str) -> list[Quantity]:
    """Body weights in g: "200–250 g", "weighing 220 ± 20 g", "(250 ± 10 g)", "weighing 250 g".

    ``value`` is ``{"low", "high"}`` (a single value or mean ± SD gives low = high
    = the value; ``sd`` is kept alongside). Weights outside 10-1000 g, g-forces
    and impactor rods ("a 10 g rod") are skipped.
    """
    f = _prep(text)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for pat in (_BW_BETWEEN, _BW_KG, _BW_PM, _BW_RANGE, _BW_ONE):
        for m in pat.finditer(f):
            if _overlaps(taken, *m.span()):
                continue
            before = _clause_before(f, m.start(), 60)
            after = f[m.end() : m.end() + 25]
            if (
                _BW_LATER_BEFORE.search(before)
                or _BW_CHANGE_BEFORE.search(before)
                or _BW_LATER_AFTER.match(after)
            ):
                taken.append(m.span())  # a later weight or a change: not the one at purchase
                continue
            if re.match(r"^\s*(?:for\s+\d|x\b|\(?\s*rcf)", after, _F) or re.search(
                r"x\s*$", before
            ):
                continue
            if _CENTRIFUGE.search(before[-30:]) or _CENTRIFUGE.search(after):
                continue
            if pat is _BW_PM:
                v, sd = parse_number(m["v"]), parse_number(m["sd"])
                val: dict[str, Any] = {"low": v, "high": v, "sd": sd}
            elif pat is _BW_RANGE or pat is _BW_BETWEEN:
                lo, hi = parse_number(m["lo"]), parse_number(m["hi"])
                if lo is None or hi is None or lo >= hi:
                    continue
                val = {"low": lo, "high": hi}
            elif pat is _BW_KG:
                lo = parse_number(m["lo"])
                hi = parse_number(m["hi"]) if m["hi"] else lo
                # A rat weighs 0.05-1.5 kg; "2 kg" is a load, "to the nearest 0.1 kg" a scale's step.
                if lo is None or hi is None or lo > hi or lo < 0.05 or hi >= 1.5:
                    continue
                if not _BW_CONTEXT.search(before) or _SCALE_STEP.search(before):
                    continue
                val = {"low": round(lo * 1000, 3), "high": round(hi * 1000, 3)}
            else:
                v = parse_number(m["v"])
                # A lone value needs a weighing context: "a 10 g rod" is not a rat.
                if not _BW_CONTEXT.search(before):
                    continue
                val = {"low": v, "high": v}
            if not all(x is not None and 10 <= x <= 1000 for x in (val["low"], val["high"])):
                continue
            out.append(_q("body_weight", val, m, text))
            taken.append(m.span())
    return sorted(out, key=lambda q: q.start)


_AGE = re.compile(
    rf"(?:aged\s+|age\s+of\s+)?(?P<lo>{INT_OR_WORD_P})(?:\s*(?:-|to)\s*(?P<hi>{INT_OR_WORD_P}))?\s*-?\s*"
    r"(?P<u>weeks?|wks?|months?|days?)(?:\s*-?\s*(?P<old>old)|\s+of\s+age|\s+age)",
    _F,
)
_AGE2 = re.compile(
    rf"aged\s+(?P<lo>{_INT_OR_WORD})(?:\s*(?:-|to)\s*(?P<hi>{_INT_OR_WORD}))?\s*(?P<u>weeks?|wks?|months?)\b",
    _F,
)


def find_ages(text: str) -> list[Quantity]:
    """Animal ages in weeks: "8 weeks old", "8-week-old", "aged 8–10 weeks", "6 to 8 weeks of age"."""
    f = _prep(text)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for pat in (_AGE, _AGE2):
        for m in pat.finditer(f):
            if _overlaps(taken, *m.span()):
                continue
            lo = word_number(m["lo"])
            hi = word_number(m["hi"]) if m["hi"] else lo
            if lo is None or hi is None:
                continue
            u = m["u"].lower()
            factor = 1.0 if u.startswith("w") else 4.345 if u.startswith("m") else 1 / 7
            out.append(_q("age", {"low_weeks": lo * factor, "high_weeks": hi * factor}, m, text))
            taken.append(m.span())
    return sorted(out, key=lambda q: q.start)


_ANIMAL = r"(?:(?:female|male|adult|injured|lesioned|contused|SCI|healthy|young|SD|Sprague[- ]Dawley|Wistar|C57BL/6J?|Long[- ]Evans)\s+)*(?:rats|mice|animals)"


# One size stated for every group: "n = 8 per group", "n = 8 rats/group", "n = 8 in each group",
# "(n = 10 each)", "n = 6 per condition". Table captions and footnotes say it so as well.
N_EACH: Final = re.compile(
    r"\bn\s*=\s*(?P<n>\d{1,3})\s*(?:(?:rats|mice|animals)\s*)?"
    r"(?:per\s+group|/\s*group|in\s+each\s+group|each|for\s+each\s+group|per\s+(?:arm|condition))\b",
    re.IGNORECASE,
)


_N_PATTERNS: Final = (
    (
        # "each group contained 10 rats", "each experimental group comprised six animals",
        # "three groups, each containing 10 rats", "each group had n = 8"
        re.compile(
            rf"\b(?:(?:each|every)(?:\s+of\s+the)?|all(?:\s+the)?)\s+(?:(?:\w+\s+)?(?:groups?|arms?|cohorts?)\s+)?(?:contained|containing|consisted\s+of|consisting\s+of|"
            rf"comprised|comprising|included|including|had|having|of|with)\s+(?:n\s*=\s*)?"
            rf"(?P<n>{_INT_OR_WORD})\s+{_ANIMAL}",
            _F,
        ),
        True,
    ),
    (
        # The groups as the subject, "each" after the count or before the verb: "the injured
        # groups contained twelve rats each", "the treated groups each comprised 8 animals"
        re.compile(
            rf"\b(?:groups|arms|cohorts)\s+each\s+(?:contained|comprised|consisted\s+of|included|had|numbered)\s+"
            rf"(?:n\s*=\s*)?(?P<n>{_INT_OR_WORD})\s+{_ANIMAL}"
            rf"|\b(?:groups|arms|cohorts)\s+(?:contained|comprised|consisted\s+of|included|had)\s+(?:n\s*=\s*)?"
            rf"(?P<n2>{_INT_OR_WORD})\s+{_ANIMAL}\s+(?:each|apiece)\b",
            _F,
        ),
        True,
    ),
    (
        # "with 12 rats in each", "12 rats in each of the three groups", "groups with ten animals each"
        re.compile(
            rf"\b(?P<n>{_INT_OR_WORD})\s+{_ANIMAL}\s+(?:in|per)\s+each\b"
            rf"|\bwith\s+(?P<n2>{_INT_OR_WORD})\s+{_ANIMAL}\s+(?:each|apiece)\b",
            _F,
        ),
        True,
    ),
    (
        # "In each group, 10 rats were ...", "the number of rats in each group was 10"
        re.compile(
            rf"\b(?:in|for)\s+(?:each|every)\s+(?:\w+\s+)?(?:group|arm)\s*,\s*(?P<n>{_INT_OR_WORD})\s+{_ANIMAL}"
            rf"|\bnumber\s+of\s+{_ANIMAL}\s+(?:in\s+each|per|in\s+every|for\s+each)\s+(?:\w+\s+)?(?:group|arm)\s+(?:was|were|is|=|:)\s*(?P<n2>\d+|{_INT_OR_WORD})\b",
            _F,
        ),
        True,
    ),
    (
        re.compile(
            r"\bn\s*=\s*(?P<n>\d+)\s*(?:(?:rats|mice|animals)\s*)?(?:per|/|in\s+each|for\s+each|each)\s*(?:group|arm)\b",
            _F,
        ),
        True,
    ),
    (
        re.compile(
            rf"\b(?P<n>{_INT_OR_WORD})\s+{_ANIMAL}\s+(?:per|in\s+each|for\s+each|each|/)\s*(?:(?:experimental|treatment|study|\w+ed)\s+)?(?:group|arm)\b",
            _F,
        ),
        True,
    ),
    (
        re.compile(
            rf"\b(?P<n>{_INT_OR_WORD})\s+{_ANIMAL}\s+(?:were\s+)?(?:included\s+|allocated\s+|assigned\s+)?in\s+each\s+(?:group|arm)",
            _F,
        ),
        True,
    ),
    (
        # "Eight rats were allocated to each group", "nine rats were assigned to each
        # injured group and six to G1", "ten rats were used per injured group",
        # "nine rats were allocated to each of the four groups"
        re.compile(
            rf"\b(?P<n>{_INT_OR_WORD})\s+{_ANIMAL}\s+(?:were|was)\s+(?:\w+ly\s+)?"
            r"(?:allocated|assigned|randomi[sz]ed|used|included|enrolled|placed|distributed)\s+"
            r"(?:(?:to|in|into|for)\s+(?:each|every)|per)\s+(?:of\s+the\s+(?:\w+\s+)?)?(?:[\w-]+\s+)?(?:groups?|arms?|cohorts?)\b",
            _F,
        ),
        True,
    ),
    (
        # "four equal groups (10 rats each)", "three groups (eight animals per group)"
        re.compile(
            rf"\b(?:groups?|arms?)\s*\(\s*(?:n\s*=\s*)?(?P<n>{_INT_OR_WORD})\s+{_ANIMAL}\s+"
            r"(?:each|apiece|per\s+group|in\s+each(?:\s+group)?|/\s*group)\s*\)",
            _F,
        ),
        True,
    ),
    (
        # "divided into four groups (A–D) by sealed envelopes, eight rats each"
        re.compile(
            rf"\bgroups?\b[^.;]{{0,80}}?,\s*(?P<n>{_INT_OR_WORD})\s+{_ANIMAL}\s+(?:each|apiece|per\s+group)\b",
            _F,
        ),
        True,
    ),
    (
        re.compile(
            r"\bgroups?\s+(?:\w+\s+){0,3}\(\s*n\s*=\s*(?P<n>\d+)\s*(?:each|per\s+group|/\s*group|rats?\s+(?:each|per\s+group))?\s*\)",
            _F,
        ),
        True,
    ),
    (
        re.compile(
            # "a year group of 13-14 years old" is an age, not a group size.
            # "four groups (Sham, SCI + PBS, Exo and miR-Exo) of eight animals each"
            rf"\b(?:groups?|arms?)\s+(?:\([^()]{{1,80}}\)\s+)?of\s+(?P<n>{_INT_OR_WORD})\s*(?:{_ANIMAL})?(?:\s+each)?\b"
            r"(?!\s*(?:[-–‐]\s*\d|to\s+\d|years?|yrs?|months?|weeks?|days?|%))",
            _F,
        ),
        True,
    ),
    (
        re.compile(
            # "eight per injured group": the group may carry one qualifying word
            rf"\b(?P<n>{_INT_OR_WORD})\s*(?:{_ANIMAL})?\s*(?:per|/|in\s+each|for\s+each)\s*"
            r"(?:(?:injured|treated|experimental|treatment|study|SCI|lesioned|operated)\s+)?group\b",
            _F,
        ),
        True,
    ),
    (re.compile(r"\(\s*n\s*=\s*(?P<n>\d+)\s*(?:each|per\s+group|/\s*group)\s*\)", _F), True),
    (N_EACH, True),
    (re.compile(r"\(\s*n\s*=\s*(?P<n>\d+)\s*\)", _F), False),
    (re.compile(r"\bn\s*=\s*(?P<n>\d+)\b", _F), False),
)


# "Sixty rats were randomly divided into five equal groups", "24 rats were equally
# allocated to three groups": the group size is the total over the groups, stated
# only when the split is said to be equal.
# What follows "were"/"was" in a split into groups: how ("randomly", "equally"), the
# verb, the number of groups and whether they are said equal.
_SPLIT_TAIL = (
    rf"(?P<how>(?:(?:randomly|equally|evenly|randomi[sz]ed|and)\s+){{0,3}})"
    rf"(?:divided|assigned|allocated|distributed|split|randomi[sz]ed)\s+(?P<how2>(?:(?:randomly|equally|evenly|and)\s+){{0,3}})"
    rf"(?:in)?to\s+(?:the\s+)?(?P<g>\d{{1,2}}|{_INT_OR_WORD})\s+(?P<eq>equal(?:ly\s+sized|-sized)?\s+|even\s+)?(?:\w+\s+)?(?:groups|arms|cohorts)\b"
    rf"(?P<eq2>\s+(?:in\s+equal\s+numbers|of\s+equal\s+size|equally|evenly))?"
)
_EQUAL_SPLIT = re.compile(
    rf"\b(?P<tot>\d{{1,3}}|{_INT_OR_WORD})\s+(?:[\w-]+\s+){{0,3}}?(?:rats|mice|animals)\s+(?:\([^()]{{0,60}}\)\s+)?"
    r"(?:were|was)\s+" + _SPLIT_TAIL,
    _F,
)
# A number followed by a unit is an age or a weight ("12 weeks old female rats", "200 g
# rats"), not a count of animals.
_COUNT_UNIT = r"(?:weeks?|months?|days?|g|gm|grams?|kg|mg)\b"
# The split said in a sentence of its own, the total in an earlier one of the paragraph:
# "Forty-five adult female Wistar rats were obtained ... The rats were randomly divided
# into three equal groups". The subject refers back ("the rats", "these animals", "they").
_EQUAL_SPLIT_BACK = re.compile(
    r"\b(?:(?:the|these|all(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}?(?:rats|mice|animals)|they)\s+(?:were|was)\s+"
    + _SPLIT_TAIL,
    _F,
)
# The total a later split refers to: a count of animals that opens its sentence or is
# called a total ("Forty-five adult female Wistar rats (180–220 g) were obtained",
# "A total of 36 rats were used").
_TOTAL_ANIMALS = re.compile(
    rf"(?:^|[.;]\s++|\btotal\s+of\s+|\bIn\s+total,?\s+|\bwe\s+used\s+)(?P<tot>\d{{1,3}}|{_INT_OR_WORD})\s+"
    rf"(?!{_COUNT_UNIT})(?:[\w-]+\s+){{0,4}}?(?:rats|mice|animals)\b(?!\s+(?:per|each|in\s+each|were\s+excluded|died))",
    _F,
)
# Any count of animals in the paragraph: "Forty-five rats", "the 15 rats that died",
# "6 other animals". A paragraph that counts animals twice (a pilot, the losses, a
# subset) does not say which count a later split refers to.
_ANIMAL_COUNT = re.compile(
    rf"\b(?P<tot>\d{{1,3}}|{_INT_OR_WORD})\s+(?!{_COUNT_UNIT})(?:[\w-]+\s+){{0,4}}?(?:rats|mice|animals)\b",
    _F,
)
# The split of a part of the animals ("the remaining rats", "the surviving animals"):
# the total before counts all of them.
_SUBSET = re.compile(r"\b(?:remaining|surviving|survived|other|rest|excluded|died|dead)\b", _F)


# The cheap gate of an equal split: "equal(ly)", "even(ly)" (not "seven", "event", "prevent").
_EQUAL_WORD: Final = re.compile(r"equal|\beven(?:ly)?\b", re.IGNORECASE)


def says_equal(text: str) -> bool:
    """``text`` has a word of an equal split; the long split patterns need one."""
    return _EQUAL_WORD.search(text) is not None


def _said_equal(m: re.Match[str]) -> bool:
    return bool(
        m["eq"] or m["eq2"] or re.search(r"equally|evenly", (m["how"] or "") + (m["how2"] or ""), _F)
    )


def _one_total(before: str) -> int | None:
    """The one count of animals in ``before``, when it is also its one total; else None."""
    pb = _prep(before)
    totals = {word_number(t["tot"]) for t in _TOTAL_ANIMALS.finditer(pb) if not _SUBSET.search(t[0])}
    counts = {word_number(c["tot"]) for c in _ANIMAL_COUNT.finditer(pb)}
    if len(counts) != 1 or totals != counts:
        return None
    return totals.pop()


def find_equal_split_back(text: str, before: str) -> list[Quantity]:
    """A split into equal groups whose total an earlier sentence of the paragraph (``before``) gave.

    "Forty-five rats were used. The rats were randomly divided into three equal groups"
    gives 15 per group, the number allocated (the sheet's convention, whatever deaths
    follow). The total is the one count of animals in ``before``; it must open its
    sentence or be called a total, and split evenly. A paragraph with two different
    counts, or a split of "the remaining rats", gives nothing.
    """
    f = _prep(text)
    if not says_equal(f):
        return []
    out = []
    total: int | None = None  # the one total of ``before``, read once, at the first split
    read = False
    for m in _EQUAL_SPLIT_BACK.finditer(f):
        groups = word_number(m["g"])
        if not _said_equal(m) or not groups or groups < 2 or _SUBSET.search(m[0][: m.start("how") - m.start()]):
            continue
        if not read:
            total, read = _one_total(before), True
        tot = total
        if not tot or tot % groups or not 1 <= tot // groups <= 200:
            continue
        out.append(_q("n_per_group", {"n": tot // groups, "per_group": True}, m, text))
    return out


def _equal_splits(f: str, text: str) -> list[Quantity]:
    if not says_equal(f):
        return []  # cheap gate: the pattern is long and most sentences split nothing equally
    out = []
    for m in _EQUAL_SPLIT.finditer(f):
        said_equal = _said_equal(m)
        tot, groups = word_number(m["tot"]), word_number(m["g"])
        if not said_equal or not tot or not groups or groups < 2 or tot % groups:
            continue
        n = tot // groups
        if 1 <= n <= 200:
            out.append(_q("n_per_group", {"n": n, "per_group": True}, m, text))
    return out


_RANGE_BEFORE = re.compile(r"\d\s*(?:-|to|~)\s*$", _F)
_RANGE_AFTER = re.compile(r"\s*+(?:-|to|~)\s*+\d", _F)


def find_group_sizes(text: str) -> list[Quantity]:
    """Animals per group: "n = 8 per group", "eight rats per group", "(n = 10)", "12 rats/group".

    ``value`` is ``{"n": int, "per_group": bool}``; ``per_group`` is False for a
    bare "(n = 10)", which may be a total or a cell-culture replicate count.
    """
    f = _prep(text)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for pat, per_group in _N_PATTERNS:
        for m in pat.finditer(f):
            if _overlaps(taken, *m.span()):
                continue
            raw = m["n"] if m["n"] is not None else m.groupdict().get("n2") or ""
            n = word_number(raw)
            if n is None or not 1 <= n <= 200:
                continue
            g = "n" if m["n"] is not None else "n2"
            if _RANGE_BEFORE.search(f[max(0, m.start(g) - 8) : m.start(g)]) or _RANGE_AFTER.match(
                f, m.end(g)
            ):
                continue  # "n = 6-8 per group": a range is no single group size
            out.append(_q("n_per_group", {"n": n, "per_group": per_group}, m, text))
            taken.append(m.span())
    out.extend(q for q in _equal_splits(f, text) if not _overlaps(taken, q.start, q.end))
    return sorted(out, key=lambda q: q.start)
