"""Parser findings of wave 8b: justified paragraphs drawn word by word, columns cut short.

Pages are typeset here (reportlab) in several shapes each:

* a justified paragraph whose lines are drawn one word at a time, the word gaps as
  wide as a gutter, is read as text and never taken for a table of short pieces,
  while a real grid of short cells, whose columns line up inside the rows, still is;
* a first column cut short by a figure (two lines of text, then the figure) keeps
  its gutter, so the reading order does not mix it with the full column beside it;
* a last column holding only the last words of a sentence (one line at its top)
  is read after the column it finishes;
* a sentence cut by the break after a short opening piece ("... were used. The")
  is read as one sentence.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from miner.parse import parse_pdf

_PROSE = ("the vesicles were isolated from conditioned medium of stromal cells by "
          "differential ultracentrifugation and then resuspended in sterile saline before "
          "each injection into the tail vein of rats that were assigned at random to the "
          "treated or vehicle groups after a moderate contusion of the thoracic cord")
WORDS = _PROSE.split()


def _text_lines(words: list[str], width: float, size: float) -> list[list[str]]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[list[str]] = [[]]
    for w in words:
        trial = " ".join([*lines[-1], w])
        if lines[-1] and stringWidth(trial, "Helvetica", size) > width:
            lines.append([w])
        else:
            lines[-1].append(w)
    return lines


def _justified_pdf(width: float, size: float, x0: float = 60.0) -> tuple[bytes, str]:
    """One paragraph, justified, each word drawn on its own; returns the PDF and its text."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = [*WORDS, *WORDS[:12]]
    words[0] = "The"
    words[-1] += "."
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", size)
    y = 760.0
    lines = _text_lines(words, width, size)
    for k, line in enumerate(lines):
        natural = sum(stringWidth(w, "Helvetica", size) for w in line)
        last = k == len(lines) - 1
        gap = stringWidth(" ", "Helvetica", size) if last or len(line) < 2 else (width - natural) / (len(line) - 1)
        x = x0
        for w in line:
            c.drawString(x, y, w)
            x += stringWidth(w, "Helvetica", size) + gap
        y -= 1.25 * size
    c.showPage()
    c.save()
    return buf.getvalue(), " ".join(words)


@pytest.mark.parametrize(("width", "size"), [(150.0, 9.0), (180.0, 9.5), (235.0, 9.5), (120.0, 8.0)])
def test_a_justified_paragraph_drawn_word_by_word_is_text_not_a_table(width: float, size: float) -> None:
    data, text = _justified_pdf(width, size)
    doc = parse_pdf(data, name="justified.pdf")
    assert doc.tables == []
    assert " ".join(text.split()) in " ".join(doc.text.split())


