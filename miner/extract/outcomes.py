"""BBB locomotor outcome rows per group and day, from tables and from text.

Tables come in either orientation (days as columns or as rows), with
"mean ± SD" in one cell or mean and SD/SEM in separate columns. The dispersion
type is read from the header, the caption, or the methods ("data are presented
as mean ± SEM"). Text rows come from sentences such as "at 28 days the BBB
score of the Exo group was 11.2 ± 1.3 versus 7.5 ± 1.1 in the PBS group".
When BBB is only plotted, a note tells the reviewer where to look.

Layout: tables in ``_outcome_tables``, sentences in ``_text_outcomes`` (labels in
``_outcome_labels``, order-based group/day passes in ``_outcome_order``), time labels
and the paper's own time codes ("T1 (day 1)") in ``_outcome_time``, arms in
``_outcome_arms``. A sentence that names no scale counts only where it repeats a
table's value (same day, mean and arm).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Final

from miner.extract._context import Sentence, document_sentences
from miner.extract._numbers import fold, parse_number
from miner.extract._outcome_arms import (
    DOSE_LEVELS,
    GENERIC_TREATED,
    DefinedLabel,
    bare_label,
    group_arm,
    level_initial_label,
    resolve_arms,
)
from miner.extract._outcome_cells import DECIMAL_COMMA
from miner.extract._outcome_codes import code_of, group_codes, table_codes
from miner.extract._outcome_design import design_arms, paper_title
from miner.extract._outcome_glosses import bracketed_amounts, gloss_heads
from miner.extract._outcome_labels import GROUP_CODE_LABEL, generic_name
from miner.extract._outcome_mention_find import qualifier_label
from miner.extract._outcome_notes import table_spellings
from miner.extract._outcome_origin import shift_study_days, study_day_statement
from miner.extract._outcome_pairs import TableValues
from miner.extract._outcome_tables import (
    BBB,
    DISP_STATEMENT,
    dispersion_type,
    make_row,
    parse_cell,
    table_outcomes,
)
from miner.extract._outcome_time import follow_up_day, parse_day, time_codes
from miner.extract._text_outcomes import TextValue, group_names, text_values
from miner.extract.notes import FIGURE_NOTE_START
from miner.parse.model import ParsedDocument, SectionKind
from miner.records import OutcomeRow

__all__ = [
    "dispersion_type",
    "extract_outcomes",
    "figure_notes",
    "group_arm",
    "parse_cell",
    "parse_day",
    "resolve_arms",
]

_TEXT_CONFIDENCE: Final = {
    "before": 0.85,
    "after": 0.85,
    "respectively": 0.8,
    "parallel": 0.75,
    "restated": 0.75,
}


def _text_rows(
    doc: ParsedDocument,
    sentences: Sequence[Sentence],
    dtype: str | None,
    known: Sequence[str] = (),
    table_rows: Sequence[OutcomeRow] = (),
    codes: Mapping[str, float | None] | None = None,
    design: Sequence[str] = (),
    treatment_h: float | None = None,
) -> list[OutcomeRow]:
    out: list[OutcomeRow] = []
    scales = {r.outcome for r in table_rows}
    fallback = scales.pop() if len(scales) == 1 else None
    # The study's last time point, for "at the end of the study": its tables' last day, else the
    # follow-up its methods give ("assessed weekly for 8 weeks").
    days = [r.day for r in table_rows if r.day is not None]
    last_day = (
        max(days)
        if days
        else follow_up_day(s.text for s in sentences if s.section == SectionKind.METHODS)
    )
    amounts = amount_labels(sentences, known)
    for v in text_values(
        sentences, known, fallback_scale=fallback, codes=codes, design=design or None,
        last_day=last_day, table=_table_values(table_rows), treatment_h=treatment_h,
    ):  # fmt: skip
        if v.how == "restated" and not _in_table(v, table_rows):
            continue
        ev = doc.evidence(v.sentence.start, v.sentence.end, quote=v.sentence.text)
        row = make_row(
            _glossed(_canonical(_as_written(v.group, v.sentence.text), known, amounts), known),
            v.day,
            v.mean,
            v.disp,
            v.dtype or dtype,
            outcome=v.scale,
            # A number printed in a figure legend is written text; "figure" is kept for values
            # read off a plot by the figure reader.
            source="text",
            page=v.sentence.page,
            # A mean without SD/SEM is read with less context: it ranks below the rest.
            confidence=_TEXT_CONFIDENCE[v.how] - (0.1 if v.bare else 0.0),
            evidence=(ev,),
            extractor=f"outcomes.text.{v.how}",
            stat=v.stat,
        )
        if row:
            out.append(row)
    return out


def _table_values(table_rows: Sequence[OutcomeRow]) -> TableValues:
    """The tables' values with a dispersion, by (scale, day, mean, SD or SEM): the groups with each."""
    found: dict[tuple[str, float, float, float], set[str]] = {}
    for r in table_rows:
        disp = r.sd if r.sd is not None else r.sem
        if r.day is not None and r.mean is not None and disp is not None:
            found.setdefault((r.outcome, r.day, r.mean, disp), set()).add(r.group)
    return {k: frozenset(v) for k, v in found.items()}


