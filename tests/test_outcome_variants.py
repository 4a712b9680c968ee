"""BBB/BMS outcome rows as other authors write them: table layouts, time labels, cells, sentences, traps.

Each case states one way a paper reports locomotor scores and the rows a reviewer
would record from it (group, arm, day post-injury, mean, SD/SEM, n). Traps are
numbers that look like scores but are not: P values, F statistics, other scales,
subscores, scores quoted from other studies, the pre-injury baseline.
"""

from __future__ import annotations

import pytest

from miner.extract.outcomes import extract_outcomes, group_arm, parse_cell, parse_day
from miner.parse.model import Block, ParsedDocument, SectionKind, Table

S = SectionKind


def doc_with(
    blocks: list[tuple[SectionKind, str]] = (),  # type: ignore[assignment]
    tables: list[Table] = (),  # type: ignore[assignment]
) -> ParsedDocument:
    return ParsedDocument(
        source="v.pdf",
        format="pdf",
        pages=8,
        blocks=[Block(text=t, page=i + 1, section=s) for i, (s, t) in enumerate(blocks)],
        tables=list(tables),
    )


def table(rows: list[list[str]], caption: str = "Table 2. BBB scores of each group.") -> Table:
    return Table(rows=rows, page=5, caption=caption, label="Table 2")


Row = tuple[str, str, float, float]  # group, arm, day, mean


def rows_of(doc: ParsedDocument) -> set[Row]:
    return {(r.group, r.arm, r.day, r.mean) for r in extract_outcomes(doc)[0]}


# --- tables -------------------------------------------------------------------

THREE_GROUPS: set[Row] = {
    ("Sham", "sham", 7, 21.0),
    ("Sham", "sham", 28, 21.0),
    ("SCI", "control", 7, 3.1),
    ("SCI", "control", 28, 7.4),
    ("Exo", "treatment", 7, 4.9),
    ("Exo", "treatment", 28, 11.8),
}


def wide(head: list[str], cells: list[list[str]] | None = None) -> list[list[str]]:
    cells = cells or [
        ["21.0 ± 0.0", "21.0 ± 0.0"],
        ["3.1 ± 0.6", "7.4 ± 0.9"],
        ["4.9 ± 0.7", "11.8 ± 1.0"],
    ]
    return [head, *[[g, *c] for g, c in zip(["Sham", "SCI", "Exo"], cells, strict=True)]]


def tall(corner: str, labels: list[str]) -> list[list[str]]:
    return [
        [corner, "Sham", "SCI", "Exo"],
        [labels[0], "21.0 ± 0.0", "3.1 ± 0.6", "4.9 ± 0.7"],
        [labels[1], "21.0 ± 0.0", "7.4 ± 0.9", "11.8 ± 1.0"],
    ]


