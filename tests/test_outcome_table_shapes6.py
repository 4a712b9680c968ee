"""BBB tables of a third wave of new hands, read at first sight.

Three habits that cost rows:

* A title spanning the whole header ("Treatment group", "BBB score (mean ± SEM)") above the
  row of the time corner and the group names: the groups are on the second row, and a table
  continued on the next page repeats both rows.
* Cells that give a median with its interquartile range ("5 [IQR 4–6.5]") or a mean with its
  95% confidence interval ("9.9 (95% CI 9.0–10.8)"): the centre is the value, the bounds are
  neither an SD nor an SEM, and a range the value lies outside of is no cell at all.
* A spanning time title run into the first time column's cell by the PDF reader ("Days after
  SCI 1 d | 7 d | 14 d").

Traps stay empty: baseline rows, n and P rows, subscore titles, CI bounds alone, percentages,
a dose that is no time. All tables are our own.
"""

from __future__ import annotations

import pytest
from _outcome_docs import PLAIN_METHODS, Row, at, outcome_doc, table_outcomes, table_rows

from miner.extract._outcome_cells import parse_cell
from miner.extract.outcomes import extract_outcomes
from miner.parse.model import Table

Full = tuple[str, str, float, float, float | None, float | None]  # + sd, sem


def full_rows(grid: list[list[str]], caption: str) -> set[Full]:
    return {(r.group, r.arm, r.day, r.mean, r.sd, r.sem) for r in table_outcomes(grid, caption)}


# --- a title spanning the header over the time corner and the groups ------------------------


