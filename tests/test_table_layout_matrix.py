"""The table layout matrix: one known BBB table, in many layouts, must give exactly its rows.

Each case draws the same results table (3-4 groups, 5 time points, known means, spreads
and n; see ``_table_matrix``) in one layout, as a PDF (reportlab) or as JATS XML, runs
the real parser and outcome readers on it, and requires exactly the known rows
(outcome, group, arm, day, mean, sd, sem, n), and nothing else: no baseline row, no
subscore read as BBB, no row lost at a page break, no value from a merged cell.

The axes are crossed in a covering set rather than a full product: orientation; time
headers (days, weeks, "D7", "7 dpi", "Week 1", bare numbers under a spanning title, or with
the unit only in the methods' list of days);
unit in the caption or a spanning header; dispersion in one cell, in adjacent columns or
named only in the footnote; n in the caption, the label or its own column; gutters from
20 pt down to 2 pt; rules; wrapped labels; significance marks; baseline; a second scale;
page breaks; landscape and sideways pages; decimal commas.
"""

from __future__ import annotations

import warnings

import pytest
from _table_matrix import Layout, expected, jats_bytes, pdf_bytes

from miner.extract._outcome_notes import group_size_for_all
from miner.extract.outcomes import extract_outcomes
from miner.parse import parse_jats, parse_pdf
from miner.parse._cells import _value_run

L = Layout

PDF_CASES: list[Layout] = [
    L(),
    L(orient="cols"),
    L(time="bare"),
    L(time="D", rules="grid"),
    L(time="dpi", rules="none"),
    L(time="week"),
    L(time="weekbare", orient="cols"),
    L(unit="span", orient="cols", time="dpi"),
    L(unit="span", time="bare", groups=4),
    L(disp="paren", time="D"),
    L(disp="adjacent"),
    L(disp="adjacent", orient="cols", rules="grid"),
    L(disp="footsem", orient="cols"),
    L(disp="footsem", n="caption"),
    L(n="label", groups=4),
    L(n="label", orient="cols"),
    L(n="column"),
    L(n="column", orient="cols", time="week"),
    L(gutter=20.0, rules="none"),
    L(gutter=4.0, rules="none"),
    L(gutter=3.0),
    L(gutter=3.0, rules="none", time="dpi"),
    L(gutter=2.0, orient="cols"),
    L(gutter=2.0, orient="cols", disp="adjacent"),
    L(gutter=3.0, disp="adjacent", rules="none"),
    L(gutter=2.5, time="bare", unit="span", rules="none"),
    L(time="listed"),
    L(time="listed", unit="span", n="column", rules="none"),
    L(time="listed", orient="cols", disp="adjacent"),
    L(gutter=3.0, marks="letter"),
    L(wrap=True),
    L(wrap=True, valign="middle", rules="grid"),
    L(wrap=True, n="label", rules="none"),
    L(wrap=True, orient="cols", groups=4),
    L(wrap=True, valign="middle", rules="none", second="bms", n="label"),
    L(marks="star"),
    L(marks="super"),
    L(baseline=True),
    L(baseline=True, orient="cols", time="dpi"),
    L(second="bms"),
    L(second="bms", orient="cols"),
    L(second="subscore"),
    L(second="subscore", orient="cols", time="week"),
    L(split="repeat", orient="cols"),
    L(split="bare", orient="cols"),
    L(split="cont", orient="cols"),
    L(split="repeat", groups=4),
    L(split="bare", second="bms"),
    L(split="cont", second="bms", groups=4),
    L(page="landscape", groups=4, disp="adjacent"),
    L(page="sideways"),
    L(page="sideways", orient="cols", unit="span"),
    L(comma=True),
    L(comma=True, orient="cols", gutter=3.0),
]

XML_CASES: list[Layout] = [
    L(),
    L(orient="cols"),
    L(time="weekbare", orient="cols"),
    L(unit="span", time="bare", groups=4),
    L(unit="span", orient="cols", time="D"),
    L(disp="adjacent", orient="cols"),
    L(disp="adjacent", time="bare", n="column"),
    L(disp="footsem", n="label"),
    L(n="column", orient="cols"),
    L(marks="super", disp="paren"),
    L(baseline=True, time="bare"),
    L(second="bms", time="dpi"),
    L(second="subscore", orient="cols"),
    L(wrap=True, comma=True),
    L(n="caption", orient="cols"),
    L(time="listed", n="column"),
    L(time="listed", unit="span", n="column", disp="adjacent"),
]

