"""Outcome rows in two lab habits: groups named by a defined code ("Group II") and saline written "NaCl".

A paper that defines its groups once ("sham (Group I), SCI + PBS (Group II) and
SCI + EV (Group III)") and then reports "in Group II" gives rows labelled by the code,
with the arm of the definition. A code the paper never defines names nothing: empty.
A measurement before a bracketed code ("angle 52° (Group III)") defines nothing.
"""

from __future__ import annotations

import pytest
from _outcome_docs import outcome_doc, outcome_rows

from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_codes import group_codes
from miner.parse.model import SectionKind

R = SectionKind.RESULTS

ROMAN_DEFS = (
    "Rats were randomised into sham (Group I), SCI with saline (Group II) and SCI with "
    "MSC exosomes (Group III); locomotion was rated on the BBB scale."
)
NUMBER_DEFS = (
    "We used three arms: laminectomy only (group 1), injury plus vehicle (group 2) and injury "
    "plus small EVs (group 3). Hind-limb recovery was scored with the BBB scale."
)


@pytest.mark.parametrize(
    ("methods", "sentence", "expected"),
    [
        (
            ROMAN_DEFS,
            "On day 14 the BBB score was 4.1 (0.9) in Group II and 6.2 (1.1) in Group III.",
            {("Group II", "control", 14.0, 4.1), ("Group III", "treatment", 14.0, 6.2)},
        ),
        (
            ROMAN_DEFS,
            "Four weeks after injury, scores reached 9.8 ± 1.0 in Group III and 7.1 ± 0.8 in Group II.",
            {("Group III", "treatment", 28.0, 9.8), ("Group II", "control", 28.0, 7.1)},
        ),
        (
            NUMBER_DEFS,
            "At day 21 rats scored 8.0 ± 0.7 in group 3 and 5.5 ± 0.6 in group 2.",
            {("group 3", "treatment", 21.0, 8.0), ("group 2", "control", 21.0, 5.5)},
        ),
    ],
)
def test_values_labelled_by_a_defined_group_code_take_the_definitions_arm(
    methods: str, sentence: str, expected: set[tuple[str, str, float, float]]
) -> None:
    doc = outcome_doc(methods, (R, sentence))
    assert outcome_rows(doc) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Codes the paper never defined: which arm is "Group IV"?
        "On day 14 the BBB score was 4.1 (0.9) in Group IV and 6.2 (1.1) in Group V.",
        "At day 21 rats scored 8.0 ± 0.7 in group 7 and 5.5 ± 0.6 in group 8.",
    ],
)
def test_values_labelled_by_an_undefined_code_stay_empty(sentence: str) -> None:
    doc = outcome_doc(ROMAN_DEFS, (R, sentence))
    assert outcome_rows(doc) == set()


def test_a_measurement_before_a_bracketed_code_is_not_its_definition() -> None:
    texts = [
        (
            "Rats were randomised into sham (Group I), SCI with saline (Group II) and SCI with MSC "
            "exosomes (Group III)."
        ),
        "The inclined-plane angle at day 42 was 52° (Group III) and 41° (Group II); 30 % (Group I).",
    ]
    codes = group_codes(texts)
    assert codes["GROUP III"] == "SCI with MSC exosomes"
    assert codes["GROUP II"] == "SCI with saline"


def test_gastrointestinal_abbreviation_is_not_a_group_code() -> None:
    assert group_codes(["Rats had GI (sham) and GII (vehicle) monitoring."]) == {}


@pytest.mark.parametrize(
    ("label", "arm"),
    [
        ("NaCl", "control"),
        ("0.9% NaCl", "control"),
        ("SCI + NaCl", "control"),
        ("NaCl + EV", "treatment"),
    ],
)
def test_saline_named_by_its_salt_is_the_vehicle_control(label: str, arm: str) -> None:
    assert group_arm(label) == arm


def test_nacl_rows_from_a_sentence_are_control_rows() -> None:
    doc = outcome_doc(
        "Injured rats received MSC-EVs or NaCl intravenously; the BBB scale was used.",
        (R, "At 28 dpi MSC-EV rats scored 9.6 (1.5) and NaCl rats 7.2 (1.4)."),
    )
    assert ("NaCl", "control", 28.0, 7.2) in outcome_rows(doc)


SUBSCORE_METHODS = (
    "Locomotion was rated with the BBB open-field scale. Groups were sham, PBS and Exo."
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "On day 28 the Exo group scored 10.4 ± 1.5, and the BBB subscore reached 7.2 ± 1.1 "
                "versus 4.0 ± 0.9 in the PBS group."
            ),
            {("Exo", "treatment", 28.0, 10.4)},
        ),
        (
            (
                "At day 35 the Exo group scored 11.0 ± 0.9 versus 8.2 ± 0.8 in the PBS group; subscores "
                "were 3.9 ± 0.7 and 6.6 ± 0.9."
            ),
            {("Exo", "treatment", 35.0, 11.0), ("PBS", "control", 35.0, 8.2)},
        ),
        # The subscore comes first: nothing in the sentence is a plain BBB score we can trust.
        (
            "On day 28 the BBB subscore reached 7.2 ± 1.1 in the PBS group, and the Exo group scored 10.4 ± 1.5.",
            set(),
        ),
        # Another lab's result before the subscore clause stays a trap.
        (
            "On day 28 Exo rats scored 10.4 ± 1.5 as reported by Chen et al., and the BBB subscore was 7.2 ± 1.1.",
            set(),
        ),
    ],
)
def test_scores_before_a_trailing_subscore_clause_are_kept_the_subscore_is_not(
    sentence: str, expected: set[tuple[str, str, float, float]]
) -> None:
    doc = outcome_doc(SUBSCORE_METHODS, (R, sentence))
    assert outcome_rows(doc) == expected
