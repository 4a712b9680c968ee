"""Helpers the blind studies share: score curves, identifiers, a reference pool.

Everything here is invented. Score curves are computed from a few parameters with a
seeded generator, so the build is deterministic and no number is typed twice.
"""

from __future__ import annotations

import math
import random
from typing import Any

from extgen.model import Study

NOTICE = ("Synthetic test document generated for software testing; not a real publication. "
          "All names and data are invented.")


def curve(days: list[float], start: float, plateau: float, tau: float, err: float, seed: int,
          top: float = 21.0) -> dict[float, tuple[float, float]]:
    """Mean ± error per day of a recovering group (saturating curve, small seeded jitter)."""
    rng = random.Random(seed)
    out = {}
    for d in days:
        m = start + (plateau - start) * (1 - math.exp(-d / tau)) + rng.uniform(-0.3, 0.3)
        m = min(top, max(0.0, round(m, 1)))
        e = round(err * (0.7 + 0.6 * rng.random()) + 0.1 * min(m, 5.0) / 5.0, 1)
        out[d] = (m, max(e, 0.1))
    return out


def flat_sham(days: list[float], top: float = 21.0) -> dict[float, tuple[float, float]]:
    """Uninjured animals: full score at every time point, no spread."""
    return {d: (top, 0.0) for d in days}


def ids(k: int) -> dict[str, str]:
    """DOI (Crossref test prefix), PMID and PMCID in an unused range, for study number k."""
    return {"doi": f"10.5555/blind.{2000 + k}", "pmid": str(99200100 + k), "pmcid": f"PMC99201{k:02d}"}


def extra(study: Study, *items: tuple[str, str, str]) -> Study:
    """Attach evidence that lives outside prose, e.g. a table header: (field, PDF key, quote)."""
    study.extra = list(items)  # type: ignore[attr-defined]
    return study


# An invented reference pool (different from the external set's); each study cites a slice.
REFS = [
    "Aalto K, Brennan DJ. Secondary injury cascades after thoracic contusion in rodents. Neurotrauma Mech. 2014;9:211–226.",
    "Bertrand L, Okafor-Lind S. Exosome biogenesis through the ESCRT machinery. Membr Traffic Rev. 2016;12:40–58.",
    "Carvalho RM, Iwata H. Open-field locomotion scoring: inter-rater agreement in practice. Behav Neurosci Methods. 2018;6:77–89.",
    "Dimitrov P, Halloran E. Stromal-cell secretome and the injured cord. Regen Neurol Lett. 2017;4:301–315.",
    "Estévez M, Karlsson A. Ultracentrifugation protocols for vesicle enrichment: yield and purity. Vesicle Tech. 2019;5:1–14.",
    "Fujimoto K, Mensah-Bonsu A. Neutrophil extracellular traps after spinal trauma. Spinal Immunol. 2020;3:55–67.",
    "Grünewald T, Patil S. Reporting quality in animal studies of spinal cord repair. Preclin Rigor. 2019;2:90–104.",
    "Hosseini F, Lambert C. Microglia–astrocyte crosstalk in the lesion penumbra. Glial Res Commun. 2021;15:12–27.",
    "Ikeda T, Roussel V. Nanoparticle tracking analysis: pitfalls in concentration estimates. Anal Vesicle Sci. 2018;7:144–158.",
    "Jovanović D, Abiodun T. Blood–spinal cord barrier repair by vesicle-borne microRNAs. Cord Vasc Biol. 2021;6:88–101.",
    "Khalil N, Sørensen P. Route of administration and biodistribution of stromal-cell vesicles. Drug Deliv Regen. 2020;9:210–224.",
    "Lemaire A, Cho YJ. Apoptosis and autophagy in spinal cord injury: an update. Cell Death Neurol. 2019;11:5–21.",
    "Marchetti G, Oduya W. Hydrogels as depots for extracellular vesicles. Biomater Deliv. 2022;17:330–347.",
    "Nakagawa S, Ferreira-Lopes J. Meta-research on locomotor outcomes after experimental SCI. Evid Preclin. 2021;4:19–35.",
    "Olsen B, Kaur R. Vesicle surface engineering with targeting peptides. Nanomed Eng. 2022;8:450–466.",
    "Pereira V, Yamada N. Preconditioning stromal cells to boost paracrine activity. Stem Cell Cond. 2019;5:70–84.",
    "Quigley M, Adeleke O. Functional recovery scales beyond BBB: a review. Neurorehab Models. 2018;3:120–133.",
    "Rahman A, Vogt L. Angiogenic vesicles and white matter sparing. Vasc Neurosci. 2020;10:240–252.",
]


def refs(*idx: int) -> list[str]:
    return [REFS[i] for i in idx]


def table(days: list[float], groups: list[str], orient: str, fmt: Any, **kw: Any) -> dict[str, Any]:
    """A score-table spec for the external renderer (orient 'cols': groups down the side)."""
    return {"days": days, "groups": groups, "orient": orient, "day_fmt": fmt, **kw}
