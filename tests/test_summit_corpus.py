"""The summit held-out corpus (corpus_samples/summit): gold is honest and self-consistent.

Twelve invented papers (Mexico, Russia, Lithuania, Iran, Japan, South Africa, Pakistan,
Korea, Vietnam, Colombia, Italy, Türkiye), each as a PDF and a JATS file. Every gold value is in the contract's
vocabulary, every quote is on its stated PDF page and in the JATS text, both renderings carry
the same gold, and the layout habits this corpus adds (accepted-manuscript line numbers, a
score table breaking over a page, a landscape table page with a merged header, a journal
footer on every page, footnote markers on cells) are really in the PDFs. The set is held
out: these tests check the gold, never miner's output on it.
"""

from __future__ import annotations

import re

import defusedxml.ElementTree as DET
import pymupdf
import pytest
from _corpus import Corpus, normalise

CORPUS = Corpus.named("summit")
STEMS = CORPUS.stems
FIGURE_ONLY = "vandermerwe2023_hpmsc_ev_hemisection_penile"
MANUSCRIPT = "yazdanpanah2021_rbmsc_exo_mir455_clip_tailvein"
BREAKING = "vaitkus2022_hadsc_sev_spheroid_ih_lumbar"
LANDSCAPE = "zaidi2021_radsc_exo_fibrin_transection"
FOOTER = "vuong2020_hmensc_exo_mascis_weekly_mgkg"


def test_twelve_studies_each_a_pdf_and_jats_pair_all_held_out() -> None:
    assert len(STEMS) == 12
    CORPUS.check_renderings(split="heldout", at_least=12)
    assert set(CORPUS.split()) == {"heldout"}


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


def test_readme_says_the_set_is_held_out() -> None:
    text = (CORPUS.folder / "README.md").read_text(encoding="utf-8").casefold()
    assert "held out" in text and "never tune" in text


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_stated_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", STEMS)
def test_every_first_page_carries_the_synthetic_notice(stem: str) -> None:
    assert "synthetic test document" in CORPUS.pdf_pages()[stem][0].casefold()
    assert CORPUS.doi(stem).startswith("10.5555/")


