"""A time in a group label's brackets is a start only when the methods say so.

"Exo (7 d)" beside "Exo (28 d)" may be two start times (the later arm is a comparator), two
cohorts of one treatment killed or scored at those times (both the treatment), or two dosing
courses ("daily for 3 d or 7 d": the longest course, the most doses, is kept). The methods'
dosing, harvest and scoring sentences decide; when they say nothing, the earliest bracket
stays the treatment as before. Treatment windows named in words ("acute", "subacute",
"chronic") keep the earliest.
"""

from __future__ import annotations

import pytest

from miner.extract._outcome_arms import group_arm, resolve_arms
from miner.extract._outcome_design import design_arms
from miner.extract._outcome_start import bracket_roles, window_rank
from miner.records import OutcomeRow


def _rows(*groups: str) -> list[OutcomeRow]:
    return [OutcomeRow("BBB", g, group_arm(g), 28.0, 6.0 + i, source="table") for i, g in enumerate(groups)]


def _treated(groups: tuple[str, ...], texts: list[str]) -> set[str]:
    return {r.group for r in resolve_arms(_rows(*groups), texts) if r.arm == "treatment"}


CASES = [
    # Two start times the methods confirm: the earliest start is the treatment.
    (("Sham", "PBS", "Exo (7 d)", "Exo (28 d)"),
     ["Exosomes were injected via the tail vein at 7 d or 28 d after SCI."], {"Exo (7 d)"}),
    (("Sham", "PBS", "EV (d7)", "EV (d28)"),
     ["EVs were administered on day 7 or day 28 post-injury."], {"EV (d7)"}),
    (("Sham", "SCI", "Exo (1 h)", "Exo (72 h)"),
     ["A single dose of exosomes was given 1 h or 72 h after injury."], {"Exo (1 h)"}),
    (("Sham", "Vehicle", "Cur", "Exo", "Exo-Cur (72 h)", "Exo-Cur (1 h)"),
     ["Exo-Cur was injected intrathecally 1 h or 72 h after contusion."], {"Exo-Cur (1 h)"}),
    (("Sham", "PBS", "Exo (7 d)", "Exo (28 d)"),
     ["At 7 d or 28 d after SCI, rats received 100 µg of exosomes."], {"Exo (7 d)"}),
    # A start day that is also a scoring day is still a start.
    (("Sham", "PBS", "Exo (3 d)", "Exo (7 d)"),
     ["Exosomes were injected at 3 d or 7 d after injury, and BBB was tested at 1, 3, 7, 14 and 28 d."],
     {"Exo (3 d)"}),
    # A dosing day that is also one cohort's harvest day: the other time is a harvest only.
    (("Sham", "PBS", "Exo (7 d)", "Exo (28 d)"),
     ["Exosomes were injected on days 1, 3 and 7.", "Rats were sacrificed at 7 d or 28 d after SCI."],
     {"Exo (7 d)", "Exo (28 d)"}),
    # One delayed arm beside the plain label, the delay confirmed.
    (("Sham", "Vehicle", "EV", "EV (d28)"),
     ["In a second experiment, EV treatment was started on day 28 after injury."], {"EV"}),
    # A time-window experiment: several start days, the earliest kept.
    (("Sham", "PBS", "Exo (1 d)", "Exo (3 d)", "Exo (7 d)", "Exo (14 d)"),
     ["Exosomes were injected at 1, 3, 7 or 14 days after injury to define the therapeutic window."],
     {"Exo (1 d)"}),
    (("Sham", "Saline", "sEV (week 1)", "sEV (week 4)", "sEV (week 8)"),
     ["sEVs were first injected in week 1, week 4 or week 8 after SCI."], {"sEV (week 1)"}),
    # Vehicles given at the same times stay controls.
    (("Sham", "Vehicle (d7)", "Vehicle (d28)", "Exo (d7)", "Exo (d28)"),
     ["Exosomes or vehicle were injected on day 7 or day 28 after injury."], {"Exo (d7)"}),
    # The bracket is when the cohort was killed: one treatment, two cohorts.
    (("Sham", "PBS", "Exo (7 d)", "Exo (28 d)"),
     ["Exosomes were injected immediately after SCI, and the rats were sacrificed at 7 d or 28 d."],
     {"Exo (7 d)", "Exo (28 d)"}),
    (("Sham", "PBS", "Exo (7 d)", "Exo (28 d)"),
     ["Exosomes were injected 1 h after injury.", "Rats were euthanized at 7 d or 28 d for histology."],
     {"Exo (7 d)", "Exo (28 d)"}),
    (("Sham", "PBS", "EV", "EV (d28)"),
     ["EVs were given 2 h after injury. A subset of rats was killed on day 28 and the rest at day 56."],
     {"EV", "EV (d28)"}),
    (("Sham", "Vehicle", "Exo (week 2)", "Exo (week 8)"),
     ["Spinal cords were harvested at week 2 or week 8 after a single exosome injection on day 1."],
     {"Exo (week 2)", "Exo (week 8)"}),
    # The bracket is when the animals were scored.
    (("Sham", "PBS", "Exo (7 d)", "Exo (28 d)"),
     ["Exosomes were injected at 1 h. BBB scores were assessed at 7 d and 28 d after injury."],
     {"Exo (7 d)", "Exo (28 d)"}),
    # The bracket is how long dosing lasted: the longest course is kept.
    (("Sham", "PBS", "Exo (3 d)", "Exo (7 d)"),
     ["Exosomes were injected daily for 3 d or 7 d after SCI."], {"Exo (7 d)"}),
    (("Sham", "PBS", "EV (7 d)", "EV (14 d)"),
     ["EVs were administered once a day for the first 7 days or 14 days after injury."], {"EV (14 d)"}),
    # A bracket that is an amount: the dose rule, untouched by the start reading.
    (("Sham", "PBS", "Exo (100 µg)", "Exo (200 µg)"),
     ["Exosomes (100 µg or 200 µg) were injected at 7 d after SCI."], {"Exo (200 µg)"}),
    # Nothing said about the times: the earliest bracket stays the treatment.
    (("Sham", "Saline", "Exo (week 4)", "Exo (day 1)"),
     ["BBB was scored weekly by two blinded observers."], {"Exo (day 1)"}),
    (("Sham", "PBS", "EV (d7)", "EV (d1)"), [], {"EV (d1)"}),
    # One time confirmed as a start, the other unsaid: a start.
    (("Sham", "PBS", "Exo (1 d)", "Exo (28 d)"),
     ["Delayed treatment began at 28 d after injury."], {"Exo (1 d)"}),
    # Treatment windows named in words.
    (("Sham", "PBS", "Acute-Exo", "Subacute-Exo", "Chronic-Exo"), [], {"Acute-Exo"}),
    (("Sham", "PBS", "EV (acute)", "EV (subacute)"), [], {"EV (acute)"}),
    (("Sham", "Vehicle", "Early Exo", "Late Exo"), [], {"Early Exo"}),
    (("Sham", "SCI", "Subacute sEV", "Chronic sEV"),
     ["sEVs were injected in the subacute (7 d) or chronic (28 d) phase."], {"Subacute sEV"}),
]


