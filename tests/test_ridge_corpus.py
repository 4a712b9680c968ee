"""The ridge tuning corpus (corpus_samples/ridge): BBB scores in results prose.

Gold is in the contract's vocabulary, every quote is on its stated PDF page and in the JATS
text, both renderings agree, and the score sentences the corpus exists for are really there:
medians with IQR, means with a 95% CI, bare means, a second scale, figure legends, and one
paper whose BBB is only plotted.
"""

from __future__ import annotations

import re

import pytest
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("ridge")
pdf_pages = pages_fixture(CORPUS)


def test_six_studies_each_in_two_formats_listed_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (CORPUS.folder / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=True))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("name", CORPUS.names)
def test_each_row_quote_states_its_value_and_spread(name: str) -> None:
    for r in CORPUS.gold(name)["outcomes"]:
        assert re.match(re.escape(f"{r['mean']:g}") + r"(?![0-9])|" + re.escape(f"{r['mean']:.1f}"), r["quote"]), r
        spread = r["sd"] if r["sd"] is not None else r["sem"]
        if spread is not None:
            assert re.search(r"(±|\() ?" + re.escape(f"{spread:.1f}"), r["quote"]), r
        else:  # a bare mean, a median (IQR) or a mean with its 95% CI
            assert "±" not in r["quote"], r


def test_medians_are_marked_and_carry_no_spread() -> None:
    rows = CORPUS.rows_of("mbatha")
    assert rows and all(r.get("stat") == "median" and r["sd"] is None and r["sem"] is None for r in rows)
    assert all("IQR" in r["quote"] for r in rows)


def test_bbb_and_bms_sit_side_by_side_in_one_paper() -> None:
    rows = CORPUS.rows_of("sultanova")
    assert {r["outcome"] for r in rows} == {"BBB", "BMS"}
    assert all(r["mean"] <= 9 for r in rows if r["outcome"] == "BMS")
    ci = [r for r in rows if "95% CI" in r["quote"]]
    assert len(ci) == 2 and all(r["sd"] is None and r["sem"] is None for r in ci)


def test_a_paper_with_bbb_only_in_a_plot_has_a_note_and_no_rows() -> None:
    for suffix in (".pdf", ".xml"):
        g = CORPUS.gold(CORPUS.stem_of("tuiasosopo") + suffix)
        assert g["outcomes"] == [] and any("plot" in n for n in g["studies"][0]["notes"])


def test_numbers_in_a_figure_legend_are_text_rows() -> None:
    rows = CORPUS.rows_of("quimbaya")
    legend = [r for r in rows if r["day"] == 56 and r["source"] == "text" and r["group"] in ("Exo", "miR-124-Exo")]
    assert len(legend) >= 4  # abstract + legend
    assert {r["arm"] for r in rows if r["group"] == "Exo"} == {"other"}


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_traps_are_not_rows(stem: str, pdf_pages: dict[str, list[str]]) -> None:
    """Scores from other studies in the discussion and scale thresholds are not gold."""
    text = " ".join(pdf_pages[stem])
    for r in CORPUS.gold(stem + ".pdf")["outcomes"]:
        assert r["outcome"] in ("BBB", "BMS") and r["day"] > 0
    trap_values = {"12.5 ± 1.1", "10.8 ± 1.2", "10.4 ± 0.9", "11.8 ± 1.0", "9.6 ± 1.1"}
    quotes = {normalise(r["quote"]) for r in CORPUS.gold(stem + ".pdf")["outcomes"]}
    assert not quotes & trap_values
    assert any(t in text for t in trap_values) or stem.startswith(("mbatha",))


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_text_rows_sit_in_results_abstract_or_legends(stem: str) -> None:
    """Every row quote occurs in the JATS abstract, results section or a caption."""
    import defusedxml.ElementTree as DET

    root = DET.parse(CORPUS.xml(stem)).getroot()
    parts = [root.find("front/article-meta/abstract")]
    parts += [s for s in root.findall("body/sec") if s.get("sec-type") == "results"]
    hay = normalise(" ".join("".join(p.itertext()) for p in parts if p is not None))
    for r in CORPUS.gold(stem + ".xml")["outcomes"]:
        assert normalise(r["quote"]) in hay, r