# The injury written before a group's label: "HX + DPSC-Exo", "SCI+sEV", "Contusion + EV".
_INJURY_PREFIX: Final = re.compile(
    r"(?:SCI|HX|Hx|TX|Tx|CCI|injury|injured|contusion|hemisection|transection|compression|"
    r"crush|trauma|lesion)\s*\+\s*",
    re.IGNORECASE,
)


def _injury_tails(rows: list[OutcomeRow]) -> list[OutcomeRow]:
    """A text row's vesicle label that another label repeats after the injury ("DPSC-Exo rats"
    beside "HX + DPSC-Exo") is that group, where exactly one label does so and no table names the short
    label itself; a carrier before it ("Gel+sEV") is another group."""
    labels = {r.group for r in rows}
    in_table = {r.group.lower() for r in rows if r.source == "table"}
    to: dict[str, str] = {}
    for g in labels:
        if g.lower() in in_table or group_arm(g) != "treatment":
            continue  # a vehicle word ("PBS rats") is the paper's own word for that arm
        full = [
            h for h in labels
            if h != g and (m := _INJURY_PREFIX.match(h)) and h[m.end() :].lower() == g.lower()
        ]  # fmt: skip
        if len(full) == 1:
            to[g] = full[0]
    if not to:
        return rows
    return [
        replace(r, group=to[r.group], arm=group_arm(to[r.group]))
        if r.source == "text" and r.group in to
        else r
        for r in rows
    ]


def _pairs_by_table(rows: list[OutcomeRow]) -> list[OutcomeRow]:
    """An unlabelled pair ("on day 3 (2.1 ± 0.5 versus 1.6 ± 0.4)") whose groups were carried from
    another sentence, and whose values restate the table's at that day under each other's group,
    takes the groups the table gives them: the two are swapped. Nothing else changes."""
    table: dict[tuple[str, float | None, float | None, float | None], set[str]] = {}
    for r in rows:
        if r.source == "table":
            disp = r.sd if r.sd is not None else r.sem
            table.setdefault((r.outcome, r.day, r.mean, disp), set()).add(r.group.lower())
    if not table:
        return rows
    by_quote: dict[tuple[str, float | None], list[int]] = {}
    for i, r in enumerate(rows):
        if r.source == "text" and r.extractor.endswith(".parallel") and r.evidence:
            by_quote.setdefault((r.evidence[0].quote or "", r.day), []).append(i)
    out = list(rows)
    for idx in by_quote.values():
        if len(idx) != 2:
            continue
        a, b = rows[idx[0]], rows[idx[1]]
        if a.group.lower() == b.group.lower() or a.outcome != b.outcome:
            continue

        def owners(r: OutcomeRow) -> set[str]:
            disp = r.sd if r.sd is not None else r.sem
            return table.get((r.outcome, r.day, r.mean, disp), set())

        if owners(a) == {b.group.lower()} and owners(b) == {a.group.lower()}:
            out[idx[0]] = replace(a, group=b.group, arm=b.arm)
            out[idx[1]] = replace(b, group=a.group, arm=a.arm)
    return out


