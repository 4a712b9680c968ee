"""BBB outcome rows from tables (both orientations) and text; figure-only notes."""

from __future__ import annotations

import pytest

from miner.extract.outcomes import (
    dispersion_type,
    extract_outcomes,
    group_arm,
    parse_cell,
    parse_day,
)
from miner.parse.model import Block, ParsedDocument, SectionKind, Table

S = SectionKind


def doc_with(
    blocks: list[tuple[SectionKind, str]] = (), tables: list[Table] = ()
) -> ParsedDocument:  # type: ignore[assignment]
    return ParsedDocument(
        source="t.pdf",
        format="pdf",
        pages=8,
        blocks=[Block(text=t, page=i + 1, section=s) for i, (s, t) in enumerate(blocks)],
        tables=list(tables),
    )


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("11.2 ± 1.3", (11.2, 1.3)),
        ("11.2±1.3*", (11.2, 1.3)),
        ("11.2 ± 1.3#", (11.2, 1.3)),
        ("11.2 (1.3)", (11.2, 1.3)),
        ("11.2 +/- 1.3", (11.2, 1.3)),
        ("7", (7.0, None)),
        ("n.d.", None),
        ("", None),
    ],
)
def test_parse_cell(cell: str, expected: tuple | None) -> None:
    assert parse_cell(cell) == expected


@pytest.mark.parametrize(
    ("label", "unit", "day"),
    [
        ("Day 7", None, 7),
        ("D7", None, 7),
        ("7 d", None, 7),
        ("7d", None, 7),
        ("7 dpi", None, 7),
        ("28 days", None, 28),
        ("Week 2", None, 14),
        ("2 w", None, 14),
        ("4 weeks", None, 28),
        ("14", "day", 14),
        ("4", "week", 28),
        ("14", None, None),
        ("Group", None, None),
    ],
)
def test_parse_day(label: str, unit: str | None, day: float | None) -> None:
    assert parse_day(label, unit) == day


@pytest.mark.parametrize(
    ("group", "arm"),
    [
        ("Sham", "sham"),
        ("Sham-operated", "sham"),
        ("SCI", "control"),
        ("SCI + PBS", "control"),
        ("Vehicle", "control"),
        ("PBS", "control"),
        ("Saline", "control"),
        ("Model", "control"),
        ("Exo", "treatment"),
        ("SCI + Exo", "treatment"),
        ("BMSC-Exos", "treatment"),
        ("hUCMSC-EVs", "treatment"),
        ("Exo-miR-26a", "treatment"),
        ("Normal", "sham"),
        ("Group A", "other"),
    ],
)
def test_group_arm(group: str, arm: str) -> None:
    assert group_arm(group) == arm


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Data are presented as mean ± SEM.",), "sem"),
        (("Values are mean ± SD",), "sd"),
        (("mean ± standard deviation",), "sd"),
        (("BBB score (mean, SEM)",), "sem"),
        (("Nothing here",), None),
        ((None, "Table 2. BBB scores (mean ± S.E.M.)"), "sem"),
    ],
)
def test_dispersion_type(texts: tuple, expected: str | None) -> None:
    assert dispersion_type(*texts) == expected


DAYS_AS_COLUMNS = Table(
    rows=[
        ["Group", "Day 1", "Day 7", "Day 14", "Day 28"],
        ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["SCI + PBS (n = 8)", "0.5 ± 0.3", "3.1 ± 0.8", "5.2 ± 1.0", "7.5 ± 1.1"],
        ["Exo (n = 8)", "0.6 ± 0.4", "4.8 ± 0.9*", "8.1 ± 1.2*", "11.2 ± 1.3*"],
    ],
    page=6,
    caption="Table 2. BBB scores of each group (mean ± SEM).",
    label="Table 2",
)

DAYS_AS_ROWS = Table(
    rows=[
        ["Time (weeks)", "Sham", "Vehicle", "BMSC-Exos"],
        ["1", "20.5 ± 0.5", "2.0 ± 0.6", "3.5 ± 0.7"],
        ["2", "21.0 ± 0.0", "4.0 ± 0.9", "6.9 ± 1.0"],
        ["4", "21.0 ± 0.0", "6.2 ± 1.1", "10.4 ± 1.4"],
    ],
    page=5,
    caption="Table 3. Basso-Beattie-Bresnahan locomotor scores (mean ± SD).",
)

LONG_FORMAT = Table(
    rows=[
        ["Group", "Day", "Mean", "SD", "n"],
        ["PBS", "28", "7.5", "1.1", "6"],
        ["Exo", "28", "11.2", "1.3", "6"],
    ],
    page=7,
    caption="Table 1. BBB scores at the final time point.",
)


