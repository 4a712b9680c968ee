"""Whether a characterisation assay or a marker of a sentence is run on the study's vesicles.

Split out of ``_categorical``: the vocabulary that tells a vesicle assay (a western
blot of CD9/CD63/TSG101, particle sizing by DLS) from an assay of tissue, cultured
cells or the MSCs' own phenotype, and western blotting written as a verb.
"""

from __future__ import annotations

import re
from typing import Final

from miner.extract._candidates import Candidate, EntityLike
from miner.extract._candidates import candidate as _cand
from miner.extract._context import Sentence

__all__ = [
    "MARKER_CONTEXT",
    "NOT_VESICLE_ASSAY",
    "PARTICLE_SIZING",
    "POSITIVE_PREDICATE",
    "ev_panel",
    "western_verb",
]

# Characterisation and markers describe the vesicles only where the sentence is not
# about tissue, cultured cells or the MSCs themselves ("PC12 apoptosis was measured by
# flow cytometry", "western blot of spinal tissue", "MSCs expressed CD29, CD44 and CD90").
NOT_VESICLE_ASSAY: Final = re.compile(
    r"tissue|spinal\s+cord\s+(?:sections?|segments?|samples?)|sections|lesion\s+site|apoptosis|PC12|BV-?2|HUVEC|"
    r"neurons|microglia|astrocytes|macrophages|passages?\s+\d|(?:cells|MSCs|BMSCs)\s+(?:expressed|were\s+positive)|"
    # negative staining (uranyl acetate, phosphotungstic acid) prepares vesicles for TEM
    r"differentiat|osteogen|adipogen|immunofluorescen|immunohisto|(?<!negative\s)(?<!acetate\s)(?<!acid\s)staining|"
    # the parent cells' phenotype: "MSCs (passage 3) were characterised by flow cytometry"
    r"(?<!from\s)(?<!of\s)(?<!by\s)\b(?:[A-Za-z-]*MSCs?|cells)\b(?:\s*\([^)]{0,40}\))?\s+(?:were|was)\s+(?:\w+ly\s+)?(?:characteri[sz]ed|identified|phenotyped)",
    re.IGNORECASE,
)
MARKER_CONTEXT: Final = re.compile(
    r"exosom|vesic|\bs?EVs?\b|\bExos?\b|particles|western|immunoblot|\bblot|marker|\bbands?\b",
    re.IGNORECASE,
)
# "positive" closing a clause after a marker list: the panel was positive.
POSITIVE_PREDICATE: Final = re.compile(r"\s*+(?:-|\s)?(?:positive|\+)\s*+(?:[;.)]|$)")
# The vesicle markers proper: a sentence naming two of them speaks of a vesicle panel
# ("CD81, TSG101 and HSP70 were present while GM130 was not") without a vesicle word.
_EV_PANEL: Final = re.compile(
    r"\bCD(?:9|63|81)\b|TSG-?101|\bAlix\b|\bHSP70\b|calnexin|flotillin|syntenin|GM130",
    re.IGNORECASE,
)
# Sizing of particles in suspension (light scattering, resistive pulses) is run on
# the vesicles only: cells are far too large for it. The other assays of its
# sentence ("the diameter by DLS, the shape by TEM and the markers by western blot")
# are then the vesicles' too.
PARTICLE_SIZING: Final = re.compile(
    r"\bDLS\b|dynamic\s+light\s+scattering|Zetasizer|\bTRPS\b|resistive\s+pulse|qNano",
    re.IGNORECASE,
)


def ev_panel(text: str) -> bool:
    """At least two distinct vesicle markers named in ``text``."""
    return len({m.group(0).upper().replace("-", "") for m in _EV_PANEL.finditer(text)}) >= 2


# Western blotting written as a verb: "immunoblotted for CD9", "were western-blotted",
# "probed by immunoblot(ting)", "blotted for CD63".
_WB_VERB: Final = re.compile(
    r"\b(?:immuno-?blotted|western[- ]?blotted|immunoblot(?:ting|s)?|western\s+blot(?:ting|s)?)\b"
    # "blotted for CD63 and Alix": the bare verb only with what was probed, never the
    # filter paper that "blotted" a TEM grid dry.
    r"|\bblotted\s+(?:for|against)\b",
    re.IGNORECASE,
)


_VESICLE_MARKER: Final = re.compile(
    r"exosom|vesic|\bs?EVs?\b|\bExos?\b|\bCD(?:9|63|81)\b|TSG101|Alix|calnexin|HSP70", re.IGNORECASE
)


def western_verb(
    sent: Sentence, ents: list[EntityLike], in_vitro: bool, penalty: float
) -> list[Candidate]:
    """western_blot where the sentence blots the vesicles and no entity already said so."""
    if in_vitro or any(e.label == "CHARACTERIZATION" and e.norm == "western_blot" for e in ents):
        return []
    text = sent.text
    m = _WB_VERB.search(text)
    if (
        not m
        or not _VESICLE_MARKER.search(text)
        or NOT_VESICLE_ASSAY.search(text)
        or re.search(r"\blesion|\bcord\b|\bp-[A-Z]|phosphorylat", text)
    ):
        return []  # blots of the injured cord or of signalling proteins, not of the vesicles
    span = (sent.start + m.start(), sent.start + m.end())
    return [
        _cand(
            "characterization", "western_blot", 0.85 * penalty, sent, span, "characterization.verb"
        )
    ]