def _table_arms(rows: list[OutcomeRow]) -> list[OutcomeRow]:
    """A group has one arm across the paper: a text row of a table's group ("SF", defined only
    in the table's legend) takes the arm the table reader gave that group."""
    arms: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        if r.source == "table":
            arms.setdefault((r.group.lower(), r.outcome), set()).add(r.arm)
    out = []
    for r in rows:
        seen = arms.get((r.group.lower(), r.outcome)) if r.source == "text" else None
        if seen and len(seen) == 1 and r.arm not in seen:
            r = replace(r, arm=next(iter(seen)))
        out.append(r)
    return out


def _spelled_design_arms(
    doc: ParsedDocument, rows: list[OutcomeRow], texts: list[str], group_defs: Mapping[str, str]
) -> list[OutcomeRow]:
    """``design_arms`` with each table label that names no arm by itself ("E", "G-b") read as
    its table's footnote spells it ("E, SCI + BMSC-Exo"): the paper-wide rules weigh the group
    the footnote names, not a bare letter. Rows keep their labels as written."""
    labels = {r.group for r in rows if r.source == "table" and group_arm(r.group) == "other"}
    spelled = {
        k: v for k, v in (table_spellings(doc, labels) if labels else {}).items()
        if group_arm(v) != "other"
    }
    stand_in = [replace(r, group=spelled[r.group], arm=group_arm(spelled[r.group]))
                if r.group in spelled else r for r in rows]
    resolved = design_arms(stand_in, texts, group_defs, title=paper_title(doc))
    return [replace(new, group=old.group) for old, new in zip(rows, resolved, strict=True)]


def _written_code(code: str, sentences: Sequence[Sentence]) -> str | None:
    """A group code ("GROUP II") as the paper writes it ("Group II"), from its first use."""
    pat = re.compile(rf"(?<![\w-]){re.escape(code)}(?![\w-])", re.IGNORECASE)
    for s in sentences:
        m = pat.search(s.text)
        if m:
            return m.group(0)
    return None


def _as_written(group: str, sentence: str) -> str:
    """The label as the sentence writes it ("sEV (1 × 10^10)"), not as folded for matching."""
    at = fold(sentence).find(group)
    return sentence[at : at + len(group)] if at >= 0 else group


