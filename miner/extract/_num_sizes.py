"""size_nm: a vesicle size the authors *measured* (NTA/TEM/DLS context, past tense),
never a textbook range or another study's numbers."""

from __future__ import annotations

import re
from typing import Final

from miner.extract import quantities as qty
from miner.extract._candidates import Candidate
from miner.extract._context import Sentence, is_reported_elsewhere
from miner.extract._num_context import _GENERIC, _MEASURED, _SIZE_METHOD, _VESICLE, _c
from miner.parse.model import SectionKind


def _size_method(text: str) -> str | None:
    for pat, name in _SIZE_METHOD:
        if pat.search(text):
            return name
    return None


def _method_near(text: str, q: qty.Quantity) -> str | None:
    """The sizing method named nearest to ``q`` in its clause ("By TEM, diameters ranged ...;
    NTA gave a concentration ..." is TEM), else the first the sentence names."""
    clause_start = text.rfind(";", 0, q.start) + 1
    clause_end = text.find(";", q.end)
    clause_end = len(text) if clause_end < 0 else clause_end
    best: tuple[int, str] | None = None
    for pat, name in _SIZE_METHOD:
        for m in pat.finditer(text, clause_start, clause_end):
            d = max(q.start - m.end(), m.start() - q.end, 0)
            if best is None or d < best[0]:
                best = (d, name)
    return best[1] if best else _size_method(text)


# "the particles were mainly distributed between 50 and 180 nm": the bulk of the
# distribution, not its measured range.
_MOST_PARTICLES: Final = re.compile(
    r"\b(?:mainly|mostly|predominantly|largely|primarily|majority|most)\b[^;.]{0,30}$", re.IGNORECASE
)


_BRACKETED_RANGE: Final = re.compile(r"\s*[(\[]\s*(?:range|ranging\s+from)?\s*:?\s*", re.IGNORECASE)


def _joined_sizes(text: str, found: list[qty.Quantity]) -> list[qty.Quantity]:
    """A range and a statistic of one measurement, stated in one clause, are one size:
    "diameters ranged from 50 to 150 nm with a mean of 96 nm"."""
    ranges = [q for q in found if q.value["value"] is None and q.value["low"] is not None]
    points = [q for q in found if q.value["value"] is not None and q.value["low"] is None and q.value["stat"]]
    # "a mean diameter of 87 nm (range 52–138 nm); NTA gave a mode of 102 nm": a range in
    # brackets right after a value is that value's, whatever else the sentence sizes.
    for r in ranges:
        for p in points:
            if (
                p.end <= r.start
                and _BRACKETED_RANGE.fullmatch(text, p.end, r.start)
                and r.value["low"] <= p.value["value"] <= r.value["high"]
            ):
                value = {**p.value, "low": r.value["low"], "high": r.value["high"]}
                joined = qty.Quantity("size", value, p.start, r.end, text[p.start : r.end])
                rest = [q for q in found if q is not r and q is not p]
                return sorted([*rest, joined], key=lambda q: q.start)
    if len(ranges) != 1 or len(points) != 1:
        return found
    r, p = ranges[0], points[0]
    a, b = sorted((r, p), key=lambda q: q.start)
    between = text[a.end : b.start]
    if re.search(r"[;.](?:\s|$)", between) or b.start - a.end > 60:
        return found
    if _MOST_PARTICLES.search(text[max(0, r.start - 40) : r.start]):
        return found  # where most particles lie, not the measured range
    if re.search(r"\bwhereas|\bwhile|\bbut\b", between):
        return found
    # A method between the two is the first one's own ("131.5 nm by NTA, ranging from
    # 60 to 240 nm"); two methods in the clause are two measurements.
    clause = text[text.rfind(";", 0, a.start) + 1 : b.end]
    if any(pat.search(between) for pat, _ in _SIZE_METHOD) and (
        len({name for pat, name in _SIZE_METHOD if pat.search(clause)}) > 1
    ):
        return found
    if not r.value["low"] <= p.value["value"] <= r.value["high"]:
        return found
    value = {**p.value, "low": r.value["low"], "high": r.value["high"]}
    joined = qty.Quantity("size", value, a.start, b.end, text[a.start : b.end])
    return [q for q in found if q is not r and q is not p] + [joined]


