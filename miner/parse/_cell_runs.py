"""Cells a PDF writer ran together into one fragment, cut apart where each stands.

Pure functions over :class:`~miner.parse._layout.Frag`; :mod:`miner.parse._cells`
uses them while it reads a table's rows into a grid.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from miner.parse._lines import Frag

# Cells run together into one fragment are looked for only in fragments up to this long:
# a run of 30 "mean ± SD" values with their label fits. Cells in real papers' tables
# run to about 70 characters; longer text is prose or junk, and the search for where
# values meet is superlinear in its length.
_MAX_RUN_CHARS = 400

# A writer joins text drawn a few points apart into one span, so the fragments of a table
# row set with narrow gutters hold several cells. Where each piece stands is estimated from
# its characters' usual widths (em), scaled to the fragment's measured width.

_NUM = r"[<>≤≥]?\d+(?:[.,·]\d+)?"
_MARK = r"[*#†‡§¶]*(?:[a-e](?![A-Za-z]))?[*#†‡§¶]*"
_VALUE_CELL = re.compile(
    rf"{_NUM}{_MARK}(?:\s*(?:±|\+/-|\+/\u2212)\s*{_NUM}{_MARK}|\s*\(\s*{_NUM}\s*\){_MARK})?"
)


def _em(ch: str) -> float:
    if ch == " ":
        return 0.28
    if ch in ".,:;'|!·":
        return 0.3
    if ch.isdigit():
        return 0.56
    if ch in "()[]":
        return 0.34
    if ch.isupper():
        return 0.68
    if ch in "±+=<>≤≥\u2212\u2013":
        return 0.6
    return 0.52


# A complete value with its spread, "21.0 ± 0.0*#" or "5.9 (1.0)a": where one ends and the
# next begins needs no space when the spread is written to the mean's own precision.
# Digit and space runs are taken whole (possessive): what follows each cannot start
# with a digit or a space, and a search over a long run of digits then stays linear.
_SPREAD_CELL = re.compile(
    rf"(?P<mean>[<>≤≥]?\d++(?:[.,·](?P<dec>\d++))?){_MARK}"
    rf"(?:\s*+(?:±|\+/-|\+/\u2212)\s*+(?P<pm>\d++(?:[.,·]\d++)?)|\s*+\(\s*+\d++(?:[.,·]\d++)?\s*+\)){_MARK}"
)


# Memoised: finding a value's end looks at the run of glued values after it, and a run is
# looked at from each of its values in turn (linear in the run, not quadratic).
@lru_cache(maxsize=4096)
def _spread_end(text: str, pos: int) -> int | None:
    """End of the "mean ± spread[marks]" value starting at ``pos`` when a space, the end,
    or another such value follows it; None otherwise.

    A PDF writer drawing a tight table runs cells together ("21.0±0.021.0±0.0"): a greedy
    spread would swallow the next mean's digits ("0.021"), so a spread with as many decimals
    as its mean is tried too, and kept only when a complete value follows.
    """
    m = _SPREAD_CELL.match(text, pos)
    if not m:
        return None
    ends = [m.end()]
    if m.group("pm") is not None and m.group("dec"):
        short = re.match(rf"\d+[.,·]\d{{{len(m.group('dec'))}}}", text[m.start("pm"):])
        if short and m.start("pm") + short.end() < m.end("pm"):
            tail = re.compile(_MARK).match(text, m.start("pm") + short.end())
            ends.append(tail.end() if tail else m.start("pm") + short.end())
    for end in ends:
        if end == len(text) or text[end].isspace():
            return end
        nxt = _SPREAD_CELL.match(text, end)
        if nxt and (nxt.end() == len(text) or text[nxt.end()].isspace() or _spread_end(text, end)):
            return end
    return None


def _value_run(text: str) -> list[tuple[int, int]]:
    """Character ranges of the value cells a fragment runs together ("19.8 ± 0.9 20.4 ± 0.6",
    "3.1 0.4", "8 9 7", "21.0±0.021.0±0.0", "5.0±1.0*#8.1±1.2*#"), or [] when the fragment
    is one cell or holds any other text."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        glued = _spread_end(text, pos)
        m = _VALUE_CELL.match(text, pos)
        if glued is not None and (not m or glued != m.end()):
            spans.append((pos, glued))  # a complete value, maybe run into the next one
            pos = glued
        elif m:
            spans.append((m.start(), m.end()))
            pos = m.end()
        else:
            return []
        rest = text[pos:]
        if rest and not rest[0].isspace() and _spread_end(text, pos) is None:
            return []
        pos = len(text) - len(rest.lstrip())
    return spans if len(spans) >= 2 else []


