"""The mechanism the authors propose, as a short phrase naming its targets and effect.

Papers state their own mechanism in a few places and a few shapes:

* the opening of the discussion: "We propose that intrathecal sEVs shift microglia
  from an M1 towards an M2 phenotype by inhibiting NF-κB signalling", "Cur-Exo
  appear to act by inhibiting NLRP3 inflammasome activation", "SHED-Exos inhibited
  ferroptosis by restoring GPX4 expression";
* the abstract's conclusion, often as an interpretation cue: "..., pointing to
  inhibition of TLR4/MyD88/NF-κB signalling", "suggesting that the construct works
  by bridging the lesion", "supporting PTEN/AKT/mTOR-dependent axonal regeneration";
* a verb over signalling proteins in the results: "activated ERK1/2, STAT3 and
  CREB" (-> "activation of ERK1/2, STAT3 and CREB").

The value is the stretch of the statement that names the molecular targets and
processes (genes, pathways, cell phenotypes, cell-death programmes) and the effect
on them, as written; the evidence is the sentence. Statements about other studies
(citations, "previous studies", "has been reported"), the introduction's background
and abstract background/methods lines never count. The phrase is a pointer for the
reviewer, so the confidence stays low.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from miner.extract._calibration import calibrate
from miner.extract._candidates import Candidate, evidence_for
from miner.extract._context import Sentence, is_reported_elsewhere, split_sentences
from miner.extract._label_mechanism import mechanism_terms_in
from miner.extract._label_mechanism import terms as _terms
from miner.extract._mechanism_phrase import MAX_WORDS, clean_phrase
from miner.parse.model import BlockKind, ParsedDocument, SectionKind
from miner.records import FieldValue

__all__ = ["mechanism_terms_in", "mechanism_value"]

_I = re.IGNORECASE

# How much a statement in each section speaks for the paper's own mechanism. The
# discussion's opening sentences restate the paper's claim; later discussion
# sentences compare with other work more often.
_SECTION: Final = {
    SectionKind.ABSTRACT: 0.9,
    SectionKind.CONCLUSION: 0.95,
    SectionKind.TITLE: 0.85,
    SectionKind.RESULTS: 0.75,
    SectionKind.DISCUSSION: 0.8,
}
_OPENING: Final = 3  # sentences of the discussion that count as its opening
_OPENING_WEIGHT: Final = 1.0
_ABSTRACT_CONCLUSION_WEIGHT: Final = 1.0

# --- whose statement --------------------------------------------------------------------
_OTHERS: Final = re.compile(
    r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]|\(\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\)|\bet\s+al\b|\(\w+,?\s+(?:19|20)\d\d\)"
    r"|\b(?:previous(?:ly)?|earlier|prior|other|another)\s+(?:\w+\s+)?(?:studies|study|work|reports?|groups?|investigators|authors)\b"
    r"|\bothers\s+(?:have|had|reported|showed|found)|\b(?:has|have|had)\s+been\s+(?:reported|shown|demonstrated|described|found|proposed)"
    r"|\b(?:is|are)\s+(?:well\s+)?known|\bwell[-\s]known|\bit\s+is\s+(?:well\s+)?(?:established|accepted|known)"
    r"|\b(?:were|was)\s+reported\s+to|\breported\s+(?:that|by)\b|\bin\s+(?:other|previous)\s+(?:models|studies|tissues)"
    r"|\b(?:previously|recently)\s+(?:described|reported|shown|demonstrated|published|found)\b",
    _I,
)
# The study's own vesicles, cells or construct as the actor.
_TREATMENT: Final = re.compile(
    r"exosom|vesic|\bs?EVs?\b|\bExos?\b|[\w+-]-(?:s?EVs?|Exos?)\b|\bExo-|\btreat|therap|administ|inject|infus|"
    r"transplant|graft|hydrogel|scaffold|\bgel\b|\bMSCs?\b|stem\s+cells?|secretome|construct|cargo|\bdoses?\b",
    _I,
)
_FIRST_PERSON: Final = re.compile(
    r"\b(?:we|our\s+(?:data|results|findings|study|work|observations))\b|\b(?:this|the\s+present|the\s+current)\s+study\b",
    _I,
)
# Claim verbs whose "that"-clause is the mechanism: "We propose that ...".
_PROPOSAL: Final = re.compile(
    r"\b(?:we|our\s+(?:data|results|findings)|these\s+(?:data|results|findings)|this\s+study)\s+(?:\w+\s+)?"
    r"(?:propose|proposed|suggest|suggested|suggests|believe|conclude|concluded|hypothesi[sz]e|speculate|infer|"
    r"indicate|indicated|indicates|show|showed|shows|demonstrate|demonstrated|demonstrates|reveal|revealed|reveals|"
    r"found|find|provide\s+evidence)\s+that\s+",
    _I,
)
# The claim verbs that report what was seen ("we found that X reduced pyroptosis"): the
# clause is a finding, and names a mechanism only with a means ("by", "through", "via").
_OBSERVED: Final = re.compile(r"(?:show|showed|shows|demonstrate|demonstrated|demonstrates|reveal|revealed|reveals|found|find)\s+that\s+$", _I)


def _interprets(text: str) -> bool:
    """The sentence's claim verb interprets ("we propose that", "these data indicate that"),
    rather than reports an observation ("we found that")."""
    return any(not _OBSERVED.search(m.group(0)) for m in _PROPOSAL.finditer(text))


_PROPOSE_AS: Final = re.compile(
    r"\bwe\s+(?:\w+\s+)?(?:propose|suggest|identify|identified|consider)\b[^.;]{3,80}\bas\s+(?:the|a|an)\s+(?:\w+\s+){0,2}?"
    r"(?:mechanism|pathway|mediator|target|explanation|effect|action|mode)",
    _I,
)
# A hedge marks an interpretation: "appear to act by", "may preserve", "is thought to".
_HEDGE: Final = re.compile(
    r"\b(?:appears?|appeared|seems?|seemed)\s+to\s+|\b(?:may|might|could|probably|presumably|possibly)\s+"
    r"|(?<!more\s)(?<!less\s)(?<!most\s)\blikely\s+"
    r"|\b(?:is|are)\s+thought\s+to\s+|\bwe\s+believe\b|\bat\s+least\s+(?:in\s+)?part(?:ly)?\b",
    _I,
)
_MODAL: Final = re.compile(r"(?:appear|seem|may|might|could|probably|presumably|possibly|likely|is|are|we)\b", _I)
# A means or link between effect and target: "by inhibiting", "through", "via", "thereby".
_CONNECTOR: Final = re.compile(
    r"\bby\s+\w+ing\b|\b(?:through|via|thereby|mediated|dependent|driven|leading\s+to|resulting\s+in)\b|-mediated|-dependent",
    _I,
)
# The study's findings are in the past tense; background is in the present.
_PAST_EFFECT: Final = re.compile(
    r"\b(?:promoted|inhibited|suppressed|reduced|lowered|decreased|increased|enhanced|activated|restored|preserved|"
    r"shifted|switched|attenuated|alleviated|blocked|limited|prevented|induced|upregulated|downregulated|"
    r"protected|rescued|targeted|modulated|regulated|improved|favou?red|skewed|fostered|facilitated)\b",
    _I,
)
# The verb that carries the effect on the first target: "inhibit the activation of A1 astrocytes".
_EFFECT_VERB: Final = re.compile(
    r"\b(?:promot|inhibit|suppress|reduc|lower|decreas|increas|enhanc|activat|restor|preserv|shift|switch|"
    r"attenuat|alleviat|block|limit|prevent|induc|upregulat|downregulat|protect|rescu|target|modulat|regulat|"
    r"releas|driv|stem|act|work|bridg|deliver|transfer|knock|silenc|enrich|rais|favou?r|skew|foster)\w*",
    _I,
)
# Abstract lines that are background, aims or methods, not conclusions.
_ABSTRACT_BACKGROUND: Final = re.compile(
    r"^\s*(?:abstract\s+)?(?:background|introduction|objectives?|aims?|purpose|methods?|materials?\s+and\s+methods|"
    r"key\s*words?|trial\s+registration|abbreviations)\b\s*[:.]?",
    _I,
)
_ABSTRACT_CONCLUSION: Final = re.compile(
    r"^\s*(?:results?\s+and\s+)?conclusions?\b|^\s*interpretation\b|\b(?:these|our)\s+(?:data|findings|results)\b", _I
)
_LEAD_LABEL: Final = re.compile(
    r"^\s*(?:(?:abstract|results?(?:\s+and\s+conclusions?)?|conclusions?|discussion|interpretation|significance)\b\s*[:.]?\s*)+"
    r"|^\s*(?:in\s+summary|in\s+conclusion|taken\s+together|collectively|together|overall|thus|therefore|hence|"
    r"mechanistically|furthermore|moreover|additionally|importantly|notably|in\s+addition)\s*,\s*",
    _I,
)
# A short preamble ending in a colon ("Our data extend these findings: ...").
_PREAMBLE: Final = re.compile(r"^[^:;]{0,60}:\s+")
# Where the statement of the mechanism ends: a new clause about something else.
_CLAUSE_END: Final = re.compile(
    r",\s*+(?:which|whereas|while|as\s+shown|as\s+seen|as\s+evidenced|consistent\s+with|in\s+keeping\s+with|"
    r"three|two|four|both|a|an|the)\b|;|\s\(|\s\[\d|\.\s|\.$"
    # After a comma. "... early neuroprotection, rather than sustained exposure": the
    # alternative set aside; "..., and are a candidate therapy": a new predicate;
    # "..., consistent with mTOR activation, and increased serotonergic fibres": "and"
    # with a past-tense verb starts the subject's next finding.
    r"|,\s++(?:rather\s+than\b|and\s+(?:is|are|was|were|may|might|could|can|represents?|offers?|provides?|hold)\b"
    r"|and\s+(?=" + _PAST_EFFECT.pattern + r"))"
    # After a space (one alternation, so a run of spaces is read once per start).
    # "... rather than ...", "... act through PTEN suppression and are a candidate
    # therapy", "... X-mediated survival contributes": the predicate after the named
    # mechanism; "... scar formation (that) we observed": the authors' own seeing.
    r"|\s++(?:rather\s+than\b"
    r"|and\s+(?:is|are|was|were|may|might|could|can|represents?|offers?|provides?|hold)\b"
    r"|(?:contributes?|contributed|(?:is|are)\s+involved|plays?\s+a\s+(?:\w+\s+)?role)\b"
    r"|(?:that\s+|which\s+)?we\s+(?:have\s+)?(?:observed|found|saw|seen|noted|detected|measured|report(?:ed)?)\b)",
    _I,
)
# Words that complete the name of a target ("NF-κB signalling", "barrier integrity").
_TAIL: Final = re.compile(
    r"(?:\s++(?:signal(?:l)?ing|pathways?|axis|cascade|activation|activity|integrity|formation|expression|function|"
    r"phenotypes?|polari[sz]ation|leakage|preservation|inflammasome|deposition|release|phosphorylation|levels?|"
    r"inhibition|suppression|blockade|knockdown|silencing|upregulation|downregulation|nuclear\s+translocation|ratio))+"
    r"(?:\s++(?:in|of)\s+(?:the\s+)?(?:neurons|microglia|astrocytes|macrophages|endothelial\s+cells|oligodendrocytes)"
    r"(?:\s+and\s+(?:neurons|microglia|astrocytes|macrophages))?)?",
    _I,
)
# Where a process happens, when the paper says: "sprouting of the contralateral
# corticospinal tract", "apoptosis of spinal motor neurons".
_WHERE: Final = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:tracts?|neurons?|motoneurons?|axons?|fib(?:re|er)s|"
    r"oligodendrocytes|astrocytes|microglia|macrophages|endothelial\s+cells|pericytes)\b",
    _I,
)

# --- the older cue shapes (kept: they read interpretations exactly) ---------------------
_CUE: Final = re.compile(
    r"(?:,\s*(?:pointing\s+to|suggesting(?:\s+that)?|supporting|indicating(?:\s+that)?|implicating|"
    r"(?:findings\s+|results\s+|data\s+)?(?:consistent|in\s+line|in\s+keeping)\s+with|"
    r"confirming(?:\s+that)?|demonstrating\s+that|showing\s+that)"
    # "the higher p-Akt levels suggest that ...": a measured change speaks for the mechanism too
    r"|\b(?:our|these|this|the(?:se)?\s+present|the)\s+(?:[\w/-]+\s+){0,2}?(?:data|results|findings|observations|effects?|"
    r"benefits?|improvements?|recovery|gains?|protection|levels|changes)\s+"
    # "the benefit probably reflects", "the effect is consistent with", "the gain points to"
    r"(?:(?:\w+ly|also|thus|therefore|then)\s+)?"
    r"(?:point(?:s|ed)?\s+to|suggest(?:s|ed)?(?:\s+that)?|support(?:s|ed)?|indicate(?:s|d)?(?:\s+that)?|implicate(?:s|d)?|"
    r"reflect(?:s|ed)?|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:consistent|compatible|in\s+line|in\s+keeping)\s+with))"
    r"\s+(?P<x>[^;:]{6,200})",
    _I,
)
_MEANS: Final = re.compile(r"\b(?:works?|acts?|functions?|operates?)\s+by\s+(?P<x>[a-z]+ing\b[^;:]{4,160})", _I)
# The means as a noun phrase ("act through PTEN suppression", "works mainly via the
# NF-κB pathway") or the mechanism named as such ("the mechanism likely includes
# suppression of A1 astrocyte activation", "the mechanism involves ...").
_MEANS_NOUN: Final = re.compile(
    r"\b(?:works?|acts?|functions?|operates?)\s+(?:(?:mainly|mostly|largely|partly|primarily|chiefly)\s+)?"
    r"(?:through|via)\s+(?P<x>[^;:]{4,160})"
    r"|\bmechanisms?\s+(?:(?:\w+ly|also|then)\s+)?(?:includes?|included|involves?|involved|lies\s+in|lay\s+in|"
    r"consists?\s+of|(?:is|was|are|were)\s+(?=\w+(?:ion|ing|ment|sis)\b))\s*(?P<y>[^;:]{4,160})",
    _I,
)
# The effect tied to a named means: "its effect was linked to inhibition of TLR4 signalling",
# "the benefit is attributable to reduced pyroptosis", "may improve recovery by reduction of
# astrocytic scar formation".
_LINKED: Final = re.compile(
    r"\b(?:effects?|benefits?|improvements?|recovery|protection|actions?)\s+(?:\w+\s+){0,3}?"
    r"(?:was|were|is|are|(?:may|might|could)\s+be|(?:appears?|seems?)\s+to\s+be)\s+(?:\w+ly\s+)?"
    r"(?:linked|attributed|attributable|related|ascribed|tied|due|owing)\s+to\s+(?P<x>[^;:]{4,160})"
    r"|\b(?:improv|promot|enhanc|support|foster|aid|accelerat)\w*\s+(?:the\s+)?"
    r"(?:(?:functional|locomotor|motor|hind-?limb|neurological)\s+)?(?:recovery|repair|outcomes?)\s+"
    r"(?:(?:mainly|mostly|largely|partly|in\s+part|primarily)\s+)?(?:by|through|via)\s+(?P<y>[^;:]{4,160})",
    _I,
)
# The mechanism as the subject, endorsed by the paper's own data: "SIRT1-mediated
# suppression of NLRP3 is consistent with our blots", "Protection of motor neurons via
# reduced TNF-α fits the cytokine levels we measured", "Reduced astrogliosis may explain
# the gain in stepping".
_ENDORSE: Final = re.compile(
    r"\s++(?:(?:may|might|could|would|can|likely|probably|together|jointly|also|in\s+part)\s++)*"
    r"(?:(?:is|are|was|were)\s+(?:(?:fully|well|also|entirely|thus)\s+)?"
    r"(?:consistent|compatible|in\s+line|in\s+keeping|in\s+agreement)\s+with|fits?(?:\s+with)?|explains?|"
    r"accounts?\s+for|underlies|underlie|(?:is|are)\s+(?:likely\s+|probably\s+)?responsible\s+for)\s+"
    r"(?P<obj>[^;]{3,160})",
    _I,
)
# What the endorsement points at must be this study's data or its gain.
_OWN_OBJECT: Final = re.compile(
    r"\b(?:our|we|these|this)\b|\bthe\s+(?:\w+\s+){0,2}?(?:gain|improvement|recovery|benefit|effect|"
    r"better|higher|lower|differences?)\b",
    _I,
)
# The data deny a mechanism: "Reduced apoptosis does not explain the gain", "is
# inconsistent with our blots", "is unlikely to account for".
_DENIED: Final = re.compile(
    r"\b(?:cannot|can't|(?:does|do|did|could|would|can)\s+not)\s+(?:\w+ly\s+)?(?:explain|account|underlie|fit)\b"
    r"|\b(?:is|are|was|were)\s+not\s+(?:\w+ly\s+)?(?:consistent|compatible|responsible)\b"
    r"|\binconsistent\s+with\b|\bunlikely\s+to\s+(?:explain|account|underlie)\b",
    _I,
)
# The mechanism named as the paper's best explanation: "HIF-1α-driven angiogenesis is
# the most likely explanation", "reduced pyroptosis is a plausible mechanism".
_EXPLANATION: Final = re.compile(
    r"\s++(?:is|are|was|were|remains?)\s+(?:the|a|an|our)\s+(?:(?:most|more|single)\s+)?"
    r"(?:likely|probable|plausible|parsimonious|favou?red|leading|best)\s+(?:explanation|mechanism|cause|account)\b",
    _I,
)
_NOT_SUBJECT: Final = re.compile(r"^(?:this|these|that|those|it|they|such|the\s+(?:effects?|findings?|results?|data))\b", _I)


def _endorsed(text: str) -> _Found | None:
    """The subject of a sentence that names a mechanism and says the paper's data bear it out."""
    lead = _LEAD_LABEL.match(text)
    base = lead.end() if lead else 0
    m = _ENDORSE.search(text, base)
    if m is None or not _OWN_OBJECT.search(m["obj"]):
        m = _EXPLANATION.search(text, base)
        if m is None:
            return None
    subject = text[base : m.start()]
    if _NOT_SUBJECT.match(subject) or len(subject.split()) > MAX_WORDS or re.search(r"[;:]|\bnot\b", subject, _I):
        return None
    phrase = clean_phrase(subject)
    if phrase is None:
        return None
    return _Found(phrase, "claim", base, m.start(), len(_terms(phrase)))


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
_STRENGTH: Final = {"cue": 0.65, "claim": 0.6, "verb": 0.5, "finding": 0.45}


