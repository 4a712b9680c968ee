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
from dataclasses import replace
from typing import Final

from miner.extract._context import Sentence, document_sentences
from miner.extract._numbers import NUM, fold, parse_number
from miner.extract._text_outcomes import SCALE_MAX, group_names, sentence_scale, text_values
from miner.parse.model import ParsedDocument, SectionKind, Table
from miner.records import Evidence, OutcomeRow

__all__ = [
    "dispersion_type",
    "extract_outcomes",
    "figure_notes",
    "group_arm",
    "parse_cell",
    "parse_day",
    "resolve_arms",
]

BBB_MAX: Final = 21.0
_BBB: Final = re.compile(
    r"\bBBB\b|Basso[,\s-]+Beattie|locomotor\s+(?:rating|score|scale)", re.IGNORECASE
)
# Confidence of a text row by how its group was read (see ``_text_outcomes``); a
# table cell under a group header and a day header is the most direct reading.
_TABLE_CONFIDENCE: Final = 0.9
_TEXT_CONFIDENCE: Final = {"before": 0.85, "after": 0.85, "respectively": 0.8, "parallel": 0.75}
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
    r"exo|\bs?EVs?\b|vesicle|MSC|\bSC-|secretome|miR|siRNA|si-|lnc|-Exos?|\+\s*(?!PBS|saline|vehicle)\w*exo",
    re.IGNORECASE,
)
_CONTROL: Final = re.compile(
    r"\bPBS\b|vehicle|saline|\bcontrol\b|\bSCI\b|\bmodel\b|\binjur\w*|untreated|\bDMEM\b|\bNS\b|\bcon\b",
    re.IGNORECASE,
)


_CARRIER: Final = re.compile(
    r"hydrogel|scaffold|matrix|\bgel\b|GelMA|collagen|fibrin", re.IGNORECASE
)
_DEPLETED: Final = re.compile(r"exo(?:some)?s?[- ]?(?:free|depleted)", re.IGNORECASE)


def group_arm(group: str) -> str:
    """The arm of a group label: sham, treatment (vesicles), control (injured + vehicle) or other.

    A carrier without vesicles ("Hydrogel", "SCI + scaffold") is an extra
    comparison group (other), not the vehicle control.
    """
    if _SHAM.search(group):
        return "sham"
    if _TREAT.search(group) and not _DEPLETED.search(group):
        return "treatment"
    if _CARRIER.search(group):
        return "other"
    if _CONTROL.search(group):
        return "control"
    if re.search(r"treat", group, re.IGNORECASE) and not _DEPLETED.search(group):
        return "treatment"
    return "other"


# A group given modified vesicles (the paper's own product) and the vesicles it is
# compared with: when both are present, the unmodified or negative-control
# vesicles are an extra comparison arm ("other"), not the treatment.
_MODIFIED: Final = re.compile(
    r"miR|\bsi[A-Z-]|siRNA|sh[A-Z-]|shRNA|lnc|circ|\bOE\b|-OE|overexpress|[Hh]ypo(?:xi\w*)?[- ]|"
    r"precondition|primed|\b3D\b|loaded|engineered|modified|-\w+\+",
)
_NEG_CONTROL: Final = re.compile(
    r"\bNC\b|-NC\b|siNC|shNC|mimic[- ]?NC|scrambl|\bvector\b|\bempty\b|\bmock\b|\bGFP\b|\bnegative\b",
    re.IGNORECASE,
)
_VESICLE: Final = re.compile(r"exo|\bs?EVs?\b|vesic|secretome", re.IGNORECASE)


_DOSE_LEVEL: Final = re.compile(
    r"\b(?P<w>high|higher|highest|medium|middle|mid|intermediate|low|lower|lowest)\b", re.IGNORECASE
)
_DOSE_AMOUNT: Final = re.compile(
    rf"(?P<v>{NUM})\s*(?:µg|μg|ug|mg|x\s*10|×\s*10|particles)", re.IGNORECASE
)
_LEVEL_RANK: Final = {
    "low": 0,
    "lower": 0,
    "lowest": 0,
    "medium": 1,
    "middle": 1,
    "mid": 1,
    "intermediate": 1,
}


def _lower_doses(groups: set[str]) -> set[str]:
    """Of dose-ranging arms ("EV-low dose", "EV-high dose"; "Exo 100 µg", "Exo 400 µg"), all but the highest.

    One arm per study enters a meta-analysis; the highest dose is the one reviews pool
    unless the paper names another as primary (the field ``dose`` reports which).
    """
    levels = {g: m["w"].lower() for g in groups if (m := _DOSE_LEVEL.search(g))}
    if len(levels) >= 2:
        top = max(levels.values(), key=lambda w: _LEVEL_RANK.get(w, 2))
        return {g for g, w in levels.items() if _LEVEL_RANK.get(w, 2) < _LEVEL_RANK.get(top, 2)}
    amounts = {g: parse_number(m["v"]) for g in groups if (m := _DOSE_AMOUNT.search(fold(g)))}
    known = {g: a for g, a in amounts.items() if a is not None}
    if len(set(known.values())) >= 2:
        top_amount = max(known.values())
        return {g for g, a in known.items() if a < top_amount}
    return set()


