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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
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
    rf"^\s*(?P<m>{NUM})\s*(?:{_PM}\s*(?P<d>{NUM})|\(\s*(?P<d2>{NUM})\s*\))?\s*(?:[*#†‡§a-e,\s]{{0,6}})$"
)
# A decimal comma ("8,2 ± 1,1") is not a thousands separator: at most two digits follow it.
_DECIMAL_COMMA: Final = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")


def parse_cell(cell: str) -> tuple[float, float | None] | None:
    """A table cell "11.2 ± 1.3", "11.2±1.3*", "11.2 (1.3)" or "11.2" -> (mean, dispersion)."""
    m = _CELL.match(_DECIMAL_COMMA.sub(".", fold(cell)))
    if not m:
        return None
    mean = parse_number(m["m"])
    disp = m["d"] or m["d2"]
    if mean is None:
        return None
    return mean, (parse_number(disp) if disp else None)


_DAY: Final = re.compile(
    r"^(?:(?:post[- ]?(?:injury|operative|SCI)\s+)?(?P<kw>days?|d|weeks?|wks?|w)\s*(?P<n1>\d+(?:\.\d+)?)"
    r"|(?P<n2>\d+(?:\.\d+)?)\s*(?P<u>days?|d|dpi|weeks?|wks?|w|wpi)\b)"
    # "Day 7 post-injury", "4 weeks after spinal cord injury", "7 d p.i."
    r"(?:\s*,?\s*(?:post[- ]?\w+|(?:after|following|post)\s+[\w\s-]{1,40}|p\.?\s?i\.?))?$",
    re.IGNORECASE,
)
# Columns and rows before the injury are not post-injury days ("Pre-injury", "Baseline").
_BEFORE: Final = re.compile(
    r"\bpre\b|\bpre[- ]?(?:injury|op|operati|SCI|surg)|baseline|before", re.IGNORECASE
)
# Words around a time label in a header cell: "BBB at day 7", "Day 7 (mean ± SD)", "Day 7 (n = 8)".
_HEAD_NOISE: Final = re.compile(
    r"\((?:[^()]*(?:±|\bSD\b|\bSEM\b|\bmean\b|n\s*=)[^()]*)\)|^(?:(?:BBB|BMS)\s*)?(?:scores?\s*)?(?:at|on)?\s*",
    re.IGNORECASE,
)


def parse_day(label: str, default_unit: str | None = None) -> float | None:
    """Days after injury from a header label: "Day 7", "D7", "7 d", "7 dpi", "Week 2" (14), "2 w",
    "Day 7 post-injury", "4 weeks after spinal cord injury", "BBB at day 7".

    A bare number ("7") counts only when ``default_unit`` is given ("day"/"week")
    by the corner cell, a spanning header or the caption. Pre-injury and baseline
    labels are not post-injury days (None).
    """
    s = fold(label).strip().rstrip(":")
    if _BEFORE.search(s):
        return None
    s = re.sub(r"\s+", " ", _HEAD_NOISE.sub("", s)).strip(" :,()")
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
    r"\bPBS\b|vehicle|saline|\bcontrol\b|\bSCI\b|\bmodel\b|\binjur\w*|untreated|\bDMEM\b|\bNS\b|\bcon\b|"
    r"transect\w*|contusion|compression|hemisect\w*|\bHx\b|\bcrush\b",
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
    r"\bNC\b|-NC\b|siNC|shNC|mimic[- ]?NC|scrambl|\bScr\b|\bvector\b|\bempty\b|\bmock\b|\bGFP\b|\bnegative\b",
    re.IGNORECASE,
)
_NATIVE: Final = re.compile(
    r"^N-|normox|\bnative\b|unmodified|unprimed|unloaded|\bnon-?(?:primed|modified|loaded)",
    re.IGNORECASE,
)


