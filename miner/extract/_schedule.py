"""Time points after injury and dosing schedules (re-exported by ``miner.extract.quantities``)."""

from __future__ import annotations

import itertools
import math
import re
from typing import Final

from miner.extract._numbers import NUM, parse_number, word_number
from miner.extract._qbase import _F, _INT_OR_WORD, Quantity, _overlaps, _prep, _q

__all__ = ["find_frequencies", "find_time_points"]


# --------------------------------------------------------------------------- time points and frequencies

_ANCHOR = (
    r"(?P<anchor>(?:the\s+)?(?:spinal\s+cord\s+)?(?:injury|SCI|surgery|contusion|trauma|operation|modell?ing|"
    r"lesion|compression|transection|impact|laminectomy)|post-?\s*(?:injury|SCI|operation|operatively|surgery|contusion)|"
    r"postoperatively|dpi|hpi)"
)
_UNIT_H = {"min": 1 / 60, "h": 1.0, "d": 24.0, "w": 168.0}
_TIME_UNIT = r"(?P<u>minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?)"
_TIME_AFTER = re.compile(
    rf"(?P<v>{NUM}|{_INT_OR_WORD})\s*-?\s*{_TIME_UNIT}\s*"
    rf"(?:(?:after|post|following|later\s+than|from)\s*-?\s*{_ANCHOR}|(?P<dpi>post-?\s*(?:injury|SCI|operation|surgery)|dpi|hpi)\b)",
    _F,
)
_TIME_DPI = re.compile(rf"\b(?P<v>{NUM})\s*(?P<u>dpi|hpi|wpi)\b", _F)
_TIME_DAY = re.compile(
    rf"\bon\s+(?:the\s+)?day\s+(?P<v>\d+)\s+(?:after|post|following)\s*-?\s*{_ANCHOR}", _F
)
_TIME_IMMEDIATE = re.compile(
    rf"\b(?:immediately|right|directly|just)\s+(?:after|following|post)\s*-?\s*{_ANCHOR}|\bimmediately\s+post-?\s*(?:injury|SCI|operation)"
    # Given during the operation that made the injury: "at the time of injury", "intraoperatively".
    rf"|\bat\s+the\s+(?:time|end)\s+of\s+{_ANCHOR.replace('(?P<anchor>', '(?:')}|\bintra-?operatively\b|\bduring\s+the\s+same\s+(?:surgery|operation|procedure)",
    _F,
)
_ORDINAL_DAYS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "fourteenth": 14, "twenty-first": 21, "twenty-eighth": 28,
}  # fmt: skip
# "on the third day after injury", "on the 3rd day post-SCI".
_TIME_ORDINAL = re.compile(
    r"\bon\s+the\s+(?P<o>"
    + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
    + rf"|\d{{1,2}}(?:st|nd|rd|th))\s+(?P<u>day|week)\s+(?:after|post|following)\s*-?\s*{_ANCHOR}",
    _F,
)
_TIME_WITHIN = re.compile(
    rf"\bwithin\s+(?P<v>{NUM}|{_INT_OR_WORD})\s*{_TIME_UNIT}\s+(?:after|of|following)\s+{_ANCHOR}",
    _F,
)


_T_ITEM = rf"(?:{NUM}\s*-?\s*(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?)|(?:day|week)\s+\d+)"
# "at 1 h, day 2 and day 4 after injury": the first dose is the earliest item.
_TIME_LIST = re.compile(
    rf"\b(?:at|on)\s+(?P<items>{_T_ITEM}(?:\s*,\s*{_T_ITEM})*\s*,?\s*(?:and|&)\s+{_T_ITEM})\s+"
    rf"(?:after|post|following)\s*-?\s*{_ANCHOR}",
    _F,
)
_DAY_LIST = re.compile(
    rf"\b(?:on|at)\s+days\s+(?P<items>\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|&)\s+\d+)\s+"
    rf"(?:after|post|following)\s*-?\s*{_ANCHOR}",
    _F,
)
# "at 1, 3 and 7 days after SCI": one unit for the whole list.
_NUM_LIST = re.compile(
    rf"\b(?:at|on)\s+(?P<items>\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*\s*,?\s*(?:and|&)\s+\d+(?:\.\d+)?)\s*-?\s*{_TIME_UNIT}\s+"
    rf"(?:(?:after|post|following)\s*-?\s*{_ANCHOR}|post-?\s*(?:injury|SCI|operation|surgery|contusion))",
    _F,
)
_T_ONE = re.compile(rf"(?P<kw>day|week)\s+(?P<n>\d+)|(?P<v>{NUM})\s*-?\s*{_TIME_UNIT}", _F)


