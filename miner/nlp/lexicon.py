"""The curated domain lexicon: every categorical word of the field, as data.

This module is the single source of truth for categorical vocabulary. The
lexicon ruler of the NLP pipeline is built from it, and extractors normalise
what they find through :func:`normalize` rather than keeping a second list.

Each entry maps a surface form to a label (one of :data:`miner.nlp.LABELS`) and a
normalised value in the contract's vocabulary (``None`` when the form names the
thing but not a value, e.g. "MSCs" is a cell source of unknown tissue). Forms in
``TERMS`` match case-insensitively; forms in ``ABBREVIATIONS`` only as written
("SHED" the cells, not "shed" the verb; "BBB" may also be the blood-brain
barrier, which abbreviation resolution sorts out). Things with structure
(vertebral levels, miRNA modifications, CD markers, the "SD rats" strain) are
regular expressions in ``PATTERNS``.

Public API: :func:`normalize`, :func:`source_species`, :func:`lexicon_entries`,
:func:`regex_matches`, and the data tables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from miner.nlp._levels import find_levels, normalize_level
from miner.nlp._lexicon_data import (
    ABBREVIATIONS,
    CELL_HEADS,
    CELL_SOURCE_ABBREVIATIONS,
    SOURCE_TISSUES,
    SPECIES_PREFIXES,
    TERMS,
)

__all__ = [
    "ABBREVIATIONS",
    "CELL_SOURCE_ABBREVIATIONS",
    "SOURCE_TISSUES",
    "TERMS",
    "LexiconEntry",
    "canonical_key",
    "lexicon_entries",
    "normalize",
    "regex_matches",
    "source_species",
]


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One surface form: ``text`` is ``label`` with normalised value ``norm``."""

    text: str
    label: str
    norm: str | None
    case_sensitive: bool = False


_DASHES = dict.fromkeys(map(ord, "‐‑‒–—−"), "-")


def canonical_key(text: str, *, keep_case: bool = False) -> str:
    """The lookup key of a surface form: NFKC, one kind of hyphen, single spaces, curly quotes straightened."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"\s*-\s*", "-", text.strip())
    text = re.sub(r"\s+", " ", text)
    text = text.strip(" .,;:()[]")
    return text if keep_case else text.casefold()


def _cell_source_terms() -> Iterator[LexiconEntry]:
    """All phrasings of "<species> <tissue>(-derived) <cell head>" and the abbreviations."""
    for norm, tissues in SOURCE_TISSUES.items():
        for tissue in tissues:
            for join in (" ", "-derived ", " derived ", "-"):
                if join == "-" and " " in tissue:
                    continue
                for head in CELL_HEADS:
                    for prefix in ("", *(f"{p} " for p in SPECIES_PREFIXES)):
                        yield LexiconEntry(f"{prefix}{tissue}{join}{head}", "CELL_SOURCE", norm)
    for norm, abbrevs in CELL_SOURCE_ABBREVIATIONS.items():
        for abbrev in abbrevs:
            for form in (abbrev, abbrev + "s"):
                yield LexiconEntry(form, "CELL_SOURCE", norm, case_sensitive=True)
                for prefix in SPECIES_PREFIXES:
                    yield LexiconEntry(f"{prefix} {form}", "CELL_SOURCE", norm, case_sensitive=True)
    # A stem cell without its tissue: a cell source whose tissue the span does not say.
    for head in CELL_HEADS:
        for prefix in ("", *(f"{p} " for p in SPECIES_PREFIXES)):
            yield LexiconEntry(f"{prefix}{head}", "CELL_SOURCE", None)


def _variants(label: str, forms: tuple[str, ...]) -> list[str]:
    """The forms plus their en-dash spellings and, for multi-word names, plurals."""
    out = list(forms)
    out.extend(f.replace("-", "–") for f in forms if "-" in f)
    if label in ("ISOLATION_METHOD", "CHARACTERIZATION", "INJURY_DEVICE", "OUTCOME_SCALE"):
        out.extend(f + "s" for f in forms if " " in f and f[-1].isalpha() and not f.endswith("s"))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def lexicon_entries() -> tuple[LexiconEntry, ...]:
    """Every literal surface form of the lexicon (the ruler's phrase patterns)."""
    out: list[LexiconEntry] = list(_cell_source_terms())
    for label, table in TERMS.items():
        for norm, forms in table.items():
            for form in _variants(label, forms):
                out.append(LexiconEntry(form, label, None if norm == "?" else norm))
    for label, table in ABBREVIATIONS.items():
        for norm, forms in table.items():
            for form in forms:
                out.append(
                    LexiconEntry(form, label, None if norm == "?" else norm, case_sensitive=True)
                )
    return tuple(out)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, str], str | None], dict[tuple[str, str], str | None]]:
    folded: dict[tuple[str, str], str | None] = {}
    exact: dict[tuple[str, str], str | None] = {}
    for entry in lexicon_entries():
        if entry.case_sensitive:
            exact.setdefault((entry.label, canonical_key(entry.text, keep_case=True)), entry.norm)
        else:
            folded.setdefault((entry.label, canonical_key(entry.text)), entry.norm)
    return folded, exact


