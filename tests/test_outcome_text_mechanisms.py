"""The text normalisers behind the sentence-shape matrix, pinned down on their own: lists of
groups that repeat article and head noun, descriptions followed by the paper's label in brackets,
sentences that give two scales' scores, decimal commas before a comma, and lists of days that
are no lists of days. Each keeps the text's length, so evidence offsets stay where they were."""

from __future__ import annotations

import pytest

from miner.extract._outcome_time import TIME_LIST
from miner.extract._outcome_values import decimal_points, described_labels, group_lists, scale_parts
from miner.extract._text_outcomes import _SCALE_NAMES


@pytest.mark.parametrize(
    ("text", "written_once"),
    [
        (
            "of the Sham group, the SCI group and the Exo group were",
            "Sham, SCI and Exo groups were",
        ),
        ("in Sham rats, SCI rats and Exo rats", "Sham, SCI and Exo rats"),
        (
            "the sham-operated rats, vehicle-treated rats and exosome-treated rats",
            "sham-operated, vehicle-treated and exosome-treated rats",
        ),
        ("the PBS group or the EV group", "PBS and EV groups"),
    ],
)
def test_a_list_of_groups_is_written_with_one_head_noun(text: str, written_once: str) -> None:
    out = group_lists(text)
    assert len(out) == len(text)
    assert written_once in " ".join(out.split())


@pytest.mark.parametrize(
    "text",
    [
        "11.4 ± 1.2 in the Exo group and 6.8 ± 0.9 in the PBS group",  # a value between: no list
        "between Exo rats and PBS mice",  # two head nouns
        "the scores of the Exo group were higher",
    ],
)
def test_text_that_is_no_list_of_groups_is_left_alone(text: str) -> None:
    assert group_lists(text) == text


KNOWN = ["Sham", "PBS", "Exo", "G2", "G3"]


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        (
            "The treated rats (G3) reached 10.8, against 7.2 in the rats given only PBS (G2).",
            "G3 reached 10.8, against 7.2 in G2.",
        ),
        ("At 28 dpi the animals given vesicles (Exo) scored 10.8", "At 28 dpi Exo scored 10.8"),
        ("whereas the vehicle-injected mice (PBS) stayed at 3.1", "whereas PBS stayed at 3.1"),
    ],
)
def test_a_description_then_the_label_in_brackets_reads_as_the_label(text: str, reads: str) -> None:
    out = described_labels(text, KNOWN)
    assert len(out) == len(text)
    assert " ".join(out.split()) == reads


@pytest.mark.parametrize(
    "text",
    [
        "scores were 10.2 (Exo) and 6.1 (PBS)",  # a value before the bracket, not a description
        "the Exo group (n = 8) scored 10.2",  # no label in the bracket
        "BBB scores (Exo) were higher",  # words that describe no animals or treatment
        "the treated rats (MSC) scored 10.2",  # a bracket that is no known label
    ],
)
def test_brackets_that_label_no_description_are_left_alone(text: str) -> None:
    assert described_labels(text, KNOWN) == text


def _kept(text: str) -> list[str]:
    import re

    return re.findall(r"\d+\.\d", text)


@pytest.mark.parametrize(
    ("text", "bbb", "bms"),
    [
        (
            (
                "At day 28 Exo rats had a BBB score of 11.4 ± 1.2 and a BMS score of 5.5 ± 0.4, "
                "against 6.8 ± 0.9 and 3.0 ± 0.5 in PBS rats."
            ),
            ["11.4", "1.2", "6.8", "0.9"],
            ["5.5", "0.4", "3.0", "0.5"],
        ),
        (
            (
                "At 4 weeks rats given EVs scored 11.1 ± 0.8 on the BBB scale, versus 7.7 ± 0.7 "
                "after vehicle; mice given EVs reached 5.2 ± 0.5 on the BMS."
            ),
            ["11.1", "0.8", "7.7", "0.7"],
            ["5.2", "0.5"],
        ),
    ],
)
def test_each_value_of_a_two_scale_sentence_goes_to_its_own_scale(text, bbb, bms) -> None:
    parts = scale_parts(text, _SCALE_NAMES)
    assert all(len(p) == len(text) for p in parts.values())
    assert _kept(parts["BBB"]) == bbb
    assert _kept(parts["BMS"]) == bms


@pytest.mark.parametrize(
    ("text", "points"),
    [
        (
            "were 11,4 ± 1,2, whereas PBS stayed at 6,8 ± 0,9.",
            "were 11.4 ± 1.2, whereas PBS stayed at 6.8 ± 0.9.",
        ),
        ("(11,4 ± 1,2 vs 6,8 ± 0,9, P < 0,01)", "(11.4 ± 1.2 vs 6.8 ± 0.9, P < 0.01)"),
    ],
)
def test_a_decimal_comma_before_a_comma_is_still_a_decimal(text: str, points: str) -> None:
    assert decimal_points(text) == points


@pytest.mark.parametrize(
    ("text", "is_list"),
    [
        ("was 4.6 at day 7 and 11.4 at day 21", False),
        ("at days 7 and 14 the scores were", True),
        ("on day 7, 14 and 28", True),
    ],
)
def test_a_list_of_days_ends_on_a_whole_number(text: str, is_list: bool) -> None:
    assert any(m["l1"] or m["l2"] or m["l3"] for m in TIME_LIST.finditer(text)) == is_list
