"""What stands around a BBB/BMS table: its footnote, the time unit it declares, stray text.

A table's time unit is not always in its corner cell: the footnote may say "Rows are weeks
after injury" or "Wk, weeks after contusion", while the caption names an event ("injection at
day 7") that says nothing of the unit of bare numbers. A PDF table set in one column of a
two-column page can also pick up a line of the other column (a reference) as a row or column.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from miner.extract._num_animals import N_EACH
from miner.extract._numbers import fold
from miner.extract._outcome_cells import parse_cell, section_scale
from miner.extract._outcome_header import time_label
from miner.extract._outcome_time import (
    GLOSSED,
    PRE_INJURY_WORD,
    TIME,
    TIME_LIST,
    parse_day,
    time_of,
)
from miner.parse.model import BlockKind, ParsedDocument, SectionKind, Table
from miner.records import Evidence

__all__ = [
    "by_scale_column",
    "caption_time",
    "declared_unit",
    "drop_stray_text",
    "note_abbreviations",
    "plain_score_table",
    "row_time",
    "spanning_group_size",
    "table_evidence",
    "table_note",
    "table_spellings",
]

# A caption block that only labels a part of a table split over pages: "Table 2 (continued)".
_PART_LABEL: Final = re.compile(r"\s*(?:table|tab\.)\s*[A-Z]?\d+[A-Za-z]?\b.{0,20}$", re.IGNORECASE)


def table_note(doc: ParsedDocument, table: Table) -> str:
    """The footnote under ``table`` (the caption-like block after it), or "".

    Parts of the same table split over pages and their "(continued)" labels are stepped over;
    the note ends at the first block of running text.
    """
    i = table.block_index
    if i is None:
        return ""
    for b in doc.blocks[i + 1 : i + 6]:
        if b.section != SectionKind.TABLE:
            return ""
        if b.kind == BlockKind.TABLE:
            continue
        if b.kind == BlockKind.CAPTION and not _PART_LABEL.match(b.text):
            if re.match(r"\s*(?:table|tab\.)\s*\d", b.text, re.IGNORECASE):
                return ""  # the caption of the next table
            return b.text
    return ""


def declared_unit(*texts: str | None) -> str | None:
    """'week' or 'day' when a text names the unit itself ("Rows are weeks after injury"), else None.

    A time point ("injection at day 7", "over 8 weeks") is not a declaration of the unit.
    """
    for text in texts:
        if not text:
            continue
        for m in re.finditer(r"\b(weeks|days|wks|dpi|wpi)\b", text, re.IGNORECASE):
            before = text[max(0, m.start() - 4) : m.start()]
            after = text[m.end() : m.end() + 4]
            if re.search(r"\d\s*[-–]?\s*$", before) or re.match(r"\s*[-–]?\s*\d", after):
                continue
            return "week" if m[1].lower() in ("weeks", "wks", "wpi") else "day"
    return None


def _prose(cell: str) -> bool:
    """A cell of running text (a reference, a sentence), not a label or a value."""
    words = fold(cell).split()
    return len(words) >= 6 and parse_cell(cell) is None


def drop_stray_text(rows: list[list[str]]) -> list[list[str]]:
    """Rows and a last column holding only text from beside the table, dropped.

    A leading row whose one filled cell is prose, and a last column whose cells are empty
    below the header and hold prose above it, are lines of the neighbouring column.
    """
    while rows and sum(bool(c.strip()) for c in rows[0]) == 1 and any(_prose(c) for c in rows[0]):
        rows = rows[1:]
    if len(rows) < 3 or len(rows[0]) < 3:
        return rows
    last = [r[-1] if len(r) == len(rows[0]) else "" for r in rows]
    filled = [i for i, c in enumerate(last) if c.strip()]
    stray = bool(filled) and max(filled) <= 1
    stray = stray and any(_prose(last[i]) or len(last[i].split()) >= 3 for i in filled)
    if stray and all(len(r) == len(rows[0]) for r in rows):
        rows = [r[:-1] for r in rows]
    return rows


# The head of a first column naming each row's scale: "Scale", "Measure", "Test", "Outcome".
_SCALE_HEAD: Final = re.compile(
    r"(?:scales?|measures?|outcomes?|tests?|assessments?|scores?|endpoints?)", re.IGNORECASE
)


def by_scale_column(table: Table, scale: str | None) -> list[tuple[str, Table]]:
    """A table whose first column names the scale of each row, split into one table per scale.

    "Scale | Time | Vehicle | Exo" over rows "BMS (0–9) | Week 1 | ..." and "BBB (0–21) | Week 1
    | ...": the rows of each scale, under the header without that column. Rows naming no scale
    (a subscore, a P value) are dropped. Only when the caption names no single scale or the
    column names two; else [] (the usual reader handles a table of one scale).
    """
    rows = [[c.strip() for c in r] for r in table.rows if any(c.strip() for c in r)]
    if len(rows) < 3 or len(rows[0]) < 3 or not _SCALE_HEAD.fullmatch(fold(rows[0][0])):
        return []
    corner = rows[0][0]
    depth = 1
    while (
        depth < len(rows)
        and rows[depth][0] in ("", corner)
        and not any(parse_cell(c) for c in rows[depth][1:])
    ):
        depth += 1
    header = [r[1:] for r in rows[:depth]]
    by: dict[str, list[list[str]]] = {}
    current: str | None = None
    for r in rows[depth:]:
        if r[0]:
            current = section_scale(r[0])
        if current is not None and len(r) > 1:
            by.setdefault(current, []).append(r[1:])
    # The column labels rows of values, not section headings over the rows below ("BBB score" alone
    # on its row), which the gated reader takes.
    labelled = sum(
        1
        for r in rows[depth:]
        if r[0] and section_scale(r[0]) and any(parse_cell(c) for c in r[1:])
    )
    if not by or labelled < 2 or (scale is not None and len(by) < 2):
        return []
    return [(s, replace(table, rows=[*header, *body])) for s, body in by.items()]


# Words that make a table another measure's: histology, molecules, other tests, units.
_OTHER_MEASURE: Final = re.compile(
    r"lesion|cavit|area|volume|density|express|level|cytokine|\bIL-|TNF|GFAP|NeuN|cells?\b|count"
    r"|weight|latency|MEP|amplitude|protein|mRNA|stain|intensity|ratio|positive|%|µm|mm|pg|ng"
    r"|mNSS|inclined|footprint|grid|rotarod|ladder|Tarlov|sub-?score|size|dose|baseline\s+character"
    r"|characteri[sz]|marker|particle|vesicle|yield|concentration|survival|mortality|complication",
    re.IGNORECASE,
)
_SCALE_MAX: Final = {"BBB": 21.0, "BMS": 9.0}


def plain_score_table(table: Table, note: str, scale: str) -> bool:
    """A table naming no measure that reads as more of ``scale``: time points as its columns or
    rows, and every value a mean (± SD) within the scale's range.

    For a second experiment's table beside the score table ("Experiment 2: delayed injection").
    """
    text = " ".join([table.caption or "", note, *(" ".join(r) for r in table.rows[:1])])
    if _OTHER_MEASURE.search(text) or len(table.rows) < 2 or len(table.rows[0]) < 2:
        return False
    head, first_col = table.rows[0][1:], [r[0] for r in table.rows[1:] if r]
    times = (
        sum(parse_day(c) is not None for c in head) >= 2
        or sum(parse_day(c) is not None for c in first_col) >= 2
    )
    cells = [c for r in table.rows[1:] for c in r[1:] if c.strip()]
    values = [parse_cell(c) for c in cells]
    means = [v[0] for v in values if v is not None]
    with_disp = sum(1 for v in values if v is not None and v[1] is not None)
    top = _SCALE_MAX.get(scale, 21.0)
    return (
        times
        and len(means) >= 4
        and with_disp * 2 >= len(means)
        and all(0 <= m <= top for m in means)
    )


# "1 wk post-Tx (35 dpi)": a time after treatment glossed with the time after injury.
_AFTER_TREATMENT: Final = re.compile(
    r"post[- ]?(?:tx|treatment|injection|transplant\w*|graft\w*|administration)"
    r"|after\s+(?:treatment|injection|transplant\w*)",
    re.IGNORECASE,
)


# A minus sign standing before the number, apart from the word ("Day -1", "D −3", "-7 d");
# "D-7" / "Day-7" (a hyphen joining day and number) is day 7.
_BEFORE_ZERO: Final = re.compile(r"(?:^|\s)[-\u2212\u2013]\s?\d")


def row_time(label: str, unit: str | None) -> float | None:
    """The day of a time label, reading two glosses the time reader leaves alone.

    "1 wk post-Tx (35 dpi)": the bracketed time after injury, since the sheet counts from the
    injury. "28 dpi (pre)": the time, with a word in brackets that is no time. A negative
    time ("Day -1", "day −3": before the injury) is none: its sign must not be dropped.
    """
    if _BEFORE_ZERO.search(label):
        return None
    day = parse_day(label, unit)
    if day is None:
        day = parse_day(time_label(label), unit)
    if day is not None:
        return day
    m = GLOSSED.fullmatch(label.strip())
    if m is None:
        return None
    inner = parse_day(m["in"], unit)
    if (
        inner is not None
        and _AFTER_TREATMENT.search(m["out"])
        and re.search(
            r"dpi|post[- ]?(?:injury|SCI)|after\s+(?:injury|SCI)|\bday|\bd\s?\d",
            m["in"],
            re.IGNORECASE,
        )
    ):
        return inner
    if inner is None and not re.search(r"\d", m["in"]) and len(m["in"].split()) <= 3:
        return parse_day(m["out"], unit)
    return None


# "SF: saline solution", "Sal, saline", "HX = hemisection without gel": an abbreviation defined.
_ABBREVIATION: Final = re.compile(
    r"(?:^|[.;]\s+|\s{2,})(?P<abbr>[A-Za-z][\w+/-]{0,14})\s*(?::|,|=)\s*(?P<long>[^.;:=]{3,80})"
)


def note_abbreviations(note: str) -> dict[str, str]:
    """Abbreviations a table's footnote explains: {"SF": "saline solution"}."""
    out: dict[str, str] = {}
    for m in _ABBREVIATION.finditer(note or ""):
        abbr, long = m["abbr"], m["long"].strip()
        if abbr.lower() in ("p", "n", "data", "values", "note", "notes") or not re.search(
            r"[A-Za-z]{3}", long
        ):
            continue
        out.setdefault(abbr, long)
    return out