@pytest.mark.parametrize(
    "grid",
    [
        pytest.param(wide(["Group", "Day 7", "Day 28"]), id="Day-N-columns"),
        pytest.param(wide(["Group", "D7", "D28"]), id="DN"),
        pytest.param(wide(["Group", "7 d", "28 d"]), id="N-d"),
        pytest.param(wide(["Group", "7 dpi", "28 dpi"]), id="dpi"),
        pytest.param(wide(["Group", "1 week", "4 weeks"]), id="weeks"),
        pytest.param(wide(["Group", "1 wk", "4 wk"]), id="wk"),
        pytest.param(wide(["Group", "Week 1", "Week 4"]), id="Week-N"),
        pytest.param(
            wide(["Groups", "7 days post-injury", "28 days post-injury"]), id="post-injury"
        ),
        pytest.param(
            wide(["Group", "Day 7 post-injury", "Day 28 post-injury"]), id="Day-N-post-injury"
        ),
        pytest.param(wide(["Group", "7 d after SCI", "28 d after SCI"]), id="after-SCI"),
        pytest.param(
            wide(["Group", "1 week after spinal cord injury", "4 weeks after spinal cord injury"]),
            id="after-spinal-cord-injury",
        ),
        pytest.param(wide(["Days post-injury", "7", "28"]), id="corner-unit"),
        pytest.param(wide(["Group", "BBB at day 7", "BBB at day 28"]), id="BBB-at-day"),
        pytest.param(
            wide(
                ["Group", "Pre-injury", "Day 7", "Day 28"],
                [
                    ["21.0 ± 0.0"] * 3,
                    ["21.0 ± 0.0", "3.1 ± 0.6", "7.4 ± 0.9"],
                    ["21.0 ± 0.0", "4.9 ± 0.7", "11.8 ± 1.0"],
                ],
            ),
            id="pre-injury-column-skipped",
        ),
        pytest.param(
            wide(
                ["Group", "Baseline", "7 d", "28 d"],
                [
                    ["21 ± 0"] * 3,
                    ["21 ± 0", "3.1 ± 0.6", "7.4 ± 0.9"],
                    ["21 ± 0", "4.9 ± 0.7", "11.8 ± 1.0"],
                ],
            ),
            id="baseline-column-skipped",
        ),
        pytest.param(tall("Time", ["Day 7", "Day 28"]), id="transposed"),
        pytest.param(tall("Time point", ["7 d", "28 d"]), id="transposed-N-d"),
        pytest.param(tall("Weeks after injury", ["1", "4"]), id="transposed-bare-weeks"),
        pytest.param(tall("", ["1 wk", "4 wk"]), id="transposed-blank-corner"),
        pytest.param(
            [["", "Days post-injury", ""], ["Group", "7", "28"], *wide(["x", "y", "z"])[1:]],
            id="two-row-header-days",
        ),
        pytest.param(
            [["", "Time after SCI (weeks)", ""], ["Group", "1", "4"], *wide(["x", "y", "z"])[1:]],
            id="two-row-header-weeks",
        ),
        pytest.param(
            [["Group", "BBB score", ""], ["", "Day 7", "Day 28"], *wide(["x", "y", "z"])[1:]],
            id="two-row-header-labels-below",
        ),
    ],
)
def test_table_layouts(grid: list[list[str]]) -> None:
    assert rows_of(doc_with(tables=[table(grid)])) == THREE_GROUPS


@pytest.mark.parametrize(
    ("cell", "parsed"),
    [
        ("8.2 ± 1.1", (8.2, 1.1)),
        ("8.2 (1.1)", (8.2, 1.1)),
        ("8.2±1.1*", (8.2, 1.1)),
        ("8.2 ± 1.1**", (8.2, 1.1)),
        ("8.2 ± 1.1 ##", (8.2, 1.1)),
        ("8.2 ± 1.1a,b", (8.2, 1.1)),
        ("8.2 ± 1.1†", (8.2, 1.1)),
        ("8.2 +/- 1.1", (8.2, 1.1)),
        ("8,2 ± 1,1", (8.2, 1.1)),
        ("8.2*", (8.2, None)),
        ("12", (12.0, None)),
        ("–", None),
        ("NA", None),
        ("p < 0.05", None),
    ],
)
def test_cell_notations(cell: str, parsed: tuple[float, float | None] | None) -> None:
    assert parse_cell(cell) == parsed


def test_day7_over_mean_sd_columns_takes_sd_from_the_next_column() -> None:
    grid = [
        ["", "Day 7", "", "Day 28", ""],
        ["Group", "Mean", "SD", "Mean", "SD"],
        ["SCI + PBS", "4.2", "0.9", "8.1", "1.4"],
        ["SCI + Exo", "6.8", "1.0", "12.4", "1.3"],
    ]
    rows = extract_outcomes(doc_with(tables=[table(grid)]))[0]
    got = {(r.group, r.day, r.mean, r.sd, r.sem) for r in rows}
    assert got == {
        ("SCI + PBS", 7, 4.2, 0.9, None),
        ("SCI + PBS", 28, 8.1, 1.4, None),
        ("SCI + Exo", 7, 6.8, 1.0, None),
        ("SCI + Exo", 28, 12.4, 1.3, None),
    }


def test_sem_columns_under_spanning_weeks() -> None:
    grid = [
        ["Group", "n", "Week 2", "", "Week 6", ""],
        ["", "", "Mean", "SEM", "Mean", "SEM"],
        ["Vehicle", "10", "5.0", "0.4", "9.1", "0.5"],
        ["EVs", "10", "7.2", "0.5", "13.3", "0.6"],
    ]
    rows = extract_outcomes(doc_with(tables=[table(grid)]))[0]
    got = {(r.group, r.arm, r.day, r.mean, r.sem, r.sd, r.n) for r in rows}
    assert got == {
        ("Vehicle", "control", 14, 5.0, 0.4, None, 10),
        ("Vehicle", "control", 42, 9.1, 0.5, None, 10),
        ("EVs", "treatment", 14, 7.2, 0.5, None, 10),
        ("EVs", "treatment", 42, 13.3, 0.6, None, 10),
    }


