"""Numeric fields: quantities linked to the field they fill, with the domain's context rules.

* size_nm: a size the authors *measured* (NTA/TEM/DLS context, past tense),
  never a textbook range or another study's numbers.
* dose: what the animals received (administration context), not what cells in
  a dish were treated with ("50 µg/mL").
* frequency / timing: from the administration sentences.
* body weight, n per group: from the animal sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Final

from miner.extract import quantities as qty
from miner.extract._candidates import Candidate
from miner.extract._context import Sentence, is_reported_elsewhere
from miner.extract._scope import animal_mention, human_mention
from miner.parse.model import SectionKind

__all__ = [
    "complete_schedules",
    "dose_ranging",
    "first_dose_timing",
    "implied_single_dose",
    "numeric_candidates",
]

_MEASURED: Final = re.compile(
    r"\b(?:NTA|TEM|DLS|nanoparticle\s+tracking|NanoSight|ZetaView|Zetasizer|electron\s+microscop\w*|light\s+scattering|"
    r"showed|revealed|measured|observed|detected|displayed|exhibited|indicated|demonstrated|confirmed|"
    r"was|were|had|with\s+(?:a|an)\s+(?:mean|average|peak|modal|median)|peak|mode|diameter|size)\b",
    re.IGNORECASE,
)
_GENERIC: Final = re.compile(
    r"\b(?:exosomes?|EVs?|extracellular\s+vesicles?|sEVs?)\s+(?:are|is)\b|\bare\s+(?:small|nano|membrane|lipid|defined)|"
    r"\bdefined\s+as\b|\bclassified\b|\bin\s+general\b|\btypically\b|\bgenerally\b|\busually\b|\bknown\s+as\b",
    re.IGNORECASE,
)
_SIZE_METHOD: Final = (
    (re.compile(r"\bNTA\b|nanoparticle\s+tracking|NanoSight|ZetaView", re.IGNORECASE), "NTA"),
    (re.compile(r"\bDLS\b|dynamic\s+light\s+scattering|Zetasizer", re.IGNORECASE), "DLS"),
    (re.compile(r"\bTEM\b|transmission\s+electron|electron\s+microscop", re.IGNORECASE), "TEM"),
)
_VESICLE: Final = re.compile(r"exo|vesic|\bs?EVs?\b|particle", re.IGNORECASE)
_ADMIN: Final = re.compile(
    r"inject|administ|deliver|receiv|infus|transplant|implant|treated\s+with|given|applied|instill|tail\s+vein|"
    r"intravenous|intrathecal|intraperitoneal|intranasal|dose|dosage|"
    r"(?:treatment|therapy|dosing)\s+(?:was\s+)?(?:began|begun|started|initiated|commenced)",
    re.IGNORECASE,
)
# What the animals underwent after the treatment: a time point governed by one of these
# verbs ("BBB scores were assessed 1, 3 and 7 days after injury", "sacrificed 28 days
# after SCI") dates an assessment, not a dose.
_ASSESSMENT: Final = re.compile(
    r"assess|evaluat|scor(?:ed|ing)|record|measur|examin|observ|test(?:ed|ing)|sacrific|euthan|perfus|harvest|"
    r"collect|kill|BBB|Basso|follow(?:ed)?[- ]up|monitor",
    re.IGNORECASE,
)
_IN_VIVO: Final = re.compile(
    r"\brats?\b|\bmice\b|\banimals?\b|SCI|injur|tail\s+vein|intravenous|intrathecal|lesion|spinal",
    re.IGNORECASE,
)
_IN_VITRO: Final = re.compile(
    r"in\s+vitro|cultured|culture\s+medium|\bmedium\b|wells?\b|plates?\b|PC12|HUVEC|BV-?2|SH-SY5Y|cell\s+line|"
    r"incubated|co-?cultur|transwell|dish|neurons\s+were|microglia\s+were|astrocytes\s+were|cells\s+were\s+treated",
    re.IGNORECASE,
)
_NOT_VESICLE: Final = re.compile(
    r"anesthe|anaesthe|pentobarbit|ketamine|xylazine|chloral|isoflurane|buprenorph|analges|antibiot|penicillin|"
    r"cefazolin|gentamicin|meloxicam|carprofen|methylprednisolone|BrdU|EdU|euthan|heparin|tamoxifen|dexamethasone|"
    # "gel" alone is an electrophoresis gel; a hydrogel or GelMA carrying the vesicles is not.
    r"BCA|protein\s+(?:was|were)\s+(?:loaded|separated)|SDS|\bgels?\b|lysate|antibod",
    re.IGNORECASE,
)
_CARRIER: Final = re.compile(
    r"hydrogel|scaffold|GelMA|matrix|sponge|\bimplants?\b|\bcontain(?:ed|s|ing)?\b|(?:loaded|embedded|encapsulated|incorporated)\s+(?:with|in|into)|containing",
    re.IGNORECASE,
)
_REPEAT_WORDS: Final = re.compile(
    r"daily|every|times|twice|weekly|consecutive|repeated|doses|injections|days\s+\d|\bagain\b|"
    r"\bsecond\s+(?:dose|injection)",
    re.IGNORECASE,
)
_ANIMAL: Final = re.compile(r"\brats?\b|\bmice\b|\banimals?\b|Sprague|Wistar|weigh", re.IGNORECASE)
_BBB_CONTEXT: Final = re.compile(
    r"BBB|Basso|locomot|behavio|functional\s+recovery|open[- ]field", re.IGNORECASE
)


def _span(sent: Sentence, q: qty.Quantity) -> tuple[int, int]:
    return sent.start + q.start, sent.start + q.end


def _c(
    field: str, value: Any, strength: float, sent: Sentence, q: qty.Quantity, rule: str
) -> Candidate:
    s, e = _span(sent, q)
    return Candidate(field, value, strength, sent, s, e, rule)


def _size_method(text: str) -> str | None:
    for pat, name in _SIZE_METHOD:
        if pat.search(text):
            return name
    return None


def _sizes(sent: Sentence, prev: str) -> list[Candidate]:
    text = sent.text
    if not _VESICLE.search(text) and not _VESICLE.search(prev) and not _size_method(text):
        return []
    if _GENERIC.search(text) or is_reported_elsewhere(text):
        return []
    out = []
    for q in qty.find_sizes(text):
        v = q.value
        if v.get("qualifier") == "upper_bound":
            continue
        measured = bool(_MEASURED.search(text))
        method = _size_method(text) or _size_method(prev)
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


# A parenthetical that only says how the dose was measured ("(protein by BCA)").
_BASIS_REMARK: Final = re.compile(
    r"\([^()]{0,60}\b(?:BCA|Bradford|protein|NTA)\b[^()]{0,60}\)", re.IGNORECASE
)


def _doses(sent: Sentence, prev: str) -> list[Candidate]:
    text = sent.text
    if _IN_VITRO.search(text) and not _IN_VIVO.search(text):
        return []
    if _NOT_VESICLE.search(_BASIS_REMARK.sub(" ", text)):
        return []
    admin = bool(_ADMIN.search(text))
    vivo = bool(_IN_VIVO.search(text))
    vesicle = bool(_VESICLE.search(text)) or bool(_VESICLE.search(prev))
    # A carrier loaded with vesicles ("GelMA containing exosomes derived from 1 x 10^6
    # MSCs") states the dose where the carrier is made; it is implanted later.
    carrier = bool(_CARRIER.search(text)) and not _IN_VITRO.search(text)
    if not (admin or vivo or carrier) or not vesicle:
        return []
    out = []
    doses = qty.find_doses(text)
    for q in doses:
        v = q.value
        value = {
            "amount": v["amount"],
            "unit": v["unit"],
            "volume_ul": v["volume_ul"],
            "basis": v["basis"],
        }
        strength = 0.9 if admin and vivo else 0.7 if admin or vivo else 0.6
        if _IN_VITRO.search(text):
            strength *= 0.6
        if "lost_micro" in v.get("flags", []):
            strength *= 0.8
        out.append(_c("dose", value, strength, sent, q, f"dose.{v['unit']}"))
    if not doses and admin and vivo:
        # "200 µL of exosomes (1 µg/µL)": the dose is volume x concentration.
        concs = [c for c in qty.find_concentrations(text) if c.value["unit"] == "ug"]
        vols = qty.find_volumes(text)
        if len(concs) == 1 and len(vols) == 1:
            c, vol = concs[0].value, vols[0].value
            per_ul = 1.0 if c["per"] == "ul" else 1e-3 if c["per"] == "ml" else None
            if per_ul is not None:
                amount = round(c["amount"] * per_ul * vol["amount"], 6)
                value = {
                    "amount": amount,
                    "unit": "ug",
                    "volume_ul": vol["amount"],
                    "basis": "protein",
                }
                out.append(_c("dose", value, 0.7, sent, concs[0], "dose.conc_x_volume"))
    return out


# "injected into the gap immediately": no anchor, but the previous sentence made the injury.
_BARE_IMMEDIATE: Final = re.compile(
    r"\bimmediately\b(?!\s+(?:after|following|post|before|prior))", re.IGNORECASE
)
_INJURY_SENT: Final = re.compile(
    r"contus|impact|compress|transect|hemisect|injur|lesion|weight[- ]drop|\bclip|laminectom",
    re.IGNORECASE,
)


def _clause(text: str, pos: int) -> str:
    """The clause of ``text`` around ``pos``: semicolons separate statements about different things."""
    start = text.rfind(";", 0, pos) + 1
    end = text.find(";", pos)
    return text[start : end if end >= 0 else len(text)]


def _assessed_at(text: str, pos: int) -> bool:
    """True when the nearest verb before ``pos`` in its sentence is an assessment, not a dosing."""
    head = text[:pos]
    admin = [m.end() for m in _ADMIN.finditer(head)]
    assess = [m.end() for m in _ASSESSMENT.finditer(head)]
    return bool(assess) and (not admin or max(assess) > max(admin))


def _schedule(sent: Sentence, prev: str) -> list[Candidate]:
    text = sent.text
    if _NOT_VESICLE.search(text):
        return []
    vesicle = bool(_VESICLE.search(text)) or bool(_VESICLE.search(prev))
    admin = bool(_ADMIN.search(text))
    if not (vesicle and admin):
        return []

    def in_vitro(q: qty.Quantity) -> bool:
        # "The implant was placed once; release in vitro was 60% over 7 days": the
        # in-vitro clause says nothing about the schedule in the other one.
        clause = _clause(text, q.start)
        return bool(_IN_VITRO.search(clause)) and not _IN_VIVO.search(clause)

    out = []
    for q in qty.find_frequencies(text):
        if not in_vitro(q) and not _assessed_at(text, q.start):
            # "weekly" alone says the interval, not how many doses: a full statement outvotes it.
            strength = 0.9 if q.value["doses"] is not None else 0.6
            out.append(_c("frequency", dict(q.value), strength, sent, q, "frequency.regex"))
    points = [q for q in qty.find_time_points(text) if not _assessed_at(text, q.start)]
    for q in points:
        if q.value["within"] or in_vitro(q):
            continue
        out.append(_c("timing_post_injury_h", q.value["hours"], 0.9, sent, q, "timing.regex"))
    bare = _BARE_IMMEDIATE.search(text)
    if not points and bare and _INJURY_SENT.search(prev + " " + text):
        s, e = sent.start + bare.start(), sent.start + bare.end()
        out.append(Candidate("timing_post_injury_h", 0.0, 0.7, sent, s, e, "timing.immediate"))
    return out


# What a bare "(n = 8)" counts when no animal is named: a group of the experiment
# ("Sham group (n = 6)", "groups, n = 10 each"), not a database, a flow-diagram box
# or a formula ("Cochrane Library (n = 185)", "Excluded (n = 8)", "t[n] ... n = 1").
_GROUP_BEFORE: Final = re.compile(r"\bgroups?\b|\barms?\b|\beach\b|\bper\b", re.IGNORECASE)


def _clause_of(text: str, start: int, end: int) -> str:
    a = max(text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1
    b = text.find(";", end)
    return text[a : b if b >= 0 else len(text)]


# A bare count that the sentence then splits into groups is the total: "Rats (n = 40)
# were randomly assigned to four groups", "a total of (n = 36)".
_SPLIT_AFTER: Final = re.compile(
    r"^[^.;]{0,60}?\b(?:divided|assigned|allocated|randomi[sz]ed|distributed|split)\s+(?:\w+\s+){0,2}?(?:in)?to\s+"
    r"(?:\w+\s+){0,2}?(?:groups|arms|cohorts)",
    re.IGNORECASE,
)
_TOTAL_BEFORE: Final = re.compile(r"\b(?:total|in\s+all|altogether|overall)\b[^.;]{0,30}$", re.IGNORECASE)


_SHAM_BEFORE: Final = re.compile(r"\bsham\b[^,;()]{0,20}\(?\s*$", re.IGNORECASE)


def _counts_animals(text: str, q: qty.Quantity) -> bool:
    """The group size at ``q`` counts the experiment's animals, not people, records or formulae.

    A size that names its animals ("ten rats per group", "n = 10 rats") counts; any
    other needs animals in its clause, or an experimental group just before it, and
    no people or literature counts beside it ("participants (n = 54)", "PubMed (n = 152)").
    """
    clause = _clause_of(text, q.start, q.end)
    if not q.value["per_group"] and (
        _SPLIT_AFTER.search(text[q.end : q.end + 120]) or _TOTAL_BEFORE.search(text[max(0, q.start - 40) : q.start])
    ):
        return False
    animals = animal_mention(clause)
    if human_mention(clause) and not animals:
        return False
    if animal_mention(text[q.start : q.end + 12]):
        return True
    if q.value["per_group"]:
        return animals or not human_mention(text)
    return animals or bool(_GROUP_BEFORE.search(text[max(0, q.start - 80) : q.start]))


def _animals(sent: Sentence) -> list[Candidate]:
    text = sent.text
    out = []
    if _ANIMAL.search(text) and (animal_mention(text) or not human_mention(text)):
        for q in qty.find_body_weights(text):
            value = {"low": q.value["low"], "high": q.value["high"]}
            out.append(_c("body_weight_g", value, 0.9, sent, q, "body_weight.regex"))
    if not _IN_VITRO.search(text) or _ANIMAL.search(text):
        for q in qty.find_group_sizes(text):
            if not _counts_animals(text, q):
                continue
            strength = 0.9 if q.value["per_group"] else 0.5
            if _BBB_CONTEXT.search(text):
                strength = min(1.0, strength + 0.05)
            if not _ANIMAL.search(text) and not _BBB_CONTEXT.search(text):
                strength *= 0.6
            if _SHAM_BEFORE.search(text[max(0, q.start - 30) : q.start]):
                strength *= 0.7  # sham groups are often smaller; the BBB comparison is treated vs vehicle
            out.append(_c("n_per_group", q.value["n"], strength, sent, q, "n_per_group.regex"))
    return out


def numeric_candidates(sentences: Sequence[Sentence]) -> list[Candidate]:
    """Candidates for size_nm, dose, frequency, timing_post_injury_h, body_weight_g and n_per_group."""
    out: list[Candidate] = []
    prev = ""
    for sent in sentences:
        if sent.section == SectionKind.TABLE:
            prev = sent.text
            continue  # table cells have no sentence context; outcomes reads tables
        # Cheap gates first: most sentences of a paper hold none of these
        # quantities, and the full patterns cost far more than a substring test.
        low = sent.text.lower()
        digit = _DIGIT.search(low) is not None
        if digit and "nm" in low:
            out.extend(_sizes(sent, prev))
        if (digit or _WORDY_SCHEDULE.search(low)) and any(w in low for w in _ADMIN_HINTS):
            out.extend(_doses(sent, prev) if digit else [])
            out.extend(_schedule(sent, prev))
        if (digit or any(w in low for w in _WORD_NUM_HINTS)) and any(
            w in low for w in _ANIMAL_HINTS
        ):
            out.extend(_animals(sent))
        prev = sent.text
    return out


_DIGIT: Final = re.compile(r"\d")
# Schedules written without a digit: "a single injection", "placed once", "only one dose",
# "injected immediately".
_WORDY_SCHEDULE: Final = re.compile(
    r"\bsingle\b|\bonce\b|\bone\b|\bimmediately\b|\btwice\b|\bthrice\b|\bdaily\b|\bweekly\b|\bevery\b|"
    r"\balternate\b|\bconsecutive\b|\bat\s+the\s+time\s+of\b|intra-?operativ|\bon\s+the\s+[a-z-]+\s+(?:day|week)\b"
)
_ADMIN_HINTS: Final = (
    "inject", "administ", "deliver", "receiv", "infus", "transplant", "implant", "treated", "given", "appli",
    "instill", "vein", "intraven", "intrathec", "intraperit", "intranas", "dose", "dosage", "once", "daily",
    "hydrogel", "scaffold", "gelma", "containing", "loaded", "embedded", "began", "begun", "started",
    "initiated", "commenced",
)  # fmt: skip
_ANIMAL_HINTS: Final = (
    "rat",
    "mice",
    "mouse",
    "animal",
    "weigh",
    "group",
    "n =",
    "n=",
    "sprague",
    "wistar",
)
_WORD_NUM_HINTS: Final = ("eight", "six", "ten", "five", "four", "seven", "nine", "twelve", "three")


def complete_schedules(cands: list[Candidate]) -> list[Candidate]:
    """A schedule that states only the interval ("weekly EVs" in a title) supports the full one.

    "Weekly" and "weekly for a total of 4 doses" say the same thing; counted apart, the
    partial statements outvote the one that gives the count. Each partial candidate is
    read as the complete schedule with the same interval when the paper states one.
    """
    full = [c for c in cands if c.field == "frequency" and c.value["doses"] is not None]
    out = []
    for c in cands:
        if c.field == "frequency" and c.value["doses"] is None:
            match = max(
                (f for f in full if f.value["interval_h"] == c.value["interval_h"]),
                key=lambda f: f.weight,
                default=None,
            )
            if match is not None:
                c = replace(c, value=dict(match.value))
        out.append(c)
    return out


def first_dose_timing(cands: list[Candidate]) -> list[Candidate]:
    """Timing of the *first* dose: keep the earliest time point per sentence (the rest are repeats)."""
    by_sentence: dict[int, Candidate] = {}
    for c in cands:
        if c.field != "timing_post_injury_h":
            continue
        cur = by_sentence.get(c.sentence.start)
        if cur is None or c.value < cur.value:
            by_sentence[c.sentence.start] = c
    others = [c for c in cands if c.field != "timing_post_injury_h"]
    return others + list(by_sentence.values())


def implied_single_dose(cands: list[Candidate], sentences: Sequence[Sentence]) -> list[Candidate]:
    """A dose given at one time point with no repetition words is a single dose (weaker evidence)."""
    if any(c.field == "frequency" for c in cands):
        return []
    doses = [c for c in cands if c.field == "dose" and c.weight >= 0.7]
    times = [c for c in cands if c.field == "timing_post_injury_h"]
    if not doses:
        return []
    sent = doses[0].sentence
    window = " ".join(s.text for s in sentences if abs(s.start - sent.start) < 600)
    if _REPEAT_WORDS.search(window) or len({c.value for c in times}) > 1:
        return []
    c = doses[0]
    return [
        Candidate(
            "frequency",
            {"doses": 1, "interval_h": None},
            0.6,
            sent,
            c.start,
            c.end,
            "frequency.implied_single",
        )
    ]


_PRIMARY: Final = re.compile(
    r"\b(?:primary|prespecified|pre-specified|main)\s+(?:comparison|analysis|endpoint|outcome|arm|dose)",
    re.IGNORECASE,
)
_TOTAL_DOSE: Final = re.compile(r"\b(?:total|cumulative|overall)\b", re.IGNORECASE)


def dose_ranging(cands: list[Candidate], sentences: Sequence[Sentence]) -> list[Candidate]:
    """One dose for a dose-ranging study: the arm the paper calls primary, else the highest, weakly.

    Several distinct amounts of the same unit given to the animals ("100 µg or 400
    µg of EVs") are arms, not disagreement. A sentence naming the primary
    comparison with a "high"/"low" arm picks that end; without one, the highest
    dose is kept (the arm meta-analyses usually pool) with a low strength so a
    reviewer checks it. Per-dose and total amounts ("700 µg in total") are not arms.
    """
    doses = [c for c in cands if c.field == "dose" and c.weight >= 0.6]
    by_unit: dict[str, set[float]] = {}
    for c in doses:
        if not _TOTAL_DOSE.search(c.sentence.text):
            by_unit.setdefault(c.value["unit"], set()).add(c.value["amount"])
    ranged = {u for u, amounts in by_unit.items() if len(amounts) >= 2}
    if not ranged:
        return cands
    # The clause that names the primary comparison; its first "high"/"low" is the arm.
    clauses = [
        clause
        for sent in sentences
        if _PRIMARY.search(sent.text)
        for clause in re.split(r";|\.\s", sent.text)
        if _PRIMARY.search(clause)
    ]
    arm = next(
        (
            m.group(1).lower()
            for c in clauses
            for m in [re.search(r"\b(high|low)(?:er|est)?\b", c, re.IGNORECASE)]
            if m
        ),
        None,
    )
    pick_low, stated = arm == "low", arm is not None
    out = []
    for c in cands:
        if c.field != "dose" or c.value["unit"] not in ranged:
            out.append(c)
            continue
        amounts = by_unit[c.value["unit"]]
        target = min(amounts) if pick_low else max(amounts)
        if c.value["amount"] != target:
            continue
        strength = c.strength if stated else min(c.strength, 0.55)
        suffix = ".primary" if stated else ".ranging"
        out.append(replace(c, strength=strength, extractor=c.extractor + suffix))
    return out
