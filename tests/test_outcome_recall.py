"""BBB/BMS outcome rows written the ways other authors of the field write them.

Each case is one shape of reporting a locomotor score that a reviewer would
record as a row (group, arm, day post-injury, mean): scores restated at late
days, values with their group or time point after them, time points coded in
the methods ("T1 (day 1)"), week headers, superscript significance markers,
dose arms. The traps at the end are numbers that look like scores but are not
and must give no row.
"""

from __future__ import annotations

import pytest

from miner.extract.outcomes import extract_outcomes, group_arm, parse_cell, parse_day
from miner.parse.model import Block, ParsedDocument, SectionKind, Table

S = SectionKind
Row = tuple[str, str, float, float]  # group, arm, day, mean

# The methods of most papers name the scale once; results sentences then speak of "scores".
SCALE_METHODS = (
    "Hind-limb locomotor function was rated on the BBB open-field scale by blinded observers."
)


def doc_of(
    *blocks: tuple[SectionKind, str], tables: tuple[Table, ...] = (), methods: bool = True
) -> ParsedDocument:
    all_blocks = [(S.METHODS, SCALE_METHODS)] if methods else []
    all_blocks += list(blocks)
    return ParsedDocument(
        source="r.pdf",
        format="pdf",
        pages=9,
        blocks=[Block(text=t, page=i + 1, section=s) for i, (s, t) in enumerate(all_blocks)],
        tables=list(tables),
    )


def rows_of(doc: ParsedDocument) -> set[Row]:
    return {(r.group, r.arm, r.day, r.mean) for r in extract_outcomes(doc)[0]}


def results(sentence: str) -> set[Row]:
    return rows_of(doc_of((S.RESULTS, sentence)))