def test_groups_spanning_mean_sd_with_days_as_rows() -> None:
    grid = [
        ["Time", "SCI", "", "MSC-Exo", ""],
        ["", "Mean", "SD", "Mean", "SD"],
        ["Day 7", "3.0", "0.5", "4.4", "0.6"],
        ["Day 21", "6.1", "0.8", "9.7", "0.9"],
    ]
    rows = extract_outcomes(doc_with(tables=[table(grid)]))[0]
    got = {(r.group, r.day, r.mean, r.sd) for r in rows}
    assert got == {
        ("SCI", 7, 3.0, 0.5),
        ("SCI", 21, 6.1, 0.8),
        ("MSC-Exo", 7, 4.4, 0.6),
        ("MSC-Exo", 21, 9.7, 0.9),
    }


@pytest.mark.parametrize(
    ("label", "group", "n"),
    [
        ("SCI + Exo (n = 8)", "SCI + Exo", 8),
        ("SCI + Exo (n=8)", "SCI + Exo", 8),
        ("SCI + Exo, n = 8", "SCI + Exo", 8),
        ("SCI + Exo", "SCI + Exo", None),
    ],
)
def test_n_in_the_group_label(label: str, group: str, n: int | None) -> None:
    grid = [["Group", "Day 28"], [label, "12.4 ± 1.3"]]
    [row] = extract_outcomes(doc_with(tables=[table(grid)]))[0]
    assert (row.group, row.n, row.mean) == (group, n, 12.4)


def test_n_in_its_own_column_of_a_wide_table() -> None:
    grid = [
        ["Group", "n", "Day 7", "Day 28"],
        ["PBS", "6", "3.1 ± 0.6", "7.4 ± 0.9"],
        ["Exo", "7", "4.9 ± 0.7", "11.8 ± 1.0"],
    ]
    rows = extract_outcomes(doc_with(tables=[table(grid)]))[0]
    assert {(r.group, r.day, r.n) for r in rows} == {
        ("PBS", 7, 6),
        ("PBS", 28, 6),
        ("Exo", 7, 7),
        ("Exo", 28, 7),
    }


def test_dispersion_type_from_the_header_cell() -> None:
    grid = [["Group (mean ± SEM)", "Day 7", "Day 28"], ["PBS", "3.1 ± 0.6", "7.4 ± 0.9"]]
    rows = extract_outcomes(doc_with(tables=[table(grid, "Table 1. BBB scores.")]))[0]
    assert {(r.day, r.sem, r.sd) for r in rows} == {(7, 0.6, None), (28, 0.9, None)}


@pytest.mark.parametrize(
    "caption",
    [
        "Table 3. mNSS of each group.",
        "Table 3. Inclined plane angle (degrees).",
        "Table 3. Primer sequences.",
        "Table 3. BBB subscores (toe clearance, paw position) of each group.",
    ],
)
def test_tables_of_other_measures_give_no_rows(caption: str) -> None:
    grid = [
        ["Group", "Day 7", "Day 28"],
        ["PBS", "3.1 ± 0.6", "7.4 ± 0.9"],
        ["Exo", "4.9 ± 0.7", "8.8 ± 1.0"],
    ]
    assert rows_of(doc_with(tables=[table(grid, caption)])) == set()


def test_p_value_and_statistic_columns_are_not_scores() -> None:
    grid = [
        ["Group", "Day 28", "F", "P"],
        ["PBS", "7.4 ± 0.9", "12.31", "0.002"],
        ["Exo", "11.8 ± 1.0", "", ""],
    ]
    assert rows_of(doc_with(tables=[table(grid)])) == {
        ("PBS", "control", 28, 7.4),
        ("Exo", "treatment", 28, 11.8),
    }


# --- arms from the ways authors name groups -------------------------------------


