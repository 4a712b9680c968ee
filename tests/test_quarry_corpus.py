"""The quarry tuning corpus: gold in contract vocabulary, quotes where the gold says they are.

``corpus_samples/quarry`` holds invented studies written for tuning the extractors on
score tables and methods as labs print them (see its README). These tests pin down the
corpus itself, not miner: every quote is on its stated PDF page and in the JATS text,
both renderings' gold agree, each table row's quote carries exactly its gold numbers,
and the layout habits the corpus adds (line numbers, landscape and continued tables)
are really in the PDFs.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import defusedxml.ElementTree as DET
import pymupdf
import pytest

from tests._corpus import Corpus, normalise, pages_fixture

CORPUS = Corpus.named("quarry")
pdf_pages = pages_fixture(CORPUS)


def test_corpus_has_enough_paired_renderings_all_in_the_tune_split() -> None:
    CORPUS.check_renderings(split="tune", at_least=6)
    assert (CORPUS.folder / "READY").is_file()


def test_corpus_stays_small() -> None:
    CORPUS.check_small()


test_gold_values_are_in_contract_vocabulary = CORPUS.each_name(
    lambda name: CORPUS.check_gold_values(name, bare_means=False)
)
test_pdf_quotes_are_on_their_stated_pages = CORPUS.each_stem(CORPUS.check_pdf_quotes)
test_jats_quotes_are_in_the_text = CORPUS.each_stem(CORPUS.check_xml_quotes)
test_pdf_and_jats_gold_agree = CORPUS.each_stem(CORPUS.check_renderings_agree)
test_jats_is_europe_pmc_shaped = CORPUS.each_stem(CORPUS.check_jats)
test_declarations_are_reported_items = CORPUS.each_stem(CORPUS.check_declarations)


_SPREAD = {  # how a cell or sentence writes a score -> (mean, spread or None)
    r"(\d+\.\d+) ± (\d+\.\d+)": 2,
    r"(\d+\.\d+)±(\d+\.\d+)": 2,
    r"(\d+\.\d+) \((\d+\.\d+)\)": 2,
    r"(\d+\.\d+)": 1,
}


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_every_outcome_quote_writes_exactly_its_gold_numbers(stem: str) -> None:
    for row in CORPUS.gold(stem + ".pdf")["outcomes"]:
        quote = row["quote"]
        for pattern, groups in _SPREAD.items():
            m = re.fullmatch(pattern, quote)
            if m:
                break
        else:
            pytest.fail(f"{stem}: unexpected score quote {quote!r}")
        assert float(m.group(1)) == row["mean"], (stem, row)
        if groups == 2:
            assert float(m.group(2)) == (row["sd"] if row["sd"] is not None else row["sem"]), (
                stem,
                row,
            )
        else:  # mean and spread in separate columns: only the mean is in the quote
            assert row["source"] == "table"


@pytest.mark.parametrize("stem", CORPUS.stems)
def test_every_study_has_table_rows_and_a_main_arm_and_a_control(stem: str) -> None:
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    assert any(r["source"] == "table" for r in rows)
    assert {"treatment", "control"} <= {r["arm"] for r in rows}


def _section_texts(stem: str, kinds: set[str]) -> str:
    root = DET.parse(CORPUS.xml(stem)).getroot()
    return " ".join(
        normalise("".join(s.itertext()))
        for s in root.findall("body/sec")
        if s.get("sec-type") in kinds
    )


@pytest.mark.parametrize("stem", CORPUS.stems)
@pytest.mark.parametrize(
    "field", ["size_nm", "dose", "n_per_group", "frequency", "timing_post_injury_h"]
)
def test_measurements_come_from_methods_or_results_never_intro_or_discussion(
    stem: str, field: str
) -> None:
    cell = CORPUS.fields(stem + ".xml").get(field)
    if cell is None:
        pytest.skip(f"{stem} does not state {field}")
    body = _section_texts(stem, {"methods", "results"})
    for ev in cell["evidence"]:
        assert normalise(ev["quote"]) in body, (field, ev["quote"])


def test_n_per_group_is_absent_where_the_paper_gives_a_range() -> None:
    fields = CORPUS.fields("vachon2024_hucmsc_sev_tff_jugular_n_in_cells.pdf")
    assert "n_per_group" not in fields


@pytest.mark.parametrize(
    ("stem", "group", "day", "n"),
    [
        ("vachon2024_hucmsc_sev_tff_jugular_n_in_cells", "Vehicle", 28.0, 9),  # n inside the cell
        ("vachon2024_hucmsc_sev_tff_jugular_n_in_cells", "Vehicle", 7.0, 10),
        (
            "menon2022_wjmsc_sev_intrathecal_manuscript",
            "SCI + vehicle",
            42.0,
            7,
        ),  # death in a footnote
        ("menon2022_wjmsc_sev_intrathecal_manuscript", "SCI + vehicle", 7.0, 8),
        ("brueckner2021_rbmsc_exo_ih_codes_sem", "SCI/VEH", 42.0, 11),  # "n analysed" row
    ],
)
def test_rows_carry_the_n_at_that_time_point(stem: str, group: str, day: float, n: int) -> None:
    for suffix in (".pdf", ".xml"):
        rows = [
            r
            for r in CORPUS.gold(stem + suffix)["outcomes"]
            if r["group"] == group and r["day"] == day
        ]
        assert rows and all(r["n"] == n for r in rows), (suffix, rows)


def test_manuscript_layout_has_line_numbers_a_landscape_page_and_a_continued_table(
    pdf_pages,
) -> None:
    stem = "menon2022_wjmsc_sev_intrathecal_manuscript"
    with pymupdf.open(CORPUS.pdf(stem)) as doc:
        landscape = [i + 1 for i, p in enumerate(doc) if p.rect.width > p.rect.height]
    pages = pdf_pages[stem]
    assert landscape and "n allocated" in pages[landscape[0] - 1]
    assert re.search(r"\b1 2 3 4 5\b", pages[0])  # margin line numbers
    cont = [i + 1 for i, t in enumerate(pages) if "Table 2 (continued)" in t]
    rows = CORPUS.gold(stem + ".pdf")["outcomes"]
    table_pages = {r["page"] for r in rows if r["source"] == "table"}
    assert cont and cont[0] in table_pages and cont[0] - 1 in table_pages


def test_rebuilding_reproduces_the_committed_files(tmp_path) -> None:
    out = tmp_path / "out.json"
    code = (
        "import json, sys\n"
        "sys.path.insert(0, 'corpus_samples/quarry')\n"
        "import generate as g\n"
        "s = g.STUDIES[0]\n"
        "xml, pdf, gx, gp, _ = g.build(s)\n"
        f"open({str(out)!r}, 'w', encoding='utf-8').write(json.dumps("
        "{'stem': s.stem, 'xml': xml, 'pdf': pdf.hex(), 'gx': gx, 'gp': gp}))\n"
    )
    # -B: importing the generator must not leave bytecode in corpus_samples
    subprocess.run([sys.executable, "-B", "-c", code], check=True, cwd=CORPUS.folder.parents[1])
    got = json.loads(out.read_text(encoding="utf-8"))
    stem = got["stem"]
    assert got["xml"] == CORPUS.xml(stem).read_text(encoding="utf-8")
    assert bytes.fromhex(got["pdf"]) == CORPUS.pdf(stem).read_bytes()
    assert got["gp"] == CORPUS.gold(stem + ".pdf") and got["gx"] == CORPUS.gold(stem + ".xml")
