"""Outcome mechanisms that recur in papers the rules have not seen (wave 10).

Each test states a rule about how papers write their groups and scores, and checks it over
phrasings written for the test (never a sample's sentence).
"""

from __future__ import annotations

import pytest

from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_design import design_arms, label_definitions
from miner.extract.outcomes import extract_outcomes
from miner.parse.model import SectionKind, Table
from miner.records import OutcomeRow
from tests._outcome_docs import outcome_doc, outcome_rows

_SCALE = "Hind-limb function was assessed with the BBB scale. "


def _rows(methods: str, results: str) -> set[tuple[str, str, float | None, float | None]]:
    doc = outcome_doc(methods, (SectionKind.RESULTS, _SCALE + results))
    return {(g.lower(), arm, day, mean) for g, arm, day, mean in outcome_rows(doc)}


# --- A time named by reference between a compared group and its bracketed value -------------

_TWO = "Rats were divided into sham, vehicle and exosome groups."


@pytest.mark.parametrize(
    "sentence",
    [
        "At day 14 the exosome group scored 7.4 ± 0.6, higher than vehicle at the same time point (5.1 ± 0.5).",
        "On day 14 the exosome group reached 7.4 ± 0.6, above the vehicle group at that time (5.1 ± 0.5).",
        "By day 14 exosome rats scored 7.4 ± 0.6, more than the vehicle group on the same day (5.1 ± 0.5).",
        "The exosome group scored 7.4 ± 0.6 at day 14, higher than vehicle at day 14 (5.1 ± 0.5).",
        "At day 14 the exosome group scored 7.4 ± 0.6 compared with vehicle at the corresponding time point (5.1 ± 0.5).",
    ],
)
def test_compared_group_keeps_its_value_across_a_time_phrase(sentence: str) -> None:
    rows = _rows(_TWO, sentence)
    assert ("vehicle", "control", 14.0, 5.1) in rows
    assert any(mean == 7.4 and arm == "treatment" for _, arm, _, mean in rows)
    assert not any(mean == 5.1 and arm == "treatment" for _, arm, _, mean in rows)


# --- "the two injured groups (a and b)": the design's non-sham groups, in order ---------------


@pytest.mark.parametrize(
    ("methods", "sentence", "expected"),
    [
        (
            "Rats were divided into Sham, Vehicle and WJ-EV groups.",
            "On day 3 the two injured groups did not differ (0.9 ± 0.6 and 1.1 ± 0.7).",
            {("vehicle", 3.0, 0.9), ("wj-ev", 3.0, 1.1)},
        ),
        (
            "Rats were assigned to Sham, PBS and EV groups.",
            "At day 1 both injured groups were near zero (0.4 ± 0.3 and 0.5 ± 0.4).",
            {("pbs", 1.0, 0.4), ("ev", 1.0, 0.5)},
        ),
        (
            "Rats were randomly assigned to Sham, SCI+PBS, SCI+Exo-L and SCI+Exo-H groups.",
            "On day 7 the three SCI groups scored alike (2.1 ± 0.5, 2.3 ± 0.6 and 2.2 ± 0.4).",
            {("sci+pbs", 7.0, 2.1), ("sci+exo-l", 7.0, 2.3), ("sci+exo-h", 7.0, 2.2)},
        ),
    ],
)
def test_the_injured_groups_are_the_non_sham_groups_in_design_order(
    methods: str, sentence: str, expected: set[tuple[str, float, float]]
) -> None:
    rows = {(g, day, mean) for g, _, day, mean in _rows(methods, sentence)}
    assert expected <= rows


@pytest.mark.parametrize(
    "sentence",
    [
        # Three values, two injured groups: the count disagrees, nothing is assigned.
        "On day 3 the two injured groups did not differ (0.9 ± 0.6, 1.1 ± 0.7 and 1.0 ± 0.5).",
        # No time point: the values belong to no one day.
        "The two injured groups did not differ (0.9 ± 0.6 and 1.1 ± 0.7).",
    ],
)
def test_injured_groups_reference_needs_matching_count_and_day(sentence: str) -> None:
    rows = _rows("Rats were divided into sham, vehicle and exosome groups.", sentence)
    assert not any(mean in (0.9, 1.1) for *_, mean in rows)


