"""BBB rows from results text: times counted from the treatment, the study's end from the methods'
schedule, times in words, and groups named by what they received."""

from __future__ import annotations

import pytest
from _outcome_docs import outcome_doc, outcome_rows

from miner.extract._outcome_mention_find import find_mentions
from miner.extract._outcome_since_dose import dose_frame, since_dose_times, treatment_start_day
from miner.extract._outcome_time import follow_up_day
from miner.parse.model import SectionKind

R = SectionKind.RESULTS


# ----------------------------------------------------------------------------- the study's last day


@pytest.mark.parametrize(
    ("methods", "last"),
    [
        ("Locomotion was scored on the BBB scale on days 1, 3, 7, 14, 21 and 28 after injury.", 28.0),
        ("BBB scores were recorded at 1, 2, 4 and 6 weeks after SCI.", 42.0),
        ("Open-field testing (BBB) took place at weeks 1, 2, 4 and 8.", 56.0),
        ("Hindlimb function was scored at day 1, day 7 and day 35.", 35.0),
        ("Two raters scored the BBB at 3, 7 and 14 dpi.", 14.0),
    ],
)
def test_the_study_ends_at_the_last_session_of_the_scoring_schedule(methods: str, last: float) -> None:
    assert follow_up_day([methods]) == last


@pytest.mark.parametrize(
    "methods",
    [
        "BBB was scored 7, 14 and 21 days after the first injection.",
        "Locomotion (BBB) was rated for four weeks after the first infusion.",
        "Rats were injected on days 1, 3 and 7.",  # no scoring: a dosing schedule
    ],
)
def test_schedules_counted_from_the_treatment_or_not_of_scores_give_no_end(methods: str) -> None:
    assert follow_up_day([methods]) is None


# ----------------------------------------------------------------------------- the treatment's day


@pytest.mark.parametrize(
    ("methods", "day"),
    [
        ("The first infusion was given 24 h after injury; the others followed at 48-h intervals.", 1.0),
        ("The first dose was administered 3 days after SCI and the second a week later.", 3.0),
        ("EVs were injected via the tail vein 7 days after the contusion.", 7.0),
        ("Exosomes were injected 24 h after the injury.", 1.0),
        ("Treatment was started two days post-injury.", 2.0),
    ],
)
def test_the_day_the_treatment_began_is_read_from_the_methods(methods: str, day: float) -> None:
    assert treatment_start_day([methods]) == day


@pytest.mark.parametrize(
    "methods",
    [
        ["Rats were anaesthetised 24 h after injury."],
        ["The bladder was emptied twice daily after surgery."],
        ["The first dose was given 24 h after injury.", "EVs were injected 7 days after SCI."],
    ],
)
def test_no_or_two_disagreeing_treatment_days_give_none(methods: list[str]) -> None:
    assert treatment_start_day(methods) is None


@pytest.mark.parametrize(
    ("text", "start", "written"),
    [
        ("Six days after the first infusion, group C scored", 1.0, "day 7, group C scored"),
        ("Fourteen days after the first injection the values were", 1.0, "day 15 the values were"),
        ("2 weeks following treatment the scores were", 3.0, "day 17 the scores were"),
        ("48 h after injection they scored", 1.0, "day 3 they scored"),
    ],
)
def test_times_counted_from_the_first_treatment_are_written_as_days_after_injury(
    text: str, start: float, written: str
) -> None:
    assert since_dose_times(text, start) == written


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Six days after the first infusion, group C scored", None),
        ("Three days after the injection site was closed", 1.0),
        ("Seven days after injury the groups scored", 1.0),
        ("On day 13 the scores were", 1.0),  # no schedule counted from the treatment
    ],
)
def test_other_times_are_left_as_written(text: str, start: float | None) -> None:
    assert since_dose_times(text, start) == text


def test_a_schedule_counted_from_the_treatment_shifts_its_bare_days() -> None:
    frame = dose_frame(
        ["The BBB scale was applied on days 0, 6, 13 and 27 after the first infusion."]
    )
    assert frame == {0.0, 6.0, 13.0, 27.0}
    assert since_dose_times("On day 13 the scores were", 1.0, frame) == "On day 14 the scores were"
    # A day the schedule does not hold is no session of it.
    assert since_dose_times("On day 3 the scores were", 1.0, frame) == "On day 3 the scores were"


def test_a_day_both_schedules_name_is_not_shifted() -> None:
    frame = dose_frame(
        ["BBB scores were taken on days 1, 7 and 14 after injury and 7 and 14 days after the first injection."]
    )
    assert frame == frozenset()


# ----------------------------------------------------------------------------- whole documents

