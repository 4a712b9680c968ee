"""Quantity extractors: numbers with units, normalised to the contract's units.

Pure functions over a piece of text (a sentence, a paragraph or a whole
document). Each ``find_*`` returns ``Quantity`` records with the character span
of the match in the text it was given, so the caller can build evidence.

Units are normalised as the extraction sheet wants them:

* sizes in nm: ``{"value", "low", "high", "stat", "sd", "qualifier"}``
* doses: ``{"amount", "unit", "volume_ul", "basis"}`` with unit one of ``ug``,
  ``mg``, ``particles``, ``ul``, ``ug_per_kg``, ``mg_per_kg``, ``cells_equivalent``
* concentrations: ``{"amount", "unit", "per"}`` (``ug`` per ``ml``/``ul``, ``particles`` per ``ml``)
* g-forces in g (``{"g": 100000, "unit": "g"|"rpm"}``), durations in hours
* body weights in g (``{"low", "high"}``), ages in weeks
* n per group (``{"n", "per_group"}``), time points in hours (``{"hours", "anchor"}``)
* frequencies ``{"doses", "interval_h"}``

The micro sign may be µ (U+00B5), μ (U+03BC), a plain ``u`` or ``mcg``.
"""

from __future__ import annotations

import re
from typing import Any

from miner.extract._num_animals import (
    find_ages,
    find_body_weights,
    find_equal_split_back,
    find_group_sizes,
)
from miner.extract._numbers import (
    ANY_NUM,
    ANY_NUM_P,
    NUM,
    NUM_P,
    PM,
    SCI_P,
    WHOLE,
    WORD_NUM_RE,
    parse_number,
    word_number,
)
from miner.extract._qbase import (
    _F,
    Quantity,
    _clause_before,
    _overlaps,
    _prep,
    _q,
)
from miner.extract._schedule import find_frequencies, find_time_points

__all__ = [
    "Quantity",
    "find_ages",
    "find_all",
    "find_body_weights",
    "find_concentrations",
    "find_doses",
    "find_durations",
    "find_equal_split_back",
    "find_frequencies",
    "find_g_forces",
    "find_group_sizes",
    "find_sizes",
    "find_time_points",
    "find_volumes",
]


# --------------------------------------------------------------------------- sizes

_NM = r"nm\b"
# A size may be written with a decimal comma ("132,5 nm", European journals): a comma
# followed by one or two digits is never a thousands separator. No number starts inside
# another ("132,5" is not "5").
_SNUM = rf"(?<![\d.,])(?:\d{{1,4}},\d{{1,2}}(?!\d)|{NUM})"
_SIZE_PM = re.compile(rf"(?P<v>{_SNUM})\s*(?:{_NM}\s*)?{PM}\s*(?P<sd>{_SNUM})\s*{_NM}", _F)
_SIZE_PM2 = re.compile(rf"(?P<v>{_SNUM})\s*{_NM}\s*{PM}\s*(?P<sd>{_SNUM})(?!\s*\w)", _F)
# The spread in parentheses: "87.6 (SD 21.3) nm", "121 nm (SD 35 nm)", "98.4 (± 12.0) nm",
# "110 (SEM 4) nm". The unit may follow the value or the parenthesis, not neither.
_SIZE_PAREN_SD = re.compile(
    rf"(?P<v>{_SNUM})\s*(?P<u1>{_NM}\s*)?\(\s*(?:SD|SEM|S\.D\.|S\.E\.M\.|{PM})\s*[:=,]?\s*(?P<sd>{_SNUM})\s*(?:{_NM}\s*)?\)"
    rf"(?(u1)|\s*{_NM})",
    _F,
)
_SIZE_RANGE = re.compile(
    rf"(?P<pre>between|from|ranging\s+from|ranged\s+from|range\s+of|in\s+the\s+range\s+of)?\s*+"
    rf"(?P<lo>{_SNUM})\s*(?P<lou>{_NM}\s*)?(?P<sep>-|to|and|~)\s*(?P<hi>{_SNUM})\s*{_NM}",
    _F,
)
_SIZE_ONE = re.compile(rf"(?P<v>{_SNUM})\s*-?\s*{_NM}", _F)