@dataclass(frozen=True, slots=True)
class _Found:
    phrase: str
    rule: str
    start: int  # offsets in the sentence
    end: int
    n_terms: int


def _end_of_statement(text: str, start: int) -> int:
    """Where the clause that starts at ``start`` ends, keeping a "which we believe ..." clause."""
    pos = start
    while True:
        m = _CLAUSE_END.search(text, pos)
        if m is None:
            return len(text)
        rest = text[m.end() : m.end() + 40]
        # "..., which we believe drives the angiogenesis", "delivered miR-216a-5p, which
        # inhibited the TLR4/NF-κB pathway": the claim continues into the clause.
        if m.group(0).lstrip(", ").lower().startswith("which"):
            nxt = _CLAUSE_END.search(text, m.end())
            clause = text[m.end() : nxt.start() if nxt else len(text)]
            if re.match(r"\s*(?:we\s+(?:believe|propose|think|suggest)|likely|probably|may|might|in\s+turn)\b", rest, _I) or (
                _EFFECT_VERB.search(clause) and _terms(clause)
            ):
                pos = m.end()
                continue
        return m.start()


def _claim_span(text: str) -> tuple[int, int] | None:
    """The span of a statement that runs from the effect to the last target it names."""
    lead = _LEAD_LABEL.match(text)
    base = lead.end() if lead else 0
    pre = _PREAMBLE.match(text, base)
    if pre and not _terms(text[base : pre.end()]):
        base = pre.end()
    prop = _PROPOSAL.search(text, base) or _SUGGESTS.search(text, base)
    if prop:
        base = prop.end()  # "the shared effect on microglia suggests that ...": the claim follows
    hedge = _HEDGE.search(text, base)
    end = _end_of_statement(text, base)
    terms = [(s, e) for s, e in _terms(text) if base <= s and e <= end]
    # "improved Basso Mouse Scale (BMS) scores and reduced TNF-α ...": a parenthesis
    # before any target abbreviates an outcome, not the end of the statement. One after
    # the treatment's name ("exosomes from hucMSCs (hucMSC-Exo) reduced ...") still ends
    # it: the sentence is then a finding about the vesicles, weaker than the discussion's.
    for _ in range(3):
        if terms or not text.startswith(" (", end):
            break
        if _TREATMENT.search(text[max(base, end - 12) : end]):
            break
        close = text.find(")", end, end + 40)
        if close < 0:
            break
        end = _end_of_statement(text, close + 1)
        terms = [(s, e) for s, e in _terms(text) if base <= s and e <= end]
        # only a finding goes on past it: "... scores and reduced TNF-α"
        if terms and not _PAST_EFFECT.search(text, close + 1, terms[0][0]):
            terms = []
            break
    if not terms:
        return None
    first_s = terms[0][0]
    start = first_s
    # The subject names a target itself ("PTEN knockdown is thought to ...", "miR-124-3p
    # appears to target ..."): keep it; a subject naming the vesicles is dropped.
    subject = text[base:first_s]
    if hedge is not None and hedge.start() < first_s + 60 and _MODAL.match(hedge.group(0)):
        # What follows a modal hedge must be an effect: "may preserve", "appear to act by";
        # "might be a predictive factor" or "might best determine" state none.
        after = re.sub(r"^\s*(?:(?:\w+ly|also|in\s+part)\s+)*", "", text[hedge.end() :], flags=_I)
        if not (
            _EFFECT_VERB.match(after)
            or re.match(r"(?:by|via|through)\b", after, _I)
            or re.match(r"(?:be|is|are)\s+(?:\w+\s+){0,3}?(?:by|via|through|mediated|due\s+to)\b", after, _I)
        ):
            return None
    if re.search(r"\b(?:not|no|neither|nor|failed\s+to|without)\b", text[base:first_s], _I):
        return None  # "this effect is not the result of enhanced expression of ..."
    if hedge is not None and hedge.start() < first_s:
        subject_text = text[base : hedge.start()]
        if _terms(subject_text) and not _TREATMENT.search(subject_text) and len(subject_text.split()) <= 5:
            start = base + len(subject_text) - len(subject_text.lstrip())
        else:
            start = hedge.end()
            verb = _EFFECT_VERB.match(text, start)
            start = verb.start() if verb else start
    else:
        verbs = [m for m in _EFFECT_VERB.finditer(subject) if len(subject[m.end() :].split()) <= 5]
        # The verb must act on the target itself: in "protected neurons through the
        # PI3K/AKT pathway" the effect on neurons is the outcome, the pathway the mechanism.
        if verbs and not re.search(r"[,;]|\b(?:through|via|by)\b", subject[verbs[-1].end() :], _I):
            # the verb nearest the first target: "suppressed the M1 polarization", "reduced glial scar"
            before = subject[: verbs[-1].start()]
            if _terms(before) and not _TREATMENT.search(before) and len(before.split()) <= 5:
                start = base + len(before) - len(before.lstrip())
            else:
                start = base + verbs[-1].start()
    last_e = terms[-1][1]
    tail = _TAIL.match(text, last_e)
    if tail:
        last_e = tail.end()
    where = _WHERE.match(text, last_e, end)
    if where:
        last_e = where.end()
    return start, last_e