def _canonical(group: str, known: Sequence[str], amounts: Mapping[float, str] | None = None) -> str:
    """The paper's own label for a group read from text: a known label with words run in before
    it, or a vesicle label that is the tail of exactly one known label ("sEV" for "Gel+sEV")."""
    low = group.lower()
    if any(k.lower() == low for k in known):
        return group
    # "sEV-treated rats", "sEVs" for the table's "sEV": the same group in running prose.
    bare = bare_label(group).lower()
    same = [k for k in known if k.lower() == bare]
    if same:
        return same[0]
    # "C reached 11.6" for the methods' "group C" (and "group C" for a table's "C"): one group
    # written with and without its group word.
    worded = [
        k for k in known
        if re.fullmatch(rf"(?:group|arm|cohort)\s+{re.escape(low)}", k, re.IGNORECASE)
        or re.fullmatch(rf"(?:group|arm|cohort)\s+{re.escape(k.lower())}", low)
    ]
    if len(worded) == 1:
        return worded[0]
    # "Locomotion Exo-miR-21": a heading word run into the sentence before a known label.
    heads = [k for k in known if low.endswith(" " + k.lower())]
    if heads:
        return max(heads, key=len)
    # "the 200-µg group" for the table's "Exo-200": a dose-only label names the one known
    # label that carries the same amount.
    dose = _DOSE_LABEL.fullmatch(fold(group).strip())
    if dose:
        num = re.escape(dose["v"])
        same = [k for k in known if re.search(rf"(?<![\d.,]){num}(?![\d.,])", k)]
        if not same and amounts:
            # "the 100-µg group" for "EXO-H", where the methods gave "EXO-L, EXO-M and EXO-H
            # received 25, 50 and 100 µg, respectively".
            # "1,000 µg" is a thousand (the project's number reader); "2,5 µg" a decimal comma.
            amount = parse_number(DECIMAL_COMMA.sub(".", dose["v"]))
            hit = amounts.get(amount) if amount is not None else None
            return hit or group
        return same[0] if len(same) == 1 else group
    level = _DOSE_LEVEL.fullmatch(group.strip())
    if level:
        # "the high-dose group" for the table's "Exo-H": the level's initial closes one label.
        # (Labels that spell the level out are matched by the arms' own reading of doses.)
        return level_initial_label(level["l"], known) or group
    if GENERIC_TREATED.fullmatch(group.strip()) or (
        # "animals receiving exosomes scored ...": the plain vesicle word names the paper's one
        # vesicle group as much as "treated rats" does.
        generic_name(group) and group_arm(group) == "treatment"
    ):
        # "treated rats" beside "PBS-treated rats": the one vesicle group the paper names.
        own = [k for k in known if group_arm(k) == "treatment"]
        return own[0] if len(own) == 1 else group
    # "the early arm" for "Early EV" beside "Late EV": a word that opens one label only.
    qualified = qualifier_label(group, known)
    if qualified:
        return qualified
    if group_arm(group) != "treatment":
        return group  # only vesicle arms: which of them is the treatment depends on the name
    tails = [k for k in known if re.search(rf"(?:^|[\s+\-/]){re.escape(low)}$", k, re.IGNORECASE)]
    if not tails and len(low) > 2 and low.endswith("s"):
        # "with EVs" for the table's "SCI+EV": the plural of the label's tail.
        tails = [k for k in known if re.search(rf"(?:^|[\s+\-/]){re.escape(low[:-1])}$", k, re.IGNORECASE)]
    return tails[0] if len(tails) == 1 else group


# "EXO-L, EXO-M and EXO-H received 25, 50 and 100 µg of exosomes, respectively": amounts listed
# in turn for the labels listed before them.
_AMOUNT_LIST: Final = re.compile(
    r"(?<![\d.])(?P<nums>\d{1,5}(?:\.\d{1,3})?(?:\s*+,\s*+\d{1,5}(?:\.\d{1,3})?){0,6}\s*+,?\s*+(?:and|or|&)\s++\d{1,5}(?:\.\d{1,3})?)"
    r"\s*+(?:[µμu]g|mg|ng)(?:/kg)?\b[^.;]{0,120}?\brespectively\b",
    re.IGNORECASE,
)


def amount_labels(sentences: Sequence[Sentence], known: Sequence[str]) -> dict[float, str]:
    """Each amount a sentence gives the paper's labels in turn ("A, B and C received 25, 50 and
    100 µg, respectively"): the label named at the same place in the list before the amounts.
    Only where as many distinct labels as amounts are named, in order, before them."""
    out: dict[float, str] = {}
    for sent in sentences:
        if not known or "respectively" not in sent.text.lower():
            continue
        for m in _AMOUNT_LIST.finditer(fold(sent.text)):
            nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", m["nums"])]
            # The clause the amounts close (a sentence run on before it is not part of the list).
            head = re.split(r"[.;:]\s", fold(sent.text)[: m.start()])[-1]
            found: list[tuple[int, str]] = []
            for k in sorted(known, key=len, reverse=True):
                for hit in re.finditer(rf"(?<![\w+-]){re.escape(k)}(?![\w+-])", head, re.IGNORECASE):
                    if not any(p <= hit.start() < p + len(lab) for p, lab in found):
                        found.append((hit.start(), k))
            labels = [lab for _, lab in sorted(found)]
            if len(labels) == len(nums) == len(set(nums)) and len(set(labels)) == len(labels):
                out.update(zip(nums, labels, strict=True))
    return out or bracketed_amounts(sentences, known)


