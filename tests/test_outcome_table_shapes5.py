"""BBB tables laid out as labs and journals print them, read by new hands at first sight.

Two habits that cost whole tables:

* A table of several measures at one time point: the groups as rows, the measures as columns
  ("Group | n | BBB score | MDA | TNF-α") and the time point only in the caption or footnote
  ("... on postoperative day 28"). Only the score's column gives rows, at the caption's time.
* A table in an appendix or online supplement labelled "Table A1", "TABLE B2", "Table E1": in a
  PDF its caption must be read as one, or the table loses its caption and with it the scale.

Traps stay empty: a caption with several times or none, a time that is the treatment's, not
the assessment's, subscores and other scales as the only score-like column, two score columns,
n columns and P rows, baseline columns. All tables are our own.
"""

from __future__ import annotations

import pymupdf
import pytest
from _outcome_docs import Row, at, table_doc, table_rows

from miner.extract.outcomes import extract_outcomes
from miner.parse import parse_pdf

# --- measures as columns, the time in the caption ------------------------------------------


@pytest.mark.parametrize(
    ("grid", "caption", "note", "expected"),
    [
        pytest.param(
            [
                ["Group", "n", "BBB score", "MDA (nmol/g)", "TNF-α (pg/mg)"],
                ["Sham", "8", "21.0 ± 0.0", "20.9 ± 2.8", "17.2 ± 3.9"],
                ["Vehicle", "8", "7.4 ± 1.5", "55.1 ± 6.0", "90.4 ± 10.2"],
                ["Exosome", "8", "10.6 ± 1.3*", "34.8 ± 5.1*", "49.9 ± 8.7*"],
            ],
            "Table 2. BBB scores, tissue MDA and TNF-α on postoperative day 28 (mean ± SD).",
            "*P < 0.05 vs vehicle.",
            at(28.0, 21.0, 7.4, 10.6),
            id="corpus-like-n-column-caption-postoperative-day",
        ),
        pytest.param(
            [
                ["Group", "BBB", "Lesion volume (mm³)", "GFAP+ area (%)"],
                ["Sham (n = 6)", "21.0 ± 0.0", "0.1 ± 0.1", "3.2 ± 1.0"],
                ["Vehicle (n = 8)", "8.1 ± 1.1", "4.6 ± 0.7", "18.4 ± 2.2"],
                ["Exosome (n = 8)", "11.9 ± 1.4", "2.7 ± 0.5", "10.1 ± 1.9"],
            ],
            "Table 3. Functional and histological outcomes at 4 weeks after injury.",
            "",
            at(28.0, 21.0, 8.1, 11.9),
            id="n-in-label-weeks-in-caption",
        ),
        pytest.param(
            [
                ["Treatment", "Locomotor score (BBB)", "Inclined plane (°)", "Body weight (g)"],
                ["Sham", "21.0 (0.0)", "61 (3)", "312 (14)"],
                ["Vehicle", "6.9 (1.2)", "38 (4)", "281 (16)"],
                ["Exosome", "9.8 (1.0)", "47 (3)", "290 (12)"],
            ],
            "Table 4. Behavioural outcomes.",
            "All measures were taken 42 days after spinal cord injury. Data are mean (SD).",
            at(42.0, 21.0, 6.9, 9.8),
            id="time-in-footnote-mean-in-brackets",
        ),
        pytest.param(
            [
                ["Group", "BBB (0–21)", "MEP amplitude (mV)", "Myelinated axons"],
                ["Sham", "21.0 ± 0.0", "3.10 ± 0.40", "1520 ± 140"],
                ["Vehicle", "8.8 ± 0.9a", "0.92 ± 0.21", "610 ± 95"],
                ["Exosome", "12.2 ± 1.1ab", "1.71 ± 0.30a", "990 ± 120a"],
            ],
            "TABLE 1 Endpoints at 56 dpi",
            "a P < 0.05 vs sham; b P < 0.05 vs vehicle.",
            at(56.0, 21.0, 8.8, 12.2),
            id="dpi-marks-glued-scale-range-in-header",
        ),
        pytest.param(
            [
                ["Group", "BBB score", "", "Lesion area (mm²)", ""],
                ["", "Mean", "SD", "Mean", "SD"],
                ["Sham", "21.0", "0.0", "0.2", "0.1"],
                ["Vehicle", "7.9", "1.3", "3.9", "0.6"],
                ["Exosome", "10.4", "1.2", "2.5", "0.5"],
            ],
            "Table 5. Outcomes at the end of the study (week 6).",
            "",
            at(42.0, 21.0, 7.9, 10.4),
            id="mean-and-sd-columns-under-spanning-measures",
        ),
        pytest.param(
            [
                ["Outcome", "Sham", "Vehicle", "Exosome"],
                ["BBB score", "21.0 ± 0.0", "6.2 ± 1.0", "9.4 ± 1.2"],
                ["Lesion volume (mm³)", "0.1 ± 0.1", "4.6 ± 0.7", "2.7 ± 0.5"],
                ["n", "6", "8", "8"],
            ],
            "Table 2. Outcomes 8 weeks post-injury.",
            "",
            at(56.0, 21.0, 6.2, 9.4),
            id="transposed-measures-as-rows-n-row",
        ),
        pytest.param(
            [
                ["", "Sham", "Vehicle", "Exosome", "P"],
                ["IL-1β (pg/mg)", "12 ± 3", "48 ± 6", "27 ± 5", "<0.01"],
                ["BBB", "21 ± 0", "8 ± 1", "11 ± 1", "<0.01"],
            ],
            "Table 3. Day 14 findings",
            "",
            at(14.0, 21.0, 8.0, 11.0),
            id="transposed-blank-corner-p-column-integers",
        ),
    ],
)
def test_score_column_of_a_measures_table_at_the_captions_time(
    grid: list[list[str]], caption: str, note: str, expected: set[Row]
) -> None:
    assert table_rows(grid, caption, note) == expected