@pytest.mark.parametrize(
    ("group", "arm"),
    [
        ("Sham", "sham"),
        ("Sham operation", "sham"),
        ("SCI", "control"),
        ("SCI+PBS", "control"),
        ("SCI + vehicle", "control"),
        ("Vehicle", "control"),
        ("Model", "control"),
        ("Control", "control"),
        ("SCI + saline", "control"),
        ("Exo", "treatment"),
        ("Exos", "treatment"),
        ("sEV", "treatment"),
        ("EVs", "treatment"),
        ("MSC-Exo", "treatment"),
        ("SCI + BMSC-sEVs", "treatment"),
        ("miR-124-Exo", "treatment"),
        ("Gel+sEV", "treatment"),
        ("Gel", "other"),
        ("Hydrogel", "other"),
        ("SCI + Exo-free medium", "control"),
        ("Transection", "control"),
        ("Contusion + PBS", "control"),
        ("Hx + PBS", "control"),
        ("Transection + Gel", "other"),
    ],
)
def test_arm_from_group_name(group: str, arm: str) -> None:
    assert group_arm(group) == arm


@pytest.mark.parametrize(
    ("groups", "arms"),
    [
        (["SCI", "NC-Exo", "miR-21-Exo"], ["control", "other", "treatment"]),
        (["SCI", "scrambled-Exo", "siPTEN-Exo"], ["control", "other", "treatment"]),
        (["Vehicle", "Exo (low dose)", "Exo (high dose)"], ["control", "other", "treatment"]),
        (["PBS", "Gel", "Gel+sEV"], ["control", "other", "treatment"]),
        (["SCI", "Exo", "Hypo-Exo"], ["control", "other", "treatment"]),
        (["Vehicle", "Exo-Scr", "Exo-CAQK"], ["control", "other", "treatment"]),
        (["SCI + vehicle", "N-EV", "H-EV"], ["control", "other", "treatment"]),
        (["Hx + PBS", "Exo", "Cur-Exo"], ["control", "other", "treatment"]),
        (["PBS", "SHED-Exo", "IFN-SHED-Exo"], ["control", "other", "treatment"]),
        (["PBS", "sEV", "Gel+sEV"], ["control", "other", "treatment"]),
        (["PBS", "Exo"], ["control", "treatment"]),
    ],
)
def test_arms_across_a_papers_groups(groups: list[str], arms: list[str]) -> None:
    grid = [["Group", "Day 28"], *[[g, f"{8 + i}.0 ± 1.0"] for i, g in enumerate(groups)]]
    rows = extract_outcomes(doc_with(tables=[table(grid)]))[0]
    assert {r.group: r.arm for r in rows} == dict(zip(groups, arms, strict=True))


