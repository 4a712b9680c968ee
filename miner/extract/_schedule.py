"""Dosing schedules (re-exported by ``miner.extract.quantities``); time points live in ``_num_timepoints``."""

from __future__ import annotations

import itertools
import re
from typing import Final

from miner.extract._num_timepoints import (
    _T_ITEM,
    _TIME_UNIT,
    _list_hours,
    _listed_hours,
    _time_lists,
    _time_value,
    find_time_points,
    unit_hours,
)
from miner.extract._numbers import NUM, NUM_P, parse_number, word_number
from miner.extract._qbase import _F, _INT_OR_WORD, Quantity, _overlaps, _prep, _q
from miner.extract._schedule_span import (
    _NO_MORE,
    _ORD,
    _ORDINALS,
    _SPAN,
    _TOTAL,
    _TU,
    _after_first_dose,
    _clause_id,
    _count,
    _doses_over,
    _extend_to_span,
    _merge_partial,
    _span_doses,
    _with_listed_interval,
    needs_listed_interval,
    time_lists_of,
)

__all__ = ["find_frequencies", "find_time_points"]


_FREQ_PATTERNS: Final = (
    # "(first dose ...), followed by one injection on each of the next two days": the first
    # dose plus one a day over the days named. Before the single-dose pattern, which would
    # read "one injection" alone.
    re.compile(
        rf"(?:\b(?P<then>followed\s+by|then|and(?:\s+then)?)\s+)?\b(?:(?:one|an?|another|a\s+further)\s+)?(?:[\w-]++\s++){{0,2}}?"
        rf"(?:injections?|doses?|administrations?|infusions?|treatments?)\s+(?:was\s+|were\s+)?(?:given\s+)?"
        rf"on\s+(?:each\s+of\s+)?the\s+(?:(?P<nxw>next|following|subsequent|first)\s+(?P<nx>{_INT_OR_WORD})"
        rf"|(?P<nx2>{_INT_OR_WORD})\s+(?P<nxw2>following|next|subsequent|first))\s+(?P<nxu>days|weeks)\b"
        # "1 h after reperfusion and on the next two days": a dated first dose and the days after it
        rf"|{_T_ITEM}\s+(?:after|post|following)\s*-?\s*[\w-]++(?:\s+[\w-]++)?\s*,?\s+and\s+(?:again\s+)?"
        rf"on\s+(?:each\s+of\s+)?the\s+(?:next|following|subsequent)\s+(?P<ny>{_INT_OR_WORD})\s+(?P<nyu>days|weeks)\b",
        _F,
    ),
    # "the first ... 1 h after injury, and the second and third 24 h and 48 h later": one dose
    # per ordinal, dated from the first.
    re.compile(
        rf"\bthe\s+second(?P<ords>(?:\s*,\s*(?:the\s+)?{_ORD})*\s*,?\s*(?:and|&)\s+(?:the\s+)?{_ORD})?"
        rf"(?:\s+(?:doses|injections|administrations|infusions|dose|injection|administration|infusion))?"
        rf"(?:\s+(?:was|were)\s+(?:given|injected|administered|delivered))?\s+"
        rf"(?P<later>{NUM}(?:\s*-?\s*{_TU})?(?:\s*,\s*{NUM}(?:\s*-?\s*{_TU})?)*"
        rf"(?:\s*,?\s*(?:and|&)\s+{NUM}(?:\s*-?\s*{_TU})?)?)\s+later\b",
        _F,
    ),
    # "the first injection ... 2 h after injury; the second 48 h after injury": each dose
    # dated from the injury by its ordinal.
    re.compile(
        rf"\bfirst\s+(?:dose|injection|administration|infusion|treatment)\b[^.]{{0,80}}?\b(?P<f0>{_T_ITEM})\s+"
        rf"(?:after|post|following)\b[^.]{{0,40}}?\bthe\s+second(?:\s+(?:dose|injection|administration|infusion))?"
        rf"(?:\s+(?:was|were)\s+(?:given|injected|administered|delivered))?\s+(?:at\s+|on\s+)?"
        rf"(?P<f1>{_T_ITEM})\s+(?:after|post|following)\b",
        _F,
    ),
    # every other day / every N days|hours|weeks, with an optional duration
    re.compile(
        rf"\b(?:every\s+other\s+day|on\s+alternate\s+days|(?:every|each)\s+(?P<en>{_INT_OR_WORD})\s*(?P<eu>days?|d|hours?|hrs?|h|weeks?|wks?)\b"
        # "every third day", "every second week": the ordinal counts the interval
        rf"|every\s+(?P<eo>{_ORD})\s+(?P<eou>day|week)\b)"
        rf"(?:{_SPAN}|{_TOTAL})?",
        _F,
    ),
    # once/twice/three times a week|day (or "twice weekly") for N weeks|days
    re.compile(
        # "once in a week", "twice in a day": the article written with "in" (several Englishes)
        rf"\b(?P<times>once|twice|thrice|{_INT_OR_WORD}\s+times)\s+(?:(?:(?:in\s+)?a|per|each|every)\s+(?P<per>day|week)|(?P<perly>daily|weekly))"
        rf"(?:{_SPAN}|{_TOTAL})?",
        _F,
    ),
    # "four weekly infusions", "seven daily injections"
    re.compile(
        rf"\b(?P<nd2>{_INT_OR_WORD})\s+(?P<per3>daily|weekly)\s+(?:\w+\s+)?(?:injections|doses|administrations|infusions|treatments)\b",
        _F,
    ),
    # once daily / daily / every day / weekly, for N days
    re.compile(
        rf"(?:\b(?:once\s+)?(?P<per2>daily|every\s+day|each\s+day|per\s+day|a\s+day|weekly|once\s+a\s+week|every\s+week)|/\s*(?P<per2b>day|d)\b)"
        rf"(?:{_SPAN}|{_TOTAL})?",
        _F,
    ),
    # for/on/over N consecutive days, consecutively for N days, N days in a row (daily implied)
    re.compile(
        rf"\b(?:for|on|over|during)\s+(?:the\s+)?(?:first\s+|next\s+)?(?P<cn>{_INT_OR_WORD})\s+(?:consecutive|successive)\s+(?P<cu>days|weeks)"
        rf"|\bconsecutively\s+(?:for|over)\s+(?P<cn2>{_INT_OR_WORD})\s+(?P<cu2>days|weeks)"
        rf"|\bfor\s+(?P<cn3>{_INT_OR_WORD})\s+(?P<cu3>days|weeks)\s+(?:consecutively|in\s+(?:succession|a\s+row)|successively|continuously)",
        _F,
    ),
    # "on days 1-7 after injury", "during days 3 to 9": one dose on each day of the span
    re.compile(
        r"\b(?:on|during)\s+days\s+(?P<dd0>\d{1,2})\s*(?:-|–|to|through)\s*(?P<dd1>\d{1,2})\b(?!\s*(?:h|hours?|weeks?)\b)",
        _F,
    ),
    # a single dose/injection, injected once, one-time, "(once)"
    re.compile(
        # "(once)", "(one time)": the count in brackets after the administration
        r"(?P<single>\(\s*(?:once|one\s+time)(?:\s+only)?\s*\)|\bonly\s+once\b|"
        # "once, 30 min after contusion", "once (1 h post-injury)": "once" dated by a time after
        # the injury (a design table's schedule cell), with no repeat later in the clause
        rf"\bonce\s*(?:,|\(|at\b)\s*(?:at\s+)?{_T_ITEM}\s+(?:after|post|following)\b"
        r"(?![^.;]{0,80}?\b(?:again|repeat\w*|then\s+(?:daily|weekly|every|once|twice|on|at)|followed\s+by|second|"
        r"thereafter|daily|weekly|every)\b)|"
        # "..., once." / "..., once only;": the adverb closing the administration clause
        r",\s*once(?:\s+only)?(?=\s*(?:[.;]|$))|"
        # "a single 20 µg of EVs", "one single 5-µl bolus": "single" before the amount itself
        rf"\b(?:a|one)\s+single\s+(?={NUM}\s*-?\s*(?:µg|μg|ug|mcg|mg|µl|μl|ul|ml|particles|x\s*10|×\s*10)\b)|"
        r"\b(?:a\s+|one\s+)?single\s+(?:\w+[\s-]){0,3}?[a-z-]*?(?:dose|injection|administration|infusion|bolus|treatment|"
        r"transplantation|application|implantation)|one-?\s*time\s+(?:\w+\s+)?(?:dose|injection|administration|treatment)|"
        # "injected ... once": the verb ends its run of letters, a space after it (checked
        # first, the run taken whole, so a long run is not searched from each letter)
        r"(?=[a-z-]*+\s)[a-z-]*?(?:injected|administered|given|treated|transplanted|delivered|placed|implanted|applied|infused|dosed|"
        r"performed)\s+(?:\w++\s++){0,4}?once\b(?!\s+(?:a|per|every|daily|weekly|more))"
        r"|\b(?:only\s+)?one\s+(?:\w+\s+)?(?:injection|dose|administration|infusion|implantation|application)\b"
        r"(?!s|\s+(?:a|per|every|each)\b|\s+daily|\s+weekly))",
        _F,
    ),
    # "at 24 h after injury and twice more at 48-h intervals", "repeated three more times":
    # repeats after a first dose, so one more than the count (how far apart: see _interval_in)
    re.compile(
        rf"\b(?P<more>twice|thrice|{_INT_OR_WORD}\s+times)\s+more\b(?!\s+(?:a|per|every|each|daily|weekly)\b)",
        _F,
    ),
    # "dosed twice", "injected three times" (how far apart: see _interval_in)
    # (The verb ends its run of letters, a space after it: checked first with the run taken
    # whole, so a long run of letters is not searched for a verb from each of its letters.)
    re.compile(
        rf"\b(?=[a-z-]*+\s)[a-z-]*?(?:dosed|injected|administered|given|treated|infused|delivered)\s+(?:\w++\s++){{0,5}}?"
        rf"(?P<ntimes>twice|thrice|{_INT_OR_WORD}\s+times)\b(?!\s+(?:a|per|every|each|daily|weekly|more)\b)",
        _F,
    ),
    # "a total of three times", "three times in total" (how far apart: see _interval_in)
    re.compile(
        rf"\ba\s+total\s+of\s+(?P<tt>twice|thrice|{_INT_OR_WORD}\s+times)\b|\b(?P<tt2>twice|thrice|{_INT_OR_WORD}\s+times)\s+in\s+(?:total|all)\b",
        _F,
    ),
    # N injections/doses
    re.compile(
        rf"\b(?P<nd>{_INT_OR_WORD})\s+(?:[\w-]+\s+){{0,2}}?(?:injections|doses|administrations|infusions|treatments|occasions)\b"
        rf"(?:\s*,?\s*(?:at|with|given)\s+(?P<iv>{NUM})[\s-]*(?P<ivu>h|hrs?|hours?|days?)\s+intervals?"
        rf"|\s*,?\s*(?P<iv2>{NUM}|an?|one)[\s-]*(?P<ivu2>h|hrs?|hours?|days?|weeks?)\s+apart"
        rf"|[^.;]{{0,30}}?(?:\b(?:on|at)\s+|\(\s*)days?\s+(?P<days>\d+(?:\s*(?:,|and|,\s*and)\s*\d+)+))?",
        _F,
    ),
    # "... 30 min after SCI and again 24 h later", "a second injection was given 3 days later"
    re.compile(
        rf"\b(?:and\s+)?(?:again|once\s+more|(?:was\s+|were\s+)?(?:repeated|re-?injected|re-?administered)|"
        # "followed by a booster injection one week later", "a second dose was given 7 days later"
        # "a second identical injection", "a second intravenous dose": up to two describing
        # words, never a second group or cohort.
        rf"(?:followed\s+by\s+)?an?\s+(?:second|booster|repeat|repeated|further)\s+"
        rf"(?:(?!(?:group|cohort|set|batch|experiment|series)\b)[a-z-]+\s+){{0,2}}?"
        rf"(?:dose|injection|administration|infusion|time)"
        rf"(?:\s+(?:of\s+(?:the\s+)?)?(?:exosomes?|s?EVs?|vesicles))?(?:\s+(?:was|were)\s+(?:given|injected|administered|delivered))?)"
        rf"\s+(?P<again>{NUM}|{_INT_OR_WORD}|an?)\s*-?\s*(?P<agu>h|hrs?|hours?|days?|weeks?)\s+later\b",
        _F,
    ),
    # "24 h after SCI and repeated at 48 and 72 h", "on day 1 after injury, and a second dose on day 7":
    # the first time point and the repeats, each dated after the injury.
    re.compile(
        # "immediately after injury and again at 24 h and 48 h": the first dose at hour 0.
        rf"(?:(?P<t0>{_T_ITEM})|\b(?P<t0now>immediately|right|directly))\s+(?:after|post|following)\b[^.;]{{0,60}}?"
        rf"\b(?:repeated|again|re-?injected|re-?administered|"
        rf"an?\s+(?:second|booster|repeat|further)\s+(?:dose|injection|administration|infusion)s?)"
        rf"(?:\s+(?:was|were)\s+(?:given|injected|administered|delivered))?\s+(?:at|on)\s+"
        rf"(?P<rep>(?:days?\s+)?{NUM_P}(?:\s*-?\s*{_TU})?(?:\s*,\s*(?:day\s+)?{NUM_P}(?:\s*-?\s*{_TU})?)*"
        rf"(?:\s*,?\s*(?:and|&)\s+(?:day\s+)?{NUM_P}(?:\s*-?\s*{_TU})?)?)",
        _F,
    ),
    # Prescription shorthand: "q.d. x 5", "qod x 3", "q3d for 15 days", "b.i.d. for 3 days"
    re.compile(
        r"\b(?P<lat>q\.?\s?d|q\.?\s?o\.?\s?d|b\.?\s?i\.?\s?d|q(?P<qn>\d)d)\.?\s*(?:x\s*(?P<lx>\d{1,2})\b|for\s+(?P<ld>\d{1,2})\s*(?:days|d)\b)",
        _F,
    ),
    # "at 24-h intervals for 5 days", "at 48 h intervals over 10 days": the interval and the
    # span it covers (last, so "three injections at 48-h intervals" is read as a count first)
    re.compile(
        rf"\bat\s+(?P<ai>{NUM}|{_INT_OR_WORD})\s*-?\s*(?P<aiu>hours?|hrs?|h|days?|weeks?)\s+intervals?{_SPAN}",
        _F,
    ),
)


