"""Shared bits of the tandem studies: a reference pool of our own (all invented)."""

from __future__ import annotations

REFS = [
    "Delfino A, Marrone C. Grading open-field locomotion after thoracic contusion in rats. Riv Neurotraumatol Sper. 2014;9:41–53.",
    "Hurtado-Lemus R, Ocampo J. Extracellular vesicles of stromal origin: a field guide. Vesic Cell Commun. 2018;3:110–128.",
    "Yatsenko P, Orlova D. Inflammasome activation after spinal cord trauma. Neurotrauma Bull (Kazan). 2019;12:7–19.",
    "Zhai Q, Lu M, Fang W. Dose finding for vesicle therapies in rodent neurotrauma. Transl Vesicle Res. 2020;5:201–214.",
    "Hawthorne E, Mistry K. Acute versus chronic windows for cell-free therapies in SCI. Br J Exp Neurorepair. 2017;6:88–99.",
    "Jaber S, Al-Harbi N. Microglial phenotype switching as a repair target. Gulf J Neurosci. 2021;4:15–29.",
    "Uberti L, Sarri F. Hydrogels as depots for small extracellular vesicles. Biomater Regen Ital. 2022;11:300–315.",
    "Dobrynin A, Kuzmina E. The Basso Mouse Scale in practice. Neurotrauma Bull (Kazan). 2016;9:55–63.",
    "Zhou L, Dai H. Engineering vesicle cargo with microRNA overexpression. Vesic Cell Commun. 2021;6:77–92.",
    "Yáñez-Corral M, Treviño A. Methylprednisolone after SCI: a meta-research view. Rev Mex Neurocir Exp. 2015;3:12–24.",
    "Hollis R, Dunbar T. Reporting quality of rodent spinal cord injury studies. Lab Anim Rep Qual. 2019;2:1–12.",
    "Jiang T, Zou Y. Blood–spinal cord barrier repair by stromal vesicles. Cord Vasc Res. 2022;9:33–47.",
    "Hakimov R, Zaripova L. Angiogenic cargo of umbilical cord vesicles. Kazan Med Biol J. 2020;15:140–151.",
    "Dagher M, Haddad J. Delayed delivery of biologics to the injured cord. Gulf J Neurosci. 2020;3:60–74.",
]
