"""The linear rewrites of this area's slow patterns read exactly what the old ones read.

Each old pattern (as it stood before the rewrite) and the new one give the same ``search``,
``match`` and ``fullmatch`` results (the calls miner makes) on labels, table cells and
sentences written the ways papers write them, and on seeded random strings over the
characters the patterns care about.
"""

from __future__ import annotations

import random
import re

import pytest

from miner.extract import _outcome_arms as arms
from miner.extract import _outcome_codes as codes
from miner.extract import _outcome_labels as labels
from miner.extract import _outcome_notes as notes
from miner.extract import _outcome_time as otime
from miner.extract._numbers import NUM

I = re.IGNORECASE
_TOK = r"[A-Za-z0-9α-ωΑ-Ω][\w\-/'α-ωΑ-Ω]*"
_PHRASE = rf"{_TOK}(?:\s*\+\s*{_TOK})*"
_OLD_START = (
    r"(?P<base>.+?)\s*\(\s*(?:(?P<u1>d|day|wk|week|w)\s*(?P<v1>\d{1,3})|"
    r"(?P<v2>\d{1,3}(?:\.\d)?)\s*(?P<u2>min|h|hr|hrs|hours?|hpi|d|dpi|days?|weeks?|wks?))\s*\)"
)
_OLD_TIMED = r"(?P<base>.+?)\s*\(\s*(?:(?:d|day|wk|week|w)\s*\d{1,3}|\d{1,3}\s*(?:d|dpi|h|days?|weeks?|wks?))\s*\)"

# (new pattern, old pattern text, old flags, the calls miner makes)
CASES = {
    "_START": (arms._START, _OLD_START, I, ("search", "fullmatch")),
    "_TIMED": (arms._TIMED, _OLD_TIMED, I, ("search", "fullmatch")),
    "_AMOUNT_ONLY": (arms._AMOUNT_ONLY, r"(?:the\s+)?\d+(?:\.\d+)?\s*-?\s*(?:ug|mg|ng)(?:/kg)?(?:\s+(?:dose|group))?", I,
                     ("search", "fullmatch")),
    "_GROUP_TAIL": (arms._GROUP_TAIL, r"(?:[-\s]+(?:treated|injected|group|groups|rats|mice|animals))+$", I,
                    ("search", "sub")),
    "_DOSE_AMOUNT": (arms._DOSE_AMOUNT, rf"(?P<v>{NUM})\s*(?:µg|μg|ug|mg|x\s*10|×\s*10|particles)", I, ("search",)),
    "_LEVEL_LETTER": (arms._LEVEL_LETTER,
                      (r"(?P<s1>[\w+ ]*?(?:exo\w*|s?EVs?|vesicles?)(?:-[\w+]+)*?)[-\s]?(?-i:(?P<l1>[LMH]))"
                       r"|(?-i:(?P<l2>[LMH]))[-\s](?P<s2>[\w+ ]*?(?:exo\w*|s?EVs?|vesicles?))"), I, ("search", "fullmatch")),
    "_NUMBERED": (arms._NUMBERED, r"(?P<stem>.*?(?:exo\w*|s?EVs?|vesicles?))[-\s]?(?P<v>\d+(?:\.\d+)?)$", I,
                  ("search", "match")),
    "GLOSSED": (otime.GLOSSED, r"(?P<out>[^()]+?)\s*\((?P<in>[^()]+)\)", 0, ("search", "fullmatch")),
    "_SPAN": (notes._SPAN, (r"\d+\s*(?:[-\u2013\u2014]|to)\s*\d+\s*(?:days?|weeks?|wks?|d|dpi|wpi)\b"
              r"|\b(?:days?|weeks?|wks?)\s*\d+\s*(?:[-\u2013\u2014]|to)\s*\d+|\bfrom\s+(?:day|week)\b"), I, ("search", "finditer")),
    "_GROUPS_N": (notes._GROUPS_N, (r"(?:[A-Za-z-]+\s+){0,2}groups?\s*[(\[]\s*n\s*=\s*(?P<n>\d{1,3})\s*"
                  r"(?:(?:rats|mice|animals)\s*)?(?:each|per\s+group|/\s*group|in\s+each)?\s*[)\]]"), I,
                  ("search", "fullmatch", "finditer")),
    "_AMOUNT_HEAD": (labels._AMOUNT_HEAD, r"\d+(?:\.\d+)?\s*(?:[µμu]g|mg|ng)(?:/kg)?\b(?!\w)", I,
                     ("search", "match", "finditer")),
    "_KEEP_WORD": (labels._KEEP_WORD,
                   rf"{labels.ARM_WORD.pattern}|high|low|medium|middle|mid|higher|lower|[\w-]*dose[\w-]*|[\w-]*treated", I,
                   ("search", "fullmatch")),
    "_PHRASE_END": (labels._PHRASE_END, rf"(?P<g>(?:{_PHRASE}\s+){{0,2}}{_PHRASE})\s*$", 0, ("search", "finditer")),
    "_MENTION": (labels._MENTION, rf"(?P<g>(?:{_PHRASE}\s+){{0,2}}?{_PHRASE})\s+{labels._GROUP_WORD}\b", I,
                 ("search", "finditer")),
    "_PAREN_CODE": (codes._PAREN_CODE, rf"(?P<d>[^;:,()]{{2,70}}?)\s*\(\s*{codes._CODE}\s*\)", 0, ("search", "finditer")),
}

