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

from miner.contract import LIST_ENUMS
from miner.extract import quantities as qty
from miner.extract._calibration import calibrate
from miner.extract._candidates import Candidate, choose, choose_list
from miner.extract._categorical import EntityLike, categorical_candidates, is_trigger
from miner.extract._context import Sentence, document_sentences, is_reported_elsewhere
from miner.extract._numeric import first_dose_timing, implied_single_dose, numeric_candidates
from miner.parse.model import ParsedDocument, SectionKind
from miner.records import Evidence, FieldValue

if TYPE_CHECKING:
    from miner.nlp import NlpPipeline

__all__ = ["EXTRACTED_FIELDS", "extract_fields"]

EXTRACTED_FIELDS: Final = (
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
    "modification",
    "isolation_method",
    "isolation_detail",
    "characterization",
    "markers",
    "size_nm",
    "dose",
    "route",
    "route_detail",
    "frequency",
    "timing_post_injury_h",
    "mechanism",
)
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


def _entities(
    sentences: Sequence[Sentence], nlp: NlpPipeline | None
) -> dict[int, list[EntityLike]]:
    """Entities per sentence index, from one batched call on the trigger sentences only."""
    if nlp is None:
        return {}
    idx = [
        i for i, s in enumerate(sentences) if s.section != SectionKind.TABLE and is_trigger(s.text)
    ]
    if not idx:
        return {}
    results = nlp.entities_many([sentences[i].text for i in idx])
    # Entity satisfies EntityLike structurally; the cast keeps mypy from comparing list invariance.
    return {i: cast("list[EntityLike]", list(ents)) for i, ents in zip(idx, results, strict=True)}


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


# ----------------------------------------------------------------------------- isolation detail

_G_SENT: Final = re.compile(r"centrifug|spun|ultracentrifug|pellet", re.IGNORECASE)
_KIT: Final = re.compile(
    r"\b(?:ExoQuick(?:-TC)?|Total\s+Exosome\s+Isolation\s+(?:reagent|kit)(?:\s*\([^)]{0,40}\))?|exoEasy(?:\s+Maxi)?(?:\s+kit)?|"
    r"qEV(?:original|single|\d+)?(?:\s+columns?)?|Amicon\s+Ultra[\w\s-]{0,20}?\d+\s*kDa|Centricon[\w\s-]{0,20}?\d+\s*kDa|"
    r"miRCURY\s+Exosome[\w\s]{0,20}?kit|ExoEnrich|Exo-spin|PEG\s*\d{3,5}|ExoSC)",
    re.IGNORECASE,
)


def _isolation_detail(sentences: Sequence[Sentence]) -> list[Candidate]:
    """The final (highest) spin with its duration, "100,000 g 70 min", or a kit name."""
    out: list[Candidate] = []
    best: tuple[float, Sentence, qty.Quantity, str] | None = None
    for sent in sentences:
        if sent.section not in (SectionKind.METHODS, SectionKind.OTHER) or is_reported_elsewhere(
            sent.text
        ):
            continue
        for m in _KIT.finditer(sent.text):
            label = re.sub(r"\s+", " ", m.group(0)).strip()
            out.append(
                Candidate(
                    "isolation_detail",
                    label,
                    0.8,
                    sent,
                    sent.start + m.start(),
                    sent.start + m.end(),
                    "isolation_detail.kit",
                )
            )
        if not _G_SENT.search(sent.text):
            continue
        durations = qty.find_durations(sent.text)
        for g in qty.find_g_forces(sent.text):
            if g.value["unit"] != "g" or g.value["g"] < 50_000:
                continue
            after = [d for d in durations if 0 <= d.start - g.end <= 30]
            g_text = f"{g.value['g']:,.0f} g"
            label = g_text
            if after:
                d = after[0].value
                label = f"{g_text} {d['amount']:g} {d['unit']}"
            if best is None or g.value["g"] > best[0]:
                best = (g.value["g"], sent, g, label)
    if best is not None:
        _, sent, g, label = best
        out.append(
            Candidate(
                "isolation_detail",
                label,
                0.85,
                sent,
                sent.start + g.start,
                sent.start + g.end,
                "isolation_detail.g_force",
            )
        )
    return out


def _ultracentrifugation_from_g(sentences: Sequence[Sentence]) -> list[Candidate]:
    """A spin at >= 100,000 g in the methods is ultracentrifugation even when not named so."""
    out = []
    for sent in sentences:
        if sent.section != SectionKind.METHODS or not _G_SENT.search(sent.text):
            continue
        for g in qty.find_g_forces(sent.text):
            if g.value["unit"] == "g" and g.value["g"] >= 90_000:
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


