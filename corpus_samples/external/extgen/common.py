"""Characters and small helpers shared by the study texts (everything here is invented)."""

from __future__ import annotations

NB = "\u00a0"  # no-break space
TH = "\u2009"  # thin space (thousands separator)
MINUS = "\u2212"
MU = "\u00b5"  # micro sign
GMU = "\u03bc"  # Greek mu

FOOTNOTE = "Synthetic test document generated for software testing; not a real publication. All names and data are invented."


def day_fmt(d: float) -> str:
    return f"Day {d:g}"


def dpi_fmt(d: float) -> str:
    return f"{d:g} dpi"


def week_fmt(d: float) -> str:
    return f"Week {d / 7:g}"


def wk_fmt(d: float) -> str:
    return f"{d / 7:g} wk"


def flat(group: str, days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# An invented reference pool; each study cites a slice of it.
POOL = [
    "Abernathy RJ, Olu K. Open-field locomotor scales after thoracic cord contusion: a reappraisal. J Exp Neurotrauma Models. 2015;12:101–114.",
    "Brandvold E, Sato M. Small extracellular vesicles from stromal cells: biogenesis and cargo. Vesicle Biol Rep. 2017;4:33–47.",
    "Castellanos P, Iyer D, Mbeki T. Pyroptosis in the injured spinal cord. Neural Inj Repair. 2019;8:220–231.",
    "Duval A, Kristensen H. Minimal information for studies of extracellular vesicles in practice. Vesicle Methods. 2018;2:1–19.",
    "Eriksen L, Moyo P. Tail-vein delivery of stromal vesicles in contused rats. Spinal Repair Lett. 2019;5:77–85.",
    "Fonseca G, Hale N. Blood–spinal cord barrier breakdown after trauma. Cord Vasc Res. 2016;3:140–152.",
    "Gupta S, Lindahl T, Reyes M. Microglial polarisation as a therapeutic target in SCI. Glia Repair Today. 2020;11:55–70.",
    "Hartmann C, Obi F. Intrathecal routes for biologics in rodent spinal injury. Drug Deliv Neuro. 2018;9:300–312.",
    "Ivanova M, Tanaka R. Hypoxic conditioning of mesenchymal stromal cells and vesicle yield. Cell Cond Stud. 2020;6:12–25.",
    "Jiménez-Ortiz L, Ngata W. Hydrogel scaffolds for transected cords. Biomater Neural Regen. 2021;14:401–418.",
    "Kovacs B, Adeyemi S. Systematic review of vesicle therapies in rodent spinal cord injury. Preclin Evid Synth. 2022;7:88–104.",
    "Laurent D, Chowdhury A. Sample size and blinding in rodent neurotrauma studies. Lab Anim Rigor. 2017;1:9–18.",
    "Mensah K, Berg O. Astrocyte reactivity after compression injury. Neural Inj Repair. 2021;10:150–162.",
    "Nilsson J, Farouk H. Nanoparticle tracking versus electron microscopy for vesicle sizing. Vesicle Methods. 2019;3:45–58.",
    "Oyelaran T, Quist P. MicroRNA cargo of stromal-cell vesicles. RNA Ther Notes. 2018;5:60–72.",
    "Petrakis V, Suzuki Y. Angiogenesis and functional recovery after SCI. Cord Vasc Res. 2020;7:19–30.",
]
