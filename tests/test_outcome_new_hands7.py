"""Arms and text rows on corpora by new hands, seventh wave.

* An injured group given an active agent that is not the paper's vesicles (a drug, a steroid,
  cells, a gel) is a comparator (``other``); only an injured group given nothing, a vehicle,
  saline or medium is the ``control``.
* A pair of values set against each other ("a vs b") and then repeated at later time points
  ("and at week 4 c versus d", "c and d, respectively") keeps the pair's groups in order.
"""

from __future__ import annotations

import pytest

from miner.extract._outcome_arms import group_arm
from miner.parse.model import SectionKind
from tests._outcome_docs import outcome_doc, outcome_rows


@pytest.mark.parametrize(
    "label",
    [
        "Group III (Trauma + MP)",
        "SCI + methylprednisolone",
        "Contusion + steroid",
        "SCI + Dexamethasone",
        "Injury/MP",
        "SCI rats treated with minocycline",
        "SCI + BMSCs",
        "Hemisection + hydrogel",
        "Compression + scaffold",
        "SCI + MT (melatonin, 10 mg/kg)",
    ],
)
def test_injury_with_an_active_agent_that_is_no_vesicle_is_other(label: str) -> None:
    assert group_arm(label) == "other"


@pytest.mark.parametrize(
    "label",
    [
        "Group II (Trauma)",
        "Trauma + Saline",
        "SCI + PBS",
        "SCI + vehicle",
        "SCI + NS",
        "SCI + DMEM",
        "SCI/vehicle",
        "SCI + 0.9% NaCl",
        "SCI + DMSO",
        "Contusion with no treatment",
        "SCI (untreated)",
        "SCI group",
        "Injured control",
        # Traps: a slash inside the injury's name or a dose unit adds no agent.
        "I/R + PBS",
        "I/R+saline",
        "SCI/VEH",
        "SCI+PBS (contusion, PBS vehicle, 1 ml/kg, i.v.)",
        "SCI + phosphate-buffered saline",
    ],
)
def test_injury_with_nothing_or_a_vehicle_stays_control(label: str) -> None:
    assert group_arm(label) == "control"


@pytest.mark.parametrize(
    "label",
    ["Group IV (Trauma + Exo)", "SCI + BMSC-Exos", "SCI + MSC-EVs", "Contusion + sEV"],
)
def test_injury_with_vesicles_stays_treatment(label: str) -> None:
    assert group_arm(label) == "treatment"


# --- Text rows: a pair set against each other, then the same pair again at a later time ---
#
# "The X group <verb>: at t1 they scored a versus b in the Y group, and at t2 c versus d": the
# subject owns the first value of each pair, the group named after it the second. "The X group
# scored higher (a vs b), and at t2 the scores were c and d, respectively" in a paper of one
# treatment and one control: the second value is the other arm's, and the bare "respectively"
# pair repeats the comparison.

_TWO_ARMS = (
    "Rats were assigned to sham, PBS and sEV groups (n = 8 each). Hind-limb locomotion was rated "
    "weekly on the BBB open-field scale."
)
_THREE_ARMS = (
    "Rats were assigned to sham, HX, HX + gel and HX + gel/EV groups. Hind-limb locomotion was "
    "rated on the BBB open-field scale."
)


def _rows(methods: str, sentence: str) -> set[tuple[str, str, float | None, float | None]]:
    doc = outcome_doc(methods, (SectionKind.RESULTS, "Locomotor recovery (BBB). " + sentence))
    return outcome_rows(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        # The corpus shape.
        ("From week 2 the sEV group scored higher (6.4 ± 0.6 vs 4.8 ± 0.5), and at week 4 the "
        "scores were 9.6 ± 0.6 and 7.1 ± 0.6, respectively."),
        ("By week 2 the sEV rats had pulled ahead (6.4 ± 0.6 versus 4.8 ± 0.5); at week 4 the "
        "values were 9.6 ± 0.6 and 7.1 ± 0.6, respectively."),
        ("The sEV group was better at week 2 (6.4 ± 0.6 vs. 4.8 ± 0.5) and at week 4 (9.6 ± 0.6 "
        "vs. 7.1 ± 0.6)."),
        ("At week 2 the sEV group scored 6.4 ± 0.6 against 4.8 ± 0.5, and at week 4 9.6 ± 0.6 "
        "against 7.1 ± 0.6."),
    ],
)
def test_a_pair_and_its_repeat_in_a_two_arm_paper(sentence: str) -> None:
    rows = _rows(_TWO_ARMS, sentence)
    assert {
        ("sEV", "treatment", 14.0, 6.4),
        ("PBS", "control", 14.0, 4.8),
        ("sEV", "treatment", 28.0, 9.6),
        ("PBS", "control", 28.0, 7.1),
    } <= rows
    # Nothing swapped.
    assert ("PBS", "control", 14.0, 6.4) not in rows and ("sEV", "treatment", 28.0, 7.1) not in rows


@pytest.mark.parametrize(
    "sentence",
    [
        # A third, "other" arm in the paper: the partner of an unnamed value cannot be told.
        ("From week 2 the HX + gel/EV group scored higher (6.4 ± 0.6 vs 4.8 ± 0.5), and at week 4 "
        "the scores were 9.6 ± 0.6 and 7.1 ± 0.6, respectively."),
    ],
)
def test_no_partner_is_guessed_among_three_injured_arms(sentence: str) -> None:
    rows = _rows(_THREE_ARMS, sentence)
    assert not any(r[3] in (4.8, 7.1, 9.6) for r in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        # The corpus shape.
        ("Rats of the HX + gel/EV group recovered faster: at 14 days they scored 11.0 (1.7) versus "
        "9.1 (2.0) in the HX group, and at 28 days 13.6 (1.5) versus 11.4 (1.8)."),
        ("The HX + gel/EV group improved sooner: on day 14 they reached 11.0 (1.7) vs 9.1 (2.0) in "
        "the HX group, and on day 28 13.6 (1.5) vs 11.4 (1.8)."),
        ("HX + gel/EV rats recovered faster, scoring 11.0 (1.7) at 14 days against 9.1 (2.0) for "
        "the HX group and 13.6 (1.5) at 28 days against 11.4 (1.8)."),
        ("In the HX + gel/EV group recovery was faster: at day 14 the score was 11.0 (1.7) versus "
        "9.1 (2.0) in HX rats, and at day 28 13.6 (1.5) versus 11.4 (1.8)."),
    ],
)
def test_the_subject_owns_the_first_value_of_each_pair(sentence: str) -> None:
    rows = _rows(_THREE_ARMS, sentence)
    assert {
        ("HX + gel/EV", "treatment", 14.0, 11.0),
        ("HX", "control", 14.0, 9.1),
        ("HX + gel/EV", "treatment", 28.0, 13.6),
        ("HX", "control", 28.0, 11.4),
    } <= rows
    assert not any(r[0] == "HX + gel" for r in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        # Traps: the pair is set against sham or against "each other" groups named in between.
        ("Rats of the HX + gel/EV group recovered faster: at 14 days they scored 11.0 (1.7) versus "
        "9.1 (2.0) in the HX group, whereas at 28 days HX + gel rats scored 13.6 (1.5) versus "
        "11.4 (1.8) in the HX group."),
    ],
)
def test_a_later_pair_with_a_group_named_before_it_is_not_the_subjects(sentence: str) -> None:
    rows = _rows(_THREE_ARMS, sentence)
    assert ("HX + gel/EV", "treatment", 28.0, 13.6) not in rows
    assert ("HX + gel/EV", "treatment", 28.0, 11.4) not in rows