# --- sentences ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "BBB scores of the exosome group (10.1 ± 1.2, 12.3 ± 0.9 and 14.0 ± 1.1 at 2, 3 and "
            "4 weeks) exceeded those of the PBS group.",
            {("exosome", "treatment", 14, 10.1), ("exosome", "treatment", 21, 12.3),
             ("exosome", "treatment", 28, 14.0)},
            id="values-then-week-list-in-parentheses",
        ),
        pytest.param(
            "The Exo group showed BBB scores of 5.1 ± 0.6, 8.2 ± 0.9 and 11.4 ± 1.1 on days 7, 14 "
            "and 28, respectively.",
            {("Exo", "treatment", 7, 5.1), ("Exo", "treatment", 14, 8.2),
             ("Exo", "treatment", 28, 11.4)},
            id="values-then-day-list-respectively",
        ),
        pytest.param(
            "The BBB score increased from 1.0 ± 0.3 at day 1 to 10.8 ± 1.2 at day 28 in the Exo "
            "group, but only to 7.2 ± 0.9 in the vehicle group.",
            {("Exo", "treatment", 1, 1.0), ("Exo", "treatment", 28, 10.8),
             ("vehicle", "control", 28, 7.2)},
            id="rose-from-to-group-after-time",
        ),
        pytest.param(
            "The BBB score of the EV group was 11.5 ± 1.2 on day 28 compared to 7.2 ± 0.8 on day "
            "28 in the PBS group.",
            {("EV", "treatment", 28, 11.5), ("PBS", "control", 28, 7.2)},
            id="group-after-its-time-point",
        ),
        pytest.param(
            "At week 4, Exo-treated rats showed BBB scores of 11.2 ± 1.0 (n = 8), compared with "
            "7.5 ± 0.9 (n = 8) in PBS-treated rats.",
            {("Exo-treated", "treatment", 28, 11.2), ("PBS-treated", "control", 28, 7.5)},
            id="n-between-value-and-group",
        ),
        pytest.param(
            "BBB scores were higher in exosome-treated rats at day 28 (11.5 ± 1.2) than in "
            "vehicle-treated rats (7.2 ± 0.8; P < 0.01).",
            {("exosome-treated", "treatment", 28, 11.5), ("vehicle-treated", "control", 28, 7.2)},
            id="group-time-then-value-in-parentheses",
        ),
        pytest.param(
            "By week 4, exosome-treated animals had BBB scores of 11.5 ± 1.2 versus 7.2 ± 0.8 "
            "for controls.",
            {("exosome-treated", "treatment", 28, 11.5), ("controls", "control", 28, 7.2)},
            id="for-controls",
        ),
        pytest.param(
            "The mean BBB score at 28 dpi was 11.5 ± 1.2 for Exo versus 7.2 ± 0.8 for PBS.",
            {("Exo", "treatment", 28, 11.5), ("PBS", "control", 28, 7.2)},
            id="for-label-without-group-word",
        ),
        pytest.param(
            "At day 28, BBB scores were 11.5 ± 1.2 and 7.2 ± 0.8 for the Exo and PBS groups.",
            {("Exo", "treatment", 28, 11.5), ("PBS", "control", 28, 7.2)},
            id="group-list-without-respectively",
        ),
        pytest.param(
            "The mean BBB score at 28 dpi was 11.5 [1.2] in the Exo group and 7.2 [0.8] in the "
            "PBS group.",
            {("Exo", "treatment", 28, 11.5), ("PBS", "control", 28, 7.2)},
            id="dispersion-in-brackets",
        ),
        pytest.param(
            "BBB scores of EV-treated rats were 11.5 ± 1.2 (28 d) and 13.0 ± 1.1 (42 d).",
            {("EV-treated", "treatment", 28, 11.5), ("EV-treated", "treatment", 42, 13.0)},
            id="time-in-parentheses-after-each-value",
        ),
        pytest.param(
            "In the Exo group the BBB score was 11.5 ± 1.2 at D28.",
            {("Exo", "treatment", 28, 11.5)},
            id="D28",
        ),
        pytest.param(
            "On POD 28, the BBB score of the EV group was 11.0 ± 1.0.",
            {("EV", "treatment", 28, 11.0)},
            id="POD",
        ),
        pytest.param(
            "BBB scores in the vehicle (PBS) group were 7.0 ± 1.0 at day 28.",
            {("vehicle (PBS)", "control", 28, 7.0)},
            id="group-with-parenthesised-vehicle",
        ),
        pytest.param(
            "All rats had a BBB score of 21 before injury; at day 28 the Exo group scored "
            "11.0 ± 1.0.",
            {("Exo", "treatment", 28, 11.0)},
            id="baseline-clause-then-score",
        ),
        pytest.param(
            "The high-dose group scored 13.0 ± 1.0 and the low-dose group 10.0 ± 1.0 on the BBB "
            "scale at day 28.",
            {("high-dose", "treatment", 28, 13.0), ("low-dose", "other", 28, 10.0)},
            id="dose-arms",
        ),
        pytest.param(
            "Laminectomy-only rats scored 21.0 ± 0.0 at day 28 on the BBB scale.",
            {("Laminectomy-only", "sham", 28, 21.0)},
            id="laminectomy-only-is-sham",
        ),
        pytest.param(
            "At day 35 the BBB score was 12.2 (1.1) with Exo, 9.0 (1.3) with vehicle.",
            {("Exo", "treatment", 35, 12.2), ("vehicle", "control", 35, 9.0)},
            id="with-label-after-value",
        ),
        pytest.param(
            "On day 21, BBB scores were 9.9 (1.0) in sEV-treated rats and 6.4 (1.2) without "
            "treatment.",
            {("sEV-treated", "treatment", 21, 9.9), ("untreated", "control", 21, 6.4)},
            id="without-treatment",
        ),
        pytest.param(
            "In week 3, scores were 8.1 (1.4) with EV+Gel and 5.0 (1.2) after contusion alone.",
            {("EV+Gel", "treatment", 21, 8.1), ("contusion alone", "control", 21, 5.0)},
            id="after-injury-alone",
        ),
        pytest.param(
            "By 6 weeks, rats given Exo-siRNA had improved to 9.4 on the BBB scale, whereas "
            "saline-treated rats remained at 4.0 (P < 0.01).",
            {("Exo-siRNA", "treatment", 42, 9.4), ("saline-treated", "control", 42, 4.0)},
            id="remained-at-bare-mean-before-P",
        ),
        pytest.param(
            "Exo-treated rats recovered sooner and reached a mean BBB score of 13.1 by week 6, "
            "against 8.2 in the vehicle group.",
            {("Exo-treated", "treatment", 42, 13.1), ("vehicle", "control", 42, 8.2)},
            id="sentence-subject-owns-first-value",
        ),
        pytest.param(
            "In the SCI+EV group BBB scores were 1.9 ± 0.8, 6.8 ± 1.1 and 10.2 ± 1.3 on days 1, 7 "
            "and 21, respectively, compared with 1.7 ± 0.7, 4.4 ± 1.0 and 6.6 ± 1.2 in the SCI "
            "group.",
            {("SCI+EV", "treatment", 1, 1.9), ("SCI+EV", "treatment", 7, 6.8),
             ("SCI+EV", "treatment", 21, 10.2), ("SCI", "control", 1, 1.7),
             ("SCI", "control", 7, 4.4), ("SCI", "control", 21, 6.6)},
            id="day-list-between-two-groups-series",
        ),
        pytest.param(
            "In the Exo group the BBB score climbed from 0.9 ± 0.3 at 1 dpi to 12.0 ± 0.6 at "
            "28 dpi.",
            {("Exo", "treatment", 1, 0.9), ("Exo", "treatment", 28, 12.0)},
            id="group-then-climbed-from-to",
        ),
    ],
)  # fmt: skip
def test_sentence_shapes(sentence: str, expected: set[Row]) -> None:
    assert results(sentence) == expected


