"""Table cells and header cells set over several lines, and declarations run into
their paragraph after the Discussion: each case renders a small PDF and pins what
``parse_pdf`` gives.

A wrapped cell's second line sits closer to its first than the table's rows sit
apart; it must join its row cell by cell, also when another row's superscript
("5 × 10^9") makes that row's box reach up towards the row above. Group names
wrapped over two or three header lines are one header row; a row of subheaders
under a spanning header is not a wrap.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from miner.parse import parse_pdf
from miner.parse.model import ParsedDocument, SectionKind

W, H = 595.0, 842.0
X0 = 60.0
SIZE = 8.0
BODY = (
    "Rats were scored in an open field by two observers blinded to the treatment groups, "
    "and the mean of both scores was used for every animal and time point of the study."
)

# A cell is its lines; a line may end in a raised exponent written "10^9".
Cell = list[str]


def _para(page: pymupdf.Page, y: float, text: str, width: float = 470) -> float:
    line = ""
    for w in text.split():
        if line and pymupdf.get_text_length(f"{line} {w}", fontname="tiro", fontsize=10) > width:
            page.insert_text((X0, y), line, fontname="tiro", fontsize=10)
            y, line = y + 12, w
        else:
            line = f"{line} {w}".strip()
    page.insert_text((X0, y), line, fontname="tiro", fontsize=10)
    return y + 12


def _text(page: pymupdf.Page, x: float, y: float, text: str, font: str) -> None:
    """One cell line; "10^9" draws the 9 raised and smaller, as typesetters do."""
    base, _, sup = text.partition("^")
    page.insert_text((x, y), base, fontname=font, fontsize=SIZE)
    if sup:
        head, _, tail = sup.partition(" ")
        x += pymupdf.get_text_length(base, fontname=font, fontsize=SIZE)
        # Set high, as some typesetters do: its box reaches well above the line's.
        page.insert_text((x, y - 5), head, fontname=font, fontsize=SIZE * 0.7)
        x += pymupdf.get_text_length(head, fontname=font, fontsize=SIZE * 0.7)
        if tail:
            page.insert_text((x, y), " " + tail, fontname=font, fontsize=SIZE)


def table_pdf(rows: list[list[Cell]], xs: list[float], *, header_rows: int = 1,
              line_pitch: float = 11.5, row_pad: float = 5.5) -> bytes:  # fmt: skip
    """Running text, a captioned table whose cells wrap over lines, more text.

    Lines of one cell are ``line_pitch`` apart; rows get ``row_pad`` more.
    Header rows are set in bold.
    """
    pdf = pymupdf.open()
    page = pdf.new_page(width=W, height=H)
    y = _para(page, 80, BODY) + 14
    page.insert_text((X0, y), "Table 1. Experimental groups and BBB scores.", fontname="hebo", fontsize=9)
    y += 16
    for k, row in enumerate(rows):
        font = "hebo" if k < header_rows else "helv"
        for x, cell in zip(xs, row, strict=True):
            for i, line in enumerate(cell):
                _text(page, x, y + i * line_pitch, line, font)
        y += max(len(c) for c in row) * line_pitch + row_pad
    _para(page, y + 20, BODY)
    data = pdf.tobytes()
    pdf.close()
    return data


def _table(data: bytes) -> list[list[str]]:
    doc = parse_pdf(data, name="wraps.pdf")
    assert [t.label for t in doc.tables] == ["Table 1"]
    return doc.tables[0].rows


GROUP_XS = [X0, 120, 150, 250, 360, 440]
GROUP_HEAD: list[Cell] = [["Group"], ["n"], ["Treatment"], ["Dose"], ["Route"], ["Schedule"]]


@pytest.mark.parametrize("dose", ["20 µl PBS", "5 × 10^9 particles/ml"], ids=["plain", "superscript"])
# Line pitch within a cell and the padding rows get on top: from tight rows with
# a wrap gap of a third of the row gap to airy ones.
@pytest.mark.parametrize("pitch,pad", [(14.0, 2.5), (13.5, 3.5), (11.5, 5.5), (12.0, 8.0)])
def test_wrapped_body_cells_join_their_row(dose: str, pitch: float, pad: float) -> None:
    rows: list[list[Cell]] = [
        GROUP_HEAD,
        [["Sham"], ["6"], ["Laminectomy only"], ["none"], ["none"], ["none"]],
        [["Vehicle"], ["9"], ["SCI + PBS"], ["20 µl PBS"], ["i.t., lumbar", "puncture"],
         ["days 1, 3 and 5", "post-injury"]],
        [["EV"], ["9"], ["SCI + EVs"], [dose], ["i.t., lumbar", "puncture"],
         ["days 1, 3 and 5", "post-injury"]],
        [["Late EV"], ["8"], ["SCI + EVs"], ["20 µl EVs"], ["intravenous"], ["day 7", "post-injury"]],
    ]  # fmt: skip
    got = _table(table_pdf(rows, GROUP_XS, line_pitch=pitch, row_pad=pad))
    # How the exponent is written ("10^9", "10 9") is not what this test is about.
    got[3][3] = got[3][3].replace(" 9 ", "^9 ")
    assert got == [
        ["Group", "n", "Treatment", "Dose", "Route", "Schedule"],
        ["Sham", "6", "Laminectomy only", "none", "none", "none"],
        ["Vehicle", "9", "SCI + PBS", "20 µl PBS", "i.t., lumbar puncture", "days 1, 3 and 5 post-injury"],
        ["EV", "9", "SCI + EVs", dose, "i.t., lumbar puncture", "days 1, 3 and 5 post-injury"],
        ["Late EV", "8", "SCI + EVs", "20 µl EVs", "intravenous", "day 7 post-injury"],
    ]


def test_rows_set_at_the_tables_own_spacing_stay_rows() -> None:
    """Long-format rows that leave the group cell empty are rows, not wraps."""
    rows: list[list[Cell]] = [
        [["Group"], ["Day"], ["BBB score"]],
        [["SCI + PBS"], ["1"], ["0.5 ± 0.3"]],
        [[""], ["7"], ["4.2 ± 0.9"]],
        [["SCI + Exo"], ["1"], ["0.6 ± 0.4"]],
        [[""], ["7"], ["6.8 ± 1.0"]],
        [["Sham"], ["1"], ["21.0 ± 0.0"]],
    ]
    got = _table(table_pdf(rows, [X0, 180, 260]))
    assert got == [["".join(c) for c in r] for r in rows]


DAY_XS = [X0, 110, 190, 270]


@pytest.mark.parametrize("head_pitch", [9.5, 11.5, 12.5])
def test_group_names_wrapped_over_header_lines_are_one_header_row(head_pitch: float) -> None:
    head: list[Cell] = [
        ["Day"],
        ["Balloon SCI +", "aCSF", "(vehicle,", "intrathecal)"],
        ["Balloon SCI +", "Exo (native", "exosomes)"],
        ["Balloon SCI +", "MT-Exo"],
    ]
    body: list[list[Cell]] = [
        [[d], [f"{a} ± 0.20"], [f"{b} ± 0.30"], [f"{c} ± 0.40"]]
        for d, a, b, c in [("d1", "0.43", "0.57", "0.43"), ("d7", "2.57", "3.00", "3.43"),
                           ("d14", "4.71", "5.86", "7.14"), ("d28", "6.86", "8.29", "10.14")]
    ]  # fmt: skip
    got = _table(table_pdf([head, *body], DAY_XS, line_pitch=head_pitch, row_pad=12.6 - head_pitch))
    assert got[0] == [
        "Day",
        "Balloon SCI + aCSF (vehicle, intrathecal)",
        "Balloon SCI + Exo (native exosomes)",
        "Balloon SCI + MT-Exo",
    ]
    assert got[1:] == [[" ".join(c) for c in r] for r in body]


def test_subheaders_under_a_spanning_header_stay_their_own_row() -> None:
    rows: list[list[Cell]] = [
        [["Time"], ["BBB score (mean ± SEM)"], [""], [""]],
        [[""], ["Sham (n = 6)"], ["Vehicle (n = 9)"], ["EV (n = 9)"]],
        [["Day 1"], ["20.8 ± 0.2"], ["0.3 ± 0.1"], ["0.4 ± 0.2"]],
        [["Day 7"], ["21.0 ± 0.0"], ["2.1 ± 0.4"], ["2.8 ± 0.4"]],
        [["Day 14"], ["21.0 ± 0.0"], ["3.9 ± 0.5"], ["5.4 ± 0.5"]],
    ]
    got = _table(table_pdf(rows, DAY_XS, header_rows=2))
    assert got[1] == ["", "Sham (n = 6)", "Vehicle (n = 9)", "EV (n = 9)"]
    assert got[2:] == [["".join(c) for c in r] for r in rows[2:]]


def test_a_count_row_under_the_header_is_data_not_a_header_line() -> None:
    rows: list[list[Cell]] = [
        [["Day"], ["Sham"], ["Vehicle"], ["Exo"]],
        [[""], ["6"], ["9"], ["9"]],
        [["d1"], ["21.0 ± 0.0"], ["0.3 ± 0.1"], ["0.4 ± 0.2"]],
        [["d7"], ["21.0 ± 0.0"], ["2.1 ± 0.4"], ["2.8 ± 0.4"]],
        [["d14"], ["21.0 ± 0.0"], ["3.9 ± 0.5"], ["5.4 ± 0.5"]],
    ]
    got = _table(table_pdf(rows, DAY_XS, row_pad=3.0))
    assert got == [["".join(c) for c in r] for r in rows]


# --- declarations after the Discussion ------------------------------------------

DECLARATIONS = [
    "Animal welfare.",
    "Ethics.",
    "Ethics statement.",
    "Ethical approval:",
    "Funding.",
    "Conflict of interest.",
    "Competing interests:",
    "Data availability.",
    "Author contributions.",
    "Acknowledgements.",
]


def _article(build_back: str, text: str, *, methods_sub: str | None = None) -> ParsedDocument:
    pdf = pymupdf.open()
    page = pdf.new_page(width=W, height=H)
    page.insert_text((X0, 70), "Exosome therapy for the contused rat spinal cord", fontname="hebo", fontsize=15)
    y = 110.0
    for heading, para in [("Methods", BODY), ("Results", BODY), ("Discussion", BODY)]:
        page.insert_text((X0, y), heading, fontname="hebo", fontsize=11)
        y = _para(page, y + 16, para) + 10
        if heading == "Methods" and methods_sub:
            page.insert_text((X0, y), methods_sub, fontname="hebo", fontsize=10)
            y = _para(page, y + 14, "All procedures followed the national guidelines for animal care.") + 10
    head_w = pymupdf.get_text_length(build_back + " ", fontname="hebo", fontsize=10)
    page.insert_text((X0, y), build_back, fontname="hebo", fontsize=10)
    page.insert_text((X0 + head_w, y), text, fontname="helv", fontsize=10)
    page.insert_text((X0, y + 30), "References", fontname="hebo", fontsize=11)
    page.insert_text((X0, y + 46), "[1] Abernathy RJ. Open-field scales. J Neurotrauma. 2015;12:101-114.",
                     fontname="helv", fontsize=9)  # fmt: skip
    data = pdf.tobytes()
    pdf.close()
    return parse_pdf(data, name="back.pdf")


@pytest.mark.parametrize("head", DECLARATIONS)
def test_a_declaration_run_into_its_paragraph_starts_the_back_matter(head: str) -> None:
    doc = _article(head, "Approved by the committee (AEB-2022-031).")
    block = next(b for b in doc.blocks if "AEB-2022-031" in b.text)
    assert block.section is SectionKind.ACKNOWLEDGEMENTS
    assert block.heading == head.rstrip(".:")
    assert next(b for b in doc.blocks if b.text.startswith("Rats were")).section is SectionKind.METHODS


@pytest.mark.parametrize("sub", ["2.3 Ethics statement", "Animal welfare", "Ethical considerations"])
def test_a_declaration_heading_inside_the_methods_is_a_methods_subsection(sub: str) -> None:
    doc = _article("Funding.", "None.", methods_sub=sub)
    block = next(b for b in doc.blocks if "national guidelines" in b.text)
    assert block.section is SectionKind.METHODS
    # The Results heading that follows still opens the Results.
    assert [b.section for b in doc.blocks if b.text == "Results"] == [SectionKind.RESULTS]


# --- a table of the tune corpus that once came out split in two ---------------

LIU = Path(__file__).resolve().parents[1] / "corpus_samples" / "liu2021_adsc_sev_intrathecal.pdf"


@pytest.mark.skipif(not LIU.is_file(), reason=f"{LIU.name} not in corpus_samples")
def test_a_table_under_its_caption_stays_one_table() -> None:
    doc = parse_pdf(LIU)
    assert [(t.label, t.page) for t in doc.tables] == [("Table 1", 2)]
    table = doc.tables[0]
    assert (table.caption or "").startswith("Table 1")
    assert table.rows[0][0] == "Time" and len(table.rows) == 6
    assert all(len(r) == len(table.rows[0]) for r in table.rows)