# --- "EVs of A (AEV) with EVs of B (BEV)": the comparison's items define both labels ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We compared EVs of rat bone marrow MSCs (MEV) with EVs of dermal fibroblasts (FEV) and saline.",
            {"MEV": "EVs of rat bone marrow MSCs", "FEV": "EVs of dermal fibroblasts"},
        ),
        (
            "Exosomes from umbilical cord MSCs (UCX) were tested against exosomes from HEK293 cells (HKX).",
            {"UCX": "Exosomes from umbilical cord MSCs", "HKX": "exosomes from HEK293 cells"},
        ),
        (
            "We compared vesicles of adipose stromal cells (AVS) versus vesicles of keratinocytes (KVS).",
            {"AVS": "vesicles of adipose stromal cells", "KVS": "vesicles of keratinocytes"},
        ),
    ],
)
def test_comparison_items_define_their_bracketed_labels(text: str, expected: dict[str, str]) -> None:
    assert label_definitions([text], list(expected)) == expected


def _arms(texts: list[str], labels: list[str]) -> dict[str, str]:
    rows = [OutcomeRow("BBB", g, group_arm(g), 7.0, 1.0) for g in labels]
    return {r.group: r.arm for r in design_arms(rows, texts, {})}


@pytest.mark.parametrize(
    ("texts", "treatment", "comparator"),
    [
        (
            ["We compared EVs of rat bone marrow MSCs (MEV) with EVs of dermal fibroblasts (FEV) and saline (SAL)."],
            "MEV",
            "FEV",
        ),
        (
            ["Exosomes from HEK293 cells (HKX) were compared with exosomes from umbilical cord MSCs (UCX) and PBS."],
            "UCX",
            "HKX",
        ),
        (
            ["Rats received PBS, fibroblast-derived exosomes (F-Exo) or BMSC-derived exosomes (B-Exo)."],
            "B-Exo",
            "F-Exo",
        ),
    ],
)
def test_vesicles_of_a_differentiated_cell_are_the_comparator_of_stem_cell_vesicles(
    texts: list[str], treatment: str, comparator: str
) -> None:
    arms = _arms(texts, [treatment, comparator, "SAL" if "SAL" in texts[0] else "PBS"])
    assert arms[treatment] == "treatment"
    assert arms[comparator] == "other"


def test_somatic_vesicles_alone_stay_the_treatment() -> None:
    # No stem-cell vesicles beside them: nothing to compare with, the rule leaves them be.
    arms = _arms(["Rats received PBS (PBS) or fibroblast-derived exosomes (F-Exo)."], ["F-Exo", "PBS"])
    assert arms["F-Exo"] == "treatment"


# --- A modifier written inside the plain label ("Gel+pep-sEV" beside "Gel+sEV") ---------------


@pytest.mark.parametrize(
    ("modified", "plain"),
    [
        ("Gel+pep-sEV", "Gel+sEV"),
        ("SCI+RVG-Exo", "SCI+Exo"),
        ("Hydrogel + miR-21 EV", "Hydrogel + EV"),
        ("SCI + cur-loaded Exo", "SCI + Exo"),
    ],
)
def test_a_modifier_inside_the_plain_label_makes_the_plain_vesicles_the_comparator(
    modified: str, plain: str
) -> None:
    rows = [OutcomeRow("BBB", g, group_arm(g), 28.0, m) for g, m in ((modified, 9.0), (plain, 7.0), ("SCI", 5.0))]
    arms = {r.group: r.arm for r in design_arms(rows, [], {})}
    assert (arms[modified], arms[plain]) == ("treatment", "other")


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("SCI+Exo", "SCI+Exo"),  # the same label
        ("Exo 50 µg", "Exo 200 µg"),  # doses of one product, not a kind of its own
        ("Gel+BMSC-Exo", "Gel+Exo"),  # only where the vesicles came from
    ],
)
def test_labels_that_add_no_kind_of_their_own_demote_nothing(one: str, two: str) -> None:
    rows = [OutcomeRow("BBB", g, group_arm(g), 28.0, m) for g, m in ((one, 9.0), (two, 7.0), ("SCI", 5.0))]
    arms = [r.arm for r in design_arms(rows, [], {}) if r.group != "SCI"]
    assert "treatment" in arms
    if one != two and "µg" not in one:
        assert arms.count("treatment") == 2


