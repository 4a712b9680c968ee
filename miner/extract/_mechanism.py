"""The mechanism the authors propose, as the short phrase they use for it.

Papers state their mechanism in their own abstract, results or conclusion, with
a handful of cue shapes:

* an interpretation cue: "..., pointing to inhibition of TLR4/MyD88/NF-κB
  signalling", "suggesting ...", "supporting ...", "indicating ...";
* a means: "... act by restoring barrier integrity via Wnt/β-catenin", "works by
  bridging the lesion";
* a pathway: "... through the PTEN/PI3K/AKT pathway", "via NLRP3 inflammasome";
* a verb over signalling proteins: "activated ERK1/2, STAT3 and CREB"
  (-> "activation of ERK1/2, STAT3 and CREB").

The value is the phrase as written (trimmed to the clause); the evidence is the
sentence. Introductions and discussions of other studies never count. The sheet
compares this free text exactly, so the confidence is kept low: the phrase is a
pointer for the reviewer, not a coded value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract._calibration import calibrate
from miner.extract._candidates import Candidate, evidence_for
from miner.extract._context import Sentence, is_reported_elsewhere, split_sentences
from miner.parse.model import BlockKind, ParsedDocument, SectionKind
from miner.records import FieldValue

__all__ = ["mechanism_value"]

# How much a statement in each section speaks for the paper's own mechanism.
_SECTION: Final = {
    SectionKind.ABSTRACT: 1.0,
    SectionKind.CONCLUSION: 1.0,
    SectionKind.TITLE: 0.9,
    SectionKind.RESULTS: 0.85,
    SectionKind.DISCUSSION: 0.8,
}
# A discussion sentence speaks for this study only in the first person: "our data ...", "we propose".
_OWN: Final = re.compile(
    r"\b(?:our\s+(?:data|results|findings|study|work|observations)|we\s+(?:propose|show|found|suggest|conclude)|"
    r"(?:this|the\s+present|the\s+current)\s+study)\b",
    re.IGNORECASE,
)
# Words that make a phrase a mechanism rather than an outcome ("better BBB scores").
_MECH_WORD: Final = re.compile(
    r"pathway|signal|axis|cascade|inflamm|polari[sz]|apoptosis|pyroptosis|ferroptosis|autophag|necroptosis|"
    r"barrier|angiogen|regenerat|activation|inhibition|suppression|knockdown|transfer|targeting|"
    r"bridging|remyelin|sprouting|neuroprotect|immunomodul|oxidative|"
    r"\b[A-Z][A-Z0-9]{1,6}(?:[-/][A-Za-z0-9κβα]+)*\b|-[κβα]B|β-catenin|mTOR|miR-\d",
)
# Participles interpret what precedes them (", pointing to ...", ", suggesting that ...");
# finite verbs only with the study's own data as subject ("our data suggest ..."), since
# "miR-133b supports axon growth" is background, not this paper's claim.
_CUE: Final = re.compile(
    r"(?:,\s*(?:pointing\s+to|suggesting(?:\s+that)?|supporting|indicating(?:\s+that)?|implicating)"
    r"|\b(?:our|these|the(?:se)?\s+present)\s+(?:data|results|findings|observations)\s+"
    r"(?:point(?:s|ed)?\s+to|suggest(?:s|ed)?(?:\s+that)?|support(?:s|ed)?|indicate(?:s|d)?(?:\s+that)?|implicate(?:s|d)?)"
    r"|\bconsistent\s+with|\bin\s+keeping\s+with)\s+(?P<x>[^;:]{6,160})",
    re.IGNORECASE,
)
_MEANS: Final = re.compile(
    r"\b(?:work|works|worked|act|acts|acted|acting|function|functions|operate|operates)?\s*[^,;]{0,40}?"
    r"\bby\s+(?P<x>(?:[a-z]+ing)\b[^;:]{4,160})",
    re.IGNORECASE,
)
_PATHWAY: Final = re.compile(
    r"\b(?:via|through|by\s+way\s+of|mediated\s+by|dependent\s+on)\s+(?:the\s+)?"
    r"(?P<x>[^,;:.]{2,80}?\b(?:pathway|signal(?:l)?ing|axis|cascade|inflammasome)\b)",
    re.IGNORECASE,
)
_VERB_LIST: Final = re.compile(
    r"\b(?P<v>activated|inhibited|suppressed|blocked|restored|upregulated|downregulated)\s+"
    r"(?P<x>(?:phosphorylated\s+)?[A-Z][A-Za-z0-9/κβα-]{1,12}(?:\s*,\s*[A-Z][A-Za-z0-9/κβα-]{1,12})*"
    r"(?:\s*,?\s*and\s+[A-Z][A-Za-z0-9/κβα-]{1,12})?)",
)
_NOUN: Final = {
    "activated": "activation",
    "inhibited": "inhibition",
    "suppressed": "suppression",
    "blocked": "blockade",
    "restored": "restoration",
    "upregulated": "upregulation",
    "downregulated": "downregulation",
}
# Where a phrase stops: a new clause or an appositive ("..., three regulators of ...").
_CLAUSE_END: Final = re.compile(
    r"\s*(?:,\s*(?:which|whereas|while|and\s+(?:that|thereby|these)|as|three|two|four|both|a\s|an\s|the\s)|"
    r"\s+(?:in|after|following)\s+(?:rats|mice|the\s+injured|SCI|spinal)|\s*\(|\.\s|\.$|$)",
    re.IGNORECASE,
)
_LEAD: Final = re.compile(
    r"^(?:that\s+)?(?:the\s+(?:vesicles?|exosomes?|construct|treatment|EVs?)\s+)?", re.IGNORECASE
)
# The sentence must be about the vesicles or the treatment acting, or the phrase must
# name a biological process, not just an acronym: "T2DM plays a risk role", "support
# the validity of the SOR" or "osteophytes consistent with OLF" are mechanisms of
# nothing this sheet records.
_TREATMENT: Final = re.compile(
    r"exosom|vesic|\bs?EVs?\b|\bExos?\b|[\w+-]-(?:s?EVs?|Exos?)\b|\btreat|therap|administ|inject|infus|"
    r"transplant|graft|hydrogel|scaffold|\bgel\b|\bMSCs?\b|stem\s+cells?|secretome|construct|miR-\d",
    re.IGNORECASE,
)
_PROCESS: Final = re.compile(
    r"pathway|signal|axis|cascade|inflamm|polari[sz]|apoptosis|pyroptosis|ferroptosis|autophag|necroptosis|"
    r"angiogen|regenerat|remyelin|sprouting|neuroprotect|immunomodul|oxidative|barrier|"
    r"(?:activation|inhibition|suppression|knockdown|phosphorylation)\s+of",
    re.IGNORECASE,
)
_MAX_WORDS: Final = 14
_STRENGTH: Final = {"cue": 0.6, "means": 0.55, "pathway": 0.5, "verb": 0.45}


def _trim(raw: str) -> str | None:
    x = _LEAD.sub("", raw.strip())
    end = _CLAUSE_END.search(x)
    if end:
        x = x[: end.start()]
    x = x.strip(" ,.;")
    if not x or len(x.split()) > _MAX_WORDS or not _MECH_WORD.search(x):
        return None
    return x


def _sentences(doc: ParsedDocument, sentences: Sequence[Sentence]) -> list[Sentence]:
    out = [s for s in sentences if s.section in _SECTION]
    # Conclusions and discussions are not among the study sentences (they restate or
    # cite, they do not measure); of the discussion, only first-person claims count.
    for i, block in enumerate(doc.blocks):
        if (
            block.section not in (SectionKind.CONCLUSION, SectionKind.DISCUSSION)
            or block.kind == BlockKind.HEADING
        ):
            continue
        for s, e in split_sentences(block.text):
            text = block.text[s:e]
            if block.section == SectionKind.DISCUSSION and not _OWN.search(text):
                continue
            out.append(
                Sentence(block.start + s, block.start + e, text, block.section, block.page, i)
            )
    return out


def _found(sent: Sentence) -> list[tuple[str, str, int, int]]:
    """(phrase, rule, start, end) for every mechanism statement in one sentence."""
    text = sent.text
    out: list[tuple[str, str, int, int]] = []
    for m in _CUE.finditer(text):
        inner = _MEANS.search(m["x"])  # "suggesting that the construct works by bridging ..."
        phrase = _trim(inner["x"]) if inner else _trim(m["x"])
        if phrase:
            out.append((phrase, "cue", m.start("x"), m.end()))
    if not out:
        for m in _MEANS.finditer(text):
            phrase = _trim(m["x"])
            if phrase:
                out.append((phrase, "means", m.start("x"), m.end()))
    if not out:
        for m in _PATHWAY.finditer(text):
            phrase = _trim(m["x"])
            if phrase:
                out.append((phrase, "pathway", m.start("x"), m.end()))
    if not out:
        for m in _VERB_LIST.finditer(text):
            if "," not in m["x"] and " and " not in m["x"]:
                continue  # one protein after a verb is a finding, not a stated mechanism
            out.append((f"{_NOUN[m['v'].lower()]} of {m['x']}", "verb", m.start(), m.end()))
    return out


def mechanism_value(doc: ParsedDocument, sentences: Sequence[Sentence]) -> FieldValue | None:
    """The mechanism phrase the paper proposes for its own findings, or None when it states none."""
    best: tuple[float, int, Candidate] | None = None
    for order, sent in enumerate(_sentences(doc, sentences)):
        if is_reported_elsewhere(sent.text):
            continue
        about_treatment = bool(_TREATMENT.search(sent.text))
        for phrase, rule, s, e in _found(sent):
            if not (about_treatment or _PROCESS.search(phrase)):
                continue
            raw = _STRENGTH[rule] * _SECTION[sent.section]
            cand = Candidate(
                "mechanism", phrase, raw, sent, sent.start + s, sent.start + e, f"mechanism.{rule}"
            )
            # Earlier wins a tie: the abstract states the paper's claim first.
            if best is None or raw > best[0]:
                best = (raw, order, cand)
    if best is None:
        return None
    raw, _, cand = best
    return FieldValue(
        field="mechanism",
        value=cand.value,
        confidence=calibrate("mechanism", raw, cand.extractor),
        evidence=(evidence_for(doc, cand),),
        extractor=cand.extractor,
    )
