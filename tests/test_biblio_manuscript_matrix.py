"""Bibliographic fields on the first page of accepted manuscripts and preprints.

Author manuscripts (PMC/NIHMS), preprints (bioRxiv, medRxiv, Research Square) and
journals' "accepted article" PDFs set page 1 differently from the typeset article:
a banner ("Author manuscript", a preprint server's line), a "Published in final
edited form as:" citation line, double spacing that splits a wrapped title into
separate blocks, continuous line numbers in a margin, superscript affiliation
markers, a "Running title:" line and a "Corresponding author:" block. Each page
here is drawn with PyMuPDF in one such style and parsed like any PDF; the first
author, the full title, the journal, the year and the DOI must come out, and the
banner, the running title, the server and the corresponding author must not be
taken for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pymupdf as fitz
import pytest

from miner.extract.fields import extract_fields
from miner.parse import parse_path

_W, _H = 612, 792


@dataclass
class Style:
    """How one manuscript page 1 is laid out."""

    title_lines: tuple[str, ...]
    authors: tuple[tuple[str, str], ...]  # (name, superscript marker)
    banner: str = ""  # the running header at the top of the page
    front: tuple[str, ...] = ()  # lines above the title ("Published in final edited form as: ...")
    running_title: str = ""
    numbers: str = "left"  # margin line numbers: "left", "right" or ""
    spacing: float = 2.0  # line pitch in font sizes (2.0 = double spacing)
    title_size: float = 16.0
    body_size: float = 11.0
    corresponding: str = ""
    below_authors: tuple[str, ...] = ()  # extra lines under the affiliations
    affiliations: tuple[str, ...] = (
        "1 Department of Neurosurgery, Example University Hospital, Springfield",
        "2 Laboratory of Cell Therapy, Sample Institute of Medicine, Riverton",
    )


@dataclass
class _Writer:
    page: fitz.Page
    style: Style
    y: float = 60.0
    line_no: int = 1
    marks: list[float] = field(default_factory=list)

    def line(self, text: str, size: float, *, x: float = 72.0, bold: bool = False) -> None:
        self.y += size * self.style.spacing
        self.page.insert_text((x, self.y), text, fontsize=size, fontname="hebo" if bold else "helv")
        self.marks.append(self.y)

    def authors(self, authors: tuple[tuple[str, str], ...], size: float) -> None:
        self.y += size * self.style.spacing
        x = 72.0
        for i, (name, mark) in enumerate(authors):
            sep = ", " if i < len(authors) - 1 else ""
            self.page.insert_text((x, self.y), name, fontsize=size, fontname="helv")
            x += fitz.get_text_length(name, fontname="helv", fontsize=size)
            if mark:
                # Superscript: smaller type raised by a third of the size.
                self.page.insert_text(
                    (x, self.y - size / 3), mark, fontsize=size * 0.6, fontname="helv"
                )
                x += fitz.get_text_length(mark, fontname="helv", fontsize=size * 0.6)
            if sep:
                self.page.insert_text((x, self.y), sep, fontsize=size, fontname="helv")
                x += fitz.get_text_length(sep, fontname="helv", fontsize=size)
        self.marks.append(self.y)

    def numbers(self) -> None:
        if not self.style.numbers:
            return
        for n, y in enumerate(self.marks, start=1):
            label = str(n)
            x = 40.0 if self.style.numbers == "left" else _W - 40.0
            self.page.insert_text((x, y), label, fontsize=8, fontname="helv")


_ABSTRACT = (
    "Spinal cord injury leaves lasting deficits and no treatment restores function. "
    "We gave extracellular vesicles from cultured stromal cells to injured rats and "
    "scored their hindlimb movement over six weeks in an open field."
)


def render(style: Style, path: Path) -> Path:
    """Page 1 of a manuscript in ``style`` and a plain second page, saved to ``path``."""
    doc = fitz.open()
    page = doc.new_page(width=_W, height=_H)
    w = _Writer(page, style)
    if style.banner:
        page.insert_text((72, 36), style.banner, fontsize=8, fontname="helv")
    b = style.body_size
    for text in style.front:
        w.line(text, b)
    if style.running_title:
        w.line(style.running_title, b)
    w.y += b
    for text in style.title_lines:
        w.line(text, style.title_size, bold=True)
    w.y += b
    w.authors(style.authors, b)
    for text in style.affiliations:
        w.line(text, b * 0.9)
    if style.corresponding:
        w.line(style.corresponding, b * 0.9)
    for text in style.below_authors:
        w.line(text, b * 0.9)
    w.y += b
    w.line("Abstract", b + 1, bold=True)
    words = _ABSTRACT.split()
    row: list[str] = []
    for word in words:
        if fitz.get_text_length(" ".join([*row, word]), fontname="helv", fontsize=b) > 460:
            w.line(" ".join(row), b)
            row = []
        row.append(word)
    w.line(" ".join(row), b)
    w.numbers()
    second = doc.new_page(width=_W, height=_H)
    second.insert_text((72, 100), "Introduction", fontsize=12, fontname="hebo")
    second.insert_text((72, 130), "Vesicles carry proteins and RNA between cells.", fontsize=11)
    doc.save(path)
    doc.close()
    return path


def bibliographic(style: Style, tmp_path: Path) -> dict[str, object]:
    doc = parse_path(render(style, tmp_path / "page1.pdf"))
    fields = extract_fields(doc, None)
    return {
        k: fields[k].value
        for k in ("title", "first_author", "journal", "year", "doi")
        if k in fields
    }


_TITLE_2 = (
    "Weekly intrathecal delivery of native bone marrow stromal cell",
    "exosomes after weight-drop contusion in the rat",
)
_TITLE_3 = (
    "Hypoxia-preconditioned adipose stem cell exosomes started at the",
    "subacute stage restore locomotion after clip compression of the",
    "rat thoracic cord",
)
_TITLE_CAPS_CUT = (
    "Umbilical Cord Mesenchymal Stem Cell Exosomes Improve Hindlimb",
    "Function After Thoracic Contusion in Rats",
)
_TITLE_MIDDLE = (
    "Extracellular vesicles from human umbilical cord",
    "mesenchymal stromal cells improve locomotion after spinal cord",
    "contusion in adult female rats",
)
_AUTHORS = (("Imani Okafor", "1,*"), ("Lars Henriksen", "2"), ("Mei Tanaka", "1"))
_AUTHORS_PLAIN = (("Rosa Quintero", "1"), ("Daniel Weiss", "1,2"), ("Amit Rao", "2*"))

# (style, expected title, first author, journal, year, doi); None = must stay empty.
CASES = {
    "nihms_left_numbers": (
        Style(
            _TITLE_2,
            _AUTHORS,
            banner="Author manuscript",
            front=(
                "Author manuscript; available in PMC 2022 March 01.",
                "Published in final edited form as: J Spinal Regen Res. 2021; 12(3): 45-56. doi:10.5555/jsrr.2021.045",
            ),
        ),
        " ".join(_TITLE_2),
        "Okafor",
        "J Spinal Regen Res",
        2021,
        "10.5555/jsrr.2021.045",
    ),
    "nihms_right_numbers_three_line_title": (
        Style(
            _TITLE_3,
            _AUTHORS_PLAIN,
            banner="HHS Public Access",
            numbers="right",
            front=(
                "Published in final edited form as: Cell Transplantation Letters (Synthetic). 2022; 31:1-22.",
                "doi: 10.5555/ctl.2022.4410",
            ),
            corresponding="Corresponding author: Daniel Weiss, weiss@example.org",
        ),
        " ".join(_TITLE_3),
        "Quintero",
        "Cell Transplantation Letters (Synthetic)",
        2022,
        "10.5555/ctl.2022.4410",
    ),
    "preprint_banner_journal_in_subsequent_line": (
        Style(
            _TITLE_2,
            _AUTHORS_PLAIN,
            banner="bioRxiv preprint doi: https://doi.org/10.1101/2020.05.04.077123; this version posted May 6, 2020.",
            front=(
                "Preprint. Not peer reviewed. Subsequently published in Neurotrauma Reports (Synthetic) (2020).",
                "doi: 10.5555/ntrs.2020.0147",
            ),
        ),
        " ".join(_TITLE_2),
        "Quintero",
        "Neurotrauma Reports (Synthetic)",
        2020,
        None,  # the banner's preprint DOI or the journal's: the parser's choice, not pinned here
    ),
    "preprint_only_server_is_not_a_journal": (
        Style(
            _TITLE_CAPS_CUT,
            _AUTHORS,
            banner="medRxiv preprint doi: https://doi.org/10.1101/2021.02.11.21251234; this version posted February 13, 2021.",
            front=("Preprint. Not peer reviewed.",),
            spacing=1.5,
        ),
        " ".join(_TITLE_CAPS_CUT),
        "Okafor",
        None,
        None,
        None,
    ),
    "accepted_article_running_title_and_single_spacing": (
        Style(
            _TITLE_2,
            _AUTHORS,
            banner="Accepted Article",
            front=(
                "Accepted for publication in Journal of Neural Repair Research, 2023; 17(9): e2311",
            ),
            running_title="Running title: Intrathecal exosomes after contusion",
            spacing=1.3,
            numbers="",
        ),
        " ".join(_TITLE_2),
        "Okafor",
        "Journal of Neural Repair Research",
        2023,
        None,
    ),
    "one_size_manuscript_page": (
        Style(
            _TITLE_3,
            (("Chen Wei", "1"), ("Ana Lucía Pérez", "2,*"), ("Tom Baker", "1")),
            front=("Published in final edited form as: Exp Spinal Med. 2019 Jun; 48(2): 101-112.",),
            title_size=12.0,
            body_size=12.0,
        ),
        " ".join(_TITLE_3),
        "Wei",
        "Exp Spinal Med",
        2019,
        None,
    ),
    "citation_cue_on_its_own_line": (
        Style(
            _TITLE_MIDDLE,
            _AUTHORS,
            front=(
                "Published in final edited form as:",
                "Neural Regen Lett. 2018 Nov; 7(4): 301-309. doi:10.5555/nrl.2018.301",
            ),
        ),
        " ".join(_TITLE_MIDDLE),
        "Okafor",
        "Neural Regen Lett",
        2018,
        "10.5555/nrl.2018.301",
    ),
    "journal_only_in_the_author_manuscript_banner": (
        Style(
            _TITLE_2,
            _AUTHORS_PLAIN,
            banner="Spinal Cord Repair Rep. Author manuscript; available in PMC 2022 March 01.",
        ),
        " ".join(_TITLE_2),
        "Quintero",
        "Spinal Cord Repair Rep",
        None,
        None,
    ),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_manuscript_and_preprint_first_pages(case: str, tmp_path: Path) -> None:
    style, title, author, journal, year, doi = CASES[case]
    got = bibliographic(style, tmp_path)
    assert got.get("title") == title
    assert got.get("first_author") == author
    assert got.get("journal") == journal
    if year is not None:
        assert got.get("year") == year
    if doi is not None:
        assert got.get("doi") == doi


def test_a_running_title_is_not_the_title(tmp_path: Path) -> None:
    style = Style(
        _TITLE_3,
        _AUTHORS,
        running_title="Running title: Hypoxic exosomes after compression",
        front=("Published in final edited form as: Exp Spinal Med. 2019; 48(2): 101-112.",),
    )
    got = bibliographic(style, tmp_path)
    assert got.get("title") == " ".join(_TITLE_3)
    assert "Running title" not in str(got.get("title"))


def test_the_corresponding_author_who_is_not_first_is_not_the_first_author(tmp_path: Path) -> None:
    style = Style(
        _TITLE_2,
        (("Yusuf Demirci", "1"), ("Hana Novotná", "2,*")),
        corresponding="*Corresponding author: Hana Novotná, novotna@example.org",
        front=("Published in final edited form as: Neural Regen Lett. 2020; 5(1): 12-20.",),
    )
    assert bibliographic(style, tmp_path).get("first_author") == "Demirci"


def test_author_manuscript_banner_is_neither_title_nor_journal(tmp_path: Path) -> None:
    style = Style(
        _TITLE_2,
        _AUTHORS,
        banner="Author manuscript",
        front=("Author manuscript; available in PMC 2021 July 15.",),
    )
    got = bibliographic(style, tmp_path)
    assert got.get("title") == " ".join(_TITLE_2)
    assert "journal" not in got  # no citation line: nothing names the journal


def test_a_title_that_ends_a_sentence_does_not_swallow_the_line_below(tmp_path: Path) -> None:
    # Nearly one type size: the line under a complete title is the author line, not its tail.
    style = Style(
        ("Exosomes from stromal cells in rat spinal cord injury: a dose study.",),
        (("Kofi Mensah", ""), ("Laura Becker", "")),
        title_size=13.0,
        body_size=12.0,
    )
    got = bibliographic(style, tmp_path)
    assert (
        got.get("title") == "Exosomes from stromal cells in rat spinal cord injury: a dose study."
    )
    assert got.get("first_author") == "Mensah"
