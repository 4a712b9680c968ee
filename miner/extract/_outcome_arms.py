"""Arms of outcome groups: sham, control (injured untreated or vehicle), treatment, other.

``group_arm`` reads one label; ``resolve_arms`` looks at all groups of a paper
at once: of several vesicle groups, the paper's own (modified, highest-dose)
one is the treatment and the rest are extra comparators (other).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Final

from miner.extract._numbers import NUM, fold, parse_number
from miner.extract._outcome_start import bracket_roles, unit_hours, window_rank
from miner.records import OutcomeRow

__all__ = ["DOSE_LEVELS", "GENERIC_TREATED", "GLUED_EV", "SOMATIC_SOURCE", "DefinedLabel", "bare_label", "group_arm",
           "level_initial_label", "resolve_arms", "source_only"]


class DefinedLabel(str):
    """A group code as the paper writes it ("G3"), carrying the arm its definition gives ("G3,
    injury plus MSC-derived exosomes"): the text readers pair unlabelled values by arms, and a
    code tells none by itself."""

    arm: str

    def __new__(cls, label: str, arm: str) -> DefinedLabel:  # noqa: PYI034
        obj = super().__new__(cls, label)
        obj.arm = arm
        return obj

# The words papers name dose arms by ("the high-dose group", "EV-low", "medium dose").
DOSE_LEVELS: Final = r"high|higher|highest|medium|middle|mid|intermediate|low|lower|lowest"


def level_initial_label(level: str, known: Sequence[str], *, opening: bool = False) -> str | None:
    """The one known label that closes with the dose level's initial ("high" -> "Exo-H",
    "low" -> "EV-L", "middle" -> "Exo-M"), else None. ``opening``: failing that, the one that
    opens with it, a "D" of "dose" at most, then a hyphen ("high" -> "H-HsEV" or "HD-Exo")."""
    stem = level[:3].lower()
    letter = "L" if stem == "low" else "H" if stem == "hig" else "M"
    same = [k for k in known if re.search(rf"[-\s]{letter}$", k)]
    if len(same) != 1 and opening:
        same = [k for k in known if re.match(rf"{letter}D?-(?=[A-Za-z])", k)]
    return same[0] if len(same) == 1 else None

_SHAM: Final = re.compile(
    r"\bsham\b|\bnormal\b|\bintact\b|\buninjured\b|\bnon-?injured\b|\bunoperated\b|"
    r"\bno\s+(?:surgery|injury|lesion|operation)\b|\bwithout\s+(?:injury|contusion|impact|lesion|compression|SCI)\b|\bnaive\b|laminectomy[-\s]+(?:only|alone)|"
    # A group named after the sham operation itself: "Laminectomy", "Laminectomy group".
    r"^\s*laminectomy(?:\s+(?:group|rats|mice))?\s*$",
    re.IGNORECASE,
)
# "HsEV", "pEV", "hEV": a letter or two of the kind glued before the vesicle abbreviation (case
# kept inside patterns compiled with re.IGNORECASE).
GLUED_EV: Final = r"(?-i:\b(?!nc|no|o)[A-Z]?[a-z]{1,2}EVs?\b)"
_TREAT: Final = re.compile(
    r"exo|\bs?EVs?\b|vesicle|MSC|\bSC-|secretome|miR|siRNA|si-|lnc|-Exos?|\+\s*(?!PBS|saline|vehicle)\w*exo"
    rf"|{GLUED_EV}",
    re.IGNORECASE,
)
_CONTROL: Final = re.compile(
    # "HSCI", "tSCI", "cSCI": an abbreviation of the injury ending in SCI is the injured control.
    r"\bPBS\b|vehicle|saline|\bcontrols?\b|\bSCI\b|\b[A-Za-z]{1,2}-?SCI\b|\bmodel\b|\binjur\w*|untreated|\bDMEM\b|\bNS\b|\bcon\b|"
    r"transect\w*|contusion|compression|hemisect\w*|\bHx\b|\bcrush\b"
    # "Trauma", "Trauma + Saline": the injury named as trauma.
    r"|\btrauma\w*"
    # "Acute-Sal" (saline), a group named "Lesion" / "Lesion only" (injured, untreated).
    # "NaCl", "0.9% NaCl": physiological saline named by its salt.
    r"|\bSal\b|\bNaCl\b|^\s*lesion(?:ed)?(?:[-\s]+(?:only|alone|group|control|rats|mice|animals))?\s*$",
    re.IGNORECASE,
)


# A label naming no product, only that the rats were treated: the paper's treatment group.
GENERIC_TREATED: Final = re.compile(r"(?:the\s+)?(?:treated|treatment)(?:\s+group)?", re.IGNORECASE)
_CARRIER: Final = re.compile(
    r"hydrogel|scaffold|matrix|\bgel\b|GelMA|collagen|fibrin", re.IGNORECASE
)
# Medium the vesicles were taken out of ("exosome-depleted medium", "EV-free supernatant").
_DEPLETED: Final = re.compile(
    # Shortened in labels: "EV-dep CM", "Exo-depl. CM"; "EV-poor", "exosome-removed".
    r"(?:exo(?:some)?s?|\bs?EVs?|vesicles?)[- ]?(?:free|depleted|depl?\b\.?|removed|poor\b)|"
    r"depleted\s+of\s+(?:exo|s?EV|vesic)",
    re.IGNORECASE,
)
_INACTIVATED: Final = re.compile(
    r"\b(?:heat[- ]?(?:inactivated|killed|denatured|treated)|(?:in|de)activated|denatured|boiled)\b",
    re.IGNORECASE,
)
_CELL_MEDIUM: Final = re.compile(r"depleted|conditioned|\bCM\b|supernatant|secretome", re.IGNORECASE)
# "Negative control" animals are the uninjured ones (unless the words qualify vesicles or RNA).
_NEG_SHAM: Final = re.compile(r"\bnegative[-\s]+controls?\b", re.IGNORECASE)


# Cells given whole ("SCI + BMSCs", "MSC transplantation") are a comparator of their own, not
# the vesicles: a cell word with no vesicle, secretome or medium word beside it.
_CELLS: Final = re.compile(r"\bcells?\b|MSCs\b|SCs\b|transplant", re.IGNORECASE)
# An agent added to the injury ("Trauma + MP", "SCI/minocycline", "treated with X"): the
# words after the joint, up to the next joint or bracket, name it.
_ADDED: Final = re.compile(
    r"(?:\+|/|\bplus\b|\b(?:treated|injected|given)\s+with\b|\breceiving\b)\s*(?P<x>[^+/();,]*)",
    re.IGNORECASE,
)
# A vehicle anywhere in the added words makes them the vehicle ("phosphate-buffered saline",
# "an equal volume of culture medium").
_VEHICLE_WORD: Final = re.compile(
    r"\b(?:PBS|saline|vehicle|NS|DMEM|NaCl|Sal|medi(?:um|a)|DMSO|placebo|solvent|buffer\w*|IgG|"
    r"water|HBSS|ACSF|a?CSF|Ringer\w*|carrier|blank|empty|mock|NC|veh\w*)\b",
    re.IGNORECASE,
)
# Words that add no agent: the injury's own, fillers, "no treatment".
_INERT: Final = re.compile(
    r"control|con|no|none|nothing|untreated|only|alone|sham|SCI|[A-Za-z]{1,2}-?SCI|injur\w*|"
    r"trauma\w*|contusion|compression|transect\w*|hemisect\w*|Hx|crush|lesion\w*|"
    r"laminectomy|surgery|model|groups?|rats?|mice|animals|the|a|an|of|and|treatment|treated|"
    r"normal|physiological|sterile|equal|same|volume|T\d+|\d+(?:\.\d+)?%?|[A-Za-z]|[=<>]|"
    # "I/R", "ischemia/reperfusion": the injury, not an agent.
    r"I-?R|ischemi\w*|ischaemi\w*|reperfus\w*|IR|SCII|"
    # "Laminectomy + clip", "laminectomy + weight drop": how the cord was injured, not an agent.
    r"clip\w*|impact\w*|compress\w*|contus\w*|weight|drop|balloon|forceps|aneurysm|"
    # "1 ml/kg", "10 µg/day": the unit of a dose, not an agent.
    r"kg|g|mg|ml|d|days?|h|min|wk|weeks?|i\.?[pv]\.?",
    re.IGNORECASE,
)


def _added_agent(group: str) -> bool:
    """An injured group's label names an agent beside the injury that is no vehicle."""
    for m in _ADDED.finditer(group):
        words = re.findall(r"[^\s-]+", m["x"])
        if words and not _VEHICLE_WORD.search(m["x"]) and not all(_INERT.fullmatch(w) for w in words):
            return True
    return False