def _grid_pdf(rows: list[list[str]], xs: list[float]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    y = 700.0
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            c.drawString(x, y, cell)
        y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(
    "rows",
    [
        [["Group", "Route", "Dose", "Schedule"], ["Sham", "none", "none", "none"],
         ["Vehicle", "tail vein", "saline", "daily"], ["Exosome", "tail vein", "100 ug", "daily"]],
        [["Arm", "Cells", "Isolation"], ["A", "BMSC", "ultracentrifugation"],
         ["B", "UC-MSC", "kit"], ["C", "ADSC", "filtration"]],
    ],
)
def test_a_grid_of_short_word_cells_is_still_a_table(rows: list[list[str]]) -> None:
    xs = [60.0, 160.0, 260.0, 360.0][: len(rows[0])]
    doc = parse_pdf(_grid_pdf(rows, xs), name="grid.pdf")
    assert len(doc.tables) == 1
    assert [r[0] for r in doc.tables[0].rows] == [r[0] for r in rows]


def _short_first_column_pdf(first_lines: int, gutter: float, title: bool) -> tuple[bytes, list[str]]:
    """Column one: ``first_lines`` lines and a figure; column two: a full column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size, colw, x0 = 9.5, 160.0, 54.0
    x1 = x0 + colw + gutter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    top = 760.0
    if title:
        c.setFont("Helvetica-Bold", 13)
        # Two lines, the second short enough to vote for columns and crossing the gutter.
        c.drawString(x0, 800, "Small extracellular vesicles from stromal cells after contusion of")
        c.drawString(x0, 784, "the thoracic spinal cord in adult rats")
    words = [*WORDS, *WORDS, *WORDS]
    words[0] = "The"
    lines = _text_lines(words, colw, size)
    c.setFont("Helvetica", size)
    y = top
    for line in lines[:first_lines]:
        c.drawString(x0, y, " ".join(line))
        y -= 1.25 * size
    c.rect(x0, 120, colw, y - 130)  # the figure fills the rest of the column
    c.drawString(x0, 105, "Fig. 1")  # too short to vote for a column
    y = top
    for line in lines[first_lines:]:
        if y < 80:
            break
        c.drawString(x1, y, " ".join(line))
        y -= 1.25 * size
    c.showPage()
    c.save()
    drawn = [" ".join(line) for line in lines if stringWidth(" ".join(line), "Helvetica", size) > 0]
    return buf.getvalue(), drawn


@pytest.mark.parametrize("gutter", [12.0, 18.0, 24.0])
@pytest.mark.parametrize("first_lines", [2])
@pytest.mark.parametrize("title", [False, True])
def test_a_first_column_cut_short_by_a_figure_is_read_before_its_neighbour(
    gutter: float, first_lines: int, title: bool
) -> None:
    data, lines = _short_first_column_pdf(first_lines, gutter, title)
    doc = parse_pdf(data, name="short.pdf")
    text = " ".join(doc.text.split())
    # The short column's lines, then the next column's first lines, in order.
    head = " ".join(lines[: first_lines + 3])
    assert head in text


def _one_line_last_column_pdf(gutter: float) -> tuple[bytes, str]:
    size, colw, x0 = 9.5, 150.0, 54.0
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    words = [*WORDS, *WORDS, *WORDS, *WORDS][:150]
    words[0] = "The"
    words[-1] += "."
    lines = _text_lines(words, colw, size)
    c.setFont("Helvetica", size)
    y = 780.0
    for line in lines[:-1]:
        c.drawString(x0, y, " ".join(line))
        y -= 1.25 * size
    c.drawString(x0 + colw + gutter, 780.0, " ".join(lines[-1]))
    c.showPage()
    c.save()
    return buf.getvalue(), " ".join(words)


# With nothing wider than the two columns on the page, the column's lines are over 0.6 of
# the text width (more shapes of this page in test_columns_short.py).
@pytest.mark.parametrize("gutter", [14.0, 18.0, 30.0])
def test_the_last_words_of_a_sentence_atop_the_next_column_are_read_last(gutter: float) -> None:
    data, text = _one_line_last_column_pdf(gutter)
    doc = parse_pdf(data, name="tail.pdf")
    assert " ".join(text.split()) in " ".join(doc.text.split())


# --- titles split by double spacing or centring on a manuscript's first page ---------

TITLES = (
    ("Extracellular vesicles from human umbilical cord mesenchymal stromal cells promote "
     "locomotor recovery after spinal cord contusion in adult rats"),
    ("Small extracellular vesicles secreted by bone marrow derived mesenchymal stromal cells "
     "reduce lesion size and improve hindlimb locomotor recovery after a moderate thoracic "
     "spinal cord contusion in adult female Sprague Dawley rats"),
)
_SENTENCES = ("Spinal cord injury causes lasting loss of motor function. We tested whether "
              "vesicles released by stromal cells improve recovery when given after a "
              "contusion, scoring hindlimb function weekly for four weeks.")
ABSTRACT = " ".join([_SENTENCES] * 6)


def _manuscript_page(title: str, *, tsize: float, bsize: float, spacing: float, centred: bool,
                     numbers: str, bold: bool, byline: str = "Ana Silva1, Wei Chen2, Omar Haddad1*",
                     byline_font: str = "Helvetica", byline_size: float | None = None) -> bytes:  # fmt: skip
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    pw, ph = letter
    m = 72.0
    width = pw - 2 * m
    font = "Helvetica-Bold" if bold else "Helvetica"
    y = ph - 90
    count = 0

    def number() -> None:
        nonlocal count
        count += 1
        c.setFont("Helvetica", 8)
        if numbers == "right":
            c.drawString(pw - m + 18, y, str(count))
        elif numbers == "left":
            c.drawRightString(m - 18, y, str(count))

    def wrap(text: str, f: str, size: float) -> list[str]:
        out, cur = [], ""
        for w in text.split():
            t = f"{cur} {w}".strip()
            if cur and stringWidth(t, f, size) > width:
                out.append(cur)
                cur = w
            else:
                cur = t
        return [*out, cur]

    for line in wrap(title, font, tsize):
        c.setFont(font, tsize)
        c.drawCentredString(pw / 2, y, line) if centred else c.drawString(m, y, line)
        number()
        y -= spacing * tsize
    y -= bsize
    c.setFont(byline_font, byline_size or bsize)
    c.drawString(m, y, byline)
    number()
    y -= spacing * bsize * 1.5
    c.setFont("Helvetica-Bold", bsize)
    c.drawString(m, y, "Abstract")
    number()
    y -= spacing * bsize
    c.setFont("Helvetica", bsize)
    for line in wrap(ABSTRACT, "Helvetica", bsize):
        if y < 72:
            break
        c.drawString(m, y, line)
        number()
        y -= spacing * bsize
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("title", TITLES, ids=["two-lines", "three-lines"])
@pytest.mark.parametrize(("tsize", "spacing"), [(18.0, 2.0), (18.0, 2.5), (16.0, 2.0), (14.0, 1.5)])
@pytest.mark.parametrize("centred", [False, True], ids=["flush", "centred"])
@pytest.mark.parametrize("numbers", ["right", "left", ""])
@pytest.mark.parametrize("bold", [True, False], ids=["bold", "plain"])
def test_a_double_spaced_title_is_read_whole(title: str, tsize: float, spacing: float, centred: bool,
                                             numbers: str, bold: bool) -> None:  # fmt: skip
    data = _manuscript_page(title, tsize=tsize, bsize=10.0, spacing=spacing, centred=centred,
                            numbers=numbers, bold=bold)  # fmt: skip
    doc = parse_pdf(data, name="manuscript.pdf")
    assert doc.metadata["title"] == title
    assert [b.text for b in doc.blocks if b.kind.value == "title"] == [title]
    # The title's lines keep their place in its text: each starts where a drawn line does.
    block = next(b for b in doc.blocks if b.kind.value == "title")
    assert len(block.lines) >= 2 and all(block.text[ln.offset] != " " for ln in block.lines)


@pytest.mark.parametrize("byline", ["Ana Silva1, Wei Chen2, Omar Haddad1*", "A. Silva and W. Chen",
                                    "Ana Silva, Wei Chen, Omar Haddad, Lea Roth"])
def test_an_author_line_in_the_title_type_is_not_the_title(byline: str) -> None:
    title = TITLES[0]
    # The byline in the title's own type, one double-spaced line under it.
    data = _manuscript_page(title, tsize=14.0, bsize=10.0, spacing=2.0, centred=False, numbers="right",
                            bold=True, byline=byline, byline_font="Helvetica-Bold", byline_size=14.0)  # fmt: skip
    doc = parse_pdf(data, name="manuscript.pdf")
    assert doc.metadata["title"] == title
    assert byline not in doc.metadata["title"]


def test_a_heading_in_the_title_type_right_under_it_is_not_joined() -> None:
    title = "Vesicles after contusion of the rat spinal cord"
    data = _manuscript_page(title, tsize=14.0, bsize=10.0, spacing=2.0, centred=False, numbers="",
                            bold=True, byline="Introduction", byline_font="Helvetica-Bold",
                            byline_size=14.0)  # fmt: skip
    doc = parse_pdf(data, name="manuscript.pdf")
    assert doc.metadata["title"] == title