def _glossed(group: str, known: Sequence[str]) -> str:
    """The one known label that is ``group`` with a gloss in brackets: "MT-Exo" for the table's
    "MT-Exo (melatonin-primed)". Two labels for one group would be read as two groups."""
    low = group.lower() + " ("
    same = [k for k in known if k.lower().startswith(low)]
    return same[0] if len(same) == 1 else group


_DOSE_LEVEL: Final = re.compile(
    rf"(?:the\s+)?(?P<l>{DOSE_LEVELS})"
    r"[- ]dose(?:\s+group)?",
    re.IGNORECASE,
)
_DOSE_LABEL: Final = re.compile(
    r"(?:the\s++)?(?<!\d)(?P<v>\d++(?:[.,]\d++)?)\s*+-?\s*+(?:ug|mg|ng)(?:/kg)?(?:\s*+(?:dose|group))?",
    re.IGNORECASE,
)


# A methods sentence that sets up the groups: "Rats were divided into a sham group (Sham), ...".
_SETS_UP_GROUPS: Final = re.compile(
    r"\b(?:groups?|divided|allocated|assigned|randomi[sz]ed|received|given|treated|injected|"
    r"administered)\b",
    re.IGNORECASE,
)
_BRACKET_LABEL: Final = re.compile(r"\((?P<l>[A-Za-z][\w\-+/]{0,24})\)")
_ARMS_NAMED: Final = ("treatment", "control", "sham")


_ORDINAL: Final = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|fifth|former|latter)", re.IGNORECASE)


def defined_labels(sentences: Sequence[Sentence]) -> list[str]:
    """The short labels a methods sentence gives its groups in brackets after describing them:
    "a sham group (Sham), a vehicle group given PBS (PBS) and a group given exosomes (Exo)",
    "received exosomes from bone marrow MSCs (BMSC-Exos) or saline (PBS)". Only a sentence that
    sets up groups and labels at least two arms so counts (one bracket is an abbreviation)."""
    out: list[str] = []
    for s in sentences:
        if s.section != SectionKind.METHODS or not _SETS_UP_GROUPS.search(s.text):
            continue
        found = [m["l"] for m in _BRACKET_LABEL.finditer(s.text)]
        found = [x for x in found if group_arm(x) in _ARMS_NAMED]
        if len({group_arm(x) for x in found}) >= 2:
            out += [x for x in found if x.lower() not in {o.lower() for o in out}]
    return out


_ALLOCATES: Final = re.compile(
    r"\b(?:divided|allocated|assigned|randomi[sz]ed|distributed|split)\b", re.IGNORECASE
)


def design_order(sentences: Sequence[Sentence], coded: Sequence[str]) -> list[str]:
    """The groups in the order the methods set them up: the paper's group codes ("G1, sham; G2,
    ..."), else the bracketed labels of the sentence that allocates the rats ("divided into a sham
    group (Sham), a vehicle group (PBS) and an exosome group (Exo)"); empty when neither is
    written (the text reader then takes the methods' plain group list)."""
    if len(coded) >= 2:
        return list(coded)
    for s in sentences:
        if s.section != SectionKind.METHODS or not _ALLOCATES.search(s.text):
            continue
        found = [m["l"] for m in _BRACKET_LABEL.finditer(s.text)]
        found = [x for x in found if group_arm(x) in _ARMS_NAMED]
        if len(found) >= 2 and len({x.lower() for x in found}) == len(found):
            return found
    return []


