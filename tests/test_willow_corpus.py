"""The willow tuning corpus (corpus_samples/willow): gold is honest and self-consistent.

Willow's papers report BBB the way small journals do: codes defined once in the methods,
BBB beside other measures in one table, spreads in their own column, marks glued to the
numbers, two experiments in one paper, weeks written W1 / 1 wk / 7 dpi. These tests pin the
gold conventions those habits need, besides the checks every generated corpus runs.
"""

from __future__ import annotations

import pytest
from _corpus import Corpus

CORPUS = Corpus.named("willow")


def test_six_studies_in_two_renderings_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (CORPUS.folder / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_uses_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("name", CORPUS.names)
def test_every_paper_has_treatment_and_control_rows(name: str) -> None:
    arms = {r["arm"] for r in CORPUS.gold(name)["outcomes"]}
    assert {"treatment", "control"} <= arms


def test_every_document_has_a_synthetic_notice_on_page_one() -> None:
    for stem, pages in CORPUS.pdf_pages().items():
        assert "Synthetic test document" in pages[0], stem


def _rows(prefix: str, **match: object) -> list[dict]:
    return [r for r in CORPUS.rows_of(prefix) if all(r[k] == v for k, v in match.items())]


def test_pre_injury_baseline_column_gives_no_rows_but_day_one_does() -> None:
    # wawrzyniak prints a "Pre" column (before surgery); yildirim's "Baseline (1 dpi)" is after injury.
    assert min(r["day"] for r in CORPUS.rows_of("wawrzyniak")) == 1.0
    assert {r["group"] for r in _rows("yildirim", day=1.0, source="table")} == {"G1", "G2", "G3"}


@pytest.mark.parametrize(("prefix", "days"), [
    ("wawrzyniak", {1.0, 7.0, 14.0, 28.0, 42.0}),    # D1, W1, W2, W4, W6
    ("yildirim", {1.0, 7.0, 14.0, 21.0, 28.0}),      # "7 dpi" rows
    ("valdivia", {7.0, 21.0, 42.0}),                 # "1 wk" ... "6 wk" header spans
    ("vo", {1.0, 7.0, 14.0, 28.0}),                  # D1 ... D28
    ("wambui", {7.0, 14.0, 28.0}),                   # "7 dpi" in a parameter-block table
    ("yoshikawa", {1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0}),  # "1 d" ... "35 d" down the side
])
def test_table_days_are_days_after_injury(prefix: str, days: set[float]) -> None:
    assert {r["day"] for r in _rows(prefix, source="table")} == days


def test_two_experiments_keep_their_own_pbs_rows() -> None:
    pbs_w6 = _rows("wawrzyniak", group="PBS", day=42.0)
    # week-6 PBS of experiment 1 (n = 8) is in the table, abstract and results; experiment 2's (n = 6) in text
    assert {(r["n"], r["mean"], r["source"]) for r in pbs_w6} == {(8, 6.5, "table"), (8, 6.5, "text"), (6, 6.2, "text")}
    assert {r["arm"] for r in _rows("wawrzyniak", day=42.0, n=6)} == {"control", "treatment", "other"}


def test_mean_and_sd_in_separate_columns_make_one_row_per_cell_pair() -> None:
    table = _rows("valdivia", source="table")
    assert len(table) == 3 * 3  # PBS, FBEV, ADEV x 1/3/6 wk; the SD column adds no rows
    adev6 = next(r for r in table if r["group"] == "ADEV" and r["day"] == 42.0)
    assert (adev6["mean"], adev6["sd"], adev6["quote"]) == (10.9, 1.4, "10.9")


def test_four_weeks_after_surgery_in_text_is_day_28() -> None:
    assert {r["group"] for r in _rows("valdivia", day=28.0)} == {"ADEV", "FBEV", "PBS"}
    assert all(r["source"] == "text" for r in _rows("valdivia", day=28.0))


def test_bbb_beside_other_measures_only_bbb_becomes_rows() -> None:
    # Table 1 of wambui holds BBB, von Frey and body weight; only the three BBB lines are rows.
    table = _rows("wambui", source="table")
    assert len(table) == 3 * 3 and all(r["mean"] <= 21 for r in table)
    # vo's Table 2 repeats day-28 BBB beside the subscore: one more row per group.
    assert len(_rows("vo", day=28.0, source="table")) == 2 * 5


def test_figure_legend_numbers_are_text_rows() -> None:
    legend = _rows("wambui", day=21.0)
    assert {(r["group"], r["source"]) for r in legend} == {("SCI+PBS", "text"), ("SCI+WJ-Exo", "text")}


@pytest.mark.parametrize(("prefix", "controls", "negative_controls"), [
    ("valdivia", {"PBS"}, {"FBEV"}),           # fibroblast vesicles beside PBS
    ("vo", {"PBS"}, {"scr-Exo"}),              # scrambled-sequence vesicles
    ("yoshikawa", {"PBS"}, {"EV-Exo"}),        # empty-vector vesicles
    ("yildirim", {"G2"}, set()),               # EV-depleted medium, printed as a code
])
def test_vehicle_is_the_control_and_negative_control_vesicles_are_other(
    prefix: str, controls: set[str], negative_controls: set[str]
) -> None:
    # The project's convention (as in quill, atlas and orbit): vesicles from a negative-control
    # source or construct are an active comparator, arm "other"; the vehicle is the control.
    rows = CORPUS.rows_of(prefix)
    assert {r["group"] for r in rows if r["arm"] == "control"} == controls
    assert negative_controls <= {r["group"] for r in rows if r["arm"] == "other"}


def test_glued_marks_stay_in_the_quote_but_not_in_the_value() -> None:
    g3 = next(r for r in _rows("yildirim", group="G3", day=28.0, source="table"))
    assert (g3["mean"], g3["sem"], g3["quote"]) == (12.4, 0.6, "12.4±0.6")
    assert "12.4±0.6*#" in " ".join(CORPUS.pdf_pages()[CORPUS.stem_of("yildirim")])


@pytest.mark.parametrize(("prefix", "field", "value"), [
    ("wawrzyniak", "timing_post_injury_h", 1.0),
    ("wawrzyniak", "n_per_group", 8),
    ("yildirim", "frequency", {"doses": 3, "interval_h": 24}),
    ("valdivia", "frequency", {"doses": 2, "interval_h": 72}),
    ("wambui", "frequency", {"doses": 3, "interval_h": 72}),
    ("yoshikawa", "timing_post_injury_h", 168.0),
    ("yoshikawa", "frequency", {"doses": 4, "interval_h": 168}),
    ("vo", "modification", "miR-338-5p overexpression"),
    ("yoshikawa", "modification", "GDNF overexpression"),
])
def test_methods_fields(prefix: str, field: str, value: object) -> None:
    for suffix in (".pdf", ".xml"):
        assert CORPUS.fields_of(prefix, suffix)[field]["value"] == value


@pytest.mark.parametrize("prefix", ["yildirim", "wambui"])
def test_modification_absent_where_the_paper_is_silent(prefix: str) -> None:
    assert "modification" not in CORPUS.fields_of(prefix)


def test_introduction_sizes_and_discussion_doses_are_not_gold() -> None:
    for stem in CORPUS.stems:
        fields = CORPUS.fields(stem + ".pdf")
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        assert "30–150" not in quotes and "200 µg" not in quotes and "mg/kg [" not in quotes
