"""Field assembly: every study field of the sheet from a parsed document, with evidence.

``extract_fields`` walks the sentences of the sections that may describe this
study (see ``_context``), asks the NLP pipeline for entities only in sentences
that contain a trigger term, turns entities and quantities into candidates and
votes one value per field. Appraisal fields (eligibility, rob_*, reported_*)
belong to ``miner.appraise``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, cast

from miner.contract import LIST_ENUMS, STUDY_FIELDS
from miner.extract import quantities as qty
from miner.extract._biblio import (
    author_line_first_author,
    first_author_fallback,
    journal_and_year,
    report_title,
)
from miner.extract._calibration import RULE_RELIABILITY, calibrate
from miner.extract._candidates import Candidate, choose, choose_list
from miner.extract._categorical import EntityLike, categorical_candidates, is_trigger
from miner.extract._context import Sentence, document_sentences, is_reported_elsewhere
from miner.extract._label_device import described_device_candidates, named_device_candidates
from miner.extract._label_isolation import SEC_PRODUCTS, isolation_detail_candidates
from miner.extract._label_route import access_then_dose_candidates, puncture_level_candidates
from miner.extract._mechanism import mechanism_value
from miner.extract._modification import modification_candidates
from miner.extract._num_passes import (
    complete_schedules,
    dose_ranging,
    first_dose_timing,
    implied_single_dose,
)
from miner.extract._numeric import numeric_candidates
from miner.extract._protocol_table import methods_table_rows
from miner.extract._scope import Relevance, isolation_scope, study_relevance, vesicle_context
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind
from miner.records import Evidence, FieldValue

if TYPE_CHECKING:
    from miner.nlp import NlpPipeline

__all__ = ["EXTRACTED_FIELDS", "extract_fields"]

# The study characteristics, in the contract's order, up to `mechanism`
# (eligibility, risk of bias and reporting items are the appraisal stage's).
EXTRACTED_FIELDS: Final = STUDY_FIELDS[: STUDY_FIELDS.index("mechanism") + 1]
_SINGLE: Final = (
    "species",
    "strain",
    "sex",
    "body_weight_g",
    "n_per_group",
    "injury_model",
    "injury_device",
    "injury_level",
    "source_tissue",
    "source_species",
    "size_nm",
    "dose",
    "route",
    "route_detail",
    "frequency",
    "timing_post_injury_h",
)
# Sections whose abbreviations define the study's names (BMSC-Exos, hUCMSC-EVs...).
_ABBREV_SECTIONS: Final = (
    SectionKind.TITLE,
    SectionKind.ABSTRACT,
    SectionKind.METHODS,
    SectionKind.OTHER,
)
_MAX_ABBREV_TEXT: Final = 20_000
# A clause ending with a parenthesised short form holding a capital: "... stem cells (BMSCs)".
_DEFINING: Final = re.compile(r"[^.;()]{0,160}\((?=[^)]{0,30}[A-Z])[^()]{1,30}\)")


# Sections whose sentences may name a categorical value of this study. Results only
# describe the vesicles' characterisation there ("TEM showed cup-shaped ...", "western
# blots were positive for CD9"); captions and tables repeat the text.
_NER_SECTIONS: Final = (
    SectionKind.TITLE,
    SectionKind.ABSTRACT,
    SectionKind.METHODS,
    SectionKind.OTHER,
)
_RESULTS_TRIGGER: Final = re.compile(
    r"\btem\b|\bnta\b|\bdls\b|electron micro|tracking|scattering|western|immunoblot|\bblot|\bcd\d|tsg|alix|"
    r"hsp\d|calnexin|gm130|flow cytom"
)
# The NER reads at most this much of a sentence: longer "sentences" are flattened
# tables or lists whose head is what matters, and the model's cost grows with length.
_NER_MAX_CHARS: Final = 600


def _ner_worthy(sent: Sentence) -> bool:
    if sent.section in _NER_SECTIONS:
        return is_trigger(sent.text) and not is_reported_elsewhere(sent.text)
    if sent.section == SectionKind.RESULTS:
        return bool(_RESULTS_TRIGGER.search(sent.text.lower()))
    return False


# The trained NER costs ~10x the lexicon per sentence; it runs only where the lexicon
# left a gap it is good at filling: a sentence that speaks of the cells or the injury
# but where no rule named the source tissue or the injury model/device.
_MODEL_GAPS: Final = (
    (
        re.compile(
            r"stem cell|stromal|msc|marrow|umbilical|cord\b|adipo|placent|menstrua|pulp|jelly|gingiv|amnio"
        ),
        ("CELL_SOURCE",),
    ),
    (
        re.compile(r"injur|impact|contus|compress|transect|hemisect|crush|drop|clip"),
        ("INJURY_MODEL", "INJURY_DEVICE"),
    ),
)


def _needs_model(text: str, ents: Sequence[EntityLike]) -> bool:
    low = text.lower()
    named = {e.label for e in ents if e.norm}
    return any(pat.search(low) and not named.intersection(labels) for pat, labels in _MODEL_GAPS)


def _entities(
    sentences: Sequence[Sentence], nlp: NlpPipeline | None
) -> dict[int, list[EntityLike]]:
    """Entities per sentence index, from batched calls on the sentences that can matter.

    Only sentences of the sections that describe this study and hold a trigger term
    are read, each distinct text once and cut at ``_NER_MAX_CHARS``: first by the
    lexicon rules, then by the trained NER for the few where the rules left a gap
    (``_needs_model``). On the tune documents this keeps every value the full
    pipeline finds at a tenth of its cost.
    """
    if nlp is None:
        return {}
    idx = [i for i, s in enumerate(sentences) if _ner_worthy(s)]
    if not idx:
        return {}
    texts: dict[str, int] = {}
    for i in idx:
        texts.setdefault(sentences[i].text[:_NER_MAX_CHARS], len(texts))
    unique = list(texts)
    found: list[list[EntityLike]] = [
        cast("list[EntityLike]", list(ents)) for ents in nlp.entities_many(unique, use_ner=False)
    ]
    gaps = [k for k, t in enumerate(unique) if _needs_model(t, found[k])]
    if gaps and getattr(nlp, "has_ner", True):
        for k, ents in zip(gaps, nlp.entities_many([unique[k] for k in gaps]), strict=True):
            found[k] = cast("list[EntityLike]", list(ents))
    return {i: found[texts[sentences[i].text[:_NER_MAX_CHARS]]] for i in idx}


def _abbreviations(doc: ParsedDocument, nlp: NlpPipeline | None) -> dict[str, str]:
    if nlp is None:
        return {}
    # Only sentences that define a short form "long form (SHORT)" can define one:
    # sending just those keeps the detector's cost proportional to what matters.
    parts: list[str] = []
    for block in doc.blocks:
        if block.section in _ABBREV_SECTIONS and "(" in block.text:
            parts.extend(m.group(0) for m in _DEFINING.finditer(block.text))
    text = " ".join(parts)[:_MAX_ABBREV_TEXT]
    return dict(nlp.abbreviations(text)) if text else {}



def _headings(doc: ParsedDocument) -> dict[int, str]:
    """Block index -> the heading block right above it."""
    blocks = doc.blocks
    return {
        i: blocks[i - 1].text
        for i in range(1, len(blocks))
        if blocks[i - 1].kind == BlockKind.HEADING and blocks[i].kind != BlockKind.HEADING
    }


# ----------------------------------------------------------------------------- isolation method

# Sentences that may state an isolation spin, named as one or not: "purified on an iodixanol
# gradient, 100,000 × g 18 h", "collected by two spins at 100 000 x g", "TFF followed by
# 120,000 × g for 90 min".
_G_SENT: Final = re.compile(
    r"centrifug|spun|spin(?:s|ning)?\b|[x×]\s{0,2}g\b|ultracentrifug|pellet|isolat|purif|gradient|cushion|float|\brpm\b",
    re.IGNORECASE,
)
# A size-exclusion column named by its product ("qEVoriginal/70 nm", "Sepharose CL-2B").
_SEC_COLUMN: Final = re.compile(rf"\b(?:{'|'.join(SEC_PRODUCTS)})", re.IGNORECASE)


def _ultracentrifugation_from_g(
    sentences: Sequence[Sentence], vesicle_ctx: Sequence[bool] | None = None
) -> list[Candidate]:
    """A spin at >= 90,000 g (or >= 30,000 rpm) among the vesicle methods is ultracentrifugation
    even when not named so."""
    out = []
    for i, sent in enumerate(sentences):
        if sent.section != SectionKind.METHODS or not _G_SENT.search(sent.text):
            continue
        near = vesicle_ctx[i] if vesicle_ctx is not None else True
        if not isolation_scope(sent.text, near):  # also drops a serum's own spin
            continue
        for g in qty.find_g_forces(sent.text):
            # A speed in rpm says the same when only an ultracentrifuge rotor turns that
            # fast ("pelleted at 38 000 rpm in a Type 70 Ti rotor"); high-speed benchtop
            # rotors stop well below 30,000 rpm.
            if (g.value["unit"] == "g" and g.value["g"] >= 90_000) or (
                g.value["unit"] == "rpm" and g.value["g"] >= 30_000
            ):
                out.append(
                    Candidate(
                        "isolation_method",
                        "ultracentrifugation",
                        0.85,
                        sent,
                        sent.start + g.start,
                        sent.start + g.end,
                        "isolation_method.g_force",
                    )
                )
                return out
    return out


# A pilot's group size: "n = 6 in the pilot", "the dose-finding pilot (n = 6 per group)".
_PILOT: Final = re.compile(r"\bpilot\b|\bpreliminary\b|dose[- ](?:finding|ranging|escalation)", re.IGNORECASE)


def _pilot_sizes_down(cands: list[Candidate]) -> list[Candidate]:
    """Group sizes stated for a pilot count for less than those of the main experiment.

    Papers with a dose-finding or pilot cohort report its group size beside the main
    one ("n = 10 per group in the main experiment, n = 6 in the pilot"); the sheet
    takes the main experiment's. The pilot word must sit in the size's own clause.
    """
    out = []
    for c in cands:
        if c.field == "n_per_group":
            text = c.sentence.text
            s, e = c.start - c.sentence.start, c.end - c.sentence.start
            before = text[max(0, s - 50) : s].rsplit(";", 1)[-1]
            after = text[e : e + 25].split(";", 1)[0].split(",", 1)[0]
            if _PILOT.search(before) or _PILOT.search(after):
                c = Candidate(c.field, c.value, c.strength * 0.5, c.sentence, c.start, c.end, c.extractor)
        out.append(c)
    return out


def _methods_from_details(details: Sequence[Candidate]) -> list[Candidate]:
    """A vesicle concentration on a filter of stated cut-off ("100 kDa filters") is ultrafiltration;
    a vesicle gradient or cushion of a stated medium ("iodixanol 5–40% gradient") is a
    density gradient; a column named by its product ("qEVoriginal/70 nm") is size exclusion.

    The isolation-detail rules already read the cut-off and the gradient, in isolation
    scope and not as a clean-up, an assay's step or the parent cells' separation; the
    method follows from them.
    """
    out = []
    for pattern, method, rule in (
        (r"\bkDa ultrafiltration\b", "ultrafiltration", "isolation_method.cutoff"),
        (r"\b(?:iodixanol|sucrose)\b[^;]*\b(?:gradient|cushion)\b", "density_gradient", "isolation_method.gradient"),
        (_SEC_COLUMN, "size_exclusion", "isolation_method.sec_column"),
    ):
        for c in details:
            if isinstance(c.value, str) and re.search(pattern, c.value):
                out.append(
                    Candidate("isolation_method", method, 0.85, c.sentence, c.start, c.end, rule)
                )
                break
    return out


# ----------------------------------------------------------------------------- two species

_SPECIES_WORDS: Final = {
    "rat": re.compile(r"\brats?\b|Sprague|Wistar|Long[- ]Evans|Lister|Fischer", re.IGNORECASE),
    "mouse": re.compile(r"\bmice\b|\bmouse\b|\bmurine\b|C57BL|BALB", re.IGNORECASE),
}
# The fields of one cohort: its animals, its injury and its treatment.
_COHORT_FIELDS: Final = frozenset(
    ["strain", "sex", "body_weight_g", "n_per_group", "injury_model", "injury_device", "injury_level",
     "dose", "route", "route_detail", "frequency", "timing_post_injury_h"]
)  # fmt: skip


def _species_cohort(doc: ParsedDocument, cands: list[Candidate]) -> list[Candidate]:
    """Papers with a mouse and a rat experiment: the sheet's row is the species the paper is
    about, so a cohort field stated in a sentence about the other species only ("Female
    C57BL/6 mice (20–22 g, n = 8 per group) ... retro-orbitally") gives way to the same
    field stated for that species or for no species."""
    species = choose(doc, "species", cands)
    name_of_species = str(species.value) if species is not None else None
    own = _SPECIES_WORDS.get(name_of_species) if name_of_species is not None else None
    if own is None:
        return cands
    others = [p for name, p in _SPECIES_WORDS.items() if name != name_of_species]

    def elsewhere(c: Candidate) -> bool:
        text = c.sentence.text
        return not own.search(text) and any(p.search(text) for p in others)

    fields_kept = {c.field for c in cands if c.field in _COHORT_FIELDS and not elsewhere(c)}
    return [c for c in cands if not (c.field in fields_kept and elsewhere(c))]


# ----------------------------------------------------------------------------- bibliographic

_DOI_PREFIX: Final = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def _bibliographic(doc: ParsedDocument) -> dict[str, FieldValue]:
    meta = doc.metadata or {}
    out: dict[str, FieldValue] = {}

    def put(name: str, value: Any) -> None:
        if value in (None, "", []):
            return
        ev = Evidence(quote=str(value), page=1 if doc.format == "pdf" else None, section="metadata")
        out[name] = FieldValue(name, value, 0.95, (ev,), "metadata")

    title, parts = report_title(doc)
    if parts:
        # page one's joined title goes out with its own evidence (page, quote, box of its lines)
        rule = "biblio.title_lines"
        ev = doc.evidence(parts[0].start, parts[-1].end, quote=title)
        out["title"] = FieldValue(
            "title", title, calibrate("title", RULE_RELIABILITY.get(rule, 0.8), rule), (ev,), rule
        )
    else:
        put("title", title)
    put("journal", meta.get("journal"))
    doi = meta.get("doi")
    if doi:
        put("doi", _DOI_PREFIX.sub("", str(doi).strip()).lower())
    year = meta.get("year")
    if year is not None:
        try:
            y = int(str(year)[:4])
        except ValueError:
            y = None
        if y and 1900 < y < 2100:
            put("year", y)
    authors = meta.get("authors") or []
    first = meta.get("first_author") or (
        authors[0] if isinstance(authors, list) and authors else None
    )
    if isinstance(first, dict):
        first = first.get("last") or first.get("surname") or first.get("name")
    elif isinstance(first, str) and doc.format != "pdf" and not meta.get("first_author"):
        # JATS names come as "<surname> <given-names>" (the parser joins them in that order).
        first = _jats_surname(first)
    put("first_author", first)
    for key in ("pmid", "pmcid"):
        put(key, str(meta[key]) if meta.get(key) else None)
    if doc.format == "pdf":
        out.update(_page_one_bibliographic(doc, out))
    return out


_SURNAME_PARTICLES: Final = frozenset(
    ["van", "von", "der", "den", "de", "da", "del", "di", "la", "le", "du", "dos"]
)


def _jats_surname(name: str) -> str:
    """The family name of a JATS "surname given-names" string: "van der Berg Jan" -> "van der Berg"."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in _SURNAME_PARTICLES:
        k += 1
    return " ".join(words[: k + 1]) if words else name


def _page_one_bibliographic(doc: ParsedDocument, have: dict[str, FieldValue]) -> dict[str, FieldValue]:
    """First author, journal and year read from page 1 when the PDF metadata lacks them."""
    found: dict[str, tuple[Any, Block, str]] = {}
    journal, year = journal_and_year(doc)
    if journal:
        found["journal"] = (journal[0], journal[1], "biblio.citation_line")
    if year:
        found["year"] = (year[0], year[1], "biblio.citation_line")
    author = author_line_first_author(doc)
    if author:
        found["first_author"] = (author[0], author[1], "biblio.author_line")
    elif cited := first_author_fallback(doc):
        # read from a "Citation:" or copyright line: not measured apart, so capped
        found["first_author"] = (cited[0], cited[1], "biblio.citation_author")
    out = {}
    for name, (value, block, rule) in found.items():
        if name in have:
            continue
        ev = doc.evidence(block.start, block.end, quote=block.text)
        out[name] = FieldValue(
            name, value, calibrate(name, RULE_RELIABILITY.get(rule, 0.8), rule), (ev,), rule
        )
    return out


# ----------------------------------------------------------------------------- assembly


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


def _modification(
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


def extract_fields(
    doc: ParsedDocument,
    nlp: NlpPipeline | None,
    *,
    relevance_gate: bool = True,
    sentences: Sequence[Sentence] | None = None,
    relevance: Relevance | None = None,
) -> dict[str, FieldValue]:
    """Every study field of the sheet the document states, with evidence and a calibrated confidence.

    Parameters
    ----------
    doc:
        A parsed PDF or JATS document.
    nlp:
        The NLP pipeline (``miner.nlp.load_pipeline()``). With None, only the
        quantity fields (size, dose, frequency, timing, body weight, n per
        group, isolation detail) and bibliographic metadata are filled.
    relevance_gate:
        Leave empty the study fields of a document that names no experimental
        animals (animal and injury fields), no vesicles (vesicle fields) or
        either (treatment fields); see ``_scope.study_relevance``. Off only to
        measure the sentence-level rules on their own.
    sentences:
        The document's sentences (``document_sentences(doc)``) when the caller
        has split them already; they are split here otherwise.
    relevance:
        ``study_relevance`` of the document when the caller has it already
        (computed here otherwise; ignored without ``relevance_gate``).

    Returns
    -------
    dict
        Field name -> ``FieldValue``; a field the paper does not state is absent.
    """
    sentences = methods_table_rows(sentences if sentences is not None else document_sentences(doc))
    if not relevance_gate:
        relevance = None
    elif relevance is None:
        relevance = study_relevance(doc, sentences)
    if relevance is not None and not (relevance.animal or relevance.vesicle):
        return dict(_bibliographic(doc))  # no study here: spare the NLP its time
    entities = _entities(sentences, nlp)
    abbreviations = _abbreviations(doc, nlp)
    vesicle_ctx = vesicle_context(doc, sentences)
    cands: list[Candidate] = []
    cands += categorical_candidates(sentences, entities, abbreviations, vesicle_ctx)
    num = complete_schedules(
        dose_ranging(first_dose_timing(numeric_candidates(sentences, _headings(doc))), sentences)
    )
    cands += _pilot_sizes_down(num)
    cands += implied_single_dose(num, sentences)
    details = isolation_detail_candidates(sentences, vesicle_ctx)
    cands += details
    cands += _methods_from_details(details)
    cands += _ultracentrifugation_from_g(sentences, vesicle_ctx)
    cands += modification_candidates(sentences)
    cands += described_device_candidates(sentences)
    cands += named_device_candidates(sentences)
    cands += puncture_level_candidates(sentences)
    cands += access_then_dose_candidates(sentences)

    cands = _species_cohort(doc, cands)

    out: dict[str, FieldValue] = dict(_bibliographic(doc))
    for name in _SINGLE:
        fv = choose(doc, name, cands)
        if fv is not None:
            out[name] = fv
    for name, order in (
        ("isolation_method", LIST_ENUMS["isolation_method"]),
        ("characterization", LIST_ENUMS["characterization"]),
        ("markers", ("CD9", "CD63", "CD81", "TSG101", "Alix", "HSP70", "calnexin")),
    ):
        fv = choose_list(doc, name, cands, order=order)
        if fv is not None:
            out[name] = fv
    fv = choose(doc, "isolation_detail", cands)
    if fv is not None:
        out["isolation_detail"] = fv
    mech = mechanism_value(doc, sentences)
    if mech is not None:
        out["mechanism"] = mech
    mod = _modification(doc, cands, sentences)
    if mod is not None:
        out["modification"] = mod
    if relevance is not None:
        out = {k: v for k, v in out.items() if relevance.allows(k)}
    return out
