"""PDF parsing: layout, clean-up and evidence positions, on PDFs built here and on real articles."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pymupdf
import pytest

from miner.parse import MICRO, normalize, parse_jats, parse_pdf
from miner.parse._text import dehyphenate_pair, superscript_join
from miner.parse.model import BlockKind, SectionKind

W, H = 595.0, 842.0
LEFT = (50.0, 290.0)
RIGHT = (310.0, 550.0)

# Distinct sentences so that order can be checked word by word.
LEFT_TEXT = [
    "Alpha one starts the left column and",
    "alpha two continues the same paragraph",
    "alpha three on the following line of",
    "alpha four the left column until the",
    "alpha five column ends at the bottom",
]
RIGHT_TEXT = [
    "bravo one carries the sentence on in",
    "bravo two the right column without",
    "bravo three any break so that readers",
    "bravo four see one continuous and",
    "bravo five unbroken paragraph now.",
]


def _page(doc: pymupdf.Document, number: int) -> pymupdf.Page:
    page = doc.new_page(width=W, height=H)
    page.insert_text((50, 40), "Journal of Spinal Repair Studies", fontsize=8)
    page.insert_text((290, 815), str(number), fontsize=8)
    return page


def _lines(
    page: pymupdf.Page, x: float, y: float, lines: list[str], size: float = 10, font: str = "helv"
) -> float:
    for text in lines:
        page.insert_text((x, y), text, fontsize=size, fontname=font)
        y += size * 1.25
    return y


def two_column_pdf() -> bytes:
    doc = pymupdf.open()
    for n in (1, 2, 3):
        page = _page(doc, n)
        if n == 1:
            page.insert_text(
                (50, 90), "Exosomes After Spinal Cord Injury", fontsize=18, fontname="hebo"
            )
        y = _lines(page, LEFT[0], 140, ["2. Materials and Methods"], size=11, font="hebo")
        _lines(page, LEFT[0], y + 4, [f"Page {n}: " + LEFT_TEXT[0]] + LEFT_TEXT[1:])
        _lines(page, RIGHT[0], y + 4, RIGHT_TEXT)
    data = doc.tobytes()
    doc.close()
    return data


def test_two_columns_are_read_left_then_right_without_running_headers() -> None:
    doc = parse_pdf(two_column_pdf(), name="two_col.pdf")
    text = doc.to_text()
    assert doc.source == "two_col.pdf" and doc.pages == 3
    assert "Journal of Spinal Repair Studies" not in text
    assert not re.search(r"(?m)^\d$", text), "lone page numbers must be dropped"
    flat = " ".join(text.split())
    for n in (1, 2, 3):
        left = f"Page {n}: " + " ".join(LEFT_TEXT)
        assert left in flat
        assert flat.index(left) < flat.index(RIGHT_TEXT[0], flat.index(left))


def test_sections_title_and_headings_are_detected() -> None:
    doc = parse_pdf(two_column_pdf(), name="two_col.pdf")
    assert doc.metadata["title"] == "Exosomes After Spinal Cord Injury"
    assert doc.blocks[0].kind is BlockKind.TITLE
    headings = [b for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert headings and all(b.section is SectionKind.METHODS for b in headings)
    body = [b for b in doc.blocks if "alpha two" in b.text]
    assert body and all(
        b.section is SectionKind.METHODS and b.heading == "2. Materials and Methods" for b in body
    )


def test_evidence_maps_characters_back_to_page_and_line_box() -> None:
    data = two_column_pdf()
    doc = parse_pdf(data, name="two_col.pdf")
    needle = "bravo three"
    start = [m.start() for m in re.finditer(needle, doc.text)][1]  # the one on page 2
    ev = doc.evidence(start, start + len(needle))
    assert ev.page == 2 and ev.quote == needle and ev.section == "methods"
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        hit = pdf[1].search_for(needle)[0]
    assert ev.bbox is not None
    assert pymupdf.Rect(ev.bbox).intersects(hit)


HYPHEN_CASES = [
    ("the colony form-", "ing units were counted", "colony forming units"),
    ("were treated with BMSC-", "Exos after injury", "BMSC-Exos after"),
    ("female Sprague-", "Dawley rats weighing", "Sprague-Dawley rats"),
    ("overexpressing miR-", "26a were injected", "miR-26a were"),
    ("laminectomy at T9-", "T10 was performed", "T9-T10 was"),
    ("a non-", "invasive approach", "non-invasive approach"),
]


@pytest.mark.parametrize(("first", "second", "expected"), HYPHEN_CASES)
def test_line_end_hyphens_are_resolved_in_a_pdf(first: str, second: str, expected: str) -> None:
    pdf = pymupdf.open()
    page = pdf.new_page(width=W, height=H)
    _lines(
        page,
        50,
        100,
        ["We describe the procedure in one paragraph where " + first, second + " in all groups."],
    )
    doc = parse_pdf(pdf.tobytes(), name="hyphen.pdf")
    assert expected in doc.text


def test_superscripts_become_exponents_or_bracketed_citations() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page(width=W, height=H)
    y = 100.0
    x = 50 + pymupdf.get_text_length("Rats received 1 × 10", fontsize=10)
    page.insert_text((50, y), "Rats received 1 × 10", fontsize=10)
    page.insert_text((x + 0.5, y - 4), "10", fontsize=6)
    x2 = x + 0.5 + pymupdf.get_text_length("10", fontsize=6)
    page.insert_text((x2 + 2.5, y), "particles after spinal cord injury", fontsize=10)
    x3 = x2 + 2.5 + pymupdf.get_text_length("particles after spinal cord injury", fontsize=10)
    page.insert_text((x3 + 0.3, y - 4), "12,13", fontsize=6)
    page.insert_text(
        (x3 + 0.3 + pymupdf.get_text_length("12,13", fontsize=6) + 0.2, y), ".", fontsize=10
    )
    doc = parse_pdf(pdf.tobytes(), name="sup.pdf")
    assert "1 × 10^10 particles" in doc.text
    assert "injury [12,13]." in doc.text


def ruled_and_unruled_tables_pdf() -> bytes:
    pdf = pymupdf.open()
    page = pdf.new_page(width=W, height=H)
    _lines(
        page, 50, 60, ["Body text before the tables explains what the reader will find below it."]
    )
    page.insert_text((50, 100), "Table 1: Exosome characterisation by group.", fontsize=9)
    rows = [
        ("Group", "Size (nm)", "Dose"),
        ("Sham", "n/a", "0"),
        ("Exo", "122 ± 9", "200 µg"),
        ("Exo-high", "118 ± 11", "400 µg"),
    ]
    xs = (50, 200, 350)
    y = 120.0
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            page.insert_text((x, y), cell, fontsize=9)
        page.draw_line((45, y + 4), (500, y + 4))
        y += 16
    for x in (45, 195, 345, 500):
        page.draw_line((x, 108), (x, y - 12))
    _lines(
        page,
        50,
        y + 20,
        ["The following table has no rules at all and must still be read row by row."],
    )
    page.insert_text((50, y + 60), "Table 2 BBB scores at day 28.", fontsize=9)
    y2 = y + 80
    for row in [("Group", "BBB", "n"), ("PBS", "8.1", "10"), ("Exo", "12.4", "10")]:
        for x, cell in zip(xs, row, strict=True):
            page.insert_text((x, y2), cell, fontsize=9)
        y2 += 14
    _lines(
        page,
        50,
        y2 + 30,
        ["Closing remarks follow the second table in the running text of the page."],
    )
    data = pdf.tobytes()
    pdf.close()
    return data


def test_tables_are_recovered_cell_by_cell_with_or_without_rules() -> None:
    doc = parse_pdf(ruled_and_unruled_tables_pdf(), name="tables.pdf")
    assert [t.label for t in doc.tables] == ["Table 1", "Table 2"]
    ruled, unruled = doc.tables
    assert ruled.caption == "Table 1: Exosome characterisation by group."
    assert ruled.rows == [["Group", "Size (nm)", "Dose"], ["Sham", "n/a", "0"], ["Exo", "122 ± 9", f"200 {MICRO}g"],
                          ["Exo-high", "118 ± 11", f"400 {MICRO}g"]]  # fmt: skip
    assert unruled.rows == [["Group", "BBB", "n"], ["PBS", "8.1", "10"], ["Exo", "12.4", "10"]]
    block = doc.blocks[ruled.block_index]  # type: ignore[index]
    assert block.kind is BlockKind.TABLE and block.section is SectionKind.TABLE
    assert block.text.split("\n")[2] == f"Exo\t122 ± 9\t200 {MICRO}g"
    body = [b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    assert all("122" not in t and "BBB" not in t for t in body), (
        "table cells must not leak into paragraphs"
    )


def test_figure_captions_are_caption_blocks() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page(width=W, height=H)
    _lines(
        page,
        50,
        100,
        ["Figure 2: BBB scores over 28 days after contusion.", "Error bars show SEM."],
        size=9,
    )
    _lines(
        page, 50, 200, ["An ordinary paragraph of running text sits below the figure caption here."]
    )
    doc = parse_pdf(pdf.tobytes(), name="fig.pdf")
    captions = [b for b in doc.blocks if b.kind is BlockKind.CAPTION]
    assert len(captions) == 1 and captions[0].section is SectionKind.FIGURE_CAPTION
    assert (
        captions[0].text
        == "Figure 2: BBB scores over 28 days after contusion. Error bars show SEM."
    )


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("ﬁbrin ﬂow ﬀ ﬃ ﬄ", "fibrin flow ff ffi ffl"),
        ("200 μg", f"200 {MICRO}g"),
        ("200 µg", f"200 {MICRO}g"),
        ("200 \U0001d707g", f"200 {MICRO}g"),
        ("10 \U0001d707L", f"10 {MICRO}L"),
        ("\u22120.5", "-0.5"),
        ("T9\u2013T10", "T9\u2013T10"),
        ("1.2 × 10⁹ cells", "1.2 × 10^9 cells"),
        ("CO₂ at 37∘C", "CO2 at 37°C"),
        ("100\u2009nm", "100 nm"),
        ("12\u00a0±\u00a03", "12 ± 3"),
        ("Jos´e V´azquez", "José Vázquez"),
        ("injury[12]", "injury [12]"),
        ("soft\u00adhyphen", "softhyphen"),
        ("\U0001d45d < 0.05", "p < 0.05"),
    ],
)
def test_normalize(raw: str, clean: str) -> None:
    assert normalize(raw) == clean


@pytest.mark.parametrize(
    ("before", "sup", "joined"),
    [
        ("1 × 10", "10", "^10"),
        ("5 × 10", "-3", "^-3"),
        ("an area of 2 mm", "2", "^2"),
        ("CD34", "+", "+"),
        ("spinal cord injury", "12", " [12]"),
        ("previous studies", "3–5", " [3–5]"),
        ("incubated at 37", "∘", "°"),
        ("", "1", "1 "),
    ],
)
def test_superscript_join(before: str, sup: str, joined: str) -> None:
    assert superscript_join(before, sup) == joined


def test_dehyphenation_prefers_the_documents_own_spelling() -> None:
    assert dehyphenate_pair("the dose-", "response curve", {"dose-response"}) is False
    assert dehyphenate_pair("the re-", "covery", {"recovery"}) is True
    assert dehyphenate_pair("graft-", "versus-host", {"graft-versus"}) is False


# --- real articles -----------------------------------------------------------------


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace(MICRO, "u").replace("μ", "u")
    s = re.sub(r"[\u2010-\u2015\u2212-]", "-", s)
    s = re.sub(r"[\u2018\u2019`´']", "'", s)
    s = re.sub(r"[\u201c\u201d\"]", '"', s)
    s = s.replace("^", "")
    return re.sub(
        r"\s+", "", s
    ).lower()  # whitespace-free: spacing around "=" differs by typesetting


def _pairs(root: Path) -> list[tuple[Path, Path]]:
    out = []
    for xml in sorted((root / "jats").glob("europepmc_fullTextXML_PMC*.xml")):
        pmc = re.search(r"PMC\d+", xml.name).group()  # type: ignore[union-attr]
        out += [(pdf, xml) for pdf in (root / "pdf" / "articles").glob(f"hindawi_*{pmc}.pdf")]
    return out


def test_jats_paragraphs_are_recovered_intact_and_in_order_from_the_pdf(
    shared_fixtures: Path,
) -> None:
    """Ground truth: the Europe PMC JATS body paragraphs (>= 100 chars) of the same article."""
    pairs = _pairs(shared_fixtures)
    assert len(pairs) == 5
    found = total = 0
    for pdf, xml in pairs:
        truth = [
            b.text
            for b in parse_jats(xml).blocks
            if b.kind is BlockKind.PARAGRAPH and len(b.text) >= 100
            and b.section not in (SectionKind.REFERENCES, SectionKind.ABSTRACT, SectionKind.ACKNOWLEDGEMENTS)
        ]  # fmt: skip
        text = _norm(parse_pdf(pdf).to_text())
        pos = 0
        for para in truth:
            i = text.find(_norm(para), pos)
            if i >= 0:
                found += 1
                pos = i + len(_norm(para))
        total += len(truth)
    assert total >= 70
    assert found / total >= 0.93, f"{found}/{total} paragraphs recovered"


def test_real_articles_have_their_sections_and_no_running_headers_in_paragraphs(
    shared_fixtures: Path,
) -> None:
    for pdf, xml in _pairs(shared_fixtures):
        doc = parse_pdf(pdf)
        jats = parse_jats(xml)
        journal = jats.metadata["journal"]
        named = {b.section for b in jats.blocks if b.kind is BlockKind.HEADING} - {
            SectionKind.OTHER
        }
        assert named <= {b.section for b in doc.blocks}, pdf.name
        paragraphs = [b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
        body = [
            b
            for b in paragraphs
            if b.section is not SectionKind.REFERENCES and b.page and b.page > 1
        ]
        assert body and not [b.text for b in body if journal in b.text], pdf.name
        assert doc.metadata.get("doi", "").startswith("10.1155/2016/"), pdf.name
        if "RETRACTION" not in pdf.name and "case_rep" not in pdf.name:
            assert any(b.section is SectionKind.METHODS for b in paragraphs), pdf.name


@pytest.mark.parametrize("name", ["bmc_cancer_2012_12_560_CanPrevent.pdf", "plos_one_2014_0115884_fanged_frog_ONE_COLUMN.pdf",
                                  "jmir_2011_e1963_hand_hygiene_web_intervention.pdf"])  # fmt: skip
def test_other_real_articles_parse_with_sections_and_tables(
    shared_fixtures: Path, name: str
) -> None:
    doc = parse_pdf(shared_fixtures / "pdf" / "articles" / name)
    kinds = {b.section for b in doc.blocks}
    assert SectionKind.METHODS in kinds and SectionKind.REFERENCES in kinds
    assert doc.metadata.get("title")
    for table in doc.tables:
        assert doc.blocks[table.block_index].kind is BlockKind.TABLE  # type: ignore[index]
        assert len(table.rows) >= 2


def test_corpus_sample_pdfs_parse(corpus_dir: Path) -> None:
    pdfs = sorted(p for p in corpus_dir.glob("*.pdf") if not p.name.startswith("bad_"))
    if not pdfs:
        pytest.skip("no corpus_samples/*.pdf yet")
    for pdf in pdfs:
        doc = parse_pdf(pdf)
        assert doc.text.strip(), pdf.name


def _fill(words: list[str], width: float, size: float = 10) -> str:
    """As many of ``words`` as fit in ``width`` points of Helvetica."""
    out: list[str] = []
    for w in words:
        if pymupdf.get_text_length(" ".join([*out, w]), fontsize=size) > width:
            break
        out.append(w)
    return " ".join(out)


def test_left_column_lines_reaching_into_the_gutter_stay_in_their_column() -> None:
    """Justified or ragged lines may run a few points past the column edge.

    Two such lines in the left column must not cut it into pieces interleaved
    with the right column.
    """
    doc = pymupdf.open()
    page = _page(doc, 1)
    left, y = [], 120.0
    for i in range(14):
        line = _fill([f"l{i:02d}w{j}" for j in range(12)], 232)  # ends near x=278
        if i in (4, 9):
            line += " ab"  # runs on to x~292, into the gutter band
        page.insert_text((LEFT[0], y), line, fontsize=10)
        left.append(line)
        y += 12.5
    right, y = [], 120.0
    for i in range(14):
        line = _fill([f"r{i:02d}w{j}" for j in range(12)], 232)
        page.insert_text((320, y), line, fontsize=10)
        right.append(line)
        y += 12.5
    parsed = parse_pdf(doc.tobytes(), name="gutter.pdf")
    flat = " ".join(parsed.to_text().split())
    assert " ".join(left) in flat, "the left column is read as one stretch"
    assert " ".join(right) in flat
    assert flat.index(left[-1]) < flat.index(right[0])


def test_running_heads_of_pages_set_sideways_are_dropped(shared_fixtures: Path) -> None:
    """A landscape table page read turned upright keeps its head and foot at a side edge."""
    pdf = shared_fixtures / "pdf" / "articles" / "cermine_example2_bmc_health_serv_res_2014_14_1_Malawi_QI.pdf"
    doc = parse_pdf(pdf)
    turned = {int(w.split()[1]) for w in doc.warnings if "sideways" in w}
    assert turned, "the fixture has pages set sideways"
    on_turned = [b.text for b in doc.blocks if b.page in turned]
    assert on_turned
    assert not [t for t in on_turned if re.fullmatch(r"Page \d+ of \d+|.*et al\. BMC Health.*|http://www\S+", t)]


# --- running heads kept as metadata ------------------------------------------------

RUNNING = {
    # style: (head on page n, the words metadata keeps)
    "authors-even-title-odd": (
        lambda n: f"{n}    Quispe Mamani et al." if n % 2 == 0 else f"Vesicles after contusion    {n}",
        ["Quispe Mamani et al.", "Vesicles after contusion"],
    ),
    "journal-citation": (
        lambda n: f"Quispe Mamani et al. Spinal Repair Lett (2021) 12:{400 + n}",
        ["Quispe Mamani et al. Spinal Repair Lett (2021) 12"],
    ),
    "page-of": (lambda n: f"Quispe Mamani et al. Page {n} of 4", ["Quispe Mamani et al."]),
    "journal-only": (lambda n: "Journal of Spinal Repair Studies", ["Journal of Spinal Repair Studies"]),
    "bar-separated": (lambda n: f"Spinal Repair Lett | {n}", ["Spinal Repair Lett"]),
}


@pytest.mark.parametrize("at", [40.0, 815.0], ids=["head", "foot"])
@pytest.mark.parametrize("style", RUNNING)
def test_running_heads_leave_the_text_but_stay_in_metadata(style: str, at: float) -> None:
    head, kept = RUNNING[style]
    doc = pymupdf.open()
    for n in (1, 2, 3, 4):
        page = doc.new_page(width=W, height=H)
        if n > 1:  # first pages carry no running head
            page.insert_text((50, at), head(n), fontsize=8)
        _lines(page, LEFT[0], 120, [f"Page {n} text: " + LEFT_TEXT[0], *LEFT_TEXT[1:]])
    parsed = parse_pdf(doc.tobytes(), name="heads.pdf")
    doc.close()
    assert parsed.metadata["running_heads"] == kept
    assert "Quispe" not in parsed.text and "Spinal Repair" not in parsed.text


def test_no_running_heads_key_without_running_heads() -> None:
    doc = pymupdf.open()
    for n in (1, 2):
        page = doc.new_page(width=W, height=H)
        _lines(page, LEFT[0], 120, [f"Page {n} text: " + LEFT_TEXT[0], *LEFT_TEXT[1:]])
    parsed = parse_pdf(doc.tobytes(), name="plain.pdf")
    doc.close()
    assert "running_heads" not in parsed.metadata


def test_real_articles_keep_their_running_heads(shared_fixtures: Path) -> None:
    heads = {}
    for path in sorted((shared_fixtures / "pdf" / "articles").glob("*.pdf")):
        heads[path.name] = parse_pdf(path).metadata.get("running_heads", [])
    with_heads = [h for h in heads.values() if h]
    assert len(with_heads) >= len(heads) // 2
    for found in with_heads:
        assert len(found) == len({h.lower() for h in found}), "each head once"
        assert not any(re.fullmatch(r"\d+", h) for h in found), "no lone page numbers"
    assert any(h.startswith("Hawkes et al.") for h in heads.get("bmc_cancer_2012_12_560_CanPrevent.pdf", []))


# --- columns that change down the page -----------------------------------------------

WORDS = ["alpha", "bravo", "charlie", "delta", "echo"]


def _column_text(word: str, n: int) -> list[str]:
    return [f"{word} {k} of the {word} column runs on" for k in range(1, n + 1)]


def _band(page: pymupdf.Page, y: float, words: list[str], n: int, gap: float = 18.0) -> float:
    """``len(words)`` columns of ``n`` lines between x=50 and x=550, from ``y`` down."""
    count = len(words)
    width = (500 - gap * (count - 1)) / count
    bottom = y
    for k, word in enumerate(words):
        bottom = _lines(page, 50 + k * (width + gap), y, _column_text(word, n), size=9)
    return bottom


@pytest.mark.parametrize("layout", [("2", "3"), ("3", "2"), ("2", "3", "2")], ids="-".join)
@pytest.mark.parametrize("spacer", [6.0, 30.0], ids=["tight", "spaced"])
def test_columns_are_found_per_band_when_their_number_changes(layout: tuple[str, ...], spacer: float) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=W, height=H)
    page.insert_text((50, 70), "Exosomes After Spinal Cord Injury", fontsize=16, fontname="hebo")
    y, bands, used = 110.0, [], 0
    for cols in layout:
        words = WORDS[used : used + int(cols)] if used + int(cols) <= 5 else ["foxtrot", "golf"]
        used += int(cols)
        bands.append(words)
        y = _band(page, y, words, 10) + spacer
    parsed = parse_pdf(doc.tobytes(), name="bands.pdf")
    doc.close()
    flat = " ".join(parsed.text.split())
    order = [w for words in bands for w in words]
    for word in order:
        column = " ".join(_column_text(word, 10))
        assert column in flat, f"the {word} column is not read as one stretch"
    starts = [flat.index(f"{w} 1 of the") for w in order]
    assert starts == sorted(starts), "bands top to bottom, columns left to right inside each"


def test_a_single_column_page_with_short_lines_is_not_cut_into_bands() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=W, height=H)
    y = 100.0
    lines = []
    for k in range(12):  # paragraphs ending in short lines, some indented (lists)
        lines += [f"Line {k} of a paragraph set across the whole measure of the page, running on far enough",
                  f"{'    ' * (k % 3)}and a short end {k}."]
    _lines(page, 50, y, lines)
    parsed = parse_pdf(doc.tobytes(), name="single.pdf")
    doc.close()
    flat = " ".join(parsed.text.split())
    positions = [flat.index(f"Line {k} of") for k in range(12)]
    assert positions == sorted(positions)
    assert all(f"and a short end {k}." in flat for k in range(12))
