"""BBB rows from lists: two groups by two days with "respectively", labels listed after their
means ("… for Exo, PBS and SCI"), and dose groups named by their amount ("the 100 µg group").

Each case is our own wording; a list whose labels cannot be told apart stays empty.
"""

from __future__ import annotations

import pytest

from miner.extract.outcomes import extract_outcomes
from miner.parse.model import Block, ParsedDocument, SectionKind

S = SectionKind
Row = tuple[str, str, float, float]  # group, arm, day, mean

BBB = "Hind-limb function was rated on the BBB open-field scale by two blinded raters."


def rows_of(results: str, methods: str = "") -> set[Row]:
    blocks = [Block(text=BBB, page=None, section=S.METHODS)]
    if methods:
        blocks.append(Block(text=methods, page=None, section=S.METHODS))
    blocks.append(Block(text=results, page=None, section=S.RESULTS))
    doc = ParsedDocument(source="s.xml", format="xml", pages=None, blocks=blocks, tables=[])
    return {(r.group, r.arm, r.day, r.mean) for r in extract_outcomes(doc)[0]}


@pytest.mark.parametrize(
    "text",
    [
        "BBB scores were 9.8 ± 0.9 and 12.1 ± 1.0 in the Exo group and 7.0 ± 0.8 and 8.2 ± 0.9 "
        "in the PBS group at weeks 4 and 8, respectively.",
        "The BBB score reached 9.8 ± 0.9 and 12.1 ± 1.0 in the Exo group, and 7.0 ± 0.8 and "
        "8.2 ± 0.9 in the PBS group, at 4 and 8 weeks, respectively.",
    ],
)
def test_two_groups_by_two_days_respectively(text: str) -> None:
    assert rows_of(text) == {
        ("Exo", "treatment", 28.0, 9.8),
        ("Exo", "treatment", 56.0, 12.1),
        ("PBS", "control", 28.0, 7.0),
        ("PBS", "control", 56.0, 8.2),
    }


def test_runs_without_their_own_group_stay_empty() -> None:
    # Four means, two days, one group named: which run is whose cannot be read.
    text = (
        "BBB scores were 9.8 ± 0.9 and 12.1 ± 1.0 and 7.0 ± 0.8 and 8.2 ± 0.9 in the PBS group "
        "at weeks 4 and 8, respectively."
    )
    assert not {r for r in rows_of(text) if r[2] == 28.0 and r[0] == "PBS" and r[3] == 9.8}
    assert not any(r[0] == "Exo" for r in rows_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "At day 28, BBB scores were 9.6 ± 0.6, 7.6 ± 0.6 and 6.8 ± 0.5 for Exo, PBS and SCI.",
        "On day 28 the BBB scores were 9.6 ± 0.6, 7.6 ± 0.6 and 6.8 ± 0.5 in Exo, PBS and SCI.",
        "At day 28, BBB scores were 9.6 ± 0.6, 7.6 ± 0.6 and 6.8 ± 0.5 for the Exo, PBS and SCI groups.",
    ],
)
def test_labels_listed_after_their_means(text: str) -> None:
    assert rows_of(text) == {
        ("Exo", "treatment", 28.0, 9.6),
        ("PBS", "control", 28.0, 7.6),
        ("SCI", "control", 28.0, 6.8),
    }


@pytest.mark.parametrize(
    "text",
    [
        # Not labels: time words and lower-case words that name no group.
        "At day 28, BBB scores were 9.6 ± 0.6, 7.6 ± 0.6 and 6.8 ± 0.5 for days, weeks and months.",
        "At day 28, BBB scores were 9.6 ± 0.6 and 7.6 ± 0.6 for left and right.",
        # Fewer labels than means.
        "At day 28, BBB scores were 9.6 ± 0.6, 7.6 ± 0.6 and 6.8 ± 0.5 for Exo and PBS.",
    ],
)
def test_lists_that_are_no_group_labels_give_no_rows(text: str) -> None:
    assert rows_of(text) == set()


METHODS = "Rats were randomly assigned to Sham, PBS, Exo 25 µg and Exo 100 µg groups."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At day 28 the BBB score was 11.4 ± 0.8 in the 100 µg group and 8.0 ± 0.7 in the PBS group.",
            {("Exo 100 µg", "treatment", 28.0, 11.4), ("PBS", "control", 28.0, 8.0)},
        ),
        (
            "At day 28 the BBB score was 11.4 ± 0.8 in the 100 μg group and 9.0 ± 0.7 in the 25 ug group.",
            {("Exo 100 µg", "treatment", 28.0, 11.4), ("Exo 25 µg", "other", 28.0, 9.0)},
        ),
    ],
)
def test_a_dose_group_keeps_its_amount(text: str, expected: set[Row]) -> None:
    assert rows_of(text, METHODS) == expected


def test_an_amount_without_a_known_label_keeps_amount_and_unit() -> None:
    text = "At day 28 the BBB score was 11.4 ± 0.8 in the 100 µg group and 8.0 ± 0.7 in the PBS group."
    groups = {r[0] for r in rows_of(text)}
    assert groups == {"100 µg", "PBS"}