def _extends(longer: str, plain: str) -> bool:
    """ "Cur-Exo" extends "Exo": the plain label with a prefix or suffix of its own."""
    a, b = longer.lower(), plain.lower()
    if a == b or _DOSE_LEVEL.search(longer) or _DOSE_AMOUNT.search(fold(longer)):
        return False
    return bool(re.search(rf"(?:^|[\w)][-\s+]){re.escape(b)}$|^{re.escape(b)}[-\s+]\w", a))


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
    # Negative-control or native vesicles ("Exo-Scr", "N-EV") beside the paper's own kind, and a
    # plain label that another group's label extends ("Exo" / "Cur-Exo", "SHED-Exo" / "IFN-SHED-Exo").
    demote |= {g for g in vesicle if _NEG_CONTROL.search(g) or _NATIVE.search(g)}
    demote |= {g for g in vesicle if any(_extends(h, g) for h in vesicle)}
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


_SUBSCORE: Final = re.compile(r"sub-?scores?|sub-?scale", re.IGNORECASE)


def _table_scale(table: Table) -> str | None:
    """The locomotor scale of a table ("BBB"/"BMS") from its caption and header, or None."""
    head = " ".join(" ".join(r) for r in table.rows[:2])
    ctx = fold(f"{table.caption or ''} {head}")
    if _SUBSCORE.search(ctx):
        return None  # BBB subscores (toe clearance, paw position) are another measure
    scale = sentence_scale(ctx)
    if scale is None and _BBB.search(ctx):
        scale = "BBB"  # "locomotor rating scale" without the name
    return scale


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


_UNIT_WEEK: Final = re.compile(r"\bweeks?\b|\bwks?\b|\bwpi\b", re.IGNORECASE)
_UNIT_DAY: Final = re.compile(
    r"\bdays?\b|\bdpi\b|\bpost[- ]?(?:injury|operat\w*|SCI)\b", re.IGNORECASE
)


def _unit(*texts: str | None) -> str | None:
    """'week' or 'day' from the first text naming a time unit ("Weeks after SCI", "Days post-injury")."""
    for text in texts:
        if not text:
            continue
        if _UNIT_WEEK.search(text):
            return "week"
        if _UNIT_DAY.search(text):
            return "day"
    return None


def _stat(label: str) -> str | None:
    """What a header cell holds besides a time: mean / sd / sem / n, or skip (a test statistic)."""
    k = fold(label).strip().lower().strip(" .:")
    if re.fullmatch(r"(?:bbb\s*|bms\s*)?(?:mean|average|score|scores)(?:\s*\(.*\))?", k):
        return "mean"
    if re.fullmatch(r"s\.?\s?e\.?\s?m|se|standard\s+error(?:\s+of\s+(?:the\s+)?mean)?", k):
        return "sem"
    if re.fullmatch(r"s\.?\s?d|standard\s+deviation", k):
        return "sd"
    if re.fullmatch(r"n|no|number(?:\s+of\s+\w+)?|sample\s+size|\(?n\)?", k):
        return "n"
    if re.fullmatch(r"p|p[- ]?values?|f|t|statistics?|significance|change|difference|δ", k):
        return "skip"
    return None


def _is_time_corner(label: str) -> bool:
    return bool(re.search(r"\b(?:time|days?|weeks?|dpi|post[- ]?injury)\b", label, re.IGNORECASE))


def _header_depth(rows: list[list[str]]) -> int:
    """How many leading rows form the header: 2 when a spanning cell ("Days post-injury",
    "Day 7", a group name) stands over a second row of bare days or Mean/SD labels, else 1."""
    if len(rows) < 3:
        return 1
    top, second = rows[0], rows[1]
    filled = _fill_spans(top)
    spans = any(not c for c in top[1:]) or not top[0]
    if not spans or any(re.search(r"±|\+/-|\d\s*\(", c) for c in second):
        return 1
    kinds = []
    for j, c in enumerate(second[1:], start=1):
        if not c:
            continue
        if _stat(c) is not None or parse_day(c) is not None:
            kinds.append(True)
        elif re.fullmatch(r"\d+(?:\.\d+)?", c.strip()):
            # Bare numbers are days only under a spanning cell that names the unit.
            kinds.append(_unit(filled[j] if j < len(filled) else "") is not None)
        else:
            kinds.append(False)
    if not kinds or not all(kinds):
        return 1
    first = second[0].strip()
    return 2 if not first or _stat(first) is None and _is_header_word(first) else 1


