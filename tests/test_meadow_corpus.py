"""The 'meadow' tuning corpus (corpus_samples/meadow): gold is honest and self-consistent.

Six invented studies written in the habits of six labs (two Chinese, Japanese, Korean, Turkish,
Italian). Every gold value is in the contract's vocabulary, every quote is readable on its stated
PDF page and in the JATS text, the two renderings agree, the layout habits are really on the
pages, and the traps (textbook sizes, cited doses, comparator arms, significance markers,
plot-only scores) are handled as the gold conventions say.
"""

from __future__ import annotations

from pathlib import Path

import defusedxml.ElementTree as DET
import pytest
from _corpus import Corpus, normalise, pages_fixture

MEADOW = Path(__file__).resolve().parents[1] / "corpus_samples" / "meadow"
CORPUS = Corpus(MEADOW)
STEMS = CORPUS.stems

pytestmark = pytest.mark.skipif(not STEMS, reason="meadow corpus not generated")

pdf_pages = pages_fixture(CORPUS)


stem_of = CORPUS.stem_of
fields = CORPUS.fields_of
rows = CORPUS.rows_of


def test_every_study_has_both_renderings_gold_and_a_tune_split() -> None:
    CORPUS.check_renderings(split="tune", at_least=5)


def test_the_set_stays_small() -> None:
    CORPUS.check_small()


def test_the_ready_marker_exists() -> None:
    assert (MEADOW / "READY").is_file()


def test_every_first_page_says_the_paper_is_synthetic(pdf_pages: dict[str, list[str]]) -> None:
    for stem in STEMS:
        assert "Synthetic test document" in pdf_pages[stem][0], stem


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)


@pytest.mark.parametrize("stem", STEMS)
def test_jats_structure_and_declarations(stem: str) -> None:
    CORPUS.check_jats(stem)
    CORPUS.check_declarations(stem)


def test_first_authors_begin_with_c_p_or_y() -> None:
    for stem in STEMS:
        author = CORPUS.fields(stem + ".xml")["first_author"]["value"]
        assert author[0] in "CPY", (stem, author)
        assert stem.startswith(author.lower()), stem


@pytest.mark.parametrize("stem", STEMS)
def test_textbook_sizes_and_cited_doses_stay_out_of_gold(stem: str) -> None:
    f = CORPUS.fields(stem + ".pdf")
    size = f["size_nm"]["value"]
    # the introductions' ranges (30-150, 40-160, <200, 50-200, 30-100 nm) are not measurements
    assert (size["low"], size["high"]) not in {(30, 150), (40, 160), (50, 200), (30, 100)}
    for ev in f["size_nm"]["evidence"] + f["dose"]["evidence"]:
        page_text = normalise(CORPUS.pdf_pages()[stem][ev["page"] - 1])
        assert normalise(ev["quote"]) in page_text


def test_marked_table_cells_keep_their_score_and_drop_the_marker() -> None:
    cuan = {(r["group"], r["day"], r["source"]): r for r in rows("cuan")}
    cell = cuan[("SCI + Exo-miR338", 28, "table")]
    assert (cell["mean"], cell["sem"], cell["sd"]) == (11.4, 0.8, None)
    page = CORPUS.pdf_pages()[stem_of("cuan")][cell["page"] - 1]
    assert "11.4 ± 0.8*#" in page  # the marker is on the page, not in the gold value
    civ = {(r["group"], r["day"], r["source"]): r for r in rows("civelek")}
    assert civ[("Group IV (Trauma + Exo)", 28, "table")]["mean"] == 10.1


def test_merged_header_tables_span_their_time_points_in_jats() -> None:
    for prefix, span in (("cuan", "6"), ("civelek", "4")):
        root = DET.parse(CORPUS.xml(stem_of(prefix))).getroot()
        (th,) = [t for t in root.iter("th") if t.get("colspan")]
        assert th.get("colspan") == span


def test_manuscript_pages_carry_line_numbers_and_footers(pdf_pages: dict[str, list[str]]) -> None:
    yoko = pdf_pages[stem_of("yokomizo")]
    assert "ACCEPTED MANUSCRIPT" in yoko[1] and " 51 " in f" {yoko[1]} "
    for prefix in ("pei", "civelek", "pellegrino"):
        for i, page in enumerate(pdf_pages[stem_of(prefix)], 1):
            assert "Downloaded from synthetic-archive.example" in page and f"Page {i}" in page, (prefix, i)


@pytest.mark.parametrize(
    ("prefix", "group", "arm"),
    [
        ("cuan", "SCI + Exo-NC", "other"),  # native exosomes beside the engineered ones
        ("civelek", "Group III (Trauma + MP)", "other"),  # drug comparator
        ("pellegrino", "EV-low", "other"),  # the lower of two doses
        ("pellegrino", "Vehicle", "control"),
        ("yokomizo", "PBS", "control"),
    ],
)
def test_comparator_arms(prefix: str, group: str, arm: str) -> None:
    assert {r["arm"] for r in rows(prefix) if r["group"] == group} == {arm}


def test_a_plot_only_paper_keeps_just_its_legend_numbers() -> None:
    pyo = rows("pyo")
    assert {(r["group"], r["day"], r["source"]) for r in pyo} == {("ADSC-EV", 42, "text"), ("Saline", 42, "text")}
    assert CORPUS.gold(stem_of("pyo") + ".pdf")["studies"][0]["notes"]


@pytest.mark.parametrize(
    ("prefix", "field", "value"),
    [
        ("pei", "timing_post_injury_h", 0.5),
        ("cuan", "frequency", {"doses": 3, "interval_h": 24}),
        ("cuan", "modification", "miR-338-5p overexpression"),
        ("yokomizo", "frequency", {"doses": 3, "interval_h": 168}),
        ("yokomizo", "timing_post_injury_h", 72),
        ("yokomizo", "modification", "none"),
        ("pyo", "dose", {"amount": 100, "unit": "ug_per_kg", "volume_ul": 300, "basis": "protein"}),
        ("pyo", "frequency", {"doses": 2, "interval_h": 48}),
        ("civelek", "size_nm", {"value": None, "low": 40, "high": 130, "stat": None, "method": "TEM"}),
        ("pellegrino", "sex", "both"),
        ("pellegrino", "n_per_group", 6),
    ],
)
def test_methods_values(prefix: str, field: str, value: object) -> None:
    assert fields(prefix)[field]["value"] == value
    assert fields(prefix, ".xml")[field]["value"] == value


def test_modification_is_absent_where_the_paper_is_silent() -> None:
    for prefix in ("pei", "pyo", "civelek", "pellegrino"):
        assert "modification" not in fields(prefix)