@pytest.mark.parametrize(
    ("grid", "caption", "expected"),
    [
        pytest.param(
            [
                ["", "Treatment group", "", ""],
                ["Day", "Sham", "Vehicle", "Exosome"],
                ["1", "21.0 ± 0.0", "0.4 ± 0.5", "0.6 ± 0.6"],
                ["14", "21.0 ± 0.0", "5.2 ± 1.4", "7.9 ± 1.5a"],
                ["", "(continued on next page)", "", ""],
            ],
            "Table 2. BBB scores by day after injury (mean ± SD, n = 12 per group).",
            at(1.0, 21.0, 0.4, 0.6) | at(14.0, 21.0, 5.2, 7.9),
            id="corpus-like-treatment-group-over-day",
        ),
        pytest.param(
            [
                ["", "BBB score (mean ± SEM)", "", ""],
                ["Week", "Sham", "Vehicle", "Exosome"],
                ["1", "21.0 ± 0.0", "2.1 ± 0.4", "2.6 ± 0.5"],
                ["4", "21.0 ± 0.0", "6.2 ± 0.6", "8.9 ± 0.7*"],
            ],
            "Table 1. Weekly locomotor scores.",
            at(7.0, 21.0, 2.1, 2.6) | at(28.0, 21.0, 6.2, 8.9),
            id="score-title-over-week",
        ),
        pytest.param(
            [
                ["", "Experimental groups", "", ""],
                ["Time point", "Sham", "Vehicle", "Exosome"],
                ["Day 3", "20.5 (0.5)", "1.9 (0.8)", "2.4 (0.9)"],
                ["Day 28", "21.0 (0.0)", "8.0 (1.2)", "11.3 (1.1)"],
            ],
            "Table 3. BBB open-field scores.",
            at(3.0, 20.5, 1.9, 2.4) | at(28.0, 21.0, 8.0, 11.3),
            id="groups-title-over-time-point-day-labels",
        ),
        pytest.param(
            [
                ["", "Group (n = 10 each)", "", ""],
                ["Days post-injury", "Sham", "Vehicle", "Exosome"],
                ["Pre-injury", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"],
                ["7", "21.0 ± 0.0", "3.3 ± 0.9", "4.1 ± 1.0"],
                ["n", "10", "9", "10"],
                ["P value", "", "", "0.04"],
            ],
            "Table 2. BBB scores.",
            at(7.0, 21.0, 3.3, 4.1),
            id="baseline-n-and-p-rows-give-nothing",
        ),
    ],
)
def test_title_over_the_time_corner_and_groups(
    grid: list[list[str]], caption: str, expected: set[Row]
) -> None:
    assert table_rows(grid, caption) == expected


def test_title_over_the_header_says_sem() -> None:
    grid = [
        ["", "BBB score (mean ± SEM)", "", ""],
        ["Week", "Sham", "Vehicle", "Exosome"],
        ["2", "21.0 ± 0.0", "4.0 ± 0.5", "4.9 ± 0.6"],
    ]
    got = full_rows(grid, "Table 1. Weekly locomotor scores.")
    assert ("Vehicle", "control", 14.0, 4.0, None, 0.5) in got
    assert all(sd is None for *_, sd, _sem in got)


def test_subscore_title_gives_no_rows() -> None:
    grid = [
        ["", "BBB subscore (mean ± SD)", "", ""],
        ["Day", "Sham", "Vehicle", "Exosome"],
        ["28", "13.0 ± 0.0", "2.2 ± 1.0", "4.4 ± 1.2"],
    ]
    assert table_rows(grid, "Table 4. Subscores of forelimb-hindlimb coordination.") == set()


@pytest.mark.parametrize("repeated", [True, False], ids=["header-repeated", "header-not-repeated"])
def test_table_continued_on_the_next_page(repeated: bool) -> None:
    head = [["", "Treatment group", "", ""], ["Day", "Sham", "Vehicle", "Exosome"]]
    first = [*head, ["7", "21.0 ± 0.0", "2.9 ± 1.1", "4.6 ± 1.2"], ["", "(continued)", "", ""]]
    rest = [*(head if repeated else []), ["28", "21.0 ± 0.0", "7.1 ± 1.7", "10.9 ± 1.8a,b"]]
    doc = outcome_doc(
        PLAIN_METHODS,
        tables=(
            Table(
                rows=first,
                page=2,
                caption="Table 2. BBB scores by day (mean ± SD).",
                label="Table 2",
            ),
            Table(rows=rest, page=3, caption="Table 2 (continued)", label="Table 2"),
        ),
        pdf_pages=3,
    )
    got = {(r.group, r.arm, r.day, r.mean) for r in extract_outcomes(doc)[0] if r.source == "table"}
    assert got == at(7.0, 21.0, 2.9, 4.6) | at(28.0, 21.0, 7.1, 10.9)


# --- medians with their IQR, means with their 95% CI ----------------------------------------


@pytest.mark.parametrize(
    ("cell", "centre"),
    [
        pytest.param("5 [IQR 4–6.5]", 5.0, id="corpus-like-iqr-in-square-brackets"),
        pytest.param("5 (IQR 4–6.5)", 5.0, id="iqr-in-parentheses"),
        pytest.param("5 (IQR: 4-6.5)ᵃ", 5.0, id="iqr-colon-superscript-mark"),
        pytest.param("5 (interquartile range 4 to 6.5)", 5.0, id="iqr-spelled-out"),
        pytest.param("0,5 [IQR 0–1]", 0.5, id="iqr-decimal-comma"),
        pytest.param("9.9 (9.0–10.8)", 9.9, id="corpus-like-ci-bare"),
        pytest.param("9.9 (95% CI 9.0–10.8)", 9.9, id="ci-named"),
        pytest.param("9.9 [95% CI: 9.0, 10.8]*", 9.9, id="ci-colon-comma-mark"),
        pytest.param("9.9 (95% CI, 9.0 to 10.8)", 9.9, id="ci-comma-to"),
    ],
)
def test_interval_cells_give_the_centre_and_no_dispersion(cell: str, centre: float) -> None:
    assert parse_cell(cell) == (centre, None)


@pytest.mark.parametrize(
    "cell",
    [
        pytest.param("(9.0–10.8)", id="ci-bounds-alone"),
        pytest.param("9.0–10.8", id="range-alone"),
        pytest.param("12 (IQR 4–6.5)", id="centre-outside-its-iqr"),
        pytest.param("45%", id="percentage"),
        pytest.param("12 (75%)", id="count-and-percentage"),
        pytest.param("5 (n 4–6)", id="not-a-range-name"),
    ],
)
def test_cells_that_are_no_score_value(cell: str) -> None:
    assert parse_cell(cell) is None


@pytest.mark.parametrize(
    ("grid", "caption"),
    [
        pytest.param(
            [
                ["", "Days after injury", "", ""],
                ["Group", "n", "Day 1", "Day 14"],
                ["Vehicle", "9", "0.5 [IQR 0–1]", "5 [IQR 4–6.5]"],
                ["Exosome", "10", "1 [IQR 0.5–1.5]", "9 [IQR 8–10]a"],
            ],
            "Table 1. BBB scores, median [IQR].",
            id="corpus-like-median-iqr-days-as-columns",
        ),
        pytest.param(
            [
                ["Time after injury", "Vehicle", "Exosome"],
                ["Day 1", "0.5 (95% CI 0.1–0.9)", "1 (95% CI 0.6–1.4)"],
                ["Day 14", "5 (4.1–5.9)", "9 (8.2–9.8)"],
            ],
            "Table 2. Estimated BBB scores, mean (95% CI), from the mixed model.",
            id="ci-days-as-rows",
        ),
    ],
)
def test_interval_tables_give_no_sd_or_sem(grid: list[list[str]], caption: str) -> None:
    got = full_rows(grid, caption)
    assert {(g, d, m) for g, _a, d, m, _sd, _sem in got} == {
        ("Vehicle", 1.0, 0.5),
        ("Vehicle", 14.0, 5.0),
        ("Exosome", 1.0, 1.0),
        ("Exosome", 14.0, 9.0),
    }
    assert all(sd is None and sem is None for *_, sd, sem in got)


# --- a time title run into the first time column's header cell ----------------------------


@pytest.mark.parametrize(
    ("header", "days"),
    [
        pytest.param(
            ["Group", "Days after SCI 1 d", "7 d", "14 d"],
            (1.0, 7.0, 14.0),
            id="corpus-like-days-after-sci-1-d",
        ),
        pytest.param(
            ["Group", "Weeks post-injury 1", "2", "4"],
            (7.0, 14.0, 28.0),
            id="weeks-title-bare-numbers",
        ),
        pytest.param(
            ["Group", "Time (days) 3", "7", "21"], (3.0, 7.0, 21.0), id="time-days-in-brackets"
        ),
        pytest.param(
            ["Group", "Days post-injury D1", "D7", "D14"], (1.0, 7.0, 14.0), id="d-prefixed-days"
        ),
    ],
)
def test_time_title_run_into_the_first_time_cell(
    header: list[str], days: tuple[float, ...]
) -> None:
    grid = [
        header,
        ["Sham", "21.0 (0.0)", "21.0 (0.0)", "21.0 (0.0)"],
        ["Vehicle", "0.3 (0.2)", "3.1 (0.5)", "5.9 (0.6)"],
        ["Exosome", "0.4 (0.2)", "3.6 (0.5)", "7.0 (0.6) *"],
    ]
    d1, d2, d3 = days
    expected = at(d1, 21.0, 0.3, 0.4) | at(d2, 21.0, 3.1, 3.6) | at(d3, 21.0, 5.9, 7.0)
    assert (
        table_rows(grid, "Table 1. BBB locomotor scores after contusion, mean (SEM).") == expected
    )


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(["Group", "Dose 10", "Day 7", "Day 14"], id="a-dose-is-no-time"),
        pytest.param(["Group", "Baseline 0", "Day 7", "Day 14"], id="baseline-column"),
        pytest.param(["Group", "Days after SCI 28 d", "7 d", "14 d"], id="time-out-of-order"),
    ],
)
def test_first_cell_that_is_no_titled_time_gives_no_column(header: list[str]) -> None:
    grid = [
        header,
        ["Sham", "21.0 (0.0)", "21.0 (0.0)", "21.0 (0.0)"],
        ["Vehicle", "0.3 (0.2)", "3.1 (0.5)", "5.9 (0.6)"],
        ["Exosome", "0.4 (0.2)", "3.6 (0.5)", "7.0 (0.6) *"],
    ]
    got = table_rows(grid, "Table 1. BBB locomotor scores after contusion, mean (SEM).")
    assert got == at(7.0, 21.0, 3.1, 3.6) | at(14.0, 21.0, 5.9, 7.0)


