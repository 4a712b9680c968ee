"""The marble tuning corpus: BBB scores written only in prose and figure legends.

Checks the generated files in ``corpus_samples/marble`` (rebuild with
``.venv/bin/python corpus_samples/marble/generate.py``): gold in the contract's vocabulary,
every quote on its PDF page and in the JATS text, both renderings' gold agreeing, and the
conventions this set exercises (no BBB table rows, medians, one value for every day,
days converted from the papers' own schedules, layout habits drawn on the pages).
"""

from __future__ import annotations

import itertools
import sys

import pymupdf
import pytest

from tests._corpus import SAMPLES, Corpus, normalise

CORPUS = Corpus.named("marble")
pytestmark = pytest.mark.skipif(not (CORPUS.folder / "READY").is_file(), reason="marble corpus not built")

test_renderings = CORPUS.each_stem(lambda stem: CORPUS.check_renderings(at_least=5))
test_small = CORPUS.each_stem(lambda stem: CORPUS.check_small())
test_gold_values = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_pdf_quotes = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_xml_quotes = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_renderings_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats = CORPUS.each_stem(CORPUS.check_jats)
test_declarations = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("name", CORPUS.names)
def test_bbb_is_never_tabulated(name: str) -> None:
    """The emphasis of the set: every score row comes from prose or a legend."""
    rows = CORPUS.gold(name)["outcomes"]
    assert rows and {r["source"] for r in rows} == {"text"}
    assert {r["outcome"] for r in rows} == {"BBB"}


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_every_paper_has_a_main_arm_and_a_vehicle_arm(stem: str) -> None:
    arms = {r["arm"] for r in CORPUS.gold(stem + ".pdf")["outcomes"]}
    assert {"treatment", "control"} <= arms


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_one_row_per_group_and_day(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    keys = [(r["group"], r["day"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_medians_carry_their_stat_and_no_spread() -> None:
    rows = CORPUS.rows_of("wuorinen")
    assert rows and all(r["stat"] == "median" and r["sd"] is None and r["sem"] is None for r in rows)
    by = {(r["group"], r["day"]): r["mean"] for r in rows}
    assert by[("Exo 200 µg", 42.0)] == 11.5 and by[("Vehicle", 42.0)] == 8
    # the dose-named low-dose group is a comparator, and lost one rat before its first score
    low = [r for r in rows if r["group"] == "Exo 50 µg"]
    assert {r["arm"] for r in low} == {"other"} and {r["n"] for r in low} == {7}


def test_days_counted_from_the_first_infusion_become_days_after_injury() -> None:
    # first infusion at 24 h; tests on days 0, 6, 13, 20, 27 after it
    assert CORPUS.fields_of("hamzaoui")["timing_post_injury_h"]["value"] == 24.0
    days = sorted({r["day"] for r in CORPUS.rows_of("hamzaoui")})
    assert days == [1.0, 7.0, 14.0, 21.0, 28.0]


def test_hours_and_weeks_become_days() -> None:
    assert sorted({r["day"] for r in CORPUS.rows_of("whaanga")}) == [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
    assert sorted({r["day"] for r in CORPUS.rows_of("faleolo")}) == [1.0, 7.0, 14.0, 21.0, 28.0, 42.0]


@pytest.mark.parametrize(("prefix", "days"), [("hrabal", 6), ("fridriksdottir", 5)])
def test_a_sham_value_stated_once_stands_for_every_day(prefix: str, days: int) -> None:
    sham = [r for r in CORPUS.rows_of(prefix) if r["arm"] == "sham"]
    assert len(sham) == days
    assert all(r["mean"] == 21 and r["sd"] is None and r["sem"] is None and r["quote"] == "21" for r in sham)


def test_a_sham_group_without_numbers_has_no_rows() -> None:
    assert not [r for r in CORPUS.rows_of("faleolo") if r["arm"] == "sham"]
    assert not [r for r in CORPUS.rows_of("hamzaoui") if r["arm"] == "sham"]


def test_attrition_lowers_n_of_later_scores() -> None:
    g4 = [r for r in CORPUS.rows_of("faleolo") if r["group"] == "G4"]
    assert g4 and {r["n"] for r in g4} == {8}
    assert CORPUS.fields_of("faleolo")["n_per_group"]["value"] == 10


@pytest.mark.parametrize(("prefix", "err"), [("hrabal", "sd"), ("faleolo", "sem"), ("hamzaoui", "sd"),
                                             ("fridriksdottir", "sem"), ("whaanga", "sd")])
def test_sd_or_sem_follows_the_statistics_paragraph(prefix: str, err: str) -> None:
    rows = [r for r in CORPUS.rows_of(prefix) if r["quote"] != "21"]
    other = "sem" if err == "sd" else "sd"
    assert rows and all(r[err] is not None and r[other] is None for r in rows)


def test_legend_values_have_the_legend_page() -> None:
    pages = CORPUS.pdf_pages()
    stem = CORPUS.stem_of("whaanga")
    for r in CORPUS.rows_of("whaanga"):
        text = pages[stem][r["page"] - 1]
        assert "Figure 2. BBB locomotor scores" in text or "Figure 3. (A) BBB scores" in text


@pytest.mark.parametrize(("prefix", "mark"), [("wuorinen", "Accepted manuscript"),
                                              ("fridriksdottir", "has not been peer-reviewed")])
def test_layout_habits_are_drawn_on_every_page(prefix: str, mark: str) -> None:
    with pymupdf.open(CORPUS.pdf(CORPUS.stem_of(prefix))) as doc:
        assert all(mark in normalise(p.get_text()) for p in doc)


def test_manuscript_line_numbers_run_on_across_pages() -> None:
    with pymupdf.open(CORPUS.pdf(CORPUS.stem_of("wuorinen"))) as doc:
        firsts = [min(int(w[4]) for w in p.get_text("words") if w[0] < 30 and w[4].isdigit()) for p in doc]
    assert firsts[0] == 1 and all(b > a for a, b in itertools.pairwise(firsts))


def test_extra_markup_expands_to_text_and_rows() -> None:
    sys.path[:0] = [str(SAMPLES / "external"), str(SAMPLES / "marble")]
    bytecode, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # no __pycache__ in the corpus
    try:
        from mgen.markup import MScores, expand
    finally:
        del sys.path[:2]
        sys.dont_write_bytecode = bytecode
    s = MScores(outcome="BBB", err="sd", groups=[("S", "sham", 5), ("E", "treatment", 5)],
                values={"S": {1.0: (21.0, 0.0), 7.0: (21.0, 0.0)}, "E": {7.0: (4.5, 1.0)}},
                medians={"E": {7.0: (4.0, 3.0, 5.5)}}, median_fmt="{m:g} [{lo:g}–{hi:g}]")
    text, marks = expand("sham {every:S}; E {bare:E@7} or {med:E@7}", s)
    assert text == "sham 21; E 4.5 or 4 [3–5.5]"
    assert [(m.kind, m.group, m.days) for m in marks] == [("every", "S", [1.0, 7.0]), ("bare", "E", [7.0]),
                                                          ("med", "E", [7.0])]
    s.values["S"][7.0] = (20.0, 0.5)
    with pytest.raises(ValueError, match="differ"):
        expand("{every:S}", s)
