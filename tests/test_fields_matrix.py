"""The weak methods fields, run end to end over a matrix of phrasings (``_fields_matrix``).

Each case is a short methods section written for this test; the field must come out
with the value a reviewer would enter and a quote containing the phrase that states
it, or stay empty (or keep the study's own value) where the paragraph holds only a
lookalike: an in-vitro knockdown, a catheter level, the isolation of cells, an
antibiotic schedule, cells per well.
"""

from __future__ import annotations

from typing import Any

import pytest
from _fields import rules_nlp
from _fields_matrix import CASES, Case, case_params, check_case


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return rules_nlp()


@pytest.mark.parametrize("case", case_params(CASES, {}))
def test_field_reads_as_methods_write_it(nlp: Any, case: Case) -> None:
    check_case(nlp, case)