# "three doses of exosomes" among the groups ("five groups: sham, vehicle and three doses
# of Exo"), "two different doses", "at three doses (25, 50 and 100 ug)": dose levels, one
# per arm, not how many times each animal was dosed.
_LEVEL_WORDS = re.compile(
    r"\b(?:different|increasing|graded|escalating|various|several|distinct|ascending)\s+(?:\w+\s+)?doses\b"
    r"|\bdoses?\s+levels?\b|\bdose\s+(?:arms|groups)\b",
    _F,
)
_GROUPS_CLAUSE = re.compile(r"\b(?:groups|arms|cohorts)\b", _F)
_AMOUNT_LIST_AFTER = re.compile(
    rf"[^.;()]{{0,40}}?\(\s*{NUM}\s*(?:ug|mg|ul|particles)?\s*(?:,|and|or|/)\s*{NUM}", _F
)


def _dose_levels(f: str, m: re.Match[str]) -> bool:
    """True when the "N doses" at ``m`` counts dose levels (arms), not administrations."""
    if "dose" not in m.group(0).lower():
        return False
    start = max(f.rfind(". ", 0, m.start()), f.rfind("; ", 0, m.start())) + 1
    cut = re.search(r"[.;](?:\s|$)", f[m.end() :])
    clause = f[start : m.end() + (cut.start() if cut else len(f))]
    return bool(
        _LEVEL_WORDS.search(m.group(0))
        # an item of a list of groups ("groups: sham, vehicle and three doses of Exo")
        or (
            bool(_GROUPS_CLAUSE.search(clause))
            and re.search(r"(?:,|\band|\bor|:)\s*$", f[max(0, m.start() - 8) : m.start()])
            is not None
        )
        or _AMOUNT_LIST_AFTER.match(f, m.end())
    )


