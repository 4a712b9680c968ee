"""Open-ended scoring schedules ("days 1, 3, 7 and weekly thereafter") date a table's bare numbers.

A table headed "1 | 3 | 7 | 14 | 21 | 28 | 42 | 56" takes its unit from the schedule the paper
states; a schedule that lists the first sessions and then repeats ("and weekly thereafter",
"then once a week to 8 weeks", "every 7 days until day 56") holds every one of those numbers.
Dosing, care and weighing schedules written the same way date nothing.
"""

from __future__ import annotations

import pytest
from _outcome_docs import outcome_doc, outcome_rows

from miner.extract._outcome_schedule import bare_time_unit, running_schedules
from miner.parse.model import Table

HEADER = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
WEEKS_OF_DAYS = [7.0, 14.0, 21.0, 28.0, 42.0, 56.0]


@pytest.mark.parametrize(
    ("numbers", "sentence"),
    [
        pytest.param(HEADER, "BBB scores were recorded on days 1, 3, 7 and weekly thereafter.", id="weekly-thereafter"),
        pytest.param(HEADER, "BBB scores were recorded on days 1, 3, 7 and weekly thereafter until day 56.",
                     id="weekly-thereafter-until-day"),
        pytest.param(HEADER, "Locomotion was assessed at 1, 3 and 7 dpi and then once a week to 8 weeks.",
                     id="dpi-then-once-a-week"),
        pytest.param(HEADER, "BBB scoring was done at 1, 3, 7 days and then weekly up to 8 weeks.",
                     id="days-then-weekly-up-to"),
        pytest.param(HEADER, "The BBB scale was rated on days 1, 3 and 7, then every 7 days until day 56.",
                     id="then-every-7-days"),
        pytest.param(HEADER, "Hindlimb movement was scored on days 1, 3, 7, and every week thereafter for 8 weeks.",
                     id="every-week-thereafter-for"),
        pytest.param(HEADER, "BBB was evaluated at days 1, 3 and 7 and at weekly intervals thereafter.",
                     id="weekly-intervals"),
        pytest.param(HEADER, "BBB tests were performed on days 1, 3, 7 and thereafter once a week up to day 56.",
                     id="thereafter-once-a-week"),
        pytest.param(WEEKS_OF_DAYS, "Locomotor function (BBB) was assessed every 7 days until day 56.",
                     id="every-7-days-alone"),
        pytest.param([1.0, 3.0, 7.0, 21.0, 35.0], "BBB scores were taken on days 1, 3 and 7 and every 14 days thereafter.",
                     id="every-14-days-thereafter"),
        pytest.param([1.0, 3.0, 5.0, 7.0, 14.0, 21.0], "The BBB was scored on days 1, 3, 5 and weekly thereafter up to 3 weeks.",
                     id="list-off-the-week"),
    ],
)
def test_an_open_ended_scoring_schedule_dates_bare_day_numbers(numbers: list[float], sentence: str) -> None:
    assert bare_time_unit(numbers, ("", ""), running_schedules([sentence])) == "day"
    assert bare_time_unit(numbers, (sentence, "")) == "day"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Exosomes were injected on days 1, 3, 7 and weekly thereafter.", id="dosing"),
        pytest.param("Rats were given cefazolin on days 1, 3, 7 and weekly thereafter.", id="antibiotic"),
        pytest.param("Body weight was recorded on days 1, 3, 7 and weekly thereafter.", id="weighing"),
        pytest.param("Bladders were expressed on days 1, 3, 7 and then weekly until day 56.", id="care"),
        pytest.param("Animals were weighed at 1, 3 and 7 days and then once a week to 8 weeks.", id="weekly-weighing"),
        pytest.param("BBB scores were recorded weekly thereafter.", id="repeat-without-list-or-end"),
        pytest.param("BBB scores were recorded on days 1, 3, 7 and weekly thereafter until day 28.", id="ends-before-56"),
    ],
)
def test_schedules_that_are_not_the_scoring_sessions_date_nothing(sentence: str) -> None:
    assert bare_time_unit(HEADER, ("", ""), running_schedules([sentence])) is None
    assert bare_time_unit(HEADER, (sentence, "")) is None


def test_weekly_until_a_day_holds_whole_weeks_not_every_day() -> None:
    # "weekly until day 56" is days 7, 14, ... 56; day 3 is no session of it.
    running = running_schedules(["BBB was scored weekly until day 56."])
    assert bare_time_unit([3.0, 7.0, 14.0], ("", ""), running) is None
    assert bare_time_unit([7.0, 14.0, 28.0], ("", ""), running) == "day"


def test_an_open_ended_list_is_no_plain_weekly_schedule_against_the_days() -> None:
    running = running_schedules(["BBB scores were recorded on days 1, 3, 7 and weekly thereafter."])
    assert running.weekly is False
    # A plain weekly statement still is.
    assert running_schedules(["BBB was scored weekly."]).weekly is True


def test_a_table_with_bare_day_headers_gives_rows_on_the_days_the_methods_schedule_states() -> None:
    header = ["Group", "1", "3", "7", "14", "21", "28", "42", "56"]
    grid = [
        header,
        ["Sham", "21", "21", "21", "21", "21", "21", "21", "21"],
        ["Vehicle", "0.5", "1.2", "2.8", "4.0", "5.1", "6.0", "6.9", "7.4"],
        ["Exosome", "0.6", "1.9", "4.1", "6.2", "8.0", "9.3", "10.4", "11.2"],
    ]
    doc = outcome_doc(
        "Hindlimb locomotion was rated with the BBB scale on days 1, 3, 7 and weekly thereafter.",
        tables=(Table(rows=grid, page=None, caption="Table 1. BBB scores (mean).", label="Table 1"),),
    )
    rows = outcome_rows(doc)
    assert ("Exosome", "treatment", 56.0, 11.2) in rows
    assert ("Vehicle", "control", 3.0, 1.2) in rows
