"""Group codes a paper defines once and then uses alone: "G1, sham; G2, SCI + PBS; G3, SCI + Exo".

Many papers name their groups by a code in the methods or a table legend ("groups A-E",
"G1-G3", "group 1 ... group 4") and use only the code in the results and tables. The
code says nothing about the arm: its definition does. ``group_codes`` reads the
definitions; ``code_arms`` gives each outcome row whose group is a code the arm of its
definition, and lets the paper-wide arm rules (modified vs native vesicles, doses) see
the definitions instead of the codes. The row keeps the code as its label, as written.

Definitions are read in three shapes, and only from a list that defines two codes or
more with one code style (a lone "group A (n = 8)" defines nothing)::

    G1, sham operated; G2, SCI plus PBS; and G3, SCI plus Exo.      (code, definition)
    group A (sham), group B (SCI + vehicle) and group C (SCI + EV)   (code (definition))
    sham (G1), SCI + saline (G2) and SCI + sEV (G3)                 (definition (code))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Final

from miner.extract._numbers import fold
from miner.extract._outcome_arms import group_arm
from miner.records import OutcomeRow

__all__ = ["code_arms", "code_of", "group_codes", "list_runs", "table_codes"]

# "G1", "Gr. 2", "group A", "Group 3": a prefix and one letter A-H or a number; the prefix
# "group" may be dropped later ("A", "3"), so the key is the letter or number with its style.
# Roman numerals only after "group" ("Group II"): "GI", "GV" are other abbreviations.
_ROMAN: Final = r"(?<=roup\s)(?:IV|V?I{1,3}|V)"
_CODE: Final = rf"(?:(?P<p>G|Gr\.?\s?|[Gg]roup\s+)(?P<k>[A-H]|\d{{1,2}}|{_ROMAN}))"
_CODE_RE: Final = re.compile(rf"(?<![\w-]){_CODE}(?![\w-])")
_ANY_CODE: Final = rf"(?:(?:G|Gr\.?\s?|[Gg]roup\s+)(?:[A-H]|\d{{1,2}}|{_ROMAN}))"
# Cheap test that a text may hold a code at all.
_HINT: Final = re.compile(
    r"(?<![\w-])(?:G\d|Gr\.?\s?\d|[Gg]roup\s+(?:[A-H]|\d|IV|V?I{1,3}|V))(?![\w-])"
)
_SEP: Final = r"(?:;|,|\.(?:\s|$)|$|\s+and\s+)"
# "G1, sham operated; G2, ..." / "G1: sham; G2 = ..." / "G1 - sham".
_CODE_FIRST: Final = re.compile(
    rf"(?<![\w-]){_CODE}\s*(?:,|:|=|[-–—]\s)\s*(?P<d>[^;:=()]{{2,70}}?(?:\([^()]{{0,40}}\))?[^;:=()]{{0,20}}?)"
    rf"(?=\s*(?:;|\.(?:\s|$)|$|,?\s+and\s+{_ANY_CODE}|,\s*{_ANY_CODE}))"
)
# "group A (sham)", "G2 (SCI + PBS)".
_CODE_PAREN: Final = re.compile(rf"(?<![\w-]){_CODE}\s*\((?P<d>[^()]{{2,70}})\)")
# "sham (G1)": the definition is the list item before the bracketed code.
# The shortest item never ends in a blank the "\s*" would take (save a two-character one), so it
# is read as two characters or as one ending in a non-blank: no run of blanks is split every way.
_PAREN_CODE: Final = re.compile(
    rf"(?P<d>[^;:,()]{{2}}|[^;:,()]{{2,69}}?[^;:,()\s])\s*+\(\s*+{_CODE}\s*+\)"
)
# A bracket that only counts or doses the group is no definition: "group A (n = 8)".
_NOT_DEF: Final = re.compile(
    r"^\s*(?:n\s*=|\d+\s*(?:rats|mice|animals)?\s*$|each\b|per\b|mean|sd\b|sem\b|p\s*[<=>])",
    re.IGNORECASE,
)
# Bare codes in a design list: "four groups: I, sham; II, SCI + PBS; III, SCI + Exo" or "groups
# (A-D): A, sham; B, ...". Read only in a sentence that speaks of groups, only as a list whose keys
# run I, II, III ... or A, B, C ... from the first, each after the list's lead (":" or ";").
_BARE_KEY: Final = r"(?:VI{0,3}|IV|I{1,3}|IX|[A-H])"
_BARE_FIRST: Final = re.compile(
    rf"(?:^|[:;]|\bwere\s|,?\s++and\s++|,\s++or\s++)\s*+(?P<k>{_BARE_KEY})\s*+(?:,|:|=|[-–—]\s)\s*+"
    rf"(?P<d>[^;:=()]{{2,70}}?)(?=\s*(?:;|\.(?:\s|$)|$|,?\s+(?:and|or)\s+{_BARE_KEY}\s*[,:=]))"
)
# "sham (I), SCI + PBS (II) and SCI + Exo (III)": the definition before each bracketed key.
_PAREN_BARE: Final = re.compile(
    rf"(?P<d>[^;:,()]{{2}}|[^;:,()]{{2,69}}?[^;:,()\s])\s*+\(\s*+(?P<k>{_BARE_KEY})\s*+\)"
)
_GROUPS_WORD: Final = re.compile(r"\bgroups?\b", re.IGNORECASE)
_ROMANS: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
_LETTERS: Final = "ABCDEFGH"


def _bare_items(text: str) -> dict[str, str]:
    """Bare-code definitions of one design list: {"GROUP I": "sham", "GROUP II": "SCI + PBS"}.

    The keys must run in order from the first numeral or letter (I, II, III / A, B, C), so a
    stray capital ("Table 2 (A)") or a figure panel is not read as a group code.
    """
    if not _GROUPS_WORD.search(text):
        return {}
    for pattern in (_BARE_FIRST, _PAREN_BARE):
        keys: list[str] = []
        defs: list[str] = []
        for m in pattern.finditer(text):
            d = _clean(m["d"])
            if not d or len(d) > _MAX_DEF or _NOT_DEF.search(d) or _VALUE_DEF.search(d):
                continue
            keys.append(m["k"])
            defs.append(d)
        if len(keys) < 2:
            continue
        series = _ROMANS if keys[0] == "I" else _LETTERS if keys[0] == "A" else ()
        # A design list names at least one arm ("sham", "SCI + PBS"); figure panels name none.
        if tuple(keys) == tuple(series[: len(keys)]) and any(_arm_words(d) for d in defs):
            return {"GROUP " + k: d for k, d in zip(keys, defs, strict=True)}
    return {}


_LEAD: Final = re.compile(
    r"^(?:.*?\b(?:codes?|named|called|designated|as\s+follows|namely|were|into|groups?|compared|included|studied|used)\s*:?\s+)?"
    r"(?:(?:and|or|the|a|an|i\.e\.)\s+)*",
    re.IGNORECASE,
)
_MAX_DEF: Final = 60
# "10.1 ± 0.8 (G4), 6.8 ± 0.7 (G3)": a score before a bracketed code is a value, not a definition.
# "angle at T4 was 52° (Group III)": an angle or a percentage is a measurement too.
_VALUE_DEF: Final = re.compile(
    r"\d\s*(?:±|\+/-|\(\s*\d)|^[\d\s.,;%±()]+$|(?:^|\s)\d+[.,]\d+$|(?:^|\s)\d+(?:[.,]\d+)?\s*[°%]$"
)


# A sentence that opens as a list item: a short label, then a comma, colon or "=" ("G2, SCI +
# PBS;", "Lesion + Exo: the same injury ..."), or a bracketed definition ("Group I (sham)").
_ITEM_OPEN: Final = re.compile(r"^\s*[^\s,:;=()]{1,16}(?:\s+[^\s,:;=()]{1,16}){0,3}\s*(?:[,:=]\s|\()")
_MAX_ITEM: Final = 240
_MAX_RUN: Final = 8


def list_runs(texts: Iterable[str]) -> list[str]:
    """The texts, and each run of consecutive list items joined into one text.

    Sentence splitters cut a design list at its semicolons, or the paper writes one group per
    line ("Control: intact rats." / "Lesion: hemisection only."): the list is read whole, its
    items joined by semicolons, so that a definition counts only inside a list of two or more.
    """
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= 2:
            out.append("; ".join(t.strip().rstrip(";.").strip() for t in run) + ".")

    for raw in texts:
        out.append(raw)
        t = raw.strip()
        continues = bool(run) and len(t) <= _MAX_ITEM and len(run) < _MAX_RUN and (
            run[-1].rstrip().endswith(";") or bool(_ITEM_OPEN.match(t))
        )
        if continues:
            run.append(t)
            continue
        close()
        run = [t] if len(t) <= 2 * _MAX_ITEM else []
    close()
    return out


def _key(m: re.Match[str]) -> tuple[str, str]:
    """(style, key): "G" / "group" style and the letter or number, upper-cased."""
    prefix = m["p"].strip().rstrip(".").lower()
    style = "group" if prefix.startswith("group") else "g"
    return style, m["k"].upper()


def _clean(defn: str) -> str:
    d = re.sub(r"\s+", " ", defn).strip(" ,;:.")
    d = _LEAD.sub("", d, count=1).strip(" ,;:.")
    return d


def group_codes(texts: Iterable[str]) -> dict[str, str]:
    """Group codes a paper defines -> their definitions: {"G1": "sham operated", "GROUP A": "sham"}.

    Keys are upper-cased ("G1", "GROUP A"); definitions as written, the first one met. A code
    whose definitions disagree on the arm is left out, as is a list that defines fewer than
    two codes.
    """
    found: dict[str, list[str]] = {}
    for raw in list_runs(texts):
        text = fold(raw)
        if not _HINT.search(raw):
            for code, d in _bare_items(text).items():
                found.setdefault(code, []).append(d)
            continue
        for pattern in (_CODE_FIRST, _CODE_PAREN, _PAREN_CODE):
            items: dict[tuple[str, str], str] = {}
            for m in pattern.finditer(text):
                d = _clean(m["d"])
                if (
                    not d
                    or len(d) > _MAX_DEF
                    or _NOT_DEF.search(d)
                    or _VALUE_DEF.search(d)
                    or _CODE_RE.search(d)
                ):
                    continue
                items.setdefault(_key(m), d)
            styles = {s for s, _ in items}
            if len(items) < 2 or len(styles) != 1:
                continue
            for (style, k), d in items.items():
                found.setdefault(("G" if style == "g" else "GROUP ") + k, []).append(d)
        for code, d in _bare_items(text).items():
            found.setdefault(code, []).append(d)
    # The methods and a legend may word a definition differently ("sham operated", "sham"): the
    # first is kept unless another gives the code a different arm.
    return {code: defs[0] for code, defs in found.items() if len({group_arm(d) for d in defs}) == 1}


# A group label that is only a code, perhaps with its count: "G3", "Group B (n = 10)", "B".
_LABEL: Final = re.compile(
    # Blanks taken whole: what follows each run never begins with a blank.
    r"\s*+(?P<p>G|Gr\.?\s?|[Gg]roup\s++)?(?P<k>[A-H]|\d{1,2}|(?<=roup\s)(?-i:IV|V?I{1,3}|V))(?:\s*+(?:group)?\s*+\(\s*+n\s*+=\s*+\d++\s*+\))?\s*+",
    re.IGNORECASE,
)


_HEADED: Final = re.compile(
    r"(?:^|\s)(?P<code>(?:G|Gr\.?\s?|[Gg]roup\s+)(?:[A-H]|\d{1,2}|(?<=roup\s)(?:IV|V?I{1,3}|V)))\s*$"
)


def _arm_words(text: str) -> bool:
    """The text names an arm by itself: a sham, a control, a treatment (anything but "other")."""
    return group_arm(text) != "other"


def code_of(label: str, codes: Mapping[str, str]) -> str | None:
    """The definition of a group label that is a defined code ("G3" -> "SCI plus Exo"), else None.

    A bare letter or number ("B", "3") counts only for "group"-style codes, whose prefix papers
    drop once the groups are defined.
    """
    if not codes:
        return None
    m = _LABEL.fullmatch(label)
    if m is None:
        # "BBB score (mean ± SEM) Group II": a spanning header cell read into the label; the
        # prefixed code at its end names the group when the rest names no group of its own.
        h = _HEADED.search(label)
        if h is None or _arm_words(label[: h.start()]):
            return None
        m = _LABEL.fullmatch(h["code"])
        if m is None or not m["p"]:
            return None
    k = m["k"].upper()
    p = (m["p"] or "").strip().rstrip(".").lower()
    if p.startswith("g") and not p.startswith("group"):
        return codes.get("G" + k)
    if p.startswith("group"):
        return codes.get("GROUP " + k)
    # Bare: only a letter (a bare number is too often a day or a count), and only group-style.
    return codes.get("GROUP " + k) if k.isalpha() else None


def code_arms(
    rows: Sequence[OutcomeRow],
    codes: Mapping[str, str],
    arm_of: Callable[[str], str],
    resolve: Callable[[list[OutcomeRow]], list[OutcomeRow]],
) -> list[OutcomeRow]:
    """Arms of rows whose group is a code, read from the code's definition; then ``resolve``
    (the paper-wide arm rules) over the definitions, with every row keeping its own label."""
    if not codes:
        return resolve(list(rows))
    stand_in: list[OutcomeRow] = []
    for r in rows:
        d = code_of(r.group, codes)
        stand_in.append(replace(r, group=d, arm=arm_of(d)) if d else r)
    resolved = resolve(stand_in)
    return [replace(new, group=old.group) for old, new in zip(rows, resolved, strict=True)]


# The first header cell of a design table: "Group", "Code", "Abbreviation".
_DESIGN_CORNER: Final = re.compile(
    r"(?:experimental\s+)?(?:groups?|codes?|abbreviations?|arms?)", re.IGNORECASE
)
_BARE_CODE: Final = re.compile(r"(?P<p>G|Gr\.?\s?|[Gg]roup\s+)?(?P<k>[A-H]|\d{1,2})")


# A design table's cell that names nothing given: "None", "—", "No treatment", "n/a".
_NOTHING: Final = re.compile(r"none|nil|n/?a|[-–—]|no(?:\s+(?:treatment|injection|drug))?|not\s+(?:treated|applicable)", re.IGNORECASE)


def _joined_rows(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """Design-table rows with each wrapped line joined to its row: a row whose first cell is
    empty continues the row above ("G2 | Laminectomy | PBS" over " | + clip | "), so its
    cells are appended to the cells above them."""
    out: list[list[str]] = []
    for r in rows:
        cells = [c or "" for c in r]
        if out and cells and not cells[0].strip() and len(cells) == len(out[-1]):
            out[-1] = [f"{a} {b}".strip() if b.strip() else a for a, b in zip(out[-1], cells, strict=True)]
            continue
        out.append(cells)
    return out


def table_codes(tables: Iterable[Sequence[Sequence[str]]]) -> dict[str, str]:
    """Group codes a design table defines: "Group | Injury | Treatment | Rats" with rows "A | ...".

    A table qualifies when its corner cell says "Group" (or "Code") and two rows or more start
    with a code of one style; a code's definition is the row's other cells that hold words
    ("Laminectomy only; None"), so its arm is read as for a definition in the text. Keys as
    ``group_codes`` gives them ("GROUP A" for a bare or "group"-prefixed letter, "G1").
    """
    found: dict[str, str] = {}
    for rows in tables:
        if len(rows) < 3 or not rows[0] or not _DESIGN_CORNER.fullmatch(fold(rows[0][0]).strip()):
            continue
        items: dict[str, str] = {}
        styles = set()
        for r in _joined_rows(rows[1:]):
            m = _BARE_CODE.fullmatch(r[0].strip()) if r else None
            # "None", "-" in the treatment column names nothing: "Laminectomy | None" is the sham.
            words = [
                c.strip() for c in r[1:] if re.search(r"[A-Za-z]{2,}", c) and not _NOTHING.fullmatch(c.strip())
            ]
            if m is None or not words or any(re.search(r"±|\+/-", c) for c in r):
                continue
            prefix = (m["p"] or "").strip().rstrip(".").lower()
            if not prefix and not m["k"].isalpha():
                continue  # a bare number is too often a count or a day
            style = "G" if prefix and not prefix.startswith("group") else "GROUP "
            styles.add(style)
            items.setdefault(style + m["k"].upper(), "; ".join(words)[: _MAX_DEF * 2])
        if len(items) >= 2 and len(styles) == 1:
            for k, d in items.items():
                found.setdefault(k, d)
    return found
