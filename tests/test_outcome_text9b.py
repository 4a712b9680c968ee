"""BBB scores in results sentences whose group names could be read from the wrong words.

Four mechanisms, each written in many shapes beside the traps that must stay as they are:

* a plain noun capitalised because it opens the sentence ("Locomotion improved ...") is the
  sentence's subject, not a group label;
* the injury every group shares under a word that takes in the treated groups or all of them
  ("treated hemisected rats", "all injured rats", "both SCI groups") names no one group: never
  the injured-only control;
* an unnamed pair whose values are the table's, each one group's at that day, takes the table's
  groups (no guess from the design);
* a later clause about another measure ("…, and Iba1+ cells shifted …") takes only its own values.

Every sentence is our own. Rows are (group, arm, day, mean); the table's own values sit at day 99
and are left out unless a test gives the table values of its own.
"""

from __future__ import annotations

import pytest
from _outcome_docs import outcome_doc, outcome_rows

from miner.extract._outcome_labels import label_before, treated_injured, valid_label
from miner.parse.model import ParsedDocument, SectionKind, Table

S = SectionKind
_METHODS = "Hindlimb locomotion was scored with the BBB open-field scale (0-21); data are mean ± SD."
_LEAD = "Hindlimb function was assessed with the BBB scale (Table 1)."

TWO = ("Sham", "Vehicle", "Exo")
THREE = ("Sham", "Vehicle", "Exo-L", "Exo-H")
UNTREATED = ("Sham", "SCI", "SCI + Exo")


def paper(groups: tuple[str, ...], *results: str) -> ParsedDocument:
    grid = [["Group", "Day 99"]] + [[g, "20.0 ± 0.1"] for g in groups]
    table = Table(label="Table 1", caption="Table 1. BBB scores (mean ± SD).", rows=grid, page=None)
    return outcome_doc(_METHODS, (S.RESULTS, " ".join((_LEAD, *results))), tables=(table,))


def rows(groups: tuple[str, ...], *results: str) -> set:
    return {r for r in outcome_rows(paper(groups, *results)) if r[2] != 99.0}


# --- 1. a capitalised noun opening the sentence ------------------------------------------------

_OPENING_NOUNS = [
    "Locomotion improved by day 28 (12.1 ± 1.0 vs 8.4 ± 0.9).",
    "Recovery was better at 14 days (8.8 ± 0.9 vs 6.3 ± 0.8).",
    "Improvement was clear at day 21 (10.2 ± 1.1 vs 7.0 ± 0.9).",
    "Function recovered faster by week 4 (11.0 ± 1.2 versus 8.1 ± 1.0).",
    "Performance was higher on day 28 (12.5 ± 0.9 compared with 9.0 ± 1.1).",
    "Results: Locomotion improved by day 28 (12.1 ± 1.0 vs 8.4 ± 0.9).",
    "Walking improved at 4 weeks (11.4 ± 1.0 vs 8.0 ± 1.2).",
    "Stepping was restored earlier at day 14 (7.9 ± 0.8 vs 5.2 ± 0.7).",
]


@pytest.mark.parametrize("sentence", _OPENING_NOUNS)
def test_a_noun_opening_the_sentence_is_no_group(sentence: str) -> None:
    found = rows(THREE, sentence)
    assert not {r for r in found if r[0] not in THREE}
    # Three injured arms and no group named: nothing to pair.
    assert found == set()


@pytest.mark.parametrize(
    "text",
    [
        "Locomotion improved by day 28 (12.1 ± 1.0 vs 8.4 ± 0.9)",
        "Recovery was better at 14 days (",
        "Results: Function improved at day 28 (",
    ],
)
def test_label_before_skips_the_opening_noun(text: str) -> None:
    assert label_before(text.split(" (")[0] + " (") is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Vehicle rats reached ", "Vehicle"),  # an arm's word keeps its label
        ("Saline ", "Saline"),
        ("Exo ", "Exo"),
        ("Sham animals scored ", "Sham"),
        ("the Chitosan group reached ", "Chitosan"),  # a group word after it: a label
        ("At day 28, SCI ", "SCI"),  # upper-case: an abbreviation, a label
        (", Melatonin ", "Melatonin"),  # in a list of labels, not opening the sentence
    ],
)
def test_labels_that_stay_labels(text: str, label: str) -> None:
    assert label_before(text) == label


