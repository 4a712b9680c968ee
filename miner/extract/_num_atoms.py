"""Number patterns of ``_numbers`` that do not backtrack on a long run of digits.

PDF text can hold a run of thousands of digits (a flattened table, a barcode, an
OCR smear). ``NUM``'s ``\\d+(?:\\.\\d+)?`` may end anywhere in such a run, so a
search tries every end from every start before it fails: cubic work, minutes for
one line. These variants accept exactly the same numbers wherever the pattern
after them cannot begin with a digit or ``.digit`` (a unit, a space, a word):

* the digits are taken whole (possessive ``\\d++``): giving some back could only
  leave a digit in front of what follows, which it cannot accept;
* a plain number does not start inside a run of digits (``(?<!\\d)``): a match
  there would also have been found at the run's first digit, which a search
  tries first, so only the wasted attempts go.

``tests/test_regex_equivalence9.py`` pins the equivalence on constructed text.
"""

from __future__ import annotations

from typing import Final

from miner.extract._numbers import SUP_CHARS
from miner.extract._qbase import _WORDNUM

__all__ = ["ANY_NUM_P", "GNUM_P", "INT_OR_WORD_P", "NUM_P", "SCI_P"]

# A plain number, whole: ``_numbers.NUM`` without the backtracking.
_PLAIN: Final = r"(?<!\d)\d++(?:\.\d++)?"
_PLAIN_INT: Final = r"(?<!\d)\d++"
NUM_P: Final = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_PLAIN})"
SCI_P: Final = (
    r"(?:"
    rf"(?:{_PLAIN}\s*[x*]\s*)?10\s*(?:\^|\*\*)\s*[-+]?\d{{1,2}}(?!\d)"
    rf"|(?:{_PLAIN}\s*[x*]\s*)?10\s?[⁻⁺]?[{SUP_CHARS}]{{1,2}}"
    rf"|{_PLAIN}\s*[x*]\s*10\s?[-+]?\d{{1,2}}(?![\d.,])"
    rf"|{_PLAIN}[eE][+]?\d{{1,2}}(?!\d)"
    r")"
)
ANY_NUM_P: Final = rf"(?:{SCI_P}|{NUM_P})"
# ``quantities._GNUM`` (g-forces and rpm: lakhs, space-grouped thousands) the same way.
GNUM_P: Final = rf"(?:\d{{1,2}}(?:,\d\d)+,\d{{3}}(?!\d)|\d{{1,3}}(?:[, ]\d{{3}})+|{_PLAIN})"
# ``_qbase._INT_OR_WORD`` (a count in digits or words) the same way.
INT_OR_WORD_P: Final = rf"(?:{_PLAIN_INT}|{_WORDNUM})"