def _size_number(raw: str) -> float | None:
    """A size as written, reading a decimal comma ("132,5") as a decimal point."""
    if re.fullmatch(r"\d{1,4},\d{1,2}", raw.strip()):
        return float(raw.strip().replace(",", "."))
    return parse_number(raw)
# Numbers in nm that are not vesicle sizes: absorbance/emission wavelengths
# (BCA is read at 562 nm, ELISA at 450 nm) and filter pore sizes.
_WAVELENGTH_BEFORE = re.compile(
    r"(?:\bat|absorbance|absorption|wavelength|\bOD|optical density|excitation|emission|"
    r"\bex|\bem|laser|λ|read)\s*(?:of|at|=|:)?\s*(?:\(\s*)?$",
    _F,
)
_PEAK_AT = re.compile(
    r"(?:peak\w*|mode|modal\s+size|centered|centred|maximum)\s+(?:\w+\s+)?at\s*(?:approximately|about|~)?\s*$",
    _F,
)
_NOT_SIZE_AFTER = re.compile(
    r"^\s*+-?\s*+(?:pore|filter|membrane|wavelength|laser|excitation|emission)", _F
)
_STAT_WORDS = (
    ("median", "median"),
    ("modal", "mode"),
    ("mode", "mode"),
    ("peak", "mode"),
    ("average", "mean"),
    ("mean", "mean"),
)
_UPPER_QUAL = re.compile(
    r"(?:<|≤|less than|smaller than|below|under|up to|not exceeding|no more than)\s*$", _F
)
_APPROX_QUAL = re.compile(r"(?:~|approximately|approx\.?|about|around|roughly|nearly)\s*$", _F)


def _size_stat(before: str, after: str) -> str | None:
    low = before.lower()
    best: tuple[int, str] | None = None
    for word, stat in _STAT_WORDS:
        i = low.rfind(word)
        if i >= 0 and (best is None or i > best[0]):
            best = (i, stat)
    if best:
        return best[1]
    m = re.match(r"^\s*\(?\s*(mean|mode|median|peak|average)\b", after, _F)
    if m:
        return dict(_STAT_WORDS)[m.group(1).lower()]
    return None


