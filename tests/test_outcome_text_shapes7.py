"""BBB rows from sentences shaped as new hands write them: a sentence that sets its group against
"the other groups" of the same study, a legend that ends with its significance key, scores at "the
end of the study", "a against b" pairs, and "X outperformed Y (a versus b)" pairs.

Each shape is pinned down with wordings of our own, beside the traps that must stay empty: other
laboratories' results, differences between groups, p-values. Rows are (group, arm, day, mean).
"""

from __future__ import annotations

import pytest
from _outcome_docs import outcome_doc, outcome_rows

from miner.parse.model import ParsedDocument, SectionKind, Table

S = SectionKind

_SCALE = "Locomotion was scored with the BBB open-field scale. Data are mean ± SEM."
THREE = "Rats were allocated to Hemisection (no treatment), Gel or Gel+Exo (9 rats per group). "


def paper(methods: str, *blocks: tuple[SectionKind, str]) -> ParsedDocument:
    return outcome_doc(f"{methods} {_SCALE}", *blocks)


# --- "the other groups" of this study are no other laboratory's groups ----------------------------

_GEL = {
    ("Gel+Exo", "treatment", 42.0, 11.8),
    ("Gel", "other", 42.0, 8.8),
    ("Hemisection", "control", 42.0, 8.5),
}


@pytest.mark.parametrize(
    ("section", "text"),
    [
        (
            S.FIGURE_CAPTION,
            (
                "Figure 3: BBB scores after hemisection (mean ± SEM, n = 9). At week 6, Gel+Exo reached "
                "11.8 ± 0.7, compared with 8.8 ± 0.6 for Gel and 8.5 ± 0.7 for Hemisection. *P < 0.05 "
                "Gel+Exo vs. both other groups."
            ),
        ),
        (
            S.RESULTS,
            (
                "At week 6, the BBB score of Gel+Exo reached 11.8 ± 0.7, compared with 8.8 ± 0.6 for "
                "Gel and 8.5 ± 0.7 for Hemisection, and differed from the other groups from week 3."
            ),
        ),
        (
            S.RESULTS,
            (
                "At day 42 the Gel+Exo group scored 11.8 ± 0.7, better than all other groups (Gel, "
                "8.8 ± 0.6; Hemisection, 8.5 ± 0.7)."
            ),
        ),
        (
            S.FIGURE_CAPTION,
            (
                "Figure 2. Open-field BBB scores. At 6 weeks: Gel+Exo 11.8 ± 0.7, Gel 8.8 ± 0.6, "
                "Hemisection 8.5 ± 0.7. #P < 0.01 versus the two other groups."
            ),
        ),
    ],
)
def test_the_other_groups_of_the_study_keep_the_sentence(section: SectionKind, text: str) -> None:
    assert outcome_rows(paper(THREE, (section, text))) == _GEL


@pytest.mark.parametrize(
    "text",
    [
        "Other groups have reported BBB scores of 12.1 ± 1.0 with gels at week 6.",
        "Scores of 12.1 ± 1.0 at week 6 were reported by other groups using gels.",
        "Other studies found BBB scores of 12.1 ± 1.0 at week 6.",
    ],
)
def test_other_laboratories_stay_out(text: str) -> None:
    doc = paper(THREE, (S.RESULTS, "BBB scores recovered in all groups."), (S.RESULTS, text))
    assert outcome_rows(doc) == set()


# --- "at the end of the study": the study's last time point, from its tables or its methods -------

TWO = "Rats were allocated to Sham, Vehicle and EV groups (n = 10 each). "
_END_ROWS = {("EV", "treatment", 56.0, 11.1), ("Vehicle", "control", 56.0, 8.0)}


def _time_table(last_day: int) -> Table:
    grid = [["Group", "Day 7", f"Day {last_day}"], ["Sham", "21.0 ± 0.0", "21.0 ± 0.0"],
            ["Vehicle", "3.2 ± 1.3", "7.9 ± 1.6"], ["EV", "3.9 ± 1.2", "10.8 ± 1.5"]]  # fmt: skip
    return Table(label="Table 1", caption="Table 1. BBB scores (mean ± SEM).", rows=grid, page=None)


