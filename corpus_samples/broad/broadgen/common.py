"""Small helpers for the broad corpus's study texts (everything here is invented)."""

from __future__ import annotations

from collections.abc import Callable

from extgen.common import FOOTNOTE, GMU, MINUS, MU, NB, POOL, TH  # noqa: F401  (re-exported)

# A second invented reference pool, so the broad papers do not all cite the external set's.
POOL_B = [
    "Quarshie N, Lindberg A. Functional scoring after thoracic contusion in rats: interobserver agreement. Neurotrauma Methods Q. 2014;6:211–220.",
    "Rahimi S, Okoro B. Extracellular vesicle dosing in rodent neurotrauma: a scoping review. Vesicle Ther Rev. 2021;3:14–29.",
    "Soderholm K, Banerjee P. Pericyte coverage and blood–spinal cord barrier repair. Cord Vasc Res. 2018;5:61–73.",
    "Tembo C, Araujo F. Loading small RNAs into vesicles by electroporation: pitfalls. RNA Ther Notes. 2019;6:101–115.",
    "Ueda H, Martins L. Macrophage polarisation after contusion: time course in the rat. Glia Repair Today. 2017;8:30–44.",
    "Vogel M, Akande T. Hydrogel depots for local delivery to the injured cord. Biomater Neural Regen. 2020;13:250–266.",
    "Wiśniewska A, Chen R. Ferroptosis markers after spinal trauma. Neural Inj Repair. 2022;11:300–312.",
    "Xavier D, Holm E. Intranasal delivery of vesicles to the central nervous system. Drug Deliv Neuro. 2020;11:77–90.",
    "Yilmaz O, Fraser G. Bladder care and welfare in paraplegic rodents. Lab Anim Rigor. 2019;3:40–48.",
    "Zeller P, Mwangi J. Glial scar remodelling by stromal-cell secretome. Neural Inj Repair. 2018;7:120–133.",
    "Aalto R, Nakashima K. Mouse locomotor scoring after spinal injury. J Exp Neurotrauma Models. 2016;13:88–97.",
    "Bianchi F, Osei-Bonsu A. Preconditioning stromal cells with cytokines changes vesicle cargo. Cell Cond Stud. 2021;7:55–69.",
]


def refs(*idx: int) -> list[str]:
    """References drawn from both pools: positive index = POOL_B, negative = external POOL."""
    return [POOL_B[i] if i >= 0 else POOL[-i - 1] for i in idx]


def days_label(fmt: str) -> Callable[[float], str]:
    """A day formatter from a template such as ``"{d} dpi"``, ``"POD {d}"`` or ``"{w} wk"``."""
    return lambda d: fmt.format(d=f"{d:g}", w=f"{d / 7:g}")


def tcode(codes: dict[float, str]) -> Callable[[float], str]:
    return lambda d: codes[d]
