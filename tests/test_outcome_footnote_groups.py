"""BBB rows in shapes papers use that the rules had not met: single-letter group labels a
table's footnote spells out beside text that names the vesicle group in full, values in a
bracket followed by the groups they belong to in turn, and a control named "untreated SCI".

Every table and sentence is written here in our own words, each shape in several forms.
"""

from __future__ import annotations

import pytest
from _outcome_docs import Row, outcome_doc, outcome_rows, table_doc

from miner.extract.outcomes import extract_outcomes
from miner.parse.model import SectionKind, Table

METHODS = "Hindlimb function was rated with the BBB open-field scale by observers blind to group."


def _rows(doc: object) -> set[Row]:
    return {(r.group, r.arm, r.day, r.mean) for r in extract_outcomes(doc)[0]}  # type: ignore[arg-type]


# --- letters a footnote spells out, with the vesicle group named in full in the text -----------


@pytest.mark.parametrize(
    ("letters", "note", "treated", "results"),
    [
        (
            ("S", "V", "E"),
            "Data are mean ± SEM. S, sham; V, SCI + vehicle; E, SCI + BMSC-Exo.",
            "E",
            "On day 28 BMSC-Exo rats reached 10.4 ± 0.6, vehicle rats 6.9 ± 0.5.",
        ),
        (
            ("A", "B", "C"),
            "A: laminectomy only; B: injury + PBS; C: injury + hUCMSC-EVs. *P < 0.05 vs B.",
            "C",
            "On day 28 hUCMSC-EV rats reached 10.4 ± 0.6, PBS rats 6.9 ± 0.5.",
        ),
        (
            ("Sh", "Ctl", "Tx"),
            "Sh = sham-operated; Ctl = contused + saline; Tx = contused + ADSC-exosomes.",
            "Tx",
            "By day 28, ADSC-Exo rats scored 10.4 ± 0.6 against 6.9 ± 0.5 for saline rats.",
        ),
    ],
)
def test_a_letter_spelled_out_in_the_footnote_keeps_the_arm_of_its_meaning(
    letters: tuple[str, str, str], note: str, treated: str, results: str
) -> None:
    sham, veh, exo = letters
    grid = [
        ["Time point", f"{sham} (n = 10)", f"{veh} (n = 10)", f"{exo} (n = 10)"],
        ["Day 7", "21.0 ± 0.0", "2.4 ± 0.4", "3.5 ± 0.4"],
        ["Day 28", "20.8 ± 0.1", "6.9 ± 0.5", "10.4 ± 0.6"],
    ]
    doc = table_doc((grid, "Table 1. BBB scores over four weeks.", note), methods=METHODS,
                    results=results)
    rows = _rows(doc)
    table = {r for r in rows if r[0] in letters}
    assert (treated, "treatment", 7.0, 3.5) in table
    assert (treated, "treatment", 28.0, 10.4) in table
    assert (veh, "control", 28.0, 6.9) in table
    assert (sham, "sham", 28.0, 20.8) in table
    # the text's full name of the same group is the same treatment, not a comparator of it
    assert {r[1] for r in rows if r[2] == 28.0 and r[3] == 10.4} == {"treatment"}


def test_a_letter_the_footnote_does_not_spell_out_stays_unresolved() -> None:
    grid = [
        ["Time point", "S", "V", "E"],
        ["Day 28", "20.8 ± 0.1", "6.9 ± 0.5", "10.4 ± 0.6"],
    ]
    doc = table_doc((grid, "Table 1. BBB scores.", "Data are mean ± SEM."), methods=METHODS,
                    results="On day 28 BMSC-Exo rats reached 10.4 ± 0.6.")
    assert not any(r[0] == "E" and r[1] == "treatment" for r in _rows(doc))


# --- "(a and b in the X and Y groups)": the values, then their groups in the same order --------


GROUPS = ("Sham", "SCI + PBS", "SCI + Exo")