def test_score_column_keeps_its_dispersion_and_n() -> None:
    grid = [
        ["Group", "n", "BBB score", "MDA (nmol/g)"],
        ["Vehicle", "9", "7.4 ± 1.5", "55.1 ± 6.0"],
        ["Exosome", "9", "10.6 ± 1.3", "34.8 ± 5.1"],
    ]
    doc = table_doc((grid, "Table 2. BBB score and MDA at day 28 (mean ± SEM).", ""))
    rows = [r for r in extract_outcomes(doc)[0] if r.source == "table"]
    assert {(r.group, r.sem, r.sd, r.n) for r in rows} == {
        ("Vehicle", 1.5, None, 9),
        ("Exosome", 1.3, None, 9),
    }
    assert all(r.evidence and r.evidence[0].quote.startswith("Table 2") for r in rows)


MEASURES = [
    ["Group", "n", "BBB score", "MDA (nmol/g)"],
    ["Sham", "8", "21.0 ± 0.0", "20.9 ± 2.8"],
    ["Vehicle", "8", "7.4 ± 1.5", "55.1 ± 6.0"],
    ["Exosome", "8", "10.6 ± 1.3", "34.8 ± 5.1"],
]


@pytest.mark.parametrize(
    ("grid", "caption", "note"),
    [
        pytest.param(MEASURES, "Table 2. BBB score and MDA after injury.", "", id="no-time"),
        pytest.param(
            MEASURES, "Table 2. BBB score and MDA on days 7 and 28.", "", id="two-times-listed"
        ),
        pytest.param(MEASURES, "Table 2. BBB score and MDA, days 1–28.", "", id="time-range"),
        pytest.param(
            MEASURES,
            "Table 2. BBB score and MDA in rats treated 3 days after injury.",
            "",
            id="time-of-treatment-not-assessment",
        ),
        pytest.param(
            MEASURES,
            "Table 2. BBB score and MDA at day 28.",
            "Scores at week 2 are given in Table 1.",
            id="caption-and-footnote-disagree",
        ),
        pytest.param(
            [
                ["Group", "BBB subscore", "MDA (nmol/g)"],
                ["Vehicle", "3.1 ± 0.9", "55.1 ± 6.0"],
                ["Exosome", "6.2 ± 1.0", "34.8 ± 5.1"],
            ],
            "Table 2. Outcomes at day 28.",
            "",
            id="subscore-column",
        ),
        pytest.param(
            [
                ["Group", "mNSS", "Inclined plane (°)"],
                ["Vehicle", "9.1 ± 0.9", "38 ± 4"],
                ["Exosome", "6.2 ± 1.0", "47 ± 3"],
            ],
            "Table 2. Neurological outcomes at day 28.",
            "",
            id="other-scales-only",
        ),
        pytest.param(
            [
                ["Group", "BBB left hindlimb", "BBB right hindlimb", "MDA (nmol/g)"],
                ["Vehicle", "7.1 ± 1.5", "7.6 ± 1.4", "55.1 ± 6.0"],
                ["Exosome", "10.2 ± 1.3", "10.9 ± 1.2", "34.8 ± 5.1"],
            ],
            "Table 2. Outcomes at day 28.",
            "",
            id="two-score-columns",
        ),
        pytest.param(
            [
                ["Group", "BBB score", "Lesion area (%)"],
                ["Vehicle", "7.4 ± 1.5", "38.1 ± 6.0"],
                ["Exosome", "24.6 ± 1.3", "21.8 ± 5.1"],
            ],
            "Table 2. Outcomes at day 28.",
            "",
            id="score-column-out-of-the-scale",
        ),
        pytest.param(
            MEASURES,
            "Table 1. Baseline characteristics of the rats at 8 weeks of age.",
            "",
            id="baseline-table-age",
        ),
    ],
)
def test_measures_table_without_one_clear_time_or_score_column_stays_empty(
    grid: list[list[str]], caption: str, note: str
) -> None:
    assert table_rows(grid, caption, note) == set()


