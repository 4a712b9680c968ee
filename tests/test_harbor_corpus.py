"""The harbor held-out corpus (corpus_samples/harbor): gold is honest and self-consistent.

Eleven invented papers, each as PDF and JATS, with gold in the contract's vocabulary. Every
quote must be readable on its stated PDF page and in the JATS text, both renderings must
carry the same gold, and the layout habits the set adds (line-numbered manuscript, three
columns, merged headers, continued and landscape tables) must really be in the PDFs.
"""

from __future__ import annotations

import re

import pymupdf
from _corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("harbor")
pdf_pages = pages_fixture(CORPUS)

FIGURE_ONLY = {"wakabayashi2020_shed_exo_weightdrop_penile"}


def test_at_least_ten_studies_all_listed_as_held_out() -> None:
    CORPUS.check_renderings(split="heldout", at_least=10)
    assert set(CORPUS.split()) == {"heldout"}


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


def test_readme_says_held_out() -> None:
    text = (CORPUS.folder / "README.md").read_text(encoding="utf-8").lower()
    assert "held out" in text and "never tune" in text


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False)
)
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


def test_every_page_one_carries_the_synthetic_notice(pdf_pages: dict[str, list[str]]) -> None:
    for stem, pages in pdf_pages.items():
        assert "Synthetic test document" in pages[0], stem


def test_only_the_figure_only_paper_has_no_rows() -> None:
    for name in CORPUS.names:
        g = CORPUS.gold(name)
        stem = name.rsplit(".", 1)[0]
        if stem in FIGURE_ONLY:
            assert g["outcomes"] == [] and g["studies"][0]["notes"]
        else:
            assert {r["arm"] for r in g["outcomes"]} >= {"treatment", "control"}, name
            assert all(r["source"] in ("text", "table") for r in g["outcomes"])


def test_scales_and_spreads_vary_across_the_set() -> None:
    rows = [r for n in CORPUS.names if n.endswith(".pdf") for r in CORPUS.gold(n)["outcomes"]]
    assert {r["outcome"] for r in rows} == {"BBB", "BMS"}
    assert any(r["sd"] is not None for r in rows) and any(r["sem"] is not None for r in rows)
    assert {r["source"] for r in rows} == {"text", "table"}


def test_numbers_in_a_figure_legend_are_text_rows() -> None:
    g = CORPUS.gold("tarnoczy2022_mensc_ev_mouse_intranasal_bms.pdf")
    legend_days = {r["day"] for r in g["outcomes"] if r["source"] == "text"}
    assert {14.0, 21.0} <= legend_days


def test_coded_and_weekly_time_points_become_days() -> None:
    coded = {
        r["day"]
        for r in CORPUS.gold("gokce2023_wjmsc_exo_hemisection_weekly_tailvein.xml")["outcomes"]
    }
    assert coded == {1.0, 7.0, 14.0, 21.0, 28.0, 42.0}
    weekly = {
        r["day"]
        for r in CORPUS.gold("githinji2022_hucmsc_sipten_exo_lumbar_delayed.xml")["outcomes"]
    }
    assert weekly == {7.0, 14.0, 21.0, 28.0, 35.0, 42.0}
    text = {r["day"] for r in CORPUS.gold("guerrero2021_rbmsc_ev_clip_ip_daily.xml")["outcomes"]}
    assert text == {7.0, 14.0, 28.0, 42.0}


def test_catheter_and_puncture_levels_are_not_injury_levels() -> None:
    for stem, level in (
        ("tveit2022_hypoxic_radsc_exo_ih_intrathecal", "T9"),
        ("githinji2022_hucmsc_sipten_exo_lumbar_delayed", "T10"),
    ):
        assert CORPUS.fields(stem + ".pdf")["injury_level"]["value"] == level


def test_traps_stay_out_of_the_gold() -> None:
    """Textbook sizes, anaesthetic and in-vitro doses, and cited numbers are not evidence."""
    for name in CORPUS.names:
        fields = CORPUS.fields(name)
        for field in ("size_nm", "dose"):
            for ev in fields.get(field, {}).get("evidence", []):
                quote = ev["quote"]
                assert not re.search(r"ketamine|xylazine|pentobarbital|/ml|/mL|reviews", quote), (
                    name,
                    quote,
                )
        size = fields.get("size_nm", {}).get("value")
        if size is not None:
            assert (size["low"], size["high"]) not in (
                (30, 150),
                (40, 160),
                (50, 150),
                (30, 120),
            ), name


def _page_sizes(stem: str) -> list[tuple[float, float]]:
    with pymupdf.open(CORPUS.pdf(stem)) as doc:
        return [(p.rect.width, p.rect.height) for p in doc]


def test_a_table_continues_on_the_next_page_with_its_header(
    pdf_pages: dict[str, list[str]],
) -> None:
    stem = "ferrante2020_radsc_exo_osu_intralesional"
    rows = [r for r in CORPUS.gold(stem + ".pdf")["outcomes"] if r["source"] == "table"]
    first, second = sorted({r["page"] for r in rows})
    assert second == first + 1
    assert "Table 1 (continued)" in pdf_pages[stem][second - 1]
    for page in (first, second):
        assert "Time after injury Sham Vehicle ADSC-exo" in pdf_pages[stem][page - 1]


def test_a_table_sits_on_a_landscape_page() -> None:
    stem = "wendt2018_3d_rbmsc_exo_lewis_everyotherday"
    (page,) = {r["page"] for r in CORPUS.gold(stem + ".pdf")["outcomes"]}
    width, height = _page_sizes(stem)[page - 1]
    assert width > height
    assert all(w < h for i, (w, h) in enumerate(_page_sizes(stem), 1) if i != page)


def test_merged_header_spans_the_day_columns(pdf_pages: dict[str, list[str]]) -> None:
    text = pdf_pages["owusu2023_hpmsc_mir124_exo_mascis_jugular"]
    assert any("Group BBB score Day 1 Day 7 Day 14 Day 21 Day 28" in p for p in text)
    assert any("12.1 ± 1.6*#" in p for p in text)


def test_manuscript_pages_number_their_lines_in_the_margin() -> None:
    for stem in ("guerrero2021_rbmsc_ev_clip_ip_daily", "ferrante2020_radsc_exo_osu_intralesional"):
        with pymupdf.open(CORPUS.pdf(stem)) as doc:
            numbers = [
                int(w[4]) for p in doc for w in p.get_text("words") if w[0] < 60 and w[4].isdigit()
            ]
        assert len(numbers) > 20 and numbers == sorted(numbers) and all(n % 5 == 0 for n in numbers)


def test_three_column_pages_have_three_text_columns() -> None:
    with pymupdf.open(CORPUS.pdf("owusu2023_hpmsc_mir124_exo_mascis_jugular")) as doc:
        lefts = {round(b[0]) for b in doc[0].get_text("blocks") if b[1] > 400}
    assert len({x // 150 for x in lefts}) == 3


def test_quotes_are_normalised_like_the_tests() -> None:
    assert normalise("100 μg  of exo-\nsomes") == "100 µg of exosomes"