def _repeat_hours(t0: str, rep: str) -> list[float] | None:
    """Hours of a first dose and its listed repeats; a repeat with no unit takes the first one's."""
    first = _list_hours(t0)
    if len(first) != 1:
        return None
    unit_m = re.search(rf"{_TIME_UNIT}\s*$", t0, _F)
    day_kw = t0.strip().lower().startswith("day") or rep.strip().lower().startswith("day")
    out = [first[0]]
    # "2 h after injury and again on day 7": the repeats are named by day, so the dosing
    # is counted in days and a first dose within the injury day is day 0 (interval 7 days,
    # not 166 h).
    if rep.strip().lower().startswith("day") and not t0.strip().lower().startswith("day") and first[0] < 24.0:
        out = [0.0]
    unit = 24.0 if day_kw else unit_hours(unit_m["u"]) if unit_m else None
    tail = list(re.finditer(rf"(?P<v>{NUM})(?:\s*-?\s*{_TIME_UNIT})?", rep, _F))
    if not tail:
        return None
    # "at 48 and 72 h": the unit written once, after the last number.
    last_unit = next((m["u"] for m in reversed(tail) if m["u"]), None)
    for m in tail:
        v = parse_number(m["v"])
        u = m["u"] or last_unit
        per = unit_hours(u) if u else unit
        if v is None or per is None:
            return None
        out.append(v * per)
    return out


