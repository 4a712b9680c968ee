"""The animal-welfare reporting item: approval, licences, guidelines and law, in many wordings.

Split from ``_rules`` (same conventions). A cue counts only when it speaks of this
study's animals: guidelines for characterising vesicles or scoring, research-ethics
approval for human donor tissue and other studies' approvals report nothing.
"""

from __future__ import annotations

import re
from typing import Final

from miner.appraise._rules_common import Finding, Gate, W
from miner.appraise._rules_common import negated as _negated
from miner.appraise._rules_common import rx as _rx

__all__ = ["G_WELFARE", "welfare"]

_WELFARE: Final = _rx(
    rf"\bapproved\s+by\s+{W}{{0,10}}?(?:committee|commission|board|IACUC|council|(?:bio)?ethic\w*|authority|authorities|institution\w*)"
    rf"|\b(?:committee|board|IACUC|ethic\w*|authority|authorities|agency|ministry|office|inspectorate|council|government)\s+{W}{{0,8}}?(?:approv\w*|authori[sz]ed|licensed|permitted)"
    rf"|\bapproval\s+(?:no\b\.?|number\b|code\b|ID\b|#)|\bIACUC\b|(?-i:\bARRIVE\b)"
    # UK and other licensing regimes: "under Home Office project licence PPL 70/8745", "ASPA 1986".
    rf"|\bHome\s+Office\b|\b(?:project|personal|animal|experiment\w*)\s+licen[cs]es?\b|\blicen[cs]ed\s+under\b|\bAnimals\s*\(Scientific\s+Procedures\)\s+Act|\bASPA\b"
    rf"|\b(?:animal\s+)?experiment\w*\s+(?:permit|permission|licen[cs]e)s?\b|\bethic(?:s|al)\s+(?:permit|permission)s?\s+(?:no\b\.?|number|from|of|was|were|\()"
    rf"|\bAnimal\s+Welfare\s+Act\b|\bAAALAC\b|\bCCAC\b"
    rf"|\bin\s+(?:accordance|compliance|line|agreement|conformity)\s+with\s+{W}{{0,12}}?(?:guide\b|guidelines?|regulations?|principles|law|(?-i:Act)\b|directive|ARRIVE|NIH|welfare|care\s+and\s+use|ethic\w*|declaration)"
    rf"|\b(?:followed|conformed|complied|adhered|conform)\s+{W}{{0,10}}?(?:guide\b|guidelines?|regulations?|principles|law|directive|ARRIVE|NIH)"
    rf"|\b(?:protocols?|procedures|experiments|study|studies|work)\s+{W}{{0,6}}?(?:was|were|had\s+been)\s+(?:\w+\s+){{0,3}}?approved\s+by\b"
    rf"|\banimal\s+welfare\b|\bethic(?:s|al)\s+(?:approval|committee|review\s+board|permission|clearance)"
    rf"|\bGuide\s+for\s+the\s+Care\s+and\s+Use\s+of\s+Laboratory\s+Animals|2010/63/EU|86/609/EEC"
    # A law, convention or code named by what it protects: "the European Convention for the
    # Protection of Vertebrate Animals used for Experimental Purposes" (ETS 123), "the Law on
    # the Protection of Animals", "Regulations for the Administration of Affairs Concerning
    # Experimental Animals", "the Animal Protection Act". "Act", "Code" and "Rules" only as a
    # law's capitalised name: the verb "act" ("exosomes act as agents for the protection of
    # neurons in rats") is no law.
    rf"|\b(?:convention|law|(?-i:Act|Code|Rules)|directive|regulations?|ordinance|decree)\s+(?:\w+\s+){{0,2}}?(?:on|for|of|concerning|regarding)\s+(?:the\s+)?"
    rf"(?:protection|welfare|humane\s+(?:care|treatment)|care\s+and\s+use|use\s+of\s+(?:laboratory|experimental)|administration\s+of\s+affairs\s+concerning)\s+(?:\w+\s+){{0,3}}?(?:of\s+|concerning\s+)?(?:\w+\s+)?(?:animals|rats)\b"
    rf"|\banimal\s+(?:protection|welfare)\s+(?:act|law|code|regulations?|ordinance)\b|\bETS\s*(?:No\.?\s*)?123\b"
)
_WELFARE_NOT_ANIMAL: Final = _rx(r"manufacturer|\bkit\b|instructions|protocol\s+of\s+the|reagent")
# A welfare cue that is a conformity statement ("in accordance with ... guidelines").
_CONFORMITY: Final = _rx(
    r"accordance|compliance|\bline\s+with|agreement|conformity|followed|conform|complied|adhered"
)
_METHOD_GUIDELINE: Final = _rx(
    r"\bMISEV\w*|\bISEV\b|\bextracellular\s+vesicles?\b|\bexosom\w*|\bvesicles?\b|\bEVs?\b|\bISCT\b|\bcellular\s+therapy\b"
    r"|\bmanufacturer|\bkit\b|\binstructions?\b|\bscal(?:e|es|ing)\b|\bscor(?:e|es|ing)\b|\bBasso\b|\bstatistic\w*|\bMIQE\b"
    r"|\bminimal\s+(?:information|criteria)\b|\b(?:previously|earlier)\s+(?:described|published|reported)|\bdescribed\s+(?:previously|before|elsewhere)"
)
# Subsections on obtaining the cells: an approval under them is for the donors.
_CELL_SOURCE_HEADING: Final = _rx(
    r"\b(?:isolation|culture|cultivation|collection|harvest\w*|expansion|preparation|identification)\s+(?:and\s+\w+\s+)?of\b"
    r"|\b(?:cell|tissue|sample)\s+(?:culture|isolation|collection|source|sources|preparation)\b|\bdonors?\b|\bpatients?\b|\bhuman\b"
)
_WELFARE_OTHERS: Final = _rx(
    r"\bet\s+al\b|\b(?:previous|prior|earlier|published|many|several|most|other)\s+(?:\w+\s+){0,2}?"
    r"(?:studies|reports|investigators|authors|trials|papers|laboratories|groups\s+have)\b|\b(?:has|have)\s+been\s+(?:reported|shown|recommended|suggested)\b"
    r"|\b(?:guidelines?|ARRIVE)\s+(?:\w+\s+){0,2}?(?:recommend|require|ask|call)\w*"
)
_OWN_STUDY: Final = _rx(
    r"\b(?:we|our|us|this\s+(?:study|work)|the\s+(?:present|current)\s+(?:study|work))\b"
)
# Approval to take human tissue ("umbilical cords donated with written consent (ethics
# approval NUH-2018-44)") is research ethics for the donors, not animal welfare.
_HUMAN_SUBJECTS: Final = _rx(
    r"\b(?:donors?|donated|patients?|volunteers?|(?:informed|written|parental)\s+consent|placenta[ls]?|umbilical|"
    r"caesarean|cesarean|deliver(?:y|ies)|Helsinki|HREC|participants?|human\s+(?:tissue|samples?|subjects?|research)|"
    r"exfoliated|teeth|menstrual|liposuction|lipoaspirates?|bone\s+marrow\s+aspirates?)\b"
)
_ANIMAL_WORD: Final = _rx(
    r"\banimals?\b|\brats?\b|\bmice\b|\bmouse\b|IACUC|(?-i:ARRIVE)|\bin\s+vivo\b|husbandry|vivarium|2010/63|86/609|Home\s+Office"
)
_ANIMAL_CONTEXT: Final = _rx(
    r"animal|\brats?\b|\bmice\b|ethic|welfare|IACUC|(?-i:ARRIVE)|NIH|laboratory|committee|institution|experiment|procedure|care|law|directive|national|approv"
)


