"""Mends of the second review: what a paper says about other work, controls named like
vesicles, a dose's unit and a negative control in a combination title, and lines around a
manuscript title that are not the title."""

from __future__ import annotations

import pytest

from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_design import design_arms, primary_label
from miner.parse._headings import _title_lines
from miner.parse.model import Block
from miner.records import OutcomeRow


def _rows(*groups: str) -> list[OutcomeRow]:
    return [OutcomeRow("BBB", g, group_arm(g), 28.0, 6.0 + i, source="table") for i, g in enumerate(groups)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Previously, Exo was the main treatment studied for SCI.",
        "Exo has been the primary intervention in earlier work [12].",
        "In other studies, Exo served as the primary treatment arm (Li et al.).",
    ],
)
def test_another_studys_primary_arm_is_not_this_papers(sentence):
    assert primary_label([sentence], ["Exo", "Exo-miR", "PBS"]) is None


def test_this_papers_own_primary_arm_is_still_read():
    assert primary_label(["Exo-miR served as the primary treatment arm."], ["Exo", "Exo-miR", "PBS"]) == "Exo-miR"


@pytest.mark.parametrize("label", ["ncEV", "noEV", "w/oEV"])
def test_control_labels_built_on_ev_are_not_the_vesicles(label):
    assert group_arm(label) != "treatment"


@pytest.mark.parametrize("label", ["HsEV", "pEV", "hEV"])
def test_letters_glued_before_ev_still_name_vesicles(label):
    assert group_arm(label) == "treatment"


def test_a_dose_unit_is_not_a_combination():
    title = "Exosomes combined with minocycline improve recovery after spinal cord injury"
    got = {r.group: r.arm for r in design_arms(_rows("PBS", "Exo 50 ug/kg", "Exo+Mino"), [], title=title)}
    assert got["Exo+Mino"] == "treatment"
    assert got["Exo 50 ug/kg"] != "treatment"


def test_vesicles_with_a_negative_control_mimic_are_not_the_combination():
    title = "Exosomes plus miR-21 promote recovery after spinal cord injury"
    got = {r.group: r.arm for r in design_arms(_rows("PBS", "Exo", "Exo+NC mimic", "Exo+miR-21"), [], title=title)}
    assert got["Exo+NC mimic"] != "treatment"


def _block(text: str, x0: float, y0: float, x1: float, y1: float) -> Block:
    return Block(text=text, page=1, bbox=(x0, y0, x1, y1))


TITLE = _block("Mesenchymal stem cell exosomes improve hindlimb function after contusion", 72, 100, 520, 116)


@pytest.mark.parametrize(
    "lower",
    ["Running title: exosomes after contusion", "Short title: exosomes in SCI", "Wei Zhang, Li Wang and Jun Chen"],
)
def test_lines_under_a_title_that_are_not_the_title_are_not_joined(lower):
    assert not _title_lines(TITLE, _block(lower, 72, 122, 400, 138), 16.0)


def test_the_wrapped_line_of_a_title_is_joined():
    assert _title_lines(TITLE, _block("of the rat spinal cord", 72, 122, 230, 138), 16.0)


def test_a_short_label_above_a_title_is_not_joined_to_it():
    assert not _title_lines(_block("Research Article", 72, 78, 190, 94), TITLE, 16.0)