def _later_hours(raw: str) -> list[float] | None:
    """Hours of "24 h and 48 h" / "1 and 2 days": the unit may be written once, after the last."""
    items = list(re.finditer(rf"(?P<v>{NUM})(?:\s*-?\s*{_TIME_UNIT})?", raw, _F))
    last_unit = next((m["u"] for m in reversed(items) if m["u"]), None)
    if last_unit is None:
        return None
    out = []
    for m in items:
        v = parse_number(m["v"])
        if v is None:
            return None
        out.append(v * unit_hours(m["u"] or last_unit))
    return out


_APART = re.compile(
    rf"(?P<v>{NUM_P}|an?|one)\s*-?\s*(?P<u>h|hrs?|hours?|days?|weeks?)\s+apart|\bat\s+(?P<v2>{NUM_P})\s*-?\s*(?P<u2>h|hrs?|hours?|days?)\s+intervals?"
    rf"|\b(?:at\s+)?intervals?\s+of\s+(?P<v3>{NUM_P})\s*(?P<u3>h|hrs?|hours?|days?)"
    # "followed at weekly intervals", "at daily intervals"
    rf"|\bat\s+(?P<per>daily|weekly)\s+intervals?",
    _F,
)
# "two further injections", "three additional doses", "two more infusions": doses after a first.
_FURTHER: Final = re.compile(r"\b(?:further|additional|more|subsequent)\s", _F)