def _by(rows: list, group: str, day: float):  # type: ignore[no-untyped-def]
    found = [r for r in rows if r.group == group and r.day == day]
    assert len(found) == 1, (group, day, rows)
    return found[0]


def test_table_with_days_as_columns() -> None:
    rows, notes = extract_outcomes(doc_with(tables=[DAYS_AS_COLUMNS]))
    assert len(rows) == 12
    r = _by(rows, "Exo", 28)
    assert (r.arm, r.mean, r.sem, r.sd, r.n, r.source, r.page) == (
        "treatment",
        11.2,
        1.3,
        None,
        8,
        "table",
        6,
    )
    c = _by(rows, "SCI + PBS", 7)
    assert (c.arm, c.mean, c.sem) == ("control", 3.1, 0.8)
    assert _by(rows, "Sham", 1).arm == "sham"
    assert notes == []


def test_table_with_days_as_rows_in_weeks() -> None:
    rows, _ = extract_outcomes(doc_with(tables=[DAYS_AS_ROWS]))
    assert len(rows) == 9
    r = _by(rows, "BMSC-Exos", 28)
    assert (r.arm, r.mean, r.sd, r.sem) == ("treatment", 10.4, 1.4, None)
    assert _by(rows, "Vehicle", 7).arm == "control"


def test_long_format_table_with_separate_sd_column() -> None:
    rows, _ = extract_outcomes(doc_with(tables=[LONG_FORMAT]))
    r = _by(rows, "Exo", 28)
    assert (r.mean, r.sd, r.n) == (11.2, 1.3, 6)


def test_dispersion_from_methods_statement() -> None:
    table = Table(
        rows=[["Group", "Day 28"], ["PBS", "7.5 ± 1.1"], ["Exo", "11.2 ± 1.3"]],
        page=4,
        caption="Table 2. BBB scores.",
    )
    doc = doc_with([(S.METHODS, "All data are presented as mean ± SEM.")], [table])
    rows, notes = extract_outcomes(doc)
    assert _by(rows, "Exo", 28).sem == 1.3
    assert not any("not stated" in n for n in notes)


def test_tables_without_bbb_are_ignored() -> None:
    table = Table(
        rows=[["Group", "Day 7"], ["PBS", "7.5 ± 1.1"]],
        page=4,
        caption="Table 1. Primer sequences.",
    )
    assert extract_outcomes(doc_with(tables=[table]))[0] == []


def test_out_of_scale_values_are_dropped() -> None:
    table = Table(rows=[["Group", "Day 7"], ["PBS", "35.5 ± 1.1"]], page=4, caption="BBB scores")
    assert extract_outcomes(doc_with(tables=[table]))[0] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At 28 days the BBB score of the Exo group was 11.2 ± 1.3 versus 7.5 ± 1.1 in the PBS group.",
            {("Exo", 28, 11.2, "treatment"), ("PBS", 28, 7.5, "control")},
        ),
        (
            "On day 14, BBB scores were 8.1 ± 1.2 in the BMSC-Exos group and 5.2 ± 1.0 in the vehicle group.",
            {("BMSC-Exos", 14, 8.1, "treatment"), ("vehicle", 14, 5.2, "control")},
        ),
        (
            "Four weeks after injury, the BBB scores (Exo: 10.5 ± 0.9; SCI: 6.8 ± 1.0) differed significantly.",
            {("Exo", 28, 10.5, "treatment"), ("SCI", 28, 6.8, "control")},
        ),
    ],
)
def test_text_outcomes(sentence: str, expected: set) -> None:
    rows, _ = extract_outcomes(doc_with([(S.RESULTS, sentence)]))
    got = {(r.group, r.day, r.mean, r.arm) for r in rows}
    assert got == expected
    for r in rows:
        assert r.source == "text" and r.page == 1
        assert r.evidence and r.evidence[0].quote == sentence


def test_discussion_numbers_are_not_outcomes() -> None:
    sentence = "At 28 days the BBB score of the Exo group was 11.2 ± 1.3 versus 7.5 ± 1.1 in the PBS group."
    assert extract_outcomes(doc_with([(S.DISCUSSION, sentence)]))[0] == []


def test_figure_only_bbb_gives_a_note() -> None:
    doc = doc_with(
        [
            (S.RESULTS, "Locomotor recovery improved in treated rats (Figure 3)."),
            (S.METHODS, "Placeholder."),
            (S.METHODS, "Placeholder."),
            (S.METHODS, "Placeholder."),
            (S.METHODS, "Placeholder."),
            (S.FIGURE_CAPTION, "Figure 3. BBB scores of the three groups at days 1-28."),
        ]
    )
    rows, notes = extract_outcomes(doc)
    assert rows == []
    assert notes == ["BBB scores reported in a figure on page 6 (Figure 3)"]
