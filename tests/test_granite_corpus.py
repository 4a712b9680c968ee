"""The granite tuning corpus (corpus_samples/granite): gold is honest and self-consistent.

Each paper reports BBB scores in a construction that departs from "mean ± SD at day N per
named group"; these tests pin down that the gold follows the project's conventions for them
(medians, CIs, study-day offsets, baselines, subscores) and that every quote is findable.
"""

from __future__ import annotations

import pytest
from _corpus import SAMPLES, Corpus, pages_fixture

CORPUS = Corpus.named("granite")
STEMS = CORPUS.stems
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_in_two_renderings_all_listed_for_tuning() -> None:
    assert len(STEMS) == 6
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (CORPUS.folder / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


def test_first_authors_and_stems_are_new() -> None:
    others = {p.stem for p in SAMPLES.glob("*/*.xml") if p.parent.name != "granite"}
    others |= {p.stem for p in SAMPLES.glob("*.pdf")}
    for stem in STEMS:
        assert stem[0] in "bdp" and stem not in others


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=True)
)
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("name", CORPUS.names)
def test_every_paper_gives_bbb_numbers_in_a_table_and_in_text(name: str) -> None:
    rows = CORPUS.gold(name)["outcomes"]
    assert {r["source"] for r in rows} == {"table", "text"}
    assert all(r["outcome"] == "BBB" and r["day"] > 0 for r in rows)


@pytest.mark.parametrize("name", CORPUS.names)
def test_a_median_row_carries_stat_and_no_sd_or_sem(name: str) -> None:
    for r in CORPUS.gold(name)["outcomes"]:
        if r.get("stat") == "median":
            assert r["sd"] is None and r["sem"] is None
        else:
            assert "stat" not in r


@pytest.mark.parametrize(("prefix", "stat", "spread"), [
    ("bakhtiari", "median", None),
    ("ploumidis", "median", None),
    ("bwalya", "mean", None),  # 95% CI: neither SD nor SEM
    ("dzhaksybekova", "mean", "sem"),
    ("delahunty", "mean", "sem"),
    ("pohjola", "mean", "sd"),
])
def test_each_paper_states_its_own_statistic(prefix: str, stat: str, spread: str | None) -> None:
    for r in CORPUS.rows_of(prefix):
        assert r.get("stat", "mean") == stat
        assert [k for k in ("sd", "sem") if r[k] is not None] == ([spread] if spread else [])


def test_study_day_counted_from_one_is_converted_to_days_after_injury() -> None:
    rows = CORPUS.rows_of("pohjola")
    days = sorted({r["day"] for r in rows if r["source"] == "table"})
    assert days == [1.0, 7.0, 14.0, 21.0, 28.0]  # printed as study days 2, 8, 15, 22, 29
    (ev,) = [r for r in rows if r["group"] == "EVs" and r["day"] == 28 and r["source"] == "table"]
    assert ev["mean"] == 11.6 and ev["sd"] == 1.9 and ev["quote"] == "11,6"
    assert not [r for r in rows if r["mean"] == 21.0 and r["group"] != "Sham"]  # baseline: no row


def test_time_counted_from_the_injection_is_converted_with_the_schedule() -> None:
    rows = CORPUS.rows_of("bwalya")
    g4 = [r for r in rows if r["group"] == "G4" and r["source"] == "text"]
    assert [r["day"] for r in g4] == [35.0]  # "four weeks after the injection" on POD 7
    assert not [r for r in rows if r["mean"] in (6.2, 1.9)]  # subscores are not BBB rows


def test_dose_named_groups_keep_the_prespecified_arm() -> None:
    arms = {r["group"]: r["arm"] for r in CORPUS.rows_of("dzhaksybekova")}
    assert arms == {"Sham": "sham", "Vehicle": "control", "10 µg": "other", "50 µg": "other",
                    "100 µg": "treatment"}
    assert CORPUS.fields_of("dzhaksybekova")["dose"]["value"]["amount"] == 100


@pytest.mark.parametrize("prefix", ["bakhtiari", "delahunty", "bwalya"])
def test_coded_groups_map_to_arms(prefix: str) -> None:
    arms = {r["arm"] for r in CORPUS.rows_of(prefix)}
    assert arms == {"sham", "control", "treatment", "other"}


def test_hours_are_converted_to_days() -> None:
    text = [r for r in CORPUS.rows_of("ploumidis") if r["source"] == "text"]
    assert {r["day"] for r in text} >= {1.0, 3.0}


@pytest.mark.parametrize("stem", STEMS)
def test_introduction_and_discussion_traps_are_not_gold(stem: str) -> None:
    fields = CORPUS.fields(stem + ".pdf")
    size = fields["size_nm"]["value"]
    assert size["value"] is not None and size["low"] is None and size["high"] is None
    assert fields["dose"]["value"]["amount"] not in (200, 400, 1e11)