# Layouts miner does not read yet: id -> why (strict, so a fix shows up).
KNOWN: dict[str, str] = {}


def _rows(doc) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {(r.outcome, r.group, r.arm, r.day, r.mean, r.sd, r.sem, r.n) for r in extract_outcomes(doc)[0]}


def _params(cases: list[Layout], fmt: str) -> list:  # type: ignore[type-arg]
    out = []
    for lay in cases:
        key = f"{fmt}:{lay.id}"
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[key])] if key in KNOWN else []
        out.append(pytest.param(lay, marks=marks, id=lay.id))
    return out


@pytest.mark.parametrize("lay", _params(PDF_CASES, "pdf"))
def test_pdf_table_layout_gives_exactly_the_known_rows(lay: Layout) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = parse_pdf(pdf_bytes(lay), name="matrix.pdf")
    assert _rows(doc) == expected(lay)


@pytest.mark.parametrize("lay", _params(XML_CASES, "xml"))
def test_jats_table_layout_gives_exactly_the_known_rows(lay: Layout) -> None:
    doc = parse_jats(jats_bytes(lay), name="matrix.xml")
    assert _rows(doc) == expected(lay)


def test_the_matrix_covers_every_axis() -> None:
    """Every value of every axis is drawn at least once (so the matrix stays a covering set)."""
    seen: dict[str, set] = {}
    for lay in PDF_CASES + XML_CASES:
        for k, v in vars(lay).items():
            seen.setdefault(k, set()).add(v)
    assert seen["time"] == {"day", "bare", "D", "dpi", "week", "weekbare", "listed"}
    assert seen["disp"] == {"pm", "paren", "adjacent", "footsem"}
    assert seen["n"] == {"none", "caption", "label", "column"}
    assert seen["rules"] == {"grid", "three", "none"}
    assert seen["marks"] == {"", "star", "letter", "super"}
    assert seen["second"] == {"", "bms", "subscore"}
    assert seen["split"] == {"", "repeat", "bare", "cont"}
    assert seen["page"] == {"portrait", "landscape", "sideways"}
    assert min(seen["gutter"]) <= 2.0 and max(seen["gutter"]) >= 20.0


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("19.8 ± 0.9 20.4 ± 0.6", ["19.8 ± 0.9", "20.4 ± 0.6"]),
        ("19.8±0.9 20.4±0.6 21.0±0.0", ["19.8±0.9", "20.4±0.6", "21.0±0.0"]),
        ("6.1±1.0a 9.4±1.2a", ["6.1±1.0a", "9.4±1.2a"]),
        ("9.4 ± 1.2* 11.8 ± 1.4*", ["9.4 ± 1.2*", "11.8 ± 1.4*"]),
        ("20,4 ± 0,6 1,6 ± 0,7", ["20,4 ± 0,6", "1,6 ± 0,7"]),
        ("3.9 (1.1) 6.1 (1.0)", ["3.9 (1.1)", "6.1 (1.0)"]),
        ("3.1 0.4", ["3.1", "0.4"]),
        ("8 9 7", ["8", "9", "7"]),
        ("1 3 7 14 28", ["1", "3", "7", "14", "28"]),
        # One cell, or not values alone: left whole.
        ("19.8 ± 0.9", []),
        ("5 (4 6)", []),
        ("5 [4–6.5]", []),
        ("7 d 14 d", []),
        ("Day 7 20.9 ± 0.3", []),
        ("12.3 (95% CI 10.1–14.2)", []),
        ("SCI + PBS SCI + Exo", []),
    ],
)
def test_cells_run_together_by_the_pdf_writer_are_told_apart(text: str, cells: list[str]) -> None:
    assert [text[a:b] for a, b in _value_run(text)] == cells


@pytest.mark.parametrize(
    ("caption", "n"),
    [
        ("BBB scores (mean ± SD, n = 8 per group).", 8),
        ("BBB scores; n = 10 rats/group.", 10),
        ("BBB scores (n = 6 in each group).", 6),
        ("Open-field scores (n = 12 each).", 12),
        ("BBB scores (n = 9 animals per group).", 9),
        # Not one size for every group.
        ("BBB scores (n = 8 sham, n = 10 SCI).", None),
        ("BBB scores; n = 8 per group for sham, n = 10 per group for SCI.", None),
        ("BBB scores of 8 rats.", None),
        ("BBB scores at 8 weeks per group.", None),
    ],
)
def test_one_group_size_stated_for_every_group(caption: str, n: int | None) -> None:
    assert group_size_for_all(caption) == n
