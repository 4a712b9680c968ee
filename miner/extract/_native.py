"""The modification field's choice between a named modification and native vesicles.

"none" only where the paper says its vesicles are native ("the native, unmodified
BMSC-Exos", "used without any modification", "Cells were not genetically modified");
a paper silent on the matter leaves the field empty. A paper that modifies its vesicles
compares them with native ones, so a named modification wins, except in a
loss-of-function design, where the native vesicles are the study's product.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract._candidates import Candidate, choose
from miner.extract._context import Sentence
from miner.parse.model import ParsedDocument, SectionKind
from miner.records import FieldValue

__all__ = ["modification_value"]


# The paper says its vesicles are native: "the native, unmodified BMSC-Exos", "used
# without any modification", "No genetic modification or preconditioning was applied".
_WAYS: Final = (
    r"modifications?|engineering|pre-?conditioning|pre-?treatment|manipulation|loading|"
    r"transfection|transduction|priming|electroporation"
)
# The kinds of change a negation lists before its noun: "no genetic or pharmacological
# modification", "no loading or surface modification", "no loading, priming or genetic
# engineering" (up to three listed words and one adjective).
_KINDS_OF: Final = r"(?:[a-z-]+\s*(?:,|\s+or|\s+and|\s+nor)\s+){0,3}(?:[a-z-]+\s+)?"
# The parent cells left as they were: "unmodified", "wild-type", "native", "non-engineered".
_UNCHANGED: Final = (
    r"un-?modified|wild[- ]type|na[iï]ve|native|non-?engineered|un-?engineered|un-?transfected|"
    r"non-?transfected|un-?treated|parental"
)
_NATIVE: Final = re.compile(
    r"(?<!than\s)(?<!versus\s)(?<!with\s)(?<!to\s)"
    r"\b(?:native|unmodified|non-?modified|un-?engineered|non-?engineered|na[iï]ve|wild[- ]type)\b[\s,()a-z-]{0,30}?"
    r"(?:exosomes|vesicles|s?EVs?\b|Exos?\b|[\w-]*-Exos?\b|[\w-]*-s?EVs\b)"
    # "without any pre-treatment", "without genetic or pharmacological modification"; not
    # the arms of "(either) with or without surface modification", "with and without ..."
    r"|(?<!or\s)(?<!with\sand\s)\bwithout\s+(?:any\s+)?(?:further\s+)?" + _KINDS_OF + r"(?:genetic\s+)?"
    r"(?:modification|engineering|pre-?conditioning|pre-?treatment|loading|manipulation)"
    r"|\bblank\s+(?:[A-Za-z]+-)?(?:exosomes|vesicles|s?EVs|Exos?)\b"
    # "exosomes from wild-type BMSCs", "Exosomes were collected from unmodified hADSCs":
    # the parent cells unchanged
    r"|\b(?:exosomes|vesicles|s?EVs|Exos?)\s+(?:(?:were\s+|was\s+)?(?:derived|secreted|isolated|collected|obtained|purified|harvested)\s+)?from\s+(?:the\s+)?"
    # "from native, non-engineered cells": one or two such words, a comma between them
    r"(?:" + _UNCHANGED + r")(?:\s*,\s*(?:" + _UNCHANGED + r"))?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:[A-Za-z]*MSCs?|[A-Za-z]*SCs?|SHED|cells)\b"
    r"|\b(?:received|underwent|with|had|given)\s+no\s+" + _KINDS_OF +
    r"(?:modification|engineering|pre-?conditioning|pre-?treatment|manipulation)s?\b"
    r"|\bno\s+" + _KINDS_OF + r"(?:modification|engineering|pre-?conditioning|pre-?treatment|manipulation)s?\b"
    r"(?:\s+(?:or|nor|and)\s+(?:\w+\s+)?\w+)?\s+(?:was|were)\s+(?:applied|used|performed|made|done|carried\s+out)"
    # "No loading, transfection or preconditioning was performed": a list of the ways
    r"|\bno\s+(?:(?:genetic|further)\s+)?(?:" + _WAYS + r")(?:\s*,\s*(?:" + _WAYS + r"))*"
    r"(?:\s*,?\s+(?:or|nor|and)\s+(?:" + _WAYS + r"))?\s+(?:was|were)\s+(?:applied|used|performed|made|done|carried\s+out)"
    # "the exosomes were native", "The EVs were not modified in any way"
    r"|\b(?:exosomes|vesicles|s?EVs|Exos?)\s+(?:used\s+)?(?:were|was|are|remained)\s+(?:left\s+)?"
    r"(?:native|unmodified|un-?engineered|not\s+(?:genetically\s+)?(?:modified|engineered|manipulated|preconditioned|loaded))\b"
    # "EVs were used native", "the exosomes were used unmodified"
    r"|\b(?:exosomes|vesicles|s?EVs?|Exos?)\s+(?:were|was)\s+used\s+(?:as\s+)?(?:native|unmodified|un-?engineered)\b",
    re.IGNORECASE,
)


# "Cells were unmodified", "the MSCs were not genetically modified": the parent cells
# unchanged, said in the paragraph that makes the vesicles from them.
# The same said before the noun: "Unmodified cells at passage 4 were conditioned",
# "Native, unmanipulated cells were expanded", "non-engineered hUC-MSCs were grown".
# Not "naive" or "untreated" (naive rats, untreated wells): only words that say nothing
# was done to the cells' make-up.
_UNCHANGED_CELLS: Final = (
    r"un-?modified|non-?modified|un-?manipulated|non-?manipulated|un-?engineered|non-?engineered|"
    r"un-?transfected|non-?transfected|native|wild[- ]type"
)
_NATIVE_CELLS: Final = re.compile(
    r"\b(?:[A-Za-z]*MSCs|stem\s+cells|stromal\s+cells|parent(?:al)?\s+cells|donor\s+cells|cells)\s+"
    r"(?:were|was|remained)\s+(?:left\s+)?(?:unmodified|un-?manipulated|not\s+(?:genetically\s+)?"
    r"(?:modified|engineered|manipulated|preconditioned|primed|transfected))\b"
    r"|\b(?:" + _UNCHANGED_CELLS + r")(?:\s*,\s*(?:" + _UNCHANGED_CELLS + r"))?\s+"
    # a bare "cells" right after the word ("native spinal cord cells" are the host's);
    # the stem cells' names may carry their source ("unmodified human adipose MSCs")
    r"(?:cells|(?:[\w-]{1,30}\s+){0,3}?(?:[A-Za-z-]*MSCs?|[A-Za-z-]*SCs|stem\s+cells|stromal\s+cells|"
    r"parent(?:al)?\s+cells|donor\s+cells))\b(?!\s+(?:were|was)\s+(?:used\s+)?as\s+(?:a\s+)?control)",
    re.IGNORECASE,
)
_VESICLE_WORD: Final = re.compile(r"exosom|vesicle|\bs?EVs?\b|\bExos?\b", re.IGNORECASE)


def _native_candidates(sentences: Sequence[Sentence]) -> list[Candidate]:
    out = []
    for i, s in enumerate(sentences):
        # The title and abstract say what the study gave as plainly as the methods do.
        if s.section not in (SectionKind.TITLE, SectionKind.ABSTRACT, SectionKind.METHODS,
                             SectionKind.RESULTS, SectionKind.OTHER):
            continue
        m = _NATIVE.search(s.text)
        if m is None and s.section == SectionKind.METHODS:
            m = _NATIVE_CELLS.search(s.text)
            # The culture paragraph, or the one right after it: a paper often ends the
            # cells' paragraph and starts the vesicles' with "Exosomes were purified ...".
            near = " ".join(
                t.text
                for t in sentences[max(0, i - 2) : i + 4]
                if t.block_index == s.block_index
                or (t.block_index == s.block_index + 1 and t.section == SectionKind.METHODS)
            )
            if m is not None and not _VESICLE_WORD.search(near):
                m = None  # cells of an assay, not the vesicles' parents
        if m:
            out.append(
                Candidate(
                    "modification",
                    "none",
                    0.9,
                    s,
                    s.start + m.start(),
                    s.start + m.end(),
                    "modification.native",
                )
            )
    return out


# A knock-down arm that takes the effect away: "TIMP2-depleted exosomes lost most of this
# effect", "silencing X abolished the benefit", "knockdown of X reversed the protection".
_LOSS_OF_FUNCTION: Final = re.compile(
    r"\b(?:knock-?down|knocked\s+down|silenc\w*|deplet\w*|deficien\w*|depriv\w*)\b[^.;]{0,80}?"
    r"\b(?:abolish\w*|abrogat\w*|lost|loses?|reversed?|revers(?:ing|al)|eliminat\w*|blunt\w*|diminish\w*|"
    r"attenuat\w*|weaken\w*|impair\w*|cancel\w*|prevent\w*\s+(?:the|this|their)\s+(?:effect|benefit|protect))",
    re.IGNORECASE,
)


def _loss_of_function(sentences: Sequence[Sentence]) -> bool:
    """The paper reports that silencing a gene in the vesicles' parents removed their effect."""
    return any(
        s.section
        in (SectionKind.ABSTRACT, SectionKind.RESULTS, SectionKind.DISCUSSION, SectionKind.CONCLUSION, SectionKind.OTHER)
        and _LOSS_OF_FUNCTION.search(s.text) is not None
        for s in sentences
    )


