"""Invented references for the wide corpus (no real paper is cited) and shared characters."""

from __future__ import annotations

NB = "\u00a0"  # no-break space
TH = "\u2009"  # thin space
NNB = "\u202f"  # narrow no-break space
MINUS = "\u2212"
MU = "\u00b5"  # micro sign
GMU = "\u03bc"  # Greek mu
TIMES = "\u00d7"
ENDASH = "\u2013"

NOTICE = ("Synthetic test document generated for software testing; not a real publication. "
          "All names, institutions and data are invented.")

POOL = [
    "Aldana R, Whitcombe J. Locomotor rating after graded thoracic contusion in the rat. Exp Spinal Res. 2014;21:310–322.",
    "Baptiste N, Kuroda H. Vesicle secretion by stromal cells in culture. Extracell Vesicle Lett. 2016;3:55–66.",
    "Carrasco M, Lindholm P. Secondary injury cascades after spinal trauma. Neurotrauma Rev Synth. 2018;9:1–24.",
    "Delacroix T, Mwangi E. Reporting standards for vesicle isolation and sizing. Vesicle Protoc. 2019;5:101–117.",
    "Ekwueme C, Hoffmann R. Intravenous stromal vesicles after cord contusion: a pilot study. Regen Spine. 2018;2:40–49.",
    "Falk S, Adebayo O. Macrophage phenotypes in the lesioned cord. Glial Immunol Notes. 2020;14:77–90.",
    "Grünewald K, Soto A. Engineering vesicle cargo with small RNAs. RNA Deliv Methods. 2019;6:200–214.",
    "Haddou M, Petrenko V. Targeting peptides on the vesicle surface. Nanomed Neural Targets. 2021;4:12–29.",
    "Iwu C, Marchetti L. Hydrogels for local delivery in the spinal canal. Biomater Spinal Repair. 2020;11:300–318.",
    "Jovanović D, Ng K. Blinding and randomisation in rodent spinal injury research. Preclin Rigor. 2017;2:5–14.",
    "Kallio E, Barros F. Preconditioning of stromal cells under low oxygen. Cell Stress Condit. 2019;8:66–79.",
    "Lemaire G, Osei-Bonsu A. Apoptosis and autophagy after spinal cord injury. Cord Cell Death. 2021;7:140–155.",
    "Moravec J, Tiwari S. Meta-analysis of vesicle therapies for experimental spinal injury. Evid Preclin Neurol. 2023;5:19–37.",
    "Nordin A, Castañeda P. Angiogenic signalling in the injured cord. Vasc Neural Repair. 2018;6:88–101.",
    "Okoro U, Vance B. Blood–spinal cord barrier permeability to nanoparticles. Barrier Biol. 2020;3:45–59.",
    "Pellegrini F, Zhou Q. Electron microscopy of small vesicles: artefacts and sizing. Micro Anal Biol. 2017;12:230–241.",
]