# ---------------------------------------------------------------------------
# Structured forms (regular expressions)

_MIR = r"(?:hsa-|rno-|mmu-)?(?:miR|microRNA|miRNA)-?\d+[a-z]?(?:-\d{1,2}(?![\dp]))?(?:-[35]p)?"
_LNC = r"lncRNA[ -][A-Za-z0-9-]+|circ[A-Za-z0-9_-]+"
# The target is a gene symbol (capital first, matched case-sensitively): "siPTEN", "siRNA
# against CTGF"; "siRNA" itself is no target ("siRNA loading" names no gene).
_SI = (
    r"(?-i:si-?(?!RNAs?\b)[A-Z][A-Za-z0-9]+)"
    r"|siRNA(?:[ -](?:against|targeting))?[ -]?(?-i:(?!Load|Encap|Engin|Modif|Deliver)[A-Z][A-Za-z0-9]+)"
)
# Transfecting the parent cells with a mimic makes them overexpress the miRNA; loading
# puts a cargo into the vesicles themselves.
_OVER = r"over-?express(?:ing|ed|ion)|overexpressed|up-?regulated|enriched|mimics?-?transfected|transfected"
_LOAD = r"loaded|loading|encapsulated|engineered|modified"
_PRE = r"preconditioned|preconditioning|pretreated|pretreatment|primed|priming"

# Modification phrasings, each with a function of the match that names it.
# Every alternative starts at a word start: without that, a long run of letters makes
# the agent alternative rescan the run from each position (quadratic on hostile text).
_MODIFICATION_RX: Final = re.compile(
    rf"(?P<mir1>{_MIR})[- ](?P<verb1>{_OVER}|{_LOAD})"
    rf"|(?P<verb2>{_OVER}|{_LOAD})(?: with)? (?P<mir2>{_MIR})(?: mimics?)?"
    rf"|(?P<si1>{_SI})[- ](?:{_LOAD})|(?:{_LOAD}) with (?P<si2>{_SI})"
    rf"|(?P<lnc1>{_LNC})[- ](?P<verb3>{_OVER}|{_LOAD})"
    rf"|(?P<pre1>hypoxia|hypoxic)[- ](?:{_PRE})"
    rf"|(?<![A-Za-z0-9γβα-])(?P<pre3>[A-Za-z][A-Za-z0-9γβα]*(?:-[A-Za-z0-9γβα]+)?)-(?:{_PRE}"
    # "LPS-stimulated MSCs": stimulated cells are preconditioned only when they are the parent stem cells
    rf"|(?:co-?)?stimulated(?=\s+(?:[\w'-]+\s+){{0,3}}?(?:[A-Za-z]*MSCs?|[A-Z]*SCs?|SHED|stem\s+cells|stromal\s+cells)\b))"
    # After "pretreated with" only hypoxia or a capitalised agent (IFN-γ, LPS), not "saline".
    rf"|(?:{_PRE}) (?:with|by|under) (?P<pre2>hypoxia|hypoxic conditions?|(?-i:[A-Z][A-Za-z0-9γβα-]+))"
    rf"|(?P<three>three-dimensional|3D)[- ](?P<three_form>cultured?|spheroids?)",
    re.IGNORECASE,
)
# Words that end in a preconditioning verb without being a preconditioning agent.
_NOT_AGENTS: Final = frozenset(
    {"cells", "were", "was", "been", "then", "the", "and", "also", "not", "group"}
)