@pytest.mark.parametrize(
    "text",
    [
        (
            "The difference became significant on day 21 and was largest at the end of the study, when "
            "the EV group scored 11.1 ± 1.7 and the vehicle group 8.0 ± 1.8."
        ),
        (
            "From day 14 onward EV rats did better; at the end of the experiment the EV group had a BBB "
            "score of 11.1 ± 1.7, against 8.0 ± 1.8 in the Vehicle group."
        ),
        (
            "At the final time point, BBB scores were 11.1 ± 1.7 in the EV group and 8.0 ± 1.8 in the "
            "Vehicle group."
        ),
        (
            "By day 28 the groups had separated, and at the last assessment the EV group scored "
            "11.1 ± 1.7 versus 8.0 ± 1.8 for the Vehicle group."
        ),
    ],
)
@pytest.mark.parametrize(
    "where",
    ["a table ending at day 56", "methods: weekly for 8 weeks", "methods: until day 56"],
)
def test_the_end_of_the_study_is_its_last_time_point(text: str, where: str) -> None:
    tables: tuple[Table, ...] = ()
    methods = TWO
    if where.startswith("a table"):
        tables = (_time_table(56),)
    elif "weekly" in where:
        methods += "BBB scores were assessed weekly for 8 weeks after injury."
    else:
        methods += "Open-field scores were recorded on days 1, 7, 14 and 28 and then until day 56."
    doc = outcome_doc(f"{methods} {_SCALE}", (S.RESULTS, text), tables=tables)
    text_rows = {r for r in outcome_rows(doc) if r[3] in (11.1, 8.0)}
    assert text_rows == _END_ROWS


def test_the_end_of_a_study_that_gives_no_last_day_dates_nothing() -> None:
    """No table and no schedule: the end of the study is no day to guess, nor the day before it."""
    text = (
        "The difference became significant on day 21 and was largest at the end of the study, "
        "when the EV group scored 11.1 ± 1.7 and the vehicle group 8.0 ± 1.8."
    )
    assert outcome_rows(paper(TWO, (S.RESULTS, text))) == set()


def test_a_bracketed_day_after_the_end_of_the_study_still_wins() -> None:
    text = "At the end of the study (day 42), the EV group scored 11.1 ± 1.7 and the Vehicle group 8.0 ± 1.8."
    doc = outcome_doc(f"{TWO} {_SCALE}", (S.RESULTS, text), tables=(_time_table(56),))
    assert {r for r in outcome_rows(doc) if r[3] in (11.1, 8.0)} == {
        ("EV", "treatment", 42.0, 11.1),
        ("Vehicle", "control", 42.0, 8.0),
    }


# --- "X outperformed Y (a versus b)" after a clause that names a third group -----------------------

FOUR = (
    "Rats were allocated to Sham, SCI + PBS, BMSC-Exos and CAQK-Exos groups (n = 8 each), the last "
    "given exosomes displaying a CAQK peptide. "
)
_PAIR = {("CAQK-Exos", "treatment", 28.0, 10.9), ("BMSC-Exos", "other", 28.0, 9.1)}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Both exosome groups improved BBB scores over SCI + PBS, and CAQK-Exos outperformed "
            "BMSC-Exos at day 28 (10.9 ± 1.5 versus 9.1 ± 1.4)."
        ),
        (
            "Both exosome groups scored higher than SCI + PBS, and at day 28 CAQK-Exos outperformed "
            "BMSC-Exos (10.9 ± 1.5 versus 9.1 ± 1.4)."
        ),
        (
            "BBB scores rose above SCI + PBS in both exosome groups, but at day 28 CAQK-Exos exceeded "
            "BMSC-Exos (10.9 ± 1.5 vs. 9.1 ± 1.4)."
        ),
        (
            "Exosomes helped whatever their surface when set against SCI + PBS; at day 28 CAQK-Exos "
            "surpassed BMSC-Exos on the BBB scale (10.9 ± 1.5 vs 9.1 ± 1.4)."
        ),
    ],
)
def test_a_bracketed_pair_takes_the_groups_of_its_own_clause(text: str) -> None:
    assert outcome_rows(paper(FOUR, (S.RESULTS, text))) == _PAIR


def test_a_bracketed_pair_after_three_groups_in_one_clause_stays_empty() -> None:
    text = (
        "At day 28 CAQK-Exos outperformed BMSC-Exos and SCI + PBS on the BBB scale "
        "(10.9 ± 1.5 versus 9.1 ± 1.4)."
    )
    assert outcome_rows(paper(FOUR, (S.RESULTS, text))) == set()


# --- arms: a negative-control suffix glued to the vesicle word ("ExoScr", "EVNC") ----------------