# A dose on the injury day before a list of later days ("on the day of injury and on days 3
# and 7", "immediately after SCI and on days 2 and 4"): the list counts the later doses only.
_DAY_ZERO_BEFORE: Final = re.compile(
    r"\b(?:on\s+the\s+(?:same\s+)?day\s+of\s+(?:the\s+)?(?:injury|surgery|operation|SCI|contusion|lesion)|"
    r"immediately(?:\s+(?:after|following)\s+(?:the\s+)?(?:injury|surgery|SCI|contusion|lesion))?)"
    r"(?:\s*\(\s*day\s+0\s*\))?\s*,?\s*(?:and|&)\s+(?:again\s+)?$",
    _F,
)


def _interval_in(f: str, pos: int) -> float | None:
    """The interval between repeated doses stated after ``pos`` in the same clause:
    "(72 h apart)", "at 48-h intervals", or equally spaced times "at 24 h and 96 h after injury"."""
    clause = re.split(r"[;.](?:\s|$)", f[pos : pos + 160], maxsplit=1)[0]
    m = _APART.search(clause)
    if m and m["per"]:
        return 24.0 if m["per"].lower() == "daily" else 168.0
    if m:
        v = _time_value(m["v"] or m["v2"] or m["v3"])
        unit = m["u"] or m["u2"] or m["u3"]
        return None if v is None else v * unit_hours(unit)
    # Any list of dated doses: "at 24 h and 96 h after injury", "on days 1 and 7 after SCI",
    # "(at 1 and 7 dpi)".
    lists = _time_lists(clause)
    if lists:
        hours = _listed_hours(lists[0])
        steps = {round(b - a, 3) for a, b in itertools.pairwise(hours)}
        if len(steps) == 1 and (step := steps.pop()) > 0:
            return step
    return None