_PARENT_AFTER: Final = re.compile(
    r"\s++(?:[\w'-]++\s++){0,2}?(?:[A-Za-z]*MSCs?|[A-Za-z]*SCs?|SHED|stem\s+cells|stromal\s+cells|cells)\b"
)


def _modification_norm(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    mir = g["mir1"] or g["mir2"]
    if mir:
        mir = re.sub(r"^(?:hsa-|rno-|mmu-)", "", mir, flags=re.IGNORECASE)
        mir = re.sub(r"^(?:microRNA|miRNA|miR)-?", "miR-", mir, flags=re.IGNORECASE)
        verb = (g["verb1"] or g["verb2"] or "").lower()
        # "miR-133b-modified MSCs": the parent cells were changed, the miRNA raised in them
        parent = verb in ("modified", "engineered") and _PARENT_AFTER.match(m.string, m.end())
        loaded = re.match(_LOAD, verb) and not parent
        return f"{mir} {'loading' if loaded else 'overexpression'}"
    si = g["si1"] or g["si2"]
    if si:
        target = re.sub(r"^siRNA(?:[ -](?:against|targeting))?[ -]?|^si-?", "", si)
        return f"siRNA {target} loading"
    if g["lnc1"]:
        verb = g["verb3"].lower()
        return f"{g['lnc1']} {'loading' if re.match(_LOAD, verb) else 'overexpression'}"
    agent = g["pre1"] or g["pre2"] or g["pre3"]
    if agent:
        if agent.lower() in _NOT_AGENTS:
            return None
        if agent.lower().startswith(("hypoxia", "hypoxic")):
            return "hypoxic preconditioning"
        return f"{agent} preconditioning"
    if g["three"]:
        # Spheroids are one 3D format among several (scaffolds, microcarriers): say so
        # when the paper does.
        return "3D spheroid culture" if g["three_form"].lower().startswith("spheroid") else "3D culture"
    return None


_MARKER_CANON: Final = {
    "tsg101": "TSG101",
    "tsg-101": "TSG101",
    "alix": "Alix",
    "pdcd6ip": "Alix",
    "hsp70": "HSP70",
    "hsp-70": "HSP70",
    "hsp90": "HSP90",
    "hsp-90": "HSP90",
    "calnexin": "calnexin",
    "canx": "calnexin",
    "gm130": "GM130",
    "flotillin-1": "flotillin-1",
    "flotillin 1": "flotillin-1",
    "flot1": "flotillin-1",
    "flot-1": "flotillin-1",
    # The isoform only when the paper names it: "syntenin" is not a claim about syntenin-1.
    "syntenin-1": "syntenin-1",
    "syntenin": "syntenin",
    "cytochrome c": "cytochrome c",
    "apoa1": "ApoA1",
    "hla-dr": "HLA-DR",
}
_CD_RX: Final = re.compile(r"\bCD ?-?(\d{1,3})([a-z]?)\b")
_STRAIN_SD_RX: Final = re.compile(
    r"\bSD(?=\s+(?:(?:adult|male|female|young|healthy)\s+)*(?:rats?|RATS?)\b)"
)
# "in situ" is a route only when something is put there, not "in situ hybridization".
_IN_SITU_RX: Final = re.compile(
    r"\bin situ\b(?!\s*(?:hybridi[sz]ation|end[- ]labell?ing|cell death|apoptosis|detection|zymography|TUNEL|PLA|proximity))",
    re.IGNORECASE,
)

# "i.v.", "i.p.", "s.c.", "i.t.": the tokenizer splits these unpredictably, so they are patterns.
_DOTTED_ROUTES: Final = {
    "i.v": "intravenous",
    "i.p": "intraperitoneal",
    "s.c": "subcutaneous",
    "i.t": "intrathecal",
}
_DOTTED_ROUTE_RX: Final = re.compile(r"(?<![\w.])(i\.v|i\.p|s\.c|i\.t)\.(?!\w)", re.IGNORECASE)


# Capture of the vesicles by antibody-coated beads: "anti-CD81 magnetic beads", "CD63
# immunomagnetic beads", "magnetic beads coated with anti-CD9". Longer than the marker
# inside it, so the ruler keeps the method.
_IMMUNOCAPTURE_RX: Final = re.compile(
    r"\b(?:anti-?\s?)?CD\d{1,3}(?:[- ](?:antibody[- ])?(?:coated|conjugated))?\s+(?:immuno-?)?magnetic\s+(?:micro)?beads"
    r"|\b(?:immuno-?)?magnetic\s+(?:micro)?beads\s+(?:coated|conjugated|labell?ed)\s+with\s+(?:an?\s+)?anti-?\s?CD\d{1,3}"
    r"|\banti-?\s?CD\d{1,3}(?:[- ](?:antibody[- ])?(?:coated|conjugated))?\s+(?:Dyna)?beads"
    r"|\bimmuno-?(?:capture|precipitation\s+of\s+(?:the\s+)?(?:exosomes|vesicles|EVs))",
    re.IGNORECASE,
)


def regex_matches(text: str) -> list[tuple[int, int, str, str | None]]:
    """The structured lexicon forms in ``text``: ``(start, end, label, norm)``."""
    out: list[tuple[int, int, str, str | None]] = []
    for start, end, level in find_levels(text):
        out.append((start, end, "INJURY_LEVEL", level))
    for m in _MODIFICATION_RX.finditer(text):
        modification = _modification_norm(m)
        if modification is not None:
            out.append((m.start(), m.end(), "MODIFICATION", modification))
    for m in _IMMUNOCAPTURE_RX.finditer(text):
        out.append((m.start(), m.end(), "ISOLATION_METHOD", "immunoaffinity"))
    for m in _CD_RX.finditer(text):
        out.append((m.start(), m.end(), "MARKER", f"CD{m.group(1)}{m.group(2)}"))
    for m in _STRAIN_SD_RX.finditer(text):
        out.append((m.start(), m.end(), "STRAIN", "Sprague-Dawley"))
    for m in _IN_SITU_RX.finditer(text):
        out.append((m.start(), m.end(), "ROUTE", "intralesional"))
    for m in _DOTTED_ROUTE_RX.finditer(text):
        out.append((m.start(), m.end(), "ROUTE", _DOTTED_ROUTES[m.group(1).lower()]))
    return out


# ---------------------------------------------------------------------------
# Normalisation

_KEYWORD_TISSUE: Final = (
    # Order matters: Wharton's jelly is part of the umbilical cord, so it is tried first.
    ("wharton", "wharton_jelly"),
    ("umbilical", "umbilical_cord"),
    ("cord blood", "umbilical_cord"),
    ("bone marrow", "bone_marrow"),
    ("bone-marrow", "bone_marrow"),
    ("adipose", "adipose"),
    ("fat-derived", "adipose"),
    ("placenta", "placenta"),
    ("menstrual", "menstrual_blood"),
    ("dental pulp", "dental_pulp"),
    ("deciduous teeth", "dental_pulp"),
    ("gingiva", "other"),
    ("amniotic", "other"),
    ("synovi", "other"),
    ("urine", "other"),
    ("olfactory", "other"),
)
_ROUTE_KEYWORDS: Final = (
    ("tail vein", "intravenous"),
    ("tail-vein", "intravenous"),
    ("caudal vein", "intravenous"),
    ("intravenous", "intravenous"),
    ("intrathecal", "intrathecal"),
    ("intralesion", "intralesional"),
    ("intraspinal", "intralesional"),
    ("intraperitoneal", "intraperitoneal"),
    ("intranasal", "intranasal"),
    ("subcutaneous", "subcutaneous"),
    ("hydrogel", "implanted_biomaterial"),
    ("scaffold", "implanted_biomaterial"),
)


_GLUED_VESICLE: Final = re.compile(
    # The line must end in a vesicle word: checked first, from the end, so that a long
    # hyphenated run that does not is not searched for one from each of its characters.
    r"(?=.*+(?:(?<=Exo|EXO|exo|xos|EVs|XOs)|(?<=EV)|(?<=xosome)|(?<=xosomes)|(?<=vesicle)|(?<=vesicles))$)"
    r"(.+?)(?:-| )(?:derived )?(Exos?|EXOs?|exos?|sEVs?|EVs?|exosomes?|Exosomes?|small extracellular vesicles?"
    r"|extracellular vesicles?)$"
)


def _strip_plural(key: str) -> str:
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def normalize(label: str, text: str) -> str | None:
    """The contract's value for ``text`` read as ``label``, or None when it cannot be told.

    >>> normalize("ROUTE", "via the tail vein")
    'intravenous'
    >>> normalize("INJURY_LEVEL", "T9-10")
    'T9-T10'
    >>> normalize("CELL_SOURCE", "hUCMSCs")
    'umbilical_cord'

    Exact forms of the lexicon are tried first, then the structured forms
    (levels, modifications, markers), then label-specific keywords; anything
    else is None: an unknown form is left for a person rather than guessed.
    """
    if not text or not text.strip():
        return None
    if label == "INJURY_LEVEL":
        return normalize_level(text)
    folded, exact = _tables()
    key_cs = canonical_key(text, keep_case=True)
    key = canonical_key(text)
    for k in (key_cs, _strip_plural(key_cs)):
        if (label, k) in exact:
            return exact[(label, k)]
    for k in (
        key,
        _strip_plural(key),
        re.sub(r"^(?:the|a|an|via the|via|through the|by|into the) ", "", key),
    ):
        if (label, k) in folded:
            return folded[(label, k)]
    return _normalize_by_rule(label, text, key)


def _normalize_by_rule(label: str, text: str, key: str) -> str | None:
    stripped = text.strip()
    for start, end, found_label, norm in regex_matches(stripped):
        # A structured form that is (nearly) the whole text: "i.p.", "in situ", "CD63".
        if found_label == label and norm is not None and end - start >= len(stripped) - 1:
            return norm
    if label == "MODIFICATION":
        m = _MODIFICATION_RX.search(text)
        return _modification_norm(m) if m else None
    if label == "MARKER":
        m = _CD_RX.search(canonical_key(text, keep_case=True))
        if m and m.end() - m.start() >= len(key) - 1:
            return f"CD{m.group(1)}{m.group(2)}"
        return _MARKER_CANON.get(key)
    glued = _GLUED_VESICLE.match(canonical_key(text, keep_case=True))
    if glued and label in ("CELL_SOURCE", "VESICLE"):
        # "BMSC-Exos", "hUCMSC-derived sEVs": read the part that names the label.
        return normalize(label, glued.group(1) if label == "CELL_SOURCE" else glued.group(2))
    if label == "CELL_SOURCE":
        for word, tissue in _KEYWORD_TISSUE:
            if word in key:
                return tissue
        return None
    if label == "ROUTE":
        for word, route in _ROUTE_KEYWORDS:
            if word in key:
                return route
        return None
    if label == "STRAIN" and _STRAIN_SD_RX.match(text.strip() + " rats"):
        return "Sprague-Dawley"
    if label == "VESICLE":
        if "small" in key and ("vesicle" in key or "ev" in key.split()):
            return "sEV"
        if "exosom" in key:
            return "exosome"
        if "extracellular vesicle" in key:
            return "EV"
    return None


def source_species(text: str) -> str | None:
    """The species a cell source comes from, when its name says so.

    ``"hUC-MSCs"`` and ``"human umbilical cord MSCs"`` -> ``"human"``; ``"rBMSC"`` ->
    ``"rat"``; ``"BMSCs"`` -> None (the paper's cell-culture section must say).
    """
    stripped = text.strip()
    m = re.match(r"(human|rat|mouse|murine|rats'|porcine|canine)\b", stripped, re.IGNORECASE)
    if m:
        word = m.group(1).lower()
        return {
            "human": "human",
            "rat": "rat",
            "rats'": "rat",
            "mouse": "mouse",
            "murine": "mouse",
        }.get(word, "other")
    # A lower-case letter glued in front of an upper-case abbreviation: hUCMSC, rBMSC, mADSC.
    m = re.match(r"([hrm])[A-Z]{2,}", stripped)
    if m:
        return {"h": "human", "r": "rat", "m": "mouse"}[m.group(1)]
    return None
