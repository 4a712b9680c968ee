"""Speed shortcuts of issue 5 give what the general code gives, and leave no trace.

- the cyclic garbage collector is paused while one document is parsed or
  processed, and is always left as the caller had it (errors included);
- the page "garbled text" test counts control characters and letters of ASCII
  pages from bytes, and must agree with the regex count it replaced;
- a span's bold/italic style comes from one cached lookup per font name.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from miner.errors import ParseError
from miner.parse import parse_path, parse_pdf
from miner.parse._gcpause import gc_paused
from miner.parse._lines import PLine, _bold_font, _font_style, _italic_font
from miner.parse._pdf import _garbled

# --- the collector pause ------------------------------------------------------


@pytest.fixture
def gc_state() -> Iterator[None]:
    """Whatever a test does to the collector, the next test finds it on."""
    was = gc.isenabled()
    try:
        yield
    finally:
        if was:
            gc.enable()


def test_collector_is_off_inside_and_on_again_after(gc_state: None) -> None:
    gc.enable()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_turn_it_on_only_at_the_outermost(gc_state: None) -> None:
    gc.enable()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_kept_off_by_the_caller_stays_off(gc_state: None) -> None:
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_an_error_inside_still_restores_the_collector(gc_state: None) -> None:
    gc.enable()
    with pytest.raises(ValueError, match="boom"), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def _pdf(tmp_path: Path, text: str) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text, fontsize=10)
    path = tmp_path / "one.pdf"
    doc.save(path)
    doc.close()
    return path


@pytest.mark.parametrize("enabled", [True, False])
def test_parsing_leaves_the_collector_as_it_found_it(tmp_path: Path, gc_state: None,
                                                     enabled: bool) -> None:  # fmt: skip
    path = _pdf(tmp_path, "Rats received 100 µg exosomes after T10 contusion.")
    if enabled:
        gc.enable()
    else:
        gc.disable()
    doc = parse_path(path)
    assert "100 µg exosomes" in doc.text
    assert gc.isenabled() is enabled
    parse_pdf(path.read_bytes())
    assert gc.isenabled() is enabled


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"%PDF-1.7\n garbage that is no PDF", "truncated"), (b"hello", "not_pdf")],
)
def test_a_refused_file_leaves_the_collector_on(tmp_path: Path, gc_state: None, content: bytes,
                                                reason: str) -> None:  # fmt: skip
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    gc.enable()
    with pytest.raises(ParseError) as err:
        parse_path(path)
    assert err.value.reason == reason
    assert gc.isenabled()


def test_processing_a_file_leaves_the_collector_on(tmp_path: Path, gc_state: None) -> None:
    from miner.pipeline import process_file

    path = _pdf(tmp_path, "Methods. Adult rats underwent T10 contusion.")
    gc.enable()
    outcome = process_file(path, None, read_figures=False)
    assert outcome.ok, outcome.error
    assert gc.isenabled()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n not a pdf at all")
    assert not process_file(bad, None).ok
    assert gc.isenabled()


# --- garbled pages: the ASCII count against the regex count ---------------------

_ODD = re.compile("[\ue000-\uf8ff\x00-\x1f\ufffd]")
_LETTER = re.compile(r"[^\W\d_]")


def _garbled_by_regex(lines: list[PLine]) -> bool:
    """The test as written before the ASCII shortcut (the general path for any text)."""
    text = "".join(ln.text for ln in lines)[:4000]
    if len(text) < 50:
        return False
    if len(_ODD.findall(text)) > 0.2 * len(text):
        return True
    return len(text) - len(_LETTER.sub("", text)) < 0.3 * len(text)


def _lines(texts: list[str]) -> list[PLine]:
    return [PLine(t, (0.0, float(i), 10.0, i + 1.0), 10.0, False, 1) for i, t in enumerate(texts)]


# ASCII dense in the characters near each rule's edges (controls, letters, digits,
# underscore, punctuation) in proportions that land on both sides of both thresholds.
_ASCII_LINE = st.text(alphabet=st.sampled_from(["a", "Z", "7", "_", " ", ".", "\x01", "\x1f", "\x7f", "("]),
                      min_size=0, max_size=120)  # fmt: skip
_ANY_LINE = st.text(alphabet=st.sampled_from(["a", "é", "µ", "7", " ", "\ue001", "\ufffd", "\x02", "ß", "_"]),
                    min_size=0, max_size=120)  # fmt: skip


@given(st.lists(_ASCII_LINE, max_size=60))
@settings(max_examples=400, deadline=None)
def test_ascii_pages_are_judged_as_the_regexes_judge_them(texts: list[str]) -> None:
    lines = _lines(texts)
    assert _garbled(lines) == _garbled_by_regex(lines)


@given(st.lists(_ANY_LINE, max_size=60))
@settings(max_examples=300, deadline=None)
def test_other_pages_are_judged_as_before(texts: list[str]) -> None:
    lines = _lines(texts)
    assert _garbled(lines) == _garbled_by_regex(lines)


@pytest.mark.parametrize(
    ("texts", "garbled"),
    [
        (["Adult female Sprague-Dawley rats (n = 12 per group) received exosomes."], False),
        (["\x01\x02\x03\x04 " * 20], True),  # control characters from a font without a map
        (["12 34 56 78 90 " * 10], True),  # digits and spaces only: no letters
        (["\ue001\ue002\ue003 " * 20], True),  # private-use glyphs
        (["short"], False),  # too little text to judge
    ],
)
def test_typical_pages(texts: list[str], garbled: bool) -> None:
    assert _garbled(_lines(texts)) is garbled
    assert _garbled_by_regex(_lines(texts)) is garbled


# --- one style lookup per font ---------------------------------------------------


@pytest.mark.parametrize(
    "font",
    ["Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Arial-BlackOblique",
     "AdvOT-Heavy", "MinionPro-It", "ABCDEF+Helvetica", ""],
)  # fmt: skip
def test_font_style_is_bold_and_italic_by_name(font: str) -> None:
    assert _font_style(font) == (_bold_font(font), _italic_font(font))
    assert _font_style(font) == (_bold_font(font), _italic_font(font))  # cached: same answer


# --- blank spans carry no style ---------------------------------------------------


def _span(text: str, x0: float, font: str, size: float = 10.0, flags: int = 0) -> dict:
    width = 5.0 * len(text)
    return {"text": text, "bbox": (x0, 100.0, x0 + width, 110.0), "origin": (x0, 108.0),
            "size": size, "flags": flags, "font": font}  # fmt: skip


def _line_of(words: list[tuple[str, str]]) -> PLine:
    """One line drawn word by word, a blank span between words (as many journals do)."""
    from miner.parse._lines import lines_from_dict

    spans, x = [], 72.0
    for text, font in words:
        spans.append(_span(text, x, font))
        x += 5.0 * len(text)
    box = (72.0, 100.0, x, 110.0)
    page = {"blocks": [{"type": 0, "lines": [{"bbox": box, "dir": (1.0, 0.0), "spans": spans}]}]}
    lines, rotated = lines_from_dict(page, 1)
    assert not rotated and len(lines) == 1
    return lines[0]


@pytest.mark.parametrize(
    ("words", "bold", "italic", "lead"),
    [
        # bold blank spans between plain words: a plain line
        ([("Rats", "Times"), (" ", "Times-Bold"), ("were", "Times"), (" ", "Times-Bold"),
          ("housed", "Times")], False, False, ""),
        # bold words with plain blanks between them: a bold line
        ([("Spinal", "Times-Bold"), (" ", "Times"), ("cord", "Times-Bold"), (" ", "Times"),
          ("injury", "Times-Bold")], True, False, ""),
        # a bold run-in heading; the blank after it is plain, then plain text
        ([("Animals.", "Times-Bold"), (" ", "Times"), ("Adult", "Times"), (" ", "Times"),
          ("rats", "Times")], False, False, "Animals."),
        # an italic run-in heading whose trailing blank is set in the italic font
        ([("Surgery.", "Times-Italic"), (" ", "Times-Italic"), ("Rats", "Times"), (" ", "Times"),
          ("were", "Times")], False, False, "Surgery."),
        # italic words, blank spans in bold: italic, not bold
        ([("in", "Times-Italic"), (" ", "Times-Bold"), ("vivo", "Times-Italic")], False, True, ""),
    ],
)  # fmt: skip
def test_blank_spans_do_not_change_a_lines_style(words: list[tuple[str, str]], bold: bool,
                                                 italic: bool, lead: str) -> None:  # fmt: skip
    line = _line_of(words)
    assert line.text == "".join(t for t, _ in words)
    assert (line.bold, line.italic, line.lead) == (bold, italic, lead)
