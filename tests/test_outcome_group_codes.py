"""Whole BBB tables and code-named groups: corner words, bare group codes, inactivated vesicles,
study days counted from 1 on the injury day."""

from __future__ import annotations

import pytest

from miner.extract._outcome_arms import group_arm
from miner.extract._outcome_codes import group_codes
from miner.extract._outcome_origin import study_day_origin
from miner.extract.outcomes import extract_outcomes
from miner.parse.model import Block, ParsedDocument, SectionKind, Table

METHODS = "Hindlimb locomotion was scored with the 21-point open-field scale (BBB)."


def _doc(texts: list[tuple[SectionKind, str]], tables: list[tuple[list[list[str]], str]]) -> ParsedDocument:
    return ParsedDocument(
        source="t.xml",
        format="jats",
        pages=2,
        blocks=[Block(text=t, page=1, section=s) for s, t in texts],
        tables=[Table(rows=r, page=2, caption=c, label=f"Table {i + 1}") for i, (r, c) in enumerate(tables)],
    )


def _rows(texts, tables):
    rows, _ = extract_outcomes(_doc(texts, tables))
    return rows


# --- a spanning time header over bare numbers, whatever the corner over the row labels says ---


@pytest.mark.parametrize("corner", ["Dose", "Doses", "Treatment group", "Code", "Arm", "Cohort", "Experimental group", "Dose (µg)"])
@pytest.mark.parametrize(
    ("span", "factor"), [("Weeks after injury", 7), ("Days post-injury", 1), ("Week", 7)]
)
def test_spanning_time_header_over_bare_numbers_is_read_under_any_corner_word(corner, span, factor):
    table = [
        ["", span, "", ""],
        [corner, "1", "2", "4"],
        ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["Vehicle", "2.9 ± 0.4", "5.1 ± 0.5", "7.8 ± 0.6"],
        ["Exosomes", "3.8 ± 0.5", "7.4 ± 0.6", "11.2 ± 0.7"],
    ]
    rows = _rows([(SectionKind.METHODS, METHODS)], [(table, "Table 1. Locomotor scores, mean ± SEM.")])
    got = {(r.group, r.day, r.mean) for r in rows}
    assert ("Exosomes", 4.0 * factor, 11.2) in got
    assert ("Vehicle", 1.0 * factor, 2.9) in got
    assert len(rows) == 9


# --- group codes a design list defines without the word "group" before each code ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Rats were divided into four groups of six: I, sham; II, injury + vehicle; III, injury + exosomes; IV, injury + cells.",
        "Animals were randomised to three groups: I: sham operated; II: SCI + PBS; III: SCI + exosomes.",
        "Rats were assigned to three groups: sham (I), SCI + PBS (II) and SCI + exosomes (III).",
        "The groups were I, laminectomy only; II, contusion plus saline; and III, contusion plus EVs.",
    ],
)
def test_bare_roman_design_list_defines_group_codes(sentence):
    codes = group_codes([sentence])
    assert group_arm(codes["GROUP I"]) == "sham"
    assert group_arm(codes["GROUP II"]) == "control"
    assert group_arm(codes["GROUP III"]) == "treatment"


@pytest.mark.parametrize(
    "sentence",
    [
        "The groups were A, sham; B, SCI + saline; and C, SCI + EVs.",
        "Rats were allocated to groups: A, laminectomy; B, SCI + vehicle; C, SCI + exosomes.",
    ],
)
def test_bare_letter_design_list_defines_group_codes(sentence):
    codes = group_codes([sentence])
    assert [group_arm(codes[f"GROUP {k}"]) for k in "ABC"] == ["sham", "control", "treatment"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Representative images (A) and quantification (B) of the groups.",  # figure panels
        "Groups: I, sham; III, SCI + exosomes.",  # keys do not run I, II, ...
        "Scores: I, sham; II, SCI + PBS.",  # no word about groups
        "Groups: II, sham; III, SCI + PBS.",  # does not start at I
    ],
)
def test_no_bare_codes_from_panels_or_broken_series(sentence):
    assert group_codes([sentence]) == {}


