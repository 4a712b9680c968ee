"""Dosing schedules and sizes as different labs write them: a first dose followed by one
a day, ordinal repeats dated from the first dose, ordinal intervals ("every third day"),
ischaemia-reperfusion as the injury anchor, and sizes with a decimal comma."""

from __future__ import annotations

import pytest

from miner.extract._schedule import find_frequencies
from miner.extract.quantities import find_sizes


def _freqs(text: str) -> list[dict[str, object]]:
    return [q.value for q in find_frequencies(text)]


def _sched(doses: int, interval: float | None) -> dict[str, object]:
    return {"doses": doses, "interval_h": interval}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first dose, then one on each of the following days: first + N
        (
            "The first dose was given 2 h after contusion, followed by one injection on each of the next three days.",
            _sched(4, 24.0),
        ),
        ("EVs were injected at 6 h, then a further dose on each of the following two days.", _sched(3, 24.0)),
        ("Vesicles were infused 1 h after SCI and then one infusion on the two following days.", _sched(3, 24.0)),
        # the days named are the whole schedule
        ("Rats received one injection on each of the first five days after injury.", _sched(5, 24.0)),
        ("Mice received an injection on each of the following three days.", _sched(3, 24.0)),
        # a dated first dose "and on the next N days"
        ("Exosomes (50 ug) were given 30 min after compression and on the next two days.", _sched(3, 24.0)),
        ("sEVs were delivered on day 1 post-injury, and again on the following 4 days.", _sched(5, 24.0)),
        ("EVs were injected 1 h after SCI and on the next two weeks.", _sched(3, 168.0)),
    ],
)
def test_first_dose_then_one_a_day(text: str, expected: dict[str, object]) -> None:
    assert _freqs(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first injection followed injury by 1 h, and the second and third 24 h and 48 h later.", _sched(3, 24.0)),
        ("The second and third injections were given 2 and 4 days later.", _sched(3, 48.0)),
        ("the second, third and fourth doses 7, 14 and 21 days later", _sched(4, 168.0)),
        # unequal gaps: the count is sure, the interval is not one number
        ("the second and third injections were given 1 and 3 days later", _sched(3, None)),
        ("The second injection was given 3 days later.", _sched(2, 72.0)),
    ],
)
def test_ordinal_repeats_dated_from_the_first(text: str, expected: dict[str, object]) -> None:
    assert _freqs(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # ordinals naming groups, not repeated doses
        "The second and third groups received 20 and 40 ug of exosomes.",
        # more times than ordinals: which dose is which is not said
        "the second injection was given 1, 2 and 3 days later",
        # times out of order
        "the second and third injections were given 3 and 1 days later",
        # "the next two days" of an assessment, not of dosing, with no dose named
        "Rats were weighed on the next two days.",
    ],
)
def test_ordinals_that_are_not_a_schedule_stay_empty(text: str) -> None:
    assert _freqs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Injections began 6 h after injury and were repeated every third day, five injections in total.", _sched(5, 72.0)),
        ("EVs were given every second day for 10 days.", _sched(5, 48.0)),
        ("Exosomes were injected every fourth day, a total of 4 injections.", _sched(4, 96.0)),
        ("Vesicles were infused every second week for 8 weeks.", _sched(4, 336.0)),
    ],
)
def test_every_ordinal_day(text: str, expected: dict[str, object]) -> None:
    assert _freqs(text) == [expected]


def test_reperfusion_is_the_injury_not_an_assessment() -> None:
    """In ischaemia-reperfusion models the doses are dated from reperfusion; a transcardial
    perfusion still dates a sacrifice (tested through the candidate filter)."""
    from miner.extract._numeric import _assessed_at

    dosing = "The first injection was given 1 h after reperfusion, and the second and third 24 h and 48 h later."
    q = find_frequencies(dosing)[0]
    assert not _assessed_at(dosing, q.start)
    sacrifice = "Rats were perfused transcardially 28 days after injury."
    assert _assessed_at(sacrifice, sacrifice.index("28"))


@pytest.mark.parametrize(
    ("text", "value", "stat"),
    [
        ("The median diameter (x50) was 118,4 nm by NTA.", 118.4, "median"),
        ("NTA gave a mean size of 97,2 ± 14,6 nm.", 97.2, "mean"),
        ("modal size 104,5 nm", 104.5, "mode"),
        ("The mean diameter was 121.3 nm.", 121.3, "mean"),
    ],
)
def test_size_with_a_decimal_comma(text: str, value: float, stat: str) -> None:
    (q,) = find_sizes(text)
    assert (q.value["value"], q.value["stat"]) == (value, stat)


def test_decimal_comma_range_and_no_number_inside_another() -> None:
    (q,) = find_sizes("Particles measured between 45,5 and 160,2 nm.")
    assert (q.value["low"], q.value["high"]) == (45.5, 160.2)
    # "132,5" is one number: never the "5" after its comma (which is implausible anyway)
    assert [q.value["value"] for q in find_sizes("a diameter of 132,5 nm")] == [132.5]
    # a thousands separator is still read as one: 1,500 nm is 1500, not 1.5
    assert [q.value["value"] for q in find_sizes("aggregates of 1,500 nm")] == [1500.0]
