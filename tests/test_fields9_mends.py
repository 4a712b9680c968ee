"""Mends of a read-only review: values the methods fields took from the wrong words.

Each case is a short document written for this test in the shape of the review's finding
(a design-table column that dates the tests, not the doses; a paragraph whose last count
of animals is an age, a weight, a pilot or the losses), plus variants of it.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from _fields import rules_nlp
from _fields_matrix import (
    ANIMALS,
    CULTURE,
    INJURY,
    ISOLATION,
    TREATMENT,
    Case,
    S,
    _case,
    case_params,
    check_case,
    methods,
)

from miner.extract._numeric import anchored_columns, numeric_candidates
from miner.extract.quantities import find_equal_split_back

# ----------------------------------------------------------------- design-table headers


def _design(header: str, cell: str, treatment: str = "Exosomes i.v. once") -> tuple[Any, ...]:
    rows = (f"Group\tn\tTreatment\t{header}\n"
            "Sham\t10\tLaminectomy only\t–\n"
            f"SCI + Exo\t10\t{treatment}\t{cell}")
    return methods(ANIMALS, INJURY, CULTURE, ISOLATION, "The groups are given in Table 1.") + ((S.TABLE, rows),)


def _sched(id_: str, parts: tuple[Any, ...], doses: Any, timing: Any) -> list[Case]:
    freq = None if doses is None else {"doses": doses, "interval_h": None}
    return [_case(id_, "frequency", parts, freq), _case(id_, "timing_post_injury_h", parts, timing)]


SCHEDULE = [
    *_sched("bbb-testing-column", _design("BBB testing (days post-injury)", "Days 1, 7, 14 and 28"), None, None),
    *_sched("assessment-column", _design("Behavioural assessment (days after injury)", "Days 3, 7 and 21"),
            None, None),
    *_sched("sacrifice-column", _design("Sacrifice (days post-SCI)", "Days 7 and 28"), None, None),
]


@pytest.mark.parametrize(
    ("header", "dosing"),
    [
        ("Schedule (days post-injury)", True),
        ("Injection days after SCI", True),
        ("Dosing (dpi)", True),
        ("Treatment timing (h post-injury)", True),
        ("BBB testing (days post-injury)", False),
        ("Locomotor scoring (days post-injury)", False),
        ("Assessment (dpi)", False),
        ("Tissue harvest (days after injury)", False),
        ("Days post-injury", False),  # the anchor alone does not say what was done on those days
        ("Treatment", False),  # a dosing column that dates nothing from the injury
    ],
)
def test_anchored_column_names_the_dosing(header: str, dosing: bool) -> None:
    assert anchored_columns(f"Group\tn\t{header}") == ({2} if dosing else set())


# ----------------------------------------------------------------- split-back totals


def _n(id_: str, texts: tuple[str, ...], expected: Any, cue: str | None = None) -> Case:
    parts = methods(" ".join(texts), INJURY, CULTURE, ISOLATION, TREATMENT)
    return _case(id_, "n_per_group", parts, expected, cue)


N_PER_GROUP = [
    _n("age-in-weeks", ("12 weeks old female Wistar rats were housed under a 12 h light cycle.",
                        "The rats were randomly divided into three equal groups."), None),
    _n("age-in-months", ("Two months old male rats were obtained from the animal centre.",
                         "The rats were randomly divided into two equal groups."), None),
    _n("weight-in-grams", ("200 g rats were housed two per cage.",
                           "The rats were randomly divided into four equal groups."), None),
    _n("pilot-count-last", ("Forty-five rats were used.",
                            "Six rats were used to optimise the contusion force.",
                            "The rats were randomly divided into three equal groups."), None),
    _n("losses-then-remaining", ("Sixty rats underwent contusion.",
                                 "15 rats died or were excluded.",
                                 "The remaining rats were randomly divided into three equal groups."), None),
    _n("surviving-split", ("Forty rats were injured.",
                           "The surviving animals were equally allocated to four groups."), None),
    # the one count of the paragraph, beside an age and a weight, is still the total
    _n("total-beside-age-weight", ("Thirty 8 weeks old rats (200 g) were obtained.",
                                   "The rats were randomly divided into three equal groups."), 10, "equal groups"),
]

CASES = SCHEDULE + N_PER_GROUP


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return rules_nlp()


@pytest.mark.parametrize("case", case_params(CASES, {}))
def test_field_is_not_taken_from_the_wrong_words(nlp: Any, case: Case) -> None:
    check_case(nlp, case)


@pytest.mark.parametrize(
    ("before", "n"),
    [
        ("Thirty rats were obtained.", 10),
        ("A total of 30 rats were used. The 30 rats were housed in pairs.", 10),
        ("12 weeks old female Wistar rats were used.", None),
        ("Thirty rats were obtained. Six rats were used in a pilot study.", None),
        ("Thirty rats were obtained. 3 rats died after surgery.", None),
    ],
)
def test_split_back_needs_one_count_of_animals(before: str, n: int | None) -> None:
    got = [q.value["n"] for q in find_equal_split_back("The rats were randomly divided into three equal groups.",
                                                       before)]
    assert got == ([] if n is None else [n])


# ----------------------------------------------------------------- cost


class _Sent:
    def __init__(self, text: str, block: int) -> None:
        self.text, self.block_index, self.section = text, block, S.METHODS
        self.start, self.end = 0, len(text)


def test_long_block_of_even_words_costs_linear_time() -> None:
    """A block of thousands of sentences with "seven"/"event"/"even" stays cheap."""
    body = "Seven events were prevented even so."
    small = [_Sent(body, 0) for _ in range(500)]
    large = [_Sent(body, 0) for _ in range(4000)]
    t0 = time.perf_counter()
    numeric_candidates(small)  # type: ignore[arg-type]
    t1 = time.perf_counter()
    numeric_candidates(large)  # type: ignore[arg-type]
    t2 = time.perf_counter()
    # eight times the sentences: linear cost is ~8x; re-joining the block was ~64x
    assert (t2 - t1) < 25 * max(t1 - t0, 1e-3)