def _text_rows(sentence: str) -> set[Row]:
    table = Table(
        label="Table 1", caption="Table 1. BBB scores (mean ± SD).", page=None,
        rows=[["Group", "Day 99"], *([g, "20.0 ± 0.1"] for g in GROUPS)],
    )
    doc = outcome_doc(
        "Rats were divided into sham, vehicle (PBS) and Exo groups. Locomotion was scored "
        "with the BBB scale.",
        (SectionKind.RESULTS, "Hindlimb function was scored on the BBB scale. " + sentence),
        tables=(table,),
    )
    return {r for r in outcome_rows(doc) if r[2] != 99}


@pytest.mark.parametrize(
    "sentence",
    [
        "All injured rats were paraplegic on day 1 (0.4 ± 0.5 and 0.5 ± 0.5 in the PBS and Exo groups).",
        "Injured rats were paraplegic on day 1 (0.4 ± 0.5 and 0.5 ± 0.5 for the PBS and Exo groups).",
        ("On day 1 hindlimbs were flaccid (0.4 ± 0.5 and 0.5 ± 0.5 in the PBS and Exo groups);"
        " movement then returned."),
        ("On day 1 all injured rats were paraplegic (0.4 ± 0.5 and 0.5 ± 0.5 in the PBS and Exo"
        " groups, respectively)."),
    ],
)
def test_values_in_a_bracket_belong_to_the_groups_listed_after_them_in_turn(sentence: str) -> None:
    rows = {(arm, day, mean) for _, arm, day, mean in _text_rows(sentence)}
    assert rows == {("control", 1.0, 0.4), ("treatment", 1.0, 0.5)}


# --- "for untreated SCI": the injured controls under the paper's label -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At week 8, the Exo group scored 10.6 (1.8) compared with 6.3 (1.5) for untreated SCI.",
        "At week 8 scores were 10.6 ± 1.8 in the Exo group versus 6.3 ± 1.5 in untreated SCI rats.",
        "By week 8, Exo rats reached 10.6 (1.8), against 6.3 (1.5) for non-treated SCI.",
    ],
)
def test_untreated_before_the_injury_label_names_the_injured_controls(sentence: str) -> None:
    table = Table(
        label="Table 1", caption="Table 1. BBB scores (mean ± SD).", page=None,
        rows=[["Group", "Day 99"], *([g, "20.0 ± 0.1"] for g in ("Sham", "SCI", "Exo"))],
    )
    doc = outcome_doc(
        "Rats were divided into sham, SCI and Exo groups. Locomotion was scored with the BBB scale.",
        (SectionKind.RESULTS, "Hindlimb function was scored on the BBB scale. " + sentence),
        tables=(table,),
    )
    rows = {r for r in outcome_rows(doc) if r[2] != 99}
    assert ("SCI", "control", 56.0, 6.3) in rows
    assert ("Exo", "treatment", 56.0, 10.6) in rows


# --- a table label glossed in brackets, named in the text by the label alone -------------------


@pytest.mark.parametrize(
    ("treated", "native"),
    [
        ("SCI+MT-Exo (contusion; exosomes of melatonin-primed MSCs)",
         "SCI+Exo (contusion; exosomes of unprimed MSCs)"),
        ("Hx + miR-Exo (hemisection, miR-133b exosomes, i.v.)",
         "Hx + Exo (hemisection, native exosomes, i.v.)"),
        ("MT-Exo (primed", "Exo (unprimed vesicles)"),  # a row cut where the label wraps
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "From day 14, {t} scores exceeded those of {n} (day 21: 10.9 ± 1.1 vs. 8.8 ± 1.5).",
        "On day 21 the {t} group reached 10.9 ± 1.1, the {n} group 8.8 ± 1.5.",
        "At day 21, BBB scores were 10.9 ± 1.1 in {t} rats and 8.8 ± 1.5 in {n} rats.",
    ],
)
def test_the_text_names_a_glossed_table_group_by_its_label(
    treated: str, native: str, sentence: str
) -> None:
    short = [x.split(" (")[0] for x in (treated, native)]
    table = Table(
        label="Table 1", caption="Table 1. BBB scores (mean ± SD).", page=None,
        rows=[["Group", "Day 99"], ["Sham (laminectomy only)", "21.0 ± 0.0"],
              ["Vehicle (contusion; PBS)", "7.1 ± 1.3"], [treated, "10.0 ± 1.0"],
              [native, "9.0 ± 1.0"]],
    )
    doc = outcome_doc(
        "Locomotion was scored with the BBB scale.",
        (SectionKind.RESULTS, "Hindlimb function recovered. " + sentence.format(t=short[0], n=short[1])),
        tables=(table,),
    )
    text = {(arm, day, mean) for _, arm, day, mean in outcome_rows(doc) if day != 99}
    assert text == {("treatment", 21.0, 10.9), ("other", 21.0, 8.8)}


