"""The tune-set studies re-rendered here, loaded from their home corpora (never modified).

Only studies whose home PDF was drawn by the shared external renderer from a plain
``extgen.model.Study`` are taken, so that the study record alone determines the paper's
content and a re-rendering differs from the home PDF in layout only.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from extgen.model import Study

CORPORA = Path(__file__).resolve().parents[2]

# (home corpus, stem) -- tune sets only; see corpus_samples/<corpus>/split.json.
CHOSEN: list[tuple[str, str]] = [
    ("mosaic", "deng2021_hucmsc_exos_tailvein_nyu"),
    ("mosaic", "kothari2022_rbmsc_exo_intrathecal_tcoded"),
    ("mosaic", "basaran2023_hadmsc_exo_intralesional_am"),
    ("mosaic", "cervantes2020_hypoxic_rbmsc_ev_iv_legend"),
    ("annals", "hollings2021_hbmsc_exo_ih_tailvein"),
    ("annals", "eckhardt2020_rbmsc_ev_clip_sec"),
    ("annals", "seong2022_hucmsc_exo_nyu_exoquick_iv"),
    ("annals", "teixeira2023_hadsc_ev_weightdrop_ip"),
    ("protocol", "aydemir2021_hbmsc_mir124_exo_daily_tailvein"),
    ("protocol", "alvarenga2023_mouse_hypoxic_hpmsc_exo_crush_ip"),
    ("protocol", "dvorak2018_rbmsc_exos_catheter_twiceweekly"),
    ("protocol", "cisse2022_hucmsc_sev_gelma_hemisection"),
]


def _module(name: str, path: Path, extra_path: Path) -> ModuleType:
    sys.path.insert(0, str(extra_path))
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(extra_path))


def _studies(corpus: str) -> list[Study]:
    home = CORPORA / corpus
    if corpus == "protocol":
        one = _module("layouts_protocol_1", home / "protgen" / "studies_1.py", home)
        two = _module("layouts_protocol_2", home / "protgen" / "studies_2.py", home)
        return [*one.STUDIES, *two.STUDIES]
    return list(_module(f"layouts_{corpus}", home / "studies.py", home).STUDIES)


def chosen() -> list[tuple[str, Study]]:
    """(home corpus, study) for every chosen stem, in ``CHOSEN`` order."""
    by_corpus = {c: {s.stem: s for s in _studies(c)} for c in sorted({c for c, _ in CHOSEN})}
    return [(c, by_corpus[c][stem]) for c, stem in CHOSEN]