def _named_generics(rows: list[OutcomeRow], defined: Sequence[str] = ()) -> list[OutcomeRow]:
    """Text rows whose group is a generic phrase ("EV-treated rats", "the exosome group", "PBS
    rats", "controls") take the paper's one label of that arm written elsewhere ("SCI + WJ-EV" in
    a table or legend, or, for an arm no such label names, the label the methods give it in
    brackets: ``defined``); with two such labels, or none, they stay as written."""
    # A table's label is the paper's own even when it is one generic word ("Exo", "PBS").
    labels = {r.group for r in rows if r.source != "text" or not generic_name(r.group)}
    named_arms = {group_arm(x) for x in labels}
    labels |= {x for x in defined if group_arm(x) not in named_arms}
    rows = _named_levels(rows, labels)
    generic = [r for r in rows if r.source == "text" and generic_name(r.group)]
    if not generic:
        return rows
    by_arm: dict[str, set[str]] = {}
    for label in labels:
        by_arm.setdefault(group_arm(label), set()).add(label)
    ids = {id(r) for r in generic}
    out = []
    for r in rows:
        if id(r) in ids:
            same = by_arm.get(group_arm(r.group), set())
            if len(same) == 1:
                r = replace(r, group=next(iter(same)))
        out.append(r)
    return out


def _named_levels(rows: list[OutcomeRow], labels: set[str]) -> list[OutcomeRow]:
    """Text rows named by a dose ("the high-dose group", "the 50-µg group") take the one label the
    paper's other sentences write for that dose ("Exo-H", "Exo-50"), where the paper has no table
    to give them beforehand."""
    known = sorted(labels, key=len, reverse=True)
    out = []
    for r in rows:
        if r.source == "text" and (_DOSE_LEVEL.fullmatch(r.group.strip()) or
                                   _DOSE_LABEL.fullmatch(fold(r.group).strip())):  # fmt: skip
            named = _canonical(r.group, [k for k in known if k != r.group])
            if named != r.group and named in labels:
                r = replace(r, group=named)
        out.append(r)
    return out


def _in_table(v: TextValue, table_rows: Sequence[OutcomeRow]) -> bool:
    """A sentence that names no scale repeats a table's score: same day, mean, dispersion and arm.

    "Exo rats reached 11.8 ± 0.6 at 42 dpi, whereas SCI + saline rats reached 8.0 ± 0.6."
    """
    arm = group_arm(v.group)
    for r in table_rows:
        disp = r.sd if r.sd is not None else r.sem
        if (
            r.day == v.day
            and r.mean == v.mean
            and (v.disp is None or disp is None or disp == v.disp)
            and (r.group.lower() == v.group.lower() or r.arm == arm)
        ):
            return True
    return False


_FIG_LABEL: Final = re.compile(
    r"^\s*(?P<l>(?:Fig(?:ure)?\.?|FIGURE)\s*S?\d+[A-Za-z]?)", re.IGNORECASE
)


def figure_notes(doc: ParsedDocument) -> list[str]:
    """Notes for BBB scores that are only plotted: one per figure caption that mentions BBB."""
    notes = []
    for block in doc.blocks:
        if block.section != SectionKind.FIGURE_CAPTION or not BBB.search(block.text):
            continue
        m = _FIG_LABEL.match(block.text)
        label = (
            re.sub(r"\s+", " ", m["l"]).replace("Fig.", "Figure").replace("FIGURE", "Figure")
            if m
            else "a figure"
        )
        where = f" on page {block.page}" if block.page else ""
        notes.append(f"{FIGURE_NOTE_START}{where} ({label})")
    return notes