# --- A list of values that repeats the table at one day takes the table's groups --------------

_TABLE_CAPTION = "Table 1. BBB scores (mean ± SD) by day after injury."


@pytest.mark.parametrize(
    "sentence",
    [
        "On day 3 the two injured groups did not differ (0.9 ± 0.6 and 1.1 ± 0.7).",
        "At day 3 all injured rats were nearly paralysed (0.9 ± 0.6, 1.1 ± 0.7).",
        "Three days after injury scores were low in every injured group: 0.9 ± 0.6 and 1.1 ± 0.7.",
    ],
)
def test_unnamed_values_repeating_the_table_take_its_groups(sentence: str) -> None:
    table = Table(
        label="Table 1",
        caption=_TABLE_CAPTION,
        rows=[
            ["Group", "Day 3", "Day 14"],
            ["Sham", "20.7 ± 0.5", "21.0 ± 0.0"],
            ["Vehicle", "0.9 ± 0.6", "4.8 ± 1.4"],
            ["Exo", "1.1 ± 0.7", "6.6 ± 1.5"],
        ],
        page=None,
    )
    doc = outcome_doc(
        "Rats were divided into sham, vehicle and exosome groups.",
        (SectionKind.RESULTS, _SCALE + sentence),
        tables=(table,),
    )
    text_rows = {(r.group, r.day, r.mean) for r in extract_outcomes(doc)[0] if r.source == "text"}
    assert {("Vehicle", 3.0, 0.9), ("Exo", 3.0, 1.1)} <= text_rows


def test_values_that_match_no_table_cell_stay_unnamed() -> None:
    table = Table(
        label="Table 1",
        caption=_TABLE_CAPTION,
        rows=[["Group", "Day 3"], ["Sham", "20.7 ± 0.5"], ["Vehicle", "0.9 ± 0.6"], ["Exo", "1.1 ± 0.7"]],
        page=None,
    )
    doc = outcome_doc(
        "Rats were divided into sham, vehicle and exosome groups.",
        (SectionKind.RESULTS, _SCALE + "On day 3 the scores were low (0.8 ± 0.6 and 1.1 ± 0.9)."),
        tables=(table,),
    )
    assert not [r for r in extract_outcomes(doc)[0] if r.source == "text"]


# --- "..., with X at v": a clause of X's own after a value -----------------------------------

_FOUR = "Rats were assigned to Sham, Vehicle, MP, rADSC and rADSC-Exo groups."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At week 4, rADSC-Exo reached 10.5 ± 1.3, with MP at 7.9 ± 1.4 and Vehicle at 6.8 ± 1.3.",
            {("rADSC-Exo", 10.5), ("MP", 7.9), ("Vehicle", 6.8)},
        ),
        (
            "On day 28 Vehicle rats scored 6.8 ± 1.3; with MP at 7.9 ± 1.4.",
            {("Vehicle", 6.8), ("MP", 7.9)},
        ),
    ],
)
def test_with_label_at_value_names_the_value_after_it(sentence: str, expected: set[tuple[str, float]]) -> None:
    doc = outcome_doc(_FOUR, (SectionKind.RESULTS, _SCALE + sentence))
    got = {(r.group, r.mean) for r in extract_outcomes(doc)[0]}
    assert expected <= got