def find_sizes(text: str) -> list[Quantity]:
    """Vesicle sizes in nm: mean ± SD, mode/peak, median, ranges and single values.

    Wavelengths ("absorbance at 562 nm") and filter pore sizes ("220 nm filter")
    are skipped. Values outside 5-2000 nm are not vesicle sizes and are skipped.
    """
    f = _prep(text)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def plausible(*vals: float | None) -> bool:
        return all(v is not None and 5 <= v <= 2000 for v in vals)

    def not_size(m: re.Match[str], num_start: int) -> bool:
        before = f[max(0, num_start - 40) : num_start]
        if _PEAK_AT.search(before):
            return False
        return bool(_WAVELENGTH_BEFORE.search(before)) or bool(
            _NOT_SIZE_AFTER.match(f[m.end() : m.end() + 20])
        )

    for pat, kind in (
        (_SIZE_PM, "pm"),
        (_SIZE_PM2, "pm"),
        (_SIZE_PAREN_SD, "pm"),
        (_SIZE_RANGE, "range"),
        (_SIZE_ONE, "one"),
    ):
        for m in pat.finditer(f):
            if _overlaps(taken, *m.span()):
                continue
            before = _clause_before(f, m.start())
            after = f[m.end() : m.end() + 30]
            value: dict[str, Any] = {
                "value": None,
                "low": None,
                "high": None,
                "stat": None,
                "sd": None,
            }
            if kind == "pm":
                v, sd = _size_number(m["v"]), _size_number(m["sd"])
                if not plausible(v) or not_size(m, m.start("v")):
                    continue
                value.update(value=v, sd=sd, stat=_size_stat(before, after) or "mean")
            elif kind == "range":
                lo, hi = _size_number(m["lo"]), _size_number(m["hi"])
                if m["sep"].lower() == "and" and m["lou"] and not m["pre"]:
                    continue  # "(96 nm and 99 nm)": two preparations' sizes, each with its unit
                if (
                    not plausible(lo, hi)
                    or lo is None
                    or hi is None
                    or lo >= hi
                    or not_size(m, m.start("lo"))
                ):
                    continue
                value.update(low=lo, high=hi)
                stat = _size_stat(before, after)
                # "a mean size of 80-120 nm" is still a range; keep the stat only for a value.
                value["stat"] = None if stat == "mean" else stat
            else:
                v = _size_number(m["v"])
                if not plausible(v) or not_size(m, m.start("v")):
                    continue
                value.update(value=v, stat=_size_stat(before, after))
                if _UPPER_QUAL.search(before):
                    value.update(value=None, high=v, qualifier="upper_bound")
                elif _APPROX_QUAL.search(before):
                    value["qualifier"] = "approximate"
            taken.append(m.span())
            s = m.start("v") if kind != "range" else (m.start("pre") if m["pre"] else m.start("lo"))
            out.append(Quantity("size", value, s, m.end(), text[s : m.end()]))
    return sorted(out, key=lambda q: q.start)


# --------------------------------------------------------------------------- doses

_MASS_UNIT = r"(?P<u>ug|mcg|mg|ng)(?![a-z])"
_PER_KG = r"(?P<kg>\s*(?:/|per)\s*kg\b(?:\s*(?:of\s+)?body\s*weight)?|\s*[x·*]?\s*kg\s*-\s*1\b|\s*kg\^?-1)"
_PER_VOL = r"(?P<vol>\s*(?:/|per)\s*(?P<vu>ml|ul|l)\b|\s*(?P<vu2>ml|ul)\s*-\s*1\b)"
_MASS = re.compile(rf"(?P<v>{ANY_NUM_P})\s*{_MASS_UNIT}(?:{_PER_KG}|{_PER_VOL})?", _F)
# The unit spelled out, the amount in digits or words: "Thirty micrograms of exosomal
# protein", "100 micrograms of EVs", "2 milligrams/kg". Per volume it is a concentration.
_MASS_WORDS = re.compile(
    rf"\b(?P<v>{NUM}|{WORD_NUM_RE})[\s-]*(?P<u>micrograms?|milligrams?|nanograms?)\b"
    rf"(?!\s*(?:/|per)\s*(?:ml|ul|l\b|millilit|microlit|lit))(?P<kg>\s*(?:/|per)\s*(?:kg|kilogram)\b)?",
    _F,
)
# A lost micro sign: "200 g of exosomes". No rat is given 200 grams of vesicles.
_LOST_MICRO = re.compile(
    rf"(?P<v>{NUM_P})\s*g\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:exosomes?|exos?\b|s?EVs?\b|vesicles|extracellular)",
    _F,
)
_PARTICLE_WORD = (
    # "2 × 10^9 hADSC-Exo particles", "2 × 10^10 sEV particles": the vesicles' name may stand
    # before the unit
    r"(?:exosome\s+|s?EVs?\s+|vesicle\s+|[\w]+-(?:Exos?|s?EVs?)\s+)?(?P<u>particles?|vesicles|exosomes|exos|s?EVs|nanoparticles)\b"
)
_PARTICLES = re.compile(
    rf"(?P<v>{SCI_P}|\d{{1,3}}(?:,\d{{3}}){{2,}})\s*{_PARTICLE_WORD}(?:{_PER_VOL}|{_PER_KG})?", _F
)
_CELLS = re.compile(
    rf"(?:(?:derived|secreted|produced|collected|isolated|obtained|released|harvested|generated)\s+(?:from|by)"
    # "an amount equivalent to 2 x 10^6 cells", "the equivalent of 1 x 10^6 MSCs"
    rf"|equivalent\s+(?:to|of)|(?:the\s+)?equivalent\s+of)\s+(?:the\s+)?(?:approximately\s+|about\s+|~\s*)?(?P<v>{ANY_NUM})\s*"
    r"(?P<cells>(?:[\w-]*MSCs?|[\w-]*SCs?|cells|BMSCs|ADSCs|stem\s+cells|[\w-]+\s+cells))",
    re.IGNORECASE,
)
# "10 µl per rat" is a volume; "10 µl per min" or "per kg" is a rate.
_VOLUME = re.compile(
    rf"(?<![/\w])(?P<v>{NUM})\s*(?P<u>ul|ml)\b(?!\s*(?:/|-\s*1\b|per\s+(?:ml|ul|kg|g|min|minute|h|hour|s)\b))",
    _F,
)
_VOLUME_AFTER = re.compile(
    rf"^[^.;]{{0,50}}?\b(?:in|with|into|of|dissolved in|suspended in|resuspended in|diluted (?:in|with)|"
    rf"total volume of|volume of)\s+(?:a\s+)?(?:total\s+)?(?:volume\s+of\s+)?(?P<v>{NUM})\s*(?P<u>ul|ml)\b",
    _F,
)