def modification_value(
    doc: ParsedDocument, cands: list[Candidate], sentences: Sequence[Sentence]
) -> FieldValue | None:
    """A named modification, or "none" only where the paper says its vesicles are native.

    A paper silent on the matter leaves the field empty (the gold convention and
    the reviewers': absence of a modification word is not a statement).
    """
    mods = [c for c in cands if c.field == "modification"]
    # A group name ("Exo-miR-21", "siPTEN-EVs") says what was changed, not how: it only
    # speaks when no sentence states the method, however often the name recurs.
    stated = [c for c in mods if c.extractor != "modification.group_name"]
    mods = stated or mods
    if mods and all(str(c.value).endswith(" knockdown") for c in mods) and _loss_of_function(sentences):
        # A loss-of-function design: the gene is silenced in one arm to show the native
        # vesicles need it ("silencing TIMP2 abolished the benefit"); the study's product
        # is the native vesicles, so they decide where the paper says so.
        native = choose(doc, "modification", _native_candidates(sentences))
        if native is not None:
            return native
    if mods:
        # A paper that modifies its vesicles compares them with native ones ("compared
        # with native exosomes", "an empty vector for native exosomes"): there "native"
        # names the comparator, and the study's product is the modified one.
        return choose(doc, "modification", mods)
    return choose(doc, "modification", _native_candidates(sentences))
