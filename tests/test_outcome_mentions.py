"""Scores whose group is named by what it was given, not by its label ("with EVs", "after vehicle")."""

from __future__ import annotations

import pytest

from miner.extract._numbers import fold
from miner.extract._outcome_mention_find import find_mentions
from miner.extract._outcome_values import decimal_points
from miner.parse.model import SectionKind, Table
from tests._outcome_docs import Row, outcome_doc, outcome_rows

METHODS = "Rats were allocated to sham, vehicle and exosome groups. Hind-limb function: BBB scale."


def _table(*groups: str) -> Table:
    """A score table with the paper's group labels (its values sit at a day no sentence uses)."""
    rows = [["Group", "Day 99"], *[[g, "20.0 ± 0.1"] for g in groups]]
    return Table(rows=rows, page=None, caption="Table 1. BBB scores (mean ± SD).")


def rows_of(sentence: str, *groups: str) -> set[Row]:
    doc = outcome_doc(
        METHODS,
        (SectionKind.RESULTS, "Locomotion was scored on the BBB scale. " + sentence),
        tables=(_table(*groups),) if groups else (),
    )
    return {r for r in outcome_rows(doc) if r[2] != 99}


@pytest.mark.parametrize(
    ("sentence", "groups", "expected"),
    [
        pytest.param(
            "Six weeks after the lesion the EV group stood at 9.6 ± 0.7, compared with 6.4 ± 0.5 "
            "after vehicle.",
            ("Sham", "Vehicle", "EV"),
            {("EV", "treatment", 42, 9.6), ("Vehicle", "control", 42, 6.4)},
            id="after-vehicle",
        ),
        pytest.param(
            "At day 21 the mean score was 9.9 ± 1.2 with EVs and 6.1 ± 1.0 without.",
            ("Sham", "PBS", "EV"),
            {("EV", "treatment", 21, 9.9), ("PBS", "control", 21, 6.1)},
            id="with-and-without",
        ),
        pytest.param(
            "At 48 h the scores were 3.9 ± 1.1 with Exo and 1.6 ± 0.9 with saline.",
            ("Sham", "Saline", "Exo"),
            {("Exo", "treatment", 2, 3.9), ("Saline", "control", 2, 1.6)},
            id="hours-and-with",
        ),
        pytest.param(
            "Saline-treated rats were at 1.4 ± 0.4 in week 1 and 6.2 ± 0.6 in week 6, while Exo "
            "rats stood higher (9.0 ± 0.8 at week 6).",
            ("Sham", "Saline", "Exo"),
            {("Saline", "control", 7, 1.4), ("Saline", "control", 42, 6.2),
             ("Exo", "treatment", 42, 9.0)},
            id="one-group-over-weeks-then-another",
        ),
        pytest.param(
            "In week 3, Exo-miR rats scored 7.7 ± 0.9, while Exo-NC and SCI rats scored 6.0 ± 0.8 "
            "and 5.2 ± 0.7, respectively.",
            ("Sham", "SCI", "Exo-NC", "Exo-miR"),
            {("Exo-miR", "treatment", 21, 7.7), ("Exo-NC", "other", 21, 6.0),
             ("SCI", "control", 21, 5.2)},
            id="listed-pair-then-respectively",
        ),
        pytest.param(
            "By day 35, group C had recovered to 12.0 ± 0.9, whereas groups B and A plateaued at "
            "7.9 ± 0.8 and 7.1 ± 0.7.",
            ("Sham", "A", "B", "C"),
            {("C", "other", 35, 12.0), ("B", "other", 35, 7.9), ("A", "other", 35, 7.1)},
            id="listed-pair-without-respectively",
        ),
        pytest.param(
            "The 200 µg dose differed from vehicle from POD 21 (9.1 ± 1.0 vs 6.3 ± 0.9).",
            ("Sham", "Vehicle", "Exo 50 µg", "Exo 200 µg"),
            {("Exo 200 µg", "treatment", 21, 9.1), ("Vehicle", "control", 21, 6.3)},
            id="dose-then-vehicle-then-bracketed-pair",
        ),
        pytest.param(
            "Exo-treated rats reached 10,4 ± 0,8 at 5 weeks, compared with 7,2 ± 0,6 after vehicle.",
            ("Sham", "Vehicle", "Exo"),
            {("Exo", "treatment", 35, 10.4), ("Vehicle", "control", 35, 7.2)},
            id="decimal-commas",
        ),
    ],
)
def test_groups_named_by_what_they_were_given(
    sentence: str, groups: tuple[str, ...], expected: set[Row]
) -> None:
    assert rows_of(sentence, *groups) == expected


@pytest.mark.parametrize(
    ("sentence", "groups", "wrong"),
    [
        pytest.param(
            "The vehicle group gained less on the BBB scale than the Exo group (6.0 ± 0.5 at day "
            "28).",
            ("Sham", "Vehicle", "Exo"),
            "Exo",
            id="object-of-than-is-not-the-subject",
        ),
        pytest.param(
            "At day 21 the mean score was 9.9 ± 1.2 with EVs and 6.0 ± 1.0 without.",
            ("Sham", "PBS", "Saline", "EV"),
            None,
            id="without-where-two-groups-had-no-vesicles",
        ),
    ],
)
def test_unclear_mentions_bind_nothing_wrong(
    sentence: str, groups: tuple[str, ...], wrong: str | None
) -> None:
    """6.0 is not ``wrong``'s score (None: it belongs to no group the sentence makes clear)."""
    rows = rows_of(sentence, *groups)
    assert not {r for r in rows if r[3] == 6.0 and (wrong is None or r[0] == wrong)}


@pytest.mark.parametrize(
    ("text", "known", "labels"),
    [
        ("9.9 with EVs and 6.1 without", ["PBS", "EV"], ["EV", "PBS"]),
        ("vehicle-treated rats and sham rats", ["Sham", "Vehicle", "Exo"], ["Vehicle", "Sham"]),
        ("native exosomes beside Exo-miR", ["Exo-NC", "Exo-miR"], ["Exo-NC", "Exo-miR"]),
        ("the high dose and the low dose", ["EV-high", "EV-low"], ["EV-high", "EV-low"]),
        ("the 100 µg group", ["Exo 25 µg", "Exo 100 µg"], ["Exo 100 µg"]),
    ],
)
def test_mentions_resolve_to_the_papers_labels(text: str, known: list[str], labels: list[str]) -> None:
    # Sentences are read folded ("µg" as "ug"); the labels come back as the paper wrote them.
    assert [m.label for m in find_mentions(fold(text), known)] == labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reached 9,8 ± 0,7 at day 42", "reached 9.8 ± 0.7 at day 42"),
        ("scores of 5,4 (0,5) and 8,2 (0,6)", "scores of 5.4 (0.5) and 8.2 (0.6)"),
        ("on days 1,3 and 7 the scores were 2.1 ± 0.3", "on days 1,3 and 7 the scores were 2.1 ± 0.3"),
        ("a total of 1,200 rats", "a total of 1,200 rats"),
    ],
)
def test_decimal_commas_only_where_scores_use_them(text: str, expected: str) -> None:
    out = decimal_points(text)
    assert out == expected and len(out) == len(text)