_METHODS = (
    "Rats were divided into sham, PBS and sEV groups. The first injection was given 24 h after "
    "injury. Hind-limb function was rated on the BBB scale by two blinded observers."
)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Seven days after the first injection, the sEV group scored 6.1 ± 0.8 and the PBS group 4.2 ± 0.6.", 8.0),
        ("Two weeks after treatment the sEV group scored 6.1 ± 0.8 and the PBS group 4.2 ± 0.6.", 15.0),
        ("At 21 days following the first injection, the sEV group scored 6.1 ± 0.8 and the PBS group 4.2 ± 0.6.", 22.0),
    ],
)
def test_results_dated_from_the_first_treatment_give_days_after_injury(sentence: str, day: float) -> None:
    rows = outcome_rows(outcome_doc(_METHODS, (R, sentence)))
    assert {(g, d, m) for g, _a, d, m in rows} == {("sEV", day, 6.1), ("PBS", day, 4.2)}


@pytest.mark.parametrize(
    "end",
    ["At the end of the experiment", "At the final assessment", "By the end of the study"],
)
def test_the_study_end_takes_the_last_day_of_the_scoring_schedule(end: str) -> None:
    methods = (
        "Rats were divided into sham, PBS and sEV groups. Locomotion was scored on the BBB scale "
        "on days 1, 7, 14, 21 and 35 after injury."
    )
    sentence = f"{end} the sEV group scored 11.2 ± 1.0, compared with 7.9 ± 0.8 in the PBS group."
    rows = outcome_rows(outcome_doc(methods, (R, sentence)))
    assert {(g, d, m) for g, _a, d, m in rows} == {("sEV", 35.0, 11.2), ("PBS", 35.0, 7.9)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The sEV group scored 3.6 ± 0.7 at one week and 7.8 ± 0.9 at three weeks.",
            {(7.0, 3.6), (21.0, 7.8)},
        ),
        (
            "Scores of the sEV group rose from 2.2 ± 0.5 on day 3 to 3.6 ± 0.7 at one week and 7.8 ± 0.9 at two weeks.",
            {(3.0, 2.2), (7.0, 3.6), (14.0, 7.8)},
        ),
        (
            "The sEV group scored 4.0 ± 0.6 at 1 week and 8.8 ± 0.9 by four weeks.",
            {(7.0, 4.0), (28.0, 8.8)},
        ),
    ],
)
def test_times_in_words_after_a_value_date_it(sentence: str, expected: set[tuple[float, float]]) -> None:
    rows = outcome_rows(outcome_doc(_METHODS, (R, sentence)))
    assert {(d, m) for g, _a, d, m in rows if g == "sEV"} == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rats given vesicles recovered faster, from 2.2 ± 0.5", "SCI+sEV"),
        ("animals receiving exosomes scored 7.8 ± 0.9", "SCI+sEV"),
        ("rats that were treated with vesicles reached 9.1", "SCI+sEV"),
        ("against 5.1 ± 0.6 in rats given PBS", "SCI+PBS"),
        ("and rats receiving only saline 6.0 ± 0.8", "SCI+PBS"),
    ],
)
def test_a_group_named_by_what_it_received(text: str, label: str) -> None:
    mentions = find_mentions(text, ["Sham", "SCI+PBS", "SCI+sEV"])
    assert [m.label for m in mentions] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "rats given exosomes derived from hypoxic cells",  # the source, not the group
        "rats given vesicles scored 7.8 ± 0.9",  # two vesicle arms: which one is unclear
    ],
)
def test_what_was_received_names_no_group_when_unclear(text: str) -> None:
    mentions = find_mentions(text, ["Sham", "PBS", "Exo-L", "Exo-H"])
    assert [m.label for m in mentions if m.label in ("Exo-L", "Exo-H")] == []


def test_groups_named_by_what_they_received_give_rows() -> None:
    methods = (
        "Rats were divided into Sham, SCI+PBS and SCI+sEV groups. Hind-limb function was rated on "
        "the BBB scale on days 1, 7, 14 and 28 after injury."
    )
    sentence = (
        "At day 14, animals receiving exosomes scored 7.8 ± 0.9, against 5.1 ± 0.6 in rats given PBS."
    )
    rows = outcome_rows(outcome_doc(methods, (R, sentence)))
    assert {(g, d, m) for g, _a, d, m in rows} == {("SCI+sEV", 14.0, 7.8), ("SCI+PBS", 14.0, 5.1)}


# ----------------------------------------------------------------------------- means listed in turn

_LISTED_METHODS = (
    "Rats were divided into Sham, PBS and Exo groups. Hind-limb function was rated on the BBB scale."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "At week 4, the Sham, PBS and Exo groups scored 20.0, 4.2 and 5.3, respectively.",
        "At week 4, Sham, PBS and Exo rats scored 20.0, 4.2 and 5.3, respectively.",
    ],
)
def test_means_without_dispersion_listed_for_listed_groups_are_rows(sentence: str) -> None:
    rows = outcome_rows(outcome_doc(_LISTED_METHODS, (R, "Locomotor scores rose over time. " + sentence)))
    assert {(g, d, m) for g, _a, d, m in rows} == {
        ("Sham", 28.0, 20.0), ("PBS", 28.0, 4.2), ("Exo", 28.0, 5.3)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "At week 4, score differences from PBS were 1.2 and 2.3 for the Sham and Exo groups, respectively.",
        "At week 4, the PBS and Exo groups scored 4.2 and 5.3 points higher than at baseline, respectively.",
        "At week 4, the PBS and Exo groups scored 4 and 5 on the grid walk test, respectively.",
        "At week 4, scores had improved by 4.2 and 5.3 in the PBS and Exo groups, respectively.",
    ],
)
def test_changes_and_other_tests_listed_in_turn_are_not_rows(sentence: str) -> None:
    rows = outcome_rows(outcome_doc(_LISTED_METHODS, (R, "Locomotor scores rose over time. " + sentence)))
    assert rows == set()


