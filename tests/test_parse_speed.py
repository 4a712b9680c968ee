"""Fast paths of the parser and the appraisal give what the general paths give.

Each shortcut taken for speed (ASCII lines, keyword prefilters, early-stopping
line comparison) is checked here against the general code on inputs built to
hit both sides of the shortcut.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from miner.appraise._rules_common import Gate
from miner.parse._lines import Frag, PLine
from miner.parse._text import _normalize_any, normalize

# ASCII text dense in what the ASCII path still handles: brackets after letters,
# runs of spaces and tabs, digits, and the accent-like backtick.
_ASCII = st.text(alphabet=st.sampled_from(list("ab)[1] \t`-.^x")), max_size=40)


@given(_ASCII)
@settings(max_examples=300, deadline=None)
def test_ascii_lines_normalise_as_the_general_path_does(text: str) -> None:
    assert normalize(text) == _normalize_any(text)


@pytest.mark.parametrize(
    "text",
    [
        "injury[12] and  recovery",
        "BBB\tscore  at day 7",
        "rats (n = 8)[3,4]",
        "plain line",
        "",
        " ",
    ],
)
def test_typical_ascii_lines(text: str) -> None:
    assert normalize(text) == (_normalize_any(text) if text else text)


def test_non_ascii_lines_still_take_the_general_path() -> None:
    assert normalize("100\u2009\u03bcg of \ufb01brin, 37\u2218C, 10\u2079") == "100 µg of fibrin, 37°C, 10^9"


def _as_tuple(ln: PLine) -> tuple:
    return (ln.text, ln.bbox, ln.size, ln.bold, ln.page, ln.frags, ln.soft_hyphen, ln.italic, ln.lead)


_LINES = st.builds(
    PLine,
    text=st.sampled_from(["a", "b"]),
    bbox=st.sampled_from([(0.0, 0.0, 1.0, 1.0), (0.0, 0.0, 1.0, 2.0)]),
    size=st.sampled_from([9.0, 10.0, float("nan")]),
    bold=st.booleans(),
    page=st.sampled_from([1, 2]),
    frags=st.sampled_from([[], [Frag("a", (0.0, 0.0, 1.0, 1.0))]]),
    soft_hyphen=st.booleans(),
    italic=st.booleans(),
    lead=st.sampled_from(["", "Animals."]),
)


@given(_LINES, _LINES)
@settings(max_examples=300, deadline=None)
def test_line_equality_is_field_equality(a: PLine, b: PLine) -> None:
    # The dataclass definition: the fields compared as tuples (identity first).
    assert (a == b) == (_as_tuple(a) == _as_tuple(b))
    assert (a != b) == (_as_tuple(a) != _as_tuple(b))
    assert a == a  # noqa: PLR0124 - a line equals itself even with a NaN size


def test_lines_are_found_in_lists_by_content_and_stay_unhashable() -> None:
    a = PLine("x", (1.0, 2.0, 3.0, 4.0), 10.0, False, 1)
    copy = PLine("x", (1.0, 2.0, 3.0, 4.0), 10.0, False, 1)
    assert copy in [a]
    assert PLine("x", (1.0, 2.0, 3.0, 5.0), 10.0, False, 1) not in [a]
    assert a != "x"
    with pytest.raises(TypeError):
        hash(a)


_STEMS = ("rand", "group size", "2010/63", "a priori", "lots", "lotter")


@given(st.text(alphabet=st.sampled_from(list("randomgups iz2010/63aplotter")), max_size=30))
@settings(max_examples=300, deadline=None)
def test_gate_answers_as_the_alternation_regex(low: str) -> None:
    regex = re.compile("|".join(re.escape(s) for s in _STEMS))
    assert Gate(*_STEMS).search(low) == bool(regex.search(low))


@pytest.mark.parametrize(
    ("low", "hit"),
    [("animals were randomly assigned", True), ("the group size was 10", True),
     ("directive 2010/63/eu", True), ("the lottery", True), ("groups of ten", False), ("", False)],
)
def test_gate_on_sentences(low: str, hit: bool) -> None:
    assert Gate(*_STEMS).search(low) is hit