# --- text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "BBB scores reached 12.4 ± 1.1 in the exosome group at day 28, compared with 7.9 ± 0.8 in the PBS group.",
            {("exosome", "treatment", 28, 12.4), ("PBS", "control", 28, 7.9)},
            id="reached-in-the-group-at-day",
        ),
        pytest.param(
            "At 4 weeks after injury the BBB scores were 11.2 ± 0.9 (Exo) vs 6.5 ± 1.0 (vehicle).",
            {("Exo", "treatment", 28, 11.2), ("vehicle", "control", 28, 6.5)},
            id="parenthesised-labels",
        ),
        pytest.param(
            "Exo-treated rats had a mean BBB score of 9.5 (SD 1.4) at day 21.",
            {("Exo-treated", "treatment", 21, 9.5)},
            id="mean-SD-in-parentheses",
        ),
        pytest.param(
            "At day 28, the Exo group scored higher than the SCI group (BBB: 10.3 ± 1.2 vs. 6.1 ± 0.9; P < 0.01).",
            {("Exo", "treatment", 28, 10.3), ("SCI", "control", 28, 6.1)},
            id="values-follow-the-comparison",
        ),
        pytest.param(
            "In the Exo group, BBB scores at days 7, 14 and 28 were 3.1 ± 0.5, 6.8 ± 0.9 and 10.2 ± 1.1, respectively.",
            {
                ("Exo", "treatment", 7, 3.1),
                ("Exo", "treatment", 14, 6.8),
                ("Exo", "treatment", 28, 10.2),
            },
            id="list-over-days",
        ),
        pytest.param(
            "BBB scores of the EV group at 1, 2 and 4 weeks were 2.9 ± 0.4, 5.5 ± 0.7 and 9.9 ± 1.0.",
            {
                ("EV", "treatment", 7, 2.9),
                ("EV", "treatment", 14, 5.5),
                ("EV", "treatment", 28, 9.9),
            },
            id="list-over-weeks",
        ),
        pytest.param(
            "On day 14, BBB scores were 8.1 ± 1.2 and 5.2 ± 1.0 in the Exos and Model groups, respectively.",
            {("Exos", "treatment", 14, 8.1), ("Model", "control", 14, 5.2)},
            id="respectively-groups",
        ),
        pytest.param(
            "Twenty-eight days after SCI, the sEV group had a BBB score of 12.0 ± 1.5, whereas the vehicle group had 8.0 ± 1.2.",
            {("sEV", "treatment", 28, 12.0), ("vehicle", "control", 28, 8.0)},
            id="word-number-days",
        ),
        pytest.param(
            "At 28 dpi, BMS scores were 5.5 ± 0.5 in the EVs group and 3.0 ± 0.4 in the PBS group.",
            {("EVs", "treatment", 28, 5.5), ("PBS", "control", 28, 3.0)},
            id="BMS-dpi",
        ),
        pytest.param(
            "The BBB scores of the Exo group (12.4 ± 1.1) were higher than those of the PBS group (7.9 ± 0.8) at day 28.",
            {("Exo", "treatment", 28, 12.4), ("PBS", "control", 28, 7.9)},
            id="value-in-parentheses-after-group",
        ),
        pytest.param(
            "At day 28, BBB scores: Exo, 12.4 ± 1.1; PBS, 7.9 ± 0.8.",
            {("Exo", "treatment", 28, 12.4), ("PBS", "control", 28, 7.9)},
            id="label-comma-value",
        ),
        pytest.param(
            "BBB scores were higher in the MSC-Exo group than in the SCI group at 14 days (8.4 ± 0.9 vs. 5.2 ± 0.7) "
            "and 28 days (12.1 ± 1.0 vs. 7.3 ± 0.8).",
            {
                ("MSC-Exo", "treatment", 14, 8.4),
                ("SCI", "control", 14, 5.2),
                ("MSC-Exo", "treatment", 28, 12.1),
                ("SCI", "control", 28, 7.3),
            },
            id="comparison-repeated-per-day",
        ),
        pytest.param(
            "On day 28 after SCI, the BBB scores were 12.1 ± 1.0, 9.3 ± 0.8 and 7.3 ± 0.8 in the miR-Exo, Exo and PBS "
            "groups, respectively.",
            {
                ("miR-Exo", "treatment", 28, 12.1),
                ("Exo", "other", 28, 9.3),
                ("PBS", "control", 28, 7.3),
            },
            id="after-SCI-is-not-a-group",
        ),
        pytest.param(
            "The BBB score of the Exo group was 6.2 ± 0.8 at day 7, 9.1 ± 1.0 at day 14 and 12.0 ± 1.2 at day 28.",
            {
                ("Exo", "treatment", 7, 6.2),
                ("Exo", "treatment", 14, 9.1),
                ("Exo", "treatment", 28, 12.0),
            },
            id="time-after-each-value",
        ),
        pytest.param(
            "At day 28, the BBB score in the Exo group was 12 compared with 8 in the PBS group.",
            {("Exo", "treatment", 28, 12.0), ("PBS", "control", 28, 8.0)},
            id="whole-numbers-without-dispersion",
        ),
        pytest.param(
            "Four weeks after injury, mean BBB scores were 11.5 in EV-treated rats and 7.0 in vehicle-treated rats.",
            {("EV-treated", "treatment", 28, 11.5), ("vehicle-treated", "control", 28, 7.0)},
            id="means-without-dispersion",
        ),
        pytest.param(
            "BBB scores in the Exo group were higher than in the PBS group at days 14 (8.1 ± 1.2 vs. 5.2 ± 1.0) "
            "and 28 (11.2 ± 1.3 vs. 7.5 ± 1.1).",
            {
                ("Exo", "treatment", 14, 8.1),
                ("PBS", "control", 14, 5.2),
                ("Exo", "treatment", 28, 11.2),
                ("PBS", "control", 28, 7.5),
            },
            id="days-interleaved-with-values",
        ),
        pytest.param(
            "On days 7 and 28, BBB scores were 4.8 ± 0.9 and 11.2 ± 1.3 in the Exo group versus 3.1 ± 0.8 and "
            "7.5 ± 1.1 in the PBS group.",
            {
                ("Exo", "treatment", 7, 4.8),
                ("Exo", "treatment", 28, 11.2),
                ("PBS", "control", 7, 3.1),
                ("PBS", "control", 28, 7.5),
            },
            id="two-days-two-groups",
        ),
        pytest.param(
            "The Exo group showed higher BBB scores at weeks 2 (6.1 ± 0.5) and 4 (10.9 ± 0.8).",
            {("Exo", "treatment", 14, 6.1), ("Exo", "treatment", 28, 10.9)},
            id="one-group-over-weeks",
        ),
        pytest.param(
            "BBB scores of the hydrogel + Exo group were 10.2 ± 0.7 at 28 dpi, versus 6.3 ± 0.9 for SCI controls.",
            {("hydrogel + Exo", "treatment", 28, 10.2), ("SCI", "control", 28, 6.3)},
            id="for-SCI-controls",
        ),
    ],
)
def test_text_ways_of_writing_scores(sentence: str, expected: set[Row]) -> None:
    assert rows_of(doc_with([(S.RESULTS, sentence)])) == expected


