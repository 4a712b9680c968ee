"""Page layouts the tune sets never showed: each case renders a small PDF here and pins
what ``parse_pdf`` must give (section kinds, reading order, one block per paragraph,
tables as cells, evidence page and box).

The habits varied one at a time: subheadings set in italic or run into their
paragraph, structured abstracts, numbered heading styles, words drawn one by one
on justified lines, sentences running over column and page breaks under running
heads, margin line numbers of accepted manuscripts, double spacing, wrapped table
cells.
"""

from __future__ import annotations

import pymupdf
import pytest

from miner.parse import parse_pdf
from miner.parse.model import BlockKind, ParsedDocument, SectionKind

W, H = 595.0, 842.0
X0, WIDTH = 72.0, 450.0

INTRO = (
    "Spinal cord injury leaves most patients with lasting motor deficits, and extracellular "
    "vesicles released by stromal cells have been proposed as a cell-free therapy for it."
)
ANIMALS = (
    "Adult female Sprague-Dawley rats weighing 220 to 250 g were housed in pairs with free "
    "access to food and water under a twelve hour light cycle."
)
ISOLATION = (
    "Conditioned medium was cleared of cells and debris and the vesicles were pelleted by "
    "ultracentrifugation at 100,000 g for seventy minutes at four degrees."
)
RESULTS = (
    "Treated rats recovered hindlimb movement faster than controls from the second week "
    "after the contusion onwards, as the open-field scores showed."
)


def _width(text: str, font: str, size: float) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def _wrap(text: str, width: float, font: str = "helv", size: float = 10) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and _width(f"{line} {word}", font, size) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


class Page:
    """A cursor over one PDF page: write lines top-down at a given pitch.

    A first page opens with a title (as articles do) unless told otherwise.
    """

    def __init__(self, doc: pymupdf.Document, *, pitch: float = 12.5, x: float = X0,
                 width: float = WIDTH, y: float = 80.0, title: bool = True) -> None:  # fmt: skip
        first = doc.page_count == 0
        self.page = doc.new_page(width=W, height=H)
        self.pitch, self.x, self.width, self.y = pitch, x, width, y
        if first and title:
            self.line("Exosome therapy for the contused rat spinal cord", font="hebo", size=15)
            self.y += 8

    def line(self, text: str, font: str = "helv", size: float = 10, gap: float = 0.0) -> None:
        self.y += gap
        self.page.insert_text((self.x, self.y), text, fontname=font, fontsize=size)
        self.y += self.pitch

    def para(self, text: str, font: str = "helv", size: float = 10, gap: float = 6.0) -> None:
        self.y += gap
        for ln in _wrap(text, self.width, font, size):
            self.line(ln, font, size)

    def run_in(self, head: str, text: str, head_font: str = "hebo", gap: float = 6.0) -> None:
        """A paragraph whose first words are a heading in another font."""
        self.y += gap
        hw = _width(head + " ", head_font, 10)
        first, *rest = _wrap(text, self.width - hw) or [""]
        self.page.insert_text((self.x, self.y), head, fontname=head_font, fontsize=10)
        self.page.insert_text((self.x + hw, self.y), first, fontname="helv", fontsize=10)
        self.y += self.pitch
        for ln in _wrap(" ".join(rest), self.width):
            self.line(ln)


def _pdf(build) -> ParsedDocument:  # type: ignore[no-untyped-def]
    doc = pymupdf.open()
    build(doc)
    data = doc.tobytes()
    doc.close()
    return parse_pdf(data, name="layout.pdf")


def _block(doc: ParsedDocument, words: str):  # type: ignore[no-untyped-def]
    hits = [b for b in doc.blocks if words in b.text]
    assert hits, f"no block holds {words!r}"
    return hits[0]


def _article(doc: pymupdf.Document, methods_heading: str, *, heading_font: str = "hebo") -> None:
    p = Page(doc)
    p.line("Introduction", font="hebo", size=11, gap=10)
    p.para(INTRO)
    p.line(methods_heading, font=heading_font, size=11, gap=12)
    p.para(ANIMALS)
    p.line("Results", font="hebo", size=11, gap=12)
    p.para(RESULTS)


# --- headings -------------------------------------------------------------------