def _to_ug(amount: float, unit: str) -> tuple[float, str]:
    unit = unit.lower()
    if unit == "ng":
        return amount / 1000.0, "ug"
    if unit in ("ug", "mcg"):
        return amount, "ug"
    return amount, "mg"


def _to_ul(amount: float, unit: str) -> float:
    return amount * 1000.0 if unit.lower() == "ml" else amount


# "200 µL of exosome suspension containing 100 µg of protein": the volume comes first.
_VOLUME_BEFORE = re.compile(
    rf"(?P<v>{NUM_P})\s*(?P<u>ul|ml)\s+(?:of\s+)?[^.;\d]{{0,40}}?\b(?:containing|with|carrying|holding|loaded\s+with)\s+$",
    _F,
)


# "(100 µg/200 µl)", "(50 µg, 5 µl)": the volume written right after the amount.
_VOLUME_NEXT = re.compile(rf"^\s*(?:/|,)\s*(?P<v>{NUM})\s*(?P<u>ul|ml)\b(?!\s*(?:/|-\s*1\b))", _F)


def _volume_after(f: str, end: int, start: int | None = None) -> float | None:
    m = _VOLUME_NEXT.match(f[end : end + 30]) or _VOLUME_AFTER.match(f[end : end + 90])
    if not m and start is not None:
        b = _VOLUME_BEFORE.search(f[max(0, start - 70) : start])
        if b:
            v = parse_number(b["v"])
            return None if v is None else _to_ul(v, b["u"])
    if not m:
        return None
    v = parse_number(m["v"])
    return None if v is None else _to_ul(v, m["u"])


def find_concentrations(text: str) -> list[Quantity]:
    """Concentrations such as "20 µg/µL", "50 μg/mL", "1 × 10^9 particles/mL"."""
    f = _prep(text)
    out = []
    for m in _MASS.finditer(f):
        if not m["vol"]:
            continue
        v = parse_number(m["v"])
        if v is None:
            continue
        amount, unit = _to_ug(v, m["u"])
        per = (m["vu"] or m["vu2"] or "").lower()
        out.append(_q("concentration", {"amount": amount, "unit": unit, "per": per}, m, text))
    for m in _PARTICLES.finditer(f):
        if not m["vol"]:
            continue
        v = parse_number(m["v"])
        if v is None:
            continue
        per = (m["vu"] or m["vu2"] or "").lower()
        out.append(_q("concentration", {"amount": v, "unit": "particles", "per": per}, m, text))
    return sorted(out, key=lambda q: q.start)