def test_restated_late_score_without_scale_word_is_a_row() -> None:
    """A results sentence that restates a table's last time point without naming the scale."""
    grid = [
        ["Time", "Sham", "SCI + saline", "Exo"],
        ["7 dpi", "21.0 ± 0.0", "3.2 ± 0.4", "5.2 ± 0.4"],
        ["42 dpi", "21.0 ± 0.0", "8.0 ± 0.6", "11.8 ± 0.6"],
    ]
    table = Table(rows=grid, page=4, caption="Table 2. BBB scores (mean ± SEM).", label="Table 2")
    doc = doc_of(
        (S.RESULTS, ("Exo rats reached 11.8 ± 0.6 at 42 dpi, whereas SCI + saline rats reached "
                    "8.0 ± 0.6. Iba1+ cells fell by half.")),
        tables=(table,),
    )  # fmt: skip
    text = {(r.group, r.day, r.mean) for r in extract_outcomes(doc)[0] if r.source == "text"}
    assert text == {("Exo", 42, 11.8), ("SCI + saline", 42, 8.0)}


def test_restated_bare_means_in_an_unscaled_sentence_match_the_table() -> None:
    grid = [
        ["Weeks after SCI", "PBS (n = 9)", "EV-miR (n = 10)"],
        ["Week 2", "3.9 ± 0.5", "5.5 ± 0.6"],
        ["Week 6", "7.3 ± 0.7", "12.4 ± 0.8"],
    ]
    table = Table(rows=grid, page=4, caption="Table 1. BBB scores (mean ± SEM).", label="Table 1")
    doc = doc_of(
        (S.RESULTS, ("Locomotion EV-miR rats gained faster (Table 1) and reached a mean score of "
                    "12.4 by week 6, against 7.3 in the PBS group. The lesion was 30% smaller.")),
        tables=(table,),
    )  # fmt: skip
    rows = extract_outcomes(doc)[0]
    text = {(r.group, r.arm, r.day, r.mean) for r in rows if r.source == "text"}
    assert text == {("EV-miR", "treatment", 42, 12.4), ("PBS", "control", 42, 7.3)}
    assert all(r.arm == "treatment" for r in rows if r.group == "EV-miR")


def test_unscaled_sentence_not_matching_any_table_value_stays_empty() -> None:
    grid = [["Group", "Day 7"], ["Exo", "5.2 ± 0.4"], ["SCI", "3.2 ± 0.4"]]
    table = Table(rows=grid, page=4, caption="Table 2. BBB scores.", label="Table 2")
    doc = doc_of(
        (S.RESULTS, "Exo rats reached 31.8 ± 2.6 g at day 7, whereas SCI rats reached 8.0 ± 0.6."),
        tables=(table,),
    )
    assert all(r.source == "table" for r in extract_outcomes(doc)[0])


# --- time points coded in the methods -------------------------------------------


