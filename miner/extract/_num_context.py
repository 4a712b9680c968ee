"""Shared vocabulary of the numeric field rules: which words make a sentence about
the vesicles, an administration, an assessment, another agent or a lab assay."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

from miner.extract import quantities as qty
from miner.extract._candidates import Candidate
from miner.extract._context import Sentence

_MEASURED: Final = re.compile(
    r"\b(?:NTA|TEM|DLS|nanoparticle\s+tracking|NanoSight|ZetaView|Zetasizer|electron\s+microscop\w*|light\s+scattering|"
    r"showed|revealed|measured|observed|detected|displayed|exhibited|indicated|demonstrated|confirmed|"
    r"was|were|had|with\s+(?:a|an)\s+(?:mean|average|peak|modal|median)|peak|mode|diameter|size)\b",
    re.IGNORECASE,
)
_GENERIC: Final = re.compile(
    r"\b(?:exosomes?|EVs?|extracellular\s+vesicles?|sEVs?)\s+(?:are|is)\b|\bare\s+(?:small|nano|membrane|lipid|defined)|"
    r"\bdefined\s+as\b|\bclassified\b|\bin\s+general\b|\btypically\b|\bgenerally\b|\busually\b|\bknown\s+as\b",
    re.IGNORECASE,
)
_SIZE_METHOD: Final = (
    (re.compile(r"\bNTA\b|nanoparticle\s+tracking|NanoSight|ZetaView", re.IGNORECASE), "NTA"),
    (re.compile(r"\bDLS\b|dynamic\s+light\s+scattering|Zetasizer", re.IGNORECASE), "DLS"),
    (re.compile(r"\bTEM\b|transmission\s+electron|electron\s+microscop", re.IGNORECASE), "TEM"),
)
# "BM-MSC-Ex", "MSC-EXs": the cell then "-Ex(s)", in its own case (not "co-ex", "index").
_VESICLE: Final = re.compile(r"exo|vesic|\bs?EVs?\b|particle|(?-i:\w-(?:Exs?|EXs?)\b)", re.IGNORECASE)
_ADMIN: Final = re.compile(
    r"inject|administ|deliver|receiv|infus|transplant|implant|treated\s+with|given|applied|applications?\b|instill|tail\s+vein|"
    r"intravenous|intrathecal|intraperitoneal|intranasal|dose|dosage|"
    r"(?:treatment|therapy|dosing)\s+(?:was\s+)?(?:began|begun|started|initiated|commenced)|"
    # A carrier set into the lesion is the administration: "the gel was placed in the
    # cavity", "a scaffold deposited into the transection gap" (not "placed on a heating pad").
    r"\b(?:placed|deposited|inserted|embedded|grafted)\s+(?:in|into|within)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:lesion|cavity|defect|gap|injury\s+site|lesion\s+site)",
    re.IGNORECASE,
)
# What the animals underwent after the treatment: a time point governed by one of these
# verbs ("BBB scores were assessed 1, 3 and 7 days after injury", "sacrificed 28 days
# after SCI") dates an assessment, not a dose.
_ASSESSMENT: Final = re.compile(
    r"assess|evaluat|scor(?:ed|ing)|record|measur|examin|observ|test(?:ed|ing)|sacrific|euthan|(?<!re)perfus|harvest|"
    r"collect|kill|BBB|Basso|follow(?:ed)?[- ]up|monitor",
    re.IGNORECASE,
)
_IN_VIVO: Final = re.compile(
    r"\brats?\b|\bmice\b|\banimals?\b|SCI|injur|tail\s+vein|intravenous|intrathecal|lesion|spinal",
    re.IGNORECASE,
)
_IN_VITRO: Final = re.compile(
    r"in\s+vitro|cultured|culture\s+medium|\bmedium\b(?!\s*-?\s*(?:dose|dosage|concentration))|wells?\b|plates?\b|PC12|HUVEC|BV-?2|SH-SY5Y|cell\s+line|"
    r"incubated|co-?cultur|transwell|dish|neurons\s+were|microglia\s+were|astrocytes\s+were|cells\s+were\s+treated",
    re.IGNORECASE,
)
# Other agents the animals receive: a dose, schedule or time point nearest to one of these
# names is that agent's ("ketamine (80 mg/kg)", "buprenorphine twice daily for 3 days",
# "BrdU was injected 3 days after SCI"), not the vesicles'.
_OTHER_AGENT: Final = re.compile(
    r"anesthe|anaesthe|pentobarbit|ketamine|xylazine|chloral|isoflurane|sevoflurane|zoletil|tiletamine|urethane|"
    r"buprenorph|analges|antibiot|penicillin|cefazolin|ceftriaxone|gentamicin|enrofloxacin|baytril|ampicillin|"
    r"meloxicam|carprofen|tramadol|morphine|methylprednisolone|\bMP\b|BrdU|\bEdU\b|bromodeoxyuridine|euthan|heparin|"
    r"tamoxifen|dexamethasone|saline\s+(?:was|were)\s+(?:given|injected)\s+(?:s\.?c|subcutaneous)|lactated|"
    r"fluoro-?gold|\bFG\b|\bBDA\b|dextran|tracer|Evans\s+blue|cyclosporin|minocycline|\bLPS\b|lipopolysacch|"
    r"inhibitor|agonist|antagonist|DiR\b(?=[^.;]{0,20}\bimag)|D-?luciferin|"
    # post-operative care: fluids and their purpose ("Saline (5 mL, s.c.) ... to prevent dehydration")
    r"dehydrat|\bhydration\b|fluid\s+(?:replacement|loss|support|therapy)|Ringer|"
    r"saline\s*\([^()]{0,30}\b(?:s\.?c\.?|subcutaneous\w*)[^()]{0,10}\)|to\s+prevent\s+(?:infection|pain|dehydration)",
    re.IGNORECASE,
)
# A lab assay, not a treatment: a sentence about protein gels, blots, lysates or antibodies.
_LAB_ASSAY: Final = re.compile(
    r"\bBCA\b|protein\s+(?:was|were)\s+(?:loaded|separated)|\bSDS\b|PAGE\b|polyacrylamide|electrophores|"
    r"\bblot|PVDF|nitrocellulose|lysate|antibod",
    re.IGNORECASE,
)
# A vehicle the vesicles are loaded into before it is implanted or injected.
_CARRIER: Final = re.compile(
    r"hydrogel|scaffold|GelMA|\bgel\b|matrix|sponge|\bimplants?\b|conduit|collagen|fibrin|alginate|chitosan|"
    r"hyaluron|silk|microspheres?|nanofib|patch",
    re.IGNORECASE,
)
# The vesicles being prepared, not given: "Exosomes (50 µg) were loaded with siRNA",
# "mixed with curcumin", "electroporated", "labelled with DiR".
_PREPARATION: Final = re.compile(
    r"\b(?:loaded|mixed|co-?incubated|incubated|conjugated|electroporated|sonicated|transfected|labell?ed|stained|"
    r"extruded|lyophili[sz]ed|stored|aliquoted|quantified|measured|diluted)\b",
    re.IGNORECASE,
)
# The sentence states what one dose is: "Each dose consisted of ...", "at a dose of".
_DOSE_WORD: Final = re.compile(
    r"\b(?:each|every|per|single|one)\s+(?:\w+\s+)?(?:dose|injection|infusion|administration)\b|\bdos(?:e|es|age|ing)\s+(?:of|was|were|consisted)",
    re.IGNORECASE,
)


# The anaesthetic as the circumstance of an act ("Injections were repeated weekly under brief
# isoflurane anaesthesia"): it owns no dose or schedule of the act it accompanies.
_UNDER_ANAESTHESIA: Final = re.compile(
    r"\b(?:under|with)\s+(?:[\w/()%.-]+\s+){0,5}?an(?:a)?esthe(?:sia|tic)\b", re.IGNORECASE
)


@lru_cache(maxsize=256)
def _anaesthesia_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names the anaesthetic circumstance; one scan per sentence, not per quantity."""
    return tuple(m.span() for m in _UNDER_ANAESTHESIA.finditer(text))


