"""BBB outcome rows from the study designs and table shapes of many labs.

Group codes whose definitions sit in the methods while the results quote scores beside
the codes, pre-injury and other-test columns under a merged score header, group labels
wrapped over several PDF lines, and dose-only group names in prose. Each case is our own
wording, recorded as a reviewer would: group, arm, day after injury, mean.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, outcome_doc, outcome_rows

from miner.extract._outcome_codes import group_codes
from miner.extract.outcomes import extract_outcomes
from miner.parse.model import ParsedDocument, SectionKind, Table

S = SectionKind

METHODS = "Hind-limb function was rated on the BBB open-field scale by two blinded raters."


def doc_of(*blocks: tuple[SectionKind, str], tables: tuple[Table, ...] = ()) -> ParsedDocument:
    return outcome_doc(METHODS, *blocks, tables=tables)


def rows_of(doc: ParsedDocument) -> set[Row]:
    return outcome_rows(doc)


def table_rows(grid: list[list[str]], caption: str = "BBB scores (mean ± SEM).") -> set[Row]:
    return rows_of(doc_of(tables=(Table(rows=grid, page=None, caption=caption, label="Table 1"),)))


# --- group codes: a score before a bracketed code defines nothing -------------------

DEFINED = "Animals were split into four groups: G1, sham; G2, SCI only; G3, SCI + saline; G4, SCI + MSC-exosomes."


@pytest.mark.parametrize(
    "results",
    [
        "At day 21 the scores were 9.8 ± 0.7 (G4), 6.1 ± 0.6 (G3) and 5.9 ± 0.5 (G2).",
        "Day 21 means were 9.8 (G4), 6.1 (G3) and 5.9 (G2).",
        "On day 21 we recorded 9.8 (0.7) (G4), 6.1 (0.6) (G3) and 5.9 (0.5) (G2).",
    ],
)
def test_scores_beside_codes_keep_the_methods_definitions(results: str) -> None:
    codes = group_codes([DEFINED, results])
    assert codes["G4"] == "SCI + MSC-exosomes"
    assert codes["G3"] == "SCI + saline"


@pytest.mark.parametrize(
    "results",
    [
        "On day 14, G4 scored 7.2 ± 0.6, against 4.9 ± 0.5 in G3.",
        "On day 14 the scores were 7.2 ± 0.6 (G4) and 4.9 ± 0.5 (G3).",
    ],
)
def test_coded_groups_take_the_arm_of_their_definition(results: str) -> None:
    rows = rows_of(doc_of((S.METHODS, DEFINED), (S.RESULTS, "BBB scores. " + results)))
    assert ("G4", "treatment", 14.0, 7.2) in rows
    assert ("G3", "control", 14.0, 4.9) in rows
    assert not any(arm == "other" for _, arm, _, _ in rows)


def test_definitions_that_disagree_on_the_arm_still_leave_the_code_undefined() -> None:
    clash = "Groups: G3, SCI + exosomes; G4, SCI + saline."
    assert "G3" not in group_codes([DEFINED, clash])


# --- pre-injury and other-test columns under a merged score header -----------------


@pytest.mark.parametrize("pre", ["Pre", "Baseline", "Pre-injury", "Pre-op", "Day 0"])
def test_a_baseline_column_under_a_merged_header_gives_no_row(pre: str) -> None:
    grid = [
        ["Group", "", "BBB score (days post-injury)", "", ""],
        ["", pre, "1 dpi", "7 dpi", "28 dpi"],
        ["SCI + PBS (n = 9)", "21.0", "0.5 ± 0.2", "3.0 ± 0.4", "7.1 ± 0.6"],
        ["SCI + Exo (n = 9)", "21.0", "0.6 ± 0.2", "4.2 ± 0.5", "10.4 ± 0.7*"],
    ]
    rows = table_rows(grid)
    assert ("SCI + Exo", "treatment", 28.0, 10.4) in rows
    assert ("SCI + PBS", "control", 1.0, 0.5) in rows
    assert len(rows) == 6  # no row for the 21.0 before injury


@pytest.mark.parametrize("other", ["Ladder errors (%)", "Grid walk foot faults", "Inclined plane (°)"])
def test_another_tests_column_beside_week_columns_gives_no_row(other: str) -> None:
    grid = [
        ["Group", "Weeks after contusion", "", "", ""],
        ["", "1", "2", "4", other],
        ["Vehicle", "2.0 ± 0.3", "3.8 ± 0.4", "6.0 ± 0.5", "15 ± 2"],
        ["Exosomes", "2.3 ± 0.3", "4.9 ± 0.5", "8.4 ± 0.6", "11 ± 2"],
    ]
    rows = table_rows(grid)
    assert ("Exosomes", "treatment", 28.0, 8.4) in rows
    assert ("Vehicle", "control", 7.0, 2.0) in rows
    assert len(rows) == 6
    assert not any(mean in (15.0, 11.0) for *_, mean in rows)


# --- group labels wrapped over several PDF lines ------------------------------------


def test_a_label_wrapped_over_three_lines_is_one_group() -> None:
    grid = [
        ["Day", "Contusion +", "Contusion +", "Contusion +"],
        ["", "saline", "EV (unmodi-", "EV-miR (over"],
        ["", "(vehicle)", "fied)", "expressing)"],
        ["d 7", "2.9 ± 0.4", "3.4 ± 0.4", "4.4 ± 0.5"],
        ["d 28", "6.5 ± 0.6", "8.0 ± 0.6", "10.2 ± 0.7"],
    ]
    rows = table_rows(grid)
    assert ("Contusion + saline (vehicle)", "control", 28.0, 6.5) in rows
    # The reader cannot tell a line-end hyphen from a compound's: it is kept as printed.
    assert ("Contusion + EV (unmodi-fied)", "other", 28.0, 8.0) in rows
    assert ("Contusion + EV-miR (over expressing)", "treatment", 28.0, 10.2) in rows
    assert len(rows) == 6


def test_a_second_header_level_with_statistics_is_not_a_wrapped_label() -> None:
    grid = [
        ["Group", "Day 7", "", "Day 28", ""],
        ["", "Mean", "SEM", "Mean", "SEM"],
        ["PBS", "3.0", "0.4", "7.0", "0.6"],
        ["Exosome", "4.1", "0.5", "10.0", "0.7"],
    ]
    assert table_rows(grid) == {
        ("PBS", "control", 7.0, 3.0),
        ("PBS", "control", 28.0, 7.0),
        ("Exosome", "treatment", 7.0, 4.1),
        ("Exosome", "treatment", 28.0, 10.0),
    }


# --- dose-only names in prose -------------------------------------------------------

DOSE_TABLE = Table(
    rows=[
        ["Group", "Day 28"],
        ["Vehicle", "7.0 ± 0.6"],
        ["Exo-25", "8.1 ± 0.6"],
        ["Exo-100", "10.9 ± 0.7"],
    ],
    page=None,
    caption="BBB scores (mean ± SEM).",
    label="Table 1",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "At 28 days the BBB score reached 10.9 ± 0.7 in the 100-µg group.",
        "By day 28 the 100-µg group scored 10.9 ± 0.7 on the BBB scale.",
    ],
)
def test_a_dose_only_name_is_the_group_carrying_that_dose(sentence: str) -> None:
    rows = extract_outcomes(doc_of((S.ABSTRACT, sentence), tables=(DOSE_TABLE,)))[0]
    text = [r for r in rows if r.source == "text"]
    assert [(r.group, r.day, r.mean) for r in text] == [("Exo-100", 28.0, 10.9)]


def test_a_dose_no_group_carries_keeps_its_own_name() -> None:
    sentence = "At 28 days the BBB score reached 10.9 ± 0.7 in the 50-µg group."
    rows = extract_outcomes(doc_of((S.ABSTRACT, sentence), tables=(DOSE_TABLE,)))[0]
    assert not any(r.group == "Exo-100" for r in rows if r.source == "text")