def table_spellings(doc: ParsedDocument, labels: set[str]) -> dict[str, str]:
    """What the tables' footnotes and captions spell out for the group ``labels`` of their rows
    ("S, sham; V, SCI + vehicle; E, SCI + BMSC-Exo" -> {"E": "SCI + BMSC-Exo"}).

    A table's own footnote first; a label two tables spell differently is left out.
    """
    out: dict[str, str] = {}
    clash: set[str] = set()
    for table in doc.tables:
        spelled = {**note_abbreviations(table.caption or ""), **note_abbreviations(table_note(doc, table))}
        for abbr, long in spelled.items():
            if abbr not in labels:
                continue
            if out.setdefault(abbr, long).lower() != long.lower():
                clash.add(abbr)
    return {k: v for k, v in out.items() if k not in clash}


# "T1–T8 = days 1, 3, 7 ... and 56", "Sessions T1–T4 are weeks 1, 2, 4 and 6", "W1-W4: 1, 2, 4 and
# 8 weeks": a range of codes and the list of their times, unit before or after the list.
_CODE_RANGE: Final = re.compile(
    r"(?<![\w-])(?P<p>[A-Z]{1,2})(?P<a>\d{1,2})\s*(?:-|to|through)\s*(?P=p)?(?P<b>\d{1,2})(?![\w-])"
    r"\s*(?:=|:|,|are|were|denote|represent|correspond\s+to|indicate|refer\s+to)\s*"
    r"(?:the\s+|post-?injury\s+|post-?operative\s+)*"
    r"(?:(?P<u1>days?|weeks?|wks?)\s+)?"
    r"(?P<list>\d{1,3}(?:\s*(?:,|and|, and)\s*\d{1,3})+)"
    r"(?:\s*(?P<u2>days?|weeks?|wks?|dpi|wpi)\b)?"
)