def test_a_list_of_means_read_only_in_part_gives_no_row() -> None:
    # The groups follow the means here; a reading that places one mean only is dropped whole
    # rather than give the first group the last mean.
    sentence = "At week 4, scores were 20.0, 4.2 and 5.3 in the Sham, PBS and Exo groups, respectively."
    rows = outcome_rows(outcome_doc(_LISTED_METHODS, (R, "Locomotor scores rose over time. " + sentence)))
    assert rows <= {("Sham", "sham", 28.0, 20.0), ("PBS", "control", 28.0, 4.2), ("Exo", "treatment", 28.0, 5.3)}


# ----------------------------------------------------------------------------- one group over time


@pytest.mark.parametrize(
    "sentence",
    [
        "The score of the Exo group climbed from 0.5 ± 0.3 on day 1 through 3.4 ± 0.5, 6.6 ± 0.6 and "
        "10.1 ± 0.7 at weeks 1, 2 and 4 to 11.8 ± 0.8 at week 6.",
        "At weeks 1, 2 and 4 the Exo group scored 3.4 ± 0.5, 6.6 ± 0.6 and 10.1 ± 0.7, and "
        "11.8 ± 0.8 at week 6.",
        "Scores of the Exo group were 3.4 ± 0.5, 6.6 ± 0.6 and 10.1 ± 0.7 at 1, 2 and 4 weeks and "
        "rose to 11.8 ± 0.8 at 6 weeks.",
    ],
)
def test_a_value_with_its_own_time_after_a_dated_list_keeps_its_time(sentence: str) -> None:
    rows = outcome_rows(outcome_doc(_LISTED_METHODS, (R, sentence)))
    got = {(d, m) for g, _a, d, m in rows if g == "Exo"}
    assert {(7.0, 3.4), (14.0, 6.6), (28.0, 10.1), (42.0, 11.8)} <= got
    assert {d for d, _m in got} <= {1.0, 7.0, 14.0, 28.0, 42.0}
    assert len(got) == len({d for d, _m in got})  # one value a day


# ----------------------------------------------------------------------------- paragraphs that go on

_ONE_SCALE = (
    "Rats were divided into Sham, Vehicle and EV groups. Open-field locomotion (BBB) was rated at "
    "3, 14, 28 and 42 days post-injury."
)
_ABOUT_SCORES = "Sham rats walked normally at every session, and injured rats were paraplegic at first."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "In the Vehicle group the median reached 6 (4.5–7) at 14 dpi and 8 (7–9) at 42 dpi.",
            {("Vehicle", 14.0, 6.0), ("Vehicle", 42.0, 8.0)},
        ),
        (
            "The EV group stood at 7.1 ± 0.6 at day 14 and 10.2 ± 0.8 at day 42.",
            {("EV", 14.0, 7.1), ("EV", 42.0, 10.2)},
        ),
    ],
)
def test_a_results_paragraph_right_after_one_about_scores_goes_on_with_them(
    paragraph: str, expected: set[tuple[str, float, float]]
) -> None:
    doc = outcome_doc(_ONE_SCALE, (R, _ABOUT_SCORES), (R, paragraph))
    assert {(g, d, m) for g, _a, d, m in outcome_rows(doc)} == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "In the EV group IL-6 stood at 7.1 ± 0.6 at day 14 and 10.2 ± 0.8 at day 42.",
        "On the inclined plane the EV group held 17.1 ± 0.6 at day 14 and 19.2 ± 0.8 at day 42.",
        "Relative to day 3, the EV group gained 7.1 ± 0.6 by day 14 and 10.2 ± 0.8 by day 42.",
        "The EV group stood at 7.1 ± 0.6 mm at day 14 and 10.2 ± 0.8 mm at day 42.",
    ],
)
def test_a_paragraph_of_another_measure_or_of_changes_does_not_go_on(paragraph: str) -> None:
    doc = outcome_doc(_ONE_SCALE, (R, _ABOUT_SCORES), (R, paragraph))
    assert outcome_rows(doc) == set()


def test_a_paragraph_after_one_of_another_measure_does_not_go_on() -> None:
    doc = outcome_doc(
        _ONE_SCALE,
        (R, "Lesion volumes were smaller with EVs, and scores differed."),
        (R, "The EV group stood at 7.1 ± 0.6 at day 14 and 10.2 ± 0.8 at day 42."),
    )
    assert outcome_rows(doc) == set()
