"""Group labels of locomotor scores written in sentences.

A label right before a value ("the Exo group was", "Exo:", "SCI 2.9"), right
after it ("in the PBS group", "(EV)"), the paper's own labels from its tables
and methods group list (read as written, even multi-word ones), and the groups
a sentence names in order ("the Exo group ... than the SCI group").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Final

from miner.extract._context import Sentence
from miner.extract._outcome_start import unit_hours
from miner.extract._outcome_time import TREATED_VERB
from miner.parse.model import SectionKind

__all__ = [
    "AFTER",
    "ARM_WORD",
    "INJURY_WORD",
    "LISTED_GROUPS",
    "RESPECTIVELY",
    "RESPECTIVELY_AFTER",
    "SUBJECT_LIST",
    "TIME_PHRASE",
    "cohort_word",
    "cohorts",
    "every_injured",
    "generic_name",
    "group_names",
    "is_injury_word",
    "label_before",
    "paper_key",
    "start_mentions",
    "treated_injured",
]

# A lower-case label in parentheses after a value is a group only when it names an arm: "6.5 ± 1.0 (vehicle)".
ARM_WORD: Final = re.compile(
    r"vehicle|saline|sham|controls?|untreated|model|injured|exosomes?|exos?|vesicles?|evs?|secretome",
    re.IGNORECASE,
)
# One word of a group label: "Exo", "SCI", "BMSC-Exos", "Exo-miR-26a", "vehicle-treated".
_TOK: Final = r"[A-Za-z0-9α-ωΑ-Ω][\w\-/'α-ωΑ-Ω]*"
_PHRASE: Final = rf"{_TOK}(?:\s*\+\s*{_TOK})*"
_GROUP_WORD: Final = r"(?:groups?|rats|mice|animals|cohorts?|arms?|controls)"
# Words that link a label to its value: "the Exo group *was*", "Exo *:*", "scored *a mean of*".
_LINK_END: Final = re.compile(
    r"(?:[:=,(]|\b(?:was|were|had|has|reached|scored|showed|achieved|attained|displayed|exhibited|is|are|of|"
    r"a|an|the|mean|average|averaged|averaging|amounted|amounting|stood|stayed|BBB|BMS|score|scores|value|values|to|up|improved|increased|recovered|rose|"
    r"significantly|higher|lower|better|with|at|then|already|only|remained|from))\s*$",
    re.IGNORECASE,
)
_OPENS_CLAUSE: Final = re.compile(r"\s*:\s*$")
_N_END: Final = re.compile(r"\(\s*n\s*=\s*\d+\s*\)\s*$", re.IGNORECASE)
_GROUP_WORD_END: Final = re.compile(rf"\b{_GROUP_WORD}\s*$", re.IGNORECASE)
# The same phrase with each word taken whole (a word runs to a blank, "+" or the end, never
# stopping inside: what follows a word in these patterns is never a word character), starting
# only where a word starts (a match from inside a word is also one from the word's start):
# linear where "_PHRASE" rescans a long run from every offset.
_WORD_START: Final = r"(?<![A-Za-z0-9α-ωΑ-Ω])"
_TOK_WHOLE: Final = r"[A-Za-z0-9α-ωΑ-Ω][\w\-/'α-ωΑ-Ω]*+"
_PHRASE_WHOLE: Final = rf"{_TOK_WHOLE}(?:\s*\+\s*{_TOK_WHOLE})*"
_PHRASE_END: Final = re.compile(rf"{_WORD_START}(?P<g>(?:{_PHRASE_WHOLE}\s+){{0,2}}{_PHRASE_WHOLE})\s*$")
# A time point or "(n = 8)" may stand between a value and its group: "7.2 ± 0.8 on day 28 in the
# PBS group", "7.5 ± 0.9 (n = 8) in PBS-treated rats".
TIME_PHRASE: Final = (
    r"(?:(?:at|on|by)\s+(?:(?:post[- ]?\w+\s+)?(?:days?|weeks?|wks?|POD)\s*\d+|D\d+"
    r"|\d+\s*(?:days?|weeks?|wks?|d|dpi|wpi|w)\b(?:\s+post[- ]?\w+)?))"
)
_TIME_END: Final = re.compile(rf"{TIME_PHRASE}\s*$", re.IGNORECASE)
# "than vehicle at the same time point (5.1)", "than PBS on that day (6.0)": a time named by
# reference between a group and its value.
_SAME_TIME_END: Final = re.compile(
    r"\b(?:at|on|by|in)\s++(?:the\s++(?:same|corresponding|matching)|that|this|each)\s++"
    r"(?:time[\s-]?+points?|times?|days?|weeks?|stages?|moments?|intervals?|assessments?)\s*+$",
    re.IGNORECASE,
)
# "the vehicle (PBS) group": a parenthesis inside the label.
_PAREN_END: Final = re.compile(r"\s*(?P<p>\([^()]{1,30}\))\s*$")
_SKIP: Final = rf"(?:{TIME_PHRASE}\s*,?\s*|\(\s*n\s*=\s*\d+\s*\)\s*,?\s*)?"
_NOT_GROUP: Final = r"(?!(?:Fig|Figs|Figure|Table|Supp\w*|panel|Ref|P|ANOVA|Tukey\W?s?|Bonferroni|Dunnett\W?s?|Student\W?s?|Mann|Kruskal|Sidak|Šidák)\b)"
# "8.9 ± 0.7 was noted for the EV group", "11.4 was reached by the Exo rats": a passive verb
# between a value and the group it belongs to.
_PASSIVE: Final = (
    r"(?:was|were)\s+(?:\w+ly\s+)?(?:noted|recorded|measured|observed|found|seen|obtained|achieved|"
    r"reached|attained|registered|documented|determined|detected|scored|shown|returned|calculated)\s+"
)
_PREP: Final = rf"(?:{_PASSIVE}(?:in|for|by|among|with)|in|for|of)"
AFTER: Final = re.compile(
    rf"^\s*+\)?\s*+,?\s*+{_SKIP}(?:{_PREP}\s+(?:the\s+)?(?P<g>(?:{_PHRASE}\s+){{0,2}}?{_PHRASE})\s+{_GROUP_WORD}\b"
    rf"|\(\s*(?P<g2>{_PHRASE})\s*\)"
    # "1.5 (0.8) in Group II": a group code (kept only where the paper defines it).
    r"|(?:in|for)\s+(?P<g6>[Gg]roup\s+(?:[A-H]|\d{1,2}|IV|V?I{1,3}|V))(?![\w-])"
    # "11.5 ± 1.2 for Exo versus 7.2 ± 0.8 for PBS.", "... for controls"
    rf"|(?:{_PASSIVE}(?:in|for|by|among|with)|in|for|with)\s+(?:the\s+)?{_NOT_GROUP}(?P<g3>(?:[a-z]+\s+(?=(?:{ARM_WORD.pattern})\b))?{_PHRASE})"
    r"(?=\s*(?:[;.)]|$|,\s*(?:$|whereas|while|but|and|compared|P\b)|\s+(?:vs\.?|versus|compared|while|whereas|but|and|\()))"
    # "7.0 (1.3) without treatment", "4.2 (1.5) after hemisection alone"
    r"|(?P<g4>without\s+(?:any\s+)?treatment|untreated)\b"
    r"|after\s+(?P<g5>[a-z]+(?:\s+[a-z]+)?\s+(?:alone|only))\b)",
    re.IGNORECASE,
)
RESPECTIVELY: Final = re.compile(
    rf"(?:in|for|of)\s+(?:the\s+)?(?P<list>(?:{_PHRASE})(?:\s*,\s*(?:{_PHRASE}))*\s*,?\s*(?:and|or)\s+(?:{_PHRASE}))"
    # "for the low, middle and high dose(s), respectively": the head noun written once.
    rf"(?:(?P<dose>\s+doses?)?(?:\s+{_GROUP_WORD})?\s*,?\s*respectively"
    # "... were a and b for the Exo and PBS groups." (the list ends the clause, or the
    # bracket that holds the values: "(a and b in the PBS and Exo groups).")
    r"|\s+(?:groups|rats|mice|animals)\b\s*(?:\([^()]*\))?\s*\)?\s*(?:[.;]|$)"
    # "... were a, b and c for Exo, PBS and SCI." (labels alone, ending the sentence)
    r"|(?P<bare>\s*[.;]?\s*$))",
    re.IGNORECASE,
)
# "(0.3 ± 0.3 and 0.4 ± 0.3, respectively, for saline and Exo)": the list written after
# "respectively" (the same groups as ``RESPECTIVELY``, without its ``bare`` form).
RESPECTIVELY_AFTER: Final = re.compile(
    rf"\brespectively\s*,?\s*(?:in|for)\s+(?:the\s+)?"
    rf"(?P<list>(?:{_PHRASE})(?:\s*,\s*(?:{_PHRASE}))*\s*,?\s*(?:and|or)\s+(?:{_PHRASE}))"
    rf"(?P<dose>\s+doses?)?(?:\s+{_GROUP_WORD})?\s*(?:[).;,]|$)",
    re.IGNORECASE,
)
# "in the Exo and PBS groups were a and b at day 14 and c and d at day 28, respectively": the
# groups listed before the values they label in turn.
LISTED_GROUPS: Final = re.compile(
    rf"\b(?:in|of|for|between)\s+(?:the\s+)?(?P<list>(?:{_PHRASE})(?:\s*,\s*(?:{_PHRASE}))*\s*,?\s*(?:and|or)\s+(?:{_PHRASE}))"
    r"\s+(?:groups|rats|mice|animals)\b",
    re.IGNORECASE,
)
# "At 1 wpi, Vehicle, Nx-EV and Hx-EV rats scored", "the PBS, Exo and miR-Exo groups reached": a
# list of groups as the subject of the values that follow (read with "respectively").
SUBJECT_LIST: Final = re.compile(
    rf"(?:^|[,:;]\s*|\b(?:in|of|for)\s+)(?:the\s+)?(?P<list>(?:{_PHRASE})(?:\s*,\s*(?:{_PHRASE}))*\s*,?\s*and\s+(?:{_PHRASE}))"
    rf"(?:\s+{_GROUP_WORD})?(?P<verb>(?:\s+[a-z]+){{1,4}})?\s*:?\s*$",
    re.IGNORECASE,
)
_STOP: Final = frozenset([
    "the", "a", "an", "of", "in", "for", "to", "at", "on", "by", "and", "or", "with", "than",
    "versus", "vs", "was", "were", "had", "has", "is", "are", "that", "those", "this",
    "these", "it", "its", "their", "both", "all", "each", "group", "groups", "rats", "mice",
    "animals", "score", "scores", "bbb", "bms", "mean", "median", "sem", "sd", "se", "p", "n", "day",
    "days", "week", "weeks", "d", "dpi", "wpi", "compared", "whereas", "while", "but",
    "significantly", "higher", "lower", "time", "point", "points", "value", "values",
    "respectively", "control", "treated", "treatment", "injury", "post", "after",
    "following",
    # Headings of a structured abstract or legend run into the sentence ("Results: Scores rose").
    "results", "result", "conclusions", "conclusion", "methods", "background", "objective",
    "findings",
    # Connectives of the sentence the label sits in ("..., so that exosome-treated rats scored").
    "so", "thus", "hence", "therefore", "when", "which", "where", "as", "then", "also", "even",
    "still", "two", "three", "four", "five", "six",
    # Quantifiers of the animals, not part of the label ("most exosome-treated rats").
    "most", "many", "some", "few", "several",
])  # fmt: skip
# Words allowed in a label only when "group"/"rats" follows ("the vehicle group", "the control group").
_NEEDS_GROUP_WORD: Final = frozenset(["control", "treated", "treatment", "injury"])


# A dose written as a label's first words: "100 µg", "2.5 x 10^9 particles", "50 ug/kg".
_AMOUNT_HEAD: Final = re.compile(
    # From a number's first digit, digits and blanks taken whole (a unit letter follows).
    r"(?<!\d)\d++(?:\.\d++)?\s*+(?:[µμu]g|mg|ng)(?:/kg)?\b(?!\w)", re.IGNORECASE
)


def label_of(words: Sequence[str]) -> str:
    return " ".join(words)


# "Group II", "group 3", "Group B": a group code the paper defines in its methods; kept as
# written (its arm comes from the definition, and an undefined one is dropped later).
GROUP_CODE_LABEL: Final = re.compile(r"[Gg]roup\s+(?:[A-H]|\d{1,2}|IV|V?I{1,3}|V)")


# A strain or species names the animals of every group, not one group: "In C57BL/6 mice, EVs ...".
_STRAIN: Final = re.compile(
    r"(?:C57BL/?6\w*|BALB/?c|Wistar|Sprague[- ]?Dawley|SD|Long[- ]?Evans|Lewis|Fischer(?:\s*344)?|F344|ICR|"
    r"Kunming|CD-?1|nude|adult|female|male)(?:\s+(?:rats?|mice|mouse))?",
    re.IGNORECASE,
)


def valid_label(label: str, group_word: bool) -> str | None:
    """The group label ``label`` reads as (its sentence words stripped), or None where it is not one;
    ``group_word``: "group"/"rats" followed it."""
    found = _valid_label(label, group_word)
    return None if found is None or _STRAIN.fullmatch(found) else found


# The injury every injured group shares: "hemisected", "contused", "SCI", "spinal-cord-injured".
INJURY_WORD: Final = re.compile(
    r"(?:hemi-?sect\w*|contus\w*|transect\w*|lesion\w*|compress\w*|crush\w*|injur\w*|"
    r"operated|paraplegic|SCI|Hx|spinal(?:[\s-]cord)?(?:[\s-]injur\w*)?)",
    re.IGNORECASE,
)
# The injury opening a longer phrase: "injured controls", "SCI + vehicle".
_INJURY_OPENS: Final = re.compile(rf"{INJURY_WORD.pattern}\b", re.IGNORECASE)


def is_injury_word(label: str) -> bool:
    """``label`` is only the injury every injured group shares ("injured", "SCI", "hemisected")."""
    return INJURY_WORD.fullmatch(label.strip()) is not None


def treated_injured(words: Sequence[str]) -> bool:
    """ "treated hemisected (rats)", "all injured (rats)", "both SCI (groups)": animals named by the
    injury every group shares, under a word that takes in the treated groups or all of them. Which
    group is not said (an injury word beside "treated" is not the injured-only control), so no
    label is read from them."""
    low = [w.lower() for w in words]
    return any(
        w in ("treated", "treatment", "all", "both", "each", "every")
        and k + 1 < len(words)
        and all(INJURY_WORD.fullmatch(x) for x in words[k + 1 :])
        for k, w in enumerate(low)
    )


def _valid_label(label: str, group_word: bool) -> str | None:
    words = label.split()
    if treated_injured(words):
        return None
    if not group_word:
        while words and words[0].lower() in ("the", "in", "for", "of", "a"):
            words = words[1:]
        if GROUP_CODE_LABEL.fullmatch(" ".join(words)):
            return " ".join(words)
    # Leading function words and numbers belong to the sentence ("at 28 days Exo mice"), but not
    # a dose's amount: "the 100 µg group" is the group given 100 µg.
    while (
        words
        and (words[0].lower() in _STOP or (words[0].isdigit() and not _AMOUNT_HEAD.match(label_of(words))))
        and not (group_word and words[0].lower() in _NEEDS_GROUP_WORD and len(words) == 1)
    ):
        words = words[1:]
    if not words:
        return None
    if group_word and "the" in (w.lower() for w in words[1:]):
        # "of the BBB test the high-dose group": the label starts after its own article.
        cut = max(k for k, w in enumerate(words) if w.lower() == "the")
        words = words[cut + 1 :]
        if not words:
            return None
    if any(w.lower() in ("and", "or", "versus", "vs", "than", "with", "to") for w in words):
        return None  # "the Exo and PBS groups": a list, read by "respectively"
    label = " ".join(words)
    low = label.lower()
    if not re.search(r"[A-Za-z]", label) or re.fullmatch(r"(?:day|week|d|w)\s*\d+", low):
        return None
    if not group_word and re.fullmatch(r"t\s*\d{1,2}", low):
        return None  # "held at T8 (12.0 vs 8.5)": a time-point code (or a cord segment), no group
    if low in _STOP and not (group_word and low in _NEEDS_GROUP_WORD):
        return None
    if not group_word:
        # Without "group"/"rats" after it, a label must look like one: "SCI", "Exo", "Exo-miR-26a",
        # or name an arm: "(H-EV 6.9 ± 0.6; vehicle 4.1 ± 0.5)", "with naive exosomes".
        if len(words) == 2 and ARM_WORD.fullmatch(words[1]) and words[0].isalpha():
            return label
        if len(words) > 1 and "+" not in label:
            return None
        if not re.search(r"[A-Z0-9\-+]", label) and not ARM_WORD.fullmatch(label):
            return None
    return label


def label_before(b: str) -> str | None:
    """The group label at the end of ``b`` (the text between the previous value and this one)."""
    s = b
    for k in range(12):
        # "the Exo group was", "Exo rats (n = 8) had", "exosome-treated rats at day 28 ("
        m = _LINK_END.search(s) or _N_END.search(s) or _TIME_END.search(s) or _SAME_TIME_END.search(s)
        if not m:
            break
        if k and _OPENS_CLAUSE.match(m.group(0)):
            # "separated from the vehicle group: on day 14 the scores were 8.4": the words after
            # the colon open a clause of their own ("Exo: 8.4" keeps its label).
            return None
        s = s[: m.start()]
    gw = _GROUP_WORD_END.search(s)
    paren = ""
    if gw:
        s = s[: gw.start()]
        p = _PAREN_END.search(s)
        if p:
            paren, s = p["p"], s[: p.start()]
    m = _PHRASE_END.search(s)
    if not m:
        return None
    phrase, start = m["g"], m.start()
    if not gw:
        # Without a group word only the last label is taken: "(SCI 2.9 ..., Exo 3.6 ...)".
        last = re.search(rf"(?:{_PHRASE})$", phrase)
        if last:
            phrase, start = last.group(0), start + last.start()
    if re.search(r"\b(?:after|post|following|since)\s*-?\s*$", s[:start], re.IGNORECASE):
        return None  # "28 days after SCI, 11.2 ± 1.3": the injury, not a group
    if not gw and _SENTENCE_OPENS.search(s[:start]) and _TITLE_WORD.fullmatch(phrase):
        # "Locomotion improved by day 28 (a vs b)": a plain word capitalised only because it
        # opens the sentence is the sentence's subject noun, not a label ("Vehicle" and "Sham"
        # name arms; the paper's own labels were matched before this).
        return None
    label = valid_label(phrase, bool(gw))
    if label and _SCALE_LABEL.search(label):
        return None  # "the Basso-Beattie-Bresnahan score was 12.4": the scale, not a group
    return f"{label} {paren}" if label and paren else label


# Where a sentence (or a heading's clause, "Results: ...") opens.
_SENTENCE_OPENS: Final = re.compile(r"(?:^|[.!?:;]\s)\s*+$")
# A plain word with only its first letter upper-case, and not an arm's word ("Exo", "Saline").
_TITLE_WORD: Final = re.compile(rf"(?!(?i:{ARM_WORD.pattern})$)[A-Z][a-z]{{2,}}+")
_SCALE_LABEL: Final = re.compile(r"\bBBB\b|\bBMS\b|Basso|Beattie|Bresnahan", re.IGNORECASE)


# "Rats were assigned to Sham, Vehicle, EV-low dose (100 µg) and EV-high dose",
# "Groups were Sham, SCI (transection only), Gel and Gel+sEV", "four groups: A, B, C and D".
_GROUP_LIST: Final = re.compile(
    r"(?:\b(?:assigned|allocated|allotted|apportioned|randomi[sz]ed|divided|distributed|split|sorted)\b[^.:;]{0,40}?\b(?:to|into)\b"
    # "four groups (n = 8 each): Sham, ...", "three groups, six rats in each: ...": a count first.
    r"(?:\s+(?:the\s+)?(?:\w+\s+)?groups?)?(?:\s*(?:\([^()]{1,30}\)|,[^,.:;()]{0,20}\b(?:each|per\s+group|rats|mice|animals)\b[^,.:;()]{0,12})\s*(?=:))?\s*[:(]?|\bgroups?\s+(?:were|was|included|comprised)\s*:?|groups?\s*:)"
    r"\s*(?P<list>[^.;:]{3,300})",
    re.IGNORECASE,
)


def group_names(sentences: Sequence[Sentence]) -> list[str]:
    """The group labels the methods list ("assigned to Sham, SCI+PBS and SCI+Exo"), as written."""
    out: list[str] = []
    for sent in sentences:
        if sent.section not in (SectionKind.METHODS, SectionKind.OTHER):
            continue
        for m in _GROUP_LIST.finditer(sent.text):
            flat = re.sub(r"\([^()]*\)", " ", m["list"])
            flat = re.split(r"\s+(?:by|with|using|for|at|in|of|n\s*=)\s+|,\s*n\s*=", flat)[0]
            for item in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", flat):
                item = re.sub(
                    r"\s+(?:groups?|rats|mice|animals)$",
                    "",
                    item.strip(" .)("),
                    flags=re.IGNORECASE,
                )
                item = re.sub(r"^(?:the|a|an)\s+", "", item, flags=re.IGNORECASE).strip()
                if item and len(item.split()) <= 4 and re.search(r"[A-Z+]", item):
                    out.append(item)
    return out


def known_label(text: str, known: Sequence[str], *, at_end: bool) -> str | None:
    """A known group label at the end (``at_end``) or the start of ``text``, longest first."""
    for label in known:
        esc = re.escape(label)
        pat = rf"(?<![\w+-]){esc}\s*$" if at_end else rf"^{esc}(?![\w+-])"
        if re.search(pat, text, re.IGNORECASE):
            return label
    return None


KNOWN_AFTER: Final = re.compile(
    rf"^\s*+\)?\s*+,?\s*+(?:\([^()]{{0,40}}\)\s*+)?(?:{_PASSIVE}(?:in|for|by|among|with)|in|for|of|with|by)\s+(?:the\s+)?"
    # "in the group SF", "in the group of exosomes": the group word before the label.
    r"(?:group\s+(?:of\s+(?:the\s+)?)?)?(?:(?:empty|blank|plain|bare|na[iï]ve|native|unmodified|unprimed|parental|normoxic"
    # "6.3 (1.5) for untreated SCI": the injured controls under the paper's label.
    r"|untreated|non-?treated)\s+)?",
    re.IGNORECASE,
)


# The comparison word right before a group: "higher than (the) vehicle", "versus PBS".
_COMPARED_END: Final = re.compile(
    r"\b(?:than|versus|vs\.?|against|compared\s++(?:with|to)|relative\s++to)\s++(?:(?:that|those)\s++of\s++)?(?:the\s++)?$",
    re.IGNORECASE,
)


def known_before(b: str, known: Sequence[str]) -> str | None:
    s = b
    timed = False
    for k in range(12):
        m = _LINK_END.search(s) or _N_END.search(s)
        if not m and (m := _TIME_END.search(s) or _SAME_TIME_END.search(s)):
            # "than vehicle at day 14 (", "than PBS at the same time point (": a time between a
            # compared group and its value; elsewhere ("between Exo and Vehicle rats at week 6
            # was a") the group before the time need not own the value.
            timed = True
        if not m:
            break
        if k and _OPENS_CLAUSE.match(m.group(0)):
            return None  # "... the vehicle group: on day 14 the scores were 8.4": a new clause
        s = s[: m.start()]
    gw = _GROUP_WORD_END.search(s)
    if gw:
        s = s[: gw.start()]
    s = s.rstrip()
    label = known_label(s, known, at_end=True)
    if label and every_injured(s, len(s) - len(label), label, whole=True):
        return None  # "treated SCI rats", "all SCI rats": the injury's label, not that group
    if label and timed and not _COMPARED_END.search(s, 0, len(s) - len(label)):
        return None
    return label


def known_after(a: str, known: Sequence[str]) -> str | None:
    m = KNOWN_AFTER.match(a)
    return known_label(a[m.end() :], known, at_end=False) if m else None


_KEEP_WORD: Final = re.compile(
    # The open-ended words only from a word's start (read with ``fullmatch``; a search finds the
    # same: a match inside a word is also one from its start), sparing a rescan from every offset.
    rf"{ARM_WORD.pattern}|high|low|medium|middle|mid|higher|lower|(?<![\w-])[\w-]*dose[\w-]*|(?<![\w-])[\w-]*treated",
    re.IGNORECASE,
)
_MENTION: Final = re.compile(
    rf"{_WORD_START}(?P<g>(?:{_PHRASE_WHOLE}\s+){{0,2}}?{_PHRASE_WHOLE})\s+{_GROUP_WORD}\b", re.IGNORECASE
)


def mentions(text: str, known: Sequence[str]) -> list[str]:
    """Group labels named in ``text`` in order ("the Exo group ... than the SCI group"), each once."""
    found: list[tuple[int, str]] = []
    for m in _MENTION.finditer(text):
        # "... movement than PBS-treated rats": the label is the words after the last link word.
        parts = m["g"].split()
        label = next(
            (
                x
                for k in range(len(parts))
                # "treated hemisected rats": no suffix of it names a group ("hemisected" alone would).
                if not treated_injured(parts[k - 1 if k else 0 :])
                and (x := valid_label(" ".join(parts[k:]), True))
            ),
            None,
        )
        words = label.split() if label else []
        # "From day 14 onwards the miR-21-Exo group": sentence words before the label go.
        while (
            len(words) > 1
            and not re.search(r"[A-Z0-9+]", words[0])
            and not _KEEP_WORD.fullmatch(words[0])
        ):
            words = words[1:]
        label = " ".join(words)
        if label:
            found.append((m.start("g") + m["g"].find(label.split()[0]), label))
    for label in known:
        for m in re.finditer(rf"(?<![\w+-]){re.escape(label)}(?![\w+-])", text, re.IGNORECASE):
            if not any(
                p <= m.start() < p + len(lab) or m.start() <= p < m.end() for p, lab in found
            ):
                found.append((m.start(), label))
    out: list[str] = []
    for _, label in sorted(found):
        if label.lower() not in (x.lower() for x in out):
            out.append(label)
    return out


# Words that name a group only by its arm: "EV-treated", "injured controls", "the exosome group",
# "PBS rats", "vehicle-injected animals". A name made only of these is not a group of its own.
_GENERIC_WORDS: Final = frozenset([
    "the", "a", "our", "both", "injured", "uninjured", "treated", "untreated", "injected",
    "receiving", "given", "only", "alone", "rats", "rat", "mice", "mouse", "animals", "animal",
    "group", "groups", "cohort", "control", "controls", "exosome", "exosomes", "exo", "exos",
    "ev", "evs", "sev", "sevs", "vesicle", "vesicles", "vehicle", "vehicles", "pbs", "saline",
    "sci", "lesioned", "sham", "operated",
])  # fmt: skip


def generic_name(group: str) -> bool:
    """The group is named only by its arm ("the exosome group", "PBS rats"): every word is an arm or
    animal word, with no amount and no "+" of a combined label."""
    words = re.findall(r"[A-Za-z]+", group)
    if not words or re.search(r"[\d+]", group) or any(w.lower() not in _GENERIC_WORDS for w in words):
        return False
    # One word alone is generic only as a plain word ("exosome", "controls"); written as an
    # abbreviation ("Exo", "sEV", "PBS") it is the paper's label of the group.
    return len(words) > 1 or words[0].islower() and len(words[0]) > 3


# "All injured rats", "both SCI groups", "treated injured rats": the injury every injured group
# shares, under a word that takes in every group (or the treated ones), names no one group.
_EVERY_INJURED: Final = re.compile(
    r"(?:\b(?:all|both|each|every|treated|the\s+(?:two|three|four)|these|those)\s+(?:of\s+the\s+)?(?:the\s+)?)$",
    re.IGNORECASE,
)


def every_injured(text: str, start: int, written: str, *, whole: bool = False) -> bool:
    """The mention ``written`` at ``start`` names the injured animals of every group ("all injured
    rats"); ``whole``: the injury must be all of it (a paper's label "SCI", not "SCI + Exo")."""
    injury = INJURY_WORD.fullmatch(written) if whole else _INJURY_OPENS.match(written)
    return bool(injury) and bool(_EVERY_INJURED.search(text, max(0, start - 30), start))


def cohort_word(label: str) -> str | None:
    """The plain first word of ``label`` that may name a cohort ("acute" of "Acute-Exo"), else None."""
    m = _COHORT_WORD.match(label)
    return m[1].lower() if m else None


# Taken whole from a word's start: a search over a long run of letters does not rescan it.
_COHORT_WORD: Final = re.compile(r"(?<![A-Za-z])([A-Za-z]{4,}+)[\s-]++\S")


def paper_key(known: Sequence[str]) -> tuple[tuple[str, str | None], ...]:
    """The paper's labels as a key of what is built from them once per paper: each label with the
    arm its methods define for it (two papers' "G1" are not one group)."""
    return tuple((k, getattr(k, "arm", None)) for k in known)


def cohorts(known: Sequence[str]) -> Mapping[str, list[str]]:
    """The labels by cohort word, where the paper's labels fall into two cohorts or more by a first
    word two labels or more share ("Acute-Exo", "Acute-Sal", "Delayed-Exo", ...); else empty."""
    return _cohorts(paper_key(known))


@lru_cache(maxsize=64)
def _cohorts(key: tuple[tuple[str, str | None], ...]) -> Mapping[str, list[str]]:
    firsts: dict[str, list[str]] = {}
    for k, _ in key:
        if (w := cohort_word(k)) is not None:
            firsts.setdefault(w, []).append(k)
    shared = {w: labels for w, labels in firsts.items() if len(labels) >= 2}
    return shared if len(shared) >= 2 else {}


# A treatment's start written in the sentence: "rats treated at 1 h", "delaying the injection to
# 24 h", "after a 72-h delay", "starting at 72 h".
_STARTED: Final = re.compile(
    rf"\b(?:(?:{TREATED_VERB}|started|starting|begun|beginning)"
    r"\s++(?:at|within)"
    r"|delay(?:ed|ing)?\s++(?:the\s++)?(?:(?:injection|treatment|administration|transplantation)\s++)?(?:to|until))"
    r"\s++(?P<n>\d{1,3})\s*+-?\s*+(?P<u>h|hrs?|hours?|d|days?)\b"
    r"|\b(?:a|the)\s++(?P<n2>\d{1,3})\s*+-?\s*+(?P<u2>h|hrs?|hours?|d|days?)\s++delay\b",
    re.IGNORECASE,
)
_LABEL_TIME: Final = re.compile(r"(?<![\d.])(?P<n>\d{1,3})\s*+-?\s*+(?P<u>h|hrs?|hours?|d|days?)\b", re.IGNORECASE)


def _hours(n: str, unit: str) -> float:
    return float(n) * (unit_hours(unit) or 0.0)


def start_mentions(text: str, known: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of each treatment start the text names that one of the paper's labels
    carries: "delaying the injection to 24 h" for "EXO-H/24 h" beside "EXO-H/1 h" and "EXO-H/72 h".
    Only labels with one time in them count, and only a time exactly one label has."""
    timed = _timed_labels(paper_key(known))
    if len(timed) < 2:
        return []  # one timed label: its time tells it from no other group
    out = []
    for m in _STARTED.finditer(text):
        hits = timed.get(_hours(m["n"] or m["n2"], m["u"] or m["u2"]), [])
        if len(hits) == 1:
            out.append((m.start(), m.end(), hits[0]))
    return out


@lru_cache(maxsize=64)
def _timed_labels(key: tuple[tuple[str, str | None], ...]) -> Mapping[float, list[str]]:
    """The labels with one time in them, by that time in hours."""
    timed: dict[float, list[str]] = {}
    for k, _ in key:
        found = list(_LABEL_TIME.finditer(k))
        if len(found) == 1:
            timed.setdefault(_hours(found[0]["n"], found[0]["u"]), []).append(k)
    return timed
