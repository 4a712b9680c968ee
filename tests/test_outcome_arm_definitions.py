"""A group's arm follows how the paper defines the group, not the word it is labelled with:
labels named in order after a list of descriptions ("(hereafter A, B and C)"), a "control" the
allocation sentence defines as sham-operated, codes defined by a design table's rows (wrapped
lines included), the injury named by the device in a definition, and vesicles of donor cells
that lost a gene beside the intact vesicles."""

from __future__ import annotations

import pytest

from miner.extract._outcome_arms import group_arm, resolve_arms
from miner.extract._outcome_codes import table_codes
from miner.extract._outcome_design import design_arms, label_definitions
from miner.records import OutcomeRow
from tests._outcome_docs import outcome_rows, table_doc


def _rows(*groups: str) -> list[OutcomeRow]:
    return [OutcomeRow("BBB", g, group_arm(g), 28.0, 5.0 + i, source="table") for i, g in enumerate(groups)]


def _arms(groups: tuple[str, ...], text: str) -> dict[str, str]:
    return {r.group: r.arm for r in design_arms(_rows(*groups), [text])}


# --- labels named in order after the list they stand for --------------------------------------

PARALLEL = [
    (
        ("Sham", "INJ-P", "INJ-X"),
        ("Animals were divided into uninjured animals, injured animals given PBS and injured animals "
        "given MSC exosomes (hereafter Sham, INJ-P and INJ-X)."),
        {"Sham": "sham", "INJ-P": "control", "INJ-X": "treatment"},
    ),
    (
        ("SCI-A", "SCI-B", "Lam"),
        ("We studied contused rats injected with saline, contused rats injected with small "
        "extracellular vesicles, and rats with a laminectomy only (referred to as SCI-A, SCI-B "
        "and Lam; n = 8 per group)."),
        {"SCI-A": "control", "SCI-B": "treatment", "Lam": "sham"},
    ),
    (
        ("G-s", "G-v", "G-e"),
        ("The three groups, sham-operated rats, injured rats receiving vehicle and injured rats "
        "receiving exosomes (G-s, G-v and G-e, respectively), were scored weekly."),
        {"G-s": "sham", "G-v": "control", "G-e": "treatment"},
    ),
    (
        ("SCI-V", "SCI-E"),
        "Injured rats then received vehicle or native exosomes (henceforth SCI-V and SCI-E).",
        {"SCI-V": "control", "SCI-E": "treatment"},
    ),
]


@pytest.mark.parametrize(("groups", "text", "expected"), PARALLEL)
def test_labels_take_the_arms_of_the_items_they_name_in_order(
    groups: tuple[str, ...], text: str, expected: dict[str, str]
) -> None:
    assert _arms(groups, text) == expected


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Four items, three labels: the list and the names do not line up, nothing is read.
        (
            ("Rats were sham operated, injured and given PBS, injured and given exosomes, or "
            "injured and given exosomes twice (hereafter S, P and E)."),
            ("S", "P", "E"),
        ),
        # A bracket naming something that is no group label.
        (
            "Injured rats received vehicle or exosomes (hereafter the vehicle and the vesicles).",
            ("SCI-V", "SCI-E"),
        ),
    ],
)
def test_a_named_list_that_does_not_line_up_defines_nothing(text: str, labels: tuple[str, ...]) -> None:
    assert label_definitions([text], list(labels)) == {}


def test_an_injury_code_label_keeps_its_arm_without_a_definition() -> None:
    # No definition anywhere: "SCI-E" stays the injured control its label says it is.
    assert _arms(("Sham", "SCI-E"), "BBB scores were recorded weekly.")["SCI-E"] == "control"


# --- a "control" the design defines as the sham ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        ("Rats were randomly allocated to four groups: control (laminectomy without impact, n = 8), "
        "SCI (n = 10), SCI + Exo (n = 10) and SCI + MP (n = 10)."),
        "The rats were assigned to three groups: Control (laminectomy only), SCI and SCI + Exo.",
        ("Thirty rats were divided into groups, namely control (sham operation without injury), SCI "
        "and SCI + Exo."),
    ],
)
def test_a_control_defined_as_uninjured_in_the_allocation_is_the_sham(text: str) -> None:
    got = _arms(("Control", "SCI", "SCI + Exo"), text)
    assert got == {"Control": "sham", "SCI": "control", "SCI + Exo": "treatment"}