def find_volumes(text: str) -> list[Quantity]:
    """Volumes in µL ("200 μL", "0.2 mL"); denominators of concentrations are not volumes."""
    f = _prep(text)
    out = []
    for m in _VOLUME.finditer(f):
        v = parse_number(m["v"])
        if v is None:
            continue
        out.append(_q("volume", {"amount": _to_ul(v, m["u"]), "unit": "ul"}, m, text))
    return out


def find_doses(text: str) -> list[Quantity]:
    """Doses: protein mass (µg/mg, per kg), particle counts, cell equivalents, volumes.

    ``value`` is ``{"amount", "unit", "volume_ul", "basis"}`` in the contract's
    units, plus ``"flags"`` (e.g. ``["lost_micro"]``) when the reading needed a
    repair. A following "in 200 µL PBS" fills ``volume_ul``. Concentrations
    ("50 µg/mL") are not doses: see ``find_concentrations``.
    """
    f = _prep(text)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in _CELLS.finditer(f):
        v = parse_number(m["v"])
        if v is None or v < 100:
            continue
        val = {
            "amount": v,
            "unit": "cells_equivalent",
            "volume_ul": _volume_after(f, m.end(), m.start()),
            "basis": None,  # the contract has no basis for cell equivalents
        }
        out.append(Quantity("dose", val, m.start("v"), m.end(), text[m.start("v") : m.end()]))
        taken.append((m.start("v"), m.end()))
    for m in _PARTICLES.finditer(f):
        if m["vol"] or _overlaps(taken, *m.span()):
            continue
        v = parse_number(m["v"])
        if v is None or v < 1e5:
            continue
        unit = "particles"
        val = {
            "amount": v,
            "unit": unit,
            "volume_ul": _volume_after(f, m.end(), m.start()),
            "basis": "particles",
        }
        if m["kg"]:
            val["per_kg"] = True
        out.append(_q("dose", val, m, text))
        taken.append(m.span())
    for m in _MASS.finditer(f):
        if m["vol"] or _overlaps(taken, *m.span()):
            continue
        v = parse_number(m["v"])
        if v is None:
            continue
        amount, unit = _to_ug(v, m["u"])
        if m["kg"]:
            unit = f"{unit}_per_kg"
        val = {
            "amount": amount,
            "unit": unit,
            "volume_ul": _volume_after(f, m.end(), m.start()),
            "basis": "protein",
        }
        out.append(_q("dose", val, m, text))
        taken.append(m.span())
    for m in _MASS_WORDS.finditer(f):
        v = float(n) if (n := word_number(m["v"])) is not None else parse_number(m["v"])
        if v is None or _overlaps(taken, *m.span()):
            continue
        word = m["u"].lower()
        amount, unit = _to_ug(v, "ug" if word.startswith("micro") else "mg" if word.startswith("milli") else "ng")
        val = {
            "amount": amount,
            "unit": f"{unit}_per_kg" if m["kg"] else unit,
            "volume_ul": _volume_after(f, m.end(), m.start()),
            "basis": "protein",
        }
        out.append(_q("dose", val, m, text))
        taken.append(m.span())
    for m in _LOST_MICRO.finditer(f):
        if _overlaps(taken, *m.span()):
            continue
        v = parse_number(m["v"])
        if v is None or v > 5000:
            continue
        val = {
            "amount": v,
            "unit": "ug",
            "volume_ul": _volume_after(f, m.end(), m.start()),
            "basis": "protein",
            "flags": ["lost_micro"],
        }
        out.append(_q("dose", val, m, text))
    return sorted(out, key=lambda q: q.start)


# --------------------------------------------------------------------------- g-force and durations

# Space as a thousands separator is allowed here only ("100 000 x g"): in other
# contexts "8 120" is more likely two numbers.
# "1,00,000 × g": Indian papers group by lakhs (two digits, then the last three).