def group_arm(group: str) -> str:
    """The arm of a group label: sham, treatment (vesicles), control (injured + vehicle) or other.

    A carrier without vesicles ("Hydrogel", "SCI + scaffold") is an extra
    comparison group (other), not the vehicle control.
    """
    if isinstance(group, DefinedLabel):
        return group.arm
    if _SHAM.search(group) and not _VESICLE.search(group):
        return "sham"  # but "Naive-Exo" is vesicles from naive cells
    if _NEG_SHAM.search(group) and not _TREAT.search(group):
        return "sham"
    if _CELLS.search(group) and not (_VESICLE.search(group) or _CELL_MEDIUM.search(group)):
        return "other"
    if _INACTIVATED.search(group) and _TREAT.search(group):
        # Vesicles heat-inactivated, boiled or denatured are a comparator for the active ones.
        return "other"
    if _TREAT.search(group) and not _DEPLETED.search(group):
        return "treatment"
    if _DEPLETED.search(group) and _CELL_MEDIUM.search(group):
        # The cells' medium without its vesicles is a comparator of its own; fresh
        # "exosome-free medium" is the vehicle (control, below).
        return "other"
    if _CARRIER.search(group):
        return "other"
    if _CONTROL.search(group):
        # "Trauma + MP", "SCI + minocycline": a drug given alone is a comparator.
        return "other" if _added_agent(group) else "control"
    if re.search(r"treat", group, re.IGNORECASE) and not _DEPLETED.search(group):
        return "treatment"
    if _DOSE_ONLY.fullmatch(group.strip()) or _AMOUNT_ONLY.fullmatch(fold(group).strip()):
        # "High-dose", "low dose": doses of the paper's product; ``resolve_arms`` keeps the highest.
        return "treatment"
    return "other"