@pytest.mark.parametrize(
    "methods",
    [
        "BBB scores were recorded at baseline (T0) and at T1 (day 1), T2 (day 7) and T3 (day 28).",
        "BBB testing was done at time points T0-T3 (baseline, days 1, 7 and 28).",
        "Locomotion was rated before injury (T0), 1 day (T1), 7 days (T2) and 28 days (T3) after SCI.",
        (
            "The BBB scale was scored at four time points: T0 = before injury, T1 = day 1, T2 = day 7 "
            "and T3 = day 28."
        ),
    ],
)
def test_time_codes_defined_in_methods_are_read_in_results(methods: str) -> None:
    doc = doc_of(
        (S.METHODS, methods),
        (S.RESULTS, ("At T1, BBB scores were near zero (Exo 0.8 (0.6); SCI 0.7 (0.6)). At T2 scores "
                    "were 4.6 (1.2) and 3.4 (1.1), and at T3 10.4 (1.6) versus 7.9 (1.5).")),
    )  # fmt: skip
    assert rows_of(doc) == {
        ("Exo", "treatment", 1, 0.8), ("SCI", "control", 1, 0.7),
        ("Exo", "treatment", 7, 4.6), ("SCI", "control", 7, 3.4),
        ("Exo", "treatment", 28, 10.4), ("SCI", "control", 28, 7.9),
    }  # fmt: skip


def test_time_codes_as_table_headers() -> None:
    grid = [
        ["Group", "T0", "T1", "T2"],
        ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["Exo", "21.0 ± 0.0", "1.5 ± 0.4", "10.1 ± 0.9"],
    ]
    table = Table(rows=grid, page=5, caption="Table 3. BBB scores.", label="Table 3")
    doc = doc_of(
        (S.METHODS, "BBB scores were assessed before injury (T0) and on days 3 (T1) and 21 (T2)."),
        tables=(table,),
    )
    assert rows_of(doc) == {
        ("Sham", "sham", 3, 21.0), ("Sham", "sham", 21, 21.0),
        ("Exo", "treatment", 3, 1.5), ("Exo", "treatment", 21, 10.1),
    }  # fmt: skip


def test_undefined_codes_and_vertebral_levels_are_not_days() -> None:
    doc = doc_of(
        (S.METHODS, "A contusion was made at T10 and BBB was scored on days 1 (T1) and 28 (T2)."),
        (S.RESULTS, "At T3 the BBB score of the Exo group was 12.0 ± 1.0."),
    )
    assert rows_of(doc) == set()


# --- tables -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "day"),
    [("POD 7", 7), ("POD7", 7), ("1st week", 7), ("4th week", 28), ("2nd wk", 14), ("Wk 6", 42),
     ("post-operative day 14", 14), ("D 28", 28), ("42 d.p.i.", 42)],
)  # fmt: skip
def test_time_labels(label: str, day: float) -> None:
    assert parse_day(label) == day


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("3.4 ± 0.5ᵃ", (3.4, 0.5)),
        ("5.2 ± 0.6^a", (5.2, 0.6)),
        ("10.1 ± 0.9 *##", (10.1, 0.9)),
        ("10.1 ± 0.9***,†", (10.1, 0.9)),
        ("10.1 ± 0.9 a,b,c", (10.1, 0.9)),
        ("10.1 ± 0.9¶", (10.1, 0.9)),
        ("10.1 [0.9]", (10.1, 0.9)),
        ("n.s.", None),
        ("P < 0.05", None),
    ],
)
def test_cells_with_significance_markers(cell: str, expected: tuple[float, float] | None) -> None:
    assert parse_cell(cell) == expected