@pytest.mark.parametrize(
    "labels",
    [
        {"Exo (n = 8)"},
        {"(a) Exo"},
        {"Sham ()"},
        {"Exo-Cur (1 h)", "Exo-Cur (72 h)"},  # cohorts told apart by a time
        {"Exo (200 µg)"},
        {"Exo (primed with IFN)", "Exo (unprimed)"},  # two groups under one head
    ],
)
def test_a_count_a_time_or_a_shared_head_is_no_gloss(labels: set[str]) -> None:
    from miner.extract._outcome_glosses import gloss_heads

    assert gloss_heads(labels) == set()


# --- "the 150-µg group" for the label the methods gave that amount in brackets -----------------


@pytest.mark.parametrize(
    ("methods", "high", "low"),
    [
        (("Rats received 150 µg EVs (EV-high) via the tail vein, or 50 µg in the same volume "
         "(EV-low), or PBS alone."), "EV-high", "EV-low"),
        ("Injured rats were given 50 µg (Exo-L) or 150 µg (Exo-H) of exosomes in 10 µl PBS.",
         "Exo-H", "Exo-L"),
        (("Exosomes were injected at 150 mg/kg (HD-sEV) or 50 mg/kg (LD-sEV); vehicle rats "
         "received saline."), "HD-sEV", "LD-sEV"),
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "At 28 days the 150-µg group scored 11.3 ± 1.5 and the 50-µg group 8.4 ± 1.4.",
        "By day 28 the 150 µg group reached 11.3 ± 1.5, against 8.4 ± 1.4 in the 50 µg group.",
    ],
)
def test_a_group_named_by_its_amount_is_the_label_the_methods_gave_that_amount(
    methods: str, high: str, low: str, sentence: str
) -> None:
    if "mg/kg" in methods:
        sentence = sentence.replace("µg", "mg/kg")
    table = Table(
        label="Table 1", caption="Table 1. BBB scores (mean ± SD).", page=None,
        rows=[["Group", "Day 99"], ["Sham", "21.0 ± 0.0"], ["Vehicle", "7.0 ± 1.0"],
              [low, "8.0 ± 1.0"], [high, "10.0 ± 1.0"]],
    )
    doc = outcome_doc(
        "Locomotion was scored with the BBB scale. " + methods,
        (SectionKind.RESULTS, "Hindlimb function recovered. " + sentence),
        tables=(table,),
    )
    text = {r for r in outcome_rows(doc) if r[2] != 99}
    assert (high, "treatment", 28.0, 11.3) in text
    assert not any(r[3] == 11.3 and r[1] != "treatment" for r in text)


def test_amounts_in_brackets_that_name_one_label_twice_are_not_read() -> None:
    from miner.extract._outcome_glosses import bracketed_amounts

    class S:  # a methods sentence as the reader sees it
        section = SectionKind.METHODS

        def __init__(self, text: str) -> None:
            self.text = text

    known = ["EV-high", "EV-low"]
    one = [S("Rats received 150 µg (EV-high) or 50 µg (EV-low).")]
    assert bracketed_amounts(one, known) == {150.0: "EV-high", 50.0: "EV-low"}  # type: ignore[arg-type]
    clash = [S("Rats received 150 µg (EV-high) or 50 µg (EV-high).")]
    assert bracketed_amounts(clash, known) == {}  # type: ignore[arg-type]
    single = [S("Rats received 150 µg (EV-high).")]
    assert bracketed_amounts(single, known) == {}  # type: ignore[arg-type]