def resolve_arms(rows: list[OutcomeRow]) -> list[OutcomeRow]:
    """Arms seen across all groups of a paper: of several vesicle groups, the modified one is the treatment.

    Unmodified or negative-control vesicles beside modified ones, whole cells
    beside vesicles, and the lower doses of a dose-ranging design become ``other``. With one treatment group, or
    several groups that differ only in dose, nothing changes.
    """
    treat = {r.group for r in rows if r.arm == "treatment"}
    if len(treat) < 2:
        return rows
    demote: set[str] = _lower_doses(treat)
    vesicle = {g for g in treat if _VESICLE.search(g)}
    if vesicle and vesicle != treat:
        demote |= treat - vesicle  # "BMSC" (the cells) beside "BMSC-Exo"
    modified = {g for g in vesicle if _MODIFIED.search(g) and not _NEG_CONTROL.search(g)}
    if modified and modified != vesicle:
        demote |= vesicle - modified
    if not demote or demote >= treat:
        return rows
    return [replace(r, arm="other") if r.group in demote else r for r in rows]


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
    group: str,
    day: float,
    mean: float,
    disp: float | None,
    dtype: str | None,
    *,
    outcome: str = "BBB",
    n: int | None = None,
    source: str = "table",
    page: int | None = None,
    confidence: float = _TABLE_CONFIDENCE,
    evidence: tuple[Evidence, ...] = (),
    extractor: str = "",
) -> OutcomeRow | None:
    if not 0 <= mean <= SCALE_MAX.get(outcome, BBB_MAX):
        return None
    g, n_label = _clean_group(group)
    if not g:
        return None
    return OutcomeRow(
        outcome=outcome,
        group=g,
        arm=group_arm(g),
        day=day,
        mean=mean,
        sd=disp if dtype != "sem" else None,
        sem=disp if dtype == "sem" else None,
        n=n_label if n_label is not None else n,
        source=source,
        page=page,
        confidence=confidence,
        evidence=evidence,
        extractor=extractor,
    )


def _table_scale(table: Table) -> str | None:
    """The locomotor scale of a table ("BBB"/"BMS") from its caption and header, or None."""
    head = " ".join(" ".join(r) for r in table.rows[:2])
    ctx = fold(f"{table.caption or ''} {head}")
    scale = sentence_scale(ctx)
    if scale is None and _BBB.search(ctx):
        scale = "BBB"  # "locomotor rating scale" without the name
    return scale


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
    doc: ParsedDocument, table: Table, ti: int, methods_disp: str | None, scale: str
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
        "outcome": scale,
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
            row = _row(r[cols["group"]], day, cell[0], disp, dt, n=n, **common)  # type: ignore[arg-type]
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
                row = _row(r[0], day, cell[0], cell[1], dtype, **common)  # type: ignore[arg-type]
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
            row = _row(header[j], day, cell[0], cell[1], dtype, **common)  # type: ignore[arg-type]
            if row:
                out.append(row)
    return out


# ----------------------------------------------------------------------------- text


def _text_rows(
    doc: ParsedDocument, sentences: Sequence[Sentence], dtype: str | None, known: Sequence[str] = ()
) -> list[OutcomeRow]:
    out: list[OutcomeRow] = []
    for v in text_values(sentences, known):
        ev = doc.evidence(v.sentence.start, v.sentence.end, quote=v.sentence.text)
        row = _row(
            v.group,
            v.day,
            v.mean,
            v.disp,
            v.dtype or dtype,
            outcome=v.scale,
            source="text",
            page=v.sentence.page,
            confidence=_TEXT_CONFIDENCE[v.how],
            evidence=(ev,),
            extractor=f"outcomes.text.{v.how}",
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
        scale = _table_scale(table)
        if scale is not None:
            rows.extend(_table_rows(doc, table, ti, methods_disp, scale))
    seen = {(r.group.lower(), r.day) for r in rows}
    known = sorted({r.group for r in rows} | set(group_names(sentences)), key=len, reverse=True)
    for r in _text_rows(doc, sentences, methods_disp, known):
        if (r.group.lower(), r.day) not in seen:
            seen.add((r.group.lower(), r.day))
            rows.append(r)
    rows = resolve_arms(rows)
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
