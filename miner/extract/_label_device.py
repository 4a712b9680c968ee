"""The injury device where the methods describe it instead of naming it.

The lexicon finds a device by its name ("NYU impactor", "aneurysm clip"). Many
methods sections describe the act instead: "a 10-g weight was dropped from a
height of 25 mm onto the exposed cord", "the cord was compressed with a 30-g
clip for 1 min", "crushed with calibrated forceps for 20 s". Reviewers label
those by the device the act implies (``weight drop``, ``aneurysm clip``,
``forceps``, and ``aortic cross-clamp`` for ischaemia by clamping the aorta).

A described drop is weak evidence: the NYU and MASCIS impactors drop a rod too,
so a device named anywhere in the paper outvotes it (see ``_STRENGTH``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract._candidates import Candidate
from miner.extract._context import Sentence, is_reported_elsewhere
from miner.extract._scope import animal_mention, spinal_context
from miner.parse.model import SectionKind

__all__ = ["SCI_DEVICE_NAMES", "described_device_candidates", "named_device_candidates"]

_SECTIONS: Final = (SectionKind.TITLE, SectionKind.ABSTRACT, SectionKind.METHODS, SectionKind.OTHER)
_GATE: Final = re.compile(r"drop|fall|fell|releas|clip|clamp|forceps", re.IGNORECASE)

_MASS: Final = r"(?:\d+(?:\.\d+)?\s*-?\s*g(?:ram)?\s+|\d+(?:\.\d+)?\s*-?\s*gram\s+)?"
# "a weight of 10 g was dropped": the mass written after the noun
_MASS_AFTER: Final = r"(?:of\s+\d+(?:\.\d+)?\s*-?\s*g(?:rams?)?\s+)?"
_FALLING: Final = (
    r"(?:weight|rod|impounder|impactor|metal\s+rod|steel\s+rod|brass\s+rod|cylinder|bar)"
)
_DEVICES: Final = (
    (
        re.compile(
            # "a 10-g weight was dropped from 25 mm", "a 10 g rod was allowed to fall freely"
            rf"\b{_MASS}{_FALLING}\s+(?:\([^)]{{0,30}}\)\s+)?{_MASS_AFTER}(?:was\s+|were\s+)?(?:then\s+)?"
            r"(?:dropped|released|allowed\s+to\s+(?:drop|fall)|fell|falling)\b"
            # "by dropping a 10 g rod from a height of 25 mm"
            rf"|\bdropp(?:ing|ed)\s+(?:a|an|the)\s+{_MASS}(?:[\w.-]+\s+){{0,2}}?{_FALLING}\b"
            # "a 10-g rod dropped from 12.5 mm" (participle after the noun)
            rf"|\b{_MASS}{_FALLING}\s+dropped\s+from"
            rf"|\bfree[- ]?fall(?:ing)?\s+(?:of\s+)?(?:a|an|the)?\s*{_MASS}{_FALLING}"
            # translated word order: "the lesion was produced by fall of weight", "weight fall"
            r"|\b(?:fall|drop|caída)\s+of\s+(?:a\s+|the\s+)?(?:weight|rod)\b|\bweight[- ]fall\b",
            re.IGNORECASE,
        ),
        "weight drop",
    ),
    (
        # "compressed extradurally with a 30-g clip", "a clip (20 g closing force) was applied"
        re.compile(
            r"\bcompress\w*\s+(?:\w+\s+){0,3}?with\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?clips?\b"
            r"|\bclips?\s+(?:\([^)]{0,40}\)\s+)?(?:was|were)\s+(?:then\s+)?(?:applied|placed|closed)\b"
            r"[^.;]{0,60}?(?:cord|dura|extradural|epidural|vertebra|T\d)"
            # "a 30-g aneurysm clip compression of T8": the lexicon reads "clip compression" as the model
            r"|\baneurysm\s+clips?\s+compress",
            re.IGNORECASE,
        ),
        "aneurysm clip",
    ),
    (
        re.compile(
            r"\b(?:compress|crush|squeez|pinch)\w*\s+(?:[\w.-]+\s+){0,6}?(?:with|using|by)\s+(?:a\s+pair\s+of\s+|the\s+|a\s+)?"
            r"(?:[\w.-]+\s+){0,4}?forceps\b"
            r"|\bforceps\s+(?:\([^)]{0,40}\)\s+)?(?:was|were)\s+(?:used\s+to\s+)?(?:compress|crush|squeez|clos)\w*",
            re.IGNORECASE,
        ),
        "forceps",
    ),
    (
        # Ischaemia by clamping the aorta: "the abdominal aorta was cross-clamped for 14 min",
        # "aortic cross-clamping", "cross-clamping of the descending aorta".
        re.compile(
            r"\baort\w*\s+(?:(?:was|were)\s+(?:then\s+)?)?(?:cross-?\s?)?clamp(?:ed|ing)?\b"
            r"|\bcross-?\s?clamp(?:ed|ing)?\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?aort\w*",
            re.IGNORECASE,
        ),
        "aortic cross-clamp",
    ),
)
_STRENGTH: Final = 0.5
# A sentence that names its device leaves it to the lexicon: "a 10 g rod was dropped from
# 25 mm with the NYU impactor" is the NYU impactor, not a generic weight drop.
# Only a device's name defers: "a 10-g impactor was dropped from 25 mm" names no device,
# so the act it describes is the weight drop.
# The impactors built only to injure the cord, by the names papers give them (shared
# with ``_categorical``, where such a name is its own spinal context).
SCI_DEVICE_NAMES: Final = r"\bNYU\b|MASCIS|Infinite\s+Horizons?|IH-?0400|Ohio\s+State"
_NAMED: Final = re.compile(
    SCI_DEVICE_NAMES + r"|New\s+York\s+University|\bIH\b|\bOSU\b|"
    r"\bLISA\b|Louisville|electro(?:magnetic|mechanical)|aneurysm|Allen",
    re.IGNORECASE,
)
_GENERIC: Final = re.compile(r"impactor|device|apparatus", re.IGNORECASE)
# Names that do not defer to the lexicon: Allen's method is a weight drop, and in "aneurysm
# clip compression" the lexicon reads the longer "clip compression" as the model only.
_OWN_NAME: Final = {
    "weight drop": re.compile(r"(?:method\s+of\s+|modified\s+)?Allen(?:'s)?(?:\s+modified)?", re.IGNORECASE),
    "aneurysm clip": re.compile(r"aneurysm(?=\s+clips?\s+compress)", re.IGNORECASE),
}
# Surgery other than the injury: "forceps were used to remove the lamina".
_NOT_INJURY: Final = re.compile(
    r"lamina\b|laminectom|dura\s+(?:was|were)\s+opened|retract", re.IGNORECASE
)


# A named impactor written out, its abbreviation in parentheses and its kind between the
# name and the noun: "the Ohio State University (OSU) electromagnetic spinal cord injury
# device", "the Louisville Injury System Apparatus (LISA)", "the New York University (NYU)
# weight-drop device". The lexicon lists names as fixed phrases; the parenthesis and the
# words that describe the device's kind break them.
_ABBR: Final = r"(?:\s*\((?-i:[A-Z][A-Za-z-]{1,10})\))?"
_KIND: Final = (
    r"(?:\s+(?:electro-?magnetic|electro-?mechanical|computer-?controlled|spinal|cord|injury|contusion|"
    r"weight-?drop|impact|model|precision))*+"
)
_NOUN: Final = r"\s+(?:impactors?|devices?|apparatus|system|impounder)\b"
_FAMILIES: Final = (
    (re.compile(rf"\bOhio\s+State(?:\s+University)?{_ABBR}{_KIND}{_NOUN}|\bOSU{_KIND}{_NOUN}", re.IGNORECASE),
     "OSU impactor"),
    (re.compile(rf"\bLouisville\s+Injury\s+System\s+Apparatus\b{_ABBR}|\bLISA{_ABBR}{_KIND}{_NOUN}", re.IGNORECASE),
     "LISA impactor"),
    (re.compile(rf"\bNew\s+York\s+University{_ABBR}{_KIND}{_NOUN}|(?-i:\bNYU){_KIND}{_NOUN}", re.IGNORECASE),
     "NYU impactor"),
    (re.compile(rf"\bInfinite\s+Horizons?{_ABBR}{_KIND}{_NOUN}", re.IGNORECASE), "Infinite Horizon impactor"),
)
_NAMED_STRENGTH: Final = 0.8


def named_device_candidates(sentences: Sequence[Sentence]) -> list[Candidate]:
    """``injury_device`` candidates for impactors named in full with their abbreviation and kind.

    Methods sentences about the cord or the animals only, never one citing other studies.
    """
    out: list[Candidate] = []
    for sent in sentences:
        text = sent.text
        if sent.section not in _SECTIONS or is_reported_elsewhere(text) or not _NAMED.search(text):
            continue
        if not (spinal_context(text) or animal_mention(text)):
            continue
        for pat, device in _FAMILIES:
            m = pat.search(text)
            if m is not None:
                out.append(Candidate("injury_device", device, _NAMED_STRENGTH, sent, sent.start + m.start(),
                                     sent.start + m.end(), "injury_device.named"))
                break
    return out


def described_device_candidates(sentences: Sequence[Sentence]) -> list[Candidate]:
    """Weak ``injury_device`` candidates from sentences that describe the injuring act.

    Only title, abstract and methods sentences about the cord or the animals
    count, and not those that cite other studies.
    """
    out: list[Candidate] = []
    # "The impactor (10 g) was dropped from 25 mm" after "... with the MASCIS impactor": the
    # generic word refers back to the device the methods named.
    named_in_methods = any(
        s.section == SectionKind.METHODS and _NAMED.search(s.text) and not is_reported_elsewhere(s.text)
        for s in sentences
    )
    for sent in sentences:
        text = sent.text
        if sent.section not in _SECTIONS or not _GATE.search(text) or is_reported_elsewhere(text):
            continue
        # A clamped aorta injures the cord through its blood supply and names the aorta
        # itself; the other acts need the cord or the animals in the sentence.
        about_cord = spinal_context(text) or animal_mention(text)
        for pat, device in _DEVICES:
            if not about_cord and device != "aortic cross-clamp":
                continue
            own = _OWN_NAME.get(device)
            if _NAMED.search(own.sub(" ", text) if own else text):
                continue
            if named_in_methods and _GENERIC.search(text):
                continue
            m = pat.search(text)
            if m is None:
                continue
            if device == "forceps" and _NOT_INJURY.search(m.group(0)):
                continue
            out.append(
                Candidate(
                    "injury_device",
                    device,
                    _STRENGTH,
                    sent,
                    sent.start + m.start(),
                    sent.start + m.end(),
                    "injury_device.described",
                )
            )
    return out