# "100 µg", "the 50 µg/kg group": an amount of the paper's product.
_AMOUNT_ONLY: Final = re.compile(
    # Starts where a number starts (a match inside one is also one from its first digit); the
    # digits and blanks taken whole (a unit letter follows them), so no run is rescanned.
    r"(?:the\s+)?(?<!\d)\d++(?:\.\d++)?\s*+-?\s*+(?:ug|mg|ng)(?:/kg)?(?:\s+(?:dose|group))?", re.IGNORECASE
)
_DOSE_ONLY: Final = re.compile(
    rf"(?:{DOSE_LEVELS})[-\s]?dose(?:\s+group)?",
    re.IGNORECASE,
)


# A group given modified vesicles (the paper's own product) and the vesicles it is
# compared with: when both are present, the unmodified or negative-control
# vesicles are an extra comparison arm ("other"), not the treatment.
_MODIFIED: Final = re.compile(
    r"miR|\bsi[A-Z-]|siRNA|sh[A-Z-]|shRNA|lnc|circ|\bOE\b|-OE|overexpress|[Hh]ypo(?:xi\w*)?[- ]|"
    r"precondition|primed|\b3D\b|loaded|engineered|modified|-\w+\+",
)
_NEG_CONTROL: Final = re.compile(
    r"\bNC\b|-NC\b|siNC|shNC|mimic[- ]?NC|scrambl|\bScr\b|\b(?:si|sh)-?Scr\b|\bvector\b|\bempty\b|\bmock\b|\bGFP\b|\bnegative\b"
    # Glued to the vesicle word in camel case: "ExoScr", "sEVNC", "ExosNC".
    r"|(?-i:(?:(?<=[a-z])|(?<=EV))(?:Scr|NC)\b)",
    re.IGNORECASE,
)
_NATIVE: Final = re.compile(
    # "Nx-EV" beside "Hx-EV": vesicles of normoxic cells.
    r"(?:^|[+\s/])N-|(?<![\w-])Nx\b|normox|\bnative\b|\bna[iï]ve\b|unmodified|unprimed|unloaded|\bnon-?(?:primed|modified|loaded)"
    # "exosomes from untreated hPMSCs", "EV of unstimulated cells": the cells' native product.
    r"|\b(?:from|of)\s+(?:untreated|unstimulated|non-?treated|parental)\b",
    re.IGNORECASE,
)


