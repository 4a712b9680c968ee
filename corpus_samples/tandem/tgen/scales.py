"""Scores of a paper reporting two experiments on two scales (e.g. mouse BMS and rat BBB)."""

from __future__ import annotations

from typing import Any

from extgen.model import Scores


class TwoScales(Scores):
    """``Scores`` whose groups may belong to different outcome scales.

    ``scale`` maps a group label to its outcome ("BMS"); groups not named use ``outcome``.
    """

    def __init__(self, *, scale: dict[str, str], **kw: Any) -> None:
        super().__init__(**kw)
        self.scale = scale