def _label_and_values(text: str) -> list[tuple[int, int]]:
    """A row label run into the values after it ("SCI (n = 8) 21.0±0.0 0.4±0.5#"): the
    label's range, then each value's, or [] unless every piece after the label is a complete
    "mean ± spread" value (so "Group 2 21.0 ± 0.0" keeps "Group 2" whole)."""
    # Where each value that starts a run of complete values to the end of the text ends
    # (None: no such run starts there), shared by every label length tried.
    ends: dict[int, int | None] = {}

    def run_from(pos: int) -> bool:
        walked: list[int] = []
        ok = True
        while pos < len(text) and pos not in ends:
            end = _spread_end(text, pos)
            ends[pos] = end
            walked.append(pos)
            if end is None:
                ok = False
                break
            pos = len(text) - len(text[end:].lstrip())
        else:
            ok = pos >= len(text) or ends[pos] is not None
        if not ok:
            for p in walked:
                ends[p] = None
        return ok

    for m in re.finditer(r"(?<=\S) +(?=[<>≤≥]?\d)", text):
        label = text[: m.start()]
        if not re.search(r"[A-Za-z]{2}", label) or label.rstrip()[-1] in "+-\u2212±=<>(":
            continue
        if m.end() < len(text) and run_from(m.end()):
            spans: list[tuple[int, int]] = []
            pos = m.end()
            while pos < len(text):
                end = ends[pos]
                assert end is not None
                spans.append((pos, end))
                pos = len(text) - len(text[end:].lstrip())
            return [(0, m.start()), *spans]
    return []


def _runs(f: Frag, find: Callable[[str], list[tuple[int, int]]]) -> list[Frag]:
    """The cells ``find`` sees run together in ``f``, each where it stands; [] for none,
    and for text too long to be a row's cells (:data:`_MAX_RUN_CHARS`)."""
    if len(f.text) > _MAX_RUN_CHARS:
        return []
    return _pieces(f, find(f.text), trim=1.0)


def _pieces(f: Frag, spans: list[tuple[int, int]], trim: float = 0.0) -> list[Frag]:
    """Sub-fragments of ``f`` for the character ranges ``spans``, each where it stands
    (``trim`` points narrower on each side: an estimate must not reach into the next column)."""
    if not spans:
        return []
    x0, y0, _, y1 = f.bbox
    at = _drawn_x(f)
    if at is not None:
        out = []
        for a, b in spans:
            a += len(f.text[a:b]) - len(f.text[a:b].lstrip())
            b -= len(f.text[a:b]) - len(f.text[a:b].rstrip())
            out.append(Frag(f.text[a:b], (at[a][0] + trim, y0, at[b - 1][1] - trim, y1)))
        return out
    adv = [0.0]
    for ch in f.text:
        adv.append(adv[-1] + _em(ch))
    scale = (f.bbox[2] - f.bbox[0]) / adv[-1] if adv[-1] else 0.0
    return [
        Frag(f.text[a:b].strip(), (x0 + adv[a] * scale + trim, y0, x0 + adv[b] * scale - trim, y1))
        for a, b in spans
    ]


def _drawn_x(f: Frag) -> list[tuple[float, float]] | None:
    """Where each character of ``f.text`` was drawn, from the pieces it was joined from
    (each piece's width shared by its characters' usual widths), or None when the pieces
    do not spell the text (normalisation changed it) or were not kept."""
    if len(f.spans) < 2:
        return None
    at: list[tuple[float, float]] = []
    text = ""
    for raw, a, b in f.spans:
        ems = [_em(ch) for ch in raw]
        total = sum(ems) or 1.0
        x = a
        for e in ems:
            w = (b - a) * e / total
            at.append((x, x + w))
            x += w
        text += raw
    lead = len(text) - len(text.lstrip())
    if text.strip() != f.text:
        return None
    return at[lead:]
