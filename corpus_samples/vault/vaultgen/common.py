"""Helpers and an invented reference pool for the vault studies (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MINUS, MU, NB, TH  # noqa: F401  (re-exported for the papers)



def ids(n: int) -> tuple[str, str, str]:
    """(doi, pmid, pmcid) in the test DOI prefix and an unused PubMed range."""
    return f"10.5555/vault.{n:04d}", str(99731400 + n), f"PMC{99731400 + n}"


def days(values: dict[float, tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(values)


def series(day_list: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(day_list, pairs, strict=True))


def dfmt(d: float) -> str:
    return f"D{d:g}"


def day_word(d: float) -> str:
    return f"Day {d:g}"


def dpi(d: float) -> str:
    return f"{d:g} dpi"


def wk(d: float) -> str:
    return f"W{d / 7:g}"


def week_word(d: float) -> str:
    return f"Week {d / 7:g}"


REFS = [
    "Achebe CN, Holmqvist P. Secondary injury cascades after thoracic contusion in the rat. Spinal Trauma Models. 2014;6:211–225.",
    "Bertrand L, Okoro E. Nanosized vesicles released by stromal cells: a primer. Extracell Vesicle Notes. 2016;2:14–29.",
    "Chaudhary R, Vinter S. Scoring open-field locomotion reliably across laboratories. Behav Neurotrauma. 2013;9:41–52.",
    "Dalgaard M, Yusuf H. Tail-vein vesicle therapy in contused rats: a dose comparison. Regen Cord Lett. 2019;4:90–101.",
    "Estrada F, Nkosi B. Microglial phenotypes after spinal cord injury. Neuroimmune Repair. 2018;11:300–316.",
    "Fairbairn J, Takeda S. Ultracentrifugation protocols and vesicle yield. Vesicle Methods Q. 2017;3:66–79.",
    "Gomes-Pinto A, Weller K. Local delivery of vesicles into the injured cord. Neural Deliv Sci. 2020;7:122–135.",
    "Hallström E, Mbatha N. Blood–spinal cord barrier repair by stromal cell secretome. Cord Vasc Biol. 2021;5:8–20.",
    "Ibekwe O, Sandoval R. Intrathecal catheters in rats: technique and pitfalls. Lab Surg Notes. 2015;12:55–63.",
    "Jacquet M, Haraldsen T. MicroRNA cargo engineering in stromal vesicles. RNA Ther Reports. 2019;8:201–214.",
    "Kaminski P, Adeleke T. Hypoxia and the secretome of mesenchymal stromal cells. Cell Cond Res. 2018;10:33–47.",
    "Lund-Petersen A, Osorio D. Systematic review of extracellular vesicles in rodent SCI. Preclin Synth. 2021;6:140–159.",
    "Mwangi J, Sorensen P. Risk of bias in animal studies of spinal repair. Lab Anim Evid. 2020;3:12–24.",
    "Nakagawa T, Ferreira-Lima C. Biomaterial carriers for vesicle delivery. Biomater Regen. 2022;15:77–93.",
    "Oduya K, Lindqvist H. Ischaemic spinal cord injury models after aortic occlusion. Vasc Neurosurg Models. 2016;4:19–31.",
    "Pellegrini S, Anand V. Apoptosis signalling after cord trauma. Neural Cell Death. 2017;9:240–252.",
    "Quarshie E, Moll R. The Basso mouse scale in practice. Behav Neurotrauma. 2018;14:101–110.",
    "Rautenberg F, Chikwanha L. Intranasal delivery of nanovesicles to the central nervous system. Nose Brain Deliv. 2020;2:1–15.",
]