def test_text_rows_carry_page_quote_and_confidence() -> None:
    sentence = (
        "At day 28, BBB scores were 11.0 ± 1.0 in the Exo group and 7.0 ± 0.8 in the SCI group."
    )
    rows = extract_outcomes(doc_with([(S.METHODS, "Filler."), (S.RESULTS, sentence)]))[0]
    assert len(rows) == 2
    for r in rows:
        assert r.page == 2 and r.source == "text" and 0 < r.confidence < 1
        assert r.evidence[0].quote == sentence


def test_dispersion_word_in_the_sentence_sets_sd_or_sem() -> None:
    sentence = "At day 28 the BBB score of the Exo group was 11.0 ± 1.0 (mean ± SEM) versus 7.0 ± 0.8 in the SCI group."
    rows = extract_outcomes(doc_with([(S.RESULTS, sentence)]))[0]
    assert {(r.group, r.sem, r.sd) for r in rows} == {("Exo", 1.0, None), ("SCI", 0.8, None)}


@pytest.mark.parametrize(
    ("section", "sentence"),
    [
        pytest.param(
            S.RESULTS,
            "The BBB scores differed between groups at day 28 (F = 12.3, P < 0.01).",
            id="F-and-P",
        ),
        pytest.param(
            S.RESULTS,
            "At day 28 the mNSS was 5.1 ± 0.8 in the Exo group and 9.2 ± 1.0 in the SCI group.",
            id="mNSS",
        ),
        pytest.param(
            S.RESULTS,
            "At day 28 the inclined plane angle was 45.1 ± 2.8 in the Exo group and 32.2 ± 3.0 in the SCI group.",
            id="inclined-plane",
        ),
        pytest.param(
            S.RESULTS,
            "At day 28 the inclined plane test score was 15.1 ± 1.8 in the Exo group and 12.2 ± 2.0 in the SCI group.",
            id="inclined-plane-in-range",
        ),
        pytest.param(
            S.RESULTS,
            "At day 28 the BBB subscore was 7.1 ± 0.8 in the Exo group and 3.2 ± 0.9 in the SCI group.",
            id="BBB-subscore",
        ),
        pytest.param(
            S.DISCUSSION,
            "Li et al. reported BBB scores of 12.1 ± 1.0 in the Exo group versus 8.0 ± 0.9 in the PBS group at day 28.",
            id="discussion-other-study",
        ),
        pytest.param(
            S.RESULTS,
            "Before injury all rats scored 21 ± 0 on the BBB scale.",
            id="pre-injury-baseline",
        ),
        pytest.param(
            S.RESULTS,
            "Before injury all rats had a BBB score of 21, which fell to 0 or 1 at day 1 in every injured group.",
            id="bare-baseline-and-range",
        ),
        pytest.param(
            S.RESULTS,
            "At day 28 the BBB scores of the Exo group were higher (n = 8, P < 0.05; Figure 3).",
            id="bare-n-P-figure",
        ),
        pytest.param(
            S.RESULTS,
            "BBB scores of the Exo and SCI groups were compared at days 7, 14 and 28 by two-way ANOVA.",
            id="bare-days",
        ),
        pytest.param(
            S.RESULTS,
            "Similar to a previous study, BBB scores of 12.1 ± 1.0 in the Exo group at day 28 were reported [23].",
            id="results-citing-another-study",
        ),
    ],
)
def test_text_traps_give_no_rows(section: SectionKind, sentence: str) -> None:
    assert rows_of(doc_with([(section, sentence)])) == set()