def extract_outcomes(
    doc: ParsedDocument,
    sentences: Sequence[Sentence] | None = None,
    *,
    treatment_h: float | None = None,
) -> tuple[list[OutcomeRow], list[str]]:
    """BBB outcome rows from the document's tables and text, and notes for figure-only reporting.

    Returns ``(rows, notes)``: one row per value as written, so a table value the
    text restates gives a table row and a text row. Values outside the scale's range
    (BBB 0-21, BMS 0-9) are not scores and are dropped. ``treatment_h`` is the first
    treatment's time after the injury (the ``timing_post_injury_h`` field): a time counted from
    the treatment ("six days after the first infusion") is dated from it; without it, from what
    the methods say.
    """
    sentences = list(sentences) if sentences is not None else document_sentences(doc)
    methods_disp = dispersion_type(
        " ".join(
            s.text
            for s in sentences
            if s.section == SectionKind.METHODS and DISP_STATEMENT.search(fold(s.text))
        )
    )
    codes = time_codes(s.text for s in sentences)
    # "The day of surgery was designated day 1": study days are one more than days after injury.
    origin_one = study_day_statement(sentences, [t.caption or "" for t in doc.tables])
    # Codes a design table defines ("Group | Surgery | Treatment": "G1 | Laminectomy | None")
    # name the same groups for the whole paper (read once for the tables and the text).
    design_codes = table_codes(t.rows for t in doc.tables)
    rows = table_outcomes(
        doc, methods_disp, codes, [s.text for s in sentences], origin_one, design_codes
    )
    # A value the text repeats from a table is written twice and counted twice (one row
    # per value as written); the text's own repeats of a value count once.
    seen: set[tuple[str, str, float | None, str]] = set()
    # "G1, sham; G2, SCI + PBS; G3, SCI + Exo" in the methods or a legend, then "G3" alone.
    defs = group_codes(s.text for s in sentences)
    # A definition in the text comes before a design table's.
    defs = design_codes | defs
    # The codes are the paper's labels too ("... compared with 3.7 and 6.2 in Group II"), as written.
    coded = [c for c in (_written_code(code, sentences) for code in defs) if c]
    # The short labels the methods give in brackets ("a group given exosomes (Exo)") name an arm
    # the tables and group lists do not name already.
    defined = defined_labels(sentences)
    named = {r.group for r in rows} | set(group_names(sentences)) | set(coded)
    named |= gloss_heads(named)
    arms = {group_arm(x) for x in named}
    lower = {n.lower() for n in named}
    named |= {x for x in defined if group_arm(x) not in arms and x.lower() not in lower}
    # A code's arm is its definition's ("G3, injury plus exosomes"): "(a vs b)" with no group
    # named is (treatment, control) in a paper whose codes define one of each.
    code_arm = {
        c: arm
        for c in coded
        if (d := code_of(c, defs)) and (arm := group_arm(d)) in ("sham", "control", "treatment")
    }
    known = [
        DefinedLabel(k, code_arm[k]) if k in code_arm else k
        for k in sorted(named, key=len, reverse=True)
    ]
    design = design_order(sentences, coded)
    for r in _text_rows(doc, sentences, methods_disp, known, rows, codes, design, treatment_h):
        # One sentence may give a group's BBB and BMS scores at one day: two rows.
        key = (r.outcome, r.group.lower(), r.day, r.evidence[0].quote if r.evidence else "")
        if key not in seen:
            seen.add(key)
            rows.append(r)
    rows = _pairs_by_table(_injury_tails(_named_generics(rows, defined)))
    group_defs = defs if rows else {}
    # "in Group II" read from the text names a group only through the paper's definition.
    rows = [
        r
        for r in rows
        if not (
            r.source == "text"
            and GROUP_CODE_LABEL.fullmatch(r.group)
            and not code_of(r.group, group_defs)
        )
        # "the exosome group of the second cohort scored ...": an ordinal numbers a cohort or an
        # experiment, never a group; which group scored is not read, so no row.
        and not (r.source == "text" and _ORDINAL.fullmatch(r.group.strip()))
    ]
    rows = _spelled_design_arms(doc, rows, [s.text for s in sentences], group_defs)
    rows = _table_arms(rows)
    # Text rows written as study days ("on day 29"); the tables' rows were placed per table.
    rows = shift_study_days(rows, origin_one)
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