def _is_header_word(label: str) -> bool:
    return bool(
        re.fullmatch(
            r"(?:groups?|treatments?|conditions?|time(?:\s*points?)?|days?|weeks?|variables?)"
            r"(?:\s*\(.*\))?",
            fold(label).strip(),
            re.IGNORECASE,
        )
    ) or _is_time_corner(label)


def _fill_spans(cells: list[str]) -> list[str]:
    """A spanning header cell sits in the first column it covers: carry it right over the empty ones."""
    out = list(cells)
    for j in range(2, len(out)):
        if not out[j].strip():
            out[j] = out[j - 1]
    return out


@dataclass(frozen=True, slots=True)
class _Column:
    day: float | None  # the time point, when the header gives one
    stat: str | None  # mean / sd / sem / n / skip, or None for "mean ± SD" cells
    label: str  # the header text, for groups as columns


def _columns(header: list[list[str]], unit: str | None) -> list[_Column]:
    """Column meanings from one or two header rows (a spanning cell's unit applies below it)."""
    top = _fill_spans(header[0]) if len(header) > 1 else header[0]
    bottom = header[1] if len(header) > 1 else [""] * len(top)
    cols = []
    for j in range(len(top)):
        t, b = top[j].strip(), (bottom[j].strip() if j < len(bottom) else "")
        col_unit = _unit(t) or unit
        day = parse_day(b, col_unit) if b else None
        if day is None and not (b and parse_day(t) is None and _unit(t)):
            day = parse_day(t, unit if not b else None)
        stat = _stat(b) if b else None
        stat = stat or _stat(t)
        label = t if (not b or stat is not None or day is not None) else b
        cols.append(_Column(day, stat, label))
    return cols


_LABEL_ONLY_OTHER: Final = re.compile(
    r"mNSS|inclined|footprint|grid|rotarod|ladder|Tarlov|MEP|open\s+field|weight|lesion|subscore",
    re.IGNORECASE,
)


def _disp_cell(
    r: list[str], j: int, cols: list[_Column], dtype: str | None
) -> tuple[float | None, str | None]:
    """The SD or SEM of mean column ``j`` from the next column when it holds one (Mean | SD)."""
    k = j + 1
    if (
        k < len(cols)
        and k < len(r)
        and cols[k].stat in ("sd", "sem")
        and cols[k].day == cols[j].day
    ):
        return parse_number(r[k].strip().rstrip("*#†‡§abc ")), cols[k].stat
    return None, dtype