def note_time_codes(*texts: str | None) -> dict[str, float]:
    """Time-point codes a table's footnote or caption defines as a range ("T1–T8 = days 1, 3, 7,
    14, 21, 28, 42 and 56 after injury") -> days after injury, codes upper-cased.

    The table's own definition is the one its header or rows use, whatever the paper's text
    means by the same code elsewhere ("T8" is also a spinal level).
    """
    codes: dict[str, float] = {}
    for text in texts:
        if not text or not re.search(r"[A-Z]{1,2}\d", text):
            continue
        for m in _CODE_RANGE.finditer(fold(text)):
            unit = m["u1"] or m["u2"]
            a, b = int(m["a"]), int(m["b"])
            items = [int(x) for x in re.findall(r"\d{1,3}", m["list"])]
            if unit is None or b <= a or len(items) != b - a + 1:
                continue
            factor = 7 if unit.lower().startswith("w") else 1
            for k, n in zip(range(a, b + 1), items, strict=True):
                codes[f"{m['p']}{k}".upper()] = float(n * factor)
    return codes


# "where Tn is day n after injury", "Dn = day n", "Wn denotes week n": every code of that prefix
# is its own number of days or weeks.
_GENERIC_CODE: Final = re.compile(
    r"(?<![\w-])(?P<p>[A-Z]{1,2})n\s*(?:is|=|:|denotes?|means|represents?|indicates?|refers\s+to"
    r"|stands\s+for)\s*(?:the\s+)?(?:post-?injury\s+)?(?P<u>days?|weeks?)\s+n\b"
)
# A table cell that is only a code: "T14", "D7", "W2".
_CODE_CELL: Final = re.compile(r"\s*(?P<p>[A-Z]{1,2})(?P<n>\d{1,3})\s*")