WRITTEN = [
    "Exo (7 d)", "Exo-Cur (72 h)", "EV (d28)", "sEV  ( 3 d )", "Exo (week 4)", "3D-Exo (d28)", "Exo (x) (7 d)",
    " (7 d)", "  (1 h)", "Exo\n(7 d)", "Vehicle (1.5 h)", "100 µg", "the 50 ug/kg group", "100 - mg dose",
    "sEV-treated rats", "Exo group", "EV - injected animals", "Exo 100 µg", "EV 1,000 ug", "1234,567 ug",
    "5 x 10 particles", "Exo-L", "Exo-miR-H", "H-Exo", "L EV", "Exo-50", "sEV 2.5", "exo\n5", "Exo-100",
    "1 wk post-Tx (35 dpi)", "Day 7 (1 wk)", "Week 2 (day 14)", "days 1-7", "7 to 14 days", "from day 3",
    "Sham group (n = 8)", "two groups (n = 10 each)", "subgroup (n = 8)", "10 µg/kg", "25 mg", "high-dose",
    "vehicle-treated", "the Exo group was", "SCI + Exo rats", "sham (G1)", "SCI + PBS (Group B)", "a  (G2)",
    "the PBS and Exo groups", "miR-21-Exo group", "α-syn rats", "in the vehicle group", "-Exo group",
]


def _texts() -> list[str]:
    rnd = random.Random(9)
    alphabet = ["a", "E", "xo", "exo", "EV", "s", " ", "  ", "\n", "-", "+", "(", ")", ",", ";", ".", "1", "28", "7 d",
                "d", "h", "week ", "ug", "mg", "/kg", "x 10", "L", "H", "group", "rats", "treated", "dose", "n = 8",
                "G1", "Group ", "to", "–", "α", "_", "/", "'"]
    fuzz = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(1500)]
    return WRITTEN + fuzz


def _result(pattern: re.Pattern[str], op: str, text: str):
    if op == "finditer":
        return [(m.span(), m.groups()) for m in pattern.finditer(text)]
    if op == "sub":
        return pattern.sub("", text)
    m = getattr(pattern, op)(text)
    return m and (m.span(), m.groups())


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_linear_pattern_reads_what_the_old_one_read(name: str) -> None:
    new, old_text, flags, ops = CASES[name]
    old = re.compile(old_text, flags)
    assert new.pattern != old.pattern
    for text in _texts():
        for op in ops:
            assert _result(new, op, text) == _result(old, op, text), (name, op, text)


def test_time_after_reads_from_every_offset_what_the_old_one_read() -> None:
    old_text = otime.TIME_AFTER.pattern.replace("*+", "*").replace("++", "+")
    old = re.compile(old_text, otime.TIME_AFTER.flags)
    for text in [*WRITTEN, "9.1 ± 1.0 at day 14", "12.0 ± 1.2 ) , on the 28th day", "6.4   in week 2",
                 "11.4 at the end of the study (day 56)", "8.0 two weeks after injury", "7.7 (day 28)"]:
        for pos in range(len(text) + 1):
            a, b = old.match(text, pos), otime.TIME_AFTER.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
