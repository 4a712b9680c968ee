"""The paper's design, once: each group's label, its definition and the arm that follows.

Labs name groups by short labels ("SH", "V", "E", "EsiT"; "A"-"E"; "γEV") and define them
once, in the methods, a legend or a table footnote, in one of three shapes::

    SH (sham), V (vehicle), E (unloaded exosomes) and EsiT (exosomes loaded with siX)
    A, sham; B, SCI; C, SCI + PBS; D, SCI + Exo-NC; E, SCI + Exo-miR-X
    EVs from cells primed with a cytokine (pEV) and from unprimed cells (EV)

``label_definitions`` reads those definitions for the labels the outcome rows carry;
``design_arms`` decides each group's arm once from its definition (what the animals
received) and runs the paper-wide rules (modified vs native vesicles, doses) over the
definitions, so that every row of one group, table or text, gets the same arm. Where the
paper defines nothing, the arms are those the labels give, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Final

from miner.extract._biblio_header import report_title
from miner.extract._numbers import fold
from miner.extract._outcome_arms import (
    GLUED_EV,
    SOMATIC_SOURCE,
    bare_label,
    group_arm,
    resolve_arms,
)
from miner.extract._outcome_codes import code_arms, list_runs
from miner.parse.model import ParsedDocument, SectionKind
from miner.records import OutcomeRow

__all__ = ["design_arms", "label_definitions", "paper_title", "primary_label"]

_MAX_DEF: Final = 80
_MAX_LABEL: Final = 24
# A bracket that counts, doses or tests the group defines nothing: "E (n = 9)", "V (p < 0.05)".
_NOT_DEF: Final = re.compile(
    r"^\s*(?:n\s*=|\d+\s*(?:rats|mice|animals)?\s*$|each\b|per\b|mean|sd\b|sem\b|p\s*[<=>]|"
    r"fig|table|see\b|\d)",
    re.IGNORECASE,
)
# A definition holds words, not only a value: "12.3 ± 1.7 (EsiT)" defines nothing.
_VALUE: Final = re.compile(r"\d\s*(?:±|\+/-)|^[\d\s.,;%±()]+$")
# Where a definition written before its bracketed label begins: after the previous list item.
# In a comparison ("EVs of A (AEV) with EVs of B (BEV)"), the word after the previous item's
# bracketed label ("with", "versus", "against", "to") opens the next item; brackets are blanked
# to NULs before this runs.
_ITEM_START: Final = re.compile(
    r"(?:[;:,]|\band\b|\bor\b|\bwith\b(?=\s+(?:the\s+)?groups?)|"
    r"\x00\s*+(?:(?:were|was)\s++(?:compared|tested|contrasted|evaluated|assessed|studied)\s++)?"
    r"(?:with|versus|vs\.?|against|to)\b|^)\s*",
    re.IGNORECASE,
)
# Words that open a list and are no part of its first item ("groups:", "were assigned to").
_LEAD: Final = re.compile(
    r"^(?:.*?\b(?:groups?|namely|as\s+follows|were|into|to|included|received|prepared|"
    r"compared|used|studied)\s*:?\s+)?(?:(?:and|or|the|a|an|i\.e\.)\s+)*",
    re.IGNORECASE,
)


def _label_re(label: str) -> str:
    # A label that is a word ("Control", "Sham") is written in lower case inside a sentence
    # ("four groups: control (laminectomy only), ..."); a short code ("E", "SH") keeps its case.
    flags = "(?i)" if len(label) >= 4 and label.isalpha() else ""
    return rf"(?<![\w-]){flags and '(?i:'}{re.escape(label)}{flags and ')'}(?![\w-])"


def _clean(defn: str) -> str:
    d = re.sub(r"\s+", " ", defn).strip(" ,;:.")
    return _LEAD.sub("", d, count=1).strip(" ,;:.")


def _usable(defn: str, label: str, labels: Sequence[str], most: int = _MAX_DEF) -> bool:
    if not defn or len(defn) > most or _NOT_DEF.search(defn) or _VALUE.search(defn):
        return False
    # "Sham, PBS, EV and γEV": a list of labels defines none of them.
    others = [x for x in labels if x != label]
    return not any(re.search(_label_re(x), defn) for x in others if len(x) > 1)


# A bracket that names, in order, the items listed before it: "(hereafter Sham, SCI-V and
# SCI-E)", "(referred to as A, B and C; n = 9 each)", "(Sham, PBS and Exo, respectively)".
_NAMES_AFTER: Final = re.compile(
    r"\(\s*+(?:(?:hereafter|henceforth|hereinafter)(?:\s+(?:called|termed|named|referred\s+to\s+as|designated(?:\s+as)?))?"
    r"|(?:referred\s+to|designated|abbreviated|denoted|labell?ed|coded)\s+as|termed|called|named)"
    r"\s*+:?\s*+(?P<a>[^();]{3,200})(?:;[^()]{0,60})?\)"
    r"|\(\s*+(?P<r>[^();]{3,200}?),?\s++respectively\s*+\)",
    re.IGNORECASE,
)
_LIST_LEAD: Final = re.compile(r"\b(?:into|namely|comprising|including|groups?)\b", re.IGNORECASE)
_LIST_SPLIT: Final = re.compile(r"\s*+,\s*+(?:(?:and|or)\s++)?|\s++(?:and|or)\s++", re.IGNORECASE)


def _parallel_definitions(text: str, labels: Sequence[str]) -> dict[str, str]:
    """Labels a bracket gives, in order, to the items listed before it: "sham-operated rats,
    injured rats given vehicle and injured rats given exosomes (hereafter Sham, SCI-V and
    SCI-E)". Kept only where the bracket holds known labels only, two or more, and the list
    before it splits into as many items."""
    known = {x.lower(): x for x in labels}
    for m in _NAMES_AFTER.finditer(text):
        names = [n.strip(" .") for n in _LIST_SPLIT.split(m["a"] or m["r"])]
        if len(names) < 2 or any(n.lower() not in known for n in names):
            continue
        # The items: the clause before the bracket, its own brackets blanked so that their
        # commas split nothing, cut where the previous sentence part ends.
        before = re.sub(r"\([^()]*\)", lambda x: "\0" * len(x.group(0)), text[: m.start()])
        before = re.split(r"[;:]|\.\s", before)[-1]
        # The list starts after the words that lead it ("divided into", "the three groups,").
        lead = max((x.end() for x in _LIST_LEAD.finditer(before)), default=0)
        items = [_clean(i.replace("\0", "")) for i in _LIST_SPLIT.split(before[lead:])]
        items = [i for i in items if i]
        # One item per name, exactly: a list that splits otherwise ("injured and given PBS")
        # cannot be lined up with the names.
        if len(items) != len(names):
            continue
        defs = {known[n.lower()]: d for n, d in zip(names, items, strict=True)}
        if all(_usable(d, lab, labels, most=_MAX_DEF + 40) for lab, d in defs.items()):
            return defs
    return {}


def _sentence_definitions(text: str, labels: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = _parallel_definitions(text, labels)
    for label in labels:
        if label in found:
            continue
        lab = _label_re(label)
        # "SH (sham)": the label, then its definition in brackets.
        m = re.search(rf"{lab}\s*\((?P<d>[^()]{{2,{_MAX_DEF}}})\)", text)
        if m and _usable(_clean(m["d"]), label, labels):
            found[label] = _clean(m["d"])
            continue
        # "A, sham; B, SCI": the label, a comma or colon, the definition up to a semicolon.
        m = re.search(rf"(?:^|[;.]\s|:\s|\b(?:were|are|groups?)\s)\s*{lab}\s*(?:,|:|=)\s*(?P<d>[^;:=]{{2,{_MAX_DEF}}}?)\s*(?:;|\.(?:\s|$)|$)", text)
        if m and _usable(_clean(m["d"]), label, labels) and ";" in text:
            found[label] = _clean(m["d"])
            continue
        # "... from unprimed cells (EV)": the list item before the bracketed label.
        m = re.search(rf"\(\s*{lab}\s*\)", text)
        if m:
            before = text[max(0, m.start() - 2 * _MAX_DEF) : m.start()]
            # Brackets inside the item ("stem cells (ADSCs)") are no item boundary.
            flat = re.sub(r"\([^()]*\)", lambda x: "\0" * len(x.group(0)), before)
            cut = max((x.end() for x in _ITEM_START.finditer(flat) if x.end() > 0), default=0)
            d = _clean(before[cut:])
            # An item written before its label runs longer ("vesicles (EVs) from cells primed with ...").
            if _usable(d, label, labels, most=_MAX_DEF + 40):
                found[label] = d
    return found


_ALLOCATION: Final = re.compile(
    r"\b(?:divided|allocated|assigned|randomi[sz]ed|distributed|split)\b[^.;]{0,60}?\bgroups?\b", re.IGNORECASE
)


def _named(text: str, labels: Sequence[str]) -> int:
    """How many of the labels the sentence names."""
    return sum(1 for x in labels if re.search(_label_re(x), text))


def label_definitions(texts: Iterable[str], labels: Sequence[str]) -> dict[str, str]:
    """The paper's definitions of its short group labels: {"SH": "sham", "EsiT": "exosomes loaded with siX"}.

    Only a sentence that defines two labels or more counts (a design list, not a passing
    mention), and a label whose definitions disagree on the arm is left out.
    """
    short = [x for x in dict.fromkeys(labels) if x and len(x) <= _MAX_LABEL]
    if len(short) < 2:
        return {}
    defs: dict[str, list[str]] = {}
    for raw in list_runs(texts):
        text = fold(raw)
        low = text.lower()
        if not any(x.lower() in low for x in short):
            continue
        found = _sentence_definitions(text, short)
        # A sentence that allocates the rats to groups it names ("allocated to four groups:
        # control (laminectomy without impact), SCI, SCI + MP and SCI + Exo") is a design list
        # even where it defines one label only.
        if len(found) >= 2 or (found and _ALLOCATION.search(text) and _named(text, short) >= 2):
            for label, d in found.items():
                defs.setdefault(label, []).append(d)
    return {
        label: ds[0] for label, ds in defs.items() if len({_arm(label, d) for d in ds}) == 1
    }


# Words of a definition that tell modified vesicles from native ones; only these make a
# vesicle label's definition worth reading for the paper-wide rules.
_KIND: Final = re.compile(
    r"primed|loaded|precondition|hypox|normox|engineer|modif|overexpress|transfect|"
    r"mi-?R|si-?RNA|\bsi[A-Z]|native|naive|scrambl|negative|\b[23]D\b|culture",
    re.IGNORECASE,
)


def _arm(label: str, defn: str) -> str:
    """A group's arm from its definition where the label tells none ("SH", "E", "B"), or where
    the definition makes a "control" the sham ("Control (laminectomy only)"); else the label's.

    A label that names what the animals received ("Acute-Exo", "PBS") outranks a definition,
    which may be read loosely ("... injected 1 h after injury (Acute-Exo)").
    """
    by_label, by_def = group_arm(label), group_arm(defn)
    if by_label == "other" or (by_label == "control" and by_def == "sham"):
        return by_def if by_def != "other" else by_label
    if by_label == "control" and by_def != "other" and _injury_and_code(label):
        # "SCI-E", "SCI-V": the injury and a code of the lab's own; the code says what the
        # injured rats received, which only the definition spells ("injured rats given exosomes").
        return by_def
    return by_label


# The injury as labels name it, before or after the code of what the animals received.
_INJURY_WORD: Final = re.compile(r"\b(?:[A-Za-z]{1,2}-?)?SCI\b|\binjur\w*|\bTrauma\b", re.IGNORECASE)


def _injury_and_code(label: str) -> bool:
    """ "SCI-E", "SCI-V", "SCI-E-si": the injury word plus a code naming nothing by itself (no
    vehicle, control or agent word), so the label alone cannot tell what the rats received."""
    rest = _INJURY_WORD.sub(" ", label, count=1)
    if rest == label or not re.search(r"[A-Za-z]", rest):
        return False
    return group_arm(rest.strip(" -+/_")) == "other"


def _dose_short(label: str) -> str:
    """ "HD-HsEV" -> "H-HsEV", "Exo-LD" -> "Exo-L": the dose letter without its "D" (for "dose")."""
    s = re.sub(r"^([LMH])D(?=[-\s])", r"\1", label.strip())
    return re.sub(r"(?<=[-\s])([LMH])D$", r"\1", s)


def _dose_aliases(labels: Sequence[str], defs: Mapping[str, str]) -> dict[str, str]:
    """Definitions for table labels that shorten a defined text label's dose mark: the methods
    define "HD-HsEV" and "LD-HsEV", the table writes "H-HsEV" and "L-HsEV" (one group, two names)."""
    by_short: dict[str, list[str]] = {}
    for k in defs:
        by_short.setdefault(_dose_short(k), []).append(k)
    found: dict[str, str] = {}
    for label in labels:
        keys = by_short.get(_dose_short(label), [])
        if label not in defs and len(keys) == 1 and keys[0] != label:
            found[label] = defs[keys[0]]
    return found


_CMP: Final = r"(?:versus|vs\.?|compared\s+with|against|and|with)"
_PRIMARY: Final = (
    r"(?:(?:pre-?specified|a\s+priori|pre-?registered|planned)\s+)?(?:primary|main|principal|key)"
)
_BE: Final = r"(?:was|were|is|formed|constituted|served\s+as|defined)\s+(?:the|our)"


# Another study's design, not this one's: "Previously, Exo was the main treatment studied
# [12]", "the key intervention in earlier work".
_OTHERS_WORK: Final = re.compile(
    r"\b(?:previous(?:ly)?|earlier|prior|reported|literature|other\s+(?:studies|groups|authors)|"
    r"has\s+been|have\s+been|et\s+al)\b|\[\s*\d",
    re.IGNORECASE,
)


def primary_label(
    texts: Iterable[str], labels: Sequence[str], arm_of: Callable[[str], str] = group_arm
) -> str | None:
    """The group the paper names as its primary arm, one of ``labels``, else None.

    Read from a statement of the design, never from order: "G3 versus G2 was the main
    comparison", "the primary comparison was HD-EV vs. vehicle", "Exo-IT served as the primary
    treatment arm". Of a compared pair, the one vesicle group (``arm_of`` gives "treatment")
    is primary; a pair of two vesicle groups, or two statements naming different groups, name none.
    """
    known = sorted({x for x in labels if x and len(x) <= _MAX_LABEL}, key=len, reverse=True)
    if not known:
        return None
    lab = "|".join(rf"(?<![\w-]){re.escape(x)}(?![\w-])" for x in known)
    tail = r"(?:\s+(?:group|groups|rats|arm|animals))?"
    shapes = (
        (
            rf"(?P<a>{lab}){tail}\s+{_CMP}\s+(?:the\s+)?(?P<b>{lab}){tail}\s+{_BE}\s+{_PRIMARY}\s+"
            r"(?:comparison|contrast|hypothesis)"
        ),
        (
            rf"(?:the|our)\s+{_PRIMARY}\s+(?:comparison|contrast)\s+(?:was|is)\s+(?:between\s+)?"
            rf"(?:the\s+)?(?P<a>{lab}){tail}\s+{_CMP}\s+(?:the\s+)?(?P<b>{lab})"
        ),
        (
            rf"(?P<a>{lab}){tail}\s+{_BE}\s+{_PRIMARY}\s+"
            r"(?:(?:treatment|intervention|experimental|active|vesicle|exosome)\s+)?"
            r"(?:group|arm|treatment|intervention|dose)\b"
        ),
        # "the main treatment group (Exo-IT)", "the primary arm, HD-EV,".
        (
            rf"(?:the|our)\s+{_PRIMARY}\s+(?:(?:treatment|intervention|experimental|active)\s+)?(?:group|arm)"
            rf"\s*(?:\(\s*|,\s*)(?P<a>{lab})\s*[),]"
        ),
    )
    found: set[str] = set()
    for raw in texts:
        text = fold(raw)
        if not re.search(_PRIMARY, text, re.IGNORECASE) or _OTHERS_WORK.search(text):
            continue
        for shape in shapes:
            for m in re.finditer(shape, text, re.IGNORECASE):
                named = [g for g in m.groupdict().values() if g]
                active = [g for g in named if arm_of(g) == "treatment"]
                if len(active) == 1 and len(named) == len({x.lower() for x in named}):
                    found.add(next(k for k in known if k.lower() == active[0].lower()))
    return found.pop() if len(found) == 1 else None


def _norm(label: str) -> str:
    """A label as compared across names: group words and plural dropped, lower case."""
    return bare_label(label).strip().lower()


def _stated_primary(
    rows: list[OutcomeRow], texts: Sequence[str], codes: Mapping[str, str], defined: Mapping[str, str]
) -> list[OutcomeRow]:
    """The paper's own word on its primary arm over the general rules: the named group (and the
    label its code stands for) is the treatment; the other vesicle groups of its design (codes,
    defined labels, groups of the table that holds it) are ``other``."""
    def arm_of(label: str) -> str:
        return group_arm(codes[label]) if label in codes else group_arm(label)

    labels = {r.group for r in rows} | set(codes) | set(codes.values())
    p = primary_label(texts, sorted(labels), arm_of)
    if p is None:
        return rows
    alias = {_norm(p)} | {_norm(codes[p])} if p in codes else {_norm(p)}
    alias |= {_norm(k) for k, v in codes.items() if _norm(v) in alias}
    # One group under two names ("HD-HsEV" in the text, "H-HsEV" in the table): one definition.
    if p in defined:
        alias |= {_norm(k) for k, v in defined.items() if v == defined[p]}
    own = [r for r in rows if _norm(r.group) in alias]
    if not own:
        return rows
    outcomes = {r.outcome for r in own}
    design = {_norm(x) for x in (*codes, *codes.values(), *defined)}
    if any(r.source == "table" for r in own):
        design |= {_norm(r.group) for r in rows if r.source == "table" and r.outcome in outcomes}
    out = []
    for r in rows:
        g = _norm(r.group)
        if r.outcome in outcomes and g in alias:
            r = replace(r, arm="treatment")
        elif r.outcome in outcomes and g in design and r.arm == "treatment":
            r = replace(r, arm="other")
        out.append(r)
    return out


_VES: Final = re.compile(rf"exo\w*|\bs?EVs?\b|vesicles?|{GLUED_EV}", re.IGNORECASE)
_CARRIED: Final = re.compile(
    r"hydrogel|scaffold|\bgel\b|GelMA|matrix|collagen|fibrin|\bHA\b|hyaluron\w*|patch|conduit|"
    r"sponge|microspheres?",
    re.IGNORECASE,
)
# A title that names the vesicles with a second component: "exosomes combined with minocycline",
# "vesicles plus riluzole", "a hydrogel depot of sEVs", "exosomes delivered in a scaffold".
_TITLE_DRUG: Final = re.compile(
    r"combined\s+with|in\s+combination\s+with|combination\s+of|\bplus\b|together\s+with|"
    r"co-?(?:administ|deliver|treat|transplant)\w*",
    re.IGNORECASE,
)
# A title that compares ("with or without", "versus") names no combination as the product.
_TITLE_COMPARES: Final = re.compile(r"with\s+or\s+without|\bversus\b|\bvs\.?\s|compared|\bor\b", re.IGNORECASE)
_JOINED: Final = re.compile(r"\+|\bplus\b|\bcombined\b|&|/|\bwith\b", re.IGNORECASE)
_NO_AGENT: Final = re.compile(
    r"\b(?:PBS|saline|vehicle|NS|DMEM|medium|NaCl|SCI|sham|injury|control|NC|mimics?|"
    r"scrambl\w*|negative|IgG|empty)\b",
    re.IGNORECASE,
)
# "Exo 50 ug/kg": a dose's unit is no joiner.
# From a number's first digit, its digits taken whole (a unit follows them): no rescans of a run.
_DOSE_UNIT: Final = re.compile(r"(?<!\d)\d++(?:[.,]\d++)?\s*+(?:[µμu]?g|mg|ng|particles)\s*/\s*(?:kg|rat|animal|d(?:ay)?)\b", re.IGNORECASE)


def _title_combination(rows: list[OutcomeRow], title: str) -> list[OutcomeRow]:
    """The combined arm as the paper's own where its title names the vesicles with a drug or a
    carrier; the vesicles alone are then a comparator. Where two groups combine (native and
    modified vesicles in one gel), only the vesicles alone change."""
    t = fold(title or "")
    if not _VES.search(t) or _TITLE_COMPARES.search(t):
        return rows
    carrier = bool(_CARRIED.search(t))
    if not carrier and not _TITLE_DRUG.search(t):
        return rows
    active = [r for r in rows if r.arm in ("treatment", "other") and _VES.search(r.group)]

    def combined(g: str) -> bool:
        if carrier:
            return bool(_CARRIED.search(g))
        g = _DOSE_UNIT.sub("", g)
        rest = _VES.sub("", _JOINED.split(g, maxsplit=1)[1]) if _JOINED.search(g) else ""
        return bool(re.search(r"[A-Za-z]{2,}", rest)) and not _NO_AGENT.search(rest)

    combos = {r.group for r in active if combined(r.group)}
    alone = {r.group for r in active if r.group not in combos and r.arm == "treatment"}
    if not combos or not alone:
        return rows
    kinds = {bare_label(g).replace(" ", "").lower() for g in combos}
    promote = combos if len(kinds) == 1 else set()
    if not promote and not any(r.arm == "treatment" for r in rows if r.group in combos):
        return rows
    return [
        replace(r, arm="treatment") if r.group in promote
        else replace(r, arm="other") if r.group in alone
        else r
        for r in rows
    ]


def paper_title(doc: ParsedDocument) -> str:
    """The document's title as the bibliographic fields report it (metadata, or page one's
    title joined across its wrapped lines), else its first title block's."""
    title, _parts = report_title(doc)
    return title or next((b.text for b in doc.blocks if b.section == SectionKind.TITLE), "")