def _found(text: str, *, hedged: bool) -> list[_Found]:
    """Mechanism statements of one sentence, best shape first."""
    out: list[_Found] = []
    for m in _CUE.finditer(text):
        inner = _MEANS.search(m["x"]) or re.search(r"\bby\s+(?P<x>[a-z]+ing\b.*)", m["x"])
        x = inner["x"] if inner else m["x"]
        offset = m.start("x") + (inner.start("x") if inner else 0)
        end = _end_of_statement(x, 0)
        phrase = clean_phrase(x[:end])
        # "our findings indicate that the exosomes alleviate neuronal apoptosis by
        # activating PI3K/AKT": the whole claim names more than its means alone.
        span = _claim_span(m["x"])
        whole = clean_phrase(m["x"][span[0] : span[1]]) if span else None
        subject_first = phrase is not None and bool(_TREATMENT.search(phrase.split()[0]))
        if whole and (phrase is None or subject_first or len(_terms(whole)) > len(_terms(phrase))):
            phrase, offset, end = whole, m.start("x") + span[0], span[1] - span[0]  # type: ignore[index]
        if phrase:
            out.append(_Found(phrase, "cue", offset, offset + end, len(_terms(phrase))))
    if out:
        return out
    for m in _MEANS.finditer(text):
        end = _end_of_statement(m["x"], 0)
        phrase = clean_phrase(m["x"][:end])
        if phrase:
            out.append(_Found(phrase, "claim", m.start("x"), m.start("x") + end, len(_terms(phrase))))
    for m in _MEANS_NOUN.finditer(text):
        group = "x" if m["x"] is not None else "y"
        end = _end_of_statement(m[group], 0)
        phrase = clean_phrase(m[group][:end])
        if phrase:
            start = m.start(group)
            out.append(_Found(phrase, "claim", start, start + end, len(_terms(phrase))))
    for m in _LINKED.finditer(text):
        group = "x" if m["x"] is not None else "y"
        end = _end_of_statement(m[group], 0)
        phrase = clean_phrase(m[group][:end])
        if phrase:
            start = m.start(group)
            out.append(_Found(phrase, "claim", start, start + end, len(_terms(phrase))))
    endorsed = _endorsed(text)
    if endorsed:
        out.append(endorsed)
    span = _claim_span(text)
    if span:
        phrase = clean_phrase(text[span[0] : span[1]])
        if phrase:
            linked = hedged or bool(_CONNECTOR.search(phrase))
            rule = "claim" if linked else "finding"
            out.append(_Found(phrase, rule, span[0], span[1], len(_terms(phrase))))
    for m in _VERB_LIST.finditer(text):
        if "," not in m["x"] and " and " not in m["x"]:
            continue  # one protein after a verb is a finding, not a stated mechanism
        phrase = f"{_NOUN[m['v'].lower()]} of {m['x']}"
        out.append(_Found(phrase, "verb", m.start(), m.end(), len(_terms(m["x"]))))
    # The richest statement first: a phrase naming more targets tells the reviewer more.
    out.sort(key=lambda f: (-_STRENGTH[f.rule], -min(f.n_terms, 4)))
    return out


