"""Categorical fields from the NLP pipeline's entities, with the context rules of the domain.

Entities come from ``miner.nlp`` (lexicon rules and/or trained NER) already
normalised to the contract's vocabulary. This module decides which mentions are
about *this study's animals and vesicles*: species in an antibody name
("mouse anti-CD63") is not the animal; intraperitoneal anaesthesia is not the
route; the donor rats of the MSCs are weaker evidence of the strain than the
operated animals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract._candidates import Candidate, EntityLike
from miner.extract._candidates import candidate as _cand
from miner.extract._context import Sentence, is_reported_elsewhere
from miner.extract._label_assay import (
    MARKER_CONTEXT,
    NOT_VESICLE_ASSAY,
    PARTICLE_SIZING,
    POSITIVE_PREDICATE,
    ev_panel,
)
from miner.extract._label_assay import western_verb as _western_verb
from miner.extract._label_device import SCI_DEVICE_NAMES
from miner.extract._label_isolation import (
    PRECIPITATE,
    cleans_up,
    generic_kit_method,
    isolates_cells,
    polymer_precipitation,
)
from miner.extract._label_level import (
    LEVEL_CONTEXT,
    LEVEL_HINT,
    level_candidates,
    level_role_factor,
)
from miner.extract._label_route import (
    follows_vesicles,
    route_detail_candidates,
    routes_from_sites,
    strip_anaesthesia,
)
from miner.extract._label_source import DONOR_CONTEXT
from miner.extract._label_source import abbrev_sources as _abbrev_sources
from miner.extract._label_source import source_species as _source_species
from miner.extract._scope import (
    animal_mention,
    assay_scope,
    implant_site,
    isolation_scope,
    level_scope,
    msc_phenotype,
    names_cord_injury,
    own_sentence,
    positive_vesicles_at,
    sem_is_microscopy,
    sex_of_animals,
    species_is_organism,
    spinal_context,
    time_point,
    vesicle_mention,
)
from miner.nlp._levels import time_glossed

__all__ = ["TRIGGERS", "EntityLike", "categorical_candidates", "is_trigger"]

# Sentences worth sending to the NER: anything that may name a field's value.
# Matched case-sensitively on the lower-cased sentence (much faster than
# re.IGNORECASE over every sentence of a paper).
TRIGGERS: Final = re.compile(
    r"\b(?:rats?|mice|mouse|murine|animals?|female|male|sprague|wistar|long-evans|c57|sd\b)|exosom|\bexos?\b|vesic|\bs?evs?\b|"
    r"msc|stem cell|stromal|marrow|umbilical|cord|adipo|placent|menstrua|pulp|jelly|centrifug|\bkit\b|exoquick|"
    r"filtrat|qev|chromatograph|gradient|\btem\b|\bnta\b|\bdls\b|electron micro|tracking|scattering|western|"
    r"\bcd\d|tsg|alix|hsp|calnexin|gm130|inject|vein|intrathec|intraven|intraperit|intranas|intralesion|in situ|"
    r"administ|deliver|hydrogel|scaffold|contusion|compress|transect|hemisect|impactor|clip|weight drop|laminectom|"
    r"vertebra|thoracic|\bt\d|mir-|sirna|lncrna|overexpress|knock|hypoxi|precondition|transfect|loaded|"
    r"column|sepharose|sephacryl|beads|cushion|iodixanol|optiprep|balloon|catheter|forceps|puncture|nyu|mascis|"
    # filter devices and culture formats named without a vesicle word ("concentrated with Centricon units")
    r"amicon|centricon|vivaspin|\bkda\b|mwco|spheroid|three-dimensional|\b3d\b"
)


# Devices built only to injure the spinal cord, named in full: their name is the context.
_SCI_DEVICE_NAME: Final = re.compile(
    r"impactor|Injury\s+System\s+Apparatus|" + SCI_DEVICE_NAMES, re.IGNORECASE
)

def is_trigger(text: str) -> bool:
    """True for a sentence that may name a categorical value (worth the NER's time)."""
    return bool(TRIGGERS.search(text.lower()))


_ANTIBODY: Final = re.compile(
    r"^\s*(?:anti|monoclonal|polyclonal|IgG|antibod|secondary)|anti-?\s*$", re.IGNORECASE
)
_ANTIBODY_SENT: Final = re.compile(r"antibod|\banti-|IgG|dilution|1\s*:\s*\d{2,}", re.IGNORECASE)
_ANIMAL_CONTEXT: Final = re.compile(
    r"weigh|\bg\)|aged|weeks?[- ]old|purchased|obtained from|housed|anesthe|anaesthe|laminectomy|randomly|"
    r"divided|assigned|allocated|animal|SCI model|were used|Laboratory Animal|contusion|injur",
    re.IGNORECASE,
)
_ADMIN: Final = re.compile(
    r"inject|administ|deliver|receiv|infus|transplant|implant|treated with|given|\bgave\b|applied|instill|via\b|"
    r"through the|placed\s+(?:in|into|on|onto|over|at)\b|\bfilled\b|grafted",
    re.IGNORECASE,
)
_NOT_VESICLE_ADMIN: Final = re.compile(
    r"anesthe|anaesthe|pentobarbit|ketamine|xylazine|chloral|isoflurane|sevoflurane|buprenorph|analges|antibiot|"
    # Whole words for the short ones: "schedule" holds an "edu".
    r"penicillin|cefazolin|gentamicin|meloxicam|carprofen|tramadol|\bBrdU\b|\bEdU\b|bladder|euthan|overdose|heparin|"
    r"paraformaldehyde|\bperfus|fluoro-?gold|tracer|\bBDA\b",
    re.IGNORECASE,
)
_VESICLE_WORD: Final = re.compile(
    r"exo|vesic|\bs?EVs?\b|MSC|SC-|secretome|particles|hydrogel"
    # "received 100 µg of either preparation": the compared vesicle preparations
    r"|\b(?:either|each|both|the\s+(?:two|three|four))\s+preparations?\b",
    re.IGNORECASE,
)
# "SD" is Sprague-Dawley only beside animal words; "mean ± SD", "(SD)", "SD of the
# mean" are statistics.
_STATISTICAL_SD: Final = re.compile(
    r"(?:±|\+/-|\bmean\b[^.;]{0,12}|\(|\band\b|\bor\b)\s*$|^\s*(?:\)|,|;|\bof\b|=|\bvalues?\b|\bbars?\b)",
    re.IGNORECASE,
)
# The injury model a device implies when the paper names only the device: impactors
# and weight drops contuse, clips, balloons and forceps compress.
_DEVICE_MODEL: Final = (
    (re.compile(r"impactor|weight drop", re.IGNORECASE), "contusion"),
    (re.compile(r"clip|balloon|forceps", re.IGNORECASE), "compression"),
)
_CRUSH: Final = re.compile(r"crush", re.IGNORECASE)
_SQUEEZING_DEVICE: Final = re.compile(r"forceps|\bclips?\b|clamp", re.IGNORECASE)
_ASSAY_CELLS: Final = re.compile(
    r"neurons|microglia|astrocytes|macrophages|PC12|BV-?2|HUVECs?|SH-SY5Y|VSC4\.1|RAW\s?264|cell\s+line",
    re.IGNORECASE,
)
# Unlike the dose cues (``_num_context._IN_VITRO``), "medium" alone is no sign of an
# assay here: vesicles are isolated from conditioned medium in the same sentences.
_IN_VITRO: Final = re.compile(
    r"in vitro|cultured|culture medium|wells?\b|plates?\b|PC12|neurons were|microglia were|astrocytes were|"
    r"HUVEC|BV2|SH-SY5Y|cell line|incubated|co-cultur|transwell|dish",
    re.IGNORECASE,
)
_PARENT_GROWN: Final = re.compile(r"\b(?:grown|expanded|maintained|propagated)\b", re.IGNORECASE)
def _ent_span(sent: Sentence, ent: EntityLike) -> tuple[int, int]:
    return sent.start + ent.start, sent.start + ent.end


# "without a hydrogel", "instead of a scaffold": the carrier named to say it was not used.
_NO_CARRIER: Final = re.compile(
    r"\b(?:no|not|without|instead\s+of|rather\s+than|unlike|free\s+of)\b[^.;]{0,25}?"
    r"\b(?:hydrogels?|scaffolds?|gel|GelMA|matrix)\b",
    re.IGNORECASE,
)


def _carrier_over_site(cands: list[Candidate], text: str) -> list[Candidate]:
    """One sentence's candidates, where a carrier placed at the lesion is the route.

    "20 µl of hydrogel containing exosomes was injected into the lesion epicentre":
    the lesion says where (route_detail) and the hydrogel says how; the contract's
    route is ``implanted_biomaterial`` for every vesicle-laden carrier, however it
    is placed (injected, implanted, applied). A carrier named as absent is no route.
    """
    routes = {c.value for c in cands if c.field == "route"}
    if "implanted_biomaterial" in routes and _NO_CARRIER.search(text):
        # "exosomes (without any hydrogel) were injected into the lesion": no carrier
        return [c for c in cands if not (c.field == "route" and c.value == "implanted_biomaterial")]
    if not {"implanted_biomaterial", "intralesional"} <= routes:
        return cands
    return [c for c in cands if not (c.field == "route" and c.value == "intralesional")]


def categorical_candidates(
    sentences: Sequence[Sentence],
    entities: dict[int, list[EntityLike]],
    abbreviations: dict[str, str],
    vesicle_ctx: Sequence[bool] | None = None,
) -> list[Candidate]:
    """Candidates for the categorical fields from the entities of each sentence.

    ``vesicle_ctx`` says per sentence whether it sits among vesicle words (the
    sentence, the one before, its paragraph or heading; see
    ``_scope.vesicle_context``); without it, the sentence alone decides.
    Isolation and characterisation methods count only there.
    """
    out: list[Candidate] = []
    # A crush with forceps or a clip compresses the cord; the title's and abstract's
    # bare "crush" then names the same injury.
    crush_compresses = any(
        _CRUSH.search(s.text) and _SQUEEZING_DEVICE.search(s.text) for s in sentences
    )
    for i, sent in enumerate(sentences):
        text = sent.text
        ents = entities.get(i, [])
        near_vesicles = vesicle_ctx[i] if vesicle_ctx is not None else vesicle_mention(text)
        if PRECIPITATE.search(text) and not any(
            e.label == "ISOLATION_METHOD" and e.norm for e in ents
        ):
            out.extend(polymer_precipitation(sent, near_vesicles))
        elsewhere = is_reported_elsewhere(text)
        if not ents:
            # Another study's levels and sources weigh as little here as beside an entity.
            weak = 0.5 if elsewhere else 1.0
            if abbreviations and any(a in text for a in abbreviations):
                out.extend(_abbrev_sources(sent, ents, abbreviations, weak))
            if LEVEL_HINT.search(text):
                out.extend(level_candidates(sent, weak))
            out.extend(_western_verb(sent, ents, bool(_IN_VITRO.search(text)), 1.0))
            continue
        labels = {e.label for e in ents}
        animal = bool(_ANIMAL_CONTEXT.search(text))
        donor = bool(DONOR_CONTEXT.search(text))
        admin = bool(_ADMIN.search(text)) and not _NOT_VESICLE_ADMIN.search(strip_anaesthesia(text))
        vesicle = "VESICLE" in labels or "CELL_SOURCE" in labels or bool(_VESICLE_WORD.search(text))
        in_vitro = bool(_IN_VITRO.search(text))
        penalty = 0.5 if elsewhere else 1.0
        first = len(out)  # this sentence's candidates start here
        sexes: set[str] = set()
        sex_cands: list[Candidate] = []
        for e in ents:
            span = _ent_span(sent, e)
            src = e.source or "rule"
            before, after = text[max(0, e.start - 12) : e.start], text[e.end : e.end + 14]
            if e.label == "SPECIES" and e.norm:
                if (
                    _ANTIBODY.search(after)
                    or _ANTIBODY.search(before)
                    or _ANTIBODY_SENT.search(text)
                ):
                    continue
                if e.norm == "human":
                    continue  # human donors of cells; never the animal of a preclinical SCI study here
                if not species_is_organism(text, e.start, e.end):
                    continue  # "mouse mammary tumour virus", "rat tail collagen": not the animal
                strength = 0.9 if animal and not donor else 0.6 if not donor else 0.35
                out.append(
                    _cand("species", e.norm, strength * penalty, sent, span, f"species.{src}")
                )
            elif e.label == "STRAIN" and e.norm:
                if e.text.strip() == "SD" and (
                    _STATISTICAL_SD.search(before) or _STATISTICAL_SD.match(after)
                ):
                    continue  # "mean ± SD": a statistic, not Sprague-Dawley
                strength = 0.9 if animal and not donor else 0.55 if not donor else 0.3
                out.append(_cand("strain", e.norm, strength * penalty, sent, span, f"strain.{src}"))
            elif e.label == "SEX" and e.norm:
                if sex_of_animals(text, e.start) and not donor and not _ANTIBODY_SENT.search(text):
                    sexes.add(e.norm)
                    sex_cands.append(_cand("sex", e.norm, 0.9 * penalty, sent, span, f"sex.{src}"))
            elif e.label == "INJURY_MODEL" and e.norm:
                if not (spinal_context(text) or animal_mention(text) or names_cord_injury(e.text)):
                    continue  # "mechanical compression devices" for DVT: not a spinal cord injury
                norm = e.norm
                if norm == "other" and crush_compresses and _CRUSH.search(e.text):
                    norm = "compression"  # the paper crushes the cord with forceps or a clip
                out.append(
                    _cand(
                        "injury_model",
                        norm,
                        (0.9 if animal or "INJURY_DEVICE" in labels else 0.7) * penalty,
                        sent,
                        span,
                        f"injury_model.{src}",
                    )
                )
            elif e.label == "INJURY_DEVICE" and e.norm:
                # a vertebral level beside the device names the cord ("injured at T10 with LISA");
                # a spinal-cord impactor named in full needs no more ("the Louisville Injury
                # System Apparatus delivered a 0.8-mm displacement at T9")
                if not (
                    spinal_context(text)
                    or animal_mention(text)
                    or "INJURY_LEVEL" in labels
                    or _SCI_DEVICE_NAME.search(e.text)
                ):
                    continue
                out.append(
                    _cand(
                        "injury_device", e.norm, 0.85 * penalty, sent, span, f"injury_device.{src}"
                    )
                )
                implied = next((m for pat, m in _DEVICE_MODEL if pat.search(e.norm)), None)
                if implied and "INJURY_MODEL" not in labels:
                    # Weak: a named model anywhere in the paper outvotes it.
                    out.append(
                        _cand(
                            "injury_model",
                            implied,
                            0.6 * penalty,
                            sent,
                            span,
                            "injury_model.device",
                        )
                    )
            elif e.label == "INJURY_LEVEL" and e.norm:
                if (
                    not level_scope(text)
                    or time_point(text, e.start, e.end)
                    or time_glossed(text, e.end)
                ):
                    continue  # "ANCOVA at T2", "T2 (week 2)": a measurement occasion, no level
                role = level_role_factor(text, e.start, e.end)
                if not role:
                    continue  # "lumbar puncture between L5 and L6": the route's level
                ctx = (0.9 if LEVEL_CONTEXT.search(text) else 0.6) * role
                out.append(
                    _cand(
                        "injury_level",
                        e.norm.upper(),
                        ctx * penalty,
                        sent,
                        span,
                        f"injury_level.{src}",
                    )
                )
            elif e.label == "CELL_SOURCE" and not e.norm:
                # "rat marrow stromal cells", "MSCs were obtained from ... Wistar rats": the
                # tissue may be unnamed here, the cells' species is still stated.
                sp = _source_species(text, e)
                if sp and sp[2] != "tissue_prior":
                    out.append(
                        _cand(
                            "source_species",
                            sp[0],
                            sp[1] * 0.9 * penalty,
                            sent,
                            span,
                            f"source_species.{sp[2]}",
                        )
                    )
            elif e.label == "CELL_SOURCE" and e.norm:
                strength = 0.9 if not in_vitro or donor else 0.8
                out.append(
                    _cand(
                        "source_tissue",
                        e.norm,
                        strength * penalty,
                        sent,
                        span,
                        f"source_tissue.{src}",
                    )
                )
                sp = _source_species(text, e)
                if sp:
                    out.append(
                        _cand(
                            "source_species",
                            sp[0],
                            sp[1] * penalty,
                            sent,
                            span,
                            f"source_species.{sp[2]}",
                        )
                    )
            elif e.label == "ISOLATION_METHOD" and not e.norm:
                if isolation_scope(text, near_vesicles) and not isolates_cells(text, e.start):
                    out.extend(
                        generic_kit_method(
                            sent, (sent.start + e.start, sent.start + e.end), penalty
                        )
                    )
            elif e.label == "ISOLATION_METHOD" and e.norm:
                if not isolation_scope(text, near_vesicles):
                    continue  # "cells were fractionated by differential centrifugation"
                if isolates_cells(text, e.start):
                    continue  # "mononuclear cells were separated on a Ficoll density gradient"
                if e.norm == "ultrafiltration" and cleans_up(text, e.start, e.end):
                    continue  # "EV fractions were pooled and concentrated on 10 kDa filters"
                out.append(
                    _cand(
                        "isolation_method",
                        e.norm,
                        0.9 * penalty,
                        sent,
                        span,
                        f"isolation_method.{src}",
                    )
                )
            elif e.label == "CHARACTERIZATION" and e.norm:
                own = own_sentence(text, e.start)
                if (
                    not (assay_scope(text, near_vesicles) or PARTICLE_SIZING.search(text))
                    or (
                        e.text.strip(". ").upper() in ("SEM", "S.E.M")
                        and not sem_is_microscopy(own)
                    )
                    or in_vitro
                    or NOT_VESICLE_ASSAY.search(own)
                    or (e.norm == "flow_cytometry" and msc_phenotype(own))
                ):
                    continue
                out.append(
                    _cand(
                        "characterization",
                        e.norm,
                        0.9 * penalty,
                        sent,
                        span,
                        f"characterization.{src}",
                    )
                )
            elif e.label == "MARKER" and e.norm:
                if (
                    not assay_scope(text, near_vesicles)
                    or not (MARKER_CONTEXT.search(text) or ev_panel(text))
                    or NOT_VESICLE_ASSAY.search(own_sentence(text, e.start))
                    or (
                        re.match(r"^\s*(?:-|\s)?(?:positive|\+)", after)
                        # "CD81-positive vesicles": the vesicles carry it
                        and not positive_vesicles_at(text, e.end)
                        # "CD63, CD9 and Alix positive; ...": a predicate, not "Alix-positive cells"
                        and not POSITIVE_PREDICATE.match(after)
                    )
                ):
                    continue  # histology ("CD31-positive vessels") or the MSC phenotype
                out.append(_cand("markers", e.norm, 0.9 * penalty, sent, span, f"markers.{src}"))
            elif e.label == "MODIFICATION" and e.norm:
                # The parent cells' own culture ("MSCs were grown as 3D spheroids in
                # ultra-low attachment plates") is where a modification happens.
                parent_culture = donor or bool(_PARENT_GROWN.search(text))
                if in_vitro and (not parent_culture or _ASSAY_CELLS.search(text)):
                    continue  # "neurons were primed with LPS": an assay, not the vesicles
                label = _modification_label(e.norm, text)
                if label:
                    out.append(
                        _cand(
                            "modification", label, 0.85 * penalty, sent, span, f"modification.{src}"
                        )
                    )
            elif e.label == "ROUTE" and e.norm:
                if _NOT_VESICLE_ADMIN.search(strip_anaesthesia(text)) or in_vitro:
                    continue
                if e.norm == "implanted_biomaterial" and not (
                    (admin or implant_site(text)) and (vesicle or near_vesicles)
                ):
                    continue  # "a scaffold hopping approach": chemistry, not a vesicle carrier
                strength = 0.95 if admin and vesicle else 0.7 if admin or vesicle else 0.4
                out.append(_cand("route", e.norm, strength * penalty, sent, span, f"route.{src}"))
        out[first:] = _carrier_over_site(out[first:], text)
        if len(sexes) > 1:
            # "30 males, 30 females" states one value, both; its separate sex words
            # must not outvote it.
            out.append(
                _cand("sex", "both", 0.95 * penalty, sent, (sent.start, sent.end), "sex.both")
            )
        else:
            out.extend(sex_cands)
        if admin and not in_vitro and (vesicle or follows_vesicles(sentences, i)):
            details = route_detail_candidates(sent, True, 0.85 if vesicle else 0.7)
            out.extend(details)
            if not any(c.field == "route" for c in out[first:]):
                # the site says the route where no route word does ("into the stumps")
                out.extend(routes_from_sites(details, 0.6 * penalty))
        elif ";" in text and not in_vitro:
            out.extend(_clause_route_details(sent))
        out.extend(_western_verb(sent, ents, in_vitro, penalty))
        # Levels the lexicon left out (a lone "T10" far from any spinal word, in a
        # sentence whose "T9-T11 laminectomy" it did read) still count.
        level_spans = [(e.start, e.end) for e in ents if e.label == "INJURY_LEVEL"]
        out.extend(level_candidates(sent, penalty, skip=level_spans))
        out.extend(_abbrev_sources(sent, ents, abbreviations, penalty))
    return out


_SI_TARGET: Final = re.compile(
    r"\bsi(?:RNA)?\s*(?:against|targeting|for|to)\s+(?P<a>[A-Z][A-Za-z0-9-]{1,12})|\b(?P<b>[A-Z][A-Z0-9-]{1,12})[- ]siRNA|"
    r"\bsi-?(?P<c>[A-Z][A-Z0-9]{1,12})\b"
)


def _modification_label(norm: str, text: str) -> str | None:
    """The lexicon's label, with an siRNA target filled in from the sentence when the label lacks it."""
    label = re.sub(r"\s+", " ", norm).strip()
    if "  " in norm or label.lower() in ("sirna loading", "sirna"):
        m = _SI_TARGET.search(text)
        target = next((g for g in (m.groups() if m else ()) if g and g != "NC"), None)
        return f"siRNA {target} loading" if target else label
    return label


def _clause_route_details(sent: Sentence) -> list[Candidate]:
    """Route sites of the clauses that give the vesicles, when another clause gave a drug.

    "Ketamine was given intraperitoneally; then exosomes were injected through the tail
    vein": the anaesthetic vetoes its own clause, not the sentence.
    """
    out: list[Candidate] = []
    pos = 0
    for part in sent.text.split(";"):
        if (
            _ADMIN.search(part)
            and _VESICLE_WORD.search(part)
            and not _NOT_VESICLE_ADMIN.search(strip_anaesthesia(part))
        ):
            lead = len(part) - len(part.lstrip())
            sub = Sentence(
                sent.start + pos + lead,
                sent.start + pos + len(part),
                part.strip(),
                sent.section,
                sent.page,
                sent.block_index,
            )
            out.extend(route_detail_candidates(sub, True))
        pos += len(part) + 1
    return out

