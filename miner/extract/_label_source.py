"""The species of the vesicles' parent cells: a prefix ("hUCMSC"), a species word or the donor.

Split out of ``_categorical``: "h"/"r"/"m" before a cell abbreviation, the species
word before the source ("human umbilical cord"), the donor named after the tissue
("harvested from the femurs of 3-week-old SD rats"), and the abbreviations the
document defines ("hUCMSC-Exos") where no entity covered them.
"""

from __future__ import annotations

import re
from typing import Final

from miner.extract._candidates import Candidate, EntityLike
from miner.extract._candidates import candidate as _cand
from miner.extract._context import Sentence

__all__ = [
    "DONOR_CONTEXT",
    "abbrev_sources",
    "source_species",
]

DONOR_CONTEXT: Final = re.compile(
    r"isolated from|harvested from|extracted from|"
    # "obtained from the" a tissue, not from the supplier of the study's animals
    # ("rats were obtained from the institute's breeding unit", "the departmental animal house").
    r"obtained from the(?!\s+(?:(?!of\b)[\w'’-]+\s+){0,3}?(?:institut|universit|animal|laborator|breeding|experimental|"
    r"cent(?:er|re)|facilit|vendor|supplier|vivari|colony|charles|envigo|harlan|jackson|janvier|vital|national))|"
    # "culture" as a word: "Ministry of Agriculture" names no cell culture.
    r"femur|tibia|bone marrow|flushed|\bcultur|passage",
    re.IGNORECASE,
)
# The MSC donor named after the tissue: "harvested from the femurs of 3-week-old SD rats".
_DONOR_AFTER: Final = re.compile(
    r"(?:of|from)\s+(?:the\s+)?(?:[\w/\u2010-\u2013-]+\s+){0,5}?(?P<w>rats?|mice|mouse|humans?|(?:healthy\s+)?(?:human\s+)?donors|"
    r"volunteers|patients|children|infants|neonates|newborns|mothers|women|puerperae)\b",
    re.IGNORECASE,
)
_SPECIES_PREFIX: Final = re.compile(
    r"\b(?P<p>h|r|m|hu)(?=(?:UC|BM|AD|P|WJ|DP|Men|MSC|UCMSC|BMSC|ADSC|PMSC|ucMSC|bmMSC)[A-Za-z-]*)"
)
_SPECIES_WORD: Final = re.compile(
    r"\b(?P<w>human|rat|murine|mouse|porcine|canine|bovine)\b", re.IGNORECASE
)
_SPECIES_WORD_NORM: Final = {"human": "human", "rat": "rat", "murine": "mouse", "mouse": "mouse"}


def source_species(text: str, e: EntityLike) -> tuple[str, float, str] | None:
    """The species of the cells: a "h"/"r" prefix (hUCMSC) or a species word just before the source."""
    m = _SPECIES_PREFIX.search(e.text)
    if m:
        p = m["p"]
        return ({"h": "human", "hu": "human", "r": "rat", "m": "mouse"}[p], 0.9, "prefix")
    # SHED are by name "stem cells from human exfoliated deciduous teeth".
    if re.fullmatch(r"SHEDs?", e.text.strip()):
        return ("human", 0.85, "name")
    # The species word before the source or inside its name ("stem cells from human
    # exfoliated deciduous teeth").
    window = text[max(0, e.start - 40) : e.end]
    words = list(_SPECIES_WORD.finditer(window))
    if words:
        w = words[-1]["w"].lower()
        return (_SPECIES_WORD_NORM.get(w, "other"), 0.9, "word")
    after = _DONOR_AFTER.search(text[e.end : e.end + 120])
    if after and DONOR_CONTEXT.search(text):
        w = after["w"].lower()
        sp = "rat" if w.startswith("rat") else "mouse" if w in ("mice", "mouse") else "human"
        return (sp, 0.85, "donor")
    # Cords, placentas, menstrual blood and Wharton's jelly used for MSCs are human.
    if e.norm in ("umbilical_cord", "placenta", "menstrual_blood", "wharton_jelly"):
        return ("human", 0.55, "tissue_prior")
    return None


def abbrev_sources(
    sent: Sentence, ents: list[EntityLike], abbreviations: dict[str, str], penalty: float
) -> list[Candidate]:
    """Source species from an abbreviation's prefix where no entity covered it (e.g. "hUCMSC-Exos")."""
    out: list[Candidate] = []
    covered = [(e.start, e.end) for e in ents if e.label == "CELL_SOURCE"]
    for short in abbreviations:
        for m in re.finditer(re.escape(short), sent.text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            p = _SPECIES_PREFIX.match(short)
            if p:
                sp = {"h": "human", "hu": "human", "r": "rat", "m": "mouse"}[p["p"]]
                span = (sent.start + m.start(), sent.start + m.end())
                out.append(
                    _cand("source_species", sp, 0.85 * penalty, sent, span, "source_species.abbrev")
                )
            break
    return out
