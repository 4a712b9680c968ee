"""BBB rows from sentences that write their scores in less common shapes: a mean with its 95%
confidence interval, a mean split by a stray space from its decimals ("6 .2 ± 1.1"), and scores
written beside the full statistics of their test (H, U, t with degrees of freedom, chi-square).

Each shape is pinned down with wordings of our own and the traps that must stay empty: interval
bounds, test statistics, degrees of freedom and p-values are no scores. Rows are (group, day, mean).
"""

from __future__ import annotations

import pytest
from _outcome_docs import outcome_doc, outcome_rows

from miner.parse.model import ParsedDocument, SectionKind, Table

S = SectionKind

BBB = "Hind-limb function was rated on the BBB open-field scale by two blinded raters."
_LEAD = "Hind-limb scores recovered over the weeks after injury."
_PROBE_DAY = 99.0  # the probe table's own column: not under test


def paper(sentence: str, labels: str) -> ParsedDocument:
    """A results paragraph holding ``sentence`` and a table naming the groups in ``labels``."""
    rows = [["Group", f"Day {_PROBE_DAY:.0f}"]] + [[g, "20.0 ± 0.1"] for g in labels.split(",")]
    table = Table(label="Table 1", caption="Table 1. BBB scores (mean ± SD).", rows=rows, page=None)
    return outcome_doc(BBB, (S.RESULTS, f"{_LEAD} {sentence}"), tables=(table,))


def rows_of(doc: ParsedDocument) -> set[tuple[str, float, float]]:
    return {(g, d, m) for g, _arm, d, m in outcome_rows(doc) if d != _PROBE_DAY}


# --- a mean with its confidence interval: the mean is the score, the bounds are not ---------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "At week 6, BBB was 10.9 (10.1–11.7) in EV rats and 7.8 (6.9–8.7) in Vehicle rats "
                "(mean (95% CI); p < 0.001)."
            ),
            {("EV", 42.0, 10.9), ("Vehicle", 42.0, 7.8)},
        ),
        (
            (
                "On day 28 the EV group scored 12.4 (95% CI 11.2-13.6) and the Vehicle group "
                "8.1 (95% CI 7.0-9.2)."
            ),
            {("EV", 28.0, 12.4), ("Vehicle", 28.0, 8.1)},
        ),
        (
            "By day 21, mean BBB scores were 9.6 [8.8, 10.4] with EV and 6.9 [6.1, 7.7] with Vehicle.",
            {("EV", 21.0, 9.6), ("Vehicle", 21.0, 6.9)},
        ),
        (
            (
                "At week 4 EV rats reached 11.0 (95% confidence interval 10.2 to 11.8), against "
                "7.5 (95% confidence interval 6.6 to 8.4) in Vehicle rats."
            ),
            {("EV", 28.0, 11.0), ("Vehicle", 28.0, 7.5)},
        ),
    ],
)
def test_a_mean_with_its_confidence_interval_gives_the_mean(sentence: str, expected: set) -> None:
    assert rows_of(paper(sentence, "Sham,Vehicle,EV")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # The interval of a difference between groups, not of a group's score.
        "At day 28 the EV group differed from Vehicle by 3.1 points (95% CI 1.9 to 4.3; p < 0.001).",
        # A bracket that does not hold the number before it is no interval of that number.
        "At day 28 the EV group scored 4 (10.1–11.7) in the open field.",
    ],
)
def test_intervals_that_hold_no_score_stay_empty(sentence: str) -> None:
    assert rows_of(paper(sentence, "Sham,Vehicle,EV")) == set()