def _list_hours(items: str) -> list[float]:
    out = []
    for m in _T_ONE.finditer(items):
        if m["kw"]:
            out.append(float(m["n"]) * (24.0 if m["kw"].lower() == "day" else 168.0))
        else:
            v = parse_number(m["v"])
            if v is not None:
                out.append(v * _unit_hours(m["u"]))
    return out


def _unit_hours(u: str) -> float:
    u = u.lower()
    if u.startswith("min"):
        return _UNIT_H["min"]
    if u.startswith("h"):
        return _UNIT_H["h"]
    if u.startswith("d"):
        return _UNIT_H["d"]
    return _UNIT_H["w"]


def _time_lists(f: str) -> list[re.Match[str]]:
    """Lists of time points after injury, longest first where they overlap."""
    found = [*_TIME_LIST.finditer(f), *_DAY_LIST.finditer(f), *_NUM_LIST.finditer(f)]
    return sorted(found, key=lambda m: (m.start(), -(m.end() - m.start())))


def _listed_hours(m: re.Match[str]) -> list[float]:
    """The hours of every item of a time list match, in the order written."""
    if m.re is _DAY_LIST:
        return [24.0 * int(x) for x in re.findall(r"\d+", m["items"])]
    if m.re is _NUM_LIST:
        unit = _unit_hours(m["u"])
        return [v * unit for x in re.findall(r"\d+(?:\.\d+)?", m["items"]) if (v := parse_number(x)) is not None]
    return _list_hours(m["items"])


def find_time_points(text: str) -> list[Quantity]:
    """Time points after injury in hours: "immediately after SCI" (0), "30 min after injury" (0.5),
    "24 h post-injury", "on day 3 after surgery", "1 week after contusion", "7 dpi".

    ``value`` is ``{"hours": float, "anchor": str | None, "within": bool}``.
    """
    f = _prep(text)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in _TIME_IMMEDIATE.finditer(f):
        out.append(
            _q(
                "time_point",
                {"hours": 0.0, "anchor": (m["anchor"] or "injury").strip(), "within": False},
                m,
                text,
            )
        )
        taken.append(m.span())
    for m in _time_lists(f):
        if _overlaps(taken, *m.span()):
            continue
        listed = _listed_hours(m)
        if listed:
            anchor = (m.groupdict().get("anchor") or "injury").strip()
            out.append(
                _q("time_point", {"hours": min(listed), "anchor": anchor, "within": False}, m, text)
            )
            taken.append(m.span())
    for m in _TIME_ORDINAL.finditer(f):
        if _overlaps(taken, *m.span()):
            continue
        o = m["o"].lower()
        n = _ORDINAL_DAYS.get(o) or int(re.sub(r"\D", "", o))
        hours = n * (24.0 if m["u"].lower() == "day" else 168.0)
        out.append(_q("time_point", {"hours": hours, "anchor": m["anchor"], "within": False}, m, text))
        taken.append(m.span())
    for pat, within in (
        (_TIME_WITHIN, True),
        (_TIME_DAY, False),
        (_TIME_AFTER, False),
        (_TIME_DPI, False),
    ):
        for m in pat.finditer(f):
            if _overlaps(taken, *m.span()):
                continue
            v = parse_number(m["v"]) if m["v"][0].isdigit() else word_number(m["v"])
            if v is None:
                continue
            if pat is _TIME_DPI:
                unit = m["u"].lower()
                hours = v * (24.0 if unit == "dpi" else 1.0 if unit == "hpi" else 168.0)
                anchor: str | None = unit
            else:
                hours = v * 24.0 if pat is _TIME_DAY else v * _unit_hours(m["u"])
                anchor = (
                    m["anchor"]
                    if "anchor" in m.groupdict() and m["anchor"]
                    else m.groupdict().get("dpi")
                )
            out.append(
                _q(
                    "time_point",
                    {"hours": hours, "anchor": (anchor or "").strip() or None, "within": within},
                    m,
                    text,
                )
            )
            taken.append(m.span())
    return sorted(out, key=lambda q: q.start)


