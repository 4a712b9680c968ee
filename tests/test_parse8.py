"""Parser findings of wave 8: compounds broken at their own hyphen, margin line numbers on
short pages, and a last column that holds only a few lines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from miner.parse._columns import column_bands, find_gutters, reading_order
from miner.parse._layout import margin_line_numbers
from miner.parse._lines import PLine
from miner.parse._text import dehyphenate_pair, lexicon_words

# --- line-end hyphens ---------------------------------------------------------------

# (line end, next line, the document's other words): the hyphen is the compound's own.
KEPT = [
    ("injured with a NYU weight-", "drop device", set()),
    ("purified by size-", "exclusion chromatography", set()),
    ("scored in the open-", "field arena", set()),
    ("a clip-", "compression injury", set()),
    ("at the lesion-", "site border", {"lesion", "site", "border"}),
    ("with a tag-", "containing vector", {"tag", "containing"}),
    ("levels of miR-", "21 rose", set()),
    ("and IL-", "1β fell", set()),
    ("and TNF-", "α fell", set()),
    ("vesicles of 30-", "150 nm", set()),
    ("at the T9-", "T10 level", set()),
    ("female Sprague-", "Dawley rats", set()),
    ("the dose-", "response curve", set()),
]

# Words a typesetter broke inside: the hyphen goes.
JOINED = [
    ("a moderate contu-", "sion was made", set()),
    ("by differential ultracentrifu-", "gation at", set()),
    ("rats were anaes-", "thetised with", set()),
    ("the classi-", "fication of", {"classification"}),
    ("injected intra-", "thecally", set()),
    ("the weight-", "bearing phase", {"weightbearing"}),  # the document's own spelling decides
]


@pytest.mark.parametrize(("left", "right", "vocab"), KEPT)
def test_a_compound_keeps_its_own_hyphen_at_a_line_end(left: str, right: str, vocab: set[str]) -> None:
    assert dehyphenate_pair(left, right, vocab) is False


@pytest.mark.parametrize(("left", "right", "vocab"), JOINED)
def test_a_word_broken_by_the_typesetter_is_joined(left: str, right: str, vocab: set[str]) -> None:
    assert dehyphenate_pair(left, right, vocab) is True


def test_lexicon_words_come_from_the_lexicon_without_loading_spacy() -> None:
    code = (
        "import sys; from miner.parse._text import lexicon_words; w, p = lexicon_words(); "
        "assert 'weight-drop' in p and 'size-exclusion' in p and 'drop' in w, (len(w), len(p)); "
        "assert 'spacy' not in sys.modules and 'miner.nlp._pipeline' not in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parent.parent, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_lexicon_words_are_the_lexicons_forms_not_its_docstring() -> None:
    words, pairs = lexicon_words()
    assert {"contract", "sheet", "insensitively", "tables", "read"}.isdisjoint(words)
    assert "case-insensitively" not in pairs


# --- margin line numbers -----------------------------------------------------------------

SIZE = 9.5


def _line(text: str, x0: float, y: float, x1: float | None = None, size: float = SIZE) -> PLine:
    x1 = x0 + 4.5 * len(text) if x1 is None else x1
    return PLine(text, (x0, y, x1, y + size), size, False, 1)


def _numbered(first: int, rows: int, side: str, align: str) -> tuple[list[PLine], list[PLine]]:
    body, numbers = [], []
    for k in range(rows):
        y = 120 + 19 * k
        body.append(_line(f"Line {k} of running text in a double spaced manuscript page", 72, y, 520))
        text = str(first + k)
        w = 5.0 * len(text)
        if side == "left":
            x0 = 44 if align == "left" else 56 - w
        else:
            x0 = 540 if align == "left" else 552 - w
        numbers.append(_line(text, x0, y + 1.5, x0 + w, 7.0))
    return body, numbers


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("align", ["left", "right"])
@pytest.mark.parametrize(("first", "rows"), [(1, 3), (8, 4), (1, 12), (95, 9)])
def test_margin_line_numbers_are_found_on_short_and_long_pages(
    side: str, align: str, first: int, rows: int
) -> None:
    body, numbers = _numbered(first, rows, side, align)
    found = margin_line_numbers(body + numbers)
    assert found == {id(ln) for ln in numbers}


def test_a_few_numbers_off_the_text_rows_are_not_line_numbers() -> None:
    body, _ = _numbered(1, 3, "left", "left")
    # Three lone numbers in the margin, but between the text rows: a figure's axis, say.
    axis = [_line(str(k), 44, 129 + 19 * k, 49, 7.0) for k in (1, 2, 3)]
    assert margin_line_numbers(body + axis) == set()


def test_numbers_that_do_not_count_up_are_not_line_numbers() -> None:
    body, numbers = _numbered(1, 3, "left", "left")
    for ln, text in zip(numbers, ["3", "1", "2"], strict=True):
        ln.text = text
    assert margin_line_numbers(body + numbers) == set()


# --- a last column with only a few lines ---------------------------------------------------


def _columns(widths: tuple[int, ...], lines_per_col: tuple[int, ...], x0: float = 54,
             gutter: float = 18, top: float = 110) -> list[list[PLine]]:  # fmt: skip
    cols, x = [], x0
    for w, n in zip(widths, lines_per_col, strict=True):
        col = []
        for k in range(n):
            text = f"col {len(cols)} line {k} of a paragraph read in order"
            right = x + w - (0 if k < n - 1 else w / 2)
            col.append(_line(text, x, top + 12 * k, right))
        cols.append(col)
        x += w + gutter
    return cols


@pytest.mark.parametrize(
    ("widths", "counts"),
    [
        ((150, 150, 150), (40, 2, 0)),
        ((150, 150, 150), (40, 40, 3)),
        ((230, 230, 230), (35, 4, 0)),
        ((230, 230), (30, 2)),
        ((250, 250), (30, 3)),
    ],
)
def test_a_nearly_empty_last_column_is_read_after_the_full_one(
    widths: tuple[int, ...], counts: tuple[int, ...]
) -> None:
    cols = _columns(widths, counts)
    title = _line("A title line across the whole page of the article", 54, 60, 54 + sum(widths) + 36)
    lines = [title] + [ln for col in cols for ln in col]
    order = [ln for band, gutters in column_bands(lines) for run in reading_order(band, gutters)
             for ln in run]  # fmt: skip
    assert [ln.text for ln in order] == [ln.text for ln in lines]


def test_a_few_label_lines_beside_one_column_make_no_column() -> None:
    (col,) = _columns((300,), (30,))
    # Short labels scattered down the right side (a figure's lettering), not a block of text.
    labels = [_line(f"label {k}", 420, 130 + 90 * k, 460) for k in range(3)]
    assert find_gutters(col + labels) == []