def test_transposed_table_takes_n_from_its_n_row() -> None:
    grid = [
        ["Measure", "Vehicle", "Exosome"],
        ["BBB score", "6.2 ± 1.0", "9.4 ± 1.2"],
        ["Number of rats", "7", "8"],
    ]
    doc = table_doc((grid, "Table 2. Outcomes at week 8 (mean ± SD).", ""))
    rows = [r for r in extract_outcomes(doc)[0] if r.source == "table"]
    assert {(r.group, r.day, r.sd, r.n) for r in rows} == {
        ("Vehicle", 56.0, 1.0, 7),
        ("Exosome", 56.0, 1.2, 8),
    }


@pytest.mark.parametrize(
    "grid",
    [
        pytest.param(
            [
                ["Outcome", "Vehicle", "Exosome"],
                ["BBB subscore", "4.1 ± 1.0", "7.2 ± 1.1"],
                ["Lesion volume (mm³)", "4.6 ± 0.7", "2.7 ± 0.5"],
            ],
            id="subscore-row",
        ),
        pytest.param(
            [
                ["Outcome", "Vehicle", "Exosome"],
                ["BBB (pre-injury)", "21.0 ± 0.0", "21.0 ± 0.0"],
                ["Lesion volume (mm³)", "4.6 ± 0.7", "2.7 ± 0.5"],
            ],
            id="baseline-row",
        ),
        pytest.param(
            [
                ["Outcome", "Vehicle", "Exosome"],
                ["BBB open field", "7.1 ± 1.5", "10.2 ± 1.3"],
                ["BBB treadmill", "6.0 ± 1.2", "9.0 ± 1.1"],
            ],
            id="two-score-rows",
        ),
    ],
)
def test_transposed_measures_table_without_one_score_row_stays_empty(
    grid: list[list[str]],
) -> None:
    assert table_rows(grid, "Table 2. Outcomes at day 28.") == set()


