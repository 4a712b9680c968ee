"""SYRCLE risk of bias and the reporting items, prefilled with the sentences behind them.

:func:`assess_risk_of_bias` reads a parsed document and returns one
``FieldValue`` per SYRCLE domain (``rob_sequence_generation`` ...
``rob_other``: ``low`` / ``high`` / ``unclear``) and per reporting item
(``reported_randomisation`` ... ``reported_welfare_compliance``: bool).

Conventions (documented for reviewers):

* A domain the paper is silent on is ``unclear`` with no evidence: that is
  SYRCLE's own rule for "not reported".
* A reporting item the paper is silent on is ``False`` with no evidence: the
  convention of preclinical reviews that count reporting ("not reported").
  ``False`` with evidence means the paper states the opposite ("the assessors
  were not blinded", "sample size was based on previous studies").
* ``reported_randomisation`` is True for any statement of random allocation,
  even without a method ("randomly divided"); the sequence generation domain
  then stays ``unclear``. ``reported_blinded_assessment`` follows the
  assessor-blinding domain (True when it is ``low``).
* Half statements ("two independent observers", "housed under identical
  conditions") leave the domain ``unclear`` but keep the sentence as evidence.
* Only sentences about this study count: methods, results, abstract, captions
  and declarations; introduction and discussion only in the first person
  ("a limitation of our study ..."); sentences citing others or saying what
  studies *should* do never count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Final

from miner.appraise._rules import Finding, is_declaration_heading, sentence_findings
from miner.appraise._sentences import (
    FIRST_PERSON_SECTIONS,
    OWN_SECTIONS,
    AppraisalSentence,
    about_others,
    appraisal_sentences,
    speaks_of_own_study,
)
from miner.contract import REPORTING_ITEMS, ROB_FIELDS
from miner.parse.model import ParsedDocument
from miner.records import Evidence, FieldValue

__all__ = ["ROB_EXTRACTOR", "SILENT_CONFIDENCE", "assess_risk_of_bias"]

ROB_EXTRACTOR: Final = "appraise.rob.v1"
# How sure "the paper does not say" is: the rules can miss an odd phrasing.
SILENT_CONFIDENCE: Final = 0.6
MAX_EVIDENCE: Final = 3
# Documents are bounded upstream; this bounds the rule work on a hostile one.
MAX_SENTENCES: Final = 20_000

_ET_AL: Final = re.compile(r"\bet\s+al\b", re.IGNORECASE)
# Preference when two values of one item are equally sure: the conservative one.
_RANK: Final = {"high": 3, False: 2, "low": 1, True: 1, "unclear": 0}


def _scope(sent: AppraisalSentence) -> str | None:
    """'all' (every rule), 'declarations' (COI and welfare only) or None (skip)."""
    # Each test runs only when the answer depends on it (they are pure regex reads,
    # and this runs for every sentence of the paper).
    def first_person() -> bool:
        return speaks_of_own_study(sent.text) and not _ET_AL.search(sent.text)

    if sent.section in OWN_SECTIONS:
        if not about_others(sent.text) or first_person():
            return "all"
        # "the other authors declare no competing interests" is still a declaration.
        return "declarations"
    if sent.section in FIRST_PERSON_SECTIONS:
        # "Previous studies blinded the assessors, which we recommend" is about others.
        return "all" if first_person() and not about_others(sent.text) else None
    # References and anything else: declarations sometimes land after the reference list.
    if is_declaration_heading(sent.heading) or not about_others(sent.text):
        return "declarations"
    return None


def _choose(found: list[tuple[Finding, AppraisalSentence]]) -> tuple[object, float, list[AppraisalSentence]]:
    """The value with the surest finding (ties: the conservative value) and its sentences."""
    by_value: dict[object, list[tuple[Finding, AppraisalSentence]]] = defaultdict(list)
    for finding, sent in found:
        by_value[finding.value].append((finding, sent))
    value = max(
        by_value,
        key=lambda v: (max(f.confidence for f, _ in by_value[v]), _RANK.get(v, 0)),  # type: ignore[call-overload]
    )
    support = sorted(by_value[value], key=lambda fs: (-fs[0].confidence, fs[1].start))
    confidence = max(f.confidence for f, _ in support)
    sentences: list[AppraisalSentence] = []
    for _, sent in support:
        if all(s.start != sent.start for s in sentences):
            sentences.append(sent)
    return value, confidence, sentences[:MAX_EVIDENCE]


def _evidence(doc: ParsedDocument, sentences: list[AppraisalSentence]) -> tuple[Evidence, ...]:
    return tuple(doc.evidence(s.start, s.end) for s in sentences)


def assess_risk_of_bias(doc: ParsedDocument) -> dict[str, FieldValue]:
    """SYRCLE's 10 domains and the 5 reporting items of one parsed document.

    Parameters
    ----------
    doc:
        A ``ParsedDocument`` (PDF or JATS). Pure: no I/O.

    Returns
    -------
    dict
        Field name -> ``FieldValue`` for every name in ``miner.contract.ROB_FIELDS``
        and ``REPORTING_ITEMS``. Evidence is the sentences behind the judgement
        (page, quote, box via ``doc.evidence``); empty when the paper is silent.
    """
    found: dict[str, list[tuple[Finding, AppraisalSentence]]] = defaultdict(list)
    for i, sent in enumerate(appraisal_sentences(doc)):
        if i >= MAX_SENTENCES:
            break
        scope = _scope(sent)
        if scope is None:
            continue
        for finding in sentence_findings(sent.text, sent.heading, study_design=scope == "all"):
            found[finding.item].append((finding, sent))

    out: dict[str, FieldValue] = {}
    for name in ROB_FIELDS:
        if found.get(name):
            value, conf, sentences = _choose(found[name])
            out[name] = FieldValue(name, value, conf, _evidence(doc, sentences), ROB_EXTRACTOR)
        else:
            out[name] = FieldValue(name, "unclear", SILENT_CONFIDENCE, (), f"{ROB_EXTRACTOR}:silent")
    # Assessor blinding reported <=> the assessor-blinding domain is low (one judgement, two columns).
    assessors = out["rob_blinding_assessors"]
    if assessors.value in ("low", "high"):
        found["reported_blinded_assessment"] = [
            (Finding("reported_blinded_assessment", assessors.value == "low", assessors.confidence), s)
            for f, s in found["rob_blinding_assessors"]
            if f.value == assessors.value
        ]
    # A stated method of random sequence generation is a statement of randomisation.
    if out["rob_sequence_generation"].value == "low":
        found["reported_randomisation"] = [
            (f, s) for f, s in found.get("reported_randomisation", []) if f.value is True
        ]
    for name in REPORTING_ITEMS:
        if found.get(name):
            value, conf, sentences = _choose(found[name])
            out[name] = FieldValue(name, bool(value), conf, _evidence(doc, sentences), ROB_EXTRACTOR)
        else:
            out[name] = FieldValue(name, False, SILENT_CONFIDENCE, (), f"{ROB_EXTRACTOR}:silent")
    return out