def has_code_cells(rows: list[list[str]]) -> bool:
    """Whether a table labels its times by codes ("T7") in the header or the first column."""
    cells = [*(rows[0] if rows else []), *(r[0] for r in rows if r)]
    return sum(bool(_CODE_CELL.fullmatch(c)) for c in cells) >= 2


def generic_codes(text: str, rows: list[list[str]]) -> dict[str, float]:
    """Codes of a table's header and first column decoded by a rule the paper states once
    ("where Tn is day n after injury": "T14" is day 14)."""
    factors = {m["p"]: 7.0 if m["u"].startswith("w") else 1.0 for m in _GENERIC_CODE.finditer(text)}
    if not factors:
        return {}
    codes: dict[str, float] = {}
    for c in [*(rows[0] if rows else []), *(r[0] for r in rows if r)]:
        m = _CODE_CELL.fullmatch(c)
        if m and m["p"] in factors:
            codes[c.strip().upper()] = int(m["n"]) * factors[m["p"]]
    return codes


# A time that is an event, not the assessment: "rats treated 3 days after injury", "injection at
# day 7", "8 weeks old", "3 days after the injection". Times before the injury rule out the lot.
_EVENT_BEFORE: Final = re.compile(
    r"(?:treat|inject|administ|transplant|graft|infus|deliver|given|received|start|began|begun"
    r"|initiat|dos(?:e|ed|ing)|implant|applied|aged)\w*\b[^.;,]{0,25}$",
    re.IGNORECASE,
)
_EVENT_AFTER: Final = re.compile(
    r"^\s*(?:old|of\s+age|(?:after|post|following)[- ]\s*(?:the\s+)?(?:first\s+|last\s+)?"
    r"(?:treat|inject|administ|transplant|graft|infus|dos|implant))",
    re.IGNORECASE,
)
_PRE_INJURY: Final = re.compile(
    rf"\b{PRE_INJURY_WORD}|baseline|before\s+(?:the\s+)?(?:injury|SCI|surgery)",
    re.IGNORECASE,
)
# "days 1-28", "1–4 weeks", "from day 7 to day 28": a span, not one time point.
_SPAN: Final = re.compile(
    # From a number's first digit (a match inside one is also one from its start), digits and
    # blanks taken whole (a dash, "to" or a unit follows them): no run is rescanned.
    r"(?<!\d)\d++\s*+(?:[-\u2013\u2014]|to)\s*+\d++\s*+(?:days?|weeks?|wks?|d|dpi|wpi)\b"
    r"|\b(?:days?|weeks?|wks?)\s*+\d++\s*+(?:[-\u2013\u2014]|to)\s*+\d++|\bfrom\s+(?:day|week)\b",
    re.IGNORECASE,
)