def test_baseline_column_beside_the_score_gives_no_row() -> None:
    grid = [
        ["Group", "BBB before injury", "BBB score", "MDA (nmol/g)"],
        ["Vehicle", "21.0 ± 0.0", "7.4 ± 1.5", "55.1 ± 6.0"],
        ["Exosome", "21.0 ± 0.0", "10.6 ± 1.3", "34.8 ± 5.1"],
    ]
    assert table_rows(grid, "Table 2. Outcomes at day 28.") == {
        ("Vehicle", "control", 28.0, 7.4),
        ("Exosome", "treatment", 28.0, 10.6),
    }


def test_n_and_p_rows_of_a_measures_table_give_no_row() -> None:
    grid = [
        *MEASURES,
        ["P value", "", "<0.001", "<0.01"],
        ["Total", "24", "", ""],
    ]
    assert table_rows(grid, "Table 2. BBB score and MDA at 28 days post-injury.") == at(
        28.0, 21.0, 7.4, 10.6
    )


# --- appendix and supplement labels in a PDF ------------------------------------------------

GRID = [
    ["Group", "Week 1", "Week 2", "Week 4"],
    ["Sham", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
    ["Vehicle", "2.2 ± 0.4", "4.6 ± 0.5", "7.1 ± 0.6"],
    ["Exosome", "2.6 ± 0.5", "5.9 ± 0.6", "9.0 ± 0.5a"],
]
X = [60.0, 170.0, 260.0, 350.0]


def _pdf(caption: str, prose: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), prose, fontname="tiro", fontsize=10)
    page.insert_text((60, 130), caption, fontname="helv", fontsize=9)
    for i, row in enumerate(GRID):
        for x, cell in zip(X, row, strict=True):
            page.insert_text((x, 150 + 14 * i), cell, fontname="helv", fontsize=8)
    page.insert_text(
        (60, 150 + 14 * len(GRID) + 6), "a P < 0.05 vs vehicle.", fontname="helv", fontsize=7
    )
    out: bytes = doc.tobytes()
    doc.close()
    return out


@pytest.mark.parametrize(
    ("caption", "label"),
    [
        pytest.param(
            "Table A1. BBB scores of all groups (mean ± SEM).", "Table A1", id="appendix-A1"
        ),
        pytest.param("TABLE B2: BBB locomotor scores by week.", "Table B2", id="upper-case-B2"),
        pytest.param(
            "Table E1 BBB scores (online supplement)", "Table E1", id="supplement-E1-no-stop"
        ),
        pytest.param("Table S3. BBB scores over time.", "Table S3", id="supplementary-S3"),
    ],
)
def test_appendix_table_label_keeps_its_caption_and_rows(caption: str, label: str) -> None:
    doc = parse_pdf(_pdf(caption, "Results were as follows for every group."), name="a.pdf")
    assert [t.label for t in doc.tables] == [label]
    assert doc.tables[0].caption and doc.tables[0].caption.startswith(caption.split()[0])
    rows = {(r.group, r.day, r.mean) for r in extract_outcomes(doc)[0] if r.source == "table"}
    assert ("Vehicle", 28.0, 7.1) in rows and ("Exosome", 28.0, 9.0) in rows
    assert len(rows) == 9


@pytest.mark.parametrize(
    "prose",
    [
        pytest.param("Table A1 lists the primers used for qPCR in this study.", id="a-sentence"),
        pytest.param("Table AB12 of the registry was consulted.", id="not-a-label"),
    ],
)
def test_sentences_starting_with_an_appendix_label_are_not_captions(prose: str) -> None:
    doc = parse_pdf(_pdf("Table 1. BBB scores.", prose), name="a.pdf")
    assert [t.label for t in doc.tables] == ["Table 1"]