def test_a_two_arm_paper_still_pairs_an_effect_without_the_noun() -> None:
    found = rows(TWO, "Locomotion improved by day 28 (12.1 ± 1.0 vs 8.4 ± 0.9).")
    assert not {r for r in found if r[0] == "Locomotion"}
    assert found <= {("Exo", "treatment", 28.0, 12.1), ("Vehicle", "control", 28.0, 8.4)}


# --- 2. the injury under "treated", "all", "both" ----------------------------------------------

@pytest.mark.parametrize(
    "words",
    [
        "treated hemisected", "treated injured", "treated contused", "treated SCI", "treated transected",
        "all injured", "both SCI", "each lesioned", "every hemisected", "treatment spinal-cord-injured",
    ],
)  # fmt: skip
def test_the_injury_beside_treated_or_all_is_no_label(words: str) -> None:
    assert treated_injured(words.split())
    assert valid_label(words, True) is None


@pytest.mark.parametrize(
    ("words", "label"),
    [
        ("untreated hemisected", "untreated hemisected"),  # the injured-only control, named so
        ("vehicle-treated injured", "vehicle-treated injured"),
        ("hemisected", "hemisected"),
        ("Exo-treated", "Exo-treated"),
    ],
)
def test_labels_that_only_look_alike(words: str, label: str) -> None:
    assert not treated_injured(words.split())
    assert valid_label(words, True) == label


@pytest.mark.parametrize(
    "sentence",
    [
        "At day 28, treated hemisected rats scored 12.1 ± 1.0 versus 8.4 ± 0.9.",
        "On day 28 the treated injured rats reached 12.1 ± 1.0, against 8.4 ± 0.9.",
        "By day 28, treated contused animals stood at 12.1 ± 1.0 versus 8.4 ± 0.9.",
        "At day 28 treated SCI rats scored 12.1 ± 1.0 versus 8.4 ± 0.9.",
    ],
)
def test_treated_injured_rats_are_never_the_control(sentence: str) -> None:
    found = rows(TWO, sentence)
    assert ("Vehicle", "control", 28.0, 12.1) not in found
    assert not {r for r in found if r[1] == "control" and r[3] == 12.1}
    assert not {r for r in found if r[0] not in TWO}


@pytest.mark.parametrize(
    "sentence",
    [
        "At day 28, treated hemisected rats scored 12.1 ± 1.0 versus 8.4 ± 0.9.",
        "At day 28, all injured rats scored 12.1 ± 1.0 versus 8.4 ± 0.9.",
    ],
)
def test_three_arms_and_treated_rats_give_nothing(sentence: str) -> None:
    assert rows(THREE, sentence) == set()


def test_treated_injury_label_set_against_the_injured_group() -> None:
    found = rows(
        UNTREATED, "At day 28, treated SCI rats scored 12.1 ± 1.0 versus 8.4 ± 0.9 in SCI rats."
    )
    assert ("SCI", "control", 28.0, 12.1) not in found
    assert ("SCI", "control", 28.0, 8.4) in found


def test_sci_rats_alone_are_still_the_sci_group() -> None:
    assert rows(UNTREATED, "At day 28, SCI rats scored 8.4 ± 0.9.") == {("SCI", "control", 28.0, 8.4)}


@pytest.mark.parametrize(
    "sentence",
    [
        "All injured rats were paraplegic on day 1 (0.4 ± 0.2 versus 0.6 ± 0.2).",
        "On day 1 all injured rats scored near zero (0.4 ± 0.2 vs 0.6 ± 0.2).",
        "Both SCI groups scored low on day 1 (0.4 ± 0.2 versus 0.6 ± 0.2).",
        "BBB scores were low in both injured groups on day 1 (0.4 ± 0.2 vs. 0.6 ± 0.2).",
        "On day 1, all SCI rats were paraplegic (0.4 ± 0.2 versus 0.6 ± 0.2).",
        "Each injured rat scored near zero on day 1 (0.4 ± 0.2 versus 0.6 ± 0.2).",
        "At day 1, the two injured groups did not differ (0.4 ± 0.2 versus 0.6 ± 0.2).",
        "All of the injured animals were paraplegic on day 1 (0.4 ± 0.2 versus 0.6 ± 0.2).",
    ],
)
@pytest.mark.parametrize("groups", [TWO, UNTREATED], ids=["vehicle", "injured-only"])
def test_a_sentence_about_every_injured_group_gives_no_pair(
    sentence: str, groups: tuple[str, ...]
) -> None:
    assert rows(groups, sentence) == set()