def _extends(longer: str, plain: str) -> bool:
    """ "Cur-Exo" extends "Exo": the plain label with a prefix or suffix of its own."""
    a, b = bare_label(longer).lower(), bare_label(plain).lower()
    # "BMSC-EVs" names only where "EV" came from: the same vesicles, not a kind of their own.
    # (A defined label stands in as "G3: SCI + BMSC-EVs": the definition is what counts.)
    if _source_only(bare_label(longer.rsplit(": ", 1)[-1])):
        return False
    if a == b or _DOSE_LEVEL.search(longer) or _DOSE_AMOUNT.search(fold(longer)):
        return False
    if re.search(rf"(?:^|[\w)][-\s+]){re.escape(b)}$|^{re.escape(b)}[-\s+]\w", a):
        return True
    # "Gel+pep-sEV" extends "Gel+sEV": a word of its own inside the plain label's words (the
    # carrier and the vesicle words kept at both ends).
    ta, tb = _LABEL_WORDS.split(a), _LABEL_WORDS.split(b)
    if len(tb) < 2 or len(ta) <= len(tb) or ta[0] != tb[0] or ta[-1] != tb[-1]:
        return False
    rest = iter(ta[1:-1])
    if not all(any(w == x for x in rest) for w in tb[1:-1]):
        return False
    # "Gel+BMSC-Exo": a word that says only where the vesicles came from adds no kind of its own.
    added = list(ta)
    for w in tb:
        added.remove(w)
    return not all(_SOURCE_WORD.fullmatch(w) for w in added)


_LABEL_WORDS: Final = re.compile(r"[-\s+/]+")


# Words after a label that name no group of their own: "sEV-treated rats", "Exos", "Exo group".
_GROUP_TAIL: Final = re.compile(
    # From the first blank or hyphen of a run (a match from inside one is also one from its start).
    r"(?<![-\s])(?:[-\s]++(?:treated|injected|group|groups|rats|mice|animals))+$", re.IGNORECASE
)


def bare_label(label: str) -> str:
    """The label without the words that name no group ("sEV-treated rats" -> "sEV"), plural folded."""
    g = _GROUP_TAIL.sub("", label.strip())
    return re.sub(r"(?<=[A-Za-z]{2})s$", "", g) if re.search(r"(?i)(?:exo|ev)s$", g) else g


# A drug added to the vesicles: a compound code ("ML385", "LY294002", "SB-203580", "3-MA"), an
# inhibitor / antagonist / blocker or an anti-miR; or the vesicles given late ("Delayed EV").
_ADDED_AGENT: Final = re.compile(
    r"\+\s*(?:(?-i:[A-Z]{1,4})-?\d{2,6}\b|\d-(?-i:[A-Z]{2,4})\b|[\w-]*\s*(?:inhibitors?|antagonists?|blockers?)\b"
    # "Exo-miR124 + anti-miR", "+ antagomir": the cargo blocked again.
    r"|anti-?miR|antagomir)"
    # "sEV + MP", "Exo plus riluzole": the vesicles combined with another therapy (not with
    # what carries them) beside the vesicles alone.
    r"|(?:exo\w*|\bs?EVs?|vesicles?)\s*(?:\+|\bplus\b|\bcombined\s+with\b)\s*"
    r"(?!(?:PBS|saline|vehicle|NS|DMEM|medium|NaCl|hydrogel|scaffold|matrix|gel|GelMA|collagen|fibrin)\b)[A-Za-z]"
    # "Delayed WJ-EV" / "Chronic sEV" beside "Acute WJ-EV": the later start or second cohort.
    r"|^\s*(?:delayed|late|chronic)\b",
    re.IGNORECASE,
)


