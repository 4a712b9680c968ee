"""Every study of the grid corpus, in build order."""

from __future__ import annotations

from extgen.model import Study

from gridgen.papers_a import MORAVEC, NORGAARD, ORTEGA, PEREIRA
from gridgen.papers_b import MAHESHWARI, MWANGI, PHAM
from gridgen.papers_c import NAKAGAWA, PETROSYAN

STUDIES: list[Study] = [MORAVEC, NORGAARD, ORTEGA, PEREIRA, MWANGI, PHAM, MAHESHWARI, PETROSYAN, NAKAGAWA]