# --- 3. an unnamed pair restating the table takes the table's groups ---------------------------

_TABLE = Table(
    label="Table 1",
    caption="Table 1. BBB scores (mean ± SD).",
    rows=[
        ["Group", "Day 1", "Day 7", "Day 28"],
        ["Vehicle", "0.4 ± 0.2", "3.1 ± 0.6", "8.4 ± 0.9"],
        ["Exo", "0.6 ± 0.2", "4.0 ± 0.7", "12.1 ± 1.0"],
    ],
    page=None,
)


def table_rows(text: str) -> set:
    doc = outcome_doc(_METHODS, (S.RESULTS, text), tables=(_TABLE,))
    from miner.extract.outcomes import extract_outcomes

    return {(r.group, r.day, r.mean) for r in extract_outcomes(doc)[0] if r.source == "text"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "All injured rats were paraplegic on day 1 (0.4 ± 0.2 versus 0.6 ± 0.2).",
            {("Vehicle", 1.0, 0.4), ("Exo", 1.0, 0.6)},
            id="all-injured",
        ),
        pytest.param(
            "On day 1 all injured rats scored near zero (0.6 ± 0.2 vs 0.4 ± 0.2).",
            {("Exo", 1.0, 0.6), ("Vehicle", 1.0, 0.4)},
            id="reversed-order",
        ),
        pytest.param(
            "Both groups were alike on day 7 (3.1 ± 0.6 (8) versus 4.0 ± 0.7 (8)).",
            {("Vehicle", 7.0, 3.1), ("Exo", 7.0, 4.0)},
            id="group-size-after",
        ),
        pytest.param(
            "Scores did not differ at day 7 (4.0 ± 0.7 compared with 3.1 ± 0.6; P = 0.3).",
            {("Exo", 7.0, 4.0), ("Vehicle", 7.0, 3.1)},
            id="compared-with-no-effect",
        ),
        pytest.param(
            "The gap had widened by day 28 (12.1 ± 1.0 vs. 8.4 ± 0.9).",
            {("Exo", 28.0, 12.1), ("Vehicle", 28.0, 8.4)},
            id="effect",
        ),
    ],
)
def test_an_unnamed_pair_of_table_values_takes_the_tables_groups(text: str, expected: set) -> None:
    assert table_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Not the table's values: nothing is read from it.
        "All injured rats were paraplegic on day 1 (0.5 ± 0.2 versus 0.7 ± 0.2).",
        # The table's values, but at another day than the sentence's.
        "All injured rats were paraplegic on day 7 (0.4 ± 0.2 versus 0.6 ± 0.2).",
        # Means without SD: too little to say whose they are.
        "All injured rats were paraplegic on day 1 (0.4 versus 0.6).",
        # One value is not the table's.
        "All injured rats were paraplegic on day 1 (0.4 ± 0.2 versus 0.9 ± 0.2).",
    ],
)
def test_values_the_table_does_not_own_stay_unnamed(text: str) -> None:
    assert table_rows(text) == set()


def test_one_group_with_both_values_is_no_pair() -> None:
    same = Table(
        label="Table 1",
        caption="Table 1. BBB scores (mean ± SD).",
        rows=[["Group", "Day 1"], ["Vehicle", "0.4 ± 0.2"], ["Exo", "0.4 ± 0.2"]],
        page=None,
    )
    doc = outcome_doc(
        _METHODS, (S.RESULTS, "All injured rats scored near zero on day 1 (0.4 ± 0.2 vs 0.4 ± 0.2)."),
        tables=(same,),
    )  # fmt: skip
    from miner.extract.outcomes import extract_outcomes

    assert not [r for r in extract_outcomes(doc)[0] if r.source == "text"]


# --- 4. another measure's clause keeps only its own values -------------------------------------

_LOCO = "Exo rats improved by day 28 (12.1 ± 1.0 versus 8.4 ± 0.9)"
_PAIR = {("Exo", "treatment", 28.0, 12.1), ("Vehicle", "control", 28.0, 8.4)}


