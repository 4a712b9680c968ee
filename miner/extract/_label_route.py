"""``route_detail``: where exactly the vesicles went in, as a short site.

Reviewers note the site beside the route: the vein (``tail vein``, ``jugular
vein``), the place in the cord (``lesion site`` for intralesional, intraspinal or
in-situ microinjection), the carrier (``hydrogel``, ``scaffold``), the way into
the intrathecal space (``lumbar puncture at L5-L6``, ``intrathecal catheter``,
``cisterna magna``) or the nose (``nasal``).

Two entry points: ``route_detail_candidates`` reads a sentence the categorical
stage already found to administer the vesicles; ``puncture_level_candidates``
reads the sentences that describe the puncture itself ("a 30-G needle was
inserted between the L5 and L6 spinous processes"), which name no vesicles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract._candidates import Candidate
from miner.extract._context import Sentence, antecedent, is_reported_elsewhere
from miner.parse.model import SectionKind

__all__ = [
    "ROUTE_SITES",
    "access_then_dose_candidates",
    "puncture_level_candidates",
    "route_detail_candidates",
    "strip_anaesthesia",
]

_RETRO_ORBITAL: Final = re.compile(
    r"retro-?\s?orbital(?:\s+(?:sinus|plexus|venous\s+sinus))?", re.IGNORECASE
)
# Most specific first; a later pattern overlapping an earlier match is not read again.
ROUTE_SITES: Final = (
    # "lateral tail vein" is the vessel rats are injected through; the adjective stays.
    (re.compile(r"lateral\s+tail\s*veins?", re.IGNORECASE), "lateral tail vein"),
    (
        re.compile(
            # "by the vein of the tail": word order carried over from a Romance language
            r"tail[\s-]*veins?|caudal[\s-]+veins?|coccygeal\s+veins?|\bveins?\s+of\s+the\s+tail\b",
            re.IGNORECASE,
        ),
        "tail vein",
    ),
    (re.compile(r"jugular\s+vein", re.IGNORECASE), "jugular vein"),
    (re.compile(r"femoral\s+vein", re.IGNORECASE), "femoral vein"),
    (re.compile(r"saphenous\s+vein", re.IGNORECASE), "saphenous vein"),
    (
        re.compile(r"penile\s+vein|dorsal\s+(?:penile\s+)?vein\s+of\s+the\s+penis", re.IGNORECASE),
        "penile vein",
    ),
    (
        re.compile(
            r"lesion\s+(?:site|epicent\w+|area|cavity|core)|injury\s+(?:site|epicent\w+)|injured\s+(?:site|area|segment)|"
            r"epicent\w+|intra-?lesional(?:ly)?|peri-?lesional(?:ly)?|intra-?spinal(?:ly)?|"
            r"(?:micro)?inject\w*\s+(?:\w+\s+){0,3}?into\s+the\s+(?:injured\s+)?(?:spinal\s+)?(?:cord|parenchyma|lesion)|"
            # "at four points around the lesion", "in situ into the injured cord"
            r"(?:around|into|within|surrounding|flanking|adjacent\s+to|rostral\s+and\s+caudal\s+to)\s+the\s+"
            r"(?:lesion|injury|injured\s+(?:spinal\s+)?cord|contusion|hemisection|transection)\b|\bin\s+situ\b|"
            # a transected cord's cut ends are the lesion's margins: "into the rostral and
            # caudal stumps", "into both cord stumps", "into each stump"
            r"\binto\s+(?:the\s+|both\s+|each\s+|either\s+)?(?:(?:rostral|caudal|proximal|distal|cut|two|cord|spinal)\s+"
            r"(?:and\s+(?:rostral|caudal|proximal|distal)\s+)?){0,2}stumps?\b",
            re.IGNORECASE,
        ),
        "lesion site",
    ),
    (
        re.compile(
            r"hydrogel|GelMA|gelatin\s+methacryl\w*|Matrigel|"
            # "hyaluronic acid (HA) gel", "HA gel", "PEG gel": a gel named by its polymer
            r"(?:fibrin|collagen|hyaluron\w*(?:\s+acid)?|alginate|chitosan|agarose|peptide|self-assembling|HA|PEG)"
            r"(?:\s+\([A-Za-z-]{1,10}\))?\s+gel\b",
            re.IGNORECASE,
        ),
        "hydrogel",
    ),
    (re.compile(r"scaffold", re.IGNORECASE), "scaffold"),
    (
        re.compile(
            r"intrathecal(?:ly)?\s+(?:\w+\s+)?(?:catheter|cannula|tube)|(?:PE-?10|polyethylene)\s+(?:tube|tubing|catheter)",
            re.IGNORECASE,
        ),
        "intrathecal catheter",
    ),
    (re.compile(r"osmotic\s+(?:mini-?)?pump|mini-?pump", re.IGNORECASE), "osmotic minipump"),
    (re.compile(r"subarachnoid", re.IGNORECASE), "subarachnoid space"),
    (
        # "a lumbar intrathecal catheter" is the catheter, not a puncture
        re.compile(r"lumbar\s+puncture|lumbar\s+intrathecal(?!\s+(?:catheter|cannula|tub))|intrathecal(?:ly)?\s+(?:\w+\s+)?(?:at|into)\s+the\s+lumbar", re.IGNORECASE),
        "lumbar puncture",
    ),
    (re.compile(r"cisterna\s+magna|intracisternal(?:ly)?", re.IGNORECASE), "cisterna magna"),
    (re.compile(r"nasal|nostril", re.IGNORECASE), "nasal"),
    (_RETRO_ORBITAL, "retro-orbital sinus"),
)

_CARRIERS: Final = frozenset({"hydrogel", "scaffold"})
_INTRATHECAL_ACCESS: Final = frozenset(
    {"lumbar puncture", "intrathecal catheter", "osmotic minipump", "cisterna magna"}
)

# "Under isoflurane anaesthesia, rats received exosomes as nasal drops": the anaesthetic
# is not what is administered, so the clause must not veto the sentence.
_ANAESTHESIA_CLAUSE: Final = re.compile(
    r"\b(?:under|after|following)\s+(?:(?:brief|light|deep|general|isoflurane|sevoflurane|inhal\w*)\s+){0,3}"
    r"an(?:a)?esthesia\b(?:\s*\([^)]{0,60}\))?,?",
    re.IGNORECASE,
)


def strip_anaesthesia(text: str) -> str:
    """``text`` without an "under (isoflurane) anaesthesia" clause."""
    return _ANAESTHESIA_CLAUSE.sub(" ", text)


# The vesicles given in one sentence, where they went told in the next: "Each injection
# contained 2 × 10^10 particles in 300 µL of PBS. Injections were given into a lateral
# tail vein". A tracer, dye or drug of the next sentence has its own site.
_GIVEN_VESICLES: Final = re.compile(r"exosom|vesic|\bs?EVs?\b|\bExos?\b|particles|secretome", re.IGNORECASE)
_OTHER_INJECTED: Final = re.compile(
    r"Evans\s+blue|fluoro-?gold|tracer|dye|dextran|\bBDA\b|\bFG\b|saline\s+alone|PBS\s+alone|"
    r"vehicle\s+(?:alone|only)|drug|minocycline|methylpred|dexamethason|luciferin|contrast",
    re.IGNORECASE,
)


# A paragraph that opens on the doses themselves ("Each dose was diluted in 0.5 mL and
# injected via the tail vein", "Injections were given ...") goes on from the paragraph before.
_DOSE_SUBJECT: Final = re.compile(
    r"^\s*(?:(?:each|the|these|all|both)\s+(?:[\w-]+\s+)?(?:doses?|injections?|aliquots?|suspensions?)"
    r"|(?:doses|injections)\b)",
    re.IGNORECASE,
)


def _antecedent(sentences: Sequence[Sentence], i: int) -> Sentence | None:
    """The sentence sentence ``i`` goes on from: the one before it in its paragraph, or, for a
    paragraph that opens on its doses, the last of the paragraph before, over short blocks."""
    cur = sentences[i]
    if i == 0:
        return None
    if sentences[i - 1].block_index == cur.block_index:
        return sentences[i - 1]
    if not _DOSE_SUBJECT.match(cur.text):
        return None
    j = i - 1
    for _ in range(3):  # at most a few short blocks in between
        if j < 0 or sentences[j].section != cur.section:
            return None
        if _GIVEN_VESICLES.search(sentences[j].text):
            return sentences[j]
        before = antecedent(sentences, j)
        if before is None:  # a paragraph of its own
            return sentences[j]
        j = before
    return None


def follows_vesicles(sentences: Sequence[Sentence], i: int) -> bool:
    """Sentence ``i`` administers what the sentence before it gave: the vesicles, and no
    other agent is named in sentence ``i``."""
    prev = _antecedent(sentences, i)
    if prev is None:
        return False
    return bool(_GIVEN_VESICLES.search(prev.text)) and not _OTHER_INJECTED.search(sentences[i].text)


def route_detail_candidates(sent: Sentence, admin: bool, strength: float = 0.85) -> list[Candidate]:
    """Sites named in a sentence that administers the vesicles (``admin``); none otherwise."""
    if not admin:
        return []
    out = []
    taken: list[tuple[int, int]] = []
    for pat, label in ROUTE_SITES:
        m = pat.search(sent.text)
        if m and not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append(m.span())
            span = (sent.start + m.start(), sent.start + m.end())
            out.append(
                Candidate("route_detail", label, strength, sent, span[0], span[1], "route_detail.regex")
            )
    found = {c.value for c in out}
    if found & _CARRIERS:
        # "the sEV-laden hydrogel was implanted into the lesion cavity": the carrier is
        # what reviewers note; the lesion is where every carrier goes.
        out = [c for c in out if c.value != "lesion site"]
    if found & _INTRATHECAL_ACCESS:
        # "into the subarachnoid space via a lumbar puncture": the way in names the site.
        out = [c for c in out if c.value != "subarachnoid space"]
    return out


# The route a site implies where the sentence names the site and no route: a vein is
# intravenous, the lesion intralesional, a carrier an implanted biomaterial, a puncture
# or catheter of the theca intrathecal, the nose intranasal. (A pump or the
# retro-orbital sinus leaves the route to the words the paper uses for it.)
_SITE_ROUTES: Final = {
    "lesion site": "intralesional",
    "hydrogel": "implanted_biomaterial",
    "scaffold": "implanted_biomaterial",
    "intrathecal catheter": "intrathecal",
    "lumbar puncture": "intrathecal",
    "cisterna magna": "intrathecal",
    "subarachnoid space": "intrathecal",
    "nasal": "intranasal",
}


def _site_route(label: str) -> str | None:
    """The route a ``ROUTE_SITES`` label implies; every vein ("lateral tail vein") is intravenous."""
    return "intravenous" if label.endswith("vein") else _SITE_ROUTES.get(label)


def routes_from_sites(details: Sequence[Candidate], strength: float = 0.6) -> list[Candidate]:
    """Route candidates the sites of ``details`` (one sentence's ``route_detail_candidates``) imply.

    For a sentence that names no route word: "EVs were injected into the rostral and
    caudal stumps" is intralesional, "exosomes embedded in HA gel placed on the dura"
    an implanted biomaterial. One route only: sites implying two say nothing.
    """
    routes = {_site_route(str(c.value)) for c in details} - {None}
    if "implanted_biomaterial" in routes:
        routes.discard("intralesional")  # a carrier goes to the lesion: it is the route
    if len(routes) != 1:
        return []
    route = routes.pop()
    return [
        Candidate("route", route, strength, c.sentence, c.start, c.end, "route.site")
        for c in details
        if _site_route(str(c.value)) == route
    ][:1]


# A needle or injection between two lumbar vertebrae: "between the L5 and L6 spinous
# processes", "at the L4-L5 intervertebral space", "L5/6 interspace".
_LUMBAR_GAP: Final = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:lumbar\s+)?(?:vertebrae\s+|spinous\s+processes\s+(?:of\s+)?)?L\s?(?P<a>[1-6])\s*(?:and|-|/|\u2013)\s*L?\s?(?P<b>[1-6])\b"
    # "intrathecal injection at L5-L6", "through the L4/5 interspace"
    r"|\b(?:at|through|via|into)\s+(?:the\s+)?L\s?(?P<e>[1-6])\s*(?:-|/|\u2013)\s*L?\s?(?P<f>[1-6])\b"
    r"|\bL\s?(?P<c>[1-6])\s*(?:-|/|\u2013)\s*L?\s?(?P<d>[1-6])\s+(?:intervertebral|interspinous|inter-?space|space|disc|vertebrae)",
    re.IGNORECASE,
)
_PUNCTURE: Final = re.compile(
    r"needle|puncture|intrathecal|inject|syringe|\btail\s+flick", re.IGNORECASE
)
_CATHETER: Final = re.compile(r"catheter|cannula|tubing", re.IGNORECASE)


def puncture_level_candidates(sentences: Sequence[Sentence]) -> list[Candidate]:
    """``lumbar puncture at Lx-Ly`` where the methods describe a needle entering between two lumbar vertebrae."""
    out = []
    for sent in sentences:
        if sent.section not in (SectionKind.METHODS, SectionKind.OTHER, SectionKind.ABSTRACT):
            continue
        text = sent.text
        if is_reported_elsewhere(text) or not _PUNCTURE.search(text) or _CATHETER.search(text):
            continue
        m = _LUMBAR_GAP.search(text)
        if m is None:
            continue
        a, b = next((m[x], m[y]) for x, y in (("a", "b"), ("c", "d"), ("e", "f")) if m[x])
        if int(b) != int(a) + 1:
            continue  # a puncture goes between neighbouring vertebrae
        out.append(
            Candidate(
                "route_detail",
                f"lumbar puncture at L{a}-L{b}",
                0.9,  # the puncture with its level says more than "lumbar puncture" alone
                sent,
                sent.start + m.start(),
                sent.start + m.end(),
                "route_detail.puncture",
            )
        )
    return out


# The vesicles sent through a device the sentence before placed: "... were then infused
# through it", "delivered via the tubing", "were infused once daily".
_INFUSED: Final = re.compile(
    r"infus|inject|deliver|administ|\bgiven\b|through\s+(?:it|the\s+(?:catheter|cannula|tub|pump))|"
    r"via\s+the\s+(?:catheter|cannula|tub|pump)",
    re.IGNORECASE,
)


def access_then_dose_candidates(sentences: Sequence[Sentence]) -> list[Candidate]:
    """An intrathecal catheter, cannula or pump placed in one sentence, the vesicles infused in the next.

    "A PE-10 catheter was advanced intrathecally to T13. UC-EVs were infused once daily."
    -> ``intrathecal catheter``. A device placed for a tracer or a drug is not read.
    """
    out = []
    for i in range(len(sentences) - 1):
        sent, nxt = sentences[i], sentences[i + 1]
        if sent.block_index != nxt.block_index or sent.section not in (SectionKind.METHODS, SectionKind.OTHER):
            continue
        text = sent.text
        if not _CATHETER.search(text) and "pump" not in text.lower():
            continue
        if _GIVEN_VESICLES.search(text) or _OTHER_INJECTED.search(text):
            continue  # the sentence gives the vesicles itself (read as such), or another agent
        if not (_GIVEN_VESICLES.search(nxt.text) and _INFUSED.search(nxt.text)) or _OTHER_INJECTED.search(nxt.text):
            continue
        out += [c for c in route_detail_candidates(sent, True, 0.7) if c.value in _INTRATHECAL_ACCESS]
    return out
