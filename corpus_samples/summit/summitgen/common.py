"""Helpers shared by the summit study texts (everything here is invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MINUS, MU, NB, TH  # noqa: F401 (re-exported)

NOTICE = FOOTNOTE


def days(*d: float) -> list[float]:
    return [float(x) for x in d]


def series(days_: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days_, pairs, strict=True))


def d_fmt(d: float) -> str:
    return f"D{d:g}"


def day_word(d: float) -> str:
    return f"Day {d:g}"


def days_after(d: float) -> str:
    return f"{d:g} d"


def wk(d: float) -> str:
    return f"Week {d / 7:g}"


def wk_short(d: float) -> str:
    return f"{d / 7:g} w"


def t_code(codes: dict[float, str]):  # type: ignore[no-untyped-def]
    """Time points printed as T-codes (T1, T2, ...) defined in the methods."""
    return lambda d: codes[d]


# An invented reference pool; each study cites a slice of it in its own order.
POOL = [
    "Quenneville A, Ortho D. Thoracic contusion in the rat: device, force and lesion volume. Exp Cord Res. 2014;9:211–225.",
    "Ulrich S, Mbatha N. Exosome biogenesis and the tetraspanin web. Extracell Vesicle Notes. 2016;3:14–29.",
    "Villanueva R, Haas K. A1 and A2 astrocytes after spinal trauma. Glia Inj Rev. 2018;6:301–318.",
    "Yamashiro T, Grant E. Nanoparticle tracking of stromal vesicles: pitfalls of the mode. Vesicle Anal. 2019;4:66–78.",
    "Zeller M, Akande F. Systemic delivery of vesicles and their homing to the injured cord. Neuroregen Lett. 2020;11:5–17.",
    "Odhiambo L, Reinholt J. Blinded open-field scoring: inter-rater agreement in rats. Behav Neurotrauma. 2015;2:44–52.",
    "Pinheiro C, Weiss A. Inflammasome signalling in the contused spinal cord. Neural Inj Repair. 2018;7:97–112.",
    "Sandoval-Ruiz E, Park H. Hypoxia-conditioned stromal cells and vesicle potency. Cell Cond Stud. 2021;7:40–55.",
    "Lorentzen B, Ito K. Size-exclusion chromatography for vesicle purification at scale. Vesicle Methods. 2020;4:120–133.",
    "Mahlangu T, Ferraro G. Intrathecal catheters in rats: placement and complications. Lab Anim Tech. 2017;5:18–26.",
    "Novak P, Hussain R. MicroRNA-loaded vesicles for neuroprotection. RNA Ther Notes. 2021;8:77–91.",
    "Rasku H, Delgado V. Macrophage polarisation and functional recovery after SCI. Immun Neural Repair. 2019;3:150–166.",
    "Tshabalala K, Moreau P. Meta-analysis of extracellular vesicle therapy in rodent spinal cord injury. Preclin Evid Synth. 2023;8:1–19.",
    "Wiśniewski J, Adeyemi O. Hydrogels as vesicle depots in the transected cord. Biomater Neural Regen. 2022;15:210–224.",
    "Xu-Laurent F, Banda C. Basso mouse scale in practice: pitfalls and subscores. Behav Neurotrauma. 2020;7:33–41.",
    "Kettunen A, Osorio L. Curcumin and oxidative stress in neural injury. Antiox Neuro. 2019;10:88–99.",
    "Bjarnason E, Kiptoo R. Ferroptosis in spinal cord injury: a review. Cell Death Neural. 2022;4:201–219.",
    "Holloway D, Sato N. ARRIVE guidelines compliance in spinal cord injury research. Lab Anim Rigor. 2021;5:61–70.",
]


def refs(*idx: int) -> list[str]:
    return [POOL[i] for i in idx]
