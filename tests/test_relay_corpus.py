"""The relay tuning corpus: scores written in words, gold in contract vocabulary, quotes on their pages."""

from __future__ import annotations

import pytest

from tests._corpus import Corpus, normalise

RELAY = Corpus.named("relay")
STEMS = RELAY.stems
gold = RELAY.gold


def test_split_lists_every_document_for_tuning() -> None:
    RELAY.check_renderings(split="tune", at_least=6)
    assert (RELAY.folder / "READY").exists()


def test_corpus_stays_small() -> None:
    RELAY.check_small()


@pytest.mark.parametrize("name", RELAY.names)
def test_gold_is_in_contract_vocabulary(name: str) -> None:
    # Some papers write a mean without its spread ("averaged 11.8"): those rows have neither SD nor SEM.
    RELAY.check_gold_values(name, bare_means=True)
    g = gold(name)
    assert g["studies"][0]["fields"]["doi"]["value"].startswith("10.5555/")
    assert g["studies"][0]["fields"]["first_author"]["value"][0] in "AENS"


test_every_pdf_quote_is_on_its_page = RELAY.each_stem(RELAY.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = RELAY.each_stem(RELAY.check_xml_quotes)
test_jats_is_europe_pmc_shaped = RELAY.each_stem(RELAY.check_jats)
test_pdf_and_xml_gold_agree = RELAY.each_stem(RELAY.check_renderings_agree)
test_declarations_are_reported_items = RELAY.each_stem(RELAY.check_declarations)


@pytest.fixture(scope="module")
def pdf_pages() -> dict[str, list[str]]:
    return RELAY.pdf_pages()


def rows(stem: str) -> list[dict]:
    return gold(stem + ".pdf")["outcomes"]


@pytest.mark.parametrize("stem", STEMS)
def test_most_scores_are_written_in_words(stem: str) -> None:
    """The corpus's emphasis: every paper has text rows, and text rows outnumber table rows overall."""
    sources = [r["source"] for r in rows(stem)]
    assert "text" in sources and "figure" not in sources
    assert {r["arm"] for r in rows(stem)} >= {"control", "treatment"}


def test_text_rows_outnumber_table_rows() -> None:
    all_rows = [r for s in STEMS for r in rows(s)]
    assert sum(r["source"] == "text" for r in all_rows) > sum(r["source"] == "table" for r in all_rows)
    with_table = [s for s in STEMS if any(r["source"] == "table" for r in rows(s))]
    assert len(with_table) <= len(STEMS) // 2  # most papers have no score table at all


@pytest.mark.parametrize(
    ("stem", "group", "day", "quote", "mean", "spread"),
    [
        ("sang2021_hucmsc_exo_nyu_words_legend", "SCI+Exo", 28.0, "12.35 ± 1.21", 12.35, ("sd", 1.21)),
        ("sang2021_hucmsc_exo_nyu_words_legend", "SCI", 21.0, "6.95 ± 0.88", 6.95, ("sd", 0.88)),  # legend
        ("esfahani2020_rbmsc_exo_exocib_ip_ordinal_weeks", "Exosome", 14.0, "7.2±0.5", 7.2, ("sem", 0.5)),
        ("nascimento2019_hadsc_ev_ih_lumbar_commas_manuscript", "SCI-EV", 28.0, "10,6 ± 0,7", 10.6, ("sem", 0.7)),
        ("ahn2022_hpmsc_sev_mascis_femoral_tcodes", "SCI/sEV", 28.0, "10.8 ± 0.7", 10.8, ("sem", 0.7)),  # T4
        ("nowak2018_rbmsc_exo_mir29b_weekly_jugular", "Exo", 28.0, "9.4 (1.4)", 9.4, ("sd", 1.4)),
        ("nowak2018_rbmsc_exo_mir29b_weekly_jugular", "SCI", 35.0, "7.1", 7.1, None),  # abstract, bare
        ("saez2022_hypoxic_hucmsc_ev_hemisection_respectively", "Nx-EV", 28.0, "8.9 ± 0.8", 8.9, ("sem", 0.8)),
        ("ellison2020_hbmsc_exo_ih_tailvein_bare_means", "EXO", 14.0, "7.7", 7.7, None),
        ("elsayed2023_wjmsc_exo_clip_groups_roman_manuscript", "Group IV", 14.0, "7.1 ± 1.2", 7.1, ("sd", 1.2)),
    ],
)
def test_scores_in_words_become_text_rows(stem, group, day, quote, mean, spread) -> None:
    hits = [r for r in rows(stem) if r["source"] == "text" and r["group"] == group and r["day"] == day
            and r["quote"] == quote]
    assert hits, (group, day, quote)
    row = hits[0]
    assert row["mean"] == mean
    if spread is None:
        assert row["sd"] is None and row["sem"] is None
    else:
        assert row[spread[0]] == spread[1] and row["sem" if spread[0] == "sd" else "sd"] is None


def test_arms_follow_the_papers_not_the_labels() -> None:
    arms = {r["group"]: r["arm"] for r in rows("elsayed2023_wjmsc_exo_clip_groups_roman_manuscript")}
    assert arms == {"Group II": "control", "Group III": "treatment", "Group IV": "other", "Group I": "sham"}
    arms = {r["group"]: r["arm"] for r in rows("nowak2018_rbmsc_exo_mir29b_weekly_jugular")}
    assert arms == {"SCI": "control", "Exo": "other", "Exo-miR-29b": "treatment"}  # native beside modified


def test_traps_are_not_gold() -> None:
    """Intro sizes, cited scores, subscores, other scales, baselines and in-vitro doses stay out."""
    sang = gold("sang2021_hucmsc_exo_nyu_words_legend.pdf")
    assert sang["studies"][0]["fields"]["size_nm"]["value"]["value"] == 106.4  # not 128 nm cited in the intro
    assert {10.5, 9.8, 21.0}.isdisjoint(r["mean"] for r in sang["outcomes"])
    ahn = rows("ahn2022_hpmsc_sev_mascis_femoral_tcodes")
    assert {3.1, 7.4, 9.6, 11.9}.isdisjoint(r["mean"] for r in ahn)  # subscores, cited scores
    assert {r["day"] for r in ahn} == {14.0, 28.0, 42.0}  # T3, T4, T5 decoded
    esf = gold("esfahani2020_rbmsc_exo_exocib_ip_ordinal_weeks.pdf")
    assert esf["studies"][0]["fields"]["dose"]["value"]["amount"] == 100  # not 50 µg/ml in vitro
    assert {52.3, 41.6, 12.5}.isdisjoint(r["mean"] for r in esf["outcomes"])  # inclined plane, cited
    ell = rows("ellison2020_hbmsc_exo_ih_tailvein_bare_means")
    assert {6.8, 3.9}.isdisjoint(r["mean"] for r in ell)  # subscores
    assert all(r["day"] > 0 for s in STEMS for r in rows(s))  # pre-injury 21s are baselines


def test_modification_only_where_stated() -> None:
    mods = {s: RELAY.fields(s + ".pdf").get("modification", {}).get("value") for s in STEMS}
    assert mods["nascimento2019_hadsc_ev_ih_lumbar_commas_manuscript"] == "none"
    assert mods["saez2022_hypoxic_hucmsc_ev_hemisection_respectively"] == "hypoxic preconditioning"
    assert mods["sang2021_hucmsc_exo_nyu_words_legend"] is None


def test_manuscript_layout_has_line_numbers_legends_and_landscape_tables(pdf_pages) -> None:
    import pymupdf

    stem = "elsayed2023_wjmsc_exo_clip_groups_roman_manuscript"
    pages = pdf_pages[stem]
    assert all("ACCEPTED MANUSCRIPT" in p for p in pages)
    assert "[Table 1 near here]" in " ".join(pages)
    with pymupdf.open(RELAY.pdf(stem)) as doc:
        last = doc[-1]
        assert last.rect.width > last.rect.height  # the table page is landscape
        assert doc[1].rect.width < doc[1].rect.height
    table_page = next(r["page"] for r in rows(stem) if r["source"] == "table")
    assert table_page == len(pages)
    assert " 40 " in f" {pages[1]} "  # continuous line numbers in the margin
    saez = pdf_pages["saez2022_hypoxic_hucmsc_ev_hemisection_respectively"]
    legend = next(r for r in rows("saez2022_hypoxic_hucmsc_ev_hemisection_respectively")
                  if r["group"] == "Hx-EV" and r["day"] == 42.0 and r["page"] == len(saez))
    assert "Figure legends" in saez[legend["page"] - 1]
    assert normalise(legend["quote"]) in saez[-1]