METHODS_HEADINGS = [
    "2. Materials and Methods",
    "2 Materials and methods",
    "II. METHODS",
    "MATERIALS AND METHODS",
    "Materials & Methods",
    "Methods and materials",
    "Experimental procedures",
    "2 | METHODS",
    "2) Methods",
    "Animal experiments",
]


@pytest.mark.parametrize("heading", METHODS_HEADINGS)
def test_numbered_and_worded_methods_headings_open_the_methods(heading: str) -> None:
    doc = _pdf(lambda d: _article(d, heading))
    para = _block(doc, "Adult female Sprague-Dawley")
    assert para.section is SectionKind.METHODS and para.heading == heading
    assert _block(doc, "Spinal cord injury leaves").section is SectionKind.INTRODUCTION
    assert _block(doc, "Treated rats recovered").section is SectionKind.RESULTS


def test_italic_subheadings_are_headings_not_the_start_of_their_paragraph() -> None:
    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.line("Methods", font="hebo", size=11)
        p.line("2.1 Animals", font="heit", gap=6)
        p.para(ANIMALS, gap=2)
        p.line("Exosome isolation", font="heit", gap=6)
        p.para(ISOLATION, gap=2)
        p.line("Results", font="hebo", size=11, gap=12)
        p.para(RESULTS)

    doc = _pdf(build)
    headings = [b.text for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["Methods", "2.1 Animals", "Exosome isolation", "Results"]
    assert _block(doc, "Conditioned medium").text.startswith("Conditioned medium was cleared")
    assert _block(doc, "Conditioned medium").section is SectionKind.METHODS


@pytest.mark.parametrize("font", ["hebo", "heit"], ids=["bold", "italic"])
@pytest.mark.parametrize("head", ["Animals.", "Animals:", "Animals -", "2.2. Animals."])
def test_headings_run_into_their_paragraph_name_it(font: str, head: str) -> None:
    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.line("Introduction", font="hebo", size=11)
        p.para(INTRO)
        p.line("Methods", font="hebo", size=11, gap=12)
        p.run_in(head, ANIMALS, head_font=font)
        p.line("Discussion", font="hebo", size=11, gap=12)
        p.para(RESULTS)
        p.run_in("Conflict of interest.", "The authors declare that they have no competing interests.")

    doc = _pdf(build)
    para = _block(doc, "Adult female")
    # The text stays whole (the heading is part of what a reader quotes) ...
    assert para.text.startswith(head.split()[0])
    # ... and the block knows the subsection it opens.
    assert para.section is SectionKind.METHODS and "Animals" in (para.heading or "")
    coi = _block(doc, "no competing interests")
    assert coi.section is SectionKind.ACKNOWLEDGEMENTS
    assert _block(doc, "Treated rats").section is SectionKind.DISCUSSION


def test_a_bold_word_opening_a_sentence_is_not_a_heading() -> None:
    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.line("Results", font="hebo", size=11)
        p.run_in("Exosomes", "were taken up by neurons within six hours of the injection.")
        p.run_in("Methods", "were applied as before to all of the animals in each group.")

    doc = _pdf(build)
    assert _block(doc, "taken up by neurons").section is SectionKind.RESULTS
    assert _block(doc, "taken up by neurons").heading == "Results"


@pytest.mark.parametrize(
    "labels",
    [
        ("Background:", "Methods:", "Results:", "Conclusions:"),
        ("Aim:", "Methods:", "Results:", "Conclusion:"),
        ("Objective.", "Design.", "Results.", "Interpretation."),
    ],
    ids=["background", "aim", "objective"],
)
@pytest.mark.parametrize("with_heading", [True, False], ids=["Abstract-heading", "no-heading"])
def test_structured_abstract_labels_stay_in_the_abstract(labels: tuple[str, ...],
                                                         with_heading: bool) -> None:  # fmt: skip
    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.line("Ana Silva, Jun Tanaka, Kwame Mensah", gap=6)
        if with_heading:
            p.line("Abstract", font="hebo", size=11, gap=10)
        texts = [INTRO, ISOLATION, RESULTS, "Vesicles from stromal cells are a promising therapy."]
        for label, text in zip(labels, texts, strict=True):
            p.run_in(label, text)
        p.line("1. Introduction", font="hebo", size=11, gap=14)
        p.para(INTRO.replace("Spinal cord injury", "Trauma to the cord"))
        p.line("2. Methods", font="hebo", size=11, gap=12)
        p.para(ANIMALS)

    doc = _pdf(build)
    for words in ("leaves most patients", "Conditioned medium", "Treated rats", "promising therapy"):
        assert _block(doc, words).section is SectionKind.ABSTRACT, words
    assert _block(doc, "Trauma to the cord").section is SectionKind.INTRODUCTION
    assert _block(doc, "Adult female").section is SectionKind.METHODS


# --- lines and paragraphs ---------------------------------------------------------


def test_words_drawn_one_by_one_on_a_justified_line_stay_in_their_paragraph() -> None:
    """Some typesetters place each word of a justified line on its own."""
    sentence = "Female Sprague-Dawley rats (200-230 g) were anaesthetised by an intraperitoneal dose of"
    rest = "isoflurane and the cord was exposed by a laminectomy at the ninth thoracic level."

    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.line("Methods", font="hebo", size=11)
        p.para(ISOLATION)
        p.y += 6
        words = sentence.split()
        natural = sum(_width(w, "helv", 10) for w in words)
        space = (WIDTH - 12 - natural) / (len(words) - 1)  # wide, justified gaps
        x = X0 + 12  # a first-line indent
        for w in words:
            p.page.insert_text((x, p.y), w, fontname="helv", fontsize=10)
            x += _width(w, "helv", 10) + space
        p.y += p.pitch
        p.line(rest)

    doc = _pdf(build)
    assert f"{sentence} {rest}" in _block(doc, "Sprague-Dawley").text


def test_a_sentence_over_a_page_break_is_one_block_without_running_heads() -> None:
    cut = "The pellet was washed once in phosphate-buffered saline and"
    tail = "resuspended in a small volume of the same buffer before use."

    def build(d: pymupdf.Document) -> None:
        for n in (1, 2):
            p = Page(d, y=100)
            p.page.insert_text((X0, 40), "J Neural Repair Stud. 2021;12:45-60", fontname="heit", fontsize=8)
            p.page.insert_text((420, 40), "doi:10.5555/jnrs.2021.045", fontsize=8)
            p.page.insert_text((W / 2, 810), f"Page {n} of 2", fontsize=8)
            if n == 1:
                p.line("Methods", font="hebo", size=11)
                p.para(" ".join([ANIMALS] * 8))
                p.y += 6
                # A paragraph that fills the page and ends it mid-sentence.
                for ln in _wrap(" ".join([ISOLATION] * 12), WIDTH):
                    if p.y > 760:
                        break
                    p.line(ln)
                p.line(cut)
            else:
                p.line(tail)
                p.para(RESULTS)

    doc = _pdf(build)
    block = _block(doc, "The pellet was washed")
    assert f"{cut} {tail}" in block.text
    assert "J Neural Repair" not in doc.text and "Page 1 of 2" not in doc.text
    start = doc.text.index("resuspended")
    ev = doc.evidence(start, start + len("resuspended"))
    assert ev.page == 2 and ev.section == "methods"
    assert ev.bbox is not None and ev.bbox[1] < 200, "the box is where the words are on page 2"
    head = doc.text.index("The pellet")
    assert doc.evidence(head, head + 10).page == 1


def test_a_sentence_over_a_column_break_is_one_block() -> None:
    left = "Rats were randomly allocated to four groups of ten animals each by a person who"
    right = "took no further part in the study, and the allocation list was kept sealed."

    def build(d: pymupdf.Document) -> None:
        page = d.new_page(width=W, height=H)
        y = 100.0
        page.insert_text((50, y - 20), "Methods", fontname="hebo", fontsize=11)
        for ln in _wrap(" ".join([ANIMALS] * 3), 230):
            page.insert_text((50, y), ln, fontsize=10)
            y += 12.5
        for ln in _wrap(left, 230):
            page.insert_text((50, y), ln, fontsize=10)
            y += 12.5
        y = 100.0
        for ln in _wrap(right, 230) + _wrap(RESULTS, 230):
            page.insert_text((310, y), ln, fontsize=10)
            y += 12.5

    doc = _pdf(build)
    assert f"{left} {right}" in " ".join(_block(doc, "randomly allocated").text.split())


def test_a_title_is_not_run_together_with_the_author_line() -> None:
    def build(d: pymupdf.Document) -> None:
        p = Page(d, title=False)
        p.line("Exosomes from stromal cells promote recovery of", font="hebo", size=16)
        p.line("locomotion after contusion in rats", font="hebo", size=16)
        p.line("Wei Chen, Maria Rossi and Tomas Novak", size=10, gap=6)
        p.line("Abstract", font="hebo", size=11, gap=10)
        p.para(INTRO)

    doc = _pdf(build)
    assert doc.metadata["title"] == (
        "Exosomes from stromal cells promote recovery of locomotion after contusion in rats"
    )


def test_margin_line_numbers_stay_out_of_the_text() -> None:
    """Accepted manuscripts number every line in the left margin."""
    text = f"{ANIMALS} {ISOLATION} {RESULTS}"

    def build(d: pymupdf.Document) -> None:
        p = Page(d, pitch=24)  # double spaced, as manuscripts are
        n = 1
        p.line("Methods", font="hebo", size=11)
        p.page.insert_text((40, p.y - p.pitch), str(n), fontsize=8)
        for ln in _wrap(text, WIDTH):
            n += 1
            p.page.insert_text((40, p.y), str(n), fontsize=8)
            p.line(ln)

    doc = _pdf(build)
    para = _block(doc, "Adult female")
    assert " ".join(text.split()) in para.text, "numbers must not enter or break sentences"
    assert not doc.tables


def test_double_spaced_paragraphs_are_kept_apart_and_whole() -> None:
    def build(d: pymupdf.Document) -> None:
        p = Page(d, pitch=25)
        p.line("Methods", font="hebo", size=11)
        p.para(ANIMALS, gap=0)
        p.para(ISOLATION, gap=25)

    doc = _pdf(build)
    assert _block(doc, "Adult female").text == ANIMALS
    assert _block(doc, "Conditioned medium").text == ISOLATION


@pytest.mark.parametrize("label", ["Fig. 3.", "Figure 3 |", "FIGURE 3", "Figure 3:"])
def test_figure_captions_are_not_merged_into_the_body(label: str) -> None:
    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.line("Results", font="hebo", size=11)
        p.para(RESULTS)
        p.para(f"{label} Open-field scores of the four groups over eight weeks.", size=8.5)
        p.para(ANIMALS)

    doc = _pdf(build)
    cap = _block(doc, "Open-field scores")
    assert cap.kind is BlockKind.CAPTION and cap.section is SectionKind.FIGURE_CAPTION
    assert "Open-field scores" not in _block(doc, "Treated rats").text
    assert "Open-field scores" not in _block(doc, "Adult female").text


# --- tables -------------------------------------------------------------------------


def _table(page: pymupdf.Page, rows: list[list[list[str]]], y: float, xs: list[float],
           pad: float) -> float:  # fmt: skip
    """Rows of cells, each cell a list of lines; ``pad`` extra space between rows."""
    for row in rows:
        height = max(len(c) for c in row)
        for x, cell in zip(xs, row, strict=True):
            for k, text in enumerate(cell):
                page.insert_text((x, y + 10 * k), text, fontsize=8)
        y += 10 * height + pad
    return y


def test_a_cell_whose_text_wraps_keeps_all_its_lines() -> None:
    rows = [
        [["Group"], ["Treatment"], ["Dose"]],
        [["Sham"], ["Laminectomy", "only"], ["n/a"]],
        [["SCI + Exo"], ["Exosomes from", "primed MSCs"], ["50 µg in", "10 µL"]],
        [["SCI + PBS"], ["Vehicle"], ["10 µL"]],
    ]

    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.para(INTRO)
        p.page.insert_text((X0, p.y + 14), "Table 1. Experimental groups.", fontsize=9)
        y = _table(p.page, rows, p.y + 34, [X0, 180, 320], pad=5)
        p.y = y + 20
        p.para(RESULTS)

    doc = _pdf(build)
    assert [t.label for t in doc.tables] == ["Table 1"]
    assert doc.tables[0].rows == [
        ["Group", "Treatment", "Dose"],
        ["Sham", "Laminectomy only", "n/a"],
        ["SCI + Exo", "Exosomes from primed MSCs", "50 µg in 10 µL"],
        ["SCI + PBS", "Vehicle", "10 µL"],
    ]


def test_rows_grouped_under_one_label_are_not_taken_for_wrapped_lines() -> None:
    """Evenly spaced rows with an empty first cell are rows of their own."""
    rows = [
        [["Group"], ["Day"], ["BBB"]],
        [["SCI + Exo"], ["1"], ["0.6 ± 0.4"]],
        [[""], ["7"], ["6.8 ± 1.0"]],
        [[""], ["28"], ["12.4 ± 1.3"]],
        [["SCI + PBS"], ["1"], ["0.5 ± 0.3"]],
        [[""], ["28"], ["8.1 ± 1.4"]],
    ]

    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.para(INTRO)
        p.page.insert_text((X0, p.y + 14), "Table 2. BBB scores.", fontsize=9)
        y = _table(p.page, rows, p.y + 34, [X0, 180, 320], pad=4)
        p.y = y + 20
        p.para(RESULTS)

    doc = _pdf(build)
    assert doc.tables[0].rows == [[c[0] for c in r] for r in rows]


def test_line_numbers_do_not_become_a_table_column() -> None:
    rows = [["Group", "Day 7", "Day 28"], ["Sham", "21.0", "21.0"], ["SCI + PBS", "4.2", "8.1"],
            ["SCI + Exo", "6.8", "12.4"]]  # fmt: skip

    def build(d: pymupdf.Document) -> None:
        p = Page(d, pitch=14)
        n = 0
        for text in _wrap(INTRO, WIDTH):
            n += 1
            p.page.insert_text((40, p.y), str(n), fontsize=8)
            p.line(text)
        n += 1
        p.page.insert_text((40, p.y + 8), str(n), fontsize=8)
        p.page.insert_text((X0, p.y + 8), "Table 2. BBB scores at two time points.", fontsize=9)
        y = p.y + 28
        for row in rows:
            n += 1
            p.page.insert_text((40, y), str(n), fontsize=8)
            for x, cell in zip([X0, 200, 320], row, strict=True):
                p.page.insert_text((x, y), cell, fontsize=8)
            y += 14

    doc = _pdf(build)
    assert doc.tables and doc.tables[0].rows == rows


# --- columns, tables in reading order, running heads -----------------------------

# Sentences of the kind each column holds; every one ends its paragraph.
COLUMN_TEXT = [ANIMALS, ISOLATION, RESULTS, INTRO]


def _columns(page: pymupdf.Page, n: int, y: float, paras: list[str], *, left: float = 50.0,
             right: float = 545.0, gap: float = 14.0) -> None:  # fmt: skip
    """``paras[k]`` set in column k of ``n`` equal columns between ``left`` and ``right``."""
    width = (right - left - (n - 1) * gap) / n
    for k, text in enumerate(paras):
        x, yy = left + k * (width + gap), y
        for ln in _wrap(text, width, size=9):
            page.insert_text((x, yy), ln, fontsize=9)
            yy += 11


@pytest.mark.parametrize("n", [2, 3, 4])
@pytest.mark.parametrize("wide_top", [False, True], ids=["columns-only", "full-width-block-above"])
def test_columns_are_read_left_to_right_whole(n: int, wide_top: bool) -> None:
    """Two, three or four columns, alone or under a full-width abstract."""
    paras = [" ".join([COLUMN_TEXT[k]] * 3) for k in range(n)]
    abstract = (
        "We asked whether small vesicles from bone marrow stromal cells, given once into a tail vein "
        "after a thoracic contusion, change how far rats recover over six weeks, and found that they do."
    )

    def build(d: pymupdf.Document) -> None:
        page = d.new_page(width=W, height=H)
        page.insert_text((50, 60), "Exosome therapy for the contused rat spinal cord", fontname="hebo", fontsize=15)
        y = 90.0
        if wide_top:
            for ln in _wrap(abstract, 495, size=9):
                page.insert_text((50, y), ln, fontsize=9)
                y += 11
            y += 20
        _columns(page, n, y, paras)

    doc = _pdf(build)
    starts = [doc.text.index(p[:40]) for p in paras]
    assert starts == sorted(starts), "columns are read left to right"
    for p in paras:
        assert " ".join(p.split()) in _block(doc, p[:40]).text, "a column's paragraph stays whole"
    if wide_top:
        assert _block(doc, abstract[:40]).text == abstract, "the full-width block is read whole, first"
        assert doc.text.index(abstract[:40]) < starts[0]


def test_a_sentence_over_a_break_between_three_columns_is_one_block() -> None:
    first = "Hindlimb movements were scored in an open field by two observers who"
    second = "did not know the groups, and their scores were averaged for each animal."

    def build(d: pymupdf.Document) -> None:
        page = d.new_page(width=W, height=H)
        page.insert_text((50, 60), "Exosome therapy for the contused rat spinal cord", fontname="hebo", fontsize=15)
        width = (495 - 28) / 3
        lines_a = _wrap(" ".join([ANIMALS] * 3) + " " + first, width, size=9)
        lines_b = _wrap(second + " " + " ".join([ISOLATION] * 2), width, size=9)
        lines_c = _wrap(" ".join([RESULTS] * 3), width, size=9)
        for k, lines in enumerate([lines_a, lines_b, lines_c]):
            y = 100.0
            for ln in lines:
                page.insert_text((50 + k * (width + 14), y), ln, fontsize=9)
                y += 11

    doc = _pdf(build)
    assert f"{first} {second}" in _block(doc, "Hindlimb movements").text


def _two_column_page_with_table(d: pymupdf.Document, *, table_in_left: bool) -> None:
    """Results in the left column ending with a table; References open the right one."""
    page = d.new_page(width=W, height=H)
    page.insert_text((50, 60), "Exosome therapy for the contused rat spinal cord", fontname="hebo", fontsize=15)
    y = 100.0
    page.insert_text((50, y), "Results", fontname="hebo", fontsize=11)
    y += 16
    for ln in _wrap(" ".join([RESULTS] * 4), 230):
        page.insert_text((50, y), ln, fontsize=10)
        y += 12.5
    if table_in_left:
        y += 14
        page.insert_text((50, y), "Table 2. BBB scores by group.", fontsize=9)
        y += 16
        for row in [["Group", "Day 7", "Day 28"], ["SCI + PBS", "4.2", "8.1"], ["SCI + Exo", "6.8", "12.4"]]:
            for x, cell in zip([50, 140, 210], row, strict=True):
                page.insert_text((x, y), cell, fontsize=8)
            y += 11
    y = 100.0
    page.insert_text((310, y), "Discussion", fontname="hebo", fontsize=11)
    y += 16
    for ln in _wrap(" ".join([INTRO] * 2), 230):
        page.insert_text((310, y), ln, fontsize=10)
        y += 12.5
    y += 10
    page.insert_text((310, y), "References", fontname="hebo", fontsize=11)
    y += 14
    for k in range(1, 5):
        page.insert_text((310, y), f"{k}. Author A, Author B. A study of vesicles. J Invented. 2020;{k}:1-9.", fontsize=7.5)
        y += 10


def test_a_table_at_the_foot_of_a_column_stays_in_its_section() -> None:
    doc = _pdf(lambda d: _two_column_page_with_table(d, table_in_left=True))
    table = doc.tables[0]
    assert table.rows == [["Group", "Day 7", "Day 28"], ["SCI + PBS", "4.2", "8.1"], ["SCI + Exo", "6.8", "12.4"]]
    assert table.block_index is not None
    block = doc.blocks[table.block_index]
    assert block.heading == "Results", "the table sits under Results, not under References"
    refs = next(i for i, b in enumerate(doc.blocks) if b.text == "References")
    discussion = next(i for i, b in enumerate(doc.blocks) if b.text == "Discussion")
    assert table.block_index < discussion < refs


def test_a_table_in_mid_column_is_read_where_it_stands() -> None:
    before = "Scores of the two groups at each time point are listed below for reference."
    after = "Sham animals kept full scores throughout and are not shown in the table."

    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.line("Results", font="hebo", size=11, gap=10)
        p.para(before)
        p.page.insert_text((X0, p.y + 14), "Table 1. BBB scores.", fontsize=9)
        y = _table(p.page, [[["Group"], ["Day 7"]], [["PBS"], ["4.2"]], [["Exo"], ["6.8"]]], p.y + 32,
                   [X0, 200], pad=3)  # fmt: skip
        p.y = y + 14
        p.para(after)
        p.line("Discussion", font="hebo", size=11, gap=12)
        p.para(INTRO)

    doc = _pdf(build)
    i = doc.tables[0].block_index
    assert i is not None
    order = [doc.text.index(before), doc.blocks[i].start, doc.text.index(after)]
    assert order == sorted(order)
    assert doc.blocks[i].heading == "Results"


RESULTS_SUBHEADINGS = ["Animals excluded", "Animal welfare and exclusions", "Statistical analysis of recovery",
                       "Study design deviations"]  # fmt: skip


@pytest.mark.parametrize("sub", RESULTS_SUBHEADINGS)
def test_a_methods_like_subheading_under_results_stays_in_results(sub: str) -> None:
    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.line("Methods", font="hebo", size=11, gap=10)
        p.para(ANIMALS)
        p.line("Results", font="hebo", size=11, gap=12)
        p.para(RESULTS)
        p.line(sub, font="hebo", size=10, gap=12)
        p.para(ISOLATION)

    doc = _pdf(build)
    assert _block(doc, "Conditioned medium").section is SectionKind.RESULTS


@pytest.mark.parametrize("heading", ["Materials and methods", "Methods", "4. Methods", "Experimental procedures"])
def test_methods_printed_after_the_discussion_are_methods(heading: str) -> None:
    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.line("Results", font="hebo", size=11, gap=10)
        p.para(RESULTS)
        p.line("Discussion", font="hebo", size=11, gap=12)
        p.para(INTRO)
        p.line(heading, font="hebo", size=11, gap=12)
        p.line("Animals", font="hebo", size=10, gap=6)
        p.para(ANIMALS)

    doc = _pdf(build)
    assert _block(doc, "Adult female").section is SectionKind.METHODS


def test_a_small_type_reference_list_stays_under_its_heading() -> None:
    """Small type right under "References" is the list, not a float to hold back."""

    def build(d: pymupdf.Document) -> None:
        p = Page(d)
        p.line("Discussion", font="hebo", size=11, gap=10)
        p.para(INTRO)
        p.line("References", font="hebo", size=11, gap=12)
        for k in range(1, 4):
            p.line(f"{k}. Author A, Author B. Vesicles in the cord. J Invented. 2020;{k}:1-9.", size=7.5)
        q = Page(d)
        q.para(RESULTS)

    doc = _pdf(build)
    ref = _block(doc, "1. Author A")
    assert ref.section is SectionKind.REFERENCES
    assert ref.start < doc.text.index(RESULTS[:30]), "the list comes before the next page's text"


HEADS = {
    "alternating": (lambda n: f"{n}    Okafor et al." if n % 2 == 0 else f"Vesicles after contusion    {n}"),
    "journal-pages": (lambda n: f"J Invented Neurosci 2021; 12: {400 + n}"),
    "page-of": (lambda n: f"Okafor et al. Page {n} of 3"),
}


@pytest.mark.parametrize("style", HEADS)
@pytest.mark.parametrize("at", ["top", "bottom"])
def test_running_heads_in_body_type_stay_out_of_paragraphs(style: str, at: str) -> None:
    """Later pages carry a running head (the first page none), set as large as the body."""
    cut = "Vesicles were counted by tunable resistive pulse sensing and"
    tail = "imaged by transmission electron microscopy after negative staining."

    def build(d: pymupdf.Document) -> None:
        for n in (1, 2, 3):
            p = Page(d, y=100)
            if n > 1:
                text = HEADS[style](n)
                p.page.insert_text((X0, 50 if at == "top" else 805), text, fontsize=10)
            if n == 1:
                p.line("Methods", font="hebo", size=11)
                p.para(" ".join([ANIMALS] * 2))
            if n == 3:
                p.line(tail)
                p.para(RESULTS)
                continue
            for ln in _wrap(" ".join([ISOLATION] * 14), WIDTH):
                if p.y > 760:
                    break
                p.line(ln)
            if n == 2:
                p.line(cut)

    doc = _pdf(build)
    for n in (2, 3):
        assert HEADS[style](n) not in doc.text
    assert "Okafor" not in doc.text and "J Invented" not in doc.text
    assert f"{cut} {tail}" in _block(doc, cut[:30]).text
