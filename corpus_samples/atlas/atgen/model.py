"""The atlas study record: the external ``Study`` plus rich tables and a metadata column."""

from __future__ import annotations

from dataclasses import dataclass, field

from extgen.model import Study

from atgen.richtable import RichTable


@dataclass
class AtlasStudy(Study):
    rich: dict[str, RichTable] = field(default_factory=dict)
    side: list[str] = field(default_factory=list)  # first-page metadata (atlas layouts only)