@pytest.mark.parametrize(("groups", "texts", "treated"), CASES)
def test_the_methods_say_what_a_bracketed_time_is(
    groups: tuple[str, ...], texts: list[str], treated: set[str]
) -> None:
    got = {r.group: r.arm for r in resolve_arms(_rows(*groups), texts)}
    assert {g for g, a in got.items() if a == "treatment"} == treated
    # Every other vesicle arm is a comparator; sham and controls keep their arms.
    for g in groups:
        if g not in treated:
            assert got[g] == ("other" if group_arm(g) == "treatment" else group_arm(g)), g


@pytest.mark.parametrize(
    ("text", "hours", "roles"),
    [
        ("Exosomes were injected at 7 d or 28 d after SCI.", [168.0, 672.0], {168.0: "start", 672.0: "start"}),
        ("Rats were sacrificed at 7 d or 28 d.", [168.0, 672.0], {168.0: "end", 672.0: "end"}),
        ("Exosomes were injected daily for 7 days.", [168.0], {168.0: "span"}),
        ("Exosomes were given for 7 consecutive days.", [168.0], {168.0: "span"}),
        ("EVs were injected 1 h after injury and tissue was collected at 28 d.", [1.0, 672.0],
         {1.0: "start", 672.0: "end"}),
        ("BBB was scored at 28 d.", [672.0], {672.0: "end"}),
        ("Rats were housed two per cage.", [168.0], {}),
    ],
)
def test_bracket_roles_read_each_time_in_its_own_clause(
    text: str, hours: list[float], roles: dict[float, str]
) -> None:
    assert bracket_roles([text], hours) == roles


@pytest.mark.parametrize(
    ("label", "rank"),
    [("Acute-Exo", (0, "exo")), ("EV (chronic)", (2, "ev")), ("Subacute sEV", (1, "sev")),
     ("Delayed treatment", None), ("Exo", None), ("Acute", None)],
)
def test_window_words_rank_a_label(label: str, rank: tuple[int, str] | None) -> None:
    assert window_rank(label) == rank


def test_a_label_bracket_alone_beside_other_arms_changes_nothing() -> None:
    groups = ("Sham", "PBS", "Exo (7 d)")
    assert _treated(groups, ["Rats were sacrificed at 7 d."]) == {"Exo (7 d)"}


def test_the_paper_wide_design_pass_reads_the_methods_for_bracketed_times() -> None:
    rows = _rows("Sham", "PBS", "Exo (7 d)", "Exo (28 d)")
    texts = ["Exosomes were injected immediately after SCI, and the rats were sacrificed at 7 d or 28 d."]
    got = {r.group: r.arm for r in design_arms(rows, texts, None)}
    assert got["Exo (28 d)"] == "treatment"