def test_time_labels_parse_the_same_everywhere() -> None:
    assert [
        parse_day(x)
        for x in [
            "Day 7 post-injury",
            "4 weeks after spinal cord injury",
            "W4",
            "Pre-injury",
            "Baseline",
        ]
    ] == [
        7,
        28,
        28,
        None,
        None,
    ]


def test_a_day_list_does_not_reach_past_the_next_time_point() -> None:
    sentence = (
        "At days 7 and 14 the BBB scores were similar, but at day 28 they were 10.2 ± 1.1 "
        "in the Exo group and 6.0 ± 0.9 in the SCI group."
    )
    assert rows_of(doc_with([(S.RESULTS, sentence)])) == {
        ("Exo", "treatment", 28, 10.2),
        ("SCI", "control", 28, 6.0),
    }


def test_two_groups_over_a_day_list() -> None:
    sentence = (
        "BBB scores at days 7, 14 and 28 were 3.1 ± 0.5, 6.8 ± 0.9 and 10.2 ± 1.1 in the Exo group "
        "and 2.0 ± 0.4, 4.1 ± 0.6 and 7.0 ± 0.8 in the PBS group."
    )
    assert rows_of(doc_with([(S.RESULTS, sentence)])) == {
        ("Exo", "treatment", 7, 3.1),
        ("Exo", "treatment", 14, 6.8),
        ("Exo", "treatment", 28, 10.2),
        ("PBS", "control", 7, 2.0),
        ("PBS", "control", 14, 4.1),
        ("PBS", "control", 28, 7.0),
    }


# --- end to end: PDFs drawn by the table-parsing tests, through the pipeline ----


