"""The outcome readers say whether a value is a mean or a median (``OutcomeRow.stat``).

BBB is ordinal, and papers that treat it so report median [IQR] or median (range). A
row read from such a cell, column or sentence carries ``stat="median"``; a mean ± SD,
a mean (SD) or a mean with its confidence interval stays ``"mean"``. The interval may
name itself ("[IQR 4–6.5]", "(range 3-8)", "(95% CI 9.0–10.8)") or leave the header,
caption, table note or sentence to say what it is.
"""

from __future__ import annotations

import pytest
from _outcome_docs import outcome_doc, table_doc

from miner.extract._numbers import interval_stat, said_stat
from miner.extract._outcome_cells import cell_stat
from miner.extract.outcomes import extract_outcomes
from miner.parse.model import SectionKind

METHODS = "Hindlimb locomotion was rated with the BBB scale in an open field by two blinded observers."


def _stats(grid: list[list[str]], caption: str, note: str = "") -> dict[str, tuple[float, str]]:
    doc = table_doc((grid, caption, note), methods=METHODS, results="Groups differed.")
    return {r.group: (r.mean, r.stat) for r in extract_outcomes(doc)[0] if r.source == "table" and r.day == 28}


def _wide(header: str, exo: str, pbs: str) -> list[list[str]]:
    return [["Group", f"Day 7 {header}".strip(), f"Day 28 {header}".strip()],
            ["Exo", exo, exo], ["PBS", pbs, pbs]]


# -- the pure helpers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "bracket, context, expected",
    [
        ("[IQR 4–6.5]", "", "median"),
        ("(IQR: 4-6.5)", "Data are mean ± SEM", "median"),  # the bracket names itself
        ("(interquartile range 9-12)", "", "median"),
        ("[25th-75th percentile: 4, 6]", "", "median"),  # the quartiles by another name
        ("(range 3-8)", "", "median"),
        ("(range 3-8)", "Values are mean (range)", "mean"),
        ("(95% CI 9.0–10.8)", "", "mean"),
        ("(95% CI 9.0–10.8)", "median BBB score", "mean"),  # a CI is a mean's
        ("[CI, 9, 11]", "", "mean"),
        ("(9-12)", "", "mean"),  # unnamed, nothing says: as before
        ("(9-12)", "Median (IQR)", "median"),
        ("(9-12)", "Values are medians and interquartile ranges", "median"),
        ("(9-12)", "Data are means with 95% confidence intervals", "mean"),
        ("(9-12)", "BBB median (IQR); weight mean ± SD", "median"),  # an interval is no SD
        ("(9-12)", "Mean BBB scores were higher, and the median latency was shorter: 11 (9-12)", "mean"),
    ],
)
def test_interval_stat(bracket: str, context: str, expected: str) -> None:
    assert interval_stat(bracket, context) == expected


@pytest.mark.parametrize(
    "context, expected",
    [("Median (IQR)", "median"), ("BBB (median)", "median"), ("medians", "median"),
     ("mean ± SEM", "mean"), ("Mean (SD)", "mean"), ("95% CI", "mean"),
     ("mean ± SD, median for BBB", None), ("BBB score", None), ("", None)],
)
def test_said_stat(context: str, expected: str | None) -> None:
    assert said_stat(context) == expected


@pytest.mark.parametrize(
    "cell, contexts, expected",
    [
        ("5 [IQR 4–6.5]", (), "median"),
        ("5 [IQR 4–6,5]", (), "median"),  # a decimal comma
        ("11 (range 9-14)", (), "median"),
        ("5 (4–6)", ("Median (IQR)",), "median"),
        ("5 (4–6)", ("Day 28", "Exo", "Table 2. BBB scores, medians and interquartile ranges."), "median"),
        ("5 (4–6)", ("Day 28",), "mean"),
        ("5", ("BBB (median)",), "median"),
        ("5", ("BBB (median)", "Exo", "Data are mean ± SEM"), "median"),  # the column header first
        ("5", ("Mean", "", "Values are medians"), "mean"),
        ("5", ("BBB score",), "mean"),
        ("11.2 ± 1.3", ("Median (IQR)",), "mean"),  # a ± is a mean's
        ("11.2 (1.3)", ("medians",), "mean"),  # mean (SD)
        ("9.9 (95% CI 9.0–10.8)", ("Median",), "mean"),
        ("n.d.", ("Median (IQR)",), "mean"),
    ],
)
def test_cell_stat(cell: str, contexts: tuple[str, ...], expected: str) -> None:
    assert cell_stat(cell, *contexts) == expected