def test_with_label_at_value_does_not_also_name_the_value_before() -> None:
    # The two values before "with MP" belong to groups the sentence does not name: left empty.
    sentence = "On day 28, 10.5 ± 1.3 versus 10.1 ± 1.6, with MP at 7.9 ± 1.4 and Vehicle at 6.8 ± 1.3."
    doc = outcome_doc(_FOUR, (SectionKind.RESULTS, _SCALE + sentence))
    got = {(r.group, r.mean) for r in extract_outcomes(doc)[0]}
    assert ("MP", 7.9) in got
    assert not any(mean in (10.5, 10.1) for _, mean in got)


# --- "exosomes and cells" compares two therapies: no other measure ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes and cells gave parallel curves: on day 28, 10.5 (1.3) versus 10.1 (1.6).",
        "Cells and exosomes improved alike: on day 28, 10.5 (1.3) versus 10.1 (1.6).",
        "EVs versus cells: on day 28, 10.5 (1.3) versus 10.1 (1.6).",
    ],
)
def test_a_cells_versus_vesicles_sentence_repeating_the_table_is_read(sentence: str) -> None:
    table = Table(
        label="Table 2",
        caption="Table 2. BBB scores (mean ± SD).",
        rows=[["Group", "Day 28"], ["Vehicle", "6.8 ± 1.3"], ["BMSC", "10.1 ± 1.6"], ["BMSC-Exo", "10.5 ± 1.3"]],
        page=None,
    )
    doc = outcome_doc(
        "Rats were assigned to Vehicle, BMSC and BMSC-Exo groups.",
        (SectionKind.RESULTS, "All injured rats were paraplegic on day 1. " + sentence),
        tables=(table,),
    )
    got = {(r.group, r.mean) for r in extract_outcomes(doc)[0] if r.source == "text"}
    assert {("BMSC-Exo", 10.5), ("BMSC", 10.1)} <= got


def test_cells_counted_stay_another_measure() -> None:
    table = Table(
        label="Table 2",
        caption="Table 2. BBB scores (mean ± SD).",
        rows=[["Group", "Day 28"], ["Vehicle", "6.8 ± 1.3"], ["BMSC-Exo", "10.5 ± 1.3"]],
        page=None,
    )
    doc = outcome_doc(
        "Rats were assigned to Vehicle and BMSC-Exo groups.",
        (SectionKind.RESULTS, "On day 28 Iba1-positive cells numbered 10.5 (1.3) versus 6.8 (1.3) per field."),
        tables=(table,),
    )
    assert not [r for r in extract_outcomes(doc)[0] if r.source == "text"]


# --- "(vehicle, 7.0)": a bracket that adds one more group and its bare mean ------------------

_HX = "Rats were assigned to Sham, Vehicle, Hx-sEV and Nx-sEV groups."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At week 6 the BBB score was 10.7 in Hx-sEV rats and 8.6 in Nx-sEV rats (vehicle, 7.0).",
            ("Vehicle", 42.0, 7.0),
        ),
        ("At day 28 the BBB score reached 9.9 in Hx-sEV rats (Vehicle, 6.1).", ("Vehicle", 28.0, 6.1)),
        ("By week 4 Hx-sEV rats scored 9.9 on the BBB scale (the vehicle group, 6.1).", ("Vehicle", 28.0, 6.1)),
    ],
)
def test_a_bracketed_group_and_bare_mean_after_a_score_is_read(
    sentence: str, expected: tuple[str, float, float]
) -> None:
    doc = outcome_doc(_HX, (SectionKind.RESULTS, sentence))
    got = {(r.group, r.day, r.mean) for r in extract_outcomes(doc)[0]}
    assert expected in got


@pytest.mark.parametrize("bracket", ["(P < 0.05, 7.0)", "(n = 9, 7.0)", "(day 42, 7.0)", "(Fig. 3, 7.0)"])
def test_a_bracket_of_statistics_or_references_gives_no_bare_mean(bracket: str) -> None:
    doc = outcome_doc(_HX, (SectionKind.RESULTS, f"At week 6 the BBB score was 10.7 in Hx-sEV rats {bracket}."))
    assert not any(r.mean == 7.0 for r in extract_outcomes(doc)[0])