_DUR = rf"(?P<dn>{_INT_OR_WORD})\s+(?:consecutive\s+|successive\s+)?(?P<du>days?|weeks?|months?)"
# "... weekly for a total of 4 doses": the count is stated outright.
_TOTAL = rf"(?:\s*,?\s*(?:for\s+)?a\s+total\s+of\s+(?P<tot>{_INT_OR_WORD})\s+(?:doses|injections|administrations|infusions|treatments))"
_FREQ_PATTERNS: Final = (
    # every other day / every N days|hours|weeks, with an optional duration
    re.compile(
        rf"\b(?:every\s+other\s+day|on\s+alternate\s+days|every\s+(?P<en>{_INT_OR_WORD})\s+(?P<eu>days?|hours?|h|weeks?))"
        rf"(?:\s*,?\s*(?:for\s+(?:a\s+total\s+of\s+)?{_DUR}|until\s+day\s+(?P<until>\d+))|{_TOTAL})?",
        _F,
    ),
    # once/twice/three times a week|day (or "twice weekly") for N weeks|days
    re.compile(
        rf"\b(?P<times>once|twice|thrice|{_INT_OR_WORD}\s+times)\s+(?:(?:a|per|each|every)\s+(?P<per>day|week)|(?P<perly>daily|weekly))"
        rf"(?:\s*,?\s*for\s+{_DUR})?",
        _F,
    ),
    # "four weekly infusions", "seven daily injections"
    re.compile(
        rf"\b(?P<nd2>{_INT_OR_WORD})\s+(?P<per3>daily|weekly)\s+(?:\w+\s+)?(?:injections|doses|administrations|infusions|treatments)\b",
        _F,
    ),
    # once daily / daily / every day / weekly, for N days
    re.compile(
        rf"\b(?:once\s+)?(?P<per2>daily|every\s+day|each\s+day|per\s+day|a\s+day|weekly|once\s+a\s+week|every\s+week)"
        rf"(?:\s*,?\s*(?:for|over)\s+(?:the\s+)?(?:next\s+|first\s+|following\s+)?{_DUR}|{_TOTAL})?",
        _F,
    ),
    # for N consecutive days (daily implied)
    re.compile(
        rf"\bfor\s+(?P<cn>{_INT_OR_WORD})\s+(?:consecutive|successive)\s+(?P<cu>days|weeks)", _F
    ),
    # a single dose/injection, injected once, one-time, "(once)"
    re.compile(
        r"(?P<single>\(\s*once(?:\s+only)?\s*\)|\bonly\s+once\b|\b(?:a\s+|one\s+)?single\s+(?:\w+[\s-]){0,3}?(?:dose|injection|administration|infusion|bolus|treatment|"
        r"transplantation|application|implantation)|one-?\s*time\s+(?:\w+\s+)?(?:dose|injection|administration|treatment)|"
        r"(?:injected|administered|given|treated|transplanted|delivered|placed|implanted|applied|infused|dosed|"
        r"performed)\s+(?:\w+\s+){0,2}?once\b(?!\s+(?:a|per|every|daily|weekly))"
        r"|\b(?:only\s+)?one\s+(?:\w+\s+)?(?:injection|dose|administration|infusion|implantation|application)\b"
        r"(?!s|\s+(?:a|per|every|each)\b|\s+daily|\s+weekly))",
        _F,
    ),
    # "dosed twice", "injected three times" (how far apart: see _interval_in)
    re.compile(
        rf"\b(?:dosed|injected|administered|given|treated|infused|delivered)\s+(?:\w+\s+){{0,2}}?"
        rf"(?P<ntimes>twice|thrice|{_INT_OR_WORD}\s+times)\b(?!\s+(?:a|per|every|each|daily|weekly)\b)",
        _F,
    ),
    # N injections/doses
    re.compile(
        rf"\b(?P<nd>{_INT_OR_WORD})\s+(?:\w+\s+)?(?:injections|doses|administrations|infusions|treatments)\b"
        rf"(?:\s*,?\s*(?:at|with|given)\s+(?P<iv>{NUM})[\s-]*(?P<ivu>h|hrs?|hours?|days?)\s+intervals?"
        rf"|\s*,?\s*(?P<iv2>{NUM})[\s-]*(?P<ivu2>h|hrs?|hours?|days?)\s+apart"
        rf"|[^.;]{{0,30}}?\b(?:on|at)\s+days?\s+(?P<days>\d+(?:\s*(?:,|and|,\s*and)\s*\d+)+))?",
        _F,
    ),
    # "... 30 min after SCI and again 24 h later", "a second injection was given 3 days later"
    re.compile(
        rf"\b(?:and\s+)?(?:again|once\s+more|a\s+second\s+(?:dose|injection|administration|time)(?:\s+(?:was|were)\s+(?:given|injected|administered))?)"
        rf"\s+(?P<again>{NUM})\s*-?\s*(?P<agu>h|hrs?|hours?|days?|weeks?)\s+later\b",
        _F,
    ),
)


def _count(raw: str | None) -> int | None:
    return None if raw is None else word_number(raw)


def _duration_h(n: int | None, unit: str | None) -> float | None:
    if n is None or unit is None:
        return None
    u = unit.lower()
    return n * (24.0 if u.startswith("d") else 168.0 if u.startswith("w") else 720.0)


def _doses_over(duration_h: float | None, interval_h: float) -> int | None:
    if duration_h is None:
        return None
    # Doses at t = 0, interval, 2*interval, ... strictly inside the period:
    # "every other day for 14 days" is days 0, 2, ..., 12 = 7 doses.
    return max(1, math.ceil(duration_h / interval_h - 1e-9))


