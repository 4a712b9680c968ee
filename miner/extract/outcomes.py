"""BBB locomotor outcome rows per group and day, from tables and from text.

Tables come in either orientation (days as columns or as rows), with
"mean ± SD" in one cell or mean and SD/SEM in separate columns. The dispersion
type is read from the header, the caption, or the methods ("data are presented
as mean ± SEM"). Text rows come from sentences such as "at 28 days the BBB
score of the Exo group was 11.2 ± 1.3 versus 7.5 ± 1.1 in the PBS group".
When BBB is only plotted, a note tells the reviewer where to look.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract._context import Sentence, document_sentences, is_reported_elsewhere
from miner.extract._numbers import NUM, fold, parse_number, word_number
from miner.parse.model import ParsedDocument, SectionKind, Table
from miner.records import Evidence, OutcomeRow

__all__ = [
    "dispersion_type",
    "extract_outcomes",
    "figure_notes",
    "group_arm",
    "parse_cell",
    "parse_day",
]

BBB_MAX: Final = 21.0
_BBB: Final = re.compile(
    r"\bBBB\b|Basso[,\s-]+Beattie|locomotor\s+(?:rating|score|scale)", re.IGNORECASE
)
_OTHER_SCALE: Final = re.compile(
    r"\bBMS\b|Basso\s+Mouse|inclined\s+plane|Tarlov|footprint|grid\s+walk", re.IGNORECASE
)
_PM: Final = r"(?:±|\+/-|\+-)"
_CELL: Final = re.compile(
    rf"^\s*(?P<m>{NUM})\s*(?:{_PM}\s*(?P<d>{NUM})|\(\s*(?P<d2>{NUM})\s*\))?\s*(?:[*#†‡§a-d]{{0,3}})\s*$"
)


def parse_cell(cell: str) -> tuple[float, float | None] | None:
    """A table cell "11.2 ± 1.3", "11.2±1.3*", "11.2 (1.3)" or "11.2" -> (mean, dispersion)."""
    m = _CELL.match(fold(cell))
    if not m:
        return None
    mean = parse_number(m["m"])
    disp = m["d"] or m["d2"]
    if mean is None:
        return None
    return mean, (parse_number(disp) if disp else None)


_DAY: Final = re.compile(
    r"^\s*(?:(?:post[- ]?(?:injury|operative|SCI)\s+)?(?P<kw>day|d|week|wk|w|weeks|days)\s*(?P<n1>\d+(?:\.\d+)?)"
    r"|(?P<n2>\d+(?:\.\d+)?)\s*(?P<u>days?|d|dpi|weeks?|wks?|w|wpi)\b(?:\s*(?:post[- ]?\w+|after\s+\w+))?)\s*$",
    re.IGNORECASE,
)


def parse_day(label: str, default_unit: str | None = None) -> float | None:
    """Days after injury from a header label: "Day 7", "D7", "7 d", "7 dpi", "Week 2" (14), "2 w".

    A bare number ("7") counts only when ``default_unit`` is given ("day"/"week")
    by the corner cell or the caption.
    """
    s = fold(label).strip().rstrip(":")
    m = _DAY.match(s)
    if m:
        n = float(m["n1"] or m["n2"])
        unit = (m["kw"] or m["u"] or "d").lower()
        return n * 7 if unit.startswith("w") else n
    if default_unit and re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s) * (7 if default_unit.startswith("w") else 1)
    return None


_SHAM: Final = re.compile(
    r"\bsham\b|\bnormal\b|\bintact\b|\buninjured\b|\bnaive\b|laminectomy\s+only", re.IGNORECASE
)
_TREAT: Final = re.compile(
    r"exo|\bs?EVs?\b|vesicle|MSC|\bSC-|secretome|miR|siRNA|si-|lnc|treat|-Exos?|\+\s*(?!PBS|saline|vehicle)\w*exo",
    re.IGNORECASE,
)
_CONTROL: Final = re.compile(
    r"\bPBS\b|vehicle|saline|\bcontrol\b|\bSCI\b|\bmodel\b|\binjur\w*|untreated|\bDMEM\b|\bNS\b|\bcon\b",
    re.IGNORECASE,
)


def group_arm(group: str) -> str:
    """The arm of a group label: sham, treatment (vesicles), control (injured + vehicle) or other."""
    if _SHAM.search(group):
        return "sham"
    if _TREAT.search(group) and not re.search(
        r"exo(?:some)?[- ]?(?:free|depleted)", group, re.IGNORECASE
    ):
        return "treatment"
    if _CONTROL.search(group):
        return "control"
    return "other"


_SEM: Final = re.compile(r"\bSEM\b|\bS\.E\.M\.?|standard\s+error", re.IGNORECASE)
_SD: Final = re.compile(r"\bSD\b|\bS\.D\.?|standard\s+deviation", re.IGNORECASE)
_DISP_STATEMENT: Final = re.compile(
    rf"mean\s*(?:{_PM}|and)\s*(?P<d>SEM|S\.E\.M\.?|SD|S\.D\.?|standard\s+(?:error|deviation))",
    re.IGNORECASE,
)


def dispersion_type(*texts: str | None) -> str | None:
    """'sd' or 'sem' from the first text that says which (header, caption, methods); None if silent."""
    for text in texts:
        if not text:
            continue
        t = fold(text)
        m = _DISP_STATEMENT.search(t)
        if m:
            return "sem" if _SEM.search(m["d"]) else "sd"
        sem, sd = bool(_SEM.search(t)), bool(_SD.search(t))
        if sem != sd:
            return "sem" if sem else "sd"
    return None


_N_IN_LABEL: Final = re.compile(r"\(?\s*n\s*=\s*(?P<n>\d+)\s*\)?", re.IGNORECASE)


def _clean_group(label: str) -> tuple[str, int | None]:
    m = _N_IN_LABEL.search(label)
    n = int(m["n"]) if m else None
    g = _N_IN_LABEL.sub("", label) if m else label
    return re.sub(r"\s+", " ", g).strip(" :,;"), n


def _row(
    group: str, day: float, mean: float, disp: float | None, dtype: str | None, **kw: object
) -> OutcomeRow | None:
    if not 0 <= mean <= BBB_MAX:
        return None
    g, n = _clean_group(group)
    if not g:
        return None
    return OutcomeRow(
        outcome="BBB",
        group=g,
        arm=group_arm(g),
        day=day,
        mean=mean,
        sd=disp if dtype != "sem" else None,
        sem=disp if dtype == "sem" else None,
        n=n if n is not None else kw.get("n"),  # type: ignore[arg-type]
        source=str(kw.get("source", "table")),
        page=kw.get("page"),  # type: ignore[arg-type]
        confidence=float(kw.get("confidence", 0.8)),  # type: ignore[arg-type]
        evidence=tuple(kw.get("evidence", ())),  # type: ignore[arg-type]
        extractor=str(kw.get("extractor", "")),
    )


def _is_bbb_table(table: Table) -> bool:
    head = " ".join(" ".join(r) for r in table.rows[:2])
    ctx = f"{table.caption or ''} {head}"
    return bool(_BBB.search(ctx))


def _table_unit(table: Table) -> str | None:
    corner = fold(
        (table.rows[0][0] if table.rows and table.rows[0] else "") + " " + (table.caption or "")
    )
    if re.search(r"\bweeks?\b|\bwk", corner, re.IGNORECASE):
        return "week"
    if re.search(r"\bdays?\b|\bdpi\b", corner, re.IGNORECASE):
        return "day"
    return None


def _split_columns(header: list[str]) -> dict[str, int]:
    """Long-format columns: group / day / mean / sd / sem / n."""
    cols: dict[str, int] = {}
    for j, h in enumerate(header):
        k = fold(h).strip().lower()
        if re.fullmatch(r"groups?|treatment|condition", k):
            cols.setdefault("group", j)
        elif re.fullmatch(
            r"(?:time(?:\s*point)?|days?|weeks?)(?:\s*\(.*\))?(?:\s*post[- ]?injury)?", k
        ):
            cols.setdefault("day", j)
            if k.startswith("week"):
                cols["week"] = 1
        elif re.fullmatch(r"(?:bbb\s*)?(?:mean|score|bbb\s*score)(?:\s*\(.*\))?", k):
            cols.setdefault("mean", j)
        elif re.fullmatch(r"s\.?e\.?m\.?|se|standard\s+error", k):
            cols.setdefault("sem", j)
        elif re.fullmatch(r"s\.?d\.?|standard\s+deviation", k):
            cols.setdefault("sd", j)
        elif re.fullmatch(r"n|no\.?|number", k):
            cols.setdefault("n", j)
    return cols


def _table_rows(
    doc: ParsedDocument, table: Table, ti: int, methods_disp: str | None
) -> list[OutcomeRow]:
    rows = [[c.strip() for c in r] for r in table.rows if any(c.strip() for c in r)]
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    header = rows[0]
    dtype = dispersion_type(" ".join(header), table.caption, methods_disp)
    unit = _table_unit(table)
    ev = Evidence(
        quote=(table.caption or table.label or "table")[:300],
        page=table.page,
        section="table",
        bbox=table.bbox,
        xpath=table.xpath,
    )
    common = {
        "source": "table",
        "page": table.page,
        "evidence": (ev,),
        "extractor": f"outcomes.table[{ti}]",
    }
    out: list[OutcomeRow] = []
    cols = _split_columns(header)
    if {"group", "day", "mean"} <= cols.keys():
        for r in rows[1:]:
            if len(r) <= max(cols.values()):
                continue
            day = parse_day(r[cols["day"]], "week" if "week" in cols else "day")
            cell = parse_cell(r[cols["mean"]])
            if day is None or cell is None:
                continue
            disp, dt = cell[1], dtype
            for key in ("sem", "sd"):
                if key in cols and parse_number(r[cols[key]]) is not None:
                    disp, dt = parse_number(r[cols[key]]), key
            n = int(r[cols["n"]]) if "n" in cols and r[cols["n"]].isdigit() else None
            row = _row(r[cols["group"]], day, cell[0], disp, dt, n=n, confidence=0.85, **common)
            if row:
                out.append(row)
        return out
    # Days as columns: header "Group | Day 1 | Day 3 | ...".
    col_days = {j: parse_day(h, unit) for j, h in enumerate(header) if j > 0}
    if sum(d is not None for d in col_days.values()) >= 1:
        for r in rows[1:]:
            for j, day in col_days.items():
                if day is None or j >= len(r):
                    continue
                cell = parse_cell(r[j])
                if cell is None:
                    continue
                row = _row(r[0], day, cell[0], cell[1], dtype, confidence=0.85, **common)
                if row:
                    out.append(row)
        return out
    # Days as rows: header "Time | Sham | SCI | Exo", first column "Day 1", "1 d"...
    for r in rows[1:]:
        day = parse_day(
            r[0], unit or ("day" if re.search(r"day|time", header[0], re.IGNORECASE) else None)
        )
        if day is None:
            continue
        for j in range(1, min(len(r), len(header))):
            cell = parse_cell(r[j])
            if cell is None:
                continue
            row = _row(header[j], day, cell[0], cell[1], dtype, confidence=0.85, **common)
            if row:
                out.append(row)
    return out


# ----------------------------------------------------------------------------- text

_TIME: Final = re.compile(
    r"(?:\b(?:at|on|by|after|to)\s+)?(?:(?:post[- ]?(?:injury|operative)\s+)?(?P<kw>day|week)\s+(?P<n1>\d+)"
    r"|(?P<n2>\d+|one|two|three|four|five|six|seven|eight|ten|twelve)\s*(?P<u>days?|weeks?|d|dpi|wpi|w)\b)",
    re.IGNORECASE,
)
_VALUE: Final = re.compile(
    rf"(?P<m>{NUM})\s*(?:{_PM}\s*(?P<d>{NUM})|\(\s*(?:SD|SEM)?\s*=?\s*(?P<d2>{NUM})\s*\))"
)
_GROUP_BEFORE: Final = re.compile(
    r"(?:(?:of|in|for)\s+(?:the\s+)?(?P<g1>[\w+\-/ ]{1,40}?)\s+(?:group|rats|animals)(?:\s+(?:was|were|reached|had|is|of))?"
    r"(?:\s+(?:significantly\s+)?(?:higher|lower|improved|increased))?(?:\s+(?:than|at|to|with))?"
    r"|(?P<g2>[\w+\-/]{1,25}(?:\s*\+\s*[\w\-]{1,15})?)\s*(?:group)?\s*[:=,]|(?P<g3>[\w+\-/]{1,25})\s+group\s+(?:was|were|had|reached|is))"
    r"\s*(?:\(\s*)?(?:scores?\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_GROUP_AFTER: Final = re.compile(
    r"^\s*\)?\s*(?:in|for)\s+(?:the\s+)?(?P<g>[\w+\-/ ]{1,40}?)\s+(?:group|rats|animals)\b",
    re.IGNORECASE,
)


def _text_rows(
    doc: ParsedDocument, sentences: Sequence[Sentence], dtype: str | None
) -> list[OutcomeRow]:
    out: list[OutcomeRow] = []
    for sent in sentences:
        if sent.section not in (
            SectionKind.RESULTS,
            SectionKind.ABSTRACT,
            SectionKind.FIGURE_CAPTION,
            SectionKind.OTHER,
        ):
            continue
        text = fold(sent.text)
        if (
            not _BBB.search(text)
            or _OTHER_SCALE.search(text)
            and not _BBB.search(text)
            or is_reported_elsewhere(text)
        ):
            continue
        times = list(_TIME.finditer(text))
        if not times:
            continue
        for v in _VALUE.finditer(text):
            mean = parse_number(v["m"])
            disp = parse_number(v["d"] or v["d2"]) if (v["d"] or v["d2"]) else None
            if mean is None or not 0 <= mean <= BBB_MAX:
                continue
            prior = [t for t in times if t.end() <= v.start()]
            t = prior[-1] if prior else times[0]
            n = t["n1"] or t["n2"]
            num = float(n) if n.isdigit() else float(word_number(n) or 0)
            unit = (t["kw"] or t["u"] or "d").lower()
            day = num * 7 if unit.startswith("w") else num
            before = text[max(0, v.start() - 80) : v.start()]
            m = _GROUP_BEFORE.search(before)
            group = None
            if m:
                group = m["g1"] or m["g2"] or m["g3"]
            ma = _GROUP_AFTER.match(text[v.end() : v.end() + 60])
            if ma and (group is None or (m and m.start() < len(before) - 40)):
                group = ma["g"]
            if not group:
                continue
            group = re.sub(r"^(?:the|of|in)\s+", "", group.strip(), flags=re.IGNORECASE)
            group = re.sub(
                r"^.*\b(?:score|scores)\s+(?:of|in)\s+(?:the\s+)?", "", group, flags=re.IGNORECASE
            )
            ev = doc.evidence(sent.start, sent.end, quote=sent.text)
            row = _row(
                group,
                day,
                mean,
                disp,
                dtype,
                source="text",
                page=sent.page,
                confidence=0.75,
                evidence=(ev,),
                extractor="outcomes.text",
            )
            if row:
                out.append(row)
    return out


_FIG_LABEL: Final = re.compile(
    r"^\s*(?P<l>(?:Fig(?:ure)?\.?|FIGURE)\s*S?\d+[A-Za-z]?)", re.IGNORECASE
)


def figure_notes(doc: ParsedDocument) -> list[str]:
    """Notes for BBB scores that are only plotted: one per figure caption that mentions BBB."""
    notes = []
    for block in doc.blocks:
        if block.section != SectionKind.FIGURE_CAPTION or not _BBB.search(block.text):
            continue
        m = _FIG_LABEL.match(block.text)
        label = (
            re.sub(r"\s+", " ", m["l"]).replace("Fig.", "Figure").replace("FIGURE", "Figure")
            if m
            else "a figure"
        )
        where = f" on page {block.page}" if block.page else ""
        notes.append(f"BBB scores reported in a figure{where} ({label})")
    return notes


def extract_outcomes(
    doc: ParsedDocument, sentences: Sequence[Sentence] | None = None
) -> tuple[list[OutcomeRow], list[str]]:
    """BBB outcome rows from the document's tables and text, and notes for figure-only reporting.

    Returns ``(rows, notes)``. Rows from tables win over text rows for the same
    group and day. Values outside 0-21 are not BBB scores and are dropped.
    """
    sentences = list(sentences) if sentences is not None else document_sentences(doc)
    methods_disp = dispersion_type(
        " ".join(
            s.text
            for s in sentences
            if s.section == SectionKind.METHODS and _DISP_STATEMENT.search(fold(s.text))
        )
    )
    rows: list[OutcomeRow] = []
    for ti, table in enumerate(doc.tables):
        if _is_bbb_table(table):
            rows.extend(_table_rows(doc, table, ti, methods_disp))
    seen = {(r.group.lower(), r.day) for r in rows}
    for r in _text_rows(doc, sentences, methods_disp):
        if (r.group.lower(), r.day) not in seen:
            seen.add((r.group.lower(), r.day))
            rows.append(r)
    notes: list[str] = []
    if not rows:
        notes = figure_notes(doc)
    captions = " ".join((t.caption or "") + " " + " ".join(t.rows[0]) for t in doc.tables if t.rows)
    if (
        methods_disp is None
        and dispersion_type(captions) is None
        and any(r.sd is not None for r in rows)
    ):
        notes.append("BBB dispersion type (SD or SEM) is not stated; recorded as SD")
    return rows, notes
