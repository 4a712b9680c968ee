"""BBB rows for the shapes papers still write that simpler readers miss.

Groups coded once in the methods or a legend ("G1, sham; G2, SCI + PBS") and then named
only by the code; time labels glossed in brackets ("T1 (wk 1)"); means followed by their
group in brackets ("10.2 (Exo), 7.1 (PBS)"). Each case is in our own wording, recorded as a
reviewer would: group as written, arm, day after injury, mean.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, outcome_doc, outcome_rows

from miner.extract._outcome_codes import code_of, group_codes
from miner.extract.outcomes import parse_day
from miner.parse.model import ParsedDocument, SectionKind, Table

S = SectionKind

BBB = "Hind-limb function was rated on the BBB open-field scale by two blinded raters."


def doc_of(*blocks: tuple[SectionKind, str], tables: tuple[Table, ...] = ()) -> ParsedDocument:
    return outcome_doc(BBB, *blocks, tables=tables)


def rows_of(doc: ParsedDocument) -> set[Row]:
    return outcome_rows(doc)


# --- group codes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Rats were allocated to three groups, referred to below by code: G1, sham-operated; "
                "G2, injury plus saline; and G3, injury plus BMSC-Exo."
            ),
            {"G1": "sham-operated", "G2": "injury plus saline", "G3": "injury plus BMSC-Exo"},
        ),
        (
            "G1: laminectomy only; G2: SCI + PBS; G3: SCI + sEV.",
            {"G1": "laminectomy only", "G2": "SCI + PBS", "G3": "SCI + sEV"},
        ),
        (
            "The animals formed group A (sham), group B (SCI + vehicle) and group C (SCI + EVs).",
            {"GROUP A": "sham", "GROUP B": "SCI + vehicle", "GROUP C": "SCI + EVs"},
        ),
        (
            "We compared sham (G1), contused rats given PBS (G2) and contused rats given Exo (G3).",
            {"G1": "sham", "G2": "contused rats given PBS", "G3": "contused rats given Exo"},
        ),
    ],
)
def test_group_codes_are_read_from_their_definition(text: str, expected: dict[str, str]) -> None:
    assert group_codes([text]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Group A (n = 8) and group B (n = 8) were scored weekly.",  # counts, not definitions
        "At 28 dpi G3 reached 10.8, G2 7.2.",  # codes used, not defined
        "G1, sham.",  # one code alone is no list of definitions
        "Groups G1 (10 rats), G2 (10 rats).",
    ],
)
def test_codes_used_or_counted_define_nothing(text: str) -> None:
    assert group_codes([text]) == {}


def test_a_code_whose_definitions_disagree_on_the_arm_is_left_out() -> None:
    codes = group_codes(["G1, sham; G2, SCI + PBS.", "G1, SCI + Exo; G2, SCI + PBS."])
    assert "G1" not in codes and codes["G2"] == "SCI + PBS"


@pytest.mark.parametrize(
    ("label", "definition"),
    [("G2", "SCI + PBS"), ("G2 (n = 9)", "SCI + PBS"), ("Group B", "vehicle"), ("B", "vehicle")],
)
def test_a_label_that_is_a_code_has_its_definition(label: str, definition: str) -> None:
    codes = {"G2": "SCI + PBS", "GROUP B": "vehicle"}
    assert code_of(label, codes) == definition


@pytest.mark.parametrize("label", ["2", "G7", "Exo", "SCI + PBS"])
def test_other_labels_are_no_code(label: str) -> None:
    assert code_of(label, {"G2": "SCI + PBS", "GROUP B": "vehicle"}) is None


CODED_TABLE = Table(
    rows=[
        ["Group", "Day 7", "Day 28"],
        ["G1 (n = 8)", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["G2 (n = 8)", "2.8 ± 0.7", "7.0 ± 1.1"],
        ["G3 (n = 8)", "4.0 ± 0.8", "10.6 ± 1.2"],
    ],
    page=None,
    caption="BBB scores (mean ± SD).",
    label="Table 1",
)


@pytest.mark.parametrize(
    "definition",
    [
        "Rats were divided into G1, sham operated; G2, SCI plus PBS; and G3, SCI plus hUC-Exos.",
        "Three groups were formed: sham (G1), SCI + PBS (G2) and SCI + hUC-Exos (G3).",
        "G1: laminectomy alone; G2: contusion + saline vehicle; G3: contusion + MSC exosomes.",
    ],
)
def test_coded_table_rows_take_the_arm_of_the_definition(definition: str) -> None:
    rows = rows_of(doc_of((S.METHODS, definition), tables=(CODED_TABLE,)))
    assert ("G1 (n = 8)", "sham", 28.0, 21.0) in rows or ("G1", "sham", 28.0, 21.0) in rows
    arms = {g.split()[0]: a for g, a, _, _ in rows}
    assert arms == {"G1": "sham", "G2": "control", "G3": "treatment"}


def test_coded_native_vesicles_beside_modified_ones_are_the_comparator() -> None:
    table = Table(
        rows=[["Group", "Day 28"], ["G1", "7.1 ± 1.0"], ["G2", "9.0 ± 1.1"], ["G3", "11.4 ± 1.2"]],
        page=None,
        caption="BBB scores (mean ± SD).",
        label="Table 1",
    )
    definition = "G1, SCI + PBS; G2, SCI + Exo; G3, SCI + miR-124-Exo."
    rows = rows_of(doc_of((S.METHODS, definition), tables=(table,)))
    assert {(g, a) for g, a, _, _ in rows} == {
        ("G1", "control"),
        ("G2", "other"),
        ("G3", "treatment"),
    }


def test_undefined_codes_keep_no_arm_of_their_own() -> None:
    rows = rows_of(doc_of(tables=(CODED_TABLE,)))
    assert {a for _, a, _, _ in rows} == {"other"}


# --- time labels glossed in brackets -------------------------------------------------


@pytest.mark.parametrize(
    ("label", "day"),
    [
        ("T1 (wk 1)", 7.0),
        ("T3 (week 3)", 21.0),
        ("P2 (day 14)", 14.0),
        ("Week 2 (day 14)", 14.0),
        ("day 7 (1 wk)", 7.0),
    ],
)
def test_a_time_code_glossed_in_brackets_takes_the_gloss(label: str, day: float) -> None:
    assert parse_day(label) == day


@pytest.mark.parametrize("label", ["Week 2 (day 10)", "Sham (day 7)", "T1 (n = 8)", "G2 (SCI)"])
def test_a_bracket_that_contradicts_or_is_no_time_gives_no_day(label: str) -> None:
    assert parse_day(label) is None


def test_table_rows_with_glossed_time_codes() -> None:
    table = Table(
        rows=[
            ["", "Vehicle (n = 8)", "Exo (n = 8)"],
            ["T1 (wk 1)", "2.1 ± 0.9", "3.2 ± 1.0"],
            ["T2 (wk 2)", "4.2 ± 1.1", "6.3 ± 1.2"],
        ],
        page=None,
        caption="BBB scores (mean ± SD).",
        label="Table 2",
    )
    rows = rows_of(doc_of(tables=(table,)))
    assert rows == {
        ("Vehicle", "control", 7.0, 2.1),
        ("Exo", "treatment", 7.0, 3.2),
        ("Vehicle", "control", 14.0, 4.2),
        ("Exo", "treatment", 14.0, 6.3),
    }


# --- a bare mean with its group in brackets after it ----------------------------------


def text_rows(sentence: str) -> set[Row]:
    return rows_of(doc_of((S.RESULTS, sentence)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On day 21 the BBB means were 10.9 (Exo-miR), 8.4 (Exo) and 6.3 (PBS).",
            {
                ("Exo-miR", "treatment", 21.0, 10.9),
                ("Exo", "other", 21.0, 8.4),
                ("PBS", "control", 21.0, 6.3),
            },
        ),
        (
            "At 4 weeks the BBB score was 11.5 (sEV) versus 7.0 (vehicle).",
            {("sEV", "treatment", 28.0, 11.5), ("vehicle", "control", 28.0, 7.0)},
        ),
        (
            "BBB scores at day 14 reached 8.2 (BMSC-Exos); 5.1 (saline).",
            {("BMSC-Exos", "treatment", 14.0, 8.2), ("saline", "control", 14.0, 5.1)},
        ),
    ],
)
def test_bare_means_with_the_group_in_brackets(sentence: str, expected: set[Row]) -> None:
    assert text_rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "At day 28 the BBB score reached 11 (n = 8) in treated rats.",
        "At day 28 BBB scores were 11.2 (Fig. 3) in all animals.",
        "At day 28 BBB scores were 12.0 (median) and 8.0 (median).",
    ],
)
def test_brackets_that_count_or_point_name_no_group(sentence: str) -> None:
    assert text_rows(sentence) == set()