def _agent_nearer(text: str, start: int, end: int, reach: int = 80) -> bool:
    """True when another agent's name is nearer to ``text[start:end]`` than any vesicle word.

    Only names within ``reach`` characters count: "Under isoflurane, rats received
    200 µg exosomes" is about the exosomes, "ketamine (80 mg/kg)" is not.
    """

    def dist(m: re.Match[str]) -> int:
        return max(0, start - m.end(), m.start() - end)

    # "pentobarbital sodium (30 mg/kg)", "exosomes (100 µg)": a dose in parentheses
    # belongs to the name just before the parenthesis, whatever follows it.
    head = text[max(0, start - 40) : start]
    opened = head.rfind("(")
    if opened > head.rfind(")"):
        paren = max(0, start - 40) + opened
        window = text[max(0, paren - 45) : paren]
        last_agent = max((m.end() for m in _OTHER_AGENT.finditer(window)), default=-1)
        last_vesicle = max((m.end() for m in _VESICLE.finditer(window)), default=-1)
        if last_agent != last_vesicle:
            return last_agent > last_vesicle
    # "Exo ... then once daily for the next 2 days; minocycline was given at the same
    # times": where the quantity's own clause names the vesicles, an agent of another
    # clause has its own statement.
    lo = text.rfind(";", 0, start) + 1
    hi = text.find(";", end)
    hi = len(text) if hi < 0 else hi
    own_clause = _VESICLE.search(text, lo, hi) is not None
    # outside the anaesthetic circumstance, unless the quantity itself sits inside it
    # ("under ketamine (80 mg/kg) anaesthesia")
    masks = [(a, b) for a, b in _anaesthesia_spans(text) if not a <= start < b]
    agents = [
        d
        for m in _OTHER_AGENT.finditer(text)
        if (d := dist(m)) <= reach
        and (not own_clause or lo <= m.start() < hi)
        and not any(a <= m.start() < b for a, b in masks)
    ]
    if not agents:
        return False
    vesicles = [dist(m) for m in _VESICLE.finditer(text)]
    return not vesicles or min(agents) < min(vesicles)


