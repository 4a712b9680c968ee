"""Small shared pieces of the world studies (everything here is invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MINUS, MU, NB, POOL, TH  # noqa: F401  (re-exported)

NOTICE = FOOTNOTE

# More invented references, so papers do not all cite the same slice.
POOL_W = [
    "Wolde H, Castaño R. Pentobarbital versus isoflurane in rodent spinal surgery. Lab Anim Anaesth. 2016;6:14–22.",
    "Yusupova D, Brandt K. NLRP3 inflammasome signalling after spinal cord contusion. Neuroinflamm Rep. 2019;9:201–215.",
    "Zeller M, Otieno J. Exosome dose-response relationships in rodent models: a scoping review. Vesicle Transl. 2021;3:66–80.",
    "Eberhardt S, Mwangi L. Delayed cell therapy in chronic spinal cord injury. Chronic Neurotrauma. 2018;2:90–104.",
    "Harutyunyan A, Leclerc F. Sex as a biological variable in spinal cord injury research. Neurotrauma Methods. 2020;5:41–50.",
    "Xu-Lindberg P, Ocampo R. Basso Mouse Scale: inter-rater reliability in practice. Mouse Behav Methods. 2017;4:12–19.",
    "Grabowski T, Nair V. Mesenchymal stromal cells versus their secretome after SCI. Cell Ther Neuro. 2019;11:300–318.",
    "Wimalaratne K, Duarte F. Long-Evans and Fischer 344 rats in locomotor research. Strain Sel Notes. 2015;1:5–13.",
]


def refs(*idx: int) -> list[str]:
    """References drawn from both pools: ints < 100 index POOL, >= 100 index POOL_W."""
    return [POOL[i] if i < 100 else POOL_W[i - 100] for i in idx]