_APART = re.compile(
    rf"(?P<v>{NUM})\s*-?\s*(?P<u>h|hrs?|hours?|days?)\s+apart|\bat\s+(?P<v2>{NUM})\s*-?\s*(?P<u2>h|hrs?|hours?|days?)\s+intervals?"
    rf"|\b(?:at\s+)?intervals?\s+of\s+(?P<v3>{NUM})\s*(?P<u3>h|hrs?|hours?|days?)",
    _F,
)


def _interval_in(f: str, pos: int) -> float | None:
    """The interval between repeated doses stated after ``pos`` in the same clause:
    "(72 h apart)", "at 48-h intervals", or equally spaced times "at 24 h and 96 h after injury"."""
    clause = re.split(r"[;.](?:\s|$)", f[pos : pos + 160], maxsplit=1)[0]
    m = _APART.search(clause)
    if m:
        v = parse_number(m["v"] or m["v2"] or m["v3"])
        unit = m["u"] or m["u2"] or m["u3"]
        return None if v is None else v * _unit_hours(unit)
    lst = _TIME_LIST.search(clause) or _DAY_LIST.search(clause)
    if lst:
        if lst.re is _DAY_LIST:
            hours = [24.0 * int(x) for x in re.findall(r"\d+", lst["items"])]
        else:
            hours = _list_hours(lst["items"])
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
            elif "en" in g and (
                g.get("en")
                or "every other" in m.group(0).lower()
                or "alternate" in m.group(0).lower()
            ):
                if g.get("en"):
                    n = _count(g["en"])
                    if n is None:
                        continue
                    interval = n * _unit_hours(g["eu"])
                else:
                    interval = 48.0
                dur = _duration_h(_count(g.get("dn")), g.get("du"))
                if g.get("until"):
                    dur = int(g["until"]) * 24.0
                doses = _count(g["tot"]) if g.get("tot") else _doses_over(dur, interval)
            elif g.get("times"):
                t = g["times"].lower().replace(" times", "").strip()
                times = word_number(t)
                if times is None:
                    continue
                per = (g["per"] or g["perly"]).lower()
                period = 24.0 if per.startswith(("day", "daily")) else 168.0
                interval = period / times
                doses = _doses_over(_duration_h(_count(g.get("dn")), g.get("du")), interval)
            elif g.get("nd2"):
                doses = _count(g["nd2"])
                if doses is None or doses < 2 or doses > 60:
                    continue
                interval = 24.0 if g["per3"].lower() == "daily" else 168.0
            elif g.get("per2"):
                per = g["per2"].lower()
                interval = 168.0 if "week" in per else 24.0
                doses = _doses_over(_duration_h(_count(g.get("dn")), g.get("du")), interval)
                if g.get("tot"):
                    doses = _count(g["tot"])
            elif g.get("cn"):
                n = _count(g["cn"])
                if n is None:
                    continue
                interval = 24.0 if g["cu"].lower().startswith("d") else 168.0
                doses = n
            elif g.get("ntimes"):
                doses = word_number(g["ntimes"].lower().replace(" times", "").strip())
                if doses is None or doses < 2 or doses > 60:
                    continue
                interval = _interval_in(f, m.end())
            elif g.get("nd"):
                doses = _count(g["nd"])
                if doses is None or doses < 2 or doses > 60:
                    continue
                gap = g.get("iv") or g.get("iv2")
                if gap:
                    v = parse_number(gap)
                    unit = g.get("ivu") or g.get("ivu2") or "h"
                    interval = None if v is None else v * _unit_hours(unit)
                elif g.get("days"):
                    days = [int(x) for x in re.findall(r"\d+", g["days"])]
                    steps = {b - a for a, b in itertools.pairwise(days)}
                    if len(steps) == 1:
                        interval = steps.pop() * 24.0
                if interval is None:
                    interval = _interval_in(f, m.end())
            elif g.get("again"):
                v = parse_number(g["again"])
                if v is None:
                    continue
                doses, interval = 2, v * _unit_hours(g["agu"])
            else:
                continue
            out.append(_q("frequency", {"doses": doses, "interval_h": interval}, m, text))
            taken.append(m.span())
    # "on days 1, 3 and 7 after injury", "at 1 h and 24 h post-injury": one dose per time
    # listed; the interval only when the times are equally spaced.
    for m in _time_lists(f) if not out else ():
        if _overlaps(taken, *m.span()):
            continue
        hours = _listed_hours(m)
        if len(hours) < 2 or len(set(hours)) != len(hours):
            continue
        steps = {round(b - a, 3) for a, b in itertools.pairwise(hours)}
        step = steps.pop() if len(steps) == 1 else None
        out.append(_q("frequency", {"doses": len(hours), "interval_h": step if step and step > 0 else None}, m, text))
        taken.append(m.span())
    return sorted(out, key=lambda q: q.start)
