"""BBB rows from results text across a matrix of sentence shapes, group namings, value formats
and time phrases (built in ``_text_matrix``), and traps that must add no row.

Each case runs the real outcome reader on a methods and a results paragraph of our own and
requires exactly the rows the paragraph reports: (scale, group, arm, day, mean, spread, n).
"""

from __future__ import annotations

import pytest
from _text_matrix import Case, Row, shape_cases, trap_cases

from miner.extract.outcomes import extract_outcomes

# Cases the reader still misses: id -> why (each a mechanism left to build).
XFAIL: dict[str, str] = {}


def rows_of(case: Case) -> set[Row]:
    rows, _notes = extract_outcomes(case.document())
    return {
        (r.outcome, r.group, r.arm, r.day, r.mean, r.sd if r.sd is not None else r.sem, r.n)
        for r in rows
    }


def _params(cases: list[Case]) -> list:
    return [
        pytest.param(
            c,
            id=c.id,
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL[c.id])] if c.id in XFAIL else [],
        )
        for c in cases
    ]


@pytest.mark.parametrize("case", _params(shape_cases()))
def test_each_sentence_shape_gives_exactly_its_rows(case: Case) -> None:
    assert rows_of(case) == set(case.expected), case.results


@pytest.mark.parametrize("case", _params(trap_cases()))
def test_traps_add_no_row(case: Case) -> None:
    assert rows_of(case) == set(case.expected), case.results


def test_the_matrix_covers_every_level_of_every_dimension() -> None:
    from _text_matrix import FORMATS, NAMINGS, SHAPES, TIMES

    ids = [c.id.split(" | ") for c in shape_cases()]
    assert {i[0] for i in ids} == set(SHAPES)
    assert {i[1] for i in ids} == {n.key for n in NAMINGS}
    assert {i[2] for i in ids} == {f.key for f in FORMATS}
    assert {i[3] for i in ids} == {t.key for t in TIMES}
    assert 40 <= len(ids) + len(trap_cases()) <= 120


def test_sem_spreads_are_read_as_sem() -> None:
    """The spread goes to SEM when the methods say so, to SD otherwise."""
    case = next(c for c in shape_cases() if c.id.startswith("respectively | labels"))
    rows, _ = extract_outcomes(case.document())
    sem = "SEM" in case.methods
    assert rows and all((r.sem is not None) == sem and (r.sd is not None) != sem for r in rows)
