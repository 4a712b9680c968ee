"""The flint tuning corpus (corpus_samples/flint): gold is honest and self-consistent.

Every gold value is in the contract vocabulary, every quote is on its stated PDF page and in
the JATS text, both renderings agree, and the table layouts the set exists for (marks glued
to values, split tables, mean and SD in separate columns, bare means in prose) really
produced the gold rows they should.
"""

from __future__ import annotations

import re

import pytest
from _corpus import Corpus, pages_fixture

CORPUS = Corpus.named("flint")
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_in_two_renderings_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (CORPUS.folder / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_uses_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_first_page_says_synthetic(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    assert "Synthetic test document" in pdf_pages[stem][0]


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_first_authors_start_with_k_n_or_t(stem: str) -> None:
    assert CORPUS.fields(stem + ".pdf")["first_author"]["value"][0] in "KNT"


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_each_table_row_quote_is_a_cell_carrying_its_mean(stem: str) -> None:
    for row in CORPUS.gold(stem + ".pdf")["outcomes"]:
        number = re.match(r"\d+\.\d", row["quote"])
        assert number and float(number.group()) == row["mean"], row


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_every_paper_has_sham_control_and_treatment_rows(stem: str) -> None:
    arms = {r["arm"] for r in CORPUS.gold(stem + ".pdf")["outcomes"]}
    assert {"sham", "control", "treatment"} <= arms


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_intro_and_discussion_traps_stay_out_of_the_gold(stem: str) -> None:
    fields = CORPUS.fields(stem + ".pdf")
    size = fields["size_nm"]["value"]
    assert size["value"] is not None and not (size["low"] == 30 and size["high"] == 150)
    dose = fields["dose"]["value"]
    assert dose["unit"] not in ("mg_per_kg",)  # only anaesthetic doses are in mg/kg here
    for q in fields["size_nm"]["evidence"]:
        assert "Introduction" not in q["quote"]


def test_marks_glued_to_values_do_not_reach_the_numbers() -> None:
    rows = CORPUS.rows_of("tekin2019")
    week4 = {r["group"]: r for r in rows if r["day"] == 28 and r["source"] == "table"}
    assert week4["SCI+miR21-Exo"]["quote"] == "9.6 ± 0.6d"
    assert (week4["SCI+miR21-Exo"]["mean"], week4["SCI+miR21-Exo"]["sem"]) == (9.6, 0.6)
    assert week4["SCI+Exo"]["arm"] == "other"


def test_split_table_rows_sit_on_the_continuation_page() -> None:
    rows = [r for r in CORPUS.rows_of("toivanen2023") if r["source"] == "table"]
    early = {r["page"] for r in rows if r["day"] <= 21}
    late = {r["page"] for r in rows if r["day"] >= 28}
    assert len(early) == len(late) == 1 and early != late
    stem = CORPUS.stem_of("toivanen2023")
    assert "Table 2 (continued)" in CORPUS.pdf_pages()[stem][late.pop() - 1]
    assert len(rows) == 3 * 10  # three groups, ten days, mean and SD in separate columns


def test_bare_means_in_prose_carry_no_spread() -> None:
    bare = [r for r in CORPUS.rows_of("toivanen2023") if r["sd"] is None and r["sem"] is None]
    assert {(r["group"], r["day"]) for r in bare} >= {("sEV", 56.0), ("Vehicle", 56.0), ("sEV", 14.0)}
    assert all(r["source"] == "text" for r in bare)


def test_figure_legend_numbers_are_text_rows() -> None:
    stem = CORPUS.stem_of("nordahl2021")
    pages = CORPUS.pdf_pages()[stem]
    legend = [r for r in CORPUS.rows_of("nordahl2021") if r["source"] == "text" and r["day"] == 42
              and "Figure 3" in pages[r["page"] - 1]]
    assert {r["group"] for r in legend} >= {"SCI-EV", "SCI-Veh"}


def test_other_numbers_beside_bbb_are_not_rows() -> None:
    for prefix in ("nyambura2022", "nordahl2021"):
        means = {r["mean"] for r in CORPUS.rows_of(prefix)}
        assert not means & {62.5, 38.0, 46.5, 6.1, 3.2}  # inclined plane angles, BBB subscores

