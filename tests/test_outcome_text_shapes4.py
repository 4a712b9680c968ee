"""BBB rows from sentences whose values, groups and days are paired by shape, not by wording.

Each mechanism is pinned down with several wordings of our own (different verbs, orders,
punctuation, group names and time forms), and with the traps that must stay empty. Rows are
(group, arm, day, mean) as a reviewer would record them.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, outcome_doc, outcome_rows

from miner.extract._context import Sentence
from miner.extract._outcome_labels import group_names
from miner.extract.outcomes import extract_outcomes
from miner.parse.model import ParsedDocument, SectionKind, Table

S = SectionKind

BBB = "Hind-limb function was rated on the BBB open-field scale by two blinded raters."
_LEAD = "Hind-limb scores recovered over the weeks after injury."
_PROBE_DAY = 99.0  # the probe table's own column: not under test


def with_labels(
    labels: str, *blocks: tuple[SectionKind, str], methods: str = BBB
) -> ParsedDocument:
    """A paper whose table names ``labels`` (comma-separated) as its groups, then ``blocks``."""
    blocks = tuple((k, f"{_LEAD} {t}" if k == S.RESULTS else t) for k, t in blocks)
    rows = [["Group", f"Day {_PROBE_DAY:.0f}"]] + [[g, "20.0 ± 0.1"] for g in labels.split(",")]
    table = Table(label="Table 1", caption="Table 1. BBB scores (mean ± SD).", rows=rows, page=None)
    return outcome_doc(methods, *blocks, tables=(table,))


def text_rows(doc: ParsedDocument) -> set[Row]:
    return {r for r in outcome_rows(doc) if r[2] != _PROBE_DAY}


# --- a run of values dates by the days of the run before it only when that run is one group's ----

THREE = "Vehicle,Exo,miR-Exo"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # A list of three groups at one day, then one group at a new day, then the other two.
            (
                "On day 21 the scores were 10.1 ± 0.8 (miR-Exo), 6.8 ± 0.7 (Exo) and 6.4 ± 0.8 (Vehicle); "
                "by day 28, miR-Exo had recovered to 11.6 ± 0.9, whereas Exo and Vehicle plateaued at "
                "7.3 ± 0.9 and 7.0 ± 0.8."
            ),
            {
                ("miR-Exo", 21.0, 10.1),
                ("Exo", 21.0, 6.8),
                ("Vehicle", 21.0, 6.4),
                ("miR-Exo", 28.0, 11.6),
                ("Exo", 28.0, 7.3),
                ("Vehicle", 28.0, 7.0),
            },
        ),
        (
            (
                "At week 2 the miR-Exo group scored 6.1 ± 0.9 and the Exo group 5.0 ± 0.8; at week 4 the "
                "miR-Exo group had reached 9.9 ± 1.0, while Exo and Vehicle rats stayed at 7.4 ± 0.9 and "
                "6.6 ± 0.8, respectively."
            ),
            {
                ("miR-Exo", 14.0, 6.1),
                ("Exo", 14.0, 5.0),
                ("miR-Exo", 28.0, 9.9),
                ("Exo", 28.0, 7.4),
                ("Vehicle", 28.0, 6.6),
            },
        ),
        (
            (
                "Scores on day 7 were 4.2 (0.9) for miR-Exo and 3.1 (0.8) for Vehicle; on day 14 "
                "miR-Exo rose to 7.7 (1.0) whereas Exo and Vehicle were at 6.0 (0.9) and 5.2 (1.0)."
            ),
            {
                ("miR-Exo", 7.0, 4.2),
                ("Vehicle", 7.0, 3.1),
                ("miR-Exo", 14.0, 7.7),
                ("Exo", 14.0, 6.0),
                ("Vehicle", 14.0, 5.2),
            },
        ),
        (
            # One group's series, then another's: the days are taken in turn (kept as before).
            (
                "miR-Exo rats reached 7.7 ± 1.0 on day 14 and 10.2 ± 1.1 on day 28, whereas Vehicle "
                "rats reached 5.2 ± 0.9 and 6.9 ± 1.0."
            ),
            {
                ("miR-Exo", 14.0, 7.7),
                ("miR-Exo", 28.0, 10.2),
                ("Vehicle", 14.0, 5.2),
                ("Vehicle", 28.0, 6.9),
            },
        ),
    ],
)
def test_days_are_taken_in_turn_only_from_one_groups_series(
    sentence: str, expected: set[tuple[str, float, float]]
) -> None:
    got = {(g, d, m) for g, _, d, m in text_rows(with_labels(THREE, (S.RESULTS, sentence)))}
    assert got == expected


# --- a passive verb between the value and its group ("was noted for the Exo group") ----------

TWO = "Sham,Vehicle,Exo"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At day 28, 8.9 ± 0.7 was noted for the Exo group and 6.8 ± 0.6 for the Vehicle group.",
            {("Exo", 28.0, 8.9), ("Vehicle", 28.0, 6.8)},
        ),
        (
            (
                "On day 14 a mean score of 7.1 ± 0.9 was recorded in the Exo group, against 5.0 ± 0.8 "
                "in the Vehicle group."
            ),
            {("Exo", 14.0, 7.1), ("Vehicle", 14.0, 5.0)},
        ),
        (
            "By week 6, 11.4 (1.2) was reached by the Exo rats and only 7.9 (1.1) by the Vehicle rats.",
            {("Exo", 42.0, 11.4), ("Vehicle", 42.0, 7.9)},
        ),
        (
            (
                "Scores of 10.2 ± 1.0 were observed in Exo rats at day 35, compared with 7.3 ± 0.9 "
                "in Vehicle rats."
            ),
            {("Exo", 35.0, 10.2), ("Vehicle", 35.0, 7.3)},
        ),
        (
            "At 21 dpi, values of 9.0 ± 1.1 were obtained with Exo and of 6.1 ± 1.0 with Vehicle.",
            {("Exo", 21.0, 9.0), ("Vehicle", 21.0, 6.1)},
        ),
    ],
)
def test_a_passive_verb_between_value_and_group(
    sentence: str, expected: set[tuple[str, float, float]]
) -> None:
    got = {(g, d, m) for g, _, d, m in text_rows(with_labels(TWO, (S.RESULTS, sentence)))}
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "At day 28 a BBB subscore of 8.9 ± 0.7 was noted for the Exo group.",
        "At day 28 a lesion area of 8.9 ± 0.7 mm2 was measured in the Exo group.",
        "Before injury, a score of 20.9 ± 0.1 was recorded in the Exo group.",
        "In a previous study, 8.9 ± 0.7 was reported for the Exo group at day 28 (Li et al.).",
    ],
)
def test_passive_verb_traps_stay_empty(sentence: str) -> None:
    assert text_rows(with_labels(TWO, (S.RESULTS, sentence))) == set()


# --- the methods' group list after a count in brackets ("four groups (n = 8 each): ...") -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Thirty-two rats were randomly allocated to four groups (n = 8 each): Sham, SCI, "
                "N-sEV and H-sEV."
            ),
            ["Sham", "SCI", "N-sEV", "H-sEV"],
        ),
        (
            "Rats were divided into three groups (n = 10 per group): sham, PBS and Exo.",
            ["PBS", "Exo"],
        ),
        (
            "Animals were assigned to 3 groups (12 rats each): Sham, Vehicle and BMSC-Exo.",
            ["Sham", "Vehicle", "BMSC-Exo"],
        ),
        (
            "The rats were randomised into four groups (n=6/group): Sham, SCI, Exo-L and Exo-H.",
            ["Sham", "SCI", "Exo-L", "Exo-H"],
        ),
    ],
)
def test_group_list_after_a_count_in_brackets(text: str, expected: list[str]) -> None:
    sent = Sentence(text=text, start=0, end=len(text), page=None, section=S.METHODS, block_index=0)
    assert group_names([sent]) == expected


def test_list_of_names_then_values_reads_with_the_methods_labels() -> None:
    methods = (
        BBB + " Thirty-two rats were randomly allocated to four groups (n = 8 each): Sham, SCI, "
        "N-sEV and H-sEV."
    )
    doc = outcome_doc(
        methods,
        (S.RESULTS, ("In week 2, H-sEV rats scored 5.5 ± 1.0, while N-sEV and SCI rats scored "
                    "4.6 ± 1.0 and 4.1 ± 1.1, respectively.")),
    )  # fmt: skip
    got = {(g, d, m) for g, _, d, m in outcome_rows(doc)}
    assert got == {("H-sEV", 14.0, 5.5), ("N-sEV", 14.0, 4.6), ("SCI", 14.0, 4.1)}


# --- a legend that goes on from the scale's figure legend --------------------------------------

FIRST_LEGEND = "Figure 2. BBB time course (mean ± SEM). Day 7: PBS 3.3 ± 0.4, Exo 4.7 ± 0.5."


@pytest.mark.parametrize(
    ("legend", "expected"),
    [
        (
            (
                "Figure 3. Late sessions. At 28 d the Exo group averaged 11.6 ± 0.7 and the PBS group "
                "7.8 ± 0.6; at 35 d, 12.2 ± 0.7 and 8.1 ± 0.6. **P < 0.01."
            ),
            {("Exo", 28.0, 11.6), ("PBS", 28.0, 7.8), ("Exo", 35.0, 12.2), ("PBS", 35.0, 8.1)},
        ),
        (
            "Figure 3. Weeks 4 to 6. Exo 10.9 ± 0.8 versus PBS 7.4 ± 0.7 at week 4.",
            {("Exo", 28.0, 10.9), ("PBS", 28.0, 7.4)},
        ),
        (
            "(B) Day 21: PBS 6.6 ± 0.6, Exo 9.9 ± 0.7.",
            {("PBS", 21.0, 6.6), ("Exo", 21.0, 9.9)},
        ),
        (
            (
                "Figure 2 (continued). On day 42 Exo-treated animals stood at 12.8 ± 0.9 and PBS "
                "animals at 8.0 ± 0.7."
            ),
            {("Exo", 42.0, 12.8), ("PBS", 42.0, 8.0)},
        ),
    ],
)
def test_legend_continuing_the_scale_legend(
    legend: str, expected: set[tuple[str, float, float]]
) -> None:
    doc = outcome_doc(
        "Rats were divided into PBS and Exo groups. " + BBB,
        (S.RESULTS, "Exosome-treated rats walked better."),
        (S.FIGURE_CAPTION, FIRST_LEGEND),
        (S.FIGURE_CAPTION, legend),
    )
    got = {(g, d, m) for g, _, d, m in outcome_rows(doc) if d not in (7.0,)}
    assert got == expected


@pytest.mark.parametrize(
    ("before", "legend"),
    [
        # Another measure in the continuing legend.
        (FIRST_LEGEND, "Figure 3. Lesion volume at day 28: Exo 11.6 ± 0.7, PBS 17.8 ± 0.6."),
        (FIRST_LEGEND, "Figure 3. NeuN counts at day 28: Exo 11.6 ± 0.7, PBS 7.8 ± 0.6."),
        # The legend before is not about the scale.
        (
            "Figure 2. Western blot of CD63 and TSG101 in the vesicle preparations.",
            "Figure 3. At day 28: Exo 11.6 ± 0.7, PBS 7.8 ± 0.6.",
        ),
    ],
)
def test_legend_traps_stay_empty(before: str, legend: str) -> None:
    doc = outcome_doc(
        "Rats were divided into PBS and Exo groups. " + BBB,
        (S.RESULTS, "Exosome-treated rats walked better."),
        (S.FIGURE_CAPTION, before),
        (S.FIGURE_CAPTION, legend),
    )
    assert {r for r in outcome_rows(doc) if r[2] == 28.0} == set()


# --- the sentence's subject owns its value even when it is set against another group first -----


@pytest.mark.parametrize(
    ("labels", "sentence", "expected"),
    [
        (
            "Vehicle,Exo-L,Exo-M,Exo-H",
            (
                "The high-dose group then separated from vehicle: between day 7 and day 28 its mean "
                "score rose from 3.1 to 11.3 (1.1), whereas the vehicle group rose only to 6.8 (1.3)."
            ),
            {("Exo-H", 28.0, 11.3), ("Vehicle", 28.0, 6.8)},
        ),
        (
            TWO,
            (
                "The Exo group differed from Vehicle from day 14 on and scored 9.8 (1.2) on day 28, "
                "whereas Vehicle rats scored 7.1 (1.0)."
            ),
            {("Exo", 28.0, 9.8), ("Vehicle", 28.0, 7.1)},
        ),
        (
            TWO,
            (
                "Exo rats separated from the Vehicle group after week 2 and reached 10.4 ± 1.0 at "
                "week 4, against 6.9 ± 0.9 in the Vehicle group."
            ),
            {("Exo", 28.0, 10.4), ("Vehicle", 28.0, 6.9)},
        ),
        (
            TWO,
            (
                "The Exo group, diverging from Vehicle after the first week, climbed to 11.0 ± 0.9 by "
                "day 35, while the Vehicle group stayed at 7.5 ± 0.8."
            ),
            {("Exo", 35.0, 11.0), ("Vehicle", 35.0, 7.5)},
        ),
    ],
)
def test_subject_set_against_another_group_owns_the_first_value(
    labels: str, sentence: str, expected: set[tuple[str, float, float]]
) -> None:
    got = {(g, d, m) for g, _, d, m in text_rows(with_labels(labels, (S.RESULTS, sentence)))}
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Only the group set against is named: the value is not its.
        "Scores separated from the Vehicle group after week 2 and reached 10.4 ± 1.0 at week 4.",
        "Recovery differed from Vehicle from day 14 on, reaching 9.8 (1.2) on day 28.",
    ],
)
def test_the_group_set_against_does_not_take_the_value(sentence: str) -> None:
    assert text_rows(with_labels(TWO, (S.RESULTS, sentence))) == set()


# --- the subject's time course, then another group's written with one label for both values ---


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "The Exo group improved faster: 5.3 ± 1.2 on day 14 and 9.1 ± 1.6 on day 28, compared "
            "with 3.7 ± 1.0 and 6.2 ± 1.4 in the Vehicle group."
        ),
        (
            "Exo rats gained more: 5.3 (1.2) by week 2 and 9.1 (1.6) by week 4, versus 3.7 (1.0) and "
            "6.2 (1.4) for Vehicle."
        ),
        (
            "The Exo group improved faster: on day 14, 5.3 ± 1.2; on day 28, 9.1 ± 1.6; Vehicle "
            "reached 3.7 ± 1.0 and 6.2 ± 1.4."
        ),
        (
            "Exo-treated animals recovered sooner, scoring 5.3 ± 1.2 at 14 dpi and 9.1 ± 1.6 at 28 dpi, "
            "against 3.7 ± 1.0 and 6.2 ± 1.4 in Vehicle rats."
        ),
    ],
)
def test_subject_series_then_one_label_for_two_values(sentence: str) -> None:
    got = {(g, d, m) for g, _, d, m in text_rows(with_labels(TWO, (S.RESULTS, sentence)))}
    assert got == {("Exo", 14.0, 5.3), ("Exo", 28.0, 9.1), ("Vehicle", 14.0, 3.7),
                   ("Vehicle", 28.0, 6.2)}  # fmt: skip


def test_two_values_of_the_subject_at_one_day_stay_empty() -> None:
    sentence = (
        "The Exo group improved faster: 5.3 ± 1.2 and 9.1 ± 1.6 on day 28, compared with "
        "3.7 ± 1.0 in the Vehicle group."
    )
    assert text_rows(with_labels(TWO, (S.RESULTS, sentence))) == {("Vehicle", "control", 28.0, 3.7)}


def test_group_codes_of_the_methods_are_labels_of_the_text() -> None:
    methods = (
        BBB + " Animals were allotted to three groups, six rats in each: sham-operated (Group I), "
        "SCI+vehicle (Group II) and BMSC-Exo (Group III)."
    )
    doc = outcome_doc(
        methods,
        (S.RESULTS, ("Hind-limb scores recovered over the weeks after injury. Group III improved "
                    "faster: 5.3 (1.2) at day 14 and 9.1 (1.6) at day 28, compared with 3.7 (1.0) "
                    "and 6.2 (1.4) in Group II. By day 42 the difference was 11.4 (1.7) versus "
                    "7.3 (1.5) (p = 0.002).")),
    )  # fmt: skip
    got = {(arm, d, m) for _, arm, d, m in outcome_rows(doc)}
    assert got == {
        ("treatment", 14.0, 5.3), ("treatment", 28.0, 9.1), ("treatment", 42.0, 11.4),
        ("control", 14.0, 3.7), ("control", 28.0, 6.2), ("control", 42.0, 7.3),
    }  # fmt: skip


# --- "the difference was a versus b": two scores, not a difference -----------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "At day 28 the Exo group scored 9.0 ± 1.0 and the Vehicle group 6.0 ± 0.9. By day 42 "
                "the difference was 11.4 (1.7) versus 7.3 (1.5) (p = 0.002)."
            ),
            {
                ("Exo", 28.0, 9.0),
                ("Vehicle", 28.0, 6.0),
                ("Exo", 42.0, 11.4),
                ("Vehicle", 42.0, 7.3),
            },
        ),
        (
            (
                "The Exo group led from day 14; at day 42 the difference was significant: Exo "
                "11.4 ± 1.7 vs Vehicle 7.3 ± 1.5."
            ),
            {("Exo", 42.0, 11.4), ("Vehicle", 42.0, 7.3)},
        ),
        (
            "The difference between Exo and Vehicle rats at week 6 was 11.4 ± 1.7 versus 7.3 ± 1.5.",
            {("Exo", 42.0, 11.4), ("Vehicle", 42.0, 7.3)},
        ),
    ],
)
def test_difference_written_as_two_scores(
    sentence: str, expected: set[tuple[str, float, float]]
) -> None:
    got = {(g, d, m) for g, _, d, m in text_rows(with_labels(TWO, (S.RESULTS, sentence)))}
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "At day 28 the difference between Exo and Vehicle rats was 3.1 ± 0.9 points.",
        "At day 28 the change in score was 3.1 ± 0.9 versus 1.2 ± 0.4 in the Exo and Vehicle groups.",
        "The improvement from day 7 to day 28 was 5.2 ± 1.0 versus 3.1 ± 0.8 in Exo and Vehicle rats.",
    ],
)
def test_differences_and_changes_stay_empty(sentence: str) -> None:
    assert text_rows(with_labels(TWO, (S.RESULTS, sentence))) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Vehicle rats levelled off: they stayed near 7.0 ± 1.6 from day 28, and by day 42, when "
            "the Exo rats scored higher (n = 8; 12.3 ± 1.2), they had not moved."
        ),
        (
            "Vehicle rats scored 6.1 ± 0.8 on day 14 and, with Exo rats well ahead, 10.0 ± 1.1 was the "
            "mean of the Exo rats on day 28."
        ),
    ],
)
def test_a_run_with_another_group_inside_is_not_the_subjects(sentence: str) -> None:
    rows = text_rows(with_labels(TWO, (S.RESULTS, sentence)))
    assert not {r for r in rows if r[0] == "Vehicle" and r[3] in (12.3, 10.0)}


# --- translated word order: "in the group SF", "in the group of exosomes" ----------------------


@pytest.mark.parametrize(
    ("labels", "sentence", "expected"),
    [
        (
            "rBMSC-Exo,Lesion,Sham,SF",
            (
                "From the day 14 the group rBMSC-Exo showed scores superior: 7.2 ± 1.5 against "
                "4.8 ± 1.3 in the group SF."
            ),
            {("rBMSC-Exo", 14.0, 7.2), ("SF", 14.0, 4.8)},
        ),
        (
            TWO,
            "On day 21 the score was 9.1 ± 1.2 in the group Exo and 6.0 ± 1.0 in the group Vehicle.",
            {("Exo", 21.0, 9.1), ("Vehicle", 21.0, 6.0)},
        ),
        (
            TWO,
            (
                "In the day 28 the rats obtained 10.3 ± 1.1 in the group of Exo, against 7.2 ± 0.9 in "
                "the group of Vehicle."
            ),
            {("Exo", 28.0, 10.3), ("Vehicle", 28.0, 7.2)},
        ),
        (
            TWO,
            (
                "At the week 6, values of 11.0 (1.7) were registered for the group Exo and of 7.4 (1.4) "
                "for the group Vehicle."
            ),
            {("Exo", 42.0, 11.0), ("Vehicle", 42.0, 7.4)},
        ),
    ],
)
def test_group_word_before_the_label(
    labels: str, sentence: str, expected: set[tuple[str, float, float]]
) -> None:
    got = {(g, d, m) for g, _, d, m in text_rows(with_labels(labels, (S.RESULTS, sentence)))}
    assert got == expected


# --- one group, one arm: a text row of a table's group takes the table's arm -------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "From day 14 the Exo group scored 7.2 ± 1.5 against 4.8 ± 1.3 in the SF group.",
        "On day 14, SF rats were at 4.8 ± 1.3 and Exo rats at 7.2 ± 1.5.",
        "At 14 days the scores were 7.2 ± 1.5 (Exo) and 4.8 ± 1.3 (SF).",
    ],
)
def test_text_rows_take_the_arm_the_table_gives_their_group(sentence: str) -> None:
    grid = [
        ["Group", "Day 7", "Day 14"],
        ["Sham", "21.0 ± 0.0", "21.0 ± 0.0"],
        ["SF", "3.1 ± 0.9", "4.8 ± 1.3"],
        ["Exo", "3.9 ± 1.0", "7.2 ± 1.5"],
    ]
    table = Table(
        label="Table 1",
        caption="Table 1. BBB score by group (mean ± SD). SF, physiological saline solution.",
        rows=grid,
        page=None,
    )
    doc = outcome_doc(BBB, (S.RESULTS, f"{_LEAD} {sentence}"), tables=(table,))
    text = {(r.group, r.arm, r.day, r.mean) for r in extract_outcomes(doc)[0] if r.source == "text"}
    assert text == {("Exo", "treatment", 14.0, 7.2), ("SF", "control", 14.0, 4.8)}