# Linear forms of "(?P<base>.+?)\s*\(": a match can only start where a line starts or the last
# match ended (after a ")"), so the lookbehind skips the rescans from every other offset; and
# the shortest base never ends in a space (the "\s*" takes it), so it is read as ending in a
# non-space (or as one leading blank), which spares the scans of every split of a run of spaces.
_BASE: Final = r"(?<![^\n)])(?P<base>[^\S\n]|.*?\S)"
_TIMED: Final = re.compile(
    _BASE + r"\s*\(\s*(?:(?:d|day|wk|week|w)\s*\d{1,3}|\d{1,3}\s*(?:d|dpi|h|days?|weeks?|wks?))\s*\)",
    re.IGNORECASE,
)
# The start time a label carries in brackets: "Exo-Cur (1 h)", "EV (d7)", "sEV (3 d)", "Exo (week 4)".
_START: Final = re.compile(
    _BASE + r"\s*\(\s*(?:(?P<u1>d|day|wk|week|w)\s*(?P<v1>\d{1,3})|"
    r"(?P<v2>\d{1,3}(?:\.\d)?)\s*(?P<u2>min|h|hr|hrs|hours?|hpi|d|dpi|days?|weeks?|wks?))\s*\)",
    re.IGNORECASE,
)

# The start time glued to a vesicle label: "Exo-1h" / "Exo-7d", "EV_24h", "sEV-d3".
_GLUED_START: Final = re.compile(
    r"(?P<base>.{0,40}?(?:exo[a-z]*|s?EVs?|vesicles?))[-_]\s?(?:(?P<u1>d|day|wk|week|w)(?P<v1>\d{1,3})|"
    r"(?P<v2>\d{1,3}(?:\.\d)?)\s?(?P<u2>min|h|hr|hrs|hours?|hpi|d|dpi|days?|weeks?|wks?))",
    re.IGNORECASE,
)


def _start_hours(group: str) -> tuple[str, float] | None:
    """ "Exo-Cur (72 h)" -> ("exo-cur", 72.0): the label's base and its start time in hours."""
    m = _START.fullmatch(group.strip()) or _GLUED_START.fullmatch(group.strip())
    if m is None:
        return None
    per = unit_hours(m["u1"] or m["u2"])
    if per is None:
        return None
    return bare_label(m["base"]).lower(), float(m["v1"] or m["v2"]) * per


def _later_starts(groups: set[str], roles: dict[str, str]) -> set[str]:
    """Of one vesicle label given from two start times or more ("Exo-Cur (1 h)", "Exo-Cur (72 h)"),
    all but the earliest: the delayed start is the comparator, as "Delayed EV" is.

    ``roles`` (``_label_roles``) says what the methods make of each bracketed time: times the
    animals were killed or scored at ("end") are cohorts of one treatment, not starts; times
    dosing lasted ("span") are courses, of which the longest (the most doses) is kept."""
    by_base: dict[str, dict[str, float]] = {}
    for g in groups:
        if (t := _start_hours(g)) is not None:
            by_base.setdefault(t[0], {})[g] = t[1]
    later: set[str] = set()
    for starts in by_base.values():
        if len(set(starts.values())) < 2:
            continue
        said = {roles.get(g) for g in starts} - {None}
        if "end" in said or len(said) > 1:
            continue  # cohorts ended (or scored) at those times, or the text disagrees
        if said == {"span"}:
            longest = max(starts.values())
            later |= {g for g, h in starts.items() if h < longest}
            continue
        first = min(starts.values())
        later |= {g for g, h in starts.items() if h > first}
    return later


def _label_roles(groups: Iterable[str], texts: Sequence[str]) -> dict[str, str]:
    """What the methods say each bracketed time of ``groups`` is (``bracket_roles``), by label."""
    hours = {g: t[1] for g in groups if (t := _start_hours(g)) is not None}
    if not hours or not texts:
        return {}
    said = bracket_roles(texts, hours.values())
    return {g: said[h] for g, h in hours.items() if h in said}


def _later_windows(groups: set[str]) -> set[str]:
    """Of one vesicle label given in several treatment windows named in words ("Acute-Exo",
    "Subacute-Exo", "Chronic-Exo"), all but the earliest window."""
    by_rest: dict[str, dict[str, int]] = {}
    for g in groups:
        if (w := window_rank(g)) is not None:
            by_rest.setdefault(w[1], {})[g] = w[0]
    later: set[str] = set()
    for ranks in by_rest.values():
        if len(set(ranks.values())) >= 2:
            first = min(ranks.values())
            later |= {g for g, r in ranks.items() if r > first}
    return later


_VESICLE: Final = re.compile(rf"exo|\bs?EVs?\b|vesic|secretome|{GLUED_EV}", re.IGNORECASE)


