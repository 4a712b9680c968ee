"""The amber tuning corpus (corpus_samples/amber): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, the two renderings of a study carry the same values, and the
corpus keeps the traps and layouts it was written to exercise.
"""

from __future__ import annotations

import json

import pytest
from _corpus import Corpus

CORPUS = Corpus.named("amber")
STEMS = CORPUS.stems


def test_six_studies_each_in_two_formats_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (CORPUS.folder / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


def test_first_authors_begin_with_g_j_or_s() -> None:
    for stem in STEMS:
        author = CORPUS.fields(stem + ".xml")["first_author"]["value"]
        assert author[0] in "GJS", author
        assert CORPUS.doi(stem).startswith("10.5555/")


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", STEMS)
def test_every_paper_has_bbb_rows_for_treatment_and_control(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    assert {r["outcome"] for r in rows} == {"BBB"}
    assert {r["arm"] for r in rows} >= {"treatment", "control"}
    assert {r["source"] for r in rows} == {"text", "table"}


@pytest.mark.parametrize("stem", STEMS)
def test_the_methods_fields_are_annotated(stem: str) -> None:
    fields = CORPUS.fields(stem + ".pdf")
    for name in ("n_per_group", "frequency", "timing_post_injury_h", "injury_level", "modification",
                 "isolation_method", "dose", "route", "size_nm", "body_weight_g"):
        assert name in fields, name


def test_the_schedules_differ_from_paper_to_paper() -> None:
    schedules = {json.dumps([CORPUS.fields(s + ".pdf")["frequency"]["value"],
                             CORPUS.fields(s + ".pdf")["timing_post_injury_h"]["value"]]) for s in STEMS}
    assert len(schedules) == len(STEMS)
    units = {CORPUS.fields(s + ".pdf")["dose"]["value"]["unit"] for s in STEMS}
    assert units == {"ug", "particles", "ug_per_kg", "cells_equivalent"}


@pytest.mark.parametrize("stem", STEMS)
def test_traps_stay_out_of_the_gold(stem: str) -> None:
    """Textbook sizes, in-vitro concentrations and anaesthetic doses are never evidence."""
    fields = CORPUS.fields(stem + ".pdf")
    quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
    for trap in ("30–150 nm", "40–160 nm", "g/mL", "particles/mL", "ketamine", "methylprednisolone", "mg/kg"):
        assert trap not in quotes, trap
    size = fields["size_nm"]["value"]
    assert size["value"] is not None and (size["low"], size["high"]) == (None, None)


def test_rows_count_animals_left_after_deaths_not_the_planned_group_size() -> None:
    fields = CORPUS.fields_of("ghaffari")
    rows = CORPUS.rows_of("ghaffari")
    assert fields["n_per_group"]["value"] == 15
    assert {r["n"] for r in rows if r["arm"] in ("control", "treatment")} == {13, 14}
    assert {r["n"] for r in CORPUS.rows_of("skovgaard") if r["arm"] == "control"} == {8}


def test_manuscript_layout_puts_legends_and_tables_after_the_references() -> None:
    for prefix in ("skovgaard", "jokinen"):
        g = CORPUS.gold(CORPUS.stem_of(prefix) + ".pdf")
        pages = CORPUS.pdf_pages()[CORPUS.stem_of(prefix)]
        refs_page = next(i for i, p in enumerate(pages, 1) if "REFERENCES" in p)
        table_rows = [r for r in g["outcomes"] if r["source"] == "table"]
        legend_rows = [r for r in g["outcomes"] if "Figure 1" in pages[r["page"] - 1] and r["source"] == "text"
                       and r["page"] > refs_page]
        assert table_rows and all(r["page"] > refs_page for r in table_rows)
        assert legend_rows, "figure-legend scores sit on the legends page"
        design = g["studies"][0]["fields"]["n_per_group"]["evidence"]
        assert all(e["page"] > refs_page for e in design)  # quoted from the design table


def test_modification_of_parent_cells_and_of_vesicles_are_both_labelled() -> None:
    labels = {s.split("_")[0]: CORPUS.fields(s + ".xml")["modification"]["value"] for s in STEMS}
    assert labels["juarez2023"] == "miR-199a-3p overexpression"  # parent cells transduced
    assert labels["jokinen2018"] == "miR-29b loading"  # purified vesicles electroporated
    assert labels["ghaffari2019"] == "melatonin preconditioning"
    assert labels["gulbahar2021"] == labels["skovgaard2020"] == "none"
