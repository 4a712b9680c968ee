"""Pieces shared by the study definitions: references, value helpers."""

from __future__ import annotations

import random
from typing import Any

_SURNAMES = ("Abe", "Bauer", "Castro", "Dong", "Evans", "Fischer", "Guo", "Hart", "Ito", "Jensen", "Kim", "Lopez",
             "Meng", "Novak", "Okafor", "Park", "Qian", "Rossi", "Sato", "Tan", "Ueda", "Varga", "Wu", "Xie", "Yang",
             "Zhou", "Moreau", "Lindqvist", "Hoffmann", "Ribeiro")
_TOPICS = ("Extracellular vesicles from mesenchymal stromal cells modulate microglial polarization after spinal cord injury",
           "Minimal information for studies of extracellular vesicles: an updated guideline",
           "A sensitive and reliable locomotor rating scale for open field testing in rats",
           "Glial scar formation and axon regrowth after spinal cord contusion",
           "Small extracellular vesicles attenuate blood-spinal cord barrier disruption",
           "Neuroinflammation and secondary injury cascades in the traumatized spinal cord",
           "Engineering exosomes for targeted delivery to the injured central nervous system",
           "Angiogenesis and functional recovery in experimental spinal cord injury",
           "Nanoparticle tracking analysis of vesicle preparations: pitfalls and standards",
           "Stem cell secretome therapy for neurotrauma: a critical appraisal",
           "MicroRNA cargo of stromal-cell vesicles and neuronal survival",
           "Autophagy, apoptosis and pyroptosis after acute spinal cord injury",
           "Biodistribution of intravenously delivered vesicles in rodents",
           "Hydrogels as depots for sustained vesicle release in neural repair",
           "Reporting standards for preclinical studies of spinal cord injury")
_JOURNALS = ("J Neural Repair Res", "Exp Spinal Med", "Vesicle Biol Rep", "Stem Cell Transl Sci", "Neurotrauma Methods",
             "Int J Regen Neurosci", "Cell Ther Lett")


def references(seed: int, n: int, style: str = "vancouver") -> list[str]:
    """``n`` invented references in a citation style ("vancouver", "apa", "numbered")."""
    rng = random.Random(seed)
    refs = []
    for i in range(1, n + 1):
        authors = rng.sample(_SURNAMES, rng.randint(2, 4))
        initials = [rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in authors]
        title = rng.choice(_TOPICS)
        journal = rng.choice(_JOURNALS)
        year, vol = rng.randint(2008, 2022), rng.randint(3, 60)
        first = rng.randint(10, 900)
        pages = f"{first}–{first + rng.randint(5, 14)}"
        if style == "apa":
            names = ", ".join(f"{a}, {i}." for a, i in zip(authors, initials, strict=True))
            refs.append(f"{names} ({year}). {title}. <i>{journal}</i>, {vol}, {pages}.")
        else:
            names = ", ".join(f"{a} {i}" for a, i in zip(authors, initials, strict=True))
            lead = f"{i}. " if style == "vancouver" else f"[{i}] "
            refs.append(f"{lead}{names}. {title}. {journal}. {year};{vol}:{pages}.")
    return refs


def dose(amount: float, unit: str, volume_ul: float | None = None, basis: str | None = None) -> dict[str, Any]:
    return {"amount": amount, "unit": unit, "volume_ul": volume_ul, "basis": basis}


def size(value: float | None, stat: str | None, method: str, low: float | None = None,
         high: float | None = None) -> dict[str, Any]:
    return {"value": value, "low": low, "high": high, "stat": stat, "method": method}


def weight(low: float, high: float | None = None) -> dict[str, Any]:
    return {"low": low, "high": low if high is None else high}


def freq(doses: int, interval_h: float | None = None) -> dict[str, Any]:
    return {"doses": doses, "interval_h": interval_h}


def back_matter(seed: int, heading_style: str = "plain") -> list[tuple[str, str] | tuple[str, str, str]]:
    """Acknowledgements, funding and data availability blocks (no gold fields in them)."""
    rng = random.Random(seed)
    grant = f"{rng.randint(81000000, 82999999)}"
    ack = "Acknowledgements" if heading_style == "plain" else "ACKNOWLEDGMENTS"
    return [
        ("h1", ack),
        ("small", (f"We thank the staff of the animal facility for their help with postoperative care. This work "
                  f"was supported by an invented research foundation (grant no. {grant}).")),
        ("small", ("<b>Data availability.</b> The datasets used during the current study are available from the "
                  "corresponding author on reasonable request.")),
    ]
