"""Shared pieces of the quantity extractors (the ``Quantity`` record and span helpers)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from miner.extract._numbers import PLAIN_INT, WHOLE_INT, WORD_NUM_RE, fold

__all__ = ["Quantity"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity found in a text: its kind, normalised value and span."""

    kind: str
    value: dict[str, Any]
    start: int
    end: int
    text: str


_F = re.IGNORECASE
_WORDNUM = WORD_NUM_RE


def _int_or_word(whole: str) -> str:
    """A count in digits or words, the digits matched by ``whole``."""
    return rf"(?:{whole}|{_WORDNUM})"


_INT_OR_WORD = _int_or_word(PLAIN_INT)
# the same without backtracking on a run of digits (see ``_numbers.WHOLE``)
INT_OR_WORD_P: Final = _int_or_word(WHOLE_INT)
# Longest input we scan in one call; bigger inputs are cut (hostile documents).
MAX_TEXT: Final = 2_000_000


# A decimal comma in the mantissa of a power of ten ("1,5 × 10^9", European and Latin
# American labs): a thousands separator groups three digits, so one or two digits after
# the comma and then "× 10" can only be a decimal. Rewritten in place (same length).
_COMMA_MANTISSA: Final = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s*[x*]\s*10)")


def _prep(text: str) -> str:
    return _COMMA_MANTISSA.sub(r"\1.\2", fold(text[:MAX_TEXT]))


def _clause_before(folded: str, pos: int, width: int = 90) -> str:
    """Text before ``pos`` back to the clause start (sentence end or semicolon)."""
    start = max(0, pos - width)
    window = folded[start:pos]
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind("\n\n"))
    return window[cut + 1 :] if cut >= 0 else window


def _q(
    kind: str, value: dict[str, Any], m: re.Match[str], text: str, group: int | str = 0
) -> Quantity:
    s, e = m.span(group)
    return Quantity(kind, value, s, e, text[s:e])


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)
