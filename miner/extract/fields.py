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
from typing import TYPE_CHECKING, Final, cast

from miner.contract import LIST_ENUMS, STUDY_FIELDS
from miner.extract import quantities as qty
from miner.extract._biblio import (  # _jats_surname: tests name it by this module
    _bibliographic,
    _jats_surname,  # noqa: F401
)
from miner.extract._candidates import Candidate, choose, choose_list
from miner.extract._categorical import EntityLike, categorical_candidates, is_trigger
from miner.extract._context import Sentence, document_sentences, is_reported_elsewhere
from miner.extract._label_device import described_device_candidates, named_device_candidates
from miner.extract._label_isolation import SEC_PRODUCTS, isolation_detail_candidates
from miner.extract._label_route import access_then_dose_candidates, puncture_level_candidates
from miner.extract._mechanism import mechanism_value
from miner.extract._modification import modification_candidates
from miner.extract._native import modification_value
from miner.extract._num_passes import (
    complete_schedules,
    dose_ranging,
    first_dose_timing,
    implied_single_dose,
)
from miner.extract._numeric import numeric_candidates
from miner.extract._protocol_table import methods_table_rows
from miner.extract._scope import Relevance, isolation_scope, study_relevance, vesicle_context
from miner.parse.model import BlockKind, ParsedDocument, SectionKind
from miner.records import FieldValue

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


# ----------------------------------------------------------------------------- assembly


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
    mod = modification_value(doc, cands, sentences)
    if mod is not None:
        out["modification"] = mod
    if relevance is not None:
        out = {k: v for k, v in out.items() if relevance.allows(k)}
    return out