@pytest.mark.parametrize(
    "tail",
    [
        ", and Iba1+ cells shifted toward M2 (15.0 ± 4.0 versus 10.0 ± 3.0).",
        "; the lesion area was smaller (2.0 ± 0.4 versus 3.1 ± 0.5).",
        " while the number of NeuN+ neurons rose (12.0 ± 2.0 versus 8.0 ± 2.0).",
        ", whereas GFAP expression fell (1.4 ± 0.2 versus 2.6 ± 0.3).",
        ", but cavity volume did not differ (3.2 ± 0.6 versus 3.5 ± 0.7).",
        ", and axon density was higher (18.0 ± 2.0 versus 11.0 ± 2.0).",
        "; MEP amplitude recovered too (1.9 ± 0.4 versus 1.1 ± 0.3).",
        ", and the inclined-plane angle rose (15.0 ± 1.0 versus 12.0 ± 1.0).",
    ],
)
def test_a_later_clause_on_another_measure_keeps_only_its_own_values(tail: str) -> None:
    assert rows(TWO, _LOCO + tail) == _PAIR


@pytest.mark.parametrize(
    "sentence",
    [
        # The other measure opens the sentence: its values are all it has.
        ("Iba1+ cells shifted toward M2 (15.0 ± 4.0 versus 10.0 ± 3.0), and Exo rats improved by "
         "day 28 (12.1 ± 1.0 versus 8.4 ± 0.9)."),
        # No clause break sets the other measure apart.
        "The lesion area of Exo rats was smaller at day 28 (2.0 ± 0.4 versus 3.1 ± 0.5).",
        ("Exo rats had more NeuN+ neurons at day 28 (12.0 ± 2.0 versus 8.0 ± 2.0), and fewer "
         "Iba1+ cells (10.0 ± 3.0 versus 15.0 ± 4.0)."),
    ],
)
def test_another_measure_that_opens_or_fills_the_sentence_gives_nothing(sentence: str) -> None:
    assert rows(TWO, sentence) == set()


# --- 5. a time of treatment is not a time of scoring; labels named by dose ---------------------

from miner.extract._outcome_arms import level_initial_label
from miner.extract._outcome_time import TIME, scoring_time_of, time_of


@pytest.mark.parametrize(
    "text",
    [
        "rats treated at 1 h scored 11.5",
        "animals injected at 24 h reached 9.1",
        "rats given at day 7 scored 9.0",
        "the group transplanted at 3 days reached 8.8",
        "delaying the injection to day 3 still gave 9.1",
        "postponing treatment until day 7 left 7.9",
        "Exo administered at 6 h gave 10.2",
        "cells infused on day 3 gave 9.4",
    ],
)
def test_a_time_of_treatment_is_no_time_of_scoring(text: str) -> None:
    t = TIME.search(text)
    assert t is not None and time_of(t) is not None
    assert scoring_time_of(t) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("treated rats at day 28 scored 12.1", 28.0),  # a word between: the scoring's time
        ("scores were higher with treatment at day 35", 35.0),
        ("Exo-treated rats reached 11.0 by week 4", 28.0),
        ("at 48 h after injury all rats scored 0", 2.0),
        ("after the injection, scores at day 14 rose", 14.0),
    ],
)
def test_times_of_scoring_stay(text: str, day: float) -> None:
    t = TIME.search(text)
    assert t is not None and scoring_time_of(t) == day


def test_a_later_sentence_keeps_the_scoring_day_not_the_treatment_time() -> None:
    found = rows(
        TWO,
        "At 6 weeks, Exo rats treated at 1 h scored 11.5 ± 1.2. The score of vehicle rats was "
        "6.2 ± 1.3.",
    )
    assert {r[2] for r in found} == {42.0}


@pytest.mark.parametrize(
    ("level", "known", "label"),
    [
        ("high", ("N-sEV", "L-HsEV", "H-HsEV"), "H-HsEV"),
        ("low", ("N-sEV", "L-HsEV", "H-HsEV"), "L-HsEV"),
        ("high", ("PBS", "LD-Exo", "HD-Exo"), "HD-Exo"),
        ("lower", ("PBS", "LD-Exo", "HD-Exo"), "LD-Exo"),
        ("middle", ("L-EV", "M-EV", "H-EV"), "M-EV"),
        ("high", ("H-EV", "H-Exo"), None),  # two labels open with it: which is not said
        ("high", ("HUC-Exo", "PBS"), None),  # a word, not a level's initial and a hyphen
        ("low", ("Sham", "PBS", "Exo"), None),
    ],
)
def test_a_dose_level_names_the_label_its_initial_opens(
    level: str, known: tuple[str, ...], label: str | None
) -> None:
    assert level_initial_label(level, known, opening=True) == label