_REPEAT_WORDS: Final = re.compile(
    r"daily|every|times|twice|weekly|consecutive|repeated|doses|injections|days\s+\d|\bagain\b|"
    r"\bsecond\s+(?:dose|injection)",
    re.IGNORECASE,
)
# Words of an outcome report: a results sentence that holds one reports, not doses.
_OUTCOME_WORDS: Final = re.compile(
    r"\bscores?\b|improv|recover|increas|decreas|reduc|higher|lower|better|signific|compared|versus|\bvs\b|"
    r"differ|showed|exhibited|displayed|p\s*[<=]|"
    # a value with its spread ("reached 9.9 ± 0.6") reports a measurement
    r"\breach(?:ed|ing)?\b|\battain|\d\s*(?:±|\+/-|\+-)\s*\d",
    re.IGNORECASE,
)
_ANIMAL: Final = re.compile(r"\brats?\b|\bmice\b|\banimals?\b|Sprague|Wistar|weigh", re.IGNORECASE)
_BBB_CONTEXT: Final = re.compile(
    r"BBB|Basso|locomot|behavio|functional\s+recovery|open[- ]field", re.IGNORECASE
)


def _span(sent: Sentence, q: qty.Quantity) -> tuple[int, int]:
    return sent.start + q.start, sent.start + q.end


def _c(
    field: str, value: Any, strength: float, sent: Sentence, q: qty.Quantity, rule: str
) -> Candidate:
    s, e = _span(sent, q)
    return Candidate(field, value, strength, sent, s, e, rule)


def _clause(text: str, pos: int) -> str:
    """The clause of ``text`` around ``pos``: semicolons separate statements about different things."""
    start = text.rfind(";", 0, pos) + 1
    end = text.find(";", pos)
    return text[start : end if end >= 0 else len(text)]


# "kept in groups of three", "housed in groups of four per cage": the cage, not the arm.
_HOUSED_BEFORE: Final = re.compile(
    r"\b(?:housed|kept|caged|maintained|held|accommodated|lived)\b[^.;,]{0,12}$", re.IGNORECASE
)
# The verbs of animals lost, before a bare count or after a group size (the two patterns
# below add the words only their side uses).
_LOST_VERBS: Final = r"lost|removed|withdrawn|dropped"
# "excluded before allocation (n = 2)", "died after surgery (n = 3)": the animals lost.
_LOST_BEFORE: Final = re.compile(
    r"\b(?:exclu\w+|died|death|replaced|did\s+not\s+survive|" + _LOST_VERBS + r")\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# The count is of animals lost: "two rats per group died", "one rat in each group was
# excluded (autophagia)", "2 animals per group were euthanised before day 7".
_LOST_AFTER: Final = re.compile(
    r"(?:\s*+(?:injured\s+|treated\s+|SCI\s+|experimental\s+)?(?:groups?|arms?)\b)?\s*+(?:\([^()]{0,40}\)\s*)?"
    r"(?:died|(?:were|was)\s+(?:\w+ly\s+)?(?:excluded|euthani[sz]ed|killed|found\s+dead|not\s+included|"
    + _LOST_VERBS + r"))\b",
    re.IGNORECASE,
)


def housed_or_lost(before: str, per_group: bool) -> bool:
    """The words before a group size say it counts a cage ("housed in groups of four") or,
    for a bare "(n = 2)", the animals excluded or lost, not an arm of the experiment."""
    return bool(_HOUSED_BEFORE.search(before)) or (not per_group and bool(_LOST_BEFORE.search(before)))
