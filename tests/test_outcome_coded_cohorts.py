"""Groups coded in a design table ("C | SCI | Exo (7 d)") are read with the methods' sentences.

A time in a coded group's brackets is a start, a harvest or a scoring time as the methods say:
the design-table path settles arms with the same sentences the paper-wide rules read later, so
two cohorts of one treatment are not demoted as a later start before the methods are read.
"""

from __future__ import annotations

from _outcome_docs import table_doc

from miner.extract.outcomes import extract_outcomes

_DESIGN = [
    ["Group", "Injury", "Treatment"],
    ["A", "Laminectomy only", "None"],
    ["B", "SCI", "PBS"],
    ["C", "SCI", "Exo (7 d)"],
    ["D", "SCI", "Exo (28 d)"],
]
_SCORES = [
    ["Group", "Day 7", "Day 28"],
    ["A", "21.0 ± 0.0", "21.0 ± 0.0"],
    ["B", "3.1 ± 0.4", "6.2 ± 0.5"],
    ["C", "5.0 ± 0.6", "10.4 ± 0.8"],
    ["D", "4.8 ± 0.5", "10.9 ± 0.7"],
]


def _arms(methods: str) -> set[tuple[str, str]]:
    doc = table_doc(
        (_DESIGN, "Table 1. Experimental groups.", ""),
        (_SCORES, "Table 2. BBB scores (mean ± SD).", ""),
        methods=methods,
    )
    return {(r.group, r.arm) for r in extract_outcomes(doc)[0]}


def test_coded_cohorts_killed_at_the_bracketed_times_are_both_the_treatment() -> None:
    methods = (
        "Rats were divided into four groups. Exosomes were injected immediately after SCI, "
        "and the rats were sacrificed at 7 d or 28 d."
    )
    assert _arms(methods) == {("A", "sham"), ("B", "control"), ("C", "treatment"), ("D", "treatment")}


def test_coded_later_start_stays_a_comparator() -> None:
    methods = (
        "Rats were divided into four groups. Exosomes were injected via the tail vein at 7 d "
        "or 28 d after SCI."
    )
    assert _arms(methods) == {("A", "sham"), ("B", "control"), ("C", "treatment"), ("D", "other")}