_DOSE_LEVEL: Final = re.compile(
    rf"\b(?P<w>{DOSE_LEVELS})\b", re.IGNORECASE
)
_DOSE_AMOUNT: Final = re.compile(
    # Only where a number starts, or three digits or fewer before a thousands comma ("1234,567
    # µg" reads "234,567" as the original did): the leftmost match never starts elsewhere.
    rf"(?:(?<!\d)|(?=\d{{1,3}},\d{{3}}))(?P<v>{NUM})\s*+(?:µg|μg|ug|mg|x\s*10|×\s*10|particles)", re.IGNORECASE
)
_LEVEL_RANK: Final = {
    "low": 0,
    "lower": 0,
    "lowest": 0,
    "medium": 1,
    "middle": 1,
    "mid": 1,
    "intermediate": 1,
}


def _lower_doses(groups: set[str]) -> set[str]:
    """Of dose-ranging arms ("EV-low dose", "EV-high dose"; "Exo 100 µg", "Exo 400 µg"), all but the highest.

    One arm per study enters a meta-analysis; the highest dose is the one reviews pool
    unless the paper names another as primary (the field ``dose`` reports which).
    """
    levels = {g: m["w"].lower() for g in groups if (m := _DOSE_LEVEL.search(g))}
    if len(levels) >= 2:
        top = max(levels.values(), key=lambda w: _LEVEL_RANK.get(w, 2))
        return {g for g, w in levels.items() if _LEVEL_RANK.get(w, 2) < _LEVEL_RANK.get(top, 2)}
    # "Exo-L" / "Exo-H" (or "L-Exo" / "H-Exo"): one stem with level letters. A lone "H-Exo" may be
    # hypoxic, so the letters count as doses only when a low and a high one share the stem.
    lettered: dict[str, dict[str, str]] = {}
    for g in groups:
        m = _LEVEL_LETTER.fullmatch(fold(g).strip())
        if m:
            stem = (m["s1"] or m["s2"]).lower()
            lettered.setdefault(stem, {})[g] = (m["l1"] or m["l2"]).upper()
    # Each stem its own dose pair: "Exo-L"/"Exo-H" beside "Exo-miR-L"/"Exo-miR-H".
    lower = {
        g for by_letter in lettered.values() if {"L", "H"} <= set(by_letter.values())
        for g, x in by_letter.items() if x != "H"
    }
    if lower:
        return lower
    amounts = {g: parse_number(m["v"]) for g in groups if (m := _DOSE_AMOUNT.search(fold(g)))}
    known = {g: a for g, a in amounts.items() if a is not None}
    if len(set(known.values())) >= 2:
        top_amount = max(known.values())
        return {g for g, a in known.items() if a < top_amount}
    # "Exo-50", "Exo-100", "Exo-200": one vesicle label with the dose as a bare number.
    numbered: dict[str, dict[str, float]] = {}
    for g in groups:
        m = _NUMBERED.match(fold(g).strip())
        if m:
            numbered.setdefault(m["stem"].lower(), {})[g] = float(m["v"])
    for by_group in numbered.values():
        if len(set(by_group.values())) >= 2:
            top_n = max(by_group.values())
            return {g for g, v in by_group.items() if v < top_n}
    return set()


_LEVEL_LETTER: Final = re.compile(
    # The stem-first form only from the start of a run of its characters (one from inside a run
    # is also one from the run's start): no rescan of a long run from every offset.
    r"(?<![\w+ ])(?P<s1>[\w+ ]*?(?:exo\w*|s?EVs?|vesicles?)(?:-[\w+]+)*?)[-\s]?(?-i:(?P<l1>[LMH]))"
    r"|(?-i:(?P<l2>[LMH]))[-\s](?P<s2>[\w+ ]*?(?:exo\w*|s?EVs?|vesicles?))",
    re.IGNORECASE,
)
_NUMBERED: Final = re.compile(
    # From a line's start only: a match from later in the line is also one from its start.
    r"(?<![^\n])(?P<stem>.*?(?:exo\w*|s?EVs?|vesicles?))[-\s]?(?P<v>\d+(?:\.\d+)?)$", re.IGNORECASE
)
# Labels naming only where the vesicles came from ("WJ-Exo", "SCI+BMSC-Exos") beside a label
# with something of its own ("SCI+RVG-Exo"): the source-only label is the native comparator.
_SOURCE_WORD: Final = re.compile(
    r"(?:[hrm]|hu)?(?:WJ|UC|BM|AD|AF|P|DP|MEn|UCB|Wharton)?-?(?:MSCs?|SCs?)|WJ|UC|BM|AD|SHED|DPSCs?|"
    r"ADSCs?|BMSCs?|MSC|SCI|native|exo\w*|s?EVs?|vesicles?|\+|-|"
    # The injury every injured group shares, in words as in "SCI": "injury + hUCMSC-EVs",
    # "contused + ADSC-exosomes" name the paper's vesicles as "SCI + BMSC-Exo" does.
    r"injury|injured|contus(?:ed|ion)|hemisect(?:ed|ion)|transect(?:ed|ion)|lesion(?:ed)?|trauma",
    re.IGNORECASE,
)


