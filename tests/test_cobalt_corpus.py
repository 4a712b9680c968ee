"""The cobalt tuning corpus (corpus_samples/cobalt): gold is honest, in contract vocabulary, findable.

Six invented studies whose methods state dosing schedule, timing, level, modification,
isolation and group size in many ways; the tests pin the gold each of those phrasings got.
"""

from __future__ import annotations

import pytest
from _corpus import Corpus, pages_fixture

CORPUS = Corpus.named("cobalt")
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_in_both_renderings_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (CORPUS.folder / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize(("author", "doses", "interval_h", "timing_h"), [
    ("cheruiyot", 4, 48, 24.0),     # "Days 1, 3, 5 and 7" only in the design table; "began on the day after injury"
    ("kauppinen", 4, 48, 2.0),      # "every other day, four doses in total", "2 h after compression"
    ("quenneville", 1, None, 0.0),  # "a single injection" "Immediately after contusion"
    ("kurokawa", 8, 84, 168.0),     # "twice weekly ... for 4 weeks", "started on day 7 after injury"
    ("celikkaya", 3, 24, 0.5),      # "three consecutive days", "30 min after injury"
    ("quartey", 1, None, 0.0),      # one hydrogel implant "Immediately after transection"
])
def test_schedules_and_timing_as_written(author: str, doses: int, interval_h: int | None, timing_h: float) -> None:
    for suffix in (".pdf", ".xml"):
        f = CORPUS.fields_of(author, suffix)
        assert f["frequency"]["value"] == {"doses": doses, "interval_h": interval_h}
        assert f["timing_post_injury_h"]["value"] == timing_h


@pytest.mark.parametrize(("author", "level", "not_in_quote"), [
    ("cheruiyot", "T10", "T11"),         # vertebra T10, cord segment T11 named beside it
    ("kauppinen", "T9-T10", "T12"),      # catheter tip at T12-T13, puncture at L5-L6
    ("kurokawa", "T10", None),           # "the tenth thoracic vertebra"
    ("celikkaya", "T9-T10", "L4"),       # lumbar puncture between L4 and L5
    ("quartey", "T10", "T9"),            # laminectomy at T9-T10, transection at T10
])
def test_injury_level_is_the_injured_vertebral_level(author: str, level: str, not_in_quote: str | None) -> None:
    cell = CORPUS.fields_of(author)["injury_level"]
    assert cell["value"] == level
    if not_in_quote:
        assert all(not_in_quote not in e["quote"] for e in cell["evidence"])


def test_modified_arm_is_gold_and_native_arm_is_other() -> None:
    assert CORPUS.fields_of("quenneville")["modification"]["value"] == "miR-21-5p loading"
    arms = {r["group"]: r["arm"] for r in CORPUS.rows_of("quenneville")}
    assert arms["SCI+Exo"] == "other" and arms["SCI+miR-21-Exo"] == "treatment"
    assert {r["group"]: r["arm"] for r in CORPUS.rows_of("kurokawa")}["SCI + N-Exo"] == "other"
    assert "modification" not in CORPUS.fields_of("cheruiyot")  # the paper never says native
    for author in ("kauppinen", "celikkaya"):
        assert CORPUS.fields_of(author)["modification"]["value"] == "none"


def test_group_sizes_after_exclusions_are_per_row_not_per_study() -> None:
    assert CORPUS.fields_of("kauppinen")["n_per_group"]["value"] == 12
    assert {r["n"] for r in CORPUS.rows_of("kauppinen") if r["arm"] != "sham"} == {11}
    assert CORPUS.fields_of("celikkaya")["n_per_group"]["value"] == 15
    assert {r["group"]: r["n"] for r in CORPUS.rows_of("celikkaya")} == {
        "Sham": 15, "SCI + saline": 13, "SCI + hPMSC-EV": 14}


def test_legend_numbers_are_text_rows_and_weeks_become_days() -> None:
    rows = CORPUS.rows_of("quenneville")
    legend = [r for r in rows if r["source"] == "text"]
    assert {r["day"] for r in legend} == {42.0} and len(legend) == 3
    assert {r["day"] for r in CORPUS.rows_of("quartey")} == {7.0, 14.0, 28.0, 42.0, 56.0}


def test_intro_and_discussion_numbers_are_not_gold() -> None:
    for author, trap in (("cheruiyot", 200), ("kauppinen", 1e10), ("quartey", 1e11)):
        assert CORPUS.fields_of(author)["dose"]["value"]["amount"] != trap
    for stem in CORPUS.stems:
        size = CORPUS.fields(stem + ".pdf")["size_nm"]["value"]
        assert size["low"] is None and size["value"] not in (30, 100, 150)