# --- a table whose widest cells run into the gutter of a two-column page -------------------

_PROSE = (
    "Rats were housed in pairs with free access to food and water under a twelve hour cycle "
    "and were handled daily for one week before surgery so that they were calm in the field."
)


def _two_column_pdf(cells: list[list[str]], gutter: tuple[float, float], size: float) -> bytes:
    """A two-column page: prose in both columns, and a table in the left one whose last
    column's widest cells end inside the gutter."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    left, right = (50.0, gutter[0]), (gutter[1], 562.0)
    words = _PROSE.split()

    def prose(x0: float, x1: float, y: float, lines: int) -> float:
        k = 0
        for _ in range(lines):
            # Justified-looking lines: words until the next would pass the column's edge.
            text = ""
            while True:
                nxt = f"{text} {words[k % len(words)]}".strip()
                if pymupdf.get_text_length(nxt, fontname="helv", fontsize=9) > x1 - x0:
                    break
                text, k = nxt, k + 1
            page.insert_text((x0, y), text, fontsize=9, fontname="helv")
            y += 12
        return y

    y = prose(*left, 60, 14)
    y = prose(*right, 60, 56) and y
    page.insert_text(
        (left[0], y + 10),
        "Table 2. Estimated BBB scores by week, mean (95% CI).",
        fontsize=size,
        fontname="helv",
    )
    y += 28
    widest = max(pymupdf.get_text_length(r[-1], fontname="helv", fontsize=size) for r in cells)
    # The last column starts in the column and its widest cell ends just short of the next
    # column's text, past the middle of the gutter.
    xs = [left[0] + 6, left[0] + 80, left[0] + 150, right[0] - 2.5 - widest]
    for r in cells:
        for x, c in zip(xs, r, strict=True):
            page.insert_text((x, y), c, fontsize=size, fontname="helv")
        y += size + 4.6
    prose(*left, y + 14, 18)
    return doc.tobytes()


@pytest.mark.parametrize(
    ("gutter", "size"),
    [
        pytest.param((289.0, 322.0), 8.0, id="corpus-like-wide-gutter"),
        pytest.param((282.0, 318.0), 8.0, id="narrower-column"),
        pytest.param((292.0, 330.0), 7.5, id="smaller-type-wider-gutter"),
    ],
)
def test_cells_running_into_the_gutter_stay_in_their_table(
    gutter: tuple[float, float], size: float
) -> None:
    from miner.parse import parse_pdf

    cells = [
        ["Time after injury", "Sham", "Vehicle", "Exosome"],
        ["Week 1", "20.8 (20.5-21.0)", "2.4 (1.6-3.2)", "3.1 (2.3-3.9)"],
        ["Week 4", "20.8 (20.5-21.0)", "7.1 (6.2-8.0)", "9.9 (9.0-10.8)"],
        ["Week 6", "20.8 (20.5-21.0)", "7.8 (6.9-8.7)", "10.9 (10.1-11.7)"],
    ]
    doc = parse_pdf(_two_column_pdf(cells, gutter, size), name="t.pdf")
    (table,) = [t for t in doc.tables if t.label == "Table 2"]
    last = [r[-1] for r in table.rows[1:]]
    assert last == ["3.1 (2.3-3.9)", "9.9 (9.0-10.8)", "10.9 (10.1-11.7)"]