@pytest.mark.parametrize(
    ("groups", "arms"),
    [
        (["SCI + PBS", "ExoScr", "ExoPTEN"], ["control", "other", "treatment"]),
        (["Vehicle", "EVNC", "EVmiR21"], ["control", "other", "treatment"]),
        (["Saline", "ExosScr", "ExosBDNF"], ["control", "other", "treatment"]),
        (["SCI", "ExoNC", "ExoCAQK"], ["control", "other", "treatment"]),
        (["PBS", "ExosNC", "ExosShh"], ["control", "other", "treatment"]),
        # A glued word that only looks like it: no negative control.
        (["PBS", "ExoSCI"], ["control", "treatment"]),
    ],
)
def test_a_glued_negative_control_suffix_makes_the_comparator_vesicles(
    groups: list[str], arms: list[str]
) -> None:
    grid = [["Group", "Day 28"], *[[g, f"{8 + i}.0 ± 1.0"] for i, g in enumerate(groups)]]
    table = Table(label="Table 1", caption="Table 1. BBB scores (mean ± SD).", rows=grid, page=None)
    doc = outcome_doc(_SCALE, tables=(table,))
    from miner.extract.outcomes import extract_outcomes

    assert {r.group: r.arm for r in extract_outcomes(doc)[0]} == dict(
        zip(groups, arms, strict=True)
    )


# --- an unlabelled pair that restates a table's values takes the groups the table gives them ------

_PAIR_TABLE = Table(
    label="Table 1",
    caption="Table 1. BBB scores (mean ± SEM, n = 9).",
    rows=[
        ["Group", "Day 1", "Day 3", "Day 14"],
        ["SCI + vehicle", "0.4 ± 0.2", "1.6 ± 0.4", "6.2 ± 0.7"],
        ["SCI + sEV", "0.6 ± 0.2", "2.1 ± 0.5", "8.4 ± 0.7"],
    ],
    page=None,
)
_PAIRS = {
    ("SCI + vehicle", "control", 1.0, 0.4), ("SCI + sEV", "treatment", 1.0, 0.6),
    ("SCI + vehicle", "control", 3.0, 1.6), ("SCI + sEV", "treatment", 3.0, 2.1),
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        (
            "All injured rats were paraplegic on day 1 (0.4 ± 0.2 (9) versus 0.6 ± 0.2 (9)). Groups "
            "did not differ on day 3 (2.1 ± 0.5 (9) versus 1.6 ± 0.4 (9); p = 0.83)."
        ),
        (
            "BBB scores were low in both injured groups on day 1 (0.4 ± 0.2 vs. 0.6 ± 0.2) and had not "
            "separated by day 3 (2.1 ± 0.5 vs. 1.6 ± 0.4, P > 0.05)."
        ),
        (
            "Injured rats scored near zero on day 1 (0.4 ± 0.2 versus 0.6 ± 0.2). On day 3 the groups "
            "were still alike (2.1 ± 0.5 versus 1.6 ± 0.4; P = 0.83)."
        ),
    ],
)
def test_unlabelled_pairs_that_restate_the_table_take_its_groups(text: str) -> None:
    methods = "Rats were randomly assigned to SCI + vehicle or SCI + sEV (n = 9 each). "
    doc = outcome_doc(f"{methods} {_SCALE}", (S.RESULTS, text), tables=(_PAIR_TABLE,))
    from miner.extract.outcomes import extract_outcomes

    rows = extract_outcomes(doc)[0]
    assert {(r.group, r.arm, r.day, r.mean) for r in rows if r.source == "text"} == _PAIRS


# --- group codes: an unlabelled pair takes the arms the codes' definitions give -----------------


@pytest.mark.parametrize(
    ("methods", "treated", "control"),
    [
        (
            (
                "Rats were allocated to three groups: G1, sham operation; G2, injury plus PBS; G3, "
                "injury plus MSC-derived exosomes."
            ),
            "G3",
            "G2",
        ),
        (
            (
                "Group A, laminectomy only; Group B, contusion and saline; Group C, contusion and "
                "exosomes from umbilical cord MSCs."
            ),
            "Group C",
            "Group B",
        ),
        (
            (
                "Animals were divided into three groups: group I, sham; group II, SCI treated with "
                "vehicle; group III, SCI treated with BMSC exosomes."
            ),
            "group III",
            "group II",
        ),
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "Exosome treatment improved BBB scores at day 28 (11.4 ± 1.2 vs 6.8 ± 0.9, P < 0.01).",
        "Treated rats recovered better, with BBB scores at day 28 of 11.4 ± 1.2 versus 6.8 ± 0.9.",
    ],
)
def test_an_unlabelled_pair_takes_the_arms_of_the_codes(
    methods: str, treated: str, control: str, text: str
) -> None:
    rows = outcome_rows(paper(methods, (S.ABSTRACT, text)))
    assert rows == {(treated, "treatment", 28.0, 11.4), (control, "control", 28.0, 6.8)}


