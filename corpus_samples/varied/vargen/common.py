"""Helpers and an invented reference pool for the varied set."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, TH  # noqa: F401  (re-exported for the study modules)
from extgen.common import dpi_fmt as dpi  # noqa: F401  ("7 dpi")
from extgen.common import week_fmt as week_word  # noqa: F401  ("Week 1")

PLUSMINUS = "\u00b1"
TIMES = "\u00d7"
DEG = "\u00b0"


def days_fmt(d: float) -> str:
    return f"D{d:g}"


def post_day(d: float) -> str:
    return f"{d:g} d"


def wk(d: float) -> str:
    return f"Wk {d / 7:g}"




def scores(groups: list[str], days: list[float], table: list[list[tuple[float, float]]]) -> dict:
    """values[group][day] from one list of (mean, err) per group, in day order."""
    return {g: dict(zip(days, row, strict=True)) for g, row in zip(groups, table, strict=True)}


REFS = [
    "Achebe NK, Sorensen L. Secondary injury cascades after thoracic cord trauma. Spinal Pathobiol. 2016;9:14–29.",
    "Bjornsson H, Mwangi J. Stromal-cell small extracellular vesicles: a field guide. Extracell Ves Pract. 2018;3:77–96.",
    "Carvalho D, Yeoh S. Open-field scoring of hind-limb recovery in rats: pitfalls and rater training. Neurotrauma Methods. 2017;5:40–52.",
    "Dragomir A, Kaur P. Nanoparticle tracking analysis of vesicle preparations. Vesicle Methods Notes. 2019;4:101–110.",
    "Essien U, Lindholm K. Systemic biodistribution of labelled vesicles after spinal contusion. J Vesicle Traffick. 2020;6:211–224.",
    "Fairweather T, Oduya B. MicroRNA loading strategies for therapeutic vesicles. RNA Deliv Rev. 2021;2:5–31.",
    "Guerrero M, Tanabe K. Preconditioning stromal cells before vesicle harvest. Cell Cond Stud. 2019;5:66–81.",
    "Halvorsen I, Adebayo C. Neuroinflammation and macrophage phenotype after SCI. Glia Repair Today. 2018;9:120–138.",
    "Iwu P, Castell R. Intrathecal delivery in rodents: a practical account. Drug Deliv Neuro. 2017;8:199–210.",
    "Jablonski W, Njoroge E. Hydrogels for spinal cord bridging. Biomater Neural Regen. 2020;13:300–319.",
    "Kamau S, Rossi F. Peptide targeting of the injured central nervous system. Target Nanomed. 2021;4:55–70.",
    "Lemaire C, Hosseini R. Blood–spinal cord barrier repair by stromal secretome. Cord Vasc Res. 2019;6:89–101.",
    "Mbatha Z, Koenig A. Meta-research on vesicle dose reporting in preclinical neurotrauma. Preclin Evid Synth. 2022;8:12–27.",
    "Nordin E, Alvarez G. Reporting standards for animal experiments in neurotrauma. Lab Anim Rigor. 2019;3:1–14.",
    "Okwuosa J, Persson M. Apoptosis of motor neurons after contusion. Neural Inj Repair. 2018;7:33–48.",
    "Pellegrini A, Waweru D. Autophagy flux and axonal sparing in SCI. Neural Inj Repair. 2021;10:77–90.",
]
