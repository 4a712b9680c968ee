"""All glacier studies, in build order, and the running footers of the custom layouts."""

from __future__ import annotations

from extgen.model import Study
from studies_cn import BAO, HOU
from studies_de import HOLLENBACH
from studies_world import HENDRICKS, MASCARENHAS, MIRHOSSEINI

STUDIES: list[Study] = [HOU, BAO, HENDRICKS, MIRHOSSEINI, MASCARENHAS, HOLLENBACH]
FOOTERS: dict[str, str] = {
    HENDRICKS.stem: "Downloaded from synthetic-test-press.example by guest on 3 March 2021. For personal use only.",
    MASCARENHAS.stem: "Braz Arch Neural Repair | ISSN 0000-0000 (online) | This article is distributed under a CC BY licence.",
}