@pytest.mark.parametrize(
    "text",
    [
        # Not an allocation: a passing mention defines one label, which is not enough.
        "Unlike the control (laminectomy only), the SCI rats dragged their hindlimbs.",
        # An allocation that defines the control as injured keeps it the control.
        "Rats were allocated to three groups: control (contusion and PBS), SCI + Exo and SCI + MP.",
    ],
)
def test_a_control_stays_the_control_unless_the_allocation_makes_it_uninjured(text: str) -> None:
    assert _arms(("Control", "SCI + Exo", "SCI + MP"), text)["Control"] == "control"


# --- codes defined by a design table -------------------------------------------------------


@pytest.mark.parametrize(
    ("design", "expected"),
    [
        (
            [
                ["Group", "Surgery", "Treatment", "n"],
                ["G1", "Laminectomy", "None", "10"],
                ["G2", "Laminectomy + clip", "PBS", "12"],
                ["G3", "Laminectomy + clip", "MSC-sEV", "12"],
            ],
            {"G1": "sham", "G2": "control", "G3": "treatment"},
        ),
        (
            # The PDF's wrapped lines: a row whose first cell is empty continues the row above.
            [
                ["Group", "Surgery", "Treatment", "n"],
                ["G1", "Laminectomy", "—", "10"],
                ["G2", "Laminectomy", "None", "1"],
                ["", "+ contusion", "", "2"],
                ["G3", "Laminectomy", "hUC-MSC", "1"],
                ["", "+ contusion", "exosomes", "2"],
            ],
            {"G1": "sham", "G2": "control", "G3": "treatment"},
        ),
        (
            [
                ["Code", "Injury", "Given"],
                ["A", "Laminectomy", "n/a"],
                ["B", "Balloon compression", "Saline"],
                ["C", "Balloon compression", "BMSC exosomes"],
            ],
            {"GROUP A": "sham", "GROUP B": "control", "GROUP C": "treatment"},
        ),
    ],
)
def test_design_table_rows_define_the_codes(design: list[list[str]], expected: dict[str, str]) -> None:
    assert {k: group_arm(v) for k, v in table_codes([design]).items()} == expected


def test_coded_score_table_takes_its_arms_from_the_design_table() -> None:
    design = (
        [
            ["Group", "Surgery", "Treatment", "n"],
            ["G1", "Laminectomy", "None", "8"],
            ["G2", "Laminectomy + clip", "PBS", "8"],
            ["G3", "Laminectomy + clip", "BMSC-exosomes", "8"],
        ],
        "Study design.",
        "",
    )
    scores = (
        [
            ["Time", "G1", "G2", "G3"],
            ["Week 1", "21.0 ± 0.0", "2.0 ± 0.4", "2.6 ± 0.5"],
            ["Week 4", "21.0 ± 0.0", "6.1 ± 0.6", "9.2 ± 0.7"],
        ],
        "BBB scores (mean ± SEM).",
        "",
    )
    got = outcome_rows(table_doc(design, scores))
    assert ("G1", "sham", 28.0, 21.0) in got
    assert ("G2", "control", 28.0, 6.1) in got
    assert ("G3", "treatment", 28.0, 9.2) in got


@pytest.mark.parametrize(
    ("label", "arm"),
    [
        ("Laminectomy + clip; PBS", "control"),
        ("Contusion + impactor; saline", "control"),
        ("Laminectomy + weight drop; vehicle", "control"),
        # A drug beside the injury stays a comparator of its own.
        ("Laminectomy + clip; methylprednisolone", "other"),
    ],
)
def test_the_injury_device_is_no_agent(label: str, arm: str) -> None:
    assert group_arm(label) == arm


# --- vesicles of donor cells that lost a gene ------------------------------------------------


