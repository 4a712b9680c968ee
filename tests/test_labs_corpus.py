"""The labs tuning corpus (corpus_samples/labs): gold is honest and self-consistent.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, and both renderings of a study carry the same values and rows.
"""

from __future__ import annotations

import json
from pathlib import Path

from _corpus import (
    Corpus,
    pages_fixture,
)

LABS = Path(__file__).resolve().parents[1] / "corpus_samples" / "labs"
CORPUS = Corpus(LABS)
STEMS = CORPUS.stems

gold = CORPUS.gold


pdf_pages = pages_fixture(CORPUS)


def test_every_study_is_rendered_twice_with_gold_and_listed_for_tuning() -> None:
    assert len(STEMS) >= 4
    split = json.loads((LABS / "split.json").read_text(encoding="utf-8"))
    assert sorted(split["tune"]) == sorted(f"{s}{x}" for s in STEMS for x in (".pdf", ".xml"))
    for stem in STEMS:
        assert (LABS / f"{stem}.pdf").is_file()
        assert stem[0] in "ghijk", stem  # first authors G-K: stems stay apart from other corpora
        for suffix in (".pdf", ".xml"):
            g = gold(stem + suffix)
            assert [s["document"] for s in g["studies"]] == [stem + suffix]
            assert all(r["document"] == stem + suffix for r in g["outcomes"])


def test_stems_do_not_collide_with_other_corpora() -> None:
    others = {p.stem for p in LABS.parent.rglob("*.pdf") if p.parent != LABS}
    assert not others & set(STEMS)


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


test_gold_uses_the_contract_vocabulary = CORPUS.each_name(lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_stated_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)


def test_outcome_rows_cover_treatment_and_control_unless_figure_only() -> None:
    for stem in STEMS:
        g = gold(stem + ".pdf")
        if g["studies"][0].get("notes"):
            assert g["outcomes"] == []
        else:
            assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}, stem


def test_comma_decimals_are_gold_as_numbers() -> None:
    rows = gold("hartung2020_hucmsc_ev_clip_lumbarpuncture.pdf")["outcomes"]
    assert any(r["quote"] == "9,8 ± 0,7" and r["mean"] == 9.8 and r["sem"] == 0.7 and r["day"] == 42 for r in rows)


def test_schedule_stated_only_in_the_group_table_is_gold_from_that_table() -> None:
    fields = gold("hartung2020_hucmsc_ev_clip_lumbarpuncture.xml")["studies"][0]["fields"]
    assert fields["frequency"]["value"] == {"doses": 3, "interval_h": 48}
    assert fields["timing_post_injury_h"]["value"] == 24
    assert [e["quote"] for e in fields["frequency"]["evidence"]] == ["days 1, 3 and 5 post-injury"]


def test_lumbar_puncture_and_laminectomy_levels_are_not_the_injury_level() -> None:
    for stem in STEMS:
        level = gold(stem + ".xml")["studies"][0]["fields"].get("injury_level", {}).get("value")
        assert level is None or not level.startswith("L") or "lumbar" in stem
    assert gold("hartung2020_hucmsc_ev_clip_lumbarpuncture.xml")["studies"][0]["fields"]["injury_level"]["value"] == "T10"


def test_introduction_and_discussion_numbers_stay_out_of_the_gold() -> None:
    for stem in STEMS:
        fields = gold(stem + ".pdf")["studies"][0]["fields"]
        quotes = " ".join(e["quote"] for c in fields.values() for e in c["evidence"])
        assert "30–150 nm" not in quotes and "30 and 150 nm" not in quotes
        size = fields.get("size_nm", {}).get("value")
        assert size is None or (size.get("low"), size.get("high")) != (30, 150)
