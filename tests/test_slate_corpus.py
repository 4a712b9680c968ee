"""The slate tuning corpus (corpus_samples/slate): gold is honest and self-consistent.

Six invented studies, each a PDF and a JATS file with gold. The gold must use the contract's
vocabulary, every quote must be readable on its stated PDF page and in the JATS text, the two
renderings must agree, and the traps the papers set (other drugs' schedules, in-vitro doses,
textbook sizes) must stay out of the gold.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from _corpus import Corpus

SLATE = Path(__file__).resolve().parents[1] / "corpus_samples" / "slate"
CORPUS = Corpus(SLATE)
STEMS = CORPUS.stems


def test_six_studies_each_in_two_formats_all_for_tuning() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (SLATE / "READY").is_file()


def test_the_set_stays_small() -> None:
    CORPUS.check_small(1_500_000)


test_gold_values_use_the_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False))
test_every_pdf_quote_is_on_its_page = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_every_xml_quote_is_in_the_jats_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_xml_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_has_the_europe_pmc_structure = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


@pytest.mark.parametrize("stem", STEMS)
def test_every_study_states_every_methods_field(stem: str) -> None:
    fields = CORPUS.fields(stem + ".pdf")
    for name in ("strain", "sex", "body_weight_g", "n_per_group", "injury_model", "injury_level",
                 "source_tissue", "source_species", "modification", "isolation_method", "characterization",
                 "size_nm", "dose", "route", "frequency", "timing_post_injury_h", "mechanism"):
        assert name in fields, name


@pytest.mark.parametrize("stem", STEMS)
def test_bbb_rows_come_from_a_table_and_from_prose(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    assert {r["source"] for r in rows} == {"table", "text"}
    assert {r["arm"] for r in rows} >= {"treatment", "control"}
    assert all(r["outcome"] == "BBB" and r["n"] == CORPUS.fields(stem + ".pdf")["n_per_group"]["value"] for r in rows)


@pytest.mark.parametrize(("prefix", "frequency", "timing_h"), [
    ("cvetkovic", {"doses": 3, "interval_h": 24}, 0.5),     # once daily for three consecutive days
    ("enkhbayar", {"doses": 4, "interval_h": 48}, 24),      # on days 1, 3, 5 and 7
    ("lekgoathi", {"doses": 5, "interval_h": 72}, 24),      # every 72 h for two weeks, in a design table
    ("coulibaly", {"doses": 4, "interval_h": 168}, 72),     # weekly for four weeks from day 3
    ("esposito", {"doses": 2, "interval_h": 23}, 1),        # two doses, 1 and 24 h after injury
    ("loaiza", {"doses": 1, "interval_h": None}, 0),        # a single implant, immediately
])
def test_schedules_are_the_vesicles_not_the_other_drugs(prefix: str, frequency: dict, timing_h: float) -> None:
    for suffix in (".pdf", ".xml"):
        fields = CORPUS.fields_of(prefix, suffix)
        assert fields["frequency"]["value"] == frequency
        assert fields["timing_post_injury_h"]["value"] == timing_h


def test_traps_stay_out_of_the_gold() -> None:
    traps = ("cyclosporine", "BrdU", "methylprednisolone", "cefazolin", "Enrofloxacin", "Meloxicam",
             "pentobarbital", "ketamine", "µg/mL", "30 – 150", "40 – 160", "135 nm", "400")
    for name in CORPUS.names:
        fields = CORPUS.fields(name)
        quotes = " ".join(e["quote"] for cell in fields.values() for e in cell["evidence"])
        for trap in traps:
            assert trap.casefold() not in quotes.casefold(), (name, trap)
        size = fields["size_nm"]["value"]
        assert size["value"] not in (135, 150) and (size["low"], size["high"]) not in ((30, 150), (40, 160))


def test_native_vesicles_only_where_the_text_says_so() -> None:
    assert CORPUS.fields_of("loaiza")["modification"]["value"] == "none"
    assert "native (unmodified)" in CORPUS.fields_of("loaiza")["modification"]["evidence"][0]["quote"]
    others = [CORPUS.fields(s + ".pdf")["modification"]["value"] for s in STEMS if not s.startswith("loaiza")]
    assert "none" not in others


def test_rows_of_native_comparator_arms_are_other() -> None:
    arms = {r["group"]: r["arm"] for r in CORPUS.rows_of("esposito")}
    assert arms == {"Sham": "sham", "SCI": "control", "Exo": "other", "miR-29b-Exo": "treatment"}


def test_week_labels_become_days() -> None:
    days = {r["day"] for r in CORPUS.rows_of("enkhbayar", ".xml") if r["source"] == "table"}
    assert days == {7.0, 14.0, 21.0, 28.0, 42.0}


def test_two_layouts_of_our_own_are_used() -> None:
    layouts = json.loads((SLATE / "layouts.json").read_text(encoding="utf-8"))
    assert set(layouts) == set(STEMS)
    assert {"sidebar", "compact"} <= set(layouts.values())


def test_the_build_is_deterministic(tmp_path: Path) -> None:
    """Re-rendering one study in a fresh process gives the committed bytes and gold."""
    stem = CORPUS.stem_of("loaiza")
    code = (
        "import sys, json; sys.argv = ['g']\n"
        f"sys.path.insert(0, {str(SLATE)!r})\n"
        "import importlib.util as u\n"
        f"s = u.spec_from_file_location('slate_generate', {str(SLATE / 'generate.py')!r}); g = u.module_from_spec(s); s.loader.exec_module(g)\n"
        f"study = next(x for x in g.STUDIES if x.stem == {stem!r})\n"
        "pdf, xml, gp, gx, _ = g.build(study)\n"
        f"open({str(tmp_path / 'o.pdf')!r}, 'wb').write(pdf)\n"
        f"open({str(tmp_path / 'o.json')!r}, 'w').write(json.dumps(gp, ensure_ascii=False, indent=1) + '\\n')\n"
    )
    subprocess.run([sys.executable, "-B", "-c", code], check=True, cwd=SLATE.parents[1], timeout=120)
    assert (tmp_path / "o.pdf").read_bytes() == CORPUS.pdf(stem).read_bytes()
    assert (tmp_path / "o.json").read_text(encoding="utf-8") == (SLATE / "gold" / f"{stem}.pdf.json").read_text(encoding="utf-8")