def test_the_high_dose_names_the_label_its_initial_opens() -> None:
    groups = ("Sham", "Vehicle", "N-sEV", "L-HsEV", "H-HsEV")
    found = rows(groups, "At week 6 the high dose gave the best scores (12.4 ± 0.8 vs 8.0 ± 0.6 for vehicle).")
    assert not {r for r in found if r[0] == "high dose"}


_DOSE_METHODS = (
    "Hindlimb locomotion was scored with the BBB open-field scale (0-21). Rats were assigned to "
    "PBS, EXO-L, EXO-M and EXO-H. {}"
)
_DOSE_TABLE = Table(
    label="Table 1",
    caption="Table 1. BBB scores (mean ± SD).",
    rows=[["Group", "Day 99"], ["PBS", "20.0 ± 0.1"], ["EXO-L", "20.0 ± 0.1"], ["EXO-M", "20.0 ± 0.1"],
          ["EXO-H", "20.0 ± 0.1"]],
    page=None,
)  # fmt: skip


@pytest.mark.parametrize(
    ("given", "label"),
    [
        ("EXO-L, EXO-M and EXO-H received 25, 50 and 100 µg of exosomes, respectively.", "EXO-H"),
        ("EXO-L, EXO-M and EXO-H were given 25, 50 or 100 µg, respectively.", "EXO-H"),
        ("EXO-H, EXO-M and EXO-L received 100, 50 and 25 µg, respectively.", "EXO-H"),
        ("EXO-L, EXO-M and EXO-H received 100, 50 and 25 µg, respectively.", "EXO-L"),
        # Not as many labels as amounts: not read.
        ("EXO-M and EXO-H received 25, 50 and 100 µg, respectively.", "100-µg"),
        # No "respectively": not read.
        ("EXO-L, EXO-M and EXO-H received 25, 50 and 100 µg of exosomes.", "100-µg"),
    ],
)
def test_an_amount_names_the_label_the_methods_gave_it(given: str, label: str) -> None:
    doc = outcome_doc(
        _DOSE_METHODS.format(given),
        (S.RESULTS, f"{_LEAD} At week 6 the 100-µg group reached 11.8 ± 1.3 versus 6.5 ± 1.1 with PBS."),
        tables=(_DOSE_TABLE,),
    )
    found = {r for r in outcome_rows(doc) if r[2] != 99.0}
    assert (label, 42.0, 11.8) in {(r[0], r[2], r[3]) for r in found}


# --- 6. a treatment's start names the label that carries it -------------------------------------

from miner.extract._outcome_labels import start_mentions

_TIMED = ("Sham", "PBS", "EXO-H/1 h", "EXO-H/24 h", "EXO-H/72 h")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("rats treated at 1 h scored", "EXO-H/1 h"),
        ("animals injected at 24 h reached", "EXO-H/24 h"),
        ("delaying the injection to 24 h still gave", "EXO-H/24 h"),
        ("after a 72-h delay the score", "EXO-H/72 h"),
        ("starting at 72 h kept nothing", "EXO-H/72 h"),
        ("delayed to 72 hours, treatment gave", "EXO-H/72 h"),
        ("rats given within 1 h reached", "EXO-H/1 h"),
        ("the treatment delayed until 24 h gave", "EXO-H/24 h"),
    ],
)
def test_a_treatment_start_names_the_label_with_that_time(text: str, label: str) -> None:
    assert [m[2] for m in start_mentions(text, _TIMED)] == [label]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("rats treated at 48 h scored", _TIMED),  # no label carries 48 h
        ("scores at 24 h after injury were", _TIMED),  # a time of scoring, not of treatment
        ("rats treated at 24 h scored", ("Sham", "PBS", "Exo (24 h)")),  # one timed label: nothing to tell apart
        ("rats treated at 24 h scored", ("PBS", "Exo-A (24 h)", "Exo-B (24 h)", "Exo-C (1 h)")),  # two share it
    ],
)
def test_times_that_name_no_one_label(text: str, known: tuple[str, ...]) -> None:
    assert start_mentions(text, known) == []


def test_a_start_time_sentence_reads_the_timed_groups() -> None:
    found = rows(
        _TIMED,
        "At 6 weeks, rats treated at 1 h scored 11.5 ± 1.2. Delaying the injection to 24 h still "
        "gave 9.1 ± 1.2 (P < 0.05 vs PBS).",
    )
    assert found == {("EXO-H/1 h", "treatment", 42.0, 11.5), ("EXO-H/24 h", "treatment", 42.0, 9.1)}
