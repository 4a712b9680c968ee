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
    r"lesion|compression|transection|hemisection|impact|laminectomy|reperfusion|ischa?emia|occlusion|crush|decompression|"
    r"clip\s+removal|removal\s+of\s+the\s+clip)|post-?\s*(?:injury|SCI|operation|operatively|surgery|contusion)|"
    # "after the establishment of the SCI model", "after induction of injury"
    r"(?:the\s+)?(?:establishment|induction|creation|onset)\s+of\s+(?:the\s+)?(?:(?:SCI|spinal\s+cord\s+injury|injury|lesion|contusion)(?:\s+models?)?|models?)|"
    r"postoperatively|dpi|hpi)"
)
_UNIT_H = {"min": 1 / 60, "h": 1.0, "d": 24.0, "w": 168.0}
_TIME_UNIT = r"(?P<u>minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?)"
_TIME_AFTER = re.compile(
    rf"(?P<v>{NUM}|{_INT_OR_WORD}|\bhalf\s+an?|\ban?)\s*-?\s*{_TIME_UNIT}\s*"
    rf"(?:(?:after|post|following|later\s+than|from)\s*-?\s*{_ANCHOR}|(?P<dpi>post-?\s*(?:injury|SCI|operation|surgery)|dpi|hpi)\b)",
    _F,
)
_TIME_DPI = re.compile(rf"\b(?P<v>{NUM})\s*(?P<u>dpi|hpi|wpi)\b", _F)
_TIME_DAY = re.compile(
    rf"\bon\s+(?:the\s+)?day\s+(?P<v>\d+)\s+(?:after|post|following)\s*-?\s*{_ANCHOR}", _F
)
_TIME_IMMEDIATE = re.compile(
    rf"\b(?:immediately|right|directly|just)\s+(?:after|following|post)\s*-?\s*{_ANCHOR}|\bimmediately\s+post-?\s*(?:injury|SCI|operation)"
    # "immediately after the spinal cord was compressed", "immediately after removal of the clip"
    r"|\b(?:immediately|directly)\s+(?:after|following)\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<anchor2>compress\w*|contus\w*|injur\w*|transect\w*|hemisect\w*|impact\w*|crush\w*|clip\w*|lesion\w*|SCI)\b"
    # Given during the operation that made the injury: "at the time of injury", "intraoperatively".
    rf"|\bat\s+the\s+(?:time|end)\s+of\s+{_ANCHOR.replace('(?P<anchor>', '(?:')}|\bintra-?operatively\b|\bduring\s+the\s+same\s+(?:surgery|operation|procedure)"
    # "on the day of injury", "on the same day as the surgery"
    rf"|\bon\s+the\s+(?:same\s+)?day\s+(?:of|as)\s+{_ANCHOR.replace('(?P<anchor>', '(?:')}",
    _F,
)
# "on post-injury day 3", "on postoperative day 1", "POD 1", "PID 7"
_TIME_POD = re.compile(
    r"\b(?:post-?\s*(?:injury|SCI|operative|surgery|lesion|contusion|trauma)|postoperative|postinjury)\s+day\s+(?P<v>\d{1,3})\b"
    r"|\b(?:POD|PID)\s*-?\s*(?P<v2>\d{1,3})\b",
    re.IGNORECASE,
)
# "for 7 days after injury", "during the first week after SCI": a duration, not a time point.
_DURATION_BEFORE = re.compile(
    r"\b(?:for|over|during|throughout|within|up\s+to)\s+(?:the\s+)?(?:first\s+|next\s+|initial\s+|following\s+)?$", _F
)
# A day number with no anchor: "at the subacute phase (day 7)", "after the injury (day 0)",
# "on day 3". SCI papers count days from the injury; the caller trusts it less.
_TIME_BARE_DAY = re.compile(
    r"\(\s*(?:on\s+|at\s+)?(?:day|D)\s*(?P<v>\d{1,3})\s*\)|\b(?:on|at|from)\s+day\s+(?P<v2>\d{1,3})\b(?!\s*(?:,|and|or|to|-|&)\s*\d)",
    _F,
)
_ORDINAL_DAYS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "fourteenth": 14, "twenty-first": 21, "twenty-eighth": 28,
}  # fmt: skip
# "on the third day after injury", "on the 3rd day post-SCI".
_TIME_ORDINAL = re.compile(
    r"\b(?:on|at|in)\s+the\s+(?P<o>"
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
    if m.re is _DAY_LIST or m.re is _BARE_DAY_LIST:
        return [24.0 * int(x) for x in re.findall(r"\d+", m["items"])]
    if m.re is _NUM_LIST:
        unit = _unit_hours(m["u"])
        return [v * unit for x in re.findall(r"\d+(?:\.\d+)?", m["items"]) if (v := parse_number(x)) is not None]
    return _list_hours(m["items"])


def _time_value(raw: str) -> float | None:
    """A time amount as written: digits, a number word, "a"/"an" (one), "half an" (0.5)."""
    low = re.sub(r"\s+", " ", raw.lower())
    if low in ("a", "an"):
        return 1.0
    if low.startswith("half"):
        return 0.5
    return parse_number(raw) if raw[0].isdigit() else word_number(raw)


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
                {"hours": 0.0, "anchor": (m["anchor"] or m["anchor2"] or "injury").strip(), "within": False},
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
            list_anchor = (m.groupdict().get("anchor") or "injury").strip()
            out.append(
                _q("time_point", {"hours": min(listed), "anchor": list_anchor, "within": False}, m, text)
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
    for m in _TIME_POD.finditer(f):
        if _overlaps(taken, *m.span()):
            continue
        day = int(m["v"] or m["v2"])
        out.append(_q("time_point", {"hours": day * 24.0, "anchor": "injury", "within": False}, m, text))
        taken.append(m.span())
    for m in _TIME_BARE_DAY.finditer(f):
        if _overlaps(taken, *m.span()) or _TIME_AFTER.match(f, m.start(), min(len(f), m.end() + 40)):
            continue
        tail = f[m.end() : m.end() + 40]
        if re.match(r"\s*(?:after|post|following)\b", tail, _F):
            continue  # "on day 3 after surgery": _TIME_DAY reads it with its anchor
        day = int(m["v"] or m["v2"])
        out.append(_q("time_point", {"hours": day * 24.0, "anchor": "day", "within": False}, m, text))
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
            if pat is _TIME_AFTER and _DURATION_BEFORE.search(f[max(0, m.start() - 30) : m.start()]):
                continue  # "daily for 7 days after injury" says how long, not when
            v = _time_value(m["v"])
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


_DUR = rf"(?P<dn>{_INT_OR_WORD}|\ban?)\s*(?:consecutive\s+|successive\s+)?(?P<du>days?|d|weeks?|wks?|months?)\b"
# "... weekly for a total of 4 doses": the count is stated outright.
_TOTAL = rf"(?:\s*,?\s*(?:for\s+)?a\s+total\s+of\s+(?P<tot>{_INT_OR_WORD})\s+(?:doses|injections|administrations|infusions|treatments))"
# How long a repeated schedule ran: "for 7 days", "for the first 3 days", "over the next
# two weeks", "for 7 days in succession", "from day 1 to day 7", "until day 14".
_SPAN = (
    rf"(?:\s*,?\s*(?:for|over|during)\s+(?:a\s+(?:period|course)\s+of\s+)?(?:a\s+total\s+of\s+)?(?:the\s+)?"
    rf"(?:next\s+|first\s+|following\s+|subsequent\s+|initial\s+)?{_DUR}(?:\s+(?:in\s+(?:succession|a\s+row)|consecutively))?"
    rf"|\s*,?\s*(?:from|on|between)\s+(?:day\s+(?P<d0>\d{{1,3}})\s*(?:to|until|through|till|-|and)\s*(?:day\s+)?|days\s+(?P<d0b>\d{{1,3}})\s*(?:-|to|until|through|and)\s*)(?P<d1>\d{{1,3}})\b(?!\s*,)"
    rf"|\s*,?\s*(?:until|till|up\s+to|through)\s+day\s+(?P<until>\d{{1,3}}))"
)
_FREQ_PATTERNS: Final = (
    # every other day / every N days|hours|weeks, with an optional duration
    re.compile(
        rf"\b(?:every\s+other\s+day|on\s+alternate\s+days|every\s+(?P<en>{_INT_OR_WORD})\s*(?P<eu>days?|d|hours?|hrs?|h|weeks?|wks?)\b)"
        rf"(?:{_SPAN}|{_TOTAL})?",
        _F,
    ),
    # once/twice/three times a week|day (or "twice weekly") for N weeks|days
    re.compile(
        rf"\b(?P<times>once|twice|thrice|{_INT_OR_WORD}\s+times)\s+(?:(?:a|per|each|every)\s+(?P<per>day|week)|(?P<perly>daily|weekly))"
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
        rf"\b(?:once\s+)?(?P<per2>daily|every\s+day|each\s+day|per\s+day|a\s+day|weekly|once\s+a\s+week|every\s+week)"
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
    # a single dose/injection, injected once, one-time, "(once)"
    re.compile(
        r"(?P<single>\(\s*once(?:\s+only)?\s*\)|\bonly\s+once\b|\b(?:a\s+|one\s+)?single\s+(?:\w+[\s-]){0,3}?[a-z-]*?(?:dose|injection|administration|infusion|bolus|treatment|"
        r"transplantation|application|implantation)|one-?\s*time\s+(?:\w+\s+)?(?:dose|injection|administration|treatment)|"
        r"[a-z-]*?(?:injected|administered|given|treated|transplanted|delivered|placed|implanted|applied|infused|dosed|"
        r"performed)\s+(?:\w+\s+){0,4}?once\b(?!\s+(?:a|per|every|daily|weekly|more))"
        r"|\b(?:only\s+)?one\s+(?:\w+\s+)?(?:injection|dose|administration|infusion|implantation|application)\b"
        r"(?!s|\s+(?:a|per|every|each)\b|\s+daily|\s+weekly))",
        _F,
    ),
    # "dosed twice", "injected three times" (how far apart: see _interval_in)
    re.compile(
        rf"\b[a-z-]*?(?:dosed|injected|administered|given|treated|infused|delivered)\s+(?:\w+\s+){{0,5}}?"
        rf"(?P<ntimes>twice|thrice|{_INT_OR_WORD}\s+times)\b(?!\s+(?:a|per|every|each|daily|weekly)\b)",
        _F,
    ),
    # "a total of three times", "three times in total" (how far apart: see _interval_in)
    re.compile(
        rf"\ba\s+total\s+of\s+(?P<tt>twice|thrice|{_INT_OR_WORD}\s+times)\b|\b(?P<tt2>twice|thrice|{_INT_OR_WORD}\s+times)\s+in\s+(?:total|all)\b",
        _F,
    ),
    # N injections/doses
    re.compile(
        rf"\b(?P<nd>{_INT_OR_WORD})\s+(?:[\w-]+\s+){{0,2}}?(?:injections|doses|administrations|infusions|treatments)\b"
        rf"(?:\s*,?\s*(?:at|with|given)\s+(?P<iv>{NUM})[\s-]*(?P<ivu>h|hrs?|hours?|days?)\s+intervals?"
        rf"|\s*,?\s*(?P<iv2>{NUM})[\s-]*(?P<ivu2>h|hrs?|hours?|days?)\s+apart"
        rf"|[^.;]{{0,30}}?\b(?:on|at)\s+days?\s+(?P<days>\d+(?:\s*(?:,|and|,\s*and)\s*\d+)+))?",
        _F,
    ),
    # "... 30 min after SCI and again 24 h later", "a second injection was given 3 days later"
    re.compile(
        rf"\b(?:and\s+)?(?:again|once\s+more|(?:was\s+|were\s+)?(?:repeated|re-?injected|re-?administered)|a\s+second\s+(?:dose|injection|administration|time)(?:\s+(?:was|were)\s+(?:given|injected|administered))?)"
        rf"\s+(?P<again>{NUM})\s*-?\s*(?P<agu>h|hrs?|hours?|days?|weeks?)\s+later\b",
        _F,
    ),
)


def _count(raw: str | None) -> int | None:
    if raw is None:
        return None
    return 1 if raw.strip().lower() in ("a", "an") else word_number(raw)


def _duration_h(n: int | None, unit: str | None) -> float | None:
    if n is None or unit is None:
        return None
    u = unit.lower()
    # A month is four weeks to a weekly schedule and 30 days to a daily one; 672 h
    # gives 4 weekly doses and 28 daily ones (the weekly case is the common one).
    return n * (24.0 if u.startswith("d") else 168.0 if u.startswith("w") else 672.0)


def _span_doses(g: dict[str, str | None], interval_h: float) -> int | None:
    """Doses of a schedule repeated every ``interval_h`` over the span ``_SPAN`` matched."""
    first, last = g.get("d0") or g.get("d0b"), g.get("d1")
    if first is not None and last is not None:
        # "daily from day 1 to day 7": both ends are dosing days.
        days = int(last) - int(first)
        if days <= 0:
            return None
        return int(days * 24.0 // interval_h) + 1
    if g.get("until"):
        return _doses_over(int(g["until"] or 0) * 24.0, interval_h)
    return _doses_over(_duration_h(_count(g.get("dn")), g.get("du")), interval_h)


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
            elif g.get("per2"):
                per = g["per2"].lower()
                interval = 168.0 if "week" in per else 24.0
                doses = _count(g["tot"]) if g.get("tot") else _span_doses(g, interval)
            elif g.get("cn") or g.get("cn2") or g.get("cn3"):
                n = _count(g["cn"] or g["cn2"] or g["cn3"])
                if n is None:
                    continue
                unit = g["cu"] or g["cu2"] or g["cu3"]
                interval = 24.0 if unit.lower().startswith("d") else 168.0
                doses = n
            elif g.get("ntimes") or g.get("tt") or g.get("tt2"):
                raw = g.get("ntimes") or g.get("tt") or g.get("tt2") or ""
                doses = word_number(raw.lower().replace(" times", "").strip())
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
    lists = [*_time_lists(f), *_BARE_DAY_LIST.finditer(f)] if not out else []
    for m in lists:
        if _overlaps(taken, *m.span()):
            continue
        hours = _listed_hours(m)
        if len(hours) < 2 or len(set(hours)) != len(hours):
            continue
        gaps = {round(b - a, 3) for a, b in itertools.pairwise(hours)}
        step = gaps.pop() if len(gaps) == 1 else None
        out.append(_q("frequency", {"doses": len(hours), "interval_h": step if step and step > 0 else None}, m, text))
        taken.append(m.span())
    return _merge_partial(sorted(out, key=lambda q: q.start), f, text)


# "on days 0, 7, 14 and 21" with no anchor: as a schedule it still counts the doses.
_BARE_DAY_LIST = re.compile(
    r"\b(?:on|at)\s+days?\s+(?P<items>\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|&)\s+\d{1,3})\b(?!\s*(?:h|hours?|days?|weeks?)\b)",
    _F,
)


def _merge_partial(found: list[Quantity], f: str, text: str) -> list[Quantity]:
    """One schedule from two halves of one statement: "every other day, five injections in
    all", "repeated once daily (three injections in total)" say the interval and the count
    apart; read together they are the schedule. Only halves not split by a sentence or
    clause end are joined, and only when each half is alone of its kind."""
    counts = [q for q in found if q.value["interval_h"] is None and (q.value["doses"] or 0) >= 2]
    gaps = [q for q in found if q.value["doses"] is None and q.value["interval_h"] is not None]
    if len(counts) != 1 or len(gaps) != 1:
        return found
    a, b = sorted((counts[0], gaps[0]), key=lambda q: q.start)
    if re.search(r"[.;](?:\s|$)", f[a.end : b.start]) or b.start - a.end > 120:
        return found
    value = {"doses": counts[0].value["doses"], "interval_h": gaps[0].value["interval_h"]}
    merged = Quantity("frequency", value, a.start, b.end, text[a.start : b.end])
    return sorted([q for q in found if q is not a and q is not b] + [merged], key=lambda q: q.start)