def _gnum(plain: str) -> str:
    """A g-force or rpm number (lakhs, space-grouped thousands), its plain form ``plain``."""
    return rf"(?:\d{{1,2}}(?:,\d\d)+,\d{{3}}(?!\d)|\d{{1,3}}(?:[, ]\d{{3}})+|{plain})"


# without backtracking on a run of digits (see ``_numbers.WHOLE``)
GNUM_P = _gnum(WHOLE)
_LAKHS = re.compile(r"^\d{1,2}(?:,\d\d)+,\d{3}$")
# "100.000 g", "2.000 × g": no centrifuge spins at 100 g to two decimals' precision, so
# a dot before exactly three digits groups thousands, as in most of Europe.
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_G_EXPLICIT = re.compile(
    rf"(?P<v>{GNUM_P})\s*(?:x\s*g\b|g\s*-?\s*force\b|rcf\b|(?:x\s*)?g\s*\(\s*rcf\s*\))", _F
)
_G_BARE = re.compile(rf"(?P<v>{GNUM_P})\s*g\b(?!\s*(?:/|of\b|per\b|rod\b|weight\b))", _F)
_RPM = re.compile(rf"(?P<v>{GNUM_P})\s*(?:rpm|r/min|rev/min)\b", _F)
_DURATION = re.compile(
    rf"(?P<v>{NUM_P})\s*(?P<u>min|mins|minutes|h|hr|hrs|hours|s|sec|seconds)\b(?!\s*(?:after|post|following|later))",
    _F,
)


def find_g_forces(text: str) -> list[Quantity]:
    """Centrifugal forces: "100,000 × g", "100 000 xg", "10,000 g", "12000 rcf", "3000 rpm".

    A bare "g" counts only from 1000 g upward (below that it is a body weight or
    an impactor rod). ``value`` is ``{"g": float, "unit": "g"|"rpm"}``.
    """
    f = _prep(text)
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for pat, unit in ((_G_EXPLICIT, "g"), (_RPM, "rpm"), (_G_BARE, "g")):
        for m in pat.finditer(f):
            if _overlaps(taken, *m.span()):
                continue
            raw = m["v"]
            v = float(raw.replace(",", "")) if _LAKHS.match(raw) else parse_number(raw.replace(" ", ","))
            if v is None:
                continue
            if unit == "g" and v < 1000 and _DOT_THOUSANDS.match(m["v"]):
                v *= 1000 ** m["v"].count(".")  # "100.000 g": the dot groups thousands (de, es, pt...)
            if pat is _G_BARE and v < 1000:
                continue
            out.append(_q("g_force", {"g": v, "unit": unit}, m, text))
            taken.append(m.span())
    return sorted(out, key=lambda q: q.start)


def find_durations(text: str) -> list[Quantity]:
    """Durations ("70 min", "2 h", "30 s") in hours; time points after an event are excluded."""
    f = _prep(text)
    out = []
    for m in _DURATION.finditer(f):
        v = parse_number(m["v"])
        if v is None:
            continue
        u = m["u"].lower()
        hours = v / 60 if u.startswith("min") else v / 3600 if u.startswith("s") else v
        out.append(
            _q(
                "duration",
                {"hours": hours, "amount": v, "unit": "min" if u.startswith("min") else u[0]},
                m,
                text,
            )
        )
    return out


def find_all(text: str) -> list[Quantity]:
    """Every quantity of every kind in ``text``, in reading order."""
    found: list[Quantity] = []
    for finder in (
        find_sizes,
        find_doses,
        find_concentrations,
        find_volumes,
        find_g_forces,
        find_durations,
        find_body_weights,
        find_ages,
        find_group_sizes,
        find_time_points,
        find_frequencies,
    ):
        found.extend(finder(text))
    return sorted(found, key=lambda q: (q.start, q.kind))
