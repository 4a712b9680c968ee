"""The grid corpus (corpus_samples/grid): BBB tables in many journal shapes, with honest gold.

Every gold value is in the contract's vocabulary, every quote is readable on its stated PDF
page and in the JATS text, both renderings agree, and every table score row points at a
number that is really printed in a table of that page.
"""

from __future__ import annotations

import pytest
from _corpus import Corpus, normalise

GRID = Corpus.named("grid")
STEMS = GRID.stems
gold = GRID.gold


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    GRID.check_renderings(split="tune")


def test_the_set_stays_small() -> None:
    GRID.check_small()


test_gold_values_use_the_contract_vocabulary = GRID.each_name(lambda n: GRID.check_gold_values(n, bare_means=False))
test_every_pdf_quote_is_on_its_page = GRID.each_stem(GRID.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = GRID.each_stem(GRID.check_xml_quotes)
test_pdf_and_xml_gold_agree = GRID.each_stem(GRID.check_renderings_agree)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_structure_and_declarations(stem: str) -> None:
    GRID.check_jats(stem)
    GRID.check_declarations(stem)


@pytest.mark.parametrize("stem", STEMS)
def test_table_rows_are_numbers_printed_in_a_jats_table(stem: str) -> None:
    """A table row's quote is the text of one table cell (marks aside) and carries its mean."""
    import defusedxml.ElementTree as DET

    root = DET.parse(GRID.xml(stem)).getroot()
    cells = {normalise("".join(td.itertext())) for td in root.iter("td")}
    rows = [r for r in gold(stem + ".xml")["outcomes"] if r["source"] == "table"]
    assert rows, stem
    for r in rows:
        quote = r["quote"]
        assert any(c == quote or c.startswith(quote) and not c[len(quote)].isdigit() for c in cells), quote
        assert float(quote.split()[0].split("±")[0].replace(",", ".")) == r["mean"], quote


@pytest.mark.parametrize("stem", STEMS)
def test_arms_and_days_are_plausible(stem: str) -> None:
    g = gold(stem + ".pdf")
    arms = {r["arm"] for r in g["outcomes"]}
    assert {"treatment", "control"} <= arms, stem
    # one row per (group, day, source, page): the same printed number is never counted twice
    keys = [(r["group"], r["day"], r["source"], r["page"], r["quote"]) for r in g["outcomes"]]
    assert len(keys) == len(set(keys))


def test_comma_decimals_are_read_as_points() -> None:
    rows = gold("pereira2020_hypoxic_rbmsc_exo_comma_decimals.pdf")["outcomes"]
    last = [r for r in rows if r["group"] == "Hypo-Exo" and r["day"] == 56.0 and r["source"] == "table"]
    assert [(r["quote"], r["mean"], r["sem"]) for r in last] == [("11,9 ± 0,8", 11.9, 0.8)]


def test_weeks_become_days_and_attrition_lowers_n() -> None:
    pereira = {r["day"] for r in gold("pereira2020_hypoxic_rbmsc_exo_comma_decimals.xml")["outcomes"]}
    assert pereira == {7.0, 14.0, 28.0, 42.0, 56.0}
    ortega = gold("ortegavillalba2022_hadsc_exo_coded_groups_long_table.xml")["outcomes"]
    g2 = {r["day"]: r["n"] for r in ortega if r["group"] == "G2" and r["source"] == "table"}
    assert g2 == {1.0: 9, 7.0: 9, 14.0: 8, 28.0: 7}


def test_pre_injury_baselines_and_other_studies_numbers_are_not_gold() -> None:
    for stem in STEMS:
        g = gold(stem + ".pdf")
        assert all(r["day"] > 0 for r in g["outcomes"])
        quotes = " ".join(e["quote"] for c in g["studies"][0]["fields"].values() for e in c["evidence"])
        assert "30–150 nm" not in quotes and "µg/mL" not in quotes