# -- tables ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "grid, caption, note",
    [
        pytest.param(_wide("", "5 [IQR 4–6.5]", "2 [IQR 1–3]"), "Table 2. BBB scores.", "", id="median-[IQR]"),
        pytest.param(_wide("", "5 (range 3–8)", "2 (range 0–4)"), "Table 2. BBB scores.", "", id="median-(range)"),
        pytest.param(_wide("", "5 (4–6)", "2 (1–3)"), "Table 2. BBB scores.",
                     "Values are median (IQR).", id="note-says-median"),
        pytest.param(_wide("", "5 (4–6)", "2 (1–3)"),
                     "Table 2. BBB scores, presented as medians and interquartile ranges.", "",
                     id="caption-medians-and-IQRs"),
        pytest.param([["Group", "Day 7", "Day 28"], ["", "Median (IQR)", "Median (IQR)"],
                      ["Exo", "3 (2–4)", "5 (4–6)"], ["PBS", "1 (0–2)", "2 (1–3)"]],
                     "Table 2. BBB scores.", "", id="Median-(IQR)-subheader"),
    ],
)
def test_a_table_of_medians_gives_median_rows(grid: list[list[str]], caption: str, note: str) -> None:
    assert _stats(grid, caption, note) == {"Exo": (5.0, "median"), "PBS": (2.0, "median")}


@pytest.mark.parametrize(
    "grid, caption, exo, pbs",
    [
        pytest.param(_wide("", "5.1 ± 0.6", "2.2 ± 0.4"), "Table 2. BBB scores (mean ± SD).", 5.1, 2.2,
                     id="mean±SD"),
        pytest.param(_wide("", "5.1 (0.6)", "2.2 (0.4)"), "Table 2. BBB scores, mean (SD).", 5.1, 2.2,
                     id="mean-(SD)"),
        pytest.param(_wide("", "5.1 (95% CI 4.5–5.7)", "2.2 (95% CI 1.8–2.6)"), "Table 2. BBB scores.",
                     5.1, 2.2, id="mean-(95%CI)"),
        pytest.param(_wide("", "5.1 (4.5–5.7)", "2.2 (1.8–2.6)"),
                     "Table 2. BBB scores, means with 95% confidence intervals.", 5.1, 2.2, id="caption-CI"),
        pytest.param(_wide("", "5.1", "2.2"), "Table 2. Mean BBB scores.", 5.1, 2.2, id="bare-means"),
    ],
)
def test_a_table_of_means_stays_mean(grid: list[list[str]], caption: str, exo: float, pbs: float) -> None:
    assert _stats(grid, caption) == {"Exo": (exo, "mean"), "PBS": (pbs, "mean")}


@pytest.mark.parametrize(
    "head, cell_exo, cell_pbs, expected",
    [
        ("BBB score, median (IQR)", "5 (4–6)", "2 (1–3)", "median"),
        ("BBB score [median, range]", "5 [3, 8]", "2 [0, 4]", "median"),
        ("BBB score (mean ± SEM)", "5.1 ± 0.5", "2.2 ± 0.4", "mean"),
        ("BBB score (mean, 95% CI)", "5.1 (4.1–6.1)", "2.2 (1.4–3.0)", "mean"),
    ],
)
def test_long_format_reads_the_stat_from_the_value_column(head: str, cell_exo: str, cell_pbs: str,
                                                          expected: str) -> None:
    grid = [["Time point", "Group", "n", head],
            ["Day 7", "PBS", "8", cell_pbs], ["", "Exo", "8", cell_exo],
            ["Day 28", "PBS", "8", cell_pbs], ["", "Exo", "8", cell_exo]]
    stats = _stats(grid, "Table 3. Locomotor recovery.")
    assert {g: s for g, (_, s) in stats.items()} == {"Exo": expected, "PBS": expected}


# -- sentences -------------------------------------------------------------------------------


def _text_stats(sentence: str) -> dict[str, tuple[float, str]]:
    doc = outcome_doc(
        "Rats were divided into PBS and Exo groups. Locomotion was scored with the BBB scale.",
        (SectionKind.RESULTS, "Hind-limb function was assessed with the BBB scale. " + sentence),
    )
    return {r.group: (r.mean, r.stat) for r in extract_outcomes(doc)[0] if r.source == "text"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("At day 28, BBB scores were 11 (IQR 9–12) in the Exo group and 7 (IQR 6–8) in the PBS group.",
         "median"),
        ("At day 28, BBB scores were 11 (IQR 9–12) in the Exo group and 7 (6–8) in the PBS group.", "median"),
        ("At day 28, the median BBB score was 11 (9–12) in the Exo group and 7 (6–8) in the PBS group.",
         "median"),
        ("At day 28, BBB scores were 11 (range 8–13) in the Exo group and 7 (range 5–9) in the PBS group.",
         "median"),
        ("At day 28, the median BBB score was 11 in the Exo group and 7 in the PBS group.", "median"),
        ("At day 28, BBB scores were 11.2 ± 1.3 in the Exo group and 7.1 ± 0.9 in the PBS group.", "mean"),
        (("At day 28, BBB scores were 11.2 (95% CI 10.1–12.3) in the Exo group and 7.1 (95% CI 6.2–8.0) "
          "in the PBS group."), "mean"),
        ("At day 28, the mean BBB score was 11.2 in the Exo group and 7.1 in the PBS group.", "mean"),
        ("At day 28, BBB scores were 11 (9–12) in the Exo group and 7 (6–8) in the PBS group.", "mean"),
    ],
)
def test_a_sentence_gives_the_stat_it_writes(sentence: str, expected: str) -> None:
    stats = _text_stats(sentence)
    assert set(stats) == {"Exo", "PBS"}
    assert {s for _, s in stats.values()} == {expected}