def design_arms(
    rows: Sequence[OutcomeRow],
    texts: Iterable[str],
    codes: Mapping[str, str] | None = None,
    *,
    title: str = "",
) -> list[OutcomeRow]:
    """Each outcome row's arm from the paper's design: group codes (``codes``, from
    ``group_codes``) and label definitions (read from ``texts``) first, then the paper-wide
    rules over the definitions. Rows keep their labels as written."""
    rows, texts = list(rows), list(texts)
    labels = sorted({r.group for r in rows}, key=len, reverse=True)
    defs = label_definitions(texts, labels) if len(labels) >= 2 else {}
    defs |= _dose_aliases(labels, defs)
    # Bracketed times in labels are read against what the methods say happened then.
    resolve = partial(resolve_arms, texts=texts)
    if defs:
        # Vesicles of a differentiated cell among the definitions ("fibroblast-derived exosomes"):
        # every vesicle label is read with its definition, which says whose vesicles it holds.
        foreign = any(SOMATIC_SOURCE.search(d) for d in defs.values())
        stand_in = []
        for r in rows:
            d = defs.get(r.group)
            if d is None:
                stand_in.append(r)
                continue
            arm = _arm(r.group, d)
            # A vesicle label keeps its own name unless the definition says what kind of
            # vesicles it is ("unprimed", "loaded with siX"), which the paper-wide rules read.
            if group_arm(r.group) == "treatment" == arm and not _KIND.search(d) and not foreign:
                stand_in.append(replace(r, arm=arm))
            else:
                stand_in.append(replace(r, group=f"{r.group}: {d}", arm=arm))
        resolved = code_arms(stand_in, dict(codes or {}), group_arm, resolve)
        resolved = [replace(new, group=old.group) for old, new in zip(rows, resolved, strict=True)]
    else:
        resolved = code_arms(rows, dict(codes or {}), group_arm, resolve)
    # The paper's word over the general rules: its title's combination, then a stated primary.
    resolved = _title_combination(resolved, title)
    return _stated_primary(resolved, texts, dict(codes or {}), defs)