@dataclass(frozen=True, slots=True)
class _Scored:
    sentence: Sentence
    weight: float


def _sentences(doc: ParsedDocument, sentences: Sequence[Sentence]) -> list[_Scored]:
    """Sentences that may state this study's mechanism, each with its section weight."""
    out: list[_Scored] = []
    for st in sentences:
        if st.section not in _SECTION or st.section in (SectionKind.DISCUSSION, SectionKind.CONCLUSION):
            continue
        weight = _SECTION[st.section]
        if st.section == SectionKind.ABSTRACT:
            if _ABSTRACT_BACKGROUND.match(st.text):
                continue
            if _ABSTRACT_CONCLUSION.search(st.text):
                weight = _ABSTRACT_CONCLUSION_WEIGHT
        out.append(_Scored(st, weight))
    # Discussions and conclusions are not among the study sentences (they restate or
    # cite, they do not measure): read them from their blocks, in order.
    seen: dict[SectionKind, int] = {}
    for i, block in enumerate(doc.blocks):
        if (
            block.section not in (SectionKind.CONCLUSION, SectionKind.DISCUSSION)
            or block.kind == BlockKind.HEADING
        ):
            continue
        for a, b in split_sentences(block.text):
            text = block.text[a:b]
            n = seen.get(block.section, 0)
            seen[block.section] = n + 1
            weight = _SECTION[block.section]
            if block.section == SectionKind.DISCUSSION and n < _OPENING:
                weight = _OPENING_WEIGHT
            sent = Sentence(block.start + a, block.start + b, text, block.section, block.page, i)
            out.append(_Scored(sent, weight))
    return out


