"""The weak methods fields, run end to end over a matrix of phrasings (``_fields_matrix``).

Each case is a short methods section written for this test; the field must come out
with the value a reviewer would enter and a quote containing the phrase that states
it, or stay empty (or keep the study's own value) where the paragraph holds only a
lookalike: an in-vitro knockdown, a catheter level, the isolation of cells, an
antibiotic schedule, cells per well.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from _fields import rules_nlp, section_doc
from _fields_matrix import CASES, Case

from miner.evaluate._labels import labels_match
from miner.extract.fields import extract_fields


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return rules_nlp()


def _params() -> list[Any]:
    out = []
    for c in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=c.xfail)] if c.xfail else []
        out.append(pytest.param(c, id=f"{c.field_name}-{c.id}", marks=marks))
    return out


def _same(field_name: str, got: Any, expected: Any) -> bool:
    if expected is None or got is None:
        return got is expected
    if field_name == "modification":
        return labels_match("modification", str(got), str(expected))
    if field_name == "isolation_method":
        return frozenset(got) == expected
    if isinstance(expected, float):
        return got == pytest.approx(expected)
    return bool(got == expected)


@pytest.mark.parametrize("case", _params())
def test_field_reads_as_methods_write_it(nlp: Any, case: Case) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = extract_fields(section_doc(*case.parts), nlp)
    fv = out.get(case.field_name)
    got = None if fv is None else fv.value
    assert _same(case.field_name, got, case.expected), f"got {got!r}, expected {case.expected!r}"
    if fv is not None:
        ev = fv.evidence[0]
        assert ev.quote and 0 < fv.confidence <= 1
        if case.cue:
            assert case.cue in " ".join(e.quote for e in fv.evidence), ev.quote