def test_codes_defining_two_treated_groups_leave_the_pair_empty() -> None:
    methods = (
        "Rats were allocated to G1, injury plus PBS; G2, injury plus exosomes; G3, injury plus "
        "miR-21-loaded exosomes."
    )
    text = "Exosome treatment improved BBB scores at day 28 (11.4 ± 1.2 vs 6.8 ± 0.9)."
    assert outcome_rows(paper(methods, (S.ABSTRACT, text))) == set()


# --- "DPSC-Exo rats" and "HX + DPSC-Exo": the label with the injury written before it ------------


@pytest.mark.parametrize(
    ("short", "full", "control"),
    [
        ("DPSC-Exo", "HX + DPSC-Exo", "HX + saline"),
        ("sEV", "SCI + sEV", "SCI + PBS"),
        ("BMSC-Exos", "SCI+BMSC-Exos", "SCI+PBS"),
        ("EV", "Contusion + EV", "Contusion + vehicle"),
    ],
)
def test_a_label_after_the_injury_prefix_is_the_same_group(
    short: str, full: str, control: str
) -> None:
    methods = f"Exosomes of dental pulp stem cells ({short}) or saline were injected after injury."
    text = (
        f"At week 2, {short} rats scored 9.9 ± 0.6 versus 8.1 ± 0.7 in saline rats. "
        f"Week 8: {full} 14.6 ± 0.5; {control} 11.3 ± 0.6."
    )
    rows = outcome_rows(paper(methods, (S.RESULTS, text)))
    assert (full, "treatment", 14.0, 9.9) in rows
    assert (full, "treatment", 56.0, 14.6) in rows
    assert not {r for r in rows if r[0] == short}


def test_a_carrier_before_the_vesicles_is_no_injury_prefix() -> None:
    """ "Gel+sEV" is another group than "sEV": the gel is a treatment of its own."""
    methods = "Rats were given sEV alone (sEV), a gel with sEV (Gel+sEV) or PBS (PBS) after SCI."
    text = "At day 28 BBB scores were 9.0 ± 0.5 with sEV, 11.0 ± 0.6 with Gel+sEV and 7.0 ± 0.5 with PBS."
    groups = {r[0] for r in outcome_rows(paper(methods, (S.RESULTS, text)))}
    assert {"sEV", "Gel+sEV"} <= groups


# --- "a against b" in a paper whose table writes the source before the vesicles ("MSC-EV") ------


@pytest.mark.parametrize(
    ("labels", "short"),
    [
        ("Sham,Vehicle,MSC-EV", "EV"),
        ("Sham,PBS,BMSC-Exo", "Exo"),
        ("Sham,Saline,ADSC-EVs", "EVs"),
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "By 2 weeks the {s} group scored 7.4 ± 0.5 against 5.9 ± 0.6.",
        "At day 14, {s} rats scored 7.4 ± 0.5 versus 5.9 ± 0.6 (P < 0.05).",
        "Two weeks after injury the {s} group reached a BBB score of 7.4 ± 0.5 vs 5.9 ± 0.6.",
    ],
)
def test_the_other_arm_of_a_source_named_treatment(labels: str, short: str, text: str) -> None:
    sham, control, treated = labels.split(",")
    grid = [["Group", "Day 99"]] + [[g, "20.0 ± 0.1"] for g in (sham, control, treated)]
    table = Table(label="Table 1", caption="Table 1. BBB scores (mean ± SD).", rows=grid, page=None)
    # The methods name the vesicles short too: "EV" and "MSC-EV" are one arm, not two.
    methods = (
        f"Rats were allocated to {short} or {control.lower()} by a computer-generated sequence."
    )
    doc = outcome_doc(f"{methods} {_SCALE}", (S.RESULTS, text.format(s=short)), tables=(table,))
    rows = {r for r in outcome_rows(doc) if r[2] != 99.0}
    assert {(r[1], r[3]) for r in rows} == {("treatment", 7.4), ("control", 5.9)}
    assert (control, "control", 14.0, 5.9) in rows


def test_a_modified_label_is_no_other_name_of_the_plain_one() -> None:
    """ "miR-Exo" beside "Exo" is two vesicle arms: the pair stays empty rather than guess."""
    grid = [
        ["Group", "Day 99"],
        ["PBS", "20.0 ± 0.1"],
        ["Exo", "20.0 ± 0.1"],
        ["miR-Exo", "20.0 ± 0.1"],
    ]
    table = Table(label="Table 1", caption="Table 1. BBB scores (mean ± SD).", rows=grid, page=None)
    text = "By 2 weeks the Exo group scored 7.4 ± 0.5 against 5.9 ± 0.6."
    doc = outcome_doc(_SCALE, (S.RESULTS, text), tables=(table,))
    assert {r for r in outcome_rows(doc) if r[2] != 99.0} <= {("Exo", "other", 14.0, 7.4)}