_GENERIC_VESICLE: Final = re.compile(r"(?:the\s+)?(?:exo\w*|s?EVs?|vesicles?)", re.IGNORECASE)


# Where vesicles come from: a stem or stromal cell, or a differentiated (somatic) cell line.
_STEM_SOURCE: Final = re.compile(r"MSC|\bSCs?\b|stem|stromal|progenitor|ADSC|SHED|DPSC", re.IGNORECASE)
SOMATIC_SOURCE: Final = re.compile(
    r"fibroblast|\bHEK[-\s]?293\w*|\bHEK\b|keratinocyte|endothelial\s+cells?|HUVEC|erythrocyte|"
    r"red\s+blood\s+cells?|platelet",
    re.IGNORECASE,
)


def source_only(label: str) -> bool:
    """The words say only where vesicles come from and what they are ("hUC-MSC", "BMSC-Exo")."""
    return _source_only(label)


def _source_only(label: str) -> bool:
    """The label says only the source and kind of the vesicles ("SCI+WJ-Exo", "BMSC-EVs")."""
    tokens = [t for t in re.split(r"[\s+\-/]+", fold(label)) if t]
    return bool(tokens) and all(_SOURCE_WORD.fullmatch(t) for t in tokens)


def resolve_arms(rows: list[OutcomeRow], texts: Iterable[str] = ()) -> list[OutcomeRow]:
    """Arms seen across all groups of a paper: of several vesicle groups, the modified one is the treatment.

    Unmodified or negative-control vesicles beside modified ones, whole cells
    beside vesicles, and the lower doses of a dose-ranging design become ``other``. With one treatment group, or
    several groups that differ only in dose, nothing changes. ``texts`` (the paper's methods
    sentences, a design table's rows as text) say what a time in a label's brackets is: a
    later start is a comparator, a harvest time names a cohort of the same treatment.
    """
    texts = tuple(texts)
    scales = {r.outcome for r in rows}
    if len(scales) > 1:
        # BBB in rats and BMS in mice are two experiments: each settles its own arms ("EV" in the
        # mouse table is the treatment there, whatever the rat table calls "hBMSC-EV").
        settled: dict[int, OutcomeRow] = {}
        for scale in scales:
            part = [r for r in rows if r.outcome == scale]
            settled.update(zip(map(id, part), _resolve(part, texts), strict=True))
        return [settled[id(r)] for r in rows]
    return _resolve(rows, texts)


# Donor cells that lost a gene: "from TIMP2-silenced cells", "of Rab27a-knockdown BMSCs",
# "derived from X-knockout MSCs", "from X-deficient cells".
_LOSS_DONOR: Final = re.compile(
    r"\b(?:from|of|by)\s++(?:[\w-]++\s++){0,3}?[\w-]*?(?:silenced|knock(?:ed)?[- ]?(?:down|out)|"
    r"deficient|null|KO)\s++(?:[\w-]++\s++)?(?:cells|MSCs?|BMSCs?|ADSCs?|stem\s+cells)\b",
    re.IGNORECASE,
)


