"""An invented reference pool for the sealed set (no real paper is cited)."""

from __future__ import annotations

REFS = [
    "Aldana V, Kirsch T. Locomotor rating after graded thoracic contusion in the rat. Neurotrauma Methods Q. 2014;9:211–225.",
    "Bakshi R, Holm E, Ortega J. Secretome or vesicles? Dissecting the paracrine effect of stromal cells. Stem Cell Paracrine Rev. 2016;3:14–29.",
    "Carvalho N, Ito S. Extracellular vesicle heterogeneity and the 30–150 nm convention. Membr Vesicle J. 2018;6:77–90.",
    "Drummond F, Wei L. Microglial inflammasome signalling in the contused cord. Spinal Inflamm Lett. 2019;4:101–113.",
    "Engström K, Abiola T. Intrathecal catheters in rats: placement, patency and pitfalls. Lab Neurosurg Tech. 2017;11:33–41.",
    "Fujiwara H, Mendel P. Size-exclusion chromatography of conditioned media at scale. Vesicle Process Eng. 2020;2:50–63.",
    "Gallagher S, Rotich D. Weight-drop models of spinal contusion revisited. Exp Cord Inj. 2015;7:189–201.",
    "Hernández-Paz M, Olsen G. Nasal delivery of vesicles to the central nervous system. Nose Brain Deliv. 2019;5:8–20.",
    "Ilunga B, Sørensen A. Tangential flow filtration for therapeutic vesicle manufacture. Bioprocess Vesicles. 2021;3:120–134.",
    "Jovanović D, Park S. Blood–spinal cord barrier repair after contusion. Cord Vasc Biol. 2018;5:66–79.",
    "Kaur P, Lindberg M. miRNA loading strategies for small extracellular vesicles. RNA Vesicle Eng. 2020;4:201–219.",
    "Lemaire C, Achebe U. Gelatin sponges as local depots after cord transection. Neural Scaffold Res. 2016;8:44–55.",
    "Mwangi J, Nordin E. Meta-research on blinding and randomisation in rodent SCI studies. Preclin Rigour. 2021;6:1–12.",
    "Novak Z, Hoshino K. Basso Mouse Scale scoring: inter-rater agreement. Mouse Neurobehav. 2017;2:90–98.",
    "O'Driscoll A, Pham T. Preconditioning of stromal cells by inflammatory cytokines. Cell Prim Rep. 2019;7:300–315.",
    "Pinto R, Yamamoto A. PTEN deletion and corticospinal regrowth. Axon Regen Today. 2016;10:12–27.",
    "Quaye E, Strand H. Dental pulp stem cells and their vesicles in neural repair. Dent Stem Cell Biol. 2020;9:140–156.",
    "Rasmussen L, Okeke C. Menstrual blood-derived stromal cells: a non-invasive source. Regen Sources. 2018;2:55–68.",
    "Szabó I, Fernández A. Curcumin as a vesicle cargo: stability and release. Nat Prod Deliv. 2017;6:77–86.",
    "Tiwari S, Bergman K. Dose-response of intravenous vesicles in rodent neurotrauma: a review. Vesicle Ther Synth. 2022;8:15–37.",
    "Umeh O, Castell B. Hypoxia, cytokines and the cargo of stromal cell vesicles. Cell Cond Stud Q. 2021;4:88–99.",
    "Varela G, Choi H. Inclined plane and grid walk tests after SCI. Behav Neurotrauma. 2015;3:23–35.",
    "Weller F, Banerjee N. Tracking systemically injected vesicles to the injured cord. Imaging Vesicles. 2019;1:40–52.",
    "Xiong Y, Adebayo R. Polarisation of macrophages by stromal vesicles. Immunol Regen. 2020;12:301–318.",
]


def cite(*numbers: int) -> list[str]:
    """The references a study cites, in the order given (numbers into REFS, 1-based)."""
    return [REFS[n - 1] for n in numbers]