@pytest.mark.parametrize(
    ("loss", "intact"),
    [
        ("Exo-si: exosomes from TIMP2-silenced cells", "Exo: native exosomes"),
        ("EV-kd: EVs of Rab27a-knockdown BMSCs", "EV: EVs of control BMSCs"),
        ("sEV-KO: sEVs derived from Nrf2-knockout MSCs", "sEV: wild-type sEVs"),
        ("Exo-def: exosomes from miR-21-deficient stem cells", "Exo: exosomes of MSCs"),
    ],
)
def test_vesicles_of_gene_silenced_donors_are_the_comparator(loss: str, intact: str) -> None:
    rows = [
        OutcomeRow("BBB", "PBS", "control", 28.0, 5.0),
        OutcomeRow("BBB", loss, "treatment", 28.0, 7.0),
        OutcomeRow("BBB", intact, "treatment", 28.0, 9.0),
    ]
    got = {r.group: r.arm for r in resolve_arms(rows)}
    assert got == {"PBS": "control", loss: "other", intact: "treatment"}


def test_vesicles_loaded_with_an_sirna_stay_the_treatment() -> None:
    # siRNA carried by the vesicles is the paper's product, not a donor that lost a gene.
    rows = [
        OutcomeRow("BBB", "Exo", "treatment", 28.0, 7.0),
        OutcomeRow("BBB", "Exo-siPTEN: exosomes loaded with siRNA against PTEN", "treatment", 28.0, 9.0),
    ]
    got = {r.group: r.arm for r in resolve_arms(rows)}
    assert got["Exo-siPTEN: exosomes loaded with siRNA against PTEN"] == "treatment"
    assert got["Exo"] == "other"


# --- one vesicle label given from two start times, the time glued to the label ---------------


@pytest.mark.parametrize(
    ("early", "late"),
    [("Exo-1h", "Exo-7d"), ("EV-24h", "EV-72h"), ("sEV-d1", "sEV-d14"), ("MSC-Exo-2h", "MSC-Exo-3d")],
)
def test_the_later_start_of_one_vesicle_label_is_the_comparator(early: str, late: str) -> None:
    rows = [
        OutcomeRow("BBB", "Vehicle", "control", 28.0, 5.0),
        OutcomeRow("BBB", early, "treatment", 28.0, 9.0),
        OutcomeRow("BBB", late, "treatment", 28.0, 7.0),
    ]
    got = {r.group: r.arm for r in resolve_arms(rows)}
    assert got == {"Vehicle": "control", early: "treatment", late: "other"}


def test_glued_times_the_methods_call_harvest_times_are_cohorts_of_one_treatment() -> None:
    rows = [
        OutcomeRow("BBB", "Exo-7d", "treatment", 7.0, 4.0),
        OutcomeRow("BBB", "Exo-28d", "treatment", 28.0, 9.0),
    ]
    texts = ["Exosome-treated rats were sacrificed at 7 d or 28 d after injury for histology."]
    assert {r.arm for r in resolve_arms(rows, texts)} == {"treatment"}


def test_a_label_with_no_glued_time_is_no_start() -> None:
    rows = [
        OutcomeRow("BBB", "Exo-H", "treatment", 28.0, 9.0),
        OutcomeRow("BBB", "Exo-miR", "treatment", 28.0, 7.0),
    ]
    got = {r.group: r.arm for r in resolve_arms(rows)}
    assert got["Exo-miR"] == "treatment"


# --- a cohort numbered by an ordinal is no group ----------------------------------------------

COHORT_TABLE = (
    [
        ["Group", "Week 4", "Week 8"],
        ["Model", "7.2 ± 1.6", "8.4 ± 1.8"],
        ["Exo", "9.7 ± 1.5", "11.5 ± 1.7"],
    ],
    "BBB scores of the second cohort (mean ± SD).",
    "",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The benefit persisted: the exosome group of the second cohort scored 9.7 ± 1.5 at week 4.",
        "In the second experiment, Exo rats scored 9.7 ± 1.5 at week 4.",
        "At week 4 the exosome-treated rats of the third cohort reached 9.7 ± 1.5.",
    ],
)
def test_an_ordinal_cohort_is_not_read_as_a_group(sentence: str) -> None:
    got = outcome_rows(table_doc(COHORT_TABLE, results=sentence))
    assert not {g for g, *_ in got} - {"Model", "Exo"}
    assert ("Exo", "treatment", 28.0, 9.7) in got
