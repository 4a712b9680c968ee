"""BBB outcome rows from the table layouts and labels other labs use.

Time points in hours, long-format tables that name each group once, header rows whose
descriptive columns span both rows beside a spanning day header, and group labels that
prose writes with words of its own ("sEV-treated rats"). Each case is written here, in
our own wording, the way a reviewer would record it: group, arm, day after injury, mean.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, outcome_doc, outcome_rows

from miner.extract.outcomes import extract_outcomes, parse_day
from miner.parse.model import ParsedDocument, SectionKind, Table

S = SectionKind

METHODS = "Hind-limb function was rated on the BBB open-field scale by two blinded raters."


def doc_of(*blocks: tuple[SectionKind, str], tables: tuple[Table, ...] = ()) -> ParsedDocument:
    return outcome_doc(METHODS, *blocks, tables=tables)


def table_rows(grid: list[list[str]], caption: str = "BBB scores (mean ± SD).") -> set[Row]:
    return outcome_rows(doc_of(tables=(Table(rows=grid, page=None, caption=caption, label="Table 2"),)))


# --- time points in hours ----------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "day"),
    [
        ("6 h", 0.25),
        ("12 h", 0.5),
        ("24 h", 1.0),
        ("48 hours", 2.0),
        ("72 hrs", 3.0),
        ("6 hpi", 0.25),
        ("6 h after injury", 0.25),
    ],
)
def test_hours_are_fractions_of_a_day(label: str, day: float) -> None:
    assert parse_day(label) == day


@pytest.mark.parametrize("label", ["0 h", "Pre-injury (0 h)", "Baseline 6 h"])
def test_hours_at_or_before_the_injury_are_no_time_point(label: str) -> None:
    assert parse_day(label) is None


def test_hours_and_days_mixed_under_a_spanning_header() -> None:
    grid = [
        ["Group", "Time after reperfusion", "", ""],
        ["Group", "12 h", "3 d", "14 d"],
        ["Sham", "21.0 (0.0)", "21.0 (0.0)", "21.0 (0.0)"],
        ["Occlusion + PBS", "0.9 (0.5)", "3.0 (1.2)", "6.1 (2.0)"],
        ["Occlusion + Exo", "1.4 (0.7)", "4.8 (1.4)", "10.2 (2.1)"],
    ]
    rows = table_rows(grid)
    assert ("Occlusion + PBS", "control", 0.5, 0.9) in rows
    assert ("Occlusion + Exo", "treatment", 0.5, 1.4) in rows
    assert ("Occlusion + Exo", "treatment", 14, 10.2) in rows
    assert len(rows) == 9


# --- long format: one row per group and time point ----------------------------------


@pytest.mark.parametrize(
    "header",
    [
        ["Group", "n", "Day", "BBB (mean ± SD)"],
        ["Group", "n", "Time point", "BBB score (mean ± SD)"],
        ["Treatment", "n", "Days", "Mean ± SD"],
        ["Group", "n", "Day", "BMS (mean ± SD)"],
    ],
    ids=["scale-with-statistic", "score-with-statistic", "mean-only", "bms"],
)
def test_long_format_names_each_group_once(header: list[str]) -> None:
    grid = [
        header,
        ["Laminectomy only", "7", "D3", "9.0 ± 0.0"],
        ["", "", "D21", "9.0 ± 0.0"],
        ["Contusion + saline", "7", "D3", "0.6 ± 0.3"],
        ["", "", "D21", "3.1 ± 0.8"],
        ["hUC-EV", "7", "D3", "0.8 ± 0.4"],
        ["", "", "D21", "5.2 ± 0.9"],
    ]
    doc = doc_of(tables=(Table(rows=grid, page=None, caption="Locomotor scores.", label="Table 3"),))
    if "BMS" not in header[3]:
        doc.tables[0] = Table(rows=grid, page=None, caption="BBB locomotor scores.", label="Table 3")
    rows = extract_outcomes(doc)[0]
    assert {(r.group, r.day, r.mean) for r in rows} == {
        ("Laminectomy only", 3, 9.0),
        ("Laminectomy only", 21, 9.0),
        ("Contusion + saline", 3, 0.6),
        ("Contusion + saline", 21, 3.1),
        ("hUC-EV", 3, 0.8),
        ("hUC-EV", 21, 5.2),
    }
    assert {r.n for r in rows} == {7}
    assert all(r.sd is not None for r in rows)


def test_long_format_row_without_a_group_before_it_gives_nothing() -> None:
    grid = [
        ["Group", "n", "Day", "BBB (mean ± SD)"],
        ["", "", "D7", "4.0 ± 0.5"],
        ["PBS", "6", "D7", "3.0 ± 0.5"],
    ]
    assert table_rows(grid) == {("PBS", "control", 7, 3.0)}


# --- descriptive columns spanning both header rows -----------------------------------


@pytest.mark.parametrize("repeat", [True, False], ids=["cells-repeated", "cells-empty"])
def test_descriptive_columns_beside_a_spanning_day_header(repeat: bool) -> None:
    top = ["Group", "Cargo", "Dose (µg/kg)", "n", "BBB at days post-injury", "", ""]
    second = [c if repeat else "" for c in top[:4]] + ["3", "14", "28"]
    grid = [
        top,
        second,
        ["Sham", "—", "—", "6", "20.8 ± 0.2", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["SCI + PBS", "none", "0", "6", "0.7 ± 0.2", "4.0 ± 0.5", "6.5 ± 0.6"],
        ["Exo-miR-124", "miR-124", "100", "6", "1.0 ± 0.3", "6.2 ± 0.6", "10.4 ± 0.7"],
    ]
    rows = table_rows(grid, caption="Locomotor recovery (mean ± SEM).")
    assert rows == {
        ("Sham", "sham", 3, 20.8),
        ("Sham", "sham", 14, 21.0),
        ("Sham", "sham", 28, 21.0),
        ("SCI + PBS", "control", 3, 0.7),
        ("SCI + PBS", "control", 14, 4.0),
        ("SCI + PBS", "control", 28, 6.5),
        ("Exo-miR-124", "treatment", 3, 1.0),
        ("Exo-miR-124", "treatment", 14, 6.2),
        ("Exo-miR-124", "treatment", 28, 10.4),
    }


def test_the_dose_column_is_not_read_as_a_score() -> None:
    grid = [
        ["Group", "Dose (µg)", "Weeks after SCI", ""],
        ["Group", "Dose (µg)", "2", "6"],
        ["Vehicle", "0", "4.1 ± 0.6", "7.9 ± 0.7"],
        ["Exo", "20", "5.0 ± 0.6", "11.0 ± 0.8"],
    ]
    rows = table_rows(grid)
    assert rows == {
        ("Vehicle", "control", 14, 4.1),
        ("Vehicle", "control", 42, 7.9),
        ("Exo", "treatment", 14, 5.0),
        ("Exo", "treatment", 42, 11.0),
    }


# --- the same group written with words of its own in prose ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "By week 6, sEV-treated rats reached 11.5 (1.6), whereas vehicle-treated rats reached 8.0 (1.4).",
        "At week 6 the sEV group scored 11.5 (1.6) and the vehicle group 8.0 (1.4).",
        "Six weeks after injury, sEVs raised the BBB score to 11.5 (1.6) versus 8.0 (1.4) with vehicle.",
    ],
)
def test_prose_names_for_a_table_group_keep_its_arm(sentence: str) -> None:
    grid = [
        ["Group", "Weeks after SCI", ""],
        ["Group", "2", "6"],
        ["Vehicle (n = 8)", "4.0 (1.1)", "8.0 (1.4)"],
        ["sEV (n = 8)", "5.2 (1.2)", "11.5 (1.6)"],
    ]
    doc = doc_of(
        (S.RESULTS, sentence),
        tables=(Table(rows=grid, page=None, caption="BBB scores, mean (SD).", label="Table 1"),),
    )
    rows = extract_outcomes(doc)[0]
    assert {r.arm for r in rows if r.group.lower().startswith("sev")} == {"treatment"}
    assert ("sEV", "treatment", 42, 11.5) in {(r.group, r.arm, r.day, r.mean) for r in rows}


@pytest.mark.parametrize(
    ("own", "scrambled"),
    [("Exo-siTLR4", "Exo-siScr"), ("Exo-shPTEN", "Exo-shScr"), ("EV-si-NOX4", "EV-si-Scr")],
)
def test_scrambled_sirna_vesicles_are_the_comparator(own: str, scrambled: str) -> None:
    grid = [
        ["Group", "Day 7", "Day 28"],
        ["SCI + vehicle", "3.0 ± 0.4", "7.2 ± 0.6"],
        [scrambled, "3.2 ± 0.4", "8.0 ± 0.6"],
        [own, "4.1 ± 0.5", "10.9 ± 0.7"],
    ]
    rows = table_rows(grid)
    assert {g: a for g, a, _, _ in rows} == {
        "SCI + vehicle": "control",
        scrambled: "other",
        own: "treatment",
    }
