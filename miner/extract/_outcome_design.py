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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Final

from miner.extract._numbers import fold
from miner.extract._outcome_arms import group_arm, resolve_arms
from miner.extract._outcome_codes import code_arms, list_runs
from miner.records import OutcomeRow

__all__ = ["design_arms", "label_definitions"]

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
_ITEM_START: Final = re.compile(r"(?:[;:,]|\band\b|\bor\b|\bwith\b(?=\s+(?:the\s+)?groups?)|^)\s*", re.IGNORECASE)
# Words that open a list and are no part of its first item ("groups:", "were assigned to").
_LEAD: Final = re.compile(
    r"^(?:.*?\b(?:groups?|namely|as\s+follows|were|into|to|included|received|prepared|"
    r"compared|used|studied)\s*:?\s+)?(?:(?:and|or|the|a|an|i\.e\.)\s+)*",
    re.IGNORECASE,
)


def _label_re(label: str) -> str:
    return rf"(?<![\w-]){re.escape(label)}(?![\w-])"


def _clean(defn: str) -> str:
    d = re.sub(r"\s+", " ", defn).strip(" ,;:.")
    return _LEAD.sub("", d, count=1).strip(" ,;:.")


def _usable(defn: str, label: str, labels: Sequence[str], most: int = _MAX_DEF) -> bool:
    if not defn or len(defn) > most or _NOT_DEF.search(defn) or _VALUE.search(defn):
        return False
    # "Sham, PBS, EV and γEV": a list of labels defines none of them.
    others = [x for x in labels if x != label]
    return not any(re.search(_label_re(x), defn) for x in others if len(x) > 1)


def _sentence_definitions(text: str, labels: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for label in labels:
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
        if not any(x in text for x in short):
            continue
        found = _sentence_definitions(text, short)
        if len(found) >= 2:
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
    return by_label


def design_arms(
    rows: Sequence[OutcomeRow],
    texts: Iterable[str],
    codes: Mapping[str, str] | None = None,
) -> list[OutcomeRow]:
    """Each outcome row's arm from the paper's design: group codes (``codes``, from
    ``group_codes``) and label definitions (read from ``texts``) first, then the paper-wide
    rules over the definitions. Rows keep their labels as written."""
    rows = list(rows)
    labels = sorted({r.group for r in rows}, key=len, reverse=True)
    defs = label_definitions(texts, labels) if len(labels) >= 2 else {}
    if defs:
        stand_in = []
        for r in rows:
            d = defs.get(r.group)
            if d is None:
                stand_in.append(r)
                continue
            arm = _arm(r.group, d)
            # A vesicle label keeps its own name unless the definition says what kind of
            # vesicles it is ("unprimed", "loaded with siX"), which the paper-wide rules read.
            if group_arm(r.group) == "treatment" == arm and not _KIND.search(d):
                stand_in.append(replace(r, arm=arm))
            else:
                stand_in.append(replace(r, group=f"{r.group}: {d}", arm=arm))
        resolved = code_arms(stand_in, dict(codes or {}), group_arm, resolve_arms)
        return [replace(new, group=old.group) for old, new in zip(rows, resolved, strict=True)]
    return code_arms(rows, dict(codes or {}), group_arm, resolve_arms)