@pytest.mark.parametrize("stem", [s for s in STEMS if s != FIGURE_ONLY])
def test_scores_written_as_numbers_have_one_treatment_arm_and_a_control(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    assert rows
    arms = {r["group"]: r["arm"] for r in rows}
    assert list(arms.values()).count("treatment") == 1 and "control" in arms.values()
    assert len({r["outcome"] for r in rows}) == 1


def test_a_plot_only_paper_has_no_score_rows_but_a_note() -> None:
    for suffix in (".pdf", ".xml"):
        g = CORPUS.gold(FIGURE_ONLY + suffix)
        assert g["outcomes"] == []
        assert any("plot" in n for n in g["studies"][0]["notes"])


def test_the_mouse_paper_scores_bms_not_bbb() -> None:
    rows = CORPUS.gold("yeom2022_hwjmsc_exo_curcumin_intranasal_mouse.pdf")["outcomes"]
    assert {r["outcome"] for r in rows} == {"BMS"} and max(r["mean"] for r in rows) <= 9


def test_sources_cover_text_and_table_rows_and_figure_legends_count_as_text() -> None:
    sources = {r["source"] for s in STEMS for r in CORPUS.gold(s + ".pdf")["outcomes"]}
    assert sources == {"text", "table"}
    legend = [r for r in CORPUS.gold(MANUSCRIPT + ".pdf")["outcomes"] if r["day"] == 21]
    assert legend and {r["source"] for r in legend} == {"text"}


def test_both_orientations_and_both_spreads_occur() -> None:
    errs = {("sd" if r["sd"] is not None else "sem") for s in STEMS for r in CORPUS.gold(s + ".pdf")["outcomes"]}
    assert errs == {"sd", "sem"}


@pytest.mark.parametrize(("stem", "field", "value"), [
    ("quintanilla2021_hucmsc_exo_nyu_tailvein_a1", "timing_post_injury_h", 0.5),
    ("quintanilla2021_hucmsc_exo_nyu_tailvein_a1", "size_nm",
     {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"}),
    ("ustinova2020_rbmsc_exo_allen_ip_daily", "frequency", {"doses": 7, "interval_h": 24}),
    ("ustinova2020_rbmsc_exo_allen_ip_daily", "injury_level", "T9-T10"),
    ("ustinova2020_rbmsc_exo_allen_ip_daily", "dose",
     {"amount": 200, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"}),
    (BREAKING, "injury_level", "T8"),  # the lumbar puncture level is not the injury level
    (BREAKING, "n_per_group", 9),  # not the 40 operated nor the 36 randomised
    (BREAKING, "frequency", {"doses": 3, "interval_h": 48}),
    (MANUSCRIPT, "modification", "miR-455-3p overexpression"),
    (MANUSCRIPT, "timing_post_injury_h", 0),
    ("uchida2019_hdpsc_exo_mascis_intralesional", "size_nm",
     {"value": None, "low": 40, "high": 120, "stat": None, "method": "TEM"}),
    (FIGURE_ONLY, "frequency", {"doses": 2, "interval_h": 168}),
    (LANDSCAPE, "route", "implanted_biomaterial"),
    ("yeom2022_hwjmsc_exo_curcumin_intranasal_mouse", "species", "mouse"),
    (FOOTER, "dose", {"amount": 1, "unit": "mg_per_kg", "volume_ul": None, "basis": "protein"}),
    (FOOTER, "frequency", {"doses": 4, "interval_h": 168}),
    ("zapata2023_rbmsc_ev_sipten_ischemia_intrathecal", "injury_model", "ischemia_reperfusion"),
    ("quaglia2019_hbmsc_exo_native_forceps_iv", "modification", "none"),  # the text says native
    ("quaglia2019_hbmsc_exo_native_forceps_iv", "sex", "both"),
    ("quaglia2019_hbmsc_exo_native_forceps_iv", "frequency", {"doses": 5, "interval_h": 48}),
    ("yucelen2024_hucmsc_exo_hypoxic_weightdrop_femoral", "strain", "Wistar"),
    ("yucelen2024_hucmsc_exo_hypoxic_weightdrop_femoral", "modification", "hypoxic preconditioning"),
])
def test_methods_traps_have_the_intended_gold(stem: str, field: str, value: object) -> None:
    for suffix in (".pdf", ".xml"):
        assert CORPUS.fields(stem + suffix)[field]["value"] == value


def test_fields_a_paper_does_not_state_stay_absent() -> None:
    # native vesicles not called native; no vertebral level for aortic-balloon ischaemia; no blinding
    assert "modification" not in CORPUS.fields("quintanilla2021_hucmsc_exo_nyu_tailvein_a1.pdf")
    assert "injury_level" not in CORPUS.fields("zapata2023_rbmsc_ev_sipten_ischemia_intrathecal.pdf")
    assert "reported_blinded_assessment" not in CORPUS.fields(FOOTER + ".pdf")


@pytest.mark.parametrize("stem", STEMS)
def test_size_quotes_are_never_from_the_introduction_range(stem: str) -> None:
    cell = CORPUS.fields(stem + ".pdf").get("size_nm")
    if cell is not None:
        assert all("150" not in e["quote"] for e in cell["evidence"])


# ---- layout habits ---------------------------------------------------------------------------

def _page_texts(stem: str) -> list[str]:
    with pymupdf.open(CORPUS.pdf(stem)) as doc:
        return [p.get_text() for p in doc]


def test_accepted_manuscript_has_running_line_numbers_on_every_page() -> None:
    pages = _page_texts(MANUSCRIPT)
    last = 0
    for text in pages:
        assert "Accepted manuscript" in text
        numbers = [int(x) for x in re.findall(r"^(\d+)$", text, flags=re.MULTILINE)]
        run = [n for n in numbers if n > last]
        assert run[:3] == [last + 1, last + 2, last + 3]
        last = max(run)


def test_a_long_table_breaks_over_a_page_with_its_header_repeated() -> None:
    rows = [r for r in CORPUS.gold(BREAKING + ".pdf")["outcomes"] if r["source"] == "table"]
    pages = sorted({r["page"] for r in rows})
    assert len(pages) == 2
    texts = _page_texts(BREAKING)
    second = texts[pages[1] - 1]
    assert "Table 1 (continued)" in second and "Time point" in second and "Time point" in texts[pages[0] - 1]
    early = {r["day"] for r in rows if r["page"] == pages[0]}
    late = {r["day"] for r in rows if r["page"] == pages[1]}
    assert max(early) < min(late)


def test_the_wide_table_sits_alone_on_a_landscape_page_under_a_merged_header() -> None:
    rows = [r for r in CORPUS.gold(LANDSCAPE + ".pdf")["outcomes"] if r["source"] == "table"]
    (page,) = {r["page"] for r in rows}
    with pymupdf.open(CORPUS.pdf(LANDSCAPE)) as doc:
        rect = doc[page - 1].rect
        assert rect.width > rect.height
        assert all(p.rect.width < p.rect.height for i, p in enumerate(doc) if i != page - 1)
        text = doc[page - 1].get_text()
    assert text.count("BBB score (days after transection)") == 1
    root = DET.parse(CORPUS.xml(LANDSCAPE)).getroot()
    assert root.find(".//thead/tr/th[@colspan='8']") is not None


@pytest.mark.parametrize("stem", [LANDSCAPE, FOOTER])
def test_marked_cells_keep_their_footnote_markers_in_both_renderings(stem: str) -> None:
    pdf_text = normalise(" ".join(_page_texts(stem)))
    xml = CORPUS.xml(stem).read_text(encoding="utf-8")
    marked = re.findall(r"<td>([0-9.]+ ± [0-9.]+)<sup>([a-z*]+)</sup></td>", xml)
    assert len(marked) >= 3
    for cell, mark in marked:
        assert cell + mark in pdf_text


def test_the_journal_footer_is_printed_on_every_page() -> None:
    doi = CORPUS.doi(FOOTER)
    for text in _page_texts(FOOTER):
        assert f"doi:{doi}" in text and "VIETNAM JOURNAL OF BIOMEDICAL RESEARCH" in text


def test_t_coded_time_points_are_days_in_the_gold() -> None:
    rows = [r for r in CORPUS.gold(FOOTER + ".pdf")["outcomes"] if r["source"] == "table"]
    assert sorted({r["day"] for r in rows}) == [1, 7, 14, 28, 42]