# "Modal size was 88 nm": the mode is what particle tracking reports of the vesicles, so
# the statistic speaks for them where a short report names them in no nearby sentence.
_MODAL_SIZE: Final = re.compile(
    r"\b(?:modal|mode|peak)\s+(?:particle\s+|vesicle\s+)?(?:size|diameter)\b", re.IGNORECASE
)


# Other particles a methods paragraph sizes: the larger vesicles a filter removed, the
# control liposomes, calibration beads, filter pores. A size that follows one of them
# more closely than any word for the study's vesicles is theirs.
_OTHER_PARTICLES: Final = re.compile(
    r"\b(?:micro-?vesicles?|microparticles?|apoptotic\s+bodies|ectosomes?|liposomes?|"
    r"(?:latex|polystyrene|silica|calibration|reference|size[- ]standard)\s+(?:beads|particles)|beads|"
    r"nanoparticles|filters?|pores?|membranes?|large\s+(?:vesicles|EVs)|oncosomes?)\b",
    re.IGNORECASE,
)
_STUDY_VESICLES: Final = re.compile(
    r"\b(?:exosom\w*|(?:small\s+)?(?:extracellular\s+)?vesicles?|s?EVs?|Exos?|particles?)\b"
    r"|(?-i:\w-(?:Exos?|Exs?|EXs?|s?EVs?)\b)",
    re.IGNORECASE,
)


# What only light scattering reports: a hydrodynamic diameter with its polydispersity
# index. It names the method where no instrument is named ("Mean hydrodynamic diameter
# was 132 nm (PDI 0.21)"); a named one (NTA also gives hydrodynamic sizes) comes first.
_DLS_TERMS: Final = re.compile(
    r"\bhydrodynamic\s+(?:diameter|size|radius)\b|\bpolydispersity\b|\bPDI\b", re.IGNORECASE
)


def _other_particles(text: str, q: qty.Quantity) -> bool:
    """The nearest particle word before ``q`` in its clause names other particles."""
    start = max(text.rfind(";", 0, q.start) + 1, q.start - 90)
    window = text[start : q.start]
    other = [m.end() for m in _OTHER_PARTICLES.finditer(window)]
    if not other:
        return False
    ours = [m.end() for m in _STUDY_VESICLES.finditer(window)]
    return not ours or other[-1] > ours[-1]


def _sizes(sent: Sentence, prev: str) -> list[Candidate]:
    text = sent.text
    if (
        not _VESICLE.search(text)
        and not _VESICLE.search(prev)
        and not _size_method(text)
        and not _MODAL_SIZE.search(text)
        and not _DLS_TERMS.search(text)
    ):
        return []
    if _GENERIC.search(text) or is_reported_elsewhere(text):
        return []
    out = []
    for q in _joined_sizes(text, qty.find_sizes(text)):
        v = q.value
        if v.get("qualifier") == "upper_bound" or _other_particles(text, q):
            continue
        measured = bool(_MEASURED.search(text))
        method = _method_near(text, q) or _size_method(prev) or ("DLS" if _DLS_TERMS.search(text) else None)
        value = {
            "value": v["value"],
            "low": v["low"],
            "high": v["high"],
            "stat": v["stat"],
            "method": method,
        }
        strength = 0.9 if measured else 0.6
        if method:
            strength = min(1.0, strength + 0.05)
        if v["value"] is not None and v["stat"]:
            strength = min(1.0, strength + 0.05)  # a stated statistic: the authors' own number
        if sent.section in (SectionKind.ABSTRACT, SectionKind.TITLE):
            strength *= 0.9
        out.append(_c("size_nm", value, strength, sent, q, "size_nm.regex"))
    return out