# ----------------------------------------------------------------------------- mechanism

_MECH: Final = re.compile(
    r"\b(?:via|through|by)\s+(?:\w+\s+){0,3}?(?P<verb>activat\w*|inhibit\w*|suppress\w*|regulat\w*|target\w*|modulat\w*|"
    r"promot\w*|block\w*|upregulat\w*|downregulat\w*|enhanc\w*|reduc\w*|attenuat\w*|deliver\w*|transfer\w*)\s+"
    r"(?:of\s+)?(?:the\s+)?(?P<what>[A-Za-z0-9/α-ωΑ-Ω\-κβ ]{2,60}?)\s+(?P<kind>(?:signal(?:l)?ing\s+)?pathway|axis|signal(?:l)?ing)\b",
    re.IGNORECASE,
)


def _mechanism(sentences: Sequence[Sentence]) -> list[Candidate]:
    out = []
    for sent in sentences:
        if sent.section not in (
            SectionKind.ABSTRACT,
            SectionKind.RESULTS,
            SectionKind.TITLE,
        ) or is_reported_elsewhere(sent.text):
            continue
        for m in _MECH.finditer(sent.text):
            what = m["what"].strip()
            verb = m["verb"].lower()
            verb = re.sub(r"(ing|ed|es|s|ion|ions)$", "", verb)
            kind = "pathway" if "pathway" in m["kind"].lower() else m["kind"].lower()
            label = f"{what} {kind}".strip()
            label = f"{verb}ion of {label}" if verb in ("activat", "inhibit", "suppress") else label
            out.append(
                Candidate(
                    "mechanism",
                    label,
                    0.7,
                    sent,
                    sent.start + m.start(),
                    sent.start + m.end(),
                    "mechanism.regex",
                )
            )
    return out


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

    title = meta.get("title")
    put("title", str(title).strip() if title else None)
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
    put("first_author", first)
    for key in ("pmid", "pmcid"):
        put(key, str(meta[key]) if meta.get(key) else None)
    return out


# ----------------------------------------------------------------------------- assembly


def _modification(
    doc: ParsedDocument, cands: list[Candidate], sentences: Sequence[Sentence], had_entities: bool
) -> FieldValue | None:
    mods = [c for c in cands if c.field == "modification"]
    if mods:
        return choose(doc, "modification", mods)
    if not had_entities:
        return None  # without the NLP pipeline we cannot tell native vesicles from modified ones
    # Native vesicles: the vesicles are described but no modification is named anywhere.
    vesicle_sents = [
        s
        for s in sentences
        if s.section in (SectionKind.METHODS, SectionKind.ABSTRACT)
        and re.search(r"exosom|vesicle|\bs?EVs?\b", s.text, re.IGNORECASE)
    ]
    if not vesicle_sents:
        return None
    s = vesicle_sents[0]
    ev = doc.evidence(s.start, s.end, quote=s.text)
    return FieldValue(
        "modification",
        "none",
        calibrate("modification", 0.6, "modification.none"),
        (ev,),
        "modification.none",
    )


def extract_fields(doc: ParsedDocument, nlp: NlpPipeline | None) -> dict[str, FieldValue]:
    """Every study field of the sheet the document states, with evidence and a calibrated confidence.

    Parameters
    ----------
    doc:
        A parsed PDF or JATS document.
    nlp:
        The NLP pipeline (``miner.nlp.load_pipeline()``). With None, only the
        quantity fields (size, dose, frequency, timing, body weight, n per
        group, isolation detail) and bibliographic metadata are filled.

    Returns
    -------
    dict
        Field name -> ``FieldValue``; a field the paper does not state is absent.
    """
    sentences = document_sentences(doc)
    entities = _entities(sentences, nlp)
    abbreviations = _abbreviations(doc, nlp)
    cands: list[Candidate] = []
    cands += categorical_candidates(sentences, entities, abbreviations)
    num = first_dose_timing(numeric_candidates(sentences))
    cands += num
    cands += implied_single_dose(num, sentences)
    cands += _isolation_detail(sentences)
    cands += _ultracentrifugation_from_g(sentences)
    cands += _mechanism(sentences)

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
    for name in ("isolation_detail", "mechanism"):
        fv = choose(doc, name, cands)
        if fv is not None:
            out[name] = fv
    mod = _modification(doc, cands, sentences, bool(entities))
    if mod is not None:
        out["modification"] = mod
    return out