def _welfare_match(text: str) -> re.Match[str] | None:
    """The first welfare cue of ``text`` that is about animal care, not about a method."""
    for m in _WELFARE.finditer(text):
        if _WELFARE_NOT_ANIMAL.search(text) and not _ANIMAL_CONTEXT.search(m.group(0)):
            continue
        if _CONFORMITY.search(m.group(0)):
            # "in accordance with the MISEV2018 guidelines", "following the ISCT criteria":
            # a guideline for characterising vesicles or cells, or a scoring manual, is
            # method, not animal welfare. Read what the guideline is, up to the clause end.
            tail = re.split(r"[;.,]|\band\b|\bwhile\b", text[m.end() : m.end() + 120], maxsplit=1)[
                0
            ]
            if _METHOD_GUIDELINE.search(m.group(0) + tail):
                continue
        return m
    return None


def welfare(text: str, heading: str = "") -> list[Finding]:
    """The welfare finding of one sentence (``heading``: the subsection it sits in)."""
    m = _welfare_match(text)
    if m is None or not _ANIMAL_CONTEXT.search(text):
        return []
    # Research ethics for the human donors of the cells, not animal welfare: said in
    # the sentence ("cords donated with consent ...") or by the subsection it sits in
    # ("Isolation and culture of hUC-MSCs": "The protocol was approved by the ethics
    # committee of the hospital").
    donors = _HUMAN_SUBJECTS.search(text) or (
        _CELL_SOURCE_HEADING.search(heading) and not _ANIMAL_WORD.search(heading)
    )
    if donors and not _ANIMAL_WORD.search(text):
        return []
    if _WELFARE_OTHERS.search(text) and not _OWN_STUDY.search(text):
        return []  # "Previous studies in rats were approved by ..." speaks of other work
    if _negated(text, m.start(), m.end()):
        return [Finding("reported_welfare_compliance", False, 0.7)]
    return [Finding("reported_welfare_compliance", True, 0.9)]


# Every alternative of _WELFARE holds one of these stems (see _rules' keyword prefilter).
G_WELFARE: Final = Gate(
    "approv",
    "iacuc",
    "arrive",
    "accordance",
    "compliance",
    "line",
    "agreement",
    "conformity",
    "followed",
    "conform",
    "complied",
    "adhered",
    "welfare",
    "ethic",
    "guide",
    "2010/63",
    "86/609",
    "authori",
    "licen",
    "permi",
    "home office",
    "aspa",
    "scientific procedures",
    "aaalac",
    "ccac",
    "convention",
    "protection",
    "ets 123",
    "ets123",
    "ets no",
    "humane",
    "care and use",
    "use of laboratory",
    "use of experimental",
    "administration of affairs",
)