def _resolve(rows: list[OutcomeRow], texts: Sequence[str] = ()) -> list[OutcomeRow]:
    treat = {r.group for r in rows if r.arm == "treatment"}
    if len(treat) < 2:
        return rows
    demote: set[str] = _lower_doses(treat)
    vesicle = {g for g in treat if _VESICLE.search(g)}
    if vesicle and vesicle != treat:
        # "BMSC" (the cells) beside "BMSC-Exo"; not "treated rats", which is the vesicle group.
        demote |= {g for g in treat - vesicle if not GENERIC_TREATED.fullmatch(g.strip())}
    # Vesicles given with a blocking drug ("Exo + ML385", "Exo+LY294002", "EV + inhibitor") beside
    # the vesicles alone test the mechanism: the vesicles alone are the treatment.
    blocked = {g for g in vesicle if _ADDED_AGENT.search(g)}
    if blocked and blocked != vesicle:
        demote |= blocked
        vesicle = vesicle - blocked
    # The same vesicles given at another time, named by the time in brackets beside the plain
    # label ("3D-Exo" / "3D-Exo (d28)", "EV (week 4)"): a timing comparator of a second experiment.
    roles = _label_roles(vesicle, texts)
    # ... unless the methods say the time is when that cohort was killed or scored, or how
    # long dosing lasted: then it is the same treatment.
    timed = {
        g for g in vesicle
        if (m := _TIMED.fullmatch(g.strip())) and m["base"].strip() in vesicle
        and roles.get(g) in (None, "start")
    }
    if timed and timed != vesicle:
        demote |= timed
        vesicle = vesicle - timed
    later = _later_starts(vesicle, roles) | _later_windows(vesicle)
    if later and later != vesicle:
        demote |= later
        vesicle = vesicle - later
    # Vesicles of a differentiated cell ("EVs of dermal fibroblasts", "HEK293 exosomes") beside
    # vesicles of stem cells are the cell-source comparator: the stem cells' are the treatment.
    foreign = {g for g in vesicle if SOMATIC_SOURCE.search(g) and not _STEM_SOURCE.search(g)}
    if foreign and foreign != vesicle and any(_STEM_SOURCE.search(g) for g in vesicle - foreign):
        demote |= foreign
        vesicle = vesicle - foreign
    # Vesicles of donor cells whose gene was silenced or knocked out ("exosomes from
    # TIMP2-silenced cells", "EVs of Rab27a-knockdown MSCs") beside other vesicles test what the
    # gene does: the loss-of-function arm is a comparator, the intact vesicles the treatment.
    loss = {g for g in vesicle if _LOSS_DONOR.search(g)}
    if loss and loss != vesicle:
        demote |= loss
        vesicle = vesicle - loss
        # One kind of intact vesicles left (a generic "exosome-treated" of the text is that
        # kind too): it is the treatment, whatever word ("native") the paper gives it.
        if len({g for g in vesicle if not _GENERIC_VESICLE.fullmatch(bare_label(g).strip())}) == 1:
            return [replace(r, arm="other") if r.group in demote else r for r in rows]
    # "unprimed", "unloaded" hold the word of the modification but name the native vesicles.
    modified = {
        g for g in vesicle
        if _MODIFIED.search(g) and not _NEG_CONTROL.search(g) and not _NATIVE.search(g)
    }
    if modified and modified != vesicle:
        demote |= vesicle - modified
    # Negative-control or native vesicles ("Exo-Scr", "N-EV") beside the paper's own kind, and a
    # plain label that another group's label extends ("Exo" / "Cur-Exo", "SHED-Exo" / "IFN-SHED-Exo").
    demote |= {g for g in vesicle if _NEG_CONTROL.search(g) or _NATIVE.search(g)}
    demote |= {g for g in vesicle if any(_extends(h, g) for h in vesicle)}
    if not modified:
        # A bare "exosome" / "EVs" is the paper's own vesicles named in passing, not a comparator.
        plain = {
            g for g in vesicle
            if _source_only(bare_label(g)) and not _GENERIC_VESICLE.fullmatch(bare_label(g).strip())
        }
        # Only a label with something of its own ("RVG-Exo") makes the source-only one the
        # native comparator: a bare "EV" / "exosome-treated" beside "hBMSC-EV" is the same
        # vesicles under another name (an abbreviation, a sentence, another experiment).
        own = {
            g
            for g in vesicle - plain
            if not _GENERIC_VESICLE.fullmatch(bare_label(g).strip())
            and not _DOSE_LEVEL.search(g)
            and not _DOSE_AMOUNT.search(fold(g))
            and not _NUMBERED.match(fold(g).strip())
            and not _NEG_CONTROL.search(g)
            and not _CARRIER.search(g)
        }
        if plain and own:
            demote |= plain
    if not demote or demote >= treat:
        return rows
    return [replace(r, arm="other") if r.group in demote else r for r in rows]
