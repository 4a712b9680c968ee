"""BBB/BMS outcome rows on papers nobody tuned on: shapes other labs use, and traps.

Each case is one way an author reports locomotor scores (figure legends, groups and
days listed for "respectively", medians with IQR, tables with a measure column,
continued tables, level-lettered dose arms, a sham named after the laminectomy)
and the rows a reviewer would record: group, arm, day after injury, mean. Traps are
numbers near a scale name that are not scores of this study and must give no row.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, outcome_doc, outcome_rows

from miner.extract.outcomes import extract_outcomes, parse_cell, parse_day
from miner.parse.model import ParsedDocument, SectionKind, Table

S = SectionKind

SCALE_METHODS = (
    "Hind-limb locomotor function was rated on the BBB open-field scale by blinded observers."
)


def doc_of(*blocks: tuple[SectionKind, str], tables: tuple[Table, ...] = ()) -> ParsedDocument:
    return outcome_doc(SCALE_METHODS, *blocks, tables=tables, pdf_pages=9)


def rows_of(doc: ParsedDocument) -> set[Row]:
    return outcome_rows(doc)


# --- sentences and legends ------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "sentence", "expected"),
    [
        pytest.param(
            S.FIGURE_CAPTION,
            "Figure 3. BBB scores at day 28: sham 21, SCI 7.3 ± 0.9, Exo 12.1 ± 1.0.",
            {("sham", "sham", 28, 21.0), ("SCI", "control", 28, 7.3),
             ("Exo", "treatment", 28, 12.1)},
            id="legend-list-with-whole-number-sham",
        ),
        pytest.param(
            S.FIGURE_CAPTION,
            "Figure 2. (A) BBB locomotor scores. At 28 dpi, Sham 21.0 ± 0.0, SCI + PBS 6.9 ± 0.8 "
            "and SCI + Exo 11.4 ± 1.1 (mean ± SEM, n = 8).",
            {("Sham", "sham", 28, 21.0), ("SCI + PBS", "control", 28, 6.9),
             ("SCI + Exo", "treatment", 28, 11.4)},
            id="legend-plus-labels",
        ),
        pytest.param(
            S.RESULTS,
            "BBB scores at 28 dpi: Sham, 21.0 ± 0.0; SCI, 6.2 ± 0.7; SCI + Exo, 10.9 ± 0.8.",
            {("Sham", "sham", 28, 21.0), ("SCI", "control", 28, 6.2),
             ("SCI + Exo", "treatment", 28, 10.9)},
            id="semicolon-list",
        ),
        pytest.param(
            S.RESULTS,
            "BBB scores in the Exo and PBS groups were 8.1 ± 0.9 and 5.2 ± 0.7 at day 14 and "
            "12.0 ± 1.1 and 7.4 ± 0.8 at day 28, respectively.",
            {("Exo", "treatment", 14, 8.1), ("PBS", "control", 14, 5.2),
             ("Exo", "treatment", 28, 12.0), ("PBS", "control", 28, 7.4)},
            id="respectively-groups-and-days-listed",
        ),
        pytest.param(
            S.RESULTS,
            "At day 28 the median BBB score was 11 (IQR 9–12) in the Exo group and 7 (IQR 6–8) in "
            "the vehicle group.",
            {("Exo", "treatment", 28, 11.0), ("vehicle", "control", 28, 7.0)},
            id="median-with-IQR",
        ),
        pytest.param(
            S.RESULTS,
            "At the final time point (day 56), the BBB score of the Exo group was 13.4 ± 1.2 "
            "compared with 8.8 ± 1.0 in the vehicle group.",
            {("Exo", "treatment", 56, 13.4), ("vehicle", "control", 56, 8.8)},
            id="final-time-point-in-parentheses",
        ),
        pytest.param(
            S.RESULTS,
            "At 8 weeks post-injury, BBB scores were 13.4 ± 1.2 in the Exo group and 8.8 ± 1.0 in "
            "the vehicle group.",
            {("Exo", "treatment", 56, 13.4), ("vehicle", "control", 56, 8.8)},
            id="weeks-post-injury",
        ),
        pytest.param(
            S.RESULTS,
            "On the 14th day, the BBB score of the Exo group was 8.4 ± 0.9, significantly higher "
            "than that of the SCI group (5.5 ± 0.8).",
            {("Exo", "treatment", 14, 8.4), ("SCI", "control", 14, 5.5)},
            id="ordinal-day",
        ),
        pytest.param(
            S.RESULTS,
            "At day 28, BBB scores (mean (SEM)) were 11.3 (0.7) for Exo-H, 9.1 (0.6) for Exo-L and "
            "6.8 (0.5) for Vehicle.",
            {("Exo-H", "treatment", 28, 11.3), ("Exo-L", "other", 28, 9.1),
             ("Vehicle", "control", 28, 6.8)},
            id="level-letter-dose-arms",
        ),
        pytest.param(
            S.RESULTS,
            "At day 28 the BBB score of the sEV (1 × 10^10) group was 11.0 ± 0.9 versus 7.0 ± 0.8 "
            "in the SCI + PBS group.",
            {("sEV (1 × 10^10)", "treatment", 28, 11.0), ("SCI + PBS", "control", 28, 7.0)},
            id="dose-in-the-label-kept-as-written",
        ),
        pytest.param(
            S.RESULTS,
            "At 4 weeks, the BBB score in the miR-133b-Exo group (12.2 ± 0.8) was higher than in "
            "the miR-NC-Exo group (9.4 ± 0.7).",
            {("miR-133b-Exo", "treatment", 28, 12.2), ("miR-NC-Exo", "other", 28, 9.4)},
            id="negative-control-mimic-exosomes",
        ),
        pytest.param(
            S.RESULTS,
            "At day 28, rats in the Laminectomy group scored 21.0 ± 0.0, those in the SCI group "
            "6.5 ± 0.9 and those in the Exo group 11.2 ± 1.0 on the BBB scale.",
            {("Laminectomy", "sham", 28, 21.0), ("SCI", "control", 28, 6.5),
             ("Exo", "treatment", 28, 11.2)},
            id="sham-named-laminectomy",
        ),
        pytest.param(
            S.RESULTS,
            "Exosome-treated rats attained a BBB score of 10.9 ± 0.6 (mean ± s.e.m.) at 21 dpi, "
            "compared with 6.7 ± 0.5 in vehicle-treated rats.",
            {("Exosome-treated", "treatment", 21, 10.9), ("vehicle-treated", "control", 21, 6.7)},
            id="s.e.m.-in-the-sentence",
        ),
        pytest.param(
            S.RESULTS,
            "The Exo group reached a BBB score of 11.6 ± 0.9 at 28 dpi, whereas the vehicle group "
            "reached 7.3 ± 0.8.",
            {("Exo", "treatment", 28, 11.6), ("vehicle", "control", 28, 7.3)},
            id="time-after-first-value-dates-both",
        ),
        pytest.param(
            S.RESULTS,
            "At day 42, BBB scores were 13.1 ± 0.8 (n = 10) in the Exo group and 8.0 ± 0.7 "
            "(n = 9) in the vehicle group.",
            {("Exo", "treatment", 42, 13.1), ("vehicle", "control", 42, 8.0)},
            id="n-between-value-and-group",
        ),
        pytest.param(
            S.RESULTS,
            "Sham-operated rats maintained a BBB score of 21 throughout, while at day 28 the Exo "
            "group scored 11.5 ± 1.0 and the SCI group 7.0 ± 0.9.",
            {("Exo", "treatment", 28, 11.5), ("SCI", "control", 28, 7.0)},
            id="undated-value-does-not-take-the-next-clauses-day",
        ),
    ],
)  # fmt: skip
def test_sentence_shapes(section: SectionKind, sentence: str, expected: set[Row]) -> None:
    assert rows_of(doc_of((section, sentence))) == expected


def test_sem_named_as_SE_sets_the_dispersion_type() -> None:
    doc = doc_of(
        (S.RESULTS, ("At day 28, BBB scores (mean ± SE) were 11.5 ± 0.6 in the Exo group and "
                    "7.1 ± 0.5 in the PBS group."))
    )  # fmt: skip
    rows = extract_outcomes(doc)[0]
    assert {(r.group, r.sem, r.sd) for r in rows} == {("Exo", 0.6, None), ("PBS", 0.5, None)}


# --- traps --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "sentence"),
    [
        pytest.param(S.RESULTS, "Compared with the PBS group, the BBB score of the Exo group "
                     "increased by 3.2 points at day 28.", id="increase-by-points"),
        pytest.param(S.RESULTS, "By day 28 most Exo-treated rats reached BBB scores of 9–11.",
                     id="range-of-scores"),
        pytest.param(S.METHODS, "Only rats with a BBB score of ≤ 1 at day 1 after injury were "
                     "included.", id="inclusion-criterion"),
        pytest.param(S.RESULTS, "All animals scored 21 on the BBB scale before injury.",
                     id="pre-injury-baseline"),
        pytest.param(S.DISCUSSION, "In a similar model, BMSC exosomes raised BBB scores to "
                     "12.5 ± 1.0 at day 28 (Huang et al., 2017).", id="another-study"),
        pytest.param(S.RESULTS, "BBB scores differed between groups at day 28 (P = 0.002).",
                     id="P-value"),
        pytest.param(S.RESULTS, "Two-way ANOVA of BBB scores showed an effect of group "
                     "(F(2, 21) = 9.84, P < 0.001) and of time (F(4, 84) = 15.2).",
                     id="F-statistics"),
        pytest.param(S.RESULTS, "At day 28 the inclined plane angle was 52.1 ± 2.0 in the Exo "
                     "group.", id="other-scale"),
        pytest.param(S.RESULTS, "One day after injury all rats had BBB scores below 2, "
                     "confirming complete paralysis.", id="below-threshold"),
    ],
)  # fmt: skip
def test_traps_give_no_rows(section: SectionKind, sentence: str) -> None:
    assert rows_of(doc_of((section, sentence))) == set()


# --- tables -------------------------------------------------------------------

THREE: set[Row] = {
    ("Sham", "sham", 7, 21.0), ("Sham", "sham", 28, 21.0),
    ("SCI", "control", 7, 3.1), ("SCI", "control", 28, 7.4),
    ("Exo", "treatment", 7, 4.9), ("Exo", "treatment", 28, 11.8),
}  # fmt: skip
BODY = [
    ["Sham", "21.0 ± 0.0", "21.0 ± 0.0"],
    ["SCI", "3.1 ± 0.6", "7.4 ± 0.9"],
    ["Exo", "4.9 ± 0.7", "11.8 ± 1.0"],
]


def table(rows: list[list[str]], caption: str = "Table 2. BBB scores of each group.") -> Table:
    return Table(rows=rows, page=5, caption=caption, label="Table 2")


@pytest.mark.parametrize(
    ("grid", "caption"),
    [
        pytest.param([["Group", "BBB score", ""], ["", "Day 7", "Day 28"], *BODY],
                     "Table 2. Locomotor recovery.", id="merged-BBB-header-over-days"),
        pytest.param([["Group", "Days after injury", ""], ["", "7", "28"], *BODY],
                     None, id="bare-days-on-second-header-row"),
        pytest.param([["Group", "Day 7", "Day 28"], *BODY[:2], ["Group", "Day 7", "Day 28"],
                      BODY[2]], None, id="header-repeated-inside"),
        pytest.param([["Group", "n", "Day 7", "Day 28"], *[[r[0], "8", *r[1:]] for r in BODY]],
                     None, id="n-column"),
        pytest.param([["Measure", "Group", "Day 7", "Day 28"],
                      *[["BBB score", *r] for r in BODY],
                      ["Inclined plane (°)", "SCI", "30.1 ± 2.0", "35.2 ± 2.1"]],
                     "Table 2. Behavioural outcomes.", id="measure-column-beside-groups"),
        pytest.param([["Measure", "Group", "Day 7", "Day 28"], ["BBB", *BODY[0]],
                      ["", *BODY[1]], ["", *BODY[2]],
                      ["Inclined plane (°)", "SCI", "30.1 ± 2.0", "35.2 ± 2.1"]],
                     "Table 2. Behavioural outcomes.", id="measure-column-merged-cells"),
        pytest.param([["Outcome", "Sham", "SCI", "Exo"],
                      ["BBB (day 7)", "21.0 ± 0.0", "3.1 ± 0.6", "4.9 ± 0.7"],
                      ["BBB (day 28)", "21.0 ± 0.0", "7.4 ± 0.9", "11.8 ± 1.0"],
                      ["Inclined plane (day 28)", "60 ± 2", "35 ± 2", "45 ± 2"]],
                     "Table 2. Behavioural outcomes.", id="measure-and-day-in-row-label"),
        pytest.param([["dpi", "Sham", "SCI", "Exo"],
                      ["7", "21.0 ± 0.0", "3.1 ± 0.6", "4.9 ± 0.7"],
                      ["28", "21.0 ± 0.0", "7.4 ± 0.9", "11.8 ± 1.0"]], None,
                     id="transposed-dpi-corner"),
        pytest.param([["Week", "Sham", "SCI", "Exo"],
                      ["1", "21.0 ± 0.0", "3.1 ± 0.6", "4.9 ± 0.7"],
                      ["4", "21.0 ± 0.0", "7.4 ± 0.9", "11.8 ± 1.0"]], None,
                     id="transposed-week-corner"),
        pytest.param([["Group", "Day 7", "Day 28", "P value"], [*BODY[0], ""], [*BODY[1], ""],
                      [*BODY[2], "0.003"]], None, id="P-value-column"),
        pytest.param([["Group", "Day 7", "Day 28", "vs SCI"], [*BODY[0], "<0.001"],
                      [*BODY[1], "—"], [*BODY[2], "0.01"]], None, id="comparison-column"),
        pytest.param([["Group", "Day 7, mean (SEM)", "Day 28, mean (SEM)"],
                      ["Sham", "21.0 (0.0)", "21.0 (0.0)"], ["SCI", "3.1 (0.6)", "7.4 (0.9)"],
                      ["Exo", "4.9 (0.7)", "11.8 (1.0)"]], None, id="statistic-after-day-header"),
        pytest.param([["Group", "Pre-injury", "Day 7", "Day 28"],
                      *[[r[0], "21 ± 0", *r[1:]] for r in BODY]], None,
                     id="pre-injury-column-left-out"),
        pytest.param([["Group", "Week 1", "", "Week 4", ""], ["", "Mean", "SD", "Mean", "SD"],
                      ["Sham", "21.0", "0.0", "21.0", "0.0"], ["SCI", "3.1", "0.6", "7.4", "0.9"],
                      ["Exo", "4.9", "0.7", "11.8", "1.0"]], None, id="mean-SD-under-weeks"),
    ],
)  # fmt: skip
def test_table_layouts(grid: list[list[str]], caption: str | None) -> None:
    t = table(grid) if caption is None else table(grid, caption)
    assert rows_of(doc_of(tables=(t,))) == THREE


def test_continued_table_without_caption_or_header_keeps_its_scale() -> None:
    first = table([["Group", "Day 7", "Day 28"], *BODY[:2]])
    rest = Table(rows=[BODY[2]], page=6, caption=None, label="Table 2")
    assert rows_of(doc_of(tables=(first, rest))) == THREE


def test_continued_table_with_its_header_repeated() -> None:
    first = table([["Group", "Day 7", "Day 28"], *BODY[:2]])
    rest = Table(rows=[["Group", "Day 7", "Day 28"], BODY[2]], page=6,
                 caption="Table 2 (continued)", label="Table 2")  # fmt: skip
    assert rows_of(doc_of(tables=(first, rest))) == THREE


def test_median_and_range_cells() -> None:
    grid = [["Group", "Day 7", "Day 28"], ["Sham", "21 (21–21)", "21 (21–21)"],
            ["SCI", "3 (2–4)", "7 (6–8)"], ["Exo", "5 (4–6)", "12 (11–13)"]]  # fmt: skip
    rows = extract_outcomes(doc_of(tables=(table(grid, "Table 2. BBB, median (IQR)."),)))[0]
    assert {(r.group, r.day, r.mean, r.sd, r.sem) for r in rows} == {
        ("Sham", 7, 21.0, None, None), ("Sham", 28, 21.0, None, None),
        ("SCI", 7, 3.0, None, None), ("SCI", 28, 7.0, None, None),
        ("Exo", 7, 5.0, None, None), ("Exo", 28, 12.0, None, None),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "parsed"),
    [("11 (9–12)", (11.0, None)), ("11 [9, 12]", (11.0, None)), ("13 (9–12)", None),
     ("7.5 (6.0 to 9.0)", (7.5, None)), ("11.2 (1.3)", (11.2, 1.3))],
)  # fmt: skip
def test_median_cells_need_the_median_inside_its_range(
    cell: str, parsed: tuple[float, float | None] | None
) -> None:
    assert parse_cell(cell) == parsed


@pytest.mark.parametrize(
    ("label", "day"),
    [("Day 7, mean (SEM)", 7), ("Day 28: median [IQR]", 28), ("Week 4 mean ± SD", 28),
     ("Mean", None)],
)  # fmt: skip
def test_statistic_words_after_a_time_header(label: str, day: float | None) -> None:
    assert parse_day(label) == day


def test_other_scale_table_gives_no_rows() -> None:
    grid = [["Group", "Day 7", "Day 28"], ["SCI", "3.1 ± 0.6", "7.4 ± 0.9"]]
    assert rows_of(doc_of(tables=(table(grid, "Table 3. mNSS of each group."),))) == set()


# --- shapes of other hands: lists, clauses, time points, legends ------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Treated rats scored 6.1 (0.9) at 14 dpi compared with 4.0 (0.7) for saline, and the "
            "gap widened: at 28 dpi 10.2 (1.1) vs 6.6 (0.9), at 42 dpi 12.5 (1.0) vs 7.9 (1.0) on "
            "the BBB scale.",
            {("Treated", "treatment", 14, 6.1), ("saline", "control", 14, 4.0),
             ("Treated", "treatment", 28, 10.2), ("saline", "control", 28, 6.6),
             ("Treated", "treatment", 42, 12.5), ("saline", "control", 42, 7.9)},
            id="time-run-into-the-next-comparison",
        ),
        pytest.param(
            "By week 6, BBB scores were 12.4±0.7 and 9.6±0.8 for Exo-BDNF and Exo, respectively, "
            "against 7.7 +/- 0.6 in vehicle rats.",
            {("Exo-BDNF", "treatment", 42, 12.4), ("Exo", "other", 42, 9.6),
             ("vehicle", "control", 42, 7.7)},
            id="respectively-list-right-after-the-last-value",
        ),
        pytest.param(
            "On day 1 every injured rat was paraplegic on the BBB scale (sEV, 0.4 ± 0.2; PBS, "
            "0.5 ± 0.3), and by day 3 the two groups were still alike (1.7 vs 1.5; P = 0.52).",
            {("sEV", "treatment", 1, 0.4), ("PBS", "control", 1, 0.5),
             ("sEV", "treatment", 3, 1.7), ("PBS", "control", 3, 1.5)},
            id="bare-pair-in-parentheses-repeats-the-comparison",
        ),
        pytest.param(
            "In the SCI + BMSC-sEV group the BBB score climbed from 0.6 on day 1 to 12.3 on day 35.",
            {("SCI + BMSC-sEV", "treatment", 1, 0.6), ("SCI + BMSC-sEV", "treatment", 35, 12.3)},
            id="bare-rose-from-to",
        ),
        pytest.param(
            "On day 56 of the BBB test the high-dose group reached 12.0, the low-dose group 9.1, "
            "against 7.2 with saline.",
            {("high-dose", "treatment", 56, 12.0), ("low-dose", "other", 56, 9.1),
             ("saline", "control", 56, 7.2)},
            id="bare-list-items-after-a-linked-value",
        ),
    ],
)  # fmt: skip
def test_other_hands(sentence: str, expected: set[Row]) -> None:
    assert rows_of(doc_of((S.RESULTS, sentence))) == expected


def test_generic_treated_rats_beside_a_vehicle_group_stay_the_treatment_arm() -> None:
    doc = doc_of(
        (S.METHODS, "Rats were randomly assigned to sham, PBS and WJ-Exo groups."),
        (S.ABSTRACT, ("Treated rats walked better than PBS-treated rats (BBB score on day 28, "
                     "11.9 ± 0.8 vs 8.0 ± 0.7).")),
    )  # fmt: skip
    # "PBS-treated rats" is the PBS group the methods name: recorded under the paper's label.
    assert rows_of(doc) == {("WJ-Exo", "treatment", 28, 11.9), ("PBS", "control", 28, 8.0)}


def test_a_paragraph_about_paralysis_counts_as_one_about_scores() -> None:
    doc = doc_of(
        (S.RESULTS, ("Sham rats walked normally throughout. On day 1 all injured rats were paraplegic "
                    "(Exo, 0.5 ± 0.2; PBS, 0.4 ± 0.2).")),
    )  # fmt: skip
    assert rows_of(doc) == {("Exo", "treatment", 1, 0.5), ("PBS", "control", 1, 0.4)}


def test_values_written_in_a_legend_are_text_rows() -> None:
    # "figure" is kept for values read off a plot by the figure reader; a number printed in
    # the legend is written text, as reviewers record it.
    doc = doc_of(
        (S.FIGURE_CAPTION, "Figure 4. BBB scores. At 8 weeks: Exo 11.6 (1.2); PBS 7.4 (1.1).")
    )
    rows = extract_outcomes(doc)[0]
    assert {(r.group, r.day, r.mean, r.source) for r in rows} == {
        ("Exo", 56, 11.6, "text"),
        ("PBS", 56, 7.4, "text"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Louisville Swim Scale scores at day 28 were 4.1 ± 0.5 for Exo and 2.2 ± 0.4 for PBS.",
        "The mNSS on day 28 was 5.1 ± 0.6 in Exo rats and 9.4 ± 0.8 in PBS rats.",
    ],
)
def test_other_scales_in_a_scored_paragraph_give_no_rows(sentence: str) -> None:
    doc = doc_of((S.RESULTS, f"Locomotor scores improved with exosomes. {sentence}"))
    assert rows_of(doc) == set()


def test_sub_labels_under_a_spanning_vesicle_header_with_days_as_rows() -> None:
    grid = [
        ["Day", "Saline", "BMSC-Exo, dose per rat", "", ""],
        ["", "(n = 9)", "Low: 50 µg (n = 9)", "Mid: 100 µg (n = 9)", "High: 200 µg (n = 9)"],
        ["d7", "3.0 ± 0.4", "3.4 ± 0.4", "3.9 ± 0.5", "4.5 ± 0.5"],
        ["d28", "6.5 ± 0.6", "7.6 ± 0.6", "8.8 ± 0.7", "10.1 ± 0.7"],
    ]
    rows = extract_outcomes(doc_of(tables=(table(grid, "Table 2. BBB scores by dose."),)))[0]
    got = {(r.group, r.arm, r.day, r.mean, r.n) for r in rows}
    assert got == {
        ("Saline", "control", 7, 3.0, 9), ("Saline", "control", 28, 6.5, 9),
        ("Low: 50 µg", "other", 7, 3.4, 9), ("Low: 50 µg", "other", 28, 7.6, 9),
        ("Mid: 100 µg", "other", 7, 3.9, 9), ("Mid: 100 µg", "other", 28, 8.8, 9),
        ("High: 200 µg", "treatment", 7, 4.5, 9), ("High: 200 µg", "treatment", 28, 10.1, 9),
    }  # fmt: skip


def test_manuscript_line_numbers_read_as_a_first_column_are_dropped() -> None:
    grid = [
        ["212", "", "", ""],
        ["", "Time point", "Vehicle (n = 10)", "Exo (n = 10)"],
        ["213", "POD 7", "3.1 ± 0.4", "3.6 ± 0.4"],
        ["", "POD 14", "5.0 ± 0.5", "6.8 ± 0.5"],
        ["214", "POD 28", "7.1 ± 0.6", "10.2 ± 0.6"],
    ]
    rows = rows_of(doc_of(tables=(table(grid, "Table 1. BBB scores (mean ± SEM)."),)))
    assert rows == {
        ("Vehicle", "control", 7, 3.1), ("Exo", "treatment", 7, 3.6),
        ("Vehicle", "control", 14, 5.0), ("Exo", "treatment", 14, 6.8),
        ("Vehicle", "control", 28, 7.1), ("Exo", "treatment", 28, 10.2),
    }  # fmt: skip


def test_days_as_bare_row_numbers_are_not_line_numbers() -> None:
    grid = [["", "Sham", "SCI", "Exo"], ["7", "21.0 ± 0.0", "3.1 ± 0.6", "4.9 ± 0.7"],
            ["28", "21.0 ± 0.0", "7.4 ± 0.9", "11.8 ± 1.0"]]  # fmt: skip
    assert (
        rows_of(doc_of(tables=(table(grid, "Table 2. BBB scores by day after injury."),))) == THREE
    )


def test_a_results_paragraph_filed_under_methods_counts_only_where_it_repeats_the_table() -> None:
    grid = [["Group", "Day 7", "Day 28"], ["Vehicle", "3.0 ± 0.4", "7.1 ± 0.6"],
            ["Exo", "3.5 ± 0.4", "10.2 ± 0.6"]]  # fmt: skip
    doc = doc_of(
        (S.METHODS, ("Locomotor recovery. By day 28 the Exo group had recovered to 10.2, compared "
                     "with 7.1 for vehicle. Rats with a score above 2 on day 1 were excluded, and "
                     "one Exo rat scored 9.0 on day 28.")),
        tables=(table(grid),),
    )  # fmt: skip
    text = {(r.group, r.day, r.mean) for r in extract_outcomes(doc)[0] if r.source == "text"}
    assert text == {("Exo", 28, 10.2), ("Vehicle", 28, 7.1)}