def caption_time(*texts: str | None) -> float | None:
    """The one time point (days after injury) a table's caption and footnote give, else None.

    For a table of several measures at one time ("BBB score, MDA and TNF-α on postoperative day
    28"; "All measures were taken 6 weeks after SCI"). None when the texts give no time, two
    different times, a span or list of times, or speak of the time before the injury; times of
    treatment ("rats treated 3 days after injury") and of age are events, not the time point.
    """
    text = " ".join(fold(t) for t in texts if t)
    if not text or _PRE_INJURY.search(text) or _SPAN.search(text) or TIME_LIST.search(text):
        return None
    days: set[float] = set()
    for m in TIME.finditer(text):
        if _EVENT_BEFORE.search(text[: m.start()]) or _EVENT_AFTER.match(text[m.end() :]):
            continue
        day = time_of(m)
        if day is None or day < 1:
            return None  # hours: an acute reading the caption alone cannot place
        days.add(day)
    return days.pop() if len(days) == 1 else None


def table_evidence(table: Table) -> Evidence:
    """The evidence every row read from ``table`` carries: its caption, page and box."""
    return Evidence(
        quote=(table.caption or table.label or "table")[:300],
        page=table.page,
        section="table",
        bbox=table.bbox,
        xpath=table.xpath,
    )


def group_size_for_all(*texts: str | None) -> int | None:
    """The one group size a caption or footnote states for every group ("n = 8 per group"),
    or None when none or two different ones are stated."""
    found = {int(m["n"]) for t in texts if t for m in N_EACH.finditer(t)}
    return found.pop() if len(found) == 1 else None


# A title spanning every group column with their one size: "Groups (n=8)", "Treatment groups
# (n = 10 each)", "Experimental groups (n = 12 rats per group)".
_GROUPS_N: Final = re.compile(
    # Words and blanks taken whole: a word runs to a blank, a blank to a word or bracket. Only
    # from a word's start, or at "group" itself ("subgroup (n = 8)"): a match with words from
    # inside one is also one from its start.
    r"(?:(?<![A-Za-z-])|(?=groups?\s*+[(\[]))(?:[A-Za-z-]++\s++){0,2}groups?\s*+[(\[]\s*+n\s*+=\s*+(?P<n>\d{1,3})\s*+"
    r"(?:(?:rats|mice|animals)\s*+)?(?:each|per\s+group|/\s*group|in\s+each)?\s*+[)\]]",
    re.IGNORECASE,
)


def spanning_group_size(header: list[list[str]]) -> int | None:
    """The group size a spanning title over the group columns gives every group ("Groups
    (n=8)" over "Sham | SCI | Exo"), or None when no header cell, or two, say one."""
    found = {int(m["n"]) for r in header[:2] for c in r if (m := _GROUPS_N.fullmatch(c.strip()))}
    return found.pop() if len(found) == 1 else None
