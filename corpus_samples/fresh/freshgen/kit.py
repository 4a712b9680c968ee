"""Helpers for the fresh corpus: score formats and time labels the external renderer lacks.

Everything here is invented. The study records themselves are ``extgen.model.Study``;
only the way a score cell is printed and how a time point is labelled vary here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extgen.common import week_fmt as week_word  # noqa: F401  ("Week 1")
from extgen.model import Scores

NB = "\u00a0"  # no-break space
MU = "\u00b5"  # micro sign
GMU = "\u03bc"  # Greek mu
TIMES = "\u00d7"
FOOTNOTE = ("Synthetic test document generated for software testing; not a real publication. "
            "All names, data and references are invented.")


@dataclass
class FreshScores(Scores):
    """Scores with a per-study print style.

    ``fmt``: ``"pm"`` "8.4 ± 0.9" (as extgen), ``"tight"`` "8.4±0.9", ``"two"`` two
    decimals "8.40 ± 0.92". The gold quote of a row is whatever ``cell`` prints.
    """

    fmt: str = "pm"

    def cell(self, group: str, day: float, style: str | None = None) -> str:
        mean, err = self.values[group][day]
        if style == "paren":
            return f"{mean:.1f} ({err:.1f})"
        if self.fmt == "tight":
            return f"{mean:.1f}±{err:.1f}"
        if self.fmt == "two":
            return f"{mean:.2f} ± {err:.2f}"
        return f"{mean:.1f} ± {err:.1f}"


def series(days: list[float], means: list[float], errs: list[float]) -> dict[float, tuple[float, float]]:
    """One group's scores, day by day (days after injury)."""
    return {d: (m, e) for d, m, e in zip(days, means, errs, strict=True)}


def t_tokens(days: list[float]) -> Callable[[float], str]:
    """Time points written T0, T1, ... (index order), explained in a table footnote."""
    index = {d: i for i, d in enumerate(days, 1)}
    return lambda d: f"T{index[d]}"


def pod(d: float) -> str:
    return f"POD {d:g}"


def d_fmt(d: float) -> str:
    return f"d{d:g}"


def days_fmt(d: float) -> str:
    return f"{d:g} d"


def wpi(d: float) -> str:
    return f"{d / 7:g} wpi"


# An invented reference list; no entry is a real publication.
REFS = [
    "Aalto K, Demir S. Spontaneous hind-limb recovery after graded thoracic contusion in rats. Exp Cord Res. 2014;22:310–322.",
    "Bianchi F, Owusu A, Lee J. Secreted vesicles as the paracrine arm of stromal cell therapy. Stromal Cell Rev. 2016;9:1–15.",
    "Chandra P, Wolff E. Isolation of small vesicles: yield and purity across five methods. Vesicle Tech. 2018;6:77–90.",
    "Dlamini N, Roth C. Secondary injury cascades after spinal trauma. Neurotrauma Perspect. 2015;3:45–61.",
    "Esposito M, Han Y. Neutrophil and macrophage waves in the contused cord. Inflamm Neural Inj. 2017;12:201–214.",
    "Fagerlund T, Ito K. Intravenous stromal vesicles home to the injured cord in rats. J Vesicle Ther. 2019;2:55–63.",
    "Grewal A, Novak P. Locomotor scales in rodents: a practical guide for blinded raters. Behav Neurosci Methods. 2013;7:12–28.",
    "Halvorsen B, Kiptoo J. Particle counts versus protein mass as the dose of vesicle therapies. Vesicle Tech. 2020;8:140–151.",
    "Ilunga M, Sorensen R. Engineered vesicles carrying microRNAs for neural repair. RNA Deliv Neuro. 2021;4:18–33.",
    "Jovanovic D, Park S. Biomaterial reservoirs for sustained vesicle release in the cord. Biomater Neural Regen. 2020;13:233–247.",
    "Kato H, Mendes L. Glial scar formation and axon regrowth. Glia Repair Today. 2018;9:88–102.",
    "Lindberg O, Achebe C. Nose-to-cord delivery of biologics in rodents. Intranasal Deliv Res. 2019;5:61–74.",
    "Mwangi E, Rossi G. Blinding, randomisation and attrition in preclinical neurotrauma. Lab Anim Rigor. 2019;3:20–31.",
    "Nkosi T, Berger A. Priming stromal cells before vesicle harvest. Cell Cond Stud. 2021;7:101–115.",
    "Olsen V, Patel R. Apoptosis of oligodendrocytes after contusion. Neural Inj Repair. 2016;5:12–24.",
    "Przybylski J, Aoki M. Meta-analysis of extracellular vesicle treatment in rat spinal cord injury. Preclin Evid Synth. 2023;8:1–20.",
    "Quispe R, Lund H. Spinal ischaemia after aortic occlusion in the rat. Vasc Neurol Models. 2017;4:90–99.",
    "Rahman F, Ekström J. Mouse locomotor scoring after spinal injury. Behav Neurosci Methods. 2016;10:200–214.",
]


def refs(*idx: int) -> list[str]:
    """A study's reference list: the given pool entries (0-based), in citation order."""
    return [REFS[i] for i in idx]