# What the authors set out to test is a hypothesis, not the mechanism they conclude.
_AIM: Final = re.compile(
    r"\bwe\s+(?:\w+\s+)?(?:hypothesi[sz]ed|asked|tested|aimed|sought|set\s+out|investigated|"
    r"examined|explored|wondered|wanted|determined|measured|assessed|evaluated|analy[sz]ed|quantified|performed|used)\b|\b(?:aim|purpose|objective|goal)\s+of\s+(?:this|the\s+present|our)\b"
    r"|\bto\s+(?:test|determine|investigate|examine|explore)\s+whether\b",
    _I,
)


_PROPOSAL_OWN: Final = re.compile(r"\bwe\s+(?:\w+\s+)?(?:propose|suggest|conclude|believe)\b", _I)
_UMBRELLA: Final = re.compile(r"neuroprotect\w*|immunomodulat\w*|(?:neuro)?inflammation", _I)
_SUGGESTS: Final = re.compile(r"\b(?:suggest|indicate|impl(?:y|ie))(?:s|d|ed)?\s+that\b", _I)
_CITATION_NUM: Final = re.compile(r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]")


def _own_statement(text: str) -> bool:
    """A sentence about this study's treatment, in its own voice, not citing others."""
    others = _OTHERS.search(text)
    if others and not _OTHERS.search(_CITATION_NUM.sub(" ", text)) and (
        _PROPOSAL_OWN.search(text)
        or (_HEDGE.search(text) or _CUE.search(text) or _SUGGESTS.search(text)) and _MEANS.search(text)
    ):
        # "We propose X as the main effect [3]", "the vesicles probably act by suppressing
        # M1 polarisation [7]": the authors' own reading, with support cited
        others = None
    endorsed = _endorsed(text)
    # "... fits the levels we measured": the data that bear the claim out, not an aim.
    claim = text[: endorsed.end] if endorsed else text
    if others or is_reported_elsewhere(text) or _AIM.search(claim) or _DENIED.search(text):
        return False
    return bool(
        endorsed
        or _TREATMENT.search(text)
        or _FIRST_PERSON.search(text)
        or _HEDGE.search(text)
        or _PAST_EFFECT.search(text)
        or _CUE.search(text)
    )


