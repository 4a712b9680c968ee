"""A last column that holds only the end of the text: one or two lines atop it.

An article's last page often ends with a full first column and the last words of
the sentence (a line or two) at the top of the second column, sometimes above a
figure. When nothing on the page is wider than the two columns, the first
column's full lines are as wide as most of the text, and the gutter must still be
placed where that column ends, so that the lines atop the second column are read
after the first column and never joined to the first column's top line.

Pages are typeset here (reportlab) in many shapes: gutters of 10-30 pt, body sizes
of 8-11 pt, column widths, one or two lines in the second column, with or without
a figure under them.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from miner.parse import parse_pdf

_PROSE = ("the vesicles were isolated from conditioned medium of stromal cells by differential "
          "ultracentrifugation and then resuspended in sterile saline before each injection into "
          "the tail vein of rats that were assigned at random to the treated or vehicle groups "
          "after a moderate contusion of the thoracic cord")  # fmt: skip
_WORDS = _PROSE.split()


def _wrap(words: list[str], width: float, size: float) -> list[str]:
    lines: list[list[str]] = [[]]
    for w in words:
        if lines[-1] and stringWidth(" ".join([*lines[-1], w]), "Helvetica", size) > width:
            lines.append([w])
        else:
            lines[-1].append(w)
    return [" ".join(line) for line in lines]


def _page(*, gutter: float, size: float, colw: float, tail: int, figure: bool) -> tuple[bytes, str]:
    """A first column of running text, then ``tail`` lines atop the second column."""
    words = [*_WORDS, *_WORDS, *_WORDS, *_WORDS][:140]
    words[0] = "The"
    words[-1] += "."
    lines = _wrap(words, colw, size)
    x0, top = 54.0, 780.0
    x1 = x0 + colw + gutter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", size)
    y = top
    for line in lines[:-tail]:
        c.drawString(x0, y, line)
        y -= 1.25 * size
    y = top
    for line in lines[-tail:]:
        c.drawString(x1, y, line)
        y -= 1.25 * size
    if figure:
        c.rect(x1, y - 200, colw, 190)  # a figure under the last lines, no text in it
    c.showPage()
    c.save()
    return buf.getvalue(), " ".join(words)


@pytest.mark.parametrize("gutter", [10.0, 12.0, 14.0, 18.0, 24.0, 30.0])
@pytest.mark.parametrize("tail", [1, 2])
@pytest.mark.parametrize("size", [8.0, 9.5, 11.0])
def test_the_last_lines_atop_the_second_column_are_read_last(gutter: float, tail: int, size: float) -> None:
    data, text = _page(gutter=gutter, size=size, colw=16 * size, tail=tail, figure=False)
    doc = parse_pdf(data, name="tail.pdf")
    assert " ".join(text.split()) in " ".join(doc.text.split())


@pytest.mark.parametrize("gutter", [12.0, 18.0, 24.0])
@pytest.mark.parametrize("colw", [140.0, 170.0, 230.0])
def test_a_last_line_over_a_figure_is_read_last(gutter: float, colw: float) -> None:
    data, text = _page(gutter=gutter, size=9.5, colw=colw, tail=1, figure=True)
    doc = parse_pdf(data, name="tail.pdf")
    assert " ".join(text.split()) in " ".join(doc.text.split())


@pytest.mark.parametrize("gutter", [12.0, 18.0, 30.0])
def test_one_column_of_ragged_text_keeps_its_long_lines_in_reading_order(gutter: float) -> None:
    """No second column: every line, long or short, is read in order (no gutter inside it)."""
    words = [*_WORDS, *_WORDS, *_WORDS][:110]
    words[0] = "The"
    lines = _wrap(words, 150.0, 9.5)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9.5)
    y = 780.0
    for line in lines:
        c.drawString(54.0 + gutter, y, line)
        y -= 12
    c.showPage()
    c.save()
    doc = parse_pdf(buf.getvalue(), name="one.pdf")
    assert " ".join(words) in " ".join(doc.text.split())