def find_frequencies(text: str) -> list[Quantity]:
    """Dosing schedules: "once daily for 7 days" ({doses 7, interval 24}), "every other day",
    "a single injection" ({doses 1, interval None}), "twice a week for 4 weeks", "three injections".

    ``value`` is ``{"doses": int | None, "interval_h": float | None}``; None where unstated.
    """
    f = _prep(text)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for pat in _FREQ_PATTERNS:
        for m in pat.finditer(f):
            if _overlaps(taken, *m.span()):
                continue
            g = m.groupdict()
            doses: int | None = None
            interval: float | None = None
            if g.get("single"):
                doses = 1
            elif g.get("nxu"):
                n = _count(g["nx"] or g["nx2"])
                if n is None or n > 59:
                    continue
                # "followed by one on each of the next two days" adds to a first dose already
                # given; "one on each of the first three days" is the whole schedule.
                after_first = bool(g["then"]) and (g["nxw"] or g["nxw2"]).lower() != "first"
                doses = n + 1 if after_first else n
                interval = 24.0 if g["nxu"].lower() == "days" else 168.0
                if doses < 2:
                    continue
            elif g.get("nyu"):
                n = _count(g["ny"])
                if n is None or n > 59:
                    continue
                doses, interval = n + 1, (24.0 if g["nyu"].lower() == "days" else 168.0)
            elif g.get("later"):
                hours = _later_hours(g["later"])
                n_ords = 1 + len(re.findall(_ORD, g.get("ords") or "", _F))
                if hours is None or len(hours) != n_ords or any(b <= a for a, b in itertools.pairwise([0.0, *hours])):
                    continue
                gaps = {round(b - a, 3) for a, b in itertools.pairwise([0.0, *hours])}
                doses, interval = n_ords + 1, (gaps.pop() if len(gaps) == 1 else None)
            elif "en" in g and (
                g.get("en")
                or g.get("eo")
                or "every other" in m.group(0).lower()
                or "alternate" in m.group(0).lower()
            ):
                if g.get("eo"):
                    interval = _ORDINALS[g["eo"].lower()] * unit_hours(g["eou"])
                elif g.get("en"):
                    n = _count(g["en"])
                    if n is None:
                        continue
                    interval = n * unit_hours(g["eu"])
                else:
                    interval = 48.0
                doses = _count(g["tot"]) if g.get("tot") else _span_doses(g, interval)
            elif g.get("times"):
                t = g["times"].lower().replace(" times", "").strip()
                times = word_number(t)
                if times is None:
                    continue
                per = (g["per"] or g["perly"]).lower()
                period = 24.0 if per.startswith(("day", "daily")) else 168.0
                interval = period / times
                doses = _count(g["tot"]) if g.get("tot") else _span_doses(g, interval)
            elif g.get("nd2"):
                doses = _count(g["nd2"])
                if doses is None or doses < 2 or doses > 60:
                    continue
                interval = 24.0 if g["per3"].lower() == "daily" else 168.0
            elif g.get("per2") or g.get("per2b"):
                per = (g["per2"] or "daily").lower()
                interval = 168.0 if "week" in per else 24.0
                doses = _count(g["tot"]) if g.get("tot") else _span_doses(g, interval)
            elif g.get("cn") or g.get("cn2") or g.get("cn3"):
                n = _count(g["cn"] or g["cn2"] or g["cn3"])
                if n is None:
                    continue
                unit = g["cu"] or g["cu2"] or g["cu3"]
                interval = 24.0 if unit.lower().startswith("d") else 168.0
                doses = n
            elif g.get("more"):
                n = word_number(g["more"].lower().replace(" times", "").strip())
                if n is None or n < 1 or n > 59:
                    continue
                doses, interval = n + 1, _interval_in(f, m.end())
            elif g.get("f0"):
                first, second = _list_hours(g["f0"]), _list_hours(g["f1"])
                if len(first) != 1 or len(second) != 1 or second[0] <= first[0]:
                    continue
                doses, interval = 2, second[0] - first[0]
            elif g.get("dd0"):
                # "on days 1-7": both ends are dosing days, daily, over at most 30 days
                doses, interval = _span_doses({"d0": g["dd0"], "d1": g["dd1"]}, 24.0), 24.0
                if doses is None or doses > 31:
                    continue
            elif g.get("ntimes") or g.get("tt") or g.get("tt2"):
                raw = g.get("ntimes") or g.get("tt") or g.get("tt2") or ""
                doses = word_number(raw.lower().replace(" times", "").strip())
                if doses is None or doses < 2 or doses > 60:
                    continue
                interval = _interval_in(f, m.end())
            elif g.get("nd"):
                doses = _count(g["nd"])
                further = _FURTHER.search(m.group(0)) is not None
                if doses is None or doses < (1 if further else 2) or doses > 60 or _dose_levels(f, m):
                    continue
                if further:
                    doses += 1  # "two further injections": the first one and two more
                gap = g.get("iv") or g.get("iv2")
                if gap:
                    v = _time_value(gap)
                    unit = g.get("ivu") or g.get("ivu2") or "h"
                    interval = None if v is None else v * unit_hours(unit)
                elif g.get("days"):
                    days = [int(x) for x in re.findall(r"\d+", g["days"])]
                    steps = {b - a for a, b in itertools.pairwise(days)}
                    if len(steps) == 1:
                        interval = steps.pop() * 24.0
                if interval is None:
                    interval = _interval_in(f, m.end())
            elif g.get("rep"):
                if g.get("t0now") and not re.search(rf"{_TIME_UNIT}|\bdays?\b", g["rep"], _F):
                    continue  # "again at 24 and 48": the repeats' unit is not written
                hours = _repeat_hours(g["t0"] or "0 h", g["rep"])
                if not hours or len(hours) < 2 or any(b <= a for a, b in itertools.pairwise(hours)):
                    continue
                gaps = {round(b - a, 3) for a, b in itertools.pairwise(hours)}
                doses, interval = len(hours), (gaps.pop() if len(gaps) == 1 else None)
            elif g.get("ai"):
                v = _time_value(g["ai"])
                if v is None or v <= 0:
                    continue
                interval = v * unit_hours(g["aiu"])
                doses = _span_doses(g, interval)
                if doses is None or doses > 60:
                    continue
            elif g.get("lat"):
                lat = re.sub(r"[.\s]", "", g["lat"].lower())
                interval = {"qd": 24.0, "qod": 48.0, "bid": 12.0}.get(lat) or 24.0 * int(
                    g["qn"] or 1
                )
                if g.get("lx"):
                    doses = int(g["lx"])
                else:
                    doses = _doses_over(int(g["ld"]) * 24.0, interval)
                if not doses or doses > 60:
                    continue
            elif g.get("again"):
                v = _time_value(g["again"])
                if v is None:
                    continue
                doses, interval = 2, v * unit_hours(g["agu"])
            else:
                continue
            out.append(_q("frequency", {"doses": doses, "interval_h": interval}, m, text))
            taken.append(m.span())
    # "on days 1, 3 and 7 after injury", "at 1 h and 24 h post-injury": one dose per time
    # listed; the interval only when the times are equally spaced.
    # A schedule stated in words in the same clause already says it ("daily on days 1, 3
    # and 5"); one in another clause ("...; BBB was scored weekly") does not.
    # Only a partial statement ("weekly") leaves room for a list in another clause.
    stated = {_clause_id(f, q.start) for q in out}
    partial = all(q.value["doses"] is None for q in out)
    lists = time_lists_of(f) if partial else []
    for m in lists:
        if _overlaps(taken, *m.span()):
            continue
        hours = _listed_hours(m)
        # "on the day of injury and on days 3 and 7": a first dose at day 0 before the list
        zero = _DAY_ZERO_BEFORE.search(f[: m.start()], max(0, m.start() - 80))
        if zero and hours and min(hours) > 0:
            hours = [0.0, *hours]
        if len(hours) < 2 or len(set(hours)) != len(hours):
            continue
        gaps = {round(b - a, 3) for a, b in itertools.pairwise(hours)}
        step = gaps.pop() if len(gaps) == 1 else None
        if zero:
            a = zero.start()
            value = {"doses": len(hours), "interval_h": step if step and step > 0 else None}
            out.append(Quantity("frequency", value, a, m.end(), text[a : m.end()]))
            taken.append((a, m.end()))
            continue
        if _clause_id(f, m.start()) in stated:
            # "days 1, 2 and 3 (once daily)": the list counts the doses of the interval its
            # own clause states, when the two agree; one that disagrees ("daily on days 1, 3
            # and 5") leaves the statement as it was.
            same = [
                i
                for i, q in enumerate(out)
                if _clause_id(f, q.start) == _clause_id(f, m.start())
                and q.value["interval_h"] is not None
                and step is not None
                and abs(q.value["interval_h"] - step) < 1e-6
            ]
            if len(same) == 1:
                q = out[same[0]]
                a, b = min(q.start, m.start()), max(q.end, m.end())
                out[same[0]] = Quantity(
                    "frequency", {"doses": len(hours), "interval_h": step}, a, b, text[a:b]
                )
                taken.append(m.span())
            continue
        out.append(
            _q(
                "frequency",
                {"doses": len(hours), "interval_h": step if step and step > 0 else None},
                m,
                text,
            )
        )
        taken.append(m.span())
    if any(needs_listed_interval(q) for q in out):
        listed = lists if partial else time_lists_of(f)
        out = [_with_listed_interval(q, listed, f, text) for q in out]
    out = [_after_first_dose(_extend_to_span(q, f, text), f) for q in out]
    if not out and (no_more := _NO_MORE.search(f)):
        out.append(_q("frequency", {"doses": 1, "interval_h": None}, no_more, text))
    return _merge_partial(sorted(out, key=lambda q: q.start), f, text)