def mechanism_value(doc: ParsedDocument, sentences: Sequence[Sentence]) -> FieldValue | None:
    """The mechanism phrase the paper proposes for its own findings, or None when it states none."""
    best: tuple[float, Candidate] | None = None
    for scored in _sentences(doc, sentences):
        sent = scored.sentence
        if len(sent.text) > 800 or not _own_statement(sent.text):
            continue
        hedged = bool(_HEDGE.search(sent.text)) or _interprets(sent.text)
        found = _found(sent.text, hedged=hedged)
        if not found:
            continue
        f = found[0]
        raw = _STRENGTH[f.rule] * scored.weight
        if f.n_terms >= 2:
            raw += 0.02  # a statement naming target and effect beats a bare finding
        if _TREATMENT.search(sent.text) or _FIRST_PERSON.search(sent.text):
            raw += 0.03  # about this study's vesicles, not a general statement of biology
        if _interprets(sent.text) or _PROPOSE_AS.search(sent.text):
            raw += 0.05  # "we propose that ...": the authors naming their mechanism
        named = [f.phrase[a:b] for a, b in _terms(f.phrase)]
        if named and all(_UMBRELLA.fullmatch(t) for t in named):
            raw -= 0.1  # "neuroprotection" alone names no target a reviewer could check
        if _CITATION_NUM.search(sent.text) and not _PROPOSAL_OWN.search(sent.text):
            raw -= 0.05  # a reading that leans on cited work yields to an uncited one
        cand = Candidate(
            "mechanism", f.phrase, raw, sent, sent.start + f.start, sent.start + f.end, f"mechanism.{f.rule}"
        )
        # Earlier wins a tie: the abstract and the discussion's opening state the claim first.
        if best is None or raw > best[0] + 1e-9:
            best = (raw, cand)
    if best is None:
        return None
    raw, cand = best
    return FieldValue(
        field="mechanism",
        value=cand.value,
        confidence=calibrate("mechanism", raw, cand.extractor),
        evidence=(evidence_for(doc, cand),),
        extractor=cand.extractor,
    )