# --- a stray space between a mean's units and its decimals --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The EV group rose from the 2nd week (6 .2 ± 1.1) and reached 10.7 ± 1.4 at the 4th week.",
            {("EV", 14.0, 6.2), ("EV", 28.0, 10.7)},
        ),
        (
            (
                "The BBB score of the EV group at 28 d was 12 .3 ± 1.2, higher than the Vehicle group "
                "(9.4 ± 1.1)."
            ),
            {("EV", 28.0, 12.3), ("Vehicle", 28.0, 9.4)},
        ),
        (
            "At day 14 the Vehicle group scored 5 .8 +/- 0.9 and the EV group 8 .1 +/- 1.0.",
            {("Vehicle", 14.0, 5.8), ("EV", 14.0, 8.1)},
        ),
        (
            "At day 7 the EV group scored 4 .6 (0.5), the Vehicle group 3 .9 (0.6).",
            {("EV", 7.0, 4.6), ("Vehicle", 7.0, 3.9)},
        ),
    ],
)
def test_a_stray_space_inside_a_mean_is_closed(sentence: str, expected: set) -> None:
    assert rows_of(paper(sentence, "Sham,Vehicle,EV")) == expected


# --- test statistics written beside the scores are no scores ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "At day 28, median BBB scores were 12.5 [IQR 11–13] with EV and 8 [IQR 7–9] in Vehicle "
                "rats (Kruskal–Wallis H = 14.2, p < 0.001)."
            ),
            {("EV", 28.0, 12.5), ("Vehicle", 28.0, 8.0)},
        ),
        (
            (
                "On day 21 EV rats scored 11 [IQR 10-12] and Vehicle rats 7 [IQR 6-8] (Mann-Whitney "
                "U = 4, p = 0.002)."
            ),
            {("EV", 21.0, 11.0), ("Vehicle", 21.0, 7.0)},
        ),
        (
            (
                "At week 2, EV rats scored 9.9 ± 0.6 versus 8.1 ± 0.7 in Vehicle rats "
                "(t(17) = 2.07, p = 0.054)."
            ),
            {("EV", 14.0, 9.9), ("Vehicle", 14.0, 8.1)},
        ),
        (
            "At day 14 the BBB score was 8 in EV rats and 6 in Vehicle rats (χ2 = 9.1, df = 2, p = 0.01).",
            {("EV", 14.0, 8.0), ("Vehicle", 14.0, 6.0)},
        ),
        (
            "At day 14 the BBB score was 8 in EV rats and 6 in Vehicle rats (z = 2.9; p = 0.004).",
            {("EV", 14.0, 8.0), ("Vehicle", 14.0, 6.0)},
        ),
    ],
)
def test_test_statistics_beside_scores_are_not_scores(sentence: str, expected: set) -> None:
    assert rows_of(paper(sentence, "Sham,Vehicle,EV")) == expected


# --- a mean ± SEM followed by its group size in brackets: "11.9 ± 0.5 (9)" ------------------------


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            (
                "From day 14 onward EV rats scored higher than Vehicle rats (8.4 ± 0.7 (9) versus "
                "6.2 ± 0.7 (9); p = 0.046)."
            ),
            "Sham,Vehicle,EV",
            {("EV", 14.0, 8.4), ("Vehicle", 14.0, 6.2)},
        ),
        (
            (
                "At day 42 the BBB score was 11.9 ± 0.5 (9) in EV rats and 8.6 ± 0.7 (10) in Vehicle "
                "rats (mean ± SEM (n); p = 0.004)."
            ),
            "Sham,Vehicle,EV",
            {("EV", 42.0, 11.9), ("Vehicle", 42.0, 8.6)},
        ),
        (
            (
                "Scores did not differ on day 1 (EV 0.4 ± 0.1 (11) vs Vehicle 0.3 ± 0.1 (12); "
                "p > 0.99)."
            ),
            "Sham,Vehicle,EV",
            {("EV", 1.0, 0.4), ("Vehicle", 1.0, 0.3)},
        ),
        (
            (
                "On day 28 Vehicle rats reached 7.1 +/- 0.6 (8), whereas EV rats reached "
                "10.2 +/- 0.7 (8)."
            ),
            "Sham,Vehicle,EV",
            {("Vehicle", 28.0, 7.1), ("EV", 28.0, 10.2)},
        ),
    ],
)
def test_a_group_size_after_a_mean_is_no_score(sentence: str, labels: str, expected: set) -> None:
    assert rows_of(paper(sentence, labels)) == expected
