"""Numeric fields where the layout or the grammar of a statement carries the fact.

A schedule stated only as a list of days in a group table with its interval in brackets,
a single dose written as "a single 20 µg of vesicles" or closed by ", once.", a weekly
schedule written "once in a week during four weeks", dose levels named among the groups
("three doses of Exo"), an injury named with its force or level ("6 h after a 150 kdyn
contusion"), group sizes in the column headers of a score table, and the bench or
report sentences whose "again" / "repeated" must not veto a single dose. Every phrasing
was written for these tests; the traps beside them must stay empty or keep the right value.
"""

from __future__ import annotations

from typing import Any

import pytest

from miner.extract import extract_fields
from miner.extract.quantities import find_frequencies, find_time_points
from miner.parse.model import Block, ParsedDocument, SectionKind

S = SectionKind

_TITLE = "Stromal cell exosomes and locomotor recovery after spinal cord injury in rats"
_ANIMALS = "Adult female Wistar rats received a T9 contusion with a weight-drop device."
_ISOLATION = "Vesicles were collected from conditioned medium by ultracentrifugation."


def _doc(*parts: tuple[SectionKind, str]) -> ParsedDocument:
    allparts = [(S.TITLE, _TITLE), (S.METHODS, _ANIMALS), (S.METHODS, _ISOLATION), *parts]
    blocks = [Block(text=t, page=1 + i // 3, section=s) for i, (s, t) in enumerate(allparts)]
    return ParsedDocument(source="layout.pdf", format="pdf", pages=4, blocks=blocks, metadata={})


def _value(field: str, *parts: tuple[SectionKind, str]) -> Any:
    fv = extract_fields(_doc(*parts), None).get(field)
    if fv is not None:
        assert fv.evidence and fv.evidence[0].page and fv.evidence[0].quote
        assert 0.0 < fv.confidence <= 1.0
    return None if fv is None else fv.value


def _m(text: str) -> tuple[SectionKind, str]:
    return (S.METHODS, text)


def _freq(doses: int, interval: float | None) -> dict[str, Any]:
    return {"doses": doses, "interval_h": interval}


# ----------------------------------------------------------------------- group (design) tables


def _groups_table(cell: str) -> tuple[SectionKind, str]:
    return (
        S.TABLE,
        (
            "Table 1. Study groups.\nGroup\tn\tTreatment\tSchedule\n"
            "Sham\t9\tnone\t-\nVehicle\t9\tPBS 300 µl\tas below\n"
            f"EV\t9\tvesicles, 60 µg in 300 µl\t{cell}"
        ),
    )


@pytest.mark.parametrize(
    ("cell", "frequency"),
    [
        # the list of days and, in brackets, the interval it agrees with
        ("days 1, 2 and 3 after injury (once daily)", _freq(3, 24.0)),
        ("days 2, 3, 4 and 5 post-SCI (one injection a day)", _freq(4, 24.0)),
        ("days 1, 3, 5 and 7 after SCI (every other day)", _freq(4, 48.0)),
        ("on days 1, 8 and 15 (weekly)", _freq(3, 168.0)),
    ],
)
def test_a_group_table_cell_gives_the_schedule_from_its_list_of_days(
    cell: str, frequency: dict[str, Any]
) -> None:
    methods = _m("Vesicles were injected through the tail vein as set out in Table 1.")
    assert _value("frequency", methods, _groups_table(cell)) == frequency


def test_a_list_that_disagrees_with_its_interval_does_not_count_the_doses() -> None:
    # "daily" on days two apart: one of the two is wrong, so the count stays unstated.
    found = find_frequencies("Exosomes were injected daily on days 1, 3 and 5 after injury.")
    assert [q.value["doses"] for q in found] == [None]


# ----------------------------------------------------------------------- single doses


@pytest.mark.parametrize(
    "sentence",
    [
        "Right after the impact, a single 20 µg of vesicles in 4 µl was injected into the lesion.",
        "One single 5 µg of exosomes was delivered into the cavity after contusion.",
        "Exosomes (10 µg in 2 µl) were injected into the lesion after the contusion with a pulled glass pipette, once.",
        "Into the epicentre 8 µg of vesicles was infused at 0.5 µl/min, once only; the needle then stayed 2 min.",
    ],
)
def test_a_single_dose_said_by_the_amount_or_a_closing_once(sentence: str) -> None:
    assert _value("frequency", _m(sentence)) == _freq(1, None)


@pytest.mark.parametrize(
    "trap",
    [
        # "at once" is "immediately", not a count
        "Exosomes were injected through the tail vein at once.",
        # "once" that opens a clause dates, it does not count
        "Once the bleeding stopped, exosomes were injected daily for five days.",
    ],
)
def test_once_that_does_not_count_doses_is_not_a_single_dose(trap: str) -> None:
    assert all(q.value != _freq(1, None) for q in find_frequencies(trap))


@pytest.mark.parametrize(
    "bench",
    [
        "Vesicles were pelleted at 100,000 × g for 70 min, washed in PBS and pelleted again.",
        "The supernatant was spun twice at 2,000 × g before ultracentrifugation.",
        "Scores of the inclined plane test are listed in Table S3 and are not repeated here.",
    ],
)
def test_repetition_on_the_bench_or_in_the_report_leaves_a_single_dose(bench: str) -> None:
    dosing = _m(
        "Immediately after the contusion, 30 µg of exosomes in 10 µl was injected into the lesion."
    )
    assert _value("frequency", _m(bench), dosing) == _freq(1, None)


def test_a_repeated_dosing_nearby_still_vetoes_the_implied_single_dose() -> None:
    dosing = _m(
        "Thirty minutes after the contusion, 30 µg of exosomes in 10 µl was injected into the lesion."
    )
    again = _m("The injection was repeated on two later occasions.")
    assert _value("frequency", dosing, again) != _freq(1, None)


# ----------------------------------------------------------------------- weekly, dose levels


@pytest.mark.parametrize(
    ("sentence", "frequency"),
    [
        (
            "Exosomes were given into the jugular vein once in a week during four weeks.",
            _freq(4, 168.0),
        ),
        ("Vesicles were injected twice in a week for three weeks.", _freq(6, 84.0)),
        ("The rats got exosomes by tail vein once in a day during five days.", _freq(5, 24.0)),
    ],
)
def test_once_in_a_week_during_n_weeks(sentence: str, frequency: dict[str, Any]) -> None:
    assert [q.value for q in find_frequencies(sentence)] == [frequency]


@pytest.mark.parametrize(
    "levels",
    [
        "Forty rats were randomised into four groups: sham, vehicle and two doses of exosomes.",
        "Rats were allotted to five groups (sham, PBS, and three doses of EVs).",
        "Exosomes were tested at three different doses in separate animals.",
        "Rats were given two doses (40 and 160 µg) of exosomes intravenously.",
        "Four dose levels of vesicles were compared.",
    ],
)
def test_dose_levels_are_not_a_count_of_administrations(levels: str) -> None:
    assert all((q.value["doses"] or 0) < 2 for q in find_frequencies(levels))


@pytest.mark.parametrize(
    ("sentence", "frequency"),
    [
        ("Rats in both treated groups received two doses of exosomes 48 h apart.", _freq(2, 48.0)),
        ("Each rat received three doses of EVs (days 1, 4 and 7 after SCI).", _freq(3, 72.0)),
    ],
)
def test_a_count_of_doses_given_to_the_groups_stays_a_count(
    sentence: str, frequency: dict[str, Any]
) -> None:
    assert [q.value for q in find_frequencies(sentence)] == [frequency]


def test_the_weekly_schedule_wins_over_dose_levels_named_among_the_groups() -> None:
    groups = _m(
        "Fifty rats were randomised into five groups (ten in each): sham, vehicle and three doses of exosomes."
    )
    dosing = _m(
        "Exosomes (20, 40 or 80 µg in 250 µl) were given into the jugular vein once in a week during "
        "three weeks, the first time one day after the injury."
    )
    assert _value("frequency", groups, dosing) == _freq(3, 168.0)


# ----------------------------------------------------------------------- timing


@pytest.mark.parametrize(
    ("sentence", "hours"),
    [
        ("were injected six hours after a 200 kdyn contusion", 6.0),
        ("were infused 30 min after a 1-min clip compression", 0.5),
        ("were given 2 h after a moderate T10 contusion", 2.0),
        ("were given 12 h after a 10 g × 25 mm weight-drop injury", 12.0),
        ("were injected on day 3 after a severe thoracic contusion", 72.0),
    ],
)
def test_an_injury_named_with_its_force_or_level_anchors_the_time(
    sentence: str, hours: float
) -> None:
    assert [q.value["hours"] for q in find_time_points(sentence)] == [hours]


@pytest.mark.parametrize(
    "trap",
    [
        # the noun after the article is not the injury
        "were injected 24 h after a second exosome injection into the lesion",
        "were given 3 h after a 10 min rest in the cage",
    ],
)
def test_a_time_after_something_else_is_not_anchored_to_the_injury(trap: str) -> None:
    assert find_time_points(trap) == []


def test_a_results_sentence_with_a_score_dates_the_score_not_the_dose() -> None:
    dosing = _m("Exosomes (100 µg/kg) were injected intraperitoneally every other day for 14 days.")
    result = (
        S.RESULTS,
        "At 28 dpi the high-dose group reached 9.9 ± 0.6, against 7.0 ± 0.5 with the low dose.",
    )
    assert _value("timing_post_injury_h", dosing, result) is None


# ----------------------------------------------------------------------- group sizes in headers


def _score_table(header: str) -> tuple[SectionKind, str]:
    return (
        S.TABLE,
        (
            f"Table 2. BBB scores (mean and SEM).\n{header}\n"
            "7\t21.0\t0.0\t3.1\t0.4\t4.0\t0.5\n28\t21.0\t0.0\t6.6\t0.6\t8.9\t0.7"
        ),
    )


@pytest.mark.parametrize(
    ("header", "n"),
    [
        ("Day\tSham (n = 10)\t\tSCI + PBS (n = 10)\t\tSCI + Exo (n = 10)\t", 10),
        ("Day\tSham (n=6)\t\tVehicle (n=11)\t\tEV (n=11)\t", 11),
        ("DPI\tNaive [n = 5]\t\tControl [n = 9]\t\tExosome [n = 9]\t", 9),
    ],
)
def test_group_sizes_in_the_column_headers_of_a_score_table(header: str, n: int) -> None:
    methods = _m("Rats were randomly assigned to three groups.")
    assert _value("n_per_group", methods, _score_table(header)) == n


def test_column_headers_that_disagree_give_no_group_size() -> None:
    methods = _m("Rats were randomly assigned to three groups.")
    table = _score_table("Day\tSham (n = 6)\t\tSCI + PBS (n = 12)\t\tSCI + Exo (n = 10)\t")
    assert _value("n_per_group", methods, table) is None
