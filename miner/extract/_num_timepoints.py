"""Time points after injury in hours (re-exported by ``miner.extract.quantities`` via ``_schedule``).

"30 min after injury", "on post-operative day 3", "at 1 h and again at 72 h after SCI",
"on the day after surgery", "days 1-7": each read as hours after the injury, with the
anchor it was stated against. Lists of time points also feed the dosing schedules.
"""

from __future__ import annotations

import re
from typing import Final

from miner.extract._numbers import NUM, NUM_P, parse_number, word_number
from miner.extract._qbase import _F, _INT_OR_WORD, INT_OR_WORD_P, Quantity, _overlaps, _prep, _q

__all__ = ["find_time_points", "unit_hours"]


# --------------------------------------------------------------------------- time points and frequencies

# What authors write between the article and the injury noun: its severity, level, force
# or device ("6 h after a 150 kdyn contusion", "after a moderate T10 contusion", "30 min
# after a 1-min clip compression"). Only these, so a time after something else ("after
# a second exosome injection") does not reach a later injury word.
_INJURY_MOD = (
    r"(?:mild|moderate|moderately\s+severe|severe|acute|complete|incomplete|partial|thoracic|cervical|lumbar|"
    r"mid-?thoracic|traumatic|experimental|[TCL]\d{1,2}(?:\s*-\s*[TCL]?\d{1,2})?|"
    r"\d+(?:\.\d+)?\s*-?\s*(?:kdyn|g|g\s*cm|g-cm|mm|min|s|cm|gf)|weight-?\s*drop|clip|NYU|MASCIS|IH)"
)
_ANCHOR = (
    rf"(?:(?:an?|the)\s+(?:{_INJURY_MOD}[\s-]+(?:[x×]\s+)?){{1,3}}(?=[a-z]))?"
    # "7 days post-operatively": the adverb after "post-"
    r"(?P<anchor>(?:the\s+)?(?:spinal\s+cord\s+)?(?:injury|SCI|surgery|contusion|trauma|operation|operatively|modell?ing|"
    r"lesion|compression|transection|hemisection|impact|laminectomy|reperfusion|ischa?emia|occlusion|crush|decompression|"
    r"clip\s+removal|removal\s+of\s+the\s+clip)|post-?\s*(?:injury|SCI|operation|operatively|surgery|contusion)|"
    # "after the establishment of the SCI model", "after induction of injury"
    r"(?:the\s+)?(?:establishment|induction|creation|onset)\s+of\s+(?:the\s+)?(?:(?:SCI|spinal\s+cord\s+injury|injury|lesion|contusion)(?:\s+models?)?|models?)|"
    # "after the surgical procedure", "after the spinal cord was injured", "after the lesion was made"
    r"(?:the\s+)?surgical\s+(?:procedure|operation|injury)|"
    r"(?:the\s+)?(?:spinal\s+)?cord\s+(?:was|had\s+been)\s+(?:injured|contused|compressed|transected|hemisected|crushed)|"
    r"(?:the\s+)?(?:injury|lesion|contusion|SCI)\s+(?:was|had\s+been)\s+(?:made|induced|performed|created|produced)|"
    r"postoperatively|dpi|hpi)"
)
_UNIT_H = {"min": 1 / 60, "h": 1.0, "d": 24.0, "w": 168.0}
_TIME_UNIT = r"(?P<u>minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?)"
_TIME_AFTER = re.compile(
    rf"(?P<v>{NUM_P}|{INT_OR_WORD_P}|\bhalf\s+an?|\ban?)\s*-?\s*{_TIME_UNIT}\s*"
    rf"(?:(?:after|post|following|later\s+than|from)\s*-?\s*{_ANCHOR}|(?P<dpi>post-?\s*(?:injury|SCI|operation|surgery)|dpi|hpi)\b)",
    _F,
)
# "after 30 min of injury", "after 2 h of SCI": the time first, the injury after "of".
_TIME_AFTER_OF = re.compile(
    rf"\bafter\s+(?P<v>{NUM}|{_INT_OR_WORD}|\bhalf\s+an?|\ban?)\s*-?\s*{_TIME_UNIT}\s+(?:of|from)\s+{_ANCHOR}",
    _F,
)
# "After the contusion the rats were kept warm, and 2 h later they received ...": the
# injury named earlier in the sentence, the time counted from it.
_TIME_LATER = re.compile(
    rf"\b(?:after|following)\s+{_ANCHOR}[^.;]{{0,80}}?\b(?P<v>{NUM}|{_INT_OR_WORD}|\bhalf\s+an?|\ban?)\s*-?\s*"
    rf"{_TIME_UNIT}\s+later\b",
    _F,
)
# An administration between the injury and "N later" dates the dose first: "Following SCI,
# exosomes were given once and 8 weeks later the cords were harvested" counts the 8 weeks
# from the dose, so the time is not the dose's.
_ADMINISTERED: Final = re.compile(
    r"\b(?:inject|administ|infus|transplant|deliver|instill|implant|treated|received|given|gave|dosed)\w*",
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
    r"(?P<anchor2>compress\w*|contus\w*|injur\w*|transect\w*|hemisect\w*|impact\w*|crush\w*|clip\w*|lesion\w*|SCI|cut)\b"
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
# "daily, days 1-7" (a design table), "on days 3-9": the first day of the range.
_TIME_DAY_RANGE = re.compile(
    r"\b(?:(?:on|from|between|over)\s+)?days\s+(?P<v>\d{1,3})\s*(?:-|to|through|until)\s*(?P<end>\d{1,3})\b",
    _F,
)
# "on the day after injury", "the day following surgery": 24 h.
_TIME_NEXT_DAY = re.compile(
    rf"\b(?:on\s+)?the\s+(?:next\s+)?day\s+(?:after|following)\s+{_ANCHOR}", _F
)
# "for 7 days after injury", "during the first week after SCI": a duration, not a time point.
_DURATION_BEFORE = re.compile(
    r"\b(?:for|over|during|throughout|within|up\s+to)\s+(?:the\s+)?(?:first\s+|next\s+|initial\s+|following\s+)?$",
    _F,
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


_T_ITEM = rf"(?:{NUM_P}\s*(?:-\s*)?(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?)|(?:day|week)\s+\d+)"
# "at 1 h, day 2 and day 4 after injury": the first dose is the earliest item.
_TIME_LIST = re.compile(
    rf"\b(?:at|on)\s+(?P<items>{_T_ITEM}(?:\s*,\s*{_T_ITEM})*\s*,?\s*(?:and|&)\s+(?:again\s+)?(?:at\s+|on\s+)?{_T_ITEM})\s+"
    rf"(?:after|post|following)\s*-?\s*{_ANCHOR}",
    _F,
)
_DAY_LIST = re.compile(
    # "on days 1, 3 and 7 after injury"; a table cell or a parenthesis may start with the list.
    # "on Day 1, 3, 7 post-injury": a list of three or more may go without its "and".
    rf"(?:\b(?:on|at)\s+|^\s*|(?<=[\t(]))days?\s+(?P<items>\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|&)\s+\d+|\d+(?:\s*,\s*\d+){{2,}})\s+"
    rf"(?:after|post|following)\s*-?\s*{_ANCHOR}",
    _F,
)
# "on postoperative days 1, 3 and 5", "on POD 1, 2 and 3", "on post-injury days 0 and 7":
# the days named by their anchor before the list.
_POD_LIST = re.compile(
    r"\b(?:(?:post-?\s?operative|post-?\s?injury|post-?\s?surgical|post-?\s?SCI|post-?\s?lesion)\s+days?|PODs?)\s+"
    r"(?P<items>\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|&)\s+\d{1,3}|\d{1,3}(?:\s*,\s*\d{1,3}){2,})\b"
    r"(?!\s*(?:h|hours?|weeks?)\b)",
    _F,
)
# "at 1, 3 and 7 days after SCI": one unit for the whole list.
_NUM_LIST = re.compile(
    # "injected 24 and 48 h after injury", "two doses, 1 and 24 h after injury": the
    # preposition may be left out, never a range's "between 3 and 7 days" nor the middle
    # of a longer list ("3, 5 and 7 days")
    rf"(?:\b(?:at|on)\s+|(?<!between\s)(?<!\d)(?<![\d.]\s)(?<!\d,\s))\b(?P<items>\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*\s*,?\s*(?:and|&)\s+\d+(?:\.\d+)?)\s*-?\s*"
    rf"(?:{_TIME_UNIT}\s+(?:(?:after|post|following)\s*-?\s*{_ANCHOR}|post-?\s*(?:injury|SCI|operation|surgery|contusion))"
    # "at 1, 3 and 7 dpi": the unit names its own anchor (days/hours/weeks post-injury).
    rf"|(?P<su>dpi|hpi|wpi)\b)",
    _F,
)
# "immediately and 24 h after injury", "immediately and again at 1 and 3 days post-injury":
# the first dose at hour 0, then the listed ones.
_NOW_LIST = re.compile(
    rf"\bimmediately\s+(?:and|&)\s+(?:again\s+)?(?:at\s+|on\s+)?"
    rf"(?P<items>{_T_ITEM}(?:\s*,\s*{_T_ITEM})*(?:\s*,?\s*(?:and|&)\s+{_T_ITEM})?)\s+"
    rf"(?:after|post|following)\s*-?\s*{_ANCHOR}",
    _F,
)
_T_ONE = re.compile(rf"(?P<kw>day|week)\s+(?P<n>\d+)|(?P<v>{NUM_P})\s*-?\s*{_TIME_UNIT}", _F)


def _list_hours(items: str) -> list[float]:
    out = []
    for m in _T_ONE.finditer(items):
        if m["kw"]:
            out.append(float(m["n"]) * (24.0 if m["kw"].lower() == "day" else 168.0))
        else:
            v = parse_number(m["v"])
            if v is not None:
                out.append(v * unit_hours(m["u"]))
    return out


def unit_hours(u: str) -> float:
    """Hours in one time unit ("min", "h", "hrs", "hpi", "d", "dpi", "days", "wk", "weeks", ...)."""
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
    found = [
        *_TIME_LIST.finditer(f), *_DAY_LIST.finditer(f), *_NUM_LIST.finditer(f), *_NOW_LIST.finditer(f),
        *_POD_LIST.finditer(f),
    ]  # fmt: skip
    return sorted(found, key=lambda m: (m.start(), -(m.end() - m.start())))


def _listed_hours(m: re.Match[str]) -> list[float]:
    """The hours of every item of a time list match, in the order written."""
    if m.re is _DAY_LIST or m.re is _BARE_DAY_LIST or m.re is _POD_LIST:
        return [24.0 * int(x) for x in re.findall(r"\d+", m["items"])]
    if m.re is _NUM_LIST:
        unit = unit_hours(m["su"] or m["u"])  # "dpi", "hpi", "wpi" by their first letter
        return [
            v * unit
            for x in re.findall(r"\d+(?:\.\d+)?", m["items"])
            if (v := parse_number(x)) is not None
        ]
    if m.re is _NOW_LIST:
        return [0.0, *_list_hours(m["items"])]
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
                {
                    "hours": 0.0,
                    "anchor": (m["anchor"] or m["anchor2"] or "injury").strip(),
                    "within": False,
                },
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
                _q(
                    "time_point",
                    {"hours": min(listed), "anchor": list_anchor, "within": False},
                    m,
                    text,
                )
            )
            taken.append(m.span())
    for m in _TIME_ORDINAL.finditer(f):
        if _overlaps(taken, *m.span()):
            continue
        o = m["o"].lower()
        n = _ORDINAL_DAYS.get(o) or int(re.sub(r"\D", "", o))
        hours = n * (24.0 if m["u"].lower() == "day" else 168.0)
        out.append(
            _q("time_point", {"hours": hours, "anchor": m["anchor"], "within": False}, m, text)
        )
        taken.append(m.span())
    for m in _TIME_NEXT_DAY.finditer(f):
        if not _overlaps(taken, *m.span()):
            out.append(
                _q("time_point", {"hours": 24.0, "anchor": m["anchor"], "within": False}, m, text)
            )
            taken.append(m.span())
    for m in _TIME_POD.finditer(f):
        if _overlaps(taken, *m.span()):
            continue
        day = int(m["v"] or m["v2"])
        out.append(
            _q("time_point", {"hours": day * 24.0, "anchor": "injury", "within": False}, m, text)
        )
        taken.append(m.span())
    for m in _TIME_DAY_RANGE.finditer(f):
        if _overlaps(taken, *m.span()) or int(m["end"]) <= int(m["v"]):
            continue
        anchored = re.match(
            rf"\s*(?:after|post|following)\s*-?\s*{_ANCHOR}", f[m.end() : m.end() + 60], _F
        )
        day = int(m["v"])
        out.append(
            _q(
                "time_point",
                {"hours": day * 24.0, "anchor": "injury" if anchored else "day", "within": False},
                m,
                text,
            )
        )
        taken.append(m.span())
    for m in _TIME_BARE_DAY.finditer(f):
        if _overlaps(taken, *m.span()) or _TIME_AFTER.match(
            f, m.start(), min(len(f), m.end() + 40)
        ):
            continue
        tail = f[m.end() : m.end() + 40]
        if re.match(r"\s*(?:after|post|following)\b", tail, _F):
            continue  # "on day 3 after surgery": _TIME_DAY reads it with its anchor
        day = int(m["v"] or m["v2"])
        out.append(
            _q("time_point", {"hours": day * 24.0, "anchor": "day", "within": False}, m, text)
        )
        taken.append(m.span())
    for pat, within in (
        (_TIME_WITHIN, True),
        (_TIME_DAY, False),
        (_TIME_AFTER_OF, False),
        (_TIME_AFTER, False),
        (_TIME_DPI, False),
        (_TIME_LATER, False),
    ):
        for m in pat.finditer(f):
            if _overlaps(taken, *m.span()):
                continue
            if pat is _TIME_AFTER and _DURATION_BEFORE.search(
                f[max(0, m.start() - 30) : m.start()]
            ):
                continue  # "daily for 7 days after injury" says how long, not when
            if pat is _TIME_LATER and _ADMINISTERED.search(f, m.end("anchor"), m.start("v")):
                continue
            v = _time_value(m["v"])
            if v is None:
                continue
            if pat is _TIME_DPI:
                unit = m["u"].lower()
                hours = v * (24.0 if unit == "dpi" else 1.0 if unit == "hpi" else 168.0)
                anchor: str | None = unit
            else:
                hours = v * 24.0 if pat is _TIME_DAY else v * unit_hours(m["u"])
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


# "on days 0, 7, 14 and 21" with no anchor: as a schedule it still counts the doses.
_BARE_DAY_LIST = re.compile(
    r"\b(?:on|at)\s+days?\s+(?P<items>\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|&)\s+\d{1,3})\b(?!\s*(?:h|hours?|days?|weeks?)\b)",
    _F,
)
