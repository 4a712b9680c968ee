"""An invented reference pool for the amber papers (no real work is cited)."""

from __future__ import annotations

POOL = [
    "Aksoy B, Lindqvist M. Inflammasome assembly in the contused rat spinal cord. Neurotrauma Cell Rep. 2017;5:41–53.",
    "Baptiste R, Onwuka C. Microglial pyroptosis and secondary injury. Spinal Inflamm Rev. 2018;3:112–126.",
    "Carvalho N, Maeda K. Stromal cell vesicles as carriers of small RNAs. Extracell Vesicle Notes. 2016;2:9–22.",
    "Dragomir I, Halvorsen E. Single-bolus vesicle therapy in thoracic contusion. Regen Neurol Lett. 2019;6:201–210.",
    "Esposito F, Nakashima T. Daily systemic dosing of adipose vesicles in spinal injury. Cell Ther Neuro. 2020;4:77–90.",
    "Fadeyi O, Brandt K. Corticosteroids in acute spinal cord injury: a reappraisal. Acute Spine Med. 2015;9:300–311.",
    "Gallardo-Pinto S, Rahman A. Toll-like receptor 4 in spinal cord trauma. Innate Neuroimmunol. 2019;7:55–68.",
    "Holmberg L, Achebe U. Hydrogels for local delivery to the injured cord. Biomater Spinal Repair. 2018;2:14–29.",
    "Ishida M, Cortez P. Autophagy flux after spinal contusion. Neural Cell Fate. 2020;8:130–144.",
    "Jankowska D, Oyelowo T. Drug-loaded vesicles for neuroprotection. Nanomed Neural Repair. 2021;3:88–101.",
    "Kahale N, Sørby H. Ferroptosis in cervical spinal cord injury. Iron Neurobiol. 2022;1:20–33.",
    "Lemaitre A, Wanjiku G. Scar-forming fibroblasts after complete transection. Fibrosis Neurosci. 2017;4:61–75.",
]


def refs(start: int, count: int) -> list[str]:
    """``count`` references from the pool, starting at 1-based position ``start`` (wrapping)."""
    return [POOL[(start - 1 + i) % len(POOL)] for i in range(count)]