def _table_rows(
    doc: ParsedDocument,
    table: Table,
    ti: int,
    methods_disp: str | None,
    scale: str,
    *,
    gated: bool = False,
) -> list[OutcomeRow]:
    """Rows of one table; ``gated``: only those under a row naming the scale."""
    rows = [[c.strip() for c in r] for r in table.rows if any(c.strip() for c in r)]
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    depth = _header_depth(rows)
    header, body = rows[:depth], rows[depth:]
    head_text = " ".join(" ".join(h) for h in header)
    dtype = dispersion_type(head_text, table.caption, methods_disp)
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

    def add(
        group: str, day: float, r: list[str], j: int, cols: list[_Column], n: int | None
    ) -> None:
        cell = parse_cell(r[j]) if j < len(r) else None
        if cell is None:
            return
        disp, dt = cell[1], dtype
        if disp is None:
            disp, dt = _disp_cell(r, j, cols, dtype)
        row = _row(group, day, cell[0], disp, dt, n=n, **common)  # type: ignore[arg-type]
        if row:
            out.append(row)

    cols_long = _split_columns(rows[0])
    if depth == 1 and {"group", "day", "mean"} <= cols_long.keys():
        return _long_rows(body, cols_long, dtype, common)
    unit = _unit(rows[0][0], table.caption)
    cols = _columns(header, unit)
    measure_ok = not gated
    if any(c.day is not None for c in cols[1:]):
        # Days as columns: "Group | n | Day 7 | Day 28" or "Day 7" over "Mean | SD".
        n_col = next(
            (j for j, c in enumerate(cols) if j > 0 and c.stat == "n" and c.day is None), None
        )
        for r in body:
            if not any(r[1:]):
                measure_ok = _measure_row(r[0], measure_ok)
                continue
            if not measure_ok:
                continue
            n = _int_cell(r, n_col)
            for j, c in enumerate(cols):
                if j > 0 and c.day is not None and c.stat in (None, "mean"):
                    add(r[0], c.day, r, j, cols, n)
        return out
    # Days as rows: "Time | Sham | SCI | Exo" or groups over "Mean | SD", first column "Day 7", "1 w"...
    row_unit = unit or _unit(head_text) or ("day" if _is_time_corner(rows[0][0]) else None)
    for r in body:
        day = parse_day(r[0], row_unit)
        if day is None:
            if not any(r[1:]):
                measure_ok = _measure_row(r[0], measure_ok)
            continue
        if not measure_ok:
            continue
        for j, c in enumerate(cols):
            if j > 0 and c.stat in (None, "mean") and c.label:
                add(c.label, day, r, j, cols, None)
    return out


def _is_section(r: list[str]) -> bool:
    return bool(r) and bool(r[0].strip()) and not any(c.strip() for c in r[1:])


def _section_scale(label: str) -> str | None:
    if _SUBSCORE.search(label):
        return None
    return sentence_scale(fold(label)) or ("BBB" if _BBB.search(label) else None)


def _measure_row(label: str, current: bool) -> bool:
    """A row holding only a label ("BBB score", "Inclined plane") switches the measure below it."""
    if _section_scale(label):
        return True
    if _LABEL_ONLY_OTHER.search(label):
        return False
    return current


def _int_cell(r: list[str], j: int | None) -> int | None:
    if j is None or j >= len(r):
        return None
    s = r[j].strip()
    return int(s) if s.isdigit() else None


def _long_rows(
    body: list[list[str]], cols: dict[str, int], dtype: str | None, common: Mapping[str, object]
) -> list[OutcomeRow]:
    """Long format: one row per group and time point ("Group | Day | Mean | SD | n")."""
    out = []
    for r in body:
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
        n = _int_cell(r, cols.get("n"))
        row = _row(r[cols["group"]], day, cell[0], disp, dt, n=n, **common)  # type: ignore[arg-type]
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
            # A mean without SD/SEM is read with less context: it ranks below the rest.
            confidence=_TEXT_CONFIDENCE[v.how] - (0.1 if v.bare else 0.0),
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

    Returns ``(rows, notes)``: one row per value as written, so a table value the
    text restates gives a table row and a text row. Values outside the scale's range
    (BBB 0-21, BMS 0-9) are not scores and are dropped.
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
        scale, gated = _table_scale(table), False
        if scale is None:
            # A table of several measures: only the rows under its "BBB score" row.
            sections = [_section_scale(r[0]) for r in table.rows if _is_section(r)]
            scale = next((x for x in sections if x), None)
            gated = scale is not None
        if scale is not None:
            rows.extend(_table_rows(doc, table, ti, methods_disp, scale, gated=gated))
    # A value the text repeats from a table is written twice and counted twice (one row
    # per value as written); the text's own repeats of a value count once.
    seen: set[tuple[str, float | None]] = set()
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