def test_table_with_post_operative_day_headers_and_marked_cells() -> None:
    grid = [
        ["Group", "POD 7", "POD 28"],
        ["Sham", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["SCI", "3.4 ± 0.5ᵃ", "6.1 ± 0.8ᵃ"],
        ["Exo", "5.2 ± 0.6ᵇ", "10.1 ± 0.9ᵃᵇ"],
    ]
    doc = doc_of(tables=(Table(rows=grid, page=5, caption="Table 2. BBB scores.", label="T2"),))
    assert rows_of(doc) == {
        ("Sham", "sham", 7, 21.0), ("Sham", "sham", 28, 21.0),
        ("SCI", "control", 7, 3.4), ("SCI", "control", 28, 6.1),
        ("Exo", "treatment", 7, 5.2), ("Exo", "treatment", 28, 10.1),
    }  # fmt: skip


def test_dose_table_highest_dose_is_treatment() -> None:
    grid = [
        ["Group", "Day 28"],
        ["Sham", "21.0 ± 0.0"],
        ["SCI", "6.1 ± 0.8"],
        ["Low-dose", "8.1 ± 0.9"],
        ["High-dose", "10.1 ± 0.9"],
    ]
    doc = doc_of(tables=(Table(rows=grid, page=5, caption="Table 2. BBB scores.", label="T2"),))
    assert rows_of(doc) == {
        ("Sham", "sham", 28, 21.0), ("SCI", "control", 28, 6.1),
        ("Low-dose", "other", 28, 8.1), ("High-dose", "treatment", 28, 10.1),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("groups", "arms"),
    [
        pytest.param(["SCI", "SCI+N-sEV", "SCI+H-sEV"], ["control", "other", "treatment"],
                     id="native-prefix-after-plus"),
        pytest.param(["Vehicle", "Naive-Exo", "IFN-Exo"], ["control", "other", "treatment"],
                     id="naive-cells-exosomes-are-not-sham"),
        pytest.param(["SCI", "SCI+WJ-Exo", "SCI+RVG-Exo"], ["control", "other", "treatment"],
                     id="source-only-beside-targeted"),
        pytest.param(["Vehicle", "Exo-50", "Exo-100", "Exo-200"],
                     ["control", "other", "other", "treatment"], id="bare-number-doses"),
        pytest.param(["Sham", "BMSC-Exo", "ADSC-Exo"], ["sham", "treatment", "treatment"],
                     id="two-sources-no-modification-stay"),
    ],
)  # fmt: skip
def test_arms_across_a_papers_groups(groups: list[str], arms: list[str]) -> None:
    grid = [["Group", "Day 28"], *[[g, f"{5 + i}.0 ± 1.0"] for i, g in enumerate(groups)]]
    doc = doc_of(tables=(Table(rows=grid, page=5, caption="Table 2. BBB scores.", label="T2"),))
    got = {r.group: r.arm for r in extract_outcomes(doc)[0]}
    assert got == dict(zip(groups, arms, strict=True))


@pytest.mark.parametrize(
    ("group", "arm"),
    [("Laminectomy-only", "sham"), ("laminectomy only", "sham"), ("controls", "control"),
     ("Injury only", "control"), ("vehicle (PBS)", "control"), ("EV group", "treatment")],
)  # fmt: skip
def test_group_arms(group: str, arm: str) -> None:
    assert group_arm(group) == arm


# --- traps --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "sentence"),
    [
        (S.RESULTS, "Treatment affected BBB scores (F(1, 14) = 12.6, P = 0.003; t = 3.2)."),
        (S.RESULTS, ("BBB subscores at day 28 were 8.2 ± 1.0 in the Exo group and 4.1 ± 0.9 in the "
                    "PBS group.")),
        (S.RESULTS, "mNSS at day 28 was 6.2 ± 1.0 in the Exo group and 10.1 ± 0.9 in the PBS group."),
        (S.RESULTS, "Before injury all rats scored 21 ± 0 on the BBB scale."),
        (S.DISCUSSION, ("Liu et al. reported BBB scores of 12.5 ± 1.0 at day 28 after exosome "
                       "treatment.")),
        (S.METHODS, "Rats with a BBB score ≥ 2 at day 1 after injury were excluded."),
        (S.RESULTS, "Rats with a BBB score > 2 on day 1 were excluded from analysis (n = 3)."),
        (S.RESULTS, ("The BBB score of the Exo group improved by 4.2 ± 1.1 points between day 7 and "
                    "day 28.")),
        (S.RESULTS, ("At day 28 the difference in BBB score between the Exo and PBS groups was "
                    "3.9 ± 1.2.")),
    ],
)  # fmt: skip
def test_traps_give_no_rows(section: SectionKind, sentence: str) -> None:
    assert rows_of(doc_of((section, sentence))) == set()