@pytest.mark.parametrize(
    ("case", "days"),
    [
        ("grid", {1, 3, 7, 14, 28}),
        ("two-row-header", {1, 3, 7, 14, 28}),
        ("two-row-header-no-rules", {1, 3, 7, 14, 28}),
        ("transposed", {1, 3, 7, 14, 28}),
        ("weeks", {7, 14, 21, 28}),
        ("mean-sd-columns", {7, 28}),
        ("footnote-markers", {7, 14, 28}),
    ],
)
def test_pdf_tables_end_to_end(case: str, days: set[int], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from test_parse_table_variants import CASES

    from miner.pipeline import process_file

    path = tmp_path / f"{case}.pdf"
    path.write_bytes(CASES[case].build())
    result = process_file(path, None, read_figures=False)
    assert result.ok and result.extraction is not None, result.error
    rows = result.extraction.outcomes
    assert {r.day for r in rows} == days
    assert {r.arm for r in rows} == {"sham", "control", "treatment"}
    exo = {r.day: r for r in rows if r.group == "SCI + Exo"}
    assert exo[28].mean == 12.4 and (exo[28].sd or exo[28].sem) == 1.3
    assert all(r.page == 1 and r.evidence for r in rows)


def test_known_group_after_an_adjective() -> None:
    doc = doc_with(
        [
            (
                S.METHODS,
                "Rats were randomly assigned to Sham, SCI, Scaffold and Scaffold+EV groups.",
            ),
            (
                S.RESULTS,
                "At day 28 the BBB score of the Scaffold+EV group was 9.1 ± 0.8 versus 5.2 ± 0.5 in the SCI group and 6.0 ± 0.7 with empty scaffold.",
            ),
        ]
    )
    assert rows_of(doc) == {
        ("Scaffold+EV", "treatment", 28, 9.1),
        ("SCI", "control", 28, 5.2),
        ("Scaffold", "other", 28, 6.0),
    }


def test_multi_measure_table_gives_only_the_bbb_section() -> None:
    grid = [
        ["Measure", "Day 7", "Day 28"],
        ["Inclined plane (°)", "", ""],
        ["SCI", "30.1 ± 2.0", "35.2 ± 2.1"],
        ["Exo", "33.0 ± 1.9", "44.8 ± 2.3"],
        ["BBB score", "", ""],
        ["SCI", "3.1 ± 0.6", "7.4 ± 0.9"],
        ["Exo", "4.9 ± 0.7", "11.8 ± 1.0"],
        ["mNSS", "", ""],
        ["SCI", "10.1 ± 0.6", "8.4 ± 0.9"],
    ]
    rows = rows_of(doc_with(tables=[table(grid, "Table 2. Behavioural outcomes.")]))
    assert rows == {
        ("SCI", "control", 7, 3.1),
        ("SCI", "control", 28, 7.4),
        ("Exo", "treatment", 7, 4.9),
        ("Exo", "treatment", 28, 11.8),
    }


def test_measure_rows_with_a_time_in_the_label() -> None:
    grid = [
        ["Outcome", "Sham", "SCI", "Exo"],
        ["BBB score (day 7)", "21.0 ± 0.0", "3.1 ± 0.6", "4.9 ± 0.7"],
        ["BBB score (day 28)", "21.0 ± 0.0", "7.4 ± 0.9", "11.8 ± 1.0"],
        ["Lesion area (%)", "0.0 ± 0.0", "18.2 ± 2.0", "11.1 ± 1.5"],
    ]
    assert rows_of(doc_with(tables=[table(grid, "Table 2. Functional outcomes.")])) == THREE_GROUPS


def test_a_table_value_restated_in_the_text_is_a_row_of_each() -> None:
    grid = [["Group", "Day 28"], ["SCI + PBS", "6.3 ± 1.5"], ["Exo", "10.7 ± 1.8"]]
    doc = doc_with(
        [
            (
                S.RESULTS,
                "At day 28 the BBB score was 10.7 ± 1.8 in the Exo group versus 6.3 ± 1.5 in the SCI + PBS group.",
            )
        ],
        [table(grid)],
    )
    rows = extract_outcomes(doc)[0]
    assert sorted((r.source, r.group, r.mean) for r in rows) == [
        ("table", "Exo", 10.7),
        ("table", "SCI + PBS", 6.3),
        ("text", "Exo", 10.7),
        ("text", "SCI + PBS", 6.3),
    ]


@pytest.mark.parametrize(
    ("methods", "sentence", "expected"),
    [
        pytest.param(
            "Rats were assigned to Sham, SCI + PBS, BMSC-Exo and miR-21-Exo groups.",
            "From day 14 onwards the miR-21-Exo group scored higher than SCI + PBS; at day 28 the BBB score was "
            "10.7 ± 1.8 versus 6.3 ± 1.5 (P < 0.01) and 8.4 ± 1.7 in the BMSC-Exo group.",
            {
                ("miR-21-Exo", "treatment", 28, 10.7),
                ("SCI + PBS", "control", 28, 6.3),
                ("BMSC-Exo", "other", 28, 8.4),
            },
            id="comparison-then-values",
        ),
        pytest.param(
            "Mice were divided into four groups: Sham, PBS, SHED-Exo and IFN-SHED-Exo.",
            "BBB recovery in the IFN-SHED-Exo group reached 9.8 ± 1.2 at day 28 compared with 5.1 ± 0.9 in the "
            "PBS group and 7.0 ± 1.1 with naive SHED-Exo.",
            {
                ("IFN-SHED-Exo", "treatment", 28, 9.8),
                ("PBS", "control", 28, 5.1),
                ("SHED-Exo", "other", 28, 7.0),
            },
            id="naive-known-group",
        ),
        pytest.param(
            "Animals were assigned to Sham, SCI + vehicle, N-EV and H-EV groups.",
            "The BBB gap widened at week 2 (H-EV 6.9 ± 0.6; vehicle 4.1 ± 0.5) and at week 4 "
            "(H-EV 9.8 ± 0.7; N-EV 7.6 ± 0.6; vehicle 6.0 ± 0.6).",
            {
                ("H-EV", "treatment", 14, 6.9),
                ("vehicle", "control", 14, 4.1),
                ("H-EV", "treatment", 28, 9.8),
                ("N-EV", "other", 28, 7.6),
                ("vehicle", "control", 28, 6.0),
            },
            id="lower-case-arm-labels",
        ),
    ],
)
def test_text_with_the_papers_group_list(methods: str, sentence: str, expected: set[Row]) -> None:
    assert rows_of(doc_with([(S.METHODS, methods), (S.RESULTS, sentence)])) == expected