@pytest.mark.parametrize(
    "design",
    [
        "Twenty-four rats were divided into four groups of six: I, sham; II, injury + vehicle; III, injury + exosomes; IV, injury + cells.",
        "Rats were allocated to four groups: sham (I), SCI + PBS (II), SCI + exosomes (III) and SCI + cells (IV).",
    ],
)
def test_table_of_group_codes_takes_arms_from_bare_definitions(design):
    table = [
        ["Time point", "Group I", "Group II", "Group III", "Group IV"],
        ["Week 1", "21.0 (0.0)", "1.8 (0.4)", "3.1 (0.5)", "2.6 (0.5)"],
        ["Week 6", "21.0 (0.0)", "7.9 (0.8)", "12.9 (0.9)", "10.1 (0.8)"],
    ]
    rows = _rows(
        [(SectionKind.METHODS, design), (SectionKind.METHODS, METHODS)],
        [(table, "Table 2. BBB scores, mean (SE).")],
    )
    arms = {r.group: r.arm for r in rows}
    assert arms == {"Group I": "sham", "Group II": "control", "Group III": "treatment", "Group IV": "other"}


# --- vesicles made inactive are a comparator, not the treatment ---


@pytest.mark.parametrize(
    ("label", "arm"),
    [
        ("heat-inactivated sEVs", "other"),
        ("SCI + heat-killed exosomes", "other"),
        ("boiled exosomes", "other"),
        ("Denatured EVs", "other"),
        ("inactivated Exo", "other"),
        ("SCI + Exo", "treatment"),
        ("activated exosomes", "treatment"),
    ],
)
def test_inactivated_vesicles_are_other(label, arm):
    assert group_arm(label) == arm


# --- study days counted from 1 on the day of injury ---


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The day of surgery was designated day 1 of the study.", True),
        ("BBB scores by study day (day 1 = day of surgery).", True),
        ("Day 1 was the day of injury.", True),
        ("The day of SCI was defined as study day 1.", True),
        ("Study day 1 (the day of injury) was followed by daily checks.", True),
        ("Exosomes were injected on day 1 after injury.", False),
        ("The day of surgery was designated day 0.", False),
        ("BBB was scored on day 1, 7 and 14.", False),
    ],
)
def test_study_day_origin_statement(text, origin):
    assert study_day_origin([text]) is origin


STUDY_TABLE = [
    ["Day", "Exosomes", "PBS"],
    ["2", "0.4 ± 0.2", "0.3 ± 0.2"],
    ["8", "4.1 ± 0.6", "2.8 ± 0.5"],
    ["29", "11.6 ± 1.9", "7.7 ± 1.8"],
]


@pytest.mark.parametrize(
    "statement",
    ["The day of surgery was designated day 1 of the study.", "Day 1 was the day of injury."],
)
def test_study_days_from_one_are_days_after_injury(statement):
    rows = _rows(
        [
            (SectionKind.METHODS, METHODS + " " + statement),
            (SectionKind.RESULTS, "On day 29 the means were 11.6 ± 1.9 (Exosomes) and 7.7 ± 1.8 (PBS)."),
            (SectionKind.ABSTRACT, "Four weeks after injury the Exosomes group scored 11.6 ± 1.9 and the PBS group 7.7 ± 1.8 on the BBB scale."),
        ],
        [(STUDY_TABLE, "Table 1. BBB scores by study day, mean ± SD.")],
    )
    assert {(r.day, r.mean) for r in rows if r.source == "table" and r.group == "Exosomes"} == {
        (1.0, 0.4),
        (7.0, 4.1),
        (28.0, 11.6),
    }
    assert {r.day for r in rows if r.source == "text"} == {28.0}


def test_study_days_unchanged_without_origin_statement():
    rows = _rows(
        [(SectionKind.METHODS, METHODS)], [(STUDY_TABLE, "Table 1. BBB scores by day, mean ± SD.")]
    )
    assert {r.day for r in rows} == {2.0, 8.0, 29.0}


def test_days_after_injury_table_is_not_shifted():
    table = [["Days after injury", "Exosomes", "PBS"], *STUDY_TABLE[1:]]
    rows = _rows(
        [(SectionKind.METHODS, METHODS + " The day of surgery was designated day 1.")],
        [(table, "Table 1. BBB scores, mean ± SD.")],
    )
    assert {r.day for r in rows} == {2.0, 8.0, 29.0}
