"""Shared helpers for tests that run short methods paragraphs end to end through ``miner.extract``."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

from miner.extract import extract_document
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind
from miner.records import Extraction

# Names the animals and the vesicles (so the study-relevance gate lets fields through)
# and no value of any field under test.
TITLE = "Stem cell-derived vesicles and functional recovery of the injured spinal cord in rats"

Part = tuple[SectionKind, str] | str


def load_nlp() -> Any:
    """The shipped pipeline, loaded once per test module by a fixture."""
    import pytest

    nlp_mod = pytest.importorskip("miner.nlp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nlp_mod.load_pipeline()


def extract_parts(nlp: Any, parts: Sequence[Part], *, title: str = TITLE) -> Extraction:
    """A document of a title and ``parts`` (a bare string is a methods paragraph), extracted."""
    items = [(SectionKind.TITLE, title)] + [(SectionKind.METHODS, p) if isinstance(p, str) else p for p in parts]
    blocks = [Block(text=t, page=1 + i, section=s) for i, (s, t) in enumerate(items)]
    doc = ParsedDocument(source="t.pdf", format="pdf", pages=len(blocks), blocks=blocks, metadata={})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_document(doc, nlp)


def field_value(nlp: Any, field: str, parts: Sequence[Part], *, title: str = TITLE) -> Any:
    """The value of ``field``; every value carries where it came from and how sure it is."""
    fv = extract_parts(nlp, parts, title=title).fields.get(field)
    if fv is None:
        return None
    assert fv.evidence and fv.evidence[0].quote and fv.evidence[0].page
    assert 0.0 < fv.confidence <= 1.0
    return fv.value


def rules_nlp() -> Any:
    """The lexicon-rules pipeline (no trained NER), loaded once per test module by a fixture."""
    import pytest

    nlp_mod = pytest.importorskip("miner.nlp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nlp_mod.load_pipeline(model="rules")


def section_doc(*parts: tuple[SectionKind, str]) -> ParsedDocument:
    """One page-1 block per (section, text); a table section gives a table block."""
    blocks = [
        Block(
            text=t,
            page=1,
            section=s,
            kind=BlockKind.TABLE if s == SectionKind.TABLE else BlockKind.PARAGRAPH,
        )
        for s, t in parts
    ]
    return ParsedDocument(source="n.xml", format="jats", pages=None, blocks=blocks, metadata={})


def section_fields(nlp: Any, *parts: tuple[SectionKind, str]) -> dict[str, Any]:
    """The study fields of ``section_doc(*parts)``; every value carries a quote and a confidence."""
    from miner.extract.fields import extract_fields

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = extract_fields(section_doc(*parts), nlp)
    for fv in out.values():
        assert fv.evidence and fv.evidence[0].quote and 0 < fv.confidence <= 1
    return {k: v.value for k, v in out.items()}
